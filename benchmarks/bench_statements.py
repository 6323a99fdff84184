"""Milliseconds per KB of statements extraction on a ~10 KB article.

Run: ``.venv/bin/python benchmarks/bench_statements.py``. Mentions are linked
once beforehand (the registry is not what is measured); lexicons are compiled
at import of dossier.statements.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lib"))

from dossier import statements  # noqa: E402
from dossier.actors import Registry  # noqa: E402
from dossier.ingest import read_article  # noqa: E402
from dossier.paths import CORPUS_DIR  # noqa: E402


def ten_kb_article() -> list[str]:
    paras: list[str] = []
    for path in sorted(CORPUS_DIR.glob("00[123]_*.txt")):
        paras.extend(read_article(path).paragraphs)
    out, size = [], 0
    while size < 10 * 1024:
        for p in paras:
            out.append(p)
            size += len(p.encode("utf-8"))
            if size >= 10 * 1024:
                break
    return out


def main(repeat: int = 50) -> float:
    registry = Registry.load()
    paras = ten_kb_article()
    kb = sum(len(p.encode("utf-8")) for p in paras) / 1024
    mentions = registry.link_article("bench", paras)
    statements.extract("bench", paras, mentions, [], "2022-11-10", registry)  # warm caches
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        recs = statements.extract("bench", paras, mentions, [], "2022-11-10", registry)
        best = min(best, time.perf_counter() - t0)
    ms_per_kb = best * 1000 / kb
    print(f"{kb:.1f} KB, {len(paras)} paragraphs, {len(recs)} statements: "
          f"{best * 1000:.2f} ms best of {repeat} -> {ms_per_kb:.3f} ms/KB")
    return ms_per_kb


if __name__ == "__main__":
    main()
