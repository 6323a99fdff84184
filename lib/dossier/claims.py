"""Claim–response pairing across the corpus.

``pair(statement_records, registry)`` pairs, topic by topic, every claim with
the denials and admissions of the accused parties. A response answers a
claim when

1. **stance**: it is a ``denial`` or an ``admission``;
2. **topic**: it shares the topic (one row per shared topic);
3. **party**: its speaker's country is one of the claim's
   ``accused_countries`` — the supplier AND the recipient of a transfer: "Iran
   sent drones to Russia" is answered by Tehran's denial of sending them and by
   Moscow's denial of receiving them (``accused_country``, the supplier, when
   the record has no list);
4. **episode** (the date window): when both statements have a known date
   (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), their dates are at most
   ``WINDOW_MONTHS`` (18) months apart, in either direction (reporting order is
   not the order of events; a denial may pre-empt a report). Dates are compared
   as month intervals (a year covers its twelve months), so ``2022`` is within
   the window of ``2023-06``. Across articles every known date counts; inside
   one article the juxtaposition is the journalist's pairing, so the window
   only rejects a pair when both dates come from explicit time expressions
   (``date_source == "timex"``), e.g. a 2024 claim and a denial "في عام 2019".
   A statement with no date is never rejected by the window.

One row per (topic, claim, response); a claim with no response gets one row
per topic with an empty ``response_id``. Every row carries the claim's status,
ONE per claim, from all its responses on all its topics:

* ``admitted`` — at least one full admission;
* ``partly admitted`` — only partial admissions ("a small number, before the
  war"), possibly alongside denials;
* ``denied`` — denials only;
* ``unanswered`` — no response found (also when the accused is unknown).

``topic_status`` is the same status computed on that row's topic only; ``status``
and ``accused`` repeat ``claim_status`` and ``accused_countries`` under the
names :func:`dossier.views.claim_rows` reads. The claimant is
``claimant_actor_id`` (an international body such as the EU has an empty
``claimant_country`` but is still a claimant whose claims are paired).

Rows are sorted by topic, claim (article, paragraph, number) and response.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

STATUS_ORDER = ("admitted", "partly admitted", "denied", "unanswered")
WINDOW_MONTHS = 18

_DATE_RE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?")


def _sid_key(sid: str) -> tuple:
    return _sid_key_str(str(sid))


@lru_cache(maxsize=1 << 17)
def _sid_key_str(sid: str) -> tuple:
    parts = sid.rsplit(":", 2)
    if len(parts) == 3:
        aid, pi, n = parts
        try:
            return (aid, int(pi), int(n))
        except ValueError:
            pass
    return (str(sid), 0, 0)


def _split(v) -> list[str]:
    if v is None:
        return []
    if isinstance(v, (list, tuple, set)):
        return [str(x) for x in v if x and str(x) != "nan"]
    s = str(v)
    if s in ("", "nan", "None"):
        return []
    return [x for x in s.split(";") if x]


def _topics(rec: dict) -> list[str]:
    return _split(rec.get("topics"))


def _truthy(v) -> bool:
    if isinstance(v, str):
        return v.strip().lower() in ("true", "1", "yes")
    return bool(v)


def accused_of(rec: dict) -> list[str]:
    """The parties a claim is about: ``accused_countries``, else ``accused_country``."""
    out = _split(rec.get("accused_countries"))
    first = _split(rec.get("accused_country"))
    for c in first:
        if c not in out:
            out.insert(0, c)
    return out


def month_interval(date) -> tuple[int, int] | None:
    """``YYYY`` / ``YYYY-MM`` / ``YYYY-MM-DD`` → (first, last) month index; None if unknown."""
    if date is None:
        return None
    return _month_interval_str(str(date))


@lru_cache(maxsize=1 << 14)
def _month_interval_str(date: str) -> tuple[int, int] | None:
    m = _DATE_RE.match(date)
    if not m:
        return None
    y = int(m.group(1))
    if m.group(2):
        mo = int(m.group(2))
        if not 1 <= mo <= 12:
            return None
        k = y * 12 + mo - 1
        return k, k
    return y * 12, y * 12 + 11


def months_apart(a, b) -> int | None:
    """Smallest distance in months between two dates (0 when they overlap); None if unknown."""
    return _apart(month_interval(a), month_interval(b))


def same_episode(claim: dict, response: dict, window: int = WINDOW_MONTHS) -> bool:
    """The date-window rule (see the module docstring)."""
    if claim.get("article_id") == response.get("article_id") and not (
            claim.get("date_source") == "timex" and response.get("date_source") == "timex"):
        return True
    d = months_apart(claim.get("date"), response.get("date"))
    return d is None or d <= window


def status_of(responses: list[dict]) -> str:
    """Status of a claim from its responses (records with stance/partial)."""
    adm = [r for r in responses if r.get("stance") == "admission"]
    if any(not _truthy(r.get("partial")) for r in adm):
        return "admitted"
    if adm:
        return "partly admitted"
    if any(r.get("stance") == "denial" for r in responses):
        return "denied"
    return "unanswered"


ORDER = ("topic", "claim_id", "response_id", "response_stance", "claimant_actor_id",
         "claimant_country", "accused_country", "accused_countries", "claim_article_id",
         "response_article_id", "same_article", "claim_status", "topic_status",
         "response_partial", "responder_actor_id", "responder_country", "claim_date",
         "response_date", "months_apart", "status", "accused")


class _Responses:
    """The responses of one (topic, party), indexed for the date window: a
    superset of those :func:`same_episode` accepts for a claim, in their
    original order (so pairing is the same as scanning the whole list).
    ``items`` are :func:`_resp` tuples."""

    def __init__(self, responses: list[tuple]):
        self.items = responses
        self.undated: list[int] = []
        self.by_article: dict = {}
        dated = []
        for i, r in enumerate(responses):
            iv = r[4]
            if iv is None:
                self.undated.append(i)
            else:
                dated.append((iv[0], i))
            self.by_article.setdefault(r[2], []).append(i)
        dated.sort()
        self.starts = [k for k, _ in dated]
        self.dated_pos = [i for _, i in dated]

    def candidates(self, c_article, c_iv: tuple[int, int] | None, window: int) -> list[tuple]:
        if c_iv is None:  # an undated claim is in the window of every response
            return self.items
        # a dated response within ``window`` months starts at most 11 months
        # before it ends (a year): its first month lies in [lo, hi]
        lo, hi = c_iv[0] - window - 11, c_iv[1] + window
        a, b = bisect_left(self.starts, lo), bisect_right(self.starts, hi)
        pos = set(self.dated_pos[a:b])
        pos.update(self.undated)
        pos.update(self.by_article.get(c_article, ()))  # same-article rule
        items = self.items
        return [items[i] for i in sorted(pos)]


def _resp(r: dict) -> tuple:
    """A response, read once: (statement_id, sid key, article_id, timex-dated,
    month interval, stance, partial, speaker, speaker country, date)."""
    sid = r.get("statement_id")
    return (sid, _sid_key(r.get("statement_id", "")), r.get("article_id"),
            r.get("date_source") == "timex", month_interval(r.get("date")),
            r.get("stance", ""), _truthy(r.get("partial")), r.get("speaker_actor_id", "") or "",
            r.get("speaker_country", "") or "", r.get("date", "") or "", r.get("stance"),
            r.get("statement_id", ""), r.get("article_id", ""))


def _apart(ia: tuple[int, int] | None, ib: tuple[int, int] | None) -> int | None:
    """:func:`months_apart` of two month intervals."""
    if ia is None or ib is None:
        return None
    if ia[1] < ib[0]:
        return ib[0] - ia[1]
    if ib[1] < ia[0]:
        return ia[0] - ib[1]
    return 0


def _status_t(found: list[tuple]) -> str:
    """:func:`status_of` of :func:`_resp` tuples."""
    adm = False
    den = False
    for r in found:
        st = r[10]
        if st == "admission":
            if not r[6]:
                return "admitted"
            adm = True
        elif st == "denial":
            den = True
    if adm:
        return "partly admitted"
    return "denied" if den else "unanswered"


def pair(statement_records: list[dict], registry=None, window: int = WINDOW_MONTHS) -> list[dict]:
    """Rows of the ``claim_responses`` table."""
    enabled = gc.isenabled()
    gc.disable()  # see pair_rows
    try:
        return [dict(zip(ORDER, row)) for row in _pair(statement_records, window)]
    finally:
        if enabled:
            gc.enable()


def pair_rows(statement_records: list[dict], registry=None, window: int = WINDOW_MONTHS) -> list[tuple]:
    """The rows of :func:`pair` as tuples of the values in ``ORDER`` (no dicts:
    what the CSV writer needs)."""
    # hundreds of thousands of new rows, none cyclic: the cyclic garbage
    # collector would rescan them again and again
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _pair(statement_records, window)
    finally:
        if enabled:
            gc.enable()


def _pair(statement_records: list[dict], window: int) -> list[tuple]:
    recs = sorted(statement_records or [], key=lambda r: _sid_key(r.get("statement_id", "")))
    claims = [r for r in recs if r.get("stance") == "claim"]
    # responses indexed by (topic, country)
    responses: dict[tuple[str, str], list[tuple]] = {}
    for r in recs:
        if r.get("stance") in ("denial", "admission") and r.get("speaker_country") \
                and r.get("speaker_non_party") is not True and r.get("speaker_non_party") != 1:
            # an analyst's nationality ("الخبير العسكري الروسي") makes no party's answer
            rt = _resp(r)
            for t in _topics(r):
                responses.setdefault((t, str(r["speaker_country"])), []).append(rt)
    index = {key: _Responses(lst) for key, lst in responses.items()}
    index_get = index.get
    # topic → rows, and per topic the rows' sort keys (claim, response) when the
    # order of appending is not already that order (see below)
    by_topic: dict[str, list[tuple]] = {}
    last_claim: dict[str, tuple] = {}
    unsorted: set[str] = set()
    for c in claims:
        accused = accused_of(c)
        per_topic: dict[str, list[tuple]] = {}
        c_iv = month_interval(c.get("date"))
        c_sid = c.get("statement_id")
        c_aid = c.get("article_id")
        c_timex = c.get("date_source") == "timex"
        for topic in _topics(c):
            found, seen = [], set()
            for party in accused:
                group = index_get((topic, party))
                if group is None:
                    continue
                for r in group.candidates(c_aid, c_iv, window):
                    sid = r[0]
                    if sid == c_sid or sid in seen:
                        continue
                    # same_episode
                    if not (c_aid == r[2] and not (c_timex and r[3])):
                        d = _apart(c_iv, r[4])
                        if d is not None and d > window:
                            continue
                    seen.add(sid)
                    found.append(r)
            found.sort(key=_key1)
            per_topic[topic] = found
        status = _status_t([r for f in per_topic.values() for r in f])
        claim_id = c.get("statement_id", "")
        c_key = _sid_key(claim_id)
        claimant = c.get("speaker_actor_id", "") or ""
        claimant_country = c.get("speaker_country", "") or ""
        accused_first = accused[0] if accused else ""
        accused_all = ";".join(accused)
        c_article, c_date = c.get("article_id", ""), c.get("date", "") or ""
        for topic, found in per_topic.items():
            topic_status = _status_t(found)
            out = by_topic.get(topic)
            if out is None:
                out = by_topic[topic] = []
            # Claims come in sort-key order and each claim's responses are
            # sorted by their key, so a topic's rows are appended in (claim,
            # response) order unless two claims share a key (their rows would
            # interleave) or a response has no id (its key is ("",)): only
            # then is the topic sorted.
            if last_claim.get(topic) == c_key or not all(r[11] for r in found):
                unsorted.add(topic)
            last_claim[topic] = c_key
            if not found:
                out.append((
                    topic, claim_id, "", "", claimant, claimant_country, accused_first, accused_all,
                    c_article, "", False, status, topic_status, False, "", "", c_date, "", "", status,
                    accused_all))
                continue
            out.extend([(
                topic, claim_id, r[11], r[5], claimant, claimant_country, accused_first, accused_all,
                c_article, r[12], r[2] == c_aid, status, topic_status, r[6], r[7], r[8], c_date, r[9],
                "" if (d := _apart(c_iv, r[4])) is None else d, status, accused_all) for r in found])
    # rows sorted by (topic, claim, response)
    rows = []
    for topic in sorted(by_topic):
        lst = by_topic[topic]
        if topic in unsorted:
            lst.sort(key=_row_key)
        rows.extend(lst)
    return rows


def _row_key(row: tuple) -> tuple:
    """The (claim, response) sort key of a row tuple."""
    return (_sid_key(row[1]), _sid_key(row[2]) if row[2] else ("",))


def _key1(x):
    return x[1]
