"""Autocomplete (/recherche/suggestions/): tags, resource titles and course titles as one
types, forgiving typos like the search, never a hidden thing, always bounded.

Runs on the configured database (SQLite locally, PostgreSQL in CI).
"""

from urllib.parse import urlencode

from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase
from taggit.models import Tag
from wagtail.models import PageViewRestriction

from courses.factories import CourseFactory, CourseIndexPageFactory
from practices.factories import PracticeSheetFactory, WorkshopMaterialFactory
from search.suggestions import MAX_QUERY_LENGTH, MAX_SUGGESTIONS, _starts_like
from tests import test_search as search_tests

URL = "/recherche/suggestions/"
PROPERTIES = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


class AutocompleteTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        sections = search_tests.build_sections()
        home = sections.sheets.get_parent()
        cls.tablet = WorkshopMaterialFactory(
            parent=sections.workshops,
            title="Premiers pas sur tablette",
            summary="Allumer, toucher, glisser.",
            tags=["tablette", "grands débutants"],
        )
        cls.library = PracticeSheetFactory(
            parent=sections.sheets,
            title="Animer la médiathèque numérique",
            summary="Un espace public numérique dans la médiathèque.",
            tags=["médiathèque"],
        )
        for n in range(12):
            PracticeSheetFactory(
                parent=sections.sheets,
                title=f"Tablette et démarches, fiche {n}",
                summary="Pas à pas.",
                tags=["tablette"],
            )
        cls.secret = PracticeSheetFactory(
            parent=sections.sheets,
            title="Tablette confidentielle",
            summary="Réservée aux membres.",
            tags=["tablettes-secretes"],
        )
        PageViewRestriction.objects.create(
            page=cls.secret, restriction_type=PageViewRestriction.LOGIN
        )
        cls.draft = PracticeSheetFactory(
            parent=sections.sheets,
            title="Tablette en brouillon",
            summary="Pas encore publiée.",
            tags=["tablettes-brouillon"],
            publish=False,
        )
        cls.course = CourseFactory(
            parent=CourseIndexPageFactory(parent=home),
            title="Parcours médiathèque connectée",
            summary="Trois séances.",
        )

    def suggest(self, query):
        response = self.client.get(URL, {"q": query})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/json")
        return response.json()["results"]

    def test_tags_then_titles_then_courses_and_authors(self):
        found = self.suggest("médiath")
        # The factories' authors work in « Médiathèque … » structures: they come last.
        self.assertEqual({s["kind"] for s in found[3:]}, {"auteurs"})
        self.assertEqual(
            [(s["kind"], s["title"]) for s in found[:3]],
            [
                ("etiquette", "médiathèque"),
                ("ressource", self.library.title),
                ("parcours", self.course.title),
            ],
        )
        slug = Tag.objects.get(name="médiathèque").slug
        self.assertEqual(found[0]["url"], "/recherche/?" + urlencode({"tag": slug}))
        self.assertEqual(found[0]["type"], "Étiquette")
        self.assertEqual(found[2]["url"], self.course.url)
        self.assertEqual(found[2]["type"], "Parcours de formation")

    def test_a_tag_is_found_by_any_of_its_words(self):
        self.assertIn("grands débutants", [s["title"] for s in self.suggest("debut")])

    def test_typos_are_forgiven_like_the_search_does(self):
        for typed in ("tablete", "tabblette", "mediateque", "médiatèque"):
            titles = [s["title"] for s in self.suggest(typed)]
            self.assertTrue(titles, typed)
            self.assertTrue(any("ablette" in t or "édiathèque" in t for t in titles), typed)
        # Short words are never corrected: « tabl » is a prefix, « tbl » nothing.
        self.assertEqual(self.suggest("tbl"), [])

    def test_at_most_eight_suggestions_and_the_tag_first(self):
        found = self.suggest("tablette")
        self.assertEqual(len(found), MAX_SUGGESTIONS)
        self.assertEqual(found[0]["title"], "tablette")

    def test_nothing_hidden_is_ever_suggested(self):
        for query in ("tablette", "tablettes", "confidentielle", "brouillon", "secretes"):
            shown = {s["title"] for s in self.suggest(query)}
            self.assertFalse(
                shown & {self.secret.title, self.draft.title, "tablettes-secretes"}, query
            )
            self.assertFalse(any("brouillon" in title for title in shown), query)

    def test_short_empty_or_wordless_queries_suggest_nothing(self):
        for query in ("", " ", "t", "\x00\x01", "le la les", "!!!"):
            self.assertEqual(self.suggest(query), [], repr(query))

    def test_a_huge_query_is_cut_and_answered_quickly(self):
        response = self.client.get(URL, {"q": "tablette " * 1200})
        self.assertEqual(response.status_code, 200)
        self.assertLessEqual(len(response.json()["query"]), MAX_QUERY_LENGTH)

    def test_the_number_of_queries_is_bounded(self):
        def count(query):
            self.client.get(URL, {"q": query})  # warm the per-version caches
            with CaptureQueriesContext(connection) as queries:
                self.client.get(URL, {"q": query})
            return len(queries.captured_queries)

        self.assertLessEqual(max(count("tablette"), count("mediateque"), count("zzzzzz")), 30)

    @PROPERTIES
    @given(
        query=st.one_of(
            st.text(max_size=60),
            st.text(min_size=5000, max_size=10000),
            st.lists(
                st.sampled_from(["tablette", "médiath", "tabl", "parcours", "\x00", "*", '"']),
                max_size=6,
            ).map(" ".join),
        )
    )
    def test_any_input_gives_a_short_list_of_local_links(self, query):
        response = self.client.get(URL, {"q": query})
        assert response.status_code == 200
        results = response.json()["results"]
        assert len(results) <= MAX_SUGGESTIONS
        for suggestion in results:
            assert suggestion["url"].startswith("/") and not suggestion["url"].startswith("//")
            assert suggestion["title"] not in (self.secret.title, self.draft.title)


def test_tag_words_match_from_any_word_with_typos_allowed_by_length():
    words = ("grands", "debutants")
    assert _starts_like(words, ["debut"], forgive=False)
    assert _starts_like(words, ["grands", "deb"], forgive=False)
    assert not _starts_like(words, ["debutants", "grands"], forgive=False)
    assert _starts_like(("mediatheque",), ["mediateque"], forgive=True)
    assert not _starts_like(("mediatheque",), ["mediateque"], forgive=False)
    # No typo forgiven under five letters.
    assert not _starts_like(("table",), ["tbl"], forgive=True)
