"""Ingestion: decoding, web chrome, headline, dateline, outlet, statuses."""

from __future__ import annotations

import os
import random
import shutil
import time
from pathlib import Path

import pytest

from dossier import pipeline
from dossier.ingest import read_article
from dossier.normalize import fold, fold_with_map
from dossier.paths import CORPUS_DIR

SEED = "003_91e72526449f324a"
ARABIC = (
    "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو وطهران وقعتا اتفاقية للتعاون الأمني.\n\n"
    "وأضاف أن البلدين سيواصلان التنسيق في مجال مكافحة الإرهاب.\n"
)


def seed(article_id: str) -> Path:
    return CORPUS_DIR / f"{article_id}.txt"


# ---------------------------------------------------------------- normalisation


def test_fold_unifies_spelling_variants():
    assert fold("إيران") == fold("ايران") == "ايران"
    assert fold("مسيّرة") == "مسيره"
    assert fold("روسيــا") == "روسيا"
    assert fold("٢٠٢٢/١١/١٠") == "2022/11/10"
    assert fold("۲۰۲۴") == "2024"
    assert fold("«عددا صغيرا»") == '"عددا صغيرا"'


def test_offset_map_returns_original_surface():
    text = "قالَ الرئيسُ الروسيُّ فلاديمير بوتين"
    folded = fold_with_map(text)
    start = folded.text.index("الروسي")
    s, e = folded.span(start, start + len("الروسي"))
    assert text[s:e] == "الروسي"  # trailing diacritics stay outside the span
    assert s == text.index("الروسيُّ")
    start = folded.text.index("بوتين")
    assert folded.surface(start, start + 5) == "بوتين"
    assert folded.span(start, start + 5) == (text.index("بوتين"), len(text))


# ---------------------------------------------------------------- seed articles


@pytest.mark.parametrize(
    ("article_id", "title"),
    [
        ("002_42273b95be64996e", "اتفاق أمني روسي- إيراني... قبضة مشتركة لقمع المعارضة"),
        ("003_91e72526449f324a", "دون خسارة السعوديين.. روسيا تعزز تحالفها العسكري مع إيران"),
        ("004_25339940bd5d8780", "تنسيق أمني مكثف بين إيران وروسيا لمواجهة تهديدات مشتركة"),
    ],
)
def test_seed_headlines(article_id, title):
    art = read_article(seed(article_id))
    assert art.status == "ok"
    assert art.title == title
    assert art.title_source == "headline"
    # a headline repeated on the next lines counts once
    assert title not in art.paragraphs


def test_seed_datelines():
    a003 = read_article(seed("003_91e72526449f324a"))
    assert a003.dateline == "2022/11/10"
    a004 = read_article(seed("004_25339940bd5d8780"))
    assert a004.dateline == "30 أبريل 2024"
    assert a004.dateline_time == "13:00"


@pytest.mark.parametrize("byline, dateline", [
    # Maghrebi: the time after the date
    ("نشر في 25 فيفري 2025 على الساعة 11:30", "25 فيفري 2025"),
    # Gulf outlet: publication and update on one line, each with a time and a zone
    ("نشر في: 05 سبتمبر ,2023: 07:41 م GST آخر تحديث: 06 سبتمبر ,2023: 09:12 م GST", "05 سبتمبر ,2023"),
])
def test_dateline_with_a_time_a_zone_or_an_update_stamp(tmp_path, byline, dateline):
    f = tmp_path / "article.txt"
    f.write_text("الرئيسية / دولي\n\nعنوان الخبر عن المسيرات الإيرانية\n\n" + byline + "\n\n"
                 "اتهمت كايا كالاس إيران بتغذية آلة الحرب الروسية بالطائرات المسيرة.\n", encoding="utf-8")
    art = read_article(f)
    assert art.dateline == dateline
    assert art.paragraphs[-1] == "اتهمت كايا كالاس إيران بتغذية آلة الحرب الروسية بالطائرات المسيرة."
    assert not any(":" in para or "تحديث" in para for para in art.paragraphs)


def test_dateline_time_zones_named_in_words_or_offsets():
    from dossier.ingest import _date_line, load_rules
    rules = load_rules()
    assert _date_line("تاريخ النشر: 12/03/2024 - 10:15 بتوقيت غرينتش", rules) == ("12/03/2024", "", "")
    assert _date_line("Updated: 12/03/2024 10:00 GMT+3", rules) == ("12/03/2024", "", "")


def test_dateline_prefixes_are_whole_words():
    from dossier.ingest import _date_line, load_rules

    rules = load_rules()
    # "نشرت في:" is a prefix; "فيفري" (February) and "فيينا" start with no "في"
    assert _date_line("نشرت في: 15/10/2024", rules) == ("15/10/2024", "", "")
    assert _date_line("نُشر في: الأربعاء 06 سبتمبر 2023", rules)[0] == "الأربعاء 06 سبتمبر 2023"
    assert _date_line("فيفري 2023", rules) == ("فيفري 2023", "", "")
    assert _date_line("فيينا – «عُمان» | الخميس 16 مارس 2023", rules) == (
        "الخميس 16 مارس 2023", "فيينا", "عُمان")


def test_guillemets_are_no_breadcrumb_separators(tmp_path):
    f = tmp_path / "oman.txt"
    f.write_text("الرئيسية › العالم › شؤون إقليمية\n\n"
                 "انطلاق مناورات «حزام الأمن البحري» في بحر عمان بمشاركة إيران وروسيا والصين\n\n"
                 "مسقط - «عمان» | الخميس 16 مارس 2023\n\n"
                 "انطلقت أمس الأربعاء في بحر عمان مناورات مشتركة بين إيران وروسيا والصين.\n", encoding="utf-8")
    art = read_article(f)
    assert art.title == "انطلاق مناورات «حزام الأمن البحري» في بحر عمان بمشاركة إيران وروسيا والصين"
    assert (art.dateline, art.dateline_place) == ("الخميس 16 مارس 2023", "مسقط")


def test_seed_outlets():
    assert read_article(seed("001_e506e36cceee0af4")).outlet == "صدى نيوز"
    assert read_article(seed("002_42273b95be64996e")).outlet == "اندبندنت فارسية"
    # "متابعات-" is a desk label, not an outlet
    assert read_article(seed("003_91e72526449f324a")).outlet == ""


def test_seed_boilerplate_gone_text_kept():
    a002 = read_article(seed("002_42273b95be64996e"))
    joined = "\n".join(a002.paragraphs)
    for chrome in ("Sorry, you need to enable JavaScript", "اقرأ المزيد", "Related Nodes",
                   "المزيد من متابعات", 'عن "اندبندنت فارسية"', "ملخص"):
        assert chrome not in joined
    assert a002.paragraphs[-1].startswith("كل هذا جاء ليؤكد كلمات المتحدث باسم")
    a003 = read_article(seed("003_91e72526449f324a"))
    joined = "\n".join(a003.paragraphs)
    assert "((4))" not in joined and "علاقات » روسي" not in joined and "متابعات-" not in joined
    assert a003.paragraphs[0].startswith('بدأ أمين عام مجلس الأمن الروسي "نيكولاي باتروشيف"')
    assert a003.paragraphs[-1].startswith('وكلاهما جزء من "نادٍ صغير"')
    a000 = read_article(seed("000_4548bd75fe7d987f"))
    assert a000.paragraphs[-1].startswith("وبالنظر إلى قوة وخبرة أجهزة الاستخبارات")
    assert not any(p in ("المصادر", "عرض التعليقات", "تحميل المزيد") for p in a000.paragraphs)
    a001 = read_article(seed("001_e506e36cceee0af4"))
    assert a001.paragraphs[0].startswith("حملت زيارة أمين المجلس الأعلى للأمن القومي الإيراني")


def test_seed_roles():
    a002 = read_article(seed("002_42273b95be64996e"))
    caption = "رادان وزولوتوف تبادلا الآراء حول شروط التعاون في القضايا الأمنية والعسكرية (إرنا)"
    assert a002.roles[a002.paragraphs.index(caption)] == "caption"
    assert a002.roles[a002.paragraphs.index("شنغهاي وبريكس")] == "subheading"


# ---------------------------------------------------------------- bad input


def _corpus_with(tmp_path: Path, name: str, data: bytes) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(seed(SEED), corpus / f"{SEED}.txt")
    (corpus / name).write_bytes(data)
    return corpus


def _load(corpus: Path):
    from dossier import load_corpus

    before = {p.name: p.read_bytes() for p in corpus.iterdir()}
    result = load_corpus(corpus)
    after = {p.name: p.read_bytes() for p in corpus.iterdir()}
    assert before == after, "the corpus folder must never be written"
    arts = result.articles.set_index("article_id")
    # the rest of the corpus is still processed
    assert arts.loc[SEED, "status"] == "ok"
    assert arts.loc[SEED, "published"] == "2022-11-10"
    assert (result.mentions["article_id"] == SEED).sum() > 20
    return result, arts


def test_empty_file(tmp_path):
    _, arts = _load(_corpus_with(tmp_path, "empty.txt", b""))
    assert arts.loc["empty", "status"] == "empty"
    assert arts.loc["empty", "message"] == "the file is empty"


def test_whitespace_only(tmp_path):
    _, arts = _load(_corpus_with(tmp_path, "blank.txt", b" \n\t\r\n   \n"))
    assert arts.loc["blank", "status"] == "empty"
    assert arts.loc["blank", "message"] == "only white space"


def test_random_binary(tmp_path):
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(4096))
    _, arts = _load(_corpus_with(tmp_path, "noise.bin", data))
    assert arts.loc["noise", "status"] in ("binary", "undecodable")
    assert arts.loc["noise", "message"]


def test_pdf_is_not_text(tmp_path):
    _, arts = _load(_corpus_with(tmp_path, "report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))
    assert arts.loc["report", "status"] == "not_text"
    assert "PDF" in arts.loc["report", "message"]


def test_windows_1256(tmp_path):
    result, arts = _load(_corpus_with(tmp_path, "cp.txt", ARABIC.encode("cp1256")))
    assert arts.loc["cp", "status"] == "ok"
    assert arts.loc["cp", "encoding"] == "cp1256"
    paras = result.paragraphs[result.paragraphs["article_id"] == "cp"]["text"].tolist()
    assert paras[-1] == "وأضاف أن البلدين سيواصلان التنسيق في مجال مكافحة الإرهاب."


def test_iso_8859_6(tmp_path):
    text = "وقعت روسيا وايران اتفاقية للتعاون الامني في طهران يوم الاربعاء الماضي.\n"
    _, arts = _load(_corpus_with(tmp_path, "iso.txt", text.encode("iso-8859-6")))
    assert arts.loc["iso", "status"] == "ok"
    assert arts.loc["iso", "encoding"] in ("iso-8859-6", "cp1256")


def test_utf16(tmp_path):
    result, arts = _load(_corpus_with(tmp_path, "u16.txt", ARABIC.encode("utf-16")))
    assert arts.loc["u16", "status"] == "ok"
    assert "سيرغي لافروف" in result.paragraphs.query("article_id == 'u16'")["text"].iloc[0]


def test_utf8_bom(tmp_path):
    result, arts = _load(_corpus_with(tmp_path, "bom.txt", b"\xef\xbb\xbf" + ARABIC.encode()))
    assert arts.loc["bom", "encoding"] == "utf-8-sig"
    first = result.paragraphs.query("article_id == 'bom'")["text"].iloc[0]
    assert first.startswith("قال وزير الخارجية")


def test_crlf(tmp_path):
    data = ARABIC.replace("\n", "\r\n").encode()
    result, arts = _load(_corpus_with(tmp_path, "crlf.txt", data))
    texts = result.paragraphs.query("article_id == 'crlf'")["text"].tolist()
    assert all("\r" not in t for t in texts)
    assert len(texts) == 2


def test_html_with_script_and_style(tmp_path):
    page = (
        "<!DOCTYPE html><html><head><title>موقع</title><style>p{color:red}</style>"
        "<script>var x = 'روسيا';</script></head><body><nav>الرئيسية » أخبار</nav>"
        "<h1>لقاء أمني روسي إيراني في طهران</h1>"
        "<p>التقى نيكولاي باتروشيف في طهران نظيره الإيراني علي شمخاني.</p>"
        "<script>alert('x')</script><footer>جميع الحقوق محفوظة</footer></body></html>"
    )
    result, arts = _load(_corpus_with(tmp_path, "page.html", page.encode()))
    assert arts.loc["page", "title"] == "لقاء أمني روسي إيراني في طهران"
    texts = result.paragraphs.query("article_id == 'page'")["text"].tolist()
    joined = " ".join(texts)
    assert "alert" not in joined and "color:red" not in joined and "var x" not in joined
    assert "الرئيسية" not in joined and "جميع الحقوق" not in joined
    assert "التقى نيكولاي باتروشيف في طهران نظيره الإيراني علي شمخاني." in texts


def test_nul_bytes_inside_text(tmp_path):
    data = ARABIC.encode().replace("وزير".encode(), "وز\x00ير".encode())
    result, arts = _load(_corpus_with(tmp_path, "nul.txt", data))
    assert arts.loc["nul", "status"] == "ok"
    first = result.paragraphs.query("article_id == 'nul'")["text"].iloc[0]
    assert "\x00" not in first and "وزير الخارجية" in first


def test_non_arabic_article(tmp_path):
    text = b"Russia and Iran signed a security memorandum in Tehran on Wednesday.\n\nMore text.\n"
    _, arts = _load(_corpus_with(tmp_path, "english.txt", text))
    assert arts.loc["english", "status"] == "ok"
    assert arts.loc["english", "language"] == "other"
    assert "not in Arabic" in arts.loc["english", "message"]


def test_seven_megabyte_article_takes_seconds(tmp_path):
    paragraphs = []
    for p in sorted(CORPUS_DIR.glob("*.txt")):
        paragraphs += [ln for ln in p.read_text(encoding="utf-8").split("\n") if len(ln) > 80]
    body = "\n\n".join(paragraphs)
    data = (body + "\n\n") * (7_000_000 // len(body.encode()) + 1)
    corpus = _corpus_with(tmp_path, "huge.txt", data.encode())
    assert (corpus / "huge.txt").stat().st_size > 7_000_000
    t0 = time.perf_counter()
    _, arts = _load(corpus)
    elapsed = time.perf_counter() - t0
    assert arts.loc["huge", "status"] == "ok"
    assert elapsed < 60, f"a 7 MB article took {elapsed:.1f} s"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path):
    corpus = _corpus_with(tmp_path, "locked.txt", ARABIC.encode())
    (corpus / "locked.txt").chmod(0)
    try:
        _, arts = _load(corpus)
        assert arts.loc["locked", "status"] == "unreadable"
    finally:
        (corpus / "locked.txt").chmod(0o644)


def test_language_counts_and_boilerplate_shortcuts():
    import re

    from dossier import ingest

    run = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+")

    def slow(paragraphs):
        text = " ".join(paragraphs[:50])
        arabic = sum(map(len, run.findall(text)))
        latin = sum(map(len, re.findall("[A-Za-z]+", text)))
        if arabic == 0 and latin == 0:
            return ""
        if arabic >= 4 * latin:
            return "ar"
        return "other" if arabic < latin / 4 else "mixed"

    for paras in (["abc"], ["\u0750x"], ["ﻷ abc def ghi"], ["سلام hello"], ["١٢٣ 123"], ["é ü"],
                  ["قال الوزير إن المحادثات… «مثمرة» Reuters"], []):
        assert ingest.detect_language(paras) == slow(paras)
    # ".*X.*" alternatives become searches for X; the others stay anchored
    anchored, anywhere = ingest._split_drop_lines([".*a|b.*", ".*(x|y) z.*", "z.*", r".*\\.*"])
    assert [p.pattern for p in anywhere] == ["(x|y) z"]
    assert anchored.match("qa") and anchored.match("bq") and not anchored.match("aq")
    assert ingest._required_chars(r"^[^.]{1,40}(\s*[»>›]\s*[^.]{1,40}){1,5}$") == "»>›"
    assert ingest._required_chars(r"^[^.]*$") is None
    rules = ingest.load_rules()
    for line in ("الرئيسية » أخبار » سياسة", "please enable javascript to view", "اقرأ أيضا: خبر",
                 "خبر عادي عن الاجتماع", "related content field) x"):
        f = fold(line)
        assert ingest._is_chrome(line, f, rules) == bool(rules.drop_lines.match(f)
                                                         or rules.breadcrumb.match(line))


def test_menu_bar_above_the_headline_and_counters_on_the_dateline(tmp_path):
    # "دجلة نيوز | الأخبار الدولية" is the site's menu, not the headline; the view counter
    # and font-size control share the dateline's line and do not hide its date
    text = ("دجلة نيوز | الأخبار الدولية\n\n"
            "«حرب تغريدات» بين كييف وطهران وموسكو حول محركات «جيران 3»\n\n"
            "بغداد – دجلة نيوز | 2026/2/11 | المشاهدات: 1,204 | حجم الخط: أ+ أ-\n\n"
            "اندلعت على منصة «إكس» مواجهة كلامية حادة بين وزارات خارجية أوكرانيا وإيران وروسيا.\n")
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    art = read_article(path)
    assert art.title == "«حرب تغريدات» بين كييف وطهران وموسكو حول محركات «جيران 3»"
    assert art.title_source == "headline"
    assert art.dateline == "2026/2/11"
    assert art.dateline_place == "بغداد"
    assert art.outlet == "دجلة نيوز"
    assert art.paragraphs == ["اندلعت على منصة «إكس» مواجهة كلامية حادة بين وزارات خارجية أوكرانيا وإيران وروسيا."]


def test_a_short_bar_headline_alone_stays_the_headline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("عاجل | إيران تنفي\n\nنفت إيران أن تكون قد أرسلت صواريخ إلى روسيا.\n", encoding="utf-8")
    assert read_article(path).title == "عاجل | إيران تنفي"


def test_a_dateline_that_opens_the_first_paragraph(tmp_path):
    f = tmp_path / "article.txt"
    f.write_text("أخبار الأمم المتحدة | منظور عالمي\n\nمجلس الأمن يناقش المسيرات الإيرانية في أوكرانيا\n\n"
                 "جنيف، 3 آذار/مارس 2025 — ناقش مجلس حقوق الإنسان أمس استخدام المسيرات ضد المدن.\n\n"
                 "وقال المندوب الأوكراني إن الهجمات مستمرة.\n", encoding="utf-8")
    art = read_article(f)
    assert (art.dateline, art.dateline_place) == ("3 آذار/مارس 2025", "جنيف")
    assert art.paragraphs[-2].startswith("جنيف، 3 آذار/مارس 2025 —")  # the text keeps it
    # a comma after a place and a date inside a sentence is no dateline
    f.write_text("عنوان الخبر عن المسيرات الإيرانية\n\nوقال الوزير في طهران، يوم الأحد الماضي، إن التعاون مستمر.\n",
                 encoding="utf-8")
    assert read_article(f).dateline == ""


def test_a_hijri_and_gregorian_dateline_gives_the_gregorian_date(tmp_path):
    f = tmp_path / "article.txt"
    f.write_text("قناة العالم الإخبارية\n\nمناورات بحرية مشتركة في بحر عمان\n\n"
                 "السبت 01 جمادى الأولى 1441 - 28 ديسمبر 2019 | 11:20 بتوقيت طهران\n\n"
                 "انطلقت أمس مناورات بحرية مشتركة بين إيران وروسيا والصين.\n", encoding="utf-8")
    row = pipeline.process_article(f, pipeline.load_resources())["articles"][0]
    # Umm al-Qura puts 1 Jumada al-Ula 1441 on the 27th; the Gregorian date is the outlet's own
    assert (row["published"], row["published_precision"]) == ("2019-12-28", "day")
