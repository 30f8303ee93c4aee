"""Every public page runs the same number of SQL queries with 5 or 50 resources per type.

Each resource has a cover image, several themes, audiences, tags and authors, so the
prefetching of listings and cards is really exercised; the measured detail pages link
to every other resource (« Ressources liées »), so their related cards are too. Each
page is rendered once before it is measured (renditions are created on first view), then
measured with an empty cache.

Run with ``-s`` to see the counts.
"""

import difflib
import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commons.factories import AuthorFactory
from commons.models import Author, Theme
from home.factories import get_home_page
from practices.models import RelatedResource
from tests.conftest import create_resources

pytestmark = pytest.mark.django_db

SMALL, LARGE = 5, 50


def home_route(home, name, *args):
    return home.url + home.reverse_subpage(name, args=args)


def count_queries(client, url):
    warm = client.get(url)  # creates the renditions
    assert warm.status_code == 200, (url, warm.status_code)
    # Measure with an empty cache: the default LocMemCache keeps 300 entries, and caching
    # the renditions of 150 images culls it at random (site root paths, renditions…),
    # which would make the count depend on the cache rather than on the page's queries.
    for cache in caches.all():
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries), queries


def link_to_everything(page, resources):
    page.related_links = [RelatedResource(related_page=r) for r in resources if r.pk != page.pk]
    page.save_revision().publish()


def test_query_counts_do_not_grow_with_the_number_of_resources(client, sections):
    theme = Theme.objects.get(slug="maitrise-des-outils-numeriques")
    author = AuthorFactory(name="Sophie Le Gall")

    others = list(Theme.objects.exclude(pk=theme.pk).order_by("pk"))

    def add(count):
        made = []
        for _ in range(count):
            # Each batch shares a theme, a tag and an author, plus varying ones.
            n = AuthorFactory().pk
            batch = create_resources(
                sections,
                1,
                themes=[theme, others[n % len(others)], others[(n + 7) % len(others)]],
                authors=[author, Author.objects.get(pk=n)],
                tags=["tablette", f"atelier-{n}"],
            )
            made += [*batch.sheets, *batch.recipes, *batch.workshops]
        return made

    resources = add(SMALL)
    detail_pages = {type(r).__name__: r for r in resources}  # first of each type
    for page in detail_pages.values():
        link_to_everything(page, resources)

    home = get_home_page()
    urls = {
        "accueil": home.url,
        "rubrique fiches": sections.sheets.url,
        "rubrique recettes": sections.recipes.url,
        "rubrique ateliers": sections.workshops.url,
        "page thème": home_route(home, "theme", theme.slug),
        "page étiquette": home_route(home, "tag", "tablette"),
        "page auteur": home_route(home, "author", author.slug),
        **{f"détail {name}": page.url for name, page in detail_pages.items()},
    }

    small = {name: count_queries(client, url) for name, url in urls.items()}

    resources += add(LARGE - SMALL)
    for page in detail_pages.values():
        link_to_everything(page, resources)
    large = {name: count_queries(client, url) for name, url in urls.items()}

    print(f"\nRequêtes SQL par page ({SMALL} puis {LARGE} ressources par type) :")
    for name in urls:
        print(f"  {name:<28} {small[name][0]:>4} {large[name][0]:>4}")

    grown = {name: (small[name][0], large[name][0]) for name in urls}
    grown = {name: counts for name, counts in grown.items() if counts[0] != counts[1]}
    if grown:
        details = []
        for name in grown:
            before = [shape(q["sql"]) for q in small[name][1].captured_queries]
            after = [shape(q["sql"]) for q in large[name][1].captured_queries]
            details.append(f"--- {name}")
            details.extend(difflib.unified_diff(before, after, lineterm="", n=1))
        pytest.fail(f"Query counts grow with the content: {grown}\n" + "\n".join(details))


def shape(sql):
    """A query without its literal values, to diff the queries of two renderings."""
    return re.sub(r"\b\d+\b", "N", re.sub(r"'[^']*'", "'…'", sql))[:400]
