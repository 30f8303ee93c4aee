"""Real-browser tests: Playwright for Python driving Debian's Chromium, on a live demo site.

The site runs in its own process (tests/browser/server.py) on a fresh SQLite database with
the demo content, started once per session. Chromium is the system one, Debian's headless
shell (``apt-get install chromium-headless-shell``, done by .ci/run) or else the full
browser: nothing is downloaded. Without Chromium or Playwright, the browser tests are
skipped outside CI and fail in CI.

With BROWSER_SCREENSHOTS=1, screenshots of each page type go to test-artifacts/screenshots/
(ignored by git); ``make screenshots`` writes them without running the tests.
"""

import os
import re
from pathlib import Path

import pytest

from tests.browser.config import (  # noqa: F401 (re-exported for the tests)
    AXE_OPTIONS,
    CHROMIUM_ARGS,
    COURSE,
    DESKTOP,
    INSTALL_CHROMIUM,
    MOBILE,
    PAGE_TYPES,
    RECIPE,
    SHEET,
    WORKSHOP,
    chromium_executable,
)

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"


def _unavailable(reason):
    if os.environ.get("CI"):
        pytest.fail(f"CI : {reason}", pytrace=False)
    pytest.skip(reason)


# The demo server: started as soon as the collection has browser tests in it, so that its
# migrations and demo content load while the rest of the suite runs (browser tests last).
_server = None


def pytest_collection_modifyitems(config, items):
    """Browser tests last (stable order otherwise): the server gets ready meanwhile.

    Under pytest-xdist (``--dist loadgroup``) they form one group, run by one worker
    against one demo server, in order (the journeys change its data). Being the largest
    group, xdist hands it out first, so the other worker runs the rest of the suite."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.xdist_group("browser"))


def pytest_collection_finish(session):
    global _server
    if session.config.option.collectonly or os.environ.get("BROWSER_TESTS_URL"):
        return
    # Each xdist worker collects every test but only one runs the browser group: it starts
    # the server when its first browser test asks for it (live_url).
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    wanted = any(item.get_closest_marker("browser") for item in session.items)
    if _server is None and wanted and chromium_executable():
        from tests.browser.server import ServerProcess

        _server = ServerProcess()


def pytest_sessionfinish(session):
    global _server
    if _server is not None:
        _server.stop()
        _server = None


@pytest.fixture(scope="session")
def chromium_path():
    path = chromium_executable()
    if not path:
        _unavailable(f"Chromium est absent ({INSTALL_CHROMIUM}) : tests navigateur ignorés.")
    try:
        import axe_playwright_python  # noqa: F401
        import playwright  # noqa: F401
    except ImportError:
        _unavailable("playwright / axe-playwright-python absents (pip install -e '.[dev]').")
    return path


@pytest.fixture(scope="session")
def live_url(chromium_path):
    """Base URL of a live demo site, shared by the whole browser session.

    BROWSER_TESTS_URL reuses a server already started with ``python -m tests.browser.server
    DIR`` (faster when working on these tests; the journeys change its data).
    """
    global _server
    if os.environ.get("BROWSER_TESTS_URL"):
        return os.environ["BROWSER_TESTS_URL"].rstrip("/")
    if _server is None:
        from tests.browser.server import ServerProcess

        _server = ServerProcess()
    return _server.url()


@pytest.fixture(scope="module")
def browser(chromium_path, live_url):
    """Chromium, for the tests of one module.

    Playwright's sync API runs an event loop in the test thread while it is started, and
    Django refuses database access in a thread running an event loop. The xdist worker
    that runs the browser group runs other tests after it: Playwright stops with each
    module, not with the session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def resolved_pages(browser, live_url):
    """PAGE_TYPES with the form URLs that depend on database ids filled in."""
    context = browser.new_context(base_url=live_url)
    response = context.request.get(SHEET)
    html = response.text()
    context.close()
    assert response.status == 200, f"{SHEET} : {response.status}"
    forms = {}
    for key, prefix in (("report", "/signaler/"), ("feedback", "/avis/")):
        found = re.search(rf'action="({prefix}\d+/)"', html)
        assert found, f"pas de formulaire {prefix} sur {SHEET}"
        forms[key] = found.group(1)
    return {name: forms.get(path, path) for name, path in PAGE_TYPES.items()}


def new_context(browser, live_url, **kwargs):
    kwargs.setdefault("viewport", DESKTOP)
    kwargs.setdefault("locale", "fr-FR")
    context = browser.new_context(base_url=live_url, **kwargs)
    context.set_default_timeout(20_000)
    return context


@pytest.fixture
def context(browser, live_url):
    context = new_context(browser, live_url)
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture
def mobile_context(browser, live_url):
    context = new_context(browser, live_url, viewport=MOBILE, is_mobile=True, has_touch=True)
    yield context
    context.close()


def axe_violations(page):
    """axe-core's WCAG 2.1 A/AA violations on the current page, as readable lines."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=AXE_OPTIONS)
    lines = []
    for violation in results.response["violations"]:
        targets = [" ".join(map(str, node["target"])) for node in violation["nodes"]][:5]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} — {targets}")
    return lines


def screenshot(page, name):
    """A full-page PNG of ``page``, when BROWSER_SCREENSHOTS is set: encoding one costs
    about as much as loading the page, and ``make screenshots`` makes them all."""
    if not os.environ.get("BROWSER_SCREENSHOTS"):
        return
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^a-z0-9-]+", "-", name.lower())
    page.screenshot(path=str(folder / f"{safe}.png"), full_page=True)
