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
    from .corpus import extract
    from .runner import RunnerError

    corpus_dir = _resolve_corpus(args.corpus)
    out = _check_out(Path(args.out), corpus_dir)
    if args.workers is not None and args.workers < 1:
        raise UsageError(f"--workers must be at least 1, not {args.workers}")
    t0 = time.perf_counter()
    try:
        stats = extract(corpus_dir, out, fmt=args.format, workers=args.workers,
                        cache=not args.no_cache, dask=args.dask)
    except RunnerError as exc:
        raise UsageError(str(exc)) from None
    n, c, bad = stats["articles"], stats["counts"], stats["not_ok"]
    cached = f", {stats['from_cache']} from cache" if stats.get("from_cache") else ""
    print(f"{n} articles ({n - len(bad)} ok, {len(bad)} not ok{cached}), "
          f"{c['mentions']} mentions, {c['timexes']} timexes, "
          f"{c['events']} events, {c['statements']} statements "
          f"→ {out} in {time.perf_counter() - t0:.2f} s")
    for aid, status, message in bad:
        print(f"  {aid}: {status}: {message}", file=sys.stderr)
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
    p.add_argument("--workers", type=int, default=None,
                   help="processes for the per-article step (default: all cores on large corpora)")
    p.add_argument("--dask", metavar="ADDRESS", default=None,
                   help="run the per-article step on a Dask cluster (scheduler address; "
                        "needs the 'dask' extra)")
    p.add_argument("--no-cache", action="store_true",
                   help="reprocess every article (default: reuse results of unchanged files)")
    p.add_argument("--format", choices=("csv", "parquet"), default="csv",
                   help="csv: <table>.csv; parquet: <table>/part-*.parquet (large corpora)")
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
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["evaluate"]:
        # evaluate owns its options; argparse's REMAINDER would not pass "--flags" on
        from .evaluate import main as evaluate_main

        return evaluate_main(argv[1:])
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
