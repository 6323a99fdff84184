"""Table shaping for the notebooks: parameter checks, filters, counts,
co-occurrence pairs, matrices and citation strings.

Every function takes and returns plain pandas DataFrames (the tables of
``load_corpus`` or of ``Corpus.read_csv``), is deterministic (everything is
sorted) and never touches the network or the corpus folder. The notebooks only
call these functions and the figures of :mod:`dossier.plots`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .tables import COLUMNS, TABLES

# ---------------------------------------------------------------------------
# vocabularies

EVENT_TYPES = ("meeting", "visit", "signing", "call", "attack", "sanction", "statement", "agreement")
MEETING_TYPES = ("meeting", "visit", "call")
STANCES = ("claim", "denial", "admission", "statement")
TOPICS = ("drones", "missiles", "air_defense", "aircraft", "weapons", "intelligence", "nuclear",
          "repression", "terrorism", "sanctions", "finance")
KINDS = ("person", "organization", "country", "place")
PRECISIONS = ("day", "week", "month", "year", "none")

STANCE_AR = {"claim": "ادعاء", "denial": "نفي", "admission": "إقرار", "statement": "تصريح",
             "partial_admission": "إقرار جزئي"}
STATUS_AR = {"denied": "نُفي", "admitted": "أُقرّ", "partly admitted": "أُقرّ جزئياً",
             "unanswered": "بلا رد"}
TOPIC_AR = {"drones": "المسيّرات", "missiles": "الصواريخ", "air_defense": "الدفاع الجوي",
            "aircraft": "الطائرات", "weapons": "الأسلحة والذخائر", "intelligence": "الاستخبارات",
            "nuclear": "النووي", "repression": "القمع", "terrorism": "الإرهاب",
            "sanctions": "العقوبات", "finance": "المال"}
EVENT_AR = {"meeting": "لقاء", "visit": "زيارة", "signing": "توقيع", "call": "اتصال",
            "attack": "هجوم", "sanction": "عقوبات", "statement": "بيان", "agreement": "اتفاق"}
KIND_AR = {"person": "شخص", "organization": "منظمة", "country": "دولة", "place": "مكان"}
PRECISION_AR = {"day": "يوم", "week": "أسبوع", "month": "شهر", "year": "سنة", "none": "غير محدد"}
SOURCE_AR = {"text": "النص", "metadata": "البيانات الوصفية", "inferred": "استنتاج", "none": "—"}


class ParameterError(ValueError):
    """A notebook parameter that cannot be used; the message is one line."""


# ---------------------------------------------------------------------------
# loading


def load_tables(tables_dir: str | Path | None = "", corpus: str | Path | None = ""):
    """The corpus tables: read from ``tables_dir`` (CSV files written by
    ``Corpus.write_csv``) when given, else extracted from ``corpus`` (default:
    the bundled corpus). Notebooks call this so that a report run extracts once."""
    from .corpus import Corpus

    if tables_dir:
        folder = Path(tables_dir)
        if not folder.is_dir():
            raise ParameterError(f"tables_dir '{folder}' is not a folder of CSV tables")
        if not (folder / "articles.csv").is_file():
            raise ParameterError(f"tables_dir '{folder}' holds no articles.csv")
        return Corpus.read_csv(folder)
    from .corpus import load_corpus

    return load_corpus(Path(corpus) if corpus else None)


def table(corpus, name: str) -> pd.DataFrame:
    """One table of ``corpus`` (a Corpus or a dict of DataFrames), with at
    least its declared columns, every cell a string but the integer ones."""
    tables = corpus.tables if hasattr(corpus, "tables") else corpus
    df = tables.get(name)
    if df is None:
        df = pd.DataFrame(columns=COLUMNS.get(name, []))
    df = df.copy()
    for col in COLUMNS.get(name, []):
        if col not in df.columns:
            df[col] = ""
    return df


# ---------------------------------------------------------------------------
# parameter validation (each error is one line, raised at once)


def _is_str_list(value) -> bool:
    return isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value)


def _suggest(word: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, sorted(set(known)), n=3, cutoff=0.6)
    return f" (did you mean {', '.join(close)}?)" if close else ""


def check_list(name: str, value, allowed: Iterable[str] | None = None, what: str = "value") -> list[str]:
    """``value`` must be a list of strings, each in ``allowed`` when given."""
    if isinstance(value, str):
        raise ParameterError(f"parameter '{name}' must be a list of strings, e.g. [\"{value}\"], "
                             f"not the string {value!r}")
    if value is None:
        return []
    if not _is_str_list(value):
        raise ParameterError(f"parameter '{name}' must be a list of strings, got {type(value).__name__} "
                             f"{value!r}")
    out = [v.strip() for v in value if v.strip()]
    if allowed is not None:
        allowed = set(allowed)
        for v in out:
            if v not in allowed:
                raise ParameterError(f"parameter '{name}': unknown {what} '{v}'{_suggest(v, allowed)}")
    return out


def check_int(name: str, value, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ParameterError(f"parameter '{name}' must be an integer, got {type(value).__name__} {value!r}")
    if value < minimum:
        raise ParameterError(f"parameter '{name}' must be ≥ {minimum}, got {value}")
    return value


def check_str(name: str, value) -> str:
    if value is None:
        return ""
    if not isinstance(value, (str, Path)):
        raise ParameterError(f"parameter '{name}' must be a string, got {type(value).__name__} {value!r}")
    return str(value)


_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_date_bound(value: str, *, end: bool) -> dt.date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` → the first (or, with ``end``,
    the last) day it covers; ``""`` → None. Raises ValueError otherwise."""
    value = (value or "").strip()
    if not value:
        return None
    m = _DATE_RE.match(value)
    if not m:
        raise ValueError(value)
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if day:
        return dt.date(year, int(month), int(day))
    if month:
        first = dt.date(year, int(month), 1)
        return _month_end(first) if end else first
    return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)


def _month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def check_date_range(date_from, date_to) -> tuple[dt.date | None, dt.date | None]:
    for name, value in (("date_from", date_from), ("date_to", date_to)):
        if value is not None and not isinstance(value, str):
            raise ParameterError(f"parameter '{name}' must be a string date YYYY[-MM[-DD]], "
                                 f"got {type(value).__name__} {value!r}")
    try:
        start = parse_date_bound(date_from or "", end=False)
    except ValueError:
        raise ParameterError(f"parameter 'date_from': {date_from!r} is not a date YYYY[-MM[-DD]]") from None
    try:
        stop = parse_date_bound(date_to or "", end=True)
    except ValueError:
        raise ParameterError(f"parameter 'date_to': {date_to!r} is not a date YYYY[-MM[-DD]]") from None
    if start and stop and start > stop:
        raise ParameterError(f"empty date range: date_from {date_from} is after date_to {date_to}")
    return start, stop


def known_countries(actors: pd.DataFrame) -> set[str]:
    codes = set(actors.loc[actors["kind"] == "country", "actor_id"].astype(str))
    codes |= {c for c in actors["country"].astype(str) if c}
    return codes


def validate_overview(corpus, tables_dir="", corpus_path="") -> None:
    check_str("tables_dir", tables_dir)
    check_str("corpus", corpus_path)


def validate_actor_params(corpus, actors, countries, min_mentions) -> dict:
    reg = table(corpus, "actors")
    return {
        "actors": check_list("actors", actors, reg["actor_id"].astype(str), "actor id"),
        "countries": check_list("countries", countries, known_countries(reg), "country code"),
        "min_mentions": check_int("min_mentions", min_mentions, 0),
    }


def validate_chronology_params(corpus, date_from, date_to, actors, event_types) -> dict:
    reg = table(corpus, "actors")
    start, stop = check_date_range(date_from, date_to)
    return {
        "date_from": start, "date_to": stop,
        "actors": check_list("actors", actors, set(reg["actor_id"].astype(str)) | known_countries(reg),
                             "actor id"),
        "event_types": check_list("event_types", event_types, EVENT_TYPES, "event type"),
    }


def validate_claims_params(corpus, topics, parties) -> dict:
    reg = table(corpus, "actors")
    topics = check_list("topics", topics, TOPICS, "topic")
    return {
        "topics": topics,
        "parties": check_list("parties", parties,
                              set(reg["actor_id"].astype(str)) | known_countries(reg), "party"),
    }


# ---------------------------------------------------------------------------
# small helpers


def split_list(cell) -> list[str]:
    """A ``;``-joined cell → its items (empty cell → [])."""
    if cell is None or (isinstance(cell, float) and pd.isna(cell)) or cell is pd.NA:
        return []
    return [p.strip() for p in str(cell).split(";") if p.strip()]


def actor_names(actors: pd.DataFrame, lang: str = "ar") -> dict[str, str]:
    """actor_id → display name (Arabic by default, falling back to English, then the id)."""
    out = {}
    for row in actors.itertuples(index=False):
        aid = str(row.actor_id)
        ar, en = str(row.name_ar or ""), str(row.name_en or "")
        out[aid] = (ar or en or aid) if lang == "ar" else (en or ar or aid)
    return out


def actor_country(actors: pd.DataFrame) -> dict[str, str]:
    """actor_id → ISO3 country ('' for international bodies); a country is its own country."""
    out = {}
    for row in actors.itertuples(index=False):
        aid, country = str(row.actor_id), str(row.country or "")
        out[aid] = aid if row.kind == "country" and not country else country
    return out


def label(actor_id: str, names: dict[str, str]) -> str:
    return names.get(actor_id, actor_id) if actor_id else ""


def first_words(text: str, n: int = 12) -> str:
    words = str(text or "").split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def citation(article_id: str, para_idx, text: str = "", n_words: int = 12) -> str:
    """``«first words…» (article ¶paragraph)``, the way every table cites its
    source (the words first, so a cell reads right to left); without text
    just ``article ¶paragraph``."""
    para = "" if para_idx is None or (not isinstance(para_idx, str) and pd.isna(para_idx)) else int(para_idx)
    cite = f"{article_id} ¶{para}" if para != "" else str(article_id)
    words = first_words(text, n_words)
    return f"«{words}» ({cite})" if words else cite


def paragraph_texts(paragraphs: pd.DataFrame) -> dict[tuple[str, int], str]:
    return {(str(r.article_id), int(r.para_idx)): str(r.text)
            for r in paragraphs.itertuples(index=False) if not pd.isna(r.para_idx)}


_SOURCE_RE = re.compile(r"^\s*(?P<aid>[^\s:#@|/]+?)\s*[:#@|/]\s*¶?(?P<para>\d+)\s*$")


def parse_source(item: str) -> tuple[str, int | None]:
    """One item of a ``sources`` cell: ``article_id:para`` (or ``#``, ``@``,
    ``|``) → (article_id, para_idx); a bare article id → (article_id, None)."""
    m = _SOURCE_RE.match(item)
    if m:
        return m.group("aid"), int(m.group("para"))
    return item.strip(), None


# ---------------------------------------------------------------------------
# 00 corpus overview


def articles_overview(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles table as shown in the overview, one row per file, sorted by id."""
    cols = ["article_id", "status", "title", "outlet", "published", "published_precision",
            "published_source", "n_paragraphs", "n_chars"]
    df = articles.reindex(columns=cols).fillna("")
    return df.sort_values("article_id", kind="stable").reset_index(drop=True)


def status_counts(articles: pd.DataFrame) -> pd.DataFrame:
    c = Counter(articles["status"].astype(str))
    return pd.DataFrame(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])), columns=["status", "n"])


def outlet_counts(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles per outlet ("(unknown)" when none was found), most frequent first."""
    outlets = articles["outlet"].fillna("").astype(str).replace("", "(غير معروف)")
    c = Counter(outlets)
    return pd.DataFrame(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])), columns=["outlet", "n_articles"])


def date_summary(articles: pd.DataFrame) -> pd.DataFrame:
    """Per article: the date, its precision, its source and the inferred interval."""
    cols = ["article_id", "published", "published_precision", "published_source",
            "published_earliest", "published_latest"]
    df = articles.reindex(columns=cols).fillna("").astype(str)
    return df.sort_values(["published", "article_id"], kind="stable").reset_index(drop=True)


def length_summary(articles: pd.DataFrame) -> pd.DataFrame:
    """count/min/median/max of characters and paragraphs over readable articles."""
    ok = articles[articles["status"].astype(str) == "ok"]
    rows = []
    for col, name in (("n_chars", "characters"), ("n_paragraphs", "paragraphs")):
        values = pd.to_numeric(ok[col], errors="coerce").dropna().astype(int)
        if len(values):
            rows.append({"measure": name, "articles": len(values), "min": int(values.min()),
                         "median": float(values.median()), "max": int(values.max()),
                         "total": int(values.sum())})
        else:
            rows.append({"measure": name, "articles": 0, "min": 0, "median": 0.0, "max": 0, "total": 0})
    return pd.DataFrame(rows)


def table_sizes(corpus) -> pd.DataFrame:
    tables = corpus.tables if hasattr(corpus, "tables") else corpus
    return pd.DataFrame([{"table": name, "rows": len(tables.get(name, ()))} for name in TABLES
                         if name in tables])


def trust_scores(gold: str | Path | None = None) -> tuple[pd.DataFrame | None, str]:
    """Precision/recall per table from ``dossier.evaluate.evaluate`` when the
    harness is present and returns a DataFrame; otherwise (None, reason)."""
    try:
        from . import evaluate as ev
    except Exception as exc:  # the harness is optional for the briefings
        return None, f"evaluation harness unavailable ({type(exc).__name__})"
    fn = getattr(ev, "evaluate", None)
    if not callable(fn):
        return None, "evaluation harness has no evaluate()"
    try:
        result = fn(gold) if gold else fn()
    except Exception as exc:
        msg = str(exc).splitlines()[0] if str(exc) else ""
        return None, f"evaluation failed: {type(exc).__name__}: {msg}"[:200]
    if not isinstance(result, pd.DataFrame) or result.empty:
        return None, "evaluation returned no scores"
    result = result.copy()
    sort_cols = [c for c in ("table", "subset", "split") if c in result.columns]
    if sort_cols:
        result = result.sort_values(sort_cols, kind="stable")
    for col in result.columns:
        if col in ("precision", "recall", "f1"):
            result[col] = pd.to_numeric(result[col], errors="coerce").round(3)
    return result.reset_index(drop=True), ""


# ---------------------------------------------------------------------------
# 01 actors


def enrich_mentions(mentions: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Mentions with the actor's kind, country and Arabic/English names."""
    m = mentions.copy()
    reg = actors.set_index("actor_id") if len(actors) else None
    kinds = {} if reg is None else reg["kind"].astype(str).to_dict()
    country = actor_country(actors)
    names_ar, names_en = actor_names(actors, "ar"), actor_names(actors, "en")
    aid = m["actor_id"].astype(str)
    if "kind" not in m.columns or m["kind"].fillna("").eq("").all():
        m["kind"] = aid.map(kinds).fillna("")
    if "country" not in m.columns or m["country"].fillna("").eq("").all():
        m["country"] = aid.map(country).fillna("")
    m["country"] = m["country"].fillna("").astype(str)
    m["name_ar"] = aid.map(names_ar).fillna(aid)
    m["name_en"] = aid.map(names_en).fillna(aid)
    return m


def filter_mentions(mentions: pd.DataFrame, actors: list[str] | None = None,
                    countries: list[str] | None = None) -> pd.DataFrame:
    """Keep mentions of the given actors and/or of actors of the given countries
    (enriched mentions; both empty = keep all)."""
    if not actors and not countries:
        return mentions
    keep = pd.Series(False, index=mentions.index)
    if actors:
        keep |= mentions["actor_id"].isin(actors)
    if countries:
        keep |= mentions["country"].isin(countries)
    return mentions[keep]


def mention_counts(mentions: pd.DataFrame, min_mentions: int = 0) -> pd.DataFrame:
    """Per actor: mentions, articles, paragraphs; at least ``min_mentions``;
    most mentioned first, ties by actor_id."""
    cols = ["actor_id", "name_ar", "name_en", "kind", "country", "mentions", "articles", "paragraphs"]
    if mentions.empty:
        return pd.DataFrame(columns=cols)
    g = mentions.groupby("actor_id", sort=True)
    df = pd.DataFrame({
        "mentions": g.size(),
        "articles": g["article_id"].nunique(),
        "paragraphs": g.apply(lambda x: len(set(zip(x["article_id"], x["para_idx"]))),
                              include_groups=False),
    }).reset_index()
    first = mentions.drop_duplicates("actor_id").set_index("actor_id")
    for col in ("name_ar", "name_en", "kind", "country"):
        df[col] = df["actor_id"].map(first[col]) if col in first.columns else ""
    df = df[df["mentions"] >= min_mentions]
    df = df.sort_values(["mentions", "actor_id"], ascending=[False, True], kind="stable")
    return df[cols].reset_index(drop=True)


def mentions_by_article(mentions: pd.DataFrame, by: str = "kind") -> pd.DataFrame:
    """article_id × ``by`` (kind, country, actor_id…) mention counts, zeros filled."""
    if mentions.empty:
        return pd.DataFrame()
    keys = mentions[by].fillna("").astype(str).replace("", "—")
    t = pd.crosstab(mentions["article_id"].astype(str), keys)
    t = t.reindex(sorted(t.columns), axis=1).sort_index()
    t.columns.name = by
    t.index.name = "article_id"
    return t


def article_dates(articles: pd.DataFrame) -> dict[str, str]:
    """article_id → its publication date (stated or the inferred best guess),
    '' when unknown (a wide inferred interval is not a date)."""
    return {str(r.article_id): str(getattr(r, "published", "") or "") for r in articles.itertuples(index=False)}


def mentions_over_time(mentions: pd.DataFrame, articles: pd.DataFrame, by: str = "country",
                       freq: str = "year", undated: bool = True) -> pd.DataFrame:
    """period × ``by`` mention counts, the period from the article's date
    (``year`` → YYYY, ``month`` → YYYY-MM); undated articles in an "undated"
    row (left out with ``undated=False``, e.g. for a line plot)."""
    if mentions.empty:
        return pd.DataFrame()
    dates = article_dates(articles)
    n = 4 if freq == "year" else 7
    period = mentions["article_id"].astype(str).map(dates).fillna("").str[:n]
    period = period.where(period.str.len() == n, "undated")
    if not undated:
        mentions, period = mentions[period != "undated"], period[period != "undated"]
        if mentions.empty:
            return pd.DataFrame()
    keys = mentions[by].fillna("").astype(str).replace("", "—")
    t = pd.crosstab(period, keys)
    t = t.reindex(sorted(t.columns), axis=1).sort_index()
    t.index.name = freq
    t.columns.name = by
    return t


def cooccurrence_pairs(mentions: pd.DataFrame, unit: tuple[str, ...] = ("article_id", "para_idx"),
                       min_count: int = 1) -> pd.DataFrame:
    """Pairs of actors mentioned in the same paragraph (``unit``): columns
    a, b (a < b), paragraphs (how many units hold both), articles. Sorted by
    count then ids."""
    cols = ["a", "b", "paragraphs", "articles"]
    if mentions.empty:
        return pd.DataFrame(columns=cols)
    counter: Counter = Counter()
    arts: dict[tuple[str, str], set] = {}
    for key, grp in mentions.groupby(list(unit), sort=True):
        ids = sorted(set(grp["actor_id"].astype(str)))
        for a, b in itertools.combinations(ids, 2):
            counter[(a, b)] += 1
            arts.setdefault((a, b), set()).add(key[0] if isinstance(key, tuple) else key)
    rows = [{"a": a, "b": b, "paragraphs": n, "articles": len(arts[(a, b)])}
            for (a, b), n in counter.items() if n >= min_count]
    df = pd.DataFrame(rows, columns=cols)
    return df.sort_values(["paragraphs", "a", "b"], ascending=[False, True, True],
                          kind="stable").reset_index(drop=True)


def capped_join(items: list[str], sep: str = "; ", limit: int = 8) -> str:
    """The first ``limit`` items joined, then how many more there are: a cell
    of a briefing stays readable however many sources a row has."""
    if len(items) <= limit:
        return sep.join(items)
    rest = len(items) - limit
    return sep.join(items[:limit]) + f"{sep}… (+{rest} more · +{rest} أخرى)"


def who_meets_whom(events: pd.DataFrame, types: Iterable[str] = MEETING_TYPES,
                   actors: list[str] | None = None) -> pd.DataFrame:
    """Pairs of participants of meeting/visit/call events: a, b, type, n,
    first date, citations. With ``actors``, only pairs involving one of them."""
    cols = ["a", "b", "type", "events", "first_date", "last_date", "sources"]
    rows: dict[tuple[str, str, str], dict] = {}
    ev = events[events["type"].astype(str).isin(list(types))]
    for r in ev.itertuples(index=False):
        parts = sorted(set(split_list(r.participants)))
        for a, b in itertools.combinations(parts, 2):
            if actors and a not in actors and b not in actors:
                continue
            key = (a, b, str(r.type))
            rec = rows.setdefault(key, {"a": a, "b": b, "type": str(r.type), "events": 0,
                                        "dates": [], "sources": []})
            rec["events"] += 1
            if str(r.date or ""):
                rec["dates"].append(str(r.date))
            rec["sources"].append(f"{r.article_id} ¶{r.para_idx}")
    out = []
    for rec in rows.values():
        dates = sorted(rec.pop("dates"))
        rec["first_date"] = dates[0] if dates else ""
        rec["last_date"] = dates[-1] if dates else ""
        rec["sources"] = capped_join(sorted(set(rec["sources"])), "; ", MAX_SOURCES)
        out.append(rec)
    df = pd.DataFrame(out, columns=cols)
    return df.sort_values(["events", "a", "b", "type"], ascending=[False, True, True, True],
                          kind="stable").reset_index(drop=True)


def speaker_country_of(statements: pd.DataFrame, country: dict[str, str]) -> list[str]:
    """The country each statement speaks for: the statements table's own
    ``speaker_country`` where it has one (an EU official speaks for no state, though
    the registry gives their nationality), else the speaker actor's country."""
    ids = statements["speaker_actor_id"].fillna("").astype(str)
    if "speaker_country" in statements.columns:
        return [str(c) if isinstance(c, str) else "" for c in statements["speaker_country"]]
    return [country.get(a, "") or "" for a in ids]


def quotes_by_actor(statements: pd.DataFrame, actors_table: pd.DataFrame,
                    actors: list[str] | None = None, countries: list[str] | None = None) -> pd.DataFrame:
    """Statements with the speaker's name and country and a citation, sorted
    by speaker then date then source."""
    names = actor_names(actors_table)
    country = actor_country(actors_table)
    st = statements.copy()
    st["speaker"] = [label(a, names) or s for a, s in
                     zip(st["speaker_actor_id"].fillna("").astype(str), st["speaker_surface"].fillna(""))]
    st["speaker_country"] = speaker_country_of(st, country)
    if actors or countries:
        keep = st["speaker_actor_id"].isin(actors or []) | st["speaker_country"].isin(countries or [])
        st = st[keep]
    st["source"] = [citation(a, p) for a, p in zip(st["article_id"], st["para_idx"])]
    st = st.sort_values(["speaker", "date", "article_id", "para_idx"], kind="stable")
    return st[["speaker", "speaker_country", "stance", "topics", "date", "text", "source"]].reset_index(drop=True)


def candidates_table(candidates: pd.DataFrame, min_count: int = 1) -> pd.DataFrame:
    c = candidates.copy()
    c["count"] = pd.to_numeric(c["count"], errors="coerce").fillna(0).astype(int)
    c = c[c["count"] >= min_count]
    return c.sort_values(["count", "surface", "article_id"], ascending=[False, True, True],
                         kind="stable")[["surface", "count", "article_id", "context"]].reset_index(drop=True)


# ---------------------------------------------------------------------------
# 02 chronology


def date_interval(value: str, precision: str = "") -> tuple[dt.date, dt.date] | None:
    """The first and last day an ISO value covers: ``2022-11-10`` → that day
    (a ``week`` precision → 7 days from it), ``2022-11`` → the month,
    ``2022`` → the year; '' or unparsable → None."""
    value = str(value or "").strip()
    try:
        start = parse_date_bound(value, end=False)
        stop = parse_date_bound(value, end=True)
    except ValueError:
        return None
    if start is None:
        return None
    if precision == "week" and len(value) == 10:
        stop = start + dt.timedelta(days=6)
    return start, stop


def _in_range(interval, start: dt.date | None, stop: dt.date | None) -> bool:
    """An interval overlaps [start, stop] (open ends allowed)."""
    if interval is None:
        return start is None and stop is None
    a, b = interval
    return (start is None or b >= start) and (stop is None or a <= stop)


def filter_events(events: pd.DataFrame, actors_table: pd.DataFrame, date_from: dt.date | None = None,
                  date_to: dt.date | None = None, actors: list[str] | None = None,
                  event_types: list[str] | None = None) -> pd.DataFrame:
    """Events or chronology rows overlapping the date range, of the given types,
    with a participant among ``actors`` (an actor id or a country code)."""
    df = events.copy()
    if event_types:
        df = df[df["type"].astype(str).isin(event_types)]
    if date_from or date_to:
        df = df[[_in_range(date_interval(d, p), date_from, date_to)
                 for d, p in zip(df["date"], df["date_precision"])]]
    if actors:
        country = actor_country(actors_table)
        wanted = set(actors)
        df = df[[bool(wanted & ({p for p in split_list(parts)} | {country.get(p, "") for p in split_list(parts)}))
                 for parts in df["participants"]]]
    return df.reset_index(drop=True)


def chronology_table(chronology: pd.DataFrame, paragraphs: pd.DataFrame, actors_table: pd.DataFrame,
                     n_words: int = 12) -> pd.DataFrame:
    """The chronology with participants' names and citations (article, paragraph, words),
    sorted by date then id; undated rows last."""
    names = actor_names(actors_table)
    paras = paragraph_texts(paragraphs)
    rows = []
    for r in chronology.itertuples(index=False):
        cites = []
        for item in split_list(r.sources):
            aid, para = parse_source(item)
            words = paras.get((aid, para), "") if para is not None else ""
            cites.append(citation(aid, para, words or "", n_words))
        if not cites and hasattr(r, "article_id"):
            cites.append(citation(r.article_id, r.para_idx, r.text, n_words))
        rows.append({
            "date": str(r.date or ""), "precision": str(r.date_precision or ""),
            "type": str(r.type or ""),
            "participants": "، ".join(label(p, names) for p in split_list(r.participants)),
            "place": label(str(r.place or ""), names),
            "text": str(r.text or ""),
            "citations": "\n".join(cites),
            "n_sources": len(cites),
            "id": str(getattr(r, "chronology_id", "") or getattr(r, "event_id", "")),
        })
    cols = ["date", "precision", "type", "participants", "place", "text", "citations", "n_sources", "id"]
    df = pd.DataFrame(rows, columns=cols)
    df["_undated"] = df["date"].eq("")
    df = df.sort_values(["_undated", "date", "id"], kind="stable").drop(columns="_undated")
    return df.reset_index(drop=True)


def timeline_items(chronology: pd.DataFrame, actors_table: pd.DataFrame, lanes: str = "country",
                   actors: list[str] | None = None) -> pd.DataFrame:
    """One row per (event, lane): lane (country code or actor id), lane_label,
    start, end, precision, is_point (day precision), type, label. Events
    without a date are left out. With ``actors``, only those lanes."""
    names = actor_names(actors_table)
    country = actor_country(actors_table)
    rows = []
    for r in chronology.itertuples(index=False):
        iv = date_interval(r.date, str(r.date_precision or ""))
        if iv is None:
            continue
        parts = split_list(r.participants)
        keys = sorted({(country.get(p, "") or p) if lanes == "country" else p for p in parts}) or ["—"]
        if actors:
            keys = [k for k in keys if k in actors] or []
        prec = str(r.date_precision or "") or ("day" if len(str(r.date)) == 10 else
                                               "month" if len(str(r.date)) == 7 else "year")
        for k in keys:
            rows.append({"lane": k, "lane_label": label(k, names) if k != "—" else "—",
                         "start": iv[0], "end": iv[1], "precision": prec,
                         "is_point": iv[0] == iv[1], "type": str(r.type or ""),
                         "label": EVENT_AR.get(str(r.type), str(r.type)),
                         "id": str(getattr(r, "chronology_id", "") or getattr(r, "event_id", ""))})
    cols = ["lane", "lane_label", "start", "end", "precision", "is_point", "type", "label", "id"]
    df = pd.DataFrame(rows, columns=cols)
    return df.sort_values(["lane", "start", "end", "id"], kind="stable").reset_index(drop=True)


def article_intervals(articles: pd.DataFrame, date_from: dt.date | None = None,
                      date_to: dt.date | None = None) -> pd.DataFrame:
    """Every readable article with its publication interval: a stated day is a
    point; an undated article spans published_earliest..published_latest
    (its inferred interval). Articles with no date at all are left out."""
    rows = []
    for r in articles.itertuples(index=False):
        if str(r.status) != "ok":
            continue
        pub, prec = str(r.published or ""), str(r.published_precision or "none")
        src = str(r.published_source or "none")
        early = str(getattr(r, "published_earliest", "") or "")
        late = str(getattr(r, "published_latest", "") or "")
        iv = None
        if src == "inferred" or not pub:
            a = date_interval(early, "")
            b = date_interval(late, "")
            if a and b:
                iv = (a[0], b[1])
            elif pub:
                iv = date_interval(pub, prec)
        else:
            iv = date_interval(pub, prec)
        if iv is None or not _in_range(iv, date_from, date_to):
            continue
        rows.append({"article_id": str(r.article_id), "title": str(r.title or ""), "start": iv[0],
                     "end": iv[1], "precision": prec, "source": src, "is_point": iv[0] == iv[1]})
    cols = ["article_id", "title", "start", "end", "precision", "source", "is_point"]
    return pd.DataFrame(rows, columns=cols).sort_values(["start", "article_id"], kind="stable") \
        .reset_index(drop=True)


# ---------------------------------------------------------------------------
# 03 claims vs denials


def filter_statements(statements: pd.DataFrame, actors_table: pd.DataFrame,
                      topics: list[str] | None = None, parties: list[str] | None = None) -> pd.DataFrame:
    """Statements touching one of ``topics`` and spoken by one of ``parties``
    (an actor id, or a country code matching the speaker's country)."""
    st = statements.copy()
    if topics:
        st = st[[bool(set(split_list(t)) & set(topics)) for t in st["topics"]]]
    if parties:
        country = actor_country(actors_table)
        wanted = set(parties)
        st = st[[a in wanted or country.get(a, "") in wanted
                 for a in st["speaker_actor_id"].fillna("").astype(str)]]
    return st.reset_index(drop=True)


ACCUSED_COLUMNS = ("accused", "accused_country")
STATUS_COLUMNS = ("status", "claim_status")


def _status_from_stances(stances: Iterable[str]) -> str:
    s = set(stances)
    if "partial_admission" in s or ({"admission", "denial"} <= s):
        return "partly admitted"
    if "admission" in s:
        return "admitted"
    if "denial" in s:
        return "denied"
    return "unanswered"


@dataclass
class _ClaimPairs:
    """What claim_responses says about one (claim, topic)."""
    responses: list[str] = field(default_factory=list)
    stances: list[str] = field(default_factory=list)  # admission → partial_admission when partial
    accused: dict[str, set[str]] = field(default_factory=dict)  # column → values
    statuses: set[str] = field(default_factory=set)
    n_responses: int = 0  # every response counted by the pairing (more than are listed across articles)


def _pairs_by_claim_topic(claim_responses: pd.DataFrame) -> dict[tuple[str, str], _ClaimPairs]:
    """claim_responses grouped by (claim_id, topic) in one pass (the table grows
    with the square of a topic's statements; filtering it per claim did not scale)."""
    out: dict[tuple[str, str], _ClaimPairs] = {}
    if claim_responses is None or claim_responses.empty:
        return out
    cr = claim_responses
    n = len(cr)

    def col(name: str) -> list[str] | None:
        return cr[name].fillna("").astype(str).tolist() if name in cr.columns else None

    claim_ids, topics, response_ids, stances = col("claim_id"), col("topic"), col("response_id"), \
        col("response_stance")
    partial = col("response_partial")
    counts = col("n_responses")
    accused = {c: col(c) for c in ACCUSED_COLUMNS if c in cr.columns}
    statuses = [col(c) for c in STATUS_COLUMNS if c in cr.columns]
    for i in range(n):
        p = out.get((claim_ids[i], topics[i]))
        if p is None:
            p = out[(claim_ids[i], topics[i])] = _ClaimPairs()
        rid = response_ids[i] if response_ids else ""
        if rid:
            p.responses.append(rid)
            stance = stances[i] if stances else ""
            if partial is not None and stance == "admission" and partial[i].lower() == "true":
                stance = "partial_admission"
            p.stances.append(stance)
        for c, values in accused.items():
            if values[i]:
                p.accused.setdefault(c, set()).add(values[i])
        for values in statuses:
            if values[i]:
                p.statuses.add(values[i])
        if counts is not None and counts[i]:
            p.n_responses = max(p.n_responses, int(float(counts[i])))
    return out


def claim_rows(statements: pd.DataFrame, claim_responses: pd.DataFrame, actors_table: pd.DataFrame,
               topics: list[str] | None = None, parties: list[str] | None = None) -> pd.DataFrame:
    """One row per (claim, topic): claimant and accused countries, the claim's
    status (denied / admitted / partly admitted / unanswered) and responses.

    The accused party is taken, in this order, from an ``accused`` column of
    claim_responses or statements, else from the countries of the responders.
    With ``parties``, rows whose claimant or accused is one of them."""
    country = actor_country(actors_table)
    st = statements.set_index(statements["statement_id"].astype(str))
    pairs_of = _pairs_by_claim_topic(claim_responses)
    rows = []
    claims = statements[statements["stance"].astype(str) == "claim"]
    speaker_countries = speaker_country_of(claims, country)
    for c, claimant_country in zip(claims.itertuples(index=False), speaker_countries):
        cid = str(c.statement_id)
        claimant_id = str(c.speaker_actor_id or "")
        claimant = claimant_country or claimant_id
        ctopics = split_list(c.topics)
        for topic in sorted(ctopics):
            if topics and topic not in topics:
                continue
            pairs = pairs_of.get((cid, topic)) or _ClaimPairs()
            responses = pairs.responses
            accused = ""
            for col in ACCUSED_COLUMNS:
                if not accused and pairs.accused.get(col):
                    accused = ";".join(sorted(pairs.accused[col]))
            for col in ACCUSED_COLUMNS:
                if not accused and col in statements.columns:
                    accused = str(getattr(c, col, "") or "")
            if not accused and responses:
                accused = ";".join(sorted({country.get(str(st.loc[r, "speaker_actor_id"]), "")
                                           or str(st.loc[r, "speaker_actor_id"])
                                           for r in responses if r in st.index} - {""}))
            stances, given = pairs.stances, pairs.statuses
            status = sorted(given)[0] if len(given) == 1 else _status_from_stances(stances)
            rows.append({"claim_id": cid, "topic": topic, "claimant": claimant,
                         "claimant_actor": claimant_id, "claimant_surface": str(c.speaker_surface or ""),
                         "accused": accused or "—", "status": status,
                         "responses": ";".join(sorted(set(responses))),
                         "n_responses": max(pairs.n_responses, len(set(responses))),
                         "date": str(c.date or ""), "article_id": str(c.article_id),
                         "para_idx": c.para_idx, "text": str(c.text or "")})
    cols = ["claim_id", "topic", "claimant", "claimant_actor", "claimant_surface", "accused", "status",
            "responses", "n_responses", "date", "article_id", "para_idx", "text"]
    df = pd.DataFrame(rows, columns=cols)
    if parties:
        wanted = set(parties)
        df = df[[bool(wanted & ({cl, ca} | set(split_list(acc))))
                 for cl, ca, acc in zip(df["claimant"], df["claimant_actor"], df["accused"])]]
    return df.sort_values(["topic", "date", "claim_id"], kind="stable").reset_index(drop=True)


def claims_matrix(claims: pd.DataFrame) -> pd.DataFrame:
    """claimant × accused × topic × status → number of claims (long form, sorted)."""
    cols = ["claimant", "accused", "topic", "status", "claims"]
    if claims.empty:
        return pd.DataFrame(columns=cols)
    g = claims.groupby(["claimant", "accused", "topic", "status"], sort=True).size()
    return g.rename("claims").reset_index()[cols]


def claims_pivot(claims: pd.DataFrame) -> pd.DataFrame:
    """(claimant → accused, topic) × status counts, zeros filled."""
    if claims.empty:
        return pd.DataFrame()
    key = claims["claimant"].astype(str) + " → " + claims["accused"].astype(str)
    t = pd.crosstab([key.rename("claimant → accused"), claims["topic"]], claims["status"])
    order = [s for s in ("denied", "partly admitted", "admitted", "unanswered") if s in t.columns]
    return t[order + sorted(set(t.columns) - set(order))]


def statements_timeline(statements: pd.DataFrame, actors_table: pd.DataFrame) -> pd.DataFrame:
    """Dated statements (claims, denials, admissions) with their interval and
    the speaker's country as lane; undated statements fall back to the article date."""
    country = actor_country(actors_table)
    rows = []
    for s in statements.itertuples(index=False):
        if str(s.stance) not in ("claim", "denial", "admission", "partial_admission"):
            continue
        iv = date_interval(str(s.date or ""), "")
        if iv is None:
            continue
        spk = str(s.speaker_actor_id or "")
        rows.append({"statement_id": str(s.statement_id), "lane": country.get(spk, "") or spk or "—",
                     "stance": str(s.stance), "start": iv[0], "end": iv[1], "is_point": iv[0] == iv[1],
                     "topics": str(s.topics or "")})
    cols = ["statement_id", "lane", "stance", "start", "end", "is_point", "topics"]
    return pd.DataFrame(rows, columns=cols).sort_values(["lane", "start", "statement_id"],
                                                        kind="stable").reset_index(drop=True)


def quote_cards_data(statements: pd.DataFrame, actors_table: pd.DataFrame,
                     stances: Iterable[str] = ("claim", "denial", "admission", "partial_admission"),
                     limit: int | None = None) -> pd.DataFrame:
    """The statements to show as quote cards: speaker, stance, topics, date, text, citation."""
    names = actor_names(actors_table)
    st = statements[statements["stance"].astype(str).isin(list(stances))].copy()
    st["_undated"] = st["date"].fillna("").astype(str).eq("")
    st = st.sort_values(["_undated", "date", "article_id", "para_idx", "statement_id"], kind="stable")
    rows = []
    for s in st.itertuples(index=False):
        aid = str(s.speaker_actor_id or "")
        rows.append({"statement_id": str(s.statement_id), "speaker": label(aid, names) or str(s.speaker_surface or ""),
                     "speaker_surface": str(s.speaker_surface or ""), "stance": str(s.stance),
                     "topics": str(s.topics or ""), "date": str(s.date or ""), "text": str(s.text or ""),
                     "article_id": str(s.article_id), "para_idx": s.para_idx})
    df = pd.DataFrame(rows, columns=["statement_id", "speaker", "speaker_surface", "stance", "topics", "date",
                                     "text", "article_id", "para_idx"])
    return df.head(limit) if limit else df


# ---------------------------------------------------------------------------
# more shaping used by the notebooks


def check_choice(name: str, value, choices: Iterable[str]) -> str:
    choices = tuple(choices)
    if not isinstance(value, str) or value not in choices:
        raise ParameterError(f"parameter '{name}' must be one of {', '.join(choices)}, got {value!r}")
    return value


def chronology_rows(corpus) -> pd.DataFrame:
    """The merged chronology when the corpus has one, else the raw events."""
    chron = table(corpus, "chronology")
    if len(chron):
        return chron
    ev = table(corpus, "events")
    ev["sources"] = [f"{a}:{p}" for a, p in zip(ev["article_id"], ev["para_idx"])]
    ev["chronology_id"] = ev["event_id"]
    return ev


def event_type_counts(events: pd.DataFrame) -> pd.DataFrame:
    c = Counter(events["type"].astype(str))
    rows = [{"type": t, "label": EVENT_AR.get(t, t), "events": n}
            for t, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))]
    return pd.DataFrame(rows, columns=["type", "label", "events"])


def article_interval_table(intervals: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Article intervals with the title and the evidence behind an inferred date."""
    evidence = dict(zip(articles["article_id"].astype(str),
                        articles.get("published_evidence", pd.Series([""] * len(articles))).fillna("").astype(str)))
    df = intervals.copy()
    df["start"] = df["start"].astype(str)
    df["end"] = df["end"].astype(str)
    df["source"] = df["source"].map(lambda s: f"{SOURCE_AR.get(s, s)} ({s})")
    df["evidence"] = [_evidence_lines(evidence.get(a, ""), src) for a, src in zip(df["article_id"], df["source"])]
    return df[["article_id", "title", "start", "end", "precision", "source", "evidence"]]


def _evidence_lines(evidence: str, source: str, limit: int = 4) -> str:
    """The evidence behind a date: only for inferred or missing dates (a
    stated date needs none), at most ``limit`` lines."""
    if source.endswith("(text)") or source.endswith("(metadata)"):
        return ""
    lines = split_list(evidence)
    more = f"\n… +{len(lines) - limit}" if len(lines) > limit else ""
    return "\n".join(lines[:limit]) + more


MAX_SOURCES = 8  # citations shown in one cell; the CSV tables have them all
MAX_RESPONSES = 6


def claims_table(claims: pd.DataFrame, statements: pd.DataFrame, actors_table: pd.DataFrame,
                 n_words: int = 30) -> pd.DataFrame:
    """One readable row per (claim, topic): who claimed what against whom, the
    status, the responses (speaker, stance, words, citation; same-article ones
    first, at most MAX_RESPONSES with the count of the rest) and the source."""
    names = actor_names(actors_table)
    st = {str(r.statement_id): r for r in statements.itertuples(index=False)}
    rows = []
    for c in claims.itertuples(index=False):
        responses = []
        found = [st[rid] for rid in split_list(c.responses) if rid in st]
        # the journalist's own pairing (same article) first, then the rest
        found.sort(key=lambda r: str(r.article_id) != str(c.article_id))
        for r in found:
            who = label(str(r.speaker_actor_id or ""), names) or str(r.speaker_surface or "")
            responses.append(f"{who} — {STANCE_AR.get(str(r.stance), r.stance)}: «{first_words(r.text, n_words)}» "
                             f"[{r.article_id} ¶{r.para_idx}]")
        rows.append({
            "topic": f"{TOPIC_AR.get(c.topic, c.topic)} ({c.topic})",
            "claimant": label(c.claimant, names) or c.claimant_surface,
            "accused": "، ".join(label(a, names) for a in split_list(c.accused)) or "—",
            "status": f"{STATUS_AR.get(c.status, c.status)} ({c.status})",
            "date": c.date,
            "claim": first_words(c.text, n_words),
            "responses": capped_join(responses, "\n", MAX_RESPONSES) + _unlisted(c, len(found)),
            "source": citation(c.article_id, c.para_idx),
        })
    return pd.DataFrame(rows, columns=["topic", "claimant", "accused", "status", "date", "claim", "responses",
                                       "source"])


def _unlisted(claim, listed: int) -> str:
    """A line for the responses the pairing counted but did not list (across
    articles only the nearest in time are listed: ``claims.CROSS_LIMIT``)."""
    n = int(getattr(claim, "n_responses", 0) or 0)
    if n <= listed:
        return ""
    # two lines, one per language: each cell line takes its own direction (plaintext bidi)
    return f"\n… عدد الردود في المجموع {n}، والمدرج أقربها زمنياً\n({n} responses in all; the nearest in time are listed)"


TRUST_AR = {"high": "عالية", "medium": "متوسطة", "low": "منخفضة"}


def trust_summary(scores: pd.DataFrame) -> pd.DataFrame:
    """One row per table: precision and recall on the seed articles, on the
    project's own articles (rules tuned on them), on the held-out articles (written
    blind, never tuned on) and overall, the gold count, and a plain verdict from the
    held-out F1 where there is one, else the overall F1 (high ≥ 0.9, medium ≥ 0.75,
    else low): new articles are like the held-out ones, not like the tuned ones."""
    need = {"table", "subset", "precision", "recall", "f1"}
    if scores is None or not need <= set(scores.columns):
        return scores
    rows = []
    for name, grp in scores.groupby("table", sort=True):
        by = {str(r.subset): r for r in grp.itertuples(index=False)}
        row = {"table": name}
        for subset in ("seeds", "own", "heldout", "all"):
            r = by.get(subset)
            row[f"P {subset}"] = round(float(r.precision), 2) if r is not None else None
            row[f"R {subset}"] = round(float(r.recall), 2) if r is not None else None
        overall = by.get("all") or next(iter(by.values()))
        if "tp" in grp.columns and "fn" in grp.columns:
            row["gold items"] = int(overall.tp) + int(overall.fn)
        f1 = float(overall.f1) if not pd.isna(overall.f1) else 0.0
        judged = by.get("heldout") or overall
        judged_f1 = float(judged.f1) if not pd.isna(judged.f1) else 0.0
        verdict = "high" if judged_f1 >= 0.9 else "medium" if judged_f1 >= 0.75 else "low"
        row["F1 all"] = round(f1, 2)
        row["F1 held-out"] = round(judged_f1, 2) if "heldout" in by else None
        row["trust"] = f"{TRUST_AR[verdict]} ({verdict})"
        rows.append(row)
    return pd.DataFrame(rows)
