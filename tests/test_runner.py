"""Execution strategies, the incremental cache and the writers give the same tables.

Covers issue 7's required tests: one changed file → one reprocessed; identical
tables with 1 and N workers; identical tables with and without Dask.
"""

from __future__ import annotations

import filecmp
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dossier import cache as cache_mod
from dossier import corpus as corpus_mod
from dossier import runner
from dossier.corpus import extract, load_corpus
from dossier.paths import CORPUS_DIR
from dossier.tables import TABLES

ROOT = Path(__file__).resolve().parents[1]


def _gen_module():
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "benchmarks" / "gen_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def corpus60(tmp_path_factory) -> Path:
    """The bundled corpus plus 55 synthetic articles (several encodings, HTML, a sidecar)."""
    folder = tmp_path_factory.mktemp("corpus60")
    _gen_module().generate(folder, 55, seed=3, avg_kb=2.0)
    for f in CORPUS_DIR.iterdir():
        if f.name != "metadata.csv":
            shutil.copy(f, folder / f.name)
    return folder


@pytest.fixture(scope="module")
def reference(corpus60):
    """In-process, uncached: the tables every other strategy must reproduce."""
    return load_corpus(corpus60, workers=1, cache=False)


def assert_same_tables(a, b):
    for name in TABLES:
        left, right = a.tables[name], b.tables[name]
        assert list(left.columns) == list(right.columns), name
        assert left.equals(right), f"table {name} differs"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# ------------------------------------------------------------------ workers
def test_one_and_n_workers_give_identical_tables(corpus60, reference):
    pooled = load_corpus(corpus60, workers=2, cache=False)
    assert pooled.stats["strategy"] == "pool" and pooled.stats["workers"] == 2
    assert reference.stats["strategy"] == "in-process"
    assert_same_tables(reference, pooled)
    assert len(reference.articles) == 60


def test_default_uses_all_cores_only_when_it_pays():
    assert runner.resolve_workers(None, 5) == 1
    assert runner.resolve_workers(None, 10_000) == runner.cpu_count()
    assert runner.resolve_workers(3, 10_000) == 3
    with pytest.raises(runner.RunnerError):
        runner.resolve_workers(0, 10)


def test_streamed_assembly_equals_corpus_tables(corpus60, reference, monkeypatch):
    """load_corpus builds paragraphs/mentions/timexes chunk by chunk on big corpora:
    the result must be what pipeline.corpus_tables gives on all records at once."""
    monkeypatch.setattr(corpus_mod, "STREAM_CHUNK", 7)
    streamed = load_corpus(corpus60, workers=2, cache=False)
    assert_same_tables(reference, streamed)


def test_extract_writes_the_same_csv_as_load_corpus(corpus60, reference, tmp_path):
    reference.write_csv(tmp_path / "a")
    stats = extract(corpus60, tmp_path / "b", workers=2, cache=False)
    assert stats["articles"] == 60
    for name in TABLES:
        assert filecmp.cmp(tmp_path / "a" / f"{name}.csv", tmp_path / "b" / f"{name}.csv",
                           shallow=False), name


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_large_corpus_extract_keeps_compact_records_and_writes_the_same_tables(
        corpus60, reference, tmp_path, monkeypatch, fmt):
    """Above STREAM_CHUNK articles, articles/statements/events are streamed too and only
    the fields the tail reads are kept: the tables must not change."""
    monkeypatch.setattr(corpus_mod, "STREAM_CHUNK", 7)
    stats = extract(corpus60, tmp_path / "big", workers=2, cache=False, fmt=fmt)
    assert stats["counts"]["statements"] == len(reference.statements)
    assert stats["counts"]["claim_responses"] == len(reference.claim_responses)
    if fmt == "csv":
        reference.write_csv(tmp_path / "a")
        for name in TABLES:
            assert filecmp.cmp(tmp_path / "a" / f"{name}.csv", tmp_path / "big" / f"{name}.csv",
                               shallow=False), name
    else:
        pd = pytest.importorskip("pandas")
        pytest.importorskip("pyarrow")
        for name in ("statements", "events", "chronology", "claim_responses", "articles"):
            got = pd.read_parquet(tmp_path / "big" / name)
            assert len(got) == len(getattr(reference, name)), name


def test_forked_tail_writes_the_same_csv(corpus60, reference, tmp_path, monkeypatch):
    """claims.pair in a forked child and claim_responses.csv written by two
    processes (threshold lowered so the 60-article corpus uses both)."""
    if not corpus_mod._tail_parallel(2, None, 60):
        pytest.skip("no fork here (one core, not Linux, or threads running)")
    monkeypatch.setattr(corpus_mod, "SPLIT_WRITE_ROWS", 5)
    reference.write_csv(tmp_path / "a")
    stats = extract(corpus60, tmp_path / "b", workers=2, cache=False)
    assert stats["counts"]["claim_responses"] == len(reference.claim_responses)
    for name in TABLES:
        assert filecmp.cmp(tmp_path / "a" / f"{name}.csv", tmp_path / "b" / f"{name}.csv",
                           shallow=False), name
    assert not [p for p in (tmp_path / "b").iterdir() if p.name.startswith(".")]


def test_failure_in_the_forked_tail_is_raised_by_the_parent(corpus60, tmp_path, monkeypatch):
    from dossier import claims

    if not corpus_mod._tail_parallel(2, None, 60):
        pytest.skip("no fork here")

    def broken(*a, **k):
        raise RuntimeError("pairing failed")

    monkeypatch.setattr(claims, "pair", broken)
    monkeypatch.setattr(claims, "pair_rows", broken)  # the CSV path pairs into tuples
    with pytest.raises(RuntimeError, match="pairing failed"):
        extract(corpus60, tmp_path / "b", workers=2, cache=False)


def test_failure_in_the_parent_stops_the_forked_child(corpus60, tmp_path, monkeypatch):
    psutil = pytest.importorskip("psutil")
    from dossier import events

    if not corpus_mod._tail_parallel(2, None, 60):
        pytest.skip("no fork here")

    def broken(*a, **k):
        raise RuntimeError("merge failed")

    monkeypatch.setattr(events, "merge", broken)
    with pytest.raises(RuntimeError, match="merge failed"):
        extract(corpus60, tmp_path / "b", workers=2, cache=False)
    assert not [c for c in psutil.Process().children() if c.status() != psutil.STATUS_ZOMBIE]


@pytest.mark.parametrize("n", [30, 2500])
def test_two_process_csv_writer_gives_the_bytes_of_one_sink(tmp_path, monkeypatch, n):
    monkeypatch.setattr(corpus_mod, "SPLIT_WRITE_ROWS", 10)
    rows = [{"topic": f"t{i % 3}", "claim_id": f"a:{i}", "response_id": "" if i % 4 else f"b:{i}",
             "response_stance": None, "same_article": i % 2 == 0, "months_apart": i,
             "text": 'quoted "x", comma\nnew line' if i % 5 == 0 else "plain",
             "score": float("nan") if i % 7 == 0 else 0.5} for i in range(n)]
    del rows[n // 2 - 3]["text"]  # a record without a column: an empty cell
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    with corpus_mod._CsvSink(tmp_path / "one", "claim_responses") as sink:
        sink.write(rows)
    corpus_mod._write_csv_two_processes(tmp_path / "two", "claim_responses", rows)
    one = (tmp_path / "one" / "claim_responses.csv").read_bytes()
    assert (tmp_path / "two" / "claim_responses.csv").read_bytes() == one
    assert [p.name for p in (tmp_path / "two").iterdir()] == ["claim_responses.csv"]
    assert b",nan," not in one and b",0.5" in one


def test_column_memo_csv_text_is_what_csv_writer_writes():
    import csv
    import io

    nan = float("nan")
    rows = [{"a": v, "b": w, "c": i} for i, (v, w) in enumerate([
        (True, 1), (1, True), (0, False), (False, 0), (0.0, -0.0), (-0.0, 0.0), (nan, None),
        ("", " "), ('say "x"', "a,b"), ("line\nbreak", "cr\rhere"), (["list"], {"d": 1}),
        (None, ""), (1.5, 2), ("عربي، نص", "«قول»"), (nan, nan)])]
    del rows[3]["b"]
    for sel in (rows, rows[:2], rows[4:6], [r for r in rows if not isinstance(r["a"], list)]):
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(
            [[corpus_mod._cell(r.get(c)) for c in "abc"] for r in sel])
        assert corpus_mod._csv_text(sel, list("abc")) == buf.getvalue()


def test_csv_sink_batches_give_the_same_bytes(tmp_path, monkeypatch):
    rows = [{"a": i % 3 == 0, "b": i, "c": f"x,{i % 7}"} for i in range(2500)]
    with corpus_mod._CsvSink(tmp_path, "one", cols=list("abc")) as sink:
        sink.write(rows)
    monkeypatch.setattr(corpus_mod, "CSV_BATCH_ROWS", 7)
    with corpus_mod._CsvSink(tmp_path, "two", cols=list("abc")) as sink:
        sink.write(rows)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()


def test_parquet_partitions_hold_the_same_tables(corpus60, reference, tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    extract(corpus60, tmp_path / "pq", fmt="parquet", workers=1, cache=False)
    reference.write_parquet(tmp_path / "pq2", rows_per_part=100)
    for name in TABLES:
        ref = reference.tables[name]
        for folder in (tmp_path / "pq" / name, tmp_path / "pq2" / name):
            got = pd.read_parquet(folder)
            assert list(got.columns) == list(ref.columns), name
            assert len(got) == len(ref), name
            if len(ref):
                col = ref.columns[0]
                assert got[col].astype(str).tolist() == ref[col].astype(str).tolist(), name
    assert len(list((tmp_path / "pq2" / "paragraphs").glob("part-*.parquet"))) > 1


def test_parquet_sink_writes_row_groups_of_a_batch(tmp_path, monkeypatch):
    pq = pytest.importorskip("pyarrow.parquet")
    rows = [{"article_id": f"a{i}", "para_idx": i, "text": "نص" * (i % 5)} for i in range(2500)]
    monkeypatch.setattr(corpus_mod, "PARQUET_BATCH_ROWS", 300)
    with corpus_mod._ParquetSink(tmp_path, "t", cols=["article_id", "para_idx", "text"],
                                 rows_per_part=1000) as sink:
        for start in range(0, len(rows), 700):
            sink.write(rows[start:start + 700])
        # never more than a batch waits in memory
        assert len(sink.pending) < 300
    parts = sorted((tmp_path / "t").glob("part-*.parquet"))
    assert [pq.ParquetFile(f).metadata.num_rows for f in parts] == [1000, 1000, 500]
    assert [pq.ParquetFile(f).metadata.num_row_groups for f in parts] == [4, 4, 2]
    got = pq.read_table(tmp_path / "t").to_pylist()
    assert got == rows


def test_an_empty_parquet_table_is_one_part_with_its_schema(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    with corpus_mod._ParquetSink(tmp_path, "t", cols=["article_id", "para_idx"]):
        pass
    table = pq.read_table(tmp_path / "t")
    assert (table.num_rows, table.column_names) == (0, ["article_id", "para_idx"])
    assert str(table.schema.field("para_idx").type) == "int64"


# ------------------------------------------------------------------ cache
def test_one_changed_file_is_reprocessed_alone(corpus60, reference, tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(corpus60, folder)
    cache_dir = tmp_path / "cache"
    before = snapshot(folder)

    first = load_corpus(folder, workers=2, cache=cache_dir)
    assert (first.stats["reprocessed"], first.stats["from_cache"]) == (60, 0)
    second = load_corpus(folder, workers=2, cache=cache_dir)
    assert (second.stats["reprocessed"], second.stats["from_cache"]) == (0, 60)

    changed = folder / "002_42273b95be64996e.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nوقال بوتين إن روسيا لن ترسل صواريخ.\n",
                       encoding="utf-8")
    third = load_corpus(folder, workers=2, cache=cache_dir)
    assert (third.stats["reprocessed"], third.stats["from_cache"]) == (1, 59)
    fresh = load_corpus(folder, workers=1, cache=False)
    assert_same_tables(fresh, third)
    # nothing was written under the corpus folder (the cache lives elsewhere)
    assert set(snapshot(folder)) == set(before)


def test_extract_cli_path_uses_the_cache(corpus60, tmp_path):
    cache_dir = tmp_path / "cache"
    s1 = extract(corpus60, tmp_path / "o1", cache=cache_dir)
    s2 = extract(corpus60, tmp_path / "o2", cache=cache_dir)
    assert s1["reprocessed"] == 60 and s2["from_cache"] == 60 and s2["reprocessed"] == 0
    for name in TABLES:
        assert filecmp.cmp(tmp_path / "o1" / f"{name}.csv", tmp_path / "o2" / f"{name}.csv",
                           shallow=False), name


def test_sidecar_row_is_part_of_the_key(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, folder)
    cache_dir = tmp_path / "cache"
    load_corpus(folder, cache=cache_dir)
    side = folder / "metadata.csv"
    side.write_text(side.read_text(encoding="utf-8").replace(
        "004_25339940bd5d8780,,,,", "004_25339940bd5d8780,الحدث,,2024-04-30,"), encoding="utf-8")
    again = load_corpus(folder, cache=cache_dir)
    assert (again.stats["reprocessed"], again.stats["from_cache"]) == (1, 4)


def test_changed_fingerprint_invalidates_everything(corpus60, tmp_path, monkeypatch):
    cache_dir = tmp_path / "cache"
    load_corpus(corpus60, workers=1, cache=cache_dir)
    real = cache_mod.run_fingerprint
    monkeypatch.setattr(cache_mod, "run_fingerprint", lambda *a, **k: real(*a, **k) + "-new-registry")
    after = load_corpus(corpus60, workers=1, cache=cache_dir)
    assert (after.stats["reprocessed"], after.stats["from_cache"]) == (60, 0)


def test_fingerprint_covers_registry_lexicons_and_reference_events(tmp_path, monkeypatch):
    from dossier import paths
    from dossier.paths import DATA_DIR

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("corpus"))
    monkeypatch.setattr(paths, "DATA_DIR", data)
    base = cache_mod.run_fingerprint()
    assert cache_mod.run_fingerprint() == base
    lexicon = sorted((data / "lexicons").glob("*.yaml"))[0]
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    after_lexicon = cache_mod.run_fingerprint()
    assert after_lexicon != base
    (data / "registry").mkdir(exist_ok=True)
    (data / "registry" / "analyst.yaml").write_text("- id: someone\n", encoding="utf-8")
    after_registry = cache_mod.run_fingerprint()
    assert after_registry != after_lexicon
    (data / "reference_events.yaml").write_text("[]\n", encoding="utf-8")
    assert cache_mod.run_fingerprint() != after_registry
    extra = tmp_path / "mine.yaml"
    extra.write_text("- id: x\n", encoding="utf-8")
    assert cache_mod.run_fingerprint(registry_extra=[extra]) != cache_mod.run_fingerprint()


def test_cache_location(monkeypatch, tmp_path):
    monkeypatch.setenv("DOSSIER_CACHE", str(tmp_path / "c"))
    assert cache_mod.default_cache_dir() == tmp_path / "c"
    monkeypatch.delenv("DOSSIER_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_mod.default_cache_dir() == tmp_path / "xdg" / "dossier"


# ------------------------------------------------------------------ dask
@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed", reason="the optional 'dask' extra is not installed")
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster:
        yield cluster


def test_dask_gives_identical_tables(corpus60, reference, dask_cluster, tmp_path, monkeypatch):
    import distributed

    with distributed.Client(dask_cluster) as client:
        on_dask = load_corpus(corpus60, dask_client=client, cache=False)
    assert on_dask.stats["strategy"] == "dask" and on_dask.stats["workers"] == 2
    assert_same_tables(reference, on_dask)

    # through the address, as `dossier extract --dask ADDRESS` does, with the file
    # bytes shipped as for workers that cannot see the corpus folder
    monkeypatch.setattr(runner, "FORCE_SHIP", True)
    stats = extract(corpus60, tmp_path / "dask", dask=dask_cluster.scheduler_address, cache=False)
    assert stats["shipped_bytes"] is True
    reference.write_csv(tmp_path / "local")
    for name in TABLES:
        assert filecmp.cmp(tmp_path / "local" / f"{name}.csv", tmp_path / "dask" / f"{name}.csv",
                           shallow=False), name


# ------------------------------------------------------------------ CLI
def _cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dossier", *args], capture_output=True, text=True,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT / "lib"), "PATH": "/usr/bin:/bin",
                                         "HOME": str(home)}, timeout=120)


def test_cli_extract_options(corpus60, tmp_path):
    bad = _cli(tmp_path, "extract", str(corpus60), "--out", str(tmp_path / "o"), "--workers", "0")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "--workers" in bad.stderr
    ok = _cli(tmp_path, "extract", str(corpus60), "--out", str(tmp_path / "o"), "--workers", "2", "--no-cache",
              "--format", "parquet")
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "o" / "mentions").is_dir()
    assert "60 articles" in ok.stdout


# --------------------------------------------------------------- compact records of large runs
def test_text_spill_gives_back_every_text_exactly(tmp_path):
    spill = corpus_mod._TextSpill(tmp_path)
    texts = ["وقّع الرئيسان «معاهدة الشراكة» في موسكو.", "", "Reuters: Шахед-136 🚀", "ب" * 5000]
    at = [spill.put(t) for t in texts]
    assert [spill.get(i) for i in reversed(at)] == texts[::-1]
    spill.put("بعد القراءة")  # writing after reading
    assert spill.get(len(texts)) == "بعد القراءة"
    spill.close()
    assert list(tmp_path.iterdir()) == []  # an anonymous file: nothing left in the run folder


def test_compact_rows_read_like_dicts_and_survive_pickling():
    import pickle

    rec = {"statement_id": "a:s1", "article_id": "a", "stance": "denial", "topics": "drones",
           "speaker_country": "IRN", "text": "not kept"}
    neutral = dict(rec, statement_id="a:s2", stance="statement")
    rows = corpus_mod._compact("statements", [rec, neutral])
    assert len(rows) == 1  # neutral statements are never paired
    row = pickle.loads(pickle.dumps(rows, pickle.HIGHEST_PROTOCOL))[0]
    assert (row["stance"], row.get("speaker_country"), row.get("date"), row.get("text", "-")) == \
        ("denial", "IRN", None, "-")
    assert type(row) is corpus_mod._StatementRow


def test_packed_store_gives_back_the_records_in_order():
    kept = corpus_mod._Kept(packed=True)
    kept.add("events", [{"event_id": "a:e1"}, {"event_id": "a:e2"}])
    kept.add("events", [])
    kept.add("events", [{"event_id": "b:e1"}])
    assert [r["event_id"] for r in kept.get("events")] == ["a:e1", "a:e2", "b:e1"]
    assert kept.get("statements") == [] and kept.names() == ["events"]


def test_candidate_tally_fed_per_article_equals_one_aggregation():
    from dossier.actors import CandidateTally, aggregate_candidates

    recs = [{"surface": "بازرباش", "context": "قال بازرباش", "article_id": "a", "cue": "قال"},
            {"surface": "وبازرباش", "context": "وبازرباش", "article_id": "b", "cue": ""},
            {"surface": "بازرباش", "context": "", "article_id": "a", "cue": "قال"},
            {"surface": "أوفرتشوك", "context": "نائب رئيس الوزراء أوفرتشوك", "article_id": "b", "cue": "نائب"}]
    tally = CandidateTally()
    for i in range(len(recs)):
        tally.add(recs[i:i + 1])
    assert tally.rows() == aggregate_candidates(recs)
