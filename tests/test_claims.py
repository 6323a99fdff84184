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


def test_status_per_topic_and_sorting():
    recs = [
        rec("b:3:0", "denial", "IRN", "missiles"),
        rec("a:1:0", "claim", "UKR", "drones;missiles", accused="IRN"),
        rec("b:2:0", "admission", "IRN", "drones", partial=True),
        rec("a:0:0", "claim", "USA", "drones", accused="IRN"),
        rec("c:0:0", "denial", "RUS", "drones"),  # not the accused: never paired
    ]
    rows = claims.pair(recs, None)
    got = [(r["topic"], r["claim_id"], r["response_id"], r["response_stance"], r["claim_status"])
           for r in rows]
    assert got == [
        ("drones", "a:0:0", "b:2:0", "admission", "partly admitted"),
        ("drones", "a:1:0", "b:2:0", "admission", "partly admitted"),
        ("missiles", "a:1:0", "b:3:0", "denial", "denied"),
    ]
    assert rows[0]["same_article"] is False and rows[0]["response_partial"] is True
    assert rows[0]["claimant_country"] == "USA" and rows[0]["accused_country"] == "IRN"
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
