"""From article files to table records.

``process_article`` is the per-article step: a pure function of one file's
bytes, the sidecar row and the loaded resources, returning records for every
per-article table. ``corpus_tables`` then does what needs the whole corpus:
candidate counts, merging events reported by several articles, and pairing
claims with responses across articles.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import claims, events, pubdate, statements, timexes
from .actors import CandidateTally, Registry, aggregate_candidates
from .ingest import Article, read_article
from .paths import METADATA_NAME

PER_ARTICLE_TABLES = ("articles", "paragraphs", "mentions", "timexes", "events", "statements",
                      "candidates")

SIDECAR_COLUMNS = ("article_id", "outlet", "url", "published", "note")


@dataclass(frozen=True)
class Resources:
    """Everything the per-article step needs besides the file itself."""

    registry: Registry
    reference_events: tuple

    @property
    def fingerprint(self) -> str:
        return self.registry.fingerprint


@lru_cache(maxsize=4)
def load_resources(registry_extra: tuple[Path, ...] = ()) -> Resources:
    registry = Registry.load(list(registry_extra) or None)
    return Resources(registry=registry, reference_events=tuple(pubdate.load_reference_events()))


def is_article_file(path: Path) -> bool:
    """Every regular file of the corpus folder is an article, except hidden
    files and the metadata sidecar."""
    return path.is_file() and not path.name.startswith((".", "~")) and path.name != METADATA_NAME


def list_article_files(corpus_dir: Path) -> list[Path]:
    return sorted(p for p in corpus_dir.iterdir() if is_article_file(p))


def read_sidecar(corpus_dir: Path) -> dict[str, dict[str, str]]:
    """Read ``metadata.csv`` (article_id, outlet, url, published, note).

    A malformed row is skipped, never fatal: the sidecar is a convenience.
    """
    path = corpus_dir / METADATA_NAME
    if not path.is_file():
        return {}
    rows: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            aid = (row.get("article_id") or "").strip()
            if aid:
                rows[aid] = {k: (row.get(k) or "").strip() for k in SIDECAR_COLUMNS}
    return rows


def _sidecar_date(value: str) -> tuple[str, str] | None:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD in the sidecar."""
    value = value.strip()
    for fmt, precision, cut in (("%Y-%m-%d", "day", 10), ("%Y-%m", "month", 7), ("%Y", "year", 4)):
        try:
            dt.datetime.strptime(value[:cut], fmt)
        except ValueError:
            continue
        if len(value) >= cut:
            return value[:cut], precision
    return None


def _stated_date(art: Article) -> tuple[str, str] | None:
    """The date stated in the dateline or HTML metadata, if any."""
    if art.dateline:
        found = timexes.resolve(timexes.tag(art.dateline), None)
        dated = [t for t in found if t["value"]]
        if dated:
            # the most precise; of a Hijri and a Gregorian date, the Gregorian one (the
            # Hijri day depends on the reckoning: Umm al-Qura or an Iranian sighting)
            best = max(dated, key=lambda t: (len(t["value"]), t.get("rule") != "hijri"))
            return best["value"], best["precision"]
    if art.html_published:
        return _sidecar_date(art.html_published[:10])
    return None


def _article_row(art: Article, paragraphs: list[str], sidecar: dict[str, str]) -> dict:
    return {
        "article_id": art.article_id, "path": art.path, "status": art.status,
        "title": art.title, "outlet": art.outlet, "published": "", "published_precision": "none",
        "published_source": "none", "n_paragraphs": len(paragraphs),
        "n_chars": sum(len(p) for p in paragraphs), "message": art.message,
        "title_source": art.title_source, "outlet_source": art.outlet_source,
        "published_earliest": "", "published_latest": "", "published_evidence": "",
        "dateline": art.dateline, "dateline_time": art.dateline_time,
        "dateline_place": art.dateline_place, "language": art.language,
        "encoding": art.encoding, "n_bytes": art.n_bytes, "sha256": art.sha256,
        "url": sidecar.get("url", ""), "note": sidecar.get("note", ""),
    }


def process_article(path: Path, resources: Resources, sidecar: dict[str, str] | None = None,
                    ) -> dict[str, list[dict]]:
    """Run every per-article stage on one file and return its records."""
    sidecar = sidecar or {}
    art = read_article(path)
    paragraphs = list(art.paragraphs)
    roles = list(art.roles)
    if art.title and art.title_source in ("headline", "html"):
        paragraphs.insert(0, art.title)
        roles.insert(0, "headline")
    row = _article_row(art, paragraphs, sidecar)
    if sidecar.get("outlet") and not art.outlet:
        row["outlet"], row["outlet_source"] = sidecar["outlet"], "metadata"
    out: dict[str, list[dict]] = {name: [] for name in PER_ARTICLE_TABLES}
    out["articles"].append(row)
    if art.status != "ok":
        return out
    aid = art.article_id
    out["paragraphs"] = [{"article_id": aid, "para_idx": i, "text": t, "role": r}
                         for i, (t, r) in enumerate(zip(paragraphs, roles))]

    registry = resources.registry
    mentions = registry.link_article(aid, paragraphs)
    out["mentions"] = mentions
    out["candidates"] = registry.candidates(aid, paragraphs, mentions)

    tagged = timexes.tag_article(aid, paragraphs)
    absolute = [t for t in timexes.resolve(tagged, None) if t["value"]]
    pub = pubdate.decide(
        stated=_stated_date(art),
        sidecar=_sidecar_date(sidecar.get("published", "")),
        absolute_timexes=absolute,
        mentions=mentions,
        paragraphs=paragraphs,
        registry=registry,
        reference_events=resources.reference_events,
        tagged=tagged,
    )
    row.update(pub)
    times = timexes.resolve(tagged, pubdate.anchor_of(pub))
    out["timexes"] = times
    out["events"] = events.extract(aid, paragraphs, mentions, times, pub["published"])
    out["statements"] = statements.extract(aid, paragraphs, mentions, times, pub["published"],
                                           registry)
    return out


def corpus_tables(per_article: list[dict[str, list[dict]]], resources: Resources,
                  pair: bool = True, candidates: CandidateTally | None = None,
                  event_text: Callable[[dict], str] | None = None) -> dict[str, list[dict] | object]:
    """Concatenate per-article records and run the corpus-level steps
    (``pair=False``: without ``claim_responses``, which the caller computes).

    ``candidates``: a tally the caller fed as articles arrived (instead of the
    per-article candidate records); ``event_text``: see :func:`events.merge`."""
    merged: dict[str, list[dict]] = {name: [] for name in PER_ARTICLE_TABLES}
    for result in per_article:
        for name in PER_ARTICLE_TABLES:
            merged[name].extend(result.get(name, ()))
    if candidates is None:
        merged["candidates"] = aggregate_candidates(merged["candidates"])
    else:
        merged["candidates"] = candidates.rows()
    merged["actors"] = resources.registry.actors_records()
    merged["chronology"] = events.merge(merged["events"], event_text)
    if pair:
        merged["claim_responses"] = claims.pair(merged["statements"], resources.registry)
    return merged
