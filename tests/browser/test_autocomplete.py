"""The search box's suggestions in a real browser: keyboard only, announced, no layout
shift, no axe violation; and the result-kind tabs without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, new_context, screenshot

pytestmark = pytest.mark.browser


def page_box(page):
    """The search page's own query box (the header has one too, hidden on a phone)."""
    return page.locator("#recherche-page")


def listbox_of(page, box):
    return page.locator("#" + box.get_attribute("aria-controls"))


def type_slowly(box, text):
    box.click()
    box.fill("")
    box.press_sequentially(text, delay=40)


@pytest.fixture(params=["bureau", "telephone"])
def any_page(request, browser, live_url):
    mobile = request.param == "telephone"
    kwargs = {"viewport": {"width": 360, "height": 740}, "is_mobile": True} if mobile else {}
    context = new_context(browser, live_url, **kwargs)
    page = context.new_page()
    page.variant = request.param
    yield page
    context.close()


def test_suggestions_are_chosen_with_the_keyboard_and_announced(any_page):
    page = any_page
    page.goto("/recherche/?q=atelier")
    box = page_box(page)
    expect(box).to_have_attribute("role", "combobox")
    expect(box).to_have_attribute("aria-expanded", "false")
    below = page.locator(".search-tabs")
    before = below.bounding_box()

    type_slowly(box, "tablet")
    listbox = listbox_of(page, box)
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    options = listbox.get_by_role("option")
    count = options.count()
    assert 1 <= count <= 8
    expect(page.locator("#recherche-page ~ [role=status]")).to_contain_text("suggestion")
    # The list floats: what follows the box has not moved.
    assert below.bounding_box() == before
    screenshot(page, f"autocomplete-{page.variant}")

    box.press("ArrowDown")
    first = options.nth(0)
    expect(first).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    expect(box).to_be_focused()
    if count > 1:
        box.press("ArrowDown")
        expect(options.nth(1)).to_have_attribute("aria-selected", "true")
        expect(first).to_have_attribute("aria-selected", "false")
        box.press("ArrowUp")
    expect(first).to_have_attribute("aria-selected", "true")

    assert axe_violations(page) == []

    box.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).not_to_have_attribute("aria-activedescendant", re.compile(".+"))
    expect(box).to_have_value("tablet")

    box.press("ArrowDown")
    expect(listbox).to_be_visible()
    title = first.locator("span").first.inner_text()
    box.press("Enter")
    expect(page).not_to_have_url(re.compile(r"q=atelier"))
    assert title in page.title() or "tag=" in page.url


def test_a_typo_still_gets_suggestions_and_enter_without_choice_searches(page):
    page.goto("/recherche/")
    box = page_box(page)
    type_slowly(box, "tablete")
    expect(listbox_of(page, box).get_by_role("option").first).to_be_visible()
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/recherche/\?q=tablete"))


def test_tabs_are_links_with_counts_without_javascript(browser, live_url):
    context = new_context(browser, live_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/recherche/?q=numerique")
    tabs = page.get_by_role("navigation", name="Types de résultats")
    current = tabs.locator("[aria-current=page]")
    expect(current).to_contain_text("Ressources")
    courses = tabs.get_by_role("link", name=re.compile(r"^Parcours \d+"))
    courses.click()
    expect(page).to_have_url(re.compile(r"kind=parcours"))
    expect(tabs.locator("[aria-current=page]")).to_contain_text("Parcours")
    expect(page.locator(".results__count")).to_contain_text("parcours")
    url = page.url
    context.close()
    # The same tab as everyone sees it: no axe violation.
    context = new_context(browser, live_url)
    page = context.new_page()
    page.goto(url)
    screenshot(page, "recherche-onglet-parcours")
    assert axe_violations(page) == []
    context.close()
