"""Courses (« parcours ») and authors or structures are found by the search too, each in
its own tab with its count, and only what an anonymous visitor may see: a draft or
private course, an author whose every resource is private or a draft, never appear,
not even in a count or a suggestion.

Runs on the configured database (SQLite locally, PostgreSQL in CI).
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase
from wagtail.models import PageViewRestriction

from commons.factories import AuthorFactory
from courses.factories import CourseFactory, CourseIndexPageFactory
from practices.factories import PracticeSheetFactory
from search import kinds
from tests import test_search as search_tests

URL = "/recherche/"
SECRET_WORDS = ["confidentiel", "brouillonne", "cachotier", "invisible", "mystere"]
PROPERTIES = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


class KindsTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        sections = search_tests.build_sections()
        home = sections.sheets.get_parent()
        courses = CourseIndexPageFactory(parent=home)
        cls.course = CourseFactory(
            parent=courses,
            title="Parcours tablette pour les seniors",
            summary="Trois séances pour apprivoiser la tablette.",
        )
        cls.other_course = CourseFactory(
            parent=courses,
            title="Former les aidants aux démarches",
            summary="Deux jours sur les démarches en ligne.",
        )
        cls.draft_course = CourseFactory(
            parent=courses,
            title="Parcours tablette brouillonne",
            summary="Jamais publié : confidentiel.",
        )
        cls.draft_course.unpublish()
        cls.private_course = CourseFactory(
            parent=courses,
            title="Parcours tablette cachotier",
            summary="Réservé : invisible, mystere.",
        )
        restrict(cls.private_course)

        cls.author = AuthorFactory(
            name="Camille Médiatrice",
            organisation="Médiathèque de Lodève",
            role="Conseillère numérique",
            territory="Hérault",
        )
        cls.private_author = AuthorFactory(
            name="Dominique Cachotier",
            organisation="Structure confidentielle",
            territory="Mystere",
        )
        cls.draft_author = AuthorFactory(
            name="Alex Brouillonne",
            organisation="Association invisible",
            territory="Hérault",
        )
        cls.idle_author = AuthorFactory(name="Sam Sansressource", organisation="Hérault numérique")
        cls.sheet = PracticeSheetFactory(
            parent=sections.sheets,
            title="Accompagner sur tablette",
            summary="Les gestes de base.",
            authors=[cls.author],
            tags=["tablette"],
        )
        cls.private_sheet = PracticeSheetFactory(
            parent=sections.sheets,
            title="Une fiche réservée",
            summary="Pour les membres.",
            authors=[cls.private_author],
        )
        restrict(cls.private_sheet)
        PracticeSheetFactory(
            parent=sections.sheets,
            title="Une fiche en cours d'écriture",
            summary="Pas encore publiée.",
            authors=[cls.draft_author],
            publish=False,
        )

    def get(self, **params):
        response = self.client.get(URL, params)
        self.assertEqual(response.status_code, 200)
        return response

    def json(self, **params):
        return self.get(**params, format="json").json()

    def tabs(self, **params):
        return {tab["kind"]: tab["count"] for tab in self.json(**params)["tabs"]}


class TabsTest(KindsTestCase):
    def test_every_kind_has_its_tab_with_its_count(self):
        self.assertEqual(self.tabs(q="tablette"), {"ressources": 1, "parcours": 1, "auteurs": 0})
        self.assertEqual(self.tabs(q="lodeve"), {"ressources": 0, "parcours": 0, "auteurs": 1})
        response = self.get(q="tablette")
        self.assertContains(response, '<nav class="search-tabs" aria-label="Types de résultats">')
        self.assertContains(response, 'href="?q=tablette&amp;kind=parcours"')
        self.assertContains(response, 'aria-current="page">Ressources <span')

    def test_a_tab_lists_its_results_without_the_resource_filters(self):
        response = self.get(q="tablette", kind="parcours")
        self.assertContains(response, self.course.title)
        self.assertContains(response, f'href="{self.course.url}"')
        self.assertContains(response, "1 parcours pour « tablette »")
        self.assertNotContains(response, "Affiner les résultats")
        self.assertNotContains(response, self.sheet.title)
        # Searching again from this tab stays in it.
        self.assertContains(response, '<input type="hidden" name="kind" value="parcours">')

    def test_authors_and_structures_are_found_by_name_organisation_or_territory(self):
        for query in ("camille", "mediatheque", "médiathèques lodève", "herault"):
            data = self.json(q=query, kind="auteurs")
            self.assertEqual([r["title"] for r in data["results"]], [self.author.name], query)
        data = self.json(q="camille", kind="auteurs")
        self.assertEqual(data["results"][0]["url"], f"/auteurs/{self.author.slug}/")
        self.assertIn("1 ressource", data["results"][0]["summary"])

    def test_title_words_rank_first_and_an_empty_query_lists_everything(self):
        data = self.json(q="demarches", kind="parcours")
        self.assertEqual([r["title"] for r in data["results"]], [self.other_course.title])
        data = self.json(kind="parcours")
        self.assertEqual(data["count"], 2)
        self.assertEqual(self.tabs(), {"ressources": 1, "parcours": 2, "auteurs": 1})

    def test_a_kind_page_is_paginated_and_a_page_too_far_says_so(self):
        data = self.json(kind="parcours", page="40")
        self.assertEqual((data["page"], data["num_pages"]), (1, 1))
        self.assertIn("Il n'y a que 1 page(s) : voici la dernière.", data["notices"])

    def test_unknown_kinds_fall_back_to_resources_with_a_french_notice(self):
        for forged in ("inconnu", "x" * 10_000, "../auteurs", "par cours", "\x00\x1f", "PARCOURS"):
            response = self.get(q="tablette", kind=forged)
            context = response.context
            self.assertIsNone(context.get("kind_view"), forged)
            self.assertEqual(context["outcome"].count, 1)
        response = self.get(q="tablette", kind="inconnu")
        self.assertContains(response, "Le type de résultats « inconnu » est inconnu")

    def test_courses_and_authors_add_no_query_per_document(self):
        def count(**params):
            self.client.get(URL, params)  # builds the documents at this index version
            with CaptureQueriesContext(connection) as queries:
                self.client.get(URL, params)
            return len(queries.captured_queries)

        before = {kind: count(q="parcours", kind=kind) for kind in ("parcours", "auteurs")}
        parent = self.course.get_parent()
        for n in range(4):
            author = AuthorFactory(name=f"Parcours auteur {n}")
            PracticeSheetFactory(parent=self.sheet.get_parent(), authors=[author])
            CourseFactory(parent=parent, title=f"Parcours numéro {n}")
        after = {kind: count(q="parcours", kind=kind) for kind in ("parcours", "auteurs")}
        self.assertEqual(after, before)
        self.assertEqual(self.tabs(q="parcours")["parcours"], 5)
        self.assertLessEqual(max(after.values()), count(q="parcours") + 1)


class PrivacyTest(KindsTestCase):
    @PROPERTIES
    @given(
        words=st.lists(
            st.sampled_from([*SECRET_WORDS, "parcours", "tablette", "hérault"]), max_size=3
        ),
        kind=st.sampled_from(["ressources", "parcours", "auteurs"]),
    )
    def test_private_and_draft_things_never_show_not_even_in_counts(self, words, kind):
        query = " ".join(words)
        data = self.json(q=query, kind=kind)
        shown = " ".join(r["title"] + " " + r.get("summary", "") for r in data["results"]).lower()
        for secret in (
            self.draft_course.title,
            self.private_course.title,
            self.private_author.name,
            self.draft_author.name,
        ):
            assert secret.lower() not in shown
        if any(word in SECRET_WORDS for word in words):
            # Only the hidden courses and authors hold these words.
            counts = {tab["kind"]: tab["count"] for tab in data["tabs"]}
            assert (counts["parcours"], counts["auteurs"]) == (0, 0)
        suggestions = self.client.get(URL + "suggestions/", {"q": query}).json()["results"]
        titles = {s["title"] for s in suggestions}
        assert not titles & {self.draft_course.title, self.private_course.title}

    def test_unpublishing_or_restricting_removes_at_once(self):
        self.assertEqual(self.tabs(q="tablette")["parcours"], 1)
        self.course.unpublish()
        self.assertEqual(self.tabs(q="tablette")["parcours"], 0)
        self.assertEqual(self.tabs(q="herault")["auteurs"], 1)
        restrict(self.sheet)
        self.assertEqual(self.tabs(q="herault")["auteurs"], 0)

    def test_renaming_an_author_is_seen_at_once(self):
        self.assertEqual(self.tabs(q="camille")["auteurs"], 1)
        self.author.name = "Claude Médiateur"
        self.author.save()
        self.assertEqual(self.tabs(q="camille")["auteurs"], 0)
        self.assertEqual(self.tabs(q="claude")["auteurs"], 1)

    def test_publishing_a_course_shows_it_at_once(self):
        self.assertEqual(self.tabs(q="brouillonne")["parcours"], 0)
        self.draft_course.save_revision().publish()
        self.assertEqual(self.tabs(q="brouillonne")["parcours"], 1)


class RegistryTest(KindsTestCase):
    def test_courses_plug_in_through_the_registry(self):
        self.assertEqual([kind.slug for kind in kinds.registered()], ["parcours", "auteurs"])
        self.assertIsNone(kinds.get("ressources"))
