"""Actor registry, mention linking and candidates, on real Arabic text."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.actors import Registry, RegistryError, aggregate_candidates
from dossier.paths import CORPUS_DIR, REGISTRY_DIR


@pytest.fixture(scope="module")
def reg() -> Registry:
    return Registry.load()


def link(reg: Registry, text: str) -> list[tuple]:
    return [(m["surface"], m["actor_id"], m["form"]) for m in reg.link_article("t", [text])]


def ids(reg: Registry, text: str) -> list[str]:
    return [m["actor_id"] for m in reg.link_article("t", [text])]


def seed_paragraphs(stem_prefix: str) -> tuple[str, list[str]]:
    path = next(CORPUS_DIR.glob(f"{stem_prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    return path.stem, [p.strip() for p in text.split("\n") if p.strip()]


# ---------------------------------------------------------------- registry
def test_registry_coverage(reg):
    counts = reg.counts()
    assert counts["person"] >= 170
    assert counts["country"] >= 193
    assert counts["organization"] >= 100
    assert counts["place"] >= 150
    for key in ("nikolai_patrushev", "sergei_shoigu", "ali_shamkhani", "ali_akbar_ahmadian",
                "dmitry_peskov", "maria_zakharova", "nasser_kanaani", "esmaeil_baghaei",
                "john_kirby", "matthew_miller", "alexander_bortnikov", "sergey_naryshkin",
                "valery_gerasimov", "viktor_zolotov", "ahmad_reza_radan", "kyrylo_budanov",
                "hossein_salami", "mohammad_bagheri", "amir_ali_hajizadeh", "esmail_qaani",
                "irgc", "quds_force", "basij", "faraja", "fsb", "svr", "gru", "rosgvardia",
                "mossad", "cia", "centcom", "sco", "brics", "nato", "eu", "csto", "opec_plus",
                "un", "unsc", "iaea", "wagner", "isis", "isis_k", "houthis", "hezbollah",
                "hamas", "tass", "ria_novosti", "irna", "tasnim", "fars_news", "reuters", "wsj",
                "independent_persian", "kremlin", "white_house", "pentagon", "RUS", "IRN", "OMN",
                "amman", "moscow", "tehran", "crimea", "gaza", "natanz", "region_west"):
        assert reg.get(key) is not None, key


def test_roles_and_tenures(reg):
    pat = reg.get("nikolai_patrushev")
    sec = [r for r in pat.roles if r["title_en"].startswith("Secretary of the Security Council")]
    assert (sec[0]["from"], sec[0]["to"]) == ("2008-05-12", "2024-05-14")
    raisi = reg.get("ebrahim_raisi").roles[0]
    assert (raisi["from"], raisi["to"]) == ("2021-08-03", "2024-05-19")
    shoigu_now = reg.roles_at("sergei_shoigu", "2025-01-01")
    assert [r["title_en"] for r in shoigu_now] == ["Secretary of the Security Council of Russia"]
    assert reg.roles_at("sergei_shoigu", "2023-01-01")[0]["title_en"] == "Minister of Defence of Russia"
    assert reg.get("vladimir_putin").wikidata == "Q7747"


def test_regions_are_not_countries(reg):
    for rid in ("region_west", "region_europe", "region_gulf", "region_middle_east"):
        a = reg.get(rid)
        assert a.kind == "place" and a.country == ""
    assert reg.get("kremlin").metonym_of == "RUS"
    assert reg.get("state_department").metonym_of == ""      # a ministry, not a metonym
    assert reg.get("moscow").capital_of == "RUS"


def test_actors_records(reg):
    rows = {r["actor_id"]: r for r in reg.actors_records()}
    row = rows["nikolai_patrushev"]
    assert list(row)[:5] == ["actor_id", "name_ar", "name_en", "kind", "country"]
    assert row["kind"] == "person" and row["country"] == "RUS"
    assert "باتروشف" in row["aliases"].split(";")
    assert "Secretary of the Security Council of Russia (2008-05-12..2024-05-14)" in row["roles"]
    assert rows["un"]["country"] == ""
    # outlets and think tanks are marked, so that what they report accuses no one of theirs
    assert (reg.actors["reuters"].sector, reg.actors["iiss"].sector, reg.actors["GBR"].sector) == (
        "media", "research", "")


@pytest.mark.parametrize("text, error", [
    ("- {id: RUS, kind: country, name_ar: روسيا2, country: RUS}\n", "duplicate id 'RUS'"),
    ("- {id: x_1, kind: thing, name_ar: شيء}\n", "unknown kind 'thing'"),
    ("- {id: x_2, kind: organization, name_ar: شيء, country: RU}\n", "bad ISO3 country 'RU'"),
    ("- {id: x_3, kind: place, name_ar: شيء, country: RUS, capital_of: Russia}\n",
     "bad ISO3 capital_of"),
    ("id: x\n", "expected a YAML list"),
    ("- {kind: person, name_ar: شيء}\n", "missing id"),
    ("- {id: x_4, kind: organization, name_ar: شيء, sector: press}\n", "unknown sector 'press'"),
])
def test_validation_errors_are_one_line(tmp_path, text, error):
    extra = tmp_path / "mine.yaml"
    extra.write_text(text, encoding="utf-8")
    with pytest.raises(RegistryError) as exc:
        Registry.from_files(sorted(REGISTRY_DIR.glob("*.yaml")) + [extra])
    msg = str(exc.value)
    assert error in msg and "\n" not in msg


def test_extra_registry_file_is_linked(tmp_path):
    extra = tmp_path / "analyst.yaml"
    extra.write_text("- {id: anton_tkachev, kind: person, name_en: Anton Tkachev, "
                     "name_ar: أنطون تكاتشيف, country: RUS, names: [أنطون تكاتشيف, تكاتشيف]}\n",
                     encoding="utf-8")
    reg2 = Registry.load([extra])
    assert Registry.load([extra]) is reg2                      # cached
    assert ids(reg2, "وأكد تكاتشيف ذلك") == ["anton_tkachev"]
    assert Registry.load().get("anton_tkachev") is None


def test_registry_index_cache_is_used_and_keyed_by_the_files(tmp_path, monkeypatch):
    """The parsed registry and the matcher's keys are stored on disk; a second
    load reads them (no YAML, no parsing) and links exactly the same; an edited
    registry file is a different cache entry."""
    from dossier import actors as actors_mod
    from dossier.actors import registry_files

    monkeypatch.setenv("DOSSIER_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("DOSSIER_NO_INDEX_CACHE", raising=False)
    files = registry_files()
    text = "وقال لافروف لروسيا وبوتين بموسكو وللكرملين والروسية فالإيرانيون في عمان"
    built = Registry.from_files(files)
    stored = list((tmp_path / "cache").glob("registry-*.pickle"))
    assert len(stored) == 1

    def no_parsing(*a, **k):
        raise AssertionError("the registry was parsed again")

    monkeypatch.setattr(actors_mod, "_parse_entry", no_parsing)
    again = Registry.from_files(files)
    assert again.fingerprint == built.fingerprint
    assert again.link_article("t", [text]) == built.link_article("t", [text])
    assert again.actors_records() == built.actors_records()
    monkeypatch.undo()

    monkeypatch.setenv("DOSSIER_CACHE", str(tmp_path / "cache"))
    extra = tmp_path / "analyst.yaml"
    extra.write_text("- {id: anton_tkachev, kind: person, name_en: Anton Tkachev, "
                     "name_ar: أنطون تكاتشيف, country: RUS, names: [أنطون تكاتشيف]}\n",
                     encoding="utf-8")
    with_extra = Registry.from_files([*files, extra])
    assert len(list((tmp_path / "cache").glob("registry-*.pickle"))) == 2
    assert ids(with_extra, "وأكد أنطون تكاتشيف ذلك") == ["anton_tkachev"]
    extra.write_text(extra.read_text(encoding="utf-8").replace(
        "names: [أنطون تكاتشيف]", "names: [أنطون تكاتشيف, تكاتشيف]"), encoding="utf-8")
    edited = Registry.from_files([*files, extra])
    assert ids(edited, "وأكد تكاتشيف ذلك") == ["anton_tkachev"]
    assert edited.fingerprint != with_extra.fingerprint


def test_unusable_index_cache_folder_is_ignored(tmp_path, monkeypatch):
    from dossier.actors import registry_files

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("DOSSIER_CACHE", str(blocker / "cache"))
    reg2 = Registry.from_files(registry_files())
    assert ids(reg2, "وقال لافروف") == ["sergey_lavrov"]


# ----------------------------------------------------------------- linking
def test_clitic_forms(reg):
    got = link(reg, "وقال لافروف لروسيا وبوتين بموسكو وللكرملين والروسية فالإيرانيون وبالأمريكيين كالروس")
    assert got == [
        ("لافروف", "sergey_lavrov", "name"), ("روسيا", "RUS", "name"),
        ("بوتين", "vladimir_putin", "name"), ("موسكو", "moscow", "capital"),
        ("للكرملين", "kremlin", "metonym"), ("الروسية", "RUS", "adjective"),
        ("الإيرانيون", "IRN", "adjective"), ("الأمريكيين", "USA", "adjective"),
        ("الروس", "RUS", "adjective"),
    ]


def test_offsets_are_original_offsets(reg):
    text = "قال الرئيسُ الروسيُّ فلاديميرُ بوتين في موسكو."
    for m in reg.link_article("t", [text]):
        assert text[m["start"]:m["end"]] == m["surface"]
    # trailing diacritics stay outside the span (normalize.Folded.span)
    assert [m["surface"] for m in reg.link_article("t", [text])] == [
        "الروسي", "فلاديميرُ بوتين", "موسكو"]


@pytest.mark.parametrize("text, actor", [
    ("قال نيكولاي باتروشيف", "nikolai_patrushev"),
    ("قال نيكولاي باتروشف", "nikolai_patrushev"),
    ("قال سيرغي لافروف", "sergey_lavrov"),
    ("قال سيرجي لافروف", "sergey_lavrov"),
    ("قال حسين أمير عبداللهيان", "hossein_amir_abdollahian"),
    ("قال أمير عبد اللهيان", "hossein_amir_abdollahian"),
    ("قال سيرغي شويغو", "sergei_shoigu"),
    ("قال سيرجي شويجو", "sergei_shoigu"),
    ("قال ميخائيل بوجدانوف", "mikhail_bogdanov"),
    ("قال ميخائيل بوغدانوف", "mikhail_bogdanov"),
    ("قال فاليري جيراسيموف", "valery_gerasimov"),
    ("قال إسماعيل قاآني", "esmail_qaani"),
    ("قالت ماريا زاخاروفا", "maria_zakharova"),
    ("قال عباس عراقجي", "abbas_araghchi"),
    ("قال فولوديمير زيلينسكي", "volodymyr_zelensky"),
    ("قال ينس ستولتنبرج", "jens_stoltenberg"),
])
def test_spelling_variants(reg, text, actor):
    assert ids(reg, text) == [actor]


def test_adjectives_of_all_forms(reg):
    text = "وفود روسية وروسيون وروسيات والروسيتين وجنود روس والروسيان والإيرانيتان وإيرانيين"
    got = link(reg, text)
    assert [g[0] for g in got] == ["روسية", "روسيون", "روسيات", "الروسيتين", "روس", "الروسيان",
                                   "الإيرانيتان", "إيرانيين"]
    assert [g[1] for g in got] == ["RUS"] * 6 + ["IRN"] * 2
    assert {g[2] for g in got} == {"adjective"}


def test_indefinite_accusative_adjectives(reg):
    # "مسؤولاً حكومياً طاجيكياً": the tanwin form, as a reader selects the word (the
    # trailing diacritic stays outside the span, like every match)
    got = link(reg, "قال مسؤولاً حكومياً طاجيكياً إن دعماً إيرانياً لم يصل")
    assert [(g[0], g[1], g[2]) for g in got] == [("طاجيكيا", "TJK", "adjective"),
                                                 ("إيرانيا", "IRN", "adjective")]


def test_title_adjectives(reg):
    got = link(reg, "قال وزير الخارجية الروسي إن نظيره الإيراني والوفد الصيني اتفقوا")
    assert got == [("الروسي", "RUS", "title_adjective"), ("الإيراني", "IRN", "title_adjective"),
                   ("الصيني", "CHN", "adjective")]
    # longest match: an organisation's name swallows its adjective (its country is RUS)
    ms = reg.link_article("t", ["انعقد مجلس الأمن القومي الروسي في موسكو"])
    assert [(m["surface"], m["actor_id"], m["country"]) for m in ms] == [
        ("مجلس الأمن القومي الروسي", "rus_security_council", "RUS"), ("موسكو", "moscow", "RUS")]
    # …but a title's adjective outside any organisation name is a country mention
    assert link(reg, "قال أمين عام مجلس الأمن في روسيا") == [
        ("مجلس الأمن في روسيا", "rus_security_council", "name")]


def test_capitals_metonyms_and_places(reg):
    got = link(reg, "أعلن البيت الأبيض والبنتاغون ووزارة الخارجية الأمريكية أن الكرملين "
                    "تجاهل تحذيرات واشنطن بشأن القرم وأصفهان وسان بطرسبرغ")
    assert got == [
        ("البيت الأبيض", "white_house", "metonym"), ("البنتاغون", "pentagon", "metonym"),
        ("وزارة الخارجية الأمريكية", "state_department", "name"),
        ("الكرملين", "kremlin", "metonym"),
        ("واشنطن", "washington", "capital"), ("القرم", "crimea", "place"),
        ("أصفهان", "isfahan", "place"), ("سان بطرسبرغ", "saint_petersburg", "place"),
    ]
    ms = {m["actor_id"]: m for m in reg.link_article("t", ["التقيا في كييف وطهران"])}
    assert (ms["kyiv"]["country"], ms["tehran"]["country"]) == ("UKR", "IRN")


def test_belarus_is_not_russia(reg):
    got = link(reg, "أدان الرئيس البيلاروسي ألكسندر لوكاشينكو العقوبات على بيلاروسيا "
                    "وروسيا البيضاء، وقال إن البيلاروسيين والروس حلفاء.")
    assert got == [
        ("البيلاروسي", "BLR", "title_adjective"),
        ("ألكسندر لوكاشينكو", "alexander_lukashenko", "name"),
        ("بيلاروسيا", "BLR", "name"), ("روسيا البيضاء", "BLR", "name"),
        ("البيلاروسيين", "BLR", "adjective"), ("الروس", "RUS", "adjective"),
    ]


@pytest.mark.parametrize("text, actor", [
    ("وصل الوزير إلى سلطنة عُمان أمس", "OMN"),
    ("وصل الوزير إلى عُمان أمس", "OMN"),                          # damma on ع
    ("وتقوم عمان بدور الوساطة بين طهران وواشنطن", "OMN"),          # undecidable: Oman
    ("وقال مسؤول في عمّان إن الطائرات لن تعبر", "amman"),         # shadda on م
    ("وأكدت الحكومة الأردنية من عمان أنها اعترضت الطائرات", "amman"),
    ("وقال مسؤول في العاصمة الأردنية عمان إن الأجواء مغلقة", "amman"),
])
def test_oman_versus_amman(reg, text, actor):
    got = [m["actor_id"] for m in reg.link_article("t", [text])
           if m["actor_id"] in ("OMN", "amman")]
    assert got == [actor]


def test_surname_after_full_name(reg):
    paras = ["استقبل الرئيس الإيراني إبراهيم رئيسي وزير الدفاع الروسي.",
             "وقال رئيسي إن العلاقات في أفضل حالاتها، وهذا هو الهدف الرئيسي."]
    ms = reg.link_article("a", paras)
    persons = [(m["para_idx"], m["surface"], m["actor_id"], m["form"]) for m in ms
               if m["kind"] == "person"]
    assert persons == [(0, "إبراهيم رئيسي", "ebrahim_raisi", "name"),
                       (1, "رئيسي", "ebrahim_raisi", "surname")]
    # without the full name first, «رئيسي» is the word "main"/"two heads of"
    assert ids(reg, "وقال رئيسي الوفدين إن المحادثات بناءة") == []
    # a title right before it is enough
    assert ids(reg, "وقال الرئيس رئيسي إن بلاده لن تتراجع") == ["ebrahim_raisi"]


def test_common_words_are_not_actors(reg):
    assert ids(reg, "وأكد المتحدث أن الأسد في حديقة الحيوان بحالة جيدة") == []
    assert ids(reg, "وقال الرئيس السوري الأسد إن بلاده صامدة") == ["SYR", "bashar_al_assad"]
    assert ids(reg, "أدى المصلون صلاة المغرب في المسجد") == []
    assert ids(reg, "وصل الوفد إلى المغرب") == ["MAR"]
    assert ids(reg, "وقال إن جده كان تاجرا في القاعدة") == []
    assert ids(reg, "وصل الوفد إلى جدة ونقلت قناة العربية عن تنظيم القاعدة") == [
        "jeddah", "al_arabiya", "al_qaeda"]
    assert ids(reg, "عبر المحيط الأطلسي إلى الوكالة الدولية للطاقة المتجددة") == []


def test_never_inside_a_longer_word(reg):
    assert ids(reg, "الروسيات البيلاروسيات والاسترالي والنمساويون") == [
        "RUS", "BLR", "AUS", "AUT"]
    assert ids(reg, "تعاون مالي وأمني") == []                     # Mali only after a cue
    assert ids(reg, "انسحبت القوات الفرنسية من مالي") == ["FRA", "MLI"]


def test_longest_match_and_tail(reg):
    got = link(reg, "قرار أوبك+ وأوبك، وهجوم داعش خراسان ثم داعش")
    assert got == [("أوبك+", "opec_plus", "name"), ("أوبك", "opec", "name"),
                   ("داعش خراسان", "isis_k", "name"), ("داعش", "isis", "name")]


# ------------------------------------------------------------- seed corpus
SEED_PERSONS = {
    "000": {"nikolai_patrushev"},
    "001": {"ali_akbar_ahmadian", "nikolai_patrushev", "vladimir_putin", "ebrahim_raisi",
            "kazem_jalali", "sergei_shoigu", "mohammad_reza_ashtiani", "jake_sullivan"},
    "002": {"ahmad_reza_radan", "viktor_zolotov", "vladimir_putin", "ebrahim_raisi",
            "nikolai_patrushev", "sergey_lavrov", "john_kirby"},
    "003": {"nikolai_patrushev", "ali_shamkhani", "kyrylo_budanov", "hossein_amir_abdollahian",
            "mikhail_bogdanov", "joe_biden", "sergey_lavrov", "vladimir_putin",
            "mohammed_bin_salman"},
    "004": {"ali_akbar_ahmadian", "nikolai_patrushev", "mohammad_reza_ashtiani"},
}


@pytest.mark.parametrize("prefix", sorted(SEED_PERSONS))
def test_seed_persons_are_linked(reg, prefix):
    aid, paras = seed_paragraphs(prefix)
    ms = reg.link_article(aid, paras)
    assert {m["actor_id"] for m in ms if m["kind"] == "person"} == SEED_PERSONS[prefix]
    for m in ms:
        assert paras[m["para_idx"]][m["start"]:m["end"]] == m["surface"]
        assert m["article_id"] == aid


def test_seed_paragraph_of_003(reg):
    _, paras = seed_paragraphs("003")
    para = next(p for p in paras if p.startswith("وبعد اجتماعهما في طهران"))
    got = [(m["start"], m["end"], m["surface"], m["actor_id"], m["form"])
           for m in reg.link_article("003", [para])]
    for start, end, surface, *_ in got:
        assert para[start:end] == surface
    assert got == [
        (18, 23, "طهران", "tehran", "capital"),
        (30, 38, "باتروشيف", "nikolai_patrushev", "name"),
        (47, 55, "الإيراني", "IRN", "title_adjective"),
        (57, 67, "علي شمخاني", "ali_shamkhani", "name"),
        (113, 119, "الغربي", "region_west", "adjective"),
        (216, 232, "وول ستريت جورنال", "wsj", "name"),
    ]


def test_seed_paragraph_of_001_people_and_titles(reg):
    _, paras = seed_paragraphs("001")
    para = next(p for p in paras if p.startswith("ووقع الاتفاقية"))
    assert link(reg, para) == [
        ("سيرغي شويغو", "sergei_shoigu", "name"), ("الإيراني", "IRN", "title_adjective"),
        ("محمد رضا آشتياني", "mohammad_reza_ashtiani", "name"),
    ]


# -------------------------------------------------------------- candidates
UNKNOWN_PEOPLE = [
    "وقال وزير الخارجية الفنلندي بيكا هافيستو إن بلاده قلقة من نقل المسيرات.",
    "وأضاف السفير النرويجي توماس لاند أن الوضع خطير، فيما التقى الفريق الأول ماتياس فيرنر "
    "نظيره الروسي.",
    "ونقلت الصحيفة عن \"إيفان بتروفسكي\"، الباحث في معهد موسكو، أن \"الأصدقاء\" لن يتخلوا عن "
    "بعضهم.",
    "وأكد ذلك أوليغ كوزنيتسوف، عضو لجنة الدفاع في مجلس الدوما.",
    "وقال بيكا هافيستو إن الأمر لم يحسم بعد، وقال المتحدث باسم الكرملين ديمتري بيسكوف إن "
    "موسكو سترد.",
    "وقال نائب رئيس البرلمان الإيراني علي نيكزاد إن المجلس سيصوت، وقال الوزير على هامش القمة إن "
    "رئيس وزراء باكستان لن يحضر، وقال شهود عيان إن الانفجار كان قويا.",
]


def test_unknown_people_become_candidates(reg):
    ms = reg.link_article("u1", UNKNOWN_PEOPLE)
    cands = reg.candidates("u1", UNKNOWN_PEOPLE, ms)
    got = [(c["para_idx"], c["surface"], c["cue"]) for c in cands]
    assert got == [
        (0, "بيكا هافيستو", "title"),
        (1, "توماس لاند", "title"),
        (1, "ماتياس فيرنر", "title"),
        (2, "إيفان بتروفسكي", "quote"),
        (3, "أوليغ كوزنيتسوف", "apposition"),
        (4, "بيكا هافيستو", "verb"),
        (5, "علي نيكزاد", "title"),          # «علي» the name, not «على» the preposition
    ]
    for c in cands:
        assert c["surface"] in c["context"] and c["article_id"] == "u1"
        para = UNKNOWN_PEOPLE[c["para_idx"]]
        assert para[c["start"]:c["end"]] == c["surface"]
    # registry people are mentions, never candidates
    assert "ديمتري بيسكوف" not in {c["surface"] for c in cands}


def test_seed_candidates(reg):
    found = {}
    for prefix in ("001", "003"):
        aid, paras = seed_paragraphs(prefix)
        found[prefix] = [c["surface"] for c in reg.candidates(aid, paras)]
    assert found["001"] == ["دوغلاس ماكغريغور", "أنطون تكاتشيف"]
    assert found["003"] == ["نيكول جراجوسكي", "جاستن برونك"]


def test_aggregate_candidates():
    recs = [
        {"surface": "بيكا هافيستو", "context": "c1", "article_id": "a", "cue": "title"},
        {"surface": "بيكا هافيستو", "context": "c2", "article_id": "b", "cue": "verb"},
        {"surface": "بيكا هافيستو", "context": "c3", "article_id": "a", "cue": "title"},
        {"surface": "جاستن برونك", "context": "c4", "article_id": "c", "cue": "quote"},
    ]
    assert aggregate_candidates(recs) == [
        {"surface": "بيكا هافيستو", "context": "c1", "article_id": "a;b", "count": 3,
         "cue": "title;verb"},
        {"surface": "جاستن برونك", "context": "c4", "article_id": "c", "count": 1,
         "cue": "quote"},
    ]


def test_empty_and_non_arabic_input(reg):
    assert reg.link_article("e", []) == []
    assert reg.link_article("e", ["", "   ", "Hello world 2024"]) == []
    assert reg.candidates("e", ["", "Hello"]) == []


def test_registry_dir_exists():
    assert Path(REGISTRY_DIR).is_dir() and list(Path(REGISTRY_DIR).glob("*.yaml"))


def test_tokens_are_the_matches_of_the_token_pattern():
    from dossier import actors
    from dossier.paths import CORPUS_DIR

    texts = [actors.fold_cached(p).text for f in sorted(CORPUS_DIR.glob("*.txt"))
             for p in f.read_text(encoding="utf-8").split("\n")]
    texts += ["", " ", "abc", " abc ", "،abc،", "a b a b", "..", "aa a aa", "1 12 1 12", " \n\nقال قال"]
    for ft in texts:
        toks = tuple((m.group(), m.start(), m.end()) for m in actors._TOKEN_RE.finditer(ft))
        assert actors._tokens.__wrapped__(ft) == (toks, tuple(t for t, _s, _e in toks))


def test_un_envoys_and_spokespeople_of_2015_2019_link():
    reg = Registry.load()
    text = ('وقال المندوب الروسي فيتالي تشوركين إن سامانثا باور ونيكي هايلي والسيناتور توم كوتون '
            'لم يقدموا دليلاً، فيما ردت مرضية أفخم وبهرام قاسمي.')
    ids = [m["actor_id"] for m in reg.link_text(text) if m["kind"] == "person"]
    assert ids == ["vitaly_churkin", "samantha_power", "nikki_haley", "tom_cotton", "marzieh_afkham", "bahram_ghasemi"]


def test_a_persons_last_name_links_after_the_full_name_without_being_listed(reg):
    ms = reg.link_article("t", ["عرض الممثل الأمريكي الخاص لشؤون إيران براين هوك مجموعة من الأسلحة.",
                                     "وقال هوك إن بلاده ستواصل الضغط، وقال كوهين إن إسرائيل لن تسمح بذلك."])
    got = [(m["surface"], m["actor_id"], m["form"]) for m in ms if m["para_idx"] == 1 and m["kind"] == "person"]
    # هوك follows the full name; كوهين (Eli Cohen) was never named in full here
    assert got == [("هوك", "brian_hook", "surname")]


def test_a_hyphen_joins_the_words_of_a_name(reg):
    assert ids(reg, 'ونقلت وكالة "إنترفاكس-كازاخستان" عن مصدر في الجمارك') == ["interfax_kazakhstan"]
    # two names joined by a hyphen stay two names
    assert ids(reg, "محور موسكو-طهران") == ["moscow", "tehran"]
