"""Claim–response pairing, on hand-made records and on real Arabic text."""

from __future__ import annotations

import pytest

from dossier import claims, statements
from dossier.actors import Registry


def rec(sid, stance, country, topics, accused="", partial=False, speaker=None):
    aid, pi, _ = sid.rsplit(":", 2)
    return {"statement_id": sid, "article_id": aid, "para_idx": int(pi), "stance": stance,
            "speaker_actor_id": speaker or country, "speaker_country": country, "topics": topics,
            "accused_country": accused, "partial": partial, "date": ""}


def test_status_per_claim_and_sorting():
    recs = [
        rec("b:3:0", "denial", "IRN", "missiles"),
        rec("a:1:0", "claim", "UKR", "drones;missiles", accused="IRN"),
        rec("b:2:0", "admission", "IRN", "drones", partial=True),
        rec("a:0:0", "claim", "USA", "drones", accused="IRN"),
        rec("c:0:0", "denial", "GBR", "drones"),  # not an accused party: never paired
    ]
    rows = claims.pair(recs, None)
    got = [(r["topic"], r["claim_id"], r["response_id"], r["response_stance"], r["claim_status"],
            r["topic_status"]) for r in rows]
    assert got == [
        ("drones", "a:0:0", "b:2:0", "admission", "partly admitted", "partly admitted"),
        ("drones", "a:1:0", "b:2:0", "admission", "partly admitted", "partly admitted"),
        ("missiles", "a:1:0", "b:3:0", "denial", "partly admitted", "denied"),
    ]
    # one claim_status per claim, whatever the topic of the row
    per_claim: dict[str, set] = {}
    for r in rows:
        per_claim.setdefault(r["claim_id"], set()).add(r["claim_status"])
    assert all(len(v) == 1 for v in per_claim.values())
    assert rows[0]["same_article"] is False and rows[0]["response_partial"] is True
    assert rows[0]["claimant_country"] == "USA" and rows[0]["accused_country"] == "IRN"
    assert rows[0]["status"] == rows[0]["claim_status"] and rows[0]["accused"] == "IRN"
    assert claims.pair(list(reversed(recs)), None) == rows  # deterministic


def test_unanswered_and_admitted():
    recs = [rec("a:0:0", "claim", "USA", "missiles", accused="IRN"),
            rec("a:1:0", "claim", "UKR", "drones", accused="IRN"),
            rec("a:2:0", "admission", "IRN", "drones"),
            rec("a:3:0", "denial", "IRN", "drones"),
            rec("a:4:0", "claim", "UKR", "drones")]  # accused unknown
    rows = claims.pair(recs, None)
    by = {(r["topic"], r["claim_id"], r["response_id"]): r for r in rows}
    un = by[("missiles", "a:0:0", "")]
    assert (un["claim_status"], un["response_stance"], un["same_article"]) == ("unanswered", "", False)
    assert by[("drones", "a:1:0", "a:2:0")]["claim_status"] == "admitted"
    assert by[("drones", "a:1:0", "a:3:0")]["same_article"] is True
    assert by[("drones", "a:4:0", "")]["claim_status"] == "unanswered"
    assert list(rows[0])[:4] == ["topic", "claim_id", "response_id", "response_stance"]


def test_status_of():
    assert claims.status_of([]) == "unanswered"
    assert claims.status_of([{"stance": "denial"}]) == "denied"
    assert claims.status_of([{"stance": "denial"}, {"stance": "admission", "partial": "True"}]) \
        == "partly admitted"
    assert claims.status_of([{"stance": "admission", "partial": False}]) == "admitted"


@pytest.fixture(scope="module")
def registry():
    return Registry.load()


def extract(registry, aid, paras):
    return statements.extract(aid, paras, registry.link_article(aid, paras), [], "2024-09-11", registry)


def test_pairing_across_two_articles(registry):
    a = extract(registry, "kyiv_2024", [
        "وقال وزير الخارجية الأوكراني أندريه سيبيغا إن تسليم الصواريخ الإيرانية لروسيا يجعل طهران "
        "شريكة مباشرة في الحرب."])
    b = extract(registry, "tehran_2024", [
        'في المقابل، نفى وزير الخارجية الإيراني عباس عراقجي هذه الاتهامات، وكتب أن بلاده "لم ترسل '
        'صواريخ باليستية إلى روسيا".'])
    assert (a[0]["stance"], a[0]["accused_country"], a[0]["topics"]) == ("claim", "IRN", "missiles")
    assert (b[0]["stance"], b[0]["speaker_actor_id"]) == ("denial", "abbas_araghchi")
    rows = claims.pair(a + b, registry)
    assert [(r["topic"], r["claim_id"], r["response_id"], r["response_stance"], r["claim_status"],
             r["same_article"], r["claim_article_id"], r["response_article_id"]) for r in rows] == [
        ("missiles", "kyiv_2024:0:0", "tehran_2024:0:0", "denial", "denied", False,
         "kyiv_2024", "tehran_2024")]


def test_partial_admission_answers_drone_claim_not_missile_claim(registry):
    recs = extract(registry, "x", [
        "وقال مسؤولون أوكرانيون إن روسيا أطلقت أكثر من 300 طائرة مسيرة إيرانية على كييف.",
        "وخلال الأسابيع الماضية، حذر المسؤولون الأوكرانيون من تسليم إيران لروسيا صواريخ باليستية.",
        'وأقرت طهران للمرة الأولى بأنها أرسلت "عددا صغيرا" من الطائرات المسيرة إلى موسكو، لكنها قالت '
        'إنها شحنت قبل بدء الحرب، بينما نفى وزير الخارجية الإيراني أن تكون بلاده قد زودت روسيا بصواريخ.'])
    rows = claims.pair(recs, registry)
    got = [(r["topic"], r["claim_id"], r["response_id"], r["claim_status"]) for r in rows]
    assert got == [("drones", "x:0:0", "x:2:0", "partly admitted"),
                   ("missiles", "x:1:0", "x:2:1", "denied")]


# ------------------------------------------------------------ parties, episodes, claimants
def test_recipient_denial_answers_transfer_claim():
    """"Iran sent drones to Russia" accuses both: Moscow's denial of receiving them answers it."""
    c = dict(rec("a:0:0", "claim", "UKR", "drones", accused="IRN"), accused_countries="IRN;RUS")
    recs = [c, rec("b:0:0", "denial", "RUS", "drones"), rec("b:1:0", "denial", "IRN", "drones"),
            rec("b:2:0", "denial", "CHN", "drones")]
    rows = claims.pair(recs, None)
    assert [(r["response_id"], r["responder_country"]) for r in rows] == [("b:0:0", "RUS"), ("b:1:0", "IRN")]
    assert {r["accused_country"] for r in rows} == {"IRN"}  # the supplier
    assert {r["accused_countries"] for r in rows} == {"IRN;RUS"}


def test_recipient_denial_on_real_text(registry):
    a = extract(registry, "kyiv", ["واتهم الرئيس الأوكراني فولوديمير زيلينسكي إيران بتزويد روسيا بطائرات مسيرة."])
    b = extract(registry, "moscow", ["في المقابل، نفت روسيا أن تكون قواتها قد استخدمت أي طائرات مسيرة إيرانية."])
    assert a[0]["accused_country"] == "IRN" and a[0]["accused_countries"].split(";") == ["IRN", "RUS"]
    rows = claims.pair(a + b, registry)
    assert [(r["claim_id"], r["response_id"], r["claim_status"]) for r in rows] == [
        ("kyiv:0:0", "moscow:0:0", "denied")]


def dated(sid, stance, country, topics, date, accused="", source="published"):
    return dict(rec(sid, stance, country, topics, accused=accused), date=date, date_source=source)


def test_date_window_rejects_other_episode():
    claim = dated("a:0:0", "claim", "USA", "missiles", "2024-09-10", accused="IRN")
    recs = [claim,
            dated("b:0:0", "denial", "IRN", "missiles", "2022-11-05"),   # 22 months before: other episode
            dated("c:0:0", "denial", "IRN", "missiles", "2024-09-11"),   # same week
            dated("d:0:0", "denial", "IRN", "missiles", "2023"),         # a year: within 18 months of Sep 2024
            dated("e:0:0", "denial", "IRN", "missiles", "")]             # undated: never rejected
    rows = claims.pair(recs, None)
    assert [r["response_id"] for r in rows] == ["c:0:0", "d:0:0", "e:0:0"]
    assert [r["months_apart"] for r in rows] == [0, 9, ""]
    assert claims.months_apart("2022-10", "2024-05") == 19
    assert claims.months_apart("2022", "2022-06-01") == 0
    assert claims.months_apart("", "2022") is None


def test_date_window_inside_one_article_needs_two_explicit_dates():
    claim = dated("a:0:0", "claim", "USA", "missiles", "2024-09-10", accused="IRN")
    published = dated("a:1:0", "denial", "IRN", "missiles", "2019-12-31")          # publication date only
    explicit = dated("a:2:0", "denial", "IRN", "missiles", "2019-12", source="timex")
    rows = claims.pair([claim, published, explicit], None)
    assert [r["response_id"] for r in rows] == ["a:1:0", "a:2:0"]  # the journalist's pairing
    claim_tx = dict(claim, date_source="timex")  # "في سبتمبر 2024، اتهم ..." vs "في ديسمبر 2019، نفت ..."
    rows = claims.pair([claim_tx, published, explicit], None)
    assert [r["response_id"] for r in rows] == ["a:1:0"]


def test_eu_claimant_without_country_is_paired(registry):
    recs = extract(registry, "eu", [
        "اتهم الاتحاد الأوروبي إيران بتزويد روسيا بطائرات مسيرة استخدمت في قصف المدن الأوكرانية.",
        'كما رفضت البعثة الإيرانية لدى الأمم المتحدة الاتهامات الأوروبية، وقالت في بيان إن "إيران لم '
        'ترسل طائرات مسيرة لاستخدامها في الحرب في أوكرانيا".'])
    assert (recs[0]["speaker_actor_id"], recs[0]["speaker_country"], recs[0]["stance"]) == ("eu", "", "claim")
    rows = claims.pair(recs, registry)
    assert [(r["claimant_actor_id"], r["claimant_country"], r["response_id"], r["claim_status"])
            for r in rows] == [("eu", "", "eu:1:0", "denied")]


def test_interview_and_exception_responses_pair_across_articles(registry):
    """Blind dev set d15/d16: interview answers and a denial with an exception answer a claim
    in another article; the twin statements make the claim "partly admitted"."""
    a = extract(registry, "kyiv_2023", [
        "وقال وزير الخارجية الأوكراني دميتري كوليبا إن روسيا أطلقت أكثر من ألف مسيرة إيرانية على المدن "
        "الأوكرانية."])
    b = extract(registry, "interview_2023", [
        'أكد السفير الإيراني في موسكو كاظم جلالي، في مقابلة مع صحيفة "إزفستيا"، أن بلاده تريد السلام.',
        'س: تتهم كييف بلادكم بتزويد روسيا بمسيرات "شاهد"، ما ردكم؟',
        'ج: قدمنا عدداً محدوداً من الطائرات المسيرة قبل بدء الحرب بأشهر، ولم نرسل أي شيء منذ ذلك الحين.'])
    c = extract(registry, "wire_2023", [
        'ولم تعلق طهران على الاتهامات الأوكرانية الأخيرة، لكنها تنفي إرسال مسيرات لاستخدامها في الحرب، '
        'باستثناء ما وصفته بـ"عدد محدود" سلمته لموسكو قبل اندلاعها.'])
    assert (a[0]["stance"], a[0]["accused_countries"]) == ("claim", "IRN;RUS")
    assert [(r["speaker_actor_id"], r["stance"], r["partial"]) for r in b] == [
        ("kazem_jalali", "statement", False), ("kazem_jalali", "admission", True),
        ("kazem_jalali", "denial", False)]
    rows = claims.pair(a + b + c, registry)
    assert [(r["topic"], r["response_id"], r["response_stance"], r["claim_status"]) for r in rows] == [
        ("drones", "interview_2023:2:0", "admission", "partly admitted"),
        ("drones", "interview_2023:2:1", "denial", "partly admitted"),
        ("drones", "wire_2023:0:0", "denial", "partly admitted"),
        ("drones", "wire_2023:0:1", "admission", "partly admitted"),
    ]


def _pairs(rows):
    return sorted((r["topic"], r["claim_id"], r["response_id"], r["response_stance"]) for r in rows if r["response_id"])


def test_nominal_lead_claim_paired_with_hastened_denial_and_later_replies(registry):
    recs = extract(registry, "sky", [
        "اتهامات أمريكية لطهران بتزويد موسكو بصواريخ باليستية قصيرة المدى، في خطوة وصفتها الإدارة الأمريكية "
        "بأنها \"تصعيد خطير\" للحرب في أوكرانيا، فيما سارعت إيران إلى نفي الاتهامات جملة وتفصيلاً.",
        "وأضاف عراقجي أن \"الدول الغربية تبني سياساتها على معلومات استخباراتية خاطئة\".",
        "بدورها، قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن الحديث عن صواريخ إيرانية \"ذريعة جديدة\" "
        "يختلقها الغرب لتبرير تزويد كييف بأسلحة بعيدة المدى.",
    ])
    assert _pairs(claims.pair(recs, registry)) == [
        ("missiles", "sky:0:0", "sky:0:1", "denial"),
        ("missiles", "sky:0:0", "sky:1:0", "denial"),  # "معلومات استخباراتية خاطئة", no arms word
        ("missiles", "sky:0:0", "sky:2:0", "denial"),  # the recipient's denial
    ]


def test_weapons_denial_and_not_a_party_answer_the_arms_claimed(registry):
    recs = extract(registry, "sdn", [
        "كشفت وكالة بلومبرغ الأمريكية، نقلاً عن ثلاثة مسؤولين غربيين، أن الجيش السوداني تسلم خلال الأشهر الماضية "
        "طائرات مسيرة إيرانية الصنع من طراز \"مهاجر-6\".",
        "وبحسب التقرير، فإن صور الأقمار الصناعية أظهرت طائرة من هذا الطراز في قاعدة وادي سيدنا الجوية.",
        "وأكد المتحدث باسم الخارجية الإيرانية أن بلاده \"لم ترسل أي معدات عسكرية إلى أي طرف في السودان\".",
        "وشدد المتحدث على أن طهران \"ليست طرفاً في النزاع\".",
    ])
    assert [(r["stance"], r["topics"]) for r in recs][2:] == [("denial", "drones;weapons"), ("denial", "drones;weapons")]
    assert _pairs(claims.pair(recs, registry)) == [
        ("drones", "sdn:0:0", "sdn:2:0", "denial"), ("drones", "sdn:0:0", "sdn:3:0", "denial"),
        ("drones", "sdn:1:0", "sdn:2:0", "denial"), ("drones", "sdn:1:0", "sdn:3:0", "denial"),
    ]


def test_counter_accusation_answers_nothing(registry):
    recs = extract(registry, "f24", [
        "وقال مسؤول السياسة الخارجية في الاتحاد جوزيب بوريل إن \"الأدلة على وصول الصواريخ الإيرانية إلى روسيا "
        "دامغة\".",
        "وأضاف المتحدث باسم الخارجية الإيرانية إسماعيل بقائي أن الولايات المتحدة والدول الأوروبية \"ترسل يومياً "
        "شحنات الأسلحة والصواريخ بعيدة المدى إلى كييف\"، متهماً إياها بـ\"إطالة أمد الحرب\".",
    ])
    rows = claims.pair(recs, registry)
    assert _pairs(rows) == []
    assert sorted({(r["claim_id"], r["claim_status"]) for r in rows}) == [
        ("f24:0:0", "unanswered"), ("f24:1:0", "unanswered")]


def test_pair_rows_have_the_columns_in_order():
    rows = claims.pair([rec("a:0:0", "claim", "UKR", "drones", accused="IRN"),
                        rec("b:0:0", "denial", "IRN", "drones"),
                        rec("c:0:0", "claim", "UKR", "missiles", accused="RUS")])
    assert rows and all(tuple(r) == claims.ORDER for r in rows)


def test_cross_article_responses_bounded_to_the_nearest_in_time():
    # one claim (Oct 2022) and, in other articles, twelve Iranian denials one month
    # apart, an undated one, a partial admission far away in the window and a
    # Russian denial; the claim's own article answers too
    claim = dated("a:0:0", "claim", "UKR", "drones", "2022-10-15", accused="IRN;RUS")
    own = dated("a:1:0", "denial", "IRN", "drones", "2022-10-15")
    denials = [dated(f"d{m:02d}:0:0", "denial", "IRN", "drones", f"2022-{m:02d}-01") for m in range(1, 13)]
    undated = dated("u:0:0", "denial", "IRN", "drones", "")
    partial = dict(dated("p:0:0", "admission", "IRN", "drones", "2023-12"), partial=True)
    russian = dated("r:0:0", "denial", "RUS", "drones", "2022")
    outside = dated("x:0:0", "denial", "IRN", "drones", "2025-01")  # 27 months on: not the episode
    claim["accused_countries"] = "IRN;RUS"
    recs = [claim, own, undated, partial, russian, outside] + denials
    rows = claims.pair(recs, None)
    assert [r["response_id"] for r in rows] == [
        "a:1:0",                       # the same article: always listed
        "d09:0:0", "d10:0:0", "d11:0:0",  # the three Iranian denials nearest to October (Sep before Nov)
        "p:0:0",                       # the admission: listed per stance, however far in the window
        "r:0:0"]                       # Russia's denial (a year: distance 0)
    # every response in the window is counted, and the status sees them all
    assert {r["n_responses"] for r in rows} == {1 + 12 + 1 + 1 + 1}
    assert {r["claim_status"] for r in rows} == {"partly admitted"}
    full = claims.pair(recs, None, cross_limit=None)
    assert len(full) == 16 and "x:0:0" not in {r["response_id"] for r in full}
    assert {(r["claim_status"], r["n_responses"]) for r in full} == {("partly admitted", 16)}
    # the bounded rows are rows of the full table, unchanged
    by_id = {r["response_id"]: r for r in full}
    assert all(r == by_id[r["response_id"]] for r in rows)
    assert claims.pair(recs, None, cross_limit=100) == full
    with pytest.raises(ValueError, match="cross_limit"):
        claims.pair(recs, None, cross_limit=0)


def test_bounded_pairing_of_an_undated_claim_takes_statement_order():
    claim = rec("a:0:0", "claim", "USA", "missiles", accused="IRN")
    later = [dated(f"b{i}:0:0", "denial", "IRN", "missiles", f"202{i}-01") for i in range(5)]
    rows = claims.pair([claim] + later, None, cross_limit=2)
    assert [r["response_id"] for r in rows] == ["b0:0:0", "b1:0:0"]
    assert {r["n_responses"] for r in rows} == {5} and rows[0]["topic_status"] == "denied"
