"""Typed text is cleaned once, on save, and every public output stays valid (issue 13, item 5).

A single control character in a summary used to make every feed answer 500, and
PostgreSQL refuses a NUL anywhere. ``commons.text`` cleans every text, StreamField
and JSON value before it is saved; these tests type arbitrary Unicode (control
characters, lone surrogates, non-characters, decomposed accents) through the
models, the admin, the community forms and the importer, then read it back from
the feeds, the API, the sitemap, the Markdown export and the JSON-LD.
Runs on the configured database: SQLite locally, PostgreSQL again in CI.
"""

import json
import unicodedata
import xml.etree.ElementTree as ET
from functools import partial
from html import escape

import feedparser
import pytest
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.urls import reverse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase
from taggit.models import Tag

from commons.factories import AuthorFactory, seeded_themes
from commons.models import Author
from commons.text import clean_data, clean_text, parse_tags
from community.factories import make_user, page_form_data
from community.models import Report
from practices.factories import PracticeSheetFactory
from practices.models import PracticeSheet
from tests import test_search as search_tests
from tests.test_opendata_structured_data import head_of


def is_unwanted(character):
    """The specification, written independently of the regular expression it tests."""
    code = ord(character)
    return (
        (code < 0x20 and character not in "\t\n\r")
        or 0x7F <= code <= 0x9F
        or 0xD800 <= code <= 0xDFFF
        or 0xFDD0 <= code <= 0xFDEF
        or code & 0xFFFE == 0xFFFE
    )


# Any code point (surrogates included), with the troublemakers made frequent.
CHARACTERS = st.one_of(
    st.characters(codec=None, exclude_categories=()),
    st.characters(categories=["Cc", "Cs", "Cf", "Cn", "Mn"]),
    st.sampled_from(["\x00", "\x01", "\x1f", "\x85", "\ufffe", "\uffff", "\U0010ffff", "\u0301"]),
)
TYPED = st.text(CHARACTERS, min_size=1, max_size=80)


@settings(max_examples=500)
@given(st.text(CHARACTERS))
def test_clean_text_removes_exactly_the_unwanted_characters_then_normalises(text):
    cleaned = clean_text(text)
    expected = unicodedata.normalize("NFC", "".join(c for c in text if not is_unwanted(c)))
    assert cleaned == expected
    assert clean_text(cleaned) == cleaned
    cleaned.encode("utf-8")  # no lone surrogate left
    ET.fromstring(f"<a>{escape(cleaned)}</a>")  # XML 1.0 accepts every character left


def test_clean_text_keeps_line_breaks_tabs_and_non_text_values():
    assert clean_text("Ligne 1\r\n\tLigne\x002") == "Ligne 1\r\n\tLigne2"
    assert clean_text("e\u0301te\u0301") == "été"
    assert clean_text(None) is None and clean_text(3) == 3
    data = {"type": "paragraph", "value": {"text": "a\x01", "items": ["b\x00", 2, None]}}
    assert clean_data(data) == {
        "type": "paragraph",
        "value": {"text": "a", "items": ["b", 2, None]},
    }


def test_typed_tags_are_cleaned_before_they_are_looked_up(db):
    Tag.objects.create(name="ateliers", slug="ateliers")
    assert parse_tags('ate\x01liers, "mots\x00 de passe"') == ["ateliers", "mots de passe"]


def parse_feed(response):
    assert response.status_code == 200, response.content[:500]
    ET.fromstring(response.content)
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def assert_every_output_is_valid(client, page):
    """Feeds (plain and filtered), API, sitemap, Markdown and JSON-LD answer 200 and parse."""
    for url in ("/flux/", "/flux/atom/"):
        feed = parse_feed(client.get(url))
        assert [entry.link for entry in feed.entries] == [page.get_full_url()]
    for url, params in (("/flux/", {"tag": "numerique"}), ("/flux/atom/", {"type": "fiche"})):
        assert len(parse_feed(client.get(url, params)).entries) == 1
    for url in (
        "/api/v2/pages/?type=practices.PracticeSheet&fields=*",
        f"/api/v2/pages/{page.pk}/",
    ):
        response = client.get(url)
        assert response.status_code == 200, response.content[:500]
        json.loads(response.content)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ET.fromstring(response.content)
    response = client.get(f"{page.url}markdown/")
    assert response.status_code == 200
    response.content.decode("utf-8")
    head_of(client, page)


FUZZ = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


class ArbitraryTextTest(TestCase):
    """Whatever a person types into a resource, every output stays valid."""

    @classmethod
    def setUpTestData(cls):
        cls.sections = search_tests.build_sections()
        cls.theme = seeded_themes(1)[0]

    @FUZZ
    @example(title="Fiche", summary="Un résumé\x01", body="\x00", tag="a\ud800", author="\uffff")
    @given(title=TYPED, summary=TYPED, body=TYPED, tag=TYPED, author=TYPED)
    def test_saved_text_is_clean_and_every_output_parses(self, title, summary, body, tag, author):
        for cache in caches.all():
            cache.clear()
        make_sheet = partial(
            PracticeSheetFactory,
            parent=self.sections.sheets,
            title=title,
            slug="fiche-saisie",
            summary=summary,
            cover_image=None,
            body=[
                {"type": "heading", "value": {"text": body, "level": "h2"}},
                {"type": "paragraph", "value": f"<p>{escape(body)}</p>"},
            ],
            themes=[self.theme],
            tags=["numérique", *parse_tags(tag)],
            authors=[AuthorFactory(name=author)],
        )
        if not clean_text(title) or not clean_text(summary):
            # Nothing but unwanted characters: refused like an empty required field.
            with pytest.raises(ValidationError):
                make_sheet()
            return
        sheet = make_sheet()
        stored = PracticeSheet.objects.get(pk=sheet.pk)
        assert stored.title == clean_text(title)
        assert stored.summary == clean_text(summary)
        assert stored.body.raw_data[0]["value"]["text"] == clean_text(body)
        assert stored.authors.get().name == clean_text(author)
        revision_content = json.dumps(stored.latest_revision.content, ensure_ascii=False)
        assert not any(is_unwanted(character) for character in revision_content)
        assert_every_output_is_valid(self.client, stored)


@pytest.mark.django_db
def test_control_characters_typed_in_the_admin_do_not_break_the_feeds(client, sections):
    client.force_login(make_user("admin", superuser=True))
    add_url = reverse(
        "wagtailadmin_pages:add", args=["practices", "practicesheet", sections.sheets.pk]
    )
    data = page_form_data(
        PracticeSheet,
        title="Les mots\x01 de passe",
        slug="mots-de-passe",
        summary="Un résumé\x01 avec\x1b des caractères de contrôle\x7f.",
        tags="numérique, sécu\x01rité",
    )
    response = client.post(add_url, {**data, "action-publish": "action-publish"})
    assert response.status_code == 302
    page = PracticeSheet.objects.get(slug="mots-de-passe")
    assert page.live
    assert page.title == "Les mots de passe"
    assert page.summary == "Un résumé avec des caractères de contrôle."
    assert sorted(page.tags.names()) == ["numérique", "sécurité"]
    assert_every_output_is_valid(client, page)


@pytest.mark.django_db
def test_author_profiles_and_community_forms_are_cleaned(client, sections):
    author = Author.objects.create(name="Aïcha\x01 Benali", bio="Médiatrice\x0b numérique")
    author.refresh_from_db()
    assert (author.name, author.bio) == ("Aïcha Benali", "Médiatrice numérique")
    sheet = PracticeSheetFactory(parent=sections.sheets, title="Une fiche")
    response = client.post(
        reverse("community:report", args=[sheet.pk]),
        {"signalement-reason": "obsolete", "signalement-comment": "Lien\x01 cassé\x1f"},
    )
    assert response.status_code == 302
    assert Report.objects.get().comment == "Lien cassé"


@pytest.mark.django_db
def test_feeds_survive_text_written_around_save(client, sections):
    """Rows written before cleaning existed (or by a bulk update) cannot break the feeds."""
    sheet = PracticeSheetFactory(parent=sections.sheets, title="Une fiche", tags=["numérique"])
    PracticeSheet.objects.filter(pk=sheet.pk).update(
        title="Une\x01 fiche", summary="Résumé\x01 ancien\x1b"
    )
    Author.objects.filter(pk__in=sheet.authors.all()).update(name="Ancien\x02 nom")
    for url in ("/flux/", "/flux/atom/"):
        feed = parse_feed(client.get(url, {"tag": "numerique"}))
        assert [entry.title for entry in feed.entries] == ["Une fiche"]
        assert feed.entries[0].summary == "Résumé ancien"
