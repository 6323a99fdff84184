"""Publication date: stated → sidecar → inferred from evidence."""

from __future__ import annotations

import re

import pytest

from dossier import pubdate, timexes
from dossier.paths import CORPUS_DIR


class FakeRegistry:
    """The part of actors.Registry pubdate uses: get(actor_id).roles."""

    def __init__(self, entries: dict[str, list[dict]]):
        self._entries = {k: type("A", (), {"id": k, "roles": v})() for k, v in entries.items()}

    def get(self, actor_id):
        return self._entries.get(actor_id)


REGISTRY = FakeRegistry({
    "ebrahim_raisi": [{"title_en": "President of Iran",
                       "title_ar": ["الرئيس الإيراني", "رئيس إيران", "الرئيس"],
                       "from": "2021-08-03", "to": "2024-05-19"}],
    "nikolai_patrushev": [{"title_en": "Secretary of the Security Council of Russia",
                           "title_ar": ["سكرتير مجلس الأمن الروسي", "أمين مجلس الأمن الروسي",
                                        "سكرتير مجلس الأمن القومي الروسي",
                                        "رئيس مجلس الأمن القومي الروسي",
                                        "أمين عام مجلس الأمن الروسي"],
                           "from": "2008-05-12", "to": "2024-05-14"}],
    "sergei_shoigu": [
        {"title_en": "Minister of Defence of Russia", "title_ar": ["وزير الدفاع", "وزير الدفاع الروسي"],
         "from": "2012-11-06", "to": "2024-05-12"},
        {"title_en": "Secretary of the Security Council of Russia",
         "title_ar": ["سكرتير مجلس الأمن الروسي", "أمين مجلس الأمن الروسي"],
         "from": "2024-05-12", "to": None},
    ],
})
NAMES = {"إبراهيم رئيسي": "ebrahim_raisi", "رئيسي": "ebrahim_raisi",
         "نيكولاي باتروشيف": "nikolai_patrushev", "سيرغي شويغو": "sergei_shoigu"}
EVENTS = pubdate.load_reference_events()


def mentions_of(paragraphs: list[str]) -> list[dict]:
    out = []
    alt = "|".join(sorted(map(re.escape, NAMES), key=len, reverse=True))
    for i, p in enumerate(paragraphs):
        for m in re.finditer(rf"(?<!\w)(?:{alt})(?!\w)", p):
            out.append({"article_id": "t", "para_idx": i, "start": m.start(), "end": m.end(),
                        "surface": m.group(0), "actor_id": NAMES[m.group(0)], "kind": "person",
                        "country": "", "form": "name"})
    return out


def decide(paragraphs, stated=None, sidecar=None, registry=REGISTRY):
    tagged = timexes.tag_article("t", paragraphs)
    absolute = [t for t in timexes.resolve(tagged, None) if t["value"]]
    return pubdate.decide(stated, sidecar, absolute, mentions_of(paragraphs), paragraphs,
                          registry, EVENTS)


UNDATED_2024 = [
    "كان بوتين أجرى، الأسبوع الماضي، اتصالاً هاتفياً مع الرئيس إبراهيم رئيسي، ناقشا خلاله الوضع "
    "في الشرق الأوسط بعد الضربة الإسرائيلية ورد طهران.",
    "والتقى علي أكبر أحمديان مع سكرتير مجلس الأمن القومي الروسي، نيكولاي باتروشيف، على هامش "
    "الاجتماع في سان بطرسبرغ.",
    'وتبادل البلدان المعلومات بعد تفجيرات كرمان الدامية وعقب عملية "الوعد الصادق" ضد إسرائيل.',
]


def test_reference_events_file():
    ids = {e["id"]: e for e in EVENTS}
    assert len(EVENTS) >= 25
    expected = {
        "russia_invades_ukraine": "2022-02-24", "wagner_mutiny": "2023-06-24",
        "kerman_bombings": "2024-01-03", "crocus_city_hall_attack": "2024-03-22",
        "iran_strikes_israel_true_promise": "2024-04-13", "israel_strikes_isfahan": "2024-04-19",
        "raisi_death": "2024-05-19", "mahsa_amini_protests": "2022-09-16",
        "soleimani_killed": "2020-01-03", "jcpoa_signed": "2015-07-14",
        "us_leaves_jcpoa": "2018-05-08", "crimea_annexation": "2014-03-18",
        "russia_intervenes_in_syria": "2015-09-30", "iran_joins_sco": "2023-07-04",
        "brics_enlargement": "2024-01-01", "iran_russia_strategic_treaty": "2025-01-17",
        "israel_iran_war_2025": "2025-06-13", "hamas_october_7": "2023-10-07",
        "assad_falls": "2024-12-08",
    }
    for eid, date in expected.items():
        assert ids[eid]["date"] == date, eid
    assert ids["iran_strikes_israel_true_promise"]["end"] == "2024-04-14"


def test_stated_wins_then_sidecar():
    r = decide(UNDATED_2024, stated=("2024-04-25", "day"), sidecar=("2024-04-26", "day"))
    assert (r["published"], r["published_precision"], r["published_source"]) == (
        "2024-04-25", "day", "text")
    assert r["published_evidence"].startswith("stated in text 2024-04-25")
    r = decide(UNDATED_2024, sidecar=("2024-04", "month"))
    assert (r["published"], r["published_precision"], r["published_source"]) == (
        "2024-04", "month", "metadata")
    # the evidence interval is kept even when the date is stated
    assert (r["published_earliest"], r["published_latest"]) == ("2024-04-13", "2024-05-14")


def test_inferred_from_reference_events_and_tenures():
    r = decide(UNDATED_2024)
    assert r["published_source"] == "inferred"
    assert (r["published_earliest"], r["published_latest"]) == ("2024-04-13", "2024-05-14")
    assert (r["published"], r["published_precision"]) == ("2024-04", "month")
    ev = r["published_evidence"]
    assert "iran_strikes_israel_true_promise" in ev and "kerman_bombings" in ev
    assert "nikolai_patrushev as Secretary of the Security Council of Russia" in ev
    assert "ebrahim_raisi as President of Iran" in ev


def test_former_or_late_title_is_not_a_tenure():
    paras = ["وأشاد المسؤولون بالرئيس الراحل إبراهيم رئيسي الذي قضى في تحطم مروحية."]
    r = decide(paras)
    assert "ebrahim_raisi as" not in r["published_evidence"]
    assert r["published_earliest"] == "2024-05-19"  # raisi_death cue
    assert (r["published"], r["published_precision"], r["published_source"]) == ("", "none", "none")


def test_name_without_title_is_not_a_tenure():
    r = decide(["وقال رئيسي في كلمة إن التعاون مستمر."])
    assert (r["published_earliest"], r["published_latest"]) == ("", "")


def test_year_precision_when_interval_within_a_year():
    paras = ["وقال سكرتير مجلس الأمن الروسي نيكولاي باتروشيف إن الاجتماع عقد في 3 يناير 2024."]
    r = decide(paras)
    assert (r["published_earliest"], r["published_latest"]) == ("2024-01-03", "2024-05-14")
    assert (r["published"], r["published_precision"], r["published_source"]) == (
        "2024", "year", "inferred")


def test_lower_bound_only_gives_no_guess_but_keeps_interval():
    r = decide(["اتهمت الدول الأعضاء بالاتحاد الأوروبي، في 30 يونيو 2023، النظام الإيراني."])
    assert r["published_earliest"] == "2023-06-30"
    assert r["published_latest"] == ""
    assert (r["published"], r["published_precision"]) == ("", "none")
    assert "latest date in text 2023-06-30" in r["published_evidence"]


def test_planned_dates_are_not_lower_bounds():
    paras = ["وقال سكرتير مجلس الأمن الروسي نيكولاي باتروشيف إن القمة المقررة في 15 ديسمبر 2025 "
             "ستبحث التعاون، وإن الخطة تمتد حتى 2030."]
    r = decide(paras)
    assert r["published_earliest"] == "2008-05-12"
    assert r["published_latest"] == "2024-05-14"


def test_several_roles_of_one_person_union():
    # "وزير الدفاع سيرغي شويغو": only the defence role fits
    r = decide(["ووقع الاتفاقية وزير الدفاع سيرغي شويغو ونظيره الإيراني."])
    assert (r["published_earliest"], r["published_latest"]) == ("2012-11-06", "2024-05-12")


def test_conflicting_evidence_is_reported():
    paras = ["وقال الرئيس إبراهيم رئيسي بعد سقوط نظام الأسد إن طهران لن تتخلى عن حلفائها."]
    r = decide(paras)
    assert "conflict" in r["published_evidence"]
    assert r["published"] == "" and r["published_source"] == "none"


def test_future_cue_is_ignored():
    r = decide(["ومن المقرر انضمام إيران إلى منظمة شنغهاي في القمة المقبلة."])
    assert "iran_joins_sco" not in r["published_evidence"]


def _seed(prefix: str) -> list[str]:
    path = next(CORPUS_DIR.glob(prefix + "_*.txt"))
    return [p for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]


def test_seed_004_evidence_without_its_dateline():
    paras = [p for p in _seed("004") if "2024" not in p]  # pretend the dateline is missing
    r = decide(paras)
    ev = r["published_evidence"]
    for eid in ("kerman_bombings", "crocus_city_hall_attack", "iran_strikes_israel_true_promise",
                "russia_invades_ukraine"):
        assert eid in ev
    assert r["published_earliest"] == "2024-04-13"


def test_seed_000_undated_stays_undated():
    r = decide(_seed("000"))
    # "في 2001" and Patrushev's tenure: an interval of years, no guess
    assert r["published_earliest"] == "2008-05-12"
    assert r["published_latest"] == "2024-05-14"
    assert (r["published"], r["published_precision"], r["published_source"]) == ("", "none", "none")


@pytest.mark.parametrize("registry", [None, FakeRegistry({})])
def test_without_registry(registry):
    r = decide(UNDATED_2024, registry=registry)
    assert r["published_earliest"] == "2024-04-13" and r["published_latest"] == ""


def test_partial_tenure_bounds():
    reg = FakeRegistry({"kazem_jalali": [{"title_en": "Ambassador of Iran to Russia",
                                          "title_ar": ["سفير إيران لدى روسيا"],
                                          "from": 2019, "to": "2024"}]})
    paras = ["وقال سفير إيران لدى روسيا كاظم جلالي إن التعاون مستمر."]
    m = [{"article_id": "t", "para_idx": 0, "start": paras[0].index("كاظم"),
          "end": paras[0].index("كاظم") + len("كاظم جلالي"), "surface": "كاظم جلالي",
          "actor_id": "kazem_jalali", "kind": "person", "country": "IRN", "form": "name"}]
    r = pubdate.decide(None, None, [], m, paras, reg, EVENTS)
    assert (r["published_earliest"], r["published_latest"]) == ("2019-01-01", "2024-12-31")


def test_title_without_nationality_right_before_the_name():
    reg = FakeRegistry({
        "ebrahim_raisi": [{"title_en": "President of Iran", "title_ar": ["الرئيس الإيراني"],
                           "from": "2021-08-03", "to": "2024-05-19"}],
        "sergei_shoigu": [{"title_en": "Minister of Defence of Russia",
                           "title_ar": ["وزير الدفاع الروسي"], "from": "2012-11-06",
                           "to": "2024-05-14"}],
    })
    paras = ["أجرى بوتين اتصالاً هاتفياً مع الرئيس إبراهيم رئيسي.",
             "ووقع الاتفاقية وزير الدفاع سيرغي شويغو ونظيره الإيراني.",
             "وقال الرئيس الروسي فلاديمير بوتين بعد لقائه رئيسي إن العلاقات جيدة."]
    r = pubdate.decide(None, None, [], mentions_of(paras), paras, reg, EVENTS)
    assert (r["published_earliest"], r["published_latest"]) == ("2021-08-03", "2024-05-14")
    only_last = [m for m in mentions_of(paras) if m["para_idx"] == 2]
    r = pubdate.decide(None, None, [], only_last, paras, reg, EVENTS)
    assert (r["published_earliest"], r["published_latest"]) == ("", "")


def decide_full(paragraphs, stated=None, registry=REGISTRY):
    tagged = timexes.tag_article("t", paragraphs)
    absolute = [t for t in timexes.resolve(tagged, None) if t["value"]]
    return pubdate.decide(stated, None, absolute, mentions_of(paragraphs), paragraphs,
                          registry, EVENTS, tagged=tagged)


@pytest.mark.parametrize("sentence", [
    "وقال إن القيود التي يفرضها القرار تنتهي في تشرين الأول/أكتوبر 2023.",
    "وقال إن القيود ستنتهي في 18 أكتوبر 2023.",
    "ومن المقرر أن تعقد القمة في أكتوبر 2023.",
    "وتعتزم طهران شراء المقاتلات في أكتوبر 2023.",
    "وستعقد القمة في أكتوبر 2023 المقبل.",
])
def test_planned_or_future_dates_are_never_lower_bounds(sentence):
    r = decide(["اتهمت كييف طهران في 24 شباط/فبراير 2022 بتزويد روسيا بمسيرات.", sentence])
    assert r["published_earliest"] == "2022-02-24"


def test_strong_future_date_is_an_upper_bound():
    r = decide(["وقال في 24 شباط/فبراير 2022 إن القيود ستنتهي في تشرين الأول/أكتوبر 2023."])
    assert r["published_latest"] == "2023-10-31"
    assert "planned date in text 2023-10" in r["published_evidence"]


def test_stated_date_outside_the_evidence_is_a_conflict():
    r = decide(["وقال الرئيس إبراهيم رئيسي بعد سقوط نظام الأسد إن طهران لن تتخلى."],
               stated=("2022-01-10", "day"))
    assert r["published"] == "2022-01-10"
    assert "conflict" in r["published_evidence"]
    r = decide(["وقال الرئيس إبراهيم رئيسي إن طهران لن تتخلى."], stated=("2022-01-10", "day"))
    assert "conflict" not in r["published_evidence"]


SEED_002_LIKE = [
    "وخلال الأسبوعين الماضيين، أعرب المسؤولون الإيرانيون عن دعمهم لموسكو في مواجهة التمرد "
    'الذي قامت به مجموعة "فاغنر". والتقى سكرتير مجلس الأمن القومي الروسي نيكولاي باتروشيف نظيره.',
    "واتهم الاتحاد الأوروبي، في 30 يونيو (حزيران) الماضي، إيران بتزويد روسيا بالمسيرات.",
    "وفرضت واشنطن عقوبات العام الماضي.",
]


def test_inference_from_recent_event_and_relative_month():
    r = decide_full(SEED_002_LIKE)
    # two weeks after the Wagner mutiny (24 June 2023) and after a recent "30 June"
    assert (r["published"], r["published_precision"], r["published_source"]) == (
        "2023-07", "month", "inferred")
    assert r["published_earliest"] == "2023-07-01"
    assert r["published_latest"] <= "2023-07-31"
    ev = r["published_evidence"]
    assert "recent: wagner_mutiny" in ev and "narrowed to" in ev


def test_yearless_months_narrow_by_hard_rules_only():
    def narrow(text, lo="2024-02-22", hi="2025-01-20"):
        rel = pubdate._relative_months(timexes.tag_article("t", [text]))
        got = pubdate.narrow_by_months(lo, hi, rel)
        return got[:2] if got else None
    # "الجاري" is the publication month
    assert narrow("وقال إن الشحنات وصلت مطلع نوفمبر الجاري.") == ("2024-11-01", "2024-11-30")
    # "يناير الماضي" is one of the eleven months before: not January 2025 (that would be
    # "يناير من العام الماضي"), and after the day it names
    assert narrow("وقال إن الاتفاق أبرم في 17 يناير الماضي.") == ("2024-02-22", "2024-12-31")
    # a bare month, or a past month that fits every month, rules nothing out (no
    # preference for recent months)
    assert narrow("وقال إن الشحنات بدأت مطلع يناير، بعد اتفاق أبرم في أكتوبر الماضي.") is None


def test_last_month_with_an_event_gives_the_next_month():
    r = decide_full(["وبعد تمرد فاغنر الشهر الماضي، قال سكرتير مجلس الأمن الروسي نيكولاي باتروشيف إن..."])
    assert (r["published_earliest"], r["published_latest"]) == ("2023-07-01", "2023-07-31")
    assert r["published"] == "2023-07"


def test_ongoing_event_says_nothing_about_recency():
    # "the war in Ukraine" is a state, not the day of the invasion
    r = decide_full(["ونهاية الشهر الماضي دان الاتحاد دعم إيران لروسيا في حربها على أوكرانيا."])
    assert r["published_latest"] == ""


def test_best_month_holds_most_of_the_interval():
    assert pubdate._best_month("2023-06-24", "2023-07-15") == "2023-07"
    assert pubdate._best_month("2024-04-13", "2024-05-14") == "2024-04"


# -- news days: a day inferred from how the text names days (issue #4) ---------
def resolved(paragraphs, r):
    """The timexes of an undated article as the pipeline resolves them."""
    tagged = timexes.tag_article("t", paragraphs)
    absolute = [t for t in timexes.resolve(tagged, None) if t["value"]]
    pub = pubdate.decide(None, None, absolute, mentions_of(paragraphs), paragraphs, REGISTRY,
                         EVENTS, tagged=tagged)
    return pub, [(x["surface"], x["value"], x["anchor"])
                 for x in timexes.resolve(tagged, pubdate.anchor_of(pub))]


GAS_2021 = [
    "وقّع وزير النفط الإيراني ونائب رئيس الوزراء الروسي، أمس الأربعاء 15 ديسمبر، في طهران مذكرة "
    "تفاهم، في أول زيارة منذ تولي الرئيس إبراهيم رئيسي السلطة في أغسطس الماضي.",
    "وكان الرئيس إبراهيم رئيسي قد أكد الثلاثاء أن بلاده لن تنتظر، ويلتقي الوزير الروسي اليوم "
    "الخميس الرئيس الإيراني قبل عودته إلى موسكو.",
]


def test_yesterday_with_a_weekday_and_a_yearless_date_gives_the_day():
    pub, got = resolved(GAS_2021, None)
    # Raisi in office (from 2021-08-03): the only Wednesday 15 December since is in 2021
    assert (pub["published"], pub["published_precision"], pub["published_source"]) == (
        "2021-12-16", "day", "inferred")
    assert (pub["published_earliest"], pub["published_latest"]) == ("2021-12-16", "2021-12-16")
    assert "news days 2021-12-16..2021-12-16" in pub["published_evidence"]
    assert got == [
        ("أمس", "2021-12-15", "inferred:2021-12-16"),
        ("الأربعاء 15 ديسمبر", "2021-12-15", "inferred:2021-12-16"),
        ("أغسطس الماضي", "2021-08", "inferred:2021-12-16"),
        ("الثلاثاء", "2021-12-14", "inferred:2021-12-16"),
        ("اليوم", "2021-12-16", "inferred:2021-12-16"),
        ("الخميس", "2021-12-16", "inferred:2021-12-16"),
    ]


SUMMIT_2022 = [
    "استقبل المرشد الإيراني علي خامنئي الرئيس الروسي فلاديمير بوتين الثلاثاء في طهران.",
    "وقال خامنئي إن الحرب أمر صعب، بحسب ما نقل موقعه الرسمي أمس.",
    "وصدر عن القمة بيان ختامي مؤرخ في 19 يوليو 2022.",
    "وكانت واشنطن قد حذرت الشهر الماضي من أن إيران تستعد لتزويد روسيا بالمسيرات.",
]


def test_bare_weekday_on_the_latest_date_gives_the_news_week_only():
    pub, got = resolved(SUMMIT_2022, None)
    # Tuesday 19 July 2022 is the news day: the article is of 19..25 July
    assert (pub["published"], pub["published_precision"], pub["published_source"]) == (
        "2022-07", "month", "inferred")
    assert (pub["published_earliest"], pub["published_latest"]) == ("2022-07-19", "2022-07-25")
    assert got == [
        ("الثلاثاء", "2022-07-19", "inferred:2022-07-19..2022-07-25"),
        ("أمس", "", ""),  # 18..24 July: never guessed
        ("19 يوليو 2022", "2022-07-19", ""),
        ("الشهر الماضي", "2022-06", "inferred:2022-07-19..2022-07-25"),
    ]


def test_weekday_that_contradicts_its_date_gives_no_day():
    # 19 July 2022 was a Tuesday, not a Friday
    paras = ["استقبل خامنئي بوتين يوم الجمعة 19 يوليو 2022 في طهران، وقال أمس إن الحرب صعبة."]
    pub, got = resolved(paras, None)
    assert pub["published"] == "" and "news days" not in pub["published_evidence"]
    assert ("أمس", "", "") in got


def test_background_date_without_its_weekday_gives_no_day():
    # 3 January 2020 was a Friday; the text's weekday (Sunday) is another day
    paras = ["اتهم المتحدث الأحد واشنطن بالتصعيد، مذكرا باغتيال قاسم سليماني في 3 يناير 2020.",
             "وكان الوزير قد بحث أمس مع نظيره الروسي التطورات."]
    pub, got = resolved(paras, None)
    assert "news days" not in pub["published_evidence"]
    assert [v for _, v, _ in got] == ["", "2020-01-03", ""]


def test_yearless_weekday_date_needs_a_single_year():
    # no lower bound at all: "Thursday 20 October" fits 2016 and 2022 -> nothing
    paras = ["عقد المجلس جلسة مغلقة الخميس 20 أكتوبر، وقال المندوب أمس إن الأدلة واضحة."]
    pub, _ = resolved(paras, None)
    assert pub["published"] == ""
    # after the invasion (24 Feb 2022) only 2022 fits; "أمس" stays unknown (20..26 Oct)
    paras.append("وتتهم كييف طهران بتزويد موسكو بالمسيرات منذ الغزو الروسي لأوكرانيا.")
    pub, got = resolved(paras, None)
    assert (pub["published"], pub["published_earliest"], pub["published_latest"]) == (
        "2022-10", "2022-10-20", "2022-10-26")
    assert got[:2] == [("الخميس 20 أكتوبر", "2022-10-20", "inferred:2022-10-20..2022-10-26"),
                       ("أمس", "", "")]


def test_last_week_with_an_event_gives_the_next_calendar_week():
    paras = ['أعلنت الخارجية الإيرانية أمس أن طهران حذرت موسكو قبل هجوم كروكوس الذي وقع الأسبوع '
             'الماضي قرب العاصمة الروسية.', "وبحث الجانبان الملف الثلاثاء."]
    pub, got = resolved(paras, None)
    # Crocus: Friday 22 March 2024 -> the article is of Mon 25..Sun 31 March
    assert (pub["published_earliest"], pub["published_latest"]) == ("2024-03-25", "2024-03-31")
    assert got == [("أمس", "", ""),
                   ("الأسبوع الماضي", "2024-03-18", "inferred:2024-03-25..2024-03-31"),
                   ("الثلاثاء", "", "")]  # 19 or 26 March


def test_anchor_of_keeps_an_inferred_interval_and_a_stated_day():
    tagged = timexes.tag_article("t", GAS_2021)
    pub = pubdate.decide(None, None, [], mentions_of(GAS_2021), GAS_2021, REGISTRY, EVENTS, tagged=tagged)
    assert pubdate.anchor_of(pub) == {"value": "2021-12-16", "precision": "day", "earliest": "2021-12-16",
                                      "latest": "2021-12-16", "source": "inferred"}
    stated = pubdate.decide(("2021-12-16", "day"), None, [], [], GAS_2021, REGISTRY, EVENTS, tagged=tagged)
    assert pubdate.anchor_of(stated)["source"] == "text"
    # a stated date resolves weekdays as usual, with the date itself as the anchor
    got = [(x["surface"], x["value"], x["anchor"]) for x in timexes.resolve(tagged, pubdate.anchor_of(stated))]
    assert got[3] == ("الثلاثاء", "2021-12-14", "2021-12-16")
    assert pubdate.anchor_of({"published": "", "published_precision": ""}) is None


def test_title_at_the_time_of_a_killing_is_not_a_tenure():
    reg = FakeRegistry({"qasem_soleimani": [{"title_en": "Commander of the Quds Force",
                                             "title_ar": ["قائد فيلق القدس"],
                                             "from": "1998", "to": "2020-01-03"}]})
    paras = ["وقال إن واشنطن لم تتعلم من اغتيال قائد فيلق القدس قاسم سليماني في بغداد."]
    NAMES["قاسم سليماني"] = "qasem_soleimani"
    try:
        assert pubdate.tenure_evidence(mentions_of(paras), paras, reg) == []
    finally:
        del NAMES["قاسم سليماني"]


def test_yearless_date_dated_by_a_bare_weekday_of_the_text():
    paras = ["ناقش مجلس الأمن الدولي الأربعاء اتهامات بتزويد إيران روسيا بالمسيرات منذ الغزو الروسي "
             "لأوكرانيا.",
             "وكانت كييف قد تعرضت لهجوم بالمسيرات، وعقدت الجلسة في 19 أكتوبر بطلب غربي."]
    pub, got = resolved(paras, None)
    # after 24 Feb 2022, 19 October fell on a Wednesday only in 2022
    assert (pub["published"], pub["published_earliest"], pub["published_latest"]) == (
        "2022-10", "2022-10-19", "2022-10-25")
    assert got == [("الأربعاء", "2022-10-19", "inferred:2022-10-19..2022-10-25"),
                   ("19 أكتوبر", "2022-10-19", "inferred:2022-10-19..2022-10-25")]


def test_cue_words_prefilter_is_a_necessary_condition():
    evs = pubdate.load_reference_events()
    for ev in evs:
        for cue in ev["cues"]:
            text = pubdate.fold(cue.replace("…", " ").replace("...", " "))
            if ev["pattern"].search(text):
                assert pubdate._cues_possible(ev, text), (ev["id"], cue)
    assert not pubdate._cues_possible(evs[0], "")


def test_memo_filters_agree_with_plain_ones():
    evs = pubdate.load_reference_events()
    texts = ["", "حرب اكتوبر", " ".join(w for ev in evs[:3] for c in ev["cue_words"] for w in c)]
    for text in texts:
        memo: dict = {}
        for ev in evs:
            assert pubdate._may_match_memo(ev, text, memo) == pubdate._may_match(ev, text)
            assert pubdate._cues_possible_memo(ev, text, memo) == pubdate._cues_possible(ev, text)


def test_word_index_filter_agrees_with_plain_ones():
    evs = pubdate.load_reference_events()
    words = [w for ev in evs for c in ev["cue_words"] for w in c] + [k for ev in evs for k in ev["keys"]]
    texts = ["", "حرب اكتوبر", " ".join(words[:40]), "".join(words[10:30]), "\x00".join(words[::7]),
             "x" + "y".join(words[::3]) + "z", " ".join(w[1:] for w in words), " ".join(words)]
    texts += [pubdate.fold(p.read_text()) for p in (pubdate.DATA_DIR / "corpus").glob("*.txt")]
    arts = [[t] for t in texts] + [texts[:3], texts[3:], [], [w[:3] for w in words], [w[3:] for w in words]]
    for paras in arts * 2:  # second round: from the memos
        whole = "\x00".join(paras)
        expect = [ev for ev in evs if pubdate._may_match(ev, whole) and pubdate._cues_possible(ev, whole)]
        assert pubdate._candidate_events(evs, paras) == expect
        assert pubdate._candidate_events(iter(evs), paras) == expect
        assert pubdate._candidate_events(tuple(evs), paras) == expect
    odd = [dict(evs[0], keys=("a b",)), dict(evs[1], keys=None, cue_words=None), dict(evs[2], keys=())]
    for paras in arts + [["a b"], ["a  b"], ["a", "b"]]:
        whole = "\x00".join(paras)
        expect = [ev for ev in odd if pubdate._may_match(ev, whole) and pubdate._cues_possible(ev, whole)]
        assert pubdate._candidate_events(odd, paras) == expect


def test_bounds_without_a_date_still_resolve_what_they_fix():
    # no publication date (three months of bounds), but "أبريل الماضي" is April 2024 on
    # every day between them; "أمس" is not
    pub = {"published": "", "published_precision": "none", "published_source": "none",
           "published_earliest": "2024-05-20", "published_latest": "2024-08-21"}
    got = timexes.resolve(timexes.tag("وقال أمس إن الاتفاق وقع في أبريل الماضي"), pubdate.anchor_of(pub))
    assert [(t["surface"], t["value"], t["anchor"]) for t in got] == [
        ("أمس", "", ""), ("أبريل الماضي", "2024-04", "inferred:2024-05-20..2024-08-21")]
    assert pubdate.anchor_of({**pub, "published_latest": ""}) is None


def test_a_reference_event_day_is_history_not_the_news_day():
    # the invasion day (a Thursday) and "اليوم الخميس": the article is of another Thursday,
    # not of 24 February 2022
    r = decide_full(["نفت وزارة الخارجية الأرمينية، أمس الأربعاء، أن تكون أراضيها ممراً لمكونات مسيرات إيرانية.",
                     "وقال المتحدث باسم الخارجية الإيرانية ناصر كنعاني اليوم الخميس إن بلاده لم ترسل أي مسيرات "
                     "إلى روسيا منذ بدء الحرب في أوكرانيا في 24 شباط/فبراير 2022."])
    assert (r["published"], r["published_earliest"]) == ("", "2022-02-24")


def test_a_title_spelled_the_other_way_still_fits_the_role():
    # the 2017 role lists only "الرئيس الأمريكي"; the text writes "الأميركي": both terms fit
    reg = FakeRegistry({"donald_trump": [
        {"title_en": "President of the United States", "title_ar": ["الرئيس الأمريكي", "الرئيس الأميركي"],
         "from": "2025-01-20", "to": None},
        {"title_en": "President of the United States", "title_ar": ["الرئيس الأمريكي"],
         "from": "2017-01-20", "to": "2021-01-20"}]})
    paras = ["وقال إن الاستراتيجية التي أعلنها الرئيس الأميركي دونالد ترامب تقوم على قلب الحقائق."]
    NAMES["دونالد ترامب"] = "donald_trump"
    try:
        got = pubdate.tenure_evidence(mentions_of(paras), paras, reg)
    finally:
        del NAMES["دونالد ترامب"]
    assert [(g["from"], g["to"]) for g in got] == [("2017-01-20", "")]


# -- several terms in one office; month names tied to a dated event -------------
TWO_TERMS = FakeRegistry({
    "donald_trump": [
        {"title_en": "President of the United States", "title_ar": ["الرئيس الأمريكي", "الرئيس الأميركي"],
         "from": "2025-01-20", "to": None},
        {"title_en": "President of the United States", "title_ar": ["الرئيس الأمريكي", "الرئيس الأميركي"],
         "from": "2017-01-20", "to": "2021-01-20"}],
    "mehdi_sanaei": [{"title_en": "Ambassador of Iran to Russia", "title_ar": ["سفير إيران لدى روسيا"],
                      "from": "2013", "to": "2019-12"}],
    "turki_al_maliki": [{"title_en": "Spokesman of the Saudi-led coalition in Yemen",
                         "title_ar": ["المتحدث باسم التحالف العربي"], "from": "2017", "to": None}],
})


def with_names(names: dict, fn, *args, **kw):
    NAMES.update(names)
    try:
        return fn(*args, **kw)
    finally:
        for k in names:
            del NAMES[k]


def test_the_other_evidence_picks_one_of_two_terms():
    # the ambassador left Moscow in 2019: only Trump's first term fits
    paras = ["نفى سفير إيران لدى روسيا مهدي سنائي الاتهامات، وقال إن الاستراتيجية التي أعلنها "
             "الرئيس الأميركي دونالد ترامب تقوم على قلب الحقائق."]
    r = with_names({"مهدي سنائي": "mehdi_sanaei", "دونالد ترامب": "donald_trump"},
                   decide_full, paras, registry=TWO_TERMS)
    assert (r["published_earliest"], r["published_latest"]) == ("2017-01-20", "2019-12-31")
    # without the ambassador both terms stay possible: the union, open-ended
    r = with_names({"دونالد ترامب": "donald_trump"}, decide_full, paras[0:1], registry=TWO_TERMS)
    assert (r["published_earliest"], r["published_latest"]) == ("2017-01-20", "")


def test_a_long_title_before_two_rank_words_fits_the_role():
    paras = ["في المقابل، أكد المتحدث باسم التحالف العربي العقيد الركن تركي المالكي أن بقايا الصاروخ "
             "تحمل بصمات إيرانية واضحة."]
    got = with_names({"تركي المالكي": "turki_al_maliki"},
                     lambda: pubdate.tenure_evidence(mentions_of(paras), paras, TWO_TERMS))
    assert [(g["actor_id"], g["from"]) for g in got] == [("turki_al_maliki", "2017-01-01")]


def test_month_of_last_year_with_an_event_of_that_month_gives_the_year():
    r = decide_full(["كما استخدمت قاذفات روسية قاعدة همدان الجوية الإيرانية لفترة وجيزة في أغسطس "
                     "من العام الماضي لشن غارات في سوريا."])
    assert (r["published_earliest"], r["published_latest"]) == ("2017-01-01", "2017-12-31")
    assert (r["published"], r["published_precision"]) == ("2017", "year")


def test_last_june_with_a_june_event_bounds_the_year_after():
    paras = ["إذ قال جون كيربي في جوان الماضي إن إيران تنقل طائرات مسيّرة عبر بحر قزوين، من ميناء "
             "أمير آباد إلى محج قلعة."]
    r = decide_full(paras)
    # the event bounds June 2023 to June 2024; "جوان الماضي" itself then excludes both Junes
    assert (r["published_earliest"], r["published_latest"]) == ("2023-07-01", "2024-05-31")
    # a month that is not the event's says nothing about it
    r = decide_full([paras[0].replace("جوان", "مارس")])
    assert r["published_latest"] == ""
    # with this month's drill ("منتصف جويلية الجاري") the month is July 2023
    r = decide_full(paras + ["وانطلقت المرحلة الأولى من المناورات منتصف جويلية الجاري."])
    assert (r["published"], r["published_precision"]) == ("2023-07", "month")


def test_last_weekday_naming_a_one_day_event_gives_the_week_after():
    r = decide_full(["وكان ترامب قد أعلن يوم الجمعة الماضي رفضه التصديق على التزام طهران "
                     "بالاتفاق النووي."])
    assert (r["published_earliest"], r["published_latest"]) == ("2017-10-14", "2017-10-20")
    # a weekday the event did not fall on proves nothing
    r = decide_full(["وكان ترامب قد أعلن يوم الأحد الماضي رفضه التصديق على التزام طهران "
                     "بالاتفاق النووي."])
    assert (r["published_earliest"], r["published_latest"]) == ("2017-10-13", "")


def test_a_month_interval_after_a_news_event_gives_the_event_month():
    # news on 13 October, bounds to the end of November: written soon after, in October
    paras = ["وكان ترامب قد أعلن رفضه التصديق على التزام طهران بالاتفاق النووي، ويناقش مجلس الأمن "
             "التقرير في ديسمبر المقبل."]
    r = decide_full(paras + ["وأسقطت مقاتلات أميركية في يونيو الماضي طائرتين مسيرتين.",
                             "كما استخدمت قاذفات روسية قاعدة همدان في أغسطس من العام الماضي."])
    assert (r["published_earliest"], r["published_latest"]) == ("2017-10-13", "2017-11-30")
    assert r["published"] == "2017-10"
    # bounds that come from a tenure say nothing about when the news was: the month with most days
    assert pubdate._best_month("2017-10-13", "2017-11-30") == "2017-11"
