"""Throughput of the actor linker: the five seed articles repeated to ~5 MB.

Run: ``.venv/bin/python benchmarks/bench_actors.py [MB]`` (PYTHONPATH=lib if
``dossier`` is not installed). Prints MB/s of UTF-8 Arabic text on one core (CPU time, best of 3);
the target is >= 5 MB/s. Registry loading is timed separately (it is cached).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lib"))

from dossier.actors import Registry  # noqa: E402
from dossier.paths import CORPUS_DIR  # noqa: E402


def main(target_mb: float = 5.0, repeat: int = 3) -> float:
    t0 = time.perf_counter()
    registry = Registry.load()
    t_load = time.perf_counter() - t0
    paras = []
    for path in sorted(CORPUS_DIR.glob("*.txt")):
        paras.extend(p for p in path.read_text(encoding="utf-8").split("\n") if p.strip())
    size = sum(len(p.encode("utf-8")) for p in paras)
    reps = max(1, int(target_mb * 1e6 / size) + 1)
    corpus = paras * reps
    nbytes = size * reps
    registry.link_article("warmup", paras)
    runs = []
    for _ in range(repeat):             # best of N, as timeit does: noise only slows down
        t0, c0 = time.perf_counter(), time.process_time()
        n = 0
        for i in range(0, len(corpus), 20):          # articles of 20 paragraphs
            n += len(registry.link_article(f"a{i}", corpus[i:i + 20]))
        runs.append((time.process_time() - c0, time.perf_counter() - t0))
    dc, dt = min(runs)
    mbps = nbytes / 1e6 / dc          # CPU time of this process: one core
    print(f"registry: {len(registry)} actors loaded in {t_load:.2f}s")
    print(f"linked {nbytes / 1e6:.1f} MB ({len(corpus)} paragraphs, {n} mentions) "
          f"in {dc:.2f}s CPU, best of {repeat} ({dt:.2f}s wall): {mbps:.1f} MB/s "
          f"({nbytes / 1e6 / dt:.1f} MB/s wall)")
    return mbps


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 5.0)
