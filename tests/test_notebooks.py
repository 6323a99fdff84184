"""The notebooks: committed clean, parameterised, and executing under papermill
on the bundled corpus (through one shared report run, which executes every
notebook with papermill in parallel, to keep the suite fast)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import pytest

from dossier.paths import CORPUS_DIR, ROOT_DIR

NOTEBOOKS = sorted((ROOT_DIR / "notebooks").glob("[0-9][0-9]_*.ipynb"))
NAMES = [p.stem for p in NOTEBOOKS]
EXPECTED = ["00_corpus_overview", "01_actor_analysis", "02_chronology", "03_claims_vs_denials"]

_RUNS: dict[str, dict] = {}


def shared_report(tmp_path_factory) -> dict:
    """One `run_report` on a copy of the bundled corpus, shared by this module
    and test_report.py (computed once per session)."""
    if "bundled" not in _RUNS:
        from dossier.report import run_report

        root = tmp_path_factory.mktemp("bundled")
        corpus = root / "corpus"
        shutil.copytree(CORPUS_DIR, corpus)
        out = root / "outputs"
        rc = run_report(corpus, out, {}, jobs=None)
        run_dir = out / (out / "latest.txt").read_text(encoding="utf-8").strip()
        _RUNS["bundled"] = {"rc": rc, "corpus": corpus, "out": out, "run_dir": run_dir}
    return _RUNS["bundled"]


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    return shared_report(tmp_path_factory)


def test_the_four_notebooks_exist():
    assert NAMES == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_committed_without_outputs(path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    for cell in raw["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [], f"{path.name}: a code cell has outputs"
            assert cell.get("execution_count") is None, f"{path.name}: a code cell has an execution count"
    nbformat.validate(nbformat.reads(path.read_text(encoding="utf-8"), as_version=4))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_parameters_cell(path):
    import papermill as pm

    nb = nbformat.read(str(path), as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    params = pm.inspect_notebook(str(path))
    assert {"tables_dir", "corpus"} <= set(params)
    for name, rec in params.items():
        assert rec["inferred_type_name"] != "None", f"{path.name}: parameter {name} has no declared type"
    # the validation call comes right after the parameters (before any table or plot)
    after = nb.cells[nb.cells.index(tagged[0]) + 1].source
    assert "views.validate_" in after


def test_declared_parameters():
    import papermill as pm

    declared = {p.stem: set(pm.inspect_notebook(str(p))) - {"tables_dir", "corpus", "max_rows"} for p in NOTEBOOKS}
    assert all(pm.inspect_notebook(str(p))["max_rows"]["default"] == "100" for p in NOTEBOOKS)
    assert declared == {
        "00_corpus_overview": set(),
        "01_actor_analysis": {"actors", "countries", "min_mentions"},
        "02_chronology": {"date_from", "date_to", "actors", "event_types", "lanes"},
        "03_claims_vs_denials": {"topics", "parties"},
    }
    topics = pm.inspect_notebook(str(ROOT_DIR / "notebooks" / "03_claims_vs_denials.ipynb"))["topics"]
    assert json.loads(topics["default"]) == ["drones", "missiles"]


def test_arabic_prose_is_marked_rtl():
    for path in NOTEBOOKS:
        nb = nbformat.read(str(path), as_version=4)
        arabic = [c.source for c in nb.cells if c.cell_type == "markdown"
                  and any("\u0600" <= ch <= "\u06ff" for ch in c.source)]
        assert arabic, path.name
        for src in arabic:
            assert src.startswith('<div dir="rtl" lang="ar">'), f"{path.name}: {src[:40]!r}"


@pytest.mark.slow
@pytest.mark.parametrize("name", EXPECTED)
def test_notebook_executes_under_papermill(bundled, name):
    executed = bundled["run_dir"] / "notebooks" / f"{name}.ipynb"
    nb = nbformat.read(str(executed), as_version=4)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    assert not errors, errors[:1]
    # a briefing is read by analysts: no warnings or stderr noise in it (e.g. a missing font)
    noise = [o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
             if o.get("output_type") == "stream" and o.get("name") == "stderr"]
    assert not noise, noise[:1]
    assert nb.metadata["papermill"]["parameters"]["tables_dir"].endswith("tables")
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    html_out = "".join(o.get("data", {}).get("text/html", "") if isinstance(o.get("data", {}).get("text/html", ""),
                                                                               str)
                       else "".join(o["data"]["text/html"]) for o in outputs)
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert images, f"{name}: no figure"
    assert "dossier-table" in html_out or "dossier-cards" in html_out


@pytest.mark.slow
def test_notebook_contents(bundled):
    def text_of(name):
        return (bundled["run_dir"] / f"{name}.html").read_text(encoding="utf-8")

    overview = text_of("00_corpus_overview")
    for aid in ("000_4548bd75fe7d987f", "003_91e72526449f324a", "004_25339940bd5d8780"):
        assert aid in overview
    assert "دون خسارة السعوديين" in overview  # a headline, as text
    assert "trust" in overview or "Scores unavailable" in overview
    actors = text_of("01_actor_analysis")
    assert "نيكولاي باتروشيف" in actors and "روسيا" in actors
    chron = text_of("02_chronology")
    assert "2022-11-09" in chron or "2022-11-10" in chron
    claims = text_of("03_claims_vs_denials")
    assert "dossier-card" in claims and "المصدر: المقال" in claims


@pytest.mark.slow
def test_validation_fails_at_once(tmp_path):
    """An unknown actor stops notebook 01 in its validation cell with one clear line."""
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    from dossier import load_corpus

    tables = tmp_path / "tables"
    load_corpus(CORPUS_DIR).write_csv(tables)
    with pytest.raises(PapermillExecutionError) as err:
        pm.execute_notebook(str(ROOT_DIR / "notebooks" / "01_actor_analysis.ipynb"), str(tmp_path / "out.ipynb"),
                            parameters={"tables_dir": str(tables), "actors": ["vladimir_putinn"]},
                            kernel_name="python3", progress_bar=False, cwd=str(tmp_path))
    assert err.value.ename == "ParameterError"
    assert "unknown actor id 'vladimir_putinn'" in err.value.evalue
    assert "did you mean vladimir_putin" in err.value.evalue
    nb = nbformat.read(str(tmp_path / "out.ipynb"), as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    failed = [i for i, c in enumerate(code) if any(o.get("output_type") == "error" for o in c.get("outputs", []))]
    params_idx = next(i for i, c in enumerate(code) if "injected-parameters" in c.metadata.get("tags", []))
    assert failed == [params_idx + 1]  # the first code cell after the parameters


def test_notebook_folder_is_tidy():
    assert not list((ROOT_DIR / "notebooks").glob(".ipynb_checkpoints/*.ipynb"))
    assert Path(CORPUS_DIR).is_dir()
