"""``make bench-pages``: weight and load timings of each page type in a real browser.

Starts the demo site (tests/browser/server.py: fresh SQLite database, demo content), opens
each page type in Debian's Chromium (Playwright, headless, empty cache) and prints per page:
the bytes transferred for HTML + CSS + JS (the 100 KB budget of the browser tests), the
image bytes, and the browser's navigation timings (time to first byte, DOMContentLoaded,
load). Each page is loaded ``--runs`` times; timings are medians.

The test server sends files uncompressed: in production whitenoise serves CSS and JS
compressed, so these weights are an upper bound.
"""

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser.checks import WEIGHT_LIMIT, WeightRecorder  # noqa: E402
from tests.browser.config import (  # noqa: E402
    CHROMIUM_ARGS,
    DESKTOP,
    INSTALL_CHROMIUM,
    MOBILE,
    PAGE_TYPES,
    SHEET,
    chromium_executable,
)
from tests.browser.server import start_server  # noqa: E402

TIMINGS_JS = """
() => {
  const nav = performance.getEntriesByType("navigation")[0];
  return {ttfb: nav.responseStart - nav.startTime,
          dcl: nav.domContentLoadedEventEnd - nav.startTime,
          load: nav.loadEventEnd - nav.startTime};
}
"""


def resolve(browser, url):
    import re

    context = browser.new_context(base_url=url)
    html = context.request.get(SHEET).text()
    context.close()
    ids = {
        "report": re.search(r'action="(/signaler/\d+/)"', html),
        "feedback": re.search(r'action="(/avis/\d+/)"', html),
    }
    return {
        name: (ids[path].group(1) if path in ids else path) for name, path in PAGE_TYPES.items()
    }


def measure(browser, url, path, viewport, runs):
    rows = []
    for _ in range(runs):
        context = browser.new_context(base_url=url, viewport=viewport)
        page = context.new_page()
        weight = WeightRecorder(page)
        page.goto(path, wait_until="load")
        page.wait_for_function("performance.getEntriesByType('navigation')[0].loadEventEnd > 0")
        timings = page.evaluate(TIMINGS_JS)
        text, _details = weight.text_bytes()
        rows.append({**timings, "text": text, "images": weight.image_bytes()})
        context.close()
    return {
        "text": rows[0]["text"],
        "images": rows[0]["images"],
        **{key: statistics.median(row[key] for row in rows) for key in ("ttfb", "dcl", "load")},
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="chargements par page (médiane)")
    parser.add_argument("--mobile", action="store_true", help="écran de téléphone 360×740")
    args = parser.parse_args()

    chromium = chromium_executable()
    if not chromium:
        sys.exit(f"Chromium est requis : {INSTALL_CHROMIUM}")
    from playwright.sync_api import sync_playwright

    viewport = MOBILE if args.mobile else DESKTOP
    print("Démarrage du site de démonstration…", flush=True)
    with start_server() as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            pages = resolve(browser, url)
            print(
                f"\nPoids et temps de chargement par type de page ({viewport['width']}×"
                f"{viewport['height']}, cache vide, médiane de {args.runs} chargements)\n"
            )
            header = (
                f"{'type de page':<26}{'HTML+CSS+JS':>12}{'images':>10}"
                f"{'TTFB':>9}{'DOMContentLoaded':>18}{'load':>9}"
            )
            print(header)
            print("-" * len(header))
            over = []
            for name, path in pages.items():
                row = measure(browser, url, path, viewport, args.runs)
                flag = " !" if row["text"] > WEIGHT_LIMIT else ""
                if flag:
                    over.append(name)
                print(
                    f"{name:<26}{row['text'] / 1024:>9.1f} Ko{row['images'] / 1024:>7.0f} Ko"
                    f"{row['ttfb']:>6.0f} ms{row['dcl']:>15.0f} ms{row['load']:>6.0f} ms{flag}"
                )
            print(f"\nBudget : {WEIGHT_LIMIT // 1024} Ko de HTML+CSS+JS par page (images exclues).")
            if over:
                print(f"Au-dessus du budget : {', '.join(over)}")
        finally:
            browser.close()


if __name__ == "__main__":
    main()
