"""The Redis scale path (REDIS_URL) against a real Redis server.

Needs REDIS_TEST_URL (``.ci/run`` starts Debian's redis-server and sets it); without it
the live tests are skipped locally and fail in CI. The server's database in that URL and
the next one are emptied by these tests.
"""

import os

import pytest
from django.contrib.sessions.backends.cached_db import SessionStore
from django.core.cache import caches
from django.test import Client, override_settings

from commons.middleware import CACHE_HEADER
from community.factories import make_user
from config.settings.base import redis_caches
from practices.factories import PracticeSheetFactory

REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "")
CLOSED_PORT_URL = "redis://127.0.0.1:1/0"  # nothing listens there

pytestmark = pytest.mark.django_db


def redis_settings(url):
    return override_settings(
        CACHES=redis_caches(url),
        SESSION_ENGINE="django.contrib.sessions.backends.cached_db",
        COMMONS_PAGE_CACHE=True,
    )


@pytest.fixture
def redis():
    if not REDIS_TEST_URL:
        if os.environ.get("CI"):
            pytest.fail("CI : REDIS_TEST_URL est absent, les tests Redis ne peuvent pas tourner.")
        pytest.skip("REDIS_TEST_URL absent : tests sur un vrai Redis non lancés")
    with redis_settings(REDIS_TEST_URL):
        for alias in ("default", "pages"):
            caches[alias].clear()
        yield {alias: caches[alias].client.get_client() for alias in ("default", "pages")}
        for alias in ("default", "pages"):
            caches[alias].clear()


@pytest.fixture
def sheet(sections):
    return PracticeSheetFactory(parent=sections.sheets, title="Fiche servie par Redis")


def test_pages_are_cached_in_redis_and_invalidated_on_publication(redis, sheet):
    assert Client().get(sheet.url)[CACHE_HEADER] == "miss"
    assert Client().get(sheet.url)[CACHE_HEADER] == "hit"
    # The pages live in their own Redis database, apart from sessions and counts.
    assert redis["pages"].dbsize() > 0
    sheet.title = "Fiche modifiée"
    sheet.save_revision().publish()
    response = Client().get(sheet.url)
    assert response[CACHE_HEADER] == "miss"
    assert "Fiche modifiée" in response.content.decode()
    assert Client().get(sheet.url)[CACHE_HEADER] == "hit"


def test_sessions_are_kept_in_redis_and_in_the_database(redis, site):
    client = Client()
    client.force_login(make_user("admin-redis", superuser=True))
    key = client.session.session_key
    store = SessionStore(key)
    assert redis["default"].exists(caches["default"].make_key(store.cache_key))
    assert client.get("/admin/").status_code == 200
    # Written through to the database: a Redis restart logs nobody out.
    redis["default"].flushdb()
    assert client.get("/admin/").status_code == 200


def test_search_facet_counts_cached_in_redis_follow_the_index(redis, sections):
    PracticeSheetFactory(parent=sections.sheets, title="Un potager partagé")

    def count():
        return Client().get("/recherche/", {"q": "potager", "format": "json"}).json()["count"]

    assert count() == 1
    assert redis["default"].keys("*communs:search:facets:*")
    PracticeSheetFactory(parent=sections.sheets, title="Le potager du collège")
    assert count() == 2


def test_the_site_keeps_working_when_redis_is_down(sections, sheet):
    with redis_settings(CLOSED_PORT_URL):
        client = Client()
        for url in (sheet.url, "/", "/recherche/?q=fiche", "/recherche/?q=fiche&format=json"):
            response = client.get(url)
            assert response.status_code == 200, url
        assert "Fiche servie par Redis" in client.get(sheet.url).content.decode()


def test_rate_limits_count_in_redis_for_every_app_server(redis, sheet, settings):
    settings.COMMUNITY_RATE_LIMITS = {"report": (1, 600)}
    url = f"/signaler/{sheet.pk}/"
    assert Client().post(url, {"signalement-reason": "erreur"}).status_code == 302
    # Another app server (another client, same address) reads the same counter.
    assert Client().post(url, {"signalement-reason": "erreur"}).status_code == 429
    assert redis["default"].keys("communs-limits:*")


def test_forms_and_pdfs_stay_open_when_redis_is_down(sections, sheet, settings):
    settings.COMMUNITY_RATE_LIMITS = {"report": (1, 600)}
    with redis_settings(CLOSED_PORT_URL):
        for _ in range(2):
            response = Client().post(f"/signaler/{sheet.pk}/", {"signalement-reason": "erreur"})
            assert response.status_code == 302
        # No render slot can be taken nor counted: the PDF is made all the same.
        client = Client()
        client.post("/selection/ajouter/", {"page_id": sheet.pk})
        response = client.get("/selection/livret.pdf")
        assert response.status_code == 200
        assert response.content.startswith(b"%PDF-")
