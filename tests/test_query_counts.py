"""Every public page runs the same number of SQL queries with 5 or 13 resources per type,
and no more than its ceiling (CEILINGS).

Each resource has a cover image, several themes, audiences, tags and authors, so the
prefetching of listings and cards is really exercised; the measured detail pages link
to every other resource (« Ressources liées »), so their related cards are too. Each
page is rendered once before it is measured (renditions are created on first view), then
measured with empty caches, the Site memo included.

Run with ``-s`` to see the counts. The ceilings are the counts measured on SQLite and on
PostgreSQL (the same): lower one when a page gets cheaper, raise one only for a query the
page really needs.
"""

import difflib
import re

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commons.factories import AuthorFactory
from commons.models import Audience, Author, Theme
from commons.sites import forget_sites
from courses.factories import CourseFactory, CourseIndexPageFactory, course_modules
from home.factories import get_home_page
from practices.models import RelatedResource
from tests.conftest import create_resources

pytestmark = pytest.mark.django_db

# Fewer than one page of a listing, then more than one (COMMONS_PAGE_SIZE): a query per
# card, per page or per related item shows as a difference between the two counts.
SMALL, LARGE = 5, 13

# Most SQL queries each page may run, whatever the number of resources.
CEILINGS = {
    "accueil": 30,
    "rubrique fiches": 19,
    "rubrique recettes": 19,
    "rubrique ateliers": 19,
    "index des thèmes": 10,
    "page thème": 17,
    "page public": 17,
    "page étiquette": 18,
    "page auteur": 17,
    "détail PracticeSheet": 31,
    "détail ProjectRecipe": 31,
    "détail WorkshopMaterial": 34,
    "rubrique parcours": 11,
    "détail parcours": 28,
}


def home_route(home, name, *args):
    return home.url + home.reverse_subpage(name, args=args)


def count_queries(client, url):
    warm = client.get(url)  # creates the renditions
    assert warm.status_code == 200, (url, warm.status_code)
    # Measure with an empty cache: the default LocMemCache keeps 300 entries, and caching
    # the renditions of 150 images culls it at random (site root paths, renditions…),
    # which would make the count depend on the cache rather than on the page's queries.
    # The Site memo goes too: it expires after SITE_MEMO_SECONDS, so on a slow machine it
    # would be fresh for one measure and stale for the next.
    for cache in caches.all():
        cache.clear()
    forget_sites()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    # A copy: the connection keeps its last 9,000 queries only, so the context's slice
    # would point at other queries once the next resources are created.
    return len(queries), list(queries.captured_queries)


def link_to_everything(page, resources):
    page.related_links = [RelatedResource(related_page=r) for r in resources if r.pk != page.pk]
    page.save_revision().publish()


def test_query_counts_do_not_grow_with_the_number_of_resources(client, sections):
    theme = Theme.objects.get(slug="maitrise-des-outils-numeriques")
    audience = Audience.objects.order_by("pk").first()
    author = AuthorFactory(name="Sophie Le Gall")
    course_index = CourseIndexPageFactory(parent=get_home_page())

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
                audiences=[audience],
            )
            made += [*batch.sheets, *batch.recipes, *batch.workshops]
            CourseFactory(parent=course_index, sessions=[("Jour 1", made[-3:])])
        return made

    def course_of_everything(course, resources):
        half = len(resources) // 2
        course.modules = course_modules(
            [("Jour 1", resources[:half]), ("Jour 2", resources[half:])]
        )
        course.save_revision().publish()

    resources = add(SMALL)
    detail_pages = {type(r).__name__: r for r in resources}  # first of each type
    for page in detail_pages.values():
        link_to_everything(page, resources)
    course = CourseFactory(parent=course_index, title="Parcours de toutes les ressources")
    course_of_everything(course, resources)

    home = get_home_page()
    urls = {
        "accueil": home.url,
        "rubrique fiches": sections.sheets.url,
        "rubrique recettes": sections.recipes.url,
        "rubrique ateliers": sections.workshops.url,
        "index des thèmes": home_route(home, "themes"),
        "page thème": home_route(home, "theme", theme.slug),
        "page public": home_route(home, "audience", audience.slug),
        "page étiquette": home_route(home, "tag", "tablette"),
        "page auteur": home_route(home, "author", author.slug),
        **{f"détail {name}": page.url for name, page in detail_pages.items()},
        "rubrique parcours": course_index.url,
        "détail parcours": course.url,
    }
    assert set(urls) == set(CEILINGS)
    assert SMALL < settings.COMMONS_PAGE_SIZE < LARGE

    small = {name: count_queries(client, url) for name, url in urls.items()}

    resources += add(LARGE - SMALL)
    for page in detail_pages.values():
        link_to_everything(page, resources)
    course_of_everything(course, resources)
    large = {name: count_queries(client, url) for name, url in urls.items()}

    print(f"\nRequêtes SQL par page ({SMALL} puis {LARGE} ressources par type) :")
    for name in urls:
        print(f"  {name:<28} {small[name][0]:>4} {large[name][0]:>4}  (plafond {CEILINGS[name]})")

    grown = {name: (small[name][0], large[name][0]) for name in urls}
    grown = {name: counts for name, counts in grown.items() if counts[0] != counts[1]}
    if grown:
        details = []
        for name in grown:
            before = [shape(q["sql"]) for q in small[name][1]]
            after = [shape(q["sql"]) for q in large[name][1]]
            details.append(f"--- {name}")
            details.extend(difflib.unified_diff(before, after, lineterm="", n=1))
        pytest.fail(f"Query counts grow with the content: {grown}\n" + "\n".join(details))

    over = {
        name: (small[name][0], large[name][0], CEILINGS[name])
        for name in urls
        if max(small[name][0], large[name][0]) > CEILINGS[name]
    }
    assert not over, f"Pages over their query ceiling ({SMALL}, {LARGE} resources, ceiling): {over}"


def shape(sql):
    """A query without its literal values, to diff the queries of two renderings."""
    return re.sub(r"\b\d+\b", "N", re.sub(r"'[^']*'", "'…'", sql))[:400]
