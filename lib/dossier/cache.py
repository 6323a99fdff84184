"""Per-article result cache for incremental runs.

Where: ``$DOSSIER_CACHE`` if set, else ``$XDG_CACHE_HOME/dossier``, else
``~/.cache/dossier`` — never under or beside the corpus folder (the corpus is
read-only for dossier). ``load_corpus(cache=PATH)`` / ``dossier extract``
accept another folder; ``cache=False`` / ``--no-cache`` turn it off.

What: one SQLite file (``articles-v1.sqlite``) mapping a key to the article's
records (pickled, zlib-compressed). The key is the sha256 of

* the run fingerprint (:func:`run_fingerprint`): dossier's version, a hash of
  the package's own source files, the Python version, the name of the
  per-article step, the registry fingerprint, and the bytes of every data
  file that can change a result (``data/lexicons/**``, ``data/registry/**``,
  ``data/*.yaml`` such as ``reference_events.yaml``, extra registry files);
* the article file's resolved path (the ``path`` column) and content sha256;
* the sidecar row of that article.

So an edited article is reprocessed alone, and an edited registry, lexicon,
reference-event file or library source changes every key (everything is
reprocessed). Old versions of a file under the same fingerprint are
deleted when the new one is stored; entries of other fingerprints older than
30 days are pruned. Counters ``hits``/``misses`` say what a run did.

The same folder also holds ``registry-<sha>.pickle``: the parsed registry and
its matcher keys (see ``dossier.actors``), named by the sha256 of the
registry files' names and bytes, of the matcher's source and of the Python
version, so loading the registry costs ≈ 40 ms instead of ≈ 1 s at every
process start (also with ``--no-cache``, which is about article results). An
edited registry gets a new file; ``DOSSIER_NO_INDEX_CACHE=1`` turns it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sqlite3
import sys
import time
import zlib
from pathlib import Path

SCHEMA = 1
DB_NAME = f"articles-v{SCHEMA}.sqlite"
PRUNE_AFTER_S = 30 * 24 * 3600


def default_cache_dir() -> Path:
    env = os.environ.get("DOSSIER_CACHE")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "dossier"


def _hash_tree(h, folder: Path, skip: Path | None = None) -> None:
    if not folder.is_dir():
        return
    for p in sorted(folder.rglob("*")):
        if skip is not None and (p == skip or skip in p.parents):
            continue
        if p.is_file() and not p.name.startswith((".", "~")) and "__pycache__" not in p.parts:
            h.update(str(p.relative_to(folder)).encode() + b"\0" + p.read_bytes() + b"\0")


def run_fingerprint(resources=None, registry_extra=(), step=None) -> str:
    """Everything besides the article itself that can change its records."""
    from . import __version__
    from .paths import CORPUS_DIR, DATA_DIR

    h = hashlib.sha256(f"dossier {__version__} py{sys.version_info[:2]} schema{SCHEMA}".encode())
    _hash_tree(h, Path(__file__).resolve().parent)  # the library's own code
    _hash_tree(h, DATA_DIR, skip=CORPUS_DIR)         # registry, lexicons, reference events
    for p in registry_extra or ():
        p = Path(p)
        if p.is_dir():
            _hash_tree(h, p)
        elif p.is_file():
            h.update(p.read_bytes())
    fp = getattr(resources, "fingerprint", None)
    if fp:
        h.update(f"resources {fp}".encode())
    if step is not None:
        h.update(f"step {getattr(step, '__module__', '')}.{getattr(step, '__qualname__', step)}".encode())
    return h.hexdigest()[:24]


def article_key(fingerprint: str, path: Path, content_sha: str, sidecar: dict | None) -> str:
    side = "\x1f".join(f"{k}={v}" for k, v in sorted((sidecar or {}).items()))
    raw = f"{fingerprint}\0{path}\0{content_sha}\0{side}".encode()
    return hashlib.sha256(raw).hexdigest()


def file_sha(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:  # unreadable now: never served from cache
        return f"unreadable:{exc.errno}:{time.time_ns()}"


def dumps(result: dict) -> bytes:
    return zlib.compress(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), 1)


def loads(blob: bytes) -> dict:
    return pickle.loads(zlib.decompress(blob))


class ArticleCache:
    """Key → compressed records, in one SQLite file. Not shared between
    processes while writing: only the parent process of a run writes."""

    def __init__(self, folder: Path, fingerprint: str):
        self.folder = Path(folder)
        self.fingerprint = fingerprint
        self.hits = 0
        self.misses = 0
        self.folder.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.folder / DB_NAME, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, fp TEXT, "
                        "path TEXT, stored REAL, blob BLOB)")
        self.db.execute("CREATE INDEX IF NOT EXISTS by_path ON entries (path, fp)")
        self._pending: list[tuple] = []

    @classmethod
    def open(cls, where: bool | str | Path | None, fingerprint: str) -> ArticleCache | None:
        """``True`` → the default folder; a path → that folder; falsy → None.
        An unusable cache folder turns caching off with a warning, never fails a run."""
        if not where:
            return None
        folder = default_cache_dir() if where is True else Path(where)
        try:
            return cls(folder, fingerprint)
        except (OSError, sqlite3.Error) as exc:
            print(f"dossier: warning: cache disabled ({folder}: {exc})", file=sys.stderr)
            return None

    def get(self, key: str) -> bytes | None:
        row = self.db.execute("SELECT blob FROM entries WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put(self, key: str, path: Path, blob: bytes) -> None:
        self._pending.append((key, self.fingerprint, str(path), time.time(), blob))
        if len(self._pending) >= 500:
            self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        rows, self._pending = self._pending, []
        try:
            with self.db:
                self.db.execute("BEGIN")
                self.db.executemany("DELETE FROM entries WHERE path = ? AND fp = ? AND key != ?",
                                    [(r[2], r[1], r[0]) for r in rows])
                self.db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?)", rows)
        except sqlite3.Error as exc:  # a full disk must not fail the run
            print(f"dossier: warning: cache not written: {exc}", file=sys.stderr)

    def prune(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("DELETE FROM entries WHERE fp != ? AND stored < ?",
                            (self.fingerprint, time.time() - PRUNE_AFTER_S))

    def close(self) -> None:
        self.flush()
        self.prune()
        self.db.close()

    @property
    def counters(self) -> dict[str, int]:
        return {"from_cache": self.hits, "reprocessed": self.misses}
