#!/usr/bin/env python3
"""Render a report's index.html and every briefing to PNG with headless Chromium.

    python scripts/screenshot.py [RUN_DIR] [--out DIR] [--width 1280] [--height 2400]

RUN_DIR defaults to outputs/latest. PNGs go to RUN_DIR/screenshots/ unless
--out is given. Needs Debian's ``chromium`` (``apt-get install -y chromium``).
The browser gets a throw-away profile and every network feature turned off, so
a screenshot also shows what an offline reader sees.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_browser() -> str | None:
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None


def screenshot(browser: str, page: Path, target: Path, width: int, height: int, timeout: float = 60) -> None:
    with tempfile.TemporaryDirectory(prefix="dossier-chromium-") as profile:
        cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--hide-scrollbars", f"--user-data-dir={profile}", f"--screenshot={target}",
               f"--window-size={width},{height}", page.resolve().as_uri()]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        if proc.returncode != 0 or not target.exists():
            raise RuntimeError(f"chromium failed on {page.name}: {proc.stderr.strip().splitlines()[-1:]}")


def pages(run_dir: Path) -> list[Path]:
    found = [run_dir / "index.html"] if (run_dir / "index.html").exists() else []
    return found + sorted(p for p in run_dir.glob("*.html") if p.name != "index.html")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run_dir", nargs="?", default=str(ROOT / "outputs" / "latest"))
    ap.add_argument("--out", help="folder for the PNGs (default: RUN_DIR/screenshots)")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=2400)
    args = ap.parse_args(argv)
    run_dir = Path(args.run_dir)
    if not run_dir.is_dir():
        print(f"screenshot: error: '{run_dir}' is not a report folder", file=sys.stderr)
        return 2
    browser = find_browser()
    if not browser:
        print("screenshot: error: no chromium found (apt-get install -y chromium)", file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else run_dir / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    status = 0
    for page in pages(run_dir):
        target = out / f"{page.stem}.png"
        try:
            screenshot(browser, page, target, args.width, args.height)
            print(target)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            print(f"screenshot: {exc}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
