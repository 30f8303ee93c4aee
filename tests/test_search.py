"""The search page: French matching, ranking, facets, JSON, zero results, logging, admin."""

from types import SimpleNamespace
from unittest import mock

from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import connection
from django.template import Context, Template
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Site

from commons.models import Audience, Theme
from practices.models import ResourcePage
from search import engine, indexing
from search.analysis import parse_query, to_fts5, to_tsquery, tokenize
from search.models import SearchIndexVersion, SearchQueryLog
from tests.factories import (
    PracticeSheetFactory,
    PracticeSheetIndexPageFactory,
    ProjectRecipeFactory,
    ProjectRecipeIndexPageFactory,
    WorkshopMaterialFactory,
    WorkshopMaterialIndexPageFactory,
    get_home_page,
)

URL = "/recherche/"


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def build_sections():
    home = get_home_page()
    site = Site.objects.get(is_default_site=True)
    if site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    Site.clear_site_root_paths_cache()
    return SimpleNamespace(
        sheets=PracticeSheetIndexPageFactory(parent=home),
        recipes=ProjectRecipeIndexPageFactory(parent=home),
        workshops=WorkshopMaterialIndexPageFactory(parent=home),
    )


def theme(slug):
    return Theme.objects.get(slug=slug)


class SearchTestCase(TestCase):
    """A small corpus written for the assertions below (the demo corpus has its own suite)."""

    @classmethod
    def setUpTestData(cls):
        s = build_sections()
        parentalite = theme("parentalite")
        demarches = theme("aide-aux-demarches-administratives")
        seniors = Audience.objects.get(slug="seniors-personnes-agees")
        cls.demarches = PracticeSheetFactory(
            parent=s.sheets,
            title="Accompagner les démarches administratives en ligne",
            summary="Aider sans faire à la place : la posture du médiateur au guichet.",
            body=paragraph("Un accompagnement pas à pas avec FranceConnect."),
            themes=[demarches],
            audiences=[seniors],
            tags=["démarches en ligne"],
            level="debutant",
        )
        cls.tablet = WorkshopMaterialFactory(
            parent=s.workshops,
            title="Premiers pas sur tablette",
            summary="Un atelier d'accès au numérique pour les seniors qui débutent.",
            body=paragraph("Allumer, déverrouiller, toucher l'écran."),
            themes=[theme("maitrise-des-outils-numeriques")],
            audiences=[seniors],
            tags=["tablette"],
            level="debutant",
        )
        cls.education = ProjectRecipeFactory(
            parent=s.recipes,
            title="Une radio au collège",
            summary="L'éducation aux médias par la pratique, avec les médiateurs de la ville.",
            body=paragraph("Les élèves préparent une émission."),
            themes=[theme("education-aux-medias")],
            audiences=[],
            tags=["radio"],
            departement="59",
            commune="Roubaix",
        )
        cls.family = WorkshopMaterialFactory(
            parent=s.workshops,
            title="Jeux vidéo en famille",
            summary="Poser des repères avec les parents & les enfants <sans> écran.",
            body=paragraph("Le contrôle parental expliqué simplement."),
            themes=[parentalite],
            audiences=[],
            tags=["famille", "fablab"],
            level="intermediaire",
        )
        cls.mail = PracticeSheetFactory(
            parent=s.sheets,
            title="Créer une adresse e-mail",
            summary="Ouvrir une messagerie avec une personne débutante.",
            body=paragraph("Choisir un mot de passe solide."),
            themes=[theme("maitrise-des-outils-numeriques")],
            audiences=[],
            tags=["messagerie"],
            level="debutant",
        )
        # Ranking: the same rare word in the title, the summary or the body only.
        cls.in_title = PracticeSheetFactory(
            parent=s.sheets,
            title="Le potager connecté",
            summary="Des capteurs au jardin partagé.",
            body=paragraph("Rien d'autre."),
            themes=[],
            audiences=[],
            tags=[],
        )
        cls.in_summary = PracticeSheetFactory(
            parent=s.sheets,
            title="Des capteurs au jardin",
            summary="Un potager suivi depuis une application libre.",
            body=paragraph("Rien d'autre."),
            themes=[],
            audiences=[],
            tags=[],
        )
        cls.in_body = PracticeSheetFactory(
            parent=s.sheets,
            title="Un jardin partagé au centre social",
            summary="Des habitants cultivent ensemble.",
            body=paragraph("Nous avons aussi installé un potager pédagogique."),
            themes=[],
            audiences=[],
            tags=[],
        )

    # Helpers ---------------------------------------------------------------

    def titles(self, **params):
        response = self.client.get(URL, params)
        self.assertEqual(response.status_code, 200)
        return [r.title for r in response.context["results"]]

    def json(self, **params):
        response = self.client.get(URL, {**params, "format": "json"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/json")
        return response.json()

    # French matching -------------------------------------------------------

    def test_accents_and_case_never_matter(self):
        self.assertIn(self.demarches.title, self.titles(q="demarches"))
        self.assertIn(self.demarches.title, self.titles(q="DÉMARCHES"))
        self.assertEqual(self.titles(q="ÉDUCATION")[0], self.education.title)
        self.assertEqual(self.titles(q="education")[0], self.education.title)

    def test_plurals_and_inflections_match(self):
        self.assertEqual(self.titles(q="tablettes")[0], self.tablet.title)
        self.assertIn(self.education.title, self.titles(q="médiateur"))
        self.assertIn(self.demarches.title, self.titles(q="médiateurs"))
        # « accompagner » and « accompagnement » share their Snowball stem.
        self.assertIn(self.demarches.title, self.titles(q="accompagnement"))

    def test_elisions_are_split(self):
        self.assertIn(self.tablet.title, self.titles(q="l'atelier"))
        self.assertIn(self.tablet.title, self.titles(q="d’accès"))
        self.assertEqual(
            tokenize("l'atelier qu'on aime jusqu'au bout"), ["atelier", "aime", "bout"]
        )

    def test_stop_words_do_not_count(self):
        self.assertEqual(self.titles(q="les tablettes de la"), self.titles(q="tablettes"))

    def test_synonyms_of_everyday_words(self):
        self.assertIn(self.mail.title, self.titles(q="courriel"))
        self.assertIn(self.tablet.title, self.titles(q="personnes âgées"))
        self.assertIn(self.demarches.title, self.titles(q="papiers"))

    def test_tags_and_theme_names_are_searched(self):
        self.assertEqual(self.titles(q="fablab"), [self.family.title])
        self.assertIn(self.family.title, self.titles(q="parentalité"))

    def test_title_weighs_more_than_summary_more_than_body(self):
        self.assertEqual(
            self.titles(q="potager"),
            [self.in_title.title, self.in_summary.title, self.in_body.title],
        )

    def test_all_words_must_match(self):
        self.assertEqual(self.titles(q="tablette seniors"), [self.tablet.title])

    def test_queries_never_reach_the_engine_as_syntax(self):
        parsed = parse_query('"NEAR(a b)" OR -x* AND (y) ^z col:w')
        for compiled in (to_fts5(parsed), to_tsquery(parsed)):
            self.assertNotIn("NEAR(", compiled)
            self.assertNotIn("-", compiled)
            self.assertNotIn(":w", compiled)
        for query in [
            '"',
            "'",
            "*",
            "-tablette",
            "NEAR(tablette seniors)",
            "tablette AND OR NOT",
            "((tablette",
            "title:tablette",
            "x" * 5000,
            "tablette " * 1000,
            "😀 🙂",
            "\x00\x01\x1f tablette \x7f",
            "%",
            "_",
            "\\",
            ";DROP TABLE search_fts;--",
        ]:
            with self.subTest(query=query[:30]):
                for fmt in ("html", "json"):
                    response = self.client.get(URL, {"q": query, "format": fmt})
                    self.assertEqual(response.status_code, 200)
                response = self.client.get(URL + "suggestions/", {"q": query})
                self.assertEqual(response.status_code, 200)
        # Invalid UTF-8 and lone surrogates, straight in the query string.
        for raw in ("q=%ED%A0%80", "q=%FF%FE", "q=%00", "type=%FF&theme=%00&page=%ED%A0%80"):
            self.assertEqual(self.client.get(f"{URL}?{raw}").status_code, 200)
            self.assertEqual(self.client.get(f"{URL}?{raw}&format=json").status_code, 200)

    def test_long_query_is_cut_with_a_message(self):
        response = self.client.get(URL, {"q": "tablette " + "x" * 5000})
        self.assertContains(response, "très longue")
        self.assertIn(self.tablet.title, [r.title for r in response.context["results"]])

    def test_query_of_stop_words_only_lists_everything_with_a_message(self):
        response = self.client.get(URL, {"q": "le la les"})
        self.assertContains(response, "aucun mot que nous puissions chercher")
        self.assertEqual(response.context["outcome"].count, ResourcePage.objects.live().count())

    # Results page ----------------------------------------------------------

    def test_result_shows_type_title_highlighted_summary_themes_and_date(self):
        response = self.client.get(URL, {"q": "seniors"})
        html = response.content.decode()
        self.assertContains(response, "Atelier")
        self.assertIn("<mark>seniors</mark>", html)
        self.assertContains(response, "Maîtrise des outils numériques")
        self.assertContains(response, "<time datetime=")
        self.assertContains(response, 'role="status"')
        self.assertEqual(html.count("<h1"), 1)

    def test_a_renamed_theme_or_public_shows_at_once_in_results_and_filters(self):
        """The vocabularies are read once per index version: renaming one renews it."""
        self.json(q="seniors")  # this process has read the vocabularies
        renamed = theme("maitrise-des-outils-numeriques")
        renamed.label = "Outils du quotidien"
        renamed.save()
        public = Audience.objects.get(slug="seniors-personnes-agees")
        public.label = "Personnes âgées"
        public.save()
        data = self.json(q="seniors")
        shown = {label for result in data["results"] for label in result["themes"]}
        self.assertIn("Outils du quotidien", shown)
        self.assertNotIn("Maîtrise des outils numériques", shown)
        self.assertIn("Outils du quotidien", {o["label"] for o in data["facets"]["theme"]})
        self.assertIn("Personnes âgées", {o["label"] for o in data["facets"]["audience"]})

    def test_result_themes_are_those_of_the_resource_in_the_vocabulary_order(self):
        response = self.client.get(URL, {"q": "", "format": "json"})
        by_title = {result["title"]: result["themes"] for result in response.json()["results"]}
        self.assertTrue(any(by_title.values()))
        for page in ResourcePage.objects.live():
            self.assertEqual(by_title[page.title], [t.label for t in page.themes.all()])

    def test_highlighting_escapes_the_summary(self):
        response = self.client.get(URL, {"q": "écran"})
        html = response.content.decode()
        self.assertIn("&amp; les enfants &lt;sans&gt; <mark>écran</mark>", html)

    def test_json_has_the_documented_shape_and_the_html_order(self):
        data = self.json(q="potager")
        self.assertEqual(data["query"], "potager")
        self.assertEqual(data["count"], 3)
        self.assertEqual(set(data["results"][0]) >= {"title", "url", "type", "summary"}, True)
        self.assertEqual([r["title"] for r in data["results"]], self.titles(q="potager"))
        self.assertEqual(data["results"][0]["type"], "Fiche pratique")
        self.assertEqual(data["results"][0]["url"], self.in_title.url)
        self.assertIn("type", data["facets"])

    def test_sort_by_most_recent(self):
        titles = self.titles(q="", sort="recent")
        expected = list(
            ResourcePage.objects.live()
            .order_by("-first_published_at", "-pk")
            .values_list("title", flat=True)
        )
        self.assertEqual(titles, expected)

    def test_pagination_and_bad_page_numbers(self):
        with self.settings():
            first = self.client.get(URL, {"q": ""})
        self.assertEqual(first.context["outcome"].count, 8)
        response = self.client.get(URL, {"page": "abc"})
        self.assertContains(response, "n&#x27;est pas valide")
        response = self.client.get(URL, {"page": "999"})
        self.assertEqual(response.status_code, 200)

    # Facets ----------------------------------------------------------------

    def facet(self, data, key):
        return {o["value"]: o for o in data["facets"][key]}

    def test_facet_counts_and_filters(self):
        data = self.json(q="seniors")
        self.assertEqual(self.facet(data, "type")["atelier"]["count"], 1)
        data = self.json(type="atelier")
        self.assertEqual(
            {r["title"] for r in data["results"]}, {self.tablet.title, self.family.title}
        )
        data = self.json(type="atelier", level="intermediaire")
        self.assertEqual([r["title"] for r in data["results"]], [self.family.title])
        data = self.json(theme="parentalite")
        self.assertEqual([r["title"] for r in data["results"]], [self.family.title])
        data = self.json(audience="seniors-personnes-agees", tag="tablette")
        self.assertEqual([r["title"] for r in data["results"]], [self.tablet.title])
        data = self.json(departement="59")
        self.assertEqual([r["title"] for r in data["results"]], [self.education.title])

    def test_values_of_one_facet_combine_with_or_and_counts_are_disjunctive(self):
        data = self.json(type=["atelier", "recette"])
        self.assertEqual(data["count"], 3)
        types = self.facet(data, "type")
        self.assertTrue(types["atelier"]["selected"])
        # The type facet still counts the sheets one could add.
        self.assertEqual(types["fiche"]["count"], 5)
        self.assertFalse(types["fiche"]["selected"])

    def test_facets_are_accessible_checkboxes_in_fieldsets(self):
        response = self.client.get(URL, {"q": "seniors", "type": "atelier"})
        html = response.content.decode()
        self.assertIn("<fieldset", html)
        self.assertIn("<legend>Type de ressource</legend>", html)
        self.assertIn(
            '<input type="checkbox" id="filtre-type-atelier" name="type" value="atelier" checked>',
            html,
        )
        self.assertIn('<label for="filtre-type-atelier">', html)

    def test_facet_options_escape_what_contributors_wrote(self):
        """Tag names are typed by contributors: a label or value never becomes markup."""
        option = engine.FacetOption('x" onclick="y', "<b>Tablette & co</b>", 3, True)
        option.input_id = "filtre-tag-x"
        facet = engine.Facet("tag", "Étiquette", [option])
        html = Template(
            "{% load search_tags %}{% facet_checkboxes facet facet.options 'ressources' %}"
        )
        html = html.render(Context({"facet": facet}))
        self.assertIn('value="x&quot; onclick=&quot;y" checked>', html)
        self.assertIn('&lt;b&gt;Tablette &amp; co&lt;/b&gt; <span class="facet__count">(3', html)
        self.assertNotIn("<b>", html)

    def test_active_filters_are_listed_and_removable_one_by_one(self):
        response = self.client.get(URL, {"q": "seniors", "type": "atelier", "level": "debutant"})
        active = response.context["active_filters"]
        self.assertEqual(len(active), 2)
        self.assertEqual(active[0].url, "?q=seniors&level=debutant")
        self.assertEqual(active[1].url, "?q=seniors&type=atelier")

    def test_unknown_filter_values_are_ignored_with_a_notice(self):
        response = self.client.get(URL, {"theme": "n-existe-pas", "tag": "inconnue", "sort": "x"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "« n-existe-pas » est inconnu")
        self.assertContains(response, "« inconnue » est inconnu")
        self.assertEqual(response.context["outcome"].count, 8)

    def test_number_of_queries_does_not_grow_with_results(self):
        def count(**params):
            self.client.get(URL, params)  # warm caches (content types, site root paths)
            with CaptureQueriesContext(connection) as ctx:
                self.client.get(URL, params)
            return len(ctx.captured_queries)

        # Two results with tags, themes and audiences, or one; five or two: the same queries,
        # and few of them (the index version, the menu, the promotions, the search log,
        # written on PostgreSQL after a statement that spares it the wait for the disk).
        self.assertLessEqual(count(q="seniors"), 9 if connection.vendor == "postgresql" else 8)
        self.assertEqual(count(q="seniors"), count(q="fablab"))
        self.assertEqual(count(type="fiche"), count(type="atelier"))
        self.assertEqual(count(q="seniors", type="fiche"), count(q="fablab", type="atelier"))

    def test_the_index_version_is_read_once_per_request_and_a_change_is_seen_at_once(self):
        def version_reads(**params):
            with CaptureQueriesContext(connection) as ctx:
                response = self.client.get(URL, params)
            self.assertEqual(response.status_code, 200)
            return sum("searchindexversion" in q["sql"].lower() for q in ctx.captured_queries)

        self.client.get(URL, {"q": "seniors"})
        # Counts, ranking, corrected words and vocabularies are cached under it: one read.
        self.assertEqual(version_reads(q="seniors", type="fiche"), 1)
        # Outside a request nothing is kept: a change shows in the next read.
        before = SearchIndexVersion.current()
        SearchIndexVersion.bump()
        self.assertNotEqual(SearchIndexVersion.current(), before)

    def test_a_request_that_changes_the_index_reads_the_new_version(self):
        from django.core.signals import request_finished, request_started
        from django.db import close_old_connections

        # As Django's test client does, without closing the test's connection.
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            request_started.send(sender=None)
            before = SearchIndexVersion.current()
            with CaptureQueriesContext(connection) as ctx:
                self.assertEqual(SearchIndexVersion.current(), before)
            self.assertEqual(len(ctx.captured_queries), 0)  # kept for the request
            SearchIndexVersion.bump()
            self.assertNotEqual(SearchIndexVersion.current(), before)
            request_finished.send(sender=None)
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)

    # Zero results ----------------------------------------------------------

    def test_zero_results_page_helps(self):
        response = self.client.get(URL, {"q": "zorglub", "type": "atelier"})
        self.assertEqual(response.status_code, 200)
        context = response.context
        self.assertEqual(context["outcome"].count, 0)
        self.assertTrue(context["popular_tags"])
        # A word too many is no dead end: the results holding the other words, said so.
        response = self.client.get(URL, {"q": "tablette zorglub", "type": "atelier"})
        outcome = response.context["outcome"]
        self.assertEqual(outcome.count, 1)
        self.assertTrue(outcome.partial)
        self.assertEqual(outcome.results[0].missing_words, ["zorglub"])
        response = self.client.get(URL, {"q": "tablette", "type": "fiche"})
        removable = response.context["removable_filters"]
        self.assertEqual([(link.url, link.count) for link in removable], [("?q=tablette", 1)])
        self.assertContains(response, "Étiquettes les plus utilisées")

    # Promotions, logging, autocomplete ------------------------------------

    def test_promoted_results_come_first(self):
        query = Query.get("Aide")
        SearchPromotion.objects.create(
            query=query, page=self.mail, sort_order=0, description="Pour commencer"
        )
        response = self.client.get(URL, {"q": "aide"})
        self.assertEqual(response.context["promotions"][0]["title"], self.mail.title)
        self.assertContains(response, "La sélection de l'équipe")
        self.assertEqual(self.json(q="AIDE")["promoted"][0]["url"], self.mail.url)

    def test_every_search_is_logged_with_its_result_count(self):
        self.client.get(URL, {"q": "Tablette"})
        self.client.get(URL, {"q": "zorglub", "format": "json"})
        self.client.get(URL + "suggestions/", {"q": "tab"})
        logs = {log.query: log.results_count for log in SearchQueryLog.objects.all()}
        self.assertEqual(logs, {"tablette": 1, "zorglub": 0})

    def test_logging_a_search_never_waits_for_the_disk_on_postgresql(self):
        with CaptureQueriesContext(connection) as ctx:
            self.client.get(URL, {"q": "tablette"})
        statements = [query["sql"] for query in ctx.captured_queries]
        [insert] = [i for i, sql in enumerate(statements) if "search_searchquerylog" in sql]
        asynchronous = "SET LOCAL synchronous_commit TO OFF" in statements[:insert]
        self.assertEqual(asynchronous, connection.vendor == "postgresql")

    def test_autocomplete_matches_the_last_word_as_a_prefix(self):
        response = self.client.get(URL + "suggestions/", {"q": "premiers pas sur tabl"})
        data = response.json()
        self.assertEqual(data["results"][0]["title"], self.tablet.title)
        self.assertEqual(self.client.get(URL + "suggestions/", {"q": ""}).json()["results"], [])

    def test_search_page_enhances_with_autocomplete(self):
        response = self.client.get(URL)
        self.assertContains(response, 'data-search-autocomplete="/recherche/suggestions/"')
        self.assertContains(response, "js/search.js", count=1)

    def test_header_search_box_on_every_page_offers_autocomplete(self):
        for url in ("/", self.tablet.url):
            response = self.client.get(url)
            self.assertContains(response, 'role="search" action="/recherche/"')
            self.assertContains(
                response, 'data-search-autocomplete="/recherche/suggestions/"', count=1
            )
            self.assertContains(response, "js/search.js")

    # Index maintenance -----------------------------------------------------

    def test_unpublish_republish_and_delete_update_the_index(self):
        self.assertIn(self.in_body.title, self.titles(q="pédagogique"))
        self.in_body.unpublish()
        self.assertEqual(self.titles(q="pédagogique"), [])
        self.in_body.title = "Un verger pédagogique"
        self.in_body.save_revision().publish()
        self.assertEqual(self.titles(q="verger"), ["Un verger pédagogique"])
        self.in_body.delete()
        self.assertEqual(self.titles(q="verger"), [])

    def test_cached_facet_counts_follow_every_change_to_the_index(self):
        def counts():
            data = self.json(q="potager")
            return data["count"], self.facet(data, "type")["fiche"]["count"]

        self.assertEqual(counts(), (3, 3))  # this process's facet index is built
        cache.clear()
        with mock.patch.object(engine, "count_facets", wraps=engine.count_facets) as counting:
            with CaptureQueriesContext(connection) as first:
                self.assertEqual(counts(), (3, 3))
            computed = counting.call_count
            with CaptureQueriesContext(connection) as second:
                self.assertEqual(counts(), (3, 3))
        # The same search again reads its counts from the cache: nothing counted again, fewer
        # queries, and the facet sets are not read.
        self.assertGreater(computed, 0)
        self.assertEqual(counting.call_count, computed)
        self.assertLess(len(second.captured_queries), len(first.captured_queries))
        self.assertFalse(any("search_searchfacetset" in q["sql"] for q in second.captured_queries))
        added = PracticeSheetFactory(
            parent=self.in_body.get_parent(),
            title="Un potager sur le toit",
            summary="Des bacs partagés.",
            body=paragraph("Arroser."),
            themes=[],
            audiences=[],
            tags=[],
        )
        self.assertEqual(counts(), (4, 4))
        added.unpublish()
        self.assertEqual(counts(), (3, 3))

    def test_private_resources_leave_results_and_cached_counts(self):
        from wagtail.models import PageViewRestriction

        self.assertEqual(self.json(q="potager")["count"], 3)
        restriction = PageViewRestriction.objects.create(
            page=self.in_title, restriction_type=PageViewRestriction.LOGIN
        )
        data = self.json(q="potager")
        self.assertEqual(data["count"], 2)
        self.assertEqual(self.facet(data, "type")["fiche"]["count"], 2)
        self.assertNotIn(self.in_title.title, [r["title"] for r in data["results"]])
        restriction.delete()
        self.assertEqual(self.json(q="potager")["count"], 3)

    def test_rebuild_command_indexes_every_live_resource(self):
        from django.core.management import call_command

        call_command("rebuild_search_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
        self.assertEqual(len(self.titles(q="potager")), 3)
        self.assertEqual(indexing.rebuild(), ResourcePage.objects.live().count())

    # Editor reports --------------------------------------------------------

    def test_admin_reports_show_top_and_zero_result_queries(self):
        for q in ["tablette", "tablette", "zorglub"]:
            self.client.get(URL, {"q": q})
        admin = User.objects.create_superuser("admin", "admin@example.com", "x")
        self.client.force_login(admin)
        top = self.client.get("/admin/rapports/recherche/frequentes/")
        self.assertEqual(top.status_code, 200)
        self.assertContains(top, "tablette")
        self.assertEqual(top.context["object_list"][0]["query"], "tablette")
        self.assertEqual(top.context["object_list"][0]["searches"], 2)
        zero = self.client.get("/admin/rapports/recherche/sans-resultat/")
        self.assertEqual(zero.status_code, 200)
        self.assertEqual([row["query"] for row in zero.context["object_list"]], ["zorglub"])
