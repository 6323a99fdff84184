"""``dossier report``: extract once, run every notebook with papermill, export
self-contained right-to-left HTML briefings and an ``index.html``.

Layout of one run (``<out>/<UTC time>/``)::

    tables/*.csv            the corpus tables, extracted once, read by every notebook
    notebooks/*.ipynb       the executed notebooks (kept even when they fail)
    <notebook>.html         one briefing per notebook, code hidden, no network fetches
    index.html              corpus summary, briefings, parameters, versions, input hashes
    run.json                the same facts, machine-readable

``<out>/latest`` (a symlink) and ``<out>/latest.txt`` name the newest run.
A failing notebook does not stop the others; the run then returns 1.
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
import hashlib
import html
import json
import multiprocessing
import os
import platform
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from .paths import DATA_DIR, ROOT_DIR

NOTEBOOKS_DIR = ROOT_DIR / "notebooks"
KERNEL_NAME = "python3"
RESERVED = ("tables_dir", "corpus")
CELL_TIMEOUT = 600

# What each briefing holds (shown in the index); keyed by notebook stem.
DESCRIPTIONS: dict[str, tuple[str, str, str]] = {
    "00_corpus_overview": (
        "نظرة عامة على المدونة", "Corpus overview",
        "Every article with its status, headline, outlet, publication date (precision and source), "
        "paragraphs and length; outlets, dates and lengths; how far to trust each table "
        "(precision/recall on the annotated set)."),
    "01_actor_analysis": (
        "تحليل الفاعلين", "Actor analysis",
        "Mentions by actor, kind and country per article and over time; who appears with whom "
        "(same paragraph); who meets whom; quotes by actor; names not yet in the registry."),
    "02_chronology": (
        "التسلسل الزمني", "Chronology",
        "A timeline with date precision (a day is a point, a month or year a bar), lanes per country, "
        "undated articles placed by their inferred interval, and the chronology with citations."),
    "03_claims_vs_denials": (
        "الادعاءات والنفي", "Claims vs denials",
        "Who claimed, denied or admitted what (drones and missiles by default): the claims matrix, "
        "a timeline of claims and responses, and quote cards with their citation."),
}

PACKAGES = ("pandas", "numpy", "matplotlib", "papermill", "nbconvert", "nbformat", "nbclient", "ipykernel",
            "jupyter_client", "pyyaml", "hijridate", "arabic-reshaper", "python-bidi")

FONT_STACK = ('"Noto Sans", "Segoe UI", "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", Tahoma, '
              '"DejaVu Sans", sans-serif')
ARABIC_STACK = '"Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Segoe UI", Tahoma, "DejaVu Sans", sans-serif'

CSS = """
body, .jp-Notebook, .jp-RenderedHTMLCommon { font-family: @STACK@; }
[lang="ar"], [dir="rtl"] { font-family: @AR@; line-height: 1.8; }
[lang="ar"] { font-size: 1.06em; }
body { max-width: 1180px; margin: 0 auto; padding: 0 16px; color: #1b2631; }
.jp-RenderedHTMLCommon table, table.dossier-table { border-collapse: collapse; margin: 0.5em 0;
  font-size: 0.9em; table-layout: auto; }
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th, table.dossier-table td, table.dossier-table th {
  unicode-bidi: plaintext; text-align: start !important; vertical-align: top !important;
  border: 1px solid #d5d8dc !important; padding: 4px 8px !important; max-width: 34em; line-height: 1.5 !important; }
[dir="rtl"] p, [dir="rtl"] h1, [dir="rtl"] h2, [dir="rtl"] h3, [dir="rtl"] li,
.jp-RenderedHTMLCommon [dir="rtl"] p { text-align: start !important; }
table.dossier-table th { background: #eaf2f8; }
table.dossier-table td.num { text-align: end !important; font-variant-numeric: tabular-nums; }
table.dossier-table tr:nth-child(even) td { background: #fbfcfc; }
table.dossier-table caption { caption-side: top; font-weight: bold; text-align: start; padding: 4px 0; }
.dossier-table-wrap { overflow-x: auto; }
.dossier-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 12px; }
.dossier-card { margin: 0; padding: 10px 14px; border: 1px solid #d5d8dc; border-inline-start: 6px solid #7f8c8d;
  border-radius: 6px; background: #fdfefe; break-inside: avoid; }
.dossier-card blockquote, .jp-RenderedHTMLCommon .dossier-card blockquote { margin: 0 0 8px 0 !important;
  padding: 0 !important; border: none !important; font-size: 1.05em; background: none; }
.dossier-card .date, td.nowrap { white-space: nowrap; }
.dossier-card cite { font-style: normal; color: #616a6b; }
.dossier-card blockquote::before { content: "«"; } .dossier-card blockquote::after { content: "»"; }
.dossier-card figcaption { font-size: 0.88em; color: #424949; }
.dossier-card .badge { display: inline-block; padding: 0 8px; border-radius: 10px; background: #7f8c8d;
  color: white; }
.stance-claim { border-inline-start-color: #c0392b; } .stance-claim .badge { background: #c0392b; }
.stance-denial { border-inline-start-color: #2471a3; } .stance-denial .badge { background: #2471a3; }
.stance-admission { border-inline-start-color: #1e8449; } .stance-admission .badge { background: #1e8449; }
.stance-partial_admission { border-inline-start-color: #b7950b; }
.stance-partial_admission .badge { background: #b7950b; }
.dossier-note, .dossier-empty, .dossier-more { color: #616a6b; font-style: italic; }
.dossier-banner { display: flex; justify-content: space-between; gap: 1em; flex-wrap: wrap;
  border-bottom: 2px solid #2e6f9e; padding: 8px 0; margin-bottom: 8px; font-size: 0.9em; color: #34495e; }
.dossier-banner a { color: #2e6f9e; }
.jp-OutputArea-output img { max-width: 100%; height: auto; }
.status-ok { color: #1e8449; font-weight: bold; } .status-failed { color: #c0392b; font-weight: bold; }
code, .mono { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.88em; }
@media print {
  body { max-width: none; font-size: 10.5pt; }
  .dossier-banner a { color: inherit; text-decoration: none; }
  .jp-Cell, .dossier-card, figure, img, tr { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  .dossier-table-wrap { overflow: visible; }
}
""".replace("@STACK@", FONT_STACK).replace("@AR@", ARABIC_STACK)

# A template on top of nbconvert's "lab" one without any script or CDN link.
TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{% block jupyter_widgets %}{% endblock jupyter_widgets %}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block html_head_css -%}<style type="text/css">{{ resources.dossier_css }}</style>{%- endblock html_head_css -%}
{%- block body_header -%}
<body class="jp-Notebook" data-jp-theme-light="true" data-jp-theme-name="JupyterLab Light">
{{ resources.dossier_banner }}
<main>
{%- endblock body_header -%}
"""

_SCRIPT_RE = re.compile(r"<script\b[^>]*>.*?</script\s*>", re.S | re.I)
_EXTERNAL_LINK_RE = re.compile(r"<link\b[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//[^>]*>", re.I)
_ANSI_RE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class ReportError(Exception):
    """Unusable report arguments (reported in one line)."""


# ---------------------------------------------------------------------------
# parameters


@dataclass
class NotebookSpec:
    path: Path
    params: dict[str, dict] = field(default_factory=dict)  # name → papermill's inspect record

    @property
    def name(self) -> str:
        return self.path.stem


def list_notebooks(folder: Path = NOTEBOOKS_DIR) -> list[NotebookSpec]:
    import papermill as pm

    specs = []
    for path in sorted(folder.glob("[0-9][0-9]_*.ipynb")):
        specs.append(NotebookSpec(path=path, params=dict(pm.inspect_notebook(str(path)))))
    return specs


def _parse_list(raw: str) -> list:
    text = raw.strip()
    if not text:
        return []
    try:
        value = json.loads(text)
    except ValueError:
        try:
            import yaml

            value = yaml.safe_load(text)
        except Exception:
            value = None
    if isinstance(value, list):
        return value
    parts = (part.strip().strip("'\"").strip() for part in text.strip("[]").split(","))
    return [part for part in parts if part]


def parse_value(name: str, raw: str, type_name: str):
    """A ``-p NAME VALUE`` string → the notebook's declared type (int, float,
    bool, list, str); lists accept JSON (``["RUS","IRN"]``), YAML (``[RUS, IRN]``)
    or commas (``RUS,IRN``)."""
    t = (type_name or "").lower()
    if t.startswith("int"):
        try:
            return int(raw)
        except ValueError:
            raise ReportError(f"parameter '{name}' expects an integer, got {raw!r}") from None
    if t.startswith("float"):
        try:
            return float(raw)
        except ValueError:
            raise ReportError(f"parameter '{name}' expects a number, got {raw!r}") from None
    if t.startswith("bool"):
        low = raw.strip().lower()
        if low in ("1", "true", "yes", "on"):
            return True
        if low in ("0", "false", "no", "off"):
            return False
        raise ReportError(f"parameter '{name}' expects true or false, got {raw!r}")
    if t.startswith(("list", "tuple")):
        return _parse_list(raw)
    if t.startswith("str"):
        return raw
    try:  # undeclared type (e.g. None): YAML-ish
        import yaml

        return yaml.safe_load(raw)
    except Exception:
        return raw


def resolve_params(specs: list[NotebookSpec], raw: dict[str, str]) -> dict[str, dict]:
    """Per notebook, the parsed ``-p`` values for the parameters it declares.
    Unknown names raise ReportError (one line)."""
    declared: dict[str, str] = {}
    for spec in specs:
        for pname, rec in spec.params.items():
            declared.setdefault(pname, rec.get("inferred_type_name", "") or "")
    per_nb: dict[str, dict] = {spec.name: {} for spec in specs}
    for pname in sorted(raw):
        if pname in RESERVED:
            raise ReportError(f"parameter '{pname}' is set by the report itself "
                              f"(give the corpus as the command's argument)")
        if pname not in declared:
            known = ", ".join(sorted(set(declared) - set(RESERVED)))
            raise ReportError(f"unknown parameter '{pname}' (known: {known})")
        value = parse_value(pname, raw[pname], declared[pname])
        for spec in specs:
            if pname in spec.params:
                per_nb[spec.name][pname] = value
    return per_nb


# ---------------------------------------------------------------------------
# run folder


def new_run_dir(out: Path, now: dt.datetime | None = None) -> Path:
    """A new folder ``<out>/<YYYY-MM-DDTHH-MM-SSZ>``, with ``-2``, ``-3`` … when taken."""
    now = now or dt.datetime.now(dt.UTC)
    stem = now.strftime("%Y-%m-%dT%H-%M-%SZ")
    out.mkdir(parents=True, exist_ok=True)
    for i in range(1, 10_000):
        candidate = out / (stem if i == 1 else f"{stem}-{i}")
        try:
            candidate.mkdir()
        except FileExistsError:
            continue
        return candidate
    raise ReportError(f"cannot create a new run folder under {out}")


def point_latest(out: Path, run_dir: Path) -> None:
    """``<out>/latest`` → the run (symlink, replaced atomically) and ``latest.txt``."""
    (out / "latest.txt").write_text(run_dir.name + "\n", encoding="utf-8")
    link = out / "latest"
    if link.exists() and not link.is_symlink():
        return  # a real folder named latest: leave it alone
    tmp = out / f".latest-{os.getpid()}"
    try:
        if tmp.is_symlink():
            tmp.unlink()
        os.symlink(run_dir.name, tmp, target_is_directory=True)
        os.replace(tmp, link)
    except OSError:  # no symlinks on this system: latest.txt is the pointer
        if tmp.is_symlink():
            tmp.unlink()


# ---------------------------------------------------------------------------
# facts for the index


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def input_files(corpus_dir: Path, notebooks: list[Path]) -> list[dict]:
    """Every input of the run with its size and sha256: corpus files, the
    data files (registry, lexicons, reference events) and the notebooks."""
    rows = []
    for p in sorted(q for q in corpus_dir.rglob("*") if q.is_file()):
        rows.append({"group": "corpus", "file": str(p.relative_to(corpus_dir)), "path": p})
    if DATA_DIR.is_dir():
        corpus_res = corpus_dir.resolve()
        for p in sorted(q for q in DATA_DIR.rglob("*") if q.is_file()):
            rp = p.resolve()
            if rp == corpus_res or corpus_res in rp.parents or p.name.startswith("."):
                continue
            rows.append({"group": "data", "file": str(p.relative_to(DATA_DIR)), "path": p})
    for p in notebooks:
        rows.append({"group": "notebook", "file": p.name, "path": p})
    out = []
    for r in rows:
        p = r.pop("path")
        out.append({**r, "bytes": p.stat().st_size, "sha256": sha256_file(p)})
    return out


def versions() -> dict[str, str]:
    from . import __version__

    out = {"dossier": __version__, "python": platform.python_version(),
           "platform": f"{platform.system()} {platform.release()} {platform.machine()}"}
    for pkg in PACKAGES:
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            out[pkg] = "—"
    return out


def corpus_summary(corpus) -> dict:
    arts = corpus.articles
    status = arts["status"].astype(str).value_counts().sort_index().to_dict()
    dated = sorted(d for d in arts["published"].astype(str) if d)
    return {
        "articles": len(arts),
        "status": {k: int(v) for k, v in status.items()},
        "published_from": dated[0] if dated else "",
        "published_to": dated[-1] if dated else "",
        "rows": {name: len(df) for name, df in corpus.tables.items()},
    }


def one_line(text: str, limit: int = 300) -> str:
    text = _ANSI_RE.sub("", str(text or ""))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------------------
# HTML export


def banner(title_ar: str, title_en: str, run_id: str) -> str:
    esc = html.escape
    return (f'<header class="dossier-banner"><span dir="rtl" lang="ar"><b>{esc(title_ar)}</b></span>'
            f'<span><b>{esc(title_en)}</b> · dossier briefing · <span class="run-id">run {esc(run_id)}</span>'
            f' · <a href="index.html">index</a></span></header>')


def export_html(executed: Path, target: Path, title: str, banner_html: str) -> None:
    """Executed notebook → one self-contained HTML file, inputs and prompts hidden."""
    import jinja2
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(executed), as_version=4)
    nb.metadata["title"] = title
    for i, cell in enumerate(nb.cells):  # papermill adds cells with random ids
        cell["id"] = f"cell-{i:02d}"
    exporter = HTMLExporter(template_name="lab", extra_loaders=[
        jinja2.DictLoader({"dossier_briefing.html.j2": TEMPLATE})])
    exporter.template_file = "dossier_briefing.html.j2"
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.embed_images = True
    body, _ = exporter.from_notebook_node(nb, resources={
        "metadata": {"name": title}, "dossier_css": CSS, "dossier_banner": banner_html})
    target.write_text(make_offline(body), encoding="utf-8")


def make_offline(markup: str) -> str:
    """Drop every <script> element and every link to another host: the briefing
    needs no JavaScript and must not fetch anything."""
    markup = _SCRIPT_RE.sub("", markup)
    return _EXTERNAL_LINK_RE.sub("", markup)


# ---------------------------------------------------------------------------
# one notebook (runs in a worker process)


KERNEL_START_ATTEMPTS = 2


def _ipc_kernel_manager_class():
    """A kernel manager talking over Unix sockets in a private folder.

    With the default TCP transport, notebooks started in parallel pick free ports
    independently and can collide ("Address already in use"); sockets in a folder
    of their own cannot, and nothing listens on the network. The class (not an
    instance) goes to nbclient so that nbclient still owns and shuts the kernel."""
    import shutil

    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class IpcKernelManager(AsyncKernelManager):
        @default("transport")
        def _transport_default(self) -> str:
            return "ipc"

        @default("ip")
        def _ip_default(self) -> str:
            return str(Path(tempfile.mkdtemp(prefix="dossier-kernel-")) / "k")

        async def _async_interrupt_kernel(self) -> None:
            # jupyter_client interrupts before asking a kernel to shut down; a
            # notebook that ran to its end needs no interrupt, and the kernel
            # would log a spurious KeyboardInterrupt error
            if not self.shutting_down:
                await super()._async_interrupt_kernel()

        def cleanup_ipc_files(self) -> None:
            super().cleanup_ipc_files()
            shutil.rmtree(Path(self.ip).parent, ignore_errors=True)

    return IpcKernelManager


def execute_one(nb_path: str, executed_path: str, html_path: str, parameters: dict, run_id: str,
                cwd: str) -> dict:
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    stem = Path(nb_path).stem
    title_ar, title_en, _ = DESCRIPTIONS.get(stem, (stem, stem, ""))
    t0 = time.perf_counter()
    status, error = "ok", ""
    try:
        for attempt in range(KERNEL_START_ATTEMPTS):
            try:
                pm.execute_notebook(nb_path, executed_path, parameters=parameters, kernel_name=KERNEL_NAME,
                                    kernel_manager_class=_ipc_kernel_manager_class(), progress_bar=False,
                                    log_output=False, request_save_on_cell_execute=False, cwd=cwd,
                                    execution_timeout=CELL_TIMEOUT)
                break
            except RuntimeError as exc:  # the kernel did not come up: start it afresh, once
                if "before replying" not in str(exc) or attempt + 1 == KERNEL_START_ATTEMPTS:
                    raise
    except PapermillExecutionError as exc:
        status = "failed"
        first = (exc.evalue or "").strip().splitlines()
        error = one_line(f"{exc.ename}: {first[0] if first else ''} (cell {exc.exec_count})")
    except Exception as exc:  # kernel died, timeout, missing kernel …
        status = "failed"
        error = one_line(f"{type(exc).__name__}: {exc}")
    exported = False
    if Path(executed_path).exists():
        try:
            export_html(Path(executed_path), Path(html_path), f"{title_en} — {title_ar}",
                        banner(title_ar, title_en, run_id))
            exported = True
        except Exception as exc:
            status = "failed"
            error = error or one_line(f"HTML export failed: {type(exc).__name__}: {exc}")
    return {"notebook": stem, "status": status, "error": error, "seconds": round(time.perf_counter() - t0, 2),
            "html": Path(html_path).name if exported else "", "executed": f"notebooks/{Path(executed_path).name}"
            if Path(executed_path).exists() else "", "parameters": parameters}


# ---------------------------------------------------------------------------
# index


def _table(rows: list[dict], cols: list[tuple[str, str]], cls: str = "dossier-table") -> str:
    esc = html.escape
    head = "".join(f'<th dir="auto">{esc(lab)}</th>' for _, lab in cols)
    body = []
    for r in rows:
        cells = []
        for key, _ in cols:
            v = r.get(key, "")
            cells.append(v if key.endswith("_html") else f'<td dir="auto">{esc(str(v))}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f'<div class="dossier-table-wrap"><table class="{cls}" dir="auto"><thead><tr>{head}</tr></thead>' \
           f'<tbody>{"".join(body)}</tbody></table></div>'


def write_index(run_dir: Path, facts: dict) -> Path:
    esc = html.escape
    rows = []
    for r in facts["briefings"]:
        title_ar, title_en, desc = DESCRIPTIONS.get(r["notebook"], (r["notebook"], r["notebook"], ""))
        link = f'<a href="{esc(r["html"])}">{esc(title_en)}</a>' if r["html"] else esc(title_en)
        nb_link = f'<a href="{esc(r["executed"])}">ipynb</a>' if r["executed"] else "—"
        status = f'<span class="status-{esc(r["status"])}">{esc(r["status"])}</span>'
        if r["error"]:
            status += f'<br><span class="mono" dir="auto">{esc(r["error"])}</span>'
        params = ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in sorted(r["parameters"].items())
                           if k not in RESERVED) or "defaults"
        rows.append({
            "briefing_html": f'<td dir="auto">{link}<br><span dir="rtl" lang="ar">{esc(title_ar)}</span></td>',
            "desc": desc, "status_html": f'<td dir="auto">{status}</td>', "seconds": f'{r["seconds"]:.1f} s',
            "params": params, "nb_html": f'<td>{nb_link}</td>'})
    briefings = _table(rows, [("briefing_html", "briefing · الموجز"), ("desc", "what it holds"),
                              ("status_html", "status"), ("seconds", "time"), ("params", "parameters"),
                              ("nb_html", "notebook")])
    s = facts["corpus"]
    status_txt = ", ".join(f"{k}: {v}" for k, v in s["status"].items())
    corpus_rows = [{"k": "corpus folder", "v": facts["corpus_dir"]},
                   {"k": "articles", "v": f'{s["articles"]} ({status_txt})'},
                   {"k": "publication dates", "v": f'{s["published_from"] or "—"} … {s["published_to"] or "—"}'}]
    corpus_rows += [{"k": f"rows in {name}", "v": n} for name, n in s["rows"].items()]
    corpus_tbl = _table(corpus_rows, [("k", "corpus"), ("v", "")])
    params_tbl = _table([{"k": k, "v": json.dumps(v, ensure_ascii=False)} for k, v in
                         sorted(facts["parameters"].items())] or [{"k": "(none)", "v": "notebook defaults"}],
                        [("k", "parameter (-p)"), ("v", "value")])
    vers_tbl = _table([{"k": k, "v": v} for k, v in facts["versions"].items()], [("k", "package"), ("v", "version")])
    inputs_tbl = _table(facts["inputs"], [("group", "group"), ("file", "file"), ("bytes", "bytes"),
                                          ("sha256", "sha256")])
    n_failed = sum(r["status"] != "ok" for r in facts["briefings"])
    verdict = (f'<p class="status-ok">All {len(facts["briefings"])} briefings produced.</p>' if not n_failed else
               f'<p class="status-failed">{n_failed} of {len(facts["briefings"])} briefings failed '
               f'(see the status column).</p>')
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>dossier — briefings {esc(facts["run_id"])}</title>
<style type="text/css">{CSS}</style>
</head>
<body>
<header class="dossier-banner"><span dir="rtl" lang="ar"><b>موجزات الملف: التعاون الأمني الروسي الإيراني</b></span>
<span><b>dossier briefings</b> · <span class="run-id">run {esc(facts["run_id"])}</span></span></header>
<main>
<h1>Briefings · <span dir="rtl" lang="ar">الموجزات</span></h1>
<div dir="rtl" lang="ar"><p>تقارير آلية مستخرجة من المقالات العربية عن التعاون الأمني بين روسيا وإيران:
الفاعلون، التسلسل الزمني، والادعاءات والنفي. كل موجز مستقل بذاته ويعمل دون اتصال بالإنترنت.</p></div>
<p class="run-meta">Run <b>{esc(facts["run_id"])}</b>, started {esc(facts["started"])}, finished {esc(facts["finished"])}
({facts["seconds"]:.1f} s, {facts["jobs"]} parallel jobs).</p>
{verdict}
{briefings}
<h2>Corpus · <span dir="rtl" lang="ar">المدونة</span></h2>
{corpus_tbl}
<p>Tables: <a href="tables/">tables/</a> (one UTF-8 CSV per table, shared by every notebook).</p>
<h2>Parameters · <span dir="rtl" lang="ar">المعلمات</span></h2>
{params_tbl}
<h2>Versions · <span dir="rtl" lang="ar">الإصدارات</span></h2>
{vers_tbl}
<h2>Inputs (sha256) · <span dir="rtl" lang="ar">ملفات الإدخال</span></h2>
{inputs_tbl}
</main>
</body>
</html>
"""
    target = run_dir / "index.html"
    target.write_text(page, encoding="utf-8")
    return target


# ---------------------------------------------------------------------------
# the command


def _pool(jobs: int):
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    return cf.ProcessPoolExecutor(max_workers=jobs, mp_context=ctx)


def run_report(corpus_dir: Path, out: Path, params: dict[str, str], jobs: int | None = None,
               notebooks_dir: Path | None = None, quiet: bool = False) -> int:
    """Run every notebook on ``corpus_dir`` into a new folder under ``out``.
    Returns 0 when every briefing was produced, 1 when one failed, 2 for
    unusable parameters (nothing is written then)."""
    from .cli import UsageError
    from .corpus import load_corpus

    t0 = time.perf_counter()
    started = dt.datetime.now(dt.UTC)
    specs = list_notebooks(notebooks_dir or NOTEBOOKS_DIR)
    if not specs:
        raise UsageError(f"no notebooks found in {notebooks_dir or NOTEBOOKS_DIR}")
    try:
        per_nb = resolve_params(specs, params or {})
    except ReportError as exc:
        raise UsageError(str(exc)) from None
    if jobs is not None and jobs < 1:
        raise UsageError(f"--jobs must be ≥ 1, got {jobs}")
    jobs = min(jobs or os.cpu_count() or 1, len(specs))

    run_dir = new_run_dir(Path(out), started)
    run_id = run_dir.name
    tables_dir = run_dir / "tables"
    nb_dir = run_dir / "notebooks"
    nb_dir.mkdir()
    corpus = load_corpus(corpus_dir)
    corpus.write_csv(tables_dir)
    t_extract = time.perf_counter() - t0

    tasks = []
    for spec in specs:
        parameters = {"tables_dir": str(tables_dir.resolve()), "corpus": str(Path(corpus_dir).resolve()),
                      **per_nb[spec.name]}
        tasks.append((str(spec.path), str(nb_dir / spec.path.name), str(run_dir / f"{spec.name}.html"),
                      parameters, run_id, str(nb_dir)))
    results: dict[str, dict] = {}
    if jobs == 1:
        for task in tasks:
            r = execute_one(*task)
            results[r["notebook"]] = r
    else:
        with _pool(jobs) as pool:
            futures = {pool.submit(execute_one, *task): Path(task[0]).stem for task in tasks}
            for fut in cf.as_completed(futures):
                stem = futures[fut]
                try:
                    results[stem] = fut.result()
                except Exception as exc:  # the worker itself died
                    results[stem] = {"notebook": stem, "status": "failed", "html": "", "executed": "",
                                     "error": one_line(f"{type(exc).__name__}: {exc}"), "seconds": 0.0,
                                     "parameters": {}}
    briefings = [results[spec.name] for spec in specs]
    finished = dt.datetime.now(dt.UTC)
    facts = {
        "run_id": run_id, "started": started.isoformat(timespec="seconds"),
        "finished": finished.isoformat(timespec="seconds"), "seconds": time.perf_counter() - t0,
        "extract_seconds": round(t_extract, 2), "jobs": jobs,
        "corpus_dir": str(Path(corpus_dir).resolve()), "corpus": corpus_summary(corpus),
        "parameters": {k: v for nb in per_nb.values() for k, v in nb.items()},
        "briefings": briefings, "versions": versions(),
        "inputs": input_files(Path(corpus_dir), [s.path for s in specs]),
    }
    write_index(run_dir, facts)
    (run_dir / "run.json").write_text(json.dumps(facts, ensure_ascii=False, indent=1, default=str) + "\n",
                                      encoding="utf-8")
    point_latest(Path(out), run_dir)
    failed = [b for b in briefings if b["status"] != "ok"]
    if not quiet:
        for b in briefings:
            mark = "ok    " if b["status"] == "ok" else "FAILED"
            line = f"  {mark} {b['notebook']:<24} {b['seconds']:6.1f} s"
            print(line + (f"  {b['error']}" if b["error"] else ""), file=sys.stderr if b["error"] else sys.stdout)
        print(f"{len(briefings) - len(failed)}/{len(briefings)} briefings → {run_dir / 'index.html'} "
              f"in {facts['seconds']:.1f} s")
    return 1 if failed else 0


def briefing_facts(run_dir: Path) -> dict:
    """The facts of a finished run (``run.json``)."""
    return json.loads((Path(run_dir) / "run.json").read_text(encoding="utf-8"))


__all__ = ["run_report", "parse_value", "resolve_params", "new_run_dir", "point_latest", "export_html",
           "make_offline", "briefing_facts"]
