"""A publication committed while a page renders never stays invisible (issue 13, item 3).

``make bench-reliability`` once found a resource missing from its section after 60
publications under load. Whatever keeps derived state (the page cache, the fragment
cache, the per-process search index) may serve briefly stale content, but must never
store it as fresh: the version it is stored under is read *before* the data, and a
version is never reused. Each test below commits a change at the worst moment of a
render and checks that the next visitor sees it.
"""

import re
from unittest import mock

import pytest
from django.core.cache import caches
from django.test import Client, RequestFactory, override_settings
from hypothesis import given
from hypothesis import strategies as st

from commons import listing, middleware
from commons.middleware import (
    CACHE_HEADER,
    GENERATION_KEY,
    current_generation,
    invalidate_page_cache,
)
from search import engine, facet_index, postings
from search.analysis import parse_query
from tests.factories import PracticeSheetFactory, seeded_themes


@pytest.fixture
def page_cache_on():
    caches["pages"].clear()
    caches["default"].clear()
    with override_settings(COMMONS_PAGE_CACHE=True):
        yield
    caches["pages"].clear()
    caches["default"].clear()


def visitor(kind):
    """An anonymous visitor (served by the page cache) or one with a session (who gets
    the cached fragments only)."""
    client = Client()
    if kind == "session":
        client.cookies["sessionid"] = "une-session"
    return client


def cards(response):
    """The resource cards of a listing (not its filters, which read the themes afresh)."""
    return "".join(
        re.findall(r'<article class="card">.*?</article>', response.content.decode(), re.S)
    )


def committed(change, capture):
    """Run ``change`` as a committed transaction would: its after-commit callbacks too."""
    with capture(execute=True):
        change()


# --------------------------------------------------------------------------
# Page cache and fragment cache


@pytest.mark.parametrize("kind", ["anonymous", "session"])
@pytest.mark.parametrize("what", ["theme renamed", "resource published"])
def test_a_change_committed_while_a_listing_renders_shows_on_the_next_visit(
    page_cache_on, sections, django_capture_on_commit_callbacks, kind, what
):
    theme = seeded_themes(1)[0]
    PracticeSheetFactory(parent=sections.sheets, themes=[theme], title="Fiche déjà là")

    def change():
        if what == "theme renamed":
            theme.label = "Thème renommé"
            theme.save()
        else:
            PracticeSheetFactory(parent=sections.sheets, title="Fiche publiée pendant le rendu")

    expected = "Thème renommé" if what == "theme renamed" else "Fiche publiée pendant le rendu"
    load_in_order = listing.load_in_order

    def load_then_change(queryset, ids):
        # The cards' resources (with their themes) are read: now the change commits,
        # before the template renders them.
        found = load_in_order(queryset, ids)
        committed(change, django_capture_on_commit_callbacks)
        return found

    with mock.patch.object(listing, "load_in_order", load_then_change):
        during = visitor(kind).get(sections.sheets.url)
    assert during.status_code == 200
    assert "Fiche déjà là" in cards(during)
    assert expected not in cards(during)  # rendered from the data read before
    after = visitor(kind).get(sections.sheets.url)
    assert expected in cards(after)


def test_a_lost_generation_never_brings_back_pages_stored_before(page_cache_on, sections):
    PracticeSheetFactory(parent=sections.sheets, title="Première fiche")
    caches["pages"].clear()  # a fresh cache, as after a deployment
    Client().get(sections.sheets.url)  # stored under the first generation
    PracticeSheetFactory(parent=sections.sheets, title="Fiche publiée ensuite")
    # The cache drops the generation (evicted by Redis, culled from the file cache).
    caches["pages"].delete(GENERATION_KEY)
    assert "Fiche publiée ensuite" in Client().get(sections.sheets.url).content.decode()


def another_worker_renders(url):
    """Take the render lock of ``url``, as a worker that started rendering it would."""
    request = RequestFactory().get(url)
    key = middleware._render_lock_key(request)
    assert caches["pages"].add(key, True, timeout=middleware.RENDER_LOCK_SECONDS)
    return key


def test_visitors_arriving_during_a_render_get_the_last_copy_then_the_fresh_page(
    page_cache_on, sections
):
    """After a publication, one worker renders a page; the visitors who arrive meanwhile
    are served the copy stored before (no second render), and that copy is never stored
    as fresh: once the render is over, everyone gets the new page."""
    PracticeSheetFactory(parent=sections.sheets, title="Fiche déjà là")
    assert Client().get(sections.sheets.url)[CACHE_HEADER] == "miss"
    PracticeSheetFactory(parent=sections.sheets, title="Fiche publiée pendant le rendu")
    lock = another_worker_renders(sections.sheets.url)

    with mock.patch.object(listing, "load_in_order", wraps=listing.load_in_order) as render:
        during = Client().get(sections.sheets.url)
    assert during[CACHE_HEADER] == "stale"
    assert render.call_count == 0  # served without rendering the listing again
    assert "Fiche déjà là" in cards(during)
    assert "Fiche publiée pendant le rendu" not in cards(during)

    caches["pages"].delete(lock)  # the other worker's render is over
    after = Client().get(sections.sheets.url)
    assert after[CACHE_HEADER] == "miss"
    assert "Fiche publiée pendant le rendu" in cards(after)
    again = Client().get(sections.sheets.url)
    assert again[CACHE_HEADER] == "hit"
    assert "Fiche publiée pendant le rendu" in cards(again)


def test_renders_of_one_page_never_pile_up_across_publications(page_cache_on, sections):
    """Publications every second: a render started before the last one still holds the
    page, and visitors get the latest copy rather than starting one render per
    publication (which took every worker under the reliability bench)."""
    PracticeSheetFactory(parent=sections.sheets, title="Fiche déjà là")
    Client().get(sections.sheets.url)
    lock = another_worker_renders(sections.sheets.url)
    PracticeSheetFactory(parent=sections.sheets, title="Fiche publiée ensuite")
    assert Client().get(sections.sheets.url)[CACHE_HEADER] == "stale"
    caches["pages"].delete(lock)
    after = Client().get(sections.sheets.url)
    assert after[CACHE_HEADER] == "miss"
    assert "Fiche publiée ensuite" in cards(after)


def test_without_an_earlier_copy_a_visitor_during_a_render_renders_too(page_cache_on, sections):
    PracticeSheetFactory(parent=sections.sheets, title="Fiche jamais rendue")
    url = sections.sheets.url + "?page=1"
    lock = another_worker_renders(url)
    response = Client().get(url)
    assert response[CACHE_HEADER] == "miss"
    assert "Fiche jamais rendue" in cards(response)
    caches["pages"].delete(lock)


def test_a_failed_render_releases_its_lock(page_cache_on, sections):
    """A render that fails must not leave the others served the old copy until the lock
    expires: the next visitor renders."""
    PracticeSheetFactory(parent=sections.sheets, title="Fiche déjà là")
    Client().get(sections.sheets.url)
    PracticeSheetFactory(parent=sections.sheets, title="Fiche suivante")
    with (
        mock.patch.object(listing, "load_in_order", side_effect=RuntimeError("panne")),
        pytest.raises(RuntimeError),
    ):
        Client().get(sections.sheets.url)
    response = Client().get(sections.sheets.url)
    assert response[CACHE_HEADER] == "miss"
    assert "Fiche suivante" in cards(response)


@given(st.lists(st.sampled_from(["invalidate", "evict", "read"]), max_size=30))
def test_a_generation_is_never_used_twice(operations):
    """Whatever happens to the generation (replaced, evicted by the cache), once it
    changed it never comes back: no page stored under an old one is served again."""
    cache = caches["pages"]
    with override_settings(COMMONS_PAGE_CACHE=True):
        cache.delete(GENERATION_KEY)
        seen = [current_generation(cache)]
        for operation in operations:
            if operation == "invalidate":
                invalidate_page_cache()
            elif operation == "evict":
                cache.delete(GENERATION_KEY)
            generation = current_generation(cache)
            if generation != seen[-1]:
                assert generation not in seen
                seen.append(generation)
            elif operation == "invalidate":
                pytest.fail("invalidate_page_cache() kept the generation")
        cache.delete(GENERATION_KEY)


# --------------------------------------------------------------------------
# The per-process search index (facet bitsets, term bitsets, cached counts)


def search_titles(client, word):
    data = client.get("/recherche/", {"q": word, "format": "json"}).json()
    return [r["title"] for r in data["results"]], data["count"]


@pytest.mark.parametrize("moment", ["before the data read", "after the data read"])
def test_a_publication_during_a_search_index_build_shows_on_the_next_search(
    sections, django_capture_on_commit_callbacks, moment
):
    PracticeSheetFactory(parent=sections.sheets, title="Compost au jardin")
    build = facet_index.FacetIndex.build.__func__
    published = []

    def publish():
        if not published:
            published.append(PracticeSheetFactory(parent=sections.sheets, title="Compost en ville"))

    def build_with_a_publication(cls, version):
        if moment == "before the data read":
            committed(publish, django_capture_on_commit_callbacks)
        index = build(cls, version)
        if moment == "after the data read":
            committed(publish, django_capture_on_commit_callbacks)
        return index

    facet_index._current.clear()
    client = Client()
    with mock.patch.object(facet_index.FacetIndex, "build", classmethod(build_with_a_publication)):
        search_titles(client, "compost")
    assert published
    titles, count = search_titles(client, "compost")
    assert sorted(titles) == ["Compost au jardin", "Compost en ville"]
    assert count == 2


def test_a_publication_while_a_term_is_read_shows_on_the_next_search(
    sections, django_capture_on_commit_callbacks
):
    PracticeSheetFactory(parent=sections.sheets, title="Atelier tablette")
    fetch_terms = postings.fetch_terms
    published = []

    def fetch_then_publish(terms):
        found = fetch_terms(terms)
        if not published:
            committed(
                lambda: published.append(
                    PracticeSheetFactory(parent=sections.sheets, title="Tablette pour tous")
                ),
                django_capture_on_commit_callbacks,
            )
        return found

    client = Client()
    with mock.patch.object(postings, "fetch_terms", fetch_then_publish):
        search_titles(client, "tablette")
    titles, count = search_titles(client, "tablette")
    assert count == 2
    assert sorted(titles) == ["Atelier tablette", "Tablette pour tous"]
    parsed = parse_query("tablette")
    assert engine.count_facets(parsed, {}).results == 2
