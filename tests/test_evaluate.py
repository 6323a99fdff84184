"""The evaluation harness: scoring on hand-made tables, the gold files, end to end."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pandas as pd
import pytest

from dossier import evaluate as ev

GOLD = Path(__file__).resolve().parent / "gold"


def approx(x):
    return pytest.approx(x, abs=1e-9)


# --------------------------------------------------------------------------- scores

def test_prf_exact_values():
    assert ev.prf(3, 1, 2) == (approx(0.75), approx(0.6), approx(2 * 0.75 * 0.6 / 1.35))
    assert ev.prf(0, 0, 0) == (1.0, 1.0, 1.0)
    assert ev.prf(0, 2, 0) == (0.0, 1.0, 0.0)
    assert ev.prf(0, 0, 3) == (1.0, 0.0, 0.0)


def test_surfaces():
    assert ev.surfaces_compatible("لروسيا", "روسيا")
    assert ev.surfaces_compatible("باتروشيف", "نيكولاي باتروشيف")
    assert ev.surfaces_compatible("«الكرملين»", "الكرملين")
    assert not ev.surfaces_compatible("بوتين", "روسيا")
    assert ev.surfaces_overlap("أمس الجمعة", "الجمعة")
    assert ev.surfaces_overlap("24 شباط/فبراير الماضي", "24 شباط / فبراير")
    assert not ev.surfaces_overlap("الأربعاء", "الثلاثاء")


def _m(surface, actor, kind, country, art="a", **kw):
    return dict(article_id=art, surface=surface, actor=actor, kind=kind, country=country, **kw)


def test_mentions_by_actor_kind_and_country():
    gold = [_m("روسيا", "RUS", "country", "RUS"), _m("لروسيا", "RUS", "country", "RUS"),
            _m("باتروشيف", "nikolai_patrushev", "person", "RUS"),
            _m("الخليج", "region_gulf", "place", ""),                      # regions are not scored
            _m("طهران", "tehran", "place", "IRN", optional=True)]            # optional: never a miss
    system = [_m("روسيا", "RUS", "country", "RUS"), _m("نيكولاي باتروشيف", "nikolai_patrushev", "person", "RUS"),
              _m("بوتين", "vladimir_putin", "person", "RUS"), _m("الخليج", "region_gulf", "place", "")]
    rows = ev.score_mentions(gold, system)
    assert (rows["mentions"].tp, rows["mentions"].fp, rows["mentions"].fn) == (2, 1, 1)
    assert rows["mentions"].precision == approx(2 / 3) and rows["mentions"].recall == approx(2 / 3)
    p = rows["mentions.persons"]
    assert (p.tp, p.fp, p.fn, p.precision, p.recall) == (1, 1, 0, 0.5, 1.0)
    c = rows["mentions.countries"]        # Putin and Patrushev count as mentions of RUS
    assert (c.tp, c.fp, c.fn) == (2, 1, 1)
    assert (rows["mentions.places"].tp, rows["mentions.places"].fp, rows["mentions.places"].fn) == (0, 0, 0)


def test_mentions_multiplicity_and_wrong_actor():
    gold = [_m("إيران", "IRN", "country", "IRN")] * 3
    system = [_m("إيران", "IRN", "country", "IRN")] * 2 + [_m("إيران", "tehran", "place", "IRN")]
    rows = ev.score_mentions(gold, system)
    assert (rows["mentions"].tp, rows["mentions"].fp, rows["mentions"].fn) == (2, 1, 1)
    # by country the wrongly linked mention is still a mention of Iran
    assert (rows["mentions.countries"].tp, rows["mentions.countries"].fp, rows["mentions.countries"].fn) == (3, 0, 0)


def test_timexes_values_exact_and_split_spans_absorbed():
    gold = [dict(article_id="a", surface="أمس الجمعة", value="2023-06-09"),
            dict(article_id="a", surface="24 شباط/فبراير الماضي", value="2022-02-24"),
            dict(article_id="a", surface="أوت 2022", value="2022-08"),
            dict(article_id="a", surface="الأسابيع الماضية", value=""),
            dict(article_id="a", surface="السبت 10 جوان 2023", value="2023-06-10", optional=True),
            dict(article_id="a", surface="مطلع الأسبوع", value="", optional=True)]
    system = pd.DataFrame([
        dict(article_id="a", surface="أمس", value="2023-06-09"),
        dict(article_id="a", surface="الجمعة", value="2023-06-09"),       # same span split in two: not an FP
        dict(article_id="a", surface="24 شباط/فبراير", value="2023-02-24"),  # wrong year: FP and FN
        dict(article_id="a", surface="أوت 2022", value="2022-08"),
        dict(article_id="a", surface="300 طائرة", value="0300"),            # a quantity: FP
        dict(article_id="a", surface="10 جوان 2023", value="2023-06-10"),   # optional dateline
        dict(article_id="a", surface="الأسابيع الماضية", value=""),
        dict(article_id="a", surface="مطلع الأسبوع", value="2022-11-07"),   # on an optional span
        dict(article_id="b", surface="أمس", value="2020-01-01"),            # not a gold article
    ])
    rows = ev.score_timexes(gold, system, {"a"})
    t = rows["timexes"]
    assert (t.tp, t.fp, t.fn) == (2, 2, 1)
    assert t.precision == approx(0.5) and t.recall == approx(2 / 3)
    assert (rows["timexes.vague"].tp, rows["timexes.vague"].fp, rows["timexes.vague"].fn) == (1, 0, 0)


def test_published_stated_exact_undated_by_month():
    docs = [dict(article_id="a", published="2022-11-10", published_stated=True),
            dict(article_id="b", published="2023-10-14", published_stated=False),
            dict(article_id="c", published="2024-04", published_stated=False),
            dict(article_id="d", published="2019-12-31", published_stated=True),
            dict(article_id="e", published="", published_stated=False)]
    arts = pd.DataFrame([dict(article_id="a", published="2022-11-10"), dict(article_id="b", published="2023-10-02"),
                         dict(article_id="c", published="2024-05-01"), dict(article_id="d", published=""),
                         dict(article_id="e", published="2020-01-01")])
    s = ev.score_published(docs, arts)
    assert (s.tp, s.fp, s.fn) == (2, 1, 2)


SENT = ("أقرت طهران للمرة الأولى بأنها أرسلت عددا صغيرا من الطائرات المسيرة إلى موسكو، "
        "بينما نفى وزير الخارجية أن تكون بلاده قد زودت روسيا بصواريخ")


def _gold_statements():
    return [
        dict(article_id="a", speaker_country="IRN", stance="admission", topics=["drones"],
             text_contains="أرسلت عددا صغيرا"),
        dict(article_id="a", speaker_country="IRN", stance="denial", topics=["missiles"],
             text_contains="أرسلت عددا صغيرا"),
        dict(article_id="a", speaker_country=["UKR", "USA"], stance=["claim"], topics=["drones"],
             accused=["IRN", "RUS"], text_contains="استخدمت الطائرات المسيرة الإيرانية"),
        dict(article_id="a", speaker_country=None, stance="statement", topics=["missiles"],
             text_contains="يقول خبير", optional=True),
        dict(article_id="a", speaker_country="RUS", stance="statement", topics=[], text_contains="العالم يمر"),
    ]


def _sys_statements():
    return [
        dict(statement_id="s1", article_id="a", text=SENT, stance="admission", topics={"drones"},
             speaker_country="IRN"),
        dict(statement_id="s2", article_id="a", text=SENT, stance="denial", topics={"drones", "missiles"},
             speaker_country="IRN"),                                          # wrong topics: FP + FN
        dict(statement_id="s3", article_id="a", text="وتقول كييف إن روسيا استخدمت الطائرات المسيرة الإيرانية",
             stance="claim", topics={"drones"}, speaker_country="UKR"),
        dict(statement_id="s4", article_id="a", text="يقول خبير إن الصواريخ", stance="claim",
             topics={"missiles"}, speaker_country=""),                        # optional gold: ignored
        dict(statement_id="s5", article_id="a", text="قال إن العالم يمر بنقطة تحول", stance="statement",
             topics=set(), speaker_country="RUS"),
    ]


def test_statements_stance_topic_speaker():
    rows = ev.score_statements(_gold_statements(), _sys_statements())
    s = rows["statements"]
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)
    loc = rows["statements.located"]
    assert (loc.tp, loc.fp, loc.fn) == (3, 0, 0)
    anyrow = rows["statements.any"]             # topics ignored: all four required ones right
    assert (anyrow.tp, anyrow.fp, anyrow.fn) == (4, 0, 0)
    # one field not compared: only the topics were wrong (s2), so only any_topic gains
    got = {k: (rows[k].tp, rows[k].fp, rows[k].fn)
           for k in ("statements.any_stance", "statements.any_topic", "statements.any_speaker")}
    assert got == {"statements.any_stance": (2, 1, 1), "statements.any_topic": (3, 0, 0),
                   "statements.any_speaker": (2, 1, 1)}


def test_statement_speaker_country_from_actors_table():
    tables = {"statements": pd.DataFrame([dict(statement_id="x", article_id="a", text=SENT, stance="admission",
                                               topics="drones", speaker_actor_id="tehran")]),
              "actors": pd.DataFrame([dict(actor_id="tehran", kind="place", country="IRN"),
                                      dict(actor_id="IRN", kind="country", country="IRN")])}
    got = ev._system_statements(tables, {"a"})
    assert got[0]["speaker_country"] == "IRN" and got[0]["topics"] == {"drones"}


def test_a_clause_matches_the_gold_substring_of_its_sentences_other_clause():
    para = ("أقر الوزير بأن بلاده زودت روسيا بعدد محدود من المسيرات، لكنه نفى أن تكون طهران قد أرسلت "
            "صواريخ إلى موسكو. وقال كييف إن ذلك كذب.")
    cut = para.index("لكنه")
    stop = para.index(".") + 1
    tables = {"statements": pd.DataFrame([
        dict(statement_id="a:0:0", article_id="a", para_idx=0, start=0, end=cut, text=para[:cut],
             stance="admission", topics="drones", speaker_country="IRN"),
        dict(statement_id="a:0:1", article_id="a", para_idx=0, start=cut, end=stop, text=para[cut:stop],
             stance="denial", topics="missiles", speaker_country="IRN")]),
        "paragraphs": pd.DataFrame([dict(article_id="a", para_idx=0, text=para, role="body")])}
    system = ev._system_statements(tables, {"a"})
    assert system[1]["sentence"] == para[:stop]
    gold = [dict(article_id="a", speaker_country="IRN", stance="admission", topics=["drones"],
                 text_contains="زودت روسيا بعدد محدود"),
            dict(article_id="a", speaker_country="IRN", stance="denial", topics=["missiles"],
                 text_contains="زودت روسيا بعدد محدود")]
    s = ev.score_statements(gold, system)["statements"]
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)


def test_an_unmatched_headline_statement_is_no_false_positive():
    tables = {"statements": pd.DataFrame([
        dict(statement_id="a:0:0", article_id="a", para_idx=0, start=0, end=11, text="وطهران تنفي",
             stance="denial", topics="drones", speaker_country="IRN"),
        dict(statement_id="a:1:0", article_id="a", para_idx=1, start=0, end=20, text="ونفت طهران إرسال المسيرات",
             stance="denial", topics="drones", speaker_country="IRN")]),
        "paragraphs": pd.DataFrame([dict(article_id="a", para_idx=0, text="وطهران تنفي", role="headline"),
                                    dict(article_id="a", para_idx=1, text="ونفت طهران إرسال المسيرات", role="body")])}
    system = ev._system_statements(tables, {"a"})
    assert [s["headline"] for s in system] == [True, False]
    s = ev.score_statements([], system)["statements"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 0)  # the body statement only


def test_claim_responses_within_and_across_articles():
    claim_b = dict(article_id="b", speaker_country="USA", stance="claim", topics=["drones"], accused=["IRN"],
                   text_contains="مئات المسيرات")
    docs = [dict(article_id="a", statements=_gold_statements(), claim_responses=[
                 dict(topic="drones", claim_contains="استخدمت الطائرات المسيرة الإيرانية",
                      response_contains="أرسلت عددا صغيرا", response_stance="admission")]),
            dict(article_id="b", statements=[claim_b], claim_responses=[])]
    stmts = pd.DataFrame([
        dict(statement_id="s1", article_id="a", text=SENT, stance="admission"),
        dict(statement_id="s3", article_id="a", text="وتقول كييف إن روسيا استخدمت الطائرات المسيرة الإيرانية",
             stance="claim"),
        dict(statement_id="s4", article_id="a", text="يقول خبير إن الصواريخ", stance="claim"),
        dict(statement_id="t1", article_id="b", text="قال كيربي إن إيران أرسلت مئات المسيرات", stance="claim"),
    ])
    pairs = pd.DataFrame([
        dict(topic="drones", claim_id="s3", response_id="s1", response_stance="admission"),   # within: TP
        dict(topic="missiles", claim_id="s4", response_id="s1", response_stance="admission"),  # optional claim
        dict(topic="drones", claim_id="t1", response_id="s1", response_stance="admission"),   # across: TP
        dict(topic="drones", claim_id="t1", response_id="s3", response_stance="denial"),      # across: FP
        dict(topic="drones", claim_id="s3", response_id="", response_stance=""),              # unanswered
    ])
    system = ev._system_pairs({"statements": stmts, "claim_responses": pairs}, {"a", "b"})
    rows = ev.score_claim_responses(docs, system)
    w = rows["claim_responses"]
    assert (w.tp, w.fp, w.fn) == (1, 0, 0)
    c = rows["claim_responses.cross"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 0)


def _one_article_gold(tmp_path, article: str, annotation: str) -> None:
    """A gold folder of one article x1 and its annotation."""
    (tmp_path / "annotations").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "x1.txt").write_text(article, encoding="utf-8")
    (tmp_path / "annotations" / "x1.yaml").write_text(annotation, encoding="utf-8")


def test_evaluate_on_hand_made_tables(tmp_path):
    _one_article_gold(
        tmp_path, "قال بوتين إن روسيا أمس",
        "article_id: x1\npublished: '2024-01-02'\npublished_stated: true\n"
        "mentions:\n- {surface: بوتين, actor: vladimir_putin, kind: person, country: RUS}\n"
        "- {surface: روسيا, actor: RUS, kind: country, country: RUS}\n"
        "timexes:\n- {surface: أمس, value: 2024-01-01, precision: day}\n"
        "statements: []\nclaim_responses: []\n")
    tables = {"articles": pd.DataFrame([dict(article_id="x1", published="2024-01-02")]),
              "mentions": pd.DataFrame([dict(article_id="x1", surface="بوتين", actor_id="vladimir_putin"),
                                        dict(article_id="x1", surface="روسيا", actor_id="RUS")]),
              "actors": pd.DataFrame([dict(actor_id="vladimir_putin", kind="person", country="RUS"),
                                      dict(actor_id="RUS", kind="country", country="RUS")]),
              "timexes": pd.DataFrame([dict(article_id="x1", surface="أمس", value="2024-01-01")]),
              "statements": pd.DataFrame(columns=["statement_id", "article_id", "text", "stance", "topics"]),
              "claim_responses": pd.DataFrame(columns=["topic", "claim_id", "response_id", "response_stance"])}
    df = ev.evaluate(tmp_path, corpus_tables=tables)
    assert list(df.columns) == ev.COLUMNS
    assert set(df["subset"]) == {"own", "all"}
    row = df[(df.table == "mentions.persons") & (df.subset == "own")].iloc[0]
    assert (row.tp, row.fp, row.fn, row.f1) == (1, 0, 0, 1.0)
    assert df[(df.table == "timexes") & (df.subset == "all")].iloc[0].f1 == 1.0
    assert "mentions.countries" in ev.format_table(df)


def test_main_rejects_missing_folder(tmp_path, capsys):
    assert ev.main([str(tmp_path / "nope")]) == 2
    assert "not a folder" in capsys.readouterr().err


# --------------------------------------------------------------------------- the gold files

@pytest.fixture(scope="module")
def gold_docs():
    return ev.load_gold(GOLD)


def _text(doc) -> str:
    return ev.norm(doc["path"].read_text(encoding="utf-8"))


def test_gold_files_reference_existing_articles(gold_docs):
    subsets = {}
    for d in gold_docs:
        assert d["path"] is not None and d["path"].is_file(), d["article_id"]
        subsets.setdefault(d["subset"], []).append(d["article_id"])
    assert len(subsets["seeds"]) == 5
    assert len(subsets["own"]) >= 6
    assert len(subsets["heldout"]) >= 5  # written blind: the figure to quote for new articles
    own_files = {p.stem for p in (GOLD / "articles").glob("*.txt")}
    assert own_files == set(subsets["own"]) | set(subsets["heldout"])
    assert set(subsets) == {"seeds", "own", "heldout"}


def test_own_articles_are_news_sized(gold_docs):
    for d in gold_docs:
        if d["subset"] in ("own", "heldout"):
            words = len(re.findall(r"\S+", d["path"].read_text(encoding="utf-8")))
            assert 250 <= words <= 600, (d["article_id"], words)


STANCES = {"claim", "denial", "admission", "statement"}
TOPICS = {"drones", "missiles", "air_defense", "aircraft", "weapons", "intelligence", "nuclear", "repression",
          "terrorism", "sanctions", "finance"}
KINDS = {"person", "organization", "country", "place"}


def test_gold_items_are_well_formed_and_found_in_their_article(gold_docs):
    for d in gold_docs:
        text = _text(d)
        aid = d["article_id"]
        assert re.fullmatch(r"(\d{4}(-\d{2}(-\d{2})?)?)?", d["published"]), aid
        for m in d["mentions"]:
            assert m["kind"] in KINDS and m["actor"], (aid, m)
            assert ev.norm(m["surface"]) in text, (aid, m["surface"])
        for t in d["timexes"]:
            assert re.fullmatch(r"(\d{4}(-\d{2}(-\d{2})?)?)?", str(t["value"] or "")), (aid, t)
            assert ev.norm(t["surface"]) in text, (aid, t["surface"])
        for s in d["statements"]:
            assert set(ev.as_list(s["stance"])) <= STANCES, (aid, s)
            assert set(s["topics"]) <= TOPICS, (aid, s)
            assert ev.norm(s["text_contains"]) in text, (aid, s["text_contains"])
        for p in d["claim_responses"]:
            assert set(ev.as_list(p["response_stance"])) <= {"denial", "admission"}, (aid, p)
            assert ev.norm(p["claim_contains"]) in text and ev.norm(p["response_contains"]) in text, (aid, p)


def test_dev_annotations_are_well_formed_too():
    # the dev rounds are scored like the gold ones: the same checks apply
    docs = ev.load_gold(GOLD.parent / "dev")
    assert len(docs) >= 160
    test_gold_items_are_well_formed_and_found_in_their_article(docs)


def test_an_unknown_stance_is_refused_with_its_file(tmp_path):
    _one_article_gold(tmp_path, "وحذر الوزير من أن إيران سترد.",
                      "article_id: x1\nstatements:\n- {speaker_country: IRN, stance: warning, topics: [], "
                      "text_contains: سترد}\n")
    with pytest.raises(ev.GoldError, match=r"x1.yaml: unknown stance 'warning'"):
        ev.load_gold(tmp_path)


def test_gold_covers_every_stance_and_the_drone_missile_story(gold_docs):
    own = [s for d in gold_docs if d["subset"] == "own" for s in d["statements"] if not s.get("optional")]
    stances = {x for s in own for x in ev.as_list(s["stance"])}
    assert stances >= STANCES
    dm = [s for s in own if set(s["topics"]) & ev.SCORED_TOPICS]
    assert len(dm) >= 30
    assert sum(len(d["claim_responses"]) for d in gold_docs if d["subset"] == "own") >= 30
    assert ev.derive_cross_pairs([d for d in gold_docs if d["subset"] == "own"])


# --------------------------------------------------------------------------- end to end

def _pipeline_ready() -> bool:
    try:
        importlib.import_module("dossier.pipeline")
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _pipeline_ready(), reason="the extraction pipeline is not complete yet")
def test_evaluate_end_to_end_one_row_per_table_and_subset():
    df = ev.evaluate(GOLD)
    assert list(df.columns) == ev.COLUMNS
    for table in ("mentions", "mentions.persons", "mentions.countries", "timexes", "statements",
                  "claim_responses", "articles.published"):
        got = df[df.table == table]
        # the held-out articles annotate no mentions: no mentions row for them
        want = [s for s in ev.SUBSETS if not (table.startswith("mentions") and s == "heldout")]
        assert sorted(got.subset) == sorted(want), table
    assert not df.duplicated(["table", "subset"]).any()
    assert df[["precision", "recall", "f1"]].apply(lambda c: c.between(0, 1)).all().all()


def test_pair_touching_an_optional_statement_still_counts_when_it_matches():
    # the system's response runs on into an optional statement ("فيما استدعت كييف …"):
    # matching the gold pair it is a true positive; unmatched it is no false positive
    docs = [dict(article_id="a", statements=[
        dict(article_id="a", speaker_country="UKR", stance="claim", topics=["missiles"], accused=["IRN"],
             text_contains="طهران تستعد لتسليم روسيا صواريخ"),
        dict(article_id="a", speaker_country="IRN", stance="denial", topics=["missiles"], text_contains="وهو ما نفته إيران"),
        dict(article_id="a", speaker_country="UKR", stance="statement", topics=[], optional=True,
             text_contains="استدعت كييف القائم بالأعمال")],
        claim_responses=[dict(topic="missiles", claim_contains="طهران تستعد لتسليم روسيا صواريخ",
                              response_contains="وهو ما نفته إيران", response_stance="denial")])]
    stmts = pd.DataFrame([
        dict(statement_id="c", article_id="a", text="أكدت الاستخبارات أن طهران تستعد لتسليم روسيا صواريخ",
             stance="claim"),
        dict(statement_id="r", article_id="a", text="وهو ما نفته إيران، فيما استدعت كييف القائم بالأعمال",
             stance="denial"),
    ])
    pairs = pd.DataFrame([dict(topic="missiles", claim_id="c", response_id="r", response_stance="denial"),
                          dict(topic="drones", claim_id="c", response_id="r", response_stance="denial")])
    system = ev._system_pairs({"statements": stmts, "claim_responses": pairs}, {"a"})
    w = ev.score_claim_responses(docs, system)["claim_responses"]
    assert (w.tp, w.fp, w.fn) == (1, 0, 0)


def test_errors_of_held_out_articles_are_listed_only_on_request(tmp_path, capsys):
    _one_article_gold(
        tmp_path, "وقال المتحدث باسم الخارجية الإيرانية إن بلاده لم ترسل أي طائرات مسيرة إلى روسيا.\n",
        "article_id: x1\nsubset: heldout\nstatements:\n"
        "- {speaker_country: UKR, speaker: '', stance: claim, topics: [drones], cue: قال, "
        "text_contains: لم ترسل أي طائرات مسيرة}\n")
    assert ev.main([str(tmp_path), "--errors", "statements"]) == 0
    out = capsys.readouterr().out
    assert "statements               heldout" in out and not any(
        line.startswith("heldout ") for line in out.splitlines())
    assert ev.main([str(tmp_path), "--errors", "statements", "--heldout-errors"]) == 0
    assert any(line.startswith('heldout "fn"') for line in capsys.readouterr().out.splitlines())


def test_cross_pairs_are_scored_per_claim_topic_party_and_stance():
    claim = dict(article_id="a", speaker_country="UKR", stance="claim", topics=["drones"], accused=["IRN"],
                 text_contains="أرسلت إيران مسيرات")
    d1 = dict(article_id="b", speaker_country="IRN", stance="denial", topics=["drones"], text_contains="لم نرسل")
    d2 = dict(article_id="c", speaker_country="IRN", stance="denial", topics=["drones"], text_contains="ننفي")
    docs = [dict(article_id="a", statements=[claim], claim_responses=[]),
            dict(article_id="b", statements=[d1], claim_responses=[]),
            dict(article_id="c", statements=[d2], claim_responses=[])]
    groups = ev.derive_cross_groups(docs)
    assert [(g["party"], g["response_stance"], sorted(g["responses"])) for g in groups] == [
        ("IRN", "denial", [("b", "لم نرسل"), ("c", "ننفي")])]

    def pair(resp_article, resp_text):
        return dict(topic="drones", claim_article="a", claim_text="قالت كييف إن أرسلت إيران مسيرات",
                    claim_sentence="", response_article=resp_article, response_text=resp_text,
                    response_sentence="", headline=False, response_stance="denial")

    # one of the two denials listed: the group is found; the other one too: absorbed
    for system in ([pair("c", "قال إننا ننفي")], [pair("b", "لم نرسل شيئاً"), pair("c", "ننفي ذلك")]):
        c = ev.score_claim_responses(docs, system)["claim_responses.cross"]
        assert (c.tp, c.fp, c.fn) == (1, 0, 0)
    c = ev.score_claim_responses(docs, [pair("c", "رحب بالاتفاق")])["claim_responses.cross"]
    assert (c.tp, c.fp, c.fn) == (0, 1, 1)


def test_agreement_script_scores_an_annotation_against_itself_as_perfect(tmp_path):
    """scripts/agreement.py: a second annotation identical to the first agrees fully
    (its statements located in the sentences ingest found, its pairs rebuilt)."""
    import importlib.util
    import shutil

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("agreement", root / "scripts" / "agreement.py")
    agreement = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(agreement)
    stem = "h23_cohen_kyiv_drones_jets_2023"
    first = tmp_path / "first"
    (first / "articles").mkdir(parents=True)
    (first / "annotations").mkdir()
    shutil.copy(root / "tests" / "dev" / "articles" / f"{stem}.txt", first / "articles")
    shutil.copy(root / "tests" / "dev" / "annotations" / f"{stem}.yaml", first / "annotations")
    result = agreement.agreement(first, first / "annotations")
    same = result["second vs first"]
    for row in ("statements", "statements.any", "claim_responses", "timexes"):
        assert (same[row].fp, same[row].fn) == (0, 0), row
    assert same["statements"].tp == 6  # the article's required drone/missile statements
