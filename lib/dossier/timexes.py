"""Arabic temporal tagger: find time expressions, then resolve them.

Two steps, so that the same tags can be resolved against different anchors:

* :func:`tag` finds the spans in one paragraph with a single master regular
  expression compiled at import from ``data/lexicons/months.yaml`` and
  ``data/lexicons/time_words.yaml`` (the knowledge lives in the data), and
  parses each span into a small ``parsed`` dict. Matching runs on the folded
  text (:mod:`dossier.normalize`); offsets and surface are ORIGINAL.
* :func:`resolve` turns parsed tags into the SPEC ``timexes`` columns
  (``value`` ISO ``YYYY`` / ``YYYY-MM`` / ``YYYY-MM-DD`` or ``''``,
  ``precision`` day/week/month/year/none) against an anchor date (the
  article's publication date).
* :func:`tag_article` does both for every paragraph of an article and keeps
  the "date just mentioned" so that "بعد شهرين" counts from it.

Conventions:

* **Week values** are the ISO date of the Monday of that week, with precision
  ``week`` ("الأسبوع الماضي" in an article of Thu 2022-11-10 → ``2022-10-31``);
  a count of weeks is that many weeks from its anchor ("قبل أسبوعين" → ``2022-10-27``,
  precision ``week``).
* **Weekdays** ("الأربعاء") are the most recent such day on or before the
  anchor: on the publication day itself the bare weekday means that day (wire
  copy says "الأربعاء" for today; a week ago it would say "الأربعاء الماضي").
  With الماضي it is strictly before the anchor, with المقبل/القادم strictly
  after it.
* **Months without a year**: with الماضي the latest such month strictly
  before the anchor's month; with الجاري/الحالي the anchor's year; with
  المقبل/القادم the first such month strictly after the anchor's month;
  without a qualifier the latest such month not after the anchor's month.
* **Parts** (مطلع، منتصف، نهاية...) do not change the value ("نهاية نوفمبر"
  → ``2022-11``, "مطلع العام" → ``2022``); they are kept in ``mod``
  (start/mid/end).
* **Years alone** are dates only after عام/العام/سنة (inside the span) or after
  a preposition such as في/منذ/حتى/خلال/بحلول (outside the span), never when a
  counted noun follows ("في 2000 طائرة"); only 1900–2099.
* **Numeric dates** are day-first (``10-11-2022`` = 10 Nov 2022) unless the
  second number cannot be a month (then month-first); ``2022/11/10`` is
  year-month-day.
* **Hijri dates** are converted with ``hijridate``; a Hijri month without a
  day is given the Gregorian month of its 15th day, a Hijri year the
  Gregorian year of its middle.
* **Offsets**: "قبل/منذ N unit" count back from the anchor; "بعد N unit"
  count forward from the date mentioned just before in the article (the
  anchor when there is none). The precision is the coarser of the unit's and
  the base date's.
* **Vague spans** (الأسابيع الماضية، منذ عقود، مؤخرا...) and relative
  expressions without an anchor get ``value=''`` and ``precision='none'``.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from functools import lru_cache
from pathlib import Path

import yaml

from .actors import fold_cached as fold_with_map
from .normalize import fold
from .paths import LEXICON_DIR

# the C loader when PyYAML has it (same objects as safe_load, several times faster)
_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

__all__ = ["tag", "resolve", "tag_article", "Lexicon", "lexicon", "COLUMNS"]

COLUMNS = [
    "article_id", "para_idx", "start", "end", "surface", "value", "precision",
    "anchor", "rule", "mod",
]

_PASS_THROUGH = ("article_id", "para_idx")
_PREC_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "none": 4}
_UNIT_PREC = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "year"}


def _key(s: str) -> str:
    """Folded, single-spaced form of a lexicon entry (dictionary key)."""
    return " ".join(fold(str(s)).split())


def _alt(words) -> str:
    """Regex alternation of folded entries as a character trie (fast in ``re``:
    one character test per level instead of one try per entry). Spaces inside
    an entry match any run of white space; at a branching point the longer
    continuation is tried first, so the longest entry wins."""
    trie: dict = {}
    for w in {_key(w) for w in words if str(w).strip()}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_rx(trie)


def _trie_rx(node: dict) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        sub = _trie_rx(node[ch])
        branches.append((r"\s+" if ch == " " else re.escape(ch)) + sub)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body if len(branches) == 1 else body


def _load_yaml(path: Path):
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_YamlLoader) or {}


class Lexicon:
    """Word lists of the tagger, folded, plus the compiled master pattern."""

    def __init__(self, lexicon_dir: Path | str = LEXICON_DIR):
        lexicon_dir = Path(lexicon_dir)
        months = _load_yaml(lexicon_dir / "months.yaml")
        words = _load_yaml(lexicon_dir / "time_words.yaml")

        self.month_of: dict[str, int] = {}
        for num, traditions in months["gregorian"].items():
            for names in traditions.values():
                for n in names:
                    self.month_of[_key(n)] = int(num)
        self.ambiguous_months = {_key(n) for n in months.get("ambiguous_months", [])}
        self.hijri_month_of = {
            _key(n): int(num) for num, names in months["hijri"].items() for n in names
        }
        self.weekday_of = {
            _key(n): int(num) for num, names in months["weekdays"].items() for n in names
        }
        self.ambiguous_weekdays = {_key(n) for n in months.get("ambiguous_weekdays", [])}

        self.qual_of: dict[str, str] = {}
        for kind, names in words["qualifiers"].items():
            for n in names:
                self.qual_of[_key(n)] = "past" if kind == "previous" else kind
        self.part_of = {_key(n): kind for kind, names in words["parts"].items() for n in names}
        self.deictic_of = {
            _key(n): int(off) for off, names in words["deictic_days"].items() for n in names
        }
        self.needs_tanwin = {_key(n) for n in words.get("needs_tanwin", [])}
        self.unit_of: dict[str, tuple[str, str]] = {}  # word -> (unit, form)
        for unit, forms in words["units"].items():
            for form, names in forms.items():
                for n in names:
                    self.unit_of.setdefault(_key(n), (unit, form))
        self.number_of = {
            _key(n): int(num) for num, names in words["numbers"].items() for n in names
        }
        self.offset_dir = {_key(n): "before" for n in words["offset_before"]}
        self.offset_dir.update({_key(n): "after" for n in words["offset_after"]})
        self.counted_nouns = {_key(n) for n in words.get("counted_nouns", [])}
        self.ordinal_of = {
            _key(n): int(num) for num, names in words.get("ordinal_days", {}).items() for n in names
        }

        self.pattern = re.compile(self._build(months, words))

    # -- master pattern -------------------------------------------------------
    @property
    def trigger(self) -> re.Pattern:
        """Every trigger of the tagger in one pattern (words, or a digit not
        after a digit); :func:`trigger_starts` finds the same starts faster.
        Compiled on first use (the tests)."""
        got = self.__dict__.get("_trigger")
        if got is None:
            got = self.__dict__["_trigger"] = re.compile(
                self.word_trigger.pattern + r"|(?<!\d)\d")
        return got

    def _build(self, months, words) -> str:
        M = _alt(self.month_of)
        HM = _alt(self.hijri_month_of)
        WD = _alt(self.weekday_of)
        Q = _alt(self.qual_of)
        PART = _alt(self.part_of)
        THIS = _alt(words["this"])
        HMARK = _alt(months["hijri_markers"])
        GMARK = _alt(months["gregorian_markers"])
        DAYPART = _alt(words.get("day_parts", []))
        DEICTIC = _alt(self.deictic_of)
        NAMED_UNIT = _alt(
            n for u, forms in words["units"].items() if u != "day"
            for n in forms.get("named", [])
        )
        UNIT = _alt(
            n for u, forms in words["units"].items()
            for f, names in forms.items() if f != "named" for n in names
        )
        NUM = _alt(self.number_of)
        OFFDIR = _alt(self.offset_dir)
        PREP = _alt(words["year_prepositions"])
        YNOUN = _alt(words["year_nouns"])
        COUNTED = _alt(self.counted_nouns)
        ORD = _alt(self.ordinal_of)
        SAME = _alt(words.get("same_year", []))
        vague = words.get("vague", {})
        VAGUE = _alt(vague.get("phrases", []))
        VUNIT = _alt(vague.get("units", []))
        VADJ = _alt(vague.get("adjectives", []))
        RSTART = _alt(words.get("range_starts", []))
        RJOIN = _alt(words.get("range_joins", []))
        RYNOUN = _alt([*words["year_nouns"], *words.get("range_year_nouns", [])])
        SUBPART = _alt(words.get("month_subparts", []))

        D = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
        Y = r"(?:1[89]\d\d|20\d\d)(?!\d|[/.]\d|-\d\d?-)"
        B = r"(?!\w)"

        def month_expr(p: str) -> str:
            return (
                rf"(?P<{p}m1>{M}){B}"
                rf"(?:\s*\(\s*(?P<{p}m2>{M}){B}\s*\)"
                rf"|\s*[/\\\-،,]\s*(?P<{p}m3>{M}){B})?"
            )

        def year_tail(p: str) -> str:
            return (
                rf"(?:\s*[،,]?\s*(?:(?:من\s+)?{YNOUN}\s+)?(?P<{p}y>{Y})(?:\s*{GMARK}{B})?"
                rf"|\s+(?P<{p}q>{Q}){B}|\s*[،,]?\s*(?P<{p}same>{SAME}){B}"
                # "جويلية من العام الماضي": the month of the year before the anchor's
                rf"|\s+(?:من|في)\s+{YNOUN}\s+(?P<{p}yq>{Q}){B})?"
            )

        rules = {
            # 10 شوال 1446 هـ / رمضان 1445
            "hijri": (
                rf"(?:(?P<hj_d>{D})\s+(?:من\s+)?)?(?:شهر\s+)?(?P<hj_m>{HM}){B}\s*[،,]?\s*"
                rf"(?:{YNOUN}\s+)?(?P<hj_y>1[34]\d\d)(?!\d)(?:\s*{HMARK}{B})?"
            ),
            # 1446 هـ / عام 1446 هـ
            "hijri_year": rf"(?:{YNOUN}\s+)?(?P<hy_y>1[34]\d\d)(?!\d)\s*{HMARK}{B}",
            # (بين) 23 و25 شباط/فبراير (2022|الماضي): two tags
            "day_range": (
                rf"(?:{RSTART}\s+)?(?P<dr_d1>{D})\s*(?:{RJOIN})\s*(?P<dr_d2>{D})\s*"
                rf"(?:من\s+)?(?:(?:ال)?شهر\s+)?" + month_expr("dr_") + year_tail("dr_")
            ),
            # بين عامي 2015 و2018 / من 2015 إلى 2018: two tags
            "year_range": (
                rf"{RSTART}\s+(?P<yr_c1>(?:{RYNOUN}\s+)?(?P<yr_y1>{Y}))\s*(?:{RJOIN})\s*"
                rf"(?P<yr_c2>(?:{YNOUN}\s+)?(?P<yr_y2>{Y})(?:\s*{GMARK}{B})?)(?!\s*{COUNTED}{B})"
            ),
            # (الأربعاء،) 24 شباط/فبراير (2022|الماضي)
            "date_dmy": (
                rf"(?:(?:يوم\s+)?(?P<dmy_wd>{WD}){B}\s*[،,]?\s*(?:الموافق\s+)?)?"
                rf"(?P<dmy_d>{D})\s*(?:من\s+)?(?:(?:ال)?شهر\s+)?" + month_expr("dmy_")
                + year_tail("dmy_")
            ),
            # العشرين من الشهر الجاري / 5 من الشهر الماضي: a day of a month named relatively
            "day_rel_month": (
                rf"(?P<drm_d>{ORD}|{D}){B}\s+من\s+(?:هذا\s+)?الشهر\s+(?P<drm_q>{Q}){B}"
            ),
            # العاشر من كانون الأول (2023|الماضي)
            "date_ord": (
                rf"(?:(?:يوم\s+)?(?P<do_wd>{WD}){B}\s*[،,]?\s*|(?P<do_head>{SUBPART})\s+)?"
                rf"(?P<do_d>{ORD}){B}\s+من\s+(?:(?:ال)?شهر\s+)?" + month_expr("do_")
                + year_tail("do_")
            ),
            # 10-11-2022 / 05.08.2024 / 10/11/2022
            "numeric_dmy": (
                r"(?P<nd_a>\d{1,2})(?P<nd_s>[/.\-])(?P<nd_b>\d{1,2})(?P=nd_s)"
                r"(?P<nd_y>(?:19|20)\d\d)(?!\d|[/.\-]\d)"
            ),
            # 2022/11/10 / 2024-04-30
            "numeric_ymd": (
                r"(?P<ny_y>(?:19|20)\d\d)(?P<ny_s>[/.\-])(?P<ny_m>\d{1,2})(?P=ny_s)"
                r"(?P<ny_d>\d{1,2})(?!\d|[/.\-]\d)"
            ),
            # مطلع عام 2022 / نهاية 2023
            "year_part": rf"(?P<yp_part>{PART})\s+(?:{YNOUN}\s+)?(?P<yp_y>{Y})(?:\s*{GMARK}{B})?",
            # (نهاية) (شهر) نوفمبر/تشرين الثاني (2022|الجاري)
            "date_my": (
                rf"(?:(?P<my_part>{PART})\s+)?(?P<my_sh>(?:ال)?شهر\s+)?" + month_expr("my_")
                + year_tail("my_")
            ),
            # عام 2022 / العام 2022
            "year_noun": rf"{YNOUN}\s+(?P<yn_y>{Y})(?:\s*{GMARK}{B})?",
            # في 2001 (span: 2001) / منذ عام 1979 (span: عام 1979)
            "year_prep": (
                rf"{PREP}\s+(?P<yq_core>(?:{YNOUN}\s+)?(?P<yq_y>{Y})(?:\s*{GMARK}{B})?)"
                rf"(?!\s*{COUNTED}{B})"
            ),
            # منذ عقود / الأسابيع الماضية / في هذه الأيام
            "vague": rf"(?:{VAGUE}|ال(?P<vg_u>{VUNIT})\s+(?P<vg_a>{VADJ})){B}",
            # قبل يومين / منذ ثلاثة أيام / بعد شهرين
            "offset": (
                rf"(?P<of_dir>{OFFDIR})\s+(?:(?P<of_n>\d{{1,3}}|{NUM})\s+)?(?P<of_u>{UNIT}){B}"
            ),
            # الأسبوع الماضي / نهاية الشهر الماضي / مطلع العام / هذا العام
            "unit_rel": (
                rf"(?:(?P<ur_part>{PART})\s+)?(?:(?P<ur_this>{THIS})\s+)?(?P<ur_u>{NAMED_UNIT}){B}"
                rf"(?:\s+(?P<ur_q>{Q}){B})?"
            ),
            # (يوم) الأربعاء (الماضي|المقبل)
            "weekday": (
                rf"(?:(?P<wd_pre>يوم|{DAYPART})\s+)?(?P<wd_w>{WD}){B}(?:\s+(?P<wd_q>{Q}){B})?"
            ),
            # أمس / اليوم / غداً / أول أمس
            "deictic": rf"(?:يوم\s+)?(?P<dx>{DEICTIC}){B}",
        }
        self.rule_names = list(rules)
        # Every rule contains one of these words (or a digit): the scan looks
        # for them first, then tries the master pattern from a few words back.
        trig_words = [
            *self.month_of, *self.hijri_month_of, *self.weekday_of, *self.deictic_of,
            *self.unit_of, *vague.get("phrases", []),
            *("ال" + _key(u) for u in vague.get("units", [])),
        ]
        # trigger words; with the digits (trigger_starts), where every match starts
        self.word_trigger = re.compile(rf"(?<!\w)[وفبل]?{_alt(trig_words)}(?!\w)")
        body = "|".join(f"(?P<{name}>{rx})" for name, rx in rules.items())
        # one boundary for all rules; a proclitic و/ف/ب may precede ال-words
        return rf"(?<!\w)(?P<cl>و(?=\w)|[فب](?=ال))?(?:{body})"


@lru_cache(maxsize=4)
def lexicon(lexicon_dir: str | None = None) -> Lexicon:
    return Lexicon(lexicon_dir or LEXICON_DIR)


_LEX = lexicon()
_BEFORE_WORD = re.compile(r"(\w+)\s*$")
_WORD = re.compile(r"(?<!\w)\w")
_LOOKBACK = 4
_PREP_BEFORE = {"في", "خلال", "منذ", "حتى", "من", "الى", "بين", "وفي", "ومنذ", "وحتى", "بحلول", "قبل", "بعد"}


# -- tagging -----------------------------------------------------------------
def tag(text: str, lex: Lexicon | None = None) -> list[dict]:
    """Find and parse the time expressions of one paragraph.

    Returns dicts with ``start``, ``end``, ``surface`` (original offsets and
    text), ``rule`` and ``parsed`` (what :func:`resolve` needs).
    """
    lex = lex or _LEX
    folded = fold_with_map(text)
    ft = folded.text
    out: list[dict] = []
    pos = 0  # end of the last accepted match
    match = lex.pattern.match
    for t in trigger_starts(ft, lex):
        if t < pos:
            continue
        # candidate starts: up to _LOOKBACK words before the trigger, then itself
        lo = max(pos, t - 48)
        cands = [w.start() for w in _WORD.finditer(ft, lo, t)][-_LOOKBACK:]
        cands.append(t)
        for c in cands:
            m = match(ft, c)
            if m is None or m.end() <= t:
                continue
            rule = m.lastgroup
            parsed, span = _parse(m, rule, ft, text, folded, lex)
            if parsed is None:
                continue
            _emit(out, text, folded, rule, parsed, span)
            pos = m.end()
            break
    return _number_sentences(text, _pin_deictics(ft, folded, out))


_DIGITS = re.compile(r"\d+")


def trigger_starts(ft: str, lex: Lexicon | None = None) -> list[int]:
    """``[m.start() for m in lex.trigger.finditer(ft)]``, from two scans: the
    trigger words, and the digit runs (a run starts where ``(?<!\\d)\\d``
    matches). Merged as ``finditer`` would find them: by position, a word
    before a digit at the same position, nothing that starts inside the
    previous trigger."""
    lex = lex or _LEX
    words = [(m.start(), m.end()) for m in lex.word_trigger.finditer(ft)]
    digits = [(m.start(), m.start() + 1) for m in _DIGITS.finditer(ft)]
    if not digits:
        return [s for s, _e in words]
    out = []
    last = 0
    i = j = 0
    nw, nd = len(words), len(digits)
    while i < nw or j < nd:
        if j >= nd or (i < nw and words[i][0] <= digits[j][0]):
            s, e = words[i]
            i += 1
        else:
            s, e = digits[j]
            j += 1
        if s < last:
            continue
        out.append(s)
        last = e
    return out


def _emit(out: list[dict], text: str, folded, rule: str, parsed: dict, span) -> None:
    items = parsed["items"] if parsed["type"] == "multi" else [(parsed, span)]
    for p, (s, e) in items:
        os_, oe = folded.span(s, e)
        while oe < len(text) and text[oe] == "\u0640":  # "1446 هـ": keep the tatweel
            oe += 1
        out.append({"start": os_, "end": oe, "surface": text[os_:oe], "rule": rule, "parsed": p})


_GLUE = re.compile(r"\s*[،,]?\s*")


def _pin_deictics(ft: str, folded, out: list[dict]) -> list[dict]:
    """"أمس الأربعاء", "اليوم الخميس 20 أكتوبر": a day word right before a
    weekday (or a date given with its weekday) ties the publication day to
    it. The weekday/date tag gets ``deictic`` (the day offset), the day word
    ``pinned``; :mod:`dossier.pubdate` uses both."""
    for a, b in zip(out, out[1:]):
        pa, pb = a["parsed"], b["parsed"]
        if pa["type"] != "deictic" or not (
                pb["type"] == "weekday" and pb.get("q") is None or "wd" in pb):
            continue
        gap = text_between(folded, a["end"], b["start"])
        if gap is not None and _GLUE.fullmatch(gap):
            pb["deictic"] = pa["days"]
            pa["pinned"] = True
    return out


def text_between(folded, start: int, end: int) -> str | None:
    """Original text between two original offsets (None when they cross)."""
    if end < start:
        return None
    return folded.original[start:end]


_SENT_BREAK = re.compile(r"[.!?؟؛](?=\s|$)|\n")


def _number_sentences(text: str, out: list[dict]) -> list[dict]:
    """Give every tag the index of its sentence in the paragraph (``sent`` in
    ``parsed``): a month without a year takes the year of a date earlier in
    the same sentence."""
    sent, prev = 0, 0
    for t in out:
        sent += len(_SENT_BREAK.findall(text, prev, t["start"]))
        t["parsed"]["sent"] = sent
        prev = t["end"]
    return out


def tag_scan(text: str, lex: Lexicon | None = None) -> list[dict]:
    """Reference implementation of :func:`tag` (plain left-to-right search of
    the master pattern, no trigger words); slower, used by the tests to check
    that the trigger shortcut finds the same spans."""
    lex = lex or _LEX
    folded = fold_with_map(text)
    ft = folded.text
    out: list[dict] = []
    pos = 0
    while True:
        m = lex.pattern.search(ft, pos)
        if m is None:
            break
        rule = m.lastgroup
        parsed, span = _parse(m, rule, ft, text, folded, lex)
        if parsed is None:
            pos = m.start() + 1
            continue
        _emit(out, text, folded, rule, parsed, span)
        pos = m.end()
    return _number_sentences(text, _pin_deictics(ft, folded, out))


def _month_num(lex: Lexicon, m: re.Match, p: str) -> tuple[int | None, int]:
    """Month number of a (possibly dual) month expression, and where it ends."""
    m1 = _key(m.group(p + "m1"))
    n1 = lex.month_of[m1]
    for g in (p + "m2", p + "m3"):
        if m.group(g):
            n2 = lex.month_of[_key(m.group(g))]
            if n2 != n1:  # two different months: keep the first only
                return n1, m.end(p + "m1")
            return n1, -1
    return n1, -1


def _parse(m: re.Match, rule: str, ft: str, text: str, folded, lex: Lexicon):
    """Parsed form and folded span of a match, or (None, None) to reject it."""
    g = m.group
    start = m.start(rule)
    end = m.end(rule)
    if rule == "day_range":
        return _parse_day_range(m, lex)
    if rule == "year_range":
        y1, y2 = int(g("yr_y1")), int(g("yr_y2"))
        if y2 < y1:
            return None, None
        return ({"type": "multi", "items": [
            ({"type": "year", "y": y1, "mod": None}, (m.start("yr_c1"), m.end("yr_c1"))),
            ({"type": "year", "y": y2, "mod": None}, (m.start("yr_c2"), m.end("yr_c2"))),
        ]}, (m.start("yr_c1"), end))
    if rule in ("date_dmy", "date_my", "date_ord"):
        p = {"date_dmy": "dmy_", "date_my": "my_", "date_ord": "do_"}[rule]
        month, cut = _month_num(lex, m, p)
        y = g(p + "y")
        q = g(p + "q")
        same = bool(g(p + "same"))
        if cut >= 0:  # disagreeing dual name: stop after the first month
            end, y, q, same = cut, None, None, False
        if rule == "date_dmy":
            day = int(g("dmy_d"))
        elif rule == "date_ord":
            day = lex.ordinal_of[_key(g("do_d"))]
        else:
            day = None
        part = lex.part_of.get(_key(g("my_part"))) if rule == "date_my" and g("my_part") else None
        if rule == "date_ord" and g("do_head"):  # "الأسبوع الأول من مارس": a part of March
            part, day = ("start" if day == 1 else None), None
        if rule == "date_my":
            name = _key(g("my_m1"))
            dual = bool(g("my_m2") or g("my_m3")) and cut < 0
            if name in lex.ambiguous_months and not (y or q or dual or part or g("my_sh")):
                prev = _BEFORE_WORD.search(ft, max(0, start - 24), start)
                if not prev or prev.group(1) not in _PREP_BEFORE:
                    return None, None
        parsed = {"type": "date", "y": int(y) if y else None, "m": month, "d": day,
                  "q": lex.qual_of.get(_key(q)) if q else None, "mod": part}
        if same:
            parsed["same_year"] = True
        yq = m.groupdict().get(p + "yq") if cut < 0 else None
        if yq and y is None:
            parsed["y_rel"] = {"past": -1, "current": 0, "next": 1}.get(lex.qual_of.get(_key(yq)), 0)
        wd = g(p + "wd") if rule != "date_my" else None
        if wd and day is not None:  # "الثلاثاء 14 أكتوبر": the weekday the text gives
            parsed["wd"] = lex.weekday_of[_key(wd)]
        return parsed, (start, end)
    if rule == "numeric_dmy":
        a, b, y = int(g("nd_a")), int(g("nd_b")), int(g("nd_y"))
        if not _digit_context_ok(ft, start, end):
            return None, None
        d, mo = (a, b) if b <= 12 else (b, a)
        if not _valid(y, mo, d):
            return None, None
        return {"type": "date", "y": y, "m": mo, "d": d, "q": None, "mod": None}, (start, end)
    if rule == "numeric_ymd":
        y, mo, d = int(g("ny_y")), int(g("ny_m")), int(g("ny_d"))
        if not _digit_context_ok(ft, start, end) or not _valid(y, mo, d):
            return None, None
        return {"type": "date", "y": y, "m": mo, "d": d, "q": None, "mod": None}, (start, end)
    if rule == "hijri":
        hd = int(g("hj_d")) if g("hj_d") else None
        return ({"type": "hijri", "y": int(g("hj_y")), "m": lex.hijri_month_of[_key(g("hj_m"))],
                 "d": hd, "mod": None}, (start, end))
    if rule == "hijri_year":
        return {"type": "hijri", "y": int(g("hy_y")), "m": None, "d": None, "mod": None}, (start, end)
    if rule == "year_part":
        return ({"type": "year", "y": int(g("yp_y")), "mod": lex.part_of[_key(g("yp_part"))]},
                (start, end))
    if rule == "year_noun":
        return {"type": "year", "y": int(g("yn_y")), "mod": None}, (start, end)
    if rule == "year_prep":
        return {"type": "year", "y": int(g("yq_y")), "mod": None}, (m.start("yq_core"), end)
    if rule == "vague":
        if g("vg_u"):  # "الأسبوعين الماضيين": keep the unit for pubdate
            unit, form = lex.unit_of.get(_key(g("vg_u")), ("", ""))
            adj = _key(g("vg_a"))
            way = "next" if adj.startswith(("المقبل", "القادم")) else "past"
            return {"type": "vague", "unit": unit, "form": form, "dir": way}, (start, end)
        return {"type": "vague"}, (start, end)
    if rule == "offset":
        unit, form = lex.unit_of[_key(g("of_u"))]
        n = g("of_n")
        if n:
            n = int(n) if n.isdigit() else lex.number_of[_key(n)]
        elif form == "dual":
            n = 2
        elif form == "singular":
            n = 1
        else:  # "منذ سنوات": a plural without a number is vague
            return {"type": "vague"}, (start, end)
        return ({"type": "offset", "dir": lex.offset_dir[_key(g("of_dir"))], "n": n, "unit": unit},
                (start, end))
    if rule == "day_rel_month":
        d = g("drm_d")
        day = int(d) if d.isdigit() else lex.ordinal_of[_key(d)]
        q = lex.qual_of.get(_key(g("drm_q")))
        return {"type": "unit", "unit": "month", "q": q or "current", "mod": None, "day": day}, (start, end)
    if rule == "unit_rel":
        part = lex.part_of.get(_key(g("ur_part"))) if g("ur_part") else None
        q = lex.qual_of.get(_key(g("ur_q"))) if g("ur_q") else None
        if not (part or q or g("ur_this")):
            return None, None
        unit = lex.unit_of[_key(g("ur_u"))][0]
        return {"type": "unit", "unit": unit, "q": q or "current", "mod": part}, (start, end)
    if rule == "weekday":
        name = _key(g("wd_w"))
        q = lex.qual_of.get(_key(g("wd_q"))) if g("wd_q") else None
        if name in lex.ambiguous_weekdays and not (g("wd_pre") or q) and _the_two(ft, m.start("wd_w"), m.end("wd_w")):
            return None, None  # "بين الاثنين"، "الاثنين معاً": the two, not Monday
        return {"type": "weekday", "wd": lex.weekday_of[name], "q": q}, (start, end)
    if rule == "deictic":
        name = _key(g("dx"))
        if name == "اليوم" and (_outlet_name(ft, m.start("dx"), m.end("dx"))
                                or _SAME_DAY_AFTER.match(ft, m.end("dx"))):
            return None, None  # "روسيا اليوم"; "في اليوم نفسه": the day just named, not today
        if name in lex.needs_tanwin:
            os_, oe = folded.span(m.start("dx"), m.end("dx"))
            orig = text[os_:min(len(text), oe + 2)]
            nxt = ft[m.end("dx"):m.end("dx") + 12]
            if "\u064b" not in orig and not ft[start:end].startswith("يوم") and not any(
                nxt.lstrip().startswith(w) for w in lex.weekday_of
            ):
                return None, None
        return {"type": "deictic", "days": lex.deictic_of[name]}, (start, end)
    return None, None


_THE_TWO_BEFORE = frozenset(_key(w) for w in ("بين", "كلا", "كلتا", "هذين", "هذان", "هاتين", "هاتان", "من", "او",
                                                "و", "مع", "ان", "الى", "على", "عن", "لدى"))
_THE_TWO_AFTER = frozenset(_key(w) for w in ("معا", "معه", "كليهما", "كلاهما"))


def _the_two(ft: str, s: int, e: int) -> bool:
    """Bare "الاثنين" is Monday unless its neighbours make it "the two": a word before it
    such as بين، كلا، من or a preposition, or معاً after it."""
    before = ft[max(0, s - 12):s].split()
    after = ft[e:e + 10].split()
    return bool(before and before[-1] in _THE_TWO_BEFORE) or bool(after and after[0].strip("،,.") in _THE_TWO_AFTER)


def _parse_day_range(m: re.Match, lex: Lexicon):
    """"بين 23 و25 فبراير": the first day (its own span, the number) takes the
    month, year or qualifier of the second; "من 28 إلى 2 مارس" starts in the
    month before."""
    g = m.group
    d1, d2 = int(g("dr_d1")), int(g("dr_d2"))
    month, cut = _month_num(lex, m, "dr_")
    end = m.end("day_range")
    y, q, same = g("dr_y"), g("dr_q"), bool(g("dr_same"))
    if cut >= 0:
        end, y, q, same = cut, None, None, False
    y = int(y) if y else None
    q = lex.qual_of.get(_key(q)) if q else None
    second = {"type": "date", "y": y, "m": month, "d": d2, "q": q, "mod": None}
    m1, y1 = month, y
    if d1 >= d2:  # crosses into the named month
        m1 = 12 if month == 1 else month - 1
        if y1 is not None and month == 1:
            y1 -= 1
    if y1 is not None and not _valid(y1, m1, d1) or y is not None and not _valid(y, month, d2):
        return None, None
    first = {"type": "date", "y": y1, "m": m1, "d": d1, "q": q, "mod": None}
    if same:
        first["same_year"] = second["same_year"] = True
    return ({"type": "multi", "items": [
        (first, (m.start("dr_d1"), m.end("dr_d1"))),
        (second, (m.start("dr_d2"), end)),
    ]}, (m.start("dr_d1"), end))


_OUTLET_BEFORE = re.compile(
    r"(?:(?:قناه|موقع|شبكه|صحيفه|وكاله|تلفزيون)\s+[\"«]?\s*\w+|[-–|]\s*\w+)\s+$")
_SAME_DAY_AFTER = re.compile(r"\s+(?:نفسه|ذاته|عينه|التالي|السابق|الذي|الاول|الثاني|الثالث)\b")
_QUOTED_BEFORE = re.compile(r"[\"«]\s*\w+\s+$")


def _outlet_name(ft: str, start: int, end: int) -> bool:
    """"قناة روسيا اليوم", "«الخليج اليوم»", "الرياض - الخليج اليوم": اليوم as
    the last word of a media name, not today."""
    lo = max(ft.rfind("\n", 0, start) + 1, start - 40)
    if _OUTLET_BEFORE.search(ft, lo, start):
        return True
    return bool(_QUOTED_BEFORE.search(ft, lo, start)) and ft[end:end + 2].lstrip()[:1] in ('"', "»")


def _digit_context_ok(ft: str, start: int, _end: int) -> bool:
    """Reject numeric dates glued to longer number strings (1.05.08.2024)."""
    return not (start >= 2 and ft[start - 1] in "/.-" and ft[start - 2].isdigit())


def _valid(y: int, m: int, d: int | None) -> bool:
    if not (1 <= m <= 12):
        return False
    if d is None:
        return True
    return 1 <= d <= monthrange(y, m)[1]


# -- resolution ----------------------------------------------------------------
def _as_date(anchor) -> dt.date | None:
    a = _as_anchor(anchor)
    return a[0] if a and a[1] == "day" else None


def _as_anchor(anchor) -> tuple[dt.date, str] | None:
    """(date, precision) of an anchor: a date (day), an ISO string
    ``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY``, or a pair (value, precision);
    None when unknown. A month anchor is the 1st of its month, a year anchor
    the 1st of January."""
    if anchor is None or anchor == "":
        return None
    if isinstance(anchor, dt.datetime):
        return anchor.date(), "day"
    if isinstance(anchor, dt.date):
        return anchor, "day"
    prec = None
    if isinstance(anchor, (tuple, list)):
        if not anchor:
            return None
        anchor, prec = anchor[0], (anchor[1] if len(anchor) > 1 else None)
        if isinstance(anchor, dt.date):
            return (anchor if not isinstance(anchor, dt.datetime) else anchor.date(),
                    prec if prec in ("day", "month", "year") else "day")
    got = _parse_value(str(anchor).strip()[:10])
    if got is None:
        return None
    d, p = got
    if prec in ("month", "year") and _PREC_RANK[prec] > _PREC_RANK[p]:
        p = prec  # a coarser precision than the value shows (e.g. a day of an inferred month)
        d = d.replace(day=1) if p == "month" else d.replace(month=1, day=1)
    return d, p


def _add_months(d: dt.date, n: int) -> dt.date:
    idx = d.year * 12 + d.month - 1 + n
    y, m = divmod(idx, 12)
    return dt.date(y, m + 1, min(d.day, monthrange(y, m + 1)[1]))


def _fmt(d: dt.date, precision: str) -> str:
    if precision == "day":
        return d.isoformat()
    if precision == "week":
        return (d - dt.timedelta(days=d.weekday())).isoformat()
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if precision == "year":
        return f"{d.year:04d}"
    return ""


def _value(p: dict, d: dt.date, precision: str) -> str:
    """The ISO value of a resolved expression: "قبل أسبوعين" is the day two weeks back (a
    week's precision, not the Monday of a calendar week as "الأسبوع الماضي")."""
    if precision == "week" and p.get("type") == "offset" and p.get("unit") == "week":
        return d.isoformat()
    return _fmt(d, precision)


def _coarser(a: str, b: str) -> str:
    return a if _PREC_RANK[a] >= _PREC_RANK[b] else b


def _parse_value(value: str) -> tuple[dt.date, str] | None:
    """(date, precision) of an ISO value produced here (weeks are not told apart)."""
    try:
        if len(value) == 4:
            return dt.date(int(value), 1, 1), "year"
        if len(value) == 7:
            return dt.date(int(value[:4]), int(value[5:7]), 1), "month"
        if len(value) == 10:
            return dt.date.fromisoformat(value), "day"
    except ValueError:
        return None
    return None


_NEEDS = {  # finest anchor precision each kind of relative expression needs
    "deictic": "day", "weekday": "day",
    ("unit", "week"): "day", ("unit", "month"): "month", ("unit", "year"): "year",
    ("offset", "day"): "day", ("offset", "week"): "day", ("offset", "month"): "month",
    ("offset", "year"): "year", ("offset", "decade"): "year",
    # months without a year: الجاري needs the year only, the others the month
    ("date", "current"): "year", ("date", "past"): "month", ("date", "next"): "month",
    ("date", None): "month",
}


def _anchor_ok(p: dict, aprec: str) -> bool:
    t = p["type"]
    key = t if t in ("deictic", "weekday") else (t, p.get("unit") if t != "date" else p.get("q"))
    need = _NEEDS.get(key, "day")
    return _PREC_RANK[aprec] <= _PREC_RANK[need]


def _resolve_one(p: dict, anchor: tuple[dt.date, str] | None,
                 last: tuple[dt.date, str] | None):
    """Return (value date or None, precision, anchor used or None).

    ``anchor`` is (date, precision): a month or year anchor resolves only
    what it determines ("الشهر الماضي" from a month, "العام الماضي" from a
    year) and leaves weekdays, أمس and weeks unresolved."""
    t = p["type"]
    if t == "vague":
        return None, "none", None
    if t == "date" and p["y"] is not None:
        y, mo, d = p["y"], p["m"], p["d"]
        if d is not None and _valid(y, mo, d):
            return dt.date(y, mo, d), "day", None
        return dt.date(y, mo, 1), "month", None
    if t == "year":
        return dt.date(p["y"], 1, 1), "year", None
    if t == "hijri":
        return _hijri(p)
    from_last = t == "offset" and p["dir"] == "after" and last
    if not from_last and (anchor is None or not _anchor_ok(p, anchor[1])):
        return None, "none", None
    if anchor is not None:
        adate, aprec = anchor
        used = _fmt(adate, aprec)
    else:
        adate, aprec, used = None, "none", None
    if t == "date":
        mo, d = p["m"], p["d"]
        ay, am = adate.year, adate.month
        q = p.get("q")
        if p.get("y_rel") is not None:
            y = ay + p["y_rel"]
        elif q == "past":
            y = ay if mo < am else ay - 1
        elif q == "current":
            y = ay
        elif q == "next":
            y = ay if mo > am else ay + 1
        else:
            y = ay if mo <= am else ay - 1
        if d is not None and _valid(y, mo, d):
            return dt.date(y, mo, d), "day", used
        return dt.date(y, mo, 1), "month", used
    if t == "deictic":
        return adate + dt.timedelta(days=p["days"]), "day", used
    if t == "weekday":
        delta = (adate.weekday() - p["wd"]) % 7
        if p["q"] == "next":
            ahead = (p["wd"] - adate.weekday()) % 7 or 7
            return adate + dt.timedelta(days=ahead), "day", used
        if p["q"] == "past" and delta == 0:
            delta = 7
        return adate - dt.timedelta(days=delta), "day", used
    if t == "unit":
        step = {"past": -1, "current": 0, "next": 1}[p["q"]]
        unit = p["unit"]
        if unit == "week":
            return adate + dt.timedelta(weeks=step), "week", used
        if unit == "month":
            first = _add_months(adate.replace(day=1), step)
            if p.get("day"):  # "العشرين من الشهر الجاري"
                if p["day"] > monthrange(first.year, first.month)[1]:
                    return None, "none", used
                return first.replace(day=p["day"]), "day", used
            return first, "month", used
        return dt.date(adate.year + step, 1, 1), "year", used
    if t == "offset":
        unit, n = p["unit"], p["n"]
        if from_last:
            base, base_prec = last
        else:
            base, base_prec = adate, aprec
        sign = 1 if p["dir"] == "after" else -1
        if unit == "day":
            d = base + dt.timedelta(days=sign * n)
        elif unit == "week":
            d = base + dt.timedelta(weeks=sign * n)
        elif unit == "month":
            d = _add_months(base, sign * n)
        else:
            years = n * (10 if unit == "decade" else 1)
            y = base.year + sign * years
            d = base.replace(year=y, day=min(base.day, monthrange(y, base.month)[1]))
        prec = _coarser(_UNIT_PREC[unit], base_prec)
        if _PREC_RANK[prec] > _PREC_RANK[_UNIT_PREC[unit]] and unit in ("day", "week"):
            return None, "none", None  # "بعد يومين" from a month: unknown day
        return d, prec, _fmt(base, base_prec)
    return None, "none", None


def _hijri(p: dict):
    from hijridate import Hijri

    try:
        if p["m"] is None:
            g = Hijri(p["y"], 6, 15).to_gregorian()
            return dt.date(g.year, 1, 1), "year", None
        if p["d"] is None:
            g = Hijri(p["y"], p["m"], 15).to_gregorian()
            return dt.date(g.year, g.month, 1), "month", None
        g = Hijri(p["y"], p["m"], p["d"]).to_gregorian()
        return dt.date(g.year, g.month, g.day), "day", None
    except (ValueError, OverflowError):
        return None, "none", None


def _year_from_context(p: dict, where: tuple, state: dict) -> int | None:
    """The year a month without a year borrows: "22 آب من ذلك العام" takes the
    year of the date mentioned before it; an unqualified month ("في 22 آب")
    takes the year of an explicit date earlier in the same sentence."""
    if p["type"] != "date" or p["y"] is not None or "y_rel" in p:
        return None  # ("أكتوبر من العام الماضي" names its year after a "يوليوز 2015")
    ctx = state.get("year_ctx")
    if ctx is None:
        return None
    if p.get("same_year"):
        return ctx[1]
    if p.get("q") is None and ctx[0] == where:
        return ctx[1]
    return None


MAX_RANGE_DAYS = 400  # an inferred interval longer than this resolves nothing by itself


def _inferred_range(anchor) -> tuple[dt.date, dt.date] | None:
    """(earliest, latest) of an inferred publication date given as a dict
    ``{"earliest", "latest", "source": "inferred"}`` (or with ``value`` only);
    None for a stated/sidecar anchor or an interval longer than MAX_RANGE_DAYS."""
    if not isinstance(anchor, dict) or anchor.get("source") != "inferred":
        return None
    lo = str(anchor.get("earliest") or "")[:10]
    hi = str(anchor.get("latest") or "")[:10]
    if not (len(lo) == 10 and len(hi) == 10):
        v = str(anchor.get("value") or "")
        if len(v) != 10 or anchor.get("precision", "day") != "day":
            return None
        lo = hi = v
    try:
        a, b = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
    except ValueError:
        return None
    if a > b or (b - a).days > MAX_RANGE_DAYS:
        return None
    return a, b


def _range_label(rng: tuple[dt.date, dt.date]) -> str:
    a, b = rng
    return "inferred:" + (a.isoformat() if a == b else f"{a.isoformat()}..{b.isoformat()}")


@lru_cache(maxsize=4096)
def _range_days(rng: tuple[dt.date, dt.date]) -> tuple[dt.date, ...]:
    """The days of an interval a resolution is tried on: every day of up to two months;
    for longer ones the first and last day of each month. Every relative expression moves
    forward with its anchor (أمس، الثلاثاء، الشهر الماضي، يونيو الماضي), so one that gives
    the same value on both ends of a month gives it on every day between."""
    a, b = rng
    if (b - a).days <= 62:
        return tuple(a + dt.timedelta(days=i) for i in range((b - a).days + 1))
    days = {a, b}
    y, m = a.year, a.month
    while (y, m) <= (b.year, b.month):
        first, last = dt.date(y, m, 1), dt.date(y, m, monthrange(y, m)[1])
        days.update(d for d in (first, last) if a <= d <= b)
        y, m = (y, m + 1) if m < 12 else (y + 1, 1)
    return tuple(sorted(days))


def _resolve_range(p: dict, rng: tuple[dt.date, dt.date], last):
    """Resolve against every day of an inferred interval (see _range_days): the
    value is kept only when all of them give the same one (a weekday named in an
    article of Wed..Tue known to follow the Wednesday is that Wednesday; "أمس" is
    unknown), so no day is ever invented."""
    got = None
    for day in _range_days(rng):
        d, prec, used = _resolve_one(p, (day, "day"), last)
        if d is None:
            return None, "none", None
        key = (_value(p, d, prec), prec)
        if got is None:
            got = (key, d, prec, used == day.isoformat(), used)
        elif key != got[0]:
            return None, "none", None
    _, d, prec, from_anchor, used = got
    return d, prec, (_range_label(rng) if from_anchor else used)


def _resolve_seq(tagged: list[dict], anchor, state: dict) -> list[dict]:
    rng0 = _inferred_range(anchor)
    if isinstance(anchor, dict):
        anchor = (anchor.get("value") or "", anchor.get("precision") or "")
    anchor = _as_anchor(anchor)
    out = []
    for t in tagged:
        p = t["parsed"]
        where = (t.get("article_id"), t.get("para_idx"), p.get("sent"))
        year = _year_from_context(p, where, state)
        if year is not None:
            p = dict(p, y=year)
        rng = rng0  # the interval pubdate.decide inferred for this article
        if rng is not None and not (p["type"] in ("year", "hijri", "vague")
                                    or p["type"] == "date" and p["y"] is not None):
            d, prec, used = _resolve_range(p, rng, state.get("last"))
        else:
            d, prec, used = _resolve_one(p, anchor, state.get("last"))
        if year is not None and d is not None:
            used = str(year)
        if d is not None and p["type"] in ("date", "year", "hijri") and (
                used is None or p["type"] == "date" and p.get("q") == "next"):
            # "14 نونبر المقبل، على أن تدخل حيز التنفيذ مطلع دجنبر": a month
            # named after an absolute or a coming date goes with its year
            state["year_ctx"] = (where, d.year)
        value = _value(p, d, prec) if d is not None else ""
        if t["parsed"]["type"] == "vague":
            pass
        elif value:
            state["last"] = (d, prec)
        else:  # a date was mentioned but cannot be resolved: nothing to count from
            state["last"] = None
        if not value:
            prec = "none"
        out.append({
            **{k: t[k] for k in _PASS_THROUGH if k in t},
            "start": t["start"], "end": t["end"], "surface": t["surface"],
            "value": value, "precision": prec,
            "anchor": used or "",
            "rule": t["rule"], "mod": t["parsed"].get("mod") or "",
        })
    return out


def resolve(tagged: list[dict], anchor: dt.date | None) -> list[dict]:
    """SPEC timex columns (start, end, surface, value, precision) plus anchor,
    rule and mod, for tags of :func:`tag` (one paragraph) or of
    :func:`tag_article` (a whole article: article_id and para_idx are kept),
    resolved against ``anchor`` (a date, an ISO string or None). The tags are
    read in order, so "بعد شهرين" counts from the date mentioned before it."""
    return _resolve_seq(tagged, anchor, {})


_UNSET = object()


def tag_article(article_id: str, paragraphs: list[str], anchor=_UNSET) -> list[dict]:
    """Tag every paragraph of an article (records get article_id, para_idx).

    With an ``anchor`` (a date, ISO string, or None for "unknown") the records
    are resolved: the SPEC timexes rows. Without it they are the raw tags, to
    be resolved later with :func:`resolve` (e.g. once with None to collect
    absolute dates for the publication date, then against that date). Either
    way "بعد شهرين" counts from the date mentioned just before it, across
    paragraphs."""
    tagged = [{"article_id": article_id, "para_idx": i, **t}
              for i, para in enumerate(paragraphs) for t in tag(para)]
    if anchor is _UNSET:
        return tagged
    return _resolve_seq(tagged, anchor, {})
