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
per topic with an empty ``response_id``.

**Across articles the rows are bounded** (``cross_limit``, default
``CROSS_LIMIT`` = 3): per claim, topic, accused party and response stance
(denial / admission) only the cross-article responses nearest in time are
listed (the smallest distance in months, then the earlier month, then
statement order; undated responses last). Every response that passes the
rules is still counted: ``n_responses`` is their number on the row's topic,
and the statuses below see all of them. Without the bound the table grows
with the square of the corpus (every Iranian denial of an archive answers
every claim about Iranian drones in an 18-month window): 378k rows for 2,000
articles, 9.1M (1.8 GB of CSV) for 10,000. Responses in the claim's own
article are always all listed. ``cross_limit=None`` lists every pair.

Every row carries the claim's status, ONE per claim, from all its responses on
all its topics:

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
from itertools import islice

STATUS_ORDER = ("admitted", "partly admitted", "denied", "unanswered")
WINDOW_MONTHS = 18
# cross-article responses listed per (claim, topic, accused party, stance); None: all
CROSS_LIMIT: int | None = 3

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
    flag = [False, False, False]
    for r in responses:
        if r.get("stance") == "admission":
            flag[1 if _truthy(r.get("partial")) else 0] = True
        elif r.get("stance") == "denial":
            flag[2] = True
    return _status_f(flag)


ORDER = ("topic", "claim_id", "response_id", "response_stance", "claimant_actor_id",
         "claimant_country", "accused_country", "accused_countries", "claim_article_id",
         "response_article_id", "same_article", "claim_status", "topic_status",
         "response_partial", "responder_actor_id", "responder_country", "claim_date",
         "response_date", "months_apart", "status", "accused", "n_responses")


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


_INF = float("inf")


class _Bounded:
    """The responses of one (topic, party), indexed for bounded pairing: the
    number of responses a claim may pair with and their stances come from
    prefix counts over the responses sorted by month (no scan of the window),
    and the nearest ``k`` per stance from a walk outwards from the claim's
    months. Dated responses are kept in two lists, month-precise and
    year-precise, because each makes the window one contiguous run of start
    months (see :meth:`_window`). ``items`` are :func:`_resp` tuples in
    statement order (the index ``i`` is the tie-break)."""

    def __init__(self, responses: list[tuple]):
        self.items = responses
        self.by_article: dict = {}
        # per precision ("m", "y"): sorted (start month, i), their starts and prefix counts
        # of [full admission, partial admission, denial]
        dated: dict[str, list[tuple[int, int]]] = {"m": [], "y": []}
        # per stance ("denial", "admission") and precision: sorted (start, i) and starts
        self.undated: dict[str, list[int]] = {"denial": [], "admission": []}
        self.all_of: dict[str, list[int]] = {"denial": [], "admission": []}
        self.undated_flags = [False, False, False]
        self.all_flags = [False, False, False]
        self.undated_n = 0
        for i, r in enumerate(responses):
            self.by_article.setdefault(r[2], []).append(i)
            st = "admission" if r[10] == "admission" else "denial"
            self.all_of[st].append(i)
            self.all_flags[_cls(r)] = True
            iv = r[4]
            if iv is None:
                self.undated[st].append(i)
                self.undated_flags[_cls(r)] = True
                self.undated_n += 1
            else:
                dated["m" if iv[0] == iv[1] else "y"].append((iv[0], i))
        self.starts: dict[str, list[int]] = {}
        self.prefix: dict[str, list[list[int]]] = {}
        self.lists: dict[tuple[str, str], tuple[list[int], list[int]]] = {}
        for prec, lst in dated.items():
            lst.sort()
            self.starts[prec] = [s for s, _ in lst]
            acc = [[0], [0], [0]]
            for _, i in lst:
                c = _cls(responses[i])
                for k in range(3):
                    acc[k].append(acc[k][-1] + (k == c))
            self.prefix[prec] = acc
            for st in ("denial", "admission"):
                sub = [(s, i) for s, i in lst if (responses[i][10] == "admission") == (st == "admission")]
                self.lists[(st, prec)] = ([s for s, _ in sub], [i for _, i in sub])

    @staticmethod
    def _window(prec: str, c_iv: tuple[int, int], window: int) -> tuple[int, int, int, int]:
        """(lo, hi) of the start months in the window and (clo, chi) of those at
        distance 0: a month-precise response k is within ``window`` months of
        the claim's [c0, c1] iff k ∈ [c0 − w, c1 + w]; a year (s, s + 11) iff
        s ∈ [c0 − w − 11, c1 + w]."""
        c0, c1 = c_iv
        span = 0 if prec == "m" else 11
        return c0 - window - span, c1 + window, c0 - span, c1

    def answer(self, c_aid, c_iv, c_timex: bool, window: int, k: int, found: list, flag: list) -> int:
        """Append to ``found`` this party's responses to a claim (all of its own
        article, the ``k`` nearest per stance from other articles), set ``flag``
        (full admission, partial, denial: among ALL the responses it may pair
        with) and return their number."""
        items = self.items
        same = []
        for i in self.by_article.get(c_aid, ()):
            r = items[i]
            if not (c_timex and r[3]) or (d := _apart(c_iv, r[4])) is None or d <= window:
                same.append(i)
        found.extend(items[i] for i in same)
        # how many, and which stances, among every response in the window
        if c_iv is None:  # an undated claim is in the window of every response
            n = len(items)
            for j in range(3):
                flag[j] = flag[j] or self.all_flags[j]
        else:
            n = self.undated_n
            for j in range(3):
                flag[j] = flag[j] or self.undated_flags[j]
            for prec, starts in self.starts.items():
                lo, hi, _, _ = self._window(prec, c_iv, window)
                a, b = bisect_left(starts, lo), bisect_right(starts, hi)
                pre = self.prefix[prec]
                for j in range(3):
                    if pre[j][b] - pre[j][a]:
                        flag[j] = True
                n += b - a
            # same-article responses admitted outside the window (one explicit date at most)
            for i in same:
                r = items[i]
                if r[4] is not None and _apart(c_iv, r[4]) > window:
                    n += 1
                    flag[_cls(r)] = True
        for st in ("denial", "admission"):
            found.extend(items[i] for i in self._nearest(st, c_aid, c_iv, window, k))
        return n

    def _nearest(self, st: str, c_aid, c_iv, window: int, k: int) -> list[int]:
        """The ``k`` responses of stance ``st`` from other articles nearest in time:
        by (distance in months, start month, statement order), undated last."""
        items = self.items
        if c_iv is None:
            return list(islice((i for i in self.all_of[st] if items[i][2] != c_aid), k))
        cands: list[tuple] = []
        for prec in ("m", "y"):
            starts, idx = self.lists[(st, prec)]
            if not starts:
                continue
            lo, hi, clo, chi = self._window(prec, c_iv, window)
            a, b = bisect_left(starts, lo), bisect_right(starts, hi)
            ca, cb = bisect_left(starts, clo, a, b), bisect_right(starts, chi, a, b)
            cands.extend(_walk(starts, idx, items, c_aid, (a, b, ca, cb), c_iv, 0 if prec == "m" else 11, k))
        undated = islice((i for i in self.undated[st] if items[i][2] != c_aid), k)
        cands.extend((_INF, _INF, i) for i in undated)
        cands.sort()
        return [i for _, _, i in cands[:k]]


def _walk(starts: list[int], idx: list[int], items: list[tuple], c_aid, bounds: tuple[int, int, int, int],
          c_iv: tuple[int, int], span: int, k: int) -> list[tuple]:
    """Up to ``k`` (distance, start, i) of one sorted list, nearest first: the
    run at distance 0 (``bounds`` ca:cb), then outwards a month at a time
    within the window (a:b), skipping the claim's own article."""
    a, b, ca, cb = bounds
    c0, c1 = c_iv
    got: list[tuple] = []

    def take(lo_pos: int, hi_pos: int, dist) -> None:
        for pos in range(lo_pos, hi_pos):
            if len(got) == k:
                return
            i = idx[pos]
            if items[i][2] != c_aid:
                got.append((dist, starts[pos], i))

    take(ca, cb, 0)
    left, right = ca - 1, cb
    while len(got) < k and (left >= a or right < b):
        dl = c0 - (starts[left] + span) if left >= a else _INF
        dr = starts[right] - c1 if right < b else _INF
        if dl <= dr:  # the earlier month first on a tie
            first = bisect_left(starts, starts[left], a, left + 1)
            take(first, left + 1, dl)
            left = first - 1
        else:
            last = bisect_right(starts, starts[right], right, b)
            take(right, last, dr)
            right = last
    return got


def _cls(r: tuple) -> int:
    """0 full admission, 1 partial admission, 2 denial (of a :func:`_resp` tuple)."""
    if r[10] == "admission":
        return 1 if r[6] else 0
    return 2


def _status_f(flag: list[bool]) -> str:
    """The status from (full admission, partial admission, denial) flags."""
    if flag[0]:
        return "admitted"
    if flag[1]:
        return "partly admitted"
    return "denied" if flag[2] else "unanswered"


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
    flag = [False, False, False]
    for r in found:
        if r[10] in ("admission", "denial"):
            flag[_cls(r)] = True
    return _status_f(flag)


_DEFAULT = object()


def pair(statement_records: list[dict], registry=None, window: int = WINDOW_MONTHS,
         cross_limit: int | None = _DEFAULT) -> list[dict]:  # type: ignore[assignment]
    """Rows of the ``claim_responses`` table (``cross_limit``: see the module
    docstring; default ``CROSS_LIMIT``)."""
    enabled = gc.isenabled()
    gc.disable()  # see pair_rows
    try:
        return [dict(zip(ORDER, row)) for row in _pair(statement_records, window, cross_limit)]
    finally:
        if enabled:
            gc.enable()


def pair_rows(statement_records: list[dict], registry=None, window: int = WINDOW_MONTHS,
              cross_limit: int | None = _DEFAULT) -> list[tuple]:  # type: ignore[assignment]
    """The rows of :func:`pair` as tuples of the values in ``ORDER`` (no dicts:
    what the CSV writer needs)."""
    # hundreds of thousands of new rows, none cyclic: the cyclic garbage
    # collector would rescan them again and again
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _pair(statement_records, window, cross_limit)
    finally:
        if enabled:
            gc.enable()


def _pair(statement_records: list[dict], window: int, cross_limit=_DEFAULT) -> list[tuple]:
    if cross_limit is _DEFAULT:
        cross_limit = CROSS_LIMIT
    if cross_limit is not None and cross_limit < 1:
        raise ValueError(f"cross_limit must be at least 1 (or None for every pair), not {cross_limit}")
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
    if cross_limit is None:
        index = {key: _Responses(lst) for key, lst in responses.items()}
    else:
        index = {key: _Bounded(lst) for key, lst in responses.items()}
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
        flags: dict[str, list[bool]] = {}  # topic → [full admission, partial, denial] among all responses
        counts: dict[str, int] = {}
        for topic in _topics(c):
            found, seen = [], set()
            if cross_limit is not None:
                flag, n = [False, False, False], 0
                for party in accused:
                    group = index_get((topic, party))
                    if group is not None:
                        n += group.answer(c_aid, c_iv, c_timex, window, cross_limit, found, flag)
                found.sort(key=_key1)
                per_topic[topic], flags[topic], counts[topic] = found, flag, n
                continue
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
            counts[topic] = len(found)
        if cross_limit is None:
            status = _status_t([r for f in per_topic.values() for r in f])
        else:
            status = _status_f([any(f[i] for f in flags.values()) for i in range(3)])
        claim_id = c.get("statement_id", "")
        c_key = _sid_key(claim_id)
        claimant = c.get("speaker_actor_id", "") or ""
        claimant_country = c.get("speaker_country", "") or ""
        accused_first = accused[0] if accused else ""
        accused_all = ";".join(accused)
        c_article, c_date = c.get("article_id", ""), c.get("date", "") or ""
        for topic, found in per_topic.items():
            topic_status = _status_t(found) if cross_limit is None else _status_f(flags[topic])
            n_resp = counts[topic]
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
                    accused_all, n_resp))
                continue
            out.extend([(
                topic, claim_id, r[11], r[5], claimant, claimant_country, accused_first, accused_all,
                c_article, r[12], r[2] == c_aid, status, topic_status, r[6], r[7], r[8], c_date, r[9],
                "" if (d := _apart(c_iv, r[4])) is None else d, status, accused_all, n_resp) for r in found])
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
