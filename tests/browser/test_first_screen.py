"""What a person sees on the first screen (issue 15), at 1280×800 and on a 360×740 phone.

The first search result, the phone header's height, the « Ajouter à ma sélection » action:
measured in Chromium on the demo site, as a visitor sees them without scrolling.
"""

import re

import pytest

from tests.browser.conftest import (
    DESKTOP,
    MOBILE,
    RECIPE,
    SHEET,
    WORKSHOP,
    axe_violations,
    new_context,
)

pytestmark = pytest.mark.browser

SCREENS = {"bureau": (DESKTOP, False), "telephone": (MOBILE, True)}
HEADER_SHARE_LIMIT = 0.20


@pytest.fixture(params=list(SCREENS))
def screen(request, browser, live_url):
    viewport, phone = SCREENS[request.param]
    context = new_context(browser, live_url, viewport=viewport, is_mobile=phone, has_touch=phone)
    yield context.new_page(), viewport
    context.close()


def top_in_page(locator):
    """The element's top edge, in CSS px from the top of the page (not of the viewport)."""
    return locator.evaluate("(el) => el.getBoundingClientRect().top + window.scrollY")


def test_first_search_result_is_on_the_first_screen(screen):
    page, viewport = screen
    page.goto("/recherche/?q=atelier")
    first = page.locator(".search-result").first
    assert first.count() == 1, "aucun résultat pour « atelier »"
    top = top_in_page(first)
    assert top < viewport["height"], f"premier résultat à {top:.0f} px (écran : {viewport})"
    assert axe_violations(page) == []


def test_phone_header_takes_at_most_a_fifth_of_the_screen(browser, live_url):
    viewport = MOBILE
    context = new_context(browser, live_url, viewport=viewport, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        for path in ("/", SHEET, "/recherche/?q=atelier"):
            page.goto(path)
            height = page.get_by_role("banner").bounding_box()["height"]
            limit = viewport["height"] * HEADER_SHARE_LIMIT
            assert height <= limit, f"{path} : en-tête de {height:.0f} px > {limit:.0f} px"
    finally:
        context.close()


@pytest.mark.parametrize("path", [SHEET, RECIPE, WORKSHOP], ids=["fiche", "recette", "atelier"])
def test_add_to_selection_is_on_the_first_desktop_screen(path, page):
    assert page.viewport_size == DESKTOP
    page.goto(path)
    action = page.get_by_role("button", name=re.compile("Ajouter à ma sélection")).first
    box = action.bounding_box()
    assert box is not None, f"{path} : pas d'action « Ajouter à ma sélection » visible"
    bottom = top_in_page(action) + box["height"]
    assert bottom <= DESKTOP["height"], (
        f"{path} : « Ajouter à ma sélection » finit à {bottom:.0f} px"
    )
