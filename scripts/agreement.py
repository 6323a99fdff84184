#!/usr/bin/env python3
"""Inter-annotator agreement: a second annotator's files scored as if they were the system.

    python scripts/agreement.py FIRST_DIR SECOND_ANNOTATIONS_DIR [--json]

FIRST_DIR is a gold folder (``annotations/`` and ``articles/``, e.g. ``tests/dev``);
SECOND_ANNOTATIONS_DIR holds a second, independent annotation of some of its
articles (same format, same file names). For those articles the script prints,
per row of ``dossier evaluate``:

* **second vs first** — the second annotator's items turned into system tables
  (each statement becomes a record whose text is the sentence around its
  ``text_contains``, in the paragraphs ingest found; its first acceptable stance
  and speaker country) and scored by the evaluator against the first annotator's;
* **system vs first** and **system vs second** — the library on the same articles.

The first row is the ceiling a system can be expected to reach against one
annotator's reading: where two careful readers of the same guide agree on 0.8,
a score of 0.9 against either one measures the guide, not the system.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

import pandas as pd  # noqa: E402

from dossier import evaluate as ev  # noqa: E402
from dossier import load_corpus  # noqa: E402

ROWS = ["articles.published", "timexes", "timexes.vague", "statements", "statements.located",
        "statements.any", "claim_responses"]
_SENTENCE_END = ev._SENTENCE_END  # the evaluator's own sentence boundary


def _first(x) -> str:
    values = ev.as_list(x)
    return ev._cell(values[0]) if values else ""


def _locate(paras: list[tuple[int, str]], needle: str) -> tuple[int, int, int] | None:
    """(para_idx, start, end) of the sentence around ``needle`` (exact, else folded)."""
    for idx, text in paras:
        at = text.find(needle)
        if at >= 0:
            lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
            nxt = _SENTENCE_END.search(text, at + max(len(needle) - 1, 0))
            return idx, lo, nxt.end() if nxt else len(text)
    for idx, text in paras:  # spelling differences: the whole paragraph
        if ev.contains(text, needle):
            return idx, 0, len(text)
    return None


def second_as_tables(doc: dict, sys_tables) -> dict[str, pd.DataFrame]:
    """One article's second annotation as the tables the evaluator reads."""
    aid = doc["article_id"]
    p = sys_tables.paragraphs
    p = p[p["article_id"] == aid]
    paras = [(int(i), str(t)) for i, t in zip(p["para_idx"], p["text"])]
    para_text = dict(paras)
    stmts, by_text = [], {}
    for k, s in enumerate(doc.get("statements") or []):
        where = _locate(paras, str(s.get("text_contains", "")))
        if where is None:
            continue
        idx, lo, hi = where
        text = para_text[idx][lo:hi]
        sid = f"{aid}:b{k}"
        country = s.get("speaker_country")
        stmts.append({"statement_id": sid, "article_id": aid, "para_idx": idx, "start": lo, "end": hi,
                      "text": text, "stance": _first(s.get("stance")),
                      "topics": ";".join(ev.as_list(s.get("topics"))),
                      "speaker_country": _first(country) if country is not None else ""})
        by_text.setdefault(ev.norm(s.get("text_contains")), sid)
    pairs = []
    for c in doc.get("claim_responses") or []:
        cid, rid = by_text.get(ev.norm(c.get("claim_contains"))), by_text.get(ev.norm(c.get("response_contains")))
        if cid and rid:
            pairs.append({"topic": c.get("topic"), "claim_id": cid, "response_id": rid,
                          "response_stance": _first(c.get("response_stance"))})
    times = [{"article_id": aid, "surface": t.get("surface"), "value": ev._cell(t.get("value"))}
             for t in doc.get("timexes") or []]
    return {"paragraphs": p, "statements": pd.DataFrame(stmts), "claim_responses": pd.DataFrame(pairs),
            "timexes": pd.DataFrame(times),
            "articles": pd.DataFrame([{"article_id": aid, "published": ev._cell(doc.get("published")),
                                       "status": "ok"}])}


def _concat(parts: list[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    return {name: pd.concat([t[name] for t in parts], ignore_index=True) for name in parts[0]}


def _score(docs: list[dict], tables) -> dict[str, ev.Score]:
    for d in docs:
        d["subset"] = "own"
    return ev.score_subset(docs, tables)


def agreement(first_dir: Path, second_dir: Path) -> dict[str, dict[str, ev.Score]]:
    stems = sorted(p.stem for p in second_dir.glob("*.yaml"))
    first = [d for d in ev.load_gold(first_dir) if d["article_id"] in stems]
    missing = sorted(set(stems) - {d["article_id"] for d in first})
    if missing:
        raise SystemExit(f"not in {first_dir}: {', '.join(missing)}")
    with tempfile.TemporaryDirectory(prefix="agreement-") as tmp:
        gold2 = Path(tmp) / "second"
        (gold2 / "articles").mkdir(parents=True)
        shutil.copytree(second_dir, gold2 / "annotations")
        for d in first:
            shutil.copy(d["path"], gold2 / "articles" / d["path"].name)
        system = load_corpus(gold2 / "articles", cache=False, progress=False)
        second = ev.load_gold(gold2)
    as_tables = _concat([second_as_tables(d, system) for d in second])
    return {"second vs first": _score(first, as_tables),
            "system vs first": _score(first, system),
            "system vs second": _score(second, system)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("first", type=Path, help="gold folder of the first annotator (annotations/, articles/)")
    ap.add_argument("second", type=Path, help="folder of the second annotator's YAML files")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    result = agreement(args.first, args.second)
    if args.json:
        print(json.dumps({k: {r: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "f1": round(s.f1, 3)}
                              for r, s in v.items() if r in ROWS} for k, v in result.items()}, indent=1))
        return 0
    n = len(list(args.second.glob("*.yaml")))
    print(f"{n} articles; F1 (precision / recall), the row's reference annotator as gold")
    print(f"{'row':22}" + "".join(f"{k:>26}" for k in result))
    for row in ROWS:
        cells = []
        for v in result.values():
            s = v[row]
            cells.append(f"{s.f1:.3f} ({s.precision:.2f}/{s.recall:.2f})")
        print(f"{row:22}" + "".join(f"{c:>26}" for c in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
