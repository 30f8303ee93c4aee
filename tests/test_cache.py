"""Public page cache: hits for anonymous visitors, never a shared CSRF token or a personal
page, invalidation on publication and on what pages show, conditional requests (304)."""

import re

import pytest
from django.core.cache import caches
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse

from commons.factories import AuthorFactory, seeded_themes
from commons.middleware import CACHE_HEADER, CSRF_PLACEHOLDER, request_is_cacheable
from community.factories import make_user
from community.models import Feedback
from practices.factories import PracticeSheetFactory

TOKEN_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def page_cache_on():
    caches["pages"].clear()
    with override_settings(COMMONS_PAGE_CACHE=True):
        yield
    caches["pages"].clear()


@pytest.fixture
def sheet(sections):
    return PracticeSheetFactory(parent=sections.sheets, title="Fiche en cache")


def csrf_client():
    return Client(enforce_csrf_checks=True)


def tokens(response):
    return TOKEN_RE.findall(response.content.decode())


def test_second_anonymous_visit_is_served_from_the_cache(client, sheet):
    first = client.get(sheet.url)
    second = Client().get(sheet.url)
    assert first.status_code == second.status_code == 200
    assert first[CACHE_HEADER] == "miss"
    assert second[CACHE_HEADER] == "hit"
    assert "Fiche en cache" in second.content.decode()


def test_listing_home_and_theme_pages_are_cached(client, sections, sheet):
    theme = sheet.themes.first()
    for url in ("/", sections.sheets.url, f"/themes/{theme.slug}/", "/themes/"):
        client.get(url)
        assert Client().get(url)[CACHE_HEADER] == "hit", url


def test_a_cached_page_never_holds_another_visitors_csrf_token(sheet):
    alice, bob = csrf_client(), csrf_client()
    alice_page = alice.get(sheet.url)
    bob_page = bob.get(sheet.url)
    assert bob_page[CACHE_HEADER] == "hit"
    alice_tokens, bob_tokens = tokens(alice_page), tokens(bob_page)
    assert alice_tokens and bob_tokens
    assert not set(alice_tokens) & set(bob_tokens)
    assert CSRF_PLACEHOLDER not in bob_page.content.decode()
    # Bob's token matches Bob's own cookie: his form works.
    assert alice.cookies["csrftoken"].value != bob.cookies["csrftoken"].value
    response = bob.post(
        reverse("community:feedback", args=[sheet.pk]),
        {"avis-rating": "4", "avis-comment": "Utile", "csrfmiddlewaretoken": bob_tokens[0]},
    )
    assert response.status_code == 302
    assert Feedback.objects.filter(page=sheet).count() == 1
    # …and Alice's token does not work with Bob's cookie.
    carol = csrf_client()
    carol.get(sheet.url)
    response = carol.post(
        reverse("community:report", args=[sheet.pk]),
        {"signalement-reason": "erreur", "csrfmiddlewaretoken": alice_tokens[0]},
    )
    assert response.status_code == 403


def test_cached_pages_with_a_token_are_private_for_proxies(sheet):
    Client().get(sheet.url)
    response = Client().get(sheet.url)
    assert response[CACHE_HEADER] == "hit"
    assert "private" in response["Cache-Control"]
    assert "sessionid" not in response.cookies


def test_a_logged_in_editor_never_gets_a_cached_page(client, sheet):
    Client().get(sheet.url)
    editor = make_user("redactrice", superuser=True)
    client.force_login(editor)
    response = client.get(sheet.url)
    assert response.status_code == 200
    assert CACHE_HEADER not in response
    # Nor is the editor's page stored for others.
    caches["pages"].clear()
    client.get(sheet.url)
    assert Client().get(sheet.url)[CACHE_HEADER] == "miss"


def test_a_visitor_with_a_session_gets_a_personal_page(sheet):
    visitor = Client()
    response = visitor.post(reverse("courses:selection_add"), {"page_id": sheet.pk, "next": "/"})
    assert response.status_code in (302, 303)
    assert "sessionid" in visitor.cookies
    Client().get(sheet.url)  # warm the cache for everybody else
    personal = visitor.get(sheet.url)
    assert CACHE_HEADER not in personal
    assert "Cette ressource est dans votre sélection." in personal.content.decode()
    anonymous = Client().get(sheet.url).content.decode()
    assert "Cette ressource est dans votre sélection." not in anonymous


def test_previews_and_admin_are_never_cached(rf):
    preview = rf.get("/fiches/une-fiche/")
    preview.is_preview = True
    assert not request_is_cacheable(preview)
    assert not request_is_cacheable(rf.get("/admin/pages/3/edit/preview/"))
    assert not request_is_cacheable(rf.post("/fiches/une-fiche/"))
    assert request_is_cacheable(RequestFactory().get("/fiches/une-fiche/"))


def test_admin_login_page_is_not_cached(client, site):
    client.get("/admin/login/")
    assert CACHE_HEADER not in Client().get("/admin/login/")


def test_publishing_a_change_shows_at_once(sheet, sections):
    Client().get(sheet.url)
    Client().get(sections.sheets.url)
    sheet.title = "Fiche republiée"
    sheet.save_revision().publish()
    for url in (sheet.url, sections.sheets.url):
        response = Client().get(url)
        assert response[CACHE_HEADER] == "miss", url
        assert "Fiche republiée" in response.content.decode()


def test_unpublishing_removes_the_page_at_once(sheet, sections):
    url = sheet.url
    Client().get(url)
    Client().get(sections.sheets.url)
    sheet.unpublish()
    assert Client().get(url).status_code == 404
    assert "Fiche en cache" not in Client().get(sections.sheets.url).content.decode()


def test_a_new_resource_appears_in_cached_listings(sections, sheet):
    Client().get("/")
    Client().get(sections.sheets.url)
    PracticeSheetFactory(parent=sections.sheets, title="Toute nouvelle fiche")
    assert "Toute nouvelle fiche" in Client().get("/").content.decode()
    assert "Toute nouvelle fiche" in Client().get(sections.sheets.url).content.decode()


def test_changing_a_theme_or_an_author_refreshes_pages_showing_them(sections):
    theme = seeded_themes(1)[0]
    author = AuthorFactory(name="Ada Autrice")
    sheet = PracticeSheetFactory(parent=sections.sheets, themes=[theme], authors=[author])
    Client().get(sheet.url)
    theme.label = "Thème renommé"
    theme.save()
    assert "Thème renommé" in Client().get(sheet.url).content.decode()
    author.name = "Ada Renommée"
    author.save()
    assert "Ada Renommée" in Client().get(sheet.url).content.decode()


def test_visitors_with_a_session_get_cached_cards_that_follow_changes(sections, sheet):
    from django.core.cache import cache

    theme = seeded_themes(1)[0]
    sheet.themes.set([theme])
    sheet.save_revision().publish()
    visitor = Client()
    visitor.cookies["sessionid"] = "une-session"  # the page cache cannot serve this visitor
    first = visitor.get(sections.sheets.url)
    assert CACHE_HEADER not in first
    assert theme.label in first.content.decode()
    # The card was kept as a fragment…
    cards = [key for key in cache._cache if "resource-card" in key]
    assert cards
    # …and is rendered again once what it shows changes.
    theme.label = "Thème renommé"
    theme.save()
    assert "Thème renommé" in visitor.get(sections.sheets.url).content.decode()


def test_resource_fragments_for_session_visitors_follow_changes_and_keep_own_forms(sheet):
    from django.core.cache import cache

    theme = seeded_themes(1)[0]
    sheet.themes.set([theme])
    sheet.save_revision().publish()
    alice, bob = csrf_client(), csrf_client()
    for visitor, session in ((alice, "session-a"), (bob, "session-b")):
        visitor.cookies["sessionid"] = session
    alice_page, bob_page = alice.get(sheet.url), bob.get(sheet.url)
    assert CACHE_HEADER not in bob_page
    assert any("resource-content" in key for key in cache._cache)
    # The forms are not in the shared fragments: each visitor has a token of their own.
    assert tokens(alice_page) and tokens(bob_page)
    assert not set(tokens(alice_page)) & set(tokens(bob_page))
    sheet.title = "Fiche corrigée"
    sheet.save_revision().publish()
    assert "Fiche corrigée" in bob.get(sheet.url).content.decode()
    theme.label = "Thème renommé"
    theme.save()
    assert "Thème renommé" in bob.get(sheet.url).content.decode()


def test_new_feedback_refreshes_the_summary(sheet):
    Client().get(sheet.url)
    Feedback.objects.create(page=sheet, rating=4, session_key="x")
    page = Client().get(sheet.url).content.decode()
    assert "1 personne a donné son avis" in page


def test_conditional_get_answers_304(sections, sheet):
    for url in (sections.sheets.url, sheet.url):
        first = Client().get(url)
        etag = first["ETag"]
        assert etag.startswith('W/"')
        again = Client().get(url, HTTP_IF_NONE_MATCH=etag)
        assert again.status_code == 304, url
        assert again.content == b""


def test_etag_changes_when_the_page_changes(sheet):
    etag = Client().get(sheet.url)["ETag"]
    sheet.title = "Fiche modifiée"
    sheet.save_revision().publish()
    response = Client().get(sheet.url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag


def test_error_and_form_pages_are_not_cached_with_errors(client, sheet):
    # An invalid POST (400 with the visitor's input) never ends up in the cache.
    url = reverse("community:report", args=[sheet.pk])
    client.post(url, {"signalement-reason": "", "signalement-comment": "texte personnel"})
    assert "texte personnel" not in Client().get(url).content.decode()
