"""views.py, plots.py and html.py on small hand-made tables with exact values."""

from __future__ import annotations

import datetime as dt

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

from dossier import html, plots, views  # noqa: E402
from dossier.corpus import Corpus  # noqa: E402
from dossier.tables import COLUMNS, frame  # noqa: E402

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"


def _t(name: str, rows: list[dict]) -> pd.DataFrame:
    return frame(name, [{**{c: "" for c in COLUMNS[name]}, **r} for r in rows])


def sample_tables() -> dict[str, pd.DataFrame]:
    """A tiny corpus: two dated articles, one undated (inferred), one unreadable."""
    actors = _t("actors", [
        {"actor_id": "RUS", "name_ar": "روسيا", "name_en": "Russia", "kind": "country", "country": "RUS"},
        {"actor_id": "IRN", "name_ar": "إيران", "name_en": "Iran", "kind": "country", "country": "IRN"},
        {"actor_id": "UKR", "name_ar": "أوكرانيا", "name_en": "Ukraine", "kind": "country", "country": "UKR"},
        {"actor_id": "nikolai_patrushev", "name_ar": "نيكولاي باتروشيف", "name_en": "Nikolai Patrushev",
         "kind": "person", "country": "RUS"},
        {"actor_id": "ali_shamkhani", "name_ar": "علي شمخاني", "name_en": "Ali Shamkhani", "kind": "person",
         "country": "IRN"},
        {"actor_id": "tehran", "name_ar": "طهران", "name_en": "Tehran", "kind": "place", "country": "IRN"},
        {"actor_id": "un", "name_ar": "الأمم المتحدة", "name_en": "United Nations", "kind": "organization",
         "country": ""},
    ])
    articles = _t("articles", [
        {"article_id": "a1", "status": "ok", "title": "باتروشيف في طهران", "outlet": "متابعات",
         "published": "2022-11-10", "published_precision": "day", "published_source": "text",
         "n_paragraphs": 3, "n_chars": 300},
        {"article_id": "a2", "status": "ok", "title": "إيران تنفي إرسال مسيرات", "outlet": "صدى نيوز",
         "published": "2022-11", "published_precision": "month", "published_source": "text",
         "n_paragraphs": 2, "n_chars": 150},
        {"article_id": "a3", "status": "ok", "title": XSS_SCRIPT + " عنوان " + XSS_IMG, "outlet": "",
         "published": "2023-03", "published_precision": "month", "published_source": "inferred",
         "published_earliest": "2023-01-15", "published_latest": "2023-05-20",
         "published_evidence": "reference event: X;tenure: Y", "n_paragraphs": 1, "n_chars": 50},
        {"article_id": "z9", "status": "empty", "title": "", "outlet": "", "published": "",
         "published_precision": "none", "published_source": "none", "n_paragraphs": 0, "n_chars": 0},
    ])
    paragraphs = _t("paragraphs", [
        {"article_id": "a1", "para_idx": 0, "text": "باتروشيف في طهران"},
        {"article_id": "a1", "para_idx": 1, "text": "بدأ أمين مجلس الأمن الروسي نيكولاي باتروشيف زيارة إلى طهران"},
        {"article_id": "a1", "para_idx": 2, "text": "والتقى باتروشيف نظيره الإيراني علي شمخاني"},
        {"article_id": "a2", "para_idx": 0, "text": "إيران تنفي إرسال مسيرات"},
        {"article_id": "a2", "para_idx": 1, "text": "اتهمت أوكرانيا إيران بإرسال مسيرات إلى روسيا"},
        {"article_id": "a3", "para_idx": 0, "text": XSS_IMG + " نص"},
    ])
    mentions = _t("mentions", [
        {"article_id": "a1", "para_idx": 1, "start": 0, "end": 1, "surface": "الروسي", "actor_id": "RUS"},
        {"article_id": "a1", "para_idx": 1, "start": 0, "end": 1, "surface": "نيكولاي باتروشيف",
         "actor_id": "nikolai_patrushev"},
        {"article_id": "a1", "para_idx": 1, "start": 0, "end": 1, "surface": "طهران", "actor_id": "tehran"},
        {"article_id": "a1", "para_idx": 2, "start": 0, "end": 1, "surface": "باتروشيف",
         "actor_id": "nikolai_patrushev"},
        {"article_id": "a1", "para_idx": 2, "start": 0, "end": 1, "surface": "الإيراني", "actor_id": "IRN"},
        {"article_id": "a1", "para_idx": 2, "start": 0, "end": 1, "surface": "علي شمخاني",
         "actor_id": "ali_shamkhani"},
        {"article_id": "a2", "para_idx": 0, "start": 0, "end": 1, "surface": "إيران", "actor_id": "IRN"},
        {"article_id": "a2", "para_idx": 1, "start": 0, "end": 1, "surface": "أوكرانيا", "actor_id": "UKR"},
        {"article_id": "a2", "para_idx": 1, "start": 0, "end": 1, "surface": "إيران", "actor_id": "IRN"},
        {"article_id": "a2", "para_idx": 1, "start": 0, "end": 1, "surface": "روسيا", "actor_id": "RUS"},
    ])
    for col in ("para_idx", "start", "end"):
        mentions[col] = mentions[col].astype(int)
    events = _t("events", [
        {"event_id": "e1", "article_id": "a1", "para_idx": 1, "type": "visit", "date": "2022-11-09",
         "date_precision": "day", "participants": "nikolai_patrushev;IRN", "place": "tehran",
         "text": "بدأ باتروشيف زيارة إلى طهران"},
        {"event_id": "e2", "article_id": "a1", "para_idx": 2, "type": "meeting", "date": "2022-11-09",
         "date_precision": "day", "participants": "nikolai_patrushev;ali_shamkhani", "place": "tehran",
         "text": "التقى باتروشيف شمخاني"},
        {"event_id": "e3", "article_id": "a2", "para_idx": 1, "type": "attack", "date": "2022-10",
         "date_precision": "month", "participants": "RUS;UKR", "place": "", "text": "هجمات بالمسيرات"},
    ])
    chronology = _t("chronology", [
        {"chronology_id": "c1", "type": "visit", "date": "2022-11-09", "date_precision": "day",
         "participants": "nikolai_patrushev;IRN", "place": "tehran", "sources": "a1:1", "n_sources": 1,
         "text": "بدأ باتروشيف زيارة إلى طهران"},
        {"chronology_id": "c2", "type": "meeting", "date": "2022-11-09", "date_precision": "day",
         "participants": "nikolai_patrushev;ali_shamkhani", "place": "tehran", "sources": "a1:2;a2:1",
         "n_sources": 2, "text": "التقى باتروشيف شمخاني"},
        {"chronology_id": "c3", "type": "attack", "date": "2022-10", "date_precision": "month",
         "participants": "RUS;UKR", "place": "", "sources": "a2:1", "n_sources": 1, "text": "هجمات"},
        {"chronology_id": "c4", "type": "statement", "date": "", "date_precision": "none",
         "participants": "IRN", "place": "", "sources": "a3:0", "n_sources": 1, "text": XSS_SCRIPT},
    ])
    statements = _t("statements", [
        {"statement_id": "s1", "article_id": "a2", "para_idx": 1, "speaker_actor_id": "UKR",
         "speaker_surface": "أوكرانيا", "stance": "claim", "topics": "drones", "date": "2022-10-20",
         "text": "اتهمت أوكرانيا إيران بإرسال مسيرات إلى روسيا"},
        {"statement_id": "s2", "article_id": "a2", "para_idx": 0, "speaker_actor_id": "IRN",
         "speaker_surface": "إيران", "stance": "denial", "topics": "drones", "date": "2022-11",
         "text": "إيران تنفي إرسال مسيرات"},
        {"statement_id": "s3", "article_id": "a3", "para_idx": 0, "speaker_actor_id": "IRN",
         "speaker_surface": XSS_IMG, "stance": "admission", "topics": "drones;missiles", "date": "2022-11-05",
         "text": XSS_SCRIPT + " أرسلنا عدداً صغيراً " + XSS_IMG},
        {"statement_id": "s4", "article_id": "a1", "para_idx": 1, "speaker_actor_id": "UKR",
         "speaker_surface": "كييف", "stance": "claim", "topics": "missiles", "date": "",
         "text": "صواريخ باليستية"},
        {"statement_id": "s5", "article_id": "a1", "para_idx": 2, "speaker_actor_id": "nikolai_patrushev",
         "speaker_surface": "باتروشيف", "stance": "statement", "topics": "", "date": "2022-11-09",
         "text": "مشاورات أمنية"},
    ])
    claim_responses = _t("claim_responses", [
        {"topic": "drones", "claim_id": "s1", "response_id": "s2", "response_stance": "denial"},
        {"topic": "drones", "claim_id": "s1", "response_id": "s3", "response_stance": "admission"},
        {"topic": "missiles", "claim_id": "s4", "response_id": "", "response_stance": ""},
    ])
    candidates = _t("candidates", [
        {"surface": "حسين سلامي", "context": "قال حسين سلامي", "article_id": "a1", "count": 2},
        {"surface": XSS_SCRIPT, "context": XSS_IMG, "article_id": "a3", "count": 1},
    ])
    timexes = _t("timexes", [])
    tables = {"articles": articles, "paragraphs": paragraphs, "actors": actors, "mentions": mentions,
              "timexes": timexes, "events": events, "chronology": chronology, "statements": statements,
              "claim_responses": claim_responses, "candidates": candidates}
    return tables


def write_sample(folder) -> Corpus:
    corpus = Corpus(path=folder, tables=sample_tables())
    corpus.write_csv(folder)
    return Corpus.read_csv(folder)


@pytest.fixture
def c(tmp_path):
    return write_sample(tmp_path / "tables")


# ---------------------------------------------------------------------------
# parameters


def test_validate_actor_params_ok(c):
    assert views.validate_actor_params(c, ["IRN"], ["RUS"], 2) == {
        "actors": ["IRN"], "countries": ["RUS"], "min_mentions": 2}


@pytest.mark.parametrize("kwargs, message", [
    ({"actors": ["putin_typo"]}, "unknown actor id 'putin_typo'"),
    ({"actors": "IRN"}, "must be a list of strings"),
    ({"actors": [1]}, "must be a list of strings"),
    ({"countries": ["XXX"]}, "unknown country code 'XXX'"),
    ({"min_mentions": "3"}, "must be an integer"),
    ({"min_mentions": True}, "must be an integer"),
    ({"min_mentions": -1}, "must be ≥ 0"),
])
def test_validate_actor_params_errors(c, kwargs, message):
    args = {"actors": [], "countries": [], "min_mentions": 1, **kwargs}
    with pytest.raises(views.ParameterError) as err:
        views.validate_actor_params(c, **args)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_suggests_close_actor_ids(c):
    with pytest.raises(views.ParameterError, match="did you mean nikolai_patrushev"):
        views.validate_actor_params(c, ["nikolai_patrushv"], [], 0)


@pytest.mark.parametrize("date_from, date_to, message", [
    ("2023", "2022", "empty date range"),
    ("2022-12-01", "2022-11", "empty date range"),
    ("10/11/2022", "", "is not a date"),
    ("2022-13", "", "is not a date"),
    (2022, "", "must be a string"),
])
def test_validate_chronology_errors(c, date_from, date_to, message):
    with pytest.raises(views.ParameterError, match=message):
        views.validate_chronology_params(c, date_from, date_to, [], [])


def test_validate_chronology_ok(c):
    p = views.validate_chronology_params(c, "2022-11", "2022", ["RUS", "tehran"], ["visit"])
    assert p == {"date_from": dt.date(2022, 11, 1), "date_to": dt.date(2022, 12, 31),
                 "actors": ["RUS", "tehran"], "event_types": ["visit"]}
    with pytest.raises(views.ParameterError, match="unknown event type 'party'"):
        views.validate_chronology_params(c, "", "", [], ["party"])


def test_validate_claims(c):
    assert views.validate_claims_params(c, ["drones"], ["UKR"]) == {"topics": ["drones"], "parties": ["UKR"]}
    with pytest.raises(views.ParameterError, match="unknown topic 'drone'.*did you mean drones"):
        views.validate_claims_params(c, ["drone"], [])


def test_load_tables_errors(tmp_path):
    with pytest.raises(views.ParameterError, match="not a folder"):
        views.load_tables(tmp_path / "missing")
    with pytest.raises(views.ParameterError, match="no articles.csv"):
        views.load_tables(tmp_path)


def test_date_helpers():
    assert views.date_interval("2022-11-10", "day") == (dt.date(2022, 11, 10), dt.date(2022, 11, 10))
    assert views.date_interval("2022-02", "month") == (dt.date(2022, 2, 1), dt.date(2022, 2, 28))
    assert views.date_interval("2024", "year") == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert views.date_interval("2024-12-30", "week") == (dt.date(2024, 12, 30), dt.date(2025, 1, 5))
    assert views.date_interval("", "none") is None
    assert views.date_interval("soon", "") is None
    assert views.parse_source("a1:3") == ("a1", 3)
    assert views.parse_source("a1#¶4") == ("a1", 4)
    assert views.parse_source("a1") == ("a1", None)
    assert views.citation("a1", 2, "واحد اثنان ثلاثة", 2) == "«واحد اثنان …» (a1 ¶2)"
    assert views.citation("a1", 2) == "a1 ¶2"


# ---------------------------------------------------------------------------
# 00 overview


def test_overview_tables(c):
    ov = views.articles_overview(c.articles)
    assert ov["article_id"].tolist() == ["a1", "a2", "a3", "z9"]
    assert ov.columns.tolist()[:3] == ["article_id", "status", "title"]
    assert views.status_counts(c.articles).values.tolist() == [["ok", 3], ["empty", 1]]
    assert views.outlet_counts(c.articles).values.tolist() == [["(غير معروف)", 2], ["صدى نيوز", 1],
                                                                ["متابعات", 1]]
    lengths = views.length_summary(c.articles)
    assert lengths.to_dict("records") == [
        {"measure": "characters", "articles": 3, "min": 50, "median": 150.0, "max": 300, "total": 500},
        {"measure": "paragraphs", "articles": 3, "min": 1, "median": 2.0, "max": 3, "total": 6}]


def test_trust_scores_never_raises():
    scores, why = views.trust_scores()
    assert (scores is None and why) or isinstance(scores, pd.DataFrame)


# ---------------------------------------------------------------------------
# 01 actors


def test_mention_counts_and_filters(c):
    m = views.enrich_mentions(c.mentions, c.actors)
    assert m.loc[m["actor_id"] == "tehran", "country"].tolist() == ["IRN"]
    counts = views.mention_counts(m)
    assert counts[["actor_id", "mentions", "articles", "paragraphs"]].values.tolist() == [
        ["IRN", 3, 2, 3], ["RUS", 2, 2, 2], ["nikolai_patrushev", 2, 1, 2], ["UKR", 1, 1, 1],
        ["ali_shamkhani", 1, 1, 1], ["tehran", 1, 1, 1]]
    assert views.mention_counts(m, 2)["actor_id"].tolist() == ["IRN", "RUS", "nikolai_patrushev"]
    iran = views.filter_mentions(m, countries=["IRN"])
    assert sorted(set(iran["actor_id"])) == ["IRN", "ali_shamkhani", "tehran"]
    only = views.filter_mentions(m, actors=["UKR"])
    assert only["actor_id"].tolist() == ["UKR"]
    by_kind = views.mentions_by_article(m, "kind")
    assert by_kind.to_dict("index") == {"a1": {"country": 2, "person": 3, "place": 1},
                                        "a2": {"country": 4, "person": 0, "place": 0}}
    over = views.mentions_over_time(m, c.articles, "country", "month")
    assert over.loc["2022-11"].to_dict() == {"IRN": 5, "RUS": 4, "UKR": 1}
    assert "undated" not in views.mentions_over_time(m, c.articles, undated=False).index


def test_cooccurrence_pairs(c):
    pairs = views.cooccurrence_pairs(c.mentions)
    assert pairs.values.tolist() == [
        ["IRN", "RUS", 1, 1], ["IRN", "UKR", 1, 1], ["IRN", "ali_shamkhani", 1, 1],
        ["IRN", "nikolai_patrushev", 1, 1], ["RUS", "UKR", 1, 1], ["RUS", "nikolai_patrushev", 1, 1],
        ["RUS", "tehran", 1, 1], ["ali_shamkhani", "nikolai_patrushev", 1, 1],
        ["nikolai_patrushev", "tehran", 1, 1]]
    by_article = views.cooccurrence_pairs(c.mentions, unit=("article_id",))
    top = by_article.iloc[0].tolist()
    assert top == ["IRN", "RUS", 2, 2]


def test_who_meets_whom(c):
    meets = views.who_meets_whom(c.events)
    assert meets[["a", "b", "type", "events", "first_date", "sources"]].values.tolist() == [
        ["IRN", "nikolai_patrushev", "visit", 1, "2022-11-09", "a1 ¶1"],
        ["ali_shamkhani", "nikolai_patrushev", "meeting", 1, "2022-11-09", "a1 ¶2"]]
    assert len(views.who_meets_whom(c.events, actors=["UKR"])) == 0


def test_quotes_and_candidates(c):
    q = views.quotes_by_actor(c.statements, c.actors, countries=["IRN"])
    assert q["speaker"].tolist() == ["إيران", "إيران"]
    assert q["source"].tolist() == ["a2 ¶0", "a3 ¶0"]
    cand = views.candidates_table(c.candidates)
    assert cand["surface"].tolist() == ["حسين سلامي", XSS_SCRIPT]


# ---------------------------------------------------------------------------
# 02 chronology


def test_filter_events_and_timeline(c):
    chron = views.chronology_rows(c)
    assert views.filter_events(chron, c.actors, event_types=["visit"])["chronology_id"].tolist() == ["c1"]
    nov = views.filter_events(chron, c.actors, dt.date(2022, 11, 1), dt.date(2022, 11, 30))
    assert nov["chronology_id"].tolist() == ["c1", "c2"]
    oct_ = views.filter_events(chron, c.actors, dt.date(2022, 10, 31), None)
    assert oct_["chronology_id"].tolist() == ["c1", "c2", "c3"]  # a month overlapping the range
    assert views.filter_events(chron, c.actors, actors=["UKR"])["chronology_id"].tolist() == ["c3"]
    assert views.filter_events(chron, c.actors, actors=["RUS"])["chronology_id"].tolist() == ["c1", "c2", "c3"]
    items = views.timeline_items(chron, c.actors, lanes="country")
    assert items[["lane", "start", "end", "is_point", "id"]].values.tolist() == [
        ["IRN", dt.date(2022, 11, 9), dt.date(2022, 11, 9), True, "c1"],
        ["IRN", dt.date(2022, 11, 9), dt.date(2022, 11, 9), True, "c2"],
        ["RUS", dt.date(2022, 10, 1), dt.date(2022, 10, 31), False, "c3"],
        ["RUS", dt.date(2022, 11, 9), dt.date(2022, 11, 9), True, "c1"],
        ["RUS", dt.date(2022, 11, 9), dt.date(2022, 11, 9), True, "c2"],
        ["UKR", dt.date(2022, 10, 1), dt.date(2022, 10, 31), False, "c3"]]
    by_actor = views.timeline_items(chron, c.actors, lanes="actor", actors=["ali_shamkhani"])
    assert by_actor["id"].tolist() == ["c2"]


def test_chronology_events_fallback(c):
    tables = dict(c.tables)
    tables["chronology"] = tables["chronology"].iloc[0:0]
    rows = views.chronology_rows(tables)
    assert rows["sources"].tolist() == ["a1:1", "a1:2", "a2:1"]


def test_article_intervals(c):
    arts = views.article_intervals(c.articles)
    assert arts[["article_id", "start", "end", "is_point", "source"]].values.tolist() == [
        ["a2", dt.date(2022, 11, 1), dt.date(2022, 11, 30), False, "text"],
        ["a1", dt.date(2022, 11, 10), dt.date(2022, 11, 10), True, "text"],
        ["a3", dt.date(2023, 1, 15), dt.date(2023, 5, 20), False, "inferred"]]
    assert views.article_intervals(c.articles, dt.date(2023, 1, 1))["article_id"].tolist() == ["a3"]
    table = views.article_interval_table(arts, c.articles)
    assert table.loc[2, "evidence"] == "reference event: X\ntenure: Y"
    assert table.loc[1, "evidence"] == ""  # a stated date needs no evidence


def test_chronology_table_citations(c):
    t = views.chronology_table(views.chronology_rows(c), c.paragraphs, c.actors, n_words=3)
    assert t["id"].tolist() == ["c3", "c1", "c2", "c4"]
    assert t.loc[2, "citations"] == "«والتقى باتروشيف نظيره …» (a1 ¶2)\n«اتهمت أوكرانيا إيران …» (a2 ¶1)"
    assert t.loc[2, "participants"] == "نيكولاي باتروشيف، علي شمخاني"
    assert t.loc[1, "place"] == "طهران"
    assert views.event_type_counts(c.chronology)["type"].tolist() == ["attack", "meeting", "statement", "visit"]


# ---------------------------------------------------------------------------
# 03 claims


def test_claim_rows_and_matrix(c):
    claims = views.claim_rows(c.statements, c.claim_responses, c.actors, ["drones", "missiles"])
    assert claims[["claim_id", "topic", "claimant", "accused", "status", "responses"]].values.tolist() == [
        ["s1", "drones", "UKR", "IRN", "partly admitted", "s2;s3"],
        ["s4", "missiles", "UKR", "—", "unanswered", ""]]
    matrix = views.claims_matrix(claims)
    assert matrix.values.tolist() == [["UKR", "IRN", "drones", "partly admitted", 1],
                                      ["UKR", "—", "missiles", "unanswered", 1]]
    assert views.claim_rows(c.statements, c.claim_responses, c.actors, ["missiles"])["claim_id"].tolist() == ["s4"]
    assert views.claim_rows(c.statements, c.claim_responses, c.actors, [], ["IRN"])["claim_id"].tolist() == ["s1"]
    pivot = views.claims_pivot(claims)
    assert pivot.columns.tolist() == ["partly admitted", "unanswered"]
    table = views.claims_table(claims, c.statements, c.actors, n_words=3)
    assert table.loc[0, "claimant"] == "أوكرانيا"
    assert table.loc[0, "responses"].splitlines()[0] == "إيران — نفي: «إيران تنفي إرسال …» [a2 ¶0]"


def test_status_from_stances():
    assert views._status_from_stances(["denial"]) == "denied"
    assert views._status_from_stances(["admission"]) == "admitted"
    assert views._status_from_stances(["denial", "admission"]) == "partly admitted"
    assert views._status_from_stances([]) == "unanswered"


def test_statements_filters_and_timeline(c):
    st = views.filter_statements(c.statements, c.actors, ["missiles"])
    assert st["statement_id"].tolist() == ["s3", "s4"]
    assert views.filter_statements(c.statements, c.actors, [], ["IRN"])["statement_id"].tolist() == ["s2", "s3"]
    tl = views.statements_timeline(c.statements, c.actors)
    assert tl[["statement_id", "lane", "stance", "is_point"]].values.tolist() == [
        ["s2", "IRN", "denial", False], ["s3", "IRN", "admission", True], ["s1", "UKR", "claim", True]]
    cards = views.quote_cards_data(c.statements, c.actors)
    assert cards["statement_id"].tolist() == ["s1", "s2", "s3", "s4"]  # undated last


# ---------------------------------------------------------------------------
# html escaping


def test_html_table_and_cards_escape_everything(c):
    markup = str(html.table(views.articles_overview(c.articles)))
    markup += str(html.table(views.candidates_table(c.candidates)))
    markup += str(html.quote_cards(views.quote_cards_data(c.statements, c.actors)))
    markup += str(html.table(views.chronology_table(views.chronology_rows(c), c.paragraphs, c.actors)))
    assert "<script" not in markup and "<img" not in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert "&lt;img src=x onerror=alert(1)&gt;" in markup
    assert 'dir="auto"' in markup and 'dir="rtl" lang="ar"' in markup


def test_html_table_empty_and_index():
    assert "no rows" in str(html.table(pd.DataFrame()))
    df = pd.DataFrame({"x": [1]}, index=pd.Index(["<b>"], name="k"))
    out = str(html.table(df))
    assert "&lt;b&gt;" in out and "<b>" not in out


def test_html_table_shows_the_first_rows_and_names_the_csv():
    df = pd.DataFrame({"article_id": [f"a{i:03d}" for i in range(250)], "n": range(250)})
    out = str(html.table(df, source="articles"))
    assert out.count("<tr>") == 1 + html.MAX_ROWS  # header + the default 100 rows
    assert "first 100 of 250 rows; the full table: tables/articles.csv" in out
    assert "أول 100 من 250 صفاً" in out and '<bdi dir="ltr">tables/articles.csv</bdi>' in out
    assert str(html.table(df, max_rows=0)).count("<tr>") == 251  # 0: every row
    try:
        html.configure(max_rows=10)
        assert str(html.table(df)).count("<tr>") == 11
    finally:
        html.configure(max_rows=100)


def test_quote_cards_are_capped(c):
    cards = views.quote_cards_data(c.statements, c.actors)
    many = pd.concat([cards] * 30, ignore_index=True)
    out = str(html.quote_cards(many, limit=5))
    assert out.count("<figure") == 5
    assert f"first 5 of {len(many)} statements; the full table: tables/statements.csv" in out


def test_capped_join_counts_the_rest():
    assert views.capped_join(["a", "b"], "; ", 3) == "a; b"
    assert views.capped_join(list("abcde"), "; ", 3) == "a; b; c; … (+2 more · +2 أخرى)"


def test_claims_table_puts_same_article_responses_first(c):
    claims = views.claim_rows(c.statements, c.claim_responses, c.actors, ["drones"])
    table = views.claims_table(claims, c.statements, c.actors, n_words=3)
    cited = [line.rsplit("[", 1)[1] for line in table.loc[0, "responses"].splitlines()]
    assert cited == ["a2 ¶0]", "a3 ¶0]"]  # claim s1 is in a2: its denial there, then a3's admission
    reordered = claims.assign(responses="s3;s2")
    cited = [line.rsplit("[", 1)[1] for line in
             views.claims_table(reordered, c.statements, c.actors).loc[0, "responses"].splitlines()]
    assert cited == ["a2 ¶0]", "a3 ¶0]"]



def test_claims_table_says_how_many_responses_were_counted(c):
    claims = views.claim_rows(c.statements, c.claim_responses, c.actors, ["drones"])
    assert claims.loc[0, "n_responses"] == 2  # without the column: the responses listed
    table = views.claims_table(claims.assign(n_responses=[9] + [0] * (len(claims) - 1)), c.statements,
                               c.actors, n_words=3)
    assert table.loc[0, "responses"].splitlines()[-2:] == [
        "… عدد الردود في المجموع 9، والمدرج أقربها زمنياً",
        "(9 responses in all; the nearest in time are listed)"]
    assert "responses in all" not in views.claims_table(claims, c.statements, c.actors).loc[0, "responses"]


# ---------------------------------------------------------------------------
# plots


def test_plots_stay_readable_for_many_articles():
    arts = pd.DataFrame({"article_id": [f"a{i:04d}" for i in range(500)], "status": "ok",
                         "title": "عنوان", "n_chars": [1000 + i for i in range(500)],
                         "n_paragraphs": [5 + i % 20 for i in range(500)]})
    fig = plots.article_values(arts, "n_paragraphs", "فقرات", "فقرات")
    ax = fig.axes[0]
    assert len(ax.patches) == 20  # a histogram of 20 distinct values, not 500 bars
    assert "500 articles" in ax.get_title()
    few = plots.article_values(arts.head(12), "n_chars", "حروف", "حروف")
    assert len(few.axes[0].patches) == 12  # one bar per article
    bars = plots.barh([f"x{i}" for i in range(90)], list(range(90, 0, -1)), "t")
    assert len(bars.axes[0].patches) == 40 and "first 40 of 90" in bars.axes[0].get_title()
    table = pd.DataFrame({"k": range(100), "v": range(100)}, index=[f"r{i}" for i in range(100)])
    stacked = plots.stacked_barh(table, "t", max_rows=30)
    assert len(stacked.axes[0].get_yticklabels()) == 30
    assert "r99" in [t.get_text() for t in stacked.axes[0].get_yticklabels()]  # the largest rows stay
    plots.plt.close("all")


def test_arabic_font_available():
    assert plots.setup() in plots.ARABIC_FONTS or plots.setup() == "sans-serif"


def test_plots_render_and_are_reproducible(c):
    m = views.enrich_mentions(c.mentions, c.actors)
    names = views.actor_names(c.actors)
    figs = [
        lambda: plots.article_lengths(c.articles),
        lambda: plots.network(views.cooccurrence_pairs(m), names),
        lambda: plots.timeline(views.timeline_items(views.chronology_rows(c), c.actors),
                               views.article_intervals(c.articles)),
        lambda: plots.stance_timeline(views.statements_timeline(c.statements, c.actors), names),
        lambda: plots.status_bars(views.claims_pivot(views.claim_rows(c.statements, c.claim_responses,
                                                                      c.actors))),
        lambda: plots.stacked_barh(views.mentions_by_article(m, "kind")),
        lambda: plots.lines(views.mentions_over_time(m, c.articles)),
        lambda: plots.barh([], []),
        lambda: plots.network(pd.DataFrame(columns=["a", "b", "paragraphs", "articles"])),
    ]
    for make in figs:
        a, b = plots.png_bytes(make()), plots.png_bytes(make())
        assert a[:8] == b"\x89PNG\r\n\x1a\n"
        assert a == b
        assert b"Software" not in a
    plots.plt.close("all")


def test_circular_positions():
    pos = plots.circular_positions(["a", "b", "c", "d"])
    assert [tuple(round(v, 6) + 0.0 for v in pos[k]) for k in "abcd"] == [
        (0.0, 1.0), (1.0, 0.0), (0.0, -1.0), (-1.0, 0.0)]
    assert plots.shorten("واحد اثنان ثلاثة", 10) == "واحد…"


def test_claimant_is_the_country_the_statement_speaks_for():
    st = pd.DataFrame([
        {"statement_id": "a:0:0", "article_id": "a", "para_idx": 0, "speaker_actor_id": "josep_borrell",
         "speaker_surface": "بوريل", "speaker_country": "", "stance": "claim", "topics": "missiles",
         "date": "2024-09-10", "text": "قال بوريل إن …", "accused_countries": "IRN;RUS"},
        {"statement_id": "a:1:0", "article_id": "a", "para_idx": 1, "speaker_actor_id": "antony_blinken",
         "speaker_surface": "بلينكن", "speaker_country": "USA", "stance": "claim", "topics": "missiles",
         "date": "2024-09-10", "text": "قال بلينكن إن …", "accused_countries": "IRN;RUS"}])
    actors = pd.DataFrame([{"actor_id": "josep_borrell", "name_ar": "جوزيب بوريل", "name_en": "Josep Borrell",
                            "kind": "person", "country": "ESP"},
                           {"actor_id": "antony_blinken", "name_ar": "أنتوني بلينكن", "name_en": "Antony Blinken",
                            "kind": "person", "country": "USA"}])
    cr = pd.DataFrame(columns=["topic", "claim_id", "response_id", "response_stance"])
    rows = views.claim_rows(st, cr, actors)
    assert list(rows["claimant"]) == ["josep_borrell", "USA"]
    assert list(views.quotes_by_actor(st, actors)["speaker_country"]) == ["USA", ""]


def test_trust_verdict_comes_from_the_held_out_articles():
    scores = pd.DataFrame([
        {"table": "statements", "subset": s, "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}
        for s, tp, fp, fn, p, r, f in [("seeds", 13, 0, 0, 1.0, 1.0, 1.0), ("own", 39, 9, 3, 0.81, 0.93, 0.87),
                                       ("heldout", 18, 14, 26, 0.56, 0.41, 0.47), ("all", 70, 23, 29, 0.75, 0.71, 0.73)]]
        + [{"table": "timexes", "subset": "all", "tp": 9, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.9,
            "f1": 0.95}])
    got = views.trust_summary(scores).set_index("table")
    assert got.loc["statements", "trust"] == "منخفضة (low)"
    assert got.loc["statements", "F1 held-out"] == 0.47 and got.loc["statements", "R heldout"] == 0.41
    assert got.loc["statements", "gold items"] == 99
    assert got.loc["timexes", "trust"] == "عالية (high)"  # no held-out row: the overall figure
