"""Search forgives typos and joined or split words, never dead-ends, and ranks what
people meant first (issue 16). Runs on the configured database: SQLite locally,
PostgreSQL again in CI."""

from unittest import mock

from django.apps import apps
from django.core.cache import cache
from django.db import connection
from django.db.models.signals import post_migrate
from django.test import TestCase
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase
from rapidfuzz.distance import Levenshtein
from wagtail.models import PageViewRestriction

from search import indexing, rewriting, vocabulary
from search.analysis import fold
from search.postings import holding_at_least
from search.vocabulary import max_edits, near_words, words_of
from tests.factories import PracticeSheetFactory, ProjectRecipeFactory, WorkshopMaterialFactory
from tests.test_search import URL, build_sections, paragraph

FILLER = " ".join(f"mot{n}" for n in range(40))


def sheet(parent, title, summary="Une fiche.", body="Rien d'autre."):
    return PracticeSheetFactory(
        parent=parent,
        title=title,
        summary=summary,
        body=paragraph(body),
        themes=[],
        audiences=[],
        tags=[],
    )


def corpus(cls):
    s = build_sections()
    cls.sections = s
    cls.library = sheet(
        s.sheets,
        "La médiathèque prête des tablettes",
        "Un ordinateur et des tablettes pour les lecteurs.",
    )
    cls.radio = WorkshopMaterialFactory(
        parent=s.workshops,
        title="Lancer une web radio de quartier",
        summary="Micro, montage, diffusion.",
        body=paragraph("Une émission par mois."),
        themes=[],
        audiences=[],
        tags=[],
    )
    cls.opendata = ProjectRecipeFactory(
        parent=s.recipes,
        title="Publier les horaires en OpenData",
        summary="La mairie ouvre ses jeux de données.",
        body=paragraph("Un tableur, un portail."),
        themes=[],
        audiences=[],
        tags=[],
        difficulty=2,
    )
    cls.inclusion = sheet(s.sheets, "Un plan d'e-inclusion départemental")
    cls.visio = sheet(s.sheets, "La visioconférence avec les petits-enfants")
    cls.accessible = sheet(
        s.sheets, "Rendre un site accessible", body="L'accessibilité des formulaires en ligne."
    )


def get(client, **params):
    cache.clear()
    response = client.get(URL, {**params, "format": "json"})
    assert response.status_code == 200
    return response.json()


def titles(data):
    return [r["title"] for r in data["results"]]


class TypoTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        corpus(cls)

    def test_a_word_with_typos_is_corrected_towards_the_index_words(self):
        for query, expected, corrected in [
            ("mediatèque", self.library, "médiathèque"),  # a letter missing
            ("ordinnateur", self.library, "ordinateur"),  # a letter doubled
            ("acesibilité", self.accessible, "accessibilité"),  # two edits, long word
            ("tablettes mediatèque", self.library, "tablettes médiathèque"),
        ]:
            with self.subTest(query=query):
                data = get(self.client, q=query)
                self.assertIn(expected.title, titles(data)[:1])
                self.assertEqual(data["corrected_query"], corrected)

    def test_the_page_says_what_it_searched_and_offers_the_typed_words(self):
        response = self.client.get(URL, {"q": "mediatèque"})
        self.assertContains(response, "Résultats pour <em>médiathèque</em>", html=False)
        self.assertContains(response, "rechercher plutôt <em>mediatèque</em>", html=False)
        self.assertContains(response, "?q=mediat%C3%A8que&amp;orthographe=exacte")
        exact = get(self.client, q="mediatèque", orthographe="exacte")
        self.assertEqual(exact["count"], 0)
        self.assertEqual(exact["corrected_query"], "mediatèque")

    def test_exact_spelling_is_kept_by_every_link_and_by_the_form(self):
        """Pages, filters and sorts of an « orthographe=exacte » search stay exact."""
        response = self.client.get(
            URL, {"q": "mediatèque", "orthographe": "exacte", "type": "fiche", "page": "1"}
        )
        self.assertContains(response, '<input type="hidden" name="orthographe" value="exacte">')
        [active] = response.context["active_filters"]
        self.assertIn("orthographe=exacte", active.url)
        params = response.context["params"]
        self.assertIn(("orthographe", "exacte"), params.pairs(page=2))
        self.assertIn("orthographe=exacte", params.url(page=2))
        # Without it, the words may be corrected and no link asks for exact spelling.
        response = self.client.get(URL, {"q": "mediatèque", "type": "fiche"})
        self.assertNotContains(response, 'name="orthographe"')
        self.assertNotIn(("orthographe", "exacte"), response.context["params"].pairs(page=2))

    def test_short_words_and_words_that_match_are_never_corrected(self):
        # Under 5 letters, no edit is forgiven: « rdio » is not « radio ».
        self.assertEqual(get(self.client, q="rdio")["count"], 0)
        # A word that finds something is searched as typed.
        data = get(self.client, q="tablettes")
        self.assertEqual(data["corrected_query"], "tablettes")
        self.assertEqual(titles(data), [self.library.title])

    def test_a_word_found_in_little_also_searches_a_much_more_used_near_word(self):
        """The same typo in one text must not hide the ten resources people meant."""
        typo = sheet(self.sections.sheets, "Prêter un ordinnateur portable")
        meant = [sheet(self.sections.sheets, f"Un ordinateur au club {n}") for n in range(10)]
        data = get(self.client, q="ordinnateur")
        self.assertEqual(titles(data)[0], typo.title)  # the word as typed ranks first
        self.assertLessEqual({page.title for page in meant}, set(titles(data)))
        self.assertEqual(data["corrected_query"], "ordinnateur ou ordinateur")
        response = self.client.get(URL, {"q": "ordinnateur"})
        self.assertContains(response, "rechercher seulement <em>ordinnateur</em>", html=False)
        exact = get(self.client, q="ordinnateur", orthographe="exacte")
        self.assertEqual(titles(exact), [typo.title])

    def test_a_rare_word_without_a_much_more_used_near_word_is_searched_alone(self):
        # « ordinateur » is in one resource of the corpus: not ten times « ordinnateur ».
        typo = sheet(self.sections.sheets, "Prêter un ordinnateur portable")
        data = get(self.client, q="ordinnateur")
        self.assertEqual(titles(data), [typo.title])
        self.assertEqual(data["corrected_query"], "ordinnateur")
        with mock.patch.object(rewriting, "RARE_WORD_RATIO", 1):
            # Found as often as « ordinnateur »: searched too while that one is rare…
            self.assertEqual(
                get(self.client, q="ordinnateur")["corrected_query"], "ordinnateur ou ordinateur"
            )
            # …but three resources is not « little »: searched as typed, alone.
            for n in range(2):
                sheet(self.sections.sheets, f"Ordinnateur {n}")
            self.assertEqual(get(self.client, q="ordinnateur")["corrected_query"], "ordinnateur")

    def test_too_many_typos_for_the_length_are_not_corrected(self):
        # « mediatek » is 3 edits from « mediatheque »: no guess.
        self.assertEqual(get(self.client, q="mediatek")["count"], 0)
        self.assertEqual(max_edits("abcd"), 0)
        self.assertEqual(max_edits("abcde"), 1)
        self.assertEqual(max_edits("abcdefghi"), 2)

    def test_a_private_resource_never_lends_its_words_to_a_correction(self):
        secret = sheet(self.sections.sheets, "Le protocole confidentialissime")
        PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
        data = get(self.client, q="confidentialisime")
        self.assertEqual(data["count"], 0)
        self.assertEqual(data["corrected_query"], "confidentialisime")


# One edit of a word of the corpus: a letter dropped, doubled, or replaced.
EDITS = st.sampled_from(["drop", "double", "replace"])
PROPERTY = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


class TypoPropertyTest(HypothesisTestCase):
    @classmethod
    def setUpTestData(cls):
        corpus(cls)
        cls.words = sorted(
            word
            for page in (cls.library, cls.radio, cls.opendata, cls.visio, cls.accessible)
            for text in (page.title, page.summary)
            for word in words_of(text)
            if len(word) >= 5 and word.isalpha()
        )

    @PROPERTY
    @given(data=st.data(), edit=EDITS)
    def test_one_typo_in_a_word_of_five_letters_or_more_still_finds_results(self, data, edit):
        word = data.draw(st.sampled_from(self.words))
        at = data.draw(st.integers(1, len(word) - 1))
        typo = {
            "drop": word[:at] + word[at + 1 :],
            "double": word[:at] + word[at] + word[at:],
            "replace": word[:at] + ("z" if word[at] != "z" else "y") + word[at + 1 :],
        }[edit]
        if len(typo) < 5:
            return
        result = get(self.client, q=typo)
        # Corrected to a word of the index at most max_edits away, which finds something:
        # the word itself, or a word as near.
        self.assertGreater(result["count"], 0, typo)
        searched = fold(result["corrected_query"])
        self.assertLessEqual(Levenshtein.distance(searched, typo), max_edits(typo))
        if searched != typo:
            self.assertLessEqual(
                Levenshtein.distance(searched, typo), Levenshtein.distance(word, typo)
            )

    def test_near_words_are_bounded_and_sorted(self):
        found = near_words("mediateque")
        self.assertIn(("mediatheque", 1), found)
        self.assertEqual(found, sorted(found, key=lambda pair: (pair[1], pair[0])))
        self.assertTrue(all(edits <= 2 for _, edits in found))
        self.assertEqual(near_words("medi"), [])


class JoinedAndSplitWordsTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        corpus(cls)

    def test_words_written_together_or_apart_find_each_other(self):
        for query, expected in [
            ("webradio", self.radio),  # the text says « web radio »
            ("open data", self.opendata),  # the text says « OpenData »
            ("einclusion", self.inclusion),  # the text says « e-inclusion »
            ("e inclusion", self.inclusion),
            ("visio conférence", self.visio),  # the text says « visioconférence »
            ("web-radio quartier", self.radio),
        ]:
            with self.subTest(query=query):
                self.assertEqual(titles(get(self.client, q=query))[:1], [expected.title])

    def test_a_split_is_shown_like_a_correction(self):
        self.assertEqual(get(self.client, q="webradio")["corrected_query"], "web radio")


class NeverADeadEndTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        corpus(cls)

    def test_a_word_no_resource_has_leaves_the_results_holding_the_others(self):
        data = get(self.client, q="médiathèque tablettes radio zorglub")
        # Only the resource holding two of the four words: none holds three.
        self.assertEqual(titles(data), [self.library.title])
        self.assertTrue(data["partial"])
        self.assertEqual(data["results"][0]["missing_words"], ["radio", "zorglub"])

    def test_the_page_says_so_and_strikes_the_missing_words_through(self):
        response = self.client.get(URL, {"q": "tablettes zorglub"})
        self.assertContains(
            response,
            "Aucune ressource ne contient tous les mots ; voici celles qui en contiennent le plus.",
        )
        self.assertContains(
            response, '<del><span class="visually-hidden">mot absent </span>zorglub</del>'
        )

    def test_a_search_holding_every_word_is_not_partial(self):
        data = get(self.client, q="médiathèque tablettes")
        self.assertFalse(data["partial"])
        self.assertEqual(data["results"][0]["missing_words"], [])

    def test_no_word_matching_anything_is_still_zero_results(self):
        data = get(self.client, q="zorglub blorp")
        self.assertEqual(data["count"], 0)
        self.assertFalse(data["partial"])


@given(
    bitsets=st.lists(st.integers(min_value=0, max_value=2**40), max_size=8),
    count=st.integers(0, 9),
)
def test_holding_at_least_counts_bits_like_a_plain_tally(bitsets, count):
    """Bit n is set when n is set in at least ``count`` of the bitsets."""
    found = holding_at_least(count, bitsets)
    for n in range(41):
        tally = sum(bits >> n & 1 for bits in bitsets)
        assert bool(found >> n & 1) == (count > 0 and tally >= count)


class WordsOfAnOlderIndexTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        corpus(cls)

    def test_an_index_built_before_the_word_table_gets_its_words_when_migrating(self):
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {vocabulary.WORD_TABLE}")
        # Without the index's words, nothing to correct towards.
        self.assertEqual(get(self.client, q="mediatèque")["count"], 0)
        search_app = apps.get_app_config("search")
        post_migrate.send(sender=search_app, app_config=search_app, using="default")
        data = get(self.client, q="mediatèque")
        self.assertEqual(data["corrected_query"], "médiathèque")
        self.assertEqual(titles(data), [self.library.title])
        # A table already filled is left as it is.
        self.assertEqual(indexing.fill_missing_words(), 0)
