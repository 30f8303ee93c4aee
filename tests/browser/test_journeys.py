"""Visitors' journeys in a real browser, with and without JavaScript, on desktop and phone."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.checks import STRUCTURE_JS
from tests.browser.conftest import DESKTOP, MOBILE, axe_violations, new_context, screenshot

pytestmark = pytest.mark.browser

VARIANTS = {
    "bureau": {"viewport": DESKTOP},
    "bureau-sans-js": {"viewport": DESKTOP, "java_script_enabled": False},
    "mobile": {"viewport": MOBILE, "is_mobile": True, "has_touch": True},
    "mobile-sans-js": {
        "viewport": MOBILE,
        "is_mobile": True,
        "has_touch": True,
        "java_script_enabled": False,
    },
}


@pytest.fixture(params=list(VARIANTS))
def variant_page(request, browser, live_url):
    context = new_context(browser, live_url, **VARIANTS[request.param])
    page = context.new_page()
    page.variant = request.param
    yield page
    context.close()


def test_browse_filter_open_and_download(variant_page):
    """Home → « Ateliers » → filter by theme → open a workshop → download its handout."""
    page = variant_page
    page.goto("/")
    navigation = page.get_by_role("navigation", name="Menu principal")
    link = navigation.get_by_role("link", name="Ateliers", exact=True)
    if not link.is_visible():
        # On a phone, the navigation sits behind its « Menu » button.
        navigation.get_by_text("Menu", exact=True).click()
    link.click()
    expect(page).to_have_url(re.compile(r"/ateliers/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Ateliers")

    page.get_by_label("Thème").select_option(label="Risques cyber et protection")
    page.get_by_role("button", name="Filtrer").click()
    expect(page).to_have_url(re.compile(r"theme=risques-cyber-et-protection"))
    cards = page.locator(".card-grid .card")
    expect(cards.first).to_be_visible()
    # Every listed workshop carries the chosen theme.
    for text in cards.locator(".card__meta").all_inner_texts():
        assert "Risques cyber et protection" in text

    page.get_by_role("link", name="Repérer les arnaques en ligne").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Repérer les arnaques en ligne")
    screenshot(page, f"parcours-ressource-{page.variant}")

    link = page.locator("a[download][href^='/documents/']").first
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as document:
        assert document.read(5) == b"%PDF-"


def test_search_refine_and_open(variant_page):
    """A query with a wrong accent finds results; two facets refine; one is removed."""
    page = variant_page
    page.goto("/")
    # A searchbox, or a combobox once search.js adds its suggestions.
    search = page.get_by_label("Rechercher dans les ressources").first
    search.fill("sécurite")  # « sécurité » typed with a missing accent
    search.press("Enter")
    expect(page).to_have_url(re.compile(r"/recherche/\?q="))
    count = page.locator(".results__count")
    expect(count).to_contain_text("trouvée")
    total = int(re.search(r"\d+", count.inner_text()).group())
    assert total >= 2

    sheets = page.get_by_label(re.compile(r"^Fiche pratique"))
    if not sheets.is_visible():
        # On a phone, the filters sit behind their « Filtrer » disclosure.
        page.locator(".search-filters > summary").click()
    sheets.check()
    page.get_by_label(re.compile(r"^Débutant")).check()
    page.get_by_role("button", name="Appliquer les filtres").click()
    expect(page).to_have_url(re.compile(r"type=fiche"))
    expect(page).to_have_url(re.compile(r"level=debutant"))
    refined = int(re.search(r"\d+", count.inner_text()).group())
    assert 1 <= refined <= total
    # The text itself: the badge may be shown in capitals by the style sheet.
    for text in page.locator(".search-result__type").all_text_contents():
        assert text.strip() == "Fiche pratique"
    screenshot(page, f"parcours-recherche-filtree-{page.variant}")

    active = page.locator(".active-filters")
    active.get_by_role("link", name=re.compile(r"^Niveau : Débutant")).click()
    expect(page).not_to_have_url(re.compile(r"level="))
    expect(page).to_have_url(re.compile(r"type=fiche"))
    assert int(re.search(r"\d+", count.inner_text()).group()) >= refined

    first = page.locator(".search-result__title a").first
    title = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


SELECTION = [
    ("/fiches-pratiques/activer-et-utiliser-mon-espace-sante/", "Activer et utiliser Mon espace"),
    ("/recettes/club-code-fablab-ados-reunion/", "Un club de code au fablab"),
    ("/ateliers/reperer-les-arnaques-en-ligne/", "Repérer les arnaques en ligne"),
]


def test_selection_reorder_and_booklet(page):
    """Add three resources to « Ma sélection », move the last one up, open the booklet."""
    for path, _title in SELECTION:
        page.goto(path)
        page.get_by_role("button", name=re.compile(r"^Ajouter à ma sélection")).click()
    page.goto("/selection/")
    modules = page.locator(".program__heading a")
    expect(modules).to_have_count(3)
    for position, (_path, title) in enumerate(SELECTION):
        expect(modules.nth(position)).to_contain_text(title)

    page.get_by_role("button", name=re.compile(r"^Monter : Repérer les arnaques")).click()
    expect(modules.nth(1)).to_contain_text("Repérer les arnaques en ligne")
    expect(modules.nth(2)).to_contain_text("Un club de code au fablab")
    assert axe_violations(page) == []
    assert page.evaluate(STRUCTURE_JS) == []
    screenshot(page, "selection-remplie-bureau")

    booklet = page.get_by_role("link", name=re.compile("livret", re.I)).first
    booklet.click()
    expect(page).to_have_url(re.compile(r"/selection/livret/"))
    text = page.locator("main").inner_text()
    positions = [text.find(title) for _path, title in SELECTION]
    assert -1 not in positions
    assert positions[0] < positions[2] < positions[1]
    assert axe_violations(page) == []
    assert page.evaluate(STRUCTURE_JS) == []
    screenshot(page, "livret-bureau")
