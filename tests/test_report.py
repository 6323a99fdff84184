"""`dossier report`: run folders, parameters, HTML briefings (escaped,
right-to-left, offline), reproducibility, failures that do not stop the run."""

from __future__ import annotations

import datetime as dt
import filecmp
import re
import shutil
from pathlib import Path

import pytest

from dossier import report
from dossier.cli import UsageError, main
from dossier.paths import CORPUS_DIR
from test_notebooks import shared_report

XSS_ARTICLE = """<script>alert(1)</script> روسيا تزود <img src=x onerror=alert(1)> بصواريخ

موسكو - قال وزير الخارجية الروسي سيرغي لافروف <script>alert(1)</script> إن روسيا وإيران ستوقعان اتفاقية.

وأضاف أن <img src=x onerror=alert(1)> الطائرات المسيرة الإيرانية لم تستخدم في أوكرانيا.
"""


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    return shared_report(tmp_path_factory)


# ---------------------------------------------------------------------------
# fast unit tests


def test_parse_value_types():
    assert report.parse_value("min_mentions", "3", "int") == 3
    assert report.parse_value("actors", '["RUS", "IRN"]', "list") == ["RUS", "IRN"]
    assert report.parse_value("actors", "[RUS, IRN]", "list") == ["RUS", "IRN"]
    assert report.parse_value("actors", "RUS,IRN", "list") == ["RUS", "IRN"]
    assert report.parse_value("actors", "RUS", "list") == ["RUS"]
    assert report.parse_value("actors", "", "list") == []
    assert report.parse_value("date_from", "2022", "str") == "2022"
    assert report.parse_value("flag", "yes", "bool") is True
    with pytest.raises(report.ReportError, match="expects an integer"):
        report.parse_value("min_mentions", "three", "int")


def test_resolve_params_routes_to_declaring_notebooks():
    specs = report.list_notebooks()
    per_nb = report.resolve_params(specs, {"actors": "RUS,IRN", "min_mentions": "2"})
    assert per_nb["01_actor_analysis"] == {"actors": ["RUS", "IRN"], "min_mentions": 2}
    assert per_nb["02_chronology"] == {"actors": ["RUS", "IRN"]}
    assert per_nb["00_corpus_overview"] == {}
    with pytest.raises(report.ReportError, match=r"^unknown parameter 'colour' \(known: .*actors"):
        report.resolve_params(specs, {"colour": "red"})
    with pytest.raises(report.ReportError, match="set by the report itself"):
        report.resolve_params(specs, {"tables_dir": "/tmp"})


def test_unknown_parameter_is_a_one_line_cli_error(tmp_path, capsys):
    rc = main(["report", str(CORPUS_DIR), "--out", str(tmp_path / "out"), "-p", "colour", "red"])
    err = capsys.readouterr().err
    assert rc == 2
    assert err.startswith("dossier: error: unknown parameter 'colour'") and err.count("\n") == 1
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_new_run_dir_never_reuses(tmp_path):
    when = dt.datetime(2026, 11, 22, 10, 30, 0, tzinfo=dt.UTC)
    a = report.new_run_dir(tmp_path, when)
    b = report.new_run_dir(tmp_path, when)
    c = report.new_run_dir(tmp_path, when)
    assert [a.name, b.name, c.name] == ["2026-11-22T10-30-00Z", "2026-11-22T10-30-00Z-2", "2026-11-22T10-30-00Z-3"]
    report.point_latest(tmp_path, b)
    report.point_latest(tmp_path, c)
    assert (tmp_path / "latest").resolve() == c.resolve()
    assert (tmp_path / "latest.txt").read_text().strip() == c.name


def test_make_offline_strips_scripts_and_cdn_links():
    page = ('<head><script src="https://cdn.example/require.js"></script>'
            '<link rel="stylesheet" href="https://cdn.example/x.css"><script>var a=1;</script>'
            '<link rel="icon" href="data:,"></head><body>&lt;script&gt;</body>')
    out = report.make_offline(page)
    assert "<script" not in out and "cdn.example" not in out
    assert '<link rel="icon" href="data:,">' in out and "&lt;script&gt;" in out


def test_one_line():
    assert report.one_line("\x1b[31mValueError\x1b[0m: bad\n  value") == "ValueError: bad value"


# ---------------------------------------------------------------------------
# end to end


def _briefing_html(run_dir: Path) -> list[Path]:
    return sorted(p for p in run_dir.glob("*.html") if p.name != "index.html")


@pytest.mark.slow
def test_report_produces_index_and_four_briefings(bundled):
    assert bundled["rc"] == 0
    run_dir = bundled["run_dir"]
    assert [p.name for p in _briefing_html(run_dir)] == [
        "00_corpus_overview.html", "01_actor_analysis.html", "02_chronology.html", "03_claims_vs_denials.html"]
    assert sorted(p.name for p in (run_dir / "notebooks").glob("*.ipynb")) == [
        "00_corpus_overview.ipynb", "01_actor_analysis.ipynb", "02_chronology.ipynb", "03_claims_vs_denials.ipynb"]
    assert (run_dir / "tables" / "articles.csv").is_file()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ(-\d+)?", run_dir.name)
    assert (bundled["out"] / "latest").resolve() == run_dir.resolve()
    index = (run_dir / "index.html").read_text(encoding="utf-8")
    for needle in ('href="00_corpus_overview.html"', 'href="03_claims_vs_denials.html"', "sha256",
                   "000_4548bd75fe7d987f.txt", "pandas", "matplotlib", "papermill", "All 4 briefings produced"):
        assert needle in index
    facts = report.briefing_facts(run_dir)
    assert facts["corpus"]["articles"] == 5
    corpus_files = [f for f in facts["inputs"] if f["group"] == "corpus"]
    assert {f["file"] for f in corpus_files} >= {p.name for p in CORPUS_DIR.iterdir() if p.is_file()}
    assert all(re.fullmatch(r"[0-9a-f]{64}", f["sha256"]) for f in facts["inputs"])


@pytest.mark.slow
def test_briefings_are_self_contained_and_rtl(bundled):
    for path in _briefing_html(bundled["run_dir"]) + [bundled["run_dir"] / "index.html"]:
        page = path.read_text(encoding="utf-8")
        assert "<script" not in page, path.name
        assert not re.search(r"<(?:link|img|iframe)\b[^>]*(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page), path.name
        assert '<meta charset="utf-8"' in page
        assert 'dir="rtl" lang="ar"' in page
        assert "Noto Naskh Arabic" in page and "unicode-bidi: plaintext" in page and "@media print" in page
        if path.name != "index.html":
            assert "data:image/png;base64," in page, path.name
            assert "views.load_tables" not in page and "import " not in page  # code hidden


@pytest.mark.slow
def test_second_run_new_folder_identical_tables_and_briefings(bundled):
    first = bundled["run_dir"]
    rc = report.run_report(bundled["corpus"], bundled["out"], {}, jobs=None)
    assert rc == 0
    second = bundled["out"] / (bundled["out"] / "latest.txt").read_text().strip()
    assert second != first and first.is_dir()
    tables = sorted(p.name for p in (first / "tables").glob("*.csv"))
    match, mismatch, errors = filecmp.cmpfiles(first / "tables", second / "tables", tables, shallow=False)
    assert not mismatch and not errors and len(match) == len(tables) >= 10
    for a in _briefing_html(first):
        b = second / a.name
        norm_a = a.read_text(encoding="utf-8").replace(first.name, "RUN")
        norm_b = b.read_text(encoding="utf-8").replace(second.name, "RUN")
        assert norm_a == norm_b, f"{a.name} differs between runs"


@pytest.mark.slow
def test_hostile_article_and_failing_parameter(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, corpus)
    (corpus / "999_hostile.txt").write_text(XSS_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    rc = report.run_report(corpus, out, {"actors": '["no_such_actor"]'}, jobs=None)
    assert rc == 1
    run_dir = out / (out / "latest.txt").read_text().strip()
    facts = report.briefing_facts(run_dir)
    status = {b["notebook"]: b for b in facts["briefings"]}
    assert status["00_corpus_overview"]["status"] == "ok"
    assert status["03_claims_vs_denials"]["status"] == "ok"
    for name in ("01_actor_analysis", "02_chronology"):
        assert status[name]["status"] == "failed"
        assert "ParameterError" in status[name]["error"] and "no_such_actor" in status[name]["error"]
        assert "\n" not in status[name]["error"]
    index = (run_dir / "index.html").read_text(encoding="utf-8")
    assert "2 of 4 briefings failed" in index and "no_such_actor" in index
    assert (run_dir / "00_corpus_overview.html").is_file() and (run_dir / "03_claims_vs_denials.html").is_file()
    overview = (run_dir / "00_corpus_overview.html").read_text(encoding="utf-8")
    assert "999_hostile" in overview and "&lt;script&gt;alert(1)&lt;/script&gt;" in overview
    for path in run_dir.glob("*.html"):
        page = path.read_text(encoding="utf-8")
        assert "<script>alert(1)" not in page and "<script" not in page, path.name
        assert not re.search(r"<img\b[^>]*onerror", page, re.I), path.name
    # the executed notebooks hold the escaped text too (not only the exported HTML)
    executed = (run_dir / "notebooks" / "00_corpus_overview.ipynb").read_text(encoding="utf-8")
    assert "<img src=x onerror" not in executed and "<script>alert(1)" not in executed


def test_cli_rejects_bad_jobs(tmp_path):
    with pytest.raises(UsageError, match="--jobs"):
        report.run_report(CORPUS_DIR, tmp_path, {}, jobs=0)
