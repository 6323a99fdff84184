"""Read one article file: bytes → text → clean paragraphs, headline, dateline, outlet.

Pure functions, no side effects on the corpus folder: files are only read.
The rules that decide what is web chrome live in
``data/lexicons/boilerplate.yaml``.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import re._constants as _sre_constants
import re._parser as _sre_parser
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

import yaml

from .normalize import fold, fold_with_map
from .paths import LEXICON_DIR

_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 50 * 1024 * 1024  # larger files are refused with a status, not read

# Magic numbers of formats that are not text at all.
_MAGIC = [
    (b"%PDF", "a PDF document: convert it to text first"),
    (b"PK\x03\x04", "a ZIP/Office document: save it as text first"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Office document: save it as text first"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
]

# Control characters other than tab and newline are dropped from text.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_RE = re.compile("[A-Za-z]")
_ARABIC_RUN_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+")
_SENTENCE_END_RE = re.compile(r"[.!?؟…]\s*$")


@dataclass
class Article:
    """What ingestion knows about one file."""

    article_id: str
    path: str
    status: str = "ok"
    message: str = ""
    encoding: str = ""
    sha256: str = ""
    n_bytes: int = 0
    title: str = ""
    title_source: str = "none"
    outlet: str = ""
    outlet_source: str = "none"
    dateline: str = ""  # the dateline line(s) as written
    dateline_time: str = ""  # HH:MM when the dateline states a time
    dateline_place: str = ""  # "لندن" in "لندن – الأربعاء 11 أيلول/سبتمبر 2024"
    html_published: str = ""  # a date found in HTML metadata
    language: str = ""
    paragraphs: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # headline, body, subheading, caption


@dataclass(frozen=True)
class BoilerplateRules:
    drop_lines: re.Pattern
    breadcrumb: re.Pattern
    tail_markers: re.Pattern
    outlet_suffix: tuple[re.Pattern, ...]
    outlet_prefix: re.Pattern
    not_outlets: frozenset[str]
    section_label: re.Pattern
    time_line: re.Pattern
    dateline_prefix: re.Pattern
    dateline_time_suffix: re.Pattern | None = None
    dateline_update: re.Pattern | None = None
    dateline_widgets: re.Pattern | None = None
    # faster tests with the same answers as drop_lines.match / breadcrumb.match
    # (None: use those); see _split_drop_lines and _required_chars
    drop_anchored: re.Pattern | None = None
    drop_anywhere: tuple[re.Pattern, ...] = ()
    breadcrumb_chars: str | None = None


def _alternation(patterns: list[str]) -> re.Pattern:
    return re.compile("^(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s*$")


def _is_any_run(item) -> bool:
    """Whether a parsed item is ``.*``."""
    op, av = item
    return (op is _sre_constants.MAX_REPEAT and av[0] == 0 and av[1] == _sre_constants.MAXREPEAT
            and list(av[2]) == [(_sre_constants.ANY, None)])


def _split_drop_lines(patterns: list[str]) -> tuple[re.Pattern | None, tuple[re.Pattern, ...]]:
    """Split the drop_lines alternatives into an anchored alternation and the
    ``.*X.*`` ones, which (on a line without newline) match exactly when X is
    found anywhere: a search for X skips to X's first characters instead of
    backtracking over the line."""
    anchored, anywhere = [], []
    for p in patterns:
        items = _sre_parser.parse(p).data
        if (len(items) >= 3 and _is_any_run(items[0]) and _is_any_run(items[-1])
                and p.startswith(".*") and p.endswith(".*") and not p.endswith("\\.*")
                and not re.search(r"\\\d|\(\?P=", p)):
            anywhere.append(re.compile(p[2:-2]))
        else:
            anchored.append(p)
    return (_alternation(anchored) if anchored else None), tuple(anywhere)


def _required_chars(pattern: str) -> str | None:
    """Characters of which every match holds at least one (the first
    mandatory literal or literal set of the pattern), or None if unknown."""
    def walk(items) -> str | None:
        for op, av in items:
            if op is _sre_constants.LITERAL:
                return chr(av)
            if op is _sre_constants.IN and all(o is _sre_constants.LITERAL for o, _ in av):
                return "".join(chr(c) for _, c in av)
            if op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT) and av[0] >= 1:
                found = walk(av[2])
            elif op is _sre_constants.SUBPATTERN and not av[1] and not av[2]:
                found = walk(av[3])
            else:
                continue
            if found:
                return found
        return None

    parsed = _sre_parser.parse(pattern)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return walk(parsed.data)


@lru_cache(maxsize=4)
def load_rules(path: Path | None = None) -> BoilerplateRules:
    """Load the boilerplate rules (cached)."""
    data = yaml.load((path or LEXICON_DIR / "boilerplate.yaml").read_text(encoding="utf-8"),
                     Loader=_YamlLoader)  # the C loader: same objects, faster
    drop_anchored, drop_anywhere = _split_drop_lines(data["drop_lines"])
    return BoilerplateRules(
        drop_lines=_alternation(data["drop_lines"]),
        breadcrumb=re.compile(data["breadcrumb"]),
        tail_markers=_alternation(data["tail_markers"]),
        outlet_suffix=tuple(re.compile(p) for p in data["outlet_suffix"]),
        outlet_prefix=re.compile(data["outlet_prefix"]),
        not_outlets=frozenset(fold(x) for x in data["not_outlets"]),
        section_label=_alternation(data["section_labels"]),
        time_line=re.compile(data["time_line"]),
        dateline_prefix=re.compile(data["dateline_prefix"]),
        dateline_time_suffix=re.compile(data["dateline_time_suffix"]) if data.get("dateline_time_suffix") else None,
        dateline_update=re.compile(data["dateline_update"]) if data.get("dateline_update") else None,
        dateline_widgets=_alternation(data["dateline_widgets"]) if data.get("dateline_widgets") else None,
        drop_anchored=drop_anchored,
        drop_anywhere=drop_anywhere,
        breadcrumb_chars=_required_chars(data["breadcrumb"]),
    )


# ---------------------------------------------------------------- decoding


# control bytes of a binary file: below TAB, or 14..31 except ESC
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b < 32 and b != 27)


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > 0.10


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without BOM shows NULs in every other byte for ASCII/Arabic."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    for enc, ratio in (("utf-16-le", odd), ("utf-16-be", even)):
        if ratio > 0.3:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def _plausibility(text: str) -> float:
    """Share of characters that are letters, digits, spaces or punctuation
    of a normal Arabic or Latin text (mojibake lowers it)."""
    if not text:
        return 0.0
    good = 0
    for ch in text[:20000]:
        cat = unicodedata.category(ch)
        if (ch in " \n\t" or cat in ("Nd", "Po", "Pd", "Ps", "Pe", "Pi", "Pf", "Mn")
                or (cat.startswith("L") and ("\u0600" <= ch <= "\u06ff" or ch.isascii()))):
            good += 1
    return good / min(len(text), 20000)


def decode(data: bytes) -> tuple[str | None, str, str]:
    """Return ``(text, encoding, problem)``; ``text`` is None when the bytes
    are not a text we can read, and ``problem`` then says why (``binary``,
    ``not_text`` or ``undecodable``) after a colon."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return None, "", f"not_text:{what}"
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc, ""
            except UnicodeDecodeError as exc:
                return None, "", f"undecodable:{enc} byte-order mark but invalid {enc} ({exc.reason})"
    text16 = _utf16_without_bom(data)
    if text16 is not None and _plausibility(text16) > 0.8:
        return text16, "utf-16", ""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if _looks_binary(data):
            return None, "", "binary:mostly control bytes, not text"
        return text, "utf-8", ""
    if _looks_binary(data):
        return None, "", "binary:mostly control bytes, not text"
    # Single-byte Arabic code pages: decode with each and keep the most
    # plausible reading, provided it really reads as text.
    best: tuple[float, str, str] | None = None
    for enc in ("cp1256", "iso-8859-6"):
        try:
            candidate = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausibility(candidate)
        if best is None or score > best[0]:
            best = (score, enc, candidate)
    if best is not None and best[0] >= 0.85 and _ARABIC_RE.search(best[2]):
        return best[2], best[1], ""
    return None, "", "undecodable:not UTF-8, UTF-16 or an Arabic code page (Windows-1256, ISO-8859-6)"


# ---------------------------------------------------------------- HTML


class _VisibleText(HTMLParser):
    """Collect the visible text of an HTML page, one block per line."""

    _HIDDEN = {"script", "style", "nav", "footer", "header", "aside", "noscript", "form",
               "template", "svg", "iframe", "button", "select"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
              "article", "blockquote", "figcaption", "pre", "dd", "dt", "title", "time"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0
        self.title = ""
        self.h1 = ""
        self.published = ""
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "meta":
            prop = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if prop in {"article:published_time", "datepublished", "pubdate", "date",
                        "og:published_time", "publish-date"} and a.get("content"):
                self.published = self.published or (a.get("content") or "")
            return
        if tag in self._HIDDEN:
            self.hidden_depth += 1
        if tag in self._BLOCK:
            self.parts.append("\n")
        self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN and self.hidden_depth:
            self.hidden_depth -= 1
        if tag in self._BLOCK:
            self.parts.append("\n")
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("meta",):
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        current = self._in[-1] if self._in else ""
        if current == "title":
            self.title += data
            return
        if self.hidden_depth:
            return
        if current == "h1":
            self.h1 += data
        self.parts.append(data)


def looks_like_html(text: str, suffix: str) -> bool:
    if suffix.lower() in (".html", ".htm", ".xhtml"):
        return True
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def html_to_text(text: str) -> tuple[str, str, str]:
    """Return ``(visible_text, headline, published)`` of an HTML page."""
    parser = _VisibleText()
    parser.feed(text)
    parser.close()
    body = "".join(parser.parts)
    headline = " ".join((parser.h1 or parser.title).split())
    return body, headline, parser.published.strip()


# ---------------------------------------------------------------- cleaning


def clean_text(text: str) -> str:
    """Normalise line ends, Unicode form and drop NUL and control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_RE.sub("", text)
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return unicodedata.normalize("NFC", text)


def _is_chrome(line: str, folded_line: str, rules: BoilerplateRules) -> bool:
    # breadcrumbs are matched on the raw line: folding turns » into a quote
    if rules.drop_anchored is None and not rules.drop_anywhere:
        if rules.drop_lines.match(folded_line):
            return True
    else:
        if rules.drop_anchored is not None and rules.drop_anchored.match(folded_line):
            return True
        for pat in rules.drop_anywhere:
            if pat.search(folded_line):
                return True
    chars = rules.breadcrumb_chars
    if chars is not None and not any(map(line.__contains__, chars)):
        return False
    if "«" in line:
        # "مناورات «حزام الأمن البحري» في بحر عمان": a » closing a « is a quote, not a separator
        line = _GUILLEMETS_RE.sub("ق", line)
    return bool(rules.breadcrumb.match(line))


_GUILLEMETS_RE = re.compile(r"«[^«»]*»")


def _nav_bar(line: str) -> bool:
    """"دجلة نيوز | الأخبار الدولية": two to five short labels between bars, no digits."""
    if "|" not in line or len(line) > 80 or any(ch.isdigit() for ch in line):
        return False
    segs = [seg.split() for seg in line.split("|")]
    return 2 <= len(segs) <= 5 and all(1 <= len(seg) <= 3 for seg in segs)


def _is_headline_like(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 25 and len(line) <= 180 and not _SENTENCE_END_RE.search(line)


_SEGMENT_SPLIT_RE = re.compile(r"\s+[-–—|]\s+|\s*\|\s*|\s+[-–—](?=\S)|(?<=\S)[-–—]\s+")


def _covered(segment: str) -> float:
    """Share of a segment's non-space characters inside temporal expressions."""
    from .timexes import tag  # late import: timexes compiles its lexicons at load

    found = tag(segment)
    letters = len(segment.replace(" ", ""))
    if not found or not letters:
        return 0.0
    return sum(len(t["surface"].replace(" ", "")) for t in found) / letters


def _prefix_cut(text: str, rules: BoilerplateRules) -> int:
    """Length in ``text`` of a dateline prefix ("نُشر في:"، "بتاريخ") at its start, whole
    words only ("فيفري 2023" and "فيينا" start with no "في")."""
    folded = fold_with_map(text)
    f = folded.text
    cut = rules.dateline_prefix.match(f).end()
    if not cut or cut < len(f) and f[cut - 1] not in " :":
        return 0
    return folded.to_original(cut)


def _date_line(line: str, rules: BoilerplateRules) -> tuple[str, str, str] | None:
    """Recognise a dateline and return ``(date_part, place, outlet)``.

    A dateline is a short line that is nothing but a date ("في 2022/11/10",
    "30 أبريل 2024"), or short segments joined by dashes or bars of which one
    is a date: "لندن – الأربعاء 11 أيلول/سبتمبر 2024", "بغداد – المدى الدولي |
    6/11/2022". The first other segment is the place; a middle one the outlet.
    """
    if rules.dateline_update is not None:
        # "نشر في: 05 سبتمبر ,2023: 07:41 م GST آخر تحديث: …": the update stamp goes
        line = rules.dateline_update.sub("", line) or line
    if rules.dateline_widgets is not None and "|" in line:
        # "… | 2026/2/11 | المشاهدات: 1,204 | حجم الخط: أ+ أ-": the page's counters go
        kept = [seg for seg in line.split("|") if not rules.dateline_widgets.match(fold(seg.strip()))]
        line = " | ".join(seg.strip() for seg in kept) if kept else line
    if len(line) > 90 or len(line.split()) > 14:
        return None
    body = line[_prefix_cut(line, rules):]
    if rules.dateline_time_suffix is not None:
        # "25 فيفري 2025 على الساعة 11:30": the time after the date is part of the dateline
        body = rules.dateline_time_suffix.sub("", body)
    if not body.strip():
        return None
    segments = [seg.strip() for seg in _SEGMENT_SPLIT_RE.split(body) if seg.strip()]
    if 2 <= len(segments) <= 4 and all(len(seg.split()) <= 8 for seg in segments):
        dated = [k for k, seg in enumerate(segments) if _covered(seg) >= 0.6]
        others = [seg for k, seg in enumerate(segments) if not dated or k != dated[0]]
        if len(dated) == 1 and all(len(seg.split()) <= 4 for seg in others):
            place = others[0] if dated[0] > 0 else ""
            outlet = (others[1] if len(others) > 1 and dated[0] > 1 else "").strip('"«»“”')
            return segments[dated[0]], place, outlet
    if _covered(body) >= 0.6:
        return body.strip(), "", ""
    return None


# a place of one or two words, a comma, a date, then a dash or colon
_LEAD_DATELINE_RE = re.compile(r"([^\s،,:\-–—]+(?: [^\s،,:\-–—]+)?)\s*[،,]\s*([^،,:\-–—]{6,45}?)\s*(?:[–—]|\s-|:)\s")


def split_article(text: str, rules: BoilerplateRules, html_headline: str = "") -> Article:
    """Split cleaned text into headline, dateline, outlet and body paragraphs."""
    art = Article(article_id="", path="")
    lines = [" ".join(raw.split()) for raw in text.split("\n")]
    lines = [ln for ln in lines if ln]

    kept: list[str] = []
    in_tail = False
    for line in lines:
        f = fold(line)
        if in_tail:
            if len(line) < 120:
                continue
            in_tail = False
        if rules.tail_markers.match(f):
            in_tail = True
            continue
        if _is_chrome(line, f, rules):
            continue
        kept.append(line)

    # Outlet named at the end: عن "اندبندنت فارسية"
    if kept:
        last = fold(kept[-1])
        for pat in rules.outlet_suffix:
            m = pat.match(last)
            if m:
                s, e = m.span(1)
                name = kept[-1][s:e].strip(' "«»“”')
                if fold(name) not in rules.not_outlets:  # "المصدر: وكالات" names no outlet
                    art.outlet, art.outlet_source = name, "text"
                kept.pop()
                break

    # Headline, datelines and a repeated headline in the first lines.
    head_zone = 8
    title = html_headline
    if title:
        art.title_source = "html"
    roles: list[str] = []
    paragraphs: list[str] = []
    datelines: list[str] = []
    for i, line in enumerate(kept):
        f = fold(line)
        if i < head_zone:
            m = rules.time_line.match(f)
            if m:
                art.dateline_time = art.dateline_time or m.group(1)
                continue
            found = _date_line(line, rules)
            if found:
                date_part, place, outlet = found
                datelines.append(date_part)
                art.dateline_place = art.dateline_place or place
                if outlet and not art.outlet:
                    art.outlet, art.outlet_source = outlet, "text"
                continue
            if title and fold(title) == f:
                continue  # headline repeated on the next line(s)
            if not title and not paragraphs and _is_headline_like(line) \
                    and not rules.section_label.match(f) and i + 1 < len(kept):
                if _nav_bar(line) and _is_headline_like(kept[i + 1]) and not _nav_bar(kept[i + 1]) \
                        and len(kept[i + 1].split()) > len(line.split()):
                    continue  # "دجلة نيوز | الأخبار الدولية" above the headline: the site's menu
                title, art.title_source = line, "headline"
                continue
        if i < head_zone and not paragraphs and not art.outlet:
            # a desk label or outlet on its own line: "متابعات-"
            m = rules.outlet_prefix.match(f + " x")
            if m and m.end() >= len(f):
                name = line[: m.end(1)].strip()
                if fold(name) not in rules.not_outlets:
                    art.outlet, art.outlet_source = name, "text"
                continue
        paragraphs.append(line)
        if len(paragraphs) == 1 and art.title_source == "headline" and i <= 2 \
                and _is_headline_like(line) and len(line.split()) > 6:
            roles.append("subtitle")
        elif rules.section_label.match(f) or (_is_headline_like(line) and len(line.split()) <= 6):
            roles.append("subheading")
        elif line.endswith(")") and "(" in line[-30:] and _is_headline_like(line[:-1]):
            roles.append("caption")
        else:
            roles.append("body")

    lead_dated = -1
    if not datelines:
        # "نيويورك، 24 تشرين الأول/أكتوبر 2023 — تحوّلت جلسة …": a dateline that opens the
        # first body paragraph, or the second after a headline the page did not set apart
        # (the paragraph keeps it)
        for k in [k for k, r in enumerate(roles) if r == "body"][:2]:
            m = _LEAD_DATELINE_RE.match(paragraphs[k])
            if m and _covered(m.group(2)) >= 0.6:
                datelines.append(m.group(2).strip())
                art.dateline_place = art.dateline_place or m.group(1)
                lead_dated = k
                break

    # Outlet named at the start of the first body paragraph: "صدى نيوز - ..."
    for k, para in enumerate(paragraphs):
        if roles[k] != "body":
            continue
        if k == lead_dated:
            break  # "جنيف، 3 آذار/مارس 2025 —" is a dateline, not an outlet
        m = rules.outlet_prefix.match(fold(para))
        if m and len(para[: m.end(1)].split()) <= 4:
            name = para[: m.end(1)].strip()
            if fold(name) not in rules.not_outlets and not art.outlet:
                art.outlet, art.outlet_source = name, "text"
            if fold(name) in rules.not_outlets or art.outlet == name:
                paragraphs[k] = para[m.end():]
        break

    if not title and paragraphs:
        first = paragraphs[0]
        cut = re.split(r"(?<=[.!?؟])\s|،", first, maxsplit=1)[0]
        title = cut if len(cut) <= 120 else cut[:117].rsplit(" ", 1)[0] + "…"
        art.title_source = "first_sentence"
    art.title = title
    art.dateline = " | ".join(datelines)
    art.paragraphs = paragraphs
    art.roles = roles
    return art


_RARE_ARABIC_RE = re.compile("[\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_ARABIC_LEAD_BYTES = bytes(range(0xD8, 0xDC))  # UTF-8 lead bytes of U+0600..U+06FF
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def detect_language(paragraphs: list[str]) -> str:
    text = " ".join(paragraphs[:50])
    # characters counted on the UTF-8 bytes: an ASCII letter is one byte, and
    # a character of U+0600..U+06FF the only one led by D8..DB; the rarer
    # Arabic blocks (presentation forms, supplement) are counted run by run
    raw = text.encode("utf-8", "surrogatepass")
    if _RARE_ARABIC_RE.search(text):
        arabic = sum(map(len, _ARABIC_RUN_RE.findall(text)))
    else:
        arabic = len(raw) - len(raw.translate(None, _ARABIC_LEAD_BYTES))
    latin = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    if arabic == 0 and latin == 0:
        return ""
    if arabic >= 4 * latin:
        return "ar"
    return "other" if arabic < latin / 4 else "mixed"


def read_article(path: Path) -> Article:
    """Read and split one file. Never raises for bad content: the returned
    article carries a status and a one-line message instead."""
    art = Article(article_id=path.stem, path=str(path))
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            art.status, art.message = "too_large", f"{size} bytes is over the {MAX_BYTES} byte limit"
            return art
        data = path.read_bytes()
    except OSError as exc:
        art.status, art.message = "unreadable", f"cannot read the file: {exc.strerror or exc}"
        return art
    art.n_bytes = len(data)
    art.sha256 = hashlib.sha256(data).hexdigest()
    if not data.strip():
        art.status, art.message = "empty", "the file is empty" if not data else "only white space"
        return art
    text, encoding, problem = decode(data)
    if text is None:
        art.status, art.message = problem.split(":", 1)
        return art
    art.encoding = encoding
    text = clean_text(text)
    if not text.strip():
        art.status, art.message = "empty", "only white space and control characters"
        return art
    html_headline = ""
    if looks_like_html(text, path.suffix):
        text, html_headline, art.html_published = html_to_text(text)
        text = clean_text(text)
    split = split_article(text, load_rules(), html_headline)
    for name in ("title", "title_source", "outlet", "outlet_source", "dateline", "dateline_time",
                 "dateline_place", "paragraphs", "roles"):
        setattr(art, name, getattr(split, name))
    if not art.paragraphs:
        art.status, art.message = "no_content", "nothing but web chrome was left after cleaning"
        return art
    art.language = detect_language(art.paragraphs)
    if art.language == "other":
        art.message = "the text is not in Arabic: actors, dates and statements are matched on Arabic only"
    return art
