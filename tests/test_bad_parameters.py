"""Bad query strings never break a listing: 200 with a clear French notice, never a 500.
Unknown taxonomy slugs in the path and missing pages give the French 404 page; ids
typed by visitors, in a path or a parameter, are a 404 or a 400."""

import re
import uuid
from types import SimpleNamespace
from urllib.parse import quote

import pytest
from django.core.cache import caches
from django.db import transaction
from django.test import RequestFactory
from django.urls import URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter, UUIDConverter
from django.urls.resolvers import RoutePattern
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Site

from commons import views
from commons.factories import AuthorFactory
from commons.ids import IdConverter, parse_id
from commons.models import Audience, Theme
from community.factories import make_moderator
from home.factories import get_home_page
from practices.factories import (
    PracticeSheetFactory,
    PracticeSheetIndexPageFactory,
    ProjectRecipeIndexPageFactory,
    WorkshopMaterialIndexPageFactory,
)
from tests.conftest import create_resources

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


@pytest.fixture(scope="module")
def shared_content(django_db_setup, django_db_blocker):
    """The content every test of the module reads, created once.

    It lives in a transaction rolled back after the module; each test runs in a savepoint
    of it, so what a test writes (a selection, a session) is undone after that test.
    Building it for each of the module's tests was most of the module's time."""
    with django_db_blocker.unblock(), transaction.atomic():
        home_page = get_home_page()
        Site.objects.filter(is_default_site=True).update(root_page=home_page)
        Site.clear_site_root_paths_cache()
        sections = SimpleNamespace(
            sheets=PracticeSheetIndexPageFactory(parent=home_page),
            recipes=ProjectRecipeIndexPageFactory(parent=home_page),
            workshops=WorkshopMaterialIndexPageFactory(parent=home_page),
        )
        # One resource of each type sharing a theme, an audience, a tag and an author.
        theme = Theme.objects.get(slug="navigation-sur-internet")
        audience = Audience.objects.get(slug="seniors-personnes-agees")
        author = AuthorFactory(name="Yannick Le Bihan")
        create_resources(
            sections, 1, themes=[theme], audiences=[audience], authors=[author], tags=["tablette"]
        )
        # The resource whose id the id tests use.
        resource = PracticeSheetFactory(parent=sections.sheets, title="Une ressource")
        yield SimpleNamespace(
            home_page=home_page,
            theme=theme,
            audience=audience,
            author=author,
            resource=resource,
        )
        transaction.set_rollback(True)
    Site.clear_site_root_paths_cache()
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def world(site, shared_content):
    """The shared content and the listings that show it, with the filters they offer."""
    theme, audience, author = shared_content.theme, shared_content.audience, shared_content.author
    home_page = shared_content.home_page
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


# Ids typed by visitors (issue 13, item 10) ------------------------------------------
#
# Every URL pattern that takes an id, found by walking the URL resolver (a pattern added
# later is covered without touching this file), and every query or form parameter read
# as an id, get arbitrary integer-looking text: never a 500.

# 301: Django adds the missing slash (APPEND_SLASH) before any view sees the id.
ALLOWED_STATUSES = {200, 301, 302, 400, 404, 405, 429}
# Values past each database's limits: int4 (PostgreSQL ids), int64 (SQLite, bigint), more.
EDGE_IDS = ["0", "2147483648", "9223372036854775808", "99999999999999999999999999", "-1"]

digits = st.text(alphabet="0123456789", min_size=1, max_size=30)
id_like_text = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    digits,  # leading zeros included
    st.integers(min_value=2**31 - 2, max_value=2**31 + 2).map(str),
    st.integers(min_value=2**63 - 2, max_value=2**63 + 2).map(str),
    st.text(alphabet="٠١٢٣٤٥٦٧٨٩०१२३", min_size=1, max_size=6),  # other scripts' digits
    st.tuples(st.sampled_from(["", " ", "\t", "\n", "+"]), digits, st.sampled_from(["", " "])).map(
        "".join
    ),
    st.text(max_size=8),
)


def _walk(resolver, chain=()):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from _walk(entry, (*chain, entry.pattern))
        else:
            yield (*chain, entry.pattern)


ID_GROUP = re.compile(r"\((?:\?P<\w+>)?(?:[\w|]+\|)?\\d\+\)")


def _fill(part, value):
    """One pattern of the chain written out, its ids replaced by ``value``; None if it
    has no id. Raises ValueError for a pattern this helper cannot write out."""
    if isinstance(part, RoutePattern):
        route, has_id = str(part), False
        for token in re.findall(r"<[^>]+>", route):
            converter = part.converters[token.strip("<>").split(":")[-1]]
            if isinstance(converter, IntConverter | IdConverter):
                has_id = True
                route = route.replace(token, value)
            elif isinstance(converter, UUIDConverter):
                route = route.replace(token, str(uuid.UUID(int=1)))
            else:
                route = route.replace(token, "x")
        return route, has_id
    regex = str(part).removeprefix("^").removesuffix("$")
    regex, count = ID_GROUP.subn(lambda _m: value.replace("\\", "\\\\"), regex)
    regex = regex.replace("(.*)", "x").replace(r"\.", ".")
    if count and re.search(r"[()\[\]*+?\\|{}]", regex.replace(value, "")):
        raise ValueError(f"cannot write out {part!s}")
    return regex, bool(count)


def id_urls(value):
    """(URL, has-admin-prefix) for every URL pattern taking an id, with ``value`` as id."""
    urls = []
    for chain in _walk(get_resolver()):
        parts = [_fill(part, quote(value, safe="")) for part in chain]
        if any(has_id for _text, has_id in parts):
            urls.append("/" + "".join(text for text, _has_id in parts))
    return urls


def test_every_id_pattern_can_be_written_out():
    urls = id_urls("1")
    # The public ones this issue found, the admin, the API and Wagtail's documents.
    for expected in ("/signaler/1/", "/avis/1/", "/api/v2/pages/1/", "/documents/1/x"):
        assert expected in urls
    assert "/admin/communaute/demandes/1/accepter/" in urls
    assert len(urls) > 100


@pytest.fixture
def resource(site, shared_content):
    return shared_content.resource


def assert_never_fails(client, url, method="get", data=None):
    response = getattr(client, method)(url, data or {})
    assert response.status_code in ALLOWED_STATUSES, (method, url, data, response.status_code)
    return response


@pytest.mark.parametrize("value", EDGE_IDS)
def test_every_id_url_answers_edge_ids(client, resource, value):
    for url in id_urls(value):
        assert_never_fails(client, url)
        assert_never_fails(client, url, "post")


def test_out_of_range_ids_in_public_paths_are_404(client, resource):
    for url in (f"/signaler/{'9' * 26}/", f"/avis/{'9' * 26}/", f"/signaler/{'9' * 19}/"):
        assert client.get(url).status_code == 404
        assert client.post(url).status_code == 404
    assert client.get(f"/signaler/{resource.pk}/").status_code == 200


def test_moderators_get_404_for_out_of_range_ids(client, resource):
    client.force_login(make_moderator())
    for name in ("report_processed", "join_accept", "join_refuse"):
        url = reverse(f"community_admin:{name}", args=[1]).replace("/1/", f"/{'9' * 26}/")
        assert client.get(url).status_code == 404
        assert client.post(url).status_code == 404


def parameter_requests(value):
    """Every query or form parameter read as an id: (method, url, data)."""
    return [
        ("get", "/api/v2/pages/", {"offset": value}),
        ("get", "/api/v2/pages/", {"limit": value}),
        ("get", "/api/v2/pages/", {"id": value}),
        ("get", "/api/v2/pages/", {"child_of": value}),
        ("get", "/api/v2/pages/", {"descendant_of": value}),
        ("get", "/api/v2/pages/", {"ancestor_of": value}),
        ("get", "/api/v2/pages/", {"type": "practices.PracticeSheet", "based_on": value}),
        ("get", "/api/v2/pages/", {"type": "practices.PracticeSheet", "tags": value}),
        ("get", "/api/v2/pages/", {"search": "ressource", "offset": value}),
        ("get", "/api/v2/pages/find/", {"id": value}),
        ("get", "/api/v2/images/", {"offset": value, "id": value}),
        ("get", "/api/v2/documents/", {"offset": value, "id": value}),
        ("post", "/selection/ajouter/", {"page_id": value}),
        ("post", "/selection/retirer/", {"page_id": value}),
        ("post", "/selection/deplacer/", {"page_id": value, "direction": "haut"}),
        ("get", "/fiches-pratiques/", {"page": value}),
        ("get", "/recherche/", {"q": "ressource", "page": value}),
    ]


@pytest.mark.parametrize("value", EDGE_IDS)
def test_id_parameters_answer_edge_values(client, resource, value):
    for method, url, data in parameter_requests(value):
        assert_never_fails(client, url, method, data)


def test_api_out_of_range_integers_are_400_in_french(client, resource):
    for data in ({"offset": "9" * 23}, {"limit": "9" * 23}, {"child_of": "9" * 20}):
        response = client.get("/api/v2/pages/", data)
        assert response.status_code == 400
        assert "doit être un entier positif d'au plus 18 chiffres" in response.json()["message"]
    assert client.get("/api/v2/pages/", {"offset": "0", "limit": "5"}).status_code == 200
    assert client.get(f"/api/v2/pages/{'9' * 20}/").status_code == 404


def test_selection_refuses_out_of_range_ids_in_french(client, resource):
    response = client.post("/selection/ajouter/", {"page_id": "9" * 26}, follow=True)
    assert response.status_code == 200
    assert escape("l'identifiant est invalide") in response.content.decode()
    response = client.post("/selection/ajouter/", {"page_id": str(resource.pk)}, follow=True)
    assert "a été ajoutée à votre sélection" in response.content.decode()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=id_like_text, data=st.data())
def test_any_id_like_text_never_fails(client, resource, value, data):
    urls = id_urls(value)
    url = data.draw(st.sampled_from(urls), label="url")
    assert_never_fails(client, url)
    assert_never_fails(client, url, "post")
    method, url, params = data.draw(st.sampled_from(parameter_requests(value)), label="request")
    assert_never_fails(client, url, method, params)


def test_parse_id_accepts_only_short_ascii_digits():
    assert parse_id("42") == 42
    assert parse_id(" 0042\n") == 42
    assert parse_id("9" * 18) == int("9" * 18)
    for bad in ("9" * 19, "-1", "+1", "١٢٣", "1.0", "", "1e3", None, "0x1"):
        assert parse_id(bad) is None, bad
