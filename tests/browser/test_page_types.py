"""Every page type in a real browser: axe-core (WCAG 2.1 A/AA), structure, weight, screenshots."""

import re

import pytest

from tests.browser.checks import (
    IMAGES_JS,
    MOTION_JS,
    OVERFLOW_JS,
    STRUCTURE_JS,
    WEIGHT_LIMIT,
    WeightRecorder,
)
from tests.browser.conftest import PAGE_TYPES, axe_violations, new_context, screenshot

pytestmark = pytest.mark.browser

EXPECTED_STATUS = {"page-introuvable": 404}


@pytest.mark.parametrize("name", list(PAGE_TYPES))
def test_page_type_desktop(name, page, resolved_pages):
    """Desktop: zero axe violations, sound structure, responsive lazy images, ≤ 100 KB."""
    weight = WeightRecorder(page)
    response = page.goto(resolved_pages[name], wait_until="load")
    assert response.status == EXPECTED_STATUS.get(name, 200)

    assert axe_violations(page) == []
    assert page.evaluate(STRUCTURE_JS) == []
    assert page.evaluate(IMAGES_JS) == []

    total, details = weight.text_bytes()
    assert total <= WEIGHT_LIMIT, f"{name} : {total} octets HTML+CSS+JS > 100 Ko\n{details}"
    screenshot(page, f"{name}-bureau")


@pytest.mark.parametrize("name", list(PAGE_TYPES))
def test_page_type_mobile(name, mobile_context, resolved_pages):
    """360×740 phone: zero axe violations and no horizontal scrolling."""
    page = mobile_context.new_page()
    page.goto(resolved_pages[name])
    assert axe_violations(page) == []
    overflow = page.evaluate(OVERFLOW_JS)
    assert overflow["scrollWidth"] <= overflow["width"], overflow
    screenshot(page, f"{name}-mobile")


ZOOM_PAGES = ["accueil", "rubrique-ateliers", "atelier", "recherche-resultats", "contribuer"]


@pytest.mark.parametrize("name", ZOOM_PAGES)
def test_zoom_200_percent(name, browser, live_url, resolved_pages):
    """A 1280 px window zoomed to 200 %: 640 CSS px at scale 2, nothing cut, no side scroll."""
    context = new_context(
        browser, live_url, viewport={"width": 640, "height": 450}, device_scale_factor=2
    )
    try:
        page = context.new_page()
        page.goto(resolved_pages[name])
        overflow = page.evaluate(OVERFLOW_JS)
        assert overflow["scrollWidth"] <= overflow["width"], overflow
        # The main navigation and the search stay reachable.
        assert page.locator(".main-nav a").first.is_visible()
        assert page.locator("#recherche-entete").is_visible()
    finally:
        context.close()


def test_reduced_motion_is_respected(browser, live_url):
    context = new_context(browser, live_url, reduced_motion="reduce")
    try:
        page = context.new_page()
        for path in (PAGE_TYPES["accueil"], PAGE_TYPES["atelier"]):
            page.goto(path)
            page.keyboard.press("Tab")
            assert page.evaluate(MOTION_JS) == []
    finally:
        context.close()


def test_titles_are_unique_and_meaningful(context, resolved_pages):
    titles = {}
    for name, path in resolved_pages.items():
        html = context.request.get(path).text()
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
        titles.setdefault(title, []).append(name)
    duplicates = {title: names for title, names in titles.items() if len(names) > 1}
    assert duplicates == {}
    assert all(title.endswith("— Communs") for title in titles)
