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
