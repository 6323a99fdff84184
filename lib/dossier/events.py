"""Events per sentence, and the chronology that merges them across articles.

:func:`extract` splits each paragraph into sentences and emits one event per
(sentence, type) whose cue (``data/lexicons/event_cues.yaml``) occurs in it:

* ``date``/``date_precision`` come from the sentence's resolved timex nearest
  to the cue; when the sentence has none, from the last dated timex earlier
  in the same paragraph (``date_source`` says which: ``sentence``/
  ``paragraph``). "اليوم" is itself a timex resolved to the publication date.
  A sentence with no date at all gets an EMPTY date, not the publication
  date: background events ("وقع البلدان اتفاقية في الماضي") are often
  undated, and an empty date is honest. ``published`` is kept in the extra
  column ``published`` so that views can place such events by their article.
* ``participants``: actor_ids of the persons, organisations and countries
  mentioned in the sentence (a capital named without a preposition counts as
  its country, e.g. "طهران وموسكو وقعتا"); ``place``: the first place
  mentioned after في/إلى/ب.

:func:`merge` builds the chronology: the same real event reported by several
articles (same type, shared participants, compatible dates) becomes one row
listing all its sources.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from calendar import monthrange
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from sys import intern

import yaml

from .actors import fold_cached as fold_with_map
from .normalize import fold
from .paths import LEXICON_DIR

_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

__all__ = ["extract", "merge", "sentences", "cue_patterns", "EVENT_COLUMNS", "CHRONOLOGY_COLUMNS"]

EVENT_COLUMNS = ["event_id", "article_id", "para_idx", "type", "date", "date_precision",
                 "participants", "place", "text", "start", "end", "cue", "date_source",
                 "published"]
CHRONOLOGY_COLUMNS = ["chronology_id", "type", "date", "date_precision", "participants", "place",
                      "sources", "n_sources", "text", "n_articles", "event_ids"]

_SENT_END = re.compile(r"(?<=[.!?؟])[\"'»”)\]]*\s+|\n+|(?<=؛)\s*")
_PLACE_PREP = re.compile(
    r"(?:(?<!\w)(?:" + "|".join(fold(w) for w in ("في", "إلى", "داخل", "قرب")) + r")\s+|(?<!\w)ب)$")
_PERSONISH = ("person", "organization", "country")
# an organisation named as a news source is not a participant
_MEDIA_BEFORE = re.compile(
    r"(?<!\w)(?:" + "|".join(fold(w) for w in (
        "وكالة", "وكالات", "صحيفة", "صحف", "قناة", "موقع", "شبكة", "إذاعة", "مجلة", "وكالة أنباء",
        "نقلت", "نقلته", "نقلا عن", "بحسب", "وفقا ل", "حسبما", "أفادت")) + r")\s*\S{0,3}\s*\"?$")
_MEDIA_SURFACE = re.compile(r"^(?:" + "|".join(fold(w) for w in ("وكالة", "صحيفة", "قناة")) + ")")
# "وفقا لبيان الكرملين": an attribution, not a statement event
_ATTRIBUTION = re.compile(r"(?:" + "|".join(fold(w) for w in ("وفقا", "وفقاً", "بحسب", "حسب", "طبقا"))
                          + r")\s*$")


_CUE_HEAD = r"(?<!\w)(?:[وفبلك])?(?:ال)?(?:"


@lru_cache(maxsize=4)
def _cue_alternatives(path: str | None = None) -> tuple[list[str], dict[str, list[tuple[str, bool]]], dict]:
    """(type order, [(regex, exact)] per type, suppressions) from the lexicon."""
    with open(Path(path) if path else LEXICON_DIR / "event_cues.yaml", encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=_YamlLoader)  # the C loader: same objects, faster
    types = data["types"]
    order = [t for t in data.get("order", list(types)) if t in types]
    alts: dict[str, list[tuple[str, bool]]] = {}
    for t in order:
        alts[t] = []
        for cue in sorted(map(str, types[t]["cues"]), key=len, reverse=True):
            exact = cue.endswith("$")
            parts = [p.strip() for p in re.split(r"…|\.\.\.", cue.rstrip("$")) if p.strip()]
            words = [r"\s+".join(map(re.escape, fold(p).split())) for p in parts]
            alts[t].append((r".{0,40}?".join(words), exact))
    supp = {t: set(types[t].get("suppresses", []) or []) for t in order}
    return order, alts, supp


@lru_cache(maxsize=4)
def cue_patterns(path: str | None = None) -> tuple[list[str], dict[str, re.Pattern], dict]:
    """(type order, compiled cue pattern per type, suppressions) from the lexicon."""
    order, alts, supp = _cue_alternatives(path)
    pats = {t: re.compile(_CUE_HEAD + "|".join(rx + (r"(?!\w)" if exact else "")
                                               for rx, exact in alts[t]) + ")")
            for t in order}
    return order, pats, supp


@lru_cache(maxsize=4)
def _any_cue(path: str | None = None) -> re.Pattern:
    r"""One pattern matching wherever ANY type's pattern matches (and a little
    more: the ``(?!\w)`` of exact cues is left out). A text, or a sentence
    searched with the same bounds, where it finds nothing holds no cue of any
    type: one search instead of one per type (lookbehinds see before ``pos``,
    and the per-type patterns only add conditions)."""
    order, alts, _ = _cue_alternatives(path)
    return re.compile(_CUE_HEAD + "|".join(rx for t in order for rx, _ in alts[t]) + ")")


_RX_TOKEN = re.compile(r"\\s\+|\.\{0,40\}\?|\\.|.", re.S)


@lru_cache(maxsize=4)
def _any_cue_trie(path: str | None = None) -> re.Pattern:
    r""":func:`_any_cue` with its alternatives merged into a prefix tree.

    It matches at exactly the positions where ``_any_cue`` does (an
    alternative whose tokens start with another's is left out: wherever the
    longer one matches, the shorter one does), so searches give the same
    start; the match itself may be shorter. One branch per next character
    instead of one per cue: much faster where nothing matches."""
    order, alts, _ = _cue_alternatives(path)
    trie: dict = {}
    end = object()  # key of a node where some alternative ends
    for t in order:
        for rx, _exact in alts[t]:
            node = trie
            for tok in _RX_TOKEN.findall(rx):
                node = node.setdefault(tok, {})
            node[end] = True

    def emit(node: dict) -> str:
        if end in node:
            return ""
        parts = [tok + emit(child) for tok, child in node.items()]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return re.compile(_CUE_HEAD + emit(trie) + ")")


@lru_cache(maxsize=4)
def _cue_literals(path: str | None = None) -> dict[str, tuple[str, ...] | None]:
    """Per type, words of which at least one occurs literally in any match of
    its pattern (the longest word of each cue, folded; words containing a
    shorter one of the set left out), or None when a cue has no word. A
    sentence span holding none of them cannot match the type's pattern."""
    with open(Path(path) if path else LEXICON_DIR / "event_cues.yaml", encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=_YamlLoader)
    types = data["types"]
    order, _, _ = _cue_alternatives(path)
    out: dict[str, tuple[str, ...] | None] = {}
    for t in order:
        words: set[str] | None = set()
        for cue in map(str, types[t]["cues"]):
            parts = [p.strip() for p in re.split(r"…|\.\.\.", cue.rstrip("$")) if p.strip()]
            cue_words = [w for p in parts for w in fold(p).split()]
            if not cue_words:
                words = None
                break
            words.add(max(cue_words, key=len))
        if words:
            words = {w for w in words if not any(o != w and o in w for o in words)}
        out[t] = tuple(sorted(words, key=len)) if words else None  # None: no cue, or one without words
    return out


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of a paragraph, white space trimmed."""
    spans = []
    pos = 0
    for m in _SENT_END.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        seg = text[s:e]
        body = seg.strip()  # str.strip removes what str.isspace calls space
        if body:
            s += len(seg) - len(seg.lstrip())
            out.append((s, s + len(body)))
    return out


def _ordered_unique(items) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def extract(article_id: str, paragraphs: list[str], mentions: list[dict], timexes: list[dict],
            published: str | None) -> list[dict]:
    """Event records (SPEC columns, then start, end, cue, date_source, published)."""
    order, pats, supp = cue_patterns()
    any_cue = _any_cue_trie().search  # the start of _any_cue's matches
    literals = _cue_literals()
    reuse = None not in literals.values()  # every cue has a word: no empty match
    by_para_m: dict[int, list[dict]] = {}
    for m in mentions or []:
        by_para_m.setdefault(int(m["para_idx"]), []).append(m)
    by_para_t: dict[int, list[dict]] = {}
    for t in timexes or []:
        by_para_t.setdefault(int(t.get("para_idx", 0)), []).append(t)
    rows: list[dict] = []
    for pi, text in enumerate(paragraphs):
        folded = fold_with_map(text)
        ft = folded.text
        nxt = any_cue(ft)
        if nxt is None:  # no cue of any type in the paragraph
            continue
        n = 0
        p_times = sorted(by_para_t.get(pi, []), key=lambda t: int(t["start"]))
        for s, e in sentences(text):
            # folded offsets of the sentence: folding only deletes characters,
            # so search the folded paragraph between the mapped bounds
            fs, fe = _folded_bounds(folded, s, e)
            if reuse:
                # nxt: the leftmost any-cue match of the whole paragraph from
                # a position <= fs. any_cue has no lookahead, so a search ending
                # at fe finds nothing before nxt, and finds nxt itself when it
                # ends by fe (cutting the text only removes ways to match).
                if nxt.start() < fs:
                    nxt = any_cue(ft, fs)
                    if nxt is None:
                        break  # no cue in the rest of the paragraph
                if nxt.start() >= fe:
                    continue
                first = nxt if nxt.end() <= fe else any_cue(ft, fs, fe)
            else:
                first = any_cue(ft, fs, fe)
            if first is None:
                continue
            # no type's match starts before the first any-type match: search
            # from there (the same leftmost match; lookbehinds see before pos)
            p0 = first.start()
            found: dict[str, re.Match] = {}
            span_has = ft[p0:fe].__contains__
            for typ in order:
                words = literals[typ]
                if words is not None and not any(map(span_has, words)):
                    continue  # none of the type's words: its pattern cannot match
                m = pats[typ].search(ft, p0, fe)
                if m:
                    found[typ] = m
            if not found:
                continue
            for typ in list(found):
                for dropped in supp.get(typ, ()):
                    if typ in found:
                        found.pop(dropped, None)
            st = found.get("statement")
            if st is not None and (len(found) > 1 or _ATTRIBUTION.search(ft, max(0, st.start() - 10), st.start())):
                found.pop("statement", None)
            if not found:
                continue
            sent_m = [m for m in by_para_m.get(pi, []) if s <= int(m["start"]) and int(m["end"]) <= e]
            participants, place = _participants_place(text, sent_m)
            for typ in order:
                if typ not in found:
                    continue
                cm = found[typ]
                cs, ce = folded.span(cm.start(), cm.end())
                date, prec, source = _event_date(p_times, s, e, cs)
                rows.append({
                    "event_id": f"{article_id}:{pi}:{n}", "article_id": article_id,
                    "para_idx": pi, "type": typ, "date": date, "date_precision": prec,
                    "participants": ";".join(participants), "place": place,
                    "text": text[s:e], "start": s, "end": e, "cue": text[cs:ce],
                    "date_source": source, "published": published or "",
                })
                n += 1
    return rows


def _folded_bounds(folded, s: int, e: int) -> tuple[int, int]:
    """Folded offsets of an original span (inverse of Folded.span, monotone)."""
    if len(folded.text) == len(folded.original):
        return s, e
    # to_original is monotone: binary search the folded positions
    def inv(pos: int) -> int:
        lo, hi = 0, len(folded.text)
        while lo < hi:
            mid = (lo + hi) // 2
            if folded.to_original(mid) < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo
    return inv(s), inv(e)


def _event_date(p_times: list[dict], s: int, e: int, cue_pos: int) -> tuple[str, str, str]:
    inside = [t for t in p_times if s <= int(t["start"]) < e and t.get("value")]
    if inside:
        best = min(inside, key=lambda t: abs(int(t["start"]) - cue_pos))
        return best["value"], best["precision"], "sentence"
    before = [t for t in p_times if int(t["start"]) < s and t.get("value")]
    if before:
        return before[-1]["value"], before[-1]["precision"], "paragraph"
    return "", "none", ""


def _is_media(text: str, m: dict) -> bool:
    s, e = int(m["start"]), int(m["end"])
    if _MEDIA_SURFACE.match(fold(m.get("surface", ""))):
        return True
    if _MEDIA_BEFORE.search(fold(text[max(0, s - 24):s])):
        return True
    # an outlet heading the paragraph: "صدى نيوز - ..."
    return s < 3 and text[e:e + 4].strip().startswith(("-", "–", ":"))


def _participants_place(text: str, sent_m: list[dict]) -> tuple[list[str], str]:
    participants = []
    place = ""
    for m in sorted(sent_m, key=lambda m: int(m["start"])):
        kind = m.get("kind", "")
        if kind == "organization" and _is_media(text, m):
            continue
        if kind in _PERSONISH:
            participants.append(m["actor_id"])
        elif kind == "place":
            before = text[max(0, int(m["start"]) - 8):int(m["start"])]
            if _PLACE_PREP.search(fold(before)):
                place = place or m["actor_id"]
            elif m.get("form") == "capital" and m.get("country"):
                participants.append(m["country"])  # "طهران وموسكو وقعتا": the countries
    return _ordered_unique(participants), place


# -- chronology ---------------------------------------------------------------------
def _interval(value: str, precision: str) -> tuple[dt.date, dt.date] | None:
    try:
        if not value:
            return None
        if len(value) == 4:
            y = int(value)
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            return dt.date(y, m, 1), dt.date(y, m, monthrange(y, m)[1])
        d = dt.date.fromisoformat(value[:10])
        if precision == "week":
            return d, d + dt.timedelta(days=6)
        # a day reported by different outlets may be off by one (time zones)
        return d - dt.timedelta(days=1), d + dt.timedelta(days=1)
    except ValueError:
        return None


_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "none": 4, "": 4}


def _is_day(r: dict) -> bool:
    return str(r.get("date_precision") or "") == "day"


def _is_country(actor_id: str) -> bool:
    return len(actor_id) == 3 and actor_id.isupper()


def _same_parties(a: set[str], b: set[str], both_days: bool) -> bool:
    """A shared person or organisation; or, when one side names no person or
    organisation, the very same countries (at least two) on a day-precise date."""
    if any(not _is_country(x) for x in a & b):
        return True
    named_a = any(not _is_country(x) for x in a)
    named_b = any(not _is_country(x) for x in b)
    if named_a and named_b:
        return False
    ca = {x for x in a if _is_country(x)}
    cb = {x for x in b if _is_country(x)}
    return both_days and len(ca) >= 2 and ca == cb


def _months(iv: tuple[dt.date, dt.date]) -> range:
    """The month numbers (year × 12 + month) an interval touches (at most 13)."""
    return range(iv[0].year * 12 + iv[0].month, iv[1].year * 12 + iv[1].month + 1)


class _Cluster:
    """One chronology row in the making (slots: a 720k-event merge holds many)."""

    __slots__ = ("type", "iv", "parts", "day", "members", "n", "months")

    def __init__(self, type_: str | None, iv, day: bool, first: dict, n: int, months: range) -> None:
        self.type, self.iv, self.day, self.n, self.months = type_, iv, day, n, months
        self.parts: set[str] = set()
        self.members = [first]


def _index_parts(c: dict, parts: set[str], index: dict, by_cset: dict) -> None:
    """Add ``parts`` to cluster ``c`` and keep the lookup indexes of merge current.

    A cluster is indexed under every month of its first interval (``c.months``;
    the interval only narrows later, so these months stay a superset): a record
    then meets only clusters that can overlap it, and the lookup stays linear
    however many reports name the same person over the years."""
    new = parts - c.parts
    if not new:
        return
    months = c.months
    if c.day:
        old = frozenset(x for x in c.parts if _is_country(x))
        if old:
            for m in months:
                by_cset.get((c.type, old, m), set()).discard(c.n)
    for p in new:
        if not _is_country(p):
            for m in months:
                index.setdefault((c.type, p, m), []).append(c.n)
    c.parts |= new
    if c.day:
        cs = frozenset(x for x in c.parts if _is_country(x))
        if cs:
            for m in months:
                by_cset.setdefault((c.type, cs, m), set()).add(c.n)


def merge(events, text_of: Callable[[dict], str] | None = None):
    """Chronology rows from event records (a list of dicts or a DataFrame;
    the result has the same form). ``text_of(record)``: the text of an event
    whose record does not keep it (large runs spill event texts to disk). Events are merged when they have the same
    type, share a person/organisation (or, without any, the same countries on
    the same day) and have overlapping periods. An undated event of an
    article published on a known day is matched as if it happened in the two
    weeks before publication, but never gives the row its date."""
    # a DataFrame can only come from a process that imported pandas: do not
    # import it (≈ 0.5 s) for the CLI, which passes lists of records
    pd = sys.modules.get("pandas")
    as_frame = pd is not None and isinstance(events, pd.DataFrame)
    records = events.to_dict("records") if as_frame else list(events or [])
    # finest dates first, so a cluster's date is its most precise report
    records.sort(key=lambda r: (_RANK.get(str(r.get("date_precision") or ""), 4),
                                str(r.get("date") or ""), str(r.get("event_id", ""))))
    clusters: list[dict] = []
    ivs: list = []  # clusters' intervals, by cluster number
    index: dict[tuple, list[int]] = {}  # (type, person/organisation) -> clusters
    by_cset: dict[tuple, set[int]] = {}  # (type, countries) -> day clusters
    for r in records:
        # interned: the same ids of thousands of records are one string in the indexes
        parts = {intern(p) for p in str(r.get("participants") or "").split(";") if p}
        iv = _interval(str(r.get("date") or ""), str(r.get("date_precision") or ""))
        soft = False
        if iv is None and len(str(r.get("published") or "")) == 10:
            # undated in a dated article: reported news, assume the two weeks before
            # publication -- only to find the same event elsewhere, never as its date
            pub = _interval(str(r["published"]), "day")
            if pub is not None:
                iv, soft = (pub[1] - dt.timedelta(days=15), pub[1] - dt.timedelta(days=1)), True
        target = None
        if iv is not None and parts:
            # a matching cluster (see _same_parties) shares a person or
            # organisation with r, or is a day cluster with exactly r's
            # countries (r on a day): only those are tried, in creation order,
            # so the first match is the one a scan of every cluster finds
            rtype = r.get("type")
            cand: set[int] = set()
            months = _months(iv)
            for p in parts:
                if not _is_country(p):
                    for m in months:
                        cand.update(index.get((rtype, p, m), ()))
            if _is_day(r):
                cs = frozenset(x for x in parts if _is_country(x))
                if len(cs) >= 2:
                    for m in months:
                        cand.update(by_cset.get((rtype, cs, m), ()))
            lo, hi = iv
            for ci in sorted(cand):
                civ = ivs[ci]  # the interval test first: it rejects most candidates
                if civ is None or civ[0] > hi or lo > civ[1]:
                    continue
                c = clusters[ci]
                if (c.type == rtype
                        and not (soft and (civ[1] - civ[0]).days > 31)
                        and _same_parties(c.parts, parts, c.day and _is_day(r))):
                    target = c
                    break
        if target is None:
            # undated clusters are never matched: indexed nowhere
            target = _Cluster(r.get("type"), iv, _is_day(r), r, len(clusters),
                              _months(iv) if iv is not None else range(0))
            clusters.append(target)
            ivs.append(iv)
            _index_parts(target, parts, index, by_cset)
        else:
            target.members.append(r)
            _index_parts(target, parts, index, by_cset)
            if not soft:
                lo, hi = max(target.iv[0], iv[0]), min(target.iv[1], iv[1])
                target.iv = ivs[target.n] = (lo, hi)
    del index, by_cset, ivs
    rows = []
    for ci, c in enumerate(clusters):
        clusters[ci] = None  # freed as its row is made: the peak is one of the two, not both
        first = c.members[0]
        order = _ordered_unique(p for m in c.members for p in str(m.get("participants") or "").split(";") if p)
        sources = _ordered_unique(f"{m.get('article_id')}:{m.get('para_idx')}" for m in c.members)
        rows.append({  # in CHRONOLOGY_COLUMNS order (the id is set once rows are sorted)
            "chronology_id": "", "type": c.type, "date": first.get("date") or "",
            "date_precision": first.get("date_precision") or "none",
            "participants": ";".join(order),
            "place": next((m.get("place") for m in c.members if m.get("place")), ""),
            "sources": ";".join(sources), "n_sources": len(sources),
            "text": text_of(first) if text_of is not None else first.get("text", ""),
            "n_articles": len({m.get("article_id") for m in c.members}),
            "event_ids": ";".join(str(m.get("event_id", "")) for m in c.members),
        })
    rows.sort(key=lambda r: (r["date"] == "", r["date"], r["type"], r["sources"]))
    for i, r in enumerate(rows, 1):
        r["chronology_id"] = f"c{i:04d}"
    if as_frame:
        return pd.DataFrame(rows, columns=CHRONOLOGY_COLUMNS)
    return rows
