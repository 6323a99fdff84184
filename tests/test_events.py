"""Events per sentence and the cross-article chronology."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest

from dossier import events, timexes
from dossier.paths import CORPUS_DIR

ACTORS = {  # surface -> (actor_id, kind, country, form)
    "نيكولاي باتروشيف": ("nikolai_patrushev", "person", "RUS", "name"),
    "علي شمخاني": ("ali_shamkhani", "person", "IRN", "name"),
    "علي أكبر أحمديان": ("ali_akbar_ahmadian", "person", "IRN", "name"),
    "بوتين": ("vladimir_putin", "person", "RUS", "name"),
    "إبراهيم رئيسي": ("ebrahim_raisi", "person", "IRN", "name"),
    "الكرملين": ("kremlin", "organization", "RUS", "metonym"),
    "تاس": ("tass", "organization", "RUS", "name"),
    "طهران": ("tehran", "place", "IRN", "capital"),
    "موسكو": ("moscow", "place", "RUS", "capital"),
    "روسيا": ("RUS", "country", "RUS", "name"),
    "إيران": ("IRN", "country", "IRN", "name"),
}


def mentions(aid: str, paragraphs: list[str]) -> list[dict]:
    alt = "|".join(sorted(map(re.escape, ACTORS), key=len, reverse=True))
    out = []
    for i, p in enumerate(paragraphs):
        for m in re.finditer(rf"(?<!\w)[وبل]?(?P<n>{alt})(?!\w)", p):
            aid_, kind, country, form = ACTORS[m.group("n")]
            out.append({"article_id": aid, "para_idx": i, "start": m.start("n"), "end": m.end("n"),
                        "surface": m.group("n"), "actor_id": aid_, "kind": kind,
                        "country": country, "form": form})
    return out


def extract(aid: str, paragraphs: list[str], published: str | None):
    anchor = dt.date.fromisoformat(published) if published and len(published) == 10 else None
    times = timexes.tag_article(aid, paragraphs, anchor)
    return events.extract(aid, paragraphs, mentions(aid, paragraphs), times, published or "")


P003 = ('بدأ أمين عام مجلس الأمن الروسي "نيكولاي باتروشيف" الأربعاء، زيارة إلى طهران، لإجراء '
        'مشاورات مع المسؤولين الإيرانيين بشأن المسائل الأمنية. وبعد اجتماعهما في طهران، قال '
        '"باتروشيف" ونظيره الإيراني "علي شمخاني"، إنهما سيحاربان التدخل الغربي.')


def test_visit_with_weekday_date_place_and_participants():
    rows = extract("003", [P003], "2022-11-10")
    visit = [r for r in rows if r["type"] == "visit"]
    assert len(visit) == 1
    v = visit[0]
    assert (v["date"], v["date_precision"], v["date_source"]) == ("2022-11-09", "day", "sentence")
    assert v["place"] == "tehran"
    assert v["participants"] == "nikolai_patrushev"
    assert v["event_id"] == "003:0:0" and v["article_id"] == "003" and v["para_idx"] == 0
    assert P003[v["start"]:v["end"]] == v["text"] and v["text"].endswith("الأمنية.")
    assert v["cue"] == "زيارة"
    # second sentence: a meeting, no date of its own -> the paragraph's earlier date
    meet = [r for r in rows if r["type"] == "meeting" and "اجتماعهما" in r["text"]]
    assert len(meet) == 1
    assert (meet[0]["date"], meet[0]["date_source"]) == ("2022-11-09", "paragraph")
    assert meet[0]["participants"] == "ali_shamkhani"


def test_meeting_month_from_dual_month_name():
    p = ("اجتمع أمين عام المجلس الأعلى للأمن القومي الإيراني، علي أكبر أحمديان، مرتين خلال "
         "نيسان/ أبريل الجاري مع سكرتير مجلس الأمن القومي الروسي، نيكولاي باتروشيف.")
    rows = extract("004", [p], "2024-04-30")
    assert [(r["type"], r["date"], r["date_precision"]) for r in rows] == [
        ("meeting", "2024-04", "month")]
    assert rows[0]["participants"] == "ali_akbar_ahmadian;nikolai_patrushev"


def test_signing_suppresses_agreement():
    p = ("كان على رأس أجندة المباحثات توقيع مذكرة تفاهم بين مجلسي الأمن القومي في البلدين. "
         "ورغم أن البلدين وقعا اتفاقية تفاهم محدودة في 2001 تركز على محاربة الإرهاب.")
    rows = extract("000", [p], None)
    assert [(r["type"], r["date"]) for r in rows] == [
        ("signing", ""), ("meeting", ""), ("signing", "2001")]
    assert rows[2]["date_precision"] == "year"


def test_call_with_week_date():
    p = ("كان بوتين أجرى، الأسبوع الماضي، اتصالاً هاتفياً مع الرئيس إبراهيم رئيسي، ناقشا خلاله "
         "الوضع في الشرق الأوسط.")
    rows = extract("001", [p], "2024-04-25")
    assert [(r["type"], r["date"], r["date_precision"]) for r in rows] == [
        ("call", "2024-04-15", "week")]
    assert rows[0]["participants"] == "vladimir_putin;ebrahim_raisi"


def test_today_is_the_publication_date_and_undated_is_empty():
    rows = extract("x", ["وصل وزير الخارجية اليوم إلى موسكو في زيارة رسمية.",
                         "وكانت روسيا وإيران قد وقعتا مذكرة تفاهم."], "2024-05-02")
    assert [(r["type"], r["date"], r["place"]) for r in rows] == [
        ("visit", "2024-05-02", "moscow"), ("signing", "", "")]
    assert rows[1]["date_precision"] == "none" and rows[1]["participants"] == "RUS;IRN"
    assert rows[1]["published"] == "2024-05-02"


def test_attribution_and_media_are_not_events_or_participants():
    rows = extract("x", ["وركز الرئيسان، وفقاً لبيان الكرملين، على أن الصراع لم يحل."], None)
    assert rows == []
    rows = extract("x", ['وقالت وكالة "تاس" إن روسيا وإيران وقعتا اتفاقية في موسكو.'], None)
    assert rows[0]["type"] == "signing"
    assert rows[0]["participants"] == "RUS;IRN" and rows[0]["place"] == "moscow"


def test_capital_without_preposition_is_its_country():
    rows = extract("x", ["وقعت طهران وموسكو اتفاقية للتعاون العسكري."], None)
    assert rows[0]["participants"] == "IRN;RUS" and rows[0]["place"] == ""


def test_sentences():
    text = "قال إن «التعاون مستمر». وأضاف: نعم؟ ثم غادر؛ وانتهى"
    assert [text[s:e] for s, e in events.sentences(text)] == [
        "قال إن «التعاون مستمر».", "وأضاف: نعم؟", "ثم غادر؛", "وانتهى"]


# -- merge ------------------------------------------------------------------------------
def ev(aid, pi, typ, date, prec, parts, place="", published=""):
    return {"event_id": f"{aid}:{pi}:0", "article_id": aid, "para_idx": pi, "type": typ,
            "date": date, "date_precision": prec, "participants": parts, "place": place,
            "text": f"{aid} {pi}", "published": published}


def test_merge_same_event_from_several_articles():
    rows = events.merge([
        ev("a", 1, "meeting", "2024-04", "month", "ali_akbar_ahmadian;nikolai_patrushev;IRN;RUS"),
        ev("b", 3, "meeting", "2024-04-23", "day", "nikolai_patrushev;ali_akbar_ahmadian",
           "saint_petersburg"),
        ev("c", 0, "meeting", "", "none", "ali_akbar_ahmadian;RUS", published="2024-04-25"),
        ev("d", 2, "meeting", "2023-01-10", "day", "nikolai_patrushev;ali_shamkhani"),
        ev("e", 5, "call", "2024-04-23", "day", "nikolai_patrushev;ali_akbar_ahmadian"),
    ])
    assert [(r["type"], r["date"], r["date_precision"], r["sources"], r["n_sources"]) for r in rows] == [
        ("meeting", "2023-01-10", "day", "d:2", 1),
        ("call", "2024-04-23", "day", "e:5", 1),
        ("meeting", "2024-04-23", "day", "b:3;a:1;c:0", 3),
    ]
    m = rows[2]
    assert m["place"] == "saint_petersburg" and m["n_articles"] == 3
    assert m["participants"] == "nikolai_patrushev;ali_akbar_ahmadian;IRN;RUS"
    assert [r["chronology_id"] for r in rows] == ["c0001", "c0002", "c0003"]


def test_merge_needs_a_shared_person_or_the_same_countries_on_the_same_day():
    rows = events.merge([
        ev("a", 0, "attack", "2024-01-03", "day", "IRN;isis"),
        ev("b", 0, "attack", "2024-01-03", "day", "IRN;RUS;vladimir_putin"),
        ev("c", 0, "sanction", "2024-02-01", "day", "USA;IRN"),
        ev("d", 0, "sanction", "2024-02-01", "day", "USA;IRN"),
        ev("e", 0, "sanction", "2024-02", "month", "USA;IRN"),
        ev("f", 0, "agreement", "", "none", "RUS;IRN;vladimir_putin"),
        ev("g", 0, "agreement", "", "none", "RUS;IRN;vladimir_putin"),
    ])
    srcs = sorted(r["sources"] for r in rows)
    assert srcs == ["a:0", "b:0", "c:0;d:0", "e:0", "f:0", "g:0"]


def test_merge_soft_dates_only_join_narrow_clusters():
    rows = events.merge([
        ev("a", 0, "sanction", "2022", "year", "eu;IRN"),
        ev("b", 0, "sanction", "", "none", "eu;IRN", published="2022-11-10"),
    ])
    assert len(rows) == 2


def test_merge_dataframe_in_dataframe_out():
    df = pd.DataFrame([ev("a", 0, "visit", "2022-11-09", "day", "nikolai_patrushev", "tehran"),
                       ev("b", 4, "visit", "2022-11-09", "day", "nikolai_patrushev;IRN")])
    out = events.merge(df)
    assert isinstance(out, pd.DataFrame)
    assert list(out.columns[:9]) == ["chronology_id", "type", "date", "date_precision",
                                     "participants", "place", "sources", "n_sources", "text"]
    assert out.loc[0, "sources"] == "a:0;b:4" and out.loc[0, "n_sources"] == 2
    assert events.merge([]) == []


# -- seeds with the real registry -------------------------------------------------------
def _seed(prefix: str) -> list[str]:
    path = next(CORPUS_DIR.glob(prefix + "_*.txt"))
    return [p for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]


@pytest.fixture(scope="module")
def registry():
    actors = pytest.importorskip("dossier.actors")
    return actors.Registry.load()


def _seed_events(registry, prefix, published):
    paras = _seed(prefix)
    times = timexes.tag_article(prefix, paras, dt.date.fromisoformat(published))
    return events.extract(prefix, paras, registry.link_article(prefix, paras), times, published)


def test_seed_003_events(registry):
    rows = _seed_events(registry, "003", "2022-11-10")
    got = {(r["type"], r["date"]) for r in rows}
    assert ("visit", "2022-11-09") in got
    assert ("meeting", "2022-11-09") in got
    visit = next(r for r in rows if r["type"] == "visit" and r["date"] == "2022-11-09")
    assert visit["place"] == "tehran"
    assert "nikolai_patrushev" in visit["participants"].split(";")
    assert any(r["type"] == "sanction" for r in rows)
    assert len({r["event_id"] for r in rows}) == len(rows)


def test_seed_004_events(registry):
    rows = _seed_events(registry, "004", "2024-04-30")
    got = [(r["type"], r["date"], r["date_precision"]) for r in rows]
    assert got[0] == ("meeting", "2024-04", "month")
    first = rows[0]
    assert {"ali_akbar_ahmadian", "nikolai_patrushev"} <= set(first["participants"].split(";"))
    assert ("attack", "2024-01", "month") in got  # تفجيرات كرمان ... كانون الثاني/ يناير الماضي


def test_cue_prefilters_agree_with_the_cue_patterns():
    """The prefix-tree any-cue pattern starts where _any_cue does, and a span
    without any of a type's literal words has no match of that type."""
    from dossier.actors import fold_cached
    from dossier.ingest import read_article

    order, pats, _ = events.cue_patterns()
    slow, fast = events._any_cue(), events._any_cue_trie()
    literals = events._cue_literals()
    texts = []
    for path in sorted(CORPUS_DIR.glob("*.txt")):
        texts.extend(read_article(path).paragraphs)
    assert texts
    for text in texts:
        ft = fold_cached(text).text
        for s, e in [(0, len(ft)), (len(ft) // 3, len(ft)), (0, len(ft) // 2), (5, 40)]:
            a, b = slow.search(ft, s, e), fast.search(ft, s, e)
            assert (a is None) == (b is None)
            assert a is None or a.start() == b.start()
            for typ in order:
                words = literals[typ]
                if words is not None and not any(w in ft[s:e] for w in words):
                    assert pats[typ].search(ft, s, e) is None
