"""Reported statements: who said what, with which stance, about which topics.

``extract(article_id, paragraphs, mentions, timexes, published, registry)``
returns one record per reported statement (columns of the ``statements``
table plus extras). The steps, per paragraph:

1. **Sentences.** Split on ``. ! ? ؟ ؛`` and line breaks followed by space, never
   inside a quotation («…» “…” "…", all folded to ``"``; protection is off when
   the paragraph's quotes are unbalanced).
2. **Clauses.** A sentence is cut at ``، بينما / في حين / فيما / لكن / غير أن``
   when a new reporting verb starts there. After a pronominal connector
   (``لكنه نفى``) the cut is made only when the new verb's stance differs from
   the current one, so "أقرت … لكنها قالت إنها شحنت قبل بدء الحرب" stays one
   (partial) admission while "أقر … لكنه نفى أن …" becomes two statements.
3. **Head.** The first reporting verb of the clause outside quotes (not a
   verbal noun after a preposition, not part of a cue like "وثائق تؤكد"),
   else a nominal attribution (بحسب، وفقاً لـ، نقلاً عن، حسبما نقلته …), else
   a colon attribution ("وزيلينسكي: إيران تكذب"). A passive head ("تم تأكيد
   ذلك من قبل X": passive auxiliary + reporting verbal noun + agent marker)
   comes first when it precedes the verb; the agent marker alone ("عقوبات من
   قبل الولايات المتحدة") is no head. No head, no statement. A clause is also
   cut at "، وهو ما نفته طهران" (a statement about the previous one).
4. **Speaker.** The subject after the verb (VSO), else before it within the
   clause (SVO), else — for a verb with no subject — the previous speaker of
   the article (follow-up verbs: any distance; others: same or previous
   paragraph). A subject is a group of mentions: coordinated by و ("كييف
   والغرب") or a title adjective followed by a name. The speaker is the first
   person of the group, else the first actor that is not a region; a city or
   capital speaks for its country. All ids go to ``speaker_actor_ids``.
   Impersonal/passive forms (تعتبر، يعد، يذكر، يشار) with no linked subject
   ("حيث تعتبر هذه المنطقة") are no statement. An unknown subject keeps its
   surface ("ويرى مراقبون"، "وقالت "نيكول جراجوسكي"").
5. **Stance** (see data/lexicons/stance.yaml): the head verb's stance unless
   it is ``statement`` or cancelled by a neutral cue ("رفض التعليق"); "جدد X
   نفي بلاده" takes the verbal noun's stance; then admission / denial / claim
   cues ("في نفي لـ…" is a denial cue); then the transfer-claim rule (the
   clause asserts a transfer, receipt or use of arms — or arms help such as
   trainers — by a country other than the speaker's; not under إذا/لو/ثبت).
6. **Topics** from data/lexicons/topics.yaml.
7. **Accused** (``accused_country``): the object of اتهم; else the supplier of
   a transfer (subject of أرسلت/زودت/…, the noun after تسليم/إرسال/نقل/بيع,
   "ضلوع طهران"; "بلاده" = the speaker's country); else the origin adjective
   of the weapon ("مسيرة إيرانية", or its name: "شاهد 136" → IRN); else the
   subject of استخدم/أطلق/أسقط; else (claims only) the first other country in
   the reported content. "روسيا تسلمت/طلبت من إيران": the supplier follows من.
   ``accused_countries`` (claims): the supplier first, then the other
   countries of the reported content (the recipient, the user), without the
   speaker's own country and places introduced by في/على/ضد.
8. **Date**: the value of a timex in the attribution part of the clause
   (before the reported content: "وفي مطلع الأسبوع، أقرت طهران") →
   ``date_source = "timex"``; otherwise the publication date →
   ``"published"``; otherwise empty → ``"none"``. Dates inside the reported
   content are about the reported facts, not the statement, and are not used.

Further rules (from the blind dev set d12–d18):

* **Interviews**: a paragraph "ج: …" is the interviewee's statement (the first person
  speaker of a clause naming مقابلة/حوار/لقاء), one per sentence; "س: …" is no
  statement but gives the answer its arms topics.
* **Web chrome**: short paragraphs after the last paragraph that ends like a
  sentence (related links, tags) are skipped.
* **Speakers**: "لكنها تنفي" takes the sentence's subject ("ولم تعلق طهران …")
  or the previous clause's speaker; "أن طهران نفت" is SVO inside a complement
  clause; an unlinked subject named in full in an earlier attribution ("وقالت
  هايلي") continues that speaker; "ونُقل عن X قوله" → X; impersonal passives
  ("وتردد أن"، "وأفيد بأن") have an empty speaker; an analyst with a nationality
  adjective ("الخبير العسكري الروسي") speaks for no state.
* **Stance**: "need" cues deny only with arms right after ("لا تحتاج إلى صواريخ");
  "mask" phrases give no cue ("طالباً عدم الكشف عن هويته"); a negated supply verb
  with arms after it is a denial ("لم تصدر أي طائرات مسيرة"); "روسية الصنع" made
  by the speaker's own country is a denial (by another country: the origin); the
  accused party affirming the supply ("إن شحنات الصواريخ بدأت" by an Iranian
  official after a claim against Iran; "قدمنا عدداً محدوداً") is an admission.
* **Two statements in one clause**: an admission followed by a denial cue ("قدمنا
  … ولم نرسل …"), or a denial with an exception and a partial cue ("تنفي …
  باستثناء … عدد محدود") gives a second record with the same text.
* "…، وهو ما ادعته وسائل إعلام" takes the topics and accused of the clause before;
  a response without arms words takes its speaker's previous arms topics, else the
  arms most claimed so far in the article.

From the blind dev set d25–d32 (round 4):

* **Clauses** are also cut at "، في حين / في وقت … فيه / في اتهام (خطوة) / بل / فقد / ثم"
  before a new reporting verb, at "، وهو اعتراف … ردّ عليه X", and at "، و + a named
  subject + its verb" ("، والمتحدثة … زاخاروفا تحدثت عن"). A participle (مضيفاً،
  مشيراً …) still continues its statement: splitting at every one was measured worse.
* **Speakers**: "وكان X قد قال" → X, whatever follows the verb; a person right before
  the verb is its subject (what follows is the object: "كنعاني وصف الاتهامات
  الغربية"); "لوّحت فيه وزارة الخزانة" → the subject after فيه; a document as
  subject ("وأكد البيان"، "وجاء في البيان"، "بحسب التقرير") is its author, the
  previous speaker.
* **Heads**: verbal nouns with their agent and a complementizer ("جاء اتهام بلينكن
  بأن"، "إعلان سوليفان أن"); لوّح، قلل من أهمية، تحدث عن.
* **Claims**: a transfer to be prevented or banned ("لمنع إيران من … نقلها") asserts
  none; places that are not capitals (القرم) and the targets of strikes ("محطات
  الطاقة الأوكرانية") are no parties of a claim.

From the blind dev rounds h21–h30 and h36–h40 (2026-12-07):

* **Speakers**: an outlet relaying a named speaker's verb ("ذكرت رويترز أن عراقجي
  نفى") → that speaker, via the outlet; "التقرير الذي نشرته X" names the author, and
  the same document as a later subject ("وأشار التحديث") is that author; "بحسب بيان
  صادر عن X" → X; "X سبق أن نفى" → X.
* **Stance**: "cannot confirm" (a negation, an ability word, a confirm word) is
  non-committal; "، إن تم،"-style asides make a hypothesis; "أي دليل"، "أي تسليم"،
  "لم تلاحظ … تسليم" and restrictions on transfers assert nothing; "لا دور لها في
  تزويد" and "مجدداً نفي" deny; "الصناعة الإيرانية" (the industry) is no own-make
  denial; unveiling arms ("كشف عن "آرش 2"") reports nothing.
* **Claims**: a strike with another country's arms ("صواريخ كروز روسية أصابت")
  accuses that country; an accuser asserting something about the arms of a party
  the article already accused ("مصنع ألابوغا ينتج 300 مسيّرة شهرياً") is a claim.
* **Clauses**: "، لكنه شدد على أن …" after an admission starts a second statement
  when the cues after it carry another stance.

From the blind dev rounds h76–h85 (2026-12-07, second session):

* **Speakers**: after "لكنه" the name after the verb is its object; a plural verb
  ("يتهمون") takes its subject from before it; an official named by a head noun and
  adjectives after أن ("أن مسؤولاً حكومياً طاجيكياً قال") is the subject; a country's
  accusations with their content anywhere in a clause ("بعد اتهامات أوكرانية بأن")
  are its claim.
* **Stance**: the speaker's own plan ("أن بلاده ستستخدم … لكشف الصفقة") claims
  nothing; "no link between the speaker's side and arms" ("لا صلة لإيران بهذه
  المسيّرات") denies; a relayed verbal noun ("نقلت عن مصدر نفيه أن") gives its
  stance; made at home ("من الإنتاج المحلي") and "كذبة" deny; buyers asking ("طلبت
  شراء") and an ability to export admit no supply; "رافضاً التعليق" and a call for
  evidence ("تقديم أدلة") are no denial or claim; not confirming what the claim
  before reported takes that claim's arms topics.
* **Claims**: present and plural strike verbs (يضربون، تطلق) for the attack rule;
  future supply verbs (سترسل) are transfers; copies and designs of another
  country's arms ("نسخة روسية من شاهد-238"، "تصميم «شاهد» الإيرانية") are claims,
  the speaker's own design a denial.

All matching is on folded text (normalize.fold_with_map); offsets and
surfaces in the records are ORIGINAL paragraph offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress
from pathlib import Path

import yaml

from .actors import fold_cached as fold_with_map
from .normalize import Folded, fold
from .paths import LEXICON_DIR

# the C loader when PyYAML has it (same objects as safe_load, several times faster)
_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _yaml_load(text: str):
    return yaml.load(text, Loader=_YamlLoader)  # noqa: S506 - a safe loader

STANCES = ("claim", "denial", "admission", "statement")
NOT_ARMS = "not_arms"  # topics.yaml: phrases that mask the arms cues inside them
SPACE_WORDS = "space_words"  # topics.yaml: with one of these, a lone "الصاروخ" is a launcher
ARMS_TOPICS = frozenset({"drones", "missiles", "air_defense", "aircraft", "weapons"})
_DM = ("drones", "missiles")
_SPECIFIC_ARMS = ARMS_TOPICS - {"weapons"}

_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_M_GROUP, _M_START, _M_END = re.Match.group, re.Match.start, re.Match.end
_SENT_END = frozenset(".!?؟؛;\n")
_QUOTE = '"'
_MIN = fold("من")


# --------------------------------------------------------------- lexicons
def _tokens(folded_text: str) -> list[str]:
    return [t for t in _TOKEN_RE.findall(folded_text) if t not in "-_"]


class _Trie:
    """Phrases as sequences of folded word tokens, with payloads."""

    def __init__(self) -> None:
        self.root: dict = {}

    def add(self, phrase: str, payload: tuple) -> None:
        toks = _tokens(fold(phrase).lower())
        if not toks:
            return
        node = self.root
        for t in toks:
            node = node.setdefault(t, {})
        node.setdefault(None, []).append(payload)


@dataclass
class Lexicons:
    verbs: dict[str, tuple[str, str, bool, tuple[str, ...]]] = field(default_factory=dict)
    participles: dict[str, str] = field(default_factory=dict)
    trie: _Trie = field(default_factory=_Trie)
    complementizers: frozenset = frozenset()
    nominal_before: frozenset = frozenset()
    no_subject_after: frozenset = frozenset()
    anaphoric_heads: frozenset = frozenset()
    dual_speakers: frozenset = frozenset()
    document_subjects: frozenset = frozenset()
    document_authors: frozenset = frozenset()
    possessive_heads: frozenset = frozenset()
    only_as_claims: frozenset = frozenset()
    supply_verbs: frozenset = frozenset()
    agent_nouns: frozenset = frozenset()
    recipient_nouns: frozenset = frozenset()
    use_words: frozenset = frozenset()
    involvement_nouns: frozenset = frozenset()
    holder_words: frozenset = frozenset()
    prospect_words: frozenset = frozenset()
    cooperation_nouns: frozenset = frozenset()
    affirming: frozenset = frozenset()
    title_countries: dict = field(default_factory=dict)
    receive_verbs: frozenset = frozenset()
    help_words: frozenset = frozenset()
    impersonal: frozenset = frozenset()
    passive_aux: frozenset = frozenset()
    masdar_stance: dict[str, str] = field(default_factory=dict)
    passive_reporting: frozenset = frozenset()
    non_party_heads: frozenset = frozenset()
    own_make: frozenset = frozenset()
    no_part: frozenset = frozenset()
    describe_verbs: frozenset = frozenset()
    describe_nouns: frozenset = frozenset()
    describe_credible: frozenset = frozenset()
    mock_verbs: frozenset = frozenset()
    renewing: frozenset = frozenset()
    attack_words: frozenset = frozenset()
    hedge_openers: frozenset = frozenset()
    hedge_verbs: frozenset = frozenset()
    cannot_negators: frozenset = frozenset()
    cannot_abilities: frozenset = frozenset()
    cannot_confirm: frozenset = frozenset()
    exception: frozenset = frozenset()
    topics: tuple[str, ...] = ()
    space_words: frozenset = frozenset()


def _fset(items) -> frozenset:
    return frozenset(fold(str(x)) for x in (items or []))


def load_lexicons(lexicon_dir: Path | None = None) -> Lexicons:
    d = Path(lexicon_dir) if lexicon_dir else LEXICON_DIR
    rv = _yaml_load((d / "reporting_verbs.yaml").read_text(encoding="utf-8"))
    st = _yaml_load((d / "stance.yaml").read_text(encoding="utf-8"))
    tp = _yaml_load((d / "topics.yaml").read_text(encoding="utf-8"))
    lex = Lexicons()
    for v in rv.get("verbs", []):
        lemma = str(v["lemma"])
        stance = v.get("stance", "statement")
        requires = tuple(fold(str(r)) for r in v.get("requires", []) or [])
        # per entry, not per lemma: "نقلت صحيفة X المقربة من" is blocked by no "من"
        blocked, window = _fset(v.get("blocked_by")), int(v.get("window") or 12)
        for f in v.get("forms", []):
            lex.verbs[fold(str(f))] = (lemma, stance, bool(v.get("follow_up")), requires, blocked, window)
    lex.impersonal = _fset(rv.get("impersonal"))
    lex.passive_reporting = _fset(rv.get("passive_reporting"))
    lex.non_party_heads = _fset(rv.get("non_party_heads"))
    lex.passive_aux = _fset(rv.get("passive_aux"))
    lex.masdar_stance = {fold(str(k)): str(x) for k, x in (rv.get("masdar_stance") or {}).items()}
    for a in rv.get("agent_marker", []) or []:
        lex.trie.add(str(a), ("agent", str(a)))
    for p in rv.get("participles", []):
        form, stance = fold(str(p["form"])), p.get("stance", "statement")
        lex.participles[form] = stance
        if form.endswith("ا") and len(form) > 3:
            # the feminine ("نافيةً"، "مؤكدة"): feminine subjects (ministries, capitals,
            # states) are the most frequent speakers
            lex.participles.setdefault(form[:-1] + "ه", stance)
    for a in rv.get("attributions", []):
        lex.trie.add(str(a), ("attr", str(a)))
    lex.complementizers = _fset(rv.get("complementizers"))
    lex.nominal_before = _fset(rv.get("nominal_before"))
    lex.no_subject_after = _fset(rv.get("no_subject_after"))
    lex.anaphoric_heads = _fset(rv.get("anaphoric_heads"))
    lex.dual_speakers = _fset(rv.get("dual_speakers"))
    lex.document_subjects = _fset(rv.get("document_subjects"))
    lex.document_authors = _fset(rv.get("document_authors"))
    lex.possessive_heads = _fset(rv.get("possessive_heads"))
    lex.renewing = _fset(rv.get("renewing_participles"))
    lex.only_as_claims = frozenset(str(x) for x in rv.get("only_as_claims") or ())
    lex.affirming = frozenset(str(x) for x in rv.get("affirming") or ())
    lex.title_countries = {fold(str(k)): str(v) for k, v in (rv.get("title_countries") or {}).items()}
    for kind in ("denial", "admission", "partial", "claim", "neutral", "need", "mask"):
        for cue in st.get(kind, []) or []:
            lex.trie.add(str(cue), (kind, str(cue)))
    lex.own_make = _fset(st.get("own_make"))
    lex.exception = _fset(st.get("exception"))
    lex.no_part = _fset(st.get("no_part"))
    da = st.get("describe_accusations") or {}
    lex.describe_verbs = frozenset(str(x) for x in da.get("verbs") or ())
    lex.describe_nouns = _fset(da.get("nouns"))
    lex.describe_credible = _fset(da.get("credible"))
    lex.mock_verbs = _fset((st.get("mock_accusations") or {}).get("verbs"))
    lex.attack_words = _fset(st.get("attack_words"))
    hedge = st.get("hedge") or {}
    lex.hedge_openers = _fset(hedge.get("openers"))
    lex.hedge_verbs = _fset(hedge.get("verbs"))
    cc = st.get("cannot_confirm") or {}
    lex.cannot_negators = _fset(cc.get("negators"))
    lex.cannot_abilities = _fset(cc.get("abilities"))
    lex.cannot_confirm = _fset(cc.get("confirm"))
    tr = st.get("transfer", {}) or {}
    lex.supply_verbs = _fset(tr.get("supply_verbs"))
    lex.agent_nouns = _fset(tr.get("agent_nouns"))
    lex.recipient_nouns = _fset(tr.get("recipient_nouns"))
    lex.use_words = _fset(tr.get("use_words"))
    lex.involvement_nouns = _fset(tr.get("involvement_nouns"))
    lex.holder_words = _fset(tr.get("holder_words"))
    lex.prospect_words = _fset(tr.get("prospect_words"))
    lex.cooperation_nouns = _fset(tr.get("cooperation_nouns"))
    lex.receive_verbs = _fset(tr.get("receive_verbs"))
    lex.help_words = _fset(tr.get("help_words"))
    for phrase in tr.get("anaphoric_arms") or []:
        lex.trie.add(str(phrase), ("anaph", ""))
    for iso, names in (tr.get("origin_names") or {}).items():
        for n in names or []:
            lex.trie.add(str(n), ("origin", str(iso)))
    lex.space_words = _fset(tp.pop(SPACE_WORDS, None))
    lex.topics = tuple(t for t in tp if t != NOT_ARMS)
    for topic, cues in tp.items():
        for cue in cues or []:
            lex.trie.add(str(cue), ("topic", str(topic)))
    return lex


LEX = load_lexicons()
_ONE_ROCKET = frozenset(fold(w) for w in ("صاروخ", "الصاروخ", "بالصاروخ", "والصاروخ", "للصاروخ"))

_CONNECTORS = frozenset(fold(w) for w in ("بينما", "فيما", "حين", "لكن", "ولكن", "غير", "بيد", "بل", "فقد", "ثم"))
_PRON_CONNECTORS = frozenset(fold(w) for w in (
    "لكنه", "لكنها", "لكنهم", "لكنهما", "ولكنه", "ولكنها", "لكنني", "لكننا"))
_RELATIVE_LEADS = frozenset(fold(w) for w in ("وهو", "وهي", "وهذا", "الأمر الذي", "وهذا ما"))
_RELATIVE = frozenset(fold(w) for w in ("الذي", "التي"))
_TRANSPORT = fold("نقل")
_ANY = fold("أي")
_ANY_FORMS = frozenset(fold(w) for w in ("أي", "بأي", "لأي"))
_AMMA = fold("أما")
_WHETHER = frozenset(fold(w) for w in ("إذا", "اذا", "وإذا", "لو", "ولو"))
_BUT = frozenset(fold(w) for w in ("غير", "إلا", "الا", "بيد", "وغير"))
_DENIAL_NOUNS = frozenset(fold(w) for w in ("نفي", "ونفي", "إنكار", "وإنكار", "نافيا", "نافية", "نافين"))
_UNSEEN = frozenset(fold(w) for w in ("تلاحظ", "نلاحظ", "يلاحظ", "ترصد", "نرصد", "يرصد", "نر", "تر", "ير",
                                      "تشهد", "نشهد", "تسجل", "نسجل"))
_NEGATIONS = frozenset(fold(w) for w in ("لم", "لا", "لن", "فلم", "ولم", "ولا"))
_PREPS = frozenset(fold(w) for w in ("في", "من", "لدى", "الى", "إلى", "على", "عن", "ضد", "نحو"))
_SELF = frozenset(fold(w) for w in ("بلاده", "بلادها", "بلادنا", "بلادهم", "لبلاده", "بلدنا", "بلده"))
_NOT_REPORTING = frozenset(fold(w) for w in (
    "بعد", "قبل", "منذ", "رغم", "بعدما", "حتى", "لو", "مع", "بما", "الا", "إلا", "غير"))
# "وذهب بوليانسكي أبعد من ذلك، إذ وصف الجلسة": the subject is the main clause's
_SUBORD = frozenset(fold(w) for w in ("إذ", "اذ"))  # not حيث: "حيث تعتبر" is impersonal
_FI, _HIN, _WAQT, _KAMA = fold("في"), fold("حين"), fold("وقت"), fold("كما")
_TARGETING = frozenset(fold(w) for w in (
    "تستهدف", "يستهدف", "استهدفت", "استهدف", "استهداف", "ضرب", "تضرب", "يضرب", "ضربت", "قصف", "تقصف",
    "يقصف", "قصفت", "مهاجمة", "تدمير", "الهجمات", "هجمات", "ضربات"))
_STATEMENT_NOUNS = frozenset(fold(w) for w in (
    "اعتراف", "اتهام", "تصريح", "موقف", "نفي", "إعلان", "ادعاء", "كلام", "زعم", "إقرار",
    "اتهامات", "تصريحات", "ادعاءات", "مزاعم", "تقارير", "رواية", "معلومات"))
_USE_NOUNS = frozenset(fold(w) for w in ("استخدام", "استعمال"))
_FIHI = frozenset(fold(w) for w in ("فيه", "فيها"))
_STATED_IN = frozenset(("ورد", "جاء"))  # the lemmas of "ورد فيه"، "جاء فيها" (a document said)
# "، في اتهام سارعت طهران إلى رفضه"، "، في خطوة قوبلت برفض روسي"
_CLAIM_NOUNS = frozenset(fold(w) for w in ("اتهام", "اتهامات", "خطوة", "تصريحات", "مزاعم", "ادعاءات"))
_WAQT_NEXT = frozenset(fold(w) for w in ("فيه", "كان", "كانت", "يقول", "تقول", "قال", "قالت"))
# "اتهامات أمريكية لطهران بتزويد موسكو …": a nominal accusation led by its claimant's adjective
_ACCUSATION_NOUNS = frozenset(fold(w) for w in ("اتهامات", "اتهام", "واتهامات", "تحذيرات"))
_INFO_NOUNS = frozenset(fold(w) for w in (
    "معطيات", "المعطيات", "معلومات", "المعلومات", "أدلة", "الأدلة", "دليلا", "وثائق", "الوثائق", "بيانات",
    "البيانات", "توضيحات", "إيضاحات", "تفسيرا", "إثباتات"))
_TALK_NOUNS = frozenset(fold(w) for w in (
    "الحديث", "التقارير", "تقارير", "المزاعم", "مزاعم", "الادعاءات", "ادعاءات", "الأنباء", "أنباء",
    "الاتهامات", "اتهامات", "الروايات", "الشائعات", "شائعات", "يقال", "يشاع", "يروج", "يروجه", "التكهنات",
    "تكهنات"))
_DEMONSTRATIVES = frozenset(fold(w) for w in ("هذه", "تلك", "هذا", "ذلك"))
_ONE_OF = frozenset(fold(w) for w in ("إحدى", "أحد"))  # "وبحسب إحدى الوثائق"
_AFFILIATED = frozenset(fold(w) for w in ("التابعة", "التابع", "التابعين", "التابعون"))
# title heads before the body an unknown official speaks for (see _title_org)
_FI = fold("في")
_STAFF = frozenset(fold(w) for w in ("الباحث", "الباحثة", "باحث", "باحثة", "الخبير", "الخبيرة", "العضو", "عضو",
                                     "المحلل", "المحللة"))
_TITLE_WORDS = frozenset(fold(w) for w in (
    "المتحدث", "المتحدثة", "متحدث", "متحدثة", "باسم", "نائب", "نائبة", "وزير", "وزيرة", "مساعد", "مساعدة",
    "مدير", "مديرة", "رئيس", "رئيسة", "قائد", "مسؤول", "مسؤولة", "الناطق", "الناطقة", "ناطق", "المسؤول",
    "المسؤولة", "مستشار", "مستشارة", "وكيل", "وكيلة", "سكرتير", "أمين", "الأمين", "عام", "العام",
    "رئيس", "هيئة", "أركان"))
_SABAQA = frozenset(fold(w) for w in ("سبق", "وسبق", "فقد سبق", "كما سبق"))
_AN = frozenset(fold(w) for w in ("أن", "ان"))
_KANA = frozenset(fold(w) for w in ("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا"))
_PP_LEADS = frozenset(fold(w) for w in ("في", "خلال", "عبر", "إلى"))  # "مشيراً إلى أن"، "مؤكدين في بيان أن"
_COMMENT = frozenset(fold(w) for w in ("التعليق", "الرد", "الإجابة", "الخوض"))
_RAFID = fold("رافض")
_PROCEDURE = frozenset(fold(w) for w in ("دعوى", "الدعوى", "طعن", "الطعن", "استئناف", "الاستئناف", "التماس"))
_COUNTERPART = frozenset(fold(w) for w in ("نظيره", "نظيرته", "نظرائه", "نظيريه", "نظيرها", "نظرائها"))
_TITLE_PLACE_PREPS = frozenset(fold(w) for w in ("في", "لدى"))
_NOT_SUBJECT_PREPS = frozenset(fold(w) for w in ("لدى", "الى", "إلى", "على", "عن", "ضد", "نحو"))


def _has_lam(p, m) -> bool:
    """A mention written with the preposition ل ("لروسيا"، "للكرملين")."""
    tok = p.toks[m[0]]
    surf = fold(m[2].get("surface", ""))
    word = surf if surf[:1] == "ل" else tok
    if len(word) > 2 and word[0] in "وف" and word[1] == "ل":
        word = word[1:]
    return word[:1] == "ل" and not fold(m[2].get("surface", "")).startswith(word)\
        or (surf[:2] == "لل")


# "إن" is left out: folded, it is the complementizer "أن"
_CONDITIONAL = _WHETHER | frozenset(fold(w) for w in ("حال", "ثبت"))
_PREVENT = frozenset(fold(w) for w in ("منع", "لمنع", "بمنع", "ومنع", "تمنع", "يمنع", "لوقف", "بوقف",
                                        "حظر", "بحظر", "لحظر", "تسهل", "يسهل", "القيود", "قيود", "والقيود"))
_AUX = frozenset(fold(w) for w in ("قد", "كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "لقد", "فقد",
                                   "وقد", "ما", "زال", "مازال",
                                   "أما", "وأما", "فلم", "ولم", "لم", "فلا", "لا", "فقد"))
_MA = fold("ما")
_MAKE_VERBS = frozenset(fold(w) for w in ("تصنع", "يصنع", "صنعت", "تنتج", "ينتج", "أنتجت"))
_FACTORIES = frozenset(fold(w) for w in ("المصانع", "مصانع", "بالمصانع"))
_SAID_OBJECT_FORMS = frozenset(fold(w) for w in ("أكده", "أكدته", "أكدها", "أكدوه", "يؤكده", "تؤكده", "أعلنه",
                                                 "أعلنته", "ذكره", "ذكرته"))
_ALSO = frozenset(fold(w) for w in ("أيضا", "أيضاً", "كذلك"))
_FRONTED_PREPS = frozenset(fold(w) for w in ("عن", "حول", "بشأن", "بخصوص", "في", "على", "ردا"))
_PRON_SUBJ = frozenset(fold(w) for w in ("بانها", "انها", "بانه", "انه", "بانهم", "انهم", "اننا", "باننا"))


_CANDS: dict[str, tuple[str, ...]] = {}


def _cands(tok: str, _cache: dict = _CANDS) -> tuple[str, ...]:
    """Matching keys of a text token: itself, without و/ف, ب/ل/ك and ال."""
    got = _cache.get(tok)
    if got is not None:
        return got
    out = [tok]
    base = [tok]
    if len(tok) > 2 and tok[0] in "وف":
        base.append(tok[1:])
    for b in list(base):
        if len(b) > 3 and b[0] in "بلك":
            if b.startswith("لل"):
                base.append("ال" + b[2:])
            base.append(b[1:])
    for b in base:
        if b not in out:
            out.append(b)
        if len(b) > 4 and b.startswith("ال"):
            s = b[2:]
            if s not in out:
                out.append(s)
    res = tuple(out)
    if len(_cache) < 200000:
        _cache[tok] = res
    return res


def _verb_keys(tok: str) -> tuple[str, ...]:
    if len(tok) > 3 and tok[0] in "وف":
        return (tok, tok[1:])
    return (tok,)


# --------------------------------------------------------------- per paragraph
class _Para:
    """A folded paragraph with its tokens, quote depth and mention map."""

    __slots__ = ("f", "ft", "toks", "starts", "ends", "in_quote", "dels", "mentions",
                 "m_tok", "timexes", "matches", "verbs", "arms_starts", "masks", "negs", "makes",
                 "cands", "feats", "parts", "quoted", "confirms",
                 "verb_pos", "comma_next")

    def __init__(self, text: str, mentions: list[dict], timexes: list[dict]):
        self.f: Folded = fold_with_map(text)
        ft = self.ft = self.f.text
        found = list(_TOKEN_RE.finditer(ft))
        toks = list(map(_M_GROUP, found))
        if "-" in toks or "_" in toks:
            keep = [k for k, t in enumerate(toks) if t not in "-_"]
            toks = [toks[k] for k in keep]
            found = [found[k] for k in keep]
        starts = list(map(_M_START, found))
        ends = list(map(_M_END, found))
        self.toks, self.starts, self.ends = toks, starts, ends
        # per token, from the run's memo (see _tok_info): its matching keys (see
        # _cands), lexicon feature bits, trie heads and reporting verb info
        infos = _tok_infos(toks)
        if infos:
            cands, feats, heads, vinfos = zip(*infos)
        else:
            cands = feats = heads = vinfos = ()
        self.cands, self.feats = cands, feats
        # quotation state per token (True inside a quote); off when unbalanced
        nq = toks.count(_QUOTE)
        if nq == 0 or nq % 2:
            self.quoted = False  # no token is inside a quote
            inq = [False] * len(toks)
        else:
            self.quoted = True
            inq, state = [], False
            for t in toks:
                if t == _QUOTE:
                    state = not state
                    inq.append(False)
                else:
                    inq.append(state)
        self.in_quote = inq
        shifts = getattr(self.f, "_shifts", ())
        self.dels = [s + j for j, s in enumerate(shifts)]
        # mentions as (first_tok, last_tok_exclusive, record)
        self.mentions = []
        for m in mentions:
            fs, fe = self.to_folded(m["start"]), self.to_folded(m["end"])
            ti = bisect_right(starts, fs) - 1
            if ti < 0:
                ti = 0
            tj = bisect_left(starts, fe)
            self.mentions.append((ti, max(tj, ti + 1), m))
        self.mentions.sort(key=lambda x: (x[0], -x[1]))
        self.m_tok = {}
        for ti, tj, m in self.mentions:
            self.m_tok.setdefault(ti, (ti, tj, m))
        self.timexes = []
        for t in timexes:
            fs = self.to_folded(t["start"])
            self.timexes.append((bisect_right(starts, fs) - 1, t))
        matches = [m for m in _longest_topics(self._match(heads), toks)
                   if not (m[2][0] == "topic" and m[2][1] == NOT_ARMS)]
        if any(m[1] - m[0] == 1 and m[2] == ("topic", "missiles") and toks[m[0]] in _ONE_ROCKET
               for m in matches) and any(c in LEX.space_words for cs in cands for c in cs):
            # "أن الصاروخ وضع القمر في مداره": one rocket in a paragraph about a launch
            matches = [m for m in matches if not (m[2] == ("topic", "missiles") and m[1] - m[0] == 1
                                                  and toks[m[0]] in _ONE_ROCKET)]
        self.matches = matches
        verbs = self.verbs = _verb_infos(toks, vinfos, cands)
        self.verb_pos = [k for k, v in enumerate(verbs) if v is not None]
        self.comma_next = [k + 1 for k, t in enumerate(toks) if t == "،" or t == ","]
        # per-paragraph positions used by the stance rules (computed once)
        self.arms_starts = sorted({i for i, _j, pl in self.matches if pl[0] == "topic" and pl[1] in ARMS_TOPICS})
        if self.arms_starts:
            _unveilings(self)
        self.masks = [(i, j) for i, j, pl in self.matches if pl[0] == "mask"]
        negs, makes, parts, confirms = [], [], [], []
        for k, f in enumerate(feats):
            if f & _F_POSITIONS:  # rare
                if f & _F_CONFIRM:
                    confirms.append(k)
                if f & _F_NEG:
                    negs.append(k)
                if f & _F_MAKE:
                    makes.append(k)
                if f & _F_PART:
                    parts.append(k)
        self.negs, self.makes, self.parts, self.confirms = negs, makes, parts, confirms

    def to_folded(self, o: int) -> int:
        return o - bisect_left(self.dels, o) if self.dels else o

    def orig(self, ti: int, tj: int) -> tuple[int, int]:
        """Original span of tokens [ti, tj)."""
        return self.f.span(self.starts[ti], self.ends[tj - 1])

    def surface(self, ti: int, tj: int) -> str:
        s, e = self.orig(ti, tj)
        return self.f.original[s:e]

    def _match(self, tok_heads: list) -> list[tuple[int, int, tuple]]:
        """All lexicon phrase matches: (first_tok, end_tok, payload), longest per start.
        ``tok_heads``: per token, the trie nodes of its matching keys (None: none)."""
        cands = self.cands
        n = len(cands)
        out = []
        # most tokens start no phrase (heads None)
        for i in compress(range(n), tok_heads):
            heads = tok_heads[i]
            best: dict[tuple, int] = {}
            for node in heads:
                j = i + 1
                stack = [(node, j)]
                while stack:
                    nd, j = stack.pop()
                    for p in nd.get(None, ()):
                        if best.get(p, 0) < j:
                            best[p] = j
                    if j < n and (len(nd) > 1 or None not in nd):
                        for c2 in cands[j]:
                            nxt = nd.get(c2)
                            if nxt is not None:
                                stack.append((nxt, j + 1))
            for p, j in best.items():
                out.append((i, j, p))
        return out


_MISSILE_NOUNS = frozenset(fold(w) for w in ("صاروخ", "صواريخ", "الصاروخ", "الصواريخ"))


def _longest_topics(matches: list[tuple[int, int, tuple]], toks: list[str]) -> list[tuple[int, int, tuple]]:
    """Drop a topic cue inside a longer cue of another topic ("طائرات مسيرة انتحارية"
    …), except the noun صواريخ inside air defence: "صواريخ أرض-جو"، "صواريخ اعتراضية"
    and "منظومة صواريخ إس-400" are air defence and missiles both (an analyst reading
    the missile statements expects them; blind annotators label them missiles), but
    "منظومات الدفاع الجوي الصاروخية" is air defence only."""
    topics = [(i, j, pl[1]) for i, j, pl in matches if pl[0] == "topic"]
    if len(topics) < 2:
        return matches
    inner = {(i, j, t) for i, j, t in topics
             if any(i2 <= i and j <= j2 and j2 - i2 > j - i and t2 != t
                    and not (t == "missiles" and t2 == "air_defense"
                             and any(c in _MISSILE_NOUNS for c in _cands(toks[i])))
                    for i2, j2, t2 in topics)}
    if not inner:
        return matches
    return [m for m in matches if not (m[2][0] == "topic" and (m[0], m[1], m[2][1]) in inner)]


@dataclass
class _Speaker:
    actor_id: str = ""
    surface: str = ""
    country: str = ""
    ids: tuple[str, ...] = ()
    source: str = "none"
    kind: str = ""

    def again(self, source: str, surface: str | None = None) -> _Speaker:
        """The same speaker, reached another way (a follow-up, an anaphora, a document)."""
        return _Speaker(self.actor_id, self.surface if surface is None else surface, self.country, self.ids,
                        source, self.kind)


def _country_of(m: dict) -> str:
    if m.get("kind") == "country":
        return m.get("actor_id", "")
    return m.get("country", "") or ""


def _party_country(m: dict) -> str:
    """The country a mention makes a party to a claim: none for outlets and think
    tanks ("بحسب وثائق اطلعت عليها رويترز" accuses no one British)."""
    return "" if m.get("sector") else _country_of(m)


def _speaker_id(m: dict) -> str:
    """A city or capital speaks for its country; everything else for itself."""
    if m.get("kind") == "place" and m.get("country"):
        return m["country"]
    return m.get("actor_id", "")


# --------------------------------------------------------------- segmentation
_ABBREVIATIONS = frozenset(("د", "م", "أ", "ا", "أد", "ج"))  # دكتور، مهندس، أستاذ، أ.د.


def _sentences(p: _Para) -> list[tuple[int, int]]:
    """Token spans of sentences (never split inside quotes)."""
    toks, inq = p.toks, p.in_quote
    out, start = [], 0
    n = len(toks)
    ft = p.ft
    nl = "\n" in ft
    for i, t in enumerate(toks):
        if t in _SENT_END and not inq[i]:
            # keep decimal points and dots glued to a following word
            if t == "." and i + 1 < n and p.starts[i + 1] == p.ends[i]:
                continue
            # "الباحثة د. ريم العتيبي"، "م. أحمد": the dot of a one-letter title
            if t == "." and i > start and i + 1 < n and p.toks[i - 1] in _ABBREVIATIONS \
                    and p.starts[i] == p.ends[i - 1]:
                continue
            if i > start:
                out.append((start, i + 1))
            start = i + 1
        elif nl and i + 1 < n and "\n" in ft[p.ends[i]:p.starts[i + 1]] and not inq[i]:
            out.append((start, i + 1))
            start = i + 1
    if start < n:
        out.append((start, n))
    # drop sentences made of punctuation only
    return [(a, b) for a, b in out if any(p.toks[k][0].isalnum() for k in range(a, b))]


def _is_nominal(p: _Para, i: int, lo: int) -> bool:
    return i > lo and p.toks[i - 1] in LEX.nominal_before


_MISSING = object()


def _verb_info(tok: str) -> tuple | None:
    """The reporting verb info of the token's first matching key (see _verb_keys)."""
    verbs = LEX.verbs
    for k in _verb_keys(tok):
        info = verbs.get(k)
        if info is not None:
            return info
    return None


def _verb_infos(toks: list[str], base: list, cands: list) -> list[tuple | None]:
    """Per token: the reporting verb info of its first matching key (``base``, see
    _verb_info), when the words it requires soon after are there; else None. What
    does not depend on the clause start or the cue tokens, computed once per
    paragraph. ``cands``: the matching keys of every token (see _cands)."""
    out = list(base)
    for i, info in enumerate(base):
        if info is not None and i >= 2 and toks[i - 1] == _MA and toks[i - 2] in _NOT_SUBJECT_PREPS \
                and toks[i] in _SAID_OBJECT_FORMS:
            # "لم تصدر أي تعليق على ما أعلنته كييف": what was said, named as an object, is
            # no new statement ("وفق ما أعلنته السلطات" and "وهو ما أكده" are; "رداً على ما
            # وصفته الخارجية" describes)
            out[i] = None
            continue
        if info is not None and info[3]:
            # requires one of these words soon after (before any blocking word)
            blocked = info[4]
            ok = False
            for cs in cands[i + 1:i + 1 + info[5]]:
                if any(c in blocked for c in cs):
                    break
                if any(c in info[3] for c in cs):
                    ok = True
                    break
            if not ok:
                out[i] = None
    return out


def _verb_at(p: _Para, i: int, lo: int, cue_toks: set[int]) -> tuple | None:
    """Reporting verb info at token i, or None."""
    info = p.verbs[i]
    if info is None or p.in_quote[i] or i in cue_toks or _is_nominal(p, i, lo):
        return None
    if any(mi < i < mj for mi, mj in p.masks):
        return None  # "نائباً …، طلب عدم ذكر اسمه، أقر بأن": a verb inside a masked phrase
    return info


def _clauses(p: _Para, a: int, b: int, cue_toks: set[int]) -> list[tuple[int, int]]:
    """Cut a sentence at connectors that start a new reported statement."""
    cuts = [a]
    cur_stance = None
    toks, inq, verbs = p.toks, p.in_quote, p.verbs
    # only tokens with a verb info or right after a comma do anything below
    lo_v, hi_v = bisect_left(p.verb_pos, a), bisect_left(p.verb_pos, b)
    lo_c, hi_c = bisect_left(p.comma_next, a), bisect_left(p.comma_next, b)
    events = sorted(set(p.verb_pos[lo_v:hi_v]).union(p.comma_next[lo_c:hi_c]))
    for i in events:
        if cur_stance is None and verbs[i] is not None:
            info = _verb_at(p, i, a, cue_toks)
            if info:
                cur_stance = info[1]
        if i == a or inq[i] or toks[i - 1] not in ("،", ","):
            continue
        t = toks[i]
        if t in _RELATIVE_LEADS and i + 2 < b and p.toks[i + 1] == "ما" \
                and _verb_at(p, i + 2, i, cue_toks) is not None:
            # "…، وهو ما نفته طهران": a second statement about the first one
            cuts.append(i)
            cur_stance = _verb_at(p, i + 2, i, cue_toks)[1]
            continue
        if t in _RELATIVE_LEADS and i + 3 < b and p.toks[i + 1] in _STATEMENT_NOUNS:
            # "…، وهو اعتراف جزئي ردّ عليه زيلينسكي بالقول": the reply to the statement before
            k = next((k for k in (i + 2, i + 3) if _verb_at(p, k, i, cue_toks) is not None), None)
            if k is not None:
                cuts.append(i)
                cur_stance = _verb_at(p, k, i, cue_toks)[1]
                continue
        part = LEX.participles.get(t)
        if part in ("denial", "admission") and cur_stance is not None and part != cur_stance \
                and not any(mi == i for mi, _mj in p.masks):
            # "وأضاف: "إذا قدمت أوكرانيا أي وثائق …"، نافياً في الوقت ذاته تزويد موسكو بأي
            # صواريخ": a denial (admission) after a statement of another stance is a second one
            cuts.append(i)
            cur_stance = part
            continue
        info_t = _verb_at(p, i, i, cue_toks)
        if info_t is not None and t[:1] == "و" and info_t[1] in ("denial", "admission") \
                and cur_stance is not None and info_t[1] != cur_stance:
            # "وصف بقائي الحكم بأنه "سياسي"، ونفى أن تكون بلاده قد زودت روسيا": the same
            # speaker's second statement, of another stance
            cuts.append(i)
            cur_stance = info_t[1]
            continue
        if info_t is not None and t[:1] == "و" and LEX.verbs.get(t[1:]) is not None \
                and not (i + 1 < b and any(c in LEX.anaphoric_heads for c in _cands(p.toks[i + 1]))) and any(
                m[0] <= i + 4 and m[2].get("kind") in ("person", "country", "organization")
                for m in _mentions_between(p, i + 1, min(b, i + 6))):
            # "رحبت كييف بالعقوبات، وقال وزير الخارجية الأوكراني …": a new speaker
            cuts.append(i)
            cur_stance = info_t[1]
            continue
        if info_t is not None and t[:1] == "و" and cur_stance == "claim" and i + 1 < b \
                and p.toks[i + 1] in LEX.complementizers and LEX.verbs.get(t[1:]) is not None:
            # "واتهم ممثل الولايات المتحدة طهران بمساعدة موسكو …، وقال إن واشنطن رصدت …":
            # an accusation's speaker reports a second content (after a denial, "ونفى …،
            # وقال إن" explains the same one)
            cuts.append(i)
            cur_stance = info_t[1]
            continue
        if t == _KAMA and i + 2 < b and _verb_at(p, i + 1, i, cue_toks) is not None and any(
                m[0] <= i + 5 and m[2].get("kind") in ("person", "country", "organization", "place")
                for m in _mentions_between(p, i + 2, min(b, i + 7))):
            # "…، كما نفت طهران بدورها سقوط أي صاروخ": another speaker's statement
            cuts.append(i)
            cur_stance = _verb_at(p, i + 1, i, cue_toks)[1]
            continue
        if t[:1] in ("و", "ف") and _svo_subject_at(p, i, b, cue_toks):
            # "…، والمتحدثة باسم الخارجية الروسية ماريا زاخاروفا تحدثت عن …": a new subject
            # and its verb
            cuts.append(i)
            cur_stance = None
            continue
        k_sab = i + 1 if t in _SUBORD else i
        if k_sab < b and _sabaqa(p, k_sab, b, cue_toks) is not None:
            # "…، إذ سبق لكيربي أن قال إن"، "، وسبق لبوتين أن أكد": an earlier statement
            # by a new speaker
            cuts.append(i)
            cur_stance = None
            continue
        if t == _QABL and i + 2 < b and toks[i + 1] in _AN:
            vi = _verb_at(p, i + 2, i, cue_toks)
            if vi is not None and vi[1] in ("admission", "denial", "claim") and vi[1] != cur_stance:
                # "وهو ما نفته طهران مراراً، قبل أن تقرّ بأنها أرسلت …": a change of position
                cuts.append(i)
                cur_stance = vi[1]
                continue
        if t[:1] == "ف" and any(x == _AMMA for x in _cands(toks[cuts[-1]])):
            continue  # "أما السفارة …، التي تعمل …، فقد نفت": فـ answers أما, same statement
        keys = _verb_keys(t)
        pron = any(k in _PRON_CONNECTORS or k in _SUBORD for k in keys)
        conn = pron or any(k in _CONNECTORS for k in keys)
        if not conn and t == _FI and i + 2 < b and (p.toks[i + 1] == _HIN or p.toks[i + 1] in _CLAIM_NOUNS or (
                p.toks[i + 1] == _WAQT and (p.toks[i + 2] in _WAQT_NEXT or verbs[i + 2] is not None))):
            # "، في حين يقول مسؤولون غربيون"، "، في وقت لوّحت فيه وزارة الخزانة"
            # ("، في وقت سابق،" is no connector)
            conn = True
        if not conn:
            continue
        if any(k == fold("غير") for k in keys) and not (i + 1 < b and p.toks[i + 1] in LEX.complementizers):
            continue
        horizon = min(b, i + (3 if pron else 16))
        for j in range(i + 1, horizon):
            if p.toks[j] in LEX.complementizers and j > i + 1 and not pron:
                break
            vi = _verb_at(p, j, i, cue_toks)
            if vi is None:
                continue
            if pron and vi[1] == "statement" and cur_stance in ("admission", "denial", "claim"):
                # "أقرّ بقائي بأن طهران سلّمت …، لكنه شدد على أن "أي حديث عن دور إيراني كذب
                # محض"": the stance of the cues after the verb decides
                # (up to the next reporting verb: "، بينما نفى …" is another statement)
                nxt = next((k for k in p.verb_pos if k > j), b)
                later = {pl[0] for mi, _mj, pl in p.matches
                         if j < mi < min(b, nxt) and pl[0] in ("admission", "denial", "claim")}
                if later and cur_stance not in later:
                    cuts.append(i)
                    cur_stance = next(iter(sorted(later)))
                break
            if pron and (vi[1] == "statement" or vi[1] == cur_stance):
                break
            cuts.append(i)
            cur_stance = vi[1]
            break
    cuts.append(b)
    return [(cuts[k], cuts[k + 1]) for k in range(len(cuts) - 1) if cuts[k + 1] > cuts[k]]


_QABL = fold("قبل")
_UNVEIL = frozenset((fold("كشف"),))
_ANN = fold("عن")


def _unveilings(p: _Para) -> None:
    """"كشف الجيش الإيراني عن "آرش 2" خلال مناورات": unveiling a weapon is an event, not a
    reported statement — the verb reports nothing when عن is followed by arms."""
    arms = set(p.arms_starts)
    for k in p.verb_pos:
        info = p.verbs[k]
        if info is None or info[0] not in _UNVEIL:
            continue
        for j in range(k + 1, min(len(p.toks) - 1, k + 6)):
            if p.toks[j] == _ANN:
                n = j + 1 + (p.toks[j + 1] == _QUOTE)
                if n in arms:
                    p.verbs[k] = None
                break
    p.verb_pos = [k for k in p.verb_pos if p.verbs[k] is not None]


def _cannot_confirm(p: _Para, lo: int, k: int) -> str:
    """"لا تستطيع أن تؤكد"، "ليس في وضع يسمح له بتأكيد"، "لا يستطيع في هذه المرحلة تأكيد":
    a negated ability within four tokens before the confirm word at k (the cue), else ""."""
    for c in range(k - 1, max(lo, k - 5) - 1, -1):
        if any(x in LEX.cannot_abilities for x in p.cands[c]):
            for n in range(c - 1, max(lo, c - 4) - 1, -1):
                if p.toks[n] in LEX.cannot_negators:
                    return p.surface(n, k + 1)
            return ""
    return ""


def _these_accusations(p: _Para, a: int, b: int) -> bool:
    """"رفضت البعثة هذه الاتهامات": the clause answers accusations made before (so a
    generic weapons word in it, "تدفق السلاح الغربي", names nothing they were about)."""
    toks = p.toks
    # ("هذه الاتهامات"، or the definite "الاتهامات الأمريكية"، "التقارير الغربية")
    return any(toks[k] in _DEMONSTRATIVES and toks[k + 1] in _TALK_NOUNS
               or toks[k] in _TALK_NOUNS and toks[k].startswith("ال") and (k + 1) in p.m_tok
               for k in range(a, b - 1))


def _sabaqa(p: _Para, k: int, b: int, cue_toks: set[int]) -> tuple[int, int] | None:
    """"سبق لـX أن قال": at token k a form of سبق, then a mention written with ل, أن
    and a reporting verb; returns (the mention's first token, the verb's token)."""
    if p.toks[k] not in _SABAQA:
        return None
    m = p.m_tok.get(k + 1)
    if m is None or not _has_lam(p, m):
        return None
    j = m[1]
    if j + 1 < b and p.toks[j] in _AN and _verb_at(p, j + 1, k, cue_toks) is not None:
        return k + 1, j + 1
    return None


def _svo_subject_at(p: _Para, i: int, b: int, cue_toks: set[int]) -> bool:
    """A subject (a person, or a title and its name) starts within 4 tokens of ``i``
    and is followed right away by a reporting verb (one auxiliary allowed)."""
    ms = [m for m in _mentions_between(p, i, min(b, i + 12)) if m[0] - i <= 4]
    if not ms or not any(m[2].get("kind") == "person" for m in ms):
        return False
    g = _group(p, ms, b)
    e = max(m[1] for m in g)
    if e < b and p.toks[e] in _AUX:
        e += 1
    return e < b and _verb_at(p, e, i, cue_toks) is not None


# --------------------------------------------------------------- speakers
def _group(p: _Para, ms: list[tuple[int, int, dict]], stop_at: int) -> list[tuple[int, int, dict]]:
    """The subject group starting at the first mention: coordinated mentions
    and title-adjective + name sequences."""
    if not ms:
        return []
    group = [ms[0]]
    skipped = None  # a place after a title ("السفير الروسي في واشنطن أناتولي أنطونوف")
    for m in ms[1:]:
        prev = group[-1]
        if m[0] >= stop_at:
            break
        if skipped is None and prev[2].get("form") in ("adjective", "title_adjective") \
                and m[2].get("kind") in ("place", "country") and m[0] - prev[1] == 1 \
                and p.toks[m[0] - 1] in _TITLE_PLACE_PREPS:
            skipped = m
            continue
        if skipped is not None:
            gap = p.toks[skipped[1]:m[0]]
            if not gap and m[2].get("kind") == "person":
                group.append(m)
            break
        gap = p.toks[prev[1]:m[0]]
        if any(g in ("،", ",", ":") for g in gap):
            break
        coord = p.toks[m[0]].startswith("و") and not m[2].get("surface", "").startswith("و")
        coord = coord or (gap and gap[-1] == "و")
        pk, pf = prev[2].get("kind"), prev[2].get("form")
        if coord and len(gap) <= 1 or (
                (pf in ("adjective", "title_adjective") or pk == "organization")
                and len(gap) <= 3 and m[2].get("kind") in ("person", "organization")):
            group.append(m)
        else:
            break
    return group


def _pick(group: list[tuple[int, int, dict]]) -> dict:
    for m in group:
        if m[2].get("kind") == "person":
            return m[2]
    for m in group:
        if m[2].get("kind") != "place" or m[2].get("country"):
            return m[2]
    return group[0][2]


def _in_international_office(registry, actor_id: str, published: str | None) -> bool:
    """The registry gives the person a role in an international body (``international:
    true``) held on the publication date — or, undated, their only kind of role:
    "غوتيريش" speaks for the UN, not for Portugal; Kallas as prime minister for Estonia."""
    actor = registry.get(actor_id) if registry is not None and actor_id else None
    roles = list(getattr(actor, "roles", None) or ())
    intl = [r for r in roles if r.get("international")]
    if not intl:
        return False
    day = str(published or "")[:10]
    if not day:
        return len(intl) == len(roles)
    # (a bound may be a year or a month: "2019" <= "2019-05-01", "2024-05" <= "2024")
    return any(str(r.get("from") or "") <= day and (
        not r.get("to") or day[:len(str(r["to"]))] <= str(r["to"])) for r in intl)


def _for_international_body(group: list[tuple[int, int, dict]], person: dict) -> bool:
    """The title before ``person`` names an international body (an organisation with no
    country) and no state ("المندوب الروسي في الأمم المتحدة" speaks for Russia; an envoy
    "لدى الأمم المتحدة" never has the body in the group)."""
    body = False
    for m in group:
        if m[2] is person:
            return body
        kind = m[2].get("kind")
        if kind == "country" or kind == "place" and m[2].get("country"):
            return False
        body = body or kind == "organization" and not m[2].get("country")
    return False


def _mentions_between(p: _Para, lo: int, hi: int) -> list[tuple[int, int, dict]]:
    return [m for m in p.mentions if lo <= m[0] and m[1] <= hi]


def _post_window(p: _Para, vi: int, end: int) -> int:
    """End token (exclusive) of the subject window after token vi."""
    j = vi + 1
    seen = False
    while j < end and j - vi <= 14:
        t = p.toks[j]
        if t in LEX.complementizers or t == ":":
            break
        if t in ("،", ","):
            nxt = p.m_tok.get(j + 1)
            if seen and not (nxt and nxt[2].get("kind") == "person"):
                break
        elif t != _QUOTE:
            seen = True
        j += 1
    return j


def _speaker_from(p: _Para, lo: int, hi: int, ctx: dict, allow_prep: bool = True,
                  allow_lam: bool = False) -> tuple[_Speaker, int] | None:
    """Speaker from the mentions in tokens [lo, hi); returns it and the group end.
    ``allow_lam``: a mention written with ل right at ``lo`` speaks (after an
    attribution marker: "وفقاً لمعهد دراسة الحرب"، "في بيان لوزارة الخارجية")."""
    ms = [m for m in _mentions_between(p, lo, hi)
          if not (m[0] > lo and p.toks[m[0] - 1] in _NOT_SUBJECT_PREPS)
          and (not _has_lam(p, m) or _lam_of_head(p, lo, m) or (allow_lam and m[0] == lo))
          and (allow_prep or not (m[0] > lo and p.toks[m[0] - 1] in _PREPS))]
    if not ms or ms[0][0] - lo > 8:
        return None
    group = _group(p, ms, hi)
    best = _pick(group)
    head_tok = lo
    # surface: from the window start (titles) to the group end, if close
    s_tok = head_tok if group[0][0] - head_tok <= 5 else group[0][0]
    e_tok = max(m[1] for m in group)
    if e_tok < len(p.toks) and p.toks[e_tok] == _QUOTE and not p.in_quote[e_tok] \
            and p.toks[s_tok:e_tok].count(_QUOTE) % 2 == 1:
        e_tok += 1
    surface = p.surface(s_tok, e_tok).strip(" ،,")
    country = _country_of(best)
    if country and best.get("kind") == "person" and (
            best.get("actor_id") in ctx.setdefault("body_officials", set())
            or _for_international_body(group, best)
            or _in_international_office(ctx.get("registry"), best.get("actor_id", ""), ctx.get("published"))):
        # "مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل"، "مدير الوكالة الدولية
        # للطاقة الذرية رافائيل غروسي": an official of an international body speaks for it,
        # not for the state of their passport — also when named again later ("وقال بوريل")
        country = ""
        ctx["body_officials"].add(best.get("actor_id"))
    sp = _Speaker(actor_id=_speaker_id(best), surface=surface, country=country,
                  ids=tuple(dict.fromkeys(m[2]["actor_id"] for m in group)), kind=best.get("kind", ""))
    # "وأشار المسؤول الروسي": a generic head agreeing with the previous speaker
    prev: _Speaker | None = ctx.get("prev")
    if (prev and prev.kind == "person" and best.get("kind") == "country"
            and best.get("form") in ("adjective", "title_adjective")
            and len(group) == 1 and p.toks[lo] in LEX.anaphoric_heads and prev.country == sp.country):
        sp = prev.again("anaphora", surface)
    return sp, e_tok


def _lam_of_head(p: _Para, lo: int, m) -> bool:
    """"قالت العلاقات العامة للحرس الوطني": ل after a head noun marks the body the
    speaker belongs to, not an addressee ("وقال لوكالة رويترز")."""
    gap = p.toks[lo:m[0]]
    return 0 < len(gap) <= 3 and not any(t in _PREPS or t in ("،", ",", _QUOTE) for t in gap)


def _plain_surface(p: _Para, lo: int, hi: int, n: int = 2) -> str:
    if lo < hi and p.toks[lo] == _QUOTE:
        e = lo + 1
        while e < hi and p.toks[e] != _QUOTE:
            e += 1
        if e - lo <= 6:
            return p.surface(lo + 1, e) if e > lo + 1 else ""
    hi = min(hi, lo + n)
    # ("وقال رويس في كلمته": the name ends before a preposition)
    hi = next((k for k in range(lo + 1, hi) if p.toks[k] in _PREPS), hi)
    toks = [k for k in range(lo, hi) if p.toks[k] not in ("،", ",", _QUOTE)]
    if not toks:
        return ""
    return p.surface(toks[0], toks[-1] + 1).strip(' "«»“”،,')


# --------------------------------------------------------------- accused
def _is_recipient(p: _Para, m: tuple[int, int, dict], registry) -> bool:
    ti = m[0]
    if ti > 0 and p.toks[ti - 1] in _PREPS:
        return True
    tok = p.toks[ti]
    surf = fold(m[2].get("surface", ""))
    if tok and tok[0] in "لب" or surf[:1] in ("ل", "ب"):
        word = surf if surf[:1] in ("ل", "ب") else tok
        aliases = _aliases(registry, m[2].get("actor_id", ""))
        rest = word[1:]
        if rest.startswith("ل") and word.startswith("لل"):
            rest = "ال" + word[2:]
        return not any(a.startswith(word) for a in aliases) and bool(rest)
    if len(tok) > 2 and tok[0] in "وف" and tok[1] in "لب":
        return not any(a.startswith(tok[1:]) for a in _aliases(registry, m[2].get("actor_id", "")))
    return False


_ALIAS_CACHE: dict[tuple[int, str], tuple[str, ...]] = {}


def _aliases(registry, actor_id: str) -> tuple[str, ...]:
    key = (id(registry), actor_id)
    got = _ALIAS_CACHE.get(key)
    if got is None:
        a = None
        if registry is not None:
            getter = getattr(registry, "get", None)
            a = getter(actor_id) if getter else None
        names = list(getattr(a, "aliases", []) or []) if a is not None else []
        got = tuple(fold(x) for x in names)
        _ALIAS_CACHE[key] = got
    return got


_SUFFIXES = ("ها", "هم", "هما", "ه", "نا")


def _supply_key(c: str) -> bool:
    """A supply verb with an object pronoun ("تزودها"، "أرسلها")."""
    for suf in _SUFFIXES:
        if len(c) > len(suf) + 2 and c.endswith(suf) and c[:-len(suf)] in LEX.supply_verbs:
            return True
    return False


def _noun_keys(cands: tuple[str, ...]) -> list[str]:
    """Matching keys of a verbal noun, also without an attached pronoun ("إرسالها")."""
    out = list(cands)
    for c in cands:
        for suf in _SUFFIXES:
            if len(c) > len(suf) + 2 and c.endswith(suf):
                out.append(c[:-len(suf)])
    return out


def _is_supply(tok: str) -> bool:
    return any(k in LEX.supply_verbs or _supply_key(k) for k in _verb_keys(tok)) or any(
        f in LEX.supply_verbs or _supply_key(f) for f in _future_stems(tok))


def _future_stems(tok: str) -> tuple[str, ...]:
    """"سترسل" → "ترسل"، "وستزودها" → "تزودها": a present verb after the future prefix س."""
    return tuple(k[1:] for k in _verb_keys(tok) if len(k) > 4 and k[0] == "س" and k[1] in "يتن")


_BARTER = frozenset(fold(w) for w in ("مقابل", "ثمن", "مقايضة", "لقاء"))


def _barter(p: _Para, lo: int, hi: int) -> bool:
    """"تدفع ثمن المسيّرات الإيرانية"، "دعماً عسكرياً مقابل المسيّرات": arms paid
    for, or given in exchange — a transfer ("في المقابل" alone is none)."""
    arms = p.arms_starts
    return any(k + 1 in arms and any(c in _BARTER for c in _cands(p.toks[k]))
               for k in range(lo, min(hi, len(p.toks)) - 1))


def _latest_claim_parties(ctx: dict, arms: list[str]) -> tuple[str, ...]:
    """The parties of the article's latest claim on any of these arms (none: ())."""
    for c_topics, c_acc, _c_pi in reversed(ctx["claims_seen"]):
        if c_topics.intersection(arms):
            return c_acc
    return ()


_ECHO_ENDINGS = ("ون", "ين", "ات", "ة", "ه")


def _name_like(tok: str) -> bool:
    """A token that may be part of a name the registry does not know."""
    return tok.isalpha() and not tok.startswith("ال") and tok not in _PREPS \
        and tok not in LEX.complementizers and _verb_info(tok) is None


def _echo_keys(p: _Para, a: int, b: int) -> frozenset[str]:
    """Content words of tokens a..b, stripped of clitics and of the plural and
    feminine endings ("مدربون"، "مدربين" → "مدرب"), that an answer repeating a
    claim shares with it (words under four letters, and reporting verbs, say little)."""
    keys = set()
    for k in range(a, b):
        tok = p.toks[k]
        if len(tok) < 4 or not tok[0].isalpha() or _verb_info(tok):
            continue
        key = _cands(tok)[-1]
        for end in _ECHO_ENDINGS:
            if key.endswith(end) and len(key) - len(end) >= 3:
                key = key[: -len(end)]
                break
        if len(key) >= 3:
            keys.add(key)
    return frozenset(keys)


_THESE_PEOPLE = fold("هؤلاء")
_POINTING = _DEMONSTRATIVES | {_THESE_PEOPLE, fold("أولئك")}


def _demonstrative_echo(p: _Para, lo: int, b: int, ctx: dict) -> list[str]:
    """The arms topics of the latest arms claim that has the noun after a demonstrative
    in ``lo..b`` ("هؤلاء المدربين"، "هذه الرحلات") among its words; none: []."""
    for k in range(lo, b - 1):
        if p.toks[k] in _POINTING and p.toks[k + 1].startswith("ال"):
            key = next(iter(_echo_keys(p, k + 1, k + 2)), None)
            if key is None:
                continue
            for c_keys, c_topics, _c_acc in reversed(ctx["echo_claims"]):
                if key in c_keys:
                    return list(c_topics)
    return []


def _echoed_claim(ctx: dict, keys: frozenset[str], country: str | None) -> list[str]:
    """The arms topics of the article's claim against ``country`` (any: None) that a response with
    no arms word repeats ("نفى بيسكوف وجود مدربين إيرانيين في القرم" after "أن عسكريين
    إيرانيين ينتشرون في شبه جزيرة القرم"): at least two shared words, the most shared,
    the latest on a tie; none: []."""
    best, best_n = [], 2
    for c_keys, c_topics, c_acc in ctx["echo_claims"]:
        if (country is None or country in c_acc) and len(keys & c_keys) >= best_n:
            best, best_n = c_topics, len(keys & c_keys)
    return list(best)


def _conditional_at(p: _Para, a: int, k: int) -> bool:
    # "إذا ثبت نقل"، "لمنع إيران من تطوير الصواريخ ونقلها"، "أي جهة تسهّل نقل المسيّرات": a
    # hypothesis, or a transfer to be prevented, banned or facilitated by whoever, asserts none;
    # so do "أي تسليم لهذه الصواريخ سيشكل خرقاً" (any transfer) and "لم تلاحظ حتى الآن تسليم"
    # (not seen)
    toks = p.toks
    if k - 1 >= a and toks[k - 1] == _ANY:
        return True
    if any(toks[j] in _WHETHER for j in range(max(a, k - 6), k)):
        return True  # "ما إذا كانت طهران ستقرر تزويد موسكو": whether, a question
    if any(toks[j] in _TALK_NOUNS for j in range(max(a, k - 3), k)):
        return True  # "التكهنات الغربية حول نقل صواريخ": what others say of a transfer
    for j in range(max(a, k - 6), k):  # ("لم ترَ حتى الآن دليلاً على تسليم")
        if toks[j] in _UNSEEN and j - 1 >= a and toks[j - 1] in _NEGATIONS:
            return True
    return bool(set(toks[max(a, k - 2):k]) & _CONDITIONAL) or bool(set(toks[max(a, k - 8):k]) & _PREVENT)


def _attack_by(p: _Para, lo: int, b: int, arms_ends: set[int], own: str) -> str:
    """The country whose adjective follows arms (within two tokens of their last token), with
    an attack word of stance.yaml next to them (six tokens before the adjective to two after
    it), when it is not ``own``; else "". ("الطائرات الإيرانية … منحت موسكو وسيلة لقصف": the
    strike is far from the arms, and the arms' user is another country.)"""
    feats = p.feats
    attacks = [k for k in range(lo, b) if feats[k] & _F_ATTACK]
    if not attacks:
        return ""
    for m in _mentions_between(p, lo, b):
        d = m[2]
        # ("المسيّرات الإيرانية ما زالت تضرب مدننا": "still" stands between)
        reach = m[1] + 1 + 2 * (m[1] + 1 < b and p.toks[m[1] + 1] in _STILL)
        if d.get("kind") == "country" and d.get("form") == "adjective" and d["actor_id"] != own \
                and any(0 < m[0] - t <= 2 for t in arms_ends) \
                and any(m[0] - 6 <= k <= reach for k in attacks):
            return d["actor_id"]
    return ""


# "لم تتوقف عن"، "لم تكف عن": never stopped — the negation affirms what follows عن
_STOP_VERBS = frozenset(fold(w) for w in ("يتوقف", "تتوقف", "توقف", "توقفت", "يتوقفوا", "يكف", "تكف",
                                           "كف", "كفت", "ينقطع", "تنقطع", "انقطع", "انقطعت"))
_AN_PREP = fold("عن")


def _never_stopped(p: _Para, lo: int, b: int) -> bool:
    """"إن طهران «لم تتوقف يوماً» عن شحن صواريخ": a negated stop verb, then عن and a
    transfer word (within a quote mark and an adverb) — the transfer goes on."""
    toks = p.toks
    for k in range(lo, b - 2):
        if toks[k] in _NEGATIONS and toks[k + 1] in _STOP_VERBS:
            for j in range(k + 2, min(b - 1, k + 5)):
                if toks[j] == _AN_PREP:
                    return bool(p.feats[j + 1] & _F_TRANSFER)
    return False


# "ما زالت"، "لا تزال": still (the negation particle before them negates nothing)
_STILL = frozenset(fold(w) for w in ("زالت", "زال", "تزال", "يزال", "زالوا", "يزالون", "تزالان"))


_NASHR = "نشر"


def _nested_report(p: _Para, lo: int, b: int, cue_toks: set[int]) -> tuple[int, int, tuple] | None:
    """"ذكرت وكالة رويترز أن وزير الخارجية الإيراني عباس عراقجي نفى": within six tokens of
    ``lo`` a complementizer, then a named subject (a person, organisation or country) and
    right after it a reporting verb outside quotes. Returns (subject start, verb token, verb
    info) or None."""
    for c in range(lo, min(b - 2, lo + 6)):
        if p.toks[c] in LEX.complementizers:
            # the subject starts within four tokens (a title may precede the name)
            ms = [m for m in _mentions_between(p, c + 1, min(b, c + 14)) if m[0] - (c + 1) <= 4]
            if not ms or ms[0][2].get("kind") not in ("person", "organization", "country"):
                return None
            g = _group(p, ms, b)
            e = max(x[1] for x in g)
            if e < b and p.toks[e] in _AUX:
                e += 1
            if e < b and not p.in_quote[e]:
                info = _verb_at(p, e, c, cue_toks)
                # "زعم غانتس أن إيران نشرت "صواريخ دقيقة"": arms right after the verb are
                # deployed, not published
                if info is not None and not (info[0] == _NASHR and any(e < q <= e + 2 for q in p.arms_starts)):
                    return c + 1, e, info
            return None
        if p.toks[c] == ":" or p.toks[c] == _QUOTE and c > lo:  # (a name's closing quote at lo)
            return None
    return None


def _held_by(p: _Para, lo: int, b: int, arms_ends: set[int], maker: str) -> tuple[str, str]:
    """The country that holds arms made by ``maker`` or receives them: a country
    mention within three tokens after a holder word of stance.yaml ("في الطريق إلى روسيا"،
    "مخزون روسيا من"، "في خدمة الجيش الروسي"), the holder word at most six tokens
    from the arms: (country, the words from the holder word to it); ("", "") when there is
    none or it is the maker."""
    feats = p.feats
    for k in range(lo, b):
        if not feats[k] & _F_HOLDER:
            continue
        if not any(-6 <= k - t <= 6 for t in arms_ends):
            continue
        for j in range(k + 1, min(b, k + 4)):
            m = p.m_tok.get(j)
            if m is not None:
                c = _country_of(m[2])
                if c and c != maker and m[2].get("kind") in ("country", "organization", "place"):
                    return c, p.surface(k, m[1])
                break
            if p.toks[j] in _PREPS or not p.toks[j].isalnum():
                break
    return "", ""


# "إن بلاده تدرس خيارات أحادية، من بينها عقوبات": weighing its own options is a plan too
_WEIGHING = frozenset(fold(w) for w in ("تدرس", "يدرس", "ندرس", "تبحث", "نبحث", "تعتزم", "يعتزم", "نعتزم"))


def _is_future_verb(t: str) -> bool:
    return len(t) > 3 and t[0] == "س" and t[1] in "يتن" and not t.startswith(_SI_NOUNS)


# "من الإنتاج المحلي": the speaker's own country's make
# ("من إنتاجه الخاص"، "صناعة ذاتية")
_LOCAL = frozenset(fold(w) for w in ("المحلي", "محلي", "محلية", "المحلية", "الوطني", "وطني", "وطنية",
                                     "الوطنية", "الخاص", "الخاصة", "الذاتي", "الذاتية", "ذاتي", "ذاتية"))
# "الصناعة الإيرانية" is the industry ("صناعة إيرانية" the make; "التصميم الإيراني" the design)
_INDUSTRY = frozenset(fold(w) for w in ("الصناعة", "الصناعات"))


def _after_arms_name(p: _Para, k: int, b: int) -> int:
    """"استناداً إلى تصميم «شاهد» الإيرانية": the token after an arms name (and its
    closing quote) that follows the make word at ``k`` — where the maker's adjective
    stands; -1 if no arms name follows."""
    j = k + 1
    if j < b and p.toks[j] == _QUOTE:
        j += 1
    for i, e, pl in p.matches:  # (a quoted name's match may start at its quote)
        if i in (k + 1, j) and pl[0] == "topic" and pl[1] in ARMS_TOPICS:
            if e < b and p.toks[e] == _QUOTE:
                e += 1
            return e if e < b else -1
    return -1


def _plural_verb(tok: str) -> bool:
    """A verb with a third-person plural ending: "يتهمون"، "اتهموا"، "يقولون"."""
    keys = _verb_keys(tok)
    return any(len(k) > 4 and (k.endswith("ون") and k[0] in "يت" or k.endswith("وا")) for k in keys)


def _no_link_to_arms(p: _Para, n: int, b: int, own: str, arms_starts: list[int]) -> int:
    """After a negation (``n``: the next token): "لا صلة لإيران بهذه المسيّرات"، "ولا علاقة
    له بالصواريخ الباليستية"، "الأسلحة المعروضة لا علاقة لها بإيران" — no link between the speaker's side (a pronoun, "بلاده" or
    the speaker's country) and arms: a denial. Returns the end of the cue, else 0."""
    toks = p.toks
    if n + 2 >= b or toks[n] not in _LINK_NOUNS:
        return 0
    j = n + 1
    m = p.m_tok.get(j)
    if toks[j] in _OWN_LINKED:
        j += 1
        m2 = p.m_tok.get(j)
        if m2 is not None and own and _country_of(m2[2]) == own and toks[j].startswith("ب") \
                and any(n - 7 <= q < n for q in arms_starts):
            # "الأسلحة المعروضة لا علاقة لها بإيران": the arms have no link to the speaker's side
            return m2[1]
    elif m is not None and own and _country_of(m[2]) == own:
        j = m[1]
    else:
        return 0
    if j < b and toks[j].startswith("ب") and any(j <= q <= j + 2 for q in arms_starts):
        return j + 1
    return 0


# "صلة"، "علاقة" (a link), and the speaker's side after them ("له"، "لبلاده")
_LINK_NOUNS = frozenset(fold(w) for w in ("صلة", "علاقة"))
_OWN_LINKED = frozenset(fold(w) for w in ("له", "لها", "لنا", "لهم", "لبلاده", "لبلادها", "لبلادنا"))


def _future_policy(p: _Para, lo: int, b: int) -> bool:
    """"أنها ستواصل استخدام كل الأدوات"، "أن بلاده ستفرض عقوبات": the reported content opens
    with a future action (a verb with the future prefix س)."""
    return any(_is_future_verb(p.toks[k]) for k in range(lo, min(b, lo + 4)))


def _own_future(p: _Para, lo: int, b: int, own: str) -> bool:
    """"وأضاف كيربي أن بلاده ستستخدم كل الأدوات المتاحة لكشف هذه الصفقة"، "ستواصل العمل
    لإغلاق كل الطرق": the content opens with the SPEAKER's own future action — the verb
    first, or after "بلاده"/"حكومته"/"إننا" or a mention of the speaker's country. A plan
    to expose or stop a transfer asserts no transfer (unlike "أن إيران سترسل صواريخ")."""
    for k in range(lo, min(b, lo + 4)):
        if not (_is_future_verb(p.toks[k]) or p.toks[k] in _WEIGHING):
            continue
        for j in range(lo, k):
            t = p.toks[j]
            if t == _QUOTE or t in LEX.complementizers or any(c in _OWN_SUBJECTS for c in _cands(t)):
                continue
            m = _mention_at(p, j)
            if m is None or not own or _country_of(m[2]) != own:
                return False
        return True
    return False


# the speaker's own side as the subject of a reported action ("أن بلاده ستستخدم")
_OWN_SUBJECTS = frozenset(fold(w) for w in (
    "بلاده", "بلادها", "بلادنا", "حكومته", "حكومتها", "حكومتنا", "إدارته", "إدارتها", "إدارتنا",
    "نحن", "إننا", "أننا", "إنها", "أنها", "إنه", "أنه"))


# nouns that look like a future verb (س + ي/ت/ن): "سياسة"، "سيطرة"، "سيادة"، "سنوات"
_SI_NOUNS = tuple(fold(w) for w in ("سياس", "سيطر", "سياد", "سيار", "ستين", "سنو", "سنة", "سنه"))


def _hedged(p: _Para, lo: int, b: int) -> bool:
    """"أن حصول موسكو على صواريخ إيرانية، إن تم، سيغير": a conditional aside (after a
    comma: an opener of stance.yaml's hedge, then one of its verbs) makes the clause a hypothesis."""
    toks = p.toks
    for k in range(max(lo, 1), b - 1):
        # ("إن" needs the comma: "أن" folds alike; "أن التقارير إذا صحت" at the content's
        # start needs none — "… إذا تأكد نقلها" at the end hedges only its own words)
        if toks[k] in LEX.hedge_openers and toks[k + 1] in LEX.hedge_verbs and (
                toks[k - 1] in ("،", ",", "في") or toks[k] in _WHETHER and k <= lo + 4):
            return True
    return False


def _use_of_other_things(p: _Para, k: int) -> bool:
    """"ستواصل استخدام كل الأدوات المتاحة": the verbal noun of use with no arms right
    after it is about something else."""
    return any(c in _USE_NOUNS for c in _cands(p.toks[k])) and not any(
        k < q <= k + 3 for q in p.arms_starts)


def _mention_at(p: _Para, k: int):
    m = p.m_tok.get(k)
    if m is None:
        mm = [x for x in p.mentions if x[0] <= k < x[1]]
        m = mm[0] if mm else None
    return m


_LOOKBACK_SKIP = frozenset(fold(w) for w in ("قد", "تكون", "يكون", "كانت", "كان", "بالفعل", "فعلا"))


def _accused(p: _Para, a: int, b: int, head: int, head_lemma: str, subj_end: int,
             speaker: _Speaker, topic_toks: set[int], stance: str, content_start: int,
             registry, origins: list[tuple[int, str]] = ()) -> tuple[str, str]:
    """(country, rule) of the party a claim is about (the supplier of a transfer)."""
    own = speaker.country
    ms = [m for m in _mentions_between(p, a, b) if m[0] >= content_start or m[0] >= subj_end]
    ms = [m for m in ms if _party_country(m[2])]

    def ok(c: str) -> bool:
        return bool(c) and not (stance == "claim" and c == own)

    def subject_before(i: int) -> tuple[str, str] | None:
        """The mention (or "بلاده"/pronoun) just before token i."""
        for k in range(i - 1, max(a, i - 4) - 1, -1):
            if p.toks[k] in _SELF or p.toks[k] in _PRON_SUBJ:
                # "قدمت بلادها صوراً لحطام مسيرات إيرانية": in a claim, the speaker's
                # own country is not the accused party
                return (speaker.country, "self") if ok(speaker.country) else None
            m = _mention_at(p, k)
            if m is not None:
                if not _is_recipient(p, m, registry) and ok(_party_country(m[2])):
                    return _party_country(m[2]), "supplier"
                return None
            if p.toks[k] in _LOOKBACK_SKIP:
                continue
        return None

    # 1. the object of an accusation verb
    if head_lemma == "اتهم":
        for m in ms:
            if m[0] >= subj_end and ok(_party_country(m[2])) and not _is_recipient(p, m, registry):
                return _party_country(m[2]), "object"
    if head_lemma == "حذر":  # "حذرت واشنطن، إيران، ..." : the warned party, right after the subject
        k = subj_end
        while k < b and p.toks[k] in ("،", ","):
            k += 1
        m = p.m_tok.get(k)
        if m and ok(_party_country(m[2])) and not _is_recipient(p, m, registry):
            return _party_country(m[2]), "object"
    # 2. supplier of a transfer
    lo = max(a, content_start)
    feats = p.feats
    for i in range(lo, b):
        fi = feats[i]
        if fi & _F_SUPPLY and not _conditional_at(p, a, i):
            got = subject_before(i)
            if got:
                return got
            m = p.m_tok.get(i + 1)
            if m and not _is_recipient(p, m, registry) and ok(_party_country(m[2])):
                return _party_country(m[2]), "supplier"
            # implicit subject ("إيران ساعدت روسيا ... والآن تزودها"): the first
            # country of the reported content that is not a recipient
            for m in ms:
                if lo <= m[0] < i and not _is_recipient(p, m, registry) and ok(_party_country(m[2])):
                    return _party_country(m[2]), "supplier"
            got = _shipped_from(p, lo, i, b, ok)
            if got:
                return got
        elif fi & _F_RECEIVE and not _conditional_at(p, a, i):
            # "روسيا تسلمت صواريخ إيرانية"، "طلبت روسيا من إيران": the supplier after من,
            # else the weapon's origin (step 3) — never the subject, the recipient
            # "تسعى للحصول على صواريخ باليستية قصيرة المدى من إيران": the arms'
            # description may stand between, up to the clause's next comma
            for k in range(i + 1, min(b, i + 11)):
                if p.toks[k] in ("،", ","):
                    break
                if p.toks[k] == _MIN:
                    m = p.m_tok.get(k + 1)
                    if m and ok(_party_country(m[2])):
                        return _party_country(m[2]), "supplier"
            break
        elif fi & _F_AGENT_INV:
            m = p.m_tok.get(i + 1)
            if m and not _is_recipient(p, m, registry) and ok(_party_country(m[2])):
                return _party_country(m[2]), "supplier"
            if i + 1 < b and p.toks[i + 1] in _SELF and speaker.country:
                return speaker.country, "self"
            # "إيران تستعد لإرسال صواريخ"، "على النظام الإيراني وقف إرسال"
            got = subject_before(i)
            if got and got[1] == "supplier":
                return got
        elif fi & _F_RECIPIENT and not _conditional_at(p, a, i):
            # "طهران تعمل على تزويد موسكو بصواريخ": the noun's complement is the
            # recipient, the supplier is the subject before it
            got = subject_before(i)
            if got and got[1] == "supplier":
                return got
            # "تزويد طهران الجيش الروسي بالمسيّرات": two parties after the noun, the
            # first supplies the second
            m1 = p.m_tok.get(i + 1)
            if m1 and ok(_party_country(m1[2])) and not _is_recipient(p, m1, registry):
                # (the recipient right after it, or its noun and adjective: "الجيش الروسي";
                # not the arms' origin, after بـ: "تزويد روسيا بالصواريخ الإيرانية")
                for j in range(m1[1], min(b, m1[1] + 2)):
                    if p.toks[j][:1] == "ب":
                        break
                    m2 = p.m_tok.get(j)
                    if m2 and _party_country(m2[2]) and _party_country(m2[2]) != _party_country(m1[2]):
                        return _party_country(m1[2]), "supplier"
    # 3. origin of a weapon: adjective after it ("مسيرة إيرانية") or its name ("شاهد 136")
    for t in sorted(topic_toks):
        # a quoted model name may stand between ("مسيرة "أبابيل" الإيرانية")
        quoted = t + 1 < b and p.toks[t + 1] == _QUOTE
        for k in range(t + 1, min(b, t + (7 if quoted else 4))):
            if p.toks[k] in _PREPS or any(c in LEX.use_words for c in _verb_keys(p.toks[k])):
                # "الصواريخ على أهداف إسرائيلية"، "مسيّرات تقتل المدنيين الأوكرانيين": the
                # target's adjective, not the weapon's
                break
            m = p.m_tok.get(k)
            if m and m[2].get("form") == "adjective" and m[2].get("kind") == "country" \
                    and ok(_party_country(m[2])):
                return _party_country(m[2]), "origin"
    for _k, iso in origins:
        if ok(iso):
            return iso, "origin"
    # 4. subject of a use verb
    for i in range(lo, b):
        if any(k in LEX.use_words for k in _verb_keys(p.toks[i])):
            m = p.m_tok.get(i - 1) or p.m_tok.get(i + 1)
            if m and not _is_recipient(p, m, registry) and ok(_party_country(m[2])):
                return _party_country(m[2]), "user"
            # "مسيرات أُطلقت من الأراضي الإيرانية": the country launched from
            if i + 2 < b and p.toks[i + 1] == _MIN:
                m = p.m_tok.get(i + 2) or p.m_tok.get(i + 3)
                if m and ok(_party_country(m[2])):
                    return _party_country(m[2]), "user"
    # 5. claims: the first other country in the reported content
    if stance == "claim":
        for m in ms:
            if m[0] >= content_start and m[2].get("kind") in ("country", "place", "organization") \
                    and ok(_party_country(m[2])) and not _is_recipient(p, m, registry) \
                    and not (p.toks[m[0]][:1] == "و" and _located(p, m[0], a, adjectives=False)):
                # ("11 هدفاً في الرقة وإدلب وحلب": the places after the first one, as it)
                return _party_country(m[2]), "content"
    if stance in ("denial", "admission") and own:
        return own, "speaker"
    return "", ""


def _describes_accusations(p: _Para, lemma: str, subj_end: int, b: int, own: str, ctx: dict) -> str:
    """The words of "وصف X الاتهامات … بأنها …" (stance.yaml describe_accusations) when
    the speaker's country is a party of the accusations (named in them, or accused
    earlier in the article) and the description is not a credible word ("بأنها دقيقة");
    else ""."""
    if lemma not in LEX.describe_verbs:
        return ""
    k = next((j for j in range(subj_end, min(b, subj_end + 3))
              if any(c in LEX.describe_nouns for c in p.cands[j])), None)
    if k is None:
        return ""
    comp = next((j for j in range(k + 1, b) if p.toks[j] in LEX.complementizers), None)
    if comp is None or any(c in LEX.describe_credible for j in range(comp + 1, min(b, comp + 4))
                           for c in p.cands[j]):
        return ""
    parties = {_country_of(m[2]) for m in _mentions_between(p, k + 1, comp)}
    if own not in parties and own not in ctx["claimed"]:
        return ""
    return p.surface(k, k + 1) + " " + p.surface(comp, comp + 1)


def _mocks_accusations(p: _Para, a: int, b: int) -> str:
    """The words of "سخرت زاخاروفا من رواية الشبكة الأمريكية" (stance.yaml
    mock_accusations: a mocking verb, then within eight words من and an accusation noun);
    else "". Unlike وصف, mocking is never neutral: whoever mocks a report dismisses it."""
    for k in range(a, b - 2):
        if not any(c in LEX.mock_verbs for c in p.cands[k]):
            continue
        for j in range(k + 1, min(b - 1, k + 9)):
            if p.toks[j] == _MIN and any(c in LEX.describe_nouns for c in p.cands[j + 1]):
                return p.surface(k, k + 1) + " " + p.surface(j, j + 2)
        return ""
    return ""


def _answers_transfer_accusations(p: _Para, a: int, b: int) -> bool:
    """"وعن الاتهامات الغربية بتزويد روسيا بمسيّرات": the clause names accusations of a
    transfer (an accusation noun, a transfer word within three tokens after it)."""
    for k in range(a, b):
        if any(c in _CLAIM_NOUNS or c in _ACCUSATION_NOUNS for c in p.cands[k]) \
                and any(p.feats[j] & _F_TRANSFER for j in range(k + 1, min(b, k + 4))):
            return True
    return False


def _sells_own(p: _Para, lo: int, k: int, b: int) -> bool:
    """A purchase or sale of the arms just before the make word ``k`` (from
    ``lo``), in a clause (to ``b``) with no negation: "22 دولة تقدمت بطلبات لشراء
    طائرات مسيّرة إيرانية الصنع" is the maker's pride in its exports, not a
    denial that anyone else made them."""
    feats = p.feats
    return not any(lo <= n < b for n in p.negs) \
        and any(feats[i] & (_F_RECEIVE | _F_AGENT_SUP) for i in range(lo, k))


def _day_words() -> frozenset:
    from .timexes import lexicon

    return frozenset(lexicon().weekday_of) | frozenset(fold(w) for w in ("اليوم", "الآن", "الليلة"))


_DAY_WORDS = _day_words()


# courts and judges the registry cannot list one by one: they speak for the state whose
# court they are ("محكمة فيدرالية في العاصمة الأمريكية"، "محكمة روتردام"، "محكمة أمريكية")
_COURT_WORDS = frozenset(fold(w) for w in ("محكمة", "القاضي", "القاضية", "قاضي", "قاضية"))


def _court_speaker(p: _Para, hj: int, wend: int, ctx: dict) -> tuple[_Speaker, int] | None:
    """The court or judge at token ``hj`` as speaker: the country of the first country
    adjective or place (a city, a capital; after في too) in its next five tokens, before
    any verb; a later "وقالت المحكمة" is the court named before in the article."""
    for k in range(hj + 1, min(wend, hj + 6)):
        m = p.m_tok.get(k)
        if m is None:
            if _verb_info(p.toks[k]) is not None or p.toks[k] in ("،", ","):
                break
            continue
        kind, form = m[2].get("kind"), m[2].get("form")
        if kind in ("person", "organization"):
            return None  # "القاضي فلان"، "محكمة العدل الدولية": the registry knows who speaks
        if kind == "country" and form in ("adjective", "title_adjective", "name", "capital") \
                or kind == "place" and m[2].get("country"):
            iso = _country_of(m[2]) if kind == "country" else m[2]["country"]
            sp = _Speaker(surface=p.surface(hj, m[1]).strip(" ،,"), country=iso, source="after",
                          kind="organization")
            ctx["court"] = sp
            return sp, m[1]
        break
    court = ctx.get("court")
    if court is not None:
        return court.again("continuity", p.surface(hj, hj + 1)), hj + 1
    return None


def _common_subject_then_object(p: _Para, k: int, b: int) -> bool:
    """Token ``k`` is a definite common noun (no actor, no date, no adjective of a
    country after it) followed right away by a country or city by name."""
    if k + 1 >= b or not p.toks[k].startswith("ال") or p.in_quote[k] or p.toks[k] in _DAY_WORDS:
        return False
    if any(ti <= k < tj for ti, tj, _m in p.mentions) or any(ti == k for ti, _t in p.timexes):
        return False
    m = p.m_tok.get(k + 1)
    return m is not None and m[2].get("kind") in ("country", "place") \
        and m[2].get("form") not in ("adjective", "title_adjective")


def _shipped_from(p: _Para, lo: int, i: int, b: int, ok: Callable[[str], bool]) -> tuple[str, str] | None:
    """The place a transfer at token ``i`` started from, when its subject names no
    country: "طائرات الشركة نقلت مسيّرات من مطارات إيرانية إلى قواعد روسية"
    (من, then the country or one noun and the country's adjective; up to the next comma),
    or just before it: "كل رحلة تقلع من طهران محمّلة بالمسيّرات"."""
    for k in range(i - 1, max(lo, i - 4) - 1, -1):
        if p.toks[k] == _MIN:
            m = p.m_tok.get(k + 1)
            if m and m[2].get("kind") in ("country", "place") and ok(_party_country(m[2])):
                return _party_country(m[2]), "supplier"
            break
    for k in range(i + 1, min(b, i + 11)):
        t = p.toks[k]
        if t in ("،", ","):
            return None
        if t != _MIN:
            continue
        for j in (k + 1, k + 2):
            m = p.m_tok.get(j)
            if m is None:
                continue
            if m[2].get("kind") in ("country", "place") and (j == k + 1 or m[2].get("form") == "adjective") \
                    and ok(_party_country(m[2])):
                return _party_country(m[2]), "supplier"
            break
    return None


_LOCATIVE = frozenset(fold(w) for w in ("في", "داخل", "على", "ضد", "فوق", "قرب", "نحو"))


def _located(p: _Para, ti: int, a: int, adjectives: bool = True) -> bool:
    """The mention at token ti names where something happens: a locative before it ("في
    أوكرانيا"), before its noun ("على المدن الأوكرانية", with ``adjectives``), or before
    the mention it is coordinated with ("في الرقة وإدلب وحلب"، "فوق الأجواء الإيرانية
    والعراقية")."""
    k = ti
    for _ in range(6):
        if k > a and p.toks[k - 1] in _LOCATIVE:
            return True
        m = p.m_tok.get(k)
        if adjectives and m is not None and m[2].get("form") == "adjective" and k - 2 >= a \
                and p.toks[k - 2] in _LOCATIVE:
            return True
        if not p.toks[k].startswith("و") or k - 1 < a:
            return False
        prev = next((pm for pm in p.mentions if pm[1] == k), None)
        if prev is None:
            return False
        k = prev[0]
    return False


_NAQLAN = fold("نقلاً")


def _accused_countries(p: _Para, a: int, b: int, content_start: int, speaker: _Speaker,
                       accused: str, content_start_real: int | None = None) -> list[str]:
    """Every party a claim is about: the supplier (``accused``) first, then the
    other countries of the reported content — the recipient ("لروسيا"، "إلى
    موسكو"، "تزويد روسيا"), the user ("روسيا استخدمت"). Left out: the speaker's
    own country, places where something happens ("في أوكرانيا"، "على كييف") and
    regions or international bodies."""
    out = [accused] if accused else []
    if not accused:
        return out
    if content_start_real is None:
        content_start_real = content_start
    for ti, _tj, m in p.mentions:
        if ti < content_start or ti >= b:
            continue
        c = _party_country(m)
        if not c or c in out or c == speaker.country:
            continue
        if _located(p, ti, a):
            continue
        if m.get("form") == "place":
            continue  # "إرسال عسكريين إلى شبه جزيرة القرم": a place, not a capital, is no party
        if m.get("form") == "adjective" and (any(
                c2 in _TARGETING for k in range(max(a, ti - 5), ti) for c2 in _cands(p.toks[k])) or any(
                c2 in LEX.use_words for k in range(max(a, ti - 3), ti) for c2 in _verb_keys(p.toks[k]))):
            # "مسيّرات تستهدف المدن ومحطات الطاقة الأوكرانية"، "تقتل المدنيين الأوكرانيين":
            # the target, no party
            continue
        if ti < content_start_real and any(c2 in _COUNTERPART for k in range(max(a, ti - 3), ti)
                                           for c2 in _cands(p.toks[k])):
            continue  # "خلال مؤتمر صحفي مع نظيره البريطاني": the attribution's circumstances
        if ti < content_start_real and any(p.toks[k] == _NAQLAN for k in range(max(a, ti - 4), ti)):
            continue  # "ذكرت الصحيفة، نقلاً عن مسؤولين إسرائيليين، أن": the sources, no party
        out.append(c)
        if len(out) >= 3:
            break
    return out


# --------------------------------------------------------------- main
# "س: ..." / "ج: ..." (also "سؤال:"، "الجواب:"): the lines of an interview
_QA_RE = re.compile(r"^\s*(س|ج|سؤال|جواب|الجواب|السؤال)\s*[:：\-–]")
_QUESTION_MARKS = frozenset(("س", "سؤال", "السؤال"))
_BYLINE_RE = re.compile(r"^\s*(?:(?:كتب|كتبت|بقلم|إعداد|اعداد|تحرير)\s*:?(?:\s+\S+){1,3}"
                        r"|[^:\n]{2,25}:\s*(?:مراسل|مراسلة|مراسلو)\b[^\n]{0,40})\s*$")
_BODY_END = re.compile(r"[.!؟?\"»”]\s*$")


def accused_of_rec(rec: dict) -> list[str]:
    """The parties a claim record accuses (``accused_countries``, else ``accused_country``)."""
    return [c for c in rec["accused_countries"].split(";") if c] or [rec["accused_country"]]


def _last_body_paragraph(paragraphs: list[str]) -> int:
    """Index of the last paragraph that ends like a sentence; the short lines after
    it are web chrome. With fewer than three such paragraphs, nothing is cut."""
    ends = [i for i, t in enumerate(paragraphs) if t and _BODY_END.search(t) and len(t.split()) > 6]
    return ends[-1] if len(ends) >= 3 else len(paragraphs)


def extract(article_id: str, paragraphs: list[str], mentions: list[dict], timexes: list[dict],
            published: str | None, registry=None) -> list[dict]:
    """Reported statements of one article (records of the ``statements`` table)."""
    by_para_m: dict[int, list[dict]] = {}
    sectors: dict[str, str] = getattr(registry, "sectors", {})
    for m in mentions or ():
        sector = sectors.get(m.get("actor_id", ""))
        if sector:
            m = {**m, "sector": sector}  # an outlet or think tank: no party (see _party_country)
        by_para_m.setdefault(int(m["para_idx"]), []).append(m)
    by_para_t: dict[int, list[dict]] = {}
    for t in timexes or ():
        if t.get("value"):
            by_para_t.setdefault(int(t["para_idx"]), []).append(t)
    ctx: dict = {"prev": None, "prev_para": -9, "prev_sentence_ms": [], "last_arms": [],
                 "claimed": {}, "speakers": [], "claims_seen": [], "interviewee": None, "claim_arms": {}, "last_rec": None,
                 "echo_claims": [],
                 "orgs": _org_names(paragraphs, mentions), "registry": registry, "published": published}
    out: list[dict] = []
    last_body = _last_body_paragraph(paragraphs)
    for pi, text in enumerate(paragraphs):
        if not text or not text.strip():
            continue
        if pi > last_body and len(text.split()) <= 15:
            continue  # related links, tags and share lines after the article's body
        if _BYLINE_RE.match(text):
            continue  # "كتب أحمد جمعة"، "نيويورك: مراسل «الشرق الأوسط»": the byline
        qa = _QA_RE.match(text)
        p = _Para(text, by_para_m.get(pi, []), by_para_t.get(pi, []))
        if ctx.get("court") is None and ("محكم" in p.ft or "قاضي" in p.ft):
            # "أصدرت محكمة روتردام حكماً": the court a later "وقالت المحكمة" is
            for k, tok in enumerate(p.toks):
                if k not in p.m_tok and any(c in _COURT_WORDS for c in _cands(tok)) \
                        and _court_speaker(p, k, len(p.toks), ctx):
                    break
        if qa and qa.group(1) in _QUESTION_MARKS:
            # the interviewer's question is no statement, but gives the answer its topic
            arms = [pl[1] for i, j, pl in p.matches if pl[0] == "topic" and pl[1] in ARMS_TOPICS]
            ctx["question_arms"] = list(dict.fromkeys(arms))
            if arms:
                ctx["last_arms"] = list(dict.fromkeys(arms))
            continue
        answer = bool(qa)
        n = 0
        multi = [(i, j) for (i, j, pl) in p.matches if pl[0] in ("claim", "denial", "admission")
                 and j - i > 1]
        for a, b in _sentences(p):
            cue_toks = {k for (i, j) in multi if a <= i for k in range(i, j)}
            ctx["sent_prev"] = ctx["sent_rec"] = None
            ctx["sent_start"] = a
            for ca, cb in ([(a, b)] if answer else _clauses(p, a, b, cue_toks)):
                rec = _statement(p, article_id, pi, ca, cb, cue_toks, ctx, published, registry, answer)
                if rec is not None:
                    twin = rec.pop("_twin", None)
                    for r in (rec, twin) if twin else (rec,):
                        r["statement_id"] = f"{article_id}:{pi}:{n}"
                        n += 1
                        out.append(r)
            ctx["prev_sentence_ms"] = _mentions_between(p, a, b)
            _note_documents(p, a, b, ctx)
    _claims_known_by_denials(out, by_para_m, sectors)
    return out


def _claims_known_by_denials(recs: list[dict], by_para_m: dict[int, list[dict]],
                             sectors: dict[str, str]) -> None:
    """"نقلت الشبكة عن مسؤولين أمريكيين أن أربعة صواريخ تحطمت داخل إيران" with Tehran
    denying it elsewhere in the article: a state's or outlet's report on arms, in which
    a party the article hears deny those arms is named, is the claim that party answers
    (in place). Analysts' views (``speaker_non_party``) stay statements, and so do the
    denying side's own words — but not its outlets' ("ذكرت صحيفة كوميرسانت أن موسكو
    عرضت على طهران …", denied by Rostec)."""
    denials = [(r["speaker_country"], set(r["topics"].split(";")) & ARMS_TOPICS)
               for r in recs if r["stance"] == "denial" and r["speaker_country"] and not r["speaker_non_party"]]
    deniers = {d for d, _t in denials}
    for r in recs:
        plain = r.pop("_plain", False)
        outlet = sectors.get(r["speaker_actor_id"]) == "media"
        if not plain or not denials or not r["speaker_country"] or r["speaker_non_party"] \
                or r["speaker_country"] in deniers and not outlet:
            continue  # (a denying party's own words are its side of the story)
        arms = set(r["topics"].split(";")) & ARMS_TOPICS
        if not arms:
            continue
        named = []
        for m in by_para_m.get(r["para_idx"], ()):
            c = _party_country(m)
            if c and (c != r["speaker_country"] or outlet) and r["start"] <= m["start"] \
                    and m["end"] <= r["end"] and c not in named:
                named.append(c)
        answering = [c for c in named if any(d == c and arms & t for d, t in denials)]
        if answering:
            r["stance"] = "claim"
            r["accused_country"], r["accused_countries"] = answering[0], ";".join(answering)
            r["accused_rule"] = "denied"
            r["stance_cues"] = ";".join(x for x in (r["stance_cues"], "denied by " + "/".join(answering)) if x)


def _doc_key(tok: str) -> str:
    """A document noun without its article: "التقرير"، "للتقرير"، "تقرير" → "تقرير"."""
    for c in _cands(tok):
        bare = c[2:] if c.startswith("ال") else c
        if "ال" + bare in LEX.document_subjects:
            return bare
    return ""


def _note_documents(p: _Para, a: int, b: int, ctx: dict) -> None:
    """"أثار تقرير نشره مركز جيمس مارتن … في معهد ميدلبري الأمريكي جدلاً": remember who
    published each document the sentence names, so that a later "ووفقاً للتقرير"، "ورجّح
    التقرير" speaks for its author, also when the sentence itself reported nothing. An
    author the registry does not know speaks for the country its name ends with."""
    authors = LEX.document_authors
    for r in range(a + 1, b - 1):
        if p.toks[r] not in authors:  # (the publishing verb first: a set lookup per token)
            continue
        for k in range(r - 1, max(a, r - 4) - 1, -1):
            key = _doc_key(p.toks[k])
            if key:
                if all(p.toks[j] in _RELATIVE or p.toks[j][:1].isalpha() for j in range(k + 1, r)):
                    got = _document_author(p, r, b, ctx)
                    if got:
                        ctx.setdefault("documents", {})[key] = got[0].again("document")
                break


def _document_author(p: _Para, r: int, b: int, ctx: dict) -> tuple[_Speaker, int] | None:
    """The author after the publishing verb at r ("نشره مركز … الأمريكي"): a known actor,
    else an unknown one speaking for the country its name ends with."""
    end = _post_window(p, r, b)
    got = _speaker_from(p, r + 1, end, ctx)
    if got:
        # the whole name, for a later "وقال الموقع" ("موقع "القصص المهمة" الاستقصائي الروسي")
        got[0].surface = p.surface(r + 1, got[1]).strip(" ،,")
        return got
    cs = [m for m in _mentions_between(p, r + 1, end) if m[2].get("kind") == "country"
          and p.toks[m[0] - 1] not in _NOT_SUBJECT_PREPS]
    if not cs:
        return None
    return _Speaker(surface=p.surface(r + 1, cs[0][1]).strip(" ،,"), country=cs[0][2]["actor_id"],
                    source="document"), cs[0][1]


_RELAY_NEXT = frozenset(fold(w) for w in ("وكالة", "صحيفة", "موقع", "قناة", "شبكة", "عن", "وسائل"))
_NEG_SKIP = frozenset(fold(w) for w in ("قد", "يتم", "تتم", "يجر", "تكن", "يكن", "ولن", "ولا", "يوما",
                                        "أبدا"))  # "لم ولن تزود"، "لم تكن يوماً"
# a transit country's role: "لم تكن يوماً ممراً لأي أسلحة"
_TRANSIT = frozenset(fold(w) for w in ("ممرا", "ممر", "معبرا", "معبر"))
_INTERVIEW = frozenset(fold(w) for w in ("مقابلة", "حوار", "لقاء", "المقابلة", "الحوار"))
_GENERIC_SUBJ = frozenset(fold(w) for w in (
    "مسؤول", "مسؤولون", "مسؤولين", "مصدر", "مصادر", "خبراء", "خبير", "محللون", "محلل", "مراقبون",
    "دبلوماسي", "دبلوماسيون", "تقارير", "وسائل", "بيان", "صحيفة", "وكالة", "مصادر", "نشطاء",
    "سكان", "شهود", "مسؤولة", "متحدث", "متحدثة"))


def _earlier_speaker(sp: _Speaker, ctx: dict) -> _Speaker | None:
    """The earlier speaker whose attribution contains this unlinked subject (a
    surname, a short form of an organisation's name)."""
    words = fold(sp.surface).split()
    if not words or any(c in _GENERIC_SUBJ or c in LEX.anaphoric_heads or c in LEX.non_party_heads
                        for c in _cands(words[0])) \
            or (len(words) == 1 and (len(words[0]) < 4 or words[0].startswith("ال"))):
        return None
    if any(w in LEX.verbs for w in words):
        return None
    needle = " " + " ".join(words) + " "
    for attr, others, prev in reversed(ctx["speakers"]):
        if needle in attr and (prev.actor_id or prev.country):
            if any(needle.strip() in o for o in others):
                return None  # it names another actor of that attribution ("مع نظيره ديفيد لامي")
            return prev.again("continuity", sp.surface)
    return None


_ONE_OF = frozenset(fold(w) for w in ("أحد", "إحدى"))


def _one_of_them(sp: _Speaker, ctx: dict) -> _Speaker | None:
    """"وأوضح أحد المسؤولين" after "نقلت الشبكة عن مسؤولين أمريكيين اثنين": one of a
    group an attribution of the last few statements named speaks for the group's
    country (the nationality after the group's noun)."""
    words = fold(sp.surface).split()
    if len(words) < 2 or words[0] not in _ONE_OF or not words[1].startswith("ال"):
        return None
    noun = words[1][2:]
    registry = ctx.get("registry")
    for attr, _others, _prev in reversed(ctx["speakers"][-4:]):
        toks = attr.split()
        k = next((k for k, t in enumerate(toks) if t == noun or t[1:] == noun and t[0] in "وب"), None)
        if k is None:
            continue
        if registry is None:
            return None
        for m in registry.link_article("", [" ".join(toks[k + 1:k + 3])]):
            iso = _country_of(m)
            if iso:
                return _Speaker(country=iso, surface=sp.surface, source="anaphora")
        return None
    return None


_MINISTRY = fold("وزارة")
# heads of bodies that "رئيس اللجنة"، "الباحث في المركز" refer back to
_BODY_HEADS = frozenset(fold(w) for w in ("لجنة", "مركز", "معهد", "هيئة", "مجلس", "مديرية", "مؤسسة", "جهاز"))
_ALA = fold("على")
_EVIDENCE = frozenset(fold(w) for w in ("أدلة", "الأدلة", "دليل", "الدليل", "دليلا"))
_MAA = fold("مع")


def _org_names(paragraphs: list[str], mentions: list[dict]) -> list[tuple[int, frozenset, str, str]]:
    """(para_idx, words of the name, actor_id, country) of every organisation of a country
    the article names; a name linked from its ل-complement ("القيادة الجنوبية للقوات
    المسلحة الأوكرانية" → "للقوات المسلحة الأوكرانية") gets the words before it."""
    out = []
    for m in mentions or ():
        if m.get("kind") == "country" and m.get("form") in ("adjective", "title_adjective") \
                and m.get("para_idx") is not None:
            # "وزارة العدل الأميركية" (no registry entry): the ministry speaks for its country,
            # so "وزير العدل ميريك غارلاند"، "وكيل الوزارة" later do
            pi = int(m["para_idx"])
            before = fold(paragraphs[pi][:int(m["start"])]).split()[-3:] if 0 <= pi < len(paragraphs) else []
            k = next((j for j, w in enumerate(before) if w.startswith(_MINISTRY) or w[1:].startswith(_MINISTRY)),
                     None)
            if k is not None and all(w[:1].isalpha() for w in before[k:]):
                words = set(before[k:]) | {_MINISTRY, "ال" + _MINISTRY}
                out.append((pi, frozenset(words), m["actor_id"], m["actor_id"]))
                continue
            # "لجنة الاستخبارات والأمن في البرلمان البريطاني"، "مركز الدراسات … في معهد ميدلبري
            # الأمريكي": a body the registry does not know, named with its country, so that
            # "رئيس اللجنة"، "الباحث في المركز" later speak for that country
            before = fold(paragraphs[pi][:int(m["start"])]).split()[-11:] if 0 <= pi < len(paragraphs) else []
            heads = set()
            for w in reversed(before):
                if not w[:1].isalpha():
                    break
                head = w if w in _BODY_HEADS else w[1:] if w[1:] in _BODY_HEADS else ""
                if head:
                    heads |= {head, "ال" + head}
            if heads:
                out.append((pi, frozenset(heads), "", m["actor_id"]))
            continue
        if m.get("form") == "capital" and m.get("country") and m.get("para_idx") is not None:
            # "مركز الدراسات الاستراتيجية والدولية في واشنطن": a body in a capital
            pi = int(m["para_idx"])
            before = fold(paragraphs[pi][:int(m["start"])]).split()[-7:] if 0 <= pi < len(paragraphs) else []
            k = next((j for j, w in enumerate(before) if w in _BODY_HEADS or w[1:] in _BODY_HEADS), None)
            if k is not None and before[-1] == _FI and all(w[:1].isalpha() for w in before[k:]):
                head = before[k] if before[k] in _BODY_HEADS else before[k][1:]
                out.append((pi, frozenset({head, "ال" + head}), "", m["country"]))
            continue
        if m.get("kind") != "organization" or not m.get("country"):
            continue
        words = fold(m.get("surface", "")).split()
        pi = int(m["para_idx"])
        if words and words[0].startswith("ل") and 0 <= pi < len(paragraphs):
            before = fold(paragraphs[pi][:int(m["start"])]).split()
            for w in reversed(before[-3:]):
                if not w[:1].isalpha() or w in _TITLE_WORDS:
                    break
                words.append(w)
        out.append((pi, frozenset(words), m["actor_id"], m["country"]))
    return out


def _appositive(p: _Para, k: int, b: int) -> tuple[str, int] | None:
    """(country, end) of a title between commas right after an unknown name ending at token
    k: "، عضو لجنة الأمن القومي في البرلمان الإيراني، أن" — the country of its first
    mention, the end just after the closing comma; None unless a complementizer follows."""
    if k >= b or p.toks[k] not in ("،", ","):
        return None
    close = next((j for j in range(k + 2, min(b - 1, k + 13)) if p.toks[j] in ("،", ",")), None)
    if close is None or p.toks[close + 1] not in LEX.complementizers \
            or any(c in LEX.non_party_heads for c in p.cands[k + 1]):
        return None  # ("، أستاذ العلاقات الدولية بجامعة القاهرة،": an analyst speaks for no state)
    iso = next((_country_of(m[2]) for m in _mentions_between(p, k + 1, close) if _country_of(m[2])), "")
    return (iso, close + 1) if iso else None


def _affiliated(p: _Para, lo: int, hi: int, sp: _Speaker) -> _Speaker | None:
    """"أكدت مديرية الاستخبارات الرئيسية التابعة لوزارة الدفاع الأوكرانية": an unknown body
    "التابعة لـ" a known one speaks for the known one's country."""
    for k in range(lo, hi - 1):
        if p.toks[k] in _AFFILIATED:
            m = p.m_tok.get(k + 1)
            if m is not None and _country_of(m[2]):
                iso = _country_of(m[2])
                return _Speaker(_speaker_id(m[2]), p.surface(lo, m[1]).strip(" ،,"), iso, (m[2]["actor_id"],),
                                "affiliated", m[2].get("kind", ""))
            return None
    return None


def _head_anaphora(sp: _Speaker, ctx: dict) -> _Speaker | None:
    """"وجاء في بيان الوزارة" after "وزارة الخزانة الأمريكية": a bare definite head noun
    speaks for the latest of the last few speakers whose name has that noun."""
    words = fold(sp.surface).split()
    if len(words) != 1 or not words[0].startswith("ال") or len(words[0]) < 6:
        return None
    for _attr, _others, earlier in reversed(ctx["speakers"][-6:]):
        if words[0][2:] in fold(earlier.surface).split():
            return earlier.again("anaphora", sp.surface)
    return None


def _title_org(p: _Para, lo: int, hi: int, pi: int, ctx: dict) -> _Speaker | None:
    """"وقالت المتحدثة باسم القيادة الجنوبية ناتاليا غومينيوك" after "القيادة الجنوبية
    للقوات المسلحة الأوكرانية"، "نائب وزير الخزانة والي أديمو" after "وزارة الخزانة
    الأمريكية": an unknown subject whose title names, in short, an organisation the article
    named in full speaks for it. The words after the title head (المتحدث باسم، نائب وزير …)
    must all be words of one organisation's name; organisations of two countries that fit
    them (two defence ministries) leave the subject unknown."""
    toks = [t for t in p.toks[lo:hi] if t != _QUOTE]
    k = 0
    while k < len(toks) and (toks[k] in _TITLE_WORDS or toks[k][:1] == "و" and toks[k][1:] in _TITLE_WORDS):
        k += 1
    if k == 0 and len(toks) > 2 and toks[0] in _STAFF:
        # "وقالت الباحثة في المركز كاثرين هول"، "عضو اللجنة النائب …": staff of the body named before
        k = 2 if toks[1] == _FI else 1
    elif k and k + 1 < len(toks) and toks[k] == _FI:
        k += 1  # "عضو في اللجنة"
    if k == 0:
        return None  # no title: a name the registry does not know
    orgs = [o for o in ctx["orgs"] if o[0] <= pi]
    run = 0
    while k + run < len(toks) and len(toks[k + run]) >= 4:
        fits = [o for o in orgs if toks[k + run] in o[1]]
        if not fits:
            break
        orgs, run = fits, run + 1
    if not run or len({o[3] for o in orgs}) != 1:
        return None
    org = orgs[-1]  # the one named last
    return _Speaker(org[2], p.surface(lo, hi).strip(" ،,"), org[3], (org[2],), "title_org", "organization")


def _first_person(tok: str) -> bool:
    """A first-person plural supply verb ("أرسلنا"، "قدمنا"، "زودنا")."""
    return any(c.endswith("نا") and (c[:-2] in LEX.supply_verbs or c[:-2] + "ت" in LEX.supply_verbs)
               for c in _cands(tok))


def _first_person_receipt(tok: str) -> bool:
    """A first-person plural receive verb, with or without its object ("تسلمنا"،
    "تلقيناها"، "ما تسلمناه من الأصدقاء الروس")."""
    for c in _cands(tok):
        for suf in ("ناه", "ناها", "نا"):
            if c.endswith(suf) and len(c) > len(suf) + 2:
                stem = c[:-len(suf)]
                if stem in LEX.receive_verbs or stem + "ت" in LEX.receive_verbs:
                    return True
    return False


def _negated_at(p: _Para, a: int, k: int) -> bool:
    """A negation one or two tokens before token k (not before the clause start a; "لا تزال
    تزود" is "still supplies")."""
    return (k - 1 >= a and p.toks[k - 1] in _NEGATIONS) or (
        k - 2 >= a and p.toks[k - 2] in _NEGATIONS and p.toks[k - 1] not in _STILL)


def _needless_at(p: _Para, k: int) -> bool:
    """A "need" cue ends right before token k ("ولا يحتاج إلى استيرادها")."""
    return any(j == k and pl[0] == "need" for _i, j, pl in p.matches)


def _prospect_before(p: _Para, a: int, k: int) -> bool:
    """A hope or expectation within four tokens before k ("بلاده تأمل أن تبدأ عمليات تسليم
    الصواريخ"): a delivery looked forward to is not one admitted."""
    return any(c in LEX.prospect_words for j in range(max(a, k - 4), k) for c in p.cands[j])


def _affirmed_receipt(p: _Para, a: int, lo: int, hi: int, own: str, foreign: set[str]) -> tuple[int, bool] | None:
    """(token, first person) of the first receive verb in [lo, hi) by which the speaker's
    side takes arms from another country: "ما تسلمناه من الأصدقاء الروس"، "شحنات الصواريخ
    الاعتراضية الروسية وصلت على دفعات" (no recipient named: the speaker's side).
    ``foreign``: the countries the arms come from (their adjectives), to which one after
    من is added. None when the verb is negated or conditional, when others ask to buy,
    when another country is named as recipient ("روسيا تسلمت"، "وصلت إلى روسيا") or when
    no other country supplies."""
    feats = p.feats
    for k in range(lo, hi):
        if not feats[k] & (_F_RECEIPT1 | _F_RECEIVE):
            continue
        first = bool(feats[k] & _F_RECEIPT1)
        if _negated_at(p, a, k) or _prospect_before(p, a, k) or _needless_at(p, k) \
                or _conditional_at(p, a, k) or any(c in _ASK_OR_CAN or c.startswith(_ASK_PREFIXES)
                                                   for j in range(max(a, k - 3), k + 1) for c in p.cands[j]):
            continue
        sources = set(foreign)
        source_m = None
        for j in range(k + 1, min(hi, k + 6)):
            if p.toks[j] == _MIN:  # "من روسيا"، "من الأصدقاء الروس"
                source_m = p.m_tok.get(j + 1) or p.m_tok.get(j + 2)
                if source_m and _country_of(source_m[2]) and _country_of(source_m[2]) != own:
                    sources.add(_country_of(source_m[2]))
                break
        if not sources - {own, ""}:
            continue
        if first or _self_before(p, a, k):  # "إن بلاده "تتلقى من روسيا مكونات""
            return k, first
        others = [m for m in _mentions_between(p, a, hi) if _country_of(m[2]) and _country_of(m[2]) != own
                  and m is not source_m
                  and not (m[2].get("form") == "adjective" and m[2].get("kind") == "country")]
        if not others:
            return k, False
    return None


# Context-free tests of one token against the lexicons, as bits (computed once per
# distinct token and memoised over the run; see _tok_feats)
_F_SUPPLY = 1        # _is_supply
_F_RECEIVE = 2       # a form is a receive verb
_F_AGENT_INV = 4     # a noun key is an agent or involvement noun
_F_RECIPIENT = 8     # a noun key is a recipient noun
_F_AFFIRM = 16       # _first_person, _is_supply, or a noun key is an agent noun / receive verb
_F_TRANSFER = 32     # a noun key is a supply / agent / recipient / use / involvement / receive word
_F_SEEN = 64         # a noun key is a supply verb / agent / recipient noun / help word
_F_AGENT_SUP = 128   # a noun key is an agent noun or a supply verb
_F_HELP = 256        # a form is a help word
_F_PASSIVE_AUX = 512  # a form is a passive auxiliary
_F_MAKE = 1024       # a form is an own-make word
_F_EXCEPTION = 2048  # a form is an exception word
_F_NEG = 4096        # the token is a negation (_NEGATIONS)
_F_PART = 8192       # the token is a participle of the lexicon
_F_CONFIRM = 16384   # a form is a confirm word of cannot_confirm
_F_ATTACK = 32768    # a form is an attack word
_F_RECEIPT1 = 65536  # _first_person_receipt
_F_HOLDER = 131072   # a form is a holder word (transfer.holder_words)
_F_POSITIONS = _F_MAKE | _F_NEG | _F_PART | _F_CONFIRM  # the bits whose positions _Para lists
# ((LEX, LEX.verbs, LEX.trie.root) the memo was made with, {token: _tok_info},
#  {token: masdar stance or None})
_FEAT_MEMO: list = [None, {}, {}]


def _feat_memo() -> list:
    memo = _FEAT_MEMO
    key = (LEX, LEX.verbs, LEX.trie.root)
    if memo[0] is None or any(x is not y for x, y in zip(memo[0], key)):
        memo[0], memo[1], memo[2] = key, {}, {}
    return memo


def _compute_feats(tok: str) -> int:
    lex = LEX
    cands = _cands(tok)
    nk = _noun_keys(cands)
    ks = frozenset(nk)
    cs = frozenset(cands)

    def hit(keys: frozenset, *sets: frozenset) -> bool:
        return any(not keys.isdisjoint(x) for x in sets)

    supply = _is_supply(tok)
    f = 0
    if supply:
        f |= _F_SUPPLY
    if hit(cs, lex.receive_verbs):
        f |= _F_RECEIVE
    if hit(ks, lex.agent_nouns, lex.involvement_nouns):
        f |= _F_AGENT_INV
    if hit(ks, lex.recipient_nouns):
        f |= _F_RECIPIENT
    if _first_person(tok) or supply or hit(ks, lex.agent_nouns, lex.receive_verbs):
        f |= _F_AFFIRM
    if hit(ks, lex.supply_verbs, lex.agent_nouns, lex.recipient_nouns, lex.use_words,
           lex.involvement_nouns, lex.receive_verbs) or any(_supply_key(c) for c in nk) or supply:
        f |= _F_TRANSFER
    if hit(ks, lex.supply_verbs, lex.agent_nouns, lex.recipient_nouns, lex.help_words):
        f |= _F_SEEN
    if hit(ks, lex.agent_nouns, lex.supply_verbs):
        f |= _F_AGENT_SUP
    if hit(cs, lex.help_words):
        f |= _F_HELP
    if hit(cs, lex.passive_aux):
        f |= _F_PASSIVE_AUX
    if hit(cs, lex.own_make):
        f |= _F_MAKE
    if hit(cs, lex.exception):
        f |= _F_EXCEPTION
    if tok in _NEGATIONS:
        f |= _F_NEG
    if hit(cs, lex.cannot_confirm):
        f |= _F_CONFIRM
    if hit(cs, lex.attack_words):
        f |= _F_ATTACK
    if tok in lex.participles:
        f |= _F_PART
    if _first_person_receipt(tok):
        f |= _F_RECEIPT1
    if hit(cs, lex.holder_words):
        f |= _F_HOLDER
    return f


def _tok_info(tok: str) -> tuple:
    """(matching keys, feature bits, trie nodes of the keys or None, verb info) of a token."""
    cands = _cands(tok)
    root_get = LEX.trie.root.get
    heads = tuple(node for node in map(root_get, cands) if node is not None) or None
    return (cands, _compute_feats(tok), heads, _verb_info(tok))


def _tok_infos(toks: list[str]) -> list[tuple]:
    """_tok_info of every token, memoised over the run."""
    memo = _feat_memo()
    seen = memo[1]
    out = list(map(seen.get, toks))
    if None in out:
        for k, t in enumerate(toks):
            if out[k] is None:
                info = out[k] = _tok_info(t)
                if len(seen) < 200000:
                    seen[t] = info
    return out


def _masdar_at(p: _Para, k: int) -> str | None:
    """Stance of the reporting verbal noun at token k (its first form in masdar_stance)."""
    memo = _feat_memo()[2]
    t = p.toks[k]
    st = memo.get(t, _MISSING)
    if st is _MISSING:
        ms = LEX.masdar_stance
        st = next((ms[c] for c in _cands(t) if c in ms), None)
        if len(memo) < 200000:
            memo[t] = st
    return st


def _affirmed_supply(p: _Para, a: int, lo: int, hi: int) -> int | None:
    """The first token in [lo, hi) that affirms a supply by the speaker's side: a
    supply verb or verbal noun not right after a negation, or a first-person supply
    verb ("أرسلنا"، "قدمنا")."""
    feats = p.feats
    for k in range(lo, hi):
        if not feats[k] & _F_AFFIRM:
            continue
        if _negated_at(p, a, k) \
                or _conditional_at(p, a, k) or (k + 1 < len(p.toks) and p.toks[k + 1] in _RELAY_NEXT):
            continue  # "تصريحات نقلتها وكالة تاس": relaying words, not arms
        if any(p.toks[j] in _TALK_NOUNS for j in range(max(lo, k - 6), k)):
            continue  # "الحديث عن سفن إيرانية تنقل مكونات": the supply is what others say
        if any(p.toks[j] in _INFO_NOUNS for j in range(max(lo, k - 3), min(hi, k + 3)) if j != k):
            continue  # "لدراسة أي معطيات ملموسة تقدم عبر القنوات": information handed over, not arms
        if any(p.toks[j] in _DENIAL_NOUNS for j in range(max(a, k - 2), k)):
            continue  # "مجدداً نفي إرسال أي مسيّرات": the supply denied
        if _TRANSPORT in p.cands[k] and not any(k - 3 <= q <= k + 5 for q in p.arms_starts):
            continue  # "من الطاقة إلى النقل": transport, with no arms near, is no supply
        if _prospect_before(p, a, k):
            continue
        if any(c in _ASK_OR_CAN or c.startswith(_ASK_PREFIXES) for j in range(max(a, k - 3), k + 1)
               for c in p.cands[j]):
            # "22 دولة طلبت شراء طائرات مسيّرة إيرانية"، "قادرة على تصدير معداتها": others ask
            # to buy, or the speaker's side could sell — a boast, no supply affirmed
            continue
        return k
    return None


_ASK_OR_CAN = frozenset(fold(w) for w in ("قادرة", "قادر", "قادرون", "بإمكان", "بإمكانها", "بوسع", "تستطيع",
                                          "يستطيع", "طلبات", "بطلبات"))
_ASK_PREFIXES = tuple(fold(w) for w in ("طلب", "تطلب", "يطلب"))


def _self_before(p: _Para, a: int, k: int) -> bool:
    """"إن بلاده "أعطت عدداً محدوداً": the supply verb's subject is the speaker's country."""
    for j in range(k - 1, max(a, k - 3) - 1, -1):
        if p.toks[j] in _SELF:
            return True
        if p.toks[j] != _QUOTE and p.toks[j] not in _LOOKBACK_SKIP:
            return False
    return False


def _other_supplier(p: _Para, lo: int, k: int, own: str) -> bool:
    """A country other than ``own`` is the subject just before the supply word at k."""
    for j in range(k - 1, max(lo, k - 7) - 1, -1):
        m = _mention_at(p, j)
        if m is not None and _country_of(m[2]):
            return _country_of(m[2]) != own and not (m[0] > 0 and p.toks[m[0] - 1] in _PREPS)
    return False


def _agent_after(p: _Para, i: int, b: int) -> tuple[int, int] | None:
    """The first agent marker ("من قبل") in tokens [i, b) outside quotes: (start, end)."""
    for mi, mj, pl in p.matches:
        if pl[0] == "agent" and i <= mi and mj <= b and not p.in_quote[mi]:
            return mi, mj
    return None


def _passive_head(p: _Para, a: int, b: int, upto: int):
    """"تم تأكيد ... من قبل X": a passive auxiliary + a reporting verbal noun, with an agent."""
    feats = p.feats
    for i in range(a, min(upto, b - 1)):
        if p.in_quote[i] or not feats[i] & _F_PASSIVE_AUX:
            continue
        for k in range(i + 1, min(i + 3, b)):
            st = _masdar_at(p, k)
            if st is not None:
                if _agent_after(p, k + 1, b) is not None:
                    return ("passive", i, k + 1, ("", st, False, ()))
                break
    return None


def _nominal_accusation(p: _Para, k: int, b: int, forms: tuple[str, ...], content: bool):
    """"اتهامات أوكرانية …" at token k: an accusation noun and a country's adjective (with
    ``content``: and a complementizer within three tokens after it) — a nominal head."""
    if p.toks[k] not in _ACCUSATION_NOUNS or p.in_quote[k]:
        return None
    m = p.m_tok.get(k + 1)
    if not (m and m[2].get("kind") == "country" and m[2].get("form") in forms):
        return None
    if content and not any(p.toks[j] in LEX.complementizers for j in range(m[1], min(b, m[1] + 3))):
        return None
    return ("nominal", k, m[1], ("اتهم", "claim", False, ()))


def _find_head(p: _Para, a: int, b: int, cue_toks: set[int]):
    head = _nominal_accusation(p, a, b, ("adjective", "title_adjective"), content=False)
    if head is not None:
        return head
    if a > 0 and p.toks[a - 1] in ("،", ",") and LEX.participles.get(p.toks[a]) in ("denial", "admission") \
            and not any(mi == a for mi, _mj in p.masks):
        return ("participle", a, a + 1, ("", LEX.participles[p.toks[a]], False, ()))
    verb = None
    verbs = p.verbs
    for i in range(a, b):
        if verbs[i] is None:
            continue
        info = _verb_at(p, i, a, cue_toks)
        if info is not None:
            verb = ("verb", i, i + 1, info)
            break
    passive = _passive_head(p, a, b, verb[1] if verb else b)
    if passive is not None:
        return passive
    for i, j, pl in p.matches:
        if pl[0] == "attr" and a <= i < b and not p.in_quote[i]:
            if verb is None or i < verb[1]:
                # "بحسب بيان صادر عن مكتب الرئاسة": one marker after another
                for i2, j2, pl2 in p.matches:
                    if i2 == j and pl2[0] == "attr":
                        j = j2
                return ("attr", i, j, ("", "statement", False, ()))
            break
    if verb is not None:
        return verb
    for k in range(a + 1, b - 2):
        # "بعد اتهامات أوكرانية وغربية بأن آسيا الوسطى باتت طريقاً …": accusations of a
        # country with their content, inside a clause with no reporting verb
        head = _nominal_accusation(p, k, b, ("adjective",), content=True)
        if head is not None:
            return head
    for i in range(a + 1, min(b - 1, a + 8)):
        if p.toks[i] == ":" and not p.in_quote[i] and _mentions_between(p, a, i):
            return ("colon", i, i + 1, ("", "statement", False, ()))
    # "وانضم المندوب الفرنسي إلى الموقف ذاته، قائلاً إن ...": with no reporting verb,
    # a participle after a comma, followed by its reported content, heads the clause
    for i in p.parts:  # the tokens in LEX.participles
        if not a + 1 <= i < b - 1:
            continue
        st = LEX.participles.get(p.toks[i])
        if st is not None and not p.in_quote[i] and p.toks[i - 1] in ("،", ",") \
                and (p.toks[i + 1] in LEX.complementizers or p.toks[i + 1] in (":", _QUOTE)
                     or p.toks[i + 1] in _PP_LEADS and any(
                         p.toks[k] in LEX.complementizers for k in range(i + 2, min(b, i + 7)))):
            # also "مؤكدين في بيان أن …"، "مؤكداً في مؤتمره الصحافي الاثنين أن …"
            return ("participle", i, i + 1, ("", st, False, ()))
    return None


def _statement(p: _Para, aid: str, pi: int, a: int, b: int, cue_toks: set[int], ctx: dict,
               published: str | None, registry, answer: bool = False) -> dict | None:
    if answer:  # "ج: ..." in an interview: the interviewee speaks, no reporting verb
        head = ("answer", a, a, ("", "statement", False, ()))
    else:
        head = _find_head(p, a, b, cue_toks)
    if head is None:
        return None
    kind, hi, hj, (lemma, verb_stance, follow_up, *_) = head
    negated = kind == "verb" and hi > a and p.toks[hi - 1] in _NEGATIONS
    if lemma in ("جدد", "سارع"):  # "جدد كنعاني نفي بلاده"، "سارعت إيران إلى نفي": the verbal noun's
        for k in range(hj, min(b, hj + head[3][5])):  # within the verb's window (both are lexicon verbs)
            st = _masdar_at(p, k)
            if st is not None:
                verb_stance = st
                break
    # ---- speaker
    sp: _Speaker | None = None
    subj_end = hj
    agent = _agent_after(p, hj, min(b, hj + 2)) if kind == "verb" else None
    if kind == "passive" or agent is not None:
        # "تم تأكيد ذلك من قبل X"، "أكدت من قبل X": X speaks
        agent = agent or _agent_after(p, hj, b)
        got = _speaker_from(p, agent[1], _post_window(p, agent[1] - 1, b), ctx) if agent else None
        if got:
            sp, subj_end = got
            sp.source = "agent"
        else:
            sp = _Speaker(surface=_plain_surface(p, agent[1], _post_window(p, agent[1] - 1, b), 3),
                          source="agent") if agent else _Speaker()
            subj_end = agent[1] if agent else hj
        if kind == "passive":
            subj_end = hj  # the reported content follows the verbal noun
    elif kind == "answer":
        iv: _Speaker | None = ctx.get("interviewee") or ctx.get("prev")
        sp = iv.again("interview") if iv else _Speaker()
    elif kind == "verb" and lemma == "نقل" and hj < b and p.toks[hj] == fold("عن"):
        # "ونُقل عن دبلوماسي فرنسي قوله": the passive; the source after عن speaks
        got = _speaker_from(p, hj + 1, _post_window(p, hj, b), ctx)
        if got:
            sp, subj_end = got
        else:
            sp = _Speaker(surface=_plain_surface(p, hj + 1, _post_window(p, hj, b), 3))
        sp.source = "relayed"
    elif kind == "nominal":
        m = p.m_tok[hi + 1]
        iso = _country_of(m[2])
        sp = _Speaker(iso, p.surface(m[0], m[1]), iso, (iso,), "nominal", "country")
    elif kind == "colon":
        got = _speaker_from(p, a, hi, ctx)
        if got:
            sp, _ = got
            sp.source = "colon"
    elif kind == "participle":
        # the subject of the clause's main verb, else the previous speaker
        got = _speaker_from(p, a, hi, ctx, allow_prep=False)
        if got:
            sp, _ = got
            sp.source = "before"
        elif ctx["prev"] is not None and pi - ctx["prev_para"] <= 1:
            prev = ctx["prev"]
            sp = prev.again("previous")
        else:
            sp = _Speaker()
    else:
        first = p.toks[hj] if hj < b else ""
        blocked = (not first or first in LEX.complementizers or first in (":", "،", ",")
                   or first in LEX.no_subject_after)
        if kind == "attr":
            blocked = False
        if kind == "verb" and first in _ALSO and hj + 1 < b \
                and any(k in p.m_tok for k in range(hj + 1, min(b, hj + 5))):
            # "وهو ما أكده أيضاً رئيس الوزراء البريطاني بوريس جونسون": the subject after أيضاً
            got = _speaker_from(p, hj + 1, _post_window(p, hj + 1, b), ctx)
            if got:
                sp, subj_end = got
                sp.source = "after"
        if kind == "verb" and first in _FIHI and hj + 1 < b and ((hj + 1) in p.m_tok or (
                (hj + 2) in p.m_tok and p.toks[hj + 1] not in LEX.complementizers and p.toks[hj + 1].isalpha())):
            # "في وقت لوّحت فيه وزارة الخزانة"، "بياناً قالت فيه الخارجية": the subject follows فيه
            got = _speaker_from(p, hj + 1, _post_window(p, hj + 1, b), ctx)
            if got:
                sp, subj_end = got
                sp.source = "after"
        if kind == "verb" and hi - a >= 3 and p.toks[hi - 1] in _AN:
            # "إذ سبق لكيربي أن قال": the ل-mention after سبق is the subject
            for k in range(max(a, hi - 8), hi - 2):
                sab = _sabaqa(p, k, b, cue_toks)
                if sab is not None and sab[1] == hi:
                    got = _speaker_from(p, sab[0], hi - 1, ctx, allow_prep=False, allow_lam=True)
                    if got:
                        sp, _ = got
                        sp.source = "before"
                    break
        if kind == "verb" and hi - a >= 3 and p.toks[hi - 1] == fold("قد") and p.toks[a] in _KANA \
                and hi - a <= 12 and not _mentions_between(p, a + 1, hi - 1):
            # "وكانت وكيلة الأمين العام … روزماري ديكارلو قد قالت": a subject the registry
            # does not know between كان and قد
            sp = _Speaker(surface=p.surface(a + 1, hi - 1).strip(" ،,"), source="unlinked")
            sp = _earlier_speaker(sp, ctx) or sp
        if sp is None and kind == "verb" and 3 <= hi - a <= 14 and p.toks[hi - 1] == fold("قد") \
                and p.toks[a] in _KANA:
            # "وكان وزير الخارجية الأمريكي، أنتوني بلينكن، قد زعم … في لندن": the subject
            # stands between كان and قد, whatever follows the verb
            got = _speaker_from(p, a + 1, hi - 1, ctx, allow_prep=False)
            if got:
                sp, _ = got
                sp.source = "before"
        if kind == "verb" and blocked and hi - a <= 1 \
                and any(k in LEX.passive_reporting for k in _verb_keys(p.toks[hi])):
            # "وتردد في أروقة الأمم المتحدة أن"، "وأفيد بأن": nobody in particular
            sp = _Speaker(source="impersonal")
        if sp is None and kind == "verb" and hi > a:
            # "وتجدر الإشارة إلى أن طهران نفت": SVO inside a complement clause
            lo2 = hi - 1
            while lo2 > a and p.toks[lo2] in _AUX:
                lo2 -= 1
            if lo2 - 1 > a and p.toks[lo2] in _AN and p.toks[lo2 - 1] in _SABAQA:
                lo2 -= 2  # "غير أن الكرملين سبق أن نفى": سبق أن, an auxiliary
            near = [m for m in _mentions_between(p, max(a, lo2 - 5), lo2 + 1) if m[1] == lo2 + 1]
            reach = 4
            if not near:
                # "غير أن وزير الشؤون الاستراتيجية الإسرائيلي يوفال شتاينتس أبلغ": a title
                # with its nationality, then a name the registry does not know
                near = [m for m in _mentions_between(p, max(a, lo2 - 8), lo2 - 1)
                        if m[2].get("form") in ("adjective", "title_adjective") and 1 <= lo2 + 1 - m[1] <= 3
                        and all(_name_like(p.toks[k]) for k in range(m[1], lo2 + 1))]
                lo2, reach = (near[0][1] - 1, 8) if near else (lo2, reach)
            # the complementizer right before the mention, or before a head noun and its
            # adjectives ("غير أن مسؤولاً حكومياً طاجيكياً قال")
            comp = next((j for j in range(near[0][0] - 1, max(a, near[0][0] - reach) - 1, -1)
                         if p.toks[j] in LEX.complementizers), None) if near and near[0][0] > a else None
            if comp is not None and not any(p.toks[j] in _PREPS or not p.toks[j].isalnum()
                                            for j in range(comp + 1, near[0][0])):
                got = _speaker_from(p, comp + 1, lo2 + 1, ctx, allow_prep=False)
                if got:
                    sp, _ = got
                    sp.source = "before"
        if kind == "verb" and hi > a:
            # nominal sentence: the clause opens with the subject ("واشنطن ولندن تتهمان")
            lo = a
            while lo < hi and (p.toks[lo] in _AUX or p.toks[lo] in _CONNECTORS
                               or p.toks[lo] in _PRON_CONNECTORS):
                lo += 1
            ms0 = _mentions_between(p, lo, hi)
            # "أما المتحدث باسم الكرملين ديمتري بيسكوف فقد رفض": a title may precede the name
            ama = fold("أما") in [x for t in p.toks[a:lo] for x in _cands(t)]
            slack = 4 if ama else 0
            if ms0 and ms0[0][0] - lo <= slack:
                g = _group(p, ms0, hi)
                e = max(m[1] for m in g)
                while e < hi and p.toks[e] in _AUX:
                    e += 1
                # "أما السفارة الإيرانية في كييف، التي تعمل …، فقد نفت": فـ answers أما, whatever
                # stands between the subject and it
                fa = ama and (p.toks[hi].startswith("ف") or p.toks[hi - 1].startswith("ف"))
                if fa and e != hi:
                    got = _speaker_from(p, lo, e, ctx, allow_prep=False)
                    if got:
                        sp, _ = got
                        sp.source = "before"
                elif e == hi:
                    got = _speaker_from(p, lo, hi, ctx, allow_prep=False)
                    if got:
                        sp, _ = got
                        sp.source = "before"
        if kind == "verb" and first in _FIHI and hi - 1 > a and p.toks[hi - 1] in ("،", ",") \
                and lemma in _STATED_IN:
            # "بعد أيام من تقرير لجهاز الاستخبارات الإستوني صدر الأسبوع الماضي، ورد فيه أن": the
            # document named last before the comma is what "فيه" points to
            ms_b = _mentions_between(p, a, hi - 1)
            if ms_b:
                got = _speaker_from(p, ms_b[-1][0], ms_b[-1][1], ctx, allow_prep=True)
                if got:
                    sp, _ = got
                    sp.source = "before"
        if sp is None and kind == "verb" and hi > a:
            # "فالمتحدث … ناصر كنعاني وصف الاتهامات الغربية بأنها": a person right before
            # the verb is its subject; what follows is the object
            lo = hi - 1 if p.toks[hi - 1] in _AUX else hi
            near = [m for m in _mentions_between(p, max(a, lo - 4), lo) if m[1] == lo]
            if near and near[0][2].get("kind") == "person" and not (
                    near[0][0] > a and p.toks[near[0][0] - 1] in _PREPS):
                ms_b = _mentions_between(p, max(a, lo - 12), lo)
                g = _group(p, ms_b, lo) if ms_b else []
                if g and max(m[1] for m in g) == lo:
                    got = _speaker_from(p, g[0][0], lo, ctx, allow_prep=False)
                    if got:
                        sp, _ = got
                        sp.source = "before"
        if sp is None and kind == "verb" and hi > a and _plural_verb(p.toks[hi]):
            # "غير أن مسؤولين أوكرانيين يتهمون طهران": a plural verb agrees with a subject
            # before it (a verb before its subject stays singular); a name after it is its object
            lo = hi - 1 if p.toks[hi - 1] in _AUX else hi
            near = [m for m in _mentions_between(p, max(a, lo - 3), lo) if m[1] == lo]
            if near and not (near[0][0] > a and p.toks[near[0][0] - 1] in _PREPS):
                got = _speaker_from(p, max(a, near[0][0] - 1), lo, ctx, allow_prep=False)
                if got:
                    sp, _ = got
                    sp.source = "before"
        if not blocked and sp is None and kind == "verb" and _common_subject_then_object(p, hj, b):
            # "وطالب القادة طهران بالكف عن …": a common noun after the verb is its subject,
            # the country named after it the object (not the speaker)
            sp, subj_end = _Speaker(surface=p.surface(hj, hj + 1), source="unlinked"), hj + 1
        if not blocked and sp is None and kind == "verb" and first and LEX.title_countries:
            # "اتهم السيناتور الجمهوري مارك كيرك روسيا بتوفير غطاء": a titled name the
            # registry does not know is the subject; the country after it is the object
            iso = next((LEX.title_countries[c] for c in _cands(first) if c in LEX.title_countries), "")
            if iso:
                wend = _post_window(p, hi, b)
                nxt = next((m for m in _mentions_between(p, hj + 1, wend)), None)
                if nxt is None or nxt[2].get("kind") == "country" and nxt[2].get("form") != "adjective":
                    end = nxt[0] if nxt else min(wend, hj + 4)
                    sp = _Speaker(surface=p.surface(hj, end).strip(" ،,"), country=iso, source="after")
                    subj_end = end
        if not blocked and sp is None and kind == "verb" and hj < b and hj not in p.m_tok \
                and any(c in _COURT_WORDS for c in _cands(p.toks[hj])):
            got = _court_speaker(p, hj, _post_window(p, hi, b), ctx)
            if got:
                sp, subj_end = got
        if not blocked and sp is None:
            wend = _post_window(p, hi, b)
            got = _speaker_from(p, hj, wend, ctx, allow_lam=kind == "attr")
            if got:
                sp, subj_end = got
                sp.source = "after" if kind == "verb" else "attribution"
            elif first in LEX.dual_speakers and ctx["prev_sentence_ms"]:
                pm = ctx["prev_sentence_ms"]
                cs = list(dict.fromkeys(_country_of(m[2]) for m in pm if _country_of(m[2])))[:2]
                if cs:
                    sp = _Speaker(cs[0], p.surface(hj, hj + 1), cs[0], tuple(cs), "dual", "country")
        if sp is None and kind == "verb" and hi > a:
            # SVO with the subject right before the verb ("الرئيس بوتين قال"، "بيونغ يانغ قد نفت")
            lo = hi - 1
            while lo > a and p.toks[lo] in _AUX:
                lo -= 1
            near = [m for m in _mentions_between(p, max(a, lo - 3), lo + 1) if m[1] == lo + 1]
            if near:
                n0 = near[0][0]
                if n0 > a and p.toks[n0 - 1] in _PREPS:
                    # "البعثة الإيرانية لدى الأمم المتحدة كانت قد أكدت": what the preposition
                    # governs qualifies the subject before it
                    n0 = max(a, n0 - 6)
                got = _speaker_from(p, n0, lo + 1, ctx, allow_prep=False)
                if got:
                    sp, _ = got
                    sp.source = "before"
        if sp is None and kind == "verb":
            # "وجاء في التحديث الذي نشرته وزارة الدفاع البريطانية أن"، "كشفت وثائق قضائية
            # نشرها موقع … الروسي أن": the document's author
            for k in range(hj, min(b - 3, hj + 3)):
                if _doc_key(p.toks[k]):
                    for r in range(k + 1, min(b - 2, k + 4)):
                        if p.toks[r] in LEX.document_authors or (
                                p.toks[r] in _RELATIVE and p.toks[r + 1] in LEX.document_authors):
                            got = _document_author(p, r + (p.toks[r] in _RELATIVE), b, ctx)
                            if got:
                                sp, subj_end = got
                                sp.source = "after"
                            break
                    break
        if sp is None and _doc_key(first):  # (every document subject: "وأشار التحديث"، "ووفقاً للتقرير")
            # "وأشار التحديث إلى أن" after "وجاء في التحديث الذي نشرته وزارة الدفاع البريطانية":
            # the author of the document named before, else the statement just reported
            # speaks for its author ("وأكد البيان أن …")
            needle = " " + first + " "
            sp = next((prev.again("continuity", p.surface(hj, hj + 1)) for attr, _o, prev in reversed(ctx["speakers"])
                       if needle in attr and (prev.actor_id or prev.country)), None)
            # (a document whose author was named before, unless the adjacent statement has
            # a known speaker: "وأضاف البيان" continues that statement)
            near = ctx["prev"] if ctx["prev"] is not None and pi - ctx["prev_para"] <= 1 else None
            if sp is None and near is not None and (near.actor_id or near.country):
                sp = near.again("previous")
            if sp is None and _doc_key(first) in ctx.get("documents", {}):
                sp = ctx["documents"][_doc_key(first)].again("document", p.surface(hj, hj + 1))
            if sp is None and near is not None:
                sp = near.again("previous")
        if sp is None and kind == "verb" and first in LEX.possessive_heads:
            # "احتج نتنياهو على القرار خلال اتصال مع بوتين، وقال مكتبه في بيان": "his office"
            # speaks for the sentence's first person not governed by a preposition (the subject)
            s0 = ctx.get("sent_start", a)
            for m in _mentions_between(p, s0, hj):
                if m[2].get("kind") == "person" and not (
                        m[0] > s0 and (p.toks[m[0] - 1] in _PREPS or p.toks[m[0] - 1] == _MAA)):
                    sp = _Speaker(m[2]["actor_id"], p.surface(hj, hj + 1), _country_of(m[2]),
                                  (m[2]["actor_id"],), "anaphora", "person")
                    subj_end = hj + 1
                    break
        if sp is None and not blocked and first not in LEX.anaphoric_heads \
                and not (kind == "verb" and hi > a and p.toks[hi - 1] in _SUBORD
                         and (_mentions_between(p, max(a, hi - 10), hi)
                              or hi - 2 >= a and p.toks[hi - 2] in ("،", ","))):
            # a subject the registry does not know ("ويرى مراقبون"، "وقال "شمخاني"")
            sp = _Speaker(surface=_plain_surface(p, hj, _post_window(p, hi, b)), source="unlinked")
            # ... unless an earlier attribution named it in full ("وقالت هايلي" after
            # "المندوبة الأمريكية ... نيكي هايلي"، "وأوضح سلاح الجو" after "سلاح الجو الأوكراني")
            if not any(k in LEX.impersonal for k in _verb_keys(p.toks[hi])):
                wend = _post_window(p, hi, b)
                sp = (_earlier_speaker(sp, ctx) or _title_org(p, hj, wend, pi, ctx)
                      or _affiliated(p, hj, wend, sp) or _one_of_them(sp, ctx) or sp)
                if not sp.country and LEX.title_countries:
                    # "وقال رئيس اللجنة اللورد كيفن جونز": a title of one country names it
                    sp.country = next((LEX.title_countries[c] for k in range(hj, min(wend, hj + 4))
                                       for c in p.cands[k] if c in LEX.title_countries), "")
                app = _appositive(p, wend, b) if not sp.actor_id else None
                if app is not None:
                    # "ونفى أبو الفضل حسن بيغي، عضو لجنة الأمن القومي في البرلمان الإيراني، أن":
                    # the title between commas is the subject's, not the reported content
                    sp.country, subj_end = sp.country or app[0], app[1]
        s_start = ctx.get("sent_start", a)
        if sp is None and kind == "verb" and hi > s_start and p.toks[hi - 1] in ("،", ",") \
                and p.toks[hi][:1] == "و" and first in LEX.complementizers and ctx.get("sent_prev") is not None:
            # "واتهم ممثل الولايات المتحدة طهران …، وقال إن": the speaker of the sentence's
            # statement before goes on
            sp = ctx["sent_prev"].again("previous")
        if sp is None and kind == "verb" and hi > s_start and (p.toks[hi - 1] in ("،", ",") or (
                p.toks[hi - 1] in _SUBORD and hi - 2 > s_start and p.toks[hi - 2] in ("،", ","))):
            # (also "، إذ قال": "النائب جواد كريمي نيا، ذهب أبعد من ذلك، إذ قال")
            # "فرضت وزارة الخزانة عقوبات على شركات في الصين وتركيا، قالت إنها …": a verb
            # with no subject after a comma continues the sentence's subject (the first
            # organisation or person not governed by a preposition), not its last object
            s0 = ctx.get("sent_start", a)
            for m in _mentions_between(p, s0, hi):
                # ("فرضت الحكومة البريطانية عقوبات": a title's country adjective names it too)
                if (m[2].get("kind") in ("person", "organization") or m[2].get("kind") == "country"
                        and m[2].get("form") in ("adjective", "title_adjective")) and not (
                        m[0] > s0 and p.toks[m[0] - 1] in _PREPS):
                    got = _speaker_from(p, m[0], hi, ctx, allow_prep=False)
                    if got:
                        sp, _ = got
                        sp.source = "before"
                    break
        if sp is None and kind == "verb" and hi > a and not (
                p.toks[hi - 1] in ("،", ",") and any(c in _FRONTED_PREPS for c in _cands(p.toks[a]))):
            # (not "وعن الاتهامات الغربية بتزويد روسيا بالمسيرات، قال الوزير": a fronted
            # prepositional phrase is no subject)
            got = _speaker_from(p, max(a, hi - 10), hi, ctx, allow_prep=False)
            if got:
                sp, _ = got
                sp.source = "before"
        if sp is None and kind == "verb" and hi > s_start and ctx.get("sent_prev") is None:
            # "عرض الممثل الأمريكي براين هوك، أمس، … مجموعة من الأسلحة قال إنها إيرانية الصنع":
            # a verb with no subject inside a sentence that reported nothing yet speaks for the
            # sentence's subject, its first person or organisation (in its first words, not
            # governed by a preposition)
            for m in _mentions_between(p, s_start, min(hi, s_start + 8)):
                if m[2].get("kind") in ("person", "organization") and not (
                        m[0] > s_start and (p.toks[m[0] - 1] in _PREPS or p.toks[m[0] - 1] == _MAA)):
                    got = _speaker_from(p, m[0], min(hi, m[1] + 1), ctx, allow_prep=False)
                    if got:
                        sp, _ = got
                        sp.source = "sentence"
                    break
        if sp is None and kind == "verb":
            prev: _Speaker | None = ctx["prev"]
            if prev is not None and (follow_up or pi - ctx["prev_para"] <= 1):
                sp = prev.again("previous")
        if sp is None:
            sp = _Speaker(surface=_plain_surface(p, hj, _post_window(p, hi, b)) if not blocked else "")
    # "ولم تعلق طهران على الاتهامات، لكنها تنفي ...": the pronoun is the sentence's subject
    # "غير أنه رفض التعليق على … المسيّرات الإيرانية": أنه is the subject, whatever follows
    but_he = kind == "verb" and hi == a + 2 and p.toks[a] in _BUT and p.toks[a + 1] in _PRON_SUBJ
    # "لكنه اتهم طهران بانتهاك القرار": after "لكنه" the name after the verb is its object
    object_after = kind == "verb" and hi == a + 1 and sp.source == "after" \
        and any(k in _PRON_CONNECTORS for k in _verb_keys(p.toks[a]))
    if object_after:
        subj_end = hj  # the name after the verb belongs to the content
    but_he = but_he or object_after or (
        # "…، قبل أن تقرّ بأنها أرسلت": the same subject changing its position
        kind == "verb" and hi == a + 2 and p.toks[a] == _QABL and p.toks[a + 1] in _AN
        and sp.source in ("unlinked", "none"))
    if but_he or kind == "verb" and hi == a + 1 and sp.source in ("unlinked", "previous", "none") \
            and any(k in _PRON_CONNECTORS or k in _SUBORD for k in _verb_keys(p.toks[a])):
        prev_sp: _Speaker | None = ctx.get("sent_prev")
        if prev_sp is None and but_he and ctx["prev"] is not None and pi - ctx["prev_para"] <= 1:
            prev_sp = ctx["prev"]  # a new sentence: the speaker just reported
        if prev_sp is None:
            sa = ctx.get("sent_start", a)
            got = _speaker_from(p, sa, min(a, sa + 8), ctx, allow_prep=False)
            prev_sp = got[0] if got else None
        if prev_sp is not None:
            sp = prev_sp.again("previous")
    if not sp.actor_id and not sp.country and sp.surface:
        sp = _head_anaphora(sp, ctx) or sp  # "وجاء في بيان الوزارة": the ministry just named
    if not sp.actor_id and not sp.country and sp.surface:
        s0 = ctx.get("sent_start", a)
        m0 = p.m_tok.get(s0)
        if m0 is not None and m0[2].get("form") == "adjective" and p.toks[m0[1] - 1].endswith("ا") \
                and m0[1] < b and p.toks[m0[1]] in ("،", ","):
            # "إسرائيلياً، نقلت الإذاعة العامة عن وزير الشؤون الاستراتيجية …": the fronted
            # adverb names the side the unknown speaker is on
            sp.country = _country_of(m0[2])
    non_party = False
    if sp.kind == "country" and sp.surface:
        # "ورأى الخبير العسكري الروسي"، "وفقاً لخبراء روس": an analyst keeps the country of
        # the adjective but does not speak for the state (no response to a claim)
        w0 = fold(sp.surface).split()[0]
        non_party = any(c in LEX.non_party_heads for c in _cands(w0))
    # ---- "نقلت وكالة X عن Y": Y speaks, X relays
    via = ""
    if kind == "verb" and lemma == "نقل" and sp.source == "after":
        # (from the verb on: the subject group may run on past عن, "وكالة رويترز عن متحدث باسم
        # وزارة الخارجية الأمريكية")
        for k in range(hj, min(b, subj_end + 4)):
            if p.toks[k] == fold("عن"):
                got = _speaker_from(p, k + 1, _post_window(p, k, b), ctx)
                via = sp.actor_id or sp.surface
                outlet = sp
                if got:
                    sp, subj_end = got
                    sp.source = "relayed"
                else:
                    sp = _Speaker(surface=_plain_surface(p, k + 1, _post_window(p, k, b), 3),
                                  source="relayed")
                if not sp.country and not sp.actor_id and outlet.country \
                        and getattr(ctx["registry"], "sectors", {}).get(outlet.actor_id) == "media":
                    # "ونقلت القناة 12 الإسرائيلية عن مصدر أمني رفيع": a national outlet's
                    # unnamed source is of its country (not an international agency's)
                    sp.country = outlet.country
                break
    # (a verb inside a stance cue, "رفض الاتهامات", still reports here)
    # (not after a verb with a stance of its own: "أقر السفير بأن إيران أبلغت موسكو" is the
    # ambassador's admission)
    nested = _nested_report(p, subj_end, b, set()) if kind == "verb" and not via \
        and verb_stance not in ("admission", "denial") else None
    if nested is not None:
        # "وذكرت وكالة رويترز أن وزير الخارجية الإيراني نفى …": the named subject of the
        # reported verb speaks, with that verb's stance; the outer speaker relays
        s0, e0, vinfo = nested
        got = _speaker_from(p, s0, e0, ctx, allow_prep=False)
        if got:
            via = sp.actor_id or sp.surface
            sp = got[0]
            sp.source = "relayed"
            hi, hj = e0, e0 + 1
            lemma, verb_stance, follow_up = vinfo[0], vinfo[1], vinfo[2]
            negated = p.toks[hi - 1] in _NEGATIONS
            subj_end = hj
    if not sp.country and sp.surface and LEX.title_countries:
        # "وقال رئيس اللجنة السيناتور الجمهوري توم كوتون": a speaker the registry does not
        # know, whose title says the country (title_countries in reporting_verbs.yaml)
        iso = next((LEX.title_countries[c] for w in fold(sp.surface).split() for c in _cands(w)
                    if c in LEX.title_countries), "")
        if iso:
            sp.country = iso
    # ---- cues
    stance_hits: dict[str, list[str]] = {"admission": [], "denial": [], "claim": [], "partial": [],
                                         "neutral": []}
    topics: list[str] = []
    topic_cues: list[str] = []
    topic_toks: set[int] = set()
    origins: list[tuple[int, str]] = []
    made_abroad = False  # "مسيّرات إيرانية الصنع": arms made by another country than the speaker's
    anaph = False
    masked = {k for i, j in p.masks if a <= i and j <= b for k in range(i, j)}
    denial_pos: list[int] = []
    for i, j, pl in p.matches:
        if not (a <= i and j <= b):
            continue
        if pl[0] == "need":
            # "لا تحتاج إلى صواريخ"، "ولا يحتاج إلى استيرادها": a denial only about arms
            # (or about receiving them)
            if any(j <= qi <= j + 4 for qi in p.arms_starts) or (j < b and p.feats[j] & (_F_RECEIVE | _F_TRANSFER)):
                stance_hits["denial"].append(p.surface(i, j))
                denial_pos.append(i)
        elif pl[0] == "anaph":
            anaph = True
        elif pl[0] == "origin":
            origins.append((i, pl[1]))
        elif pl[0] == "topic":
            if pl[1] not in topics:
                topics.append(pl[1])
            topic_cues.append(p.surface(i, j))
            topic_toks.add(j - 1)
        elif pl[0] in stance_hits:
            if i in masked:
                continue
            if pl[0] == "claim" and i > a and _is_future_verb(p.toks[i - 1 - (p.toks[i - 1] == _QUOTE and i - 2 >= a)]):
                continue  # "أي تسليم لهذه الصواريخ سيشكّل خرقاً واضحاً": a warning, not a charge
            kind_hit = pl[0]
            if kind_hit == "denial" and j in p.m_tok and sp.country and sp.country not in ctx["claimed"]:
                # "وثائق المحكمة تفضح أكاذيب طهران" (Kyiv) with Tehran the accused of the
                # article's claims: calling the accused party's words lies charges it
                owner = _country_of(p.m_tok[j][2])
                if owner and owner != sp.country and owner in ctx["claimed"]:
                    kind_hit = "claim"
            stance_hits[kind_hit].append(p.surface(i, j))
            if kind_hit == "denial":
                denial_pos.append(i)
    cannot_confirm = False
    for k in p.confirms:
        if hj <= k < b:
            cue = _cannot_confirm(p, max(a, hj), k)
            if cue:
                stance_hits["neutral"].append(cue)
                cannot_confirm = True
    part_st = []
    for i in p.parts:  # the tokens in LEX.participles
        if not hj <= i < b:
            continue
        st = LEX.participles.get(p.toks[i])
        if st and st != "statement" and not p.in_quote[i] and i not in masked:
            part_st.append((st, p.surface(i, i + 1)))
            if st == "denial":
                denial_pos.append(i)
    for k in range(hj, b - 1):
        if p.toks[k] in LEX.renewing and not p.in_quote[k]:
            # "، مجدداً نفي إرسال أي مسيّرات": renewing a denial (the verbal noun's stance)
            st = _masdar_at(p, k + 1)
            if st in ("denial", "claim", "admission"):
                part_st.append((st, p.surface(k, k + 2)))
                if st == "denial":
                    denial_pos.append(k)
    if lemma == "نقل" and kind == "verb":
        # "نقلت وكالة تسنيم عن مصدر في وزارة الدفاع نفيه أن تكون …": what is relayed is the
        # source's verbal noun (its denial, accusation) — the stance of that noun
        for k in range(max(subj_end, hj), min(b, max(subj_end, hj) + 2)):
            st = _masdar_at(p, k) if not p.in_quote[k] else None
            if st in ("denial", "claim") and k + 1 < b and p.toks[k + 1] in LEX.complementizers:
                part_st.append((st, p.surface(k, k + 1)))
                if st == "denial":
                    denial_pos.append(k)
                break
    for st, s in part_st:
        stance_hits[st].append(s)
    has_arms = any(t in ARMS_TOPICS for t in topics)
    arms_starts = [qi for qi in p.arms_starts if a <= qi < b]
    for k in p.negs if arms_starts else ():
        # "لم تصدر أي طائرات مسيرة": a negated supply verb with arms soon after
        if hj <= k < b - 1 and not _conditional_at(p, a, k):
            n = k + 1
            while n < b and p.toks[n] in _NEG_SKIP:
                n += 1
            # "لم يكن لها أي دور في تزويد"، "لا علاقة لها بتزويد": no part in the supply
            m = n
            while n < b and n <= k + 7 and (p.toks[n] in LEX.no_part or p.toks[n] == _QUOTE):
                n += 1
            # a supply verb; after "no part in", its verbal noun too ("في تزويد")
            want = _F_SUPPLY if n == m else _F_SUPPLY | _F_TRANSFER
            if n < b and p.feats[n] & want and any(n < q <= n + 6 for q in arms_starts):
                cue = p.surface(k, n + 1)
                if cue not in stance_hits["denial"]:
                    stance_hits["denial"].append(cue)
                    denial_pos.append(k)
                continue
            if m < b and p.toks[m] in _TRANSIT and any(m < q <= m + 4 for q in arms_starts):
                # "مينسك لم تكن يوماً ممراً لأي أسلحة إيرانية نحو روسيا": no transit of arms
                cue = p.surface(k, m + 1)
                if cue not in stance_hits["denial"]:
                    stance_hits["denial"].append(cue)
                    denial_pos.append(k)
                continue
            e = _no_link_to_arms(p, m, b, sp.country, arms_starts)
            if e:
                cue = p.surface(k, e)
                if cue not in stance_hits["denial"]:
                    stance_hits["denial"].append(cue)
                    denial_pos.append(k)
                continue
            if n + 2 < b and p.toks[n + 1] in _ANY_FORMS and any(q in (n + 2, n + 3) for q in arms_starts):
                # "لا يشمل أي رمايات صاروخية"، "لم يطلق أي صاروخ": whatever the verb, none of the
                # arms
                cue = p.surface(k, n + 2)
                if cue not in stance_hits["denial"]:
                    stance_hits["denial"].append(cue)
                    denial_pos.append(k)
    for q in arms_starts if p.negs else ():
        # "أي صاروخ روسي لم يسقط داخل حدودنا": no arms at all did what the claim says
        if hj < q and p.toks[q - 1] in _ANY_FORMS:
            k = next((k for k in p.negs if q < k <= q + 4 and k < b - 1), None)
            if k is not None and not _conditional_at(p, a, k):
                cue = p.surface(q - 1, k + 2)
                if cue not in stance_hits["denial"]:
                    stance_hits["denial"].append(cue)
                    denial_pos.append(k)
    if sp.country and (has_arms or ctx.get("last_arms")):
        # "روسية الصنع"، "صناعة يمنية خالصة": made by the speaker's own country — a denial
        # of a foreign supply; made by another country, the weapon's origin
        for k in p.makes:
            if not hj <= k < b:
                continue
            if p.toks[k] in _FACTORIES and not (k > 0 and p.toks[k - 1] == _FI):
                continue  # "المصانع الروسية تنتج مئة مسيّرة": output; "تنتج في المصانع الروسية": make
            if k + 1 < b and p.toks[k + 1] in _LOCAL and p.toks[k] not in _INDUSTRY:
                # "مسيّرات «جيران» من الإنتاج المحلي": made at home, by the speaker's side
                stance_hits["denial"].append(p.surface(k, k + 2))
                denial_pos.append(k)
                continue
            made_in = k + 2 < b and p.toks[k + 1] == _FI and p.toks[k] not in _FACTORIES
            verb = any(c in _MAKE_VERBS for c in p.cands[k])
            if verb and not made_in:
                continue  # a make verb names a maker only as "تصنع في روسيا"
            for kk in ((k + 2,) if verb else (k - 1, k + 1, _after_arms_name(p, k, b), k + 2 if made_in else -1)):
                if kk == k + 1 and p.toks[k] in _INDUSTRY:
                    break  # "الصناعة الإيرانية" is the industry, not the make ("صناعة إيرانية")
                m = p.m_tok.get(kk)
                if m and m[2].get("kind") == "country" and (
                        m[2].get("form") == "adjective" or kk == k + 2 and made_in):
                    # ("صُنع في إيران وهُرّب إلى اليمن": made in a named country)
                    if m[2]["actor_id"] == sp.country:
                        if not _sells_own(p, max(hj, k - 6), k, b):
                            stance_hits["denial"].append(p.surface(min(k, kk), max(k, kk) + 1))
                            denial_pos.append(min(k, kk))
                    else:
                        origins.append((kk, m[2]["actor_id"]))
                        made_abroad = True
                    break
    # ---- content start: after the complementizer / colon / first quote after the head
    content_start = max(subj_end, hj)
    for k in range(hj, b):
        t = p.toks[k]
        if (t in LEX.complementizers and p.toks[k - 1] not in _NOT_REPORTING) or t == ":" \
                or (t == _QUOTE and k >= subj_end):
            content_start = k
            break
    scan_from = min(content_start, max(subj_end, hj))
    # ---- stance
    stance, decided_by = "statement", []
    if (lemma == "رفض" or kind == "participle" and p.toks[hi].startswith(_RAFID)) and subj_end < b:
        # (also the participle: "رافضاً التعليق على ما إذا كانت موسكو قد تلقت إخطاراً")
        # "رفض بيسكوف التعليق"، "رفض بيسكوف، الاثنين، الرد على أسئلة الصحافيين": no comment
        for k in range(subj_end, min(b, subj_end + 8)):  # ("، في إحاطته اليومية، التعليق")
            if p.toks[k] in LEX.complementizers or p.toks[k] == _QUOTE:
                break
            if any(c in _COMMENT or c in _PROCEDURE for c in _cands(p.toks[k])):
                # (also "رفضت المحكمة دعوى الشركة": a court turning down a case denies nothing)
                stance_hits["neutral"].append(p.surface(hi, k + 1))
                break
    vstance = "statement" if negated or stance_hits["neutral"] else verb_stance
    # "أن بلاده ستستخدم كل الأدوات … لكشف هذه الصفقة": the speaker's own plan claims nothing
    own_plan = verb_stance != "claim" and _own_future(p, content_start, b, sp.country)
    head_surface = p.surface(hi, hj) if kind in ("verb", "nominal") else ""
    if vstance != "statement":
        stance, decided_by = vstance, [head_surface]
        decided_by += stance_hits.get(vstance, [])
    else:
        for st in ("admission", "denial", "claim"):
            if stance_hits[st] and not (st == "claim" and own_plan):
                stance, decided_by = st, stance_hits[st]
                break
    topics_inherited = False
    lc = ctx.get("last_claim")
    # the source of the claim before goes on: "وبحسب التقرير"، "وبحسب إحدى الوثائق"
    source_goes_on = kind == "attr" and stance == "statement" and lc is not None and hj < b \
        and (any(c in LEX.anaphoric_heads for c in _cands(p.toks[hj])) or _doc_key(p.toks[hj])
             or p.toks[hj] in _ONE_OF and hj + 1 < b and _doc_key(p.toks[hj + 1]))
    # "وبحسب إحدى الوثائق، فإن الجانب الروسي وافق على تسليم دفعة أولى من 400 وحدة": a
    # transfer with no arms word, told by that source, is about the claim's arms
    bare_transfer = source_goes_on and not any(t in ARMS_TOPICS for t in topics) and any(
        p.feats[k] & _F_TRANSFER and not _conditional_at(p, a, k) for k in range(hj, b))
    if source_goes_on and (anaph or bare_transfer or any(t in ARMS_TOPICS for t in topics)):
        # "وبحسب التقرير، فإن صور الأقمار الصناعية أظهرت طائرة من هذا الطراز": the same
        # source goes on with its claim, about the same parties
        stance, decided_by = "claim", [p.surface(hi, hj + 1)]
        if bare_transfer:
            topics = [t for t in lc["topics"].split(";") if t in ARMS_TOPICS] + topics
            topics_inherited = True
        ctx["_continued"] = [c for c in lc["accused_countries"].split(";") if c] or [lc["accused_country"]]
    if not anaph and not any(t in ARMS_TOPICS for t in topics):
        # "وجود هؤلاء المدربين" after "مدربون إيرانيون يساعدون الروس على إطلاق المسيّرات": a
        # demonstrative before a noun of an earlier arms claim refers to that claim's arms
        back = _demonstrative_echo(p, scan_from, b, ctx)
        last = ctx.get("last_rec")
        if not back and last is not None and sp.actor_id and last["speaker_actor_id"] == sp.actor_id \
                and any(p.toks[k] == _THESE_PEOPLE and not p.toks[k + 1].startswith("ال")
                        for k in range(scan_from, b - 1)):
            # "وأضاف كيربي أن عدد هؤلاء صغير": the people the speaker just spoke of
            back = [t for t in last["topics"].split(";") if t in ARMS_TOPICS]
        if back:
            topics = back + topics
            topics_inherited = True
    if stance == "statement" and not any(t in ARMS_TOPICS for t in topics) and sp.country and not non_party \
            and any(p.toks[k] in _ALSO for k in range(scan_from, b)):
        # "فإن مدربين إيرانيين رُصدوا كذلك في خيرسون" after "مدربون إيرانيون في القرم": "also"
        # goes on with the earlier claim whose words it repeats
        echo = _echoed_claim(ctx, _echo_keys(p, scan_from, b), None)
        if echo:
            topics = echo + topics
            topics_inherited = True
    if anaph and ctx.get("last_arms") and not any(t in _SPECIFIC_ARMS for t in topics):
        # "هذه الطائرات"، "هذا النوع من الأسلحة": the arms named before (a generic
        # "weapons" word in the anaphora names nothing new)
        topics = list(ctx["last_arms"]) + [t for t in topics if t not in ctx["last_arms"]]
        topics_inherited = True
    if stance == "statement" and cannot_confirm and not topics and lc is not None:
        # "قال متحدث إن واشنطن لا تستطيع تأكيد وصول المنصات": not confirming what the claim
        # before it reported is about that claim's arms (a bare "no comment" names no topic:
        # annotators split on it)
        topics = [t for t in str(lc.get("topics", "")).split(";") if t in ARMS_TOPICS]
        topics_inherited = bool(topics)
    if stance == "statement" and ctx.get("last_arms") and pi - ctx.get("last_arms_pi", -9) <= 1 \
            and not any(t in ARMS_TOPICS for t in topics) \
            and any(p.feats[k] & _F_HELP and not _conditional_at(p, a, k)
                    for k in range(max(scan_from, content_start), b)):
        # "إن خبراء إيرانيين ما زالوا يزورون ألابوغا بانتظام" right after the drone factory:
        # arms help with the arms of the sentences just before
        topics = list(ctx["last_arms"]) + topics
        topics_inherited = True
    if kind == "verb" and hi > a and p.toks[hi - 1] in ("،", ",") \
            and any(c in _FRONTED_PREPS for c in _cands(p.toks[a])):
        # "وعن الاتهامات بتزويد روسيا بمسيّرات وصواريخ، قال الوزير إن التعاون في مجال
        # المسيّرات …": the arms of the reported words, when they name any, not the topic
        # the fronted phrase announces
        said = {pl[1] for i, _j, pl in p.matches if pl[0] == "topic" and hj <= i < b and pl[1] in ARMS_TOPICS}
        if said:
            topics = [t for t in topics if t not in ARMS_TOPICS or t in said]
    if stance in ("statement", "claim") and verb_stance != "claim" and not negated and sp.country:
        dismissed = _describes_accusations(p, lemma, subj_end, b, sp.country, ctx) \
            or _mocks_accusations(p, min(a, ctx.get("sent_start", a)), b)
        if dismissed:
            # "وصفت زاخاروفا الاتهامات الأمريكية بنقل صواريخ إيرانية إلى روسيا بأنها
            # أسطوانة مشروخة": an accused party's word for the accusations denies them
            stance, decided_by = "denial", [dismissed]
    arms = [t for t in topics if t in ARMS_TOPICS]
    accused, rule = "", ""
    if stance == "statement" and arms and not stance_hits["neutral"]:
        acc, r = _accused(p, a, b, hi, lemma, subj_end, sp, topic_toks, "claim", scan_from, registry,
                          origins)
        if r == "content" and content_start > scan_from:
            # "قال بلينكن، خلال مؤتمر صحفي مع نظيره البريطاني ديفيد لامي، إن …": a country of
            # the attribution is no party of the reported content
            acc, r = _accused(p, a, b, hi, lemma, content_start, sp, topic_toks, "claim", content_start,
                              registry, origins)
        feats = p.feats
        transferish = any(feats[k] & _F_TRANSFER and not _conditional_at(p, a, k)
                          and not _use_of_other_things(p, k) for k in range(scan_from, b)) \
            or _barter(p, scan_from, b) or made_abroad
        # the speaker's own words ("ويرى خبراء") are no arms help
        # (not "مشاركة قواته في التدريب": the exercise itself, definite after في)
        helpish = any(feats[k] & _F_HELP and not (p.toks[k - 1] == _FI and p.toks[k].startswith("ال"))
                      for k in range(max(scan_from, content_start), b))
        # "إذا قدمت أوكرانيا أي وثائق تثبت أن روسيا استخدمت …": a hypothesis, no claim
        hypothetical = any(p.toks[k] in _CONDITIONAL for k in range(content_start, min(b, content_start + 3))) \
            or _hedged(p, content_start, b)
        # "داعياً كييف إلى تقديم أدلة على …"، "لفحص أي أدلة على استخدام مسيّراتنا": evidence
        # asked for or to be examined makes its content a hypothesis
        # (the evidence "على" what follows: "من دون أن تقدم أدلة على ذلك" leaves the claim)
        hypothetical = hypothetical or own_plan or any(
            a <= i and j + 1 < b and p.toks[j - 1] in _EVIDENCE and p.toks[j] == _ALA
            and p.toks[j + 1] not in _DEMONSTRATIVES for i, j in p.masks)
        # "كل مسيّرة جديدة تصل إلى روسيا ستكلف إيران": a party the article already
        # accused on these arms
        known = r == "content" and (bool(set(arms) & ctx["claimed"].get(acc, set()))
                                    or _never_stopped(p, scan_from, b))
        if acc and not hypothetical and (
                transferish and (r in ("supplier", "origin", "user", "object", "recipient_of") or known)
                or helpish and r in ("supplier", "origin", "user", "content")):
            stance, decided_by, accused, rule = "claim", [f"transfer:{r}"], acc, r
        elif acc and not hypothetical and not non_party and sp.country and sp.country not in ctx["claimed"] \
                and r in ("supplier", "user", "content") and acc in ctx["claimed"] \
                and lemma not in LEX.only_as_claims and not _future_policy(p, content_start, b) \
                and not any(feats[k] & _F_TRANSFER and _conditional_at(p, a, k) for k in range(scan_from, b)):
            # "أكدت الاستخبارات الأوكرانية أن مصنع ألابوغا ينتج 300 مسيّرة شهرياً"، "التعاون
            # العسكري بين إيران وروسيا يتعمق": an accuser (a party no claim accused) asserting
            # something about the arms of a party the article already accused is a claim
            # ("أي تسليم لهذه الصواريخ سيشكل خرقاً": not about a hypothetical transfer)
            stance, decided_by, accused, rule = "claim", [f"assert:{r}"], acc, r
        elif not acc and not hypothetical and sp.country and any(
                feats[k] & _F_TRANSFER and any(k < q <= k + 3 for q in p.arms_starts)
                and not _conditional_at(p, a, k) for k in range(scan_from, b)):
            # "وصف لامي نقل الصواريخ بأنه تصعيد خطير": the transfer the article's earlier
            # claim reported, taken as a fact by a party that is not accused of it
            c_acc = _latest_claim_parties(ctx, arms)
            if c_acc and sp.country not in c_acc:
                stance, decided_by, accused, rule = "claim", ["transfer:known"], c_acc[0], "topic_coref"
        if stance == "statement" and acc and r == "origin" and not hypothetical \
                and not stance_hits["neutral"] and acc != sp.country \
                and not any(feats[k] & _F_TRANSFER for k in range(scan_from, b)):
            # (a transfer word there was the transfer rules' to judge: "أي نقل لصواريخ إيرانية
            # إلى روسيا سيمثل تصعيداً" is a warning)
            # "الاستخبارات الأوكرانية: صواريخ إيرانية في الطريق إلى روسيا"، "مخزون روسيا من
            # المسيّرات الإيرانية يتراجع": arms of one country held by another, as a third
            # party tells it, is a transfer claim against the maker
            holder, held_words = _held_by(p, max(scan_from, content_start), b, topic_toks, acc)
            if holder and holder != sp.country:
                stance, decided_by, accused, rule = "claim", [held_words], acc, "origin_held"
        if stance == "statement" and not hypothetical and sp.country:
            # "أن صواريخ كروز روسية أصابت مصنعاً"، "تعرضت لهجوم بمسيّرات انتحارية روسية": a strike
            # with arms of another country (its adjective right after them) accuses that country
            attacker = _attack_by(p, scan_from, b, topic_toks, sp.country)
            if attacker:
                stance, decided_by, accused, rule = "claim", ["attack"], attacker, "attack"
    # ---- the accused party itself affirms the transfer ("وقال أحد المسؤولين الإيرانيين إن
    # شحنات الصواريخ بدأت مطلع يناير"، "قدمنا عدداً محدوداً من الطائرات المسيرة"): an
    # admission, when an earlier claim of the article accused the speaker's country on
    # these arms, and the affirmation comes before any denial in the clause
    twin = ""
    own_arms = set(arms or ctx.get("last_arms") or ())
    if stance in ("statement", "claim", "denial") and verb_stance != "claim" and sp.country and own_arms \
            and not stance_hits["neutral"] and not (stance == "denial" and verb_stance == "denial"):
        first_denial = min(denial_pos) if denial_pos else b
        aff = _affirmed_supply(p, a, max(scan_from, hj), first_denial)
        if aff is not None and not own_arms & ctx["claimed"].get(sp.country, set()) \
                and not (stance_hits["partial"] and (_first_person(p.toks[aff]) or _self_before(p, a, aff))):
            # with no claim against the speaker's country yet, only "we sent a small number"
            aff = None
        # "وصف لامي إرسال الصواريخ الإيرانية": arms of another country are no admission
        foreign = any(iso != sp.country for _k, iso in origins) or any(
            m[2].get("kind") == "country" and m[2].get("form") == "adjective"
            and m[2]["actor_id"] != sp.country and any(0 < m[0] - t <= 3 for t in topic_toks)
            for m in _mentions_between(p, a, b))
        makers = {iso for _k, iso in origins} | {
            m[2]["actor_id"] for m in _mentions_between(p, a, b)
            if m[2].get("kind") == "country" and m[2].get("form") == "adjective"
            and any(0 < m[0] - t <= 3 for t in topic_toks)}
        if aff is not None and not foreign:
            # "وأضاف بقائي أن الولايات المتحدة والدول الأوروبية "ترسل يومياً شحنات الأسلحة"":
            # the supplier is another country — no admission; before a receive verb the
            # subject is the recipient: another country receiving is no admission, unless
            # the arms are the speaker's ("روسيا تسلمت صواريخ إيرانية")
            foreign = _other_supplier(p, max(a, scan_from), aff, sp.country) and not (
                p.feats[aff] & _F_RECEIVE and sp.country in makers)
        if aff is None and stance_hits["partial"] and (
                own_arms & ctx["claimed"].get(sp.country, set()) or _answers_transfer_accusations(p, a, b)):
            # "إن التعاون في مجال الطائرات المسيّرة بدأ قبل الحرب": cooperation on the arms,
            # bounded as partial admissions are, from a party accused of supplying them
            aff = next((k for k in range(max(scan_from, hj), first_denial)
                        if any(c in LEX.cooperation_nouns for c in p.cands[k])
                        and not (k > a and p.toks[k - 1] in _NEGATIONS)), None)
        if (aff is None or foreign) and stance != "denial":
            # "ما تسلمناه من الأصدقاء الروس"، "الصواريخ الاعتراضية الروسية وصلت": the speaker's
            # side received arms of another country — in the first person, or when an earlier
            # claim accused the speaker's country and that country on these arms
            got = _affirmed_receipt(p, a, max(scan_from, hj), first_denial, sp.country, makers)
            if got is not None and (got[1] or any(
                    sp.country in acc and (set(acc) & makers) and own_arms & c_topics
                    for c_topics, acc, _pi in ctx["claims_seen"])):
                aff, foreign = got[0], False
        if aff is not None and not foreign:
            if stance == "denial":
                twin = "denial"
            stance, decided_by, accused, rule = "admission", [p.surface(aff, aff + 1)], sp.country, "self"
            if not arms:  # "إن ما تسلمناه … يندرج في إطار عقود": the arms just named
                topics = [t for t in ctx.get("last_arms") or () if t in own_arms] + topics
                topics_inherited = topics_inherited or bool(topics)
    if stance != "statement" and not accused:
        accused, rule = _accused(p, a, b, hi, lemma, subj_end, sp, topic_toks, stance,
                                 scan_from, registry, origins)
    accused_all: list[str] = []
    if stance == "claim":
        cont = ctx.pop("_continued", None)
        if cont:
            accused, rule, accused_all = cont[0], "continued", cont
        elif rule == "attack":
            accused_all = [accused]  # the striking country, not its targets
        else:
            accused_all = _accused_countries(p, a, b, scan_from, sp, accused, content_start)
    # "وتابع يوسوف أن كل مسيّرة يتم إسقاطها تحمل بصمة إيرانية": the same speaker goes on
    # about the transfer it just claimed
    follow_on = bool(sp.actor_id) and (lc0 := ctx.get("last_claim")) is not None \
        and lc0["speaker_actor_id"] == sp.actor_id and pi - int(lc0["para_idx"]) <= 1
    if stance == "claim" and len(accused_all) == 1 and arms and ctx["claims_seen"] and (follow_on or any(
            p.feats[k] & _F_SEEN and not _conditional_at(p, a, k) for k in range(scan_from, b))):
        # "اتهم لامي طهران بتأجيج الحرب عبر إرسال الصواريخ"، "عسكريون روس تلقوا تدريبات في
        # إيران": a transfer whose other party the article named in an earlier claim
        for c_topics, c_acc, c_pi in reversed(ctx["claims_seen"]):
            if pi - c_pi > 2:
                break  # only a claim just before (same or the two previous paragraphs)
            if accused_all[0] in c_acc and set(arms) & c_topics and len(c_acc) > 1:
                accused_all += [c for c in c_acc if c not in accused_all and c != sp.country][:1]
                break
    if stance == "claim" and not accused_all and arms and ctx["claims_seen"]:
        # "قال بوريل إن الاتحاد تلقى معلومات موثوقة عن نقل الصواريخ": a claim about the
        # transfer the article is about, naming no party — the parties of the latest claim
        # on that topic
        accused_all = [c for c in _latest_claim_parties(ctx, arms) if c != sp.country]
        if accused_all:
            accused, rule = accused_all[0], "topic_coref"
    rel = ctx.get("sent_rec") if p.toks[a] in _RELATIVE_LEADS else None
    if rel is not None and not any(t in ARMS_TOPICS for t in topics):
        # "…، وهو ما ادعته أيضاً وسائل إعلام غربية": about the same facts as the clause before
        topics = [t for t in rel["topics"].split(";") if t] + [t for t in topics if t not in rel["topics"]]
        topics_inherited = True
        if stance == "statement" and rel["stance"] == "claim" and lemma in LEX.affirming and not negated \
                and sp.country and sp.country not in rel["accused_countries"].split(";"):
            # "…، وهو ما أكده أيضاً رئيس الوزراء البريطاني": affirming the claim just made
            stance, decided_by = "claim", [head_surface]
        if stance == "claim" and rel["stance"] == "claim":
            accused = accused or rel["accused_country"]
            accused_all = [c for c in rel["accused_countries"].split(";") if c and c != sp.country]
    # "لم ترسل"، "لن نرسل": a negated supply verb ("لا تستند إلى أي دليل" is none)
    neg_supply = stance == "denial" and any(
        len(w) > 1 and w[0] in _NEGATIONS and any(_is_supply(x) for x in w[1:3])
        for w in (fold(c).split() for c in stance_hits["denial"]))
    if neg_supply and not any(t in _DM for t in topics) and ctx["claim_arms"]:
        # "لم ترسل ولن ترسل أي أسلحة إلى روسيا"، "لم ترسل أي معدات عسكرية": denying any
        # supply of arms answers the drones / missiles the article's claims are about
        last = ctx.get("last_rec")
        if last is not None and sp.actor_id and last["speaker_actor_id"] == sp.actor_id \
                and any(t in _DM for t in last["topics"].split(";")):
            inherit = [t for t in last["topics"].split(";") if t in _DM]
        else:
            top = max(ctx["claim_arms"].get(t, 0) for t in _DM)
            inherit = [t for t in ("drones", "missiles") if top and ctx["claim_arms"].get(t, 0) == top]
        if inherit:
            topics = inherit + [t for t in topics if t not in inherit]
            topics_inherited = True
    if stance == "claim" and not any(t in ARMS_TOPICS for t in topics) and ctx.get("last_claim") \
            and any(p.feats[k] & _F_AGENT_SUP for k in range(hj, b)):
        # "إن التكتل لديه "معلومات موثوقة" عن عمليات النقل": the transfers the article's
        # last claim is about (its arms and parties)
        lc = ctx["last_claim"]
        topics = [t for t in lc["topics"].split(";") if t in ARMS_TOPICS] + topics
        topics_inherited = True
        accused = accused or lc["accused_country"]
        if not accused_all:
            accused_all = [c for c in lc["accused_countries"].split(";") if c and c != sp.country]
    # (a denial of "any weapons" answers the arms the article is about, too)
    if not any(t in (_SPECIFIC_ARMS if stance == "denial" or _these_accusations(p, a, b) else ARMS_TOPICS)
               for t in topics) and (
            stance in ("denial", "admission") or stance == "statement" and any(
                any(w.startswith(("نفي", "ينفي", "تنفي")) for w in fold(c).split()) for c in stance_hits["neutral"])) \
            and ctx.get("last_arms") and not (
                # "لكنه أقر بأن التعاون التكنولوجي بين البلدين قائم": an admission of
                # something else — only one of a transfer or of "them" answers the reports
                stance == "admission" and not anaph and not any(
                    p.feats[k] & (_F_TRANSFER | _F_HELP) for k in range(max(scan_from, content_start), b))):
        # "وصف ... التقارير الغربية بأنها عارية عن الصحة"، "المعلومات المضللة ... لتبرير
        # العقوبات": a response without an arms word answers the reports the article
        # is about: the speaker's own last arms topics when it spoke just before, else
        # the arms most claimed in the article so far, else the last arms topics
        inherit = list(ctx["last_arms"])
        last = ctx.get("last_rec")
        counts = ctx["claim_arms"]
        own_claimed = ctx["claimed"].get(sp.country, ()) if sp.country else ()
        against_own = [t for t in _DM if t in own_claimed]
        if kind == "answer" and ctx.get("question_arms"):
            inherit = list(ctx["question_arms"])  # the answer answers the question
        elif last is not None and sp.actor_id and last["speaker_actor_id"] == sp.actor_id \
                and any(t in ARMS_TOPICS for t in last["topics"].split(";")):
            inherit = [t for t in last["topics"].split(";") if t in ARMS_TOPICS]
        elif lc is not None and int(lc["para_idx"]) == pi and sp.country in accused_of_rec(lc) \
                and any(t in ARMS_TOPICS for t in lc["topics"].split(";")):
            # "فيما رفض الكرملين تأكيد التقارير": the claim just made in this paragraph
            inherit = [t for t in lc["topics"].split(";") if t in ARMS_TOPICS]
        elif sp.country and (echo := _echoed_claim(ctx, _echo_keys(p, scan_from, b),
                                                   sp.country)):
            inherit = echo  # the claim the response repeats the words of
        elif against_own:
            # "نفت السفارة هذه الاتهامات": every arms topic the article's claims accused
            # the speaker's country of (blind annotators read "these accusations" so)
            inherit = against_own
        elif counts:
            top = max(counts.values())
            best = [t for t in counts if counts[t] == top]
            if len(best) == 1:
                inherit = best
        topics = inherit + [t for t in topics if t not in inherit]
        topics_inherited = True
    if arms:
        ctx["last_arms"], ctx["last_arms_pi"] = arms, pi
    if non_party and stance == "claim" and verb_stance != "claim":
        # "ويرى الباحث الإماراتي أن …": an analyst's reading of the arms is commentary, not
        # a claim a party answers (unless the verb itself claims: "زعم الخبير")
        stance, decided_by, accused, rule, accused_all = "statement", [], "", "", []
    if lemma in LEX.only_as_claims and stance == "statement":
        return None  # "وفرضت واشنطن عقوبات على شركات": an action, reported as an event only
    partial = stance == "admission" and bool(stance_hits["partial"])
    if partial:
        decided_by += stance_hits["partial"]
    if stance == "denial" and stance_hits["partial"] and not twin:
        # "تنفي إرسال مسيرات، باستثناء ما وصفته بـ"عدد محدود" سلمته قبل اندلاعها": the
        # exception admits part of what is denied — a second, partial admission
        exc = [k for k in range(hj, b) if p.feats[k] & _F_EXCEPTION]
        if exc and any(exc[0] < qi <= exc[0] + 8 for qi, _qj, q in p.matches
                       if q[0] == "partial" and a <= qi < b):
            twin = "admission"
    if stance == "admission" and stance_hits["denial"] and not twin:
        twin = "denial"
    # ---- date
    date, date_source = "", "none"
    attrib = [t for (k, t) in p.timexes if a <= k < b and (k < content_start or k < hi)]
    if attrib:
        best = min(attrib, key=lambda t: abs(p.to_folded(t["start"]) - p.starts[hi]))
        date, date_source = best["value"], "timex"
    elif published:
        date, date_source = published, "published"
    # ---- quote
    quote_parts = []
    k = hj if p.quoted else b  # with no token inside a quote, no quoted part
    while k < b:
        if p.toks[k] == _QUOTE and p.in_quote[k + 1] if k + 1 < b else False:
            e = k + 1
            while e < b and p.toks[e] != _QUOTE:
                e += 1
            inner = p.m_tok.get(k + 1)
            if e - (k + 1) >= 2 and not (inner and inner[1] >= e):
                quote_parts.append(p.surface(k + 1, e))
            k = e + 1
            continue
        k += 1
    s, e = p.orig(a, b)
    text = p.f.original[s:e]
    cues = list(dict.fromkeys([c for c in decided_by if c] + topic_cues))
    rec = {
        "statement_id": "", "article_id": aid, "para_idx": pi,
        "speaker_actor_id": sp.actor_id, "speaker_surface": sp.surface, "stance": stance,
        "topics": ";".join(topics), "date": date, "text": text,
        "start": s, "end": e, "speaker_country": sp.country,
        "speaker_actor_ids": ";".join(sp.ids), "speaker_source": sp.source,
        "accused_country": accused, "accused_countries": ";".join(accused_all),
        "accused_rule": rule, "partial": partial,
        "cues": ";".join(cues), "stance_cues": ";".join(dict.fromkeys(c for c in decided_by if c)),
        "topic_cues": ";".join(dict.fromkeys(topic_cues)),
        "quote": " … ".join(quote_parts), "date_source": date_source, "head": kind, "via": via,
        "topics_inherited": topics_inherited, "speaker_non_party": non_party,
        # a plain report: no neutral cue, negation or hypothetical transfer ("أي نقل") that
        # a denial elsewhere could make the claim it answers (_claims_known_by_denials)
        # nor the speaker's own measures ("عقوبات"، "ستواصل استخدام كل الأدوات")
        "_plain": stance == "statement" and not stance_hits["neutral"] and not cannot_confirm
        and not negated and not any(hj <= k < b for k in p.negs) and "sanctions" not in topics
        and not any(p.toks[k] == _ANY and p.feats[k + 1] & _F_TRANSFER for k in range(hj, b - 1))
        and not any(len(t) >= 5 and t[0] == "س" and t[1] in "تين" for t in p.toks[content_start:content_start + 3]),
    }
    if kind == "verb" and sp.source in ("unlinked", "previous", "none") \
            and any(k in LEX.impersonal for k in _verb_keys(p.toks[hi])):
        return None  # "حيث تعتبر هذه المنطقة"، "يذكر أن": impersonal, no speaker
    if sp.actor_id or sp.country or sp.surface:
        ctx["prev"], ctx["prev_para"] = sp, pi
        ctx["sent_prev"] = sp
        if sp.kind == "person" and ctx.get("interviewee") is None \
                and any(c in _INTERVIEW for k in range(a, b) for c in _cands(p.toks[k])):
            ctx["interviewee"] = sp
        attr_end = max(content_start, subj_end)
        # "اتهم رئيس لجنة … في مجلس النواب الأمريكي جيمس هولدن، أمس، روسيا": name words the
        # registry does not know, right after the subject's last mention and up to a comma,
        # belong to it (so that "وقال هولدن" later finds this speaker)
        k = attr_end
        while k < min(b, attr_end + 3) and p.toks[k][:1].isalpha() and k not in p.m_tok \
                and p.toks[k] not in LEX.complementizers and not _verb_info(p.toks[k]):
            k += 1
        if k < b and k > attr_end and p.toks[k] in ("،", ","):
            attr_end = k
        others = [fold(m[2].get("surface", "")) for m in _mentions_between(p, a, attr_end)
                  if m[2].get("actor_id") not in sp.ids]
        ctx["speakers"].append((" " + " ".join(p.toks[a:attr_end]) + " ", others, sp))
    if not sp.surface and not sp.actor_id and sp.source != "impersonal":
        return None
    if stance == "claim" and any(t in ARMS_TOPICS for t in topics):
        ctx["last_claim"] = rec
        ctx["echo_claims"].append((_echo_keys(p, max(scan_from, content_start), b),
                                   [t for t in topics if t in ARMS_TOPICS], set(accused_all or [accused])))
        if accused_all:
            ctx["claims_seen"].append(({t for t in topics if t in ARMS_TOPICS}, tuple(accused_all), pi))
    if stance == "claim":
        # the supplier and the recipient (not the other countries the content names)
        for c in (accused_all or [accused])[:2]:
            if c:
                ctx["claimed"].setdefault(c, set()).update(t for t in topics if t in ARMS_TOPICS)
        for t in topics:
            if t in ARMS_TOPICS:
                ctx["claim_arms"][t] = ctx["claim_arms"].get(t, 0) + 1
    if twin:
        other = dict(rec)
        other["stance"] = twin
        other["partial"] = twin == "admission" and bool(stance_hits["partial"])
        twin_cues = (stance_hits["partial"] if twin == "admission" else stance_hits["denial"]) or [head_surface]
        other["stance_cues"] = ";".join(dict.fromkeys(c for c in twin_cues if c))
        other["cues"] = ";".join(dict.fromkeys([c for c in twin_cues if c] + topic_cues))
        if twin == "denial" and other["accused_country"] == "" and sp.country:
            other["accused_country"] = sp.country
        rec["_twin"] = other
    ctx["sent_rec"] = ctx["last_rec"] = rec
    return rec
