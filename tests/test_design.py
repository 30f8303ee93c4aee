"""What a person sees: the search page's furniture, the header menu, long facet lists."""

import re
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commons.templatetags.design_tags import FACET_VISIBLE_OPTIONS, fold_options

SEARCH = "/recherche/"


def html_of(response):
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_search_results_have_a_filter_disclosure_and_no_developer_link(client, make_resources):
    make_resources(2)
    html = html_of(client.get(SEARCH))
    # The facets sit in a <details> « Filtrer »: a phone shows the results first, no JS needed.
    assert re.search(r'<details class="search-filters"[^>]*>\s*<summary>Filtrer</summary>', html)
    assert "Trier par" in html and "Appliquer les filtres" in html
    # JSON stays available, but visitors are not shown a link meant for developers.
    assert "format=json" not in html and "format JSON" not in html
    assert client.get(SEARCH, {"format": "json"})["Content-Type"] == "application/json"


@pytest.mark.django_db
def test_the_filter_disclosure_counts_the_active_filters(client, make_resources):
    make_resources(2)
    html = html_of(client.get(SEARCH, {"type": ["fiche", "atelier"]}))
    assert "<summary>Filtrer (2 filtres actifs)</summary>" in html
    # Each active filter is a chip that links to the same search without it.
    assert html.count("(retirer ce filtre)") == 2
    assert "Retirer tous les filtres" in html


@pytest.mark.django_db
def test_a_zero_result_page_has_no_filter_furniture(client, make_resources):
    make_resources(1)
    html = html_of(client.get(SEARCH, {"q": "zzyzzx"}))
    for furniture in (
        "Affiner les résultats",
        "Trier par",
        "Appliquer les filtres",
        "search-filters",
    ):
        assert furniture not in html, furniture
    # No filter is set: the message does not speak of filters.
    assert "avec ces filtres" not in html
    assert "Aucune ressource ne contient tous les mots de « zzyzzx »." in html
    assert "Pour trouver quand même" in html


@pytest.mark.django_db
def test_a_zero_result_page_with_filters_says_so(client, make_resources):
    make_resources(1)
    html = html_of(client.get(SEARCH, {"q": "zzyzzx", "type": "atelier"}))
    assert "avec ces filtres" in html
    assert "Appliquer les filtres" not in html


@pytest.mark.django_db
def test_the_menu_works_without_javascript_and_the_home_has_one_search_box(client, make_resources):
    make_resources(1)
    html = html_of(client.get("/"))
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    assert re.search(r"<details[^>]*>\s*<summary>Menu</summary>", nav)
    assert "aria-expanded" not in nav  # <details> exposes its own state
    assert html.count('type="search"') == 1
    assert re.search(r'id="recherche-entete"[^>]* placeholder="[^"]+"', html)


def options(selected_flags):
    return [SimpleNamespace(value=str(i), selected=flag) for i, flag in enumerate(selected_flags)]


@given(st.lists(st.booleans(), max_size=40))
def test_fold_options_keeps_every_option_once_and_opens_on_a_hidden_choice(flags):
    fold = fold_options(options(flags))
    assert fold["shown"] + fold["folded"] == options(flags)
    assert len(fold["shown"]) <= FACET_VISIBLE_OPTIONS + 1
    # Folding hides at least two options, or nothing.
    assert len(fold["folded"]) == 0 or len(fold["folded"]) >= 2
    assert fold["open"] == any(option.selected for option in fold["folded"])


@pytest.mark.django_db
def test_the_main_actions_come_right_after_the_title(client, make_resources):
    resources = make_resources(1)
    for page in (resources.sheets[0], resources.recipes[0], resources.workshops[0]):
        html = html_of(client.get(page.url))
        bar = re.search(r'<section class="action-bar".*?</section>', html, re.S).group(0)
        # Right under the title, before the « En bref » panel and the content.
        assert html.index("</h1>") < html.index('class="action-bar"') < html.index('id="en-bref"')
        for action in ("Ajouter à ma sélection", "Imprimer / PDF", "Partager", page.full_url):
            assert action in bar, (page, action)
    # A workshop's supports are buttons that say their file type and size.
    workshop = resources.workshops[0]
    bar = re.search(
        r'<section class="action-bar".*?</section>', html_of(client.get(workshop.url)), re.S
    ).group(0)
    assert re.search(r"<a href=\"[^\"]+\"[^>]*>[^<]+</a>\s*<span class=\"download__info\">", bar)
    assert re.search(r"\((PDF|DOCX|ODT|PNG|JPG)[^)]*\d+ (octets|Ko|Mo)", bar, re.I)


@pytest.mark.django_db
def test_content_headings_sit_one_level_under_their_section(client, make_resources):
    resources = make_resources(1)
    sheet = html_of(client.get(resources.sheets[0].url))
    recipe = html_of(client.get(resources.recipes[0].url))
    # A sheet's body is the page's own outline: its headings are sections (h2).
    assert "<h2>Préparer la séance</h2>" in sheet
    # In a recipe the body is under « Le projet en détail » (h2): its h2 becomes an h3.
    detail = recipe.index('id="en-detail"')
    assert recipe.index("<h3>Préparer la séance</h3>") > detail
    assert "<h2>Préparer la séance</h2>" not in recipe


def test_the_booklet_styles_its_callouts_and_nested_outline():
    from pathlib import Path

    css = (Path(__file__).resolve().parents[1] / "static/css/booklet.css").read_text()
    for selector in (
        ".callout__icon",
        ".callout__label",
        ".booklet-module h3",
        ".booklet-module h4",
    ):
        assert selector in css, selector


@pytest.mark.django_db
def test_the_style_guide_is_for_staff_and_drawn_by_the_real_templates(client, make_resources):
    from django.contrib.auth.models import Permission, User

    make_resources(1)
    url = "/admin/guide-de-style/"
    assert client.get(url).status_code == 302  # to the admin login
    editor = User.objects.create_user("editrice", password="x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    # Wagtail turns the refusal into a redirect to the admin's home, with a message.
    refused = client.get(url)
    assert refused.status_code in (302, 403)
    assert "Guide de style" not in refused.content.decode()
    if refused.status_code == 302:
        assert refused["Location"] == "/admin/"
    staff = User.objects.create_user("equipe", password="x", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)
    html = html_of(client.get(url))
    for component in (
        'class="callout callout--attention"',  # the callout block's template
        'class="card"',  # a real resource card
        'class="choice-scale"',  # the feedback form's radio group
        'aria-current="page"',  # breadcrumb and pagination includes
        "--type-workshop",
    ):
        assert component in html, component
