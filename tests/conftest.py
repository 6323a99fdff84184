"""Test-session setup shared by every test module."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Keep the per-article cache of this session out of the user's
    ~/.cache/dossier (subprocesses inherit the variable)."""
    old = os.environ.get("DOSSIER_CACHE")
    os.environ["DOSSIER_CACHE"] = str(tmp_path_factory.mktemp("dossier-cache"))
    yield
    if old is None:
        os.environ.pop("DOSSIER_CACHE", None)
    else:
        os.environ["DOSSIER_CACHE"] = old
