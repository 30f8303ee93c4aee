"""``make screenshots``: full-page PNGs of every page type, on a desktop and on a phone.

``python -m tests.browser.screenshots [--url URL] [--out DIR]`` starts the demo server of
the browser tests (or uses URL, e.g. one started with ``python -m tests.browser.server``),
then writes ``<page type>-<width>x<height>.png`` at 1280×800 and 360×740 into
test-artifacts/screenshots/ (ignored by git), with Debian's Chromium driven by Playwright.
Look at them before and after a change to the templates or the CSS.
"""

import argparse
import re
import sys
from contextlib import nullcontext
from pathlib import Path

from tests.browser.config import (
    CHROMIUM_ARGS,
    DESKTOP,
    EXTRA_PAGES,
    INSTALL_CHROMIUM,
    MOBILE,
    PAGE_TYPES,
    SHEET,
    chromium_executable,
)
from tests.browser.server import start_server

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "test-artifacts" / "screenshots"


def form_pages(request):
    """The report and feedback form URLs, which carry the demo sheet's id."""
    html = request.get(SHEET).text()
    forms = {}
    for key, prefix in (("report", "/signaler/"), ("feedback", "/avis/")):
        found = re.search(rf'action="({prefix}\d+/)"', html)
        if found:
            forms[key] = found.group(1)
    return forms


def take_screenshots(base_url, output=OUTPUT):
    """Every page type at both sizes; returns the paths written."""
    from playwright.sync_api import sync_playwright

    output.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_executable(), args=CHROMIUM_ARGS
        )
        for viewport, phone in ((DESKTOP, False), (MOBILE, True)):
            context = browser.new_context(
                base_url=base_url,
                viewport=viewport,
                is_mobile=phone,
                has_touch=phone,
                locale="fr-FR",
                reduced_motion="reduce",
            )
            forms = form_pages(context.request)
            pages = {name: forms.get(path, path) for name, path in PAGE_TYPES.items()}
            pages.update(EXTRA_PAGES)
            page = context.new_page()
            for name, path in pages.items():
                if path in ("report", "feedback"):
                    continue  # the demo sheet has no such form any more
                page.goto(path, wait_until="load")
                target = output / f"{name}-{viewport['width']}x{viewport['height']}.png"
                page.screenshot(path=str(target), full_page=True)
                written.append(target)
            context.close()
        browser.close()
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="site déjà démarré (sinon, un serveur de démonstration)")
    parser.add_argument("--out", type=Path, default=OUTPUT, help="dossier des captures")
    args = parser.parse_args()
    if not chromium_executable():
        sys.exit(f"Chromium est absent : {INSTALL_CHROMIUM} (Debian, en root).")
    try:
        import playwright  # noqa: F401
    except ImportError:
        sys.exit("Playwright est absent : make install-dev.")
    with nullcontext(args.url.rstrip("/")) if args.url else start_server() as base_url:
        written = take_screenshots(base_url, args.out)
    print(f"{len(written)} captures dans {args.out}")


if __name__ == "__main__":
    main()
