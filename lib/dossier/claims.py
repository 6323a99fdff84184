"""Claim–response pairing across the corpus.

``pair(statement_records, registry)`` pairs, topic by topic, every claim with
the denials and admissions of the accused party: a response is any
``denial`` or ``admission`` statement on the same topic whose speaker's
country is the claim's ``accused_country`` — in the same article or in
another one, before or after the claim (reporting order is not the order of
events; the dates are in the rows for the analyst to judge).

One row per (topic, claim, response); a claim with no response gets one row
with an empty ``response_id``. Every row carries the claim's status on that
topic:

* ``admitted`` — at least one full admission;
* ``partly admitted`` — only partial admissions ("a small number, before the
  war"), possibly alongside denials;
* ``denied`` — denials only;
* ``unanswered`` — no response found (also when the accused is unknown).

Rows are sorted by topic, claim (article, paragraph, number) and response.
"""

from __future__ import annotations

STATUS_ORDER = ("admitted", "partly admitted", "denied", "unanswered")


def _sid_key(sid: str) -> tuple:
    parts = str(sid).rsplit(":", 2)
    if len(parts) == 3:
        aid, pi, n = parts
        try:
            return (aid, int(pi), int(n))
        except ValueError:
            pass
    return (str(sid), 0, 0)


def _topics(rec: dict) -> list[str]:
    t = rec.get("topics") or ""
    if isinstance(t, (list, tuple)):
        return [x for x in t if x]
    return [x for x in str(t).split(";") if x]


def _truthy(v) -> bool:
    if isinstance(v, str):
        return v.strip().lower() in ("true", "1", "yes")
    return bool(v)


def status_of(responses: list[dict]) -> str:
    """Status of a claim from its responses (records with stance/partial)."""
    adm = [r for r in responses if r.get("stance") == "admission"]
    if any(not _truthy(r.get("partial")) for r in adm):
        return "admitted"
    if adm:
        return "partly admitted"
    if any(r.get("stance") == "denial" for r in responses):
        return "denied"
    return "unanswered"


def pair(statement_records: list[dict], registry=None) -> list[dict]:
    """Rows of the ``claim_responses`` table."""
    recs = sorted(statement_records or [], key=lambda r: _sid_key(r.get("statement_id", "")))
    claims = [r for r in recs if r.get("stance") == "claim"]
    # responses indexed by (topic, country)
    responses: dict[tuple[str, str], list[dict]] = {}
    for r in recs:
        if r.get("stance") in ("denial", "admission") and r.get("speaker_country"):
            for t in _topics(r):
                responses.setdefault((t, r["speaker_country"]), []).append(r)
    rows: list[dict] = []
    for c in claims:
        accused = c.get("accused_country") or ""
        for topic in _topics(c):
            found = [r for r in responses.get((topic, accused), []) if accused
                     and r.get("statement_id") != c.get("statement_id")]
            status = status_of(found)
            base = {
                "topic": topic, "claim_id": c.get("statement_id", ""),
                "claimant_actor_id": c.get("speaker_actor_id", ""),
                "claimant_country": c.get("speaker_country", ""),
                "accused_country": accused,
                "claim_article_id": c.get("article_id", ""), "claim_date": c.get("date", ""),
                "claim_status": status,
            }
            if not found:
                rows.append({**base, "response_id": "", "response_stance": "",
                             "response_partial": False, "responder_actor_id": "",
                             "response_article_id": "", "response_date": "", "same_article": False})
                continue
            for r in found:
                rows.append({
                    **base, "response_id": r.get("statement_id", ""),
                    "response_stance": r.get("stance", ""),
                    "response_partial": _truthy(r.get("partial")),
                    "responder_actor_id": r.get("speaker_actor_id", ""),
                    "response_article_id": r.get("article_id", ""),
                    "response_date": r.get("date", ""),
                    "same_article": r.get("article_id") == c.get("article_id"),
                })
    order = ("topic", "claim_id", "response_id", "response_stance", "claimant_actor_id",
             "claimant_country", "accused_country", "claim_article_id", "response_article_id",
             "same_article", "claim_status", "response_partial", "responder_actor_id",
             "claim_date", "response_date")
    rows = [{k: row[k] for k in order} for row in rows]
    rows.sort(key=lambda x: (x["topic"], _sid_key(x["claim_id"]),
                             _sid_key(x["response_id"]) if x["response_id"] else ("",)))
    return rows
