"""RSS and Atom feeds, the sitemap and robots.txt."""

import xml.etree.ElementTree as ET

import feedparser
import pytest
from django.utils.text import slugify

from commons.factories import seeded_themes
from practices.factories import PracticeSheetFactory, ProjectRecipeFactory, WorkshopMaterialFactory

pytestmark = pytest.mark.django_db


def parse(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200, response.content
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return response, feed


@pytest.fixture
def resources(sections):
    theme_a, theme_b = seeded_themes(2)
    return {
        "sheet": PracticeSheetFactory(
            parent=sections.sheets,
            title="Sécuriser ses mots de passe",
            themes=[theme_a],
            tags=["sécurité"],
        ),
        "recipe": ProjectRecipeFactory(
            parent=sections.recipes, title="Un bus numérique", themes=[theme_b], tags=["mobilité"]
        ),
        "workshop": WorkshopMaterialFactory(
            parent=sections.workshops,
            title="Découvrir la tablette",
            themes=[theme_a, theme_b],
            tags=["tablette"],
        ),
        "draft": PracticeSheetFactory(parent=sections.sheets, title="Brouillon", publish=False),
        "themes": (theme_a, theme_b),
    }


def titles(feed):
    return sorted(entry.title for entry in feed.entries)


def test_rss_lists_every_live_resource_with_its_metadata(client, resources):
    response, feed = parse(client, "/flux/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    assert feed.feed.language == "fr"
    assert titles(feed) == [
        "Découvrir la tablette",
        "Sécuriser ses mots de passe",
        "Un bus numérique",
    ]
    entry = next(e for e in feed.entries if e.title == "Sécuriser ses mots de passe")
    sheet = resources["sheet"]
    assert entry.link == sheet.get_full_url()
    assert entry.summary == sheet.summary
    assert entry.published_parsed is not None
    assert {tag.term for tag in entry.tags} == {resources["themes"][0].label, "sécurité"}


def test_atom_feed_is_valid_atom(client, resources):
    response, feed = parse(client, "/flux/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.version == "atom10"
    assert len(feed.entries) == 3
    root = ET.fromstring(response.content)
    ns = {"atom": "http://www.w3.org/2005/Atom"}
    # Required by RFC 4287: an author (here, the feed's) and an id; self link recommended.
    assert root.find("atom:author/atom:name", ns).text == "Communs"
    assert root.find("atom:id", ns).text
    assert root.find("atom:link[@rel='self']", ns).get("href") == "http://testserver/flux/atom/"
    for entry in root.findall("atom:entry", ns):
        assert entry.find("atom:id", ns).text
        assert entry.find("atom:updated", ns).text
        assert entry.find("atom:link", ns).get("href").startswith("http")


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "fiche"}, ["Sécuriser ses mots de passe"]),
        ({"type": "recipe"}, ["Un bus numérique"]),
        ({"type": "atelier"}, ["Découvrir la tablette"]),
        ({"tag": "tablette"}, ["Découvrir la tablette"]),
    ],
)
def test_feeds_filter_by_type_and_tag(client, resources, params, expected):
    for url in ("/flux/", "/flux/atom/"):
        _, feed = parse(client, url, params)
        assert titles(feed) == expected


def test_feed_filters_by_theme_and_names_it(client, resources):
    theme_a, theme_b = resources["themes"]
    _, feed = parse(client, "/flux/", {"theme": theme_b.slug})
    assert titles(feed) == ["Découvrir la tablette", "Un bus numérique"]
    assert theme_b.label in feed.feed.title
    response, feed = parse(client, "/flux/atom/", {"theme": theme_a.slug, "type": "atelier"})
    assert titles(feed) == ["Découvrir la tablette"]
    root = ET.fromstring(response.content)
    self_link = root.find("{http://www.w3.org/2005/Atom}link[@rel='self']").get("href")
    assert self_link == f"http://testserver/flux/atom/?theme={theme_a.slug}&type=atelier"


@pytest.mark.parametrize(
    "params", [{"type": "inconnu"}, {"theme": "pas-un-theme"}, {"tag": slugify("jamais vu")}]
)
def test_unknown_filter_values_answer_404(client, resources, params):
    assert client.get("/flux/", params).status_code == 404
    assert client.get("/flux/atom/", params).status_code == 404


def test_sitemap_lists_live_pages_and_theme_pages_only(client, resources, home_page):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [loc.text for loc in root.findall("sm:url/sm:loc", ns)]
    for key in ("sheet", "recipe", "workshop"):
        assert resources[key].get_full_url() in locations
    assert not any("brouillon" in location for location in locations)
    assert home_page.get_full_url() in locations
    theme_url = home_page.get_full_url() + home_page.reverse_subpage(
        "theme", kwargs={"slug": resources["themes"][0].slug}
    )
    assert theme_url in locations
    assert len(locations) == len(set(locations))


def test_robots_txt_allows_all_but_admin_and_search_and_points_to_sitemap(client, site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /recherche/" in lines
    assert f"Sitemap: {site.root_url}/sitemap.xml" in lines
