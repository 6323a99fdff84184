"""Matplotlib figures for the notebooks, with Arabic labels.

matplotlib ≥ 3.11 shapes and orders Arabic text itself (libraqm), so labels
are passed as they are — never through arabic-reshaper/python-bidi, which
would shape them twice. What matplotlib needs is a font with Arabic glyphs:
:func:`arabic_font` picks the first installed one of a preference list and
falls back to DejaVu Sans, which matplotlib ships and which covers the Arabic
block, so a machine without Arabic fonts still draws correct labels (the
choice is logged, not warned: a warning would print inside every briefing).

Every figure is deterministic (sorted input, fixed layouts, no random seeds)
and :func:`show` embeds it as a PNG without timestamp metadata.
"""

from __future__ import annotations

import io
import logging
import math
import warnings
from collections.abc import Sequence
from functools import lru_cache

import matplotlib
import matplotlib.patches
import matplotlib.pyplot as plt
import matplotlib.ticker
import pandas as pd
from matplotlib import font_manager
from matplotlib.figure import Figure

ARABIC_FONTS = ("Noto Sans Arabic", "Noto Naskh Arabic", "Noto Kufi Arabic", "Amiri", "Scheherazade New",
                "Vazirmatn", "Arial", "Tahoma", "Segoe UI", "DejaVu Sans")
LATIN_FALLBACK = "DejaVu Sans"

STANCE_COLORS = {"claim": "#c0392b", "denial": "#2471a3", "admission": "#1e8449",
                 "partial_admission": "#b7950b", "statement": "#7f8c8d"}
STATUS_COLORS = {"denied": "#2471a3", "admitted": "#1e8449", "partly admitted": "#b7950b",
                 "unanswered": "#aab7b8"}
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
           "#bcbd22", "#17becf")


@lru_cache(maxsize=1)
def arabic_font() -> str:
    """The first installed font of :data:`ARABIC_FONTS` (or DejaVu Sans)."""
    installed = {f.name for f in font_manager.fontManager.ttflist}
    for name in ARABIC_FONTS:
        if name in installed:
            if name == LATIN_FALLBACK:
                logging.getLogger(__name__).info(
                    "no Arabic font installed (fonts-noto-core has one); drawing Arabic with DejaVu Sans")
            return name
    warnings.warn("no Arabic-capable font found; Arabic labels may show as boxes", stacklevel=2)
    return "sans-serif"


def setup() -> str:
    """Set matplotlib's fonts and reproducibility settings; returns the Arabic font."""
    font = arabic_font()
    family = [font] + ([LATIN_FALLBACK] if font != LATIN_FALLBACK else [])
    matplotlib.rcParams.update({
        "font.family": family,
        "axes.unicode_minus": False,
        "svg.hashsalt": "dossier",
        "svg.fonttype": "none",
        "figure.dpi": 100,
        "savefig.dpi": 110,
        "axes.spines.top": False,
        "axes.spines.right": False,
    })
    return font


def png_bytes(fig: Figure) -> bytes:
    """The figure as PNG bytes with no metadata (identical bytes on every run)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight", metadata={"Software": None})
    return buf.getvalue()


def show(fig: Figure, alt: str = ""):
    """Display ``fig`` in a notebook as an embedded PNG and close it."""
    from IPython.display import Image, display

    data = png_bytes(fig)
    plt.close(fig)
    display(Image(data=data, format="png", alt=alt or None))


def shorten(text: str, n: int = 40) -> str:
    """Cut at a word boundary to at most ``n`` characters (with an ellipsis)."""
    text = " ".join(str(text or "").split())
    if len(text) <= n:
        return text
    cut = text[:n].rsplit(" ", 1)[0] or text[:n]
    return cut + "…"


def _fig(width: float, height: float) -> tuple[Figure, plt.Axes]:
    setup()
    fig, ax = plt.subplots(figsize=(width, height))
    return fig, ax


def _empty(fig: Figure, ax, title: str = "", message: str = "لا توجد بيانات — no data") -> Figure:
    """The figure of a plot with nothing to show: its title and a message."""
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, fontsize=12)
    ax.set_axis_off()
    ax.set_title(title)
    return fig


# ---------------------------------------------------------------------------
# bars


def _first_of(title: str, shown: int, total: int) -> str:
    return f"{title}\n(أول {shown} من {total} — first {shown} of {total})" if total > shown else title


def barh(labels: Sequence[str], values: Sequence[float], title: str = "", xlabel: str = "",
         color: str = "#2e6f9e", max_label: int = 45, max_bars: int = 40) -> Figure:
    """Horizontal bars, first item on top, value written at the end of each bar;
    the first ``max_bars`` items only (the title says so)."""
    title = _first_of(title, min(len(labels), max_bars), len(labels))
    labels, values = list(labels)[:max_bars], list(values)[:max_bars]
    n = len(labels)
    fig, ax = _fig(8, max(1.6, 0.42 * n + 1.1))
    if n == 0:
        return _empty(fig, ax, title)
    y = list(range(n))[::-1]
    ax.barh(y, values, color=color)
    ax.set_yticks(y, [shorten(lab, max_label) for lab in labels])
    top = max(values) if len(values) else 0
    for yi, v in zip(y, values):
        ax.text(v + top * 0.01, yi, f"{v:g}", va="center", fontsize=9)
    ax.set_xlim(0, top * 1.12 if top else 1)
    ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    fig.tight_layout()
    return fig


def article_values(articles: pd.DataFrame, column: str, title: str, xlabel: str, color: str = "#2e6f9e",
                   max_bars: int = 40) -> Figure:
    """One bar per readable article (labelled by its Arabic title) while there
    are at most ``max_bars`` of them; beyond, a histogram of the values."""
    ok = articles[articles["status"].astype(str) == "ok"].sort_values("article_id")
    values = pd.to_numeric(ok[column], errors="coerce").fillna(0).astype(int).tolist()
    if len(ok) <= max_bars:
        labels = [f"{shorten(t, 38) or '—'}  [{a[:3]}]" for a, t in zip(ok["article_id"], ok["title"])]
        return barh(labels, values, title, xlabel, color=color)
    fig, ax = _fig(8, 3.6)
    ax.hist(values, bins=min(40, max(10, len(set(values)))), color=color)
    ax.set_title(f"{title}\n({len(values)} مقالاً — {len(values)} articles)")
    ax.set_xlabel(xlabel)
    ax.set_ylabel("مقالات — articles")
    fig.tight_layout()
    return fig


def article_lengths(articles: pd.DataFrame, title: str = "طول المقالات (عدد الحروف) — article length") -> Figure:
    """Characters per readable article (bars, or a histogram for many articles)."""
    return article_values(articles, "n_chars", title, "حروف — characters")


def stacked_barh(table: pd.DataFrame, title: str = "", xlabel: str = "", max_label: int = 40,
                 colors: dict[str, str] | None = None, row_labels: dict[str, str] | None = None,
                 legend_labels: dict[str, str] | None = None, max_rows: int = 30) -> Figure:
    """Rows of ``table`` as stacked horizontal bars of its columns; beyond
    ``max_rows`` rows, those with the largest totals (the title says so)."""
    if len(table) > max_rows and table.shape[1]:
        total = table.astype(float).sum(axis=1)
        keep = total.sort_values(ascending=False, kind="stable").index[:max_rows]
        title = _first_of(title, max_rows, len(table))
        table = table[table.index.isin(keep)]
    n = len(table)
    fig, ax = _fig(8.5, max(1.8, 0.45 * n + 1.6))
    if n == 0 or table.shape[1] == 0:
        return _empty(fig, ax, title)
    y = list(range(n))[::-1]
    left = [0.0] * n
    for i, col in enumerate(table.columns):
        vals = table[col].astype(float).tolist()
        color = (colors or {}).get(str(col), PALETTE[i % len(PALETTE)])
        ax.barh(y, vals, left=left, color=color, label=(legend_labels or {}).get(str(col), str(col)))
        left = [a + b for a, b in zip(left, vals)]
    ax.set_yticks(y, [shorten((row_labels or {}).get(str(i), str(i)), max_label) for i in table.index])
    ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.legend(loc="upper left", fontsize=8, frameon=False, bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    return fig


def lines(table: pd.DataFrame, title: str = "", ylabel: str = "", labels: dict[str, str] | None = None,
          max_series: int = 8) -> Figure:
    """One line per column over the index (periods), the ``max_series`` largest columns."""
    fig, ax = _fig(8.5, 3.6)
    if table.empty:
        return _empty(fig, ax, title)
    cols = sorted(table.columns, key=lambda c: (-float(table[c].sum()), str(c)))[:max_series]
    x = list(range(len(table.index)))
    for i, col in enumerate(cols):
        ax.plot(x, table[col].tolist(), marker="o", color=PALETTE[i % len(PALETTE)],
                label=(labels or {}).get(str(col), str(col)))
    ax.set_xticks(x, [str(v) for v in table.index])
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    return fig


# ---------------------------------------------------------------------------
# network


def circular_positions(nodes: Sequence[str]) -> dict[str, tuple[float, float]]:
    """Nodes (in the given order) evenly on the unit circle, first at the top, clockwise."""
    n = len(nodes)
    return {node: (math.sin(2 * math.pi * i / n), math.cos(2 * math.pi * i / n)) if n > 1 else (0.0, 0.0)
            for i, node in enumerate(nodes)}


def network(pairs: pd.DataFrame, node_labels: dict[str, str] | None = None,
            node_sizes: dict[str, float] | None = None, max_nodes: int = 24,
            title: str = "شبكة الظهور المشترك — co-occurrence (same paragraph)") -> Figure:
    """Co-occurrence network on a circle: edge width = shared paragraphs,
    node size = mentions. The ``max_nodes`` most connected actors are kept."""
    fig, ax = _fig(9, 9)
    if pairs is None or pairs.empty:
        return _empty(fig, ax, title)
    weight: dict[str, float] = {}
    for r in pairs.itertuples(index=False):
        weight[r.a] = weight.get(r.a, 0) + r.paragraphs
        weight[r.b] = weight.get(r.b, 0) + r.paragraphs
    keep = sorted(weight, key=lambda k: (-weight[k], k))[:max_nodes]
    nodes = sorted(keep)
    pos = circular_positions(nodes)
    kept = pairs[pairs["a"].isin(keep) & pairs["b"].isin(keep)]
    if len(kept) > 3 * len(nodes):  # a hairball: draw only the strongest pairs
        kept = kept.sort_values(["paragraphs", "a", "b"], ascending=[False, True, True],
                                kind="stable").head(3 * len(nodes))
    top = max(kept["paragraphs"].max(), 1) if len(kept) else 1
    for r in kept.sort_values(["paragraphs", "a", "b"]).itertuples(index=False):
        (x1, y1), (x2, y2) = pos[r.a], pos[r.b]
        ax.plot([x1, x2], [y1, y2], color="#5d6d7e", alpha=0.25 + 0.6 * r.paragraphs / top,
                linewidth=0.6 + 4.0 * r.paragraphs / top, zorder=1)
    sizes = node_sizes or weight
    smax = max((sizes.get(n, 1) for n in nodes), default=1) or 1
    for node in nodes:
        x, y = pos[node]
        ax.scatter([x], [y], s=80 + 520 * sizes.get(node, 1) / smax, color="#2e6f9e", zorder=2,
                   edgecolors="white", linewidths=1.0)
        angle = math.atan2(y, x)
        lx, ly = 1.13 * math.cos(angle), 1.13 * math.sin(angle)
        ha = "left" if lx > 0.05 else "right" if lx < -0.05 else "center"
        ax.text(lx, ly, shorten((node_labels or {}).get(node, node), 26), ha=ha, va="center",
                fontsize=10, zorder=3)
    ax.set_xlim(-1.75, 1.75)
    ax.set_ylim(-1.3, 1.3)
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.set_title(title)
    fig.tight_layout()
    return fig


# ---------------------------------------------------------------------------
# timelines

NO_LANE_LABEL = "بلا مشاركين — no participants"


def focus_window(intervals: Sequence[tuple], share: float = 0.8) -> tuple | None:
    """(first, last) day to show when a few old items would squeeze the rest
    into a sliver: the window holding the latest ``share`` of the items, when it
    is under half the full span; None to show everything."""
    if len(intervals) < 3:
        return None
    starts = sorted(a for a, _ in intervals)
    last = max(b for _, b in intervals)
    first = starts[0]
    lo = starts[int(len(starts) * (1 - share))]
    if (last - first).days <= 3 * 365 or (last - lo).days * 2 > (last - first).days:
        return None
    return lo, last


def _date_axis(ax, window, items: pd.DataFrame, fig: Figure) -> None:
    """Pad the date axis (a lone day gets a month each side), zoom to
    ``window`` with a note on what is left out, and format dates concisely."""
    import datetime as dt

    import matplotlib.dates as mdates

    if window is None and len(items):
        window = (min(items["start"]), max(items["end"]))
    if window is not None:
        lo, hi = window
        pad = max(dt.timedelta(days=30), (hi - lo) * 0.04)
        ax.set_xlim(lo - pad, hi + pad)
        earlier = items[items["end"] < lo] if len(items) else items
        if len(earlier):
            first = min(earlier["start"])
            ax.annotate(f"◀ {len(earlier)} أقدم (older items from {first.isoformat()} not shown)",
                        xy=(0.0, -0.09), xycoords="axes fraction", fontsize=8, color="#616a6b")
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def timeline(items: pd.DataFrame, articles: pd.DataFrame | None = None,
             title: str = "الخط الزمني — timeline", type_labels: dict[str, str] | None = None) -> Figure:
    """Lanes (one per actor or country): a day is a point, a week/month/year a
    bar over the interval. ``articles`` (from ``views.article_intervals``) adds a
    lane of publication dates, inferred intervals hatched."""
    if len(items):
        counts = items.groupby(["lane", "lane_label"], sort=True).size().reset_index(name="n")
        counts = counts.sort_values(["n", "lane_label", "lane"], ascending=[False, True, True], kind="stable")
        lanes = list(zip(counts["lane_label"], counts["lane"]))
    else:
        lanes = []
    lane_names = [NO_LANE_LABEL if lab == "—" else lab for lab, _ in lanes]
    lane_keys = [k for _, k in lanes]
    has_articles = articles is not None and len(articles) > 0
    n = len(lanes) + (1 if has_articles else 0)
    fig, ax = _fig(10, max(2.2, 0.55 * n + 1.6))
    if n == 0:
        return _empty(fig, ax, title)
    types = sorted(set(items["type"])) if len(items) else []
    colors = {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(types)}
    ypos = {k: n - 1 - i for i, k in enumerate(lane_keys)}
    # each event type has its own thin row inside a lane, so that a year-long
    # bar never hides a day or a month of another type
    step = 0.8 / max(len(types), 1)
    offset = {t: (len(types) - 1) / 2 * step - i * step for i, t in enumerate(types)}
    # one call per (type, kind of mark): thousands of events draw in one go
    points: dict[str, tuple[list, list]] = {}
    bars: dict[tuple[str, bool], tuple[list, list, list]] = {}
    for r in items.itertuples(index=False):
        y = ypos[r.lane] + offset[r.type]
        if r.is_point:
            xs, ys = points.setdefault(r.type, ([], []))
            xs.append(r.start)
            ys.append(y)
        else:
            ys, widths, lefts = bars.setdefault((r.type, r.precision == "year"), ([], [], []))
            ys.append(y)
            widths.append((r.end - r.start).days + 1)
            lefts.append(r.start)
    for t, (xs, ys) in points.items():
        ax.plot(xs, ys, marker="o", markersize=7, color=colors[t], linestyle="none", zorder=3)
    for (t, is_year), (ys, widths, lefts) in bars.items():
        ax.barh(ys, widths, left=lefts, height=step * 0.9, color=colors[t], alpha=0.35 if is_year else 0.7,
                zorder=2)
    labels = list(lane_names)
    if has_articles:
        dated = articles[articles["is_point"].astype(bool)]
        spans = articles[~articles["is_point"].astype(bool)]
        if len(dated):
            ax.plot(list(dated["start"]), [0] * len(dated), marker="D", markersize=7, color="#34495e",
                    linestyle="none", zorder=3)
        if len(spans):
            ax.barh([0] * len(spans), [(e - b).days + 1 for b, e in zip(spans["start"], spans["end"])],
                    left=list(spans["start"]), height=0.45, color="none", edgecolor="#34495e", hatch="///",
                    zorder=2)
        labels.append("المقالات (تاريخ النشر)")  # row 0, under the lanes
    ax.set_yticks(list(range(n))[::-1], [shorten(lab, 30) for lab in labels])
    ax.set_ylim(-0.8, n - 0.2)
    handles = [plt.Line2D([], [], marker="o", linestyle="none", color=colors[t],
                          label=(type_labels or {}).get(t, t)) for t in types]
    if has_articles:
        handles.append(plt.Line2D([], [], marker="D", linestyle="none", color="#34495e",
                                  label="مقال مؤرخ — dated article"))
        handles.append(matplotlib.patches.Patch(facecolor="none", edgecolor="#34495e", hatch="///",
                                                label="تاريخ مستنتج — inferred interval"))
    if handles:
        ax.legend(handles=handles, fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    window = focus_window(list(zip(items["start"], items["end"])) if len(items) else [])
    _date_axis(ax, window, items, fig)
    ax.grid(axis="x", color="#e5e8e8")
    ax.set_title(title)
    fig.tight_layout()
    return fig


def stance_timeline(items: pd.DataFrame, lane_labels: dict[str, str] | None = None,
                    title: str = "الادعاءات والردود عبر الزمن — claims and responses over time",
                    stance_labels: dict[str, str] | None = None) -> Figure:
    """Statements on lanes (speaker country): a marker per stance; a dated day is
    a point, a month or year a bar."""
    lanes = sorted(set(items["lane"])) if len(items) else []
    n = len(lanes)
    fig, ax = _fig(10, max(2.2, 0.6 * n + 1.6))
    if n == 0:
        return _empty(fig, ax, title)
    ypos = {k: n - 1 - i for i, k in enumerate(lanes)}
    markers = {"claim": "o", "denial": "X", "admission": "s", "partial_admission": "P"}
    offsets = {"claim": 0.15, "denial": -0.15, "admission": 0.0, "partial_admission": 0.0}
    points: dict[str, tuple[list, list]] = {}
    bars: dict[str, tuple[list, list, list]] = {}
    for r in items.itertuples(index=False):
        y = ypos[r.lane] + offsets.get(r.stance, 0)
        if r.is_point:
            xs, ys = points.setdefault(r.stance, ([], []))
            xs.append(r.start)
            ys.append(y)
        else:
            ys, widths, lefts = bars.setdefault(r.stance, ([], [], []))
            ys.append(y)
            widths.append((r.end - r.start).days + 1)
            lefts.append(r.start)
    for stance, (xs, ys) in points.items():
        ax.plot(xs, ys, marker=markers.get(stance, "o"), markersize=9, color=STANCE_COLORS.get(stance, "#7f8c8d"),
                linestyle="none", zorder=3)
    for stance, (ys, widths, lefts) in bars.items():
        ax.barh(ys, widths, left=lefts, height=0.22, color=STANCE_COLORS.get(stance, "#7f8c8d"), alpha=0.5)
    ax.set_yticks([ypos[k] for k in lanes], [shorten((lane_labels or {}).get(k, k), 30) for k in lanes])
    ax.set_ylim(-0.8, n - 0.2)
    stances = [s for s in ("claim", "denial", "admission", "partial_admission") if s in set(items["stance"])]
    handles = [plt.Line2D([], [], marker=markers[s], linestyle="none", color=STANCE_COLORS[s],
                          label=(stance_labels or {}).get(s, s)) for s in stances]
    ax.legend(handles=handles, fontsize=9, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    _date_axis(ax, focus_window(list(zip(items["start"], items["end"]))), items, fig)
    ax.grid(axis="x", color="#e5e8e8")
    ax.set_title(title)
    fig.tight_layout()
    return fig


def status_bars(pivot: pd.DataFrame, title: str = "", row_labels: dict[str, str] | None = None,
                legend_labels: dict[str, str] | None = None) -> Figure:
    """Claims per (claimant → accused, topic) stacked by status."""
    if pivot is None or pivot.empty:
        return stacked_barh(pd.DataFrame(), title)
    flat = pivot.copy()
    flat.index = [" · ".join(str(p) for p in (i if isinstance(i, tuple) else (i,))) for i in flat.index]
    return stacked_barh(flat, title, "عدد الادعاءات — claims", max_label=48, colors=STATUS_COLORS,
                        row_labels=row_labels, legend_labels=legend_labels)
