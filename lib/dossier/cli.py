"""Command line: ``dossier extract``, ``dossier report``, ``dossier evaluate``."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .paths import CORPUS_DIR


class UsageError(Exception):
    """Unusable arguments: reported in one line, exit status 2."""


def _resolve_corpus(arg: str | None) -> Path:
    corpus = Path(arg) if arg else CORPUS_DIR
    if not corpus.exists():
        raise UsageError(f"corpus folder '{corpus}' does not exist")
    if not corpus.is_dir():
        raise UsageError(f"corpus '{corpus}' is a file, not a folder of articles")
    return corpus.resolve()


def _check_out(out: Path, corpus: Path) -> Path:
    if out.exists() and not out.is_dir():
        raise UsageError(f"output path '{out}' is a file, not a folder")
    resolved = out.resolve()
    if resolved == corpus or corpus in resolved.parents:
        raise UsageError(f"output folder '{out}' is inside the corpus folder, which is never written")
    return out


def cmd_extract(args: argparse.Namespace) -> int:
    from .corpus import load_corpus

    corpus_dir = _resolve_corpus(args.corpus)
    out = _check_out(Path(args.out), corpus_dir)
    t0 = time.perf_counter()
    corpus = load_corpus(corpus_dir)
    corpus.write_csv(out)
    arts = corpus.articles
    bad = arts[arts["status"] != "ok"]
    print(f"{len(arts)} articles ({len(arts) - len(bad)} ok, {len(bad)} not ok), "
          f"{len(corpus.mentions)} mentions, {len(corpus.timexes)} timexes, "
          f"{len(corpus.events)} events, {len(corpus.statements)} statements "
          f"→ {out} in {time.perf_counter() - t0:.2f} s")
    for _, row in bad.iterrows():
        print(f"  {row['article_id']}: {row['status']}: {row['message']}", file=sys.stderr)
    return 0


def _parse_params(pairs: list[list[str]] | None) -> dict[str, str]:
    return {name: value for name, value in (pairs or [])}


def cmd_report(args: argparse.Namespace) -> int:
    from .report import run_report

    corpus_dir = _resolve_corpus(args.corpus)
    out = _check_out(Path(args.out), corpus_dir)
    return run_report(corpus_dir, out, _parse_params(args.param), jobs=args.jobs)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import main

    return main(args.rest)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dossier", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="write every table of the corpus as CSV")
    p.add_argument("corpus", nargs="?", help="folder of articles (default: the bundled corpus)")
    p.add_argument("--out", required=True, help="folder for the <table>.csv files")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("report", help="run every notebook and export HTML briefings")
    p.add_argument("corpus", nargs="?", help="folder of articles (default: the bundled corpus)")
    p.add_argument("--out", default="outputs", help="folder under which each run gets its own folder")
    p.add_argument("-p", "--param", nargs=2, action="append", metavar=("NAME", "VALUE"),
                   help="notebook parameter (repeatable)")
    p.add_argument("--jobs", type=int, default=None, help="notebooks run at once (default: cores)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("evaluate", help="score extraction against the annotated gold set",
                       add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UsageError as exc:
        print(f"dossier: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dossier: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
