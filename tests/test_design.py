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
