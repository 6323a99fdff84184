"""dossier: Arabic news on Russia–Iran security cooperation as pandas tables."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["Corpus", "__version__", "load_corpus"]


def __getattr__(name: str):
    # Lazy so that `import dossier` stays cheap for the CLI and workers.
    if name in ("load_corpus", "Corpus"):
        from . import corpus

        return getattr(corpus, name)
    raise AttributeError(name)
