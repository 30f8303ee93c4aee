"""Bad query strings never break a listing: 200 with a clear French notice, never a 500.
Unknown taxonomy slugs in the path and missing pages give the French 404 page."""

from types import SimpleNamespace

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils.html import escape

from commons import views
from commons.models import Audience, Theme
from tests.factories import AuthorFactory

pytestmark = pytest.mark.django_db

LONG = "x" * 5000
SCRIPT = "<script>alert('communs')</script>"


def unknown_filter(value):
    return f"Le filtre « {value} » est inconnu : il a été ignoré."


def bad_page(value):
    return f"Le numéro de page « {value} » n'est pas valide : voici la première page."


LAST_PAGE = "Il n'y a que 1 page(s) : voici la dernière."


def assert_notice(response, message):
    assert response.status_code == 200
    html = response.content.decode()
    assert escape(message) in html, message
    return html


@pytest.fixture
def world(site, home_page, make_resources):
    """One resource of each type sharing a theme, an audience, a tag and an author."""
    theme = Theme.objects.get(slug="navigation-sur-internet")
    audience = Audience.objects.get(slug="seniors-personnes-agees")
    author = AuthorFactory(name="Yannick Le Bihan")
    make_resources(1, themes=[theme], audiences=[audience], authors=[author], tags=["tablette"])
    route = home_page.reverse_subpage
    base = home_page.url
    # Each listing and the filters it offers (other keys are simply ignored).
    listings = {
        "fiches": ("/fiches-pratiques/", ("theme", "audience", "level")),
        "recettes": ("/recettes/", ("theme", "audience", "level")),
        "ateliers": ("/ateliers/", ("theme", "audience", "level")),
        "thème": (base + route("theme", args=[theme.slug]), ("audience", "level")),
        "public": (base + route("audience", args=[audience.slug]), ("theme", "level")),
        "étiquette": (base + route("tag", args=["tablette"]), ("theme", "audience", "level")),
        "auteur": (base + route("author", args=[author.slug]), ("theme",)),
    }
    return SimpleNamespace(theme=theme, audience=audience, author=author, listings=listings)


LISTINGS = ["fiches", "recettes", "ateliers", "thème", "public", "étiquette", "auteur"]


@pytest.mark.parametrize("name", LISTINGS)
def test_listing_page_numbers_that_are_not_numbers(client, world, name):
    url, _filters = world.listings[name]
    for value in ("abc", "0", "-3", "1.5"):
        assert_notice(client.get(url, {"page": value}), bad_page(value))
    # Still the first page, listing the resource(s).
    html = client.get(url, {"page": "abc"}).content.decode()
    assert 'class="card"' in html


@pytest.mark.parametrize("name", LISTINGS)
def test_listing_page_beyond_the_last(client, world, name):
    url, _filters = world.listings[name]
    response = client.get(url, {"page": "99999"})
    assert_notice(response, LAST_PAGE)


@pytest.mark.parametrize("name", LISTINGS)
def test_listing_unknown_filter_values(client, world, name):
    url, filters = world.listings[name]
    bad = {"theme": "inconnu", "audience": SCRIPT, "level": "zzz"}
    for key, value in bad.items():
        response = client.get(url, {key: value})
        assert response.status_code == 200
        html = response.content.decode()
        if key in filters:
            assert escape(unknown_filter(value)) in html
        assert SCRIPT not in html  # never echoed unescaped, filter or not


@pytest.mark.parametrize("name", LISTINGS)
def test_listing_very_long_and_repeated_values(client, world, name):
    url, filters = world.listings[name]
    key = filters[0]
    response = client.get(url, {key: LONG, "page": LONG})
    assert response.status_code == 200
    html = response.content.decode()
    # Echoed values are cut short in the notices.
    assert "« " + "x" * 20 in html
    assert "x" * 200 not in html

    # Repeated parameters: the last value counts, no error.
    response = client.get(f"{url}?{key}=inconnu&{key}=encore-inconnu&page=2&page=abc")
    assert_notice(response, unknown_filter("encore-inconnu"))
    assert escape(bad_page("abc")) in response.content.decode()


def test_valid_filter_still_works_next_to_bad_ones(client, world):
    url, _filters = world.listings["fiches"]
    response = client.get(url, {"theme": world.theme.slug, "level": "zzz", "page": "abc"})
    html = assert_notice(response, unknown_filter("zzz"))
    assert "Thème : Navigation sur Internet" in html


@pytest.mark.parametrize("kind", ["themes", "etiquettes", "auteurs", "publics"])
def test_unknown_taxonomy_slug_is_a_french_404(client, world, kind):
    response = client.get(f"/{kind}/nexiste-pas/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'lang="fr"' in html
    assert "Page introuvable" in html


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "0"},
        {"page": "-3"},
        {"page": "99999"},
        {"theme": "inconnu"},
        {"audience": SCRIPT},
        {"level": "zzz"},
        {"q": LONG},
        {"q": SCRIPT},
        {"theme": LONG},
    ],
)
def test_search_page_with_bad_parameters_never_fails(client, world, params):
    response = client.get(reverse("search"), {"q": "tablette", **params})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="fr"' in html
    assert SCRIPT not in html
    assert "x" * 300 not in html


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"page": "abc"}, bad_page("abc")),
        ({"page": "-3"}, bad_page("-3")),
        ({"page": "0"}, bad_page("0")),
        ({"theme": "inconnu"}, unknown_filter("inconnu")),
        ({"audience": SCRIPT}, unknown_filter(SCRIPT)),
        ({"level": "zzz"}, unknown_filter("zzz")),
        ({"page": "99999"}, LAST_PAGE),
    ],
)
def test_search_page_explains_bad_parameters_in_french(client, world, params, message):
    response = client.get(reverse("search"), {"q": "tablette", **params})
    assert_notice(response, message)


def test_search_repeated_parameters(client, world):
    url = reverse("search") + "?q=tablette&q=autre&level=zzz&level=zzz&page=abc&page=2"
    response = client.get(url)
    assert response.status_code == 200


def test_missing_page_is_the_french_404_page(client, site):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'lang="fr"' in html
    assert "Page introuvable" in html
    assert escape("La page que vous cherchez n’existe pas ou a été déplacée.") in html


def test_missing_resource_under_a_section_is_a_404(client, sections):
    response = client.get(sections.sheets.url + "fiche-inconnue/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_server_error_handler_renders_the_french_500_page(db):
    request = RequestFactory().get("/")
    response = views.server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert 'lang="fr"' in html
    assert "Le site a rencontré un problème" in html
