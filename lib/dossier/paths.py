"""Where the data folder is (computed from this file, so it works from any cwd)."""

from __future__ import annotations

from pathlib import Path

ROOT_DIR = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT_DIR / "data"
CORPUS_DIR = DATA_DIR / "corpus"
REGISTRY_DIR = DATA_DIR / "registry"
LEXICON_DIR = DATA_DIR / "lexicons"
METADATA_NAME = "metadata.csv"
