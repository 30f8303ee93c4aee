"""PostgreSQL's stored bitmaps of frequent words (``search.postings``) say exactly what
the index says, through every write, removal and rebuild."""

from unittest import mock

import pytest
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from search import indexing, postings
from search.facet_index import to_bitset
from search.models import INDEX_WRITE_LOCK, SearchIndexVersion
from tests.test_search import build_sections
from tests.test_search_forgiveness import sheet

# Plain words, each one lexeme for PostgreSQL's French configuration.
WORDS = ("compost", "tablette", "jardin", "radio", "atelier", "potager")
PAGES = 5
WORD_SETS = st.sets(st.sampled_from(WORDS), max_size=4)
# Operations on the index: (which page, the new words of its title and of its body), or
# (which page, None) to remove it.
OPERATIONS = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=PAGES - 1),
        st.one_of(st.none(), st.tuples(WORD_SETS, WORD_SETS)),
    ),
    max_size=8,
)


def read_from_index(word):
    """The ids of the rows matching ``word``, read from the GIN index."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT rowid FROM search_fts WHERE search_fts @@ "
            "to_tsquery('french_unaccent'::regconfig, %s)",
            [word],
        )
        return to_bitset(row[0] for row in cursor.fetchall())


def stored_words():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT lexeme FROM {postings.STORED_TABLE}")
        return {row[0] for row in cursor.fetchall()}


class StoredPostingsTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        sections = build_sections()
        cls.pages = [sheet(sections.sheets, f"Fiche {n}") for n in range(PAGES)]

    def setUp(self):
        if connection.vendor != "postgresql":
            pytest.skip("PostgreSQL seulement : SQLite lit ses listes de mots dans FTS5")

    def write(self, page, title_words, body_words=()):
        title, body = (" ".join(sorted(words)) for words in (title_words, body_words))
        indexing._write([(page.pk, (title, "", "", body))])

    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(OPERATIONS)
    def test_stored_bitmaps_follow_every_write_and_removal(self, operations):
        # Every word in every page's title, then stored (any word in at least one resource).
        for page in self.pages:
            self.write(page, WORDS)
        with mock.patch.object(postings, "STORED_MIN_RESOURCES", 1):
            postings.refill_stored()
        self.assertEqual(len(stored_words()), len(WORDS))
        expected = {page.pk: (set(WORDS), set()) for page in self.pages}
        for number, words in operations:
            page = self.pages[number]
            if words is None:
                indexing.remove_pages([page.pk])
                expected.pop(page.pk, None)
            else:
                self.write(page, *words)
                expected[page.pk] = words
        headline_terms = [f"{word}:AB" for word in WORDS]
        found = postings.fetch_terms([*WORDS, *headline_terms])
        for word, headline_term in zip(WORDS, headline_terms, strict=True):
            anywhere = to_bitset(pk for pk, (t, b) in expected.items() if word in t | b)
            in_title = to_bitset(pk for pk, (title, _) in expected.items() if word in title)
            self.assertEqual(found[word], anywhere, word)
            self.assertEqual(read_from_index(word), anywhere, word)
            self.assertEqual(found[headline_term], in_title, headline_term)
            self.assertEqual(read_from_index(headline_term), in_title, headline_term)

    def test_a_rebuild_stores_the_words_of_enough_resources(self):
        for n, page in enumerate(self.pages):
            page.summary = "Un potager partagé" if n < 3 else "Une radio associative"
            page.save_revision(clean=False).publish()
        with mock.patch.object(postings, "STORED_MIN_RESOURCES", 3):
            indexing.rebuild()
        stored = stored_words()
        self.assertIn("potag", stored)  # in three resources
        self.assertNotIn("radio", stored)  # in two
        # Stored or read from the index, a word's resources are the same.
        found = postings.fetch_terms(["potager", "radio", "potag:*", "potager:AB"])
        for term in found:
            with self.subTest(term=term):
                self.assertEqual(found[term], read_from_index(term))
        self.assertEqual(found["potager"].bit_count(), 3)
        self.assertEqual(found["potager:AB"], found["potager"])  # in their summaries

    def test_words_become_stored_at_the_next_migrate(self):
        with mock.patch.object(postings, "STORED_MIN_RESOURCES", 3):
            indexing.rebuild()
            self.assertNotIn("verg", stored_words())
            for page in self.pages[:3]:
                self.write(page, ["verger"])
            self.assertNotIn("verg", stored_words())  # publishing keeps stored words only
            emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
        self.assertIn("verg", stored_words())
        found = postings.fetch_terms(["verger"])["verger"]
        self.assertEqual(found, to_bitset(page.pk for page in self.pages[:3]))

    def test_republishing_rewrites_only_the_words_that_changed(self):
        for page in self.pages:
            self.write(page, WORDS)
        with mock.patch.object(postings, "STORED_MIN_RESOURCES", 1):
            postings.refill_stored()

        def row_versions():
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT lexeme, ctid::text FROM {postings.STORED_TABLE}")
                return dict(cursor.fetchall())

        before = row_versions()
        self.write(self.pages[0], WORDS)  # the same words again
        self.assertEqual(row_versions(), before)
        self.write(self.pages[0], set(WORDS) - {"radio"})
        after = row_versions()
        self.assertEqual({word for word in before if after[word] != before[word]}, {"radio"})
        self.assertEqual(
            postings.fetch_terms(["radio"])["radio"],
            to_bitset(page.pk for page in self.pages[1:]),
        )


@pytest.mark.django_db
def test_every_index_change_first_holds_off_the_others():
    """A renewed index version (a tag saved before a publication) locks what every
    other change to the index waits for first: two changes never each hold what the
    other waits for."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL seulement : SQLite n'a qu'un écrivain à la fois")
    import psycopg

    def another_change_may_start():
        settings = connection.settings_dict
        with psycopg.connect(
            dbname=settings["NAME"],
            user=settings["USER"],
            password=settings["PASSWORD"],
            host=settings["HOST"],
            port=settings["PORT"] or None,
            autocommit=True,
        ) as other:
            row = other.execute(
                "SELECT pg_try_advisory_xact_lock(%s)", [INDEX_WRITE_LOCK]
            ).fetchone()
            return row[0]

    assert another_change_may_start()
    SearchIndexVersion.bump()
    assert not another_change_may_start()
