"""Screenshots of the search page for the README, taken in Debian's headless Chromium (as tests/test_page.py
drives it) against the shipped service over an index.

    python docs/screenshot.py --index-dir DIR [--out docs/search-charts.png] [--width 1100] [--height 900]
                              [--clip SELECTOR | --full-page] QUERY [NAME=VALUE...]

Starts gunicorn over DIR (service/launch.py), opens `/?q=QUERY&NAME=VALUE...` and saves the first screen
(or the element --clip selects, or the whole page).
"""

from __future__ import annotations

import argparse
import sys
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playwright.sync_api import sync_playwright  # noqa: E402

from service.launch import launched  # noqa: E402

CHROMIUM = "/usr/bin/chromium"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("query")
    parser.add_argument("params", nargs="*", help="more page parameters as NAME=VALUE (province=甘肃, sort=date)")
    parser.add_argument("--index-dir", required=True)
    parser.add_argument("--out", default="docs/search-charts.png")
    parser.add_argument("--width", type=int, default=1100)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--clip", default=None, help="CSS selector of the part to capture")
    parser.add_argument("--full-page", action="store_true", help="the whole page, not the first screen")
    args = parser.parse_args()
    params = [("q", args.query), *(tuple(p.split("=", 1)) for p in args.params)]
    with launched(Path(args.index_dir)) as service, sync_playwright() as p:
        service.wait_until_healthy(timeout=60)
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": args.width, "height": args.height}, locale="zh-CN")
        page.goto(f"{service.url}/?{urllib.parse.urlencode(params)}")
        target = page.locator(args.clip).first if args.clip else page
        target.screenshot(path=args.out, **({} if args.clip else {"full_page": args.full_page}))
        browser.close()
    print(f"saved {args.out}")


if __name__ == "__main__":
    main()
