"""Generate a synthetic corpus from the bundled articles' paragraphs.

    python benchmarks/gen_corpus.py /tmp/bench_2k --n 2000 [--seed 7] [--avg-kb 4.5]

Every article is assembled from shuffled paragraphs of ``data/corpus/*.txt``
with its own headline, dateline (several written forms), outlet prefix, and
names, years, days and months swapped per article, so the corpus is not five
files repeated verbatim. A few articles are stored the way scraped files come
(Windows-1256, UTF-8 with BOM, CRLF, HTML) so ingestion paths are exercised;
a ``metadata.csv`` sidecar fills outlet/published for some of them.
Deterministic: the same ``--seed`` and ``--n`` give the same bytes.
The average size defaults to 4.5 KB, so 2,000 articles are about 9 MB.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "data" / "corpus"

NAMES = [
    "نيكولاي باتروشيف", "علي شمخاني", "علي أكبر أحمديان", "سيرغي لافروف", "سيرغي شويغو",
    "فلاديمير بوتين", "إبراهيم رئيسي", "حسين أمير عبد اللهيان", "فولوديمير زيلينسكي",
    "جو بايدن", "جون كيربي", "مسعود بزشكيان", "عباس عراقجي", "ناصر كنعاني", "ماريا زاخاروفا",
    "ميخائيل بوغدانوف", "أنتوني بلينكن", "محمد باقري", "حسين سلامي", "سعيد جليلي",
    "دميترو كوليبا", "أندريه بيلوسوف", "يوسف المنصوري", "كريم الحسيني", "سامر العبيدي",
]
SURNAMES = ["باتروشيف", "شمخاني", "أحمديان", "لافروف", "شويغو", "بوتين", "رئيسي", "عبداللهيان",
            "بايدن", "كيربي"]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]
LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول"]
OUTLETS = ["صدى نيوز", "الحدث", "متابعات", "وكالات", "الجزيرة نت", "روسيا اليوم", "العربي الجديد"]
_NAME_RE = re.compile("|".join(sorted(SURNAMES, key=len, reverse=True)))
_YEAR_RE = re.compile(r"(?<!\d)20[12]\d(?!\d)")
_MONTH_RE = re.compile("|".join(MONTHS))
_DAY_MONTH_RE = re.compile(r"(?<!\d)(\d{1,2})(\s+)(" + "|".join(MONTHS) + ")")


def source_pool() -> tuple[list[str], list[str]]:
    """(paragraphs, headlines) of the bundled articles."""
    paragraphs, headlines = [], []
    for path in sorted(SOURCE.glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8-sig").splitlines()]
        lines = [ln for ln in lines if ln]
        for ln in lines:
            if len(ln) >= 120:
                paragraphs.append(ln)
            elif 25 <= len(ln) < 120 and not re.search(r"[0-9A-Za-z]", ln) and len(headlines) < 40:
                headlines.append(ln)
    return paragraphs, headlines


def _dateline(rng: random.Random, y: int, m: int, d: int) -> str:
    forms = [
        f"في {y}/{m:02d}/{d:02d}",
        f"الساعة : {rng.randint(0, 23):02d}:{rng.choice([0, 15, 30, 45]):02d}\n{d} {MONTHS[m - 1]} {y}",
        f"{d} {LEVANTINE[m - 1]}/ {MONTHS[m - 1]} {y}",
        f"نشر في: {d:02d}-{m:02d}-{y}",
        "",  # undated: publication date must be inferred
    ]
    return rng.choice(forms)


def make_article(rng: random.Random, paragraphs: list[str], headlines: list[str],
                 target_bytes: int) -> tuple[str, dict]:
    y, m, d = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    names = rng.sample(NAMES, 6)
    name_map = {s: names[i % len(names)].split()[-1] if rng.random() < 0.5 else names[i % len(names)]
                for i, s in enumerate(SURNAMES)}
    year_shift = y - 2022

    def vary(text: str) -> str:
        text = _NAME_RE.sub(lambda mo: name_map[mo.group(0)], text)
        text = _YEAR_RE.sub(lambda mo: str(min(2025, max(2010, int(mo.group(0)) + year_shift))), text)
        text = _DAY_MONTH_RE.sub(lambda mo: f"{rng.randint(1, 28)}{mo.group(2)}{mo.group(3)}", text)
        return _MONTH_RE.sub(lambda mo: rng.choice(MONTHS), text) if rng.random() < 0.5 else text

    outlet = rng.choice(OUTLETS)
    body: list[str] = []
    size = 0
    while size < target_bytes:
        p = vary(rng.choice(paragraphs))
        if rng.random() < 0.3:  # cut a long paragraph at a sentence end to vary shapes
            cut = p.find("، ", len(p) // 2)
            p = p[:cut] + "." if cut > 0 else p
        body.append(p)
        size += len(p.encode("utf-8")) + 2
    title = vary(rng.choice(headlines))
    parts = [title, "", _dateline(rng, y, m, d), "", f"{outlet} - {body[0]}", *body[1:]]
    if rng.random() < 0.2:
        parts += ["", "اقرأ أيضاً: " + vary(rng.choice(headlines)), "شارك"]
    meta = {"outlet": outlet if rng.random() < 0.3 else "",
            "published": f"{y}-{m:02d}-{d:02d}" if rng.random() < 0.2 else ""}
    return "\n\n".join(parts) + "\n", meta


def encode(rng: random.Random, text: str) -> tuple[bytes, str]:
    """Most files UTF-8; a few in the shapes scraped files come in."""
    r = rng.random()
    if r < 0.02:
        return text.encode("cp1256", errors="replace"), ".txt"
    if r < 0.04:
        return b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"), ".txt"
    if r < 0.05:
        paras = "".join(f"<p>{p}</p>\n" for p in text.split("\n\n")[1:] if p.strip())
        title = text.split("\n", 1)[0]
        html = (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><title>{title}</title>"
                f"<script>var x = 1;</script><style>p{{color:red}}</style></head><body>"
                f"<nav>الرئيسية » أخبار</nav><h1>{title}</h1>{paras}<footer>جميع الحقوق محفوظة</footer>"
                f"</body></html>")
        return html.encode("utf-8"), ".html"
    return text.encode("utf-8"), ".txt"


def generate(out: Path, n: int, seed: int = 7, avg_kb: float = 4.5) -> int:
    """Write ``n`` articles and a sidecar into ``out``; return the bytes written."""
    rng = random.Random(seed)
    paragraphs, headlines = source_pool()
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    rows = []
    for i in range(n):
        target = int(max(800.0, rng.lognormvariate(0, 0.45) * avg_kb * 1024 * 0.8))
        text, meta = make_article(rng, paragraphs, headlines, target)
        data, suffix = encode(rng, text)
        aid = f"syn_{i:06d}_{rng.getrandbits(32):08x}"
        (out / f"{aid}{suffix}").write_bytes(data)
        total += len(data)
        if meta["outlet"] or meta["published"]:
            rows.append({"article_id": aid, **meta, "url": "", "note": "synthetic"})
    with (out / "metadata.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["article_id", "outlet", "url", "published", "note"])
        w.writeheader()
        w.writerows(rows)
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="folder to write the articles into (created)")
    ap.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--avg-kb", type=float, default=4.5, help="average article size in KB")
    args = ap.parse_args(argv)
    out = Path(args.out)
    if out.exists() and any(out.iterdir()):
        print(f"gen_corpus: error: '{out}' is not empty", file=sys.stderr)
        return 2
    total = generate(out, args.n, args.seed, args.avg_kb)
    print(f"{args.n} articles, {total / 1e6:.1f} MB → {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
