"""Facet bitsets and relevance order under filters: what makes search fast at scale
must give exactly what the slow way gave."""

import os
from contextlib import contextmanager
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.db.models import F
from django.test import TestCase
from hypothesis import given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from search import engine, indexing, postings
from search.analysis import parse_query
from search.facet_index import (
    FacetIndex,
    Membership,
    current_facet_index,
    from_bitset,
    to_bitset,
)
from search.models import Distance, SearchIndexEntry
from tests.factories import (
    PracticeSheetFactory,
    PracticeSheetIndexPageFactory,
    ProjectRecipeFactory,
    WorkshopMaterialFactory,
    get_home_page,
)
from tests.test_search import URL, build_sections, paragraph, theme
from tests.test_search_forgiveness import sheet as bare_sheet

# --------------------------------------------------------------------------
# Bitsets against plain sets

IDS = st.sets(st.integers(min_value=0, max_value=3000), max_size=200)


@given(IDS)
def test_bitset_round_trip_and_membership(ids):
    bits = to_bitset(ids)
    assert from_bitset(bits) == sorted(ids)
    assert bits.bit_count() == len(ids)
    member = Membership(bits)
    for page_id in range(0, 3100, 7):
        assert (page_id in member) == (page_id in ids)


KEYS = ("type", "theme", "tag")
RESOURCE = st.fixed_dictionaries(
    {
        "type": st.sets(st.sampled_from("abc"), min_size=1, max_size=1),
        "theme": st.sets(st.sampled_from("pqrs"), max_size=3),
        "tag": st.sets(st.sampled_from("xyz"), max_size=2),
    }
)


@settings(max_examples=150, deadline=None)
@given(
    resources=st.dictionaries(st.integers(1, 400), RESOURCE, max_size=40),
    private=st.sets(st.integers(1, 400), max_size=5),
    matches=st.sets(st.integers(1, 400), max_size=40),
    selected=st.fixed_dictionaries(
        {
            key: st.lists(st.sampled_from(values), max_size=2)
            for key, values in (("type", "abc"), ("theme", "pqrs"), ("tag", "xyz"))
        }
    ),
)
def test_facet_counts_equal_a_plain_disjunctive_count(resources, private, matches, selected):
    """The bitset arithmetic counts what counting resource by resource counts."""
    positions = {}
    for page_id, values in resources.items():
        for key, chosen in values.items():
            for value in chosen:
                positions.setdefault(f"{key}={value}", set()).add(page_id)
    visible = to_bitset(set(resources) - private)
    index = FacetIndex(
        "v",
        {token: to_bitset(ids) & visible for token, ids in positions.items()},
        to_bitset(resources),
        visible,
    )

    def passes(values, keys):
        return all(not selected[k] or values[k] & set(selected[k]) for k in keys)

    seen = [p for p in matches if p in resources and p not in private]
    expected_results = sum(passes(resources[p], KEYS) for p in seen)
    expected = {key: {} for key in KEYS}
    for key in KEYS:
        others = [k for k in KEYS if k != key]
        for page_id in seen:
            if passes(resources[page_id], others):
                for value in resources[page_id][key]:
                    expected[key][value] = expected[key].get(value, 0) + 1

    results, counts = index.count(to_bitset(matches), selected, KEYS)
    assert results == expected_results
    assert counts == expected
    allowed = [p for p in resources if p not in private and passes(resources[p], KEYS)]
    assert from_bitset(index.allowed(selected)) == sorted(allowed)


@contextmanager
def ranked_by(threshold):
    """Results ranked by id up to ``threshold`` (PostgreSQL), read from the index
    beyond; no ranked page cached by another way (in production it never changes)."""
    cache.clear()
    with mock.patch.object(engine, "RANK_IDS_IN_SQL", threshold):
        yield
    cache.clear()


# --------------------------------------------------------------------------
# Relevance order with filters, private resources and every ranking strategy


class FilteredRankingTestCase(TestCase):
    """30 resources about compost: a word in the title, the summary or the body, of every
    type, some with a theme; the filtered pages must be the full ranking, filtered."""

    @classmethod
    def setUpTestData(cls):
        s = build_sections()
        factories = [
            (PracticeSheetFactory, s.sheets),
            (ProjectRecipeFactory, s.recipes),
            (WorkshopMaterialFactory, s.workshops),
        ]
        parentalite = theme("parentalite")
        cls.pages = []
        for n in range(30):
            factory, parent = factories[n % 3]
            where = n % 5
            cls.pages.append(
                factory(
                    parent=parent,
                    title=f"Ressource {n}" + (" : le compost" if where == 0 else ""),
                    summary="Un résumé" + (" sur le compost" if where in (1, 2) else "."),
                    body=paragraph(f"Texte {n} : compost" + " et compost" * (n % 4)),
                    themes=[parentalite] if n % 4 == 0 else [],
                    audiences=[],
                    tags=[],
                )
            )

    def setUp(self):
        cache.clear()  # ranked pages cached by a test that ranked another way

    def all_titles(self, **params):
        titles, page = [], 1
        while True:
            data = self.client.get(URL, {**params, "page": page, "format": "json"}).json()
            titles += [r["title"] for r in data["results"]]
            if len(titles) >= data["count"] or not data["results"]:
                return titles, data["count"]
            page += 1

    def check_filters(self):
        everything, count = self.all_titles(q="compost")
        self.assertEqual(count, 30)
        self.assertEqual(len(set(everything)), 30)
        for params, keep in [
            ({"type": "recette"}, lambda page: page.specific_class.type_slug == "recette"),
            ({"theme": "parentalite"}, lambda page: page.themes.filter(slug="parentalite")),
            (
                {"type": ["fiche", "atelier"], "theme": "parentalite"},
                lambda page: (
                    page.specific_class.type_slug in ("fiche", "atelier")
                    and page.themes.filter(slug="parentalite")
                ),
            ),
        ]:
            kept = {page.title for page in self.pages if keep(page)}
            filtered, count = self.all_titles(q="compost", **params)
            with self.subTest(params=params):
                self.assertEqual(filtered, [t for t in everything if t in kept])
                self.assertEqual(count, len(kept))
        return everything

    def test_filters_keep_the_relevance_order_when_results_are_ranked_by_id(self):
        with ranked_by(10_000):
            self.check_filters()

    def test_filters_keep_the_relevance_order_when_read_best_first_from_the_index(self):
        with ranked_by(0):
            self.check_filters()

    def test_both_ways_rank_alike(self):
        """By id or from the index: the same scores in the same order (ties aside)."""
        query = engine.compile_query(parse_query("compost"))
        distance = dict(
            SearchIndexEntry.objects.filter(document__match=query)
            .annotate(d=Distance(F("document"), query, rum=indexing.rank_index_available()))
            .values_list("page_id", "d")
        )
        orders = []
        for threshold in (0, 10_000):
            with ranked_by(threshold):
                titles, _ = self.all_titles(q="compost")
            ids = {page.title: page.pk for page in self.pages}
            orders.append([round(distance[ids[title]], 6) for title in titles])
        self.assertEqual(orders[0], orders[1])
        self.assertEqual(orders[0], sorted(orders[0]))

    def test_newest_first_with_a_query_and_filters_pages_in_date_order(self):
        from practices.models import ResourcePage

        PageViewRestriction.objects.create(
            page=self.pages[6], restriction_type=PageViewRestriction.LOGIN
        )
        for params, keep in [
            ({}, lambda page: True),
            ({"type": "fiche"}, lambda page: page.specific_class.type_slug == "fiche"),
            ({"theme": "parentalite"}, lambda page: page.themes.filter(slug="parentalite")),
        ]:
            kept = {page.pk for page in self.pages if keep(page) and page.pk != self.pages[6].pk}
            expected = list(
                ResourcePage.objects.filter(pk__in=kept)
                .order_by("-first_published_at", "-pk")
                .values_list("title", flat=True)
            )
            titles, count = self.all_titles(q="compost", sort="recent", **params)
            with self.subTest(params=params):
                self.assertEqual(titles, expected)
                self.assertEqual(count, len(expected))

    def test_private_resources_leave_every_strategy(self):
        hidden = self.pages[0]
        PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
        for threshold in (0, 10_000):
            with ranked_by(threshold):
                titles, count = self.all_titles(q="compost")
                self.assertEqual(count, 29)
                self.assertNotIn(hidden.title, titles)

    def test_a_resource_moved_under_a_private_section_leaves_the_results(self):
        private_section = PracticeSheetIndexPageFactory(
            parent=get_home_page(), title="Fiches internes", slug="fiches-internes"
        )
        PageViewRestriction.objects.create(
            page=private_section, restriction_type=PageViewRestriction.LOGIN
        )
        moved = self.pages[3]
        self.assertIn(moved.title, self.all_titles(q="compost")[0])
        moved.move(private_section, pos="last-child")
        titles, count = self.all_titles(q="compost")
        self.assertNotIn(moved.title, titles)
        self.assertEqual(count, 29)

    def test_each_term_is_read_from_the_index_once(self):
        spy = mock.patch.object(postings, "fetch_terms", wraps=postings.fetch_terms)

        def fetched():
            """Every term read, in order; the NEAR expressions of SQLite's ranking aside."""
            terms = [term for call in fetch.call_args_list for term in call.args[0]]
            return [term for term in terms if not term.startswith("NEAR(")]

        def read_since(count):
            """The terms read since the first ``count``: a word, and the word in the
            headline (title and summary) that ranks first."""
            terms = fetched()[count:]
            self.assertEqual(len(terms), len(set(terms)), terms)
            return terms

        with spy as fetch, self.settings(COMMONS_SEARCH_FACET_CACHE_SECONDS=0):
            self.all_titles(q="compost résumé", type="fiche")
            # « compost » may be kept already from an earlier test of this index version.
            first = read_since(0)
            self.assertTrue(any("resum" in term for term in first), first)
            self.all_titles(q="compost", type="recette")
            self.assertEqual(fetched(), first)
            self.all_titles(q="compost texte")
            added = read_since(len(first))
            self.assertEqual(len(added), 2)  # only the new word
            self.assertTrue(all("text" in term for term in added), added)
            # A change to the index: terms are read again.
            self.pages[1].save_revision().publish()
            self.all_titles(q="compost")
            again = read_since(len(first) + 2)
            self.assertEqual(len(again), 2)
            self.assertTrue(all("compost" in term for term in again), again)

    def test_term_bitsets_combine_into_what_the_full_query_matches(self):
        words = ["compost", "résumé", "texte", "ressource", "seniors", "mot de passe", "et"]
        index = current_facet_index()
        for size in (1, 2, 3):
            for start in range(len(words)):
                query = " ".join(words[start : start + size])
                for prefix in (False, True):
                    parsed = parse_query(query, prefix=prefix)
                    if not parsed:
                        continue
                    expected = set(engine.matching_ids(parsed).values_list("page_id", flat=True))
                    with self.subTest(query=query, prefix=prefix):
                        found = postings.match_bitset(parsed, index.version)
                        self.assertEqual(set(from_bitset(found)), expected)

    # PostgreSQL: the RUM index ranks; without it, ts_rank gives the same order.

    def test_postgresql_ranks_with_the_rum_index_when_installed(self):
        if connection.vendor != "postgresql":
            pytest.skip("PostgreSQL seulement")
        if not indexing.rank_index_available():
            if os.environ.get("CI"):
                self.fail("CI : l'extension PostgreSQL rum doit être installée (.ci/run).")
            pytest.skip("extension rum absente")
        ranking = engine.ranking(parse_query("compost"))[:12]
        with engine.ranking_planner(), connection.cursor() as cursor:
            sql, params = ranking.query.sql_with_params()
            cursor.execute(f"EXPLAIN {sql}", params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
        self.assertIn("search_fts_rum", plan)

    def test_without_rum_filters_keep_the_ts_rank_order(self):
        with_rum = self.check_filters()
        with mock.patch.object(engine, "rank_index_available", return_value=False):
            without = self.check_filters()
        # Another formula, so another order among equals; the same results.
        self.assertEqual(sorted(without), sorted(with_rum))


# --------------------------------------------------------------------------
# Ranking people recognise (issue 16): typed words before synonyms, title before
# summary before body, words close together before words scattered.


class RankingPeopleRecogniseTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        s = build_sections()

        def sheet(title, summary, body):
            return bare_sheet(s.sheets, title, summary, body)

        filler = " ".join(f"remplissage{n}" for n in range(40))
        # « papiers » is a synonym of « démarches administratives », said three times.
        cls.synonym = sheet(
            "Ranger ses papiers",
            "Les papiers, les papiers numérisés, les papiers importants.",
            "Classer.",
        )
        cls.typed = sheet(
            "Une permanence au centre social",
            "Des bénévoles chaque mardi.",
            f"On y aide aux démarches administratives. {filler}",
        )
        cls.accessibility = sheet(
            "Accessibilité des formulaires", "L'accessibilité pas à pas.", "Accessibilité."
        )
        cls.handicap = sheet("Interface Handicap", "Un annuaire.", "Des contacts.")
        cls.close = sheet(
            "Fiche A", "Une fiche.", f"Un atelier tablette pour commencer. {filler} fin"
        )
        cls.scattered = sheet(
            "Fiche B", "Une fiche.", f"Un atelier pour commencer. {filler} tablette"
        )
        cls.headline = sheet("Le jardin de la gare", "Un potager pour tous.", "Rien.")
        cls.body_close = sheet("Fiche E", "Une fiche.", f"Un jardin potager. {filler}")
        cls.body_repeated = sheet("Fiche F", "Une fiche.", "Jardin potager, " * 30)
        # One word of three only, in its title: never a result of « jardin potager zorglub »,
        # and private.
        cls.private_one_word = sheet("Jardin jardin jardin", "Jardin jardin.", "Jardin.")
        padding = " ".join(f"x{n}" for n in range(50))
        cls.weak_headline = sheet(
            "Une fiche sur un autre sujet", f"Un jardin {padding} potager", "Rien."
        )
        PageViewRestriction.objects.create(
            page=cls.private_one_word, restriction_type=PageViewRestriction.LOGIN
        )
        cls.in_title = sheet("Le compost collectif", "Une fiche.", "Rien.")
        cls.in_summary = sheet("Fiche C", "Un compost collectif.", "Rien.")
        cls.in_body = sheet("Fiche D", "Une fiche.", "Un compost collectif.")

    def setUp(self):
        cache.clear()

    def ranked(self, query):
        data = self.client.get(URL, {"q": query, "format": "json"}).json()
        return [r["title"] for r in data["results"]]

    def assertBefore(self, query, first, second):
        titles = self.ranked(query)
        self.assertIn(first.title, titles)
        self.assertIn(second.title, titles)
        self.assertLess(titles.index(first.title), titles.index(second.title), titles)

    def test_the_words_typed_outrank_their_synonyms(self):
        self.assertBefore("démarches administratives", self.typed, self.synonym)
        self.assertBefore("handicap", self.handicap, self.accessibility)
        # And the other way round: what is typed comes first.
        self.assertBefore("papiers", self.synonym, self.typed)
        self.assertBefore("accessibilité", self.accessibility, self.handicap)

    def test_title_outranks_summary_outranks_body(self):
        titles = self.ranked("compost")
        self.assertEqual(titles, [self.in_title.title, self.in_summary.title, self.in_body.title])

    def test_words_in_title_and_summary_outrank_words_together_in_the_body(self):
        self.assertBefore("jardin potager", self.headline, self.body_close)
        self.assertBefore("potager jardin", self.headline, self.body_close)

    def test_when_no_resource_holds_every_word_title_and_summary_rank_first(self):
        # « zorglub » is nowhere: the results hold two words of three.
        self.assertBefore("jardin potager zorglub", self.headline, self.body_close)
        self.assertBefore("jardin potager zorglub", self.headline, self.body_repeated)

    def test_a_partial_search_shows_only_resources_holding_enough_words(self):
        for large in (False, True):
            # large: as if each tier held more results than are ranked by id (PostgreSQL).
            limit = 0 if large else engine.RANK_IDS_IN_SQL
            with self.subTest(large=large), mock.patch.object(engine, "RANK_IDS_IN_SQL", limit):
                cache.clear()
                titles = self.ranked("jardin potager zorglub")
                self.assertNotIn(self.private_one_word.title, titles)
                self.assertIn(self.headline.title, titles)
                self.assertIn(self.weak_headline.title, titles)

    def test_each_tier_matches_exactly_what_its_query_matches(self):
        """What ``ranked_among`` relies on to read a whole tier from the index."""
        index = current_facet_index()
        queries = [
            "jardin potager",
            "jardin potager zorglub",
            "démarches administratives",
            "atelier tablette",
            "compost",
            "handicap",
        ]
        for text in queries:
            for prefix in (False, True):
                parsed = engine.most_words_query(parse_query(text, prefix=prefix), {})
                for tier in engine.ranking_tiers(parsed, index.version):
                    with self.subTest(query=text, prefix=prefix, tier=tier.query):
                        found = set(engine.ranked_ids(tier.query))
                        self.assertEqual(set(from_bitset(tier.matches)), found)

    def test_words_close_together_outrank_words_scattered(self):
        self.assertBefore("atelier tablette", self.close, self.scattered)
        self.assertBefore("tablette atelier", self.close, self.scattered)


@pytest.mark.django_db
def test_planner_settings_hold_inside_and_are_restored_after():
    """``search.db.planner`` turns planner methods off for the queries inside only, also
    within a transaction that goes on afterwards."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL seulement")
    from django.db import transaction

    from search.db import planner

    def show(name):
        with connection.cursor() as cursor:
            cursor.execute(f"SHOW {name}")
            return cursor.fetchone()[0]

    with transaction.atomic():
        with planner("seqscan", "sort"):
            assert (show("enable_seqscan"), show("enable_sort")) == ("off", "off")
            assert show("enable_bitmapscan") == "on"
        assert (show("enable_seqscan"), show("enable_sort")) == ("on", "on")
