"""The corpus as pandas tables: ``load_corpus(path)`` and writing them out."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .paths import CORPUS_DIR
from .pipeline import corpus_tables, list_article_files, load_resources, process_article, read_sidecar
from .tables import TABLES, frame


class CorpusError(ValueError):
    """An unusable corpus argument (missing folder, not a folder)."""


@dataclass
class Corpus:
    """Every table of the SPEC as a DataFrame, plus the corpus path."""

    path: Path
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(name)

    def write_csv(self, out_dir: Path) -> list[Path]:
        """Write one UTF-8 CSV per table into ``out_dir``."""
        out_dir.mkdir(parents=True, exist_ok=True)
        written = []
        for name in TABLES:
            target = out_dir / f"{name}.csv"
            self.tables[name].to_csv(target, index=False, encoding="utf-8")
            written.append(target)
        return written

    @classmethod
    def read_csv(cls, folder: Path) -> Corpus:
        """Load tables written by :meth:`write_csv` (used by the notebooks)."""
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
    return tqdm(iterable, total=total, unit="article", file=sys.stderr, leave=False)


def load_corpus(path: str | Path | None = None, *, registry_extra: list[Path] | None = None,
                progress: bool | None = None) -> Corpus:
    """Read every article under ``path`` (default: the bundled corpus) and
    return all tables as DataFrames."""
    corpus_dir = check_corpus_dir(Path(path) if path is not None else CORPUS_DIR)
    resources = load_resources(tuple(registry_extra or ()))
    files = list_article_files(corpus_dir)
    sidecar = read_sidecar(corpus_dir)
    if progress is None:
        progress = sys.stderr.isatty() and len(files) > 50
    results = [process_article(f, resources, sidecar.get(f.stem))
               for f in _progress(files, len(files), progress)]
    records = corpus_tables(results, resources)
    tables = {name: frame(name, records[name]) for name in TABLES}
    return Corpus(path=corpus_dir, tables=tables)
