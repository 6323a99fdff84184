"""The corpus as pandas tables: ``load_corpus(path)`` and writing them out.

Two ways to the same tables:

* :func:`load_corpus` → :class:`Corpus` of DataFrames (notebooks, the API);
* :func:`extract` → files on disk without building DataFrames (``dossier
  extract``): the tables the corpus-level steps only concatenate
  (``STREAMED``) are written while articles are still being processed, so
  memory stays flat however large the corpus, and pandas is not needed for CSV.

Both run the per-article step through :mod:`dossier.runner` (in-process,
process pool or Dask) with the incremental cache of :mod:`dossier.cache`.
"""

from __future__ import annotations

import contextlib
import csv
import math
import pickle
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from . import cache as cache_mod
from . import runner
from .paths import CORPUS_DIR

if TYPE_CHECKING:
    import pandas as pd

    from .actors import CandidateTally

# Tables that ``pipeline.corpus_tables`` only concatenates: streamed in large runs.
# (tests/test_runner.py checks that streaming them gives the same tables.)
STREAMED = ("paragraphs", "mentions", "timexes")
# Above this many articles, load_corpus builds the streamed tables chunk by chunk, and
# extract streams these too, keeping only what the corpus-level steps read (COMPACT).
STREAM_CHUNK = 5000
BIG_STREAMED = ("articles", "statements", "events")
# Columns written as integers in Parquet (everything else is text).
INT_COLUMNS = ("para_idx", "start", "end", "n_paragraphs", "n_chars", "count", "n_sources", "n_bytes")
PARQUET_ROWS = 250_000
# records a Parquet sink holds before writing them as a row group of the open part
PARQUET_BATCH_ROWS = 20_000


class CorpusError(ValueError):
    """An unusable corpus argument (missing folder, not a folder)."""


@dataclass
class Corpus:
    """Every table of the SPEC as a DataFrame, plus the corpus path.

    ``stats`` says how the run went: ``articles``, ``reprocessed``,
    ``from_cache``, ``workers``, ``strategy``, ``seconds``.
    """

    path: Path
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    stats: dict = field(default_factory=dict)

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(name)

    def write_csv(self, out_dir: Path) -> list[Path]:
        """Write one UTF-8 CSV per table into ``out_dir``."""
        from .tables import TABLES

        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        written = []
        for name in TABLES:
            target = out_dir / f"{name}.csv"
            self.tables[name].to_csv(target, index=False, encoding="utf-8")
            written.append(target)
        return written

    def write_parquet(self, out_dir: Path, rows_per_part: int = PARQUET_ROWS) -> list[Path]:
        """Write each table as a folder of Parquet parts, ``<out_dir>/<table>/part-00000.parquet``,
        in file order, ``rows_per_part`` rows each (read back with ``pd.read_parquet(folder)``
        or ``dask.dataframe.read_parquet(folder)``). Needs ``pyarrow``."""
        from .tables import TABLES

        out_dir = Path(out_dir)
        written = []
        for name in TABLES:
            with _ParquetSink(out_dir, name, list(self.tables[name].columns), rows_per_part) as sink:
                sink.write_frame(self.tables[name])
            written.append(out_dir / name)
        return written

    @classmethod
    def read_csv(cls, folder: Path) -> Corpus:
        """Load tables written by :meth:`write_csv` (used by the notebooks)."""
        import pandas as pd

        from .tables import TABLES, frame

        tables = {}
        for name in TABLES:
            f = folder / f"{name}.csv"
            tables[name] = pd.read_csv(f, dtype=str, keep_default_na=False) if f.exists() \
                else frame(name, [])
            for col in ("para_idx", "start", "end", "n_paragraphs", "n_chars", "count",
                        "n_sources", "n_bytes"):
                if col in tables[name].columns and len(tables[name]):
                    tables[name][col] = pd.to_numeric(tables[name][col], errors="coerce") \
                        .astype("Int64")
        return cls(path=folder, tables=tables)


def check_corpus_dir(path: Path) -> Path:
    if not path.exists():
        raise CorpusError(f"corpus folder '{path}' does not exist")
    if not path.is_dir():
        raise CorpusError(f"corpus '{path}' is a file, not a folder of articles")
    return path


def _progress(iterable, total: int, enabled: bool):
    if not enabled:
        return iterable
    try:
        from tqdm import tqdm
    except ImportError:  # progress is a nicety, never a requirement
        return iterable
    tqdm.monitor_interval = 0  # no monitor thread: workers may be forked
    return tqdm(iterable, total=total, unit="article", file=sys.stderr, leave=False,
                mininterval=0.5)


def _run(corpus_dir: Path, *, registry_extra, workers, cache, dask, progress, stats: dict,
         dask_client=None):
    """Resources, file list and the ordered per-article results."""
    from . import pipeline

    resources = pipeline.load_resources(tuple(registry_extra or ()))
    files = pipeline.list_article_files(corpus_dir)
    sidecar = pipeline.read_sidecar(corpus_dir)
    step = pipeline.process_article
    if cache is None:  # auto: worth it (and safe for quick experiments) on real corpora only
        cache = len(files) >= 64
    store = None
    if cache:
        fp = cache_mod.run_fingerprint(resources, registry_extra or (), step)
        store = cache_mod.ArticleCache.open(cache, fp)
    if progress is None:
        progress = sys.stderr.isatty() and len(files) > 50
    stats["articles"] = len(files)
    results = runner.run(files, [sidecar.get(f.stem) for f in files], resources, step=step,
                         workers=workers, dask=dask, dask_client_=dask_client, cache=store,
                         registry_extra=registry_extra or (), stats=stats)
    return resources, files, _progress(results, len(files), progress), store


def _columns(name: str, first_records: list[dict]) -> list[str]:
    from .tables import columns

    return columns(name, first_records)


def load_corpus(path: str | Path | None = None, *, registry_extra: list[Path] | None = None,
                progress: bool | None = None, workers: int | None = None,
                cache: bool | str | Path | None = None, dask: str | None = None,
                dask_client=None) -> Corpus:
    """Read every article under ``path`` (default: the bundled corpus) and
    return all tables as DataFrames.

    ``workers``: processes for the per-article step (default: all cores when
    the corpus is big enough to pay for a pool, else in-process).
    ``cache``: ``True`` (default folder, see :mod:`dossier.cache`), a folder,
    ``False``; default ``None`` = on for corpora of 64 files or more.
    ``dask``: address of a Dask scheduler (``tcp://host:8786``) to run the
    per-article step on a cluster (``dask_client``: an existing Client).
    ``corpus.stats`` reports what was reprocessed and what came from the cache.
    """
    from . import pipeline
    from .tables import TABLES, frame

    t0 = time.perf_counter()
    corpus_dir = check_corpus_dir(Path(path) if path is not None else CORPUS_DIR)
    stats: dict = {}
    resources, files, results, store = _run(
        corpus_dir, registry_extra=registry_extra, workers=workers, cache=cache, dask=dask,
        progress=progress, stats=stats, dask_client=dask_client)
    try:
        if len(files) <= STREAM_CHUNK:
            records = pipeline.corpus_tables(list(results), resources)
            tables = {name: frame(name, records[name]) for name in TABLES}
        else:
            tables = _streamed_frames(results, resources)
    finally:
        if store is not None:
            store.close()
    stats["seconds"] = round(time.perf_counter() - t0, 3)
    return Corpus(path=corpus_dir, tables=tables, stats=stats)


def _streamed_frames(results: Iterator[dict], resources) -> dict[str, pd.DataFrame]:
    """Like ``frame(name, corpus_tables(results)[name])`` with flat memory: the
    STREAMED tables become a DataFrame every STREAM_CHUNK articles."""
    import pandas as pd

    from . import pipeline
    from .tables import TABLES, frame

    kept: dict[str, list[dict]] = {}
    buffers: dict[str, list[dict]] = {n: [] for n in STREAMED}
    parts: dict[str, list] = {n: [] for n in STREAMED}
    first: dict[str, list[dict]] = {n: [] for n in STREAMED}
    for i, result in enumerate(results, 1):
        for name, recs in result.items():
            if name in buffers:
                buffers[name].extend(recs)
                if len(first[name]) < 1000:
                    first[name].extend(recs[:1000 - len(first[name])])
            else:
                kept.setdefault(name, []).extend(recs)
        if i % STREAM_CHUNK == 0:
            for name in STREAMED:
                if buffers[name]:
                    parts[name].append(frame(name, buffers[name]))
                    buffers[name] = []
    for name in STREAMED:
        if buffers[name]:
            parts[name].append(frame(name, buffers[name]))
    records = pipeline.corpus_tables([kept], resources)
    tables = {}
    for name in TABLES:
        if name in STREAMED:
            cols = _columns(name, first[name])
            tables[name] = (pd.concat(parts[name], ignore_index=True).reindex(columns=cols)
                            if parts[name] else frame(name, []))
        else:
            tables[name] = frame(name, records[name])
    return tables


# ------------------------------------------------------------------ extract
# Rows formatted at once by _csv_text (its lists take ≈ 50 bytes per cell).
CSV_BATCH_ROWS = 100_000


class _CsvSink:
    """One table's CSV, written row by row with the header rule of ``tables.frame``
    and the cell rule of ``DataFrame.to_csv`` (None/NaN → empty)."""

    def __init__(self, out_dir: Path, name: str, *, path: Path | None = None,
                 cols: list[str] | None = None, header: bool = True):
        self.name = name
        self.fh = (path or out_dir / f"{name}.csv").open("w", encoding="utf-8", newline="")
        self.writer = None
        self.pending: list[dict] = []
        self.rows = 0
        self._given_cols, self._header = cols, header

    def write(self, recs: list[dict]) -> None:
        self.rows += len(recs)
        if self.writer is None:
            self.pending.extend(recs)
            if len(self.pending) >= 1000:
                self._start()
            return
        self._rows(recs)

    def write_tuples(self, rows: list[tuple], cols: list[str]) -> None:
        """Write rows given as tuples of the values of ``cols`` (the same bytes
        as :meth:`write` of the dicts ``dict(zip(cols, row))``; first call only,
        several columns)."""
        if not rows:
            return
        if self.writer is not None or self.pending or len(cols) < 2 or list(cols) != (
                self._given_cols or _columns(self.name, [dict.fromkeys(cols)])):
            self.write([dict(zip(cols, row)) for row in rows])
            return
        self.rows += len(rows)
        self.cols = list(cols)
        self.getter = itemgetter(*self.cols)
        self.writer = csv.writer(self.fh, lineterminator="\n")
        if self._header:
            self.writer.writerow(self.cols)
        n = len(cols)
        for i in range(0, len(rows), CSV_BATCH_ROWS):
            batch = rows[i:i + CSV_BATCH_ROWS]
            self.fh.write(_csv_flat(list(chain.from_iterable(batch)), n, len(batch)))

    def _start(self) -> None:
        self.cols = self._given_cols or _columns(self.name, self.pending)
        self.getter = itemgetter(*self.cols) if len(self.cols) > 1 else None
        self.writer = csv.writer(self.fh, lineterminator="\n")
        if self._header:
            self.writer.writerow(self.cols)
        pending, self.pending = self.pending, []
        self._rows(pending)

    def _rows(self, recs: list[dict]) -> None:
        if not recs:
            return
        if len(self.cols) > 1:
            for i in range(0, len(recs), CSV_BATCH_ROWS):  # bounded memory per batch
                self.fh.write(_csv_text(recs[i:i + CSV_BATCH_ROWS], self.cols))
        else:
            self._rows_plain(recs)

    def _rows_plain(self, recs: list[dict]) -> None:
        # C-level: one itemgetter call per record; a record without some
        # column falls back to .get (None). csv writes None as an empty cell;
        # NaN (the only cell _cell changes besides None) is looked for once
        # per batch over the cell types.
        rows: list
        try:
            rows = list(map(self.getter, recs)) if self.getter is not None else None
        except KeyError:
            rows = None
        if rows is None:
            cols = self.cols
            rows = [[r.get(c) for c in cols] for r in recs]
        if float in set(map(type, chain.from_iterable(rows))):
            rows = [[_cell(v) for v in row] for row in rows]
        self.writer.writerows(rows)

    def flush(self) -> None:
        """Write everything received so far (the header included) to the file."""
        if self.writer is None:
            self._start()
        self.fh.flush()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if self.writer is None:
            self._start()
        self.fh.close()


# Numbers that compare equal across types or signs (True == 1 == 1.0, 0.0 ==
# -0.0) would share a memo entry: a column holding floats, or bools and ints,
# or any other type besides str and None, is formatted cell by cell.
_NUMERIC = (bool, int, float)


def _csv_fields(values: list) -> list[str]:
    """Each value as ``csv.writer`` writes it in a row of several cells
    (``_cell`` applied: None and NaN empty), quoting included."""
    parts: list[str] = []
    out = _Parts()
    out.write = parts.append
    csv.writer(out, lineterminator="\n").writerows([(_cell(v), "") for v in values])
    return [p[:-2] for p in parts]  # each row is '<field>,\n'


class _Parts:
    write = None


def _csv_column(values: list) -> list[str]:
    """The CSV text of every cell of one column: each distinct value is
    formatted once (by the csv module itself) and looked up per cell."""
    try:
        distinct = list(set(values))
    except TypeError:  # unhashable cells
        return _csv_fields(values)
    if any(isinstance(v, _NUMERIC) for v in distinct):
        kinds = set(map(type, values))
        if float in kinds or (bool in kinds and int in kinds) or any(
                k not in (bool, int, str, type(None)) for k in kinds):
            return _csv_fields(values)
    memo = dict(zip(distinct, _csv_fields(distinct)))
    try:
        return list(map(memo.__getitem__, values))
    except KeyError:  # NaN objects that are not the ones in distinct (NaN != NaN)
        return _csv_fields(values)


def _csv_text(recs: list[dict], cols: list[str]) -> str:
    """The rows of ``recs`` as one CSV text, byte for byte what ``csv.writer``
    (``lineterminator='\\n'``) writes for ``[_cell(r.get(c)) for c in cols]``
    (several columns); formatted column by column with one csv call per
    distinct value (repeated ids, codes and numbers are frequent), the
    cells and separators then joined once."""
    try:  # the cells row by row, in one flat list
        flat = list(chain.from_iterable(map(itemgetter(*cols), recs)))
    except KeyError:
        flat = [r.get(c) for r in recs for c in cols]
    return _csv_flat(flat, len(cols), len(recs))


def _csv_flat(flat: list, n: int, n_rows: int) -> str:
    """:func:`_csv_text` of the cells of ``n_rows`` rows of ``n`` cells, row by row."""
    out = [","] * (2 * len(flat))  # cell, separator, cell, separator ...
    for c in range(n):
        out[2 * c::2 * n] = _csv_column(flat[c::n])
    out[2 * n - 1::2 * n] = ["\n"] * n_rows
    return "".join(out)


def _cell(v):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    return v


class _ParquetSink:
    """One table as ``<out>/<table>/part-NNNNN.parquet``: integer columns int64,
    everything else text, so every part has the same schema."""

    def __init__(self, out_dir: Path, name: str, cols: list[str] | None = None,
                 rows_per_part: int = PARQUET_ROWS):
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise runner.RunnerError("Parquet needs pyarrow: pip install 'dossier[dask]'") from None
        self.folder = Path(out_dir) / name
        self.folder.mkdir(parents=True, exist_ok=True)
        for old in self.folder.glob("part-*.parquet"):
            old.unlink()
        self.name, self.cols, self.rows_per_part = name, cols, rows_per_part
        self.pending: list[dict] = []
        self.parts = 0
        self.rows = 0
        # the open part: written a row group at a time, so the records held at
        # once are one batch per table, not one part (250k rows x six tables)
        self.writer = None
        self.in_part = 0

    def _schema(self):
        import pyarrow as pa

        return pa.schema([(c, pa.int64() if c in INT_COLUMNS else pa.string()) for c in self.cols])

    def write(self, recs: list[dict]) -> None:
        self.rows += len(recs)
        self.pending.extend(recs)
        if self.cols is None and len(self.pending) >= 1000:
            self.cols = _columns(self.name, self.pending)
        while len(self.pending) >= min(PARQUET_BATCH_ROWS, self.rows_per_part - self.in_part):
            self._flush()

    def _flush(self) -> None:
        """Write the next row group of pending records; close the part when it is full."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self.cols is None:
            self.cols = _columns(self.name, self.pending)
        n = min(len(self.pending), PARQUET_BATCH_ROWS, self.rows_per_part - self.in_part)
        batch, self.pending = self.pending[:n], self.pending[n:]
        data = {c: [_pq_cell(r.get(c), c in INT_COLUMNS) for r in batch] for c in self.cols}
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.folder / f"part-{self.parts:05d}.parquet",
                                           self._schema())
        self.writer.write_table(pa.table(data, schema=self._schema()))
        self.in_part += n
        if self.in_part >= self.rows_per_part:
            self._close_part()

    def _close_part(self) -> None:
        self.writer.close()
        self.writer, self.in_part = None, 0
        self.parts += 1

    def write_tuples(self, rows: list[tuple], cols: list[str]) -> None:
        """Write rows given as tuples of the values of ``cols``, a batch of
        dicts at a time (the same parts as :meth:`write` of all the dicts)."""
        for start in range(0, len(rows), PARQUET_BATCH_ROWS):
            self.write([dict(zip(cols, row)) for row in rows[start:start + PARQUET_BATCH_ROWS]])

    def write_frame(self, df) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        for start in range(0, max(len(df), 1), self.rows_per_part):
            part = df.iloc[start:start + self.rows_per_part]
            data = {c: [_pq_cell(v, c in INT_COLUMNS) for v in part[c].tolist()] for c in self.cols}
            pq.write_table(pa.table(data, schema=self._schema()),
                           self.folder / f"part-{self.parts:05d}.parquet")
            self.parts += 1

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        while self.pending:
            self._flush()
        if self.writer is not None:
            self._close_part()
        elif self.parts == 0:  # an empty table is one part with the schema
            self._flush()
            self._close_part()


def _pq_cell(v, integer: bool):
    if v is None or (isinstance(v, float) and math.isnan(v)) or v is getattr(sys.modules.get("pandas"), "NA", None):
        return None
    if integer:
        try:
            return int(v)
        except (TypeError, ValueError):
            return None
    return v if isinstance(v, str) else str(v)


# Corpora from this many articles run claims.pair in a forked child (see extract).
MIN_FILES_FOR_TAIL_FORK = 48


def _tail_parallel(workers: int | None, dask, n_files: int) -> bool:
    """Fork for the corpus-level tail only where it is safe and pays: POSIX
    fork, more than one core, no single-worker request, no Dask client and
    no other thread in this process (a fork copies locks held by threads)."""
    import os
    import threading

    return (hasattr(os, "fork") and sys.platform.startswith("linux") and not dask
            and workers != 1 and n_files >= MIN_FILES_FOR_TAIL_FORK
            and runner.cpu_count() > 1 and threading.active_count() == 1)


# Tables the forked tail child writes besides claim_responses (it has the time:
# the parent merges events and writes every other table meanwhile).
CHILD_TABLES = ("statements",)


def _fork_claims(statements_of, resources, out_dir: Path, sink_cls, also=None, split: bool = True):
    """Start ``claims.pair`` + writing ``claim_responses`` in a forked child
    (and the tables of ``also``, {name: records}); ``statements_of()`` gives the
    statements, called in the child; ``split``: a large CSV written by two
    processes (see :func:`_write_csv_two_processes`).

    Returns a function that waits for the child and gives the number of rows,
    or ``None`` if the child failed (the caller then does the work itself, so
    an error is raised exactly as without the fork)."""
    import os

    rfd, wfd = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(rfd)
        os.close(wfd)
        return None
    if pid == 0:  # child: never returns
        status = 1
        try:
            os.close(rfd)
            from . import claims

            statements = statements_of()
            for name, recs in (also or {}).items():
                with sink_cls(out_dir, name) as sink:
                    sink.write(recs)
            rows = claims.pair_rows(statements, resources.registry)
            if split and sink_cls is _CsvSink:
                _write_csv_two_processes(out_dir, "claim_responses", rows, claims.ORDER)
            else:
                with sink_cls(out_dir, "claim_responses") as sink:
                    sink.write_tuples(rows, claims.ORDER)
            os.write(wfd, str(len(rows)).encode())
            status = 0
        except BaseException:  # noqa: BLE001 - reported by the parent redoing the work
            pass
        finally:
            os._exit(status)
    os.close(wfd)

    def wait(cancel: bool = False) -> int | None:
        """The child's row count (None if it failed); ``cancel``: stop it (the
        parent failed) and reap it, so no child outlives the run."""
        if cancel:
            import signal

            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
        with os.fdopen(rfd, "rb") as fh:
            out = fh.read()
        _, st = os.waitpid(pid, 0)
        if cancel or os.waitstatus_to_exitcode(st) != 0 or not out:
            return None
        return int(out)

    return wait


# Tables from this many rows are written by two processes (see _write_csv_two_processes).
SPLIT_WRITE_ROWS = 50_000


def _write_csv_two_processes(out_dir: Path, name: str, rows: list, tuple_cols=None) -> None:
    """Write ``<name>.csv`` (the same bytes as one ``_CsvSink``): a forked
    process writes the second half of the rows to a part file while this one
    writes the header and the first half; the part is then appended. If the
    fork or the helper fails, this process writes the second half itself.
    ``tuple_cols``: the rows are tuples of the values of these columns."""
    import os
    import shutil

    def put(sink, part_rows):
        if tuple_cols is None:
            sink.write(part_rows)
        else:
            sink.write_tuples(part_rows, tuple_cols)

    if len(rows) < SPLIT_WRITE_ROWS:
        with _CsvSink(out_dir, name) as sink:
            put(sink, rows)
        return
    # what one sink would take: its first write has ≥ 1000 rows
    cols = list(tuple_cols) if tuple_cols is not None else _columns(name, rows)
    half = len(rows) // 2
    part = out_dir / f".{name}.csv.part-{os.getpid()}"
    try:
        pid = os.fork()
    except OSError:
        pid = None
    if pid == 0:
        status = 1
        try:
            with _CsvSink(out_dir, name, path=part, cols=cols, header=False) as sink:
                put(sink, rows[half:])
            status = 0
        finally:
            os._exit(status)
    try:
        with _CsvSink(out_dir, name, cols=cols) as sink:
            put(sink, rows[:half])
            helped = False
            if pid is not None:
                _, st = os.waitpid(pid, 0)
                helped = os.waitstatus_to_exitcode(st) == 0
            if helped:
                sink.flush()  # header and first half on disk before the second half
                with part.open("r", encoding="utf-8", newline="") as src:
                    shutil.copyfileobj(src, sink.fh, 1 << 20)
            else:
                rest = rows[half:]
                sink.write(rest if tuple_cols is None else [dict(zip(cols, r)) for r in rest])
    finally:
        part.unlink(missing_ok=True)


# What the corpus-level steps read of the BIG_STREAMED tables (claims.pair, events.merge,
# the run's not-ok list): kept per record instead of the whole record above STREAM_CHUNK.
_PAIRING_KEYS = ("statement_id", "article_id", "stance", "topics", "date", "date_source", "partial",
                 "speaker_actor_id", "speaker_country", "speaker_non_party", "accused_country",
                 "accused_countries")
_MERGE_KEYS = ("event_id", "article_id", "para_idx", "type", "date", "date_precision", "participants",
               "place", "published")
_PAIRED_STANCES = frozenset(("claim", "denial", "admission"))


class _TextSpill:
    """Texts kept in an anonymous temporary file instead of memory: :meth:`put`
    gives an index, :meth:`get` the text back (the event sentences of a large
    run: the chronology shows one per row, the rest are never read again)."""

    def __init__(self, folder: Path) -> None:
        import tempfile
        from array import array

        self.fh = tempfile.TemporaryFile(dir=folder)  # noqa: SIM115 - closed by close()
        self.ends = array("Q", [0])
        self.dirty = False

    def put(self, text: str) -> int:
        data = text.encode("utf-8")
        self.fh.write(data)
        self.ends.append(self.ends[-1] + len(data))
        self.dirty = True
        return len(self.ends) - 2

    def get(self, i: int) -> str:
        import os

        if self.dirty:
            self.fh.flush()
            self.dirty = False
        lo = self.ends[i]
        return os.pread(self.fh.fileno(), self.ends[i + 1] - lo, lo).decode("utf-8")

    def close(self) -> None:
        self.fh.close()


class _Row(tuple):
    """A compact record: a tuple read like a dict (``r.get(key)``, ``r[key]``), a
    quarter of a dict's memory (hundreds of thousands are held at the tail)."""

    __slots__ = ()
    FIELDS: dict[str, int] = {}

    def get(self, key, default=None):
        i = self.FIELDS.get(key)
        return default if i is None else tuple.__getitem__(self, i)

    def __getitem__(self, key):
        if isinstance(key, str):
            return tuple.__getitem__(self, self.FIELDS[key])
        return tuple.__getitem__(self, key)


class _StatementRow(_Row):
    __slots__ = ()
    FIELDS = {k: i for i, k in enumerate(_PAIRING_KEYS)}


class _EventRow(_Row):
    __slots__ = ()
    FIELDS = {k: i for i, k in enumerate((*_MERGE_KEYS, "text", "text_at"))}


def _compact(name: str, recs: list[dict], spill: _TextSpill | None = None) -> list:
    if name == "statements":  # neutral statements are never paired
        return [_StatementRow([r.get(k) for k in _PAIRING_KEYS]) for r in recs
                if r.get("stance") in _PAIRED_STANCES]
    if name == "events":
        # the sentence goes to the spill (its index kept) when there is one
        return [_EventRow([*(r.get(k) for k in _MERGE_KEYS),
                           r.get("text", "") if spill is None else None,
                           spill.put(r.get("text") or "") if spill is not None else None])
                for r in recs]
    return [{"article_id": r.get("article_id"), "status": r.get("status"), "message": r.get("message", "")}
            for r in recs]


class _Kept:
    """The per-article records the corpus-level tail reads, by table.

    A large run keeps them pickled, one blob per article and table: a fraction of
    the memory of live dicts, and after the tail's fork each process unpacks only
    what it reads (the child the statements, this process the events). Live
    records shared by both would be copied page by page as soon as either touched
    them (reference counts), doubling the heap at the run's peak."""

    def __init__(self, packed: bool) -> None:
        self.packed = packed
        self.parts: dict[str, list] = {}

    def add(self, name: str, recs: list[dict]) -> None:
        if not self.packed:
            self.parts.setdefault(name, []).extend(recs)
        elif recs:
            self.parts.setdefault(name, []).append(pickle.dumps(recs, pickle.HIGHEST_PROTOCOL))

    def get(self, name: str, consume: bool = False) -> list[dict]:
        """The records of ``name``; ``consume``: drop the packed copy as it is read
        (its memory then holds the records)."""
        parts = self.parts.get(name, [])
        if not self.packed:
            return parts
        if not consume:
            return [r for blob in parts for r in pickle.loads(blob)]
        out: list = []
        parts.reverse()  # pop() from the end reads the blobs in order
        while parts:
            out.extend(pickle.loads(parts.pop()))
        return out

    def names(self) -> list[str]:
        return list(self.parts)


def extract(path: str | Path | None, out_dir: Path, *, fmt: str = "csv",
            registry_extra: list[Path] | None = None, progress: bool | None = None,
            workers: int | None = None, cache: bool | str | Path | None = True,
            dask: str | None = None, dask_client=None) -> dict:
    """Write every table of the corpus to ``out_dir`` (``fmt`` ``csv``: ``<table>.csv``;
    ``parquet``: ``<table>/part-*.parquet``) and return counts and run stats.

    Same tables as ``load_corpus(path).write_csv(out_dir)``, without DataFrames."""
    from .actors import CandidateTally

    if fmt not in ("csv", "parquet"):
        raise ValueError(f"unknown format {fmt!r}: csv or parquet")
    t0 = time.perf_counter()
    corpus_dir = check_corpus_dir(Path(path) if path is not None else CORPUS_DIR)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stats: dict = {}
    resources, files, results, store = _run(
        corpus_dir, registry_extra=registry_extra, workers=workers, cache=cache, dask=dask,
        progress=progress, stats=stats, dask_client=dask_client)
    sink_cls = _CsvSink if fmt == "csv" else _ParquetSink
    counts: dict[str, int] = {}
    # With a forked tail (below) on a corpus that fits in memory, the STREAMED
    # tables are written after the fork, while the child pairs claims (this
    # process would otherwise wait for it), not while the workers need the cores.
    defer = len(files) <= STREAM_CHUNK and _tail_parallel(workers, dask or dask_client, len(files))
    # a large corpus: the tables the tail reads only in part are streamed as well, and
    # only their compact records kept (flat memory per article at 100k articles)
    big = BIG_STREAMED if len(files) > STREAM_CHUNK else ()
    streamed = () if defer else STREAMED + big
    # candidates are counted as they arrive; a large run's event sentences wait on disk
    tally = CandidateTally()
    spill = _TextSpill(out_dir) if big else None
    kept = _Kept(packed=bool(big))
    try:
        try:
            sinks = {name: sink_cls(out_dir, name) for name in streamed}
            try:
                for result in results:
                    for name, recs in result.items():
                        if name == "candidates":
                            tally.add(recs)
                        elif name in sinks:
                            sinks[name].write(recs)
                            if name in big:
                                kept.add(name, _compact(name, recs, spill))
                        else:
                            kept.add(name, recs)
            finally:
                for name, sink in sinks.items():
                    sink.__exit__(None, None, None)
                    counts[name] = sink.rows
        finally:
            if store is not None:
                store.close()
        t1 = time.perf_counter()
        records = _write_tail(kept, tally, spill, resources, out_dir, sink_cls, streamed, counts,
                              _tail_parallel(workers, dask or dask_client, len(files)))
    finally:
        if spill is not None:
            spill.close()
    arts = records["articles"]
    stats.update(counts=counts, seconds=round(time.perf_counter() - t0, 3),
                 corpus_seconds=round(time.perf_counter() - t1, 3),
                 not_ok=[(a["article_id"], a["status"], a.get("message", "")) for a in arts
                         if a["status"] != "ok"])
    return stats


def _write_tail(kept: _Kept, tally: CandidateTally, spill: _TextSpill | None,
                resources, out_dir: Path, sink_cls, streamed: tuple[str, ...], counts: dict[str, int],
                fork: bool) -> dict:
    """The corpus-level steps and the tables not streamed; returns their records.

    claim_responses (claims.pair, then the largest table to write) runs in a
    forked child while this process merges events and writes the rest. The
    heap is frozen across the fork (``gc.freeze``): neither process's garbage
    collector then walks the records both inherited, which would copy every
    page of them (the peak memory of a large run)."""
    import gc

    from . import pipeline
    from .tables import TABLES

    child_tables = {name: kept.get(name) for name in CHILD_TABLES if name not in streamed}
    if fork:
        gc.freeze()
    try:
        # a large run's child writes alone: a second fork would copy the child's heap
        forked = _fork_claims(lambda: kept.get("statements", consume=True), resources, out_dir,
                              sink_cls, child_tables, split=not kept.packed) if fork else None
        if forked is not None and kept.packed:
            # a large run pairs first and merges after: the peak is then the larger
            # of the two steps, not their sum (the pairing is a few % of the run)
            n_child = forked()
            forked = lambda cancel=False: n_child  # noqa: E731 - the same interface as the child's
        try:
            event_text = (lambda r: spill.get(r["text_at"])) if spill is not None else None
            # the statements only where they are paired or written: not here, with a child
            # that pairs them and statements already streamed
            names = [n for n in kept.names()
                     if not (n == "statements" and forked is not None and n in streamed)]
            records = pipeline.corpus_tables([{n: kept.get(n, consume=n == "events") for n in names}],
                                             resources,
                                             pair=False,  # claim_responses: row tuples, below or in the child
                                             candidates=tally, event_text=event_text)
            for name in TABLES:
                if name in streamed or (forked is not None and name == "claim_responses"):
                    continue
                if forked is not None and name in child_tables:  # the child writes it
                    counts[name] = len(records[name])
                    continue
                with sink_cls(out_dir, name) as sink:
                    if name == "claim_responses":
                        from . import claims

                        rows = claims.pair_rows(kept.get("statements"), resources.registry)
                        sink.write_tuples(rows, claims.ORDER)
                        counts[name] = len(rows)
                        continue
                    sink.write(records[name])
                counts[name] = len(records[name])
        except BaseException:
            if forked is not None:
                forked(cancel=True)
            raise
        if forked is not None:
            n = forked()
            if n is None:  # the child failed: do it here (and raise what it raised)
                from . import claims

                for name in child_tables:
                    with sink_cls(out_dir, name) as sink:
                        sink.write(records[name])
                rows = claims.pair(kept.get("statements"), resources.registry)
                with sink_cls(out_dir, "claim_responses") as sink:
                    sink.write(rows)
                n = len(rows)
            counts["claim_responses"] = n
    finally:
        if fork:
            gc.unfreeze()
    return records
