"""End-to-end and per-stage benchmark of dossier; writes benchmarks/RESULTS.md.

    .venv/bin/python benchmarks/run.py [--sizes 1000 2000 10000] [--workers N]
                                       [--stage-sample 400] [--dateparser-sample 60] [--report]

* end to end: ``dossier extract CORPUS --out TMP --no-cache`` as a subprocess
  (process start included) on synthetic corpora from ``gen_corpus.py``
  (generated into /tmp/bench_<n> when missing); articles/s, MB/s, peak memory
  (sum of RSS over the process tree, sampled every 20 ms); then the same with
  the cache warm and with one file changed (incremental run);
* per stage: the per-article step in-process over a sample with every stage
  function wrapped in a timer (ingest, actors, timexes, pubdate, events,
  statements), then the corpus-level steps and writing the tables;
* peer: ``dateparser.search.search_dates(text, languages=['ar'])`` over the
  paragraphs of a sample of the same articles, against dossier's tagger on the
  same texts (ratio);
* ``--report``: time of ``dossier report`` (extraction and the four notebooks)
  on the bundled corpus, and with ``--report-size N`` on a synthetic corpus of
  N articles (issue 6: ≤ 30 s and, for 2,000 articles, ≤ 90 s), with the size
  of each briefing.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import platform
import pstats
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))
sys.path.insert(0, str(ROOT / "benchmarks"))
DOSSIER = [str(Path(sys.executable).with_name("dossier"))]
if not Path(DOSSIER[0]).exists():
    DOSSIER = [sys.executable, "-m", "dossier"]


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count()
    mem = ""
    try:
        import psutil

        mem = f", {psutil.virtual_memory().total / 2**30:.1f} GiB RAM"
    except ImportError:
        pass
    return (f"{cores} cores, {cpu or 'unknown CPU'}{mem}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def corpus(n: int) -> Path:
    folder = Path(f"/tmp/bench_{n // 1000}k" if n % 1000 == 0 else f"/tmp/bench_{n}")
    if not (folder / "metadata.csv").exists():
        import gen_corpus

        shutil.rmtree(folder, ignore_errors=True)
        gen_corpus.generate(folder, n)
    return folder


def corpus_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.name != "metadata.csv")


def _pss(pid: int) -> int | None:
    """Proportional set size (bytes): shared pages split between the processes
    that map them, so forked processes are not counted twice. Linux only."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        return None
    return None


def _tree_rss(pid: int) -> tuple[int, int]:
    """(sum of RSS, sum of PSS) over the process tree (PSS falls back to RSS)."""
    import psutil

    try:
        procs = [psutil.Process(pid)]
        procs += procs[0].children(recursive=True)
    except psutil.Error:
        return 0, 0
    rss = pss = 0
    for proc in procs:
        with contextlib.suppress(psutil.Error):
            r = proc.memory_info().rss
            rss += r
            pss += _pss(proc.pid) or r
    return rss, pss


def _children_cpu() -> float:
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def timed_run(cmd: list[str], env: dict | None = None) -> tuple[float, int, subprocess.CompletedProcess]:
    """Wall time and peak tree RSS (bytes) of a subprocess; its CPU seconds
    (user + sys of it and every process it waited for) in ``timed_run.cpu``."""
    peak = [0, 0]
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    done = threading.Event()

    def sample():
        while not done.is_set():
            rss, pss = _tree_rss(proc.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            done.wait(0.02)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    out, err = proc.communicate()
    elapsed = time.perf_counter() - t0
    timed_run.cpu = _children_cpu() - cpu0
    done.set()
    th.join()
    timed_run.pss = peak[1]
    return elapsed, peak[0], subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def end_to_end(n: int, workers: int | None) -> dict:
    folder = corpus(n)
    size = corpus_bytes(folder)
    row: dict = {"n": n, "mb": size / 1e6}
    with tempfile.TemporaryDirectory() as tmp:
        extra = ["--workers", str(workers)] if workers else []
        work = Path(tmp) / "corpus"  # a copy: one file is changed, never in the source corpus
        shutil.copytree(folder, work)
        env = {"DOSSIER_CACHE": f"{tmp}/cache"}
        cmd = [*DOSSIER, "extract", str(work), "--out", f"{tmp}/out"] + extra
        t, peak, res = timed_run(cmd, env)  # cold: empty cache (filled on the way)
        if res.returncode:
            raise SystemExit(f"dossier extract failed: {res.stderr.strip().splitlines()[-1:]}")
        row.update(cold_s=t, cold_cpu=timed_run.cpu, peak=peak, peak_pss=timed_run.pss,
                   summary=res.stdout.strip())
        row["warm_s"], _, _ = timed_run(cmd, env)
        row["warm_cpu"] = timed_run.cpu
        victim = sorted(work.glob("syn_*"))[n // 2]
        victim.write_bytes(victim.read_bytes() + "\nوقال لافروف إن روسيا لن ترسل صواريخ.\n".encode())
        row["incr_s"], _, res = timed_run(cmd, env)
        row["incr_summary"] = res.stdout.strip()
        # process start: one article, no cache
        one = Path(tmp) / "one"
        one.mkdir()
        shutil.copy(victim, one / victim.name)
        row["one_s"], _, _ = timed_run([*DOSSIER, "extract", str(one), "--out", f"{tmp}/one_out",
                                        "--no-cache"], env)
        row["one_cpu"] = timed_run.cpu
    return row


# ------------------------------------------------------------------ per stage
STAGES = {
    "ingest": [("pipeline", "read_article")],
    "actors": [("actors.Registry", "link_article"), ("actors.Registry", "candidates")],
    "timexes": [("timexes", "tag_article"), ("timexes", "resolve")],
    "pubdate": [("pubdate", "decide")],
    "events": [("events", "extract")],
    "statements": [("statements", "extract")],
}


def per_stage(folder: Path, sample: int) -> tuple[dict, float, int, str]:
    """CPU seconds per stage over ``sample`` articles (in-process), plus the profile."""
    import importlib

    from dossier import pipeline

    totals: dict[str, float] = defaultdict(float)
    restore = []

    def wrap(owner, attr, stage):
        fn = getattr(owner, attr)

        def timed(*a, **k):
            t = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                totals[stage] += time.process_time() - t
        setattr(owner, attr, timed)
        restore.append((owner, attr, fn))

    for stage, targets in STAGES.items():
        for modname, attr in targets:
            mod, _, cls = modname.partition(".")
            owner = importlib.import_module(f"dossier.{mod}")
            if cls:
                owner = getattr(owner, cls)
            if hasattr(owner, attr):
                wrap(owner, attr, stage)
    files = pipeline.list_article_files(folder)[:sample]
    side = pipeline.read_sidecar(folder)
    resources = pipeline.load_resources()
    nbytes = sum(f.stat().st_size for f in files)
    t0 = time.process_time()
    results = [pipeline.process_article(f, resources, side.get(f.stem)) for f in files]
    total = time.process_time() - t0
    for owner, attr, fn in restore:
        setattr(owner, attr, fn)
    totals["other (process_article glue)"] = total - sum(totals.values())
    t = time.process_time()
    records = pipeline.corpus_tables(results, resources)
    totals["corpus-level (merge, pairing, candidates)"] = time.process_time() - t
    t = time.process_time()
    from dossier.corpus import _CsvSink

    with tempfile.TemporaryDirectory() as tmp:
        for name, recs in records.items():
            if isinstance(recs, list):
                with _CsvSink(Path(tmp), name) as sink:
                    sink.write(recs)
    totals["writing tables (CSV)"] = time.process_time() - t
    prof = cProfile.Profile()
    prof.enable()
    for f in files[: max(50, sample // 4)]:
        pipeline.process_article(f, resources, side.get(f.stem))
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(15)
    return dict(totals), total, nbytes, buf.getvalue()


def peer(folder: Path, sample: int) -> dict:
    from dateparser.search import search_dates

    from dossier import pipeline, timexes
    from dossier.ingest import read_article

    texts = []
    for f in pipeline.list_article_files(folder)[:sample]:
        art = read_article(f)
        texts.extend(art.paragraphs)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    t = time.perf_counter()
    found_dp = 0
    for text in texts:
        found_dp += len(search_dates(text, languages=["ar"]) or [])
    dp = time.perf_counter() - t
    t = time.perf_counter()
    found_us = 0
    for _ in range(5):
        tagged = timexes.tag_article("x", texts)
        found_us = len(timexes.resolve(tagged, None))
    ours = (time.perf_counter() - t) / 5
    return {"articles": sample, "mb": nbytes / 1e6, "dateparser_s": dp, "dossier_s": ours,
            "found_dp": found_dp, "found_us": found_us}


def report_time(corpus_dir: Path | None = None) -> tuple[float | None, dict[str, int]]:
    """Seconds of ``dossier report`` (None if it failed) and bytes of each HTML file."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [*DOSSIER, "report", *([str(corpus_dir)] if corpus_dir else []), "--out", f"{tmp}/out"]
        t, _, res = timed_run(cmd, env={"DOSSIER_CACHE": f"{tmp}/cache"})  # cold: an empty cache
        sizes = {p.name: p.stat().st_size for p in sorted(Path(tmp).glob("out/*/*.html"))}
        return (t if res.returncode == 0 else None), sizes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 2000],
                    help="corpus sizes for the end-to-end runs (none: skip them)")
    ap.add_argument("--workers", type=int, default=None, help="default: dossier's default (all cores)")
    ap.add_argument("--stage-sample", type=int, default=400)
    ap.add_argument("--dateparser-sample", type=int, default=20)
    ap.add_argument("--report", action="store_true", help="also time `dossier report` (bundled corpus)")
    ap.add_argument("--report-size", type=int, default=0,
                    help="with --report: also on a synthetic corpus of this many articles")
    ap.add_argument("--results", default=str(ROOT / "benchmarks" / "RESULTS.md"))
    args = ap.parse_args(argv)

    lines = ["# dossier benchmarks", "", f"Machine: {machine()}.", "",
             f"Run: `{' '.join(['benchmarks/run.py', *(argv if argv is not None else sys.argv[1:])])}` "
             f"on {time.strftime('%Y-%m-%d %H:%M')}.", "",
             "## End to end: `dossier extract` as a subprocess (process start included)", "",
             "| articles | MB | cold s | articles/s | MB/s | cold CPU s | peak memory, RSS (PSS) of all processes "
             "| warm cache s (CPU s) | one file changed s | 1 article s (CPU s) |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for n in args.sizes:
        r = end_to_end(n, args.workers)
        print(r["summary"], file=sys.stderr)
        lines.append(f"| {n:,} | {r['mb']:.1f} | {r['cold_s']:.2f} | {n / r['cold_s']:,.0f} | "
                     f"{r['mb'] / r['cold_s']:.2f} | {r['cold_cpu']:.1f} | {r['peak'] / 2**20:,.0f} MiB "
                     f"({r['peak_pss'] / 2**20:,.0f} MiB) | "
                     f"{r['warm_s']:.2f} ({r['warm_cpu']:.1f}) | {r['incr_s']:.2f} | "
                     f"{r['one_s']:.2f} ({r['one_cpu']:.2f}) |")
        print(lines[-1], file=sys.stderr)
    if args.sizes:
        lines.append("")
        lines.append(f"Last run's summary line: `{r['summary']}`; incremental: `{r['incr_summary']}`.")

    folder = corpus(2000)
    totals, total, nbytes, profile = per_stage(folder, args.stage_sample)
    lines += ["", f"## Per stage (in-process CPU time, one core, {args.stage_sample} articles of the 2k corpus, "
              f"{nbytes / 1e6:.2f} MB)", "", "| stage | s | ms/article | MB/s | share |",
              "|---|---:|---:|---:|---:|"]
    grand = sum(totals.values())
    for stage, s in sorted(totals.items(), key=lambda kv: -kv[1]):
        mbs = f"{nbytes / 1e6 / s:.1f}" if s > 0 else "–"
        lines.append(f"| {stage} | {s:.3f} | {1000 * s / args.stage_sample:.2f} | {mbs} | "
                     f"{100 * s / grand:.0f}% |")
    lines.append(f"| **per-article step, total** | {total:.3f} | {1000 * total / args.stage_sample:.2f} | "
                 f"{nbytes / 1e6 / total:.2f} | |")
    print("\n".join(lines[-len(totals) - 4:]), file=sys.stderr)

    p = peer(folder, args.dateparser_sample)
    ratio = p["dateparser_s"] / p["dossier_s"] if p["dossier_s"] else float("nan")
    lines += ["", "## Peer: Arabic date search", "",
              f"Paragraphs of {p['articles']} articles of the 2k corpus ({p['mb']:.2f} MB).", "",
              "| tool | s | MB/s | dates found |", "|---|---:|---:|---:|",
              f"| dateparser `search_dates(text, languages=['ar'])` | {p['dateparser_s']:.2f} | "
              f"{p['mb'] / p['dateparser_s']:.3f} | {p['found_dp']} |",
              f"| dossier `timexes.tag_article` + `resolve` | {p['dossier_s']:.3f} | "
              f"{p['mb'] / p['dossier_s']:.1f} | {p['found_us']} |",
              "", f"dossier's tagger is **{ratio:,.0f}×** faster than dateparser on the same texts."]
    print("\n".join(lines[-8:]), file=sys.stderr)

    if args.report:
        lines += ["", "## Report: `dossier report` with an empty cache (extraction and four notebooks)", "",
                  "| corpus | s | briefings (KB) |", "|---|---:|---|"]
        for label, folder in [("bundled (5 articles)", None),
                              *([(f"synthetic {args.report_size:,}", corpus(args.report_size))]
                                if args.report_size else [])]:
            rt, sizes = report_time(folder)
            kb = ", ".join(f"{name} {size / 1024:,.0f}" for name, size in sizes.items())
            lines.append(f"| {label} | {'failed' if rt is None else f'{rt:.1f}'} | {kb} |")
        print("\n".join(lines[-3:]), file=sys.stderr)
    lines += ["", "## Profile (cProfile, in-process, top functions by own time)", "", "```",
              *[ln for ln in profile.strip().splitlines() if ln.strip()][:40], "```", ""]
    Path(args.results).write_text("\n".join(lines), encoding="utf-8")
    print(f"→ {args.results}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
