"""`dossier extract` end to end: tables written, exit codes, one-line errors."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys

from dossier.cli import main
from dossier.paths import CORPUS_DIR
from dossier.tables import COLUMNS


def test_extract_writes_every_table(tmp_path, capsys, monkeypatch):
    # an empty cache of its own: with the user's cache the line says "5 from cache"
    # whenever an earlier run (this test's included) already stored these articles
    monkeypatch.setenv("DOSSIER_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "tables"
    assert main(["extract", "--out", str(out)]) == 0
    for table, columns in COLUMNS.items():
        with (out / f"{table}.csv").open(encoding="utf-8") as fh:
            header = next(csv.reader(fh))
        assert header[: len(columns)] == columns, table
    with (out / "articles.csv").open(encoding="utf-8") as fh:
        rows = {r["article_id"]: r for r in csv.DictReader(fh)}
    assert sorted(rows) == sorted(p.stem for p in CORPUS_DIR.glob("*.txt"))
    assert rows["003_91e72526449f324a"]["published"] == "2022-11-10"
    assert rows["003_91e72526449f324a"]["published_source"] == "text"
    assert rows["004_25339940bd5d8780"]["published"] == "2024-04-30"
    assert capsys.readouterr().out.startswith("5 articles (5 ok, 0 not ok")  # ", 5 from cache" when cached


def test_extract_missing_corpus_is_one_line_error(tmp_path, capsys):
    code = main(["extract", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err == f"dossier: error: corpus folder '{tmp_path / 'nope'}' does not exist"


def test_extract_out_is_a_file(tmp_path, capsys):
    target = tmp_path / "file.csv"
    target.write_text("x")
    assert main(["extract", "--out", str(target)]) == 2
    assert capsys.readouterr().err.strip() == f"dossier: error: output path '{target}' is a file, not a folder"


def test_extract_refuses_to_write_inside_corpus(tmp_path, capsys):
    corpus = tmp_path / "c"
    shutil.copytree(CORPUS_DIR, corpus)
    assert main(["extract", str(corpus), "--out", str(corpus / "tables")]) == 2
    assert "inside the corpus folder" in capsys.readouterr().err
    assert not (corpus / "tables").exists()


def test_extract_with_bad_file_exits_zero(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(CORPUS_DIR / "003_91e72526449f324a.txt", corpus)
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    out = tmp_path / "o"
    proc = subprocess.run([sys.executable, "-m", "dossier", "extract", str(corpus), "--out", str(out)],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "broken: binary" in proc.stderr
    with (out / "articles.csv").open(encoding="utf-8") as fh:
        statuses = {r["article_id"]: r["status"] for r in csv.DictReader(fh)}
    assert statuses == {"003_91e72526449f324a": "ok", "broken": "binary"}


def test_missing_subcommand_is_usage_error():
    proc = subprocess.run([sys.executable, "-m", "dossier"], capture_output=True, text=True, check=False)
    assert proc.returncode == 2
