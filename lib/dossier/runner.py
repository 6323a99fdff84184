"""How the per-article step runs: in-process, on a local process pool, or on Dask.

:func:`run` takes the article files (in corpus order) and yields one result
(``dict[table, list[record]]``) per file, in the same order, whatever the
strategy — so the tables are identical with 1 worker, N workers or a Dask
cluster. With a cache (:mod:`dossier.cache`) only files whose key changed are
sent to workers; the others are read back from the cache.

* **in-process** (``workers=1``, or a small corpus): no pool, no pickling.
* **process pool** (``workers=N``; default all cores when enough files need
  processing): files go in chunks; each worker gets the step and the loaded
  resources once, through the pool initializer (``fork`` on Linux: the parent's
  resources are inherited, nothing is re-imported or re-loaded); workers send
  back pickled bytes, which the parent also stores in the cache.
* **Dask** (``dask="tcp://scheduler:8786"``): ``distributed.Client(address)``;
  chunks are submitted with ``client.map`` and gathered in order. Each Dask
  worker loads the resources once (same dossier version and data required:
  the registry fingerprint is checked, a mismatch is an error, never silently
  different tables). If the workers cannot see the corpus files at the same
  path, the file bytes are shipped with the tasks. ``dask`` and
  ``distributed`` are the optional extra ``pip install 'dossier[dask]'``.
"""

from __future__ import annotations

import gc
import math
import os
import pickle
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from . import cache as cache_mod

# Below this many files to process, a pool costs more than it saves.
MIN_FILES_FOR_POOL = 48
# Ship file bytes to Dask workers even when they see the corpus (tests the path of a real cluster).
FORCE_SHIP = False


class RunnerError(RuntimeError):
    """A run that cannot start (Dask missing or unreachable, mismatched workers)."""


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def resolve_workers(workers: int | None, n_todo: int) -> int:
    """``None`` → all cores if the work pays for a pool, else 1."""
    if workers is not None:
        if workers < 1:
            raise RunnerError(f"workers must be at least 1, not {workers}")
        return min(workers, max(1, n_todo))
    if n_todo < MIN_FILES_FOR_POOL:
        return 1
    return max(1, min(cpu_count(), n_todo // 16 or 1))


def _default_step():
    from .pipeline import process_article

    return process_article


def _pack(result: dict, compress: bool) -> bytes:
    data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    return zlib.compress(data, 1) if compress else data


def _unpack(blob: bytes, compressed: bool) -> dict:
    return pickle.loads(zlib.decompress(blob) if compressed else blob)


# ------------------------------------------------------------ pool workers
_STATE: dict = {}


def _init_worker(step, resources, registry_extra, compress) -> None:
    if resources is None:  # spawned worker: load once here
        from .pipeline import load_resources

        resources = load_resources(tuple(Path(p) for p in registry_extra))
    _STATE.update(step=step, resources=resources, compress=compress)


def _run_chunk(chunk: list[tuple[str, dict | None]]) -> list[bytes]:
    step, resources, compress = _STATE["step"], _STATE["resources"], _STATE["compress"]
    return [_pack(step(Path(p), resources, side), compress) for p, side in chunk]


# ------------------------------------------------------------ dask workers
_DASK_RESOURCES: dict = {}


def _dask_resources(registry_extra: tuple[str, ...], expect_fp: str | None):
    res = _DASK_RESOURCES.get(registry_extra)
    if res is None:
        from .pipeline import load_resources

        res = _DASK_RESOURCES[registry_extra] = load_resources(tuple(Path(p) for p in registry_extra))
    fp = getattr(res, "fingerprint", None)
    if expect_fp and fp != expect_fp:
        raise RunnerError(f"a Dask worker has registry {fp}, the client {expect_fp}: install the same "
                          f"dossier version and data on every worker")
    return res


def _dask_chunk(chunk: list[tuple], step, registry_extra: tuple[str, ...], expect_fp: str | None,
                compress: bool, load_resources: bool) -> list[bytes]:
    resources = _dask_resources(registry_extra, expect_fp) if load_resources else None
    out = []
    for item in chunk:
        path, side = Path(item[0]), item[1]
        if len(item) == 3:  # the worker cannot see the corpus: bytes were shipped
            import tempfile

            with tempfile.TemporaryDirectory(prefix="dossier-") as tmp:
                local = Path(tmp) / path.name
                local.write_bytes(item[2])
                result = step(local, resources, side)
            for row in result.get("articles", ()):
                if row.get("path") == str(local):
                    row["path"] = str(path)
        else:
            result = step(path, resources, side)
        out.append(_pack(result, compress))
    return out


def _probe(path: str, size: int) -> bool:
    try:
        return os.path.getsize(path) == size
    except OSError:
        return False


def dask_client(address: str):
    """Connect to a Dask scheduler; one-line errors for a missing extra or a dead address."""
    try:
        import distributed
    except ImportError:
        raise RunnerError("--dask needs the optional extra: pip install 'dossier[dask]'") from None
    try:
        return distributed.Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise RunnerError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


# ------------------------------------------------------------ strategies
def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _pool_results(todo: list[tuple[str, dict | None]], step, resources, registry_extra, workers: int,
                  compress: bool) -> Iterator[bytes]:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    # small chunks: the last ones balance the workers (a chunk costs ≈ 1 ms of IPC)
    size = max(1, min(16, math.ceil(len(todo) / (workers * 8))))
    if "fork" in mp.get_all_start_methods() and sys.platform.startswith("linux"):
        ctx, init_res = mp.get_context("fork"), resources  # inherited, not pickled
    else:
        ctx, init_res = mp.get_context("spawn"), None      # loaded once in each worker
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(step, init_res, tuple(map(str, registry_extra)), compress)) as ex:
        # forked workers inherit the loaded resources; frozen objects are never
        # scanned by the workers' garbage collector, so their pages stay shared
        # (no copy-on-write of the registry in every worker). The parent
        # unfreezes once the workers exist (they are all forked by map()).
        frozen = ctx.get_start_method() == "fork"
        if frozen:
            gc.freeze()
        try:
            results = ex.map(_run_chunk, _chunks(todo, size))
        finally:
            if frozen:
                gc.unfreeze()
        for blobs in results:
            yield from blobs


def _dask_results(todo: list[tuple[str, dict | None]], step, resources, registry_extra, address,
                  compress: bool, client=None, stats: dict | None = None) -> Iterator[bytes]:
    own = client is None
    client = client or dask_client(address)
    try:
        nthreads = sum(client.nthreads().values()) or 1
        first = Path(todo[0][0])
        seen = client.run(_probe, str(first), first.stat().st_size) if first.exists() else {}
        ship = FORCE_SHIP or not seen or not all(seen.values())
        if stats is not None:
            stats.update(workers=nthreads, shipped_bytes=ship)
        items = [(p, s, Path(p).read_bytes()) if ship else (p, s) for p, s in todo]
        size = max(1, min(200, math.ceil(len(items) / (nthreads * 4))))
        expect = getattr(resources, "fingerprint", None)
        futures = client.map(_dask_chunk, _chunks(items, size), step=step,
                             registry_extra=tuple(map(str, registry_extra)), expect_fp=expect,
                             compress=compress, load_resources=bool(expect), pure=False)
        for fut in futures:  # in submission order: deterministic file order
            yield from fut.result()
    finally:
        if own:
            client.close()


def run(files: Sequence[Path], sidecars: Sequence[dict | None], resources, *,
        step: Callable | None = None, workers: int | None = None, dask: str | None = None,
        dask_client_=None, cache: cache_mod.ArticleCache | None = None,
        registry_extra: Sequence[Path] = (), stats: dict | None = None) -> Iterator[dict]:
    """Yield ``step(path, resources, sidecar)`` for every file, in file order.

    ``stats`` (a dict) receives ``workers``, ``strategy``, ``reprocessed`` and
    ``from_cache``.
    """
    step = step or _default_step()
    stats = stats if stats is not None else {}
    # 1. the cache decides what needs processing
    keys: list[str | None] = [None] * len(files)
    cached: dict[int, bytes] = {}
    if cache is not None:
        for i, (f, side) in enumerate(zip(files, sidecars)):
            keys[i] = cache_mod.article_key(cache.fingerprint, f, cache_mod.file_sha(f), side)
            blob = cache.get(keys[i])
            if blob is not None:
                cached[i] = blob
    todo_idx = [i for i in range(len(files)) if i not in cached]
    todo = [(str(files[i]), sidecars[i]) for i in todo_idx]
    compress = cache is not None
    n_workers = 1 if dask or dask_client_ else resolve_workers(workers, len(todo))
    stats.update(workers=n_workers, reprocessed=len(todo), from_cache=len(cached),
                 strategy="dask" if (dask or dask_client_) else ("pool" if n_workers > 1 else "in-process"))
    if cache is not None:
        cache.hits += len(cached)
        cache.misses += len(todo)

    # 2. the misses go to the chosen strategy; results come back in order
    if not todo:
        fresh: Iterator = iter(())
    elif dask or dask_client_:
        fresh = _dask_results(todo, step, resources, registry_extra, dask, compress, dask_client_,
                              stats)
    elif n_workers > 1:
        fresh = _pool_results(todo, step, resources, registry_extra, n_workers, compress)
    else:
        fresh = (step(Path(p), resources, s) for p, s in todo)
    in_process = not (dask or dask_client_) and n_workers == 1

    # 3. merge cached and fresh results in file order, storing the fresh ones
    try:
        for i in range(len(files)):
            if i in cached:
                yield cache_mod.loads(cached.pop(i))
                continue
            item = next(fresh)
            if in_process:
                if cache is not None:
                    cache.put(keys[i], files[i], cache_mod.dumps(item))
                yield item
            else:
                if cache is not None:
                    cache.put(keys[i], files[i], item)
                yield _unpack(item, compress)
    finally:
        close = getattr(fresh, "close", None)
        if close:
            close()
        if cache is not None:
            cache.flush()
