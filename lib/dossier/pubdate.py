"""Publication date: stated in the text, else the sidecar, else inferred.

:func:`decide` always gathers the evidence an article gives about when it was
written, as an interval ``[published_earliest, published_latest]``:

* the latest absolute date the text mentions as past (the article cannot
  predate it; dates after "حتى/بحلول/المقرر..." are plans, not evidence);
* dated reference events (``data/reference_events.yaml``) the text refers to
  with one of their cue phrases (the article comes after the event);
* tenures of officeholders named WITH one of their titles (the registry's
  ``roles``: title_ar phrasings, from/to): calling Raisi "الرئيس" and
  Patrushev "سكرتير مجلس الأمن" places the article inside both tenures.
  A title near السابق/الراحل/الأسبق is not evidence of the tenure.

The published value is the stated date (source ``text``), else the sidecar
(``metadata``), else a guess from the interval (``inferred``): its lower
bound, as a month when the interval spans at most 62 days, as a year when it
lies within one calendar year, else nothing (precision ``none``) — the
interval and the evidence are kept either way.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from functools import lru_cache
from pathlib import Path

import yaml

from .normalize import fold
from .paths import DATA_DIR

__all__ = ["decide", "load_reference_events", "find_reference_events", "tenure_evidence",
           "MONTH_SPAN_DAYS"]

MONTH_SPAN_DAYS = 62
WINDOW = 40  # characters either side of a person's mention searched for a title

_FUTURE = [fold(w) for w in (
    "سوف", "المقرر", "المقررة", "المرتقب", "المرتقبة", "المزمع", "المزمعة", "المنتظر",
    "المتوقع", "المتوقعة", "يتوقع", "حتى", "بحلول", "خطة", "رؤية", "استعدادا",
    "سيتم", "ستتم", "موعد",
)]
_FORMER = [fold(w) for w in (
    "السابق", "السابقة", "الراحل", "الراحلة", "الأسبق", "الأسبقة", "سابقا", "سابقاً", "الفقيد",
    "المخلوع", "المقال", "المقالة",
)]
_FUTURE_RX = re.compile(r"(?<!\w)(?:[وف])?(?:" + "|".join(map(re.escape, _FUTURE)) + r")(?!\w)")
_FORMER_RX = re.compile(r"(?<!\w)(?:[وف])?(?:" + "|".join(map(re.escape, _FORMER)) + r")(?!\w)")


# -- reference events -------------------------------------------------------------
def _iso(v) -> str:
    if v is None or v == "":
        return ""
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v).strip()[:10]


def _bound(v, upper: bool) -> str:
    """A tenure bound as a full ISO date: "2019" starts 2019-01-01 as a lower
    bound and ends 2019-12-31 as an upper one; "" when open or unreadable."""
    v = _iso(v)
    try:
        if len(v) == 4:
            return f"{v}-12-31" if upper else f"{v}-01-01"
        if len(v) == 7:
            y, m = int(v[:4]), int(v[5:7])
            return (dt.date(y, m, monthrange(y, m)[1]) if upper else dt.date(y, m, 1)).isoformat()
        if len(v) == 10:
            return dt.date.fromisoformat(v).isoformat()
    except ValueError:
        return ""
    return ""


def _cue_rx(cue: str) -> str:
    parts = [p.strip() for p in re.split(r"…|\.\.\.", cue) if p.strip()]
    words = [r"\s+".join(map(re.escape, fold(p).split())) for p in parts]
    return r".{0,40}?".join(words)


def load_reference_events(path: Path | str | None = None) -> list[dict]:
    """Read ``data/reference_events.yaml`` (plus ``reference_events*.yaml``
    files an analyst adds next to it). Each event gets ``id``, ``name_en``,
    ``date``, ``end`` (ISO strings), ``cues`` and a compiled ``pattern``."""
    if path is None:
        files = sorted(DATA_DIR.glob("reference_events*.yaml"))
    else:
        files = [Path(path)]
    events = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            entries = yaml.safe_load(fh) or []
        for e in entries:
            cues = [str(c) for c in e.get("cues", []) if str(c).strip()]
            if not e.get("id") or not e.get("date") or not cues:
                continue
            alt = "|".join(_cue_rx(c) for c in sorted(cues, key=len, reverse=True))
            events.append({
                "id": str(e["id"]), "name_en": str(e.get("name_en", "")),
                "date": _iso(e["date"]), "end": _iso(e.get("end")) or _iso(e["date"]),
                "cues": cues,
                "pattern": re.compile(rf"(?:(?<!\w)|(?<=(?<!\w)[وفبلك]))(?:{alt})"),
            })
    return events


def _future_before(ft: str, start: int) -> bool:
    return bool(_FUTURE_RX.search(ft, max(0, start - 30), start))


def find_reference_events(paragraphs: list[str], reference_events) -> list[dict]:
    """Reference events the paragraphs refer to as past: id, date, surface,
    para_idx (first mention of each event)."""
    found: dict[str, dict] = {}
    folded = [fold(p) for p in paragraphs]
    for ev in reference_events:
        pat = ev.get("pattern") or re.compile("|".join(_cue_rx(c) for c in ev["cues"]))
        for i, ft in enumerate(folded):
            for m in pat.finditer(ft):
                if _future_before(ft, m.start()):
                    continue
                found.setdefault(ev["id"], {"id": ev["id"], "date": _iso(ev["date"]),
                                            "surface": m.group(0), "para_idx": i})
                break
            if ev["id"] in found:
                break
    return list(found.values())


# -- tenures -------------------------------------------------------------------
def _roles_of(registry, actor_id: str) -> list[dict]:
    if registry is None:
        return []
    actor = None
    getter = getattr(registry, "get", None)
    if callable(getter):
        actor = getter(actor_id)
    elif isinstance(registry, dict):
        actor = registry.get(actor_id)
    if actor is None:
        return []
    roles = actor.get("roles") if isinstance(actor, dict) else getattr(actor, "roles", None)
    return list(roles or [])


@lru_cache(maxsize=4096)
def _title_rx_cached(titles: tuple[str, ...]) -> re.Pattern | None:
    keys = sorted({" ".join(fold(str(t)).split()) for t in titles or [] if str(t).strip()},
                  key=len, reverse=True)
    if not keys:
        return None
    alt = "|".join(r"\s+".join(map(re.escape, k.split())) for k in keys)
    return re.compile(rf"(?:(?<!\w)|(?<=(?<!\w)[وفبلك]))(?:{alt})(?!\w)")


def _title_rx(titles) -> re.Pattern | None:
    return _title_rx_cached(tuple(str(t) for t in titles or []))


_RANKS = [fold(w) for w in ("العميد", "اللواء", "الجنرال", "الفريق", "الأدميرال", "السيد", "الشيخ",
                            "الدكتور", "الأميرال", "المشير", "العقيد")]


def _generic_heads(titles) -> list[str]:
    """"الرئيس الإيراني" -> "الرئيس", "وزير الدفاع الروسي" -> "وزير الدفاع": the
    title without its nationality adjective, as news writes it right before
    the name of a compatriot officeholder."""
    heads = []
    for t in titles or []:
        words = fold(str(t)).split()
        if len(words) >= 2 and words[-1].startswith("ال") and words[-1].endswith(("ي", "يه")):
            heads.append(" ".join(words[:-1]))
    return heads


@lru_cache(maxsize=4096)
def _generic_rx_cached(heads: tuple[str, ...]) -> re.Pattern | None:
    if not heads:
        return None
    alt = "|".join(r"\s+".join(map(re.escape, h.split()))
                   for h in sorted(set(heads), key=len, reverse=True))
    ranks = "|".join(map(re.escape, _RANKS))
    # the head, then at most a rank, then the name: only punctuation between
    return re.compile(rf"(?:(?<!\w)|(?<=(?<!\w)[وفبلك]))(?:{alt})\s*[،,]?\s*(?:(?:{ranks})\s+)?[\"«]?\s*$")


def _generic_rx(titles) -> re.Pattern | None:
    return _generic_rx_cached(tuple(_generic_heads(titles)))


def tenure_evidence(mentions: list[dict], paragraphs: list[str], registry) -> list[dict]:
    """For every person mentioned with one of their titles (within WINDOW
    characters, no السابق/الراحل nearby): actor_id, title, from, to, para_idx.
    When several roles of the same person fit the context, the interval is
    their union (the text supports at least one of them)."""
    out: dict[tuple, dict] = {}
    for mnt in mentions:
        roles = _roles_of(registry, mnt.get("actor_id", ""))
        if not roles:
            continue
        pi = int(mnt.get("para_idx", 0))
        if pi >= len(paragraphs):
            continue
        text = paragraphs[pi]
        s, e = int(mnt["start"]), int(mnt["end"])
        lo, hi = max(0, s - WINDOW), min(len(text), e + WINDOW)
        ctx = fold(text[lo:s]) + " " + fold(text[e:hi])
        if _FORMER_RX.search(ctx):
            continue
        just_before = fold(text[max(0, s - 30):s])
        fitting = []
        for r in roles:
            rx = _title_rx(r.get("title_ar"))
            if rx is not None and rx.search(ctx):
                fitting.append(r)
                continue
            grx = _generic_rx(r.get("title_ar"))
            if grx is not None and grx.search(just_before):
                fitting.append(r)
        if not fitting:
            continue
        froms = [_bound(r.get("from"), upper=False) for r in fitting]
        tos = [_bound(r.get("to"), upper=True) for r in fitting]
        frm = "" if not all(froms) else min(froms)
        to = "" if not all(tos) else max(tos)
        title = "/".join(dict.fromkeys(str(r.get("title_en", "")) for r in fitting))
        key = (mnt.get("actor_id"), title)
        out.setdefault(key, {"actor_id": mnt.get("actor_id"), "title": title, "from": frm,
                             "to": to, "para_idx": pi})
    return list(out.values())


# -- the decision -----------------------------------------------------------------
def _period_start(value: str) -> str:
    if len(value) == 4:
        return value + "-01-01"
    if len(value) == 7:
        return value + "-01"
    return value[:10]


def _text_dates(absolute_timexes: list[dict], paragraphs: list[str]) -> list[tuple[str, str]]:
    """(start of period, value) of absolute dates the text presents as past."""
    out = []
    folded: dict[int, str] = {}
    for t in absolute_timexes:
        v = t.get("value") or ""
        if not v:
            continue
        pi = t.get("para_idx")
        if pi is not None and 0 <= int(pi) < len(paragraphs):
            pi = int(pi)
            if pi not in folded:
                folded[pi] = fold(paragraphs[pi])
            s = int(t.get("start", 0))
            # folding may delete diacritics: the window is approximate, which is fine
            if _future_before(folded[pi], min(s, len(folded[pi]))):
                continue
        out.append((_period_start(v), v))
    return out


def _days(a: str, b: str) -> int:
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def decide(stated: tuple[str, str] | None, sidecar: tuple[str, str] | None,
           absolute_timexes: list[dict], mentions: list[dict], paragraphs: list[str],
           registry, reference_events) -> dict:
    """Publication date of one article with its interval and evidence.

    ``stated``/``sidecar`` are (ISO value, precision) or None. Returns
    published, published_precision (day/month/year/none), published_source
    (text/metadata/inferred/none), published_earliest, published_latest and
    published_evidence (';'-joined, human-readable).
    """
    evidence: list[str] = []
    lowers: list[tuple[str, str]] = []  # (date, why)
    uppers: list[tuple[str, str]] = []

    dates = _text_dates(absolute_timexes or [], paragraphs or [])
    if dates:
        start, value = max(dates)
        lowers.append((start, f"latest date in text {value}"))
    for ev in find_reference_events(paragraphs or [], reference_events or []):
        lowers.append((ev["date"], f"refers to {ev['id']} ({ev['date']})"))
    tenures = tenure_evidence(mentions or [], paragraphs or [], registry)
    for te in tenures:
        span = f"{te['from'] or '?'}..{te['to'] or ''}"
        why = f"{te['actor_id']} as {te['title']} ({span})"
        if te["from"]:
            lowers.append((te["from"], why))
        if te["to"]:
            uppers.append((te["to"], why))
        if not te["from"] and not te["to"]:
            evidence.append(why)

    earliest = max(lowers)[0] if lowers else ""
    latest = min(uppers)[0] if uppers else ""
    for d, why in sorted(lowers, reverse=True):
        evidence.append(f"after {d}: {why}")
    for d, why in sorted(uppers):
        evidence.append(f"before {d}: {why}")
    if earliest and latest and earliest > latest:
        evidence.append(f"conflict: earliest {earliest} > latest {latest}")

    result = {"published": "", "published_precision": "none", "published_source": "none",
              "published_earliest": earliest, "published_latest": latest}

    chosen = None
    if stated and stated[0]:
        chosen, source = stated, "text"
    elif sidecar and sidecar[0]:
        chosen, source = sidecar, "metadata"
    if chosen is not None:
        value, precision = chosen[0], chosen[1] or "day"
        if precision == "week":  # a week value is its Monday: keep the month
            value, precision = value[:7], "month"
        if precision not in ("day", "month", "year"):
            precision = {10: "day", 7: "month", 4: "year"}.get(len(value), "none")
        result.update(published=value, published_precision=precision, published_source=source)
        evidence.insert(0, f"{'stated in text' if source == 'text' else 'sidecar'} {value}")
    elif earliest and latest and earliest <= latest:
        span = _days(earliest, latest)
        if span <= MONTH_SPAN_DAYS:
            result.update(published=earliest[:7], published_precision="month",
                          published_source="inferred")
        elif earliest[:4] == latest[:4]:
            result.update(published=earliest[:4], published_precision="year",
                          published_source="inferred")
    result["published_evidence"] = ";".join(evidence)
    return result
