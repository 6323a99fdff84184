"""Actor registry, mention linking and unknown-name candidates.

The registry is data: every ``*.yaml`` file in ``data/registry/`` (countries,
places, organizations, people) plus any file or folder an analyst passes as
``extra`` holds a YAML list of actors in the format of ``docs/DESIGN.md``.
``names`` are the forms linked on their own (``name_ar`` is display only, used
for matching only when ``names`` is empty). Extra keys understood here:

- ``adjectives``: nisba adjectives (``روسي``) are expanded to every gender,
  number and case form (روسية، روسيون، روسيين، روسيات، روسيان، روسيتان…), each
  with and without ``ال``; other adjectives (broken plurals: ``روس``) get ``ال`` only.
- ``surnames``: forms linked only after the person's full name earlier in the
  same article (one person, one actor_id), or right after a title word
  (الرئيس رئيسي). Ambiguous words go here (رئيسي "main", الأسد "the lion").
- ``weak_names``: forms linked only right after a locative/country cue word
  (في مالي, دولة مالي, إلى جدة) — for names that are also common words.
- Shared forms (Oman عُمان / Amman عمّان both fold to عمان) are decided by, in
  order: ``marks`` — diacritics in the ORIGINAL surface (shadda → Amman,
  damma on ع → Oman); ``prev_cues`` — the word right before (سلطنة/خليج/بحر →
  Oman, الأردنية → Amman); ``context`` — supporting words in the same paragraph
  (الأردن، الأردنية → Amman; مسقط، العماني، الخليج، الوساطة → Oman); and when
  the text does not decide, the entry with ``default: true`` (Oman, by far the
  more frequent reading in this field's news).
- ``not_after``: words right before which a form is NOT this actor
  (صلاة المغرب is the sunset prayer, not Morocco).
- ``capital_of`` (places) and ``metonym_of`` (organisations) set the mention form.

Mention forms: ``name`` / ``surname`` (people, organisations, countries),
``adjective`` (الروسي), ``title_adjective`` (an adjective inside a title's noun
phrase: وزير الخارجية الروسي، نظيره الإيراني، أمين عام مجلس الأمن الروسي … when
no organisation name covers it), ``capital``, ``metonym`` (الكرملين), ``place``.
Longest match wins: مجلس الأمن القومي الروسي is one organisation mention (whose
``country`` is RUS), not also a mention of الروسي.
Surfaces leave out the clitics و ف ب ك ل (لروسيا → روسيا) except a fused لل
(للكرملين), and, as :class:`normalize.Folded` does, trailing diacritics.

Linking works on word tokens of the folded text: every surface form of every
first token, with its clitic prefixes (و ف ب ك ل, ال, لل, وبال …), is a key of
one dict built once at load time (and the registry is cached); the scan is a
C-level tokenisation, a set-membership filter, and a look-ahead only on hits,
so a token never matches inside a longer word (بيلاروسيا is one token, and it
is Belarus). Longest match wins. ``benchmarks/bench_actors.py`` measures it.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from pathlib import Path

import yaml

from . import normalize as _normalize
from .normalize import Folded, fold
from .paths import REGISTRY_DIR

_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

KINDS = ("person", "organization", "country", "place")
# Organisations whose words are reports about others (outlets, think tanks): they speak,
# but a claim that names them ("تقرير اطلعت عليه رويترز") does not accuse them.
SECTORS = ("media", "research")
FORMS = ("name", "surname", "adjective", "title_adjective", "capital", "metonym", "place")
_ISO3_RE = re.compile(r"^[A-Z]{3}$")
_ID_RE = re.compile(r"^[A-Za-z0-9_]+$")

# Word tokens of folded text: Arabic letters (folding removed harakat and
# tatweel), Latin lower case and digits.
_LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a4\u06af"
_TOKEN_RE = re.compile(f"[{_LETTERS}a-z0-9]+")
_PUNCT_RE = re.compile(r'[.،,:;؛!?"()\[\]\n]')
_ARABIC_RE = re.compile(f"[{_LETTERS}]")



_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ك", "ل")
_SHADDA, _DAMMA = "\u0651", "\u064f"


def _f(s: str) -> str:
    return fold(str(s)).strip()


def _wordset(text: str) -> frozenset[str]:
    """The folded words of a white-space separated word list."""
    return frozenset(_f(w) for w in text.split())


def _words(s: str) -> tuple[str, ...]:
    return tuple(_TOKEN_RE.findall(_f(s)))


# Title heads: an adjective after one of these (within the title's noun phrase)
# is a title adjective (وزير الخارجية الروسي، نظيره الإيراني); a surname right
# after one of these is linked (الرئيس رئيسي).
TITLE_HEADS = _wordset("""
وزير وزيرة وزيرا وزراء رئيس رئيسة رئيسا رؤساء نظير نظيره نظيرها نظيرته نظيرتها نظيريه
نظراء نظرائه نظراءه نظرائهم نظيرهم سفير سفيرة سفراء مبعوث مبعوثة المبعوث متحدث المتحدث
الناطق ناطق المتحدثة الناطقة قائد قادة أمين سكرتير مستشار مستشارة مدير مديرة نائب ممثل مندوب
المندوب الرئيس الوزير السفير الزعيم زعيم المرشد مرشد ولي الملك ملك الأمير أمير السلطان
الشيخ رئيسة الجنرال العميد اللواء الفريق الأدميرال الأميرال المشير العقيد الجيش جيش
مجلس المجلس وزارة الوزارة حكومة الحكومة الحرس قوات القوات أجهزة جهاز الاستخبارات
المخابرات الشرطة البرلمان مسؤول المسؤول المسؤولون المسؤولين مسؤولون مسؤولين النظام نظام
القيادة قيادة السلطات سلطات الدبلوماسي دبلوماسي الدبلوماسية الخارجية الدفاع
""")
PERSON_TITLES = _wordset("""
الرئيس الوزير السفير الزعيم المرشد الملك الأمير السلطان الشيخ الجنرال العميد اللواء الفريق
الأدميرال المشير العقيد السيد السيدة نظيره نظيرها نظيرته وزير وزيرة رئيس الرئيسان
المتحدث الناطق المتحدثة الناطقة المستشار الأمين المبعوث الجنرال الدكتور
""")
_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
# the same sets with clitic prefixes (وزير، ووزير، بنظرائه)
_TITLE_HEADS_X = frozenset(c + h for h in TITLE_HEADS for c in _CLITICS)
_PERSON_TITLES_X = frozenset(c + h for h in PERSON_TITLES for c in _CLITICS)
_NP_FILLERS = _wordset("باسم عام العام")


def _after_title(prev: list[str], heads: frozenset[str] | None = None) -> bool:
    """Is an adjective, preceded by these tokens, inside a title's noun phrase?

    Walk back over the definite words of the phrase (الخارجية، للأمن، القومي)
    to a title head (وزير، نظيره، مجلس، الرئيس …); anything else ends the phrase.
    """
    heads = _TITLE_HEADS_X if heads is None else heads
    for t in reversed(prev):
        if t in heads:
            return True
        if t.startswith(("ال", "لل")) or t in _NP_FILLERS:
            continue
        return False
    return False


_COUNTRY_CUES = _wordset("""
في الى إلى من مع دولة جمهورية حكومة عاصمة بين شمال جنوب غرب شرق وسط زيارة
""")

_CAND_TITLE_CUES = _wordset("""
وزير وزيرة رئيس رئيسة قائد سفير سفيرة مبعوث المبعوث أمين سكرتير مستشار مستشارة مدير مديرة نائب
ممثل مندوب المندوب الرئيس الوزير السفير الزعيم زعيم المتحدث المتحدثة الناطق الناطقة
الجنرال العميد اللواء الفريق الأدميرال الأميرال المشير العقيد الرائد النقيب السيد السيدة
الشيخ الأمير الملك الدكتور الباحث الخبير الخبيرة المحلل الكاتب الصحفي الصحافي النائب
البروفيسور الأستاذ المستشار المدير القائد المسؤول مراسل المراسل جنرال الكولونيل
""")
_CAND_VERB_CUES = _wordset("""
قال قالت أكد أكدت أضاف أضافت صرح صرحت أعلن أعلنت أشار أشارت رأى رأت اعتبر اعتبرت
أوضح أوضحت ذكر ذكرت نفى نفت كشف كشفت حذر حذرت شدد شددت أفاد أفادت
""")
_CAND_CUES = _CAND_TITLE_CUES | _CAND_VERB_CUES
_AL_STOP = _wordset("إلى الى التي الذي الذين اللذين اللتين الآن الا إلا")
# Words that, after "name،", show the name is a person (apposition cue).
_APPOS_CUES = _wordset("""
عضو رئيس رئيسة وزير وزيرة مستشار مستشارة مدير مديرة نائب ممثل سفير قائد المتحدث المتحدثة
الخبير الخبيرة الباحث الباحثة المحلل الأستاذ أستاذ خبير خبيرة باحث باحثة زميل مؤسس
""")
# Endings of transliterated foreign surnames: a single quoted word is a
# candidate name only if it ends like one (لافروف، زيلينسكي، أحمديان …).
_FOREIGN_ENDINGS = tuple(_wordset("""
وف يف وفا يفا سكي سكايا ينكو نكو يان زاده يتش فيتش ييف شيف
"""))
# Words that are never (part of) a name: function words, common nouns and
# adjectives of news prose. Used only by ``candidates``.
COMMON_WORDS = _wordset("""
في من إلى الى على عن مع بين خلال بعد قبل منذ حتى عند لدى حول ضد عبر نحو دون غير سوى أي كل بعض
هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين هو هي هم هما نحن أنا أنت إنه إنها أنه أنها
أن إن كان كانت يكون تكون قد لقد لم لن لا ما ماذا لماذا كيف متى أين هل إذا لو ثم أو أم بل لكن
لكنه لكنها كما مثل أيضا أيضاً فقط جدا وقد فقد كذلك حيث بينما عندما وفقا وفق بحسب حسب
يوم اليوم أمس غدا الأسبوع الشهر العام عام سنة شهر أسبوع الماضي الماضية المقبل المقبلة الجاري الحالي
إنه بأن بأنه بأنها لأن لكي كي وإن وأن فإن إلا الا سواء عدة عدد أكثر أقل كبير كبيرة صغير صغيرة
جديد جديدة مهم مهمة هام هامة رسمي رسمية دولي دولية إقليمي إقليمية عسكري عسكرية أمني أمنية
سياسي سياسية اقتصادي اقتصادية الخارجية الدفاع الداخلية الأمن القومي الأعلى العام العامة
وزير وزيرة رئيس قائد سفير مبعوث أمين سكرتير مستشار مدير نائب ممثل مندوب متحدث ناطق مسؤول
مسؤولة مسؤولون مسؤولين مصدر مصادر خبير خبراء محلل محللون وكالة وكالات صحيفة صحف موقع قناة
تلفزيون بيان بيانا تصريح تصريحات مؤتمر صحفي صحافي اجتماع لقاء زيارة اتصال هاتفي محادثات مباحثات
حكومة دولة دول بلاده بلادها بلدنا البلدين الطرفين الجانبين الجانب الطرف جهة جهات شركة شركات
مجلس وزارة جيش قوات حرس الحرس الشرطة الاستخبارات المخابرات جهاز الأمم المتحدة الاتحاد
السابق السابقة الأسبق الحالي الجديد الأول الأولى الثاني الثانية الخاص الخاصة
إن وإن فإن أنه وأنه هناك هنا الآن حاليا لاحقا سابقا مؤخرا مؤخراً تماما تماماً
يجب يمكن ينبغي سوف سيتم تم يتم جرى وقال وقالت وأضاف وأضافت وأكد وأكدت
بشأن تجاه بسبب نتيجة إطار مجال مستوى قضية قضايا ملف ملفات حرب الحرب هجوم هجمات
الطائرات طائرات مسيرة مسيرات صواريخ صاروخ أسلحة سلاح نووي النووي النووية عقوبات العقوبات
المسيرة المسيرات شحنات عملية العملية النظام نظام المعارضة الإرهاب
ولي العهد باسم عضو أعضاء لجنة مكتب إدارة الإدارة أمريكي أميركي
نظيره نظيرها نظيرته نظراؤه نظرائه زميل زميلة أبحاث باحث باحثة أول أولى كبير كبار رفيع رفيعة
حلفاء حليف شركاء شريك روابط علاقات أصدقاء الأصدقاء شاهد الشعب شعب المجتمع مصدر مطلع مطلعة
رسالة كلمة خطاب قرار اتفاق اتفاقية معاهدة مذكرة تفاهم خطة مشروع برنامج
وزراء خارجية دفاع داخلية أركان عمليات استخبارات مخابرات شرطة بحرية طيران شؤون دائرة هيئة سلطة
حزب حركة جماعة تنظيم منظمة مؤسسة جامعة معهد مركز جبهة شهود عيان مراقبون مراقبين سكان مواطنون
ناشطون نشطاء مساعد مساعدة رئاسة الرئاسة حكومي حكومية إدارته بلاده الدولة دولته ديوان
""")


# Last words of names that are no surname on their own (a suffix, an adjective, a given name)
_NOT_SURNAMES = _wordset("زاده نيا شاي آبادي ابادي إسلامي اسلامي حمد سعود طارق رشيد فرحان عبدالرحمن عبدالعزيز عبدالسلام")
_GIVEN_NAME_LINKS = _wordset("بن بنت ابن أبو")


@dataclass
class Actor:
    id: str
    kind: str
    name_en: str
    name_ar: str
    country: str = ""
    wikidata: str = ""
    names: list[str] = field(default_factory=list)
    surnames: list[str] = field(default_factory=list)
    weak_names: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    roles: list[dict] = field(default_factory=list)
    capital_of: str = ""
    metonym_of: str = ""
    context: list[str] = field(default_factory=list)
    prev_cues: list[str] = field(default_factory=list)
    not_after: list[str] = field(default_factory=list)
    marks: str = ""
    default: bool = False
    sector: str = ""           # media|research: a source of reports, never a party to them
    source: str = ""

    @property
    def aliases(self) -> list[str]:
        seen: dict[str, None] = {}
        for s in [self.name_ar, *self.names, *self.surnames, *self.weak_names, *self.adjectives]:
            if s:
                seen.setdefault(s, None)
        return list(seen)

    def roles_text(self) -> str:
        parts = []
        for r in self.roles:
            span = f"{r.get('from') or '?'}..{r.get('to') or ''}"
            parts.append(f"{r.get('title_en', '')} ({span})")
        return ";".join(parts)


class RegistryError(ValueError):
    """A registry file is unusable; the message is one line naming file and entry."""


@dataclass(frozen=True)
class _Pattern:
    rest: tuple[str, ...]      # folded tokens after the first
    actor: int                 # index into Registry._actors
    form: str                  # name|surname|adjective|weak (resolved later)
    prefix: int                # clitic characters to drop from the surface start
    tail: str = ""             # required character right after the match (أوبك+)


# A faster equivalent of normalize.fold_with_map for long texts: one regex pass
# replaces only the characters that change (derived from normalize's own table,
# so both always agree), instead of a per-character dict lookup.
_FOLD_REP = {chr(k): (v if isinstance(v, str) else chr(v) if isinstance(v, int) else "")
             for k, v in _normalize._TABLE.items()}
_FOLD_NEED_RE = re.compile("[" + re.escape("".join(_FOLD_REP)) + "]")
_fold_rep_get = _FOLD_REP.__getitem__


def _fold_sub(m: re.Match) -> str:
    return _fold_rep_get(m.group())


def _fast_fold_with_map(text: str) -> Folded:
    folded = _FOLD_NEED_RE.sub(_fold_sub, text)
    if len(folded) == len(text):
        return Folded(text, folded, ())
    shifts = tuple(m.start() - j for j, m in enumerate(_normalize._REMOVED_RE.finditer(text)))
    return Folded(text, folded, shifts)


# Every stage folds the same paragraphs (actors twice, timexes, events,
# statements, pubdate): one shared cache folds each paragraph once. Folded is
# immutable, so sharing it is safe; the result equals normalize.fold_with_map.
fold_cached = lru_cache(maxsize=4096)(_fast_fold_with_map)


def _nisba_forms(adj: str) -> list[str]:
    """Every gender/number/case form of an adjective phrase, with and without ال."""
    toks = _words(adj)
    if not toks:
        return []
    suffixes = [""]
    nisba = all(t.endswith("ي") for t in toks)
    if nisba:
        suffixes = ["", "ه", "ين", "ون", "ات", "ان", "تان", "تين", "يين", "يون"]
    out = []
    for suf in suffixes:
        bare = [t + suf for t in toks]
        out.append(" ".join(bare))
        out.append(" ".join("ال" + t for t in bare))
    if nisba:
        # the indefinite accusative ("مسؤولاً إيرانياً"، "دعماً روسياً"; the tanwin is
        # folded away): never with ال
        out.append(" ".join(t + "ا" for t in toks))
    return out


def _prefixed(first: str) -> list[tuple[str, int]]:
    """Clitic-prefixed variants of a first token with the prefix length."""
    out = []
    for c in _CONJ:
        for p in _PREP:
            pre = c + p
            if p == "ل" and first.startswith("ال"):
                # ل + ال fuse to لل: للكرملين; keep the fused لل in the surface
                out.append((pre + first[1:], len(c)))
            else:
                out.append((pre + first, len(pre)))
    return out


def _as_list(v) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    return [str(x) for x in v if x is not None and str(x).strip()]


class Registry:
    """The loaded actor registry with its matcher. Use :meth:`load` (cached)."""

    def __init__(self, actors: list[Actor], sources: list[Path], fingerprint: str = "",
                 _index: tuple | None = None):
        self._actors = actors
        self.actors: dict[str, Actor] = {a.id: a for a in actors}
        # actor_id → sector of the outlets and think tanks (see SECTORS)
        self.sectors: dict[str, str] = {a.id: a.sector for a in actors if a.sector}
        self.sources = sources
        self.fingerprint = fingerprint
        self._build(_index)

    # ------------------------------------------------------------------ load
    @classmethod
    def load(cls, extra: list[Path] | None = None) -> Registry:
        """Read every ``*.yaml`` in ``data/registry/`` plus ``extra`` files or
        folders (cached per argument)."""
        key = tuple(str(Path(p).resolve()) for p in (extra or []))
        return _load_cached(key)

    @staticmethod
    def clear_cache() -> None:
        """Forget loaded registries (after editing a registry file in a notebook)."""
        _load_cached.cache_clear()

    @classmethod
    def from_files(cls, files: list[Path]) -> Registry:
        blobs = [(path, path.read_bytes()) for path in files]
        h = hashlib.sha256()
        for path, data in blobs:
            h.update(path.name.encode() + b"\0" + data)
        fingerprint = h.hexdigest()[:16]
        built = _index_cache_get(h, files)
        if built is not None:  # the same files parsed and indexed before: no YAML, no index build
            actors, index = built
            return cls(actors, list(files), fingerprint, _index=index)
        actors: list[Actor] = []
        for path, data in blobs:
            try:
                entries = yaml.load(data.decode("utf-8"), Loader=_YamlLoader) or []
            except (yaml.YAMLError, UnicodeDecodeError) as exc:
                msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise RegistryError(f"{path.name}: not valid YAML: {msg}") from None
            if not isinstance(entries, list):
                raise RegistryError(f"{path.name}: expected a YAML list of actors")
            for i, e in enumerate(entries):
                actors.append(_parse_entry(e, path.name, i))
        _validate(actors)
        reg = cls(actors, list(files), fingerprint)
        _index_cache_put(h, files, actors, reg._index)
        return reg

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def __len__(self) -> int:
        return len(self._actors)

    def counts(self) -> dict[str, int]:
        return dict(Counter(a.kind for a in self._actors))

    def actors_records(self) -> list[dict]:
        """Rows of the ``actors`` table (SPEC columns first)."""
        rows = []
        for a in self._actors:
            rows.append({
                "actor_id": a.id, "name_ar": a.name_ar, "name_en": a.name_en, "kind": a.kind,
                "country": a.country, "wikidata": a.wikidata, "roles": a.roles_text(),
                "aliases": ";".join(a.aliases), "capital_of": a.capital_of,
                "metonym_of": a.metonym_of, "source": a.source,
            })
        return rows

    def roles_at(self, actor_id: str, date: str | None = None) -> list[dict]:
        """Roles of an actor, those held on ``date`` (ISO) if given."""
        a = self.actors.get(actor_id)
        if a is None:
            return []
        if not date:
            return list(a.roles)
        return [r for r in a.roles if (r.get("from") or "0000") <= date <= (r.get("to") or "9999")]

    # ----------------------------------------------------------------- index
    def _build(self, index: tuple | None = None) -> None:
        """The matcher: every clitic-prefixed first token of every form is a key.

        ``self._keys`` maps each key to the ids (into ``self._pats``) of its
        patterns, in insertion order; the per-key lookup structure that
        ``_scan`` needs is built from them on first use (:meth:`_entry`), so
        loading a registry does not build 55,000 entries of which an article
        touches a few dozen. ``index`` (``(pattern tuples, keys)``) comes from
        the on-disk index cache, see :func:`_index_cache_get`."""
        if index is None:
            index = self._collect()
        pats, keys = index
        self._index = index
        self._pats = [_Pattern(*t) for t in pats]
        self._keys: dict[str, tuple[int, ...]] = keys
        self._first: dict[str, tuple] = {}
        self._title_heads = TITLE_HEADS
        self._person_titles = PERSON_TITLES
        self._ctx = [frozenset(_f(w) for w in a.context) for a in self._actors]
        self._prev = [frozenset(_f(w) for w in a.prev_cues) for a in self._actors]
        self._not_after = [frozenset(_f(w) for w in a.not_after) for a in self._actors]

    def _collect(self) -> tuple[list[tuple], dict[str, tuple[int, ...]]]:
        """(distinct pattern tuples, key -> pattern ids in insertion order)."""
        ids: dict[tuple, int] = {}
        first: dict[str, list[int]] = {}

        def add(form_text: str, idx: int, form: str) -> None:
            f = _f(form_text)
            toks = _TOKEN_RE.findall(f)
            if not toks:
                return
            tail = f[-1] if f and not _TOKEN_RE.match(f[-1]) and f[-1] in "+" else ""
            rest = tuple(toks[1:])
            for key, plen in _prefixed(toks[0]):
                pid = ids.setdefault((rest, idx, form, plen, tail), len(ids))
                lst = first.setdefault(key, [])
                if pid not in lst:
                    lst.append(pid)

        # A person's last name word is a surname too ("وقال هوك" after "براين هوك"), unless
        # it is a form of its own elsewhere, a common first name or word, starts with ال (those
        # are listed by hand when they are safe: رئيسي، الأسد) or ends a chain of given names
        # ("محمد بن سلمان")
        taken = set(COMMON_WORDS) | _NOT_SURNAMES
        for a in self._actors:
            for n in [*(a.names or [a.name_ar]), *a.surnames, *a.weak_names, *a.adjectives]:
                toks = _TOKEN_RE.findall(_f(n or ""))
                if len(toks) == 1 or (toks and a.kind == "person"):
                    taken.add(toks[0])
        for idx, a in enumerate(self._actors):
            for n in a.names or [a.name_ar]:   # name_ar is display only when names are given
                if n:
                    add(n, idx, "name")
            for n in a.surnames:
                add(n, idx, "surname")
            if a.kind == "person":
                for n in a.names or [a.name_ar]:
                    toks = _TOKEN_RE.findall(_f(n or ""))
                    if len(toks) >= 2 and len(toks[-1]) >= 3 and not toks[-1].startswith("ال") \
                            and toks[-1] not in taken and not _GIVEN_NAME_LINKS & set(toks):
                        add(toks[-1], idx, "surname")
            for n in a.weak_names:
                add(n, idx, "weak")
            for adj in a.adjectives:
                for v in _nisba_forms(adj):
                    add(v, idx, "adjective")
        return list(ids), {k: tuple(v) for k, v in first.items()}

    def _entry(self, key: str) -> tuple[int, dict[tuple, tuple[list[_Pattern], bool]]]:
        """key -> (longest rest, {rest tokens: (patterns, plain)}); «plain» lists
        need no context check (no tail, weak or not_after rule). Built once per key."""
        got = self._first.get(key)
        if got is not None:
            return got
        pats = self._pats
        lst = [pats[i] for i in self._keys[key]]
        groups: dict[tuple, list[_Pattern]] = {}
        for p in sorted(lst, key=lambda p: -len(p.tail)):
            groups.setdefault(p.rest, []).append(p)
        by_rest = {rest: (pl, all(not p.tail and p.form != "weak"
                                  and not self._actors[p.actor].not_after for p in pl))
                   for rest, pl in groups.items()}
        got = self._first[key] = (max(len(p.rest) for p in lst), by_rest)
        return got

    # --------------------------------------------------------------- linking
    def link_article(self, article_id: str, paragraphs: list[str]) -> list[dict]:
        """Mentions of registry actors in one article's paragraphs."""
        raw: list[tuple] = []
        for pi, text in enumerate(paragraphs):
            if text:
                raw.extend(self._scan(pi, text))
        return self._finish(article_id, raw)

    def link_text(self, text: str, article_id: str = "") -> list[dict]:
        """Mentions in a single text (one paragraph)."""
        return self.link_article(article_id, [text])

    def _scan(self, pi: int, text: str) -> list[tuple]:
        folded = fold_cached(text)
        ft = folded.text
        first = self._keys
        built = self._first
        out: list[tuple] = []
        skip = 0
        para_tokens = None
        # the paragraph's tokens with their positions (shared with candidates);
        # only tokens that start a registry form are looked at
        toks, words = _tokens(ft)
        hits = list(compress(range(len(words)), map(first.__contains__, words)))
        if not hits:
            return out
        n_toks = len(toks)
        for i in hits:
            tok, s, e0 = toks[i]
            if s < skip:
                continue
            maxk, by_rest = built.get(tok) or self._entry(tok)
            if maxk == 0:
                k = 0
                pl, plain = by_rest[()]
                ahead = ()
                chosen = pl if plain else self._filter(pl, ft, s, e0)
            else:
                # look ahead as far as the longest form starting here needs:
                # the next tokens, each after spaces or tabs only (or a hyphen:
                # "إنترفاكس-كازاخستان")
                ahead = []
                pos = e0
                j = i + 1
                while len(ahead) < maxk and j < n_toks:
                    nt = toks[j]
                    gap = ft[pos:nt[1]]
                    if gap != " " and (not gap or gap.strip(" \t-")):
                        break
                    ahead.append(nt)
                    pos = nt[2]
                    j += 1
                chosen = []
                k = len(ahead)
                words = [a[0] for a in ahead]
                while k >= 0:
                    got = by_rest.get(tuple(words[:k]))
                    if got:
                        pl, plain = got
                        chosen = pl if plain else self._filter(pl, ft, s, ahead[k - 1][2] if k else e0)
                        if chosen:
                            break
                    k -= 1
            if not chosen:
                continue
            end = ahead[k - 1][2] if k else e0
            if chosen[0].tail:
                end += 1
            if len(chosen) > 1 and len({p.actor for p in chosen}) > 1:
                if para_tokens is None:
                    para_tokens = frozenset(_TOKEN_RE.findall(ft))
                chosen = self._disambiguate(chosen, folded, s, end, para_tokens)
            p = chosen[0]
            cs = s + p.prefix
            o_s, o_e = folded.span(cs, end)
            form = p.form
            titled = False
            surname_alts = ()
            if form == "adjective":
                if _after_title(self._prev_tokens(ft, s, 7)):
                    form = "title_adjective"
            elif form == "weak":
                form = "name"
            elif form == "surname":
                titled = _after_title(self._prev_tokens(ft, s, 4), _PERSON_TITLES_X)
                surname_alts = tuple(q.actor for q in chosen if q.form == "surname")
            out.append((pi, o_s, o_e, folded.original[o_s:o_e], p.actor, form, titled,
                        surname_alts))
            skip = end
        return out

    def _filter(self, pl: list[_Pattern], ft: str, s: int, end: int) -> list[_Pattern]:
        """The patterns of one length that hold here (tail, weak and not_after rules)."""
        chosen: list[_Pattern] = []
        for p in pl:
            if p.tail:
                if ft[end:end + 1] != p.tail:
                    continue
            elif chosen and chosen[0].tail:
                break
            if p.form == "weak" and self._prev_token(ft, s) not in _COUNTRY_CUES:
                continue
            if self._not_after[p.actor] and self._prev_token(ft, s) in self._not_after[p.actor]:
                continue
            chosen.append(p)
        return chosen

    @staticmethod
    def _prev_token(ft: str, s: int) -> str:
        toks = _TOKEN_RE.findall(ft, max(0, s - 30), s)
        return toks[-1] if toks else ""

    @staticmethod
    def _prev_tokens(ft: str, s: int, n: int) -> list[str]:
        """Up to ``n`` tokens before ``s`` inside the same clause (stops at punctuation)."""
        chunk = _PUNCT_RE.split(ft[max(0, s - 15 * n):s])[-1]
        return _TOKEN_RE.findall(chunk)[-n:]

    def _disambiguate(self, chosen: list[_Pattern], folded, s: int, end: int,
                      para_tokens: frozenset) -> list[_Pattern]:
        """Pick one actor among several sharing a form (Oman/Amman …)."""
        names = [p for p in chosen if p.form != "surname"]
        if names and len(names) < len(chosen):
            chosen = names
            if len({p.actor for p in chosen}) == 1:
                return chosen
        o_s, o_e = folded.span(s, end)
        surface = folded.original[o_s:o_e]
        prev = self._prev_token(folded.text, s)
        best, best_score = chosen, None
        for p in chosen:
            a = self._actors[p.actor]
            score = 0.0
            if a.marks and any(ch in surface for ch in a.marks):
                score += 100
            if prev in self._prev[p.actor]:
                score += 50
            score += sum(1 for w in self._ctx[p.actor] if w in para_tokens)
            if a.default:
                score += 0.5
            if best_score is None or score > best_score:
                best, best_score = [p], score
        return best

    def _finish(self, article_id: str, raw: list[tuple]) -> list[dict]:
        """Resolve surnames (after the full name, or after a title) and build records."""
        # by (paragraph, start, -end) in two stable sorts without a Python key
        raw.sort(key=itemgetter(2), reverse=True)
        raw.sort(key=itemgetter(0, 1))
        seen_full: dict[int, int] = {}   # actor -> order of last full-name mention
        out = []
        for order, (pi, s, e, surf, aidx, form, titled, alts) in enumerate(raw):
            if form == "surname":
                cands = list(alts) or [aidx]
                known = [c for c in cands if c in seen_full]
                if known:
                    aidx = max(known, key=lambda c: seen_full[c])
                elif titled and len(cands) == 1:
                    aidx = cands[0]
                else:
                    continue
            elif self._actors[aidx].kind == "person":
                seen_full[aidx] = order
            a = self._actors[aidx]
            if form == "name":
                if a.kind == "place":
                    form = "capital" if a.capital_of else "place"
                elif a.metonym_of:
                    form = "metonym"
            out.append({
                "article_id": article_id, "para_idx": pi, "start": s, "end": e,
                "surface": surf, "actor_id": a.id, "kind": a.kind, "country": a.country,
                "form": form,
            })
        return out

    # ------------------------------------------------------------ candidates
    def candidates(self, article_id: str, paragraphs: list[str],
                   mentions: list[dict] | None = None) -> list[dict]:
        """Names that look like actors but are not in the registry.

        Cues: a title followed by 1–3 name tokens (وزير الخارجية الفنلندي بيكا
        هافيستو), a reporting verb followed by a name (قال جاستن برونك), and
        1–3 word names in quotes. Tokens covered by a registry mention, common
        words, and words with the article ال are never part of a candidate.
        """
        if mentions is None:
            mentions = self.link_article(article_id, paragraphs)
        covered: dict[int, list[tuple[int, int, str]]] = {}
        for m in mentions:
            covered.setdefault(m["para_idx"], []).append((m["start"], m["end"], m["kind"]))
        out = []
        for pi, text in enumerate(paragraphs):
            if not text:
                continue
            out.extend(self._para_candidates(article_id, pi, text, covered.get(pi, [])))
        return out

    def _para_candidates(self, aid: str, pi: int, text: str, spans) -> list[dict]:
        folded = fold_cached(text)
        ft = folded.text
        toks, words = _tokens(ft)
        n = len(toks)
        spans_f = spans
        # what a token is, whatever its context (memoised over the run):
        # cue kind and the context-free part of «namey»
        cues = list(map(_CUE_KIND.get, words))
        if None in cues:
            cues = [c if c is not None else _cue_kind(t) for c, t in zip(cues, words)]
        statics = list(map(_NAMEY_STATIC.get, words))
        if None in statics:
            statics = [c if c is not None else _namey_static(t) for c, t in zip(statics, words)]
        # the text between token j and j+1
        gaps = [ft[toks[j][2]:toks[j + 1][1]] for j in range(n - 1)]

        kinds: list[str | None] = [None] * n  # covered_kind per token, memoised
        nameys: list[bool | None] = [None] * n  # namey per token, memoised

        def covered_kind(i: int) -> str:
            got = kinds[i]
            if got is not None:
                return got
            got = ""
            s, e = folded.span(toks[i][1], toks[i][2])
            for ms, me, kind in spans_f:
                if ms < e and s < me:
                    got = kind
                    break
            kinds[i] = got
            return got

        def is_covered(i: int) -> bool:
            return bool(covered_kind(i))

        def gap_ok(i: int) -> bool:
            # tokens i and i+1 separated by white space only
            g = gaps[i]
            return g == " " or g.strip() == ""

        def namey(i: int) -> bool:
            got = nameys[i]
            if got is None:
                k = statics[i]
                if k == 0:
                    got = False
                elif k == 1:
                    got = not is_covered(i)
                else:  # folded «على» (on) and «علي» (Ali) coincide: ask the original
                    got = not is_covered(i) and text[folded.span(toks[i][1], toks[i][2])[1] - 1] == "ي"
                nameys[i] = got
            return got

        def take(i: int) -> int:
            """How many name tokens start at i (0..3)."""
            k = 0
            while i + k < n and k < 3 and namey(i + k) and (k == 0 or gap_ok(i + k - 1)):
                k += 1
            # «عبد» + «الله/الرحمن…» compounds
            return k

        # only cue tokens and tokens two before «، <title or apposition cue>»
        # can start a candidate; the others are skipped (every test is pure)
        todo = [i for i, c in enumerate(cues) if c]
        appos = [j - 1 for j, g in enumerate(gaps)
                 if j and g != " " and g.strip() in (",", "،", "-") and _appos_next(words[j + 1])]
        if appos:
            todo = sorted(set(todo).union(appos))
        found: dict[tuple[int, int], str] = {}
        for i in todo:
            cue = cues[i]
            if cue == 1:
                j = i + 1
                person = False
                # skip the rest of the title's noun phrase: ال-words, باسم, country words
                while j < n and j - i <= 8 and gap_ok(j - 1) and (
                        (toks[j][0].startswith(("ال", "لل")) and toks[j][0] not in _AL_STOP)
                        or toks[j][0] in ("باسم", "عام") or is_covered(j)
                        or toks[j][0] in _CAND_TITLE_CUES):
                    if covered_kind(j) == "person":
                        person = True
                        break
                    j += 1
                if not person and j < n and j > i and gap_ok(j - 1):
                    k = take(j)
                    if k:
                        found.setdefault((j, j + k), "title")
            elif cue == 2:
                j = i + 1
                if j < n and gap_ok(i):
                    k = take(j)
                    if k >= 2 or (k == 1 and j + 1 < n and gaps[j].strip() in (",", "،", ":")):
                        found.setdefault((j, j + k), "verb")
            # apposition: «أنطون تكاتشيف، عضو لجنة …»
            if i + 2 < n and namey(i) and namey(i + 1) and gap_ok(i):
                sep = gaps[i + 1].strip()
                nxt_tok = toks[i + 2][0]
                nxt_base = nxt_tok[1:] if nxt_tok[:1] == "و" else nxt_tok
                if sep in (",", "،", "-") and (nxt_base in _CAND_TITLE_CUES or nxt_base in _APPOS_CUES):
                    a = i - 1 if i > 0 and namey(i - 1) and gap_ok(i - 1) else i
                    found.setdefault((a, i + 2), "apposition")
        # quoted names "…" (all quote kinds are folded to ")
        if '"' in ft:
            starts = [t[1] for t in toks]
            for qm in _QUOTED_RE.finditer(ft):
                inner = range(bisect_left(starts, qm.start(1)), bisect_left(starts, qm.end(1)))
                if not (1 <= len(inner) <= 3 and all(namey(i) for i in inner)):
                    continue
                words_q = [toks[i][0] for i in inner]
                if len(words_q) == 1 and not words_q[0].endswith(_FOREIGN_ENDINGS):
                    continue
                if all(w.endswith("ا") for w in words_q):
                    continue
                found.setdefault((inner[0], inner[-1] + 1), "quote")
        out = []
        for (a, b), cue in sorted(found.items()):
            s, e = folded.span(toks[a][1], toks[b - 1][2])
            cs, ce = max(0, s - 40), min(len(text), e + 40)
            out.append({"surface": text[s:e], "context": text[cs:ce].replace("\n", " "),
                        "article_id": aid, "para_idx": pi, "start": s, "end": e, "cue": cue})
        return out


_QUOTED_RE = re.compile(r'"([^"\n]{2,40})"')
# token -> 0 (no cue), 1 (title cue), 2 (reporting verb cue), with و/ف allowed before
_CUE_KIND: dict[str, int] = {}
# token -> 0 (never a name word), 1 (a name word unless covered by a mention), 2 (علي)
_NAMEY_STATIC: dict[str, int] = {}
_MEMO_MAX = 200_000


def _cue_kind(t: str) -> int:
    base = t[1:] if t[:1] in "وف" and t[1:] in _CAND_CUES else t
    k = 1 if base in _CAND_TITLE_CUES else 2 if base in _CAND_VERB_CUES else 0
    if len(_CUE_KIND) > _MEMO_MAX:
        _CUE_KIND.clear()
    _CUE_KIND[t] = k
    return k


def _namey_static(t: str) -> int:
    """The context-free part of candidates' «namey» test."""
    k = _namey_rule(t)
    if len(_NAMEY_STATIC) > _MEMO_MAX:
        _NAMEY_STATIC.clear()
    _NAMEY_STATIC[t] = k
    return k


def _namey_rule(t: str) -> int:
    if t == "علي":
        return 2
    if len(t) < 2 or t in COMMON_WORDS or t[:1].isdigit() or not _ARABIC_RE.match(t):
        return 0
    if t.startswith("ال") or t.startswith("لل"):
        return 0
    if t[:1] in "وفبل" and (t[1:] in COMMON_WORDS or t[1:] in _CAND_VERB_CUES
                             or t[1:] in _CAND_TITLE_CUES):
        return 0
    if t in _CAND_TITLE_CUES or t in _CAND_VERB_CUES:
        return 0
    return 1


def _appos_next(t: str) -> bool:
    base = t[1:] if t[:1] == "و" else t
    return base in _CAND_TITLE_CUES or base in _APPOS_CUES


@lru_cache(maxsize=4096)
def _tokens(ft: str) -> tuple[tuple[tuple[str, int, int], ...], tuple[str, ...]]:
    """((token, start, end) …, (token …)) of a folded text (shared by the
    linker and candidates)."""
    # findall (no match objects), then each token's start: tokens are maximal
    # runs of token characters, so the next one is the first occurrence of
    # its text after the end of the previous one
    words = _TOKEN_RE.findall(ft)
    toks = []
    append = toks.append
    find = ft.find
    pos = 0
    for w in words:
        start = find(w, pos)
        pos = start + len(w)
        append((w, start, pos))
    return tuple(toks), tuple(words)


class CandidateTally:
    """Corpus-level candidates, counted as articles arrive (memory grows with
    the distinct surfaces, not with the corpus): :meth:`add` per-article
    records, then :meth:`rows`."""

    def __init__(self) -> None:
        self.groups: dict[str, dict] = {}

    def add(self, records: list[dict]) -> None:
        groups = self.groups
        for r in records:
            key = _f(r.get("surface", ""))
            if not key:
                continue
            g = groups.get(key)
            if g is None:
                # articles: a dict as an ordered set (a list scan was quadratic)
                g = groups[key] = {"surfaces": Counter(), "context": r.get("context", ""),
                                   "articles": {}, "count": 0, "cues": Counter()}
            g["surfaces"][r["surface"]] += 1
            g["count"] += 1
            g["cues"][r.get("cue", "")] += 1
            aid = r.get("article_id", "")
            if aid:
                g["articles"][aid] = None

    def rows(self) -> list[dict]:
        out = []
        for g in self.groups.values():
            out.append({"surface": g["surfaces"].most_common(1)[0][0], "context": g["context"],
                        "article_id": ";".join(g["articles"]), "count": g["count"],
                        "cue": ";".join(c for c, _ in g["cues"].most_common() if c)})
        out.sort(key=lambda r: (-r["count"], r["surface"]))
        return out


def aggregate_candidates(records: list[dict]) -> list[dict]:
    """Corpus-level candidates: one row per folded surface, with counts.

    ``surface`` is the most frequent original spelling, ``context`` the first
    context, ``article_id`` the ';'-joined articles in first-seen order.
    """
    tally = CandidateTally()
    tally.add(records)
    return tally.rows()


# ------------------------------------------------------------------ parsing
def _parse_entry(e, fname: str, i: int) -> Actor:
    where = f"{fname}: entry {i + 1}"
    if not isinstance(e, dict):
        raise RegistryError(f"{where}: expected a mapping, got {type(e).__name__}")
    aid = str(e.get("id") or "").strip()
    if not aid:
        raise RegistryError(f"{where}: missing id")
    where = f"{fname}: {aid}"
    if not _ID_RE.match(aid):
        raise RegistryError(f"{where}: id must be ASCII letters, digits and _")
    kind = str(e.get("kind") or "").strip()
    if kind not in KINDS:
        raise RegistryError(f"{where}: unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
    name_ar = str(e.get("name_ar") or "").strip()
    names = _as_list(e.get("names"))
    if not name_ar and not names:
        raise RegistryError(f"{where}: needs name_ar or names")
    roles = []
    for r in e.get("roles") or []:
        if not isinstance(r, dict):
            raise RegistryError(f"{where}: each role must be a mapping")
        rr = dict(r)
        rr["title_ar"] = _as_list(r.get("title_ar"))
        for k in ("from", "to"):
            v = r.get(k)
            rr[k] = None if v in (None, "", "null") else str(v)
            if rr[k] and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", rr[k]):
                raise RegistryError(f"{where}: role date {k}={rr[k]!r} is not ISO")
        roles.append(rr)
    sector = str(e.get("sector") or "").strip()
    if sector and sector not in SECTORS:
        raise RegistryError(f"{where}: unknown sector {sector!r} (expected one of {', '.join(SECTORS)})")
    wd = str(e.get("wikidata") or "").strip()
    if wd and not re.match(r"^Q\d+$", wd):
        raise RegistryError(f"{where}: wikidata must look like Q123")
    return Actor(
        id=aid, kind=kind, name_en=str(e.get("name_en") or "").strip(), name_ar=name_ar or names[0],
        country=str(e.get("country") or "").strip(), wikidata=wd, names=names,
        surnames=_as_list(e.get("surnames")), weak_names=_as_list(e.get("weak_names")),
        adjectives=_as_list(e.get("adjectives")), roles=roles,
        capital_of=str(e.get("capital_of") or "").strip(),
        metonym_of=str(e.get("metonym_of") or "").strip(),
        context=_as_list(e.get("context")), prev_cues=_as_list(e.get("prev_cues")),
        not_after=_as_list(e.get("not_after")),
        marks=str(e.get("marks") or ""), default=bool(e.get("default")), sector=sector, source=fname,
    )


def _validate(actors: list[Actor]) -> None:
    seen: dict[str, str] = {}
    for a in actors:
        if a.id in seen:
            raise RegistryError(f"{a.source}: duplicate id {a.id!r} (first in {seen[a.id]})")
        seen[a.id] = a.source
        for key in ("country", "capital_of", "metonym_of"):
            v = getattr(a, key)
            if v and not _ISO3_RE.match(v):
                raise RegistryError(f"{a.source}: {a.id}: bad ISO3 {key} {v!r}")
        if a.kind == "country" and not _ISO3_RE.match(a.id):
            raise RegistryError(f"{a.source}: {a.id}: a country's id must be its ISO3 code")


# ------------------------------------------------------------ index cache
# Parsing the registry YAML and building the matcher's keys takes ≈ 1 s, paid
# by every process start. The result is stored beside the article cache
# (``dossier.cache.default_cache_dir()``) in one pickle named by the sha256 of
# the registry files (names and bytes), of this module's and normalize's
# source and of the Python version: an edited registry or matcher is a new
# file, never a stale index. Unusable cache folders are ignored silently.
_INDEX_SCHEMA = 1


def _index_cache_path(h, files: list[Path]) -> Path | None:
    try:
        import sys

        from .cache import default_cache_dir

        k = h.copy()
        k.update(f"index{_INDEX_SCHEMA} py{sys.version_info[:2]}".encode())
        for mod in (__file__, _normalize.__file__):
            k.update(Path(mod).read_bytes())
        return default_cache_dir() / f"registry-{k.hexdigest()[:32]}.pickle"
    except Exception:  # noqa: BLE001 - a cache is never required
        return None


def _index_cache_get(h, files: list[Path]):
    import os
    import pickle

    if os.environ.get("DOSSIER_NO_INDEX_CACHE"):
        return None
    path = _index_cache_path(h, files)
    if path is None or not path.is_file():
        return None
    try:
        actors, index = pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - a damaged file is rebuilt
        return None
    return actors, index


def _index_cache_put(h, files: list[Path], actors: list[Actor], index: tuple) -> None:
    import os
    import pickle

    if os.environ.get("DOSSIER_NO_INDEX_CACHE"):
        return
    path = _index_cache_path(h, files)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps((actors, index), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
    except OSError:
        pass


def registry_files(extra: list[Path] | None = None) -> list[Path]:
    files = sorted(REGISTRY_DIR.glob("*.yaml")) if REGISTRY_DIR.is_dir() else []
    for p in extra or []:
        p = Path(p)
        if p.is_dir():
            files.extend(sorted(p.glob("*.yaml")) + sorted(p.glob("*.yml")))
        elif p.is_file():
            files.append(p)
        else:
            raise RegistryError(f"{p}: registry file or folder not found")
    return files


@lru_cache(maxsize=8)
def _load_cached(extra: tuple[str, ...]) -> Registry:
    return Registry.from_files(registry_files([Path(p) for p in extra]))
