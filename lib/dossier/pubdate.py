"""Publication date: stated in the text, else the sidecar, else inferred.

:func:`decide` always gathers the evidence an article gives about when it was
written, as an interval ``[published_earliest, published_latest]``:

* the latest absolute date the text mentions as past (the article cannot
  predate it; dates after "حتى/بحلول/المقرر..." are plans, not evidence);
* dated reference events (``data/reference_events.yaml``) the text refers to
  with one of their cue phrases (the article comes after the event);
* tenures of officeholders named WITH one of their titles (the registry's
  ``roles``: title_ar phrasings, from/to): calling Raisi "الرئيس" and
  Patrushev "سكرتير مجلس الأمن" places the article inside both tenures.
  A title near السابق/الراحل/الأسبق is not evidence of the tenure.

The published value is the stated date (source ``text``), else the sidecar
(``metadata``), else a guess from the interval (``inferred``): its lower
bound, as a month when the interval spans at most 62 days, as a year when it
lies within one calendar year, else nothing (precision ``none``) — the
interval and the evidence are kept either way.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from calendar import monthrange
from functools import lru_cache
from pathlib import Path

import yaml

from .normalize import fold
from .paths import DATA_DIR

# the C loader when PyYAML has it (same objects as safe_load, several times faster)
_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

__all__ = ["decide", "load_reference_events", "find_reference_events", "tenure_evidence",
           "MONTH_SPAN_DAYS"]

MONTH_SPAN_DAYS = 62
WINDOW = 40  # characters either side of a person's mention searched for a title

# Words that make a date a plan, not a fact: a date after them is never a
# lower bound. The STRONG ones (future tense, "scheduled", "intends") also make
# it an upper bound: the article was written before the planned date.
_STRONG_FUTURE = [fold(w) for w in (
    "سوف", "المقرر", "المقررة", "مقرر", "مقررة", "المرتقب", "المرتقبة", "المزمع", "المزمعة",
    "يعتزم", "تعتزم", "يعتزمون", "ستنتهي", "سينتهي", "سيتم", "ستتم", "سيعقد", "ستعقد",
    "ستجرى", "سيجرى", "ستجري", "سيجري", "سيزور", "ستزور", "سيصل", "ستصل", "ستبدأ", "سيبدأ",
    "ستنطلق", "سينطلق", "ستستضيف", "سيستضيف", "ستدخل", "سيدخل", "سيلتقي", "ستلتقي",
    "سيشارك", "ستشارك", "سيوقع", "ستوقع", "ستقام", "سيقام", "ستنعقد", "سينعقد",
)]
_FUTURE = _STRONG_FUTURE + [fold(w) for w in (
    "المنتظر", "المتوقع", "المتوقعة", "يتوقع", "حتى", "بحلول", "خطة", "رؤية", "استعدادا",
    "موعد", "تنتهي", "ينتهي", "تنقضي", "ينقضي", "تمتد", "يمتد", "لغاية", "غاية",
)]
# after the date: "في أكتوبر 2025 المقبل"
_FUTURE_AFTER = [fold(w) for w in ("المقبل", "المقبلة", "القادم", "القادمة")]
_FORMER = [fold(w) for w in (
    "السابق", "السابقة", "الراحل", "الراحلة", "الأسبق", "الأسبقة", "سابقا", "سابقاً", "الفقيد",
    "المخلوع", "المقال", "المقالة",
    # the title is the one held when killed/died: not evidence of a tenure now
    "اغتيال", "مقتل", "وفاة", "رحيل", "استشهاد", "ذكرى", "اغتيل", "قتل", "توفي",
)]
_FUTURE_RX = re.compile(r"(?<!\w)(?:[وف])?(?:" + "|".join(map(re.escape, _FUTURE)) + r")(?!\w)")
_STRONG_RX = re.compile(r"(?<!\w)(?:[وف])?(?:من\s+)?(?:" + "|".join(map(re.escape, _STRONG_FUTURE))
                        + r")(?!\w)")
_AFTER_RX = re.compile(r"^\s*(?:" + "|".join(map(re.escape, _FUTURE_AFTER)) + r")(?!\w)")
_SENT_BREAK = re.compile(r"[.!?؟؛](?=\s|$)|\n")
_FORMER_RX = re.compile(r"(?<!\w)(?:[وف])?(?:" + "|".join(map(re.escape, _FORMER)) + r")(?!\w)")


# -- reference events -------------------------------------------------------------
def _iso(v) -> str:
    if v is None or v == "":
        return ""
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v).strip()[:10]


def _bound(v, upper: bool) -> str:
    """A tenure bound as a full ISO date: "2019" starts 2019-01-01 as a lower
    bound and ends 2019-12-31 as an upper one; "" when open or unreadable."""
    v = _iso(v)
    try:
        if len(v) == 4:
            return f"{v}-12-31" if upper else f"{v}-01-01"
        if len(v) == 7:
            y, m = int(v[:4]), int(v[5:7])
            return (dt.date(y, m, monthrange(y, m)[1]) if upper else dt.date(y, m, 1)).isoformat()
        if len(v) == 10:
            return dt.date.fromisoformat(v).isoformat()
    except ValueError:
        return ""
    return ""


def _cue_rx(cue: str) -> str:
    parts = [p.strip() for p in re.split(r"…|\.\.\.", cue) if p.strip()]
    words = [r"\s+".join(map(re.escape, fold(p).split())) for p in parts]
    return r".{0,40}?".join(words)


def _cue_keys(cues) -> tuple[str, ...]:
    """The longest word of each cue (folded, without ال): a paragraph that
    contains none of them cannot match, so the regex is not tried."""
    keys = []
    for c in cues:
        words = [w[2:] if w.startswith("ال") and len(w) > 4 else w
                 for w in fold(re.split(r"…|\.\.\.", c)[0]).split()]
        words = [w.strip('"«»') for w in words if len(w.strip('"«»')) >= 2]
        if words:
            keys.append(max(words, key=len))
    return tuple(dict.fromkeys(keys))


def _cue_words(cues) -> tuple[tuple[str, ...], ...]:
    """Per cue, the literal words its pattern (:func:`_cue_rx`) requires: a text
    that lacks one of them cannot match that cue."""
    out = []
    for cue in cues:
        parts = [p.strip() for p in re.split(r"…|\.\.\.", cue) if p.strip()]
        out.append(tuple(dict.fromkeys(w for p in parts for w in fold(p).split())))
    return tuple(dict.fromkeys(out))


def _cues_possible(ev: dict, ft: str) -> bool:
    """False when no cue of ``ev`` can match ``ft`` (one of its words is missing)."""
    cw = ev.get("cue_words")
    if cw is None:
        return True
    for words in cw:
        for w in words:
            if w not in ft:
                break
        else:
            return True
    return False


def _may_match(ev: dict, ft: str) -> bool:
    keys = ev.get("keys")
    return not keys or any(k in ft for k in keys)


def _cues_possible_memo(ev: dict, ft: str, memo: dict) -> bool:
    """:func:`_cues_possible` with ``w in ft`` remembered in ``memo`` (one
    dict per text ``ft``: events share many cue words)."""
    cw = ev.get("cue_words")
    if cw is None:
        return True
    for words in cw:
        for w in words:
            r = memo.get(w)
            if r is None:
                r = memo[w] = w in ft
            if not r:
                break
        else:
            return True
    return False


def _may_match_memo(ev: dict, ft: str, memo: dict) -> bool:
    """:func:`_may_match` with ``k in ft`` remembered in ``memo``."""
    keys = ev.get("keys")
    if not keys:
        return True
    for k in keys:
        r = memo.get(k)
        if r is None:
            r = memo[k] = k in ft
        if r:
            return True
    return False


class _WordIndex:
    """The keys and cue words of a list of reference events, to find at once
    which of them occur in a text. None of them holds white space or "\\x00",
    so each occurrence lies inside one token of ``text.split()`` and inside
    one paragraph of a "\\x00"-joined article: the words inside each distinct
    token are computed once per run (``hits``/``empty``), those of a
    paragraph once per paragraph text (``paras``), and the words of an
    article are the union over its paragraphs -- exactly ``{w for w in
    words if w in "\\x00".join(paragraphs)}``."""

    MAX_MEMO = 300_000
    MAX_PARAS = 4096

    def __init__(self, events) -> None:
        words: set[str] = set()
        for ev in events:
            words.update(ev.get("keys") or ())
            for cw in ev.get("cue_words") or ():
                words.update(cw)
        self.ok = all(isinstance(w, str) and w.split() == [w] and "\x00" not in w for w in words)
        self.words = frozenset(words)
        self.lens = sorted({len(w) for w in words})
        trie: dict = {}
        for w in words:
            node = trie
            for ch in w:
                node = node.setdefault(ch, {})
            node[""] = {}
        # a search finds a match iff one of the words occurs in the token
        self.any_rx = re.compile(_trie_rx(trie)) if words and self.ok else None
        # events by key (events without keys: always looked at)
        self.keyless = [i for i, ev in enumerate(events) if not ev.get("keys")]
        self.by_key: dict[str, list[int]] = {}
        for i, ev in enumerate(events):
            for k in ev.get("keys") or ():
                self.by_key.setdefault(k, []).append(i)
        self.cue_words = [ev.get("cue_words") for ev in events]
        self.hits: dict[str, frozenset] = {}  # token -> the words inside it (non-empty)
        self.empty: set[str] = set()  # tokens without any word
        self.paras: dict[str, frozenset] = {}  # paragraph text -> its words

    def present(self, texts) -> set[str]:
        """The words of the index that occur in one of ``texts``."""
        out: set[str] = set()
        paras = self.paras
        for text in texts:
            r = paras.get(text)
            if r is None:
                if len(paras) >= self.MAX_PARAS:
                    paras.clear()
                r = paras[text] = frozenset(self._in_text(text))
            out.update(r)
        return out

    def _in_text(self, text: str) -> set[str]:
        out: set[str] = set()
        hits, empty = self.hits, self.empty
        for tok in set(text.split()).difference(empty):
            r = hits.get(tok)
            if r is None:
                if len(hits) + len(empty) >= self.MAX_MEMO:
                    hits.clear()
                    empty.clear()
                r = self._in_token(tok)
                if not r:
                    empty.add(tok)
                    continue
                hits[tok] = r
            out.update(r)
        return out

    def _in_token(self, tok: str) -> frozenset:
        if not self.any_rx.search(tok):
            return frozenset()
        n = len(tok)
        words = self.words
        return frozenset(x for k in self.lens if k <= n
                         for x in (tok[i:i + k] for i in range(n - k + 1)) if x in words)


def _trie_rx(node: dict) -> str:
    """Regex alternation of the entries of a character trie."""
    alts = [re.escape(ch) + _trie_rx(sub) for ch, sub in node.items() if ch]
    if not alts:
        return ""
    body = "(?:" + "|".join(alts) + ")"
    return body + "?" if "" in node else body


_INDEXES: dict[tuple, tuple[object, _WordIndex]] = {}


def _word_index(reference_events) -> _WordIndex:
    """The :class:`_WordIndex` of these events, built once per tuple of events
    (the pipeline's) or per list content (the entry keeps what its key's ids
    name alive, so the ids stay theirs)."""
    if isinstance(reference_events, tuple):
        sig: tuple = (id(reference_events),)
        held: object = reference_events
    else:
        held = [(ev, ev.get("keys"), ev.get("cue_words")) for ev in reference_events]
        sig = tuple(id(x) for h in held for x in h)
    got = _INDEXES.get(sig)
    if got is None:
        if len(_INDEXES) >= 8:
            _INDEXES.clear()
        got = _INDEXES[sig] = (held, _WordIndex(reference_events))
    return got[1]


def _candidate_events(reference_events, texts: list[str]) -> list[dict]:
    """The events (in their order) that pass ``_may_match`` and
    ``_cues_possible`` on ``"\\x00".join(texts)``."""
    if not isinstance(reference_events, (list, tuple)):
        reference_events = list(reference_events)
    index = _word_index(reference_events)
    if not index.ok:
        whole = "\x00".join(texts)
        memo: dict[str, bool] = {}
        return [ev for ev in reference_events
                if _may_match_memo(ev, whole, memo) and _cues_possible_memo(ev, whole, memo)]
    present = index.present(texts)
    chosen = set(index.keyless)
    by_key = index.by_key
    for w in present:
        chosen.update(by_key.get(w, ()))
    out = []
    cue_words = index.cue_words
    for i in sorted(chosen):
        cw = cue_words[i]
        if cw is None or any(map(present.issuperset, cw)):
            out.append(reference_events[i])
    return out


def load_reference_events(path: Path | str | None = None) -> list[dict]:
    """Read ``data/reference_events.yaml`` (plus ``reference_events*.yaml``
    files an analyst adds next to it). Each event gets ``id``, ``name_en``,
    ``date``, ``end`` (ISO strings), ``cues`` and a compiled ``pattern``."""
    if path is None:
        files = sorted(DATA_DIR.glob("reference_events*.yaml"))
    else:
        files = [Path(path)]
    events = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            entries = yaml.load(fh, Loader=_YamlLoader) or []
        for e in entries:
            cues = [str(c) for c in e.get("cues", []) if str(c).strip()]
            if not e.get("id") or not e.get("date") or not cues:
                continue
            alt = "|".join(_cue_rx(c) for c in sorted(cues, key=len, reverse=True))
            events.append({
                "id": str(e["id"]), "name_en": str(e.get("name_en", "")),
                "date": _iso(e["date"]), "end": _iso(e.get("end")) or _iso(e["date"]),
                "cues": cues, "ongoing": bool(e.get("ongoing")), "keys": _cue_keys(cues),
                "cue_words": _cue_words(cues),
                "pattern": re.compile(rf"(?:(?<!\w)|(?<=(?<!\w)[وفبلك]))(?:{alt})"),
            })
    return events


def _clause_start(ft: str, start: int, width: int = 40) -> int:
    """Start of the window before ``start``: ``width`` characters, not across
    a sentence end."""
    lo = max(0, start - width)
    breaks = [m.end() for m in _SENT_BREAK.finditer(ft, lo, start)]
    return breaks[-1] if breaks else lo


def _future_before(ft: str, start: int) -> bool:
    return bool(_FUTURE_RX.search(ft, _clause_start(ft, start), start))


def _future_kind(ft: str, start: int, end: int) -> str:
    """'strong' (a planned date: the article predates it), 'weak' (a plan or a
    limit: no evidence) or '' (a fact) for a date at [start, end)."""
    lo = _clause_start(ft, start)
    if _STRONG_RX.search(ft, lo, start) or _AFTER_RX.match(ft[end:end + 16]):
        return "strong"
    if _FUTURE_RX.search(ft, lo, start):
        return "weak"
    return ""


def _paras_with(whole: str, starts: list[int], keys) -> list[int]:
    """Sorted indices of the paragraphs (joined in ``whole`` with "\\x00",
    starting at ``starts``) that contain one of ``keys``."""
    found = set()
    n = len(starts)
    for k in keys:
        pos = whole.find(k)
        while pos != -1:
            i = bisect_right(starts, pos) - 1
            found.add(i)
            if i + 1 >= n:
                break
            pos = whole.find(k, starts[i + 1])
    return sorted(found)


def find_reference_events(paragraphs: list[str], reference_events) -> list[dict]:
    """Reference events the paragraphs refer to as past: id, date, surface,
    para_idx (first mention of each event)."""
    found: dict[str, dict] = {}
    folded = [fold(p) for p in paragraphs]
    # an event none of whose keys occurs anywhere in the article is skipped at
    # once ("\x00" never occurs in a key, so no key matches across paragraphs)
    whole = "\x00".join(folded)
    starts, pos = [], 0
    for ft in folded:
        starts.append(pos)
        pos += len(ft) + 1
    for ev in _candidate_events(reference_events, folded):
        pat = ev.get("pattern") or re.compile("|".join(_cue_rx(c) for c in ev["cues"]))
        keys = ev.get("keys")
        # the paragraphs holding one of the keys (all of them when no keys),
        # found by searching the joined text instead of each paragraph
        idx = _paras_with(whole, starts, keys) if keys else range(len(folded))
        for i in idx:
            ft = folded[i]
            if not _cues_possible(ev, ft):  # a word of every cue is missing
                continue
            for m in pat.finditer(ft):
                if _future_before(ft, m.start()):
                    continue
                found.setdefault(ev["id"], {"id": ev["id"], "date": _iso(ev["date"]),
                                            "surface": m.group(0), "para_idx": i})
                break
            if ev["id"] in found:
                break
    return list(found.values())


def _event_positions(paragraphs: list[str], reference_events, only=None) -> list[dict]:
    """Every past mention of a reference event: id, date, end, para_idx and
    ORIGINAL start/end in the paragraph (only in paragraphs ``only`` if given)."""
    from .actors import fold_cached as fold_with_map

    out = []
    fms = [(i, fold_with_map(text)) for i, text in enumerate(paragraphs)
           if only is None or i in only]
    if not fms:
        return out
    # an event that cannot match the paragraphs joined with "\x00" (never in a
    # key or cue word) cannot match any one of them: filter once, not per paragraph
    events = _candidate_events(reference_events, [fm.text for _, fm in fms])
    if not events:
        return out
    for i, fm in fms:
        for ev in events:
            if not _may_match(ev, fm.text) or not _cues_possible(ev, fm.text):
                continue
            pat = ev.get("pattern") or re.compile("|".join(_cue_rx(c) for c in ev["cues"]))
            for m in pat.finditer(fm.text):
                if _future_before(fm.text, m.start()):
                    continue
                s, e = fm.span(m.start(), m.end())
                if ev.get("ongoing"):
                    continue
                out.append({"id": ev["id"], "date": _iso(ev["date"]),
                            "end": _iso(ev.get("end")) or _iso(ev["date"]),
                            "para_idx": i, "start": s, "end_pos": e})
    return out


# A relative expression in the same sentence as a dated reference event says
# how long ago the event was: (min days, max days) between event and article.
_RECENT_SPANS = {
    ("vague", "day"): (0, 10), ("vague", "week"): (0, 21), ("vague", "month"): (0, 120),
    ("unit", "week"): (1, 14),
}


def _month_of_year(p: dict) -> bool:
    """A month name without a year but placed in one relative to the article:
    "يونيو الماضي", "أغسطس من العام الماضي", "منتصف يوليو الجاري"."""
    return (p.get("type") == "date" and p.get("m") and not p.get("y") and not p.get("d")
            and (p.get("q") in ("past", "current") or p.get("y_rel") in (-1, 0)))


def _month_name_span(p: dict, d0: dt.date, d1: dt.date) -> tuple[dt.date, dt.date] | None:
    """Publication bounds from a month name whose event, in the same sentence,
    took place in that month (d0..d1): "أغسطس من العام الماضي" with an event
    of August 2016 dates the article to 2017; "يونيو الماضي" with one of June
    2023 puts it within the following year; "يوليو الجاري" in that month."""
    m = int(p["m"])
    if m not in (d0.month, d1.month):
        return None  # the month names another time than the event's
    y = d0.year if d0.month == m else d1.year
    last = dt.date(y, m, monthrange(y, m)[1])
    if p.get("y_rel") == -1:
        return dt.date(y + 1, 1, 1), dt.date(y + 1, 12, 31)
    if p.get("y_rel") == 0:
        return d1, dt.date(y, 12, 31)
    if p.get("q") == "current":
        return d1, last
    # "الماضي": the latest such month before the article, which is under a year later
    return d1, dt.date(y + 1, m, monthrange(y + 1, m)[1])


def _same_sentence(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return not _SENT_BREAK.search(text, lo, hi)


def relative_evidence(tagged: list[dict], paragraphs: list[str], reference_events,
                      ) -> tuple[list, list, list]:
    """Bounds from relative expressions tied to a reference event in the same
    sentence ("خلال الأسبوعين الماضيين ... تمرد فاغنر": the article is at most
    about three weeks after the mutiny; "الشهر الماضي": the month after it;
    "العام الماضي": the year after it). Returns (lowers, uppers, notes)."""
    lowers, uppers, notes = [], [], []
    if not tagged or not reference_events:
        return lowers, uppers, notes
    cands = []
    for t in tagged:
        p = t.get("parsed") or {}
        if (p.get("type") == "vague" and p.get("dir") == "past" and p.get("unit")) or (
                p.get("type") == "unit" and p.get("q") == "past") or _month_of_year(p) or (
                p.get("type") == "weekday" and p.get("q") == "past"):
            cands.append(t)
    if not cands:
        return lowers, uppers, notes
    evs = _event_positions(paragraphs, reference_events, {int(t.get("para_idx", -1)) for t in cands})
    tagged = cands
    if not evs:
        return lowers, uppers, notes
    for t in tagged:
        p = t.get("parsed") or {}
        kind = p.get("type")
        if kind == "vague" and p.get("dir") != "past":
            continue
        key = (kind, p.get("unit") if kind in ("vague", "unit") else None)
        unit_step = None
        if kind in ("date", "weekday"):
            pass  # a month name or weekday: bounded once its event is known
        elif kind == "unit" and p.get("q") == "past" and p.get("unit") in ("month", "year"):
            unit_step = p["unit"]
        elif key not in _RECENT_SPANS or (kind == "unit" and p.get("q") != "past"):
            continue
        if kind == "deictic" and p.get("days", 0) > 0:
            continue
        pi = int(t.get("para_idx", -1))
        if not 0 <= pi < len(paragraphs):
            continue
        text = paragraphs[pi]
        near = [e for e in evs if e["para_idx"] == pi and abs(e["start"] - int(t["start"])) <= 300
                and _same_sentence(text, int(t["start"]), e["start"])]
        if not near:
            continue
        # the closest event in the sentence
        ev = min(near, key=lambda e: abs(e["start"] - int(t["start"])))
        d0, d1 = dt.date.fromisoformat(ev["date"]), dt.date.fromisoformat(ev["end"])
        why = f"{ev['id']} ({ev['date']}) with \"{t.get('surface', '')}\""
        if kind == "date":
            span = _month_name_span(p, d0, d1)
            if span is None:
                continue
            lo, hi = span
        elif kind == "weekday":
            # "يوم الجمعة الماضي" naming the weekday of a one-day event: the
            # article is in the six days after it
            if ev["date"] != ev["end"] or d0.weekday() != p.get("wd"):
                continue
            lo, hi = d0 + dt.timedelta(days=1), d0 + dt.timedelta(days=7)
        elif unit_step == "month":
            nxt = dt.date(d0.year + (d0.month == 12), d0.month % 12 + 1, 1)
            lo, hi = nxt, dt.date(nxt.year, nxt.month, monthrange(nxt.year, nxt.month)[1])
        elif key == ("unit", "week"):
            # "الأسبوع الماضي" is the calendar week before the article's (the
            # tagger's convention): the article is in the week after the event
            lo = d1 - dt.timedelta(days=d1.weekday()) + dt.timedelta(weeks=1)
            hi = d0 - dt.timedelta(days=d0.weekday()) + dt.timedelta(days=13)
        elif unit_step == "year":
            lo, hi = dt.date(d0.year + 1, 1, 1), dt.date(d0.year + 1, 12, 31)
        else:
            a, b = _RECENT_SPANS[key]
            lo, hi = d1 + dt.timedelta(days=a), d1 + dt.timedelta(days=b)
        lowers.append((lo.isoformat(), why))
        uppers.append((hi.isoformat(), why))
        notes.append(why)
    return lowers, uppers, notes


# -- tenures -------------------------------------------------------------------
def _roles_of(registry, actor_id: str) -> list[dict]:
    if registry is None:
        return []
    actor = None
    getter = getattr(registry, "get", None)
    if callable(getter):
        actor = getter(actor_id)
    elif isinstance(registry, dict):
        actor = registry.get(actor_id)
    if actor is None:
        return []
    roles = actor.get("roles") if isinstance(actor, dict) else getattr(actor, "roles", None)
    return list(roles or [])


# spellings a registry title may list only once ("الرئيس الأمريكي" / "الرئيس الأميركي")
_SPELLINGS = (("امريكي", "اميركي"),)


def _spelled(key: str) -> set[str]:
    out = {key}
    for a, b in _SPELLINGS:
        out |= {k.replace(a, b) for k in out} | {k.replace(b, a) for k in out}
    return out


@lru_cache(maxsize=4096)
def _title_rx_cached(titles: tuple[str, ...]) -> re.Pattern | None:
    keys = sorted({v for t in titles or [] if str(t).strip() for v in _spelled(" ".join(fold(str(t)).split()))},
                  key=len, reverse=True)
    if not keys:
        return None
    alt = "|".join(r"\s+".join(map(re.escape, k.split())) for k in keys)
    return re.compile(rf"(?:(?<!\w)|(?<=(?<!\w)[وفبلك]))(?:{alt})(?!\w)")


def _title_rx(titles) -> re.Pattern | None:
    return _title_rx_cached(tuple(str(t) for t in titles or []))


_RANKS = [fold(w) for w in ("العميد", "اللواء", "الجنرال", "الفريق", "الأدميرال", "السيد", "الشيخ",
                            "الدكتور", "الأميرال", "المشير", "العقيد")]


def _generic_heads(titles) -> list[str]:
    """"الرئيس الإيراني" -> "الرئيس", "وزير الدفاع الروسي" -> "وزير الدفاع": the
    title without its nationality adjective, as news writes it right before
    the name of a compatriot officeholder; and the whole title, which may stand
    before ranks beyond the context window ("... العقيد الركن تركي المالكي")."""
    heads = []
    for t in titles or []:
        words = fold(str(t)).split()
        heads.append(" ".join(words))
        if len(words) >= 2 and words[-1].startswith("ال") and words[-1].endswith(("ي", "يه")):
            heads.append(" ".join(words[:-1]))
    return heads


@lru_cache(maxsize=4096)
def _generic_rx_cached(heads: tuple[str, ...]) -> re.Pattern | None:
    if not heads:
        return None
    alt = "|".join(r"\s+".join(map(re.escape, h.split()))
                   for h in sorted(set(heads), key=len, reverse=True))
    ranks = "|".join(map(re.escape, _RANKS))
    # the head, then at most a rank ("العقيد الركن"), then the name: only punctuation between
    return re.compile(rf"(?:(?<!\w)|(?<=(?<!\w)[وفبلك]))(?:{alt})\s*[،,]?\s*"
                      rf"(?:(?:{ranks})\s+(?:{fold('الركن')}\s+)?)?[\"«]?\s*$")


def _generic_rx(titles) -> re.Pattern | None:
    return _generic_rx_cached(tuple(_generic_heads(titles)))


_ROLE_RX: dict[tuple[str, ...], tuple] = {}


def _role_rxs(titles) -> tuple:
    """(:func:`_title_rx`, :func:`_generic_rx`) of a role's ``title_ar``,
    remembered per tuple of titles (both are pure functions of it)."""
    key = tuple(str(t) for t in titles or [])
    got = _ROLE_RX.get(key)
    if got is None:
        if len(_ROLE_RX) > 4096:
            _ROLE_RX.clear()
        got = _ROLE_RX[key] = (_title_rx_cached(key), _generic_rx(titles))
    return got


def tenure_evidence(mentions: list[dict], paragraphs: list[str], registry) -> list[dict]:
    """For every person mentioned with one of their titles (within WINDOW
    characters, no السابق/الراحل nearby): actor_id, title, from, to, para_idx.
    When several roles of the same person fit the context, the interval is
    their union (the text supports at least one of them)."""
    out: dict[tuple, dict] = {}
    roles_memo: dict = {}  # actor_id -> roles, once per article
    for mnt in mentions:
        aid = mnt.get("actor_id", "")
        roles = roles_memo.get(aid)
        if roles is None:
            roles = roles_memo[aid] = _roles_of(registry, aid)
        if not roles:
            continue
        pi = int(mnt.get("para_idx", 0))
        if pi >= len(paragraphs):
            continue
        text = paragraphs[pi]
        s, e = int(mnt["start"]), int(mnt["end"])
        lo, hi = max(0, s - WINDOW), min(len(text), e + WINDOW)
        ctx = fold(text[lo:s]) + " " + fold(text[e:hi])
        if _FORMER_RX.search(ctx):
            continue
        just_before = fold(text[max(0, s - 70):s])
        fitting = []
        for r in roles:
            rx, grx = _role_rxs(r.get("title_ar"))
            if rx is not None and rx.search(ctx):
                fitting.append(r)
                continue
            if grx is not None and grx.search(just_before):
                fitting.append(r)
        if not fitting:
            continue
        froms = [_bound(r.get("from"), upper=False) for r in fitting]
        tos = [_bound(r.get("to"), upper=True) for r in fitting]
        frm = "" if not all(froms) else min(froms)
        to = "" if not all(tos) else max(tos)
        title = "/".join(dict.fromkeys(str(r.get("title_en", "")) for r in fitting))
        key = (mnt.get("actor_id"), title)
        out.setdefault(key, {"actor_id": mnt.get("actor_id"), "title": title, "from": frm,
                             "to": to, "para_idx": pi,
                             "spans": sorted(set(zip(froms, tos))) if len(fitting) > 1 else []})
    return list(out.values())


def _one_span(te: dict, earliest: str, latest: str) -> tuple[str, str] | None:
    """Of a person's several terms in the same office (Trump 2017-2021 and
    from 2025), the only one the other evidence (earliest..latest) allows."""
    fits = [(f, t) for f, t in te.get("spans") or ()
            if (not earliest or not t or t >= earliest) and (not latest or not f or f <= latest)]
    return fits[0] if len(fits) == 1 else None


# -- the decision -----------------------------------------------------------------
def _period_start(value: str) -> str:
    if len(value) == 4:
        return value + "-01-01"
    if len(value) == 7:
        return value + "-01"
    return value[:10]


def _period_end(value: str) -> str:
    if len(value) == 4:
        return value + "-12-31"
    if len(value) == 7:
        y, m = int(value[:4]), int(value[5:7])
        return dt.date(y, m, monthrange(y, m)[1]).isoformat()
    return value[:10]


def _text_dates(absolute_timexes: list[dict], paragraphs: list[str],
                planned: list | None = None) -> list[tuple[str, str]]:
    """(start of period, value) of absolute dates the text presents as past.
    Dates governed by a strong future word (ستنتهي، من المقرر، يعتزم...) go to
    ``planned`` as (end of period, value, surface)."""
    out = []
    folded: dict[int, str] = {}
    for t in absolute_timexes:
        v = t.get("value") or ""
        if not v:
            continue
        pi = t.get("para_idx")
        if pi is not None and 0 <= int(pi) < len(paragraphs):
            pi = int(pi)
            if pi not in folded:
                folded[pi] = fold(paragraphs[pi])
            ft = folded[pi]
            # folding may delete diacritics: the window is approximate, which is fine
            s = min(int(t.get("start", 0)), len(ft))
            e = min(int(t.get("end", s)), len(ft))
            kind = _future_kind(ft, s, e)
            if kind == "strong" and planned is not None:
                planned.append((_period_end(v), v, str(t.get("surface", ""))))
            if kind:
                continue
        out.append((_period_start(v), v))
    return out


def _month_range(a: dt.date, b: dt.date):
    y, m = a.year, a.month
    while (y, m) <= (b.year, b.month):
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _relative_months(tagged: list[dict]) -> list[dict]:
    """Tags of months without a year that only the publication date resolves
    ("30 يونيو الماضي", "نوفمبر الجاري", "في مارس")."""
    from . import timexes

    if not tagged:
        return []
    resolved = timexes.resolve(tagged, None)
    return [t for t, r in zip(tagged, resolved)
            if (t.get("parsed") or {}).get("type") == "date" and not r["value"]]


def narrow_by_months(earliest: str, latest: str, rel_tags: list[dict],
                     max_days: int = 400) -> tuple[str, str, str] | None:
    """Narrow a bounded interval (at most ``max_days`` long) with months named
    without a year. Every month of the interval is tried as the publication
    month, and kept when every such month fits it: "نوفمبر الجاري" is that month,
    "يونيو الماضي" one of the eleven before it and "يناير المقبل" one of the eleven
    after it (the same month a year away is "يونيو من العام الماضي"), and a day
    named with الماضي comes before publication. A bare "في مارس" rules nothing out.
    Only these hard rules narrow: a preference for recent months put the publication
    month wrong in three of the four dev articles it alone dated, and the bounds of six
    of twenty stated dates outside them. Returns (earliest, latest, why) or None."""
    from . import timexes

    if not (earliest and latest and rel_tags) or earliest > latest:
        return None
    e, l_ = dt.date.fromisoformat(earliest), dt.date.fromisoformat(latest)
    if (l_ - e).days > max_days:
        return None
    keep = []
    for y, m in _month_range(e, l_):
        lo = max(e, dt.date(y, m, 1))
        hi = min(l_, dt.date(y, m, monthrange(y, m)[1]))
        ok = True
        for t in rel_tags:
            q = t["parsed"].get("q")
            r = timexes.resolve([t], (f"{y:04d}-{m:02d}", "month"))[0]
            if not r["value"]:
                continue
            gap = (y * 12 + m) - (int(r["value"][:4]) * 12 + int(r["value"][5:7]))
            if q == "current" and gap != 0 or q == "past" and not 1 <= gap <= 11 \
                    or q == "next" and not -11 <= gap <= -1:
                ok = False
                break
            if r["precision"] == "day" and q == "past":
                lo = max(lo, dt.date.fromisoformat(r["value"]) + dt.timedelta(days=1))
        if ok and lo <= hi:
            keep.append((lo, hi))
    if not keep:
        return None
    lo, hi = min(k[0] for k in keep), max(k[1] for k in keep)
    if (lo.isoformat(), hi.isoformat()) == (earliest, latest):
        return None
    names = ", ".join(dict.fromkeys(str(t.get("surface", "")) for t in rel_tags))
    return lo.isoformat(), hi.isoformat(), f"months named without a year ({names})"


NEWS_WEEK_DAYS = 6  # a bare weekday names a day of the week before publication


def _today() -> dt.date:
    return dt.date.today()


def _day_tags(tagged: list[dict], paragraphs: list[str]) -> list[tuple[dict, dict]]:
    """(tag, resolution without anchor) of the tags that say something about
    the publication day: dates, weekdays and day words."""
    from . import timexes

    keep = [t for t in tagged if (t.get("parsed") or {}).get("type") in ("date", "hijri", "weekday",
                                                                           "deictic")]
    return list(zip(keep, timexes.resolve(keep, None))) if keep else []


def _past_fact(t: dict, paragraphs: list[str], folded: dict) -> bool:
    pi = t.get("para_idx")
    if pi is None or not 0 <= int(pi) < len(paragraphs):
        return True
    pi = int(pi)
    if pi not in folded:
        folded[pi] = fold(paragraphs[pi])
    ft = folded[pi]
    s = min(int(t.get("start", 0)), len(ft))
    return not _future_kind(ft, s, min(int(t.get("end", s)), len(ft)))


def _yearless_year(p: dict, lower: dt.date, upper: dt.date) -> dt.date | None:
    """"الخميس 20 أكتوبر": the only date of that day and month falling on
    that weekday inside [lower, upper], or None."""
    found = []
    for y in range(lower.year, upper.year + 1):
        try:
            d = dt.date(y, p["m"], p["d"])
        except ValueError:
            continue
        if lower <= d <= upper and d.weekday() == p["wd"]:
            found.append(d)
    return found[0] if len(found) == 1 else None


def news_day_window(tagged: list[dict], paragraphs: list[str], earliest: str = "",
                    latest: str = "", today: dt.date | None = None,
                    background: frozenset[str] = frozenset(),
                    ) -> tuple[str, str, list[str]] | None:
    """Days the article can have been published on, from how it names days.

    The anchor is D, the latest explicit day the text reports as past. D is
    taken as a day of the news week (so the article appeared D..D+6) only
    when the text ties it to a weekday: D written with its own, correct
    weekday ("الثلاثاء 14 أكتوبر"), or a bare weekday of the text ("قال
    الثلاثاء") falling on D. A date written with a weekday but no year gets
    its year when only one year in the evidence interval fits. Then day words
    pin the day: "أمس الأربعاء" says the article is of a Thursday, "أمس
    الأربعاء 19 أكتوبر" of 20 October. Returns (earliest, latest, why) or
    None (no such evidence, a weekday that contradicts its date, or a window
    outside the other evidence). ``background``: ISO days of reference events the text
    refers to ("24 شباط/فبراير 2022", the invasion): history, never the news day."""
    today = today or _today()
    pairs = _day_tags(tagged, paragraphs)
    if not pairs:
        return None
    folded: dict[int, str] = {}
    lo_ev = dt.date.fromisoformat(earliest) if earliest else None
    hi_ev = min(dt.date.fromisoformat(latest), today) if latest else today
    days: list[tuple[dt.date, dict, str]] = []  # (date, parsed, surface)
    bare_wd: set[int] = set()
    pins: list[tuple[int, str]] = []  # (weekday of the publication day, surface)
    yearless = []
    for t, r in pairs:
        p = t["parsed"]
        if p["type"] == "weekday":
            if p.get("q") is None:
                bare_wd.add(p["wd"])
                if "deictic" in p:
                    pins.append(((p["wd"] - p["deictic"]) % 7, f"{t['surface']}"))
            continue
        if p["type"] == "deictic" or not _past_fact(t, paragraphs, folded):
            continue
        v = r["value"]
        if len(v) == 10 and v not in background:
            days.append((dt.date.fromisoformat(v), p, t["surface"]))
        elif p["type"] == "date" and p.get("y") is None and p.get("d") and lo_ev:
            yearless.append((t, p))
    lower = lo_ev - dt.timedelta(days=NEWS_WEEK_DAYS) if lo_ev else None
    for t, p in yearless:
        if "wd" in p:  # "الخميس 20 أكتوبر": its own weekday
            d = _yearless_year(p, lower, hi_ev)
        elif p.get("q") in (None, "current") and bare_wd:
            # "الجلسة التي عقدت في 19 أكتوبر" + "قال ... الأربعاء": the one year
            # of the evidence in which one of the text's weekdays falls on it
            found = {_yearless_year(dict(p, wd=w), lower, hi_ev) for w in bare_wd} - {None}
            d = found.pop() if len(found) == 1 else None
        else:
            d = None
        if d is not None:
            days.append((d, p, t["surface"]))
    if not days:
        return None
    d, p, surface = max(days, key=lambda x: x[0])
    why = []
    if "wd" in p:
        if p["wd"] != d.weekday():
            return None  # the text's weekday contradicts its date: trust neither
        why.append(f"\"{surface}\" names {d.isoformat()} with its weekday")
    elif d.weekday() in bare_wd:
        why.append(f"a bare weekday of the text falls on the latest date {d.isoformat()}")
    elif "deictic" not in p:
        return None
    lo, hi = d, d + dt.timedelta(days=NEWS_WEEK_DAYS)
    if "deictic" in p:
        lo = hi = d - dt.timedelta(days=p["deictic"])
        why.append(f"\"{surface}\" is dated by a day word ({lo.isoformat()})")
    cands = [lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)]
    for wd, surf in pins:
        cands = [c for c in cands if c.weekday() == wd]
        why.append(f"\"{surf}\" with a day word: published on a {_WEEKDAYS_EN[wd]}")
    if lo_ev:
        cands = [c for c in cands if c >= lo_ev]
    cands = [c for c in cands if c <= hi_ev]
    if not cands:
        return None
    return cands[0].isoformat(), cands[-1].isoformat(), why


_WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _best_month(earliest: str, latest: str) -> str:
    """The month holding most of the interval (the earlier on a tie)."""
    e = dt.date.fromisoformat(_period_start(earliest))
    l_ = dt.date.fromisoformat(_period_end(latest))
    best, best_days = earliest[:7], -1
    for y, m in _month_range(e, l_):
        lo = max(e, dt.date(y, m, 1))
        hi = min(l_, dt.date(y, m, monthrange(y, m)[1]))
        days = (hi - lo).days + 1
        if days > best_days:
            best, best_days = f"{y:04d}-{m:02d}", days
    return best


def _days(a: str, b: str) -> int:
    """Days from the start of period ``a`` to the end of period ``b`` (each
    YYYY, YYYY-MM or YYYY-MM-DD; full dates as before)."""
    return (dt.date.fromisoformat(_period_end(b)) - dt.date.fromisoformat(_period_start(a))).days


def decide(stated: tuple[str, str] | None, sidecar: tuple[str, str] | None,
           absolute_timexes: list[dict], mentions: list[dict], paragraphs: list[str],
           registry, reference_events, tagged: list[dict] | None = None) -> dict:
    """Publication date of one article with its interval and evidence.

    ``stated``/``sidecar`` are (ISO value, precision) or None. Returns
    published, published_precision (day/month/year/none), published_source
    (text/metadata/inferred/none), published_earliest, published_latest and
    published_evidence (';'-joined, human-readable).
    """
    evidence: list[str] = []
    lowers: list[tuple[str, str]] = []  # (date, why)
    uppers: list[tuple[str, str]] = []

    planned: list = []
    dates = _text_dates(absolute_timexes or [], paragraphs or [], planned)
    if dates:
        start, value = max(dates)
        lowers.append((start, f"latest date in text {value}"))
    if planned:
        end, value, surface = min(planned)
        uppers.append((end, f"planned date in text {value} (\"{surface}\")"))
    rel_lo, rel_hi, _ = relative_evidence(tagged or [], paragraphs or [], reference_events or [])
    lowers += [(d, f"recent: {why}") for d, why in rel_lo]
    uppers += [(d, f"recent: {why}") for d, why in rel_hi]
    background = set()
    for ev in find_reference_events(paragraphs or [], reference_events or []):
        lowers.append((ev["date"], f"refers to {ev['id']} ({ev['date']})"))
        background.add(str(ev["date"])[:10])
    tenures = tenure_evidence(mentions or [], paragraphs or [], registry)
    single = [te for te in tenures if not te["spans"]]
    lo_single = max([d for d, _ in lowers] + [te["from"] for te in single if te["from"]], default="")
    hi_single = min([d for d, _ in uppers] + [te["to"] for te in single if te["to"]], default="")
    tenure_whys: set[str] = set()
    for te in tenures:
        if te["spans"] and (chosen_span := _one_span(te, lo_single, hi_single)):
            te = {**te, "from": chosen_span[0], "to": chosen_span[1]}
        span = f"{te['from'] or '?'}..{te['to'] or ''}"
        why = f"{te['actor_id']} as {te['title']} ({span})"
        tenure_whys.add(why)
        if te["from"]:
            lowers.append((te["from"], why))
        if te["to"]:
            uppers.append((te["to"], why))
        if not te["from"] and not te["to"]:
            evidence.append(why)

    earliest = max(lowers)[0] if lowers else ""
    # an article is written soon after the latest event it reports
    news_lower = bool(lowers) and max(lowers)[1] not in tenure_whys
    latest = min(uppers)[0] if uppers else ""
    for d, why in sorted(lowers, reverse=True):
        evidence.append(f"after {d}: {why}")
    for d, why in sorted(uppers):
        evidence.append(f"before {d}: {why}")
    conflict = bool(earliest and latest and earliest > latest)
    if conflict:
        lo_why = max(lowers)[1]
        hi_why = min(uppers)[1]
        evidence.append(f"conflict: earliest {earliest} ({lo_why}) > latest {latest} ({hi_why})")
    else:
        narrowed = narrow_by_months(earliest, latest, _relative_months(tagged or []))
        if narrowed:
            earliest, latest, why = narrowed
            evidence.append(f"narrowed to {earliest}..{latest}: {why}")

    result = {"published": "", "published_precision": "none", "published_source": "none",
              "published_earliest": earliest, "published_latest": latest}

    chosen = None
    if stated and stated[0]:
        chosen, source = stated, "text"
    elif sidecar and sidecar[0]:
        chosen, source = sidecar, "metadata"
    if chosen is not None:
        value, precision = chosen[0], chosen[1] or "day"
        if precision == "week":  # a week value is its Monday: keep the month
            value, precision = value[:7], "month"
        if precision not in ("day", "month", "year"):
            precision = {10: "day", 7: "month", 4: "year"}.get(len(value), "none")
        result.update(published=value, published_precision=precision, published_source=source)
        evidence.insert(0, f"{'stated in text' if source == 'text' else 'sidecar'} {value}")
        if not conflict and value and (
                (earliest and _period_end(value) < earliest) or (latest and _period_start(value) > latest)):
            evidence.append(f"conflict: {source} date {value} outside the evidence "
                            f"{earliest or '?'}..{latest or '?'}")
    elif not conflict and (window := news_day_window(tagged or [], paragraphs or [], earliest,
                                                      latest, background=frozenset(background))):
        earliest, latest, why = window
        evidence.append(f"news days {earliest}..{latest}: " + ", ".join(why))
        result.update(published_earliest=earliest, published_latest=latest,
                      published_source="inferred")
        if earliest == latest:
            result.update(published=earliest, published_precision="day")
        else:  # the news day itself or soon after it
            result.update(published=earliest[:7], published_precision="month")
    elif earliest and latest and earliest <= latest:
        span = _days(earliest, latest)
        if span <= MONTH_SPAN_DAYS:
            month = earliest[:7] if news_lower else _best_month(earliest, latest)
            result.update(published=month, published_precision="month",
                          published_source="inferred")
        elif earliest[:4] == latest[:4]:
            result.update(published=earliest[:4], published_precision="year",
                          published_source="inferred")
    result["published_evidence"] = ";".join(evidence)
    return result


def anchor_of(pub: dict) -> dict | None:
    """The anchor :func:`dossier.timexes.resolve` resolves relative expressions
    against, from the result of :func:`decide`.

    A day, month or year anchor: a month or year resolves what it determines
    (الشهر الماضي، العام الماضي، يونيو الماضي) and leaves weekdays and أمس empty;
    an inferred interval resolves only what every day of it agrees on."""
    if not pub.get("published") or pub.get("published_precision") not in ("day", "month", "year"):
        lo, hi = str(pub.get("published_earliest") or "")[:10], str(pub.get("published_latest") or "")[:10]
        if len(lo) == 10 and len(hi) == 10 and lo <= hi:
            # no publication date, but bounds: what every day between them agrees on
            return {"value": "", "precision": "none", "earliest": lo, "latest": hi, "source": "inferred"}
        return None
    return {"value": pub["published"], "precision": pub["published_precision"],
            "earliest": str(pub.get("published_earliest") or "")[:10],
            "latest": str(pub.get("published_latest") or "")[:10],
            "source": pub.get("published_source", "")}
