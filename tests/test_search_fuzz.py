"""Property-based test: whatever is typed, the search answers 200 (HTML, JSON, autocomplete).

Runs on the configured database: SQLite locally, PostgreSQL again in CI.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from search.analysis import parse_query, to_fts5, to_tsquery
from tests import test_search as search_tests
from tests.factories import PracticeSheetFactory, WorkshopMaterialFactory

URL = "/recherche/"

# Arbitrary text, plus the syntax of both engines mixed with real words.
SYNTAX = st.sampled_from(
    ['"', "'", "*", "-", "+", "^", ":", "(", ")", "NEAR", "AND", "OR", "NOT", "&", "|", "!", "<->"]
)
WORDS = st.sampled_from(["tablette", "démarches", "l'atelier", "seniors", "e-mail", "ia"])
QUERIES = st.one_of(
    st.text(),
    st.text(min_size=190, max_size=6000),
    st.lists(st.one_of(SYNTAX, WORDS, st.text(max_size=5)), max_size=12).map(" ".join),
)
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


class SearchFuzzTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        sections = search_tests.build_sections()
        PracticeSheetFactory(
            parent=sections.sheets,
            title="Les démarches en ligne",
            summary="Accompagner sans faire à la place.",
            body=search_tests.paragraph("FranceConnect, impots.gouv.fr et ameli."),
            tags=["démarches"],
        )
        WorkshopMaterialFactory(
            parent=sections.workshops,
            title="L'atelier tablette des seniors",
            summary="Premiers pas sur tablette.",
            body=search_tests.paragraph("Allumer, toucher, glisser."),
            tags=["tablette"],
        )

    @FUZZ
    @given(query=QUERIES)
    def test_any_query_answers_200(self, query):
        for params in ({"q": query}, {"q": query, "format": "json"}):
            response = self.client.get(URL, params)
            assert response.status_code == 200
        response = self.client.get(URL + "suggestions/", {"q": query})
        assert response.status_code == 200

    @FUZZ
    @given(
        query=QUERIES,
        facet=st.sampled_from(["type", "theme", "audience", "level", "tag", "departement"]),
        value=st.text(max_size=30),
        page=st.text(max_size=8),
        sort=st.text(max_size=12),
    )
    def test_any_filter_answers_200(self, query, facet, value, page, sort):
        params = {"q": query, facet: value, "page": page, "sort": sort, "format": "json"}
        assert self.client.get(URL, params).status_code == 200

    @FUZZ
    @given(query=st.text())
    def test_compiled_queries_hold_only_quoted_or_bare_alphanumeric_terms(self, query):
        for prefix in (False, True):
            parsed = parse_query(query, prefix=prefix)
            fts5 = to_fts5(parsed)
            tsquery = to_tsquery(parsed)
            for token in fts5.replace("(", " ").replace(")", " ").split():
                assert token in ("AND", "OR") or (
                    token.startswith('"') and token.rstrip("*").endswith('"')
                )
            for token in tsquery.replace("(", " ").replace(")", " ").split():
                assert token in ("&", "|") or token.removesuffix(":*").isalnum()
