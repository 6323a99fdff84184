"""HTML builders for the notebooks and briefings: tables and quote cards.

Article text is untrusted: every value that reaches HTML goes through
:func:`html.escape` (quotes included). Mixed Arabic/Latin cells get
``dir="auto"`` so that each cell's direction follows its own first strong
character.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections.abc import Iterable

import pandas as pd

from .views import STANCE_AR, STATUS_AR, TOPIC_AR, split_list


def esc(value) -> str:
    """Escape any value for HTML text or attribute context ('' for NA)."""
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return _html.escape(str(value), quote=True)


class HTML:
    """A piece of HTML that Jupyter displays as ``text/html`` (and papermill keeps)."""

    def __init__(self, markup: str, text: str = ""):
        self.markup = markup
        self.text = text or "(HTML)"

    def _repr_html_(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return self.text

    def __str__(self) -> str:
        return self.markup


# identifiers such as article ids (003_91e7…) or actor ids, with a paragraph
# mark: isolated so that an RTL line does not split them at the underscore.
_IDENT_RE = re.compile(r"(?<![\w&#])[0-9A-Za-z]+(?:_[0-9A-Za-z]+)+(?: ¶\d+)?")
DATE_COLUMNS = {"date", "published", "start", "end", "first_date", "last_date", "published_earliest",
                "published_latest"}


def isolate_ids(escaped: str) -> str:
    """Wrap identifiers of already escaped text in <bdi>."""
    return _IDENT_RE.sub(lambda m: f"<bdi>{m.group(0)}</bdi>", escaped)


def _cell(value) -> str:
    return isolate_ids(esc(value)).replace("\n", "<br>")


def first_strong(text: str) -> str:
    """'rtl', 'ltr' or '' from the first strong character of ``text``."""
    for ch in str(text):
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            return "rtl"
        if bidi == "L":
            return "ltr"
    return ""


# A briefing shows at most this many rows of a table and this many quote cards
# (the full tables are the CSV files of the run folder): a briefing of a large
# corpus stays readable and small. Notebooks set it from their ``max_rows``.
MAX_ROWS = 100
MAX_CARDS = 60


def configure(max_rows: int | None = None, max_cards: int | None = None) -> None:
    """Set the row and card limits of this notebook's tables (0: no limit)."""
    global MAX_ROWS, MAX_CARDS
    if max_rows is not None:
        MAX_ROWS = int(max_rows)
    if max_cards is not None:
        MAX_CARDS = int(max_cards)


def more_note(shown: int, total: int, source: str = "", noun: tuple[str, str] = ("rows", "صفاً")) -> str:
    """"first N of M rows" and where the rest is, in English and Arabic (each in
    its own direction), as escaped HTML."""
    en = f"first {shown} of {total} {noun[0]}" + (f"; the full table: tables/{source}.csv" if source else "")
    ar = f"أول {shown} من {total} {noun[1]}" + ("، والجدول الكامل في الملف " if source else "")
    csv = f'<bdi dir="ltr">tables/{esc(source)}.csv</bdi>' if source else ""
    return (f'<p class="dossier-more"><span dir="ltr" lang="en">{esc(en)}</span> · '
            f'<span dir="rtl" lang="ar">{esc(ar)}{csv}</span></p>')


def table(df: pd.DataFrame, headers: dict[str, str] | None = None, max_rows: int | None = None,
          caption: str = "", empty: str = "لا توجد صفوف — no rows", source: str = "") -> HTML:
    """A DataFrame as an escaped HTML table: ``dir="auto"`` on every cell,
    headers renamed by ``headers`` (column → label), the index kept when named.
    The table runs right to left when its first header label is Arabic.

    At most ``max_rows`` rows (default :data:`MAX_ROWS`; 0 shows all), then a
    note with the total and, when ``source`` names a table, its CSV file."""
    headers = headers or {}
    max_rows = MAX_ROWS if max_rows is None else max_rows
    if df is None or len(df) == 0:
        return HTML(f'<p class="dossier-empty" dir="auto">{esc(empty)}</p>', empty)
    frame = df
    if frame.index.name is not None or isinstance(frame.index, pd.MultiIndex):
        frame = frame.reset_index()
    shown = frame.head(max_rows) if max_rows else frame
    labels = [str(headers.get(str(col), col)) for col in shown.columns]
    direction = "rtl" if labels and first_strong(labels[0]) == "rtl" else "ltr"
    parts = [f'<div class="dossier-table-wrap"><table class="dossier-table" dir="{direction}">']
    if caption:
        parts.append(f'<caption dir="auto">{esc(caption)}</caption>')
    parts.append("<thead><tr>")
    for label in labels:
        parts.append(f'<th dir="auto">{esc(label)}</th>')
    parts.append("</tr></thead><tbody>")
    nowrap = [str(col) in DATE_COLUMNS for col in shown.columns]
    for row in shown.itertuples(index=False):
        parts.append("<tr>")
        for value, nw in zip(row, nowrap):
            numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
            cls = ' class="num"' if numeric else ' class="nowrap"' if nw else ""
            parts.append(f'<td dir="auto"{cls}>{_cell(value)}</td>')
        parts.append("</tr>")
    parts.append("</tbody></table></div>")
    if max_rows and len(frame) > max_rows:
        parts.append(more_note(max_rows, len(frame), source))
    return HTML("".join(parts), f"table of {len(frame)} rows")


def rtl(text: str, tag: str = "p") -> HTML:
    """Arabic prose (escaped) in a right-to-left block."""
    return HTML(f'<div dir="rtl" lang="ar"><{tag}>{esc(text)}</{tag}></div>', text)


def note(text: str) -> HTML:
    return HTML(f'<p class="dossier-note" dir="auto">{esc(text)}</p>', text)


def quote_cards(cards: pd.DataFrame, limit: int | None = None, source: str = "statements") -> HTML:
    """Right-to-left quote cards: the quote, speaker, stance, topics, date and
    citation (article, paragraph). ``cards`` comes from
    :func:`dossier.views.quote_cards_data`."""
    if cards is None or len(cards) == 0:
        return HTML('<p class="dossier-empty" dir="rtl" lang="ar">لا توجد تصريحات — no statements</p>',
                    "no statements")
    limit = MAX_CARDS if limit is None else limit
    shown = cards.head(limit) if limit else cards
    parts = ['<div class="dossier-cards" dir="rtl" lang="ar">']
    for c in shown.itertuples(index=False):
        stance = str(c.stance)
        topics = "، ".join(TOPIC_AR.get(t, t) for t in split_list(c.topics))
        who = esc(c.speaker)
        if c.speaker_surface and str(c.speaker_surface) != str(c.speaker):
            who += f' <span class="surface">({esc(c.speaker_surface)})</span>'
        parts.append(
            f'<figure class="dossier-card stance-{esc(stance)}" dir="rtl" lang="ar">'
            f'<blockquote dir="rtl" lang="ar">{esc(c.text)}</blockquote>'
            f'<figcaption dir="rtl"><span class="badge">{esc(STANCE_AR.get(stance, stance))}</span> '
            f'<b class="speaker">{who}</b>'
            + (f' · <span class="topics">{esc(topics)}</span>' if topics else "")
            + (f' · <span class="date" dir="ltr">{esc(c.date)}</span>' if c.date else "")
            + f'<br><cite dir="rtl">المصدر: المقال <bdi>{esc(c.article_id)}</bdi>، الفقرة {esc(c.para_idx)}</cite>'
            '</figcaption></figure>')
    parts.append("</div>")
    if limit and len(cards) > limit:
        parts.append(more_note(limit, len(cards), source, ("statements", "تصريحاً")))
    return HTML("".join(parts), f"{len(shown)} quote cards")


def status_label(status: str) -> str:
    return f"{STATUS_AR.get(status, status)} ({status})"


def bullet_list(items: Iterable[str]) -> HTML:
    lis = "".join(f'<li dir="auto">{esc(i)}</li>' for i in items)
    return HTML(f"<ul>{lis}</ul>")
