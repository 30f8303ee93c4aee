"""Every search returns, in a bounded number of queries, exactly what a brute-force
reading of the database finds (issue 13, item 1).

A query that matched nothing visible while a private resource existed made
``best_first`` loop forever (``limit`` stuck at 0): three such requests took every
gunicorn worker down. Here hypothesis draws the query, the facet filters, which
resources (or which whole section) are private, the page and its size, and the
ranking strategy; each call must return under a timer, read the ranking at most
``MAX_RANKED_READS`` times, and give the brute-force page. Runs on the configured
database: SQLite locally, PostgreSQL again in CI.
"""

import math
import signal
import time
from contextlib import contextmanager
from unittest import mock

from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase
from wagtail.models import PageViewRestriction

from practices.models import ResourcePage
from search import engine, indexing
from search.analysis import parse_query
from search.models import FTS_TABLE, Distance, SearchIndexEntry
from tests.factories import PracticeSheetFactory, ProjectRecipeFactory, WorkshopMaterialFactory
from tests.test_search import build_sections, paragraph, theme

# Ranking tiers of a query, at most (see engine.ranking_tiers).
MAX_TIERS = 3
# Seconds one search may take: milliseconds in practice, the margin is for a loaded machine.
CALL_BOUND_SECONDS = 20
# Queries of one call besides the ranked reads: the index version, the facet index
# (built again when the private set changed), the term bitsets, planner settings.
OTHER_QUERIES_BOUND = 40

# « confidentiel » is only in resources 0 and 7, « zzzqqq » in none.
WORDS = ["compost", "tablette", "jardin", "seniors", "confidentiel", "zzzqqq", "le", "ressource"]
N_RESOURCES = 12
FILTERS = st.fixed_dictionaries(
    {
        "type": st.lists(st.sampled_from(["fiche", "recette", "atelier", "inconnu"]), max_size=2),
        "theme": st.lists(st.sampled_from(["parentalite", "inconnu"]), max_size=2),
        "tag": st.lists(st.sampled_from(["tablette", "debutants"]), max_size=2),
        "level": st.lists(st.sampled_from(["debutant", "intermediaire", "avance"]), max_size=2),
    }
)
PROPERTY = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


class CallTookTooLong(Exception):
    pass


@contextmanager
def time_bound(seconds=CALL_BOUND_SECONDS):
    """Interrupt the code inside after ``seconds`` (an endless loop becomes a failure)."""

    def interrupt(signum, frame):
        raise CallTookTooLong(f"plus de {seconds} s")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def ranked_reads(queries):
    """How many of ``queries`` read the ranked full-text index."""
    return sum(1 for q in queries if FTS_TABLE in q["sql"] and "ORDER BY" in q["sql"].upper())


def facts(page):
    """What each facet filter looks at, read from the page itself."""
    return {
        "type": {page.specific_class.type_slug},
        "theme": {t.slug for t in page.themes.all()},
        "tag": {t.slug for t in page.tags.all()},
        "level": {page.level},
    }


def brute_force(parsed, selected):
    """{id: (tier, distance)} of the visible resources matching ``parsed`` and the filters.

    The matches are read from the full-text table by the ORM, visibility from
    Wagtail's own ``public()``, the filters checked page by page in Python. A result
    ranks in the first of the engine's tiers (typed words close together, typed
    words, everything) whose query matches it, by that query's distance.
    """
    version = engine.current_facet_index().version
    tiers = [tier.query for tier in engine.ranking_tiers(parsed, version)]
    distance = {}
    for number, query in reversed(list(enumerate(tiers))):
        distance.update(
            (page_id, (number, round(d, 6)))
            for page_id, d in SearchIndexEntry.objects.filter(document__match=query)
            .annotate(d=Distance(F("document"), query, rum=indexing.rank_index_available()))
            .values_list("page_id", "d")
        )
    visible = ResourcePage.objects.live().public().filter(pk__in=list(distance))
    kept = {}
    for page in visible.prefetch_related("themes", "tags"):
        known = facts(page)
        if all(set(values) & known[key] for key, values in selected.items() if values):
            kept[page.pk] = distance[page.pk]
    return kept


class SearchTerminationTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.sections = build_sections()
        parentalite = theme("parentalite")
        kinds = [
            (PracticeSheetFactory, cls.sections.sheets, {}),
            (ProjectRecipeFactory, cls.sections.recipes, {"difficulty": 2}),
            (WorkshopMaterialFactory, cls.sections.workshops, {}),
        ]
        cls.pages = []
        for n in range(N_RESOURCES):
            factory, parent, extra = kinds[n % 3]
            words = [WORDS[n % 4], WORDS[(n + 1) % 4]] + (["confidentiel"] if n in (0, 7) else [])
            cls.pages.append(
                factory(
                    parent=parent,
                    title=f"Ressource {n} : {words[0]}",
                    summary=f"Un résumé sur {words[1]}.",
                    body=paragraph(" ".join(words) + " compost" * (n % 3)),
                    themes=[parentalite] if n % 4 == 0 else [],
                    audiences=[],
                    tags=["tablette"] if n % 2 else ["débutants"],
                    **extra,
                )
            )

    def make_private(self, private, private_section):
        for n in sorted(private):
            PageViewRestriction.objects.create(
                page=self.pages[n], restriction_type=PageViewRestriction.LOGIN
            )
        if private_section:
            PageViewRestriction.objects.create(
                page=self.sections.sheets, restriction_type=PageViewRestriction.LOGIN
            )

    def bounded_call(self, function, *args):
        """``function(*args)``, checked to return in time and in few ranked reads."""
        with CaptureQueriesContext(connection) as queries, time_bound():
            result = function(*args)
        reads = ranked_reads(queries.captured_queries)
        self.assertLessEqual(reads, engine.MAX_RANKED_READS * MAX_TIERS)
        self.assertLessEqual(len(queries.captured_queries) - reads, OTHER_QUERIES_BOUND)
        return result

    @PROPERTY
    @given(
        words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=3),
        prefix=st.booleans(),
        selected=FILTERS,
        private=st.sets(st.integers(0, N_RESOURCES - 1), max_size=N_RESOURCES),
        private_section=st.booleans(),
        page=st.integers(1, 6),
        size=st.integers(1, 12),
        rank_ids_in_sql=st.sampled_from([0, 3, 3000]),
    )
    def test_every_search_returns_the_brute_force_page(
        self, words, prefix, selected, private, private_section, page, size, rank_ids_in_sql
    ):
        parsed = parse_query(" ".join(words), prefix=prefix)
        if not parsed:
            return
        self.make_private(private, private_section)
        expected = brute_force(parsed, selected)
        order = sorted(expected.values())
        start = (page - 1) * size
        with mock.patch.object(engine, "RANK_IDS_IN_SQL", rank_ids_in_sql):
            found = self.bounded_call(engine.best_first, parsed, selected, start, start + size)
            # The page holds the ranks start to stop of the brute-force order (the
            # order among equal scores is the engine's own).
            self.assertTrue(set(found) <= set(expected))
            self.assertEqual(len(set(found)), len(found))
            self.assertEqual(list(expected[i] for i in found), list(order[start : start + size]))
            # Every page of this size, one after the other, gives each result once.
            pages = math.ceil(len(expected) / size) + 1
            everything = []
            for number in range(pages):
                everything += self.bounded_call(
                    engine.best_first, parsed, selected, number * size, (number + 1) * size
                )
            self.assertEqual(sorted(everything), sorted(expected))
            self.assertEqual(engine.count_facets(parsed, selected).results, len(expected))
            if not any(selected.values()):
                top = self.bounded_call(engine.most_relevant_ids, parsed, 5)
                self.assertEqual(list(expected[i] for i in top), list(order[:5]))

    def test_a_word_nothing_visible_contains_returns_at_once_through_the_api(self):
        """The attack of the issue: a private live resource, then a word that matches
        nothing (or only the private resource), through every public entry point."""
        self.make_private({0, 7}, private_section=False)
        for word in ("zzzqqq", "confidentiel"):
            for url, params in [
                ("/api/v2/pages/", {"search": word}),
                ("/api/v2/pages/", {"search": word, "type": "practices.PracticeSheet"}),
                ("/recherche/", {"q": word, "format": "json"}),
                ("/recherche/", {"q": word, "theme": "parentalite", "format": "json"}),
                ("/recherche/suggestions/", {"q": word}),
            ]:
                with self.subTest(url=url, params=params):
                    started = time.monotonic()
                    with time_bound():
                        response = self.client.get(url, params)
                    self.assertLess(time.monotonic() - started, CALL_BOUND_SECONDS)
                    self.assertEqual(response.status_code, 200)
                    data = response.json()
                    found = data.get("items", data.get("results"))
                    self.assertEqual(found, [])
