"""Column order of every table (SPEC columns first, then the extra ones)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported lazily: process start matters for the CLI
    import pandas as pd

COLUMNS: dict[str, list[str]] = {
    "articles": [
        "article_id", "path", "status", "title", "outlet", "published", "published_precision",
        "published_source", "n_paragraphs", "n_chars",
        "message", "title_source", "outlet_source", "published_earliest", "published_latest",
        "published_evidence", "dateline", "dateline_time", "dateline_place", "language", "encoding", "n_bytes",
        "sha256", "url", "note",
    ],
    "paragraphs": ["article_id", "para_idx", "text", "role"],
    "actors": ["actor_id", "name_ar", "name_en", "kind", "country"],
    "mentions": ["article_id", "para_idx", "start", "end", "surface", "actor_id"],
    "timexes": ["article_id", "para_idx", "start", "end", "surface", "value", "precision"],
    "events": [
        "event_id", "article_id", "para_idx", "type", "date", "date_precision", "participants",
        "place", "text",
    ],
    "chronology": [
        "chronology_id", "type", "date", "date_precision", "participants", "place", "sources",
        "n_sources", "text",
    ],
    "statements": [
        "statement_id", "article_id", "para_idx", "speaker_actor_id", "speaker_surface", "stance",
        "topics", "date", "text",
    ],
    "claim_responses": ["topic", "claim_id", "response_id", "response_stance"],
    "candidates": ["surface", "context", "article_id", "count"],
}

TABLES = list(COLUMNS)


def columns(table: str, records: list[dict]) -> list[str]:
    """SPEC columns first, then the extra keys of the first 1000 records."""
    cols = list(COLUMNS[table])
    seen = set(cols)
    for rec in records[:1000]:
        for key in rec:
            if key not in seen:
                seen.add(key)
                cols.append(key)
    return cols


def frame(table: str, records: list[dict]) -> pd.DataFrame:
    """Build a table from records, with the columns of :func:`columns`."""
    import pandas as pd

    cols = columns(table, records)
    return pd.DataFrame.from_records(records, columns=cols) if records else pd.DataFrame(columns=cols)
