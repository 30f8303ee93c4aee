"""PIX competences and equipment are facets of the search page like the others.

Their counts are checked against a plain model of the corpus (which resource carries
what, which ones nobody may see), for any combination of filters and query words:
hypothesis draws the combinations. Runs on the configured database (SQLite locally,
PostgreSQL in CI).
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase
from wagtail.models import PageViewRestriction

from commons.models import Equipment, PixCompetence
from search.analysis import clean_query
from tests import test_search as search_tests
from tests.factories import PracticeSheetFactory, WorkshopMaterialFactory

URL = "/recherche/"

# (kind, title word, PIX codes, equipment slugs, visible to everyone)
CORPUS = [
    ("fiche", "tablette", ["1.1", "3.1"], [], True),
    ("fiche", "photo", ["1.1"], [], True),
    ("fiche", "photo", [], [], True),
    ("atelier", "tablette", ["1.1", "2.1"], ["tablette"], True),
    ("atelier", "photo", ["3.1"], ["ordinateur", "tablette"], True),
    ("atelier", "tablette", [], ["telephone"], True),
    # Never seen, never counted: a private workshop and a draft one.
    ("atelier", "tablette", ["1.1", "4.1"], ["ordinateur"], "private"),
    ("atelier", "photo", ["4.1"], ["tablette"], "draft"),
]
PIX_CODES = ["1.1", "2.1", "3.1", "4.1"]
EQUIPMENT = ["ordinateur", "tablette", "telephone"]
PROPERTIES = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def expected(query, pix, equipment, key=None):
    """Resources of CORPUS the search should find: all words, one of each group's values.

    With ``key``, the group ``key`` is left out (disjunctive facet counts).
    """
    found = []
    for kind, word, codes, items, visible in CORPUS:
        if visible is not True or (query and query != word):
            continue
        if pix and key != "pix" and not set(pix) & set(codes):
            continue
        if equipment and key != "equipment" and not set(equipment) & set(items):
            continue
        found.append((kind, word, codes, items))
    return found


class PixAndEquipmentFacetTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        sections = search_tests.build_sections()
        for n, (kind, word, codes, items, visible) in enumerate(CORPUS):
            common = {
                "title": f"Ressource {word} numéro {n}",
                "summary": f"Un résumé à propos de {word}.",
                "body": search_tests.paragraph("Sans autre mot commun."),
                "pix_competences": PixCompetence.objects.filter(code__in=codes),
                "tags": [],
                "publish": visible != "draft",
            }
            if kind == "fiche":
                page = PracticeSheetFactory(parent=sections.sheets, **common)
            else:
                page = WorkshopMaterialFactory(
                    parent=sections.workshops,
                    equipment=Equipment.objects.filter(slug__in=items),
                    **common,
                )
            if visible == "private":
                PageViewRestriction.objects.create(
                    page=page, restriction_type=PageViewRestriction.LOGIN
                )

    def json(self, params):
        response = self.client.get(URL, {**params, "format": "json"})
        assert response.status_code == 200
        return response.json()

    def test_facets_list_the_pix_competences_and_equipment_of_visible_resources(self):
        data = self.json({})
        pix = {o["value"]: o["count"] for o in data["facets"]["pix"]}
        equipment = {o["value"]: o["count"] for o in data["facets"]["equipment"]}
        # 4.1 belongs only to the private and the draft workshops: not offered at all.
        self.assertEqual(pix, {"1.1": 3, "2.1": 1, "3.1": 2})
        self.assertEqual(equipment, {"tablette": 2, "ordinateur": 1, "telephone": 1})
        labels = {o["value"]: o["label"] for o in data["facets"]["pix"]}
        self.assertEqual(labels["1.1"], "1.1 Mener une recherche et une veille d'information")

    def test_the_html_page_offers_them_as_checkboxes_of_the_get_form(self):
        response = self.client.get(URL, {"q": "tablette"})
        self.assertContains(response, "<legend>Compétence PIX</legend>", html=True)
        self.assertContains(response, "<legend>Équipement de l'atelier</legend>", html=True)
        self.assertContains(response, 'name="pix" value="1.1"')
        self.assertContains(response, 'name="equipment" value="tablette"')

    def test_a_selected_value_filters_and_can_be_removed(self):
        response = self.client.get(URL, {"pix": "2.1", "equipment": "tablette"})
        self.assertEqual(response.context["outcome"].count, 1)
        labels = [link.label for link in response.context["active_filters"]]
        self.assertEqual(
            labels, ["Compétence PIX : 2.1 Interagir", "Équipement de l'atelier : Tablette"]
        )
        self.assertEqual(response.context["active_filters"][0].url, "?equipment=tablette")

    @PROPERTIES
    @given(
        query=st.sampled_from(["", "tablette", "photo"]),
        pix=st.lists(st.sampled_from(PIX_CODES), unique=True, max_size=3),
        equipment=st.lists(st.sampled_from(EQUIPMENT), unique=True, max_size=2),
    )
    def test_counts_are_those_of_the_visible_resources(self, query, pix, equipment):
        data = self.json({"q": query, "pix": pix, "equipment": equipment})
        assert data["count"] == len(expected(query, pix, equipment))
        for key, values in (("pix", PIX_CODES), ("equipment", EQUIPMENT)):
            counts = {o["value"]: o["count"] for o in data["facets"][key]}
            others = expected(query, pix, equipment, key=key)
            position = 2 if key == "pix" else 3
            for value in values:
                want = sum(1 for found in others if value in found[position])
                selected = value in (pix if key == "pix" else equipment)
                if want or selected:
                    assert counts.get(value) == want, (key, value, counts)
                else:
                    assert value not in counts, (key, value, counts)

    @PROPERTIES
    @given(
        key=st.sampled_from(["pix", "equipment"]),
        value=st.one_of(
            st.text(max_size=50),
            st.text(min_size=5000, max_size=10000),
            st.sampled_from(["99.99", "1.1\x00", "9" * 400, "../1.1", "' OR 1=1 --"]),
        ),
    )
    def test_forged_values_are_ignored_with_a_french_notice(self, key, value):
        data = self.json({key: value})
        # What the form reads of a value: no control characters, spaces collapsed.
        read = clean_query(value)[:100]
        if read in (PIX_CODES if key == "pix" else EQUIPMENT):
            kept = {"pix": [], "equipment": [], key: [read]}
            assert data["count"] == len(expected("", kept["pix"], kept["equipment"]))
        else:
            assert data["count"] == len(expected("", [], []))
            if read:
                assert any("est inconnu : il a été ignoré" in n for n in data["notices"])

    def test_a_renamed_code_or_slug_is_counted_at_once(self):
        self.assertEqual(self.json({"equipment": "telephone"})["count"], 1)
        phone = Equipment.objects.get(slug="telephone")
        phone.slug = "smartphone"
        phone.save()
        data = self.json({"equipment": "smartphone"})
        self.assertEqual(data["count"], 1)
        counts = {o["value"]: o["count"] for o in data["facets"]["equipment"]}
        self.assertEqual(counts["smartphone"], 1)
        self.assertNotIn("telephone", counts)

    def test_these_facets_add_no_query_per_value_or_result(self):
        def count(params):
            self.client.get(URL, params)  # warm the facet index and caches
            with CaptureQueriesContext(connection) as queries:
                self.client.get(URL, params)
            return len(queries.captured_queries)

        plain = count({"q": "tablette"})
        self.assertEqual(count({"q": "tablette", "pix": ["1.1", "2.1", "3.1"]}), plain)
        self.assertEqual(count({"q": "photo", "equipment": EQUIPMENT}), plain)
        self.assertLessEqual(plain, 25)
