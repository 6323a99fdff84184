"""Throughput of the temporal tagger, with dateparser as the peer.

    PYTHONPATH=lib .venv/bin/python benchmarks/bench_timexes.py [--mb 5] [--peer-seconds 20]

The seed articles are repeated to about ``--mb`` MB of UTF-8 and tagged
paragraph by paragraph (``timexes.tag``, i.e. find + parse; ``resolve`` is
timed separately). dateparser's ``search_dates(text, languages=['ar'])`` is run
on paragraphs of the same text until ``--peer-seconds`` have passed, and both
are reported in MB/s (UTF-8 bytes) with their ratio. dateparser is only a
benchmark peer: the library never uses it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

from dossier import timexes  # noqa: E402
from dossier.paths import CORPUS_DIR  # noqa: E402


def seed_paragraphs() -> list[str]:
    paras = []
    for path in sorted(CORPUS_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        paras += [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return paras


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="size of the text to tag (MB)")
    ap.add_argument("--peer-seconds", type=float, default=20.0,
                    help="time budget for dateparser (0 to skip)")
    args = ap.parse_args(argv)

    base = seed_paragraphs()
    base_bytes = sum(len(p.encode("utf-8")) + 1 for p in base)
    reps = max(1, int(args.mb * 1e6 / base_bytes) + 1)
    paras = base * reps
    nbytes = sum(len(p.encode("utf-8")) + 1 for p in paras)
    nchars = sum(len(p) + 1 for p in paras)

    timexes.tag(base[0])  # warm up (lexicon compiled at import already)
    # CPU time of this process = one core, whatever else runs on the machine
    w0, t0 = time.perf_counter(), time.process_time()
    tagged = [timexes.tag(p) for p in paras]
    t_tag, w_tag = time.process_time() - t0, time.perf_counter() - w0
    n_tags = sum(map(len, tagged))
    anchor = dt.date(2024, 4, 30)
    t0 = time.process_time()
    for t in tagged:
        timexes.resolve(t, anchor)
    t_res = time.process_time() - t0
    ours = nbytes / t_tag / 1e6
    print(f"text: {nbytes / 1e6:.2f} MB UTF-8 ({nchars / 1e6:.2f} M chars, {len(paras)} paragraphs)")
    print(f"dossier.timexes.tag:     {ours:8.2f} MB/s CPU, {nbytes / w_tag / 1e6:.2f} MB/s wall "
          f"({nchars / t_tag / 1e6:.2f} M chars/s, {n_tags} timexes, {t_tag:.2f} s)")
    print(f"dossier tag+resolve:     {nbytes / (t_tag + t_res) / 1e6:8.2f} MB/s CPU")
    print(f"target >= 5 MB/s: {'met' if ours >= 5 else 'NOT met'}")

    if args.peer_seconds > 0:
        try:
            from dateparser.search import search_dates
        except ImportError:
            print("dateparser not installed: no peer figure")
            return 0
        search_dates("في 30 أبريل 2024", languages=["ar"])  # load its language data
        done_bytes, found, i = 0, 0, 0
        w0, t0 = time.perf_counter(), time.process_time()
        while time.perf_counter() - w0 < args.peer_seconds and i < len(base) * 20:
            p = base[i % len(base)]
            res = search_dates(p, languages=["ar"]) or []
            found += len(res)
            done_bytes += len(p.encode("utf-8")) + 1
            i += 1
        t_peer = time.process_time() - t0
        peer = done_bytes / t_peer / 1e6
        print(f"dateparser.search_dates: {peer:8.4f} MB/s CPU ({i} paragraphs, "
              f"{done_bytes / 1e3:.0f} kB, {found} hits, {t_peer:.1f} s)")
        print(f"ratio dossier/dateparser: {ours / peer:,.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
