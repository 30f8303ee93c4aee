"""schema.org JSON-LD and sharing metadata in the <head> of every resource page."""

import json
from html.parser import HTMLParser

import pytest

from commons.factories import AuthorFactory, licence, seeded_audiences, seeded_themes
from practices.factories import (
    PracticeSheetFactory,
    ProjectRecipeFactory,
    WorkshopMaterialFactory,
    ingredients_data,
    recipe_steps_data,
)

pytestmark = pytest.mark.django_db


class HeadParser(HTMLParser):
    """The JSON-LD scripts and the <meta> properties of a page."""

    def __init__(self):
        super().__init__()
        self.json_ld, self.meta, self._in_json_ld = [], {}, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")
        elif tag == "meta" and ("property" in attrs or "name" in attrs):
            key = attrs.get("property") or attrs.get("name")
            self.meta.setdefault(key, []).append(attrs.get("content"))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data


def head_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    parser = HeadParser()
    parser.feed(response.content.decode())
    assert len(parser.json_ld) == 1
    return json.loads(parser.json_ld[0]), parser.meta


def test_sheet_is_a_learning_resource_with_pix_alignment(client, sections):
    author = AuthorFactory(name="Aïcha Benali")
    sheet = PracticeSheetFactory(
        parent=sections.sheets,
        title="Sécuriser ses mots de passe",
        authors=[author],
        themes=seeded_themes(1),
        audiences=seeded_audiences(1),
        tags=["sécurité"],
        licence=licence("cc-by-sa-4.0"),
        level="debutant",
        duration_minutes=90,
    )
    data, _ = head_of(client, sheet)

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "LearningResource"
    assert data["name"] == "Sécuriser ses mots de passe"
    assert data["url"] == sheet.get_full_url()
    assert data["learningResourceType"] == "Fiche pratique"
    assert data["educationalLevel"] == "Débutant"
    assert data["timeRequired"] == "PT1H30M"
    assert data["license"] == sheet.licence.url
    assert data["author"][0]["@type"] == "Person"
    assert data["author"][0]["name"] == "Aïcha Benali"
    assert data["audience"] == [{"@type": "Audience", "audienceType": seeded_audiences(1)[0].label}]
    assert "sécurité" in data["keywords"] and seeded_themes(1)[0].label in data["keywords"]
    assert data["datePublished"].startswith(str(sheet.first_published_at.date()))
    assert "dateModified" in data
    alignments = data["educationalAlignment"]
    competences = list(sheet.pix_competences.all())
    assert len(alignments) == len(competences) == 2
    for alignment, competence in zip(alignments, competences, strict=True):
        assert alignment["@type"] == "AlignmentObject"
        assert alignment["alignmentType"] == "teaches"
        assert alignment["targetName"] == f"{competence.code} {competence.label}"
    assert "isBasedOn" not in data


def test_workshop_is_a_learning_resource_with_its_duration(client, sections):
    workshop = WorkshopMaterialFactory(parent=sections.workshops, level="intermediaire")
    data, _ = head_of(client, workshop)
    assert data["@type"] == "LearningResource"
    assert data["learningResourceType"] == "Atelier"
    assert data["educationalLevel"] == "Intermédiaire"
    assert data["timeRequired"] == "PT1H30M"  # 15 + 45 + 30 minutes of run-through


def test_recipe_is_a_how_to_with_steps_supplies_and_tools(client, sections):
    recipe = ProjectRecipeFactory(
        parent=sections.recipes,
        steps=recipe_steps_data(),
        ingredients=ingredients_data(),
        tools=[
            {
                "type": "tool",
                "value": {"name": "Nextcloud", "url": "https://nextcloud.com/", "description": ""},
            }
        ],
        duration_minutes=120,
    )
    data, _ = head_of(client, recipe)
    assert data["@type"] == "HowTo"
    assert data["totalTime"] == "PT2H"
    assert [step["name"] for step in data["step"]] == [
        "Réunir les partenaires",
        "Recruter les bénévoles",
        "Lancer les permanences",
    ]
    assert data["step"][0] == {
        "@type": "HowToStep",
        "position": 1,
        "name": "Réunir les partenaires",
        "text": "Mairie.",
    }
    assert data["supply"][1]["@type"] == "HowToSupply"
    assert data["supply"][1]["name"] == "Tablettes reconditionnées"
    assert data["supply"][1]["requiredQuantity"] == {
        "@type": "QuantitativeValue",
        "value": 8.0,
        "unitText": "tablettes",
    }
    assert data["tool"] == [
        {"@type": "HowToTool", "name": "Nextcloud", "url": "https://nextcloud.com/"}
    ]
    assert data["license"].startswith("https://")
    assert data["author"] and data["datePublished"] and data["keywords"]


def test_adaptation_is_based_on_its_original(client, sections):
    original = PracticeSheetFactory(parent=sections.sheets, title="L'original")
    adaptation = PracticeSheetFactory(parent=sections.sheets, based_on=original)
    data, _ = head_of(client, adaptation)
    assert data["isBasedOn"] == {
        "@type": "CreativeWork",
        "name": "L'original",
        "url": original.get_full_url(),
    }


def test_json_ld_cannot_break_out_of_its_script(client, sections):
    sheet = PracticeSheetFactory(
        parent=sections.sheets, title="</script><script>alert(1)</script> & co"
    )
    response = client.get(sheet.url)
    assert b"</script><script>alert(1)" not in response.content
    data, _ = head_of(client, sheet)
    assert data["name"] == "</script><script>alert(1)</script> & co"


def test_opengraph_and_twitter_cards(client, sections):
    sheet = PracticeSheetFactory(
        parent=sections.sheets, title="Créer son adresse e-mail", tags=["messagerie"]
    )
    _, meta = head_of(client, sheet)
    assert meta["og:type"] == ["article"]
    assert meta["og:title"] == ["Créer son adresse e-mail"]
    assert meta["og:description"] == [sheet.summary]
    assert meta["og:url"] == [sheet.get_full_url()]
    assert meta["og:image"][0].startswith("http")
    assert meta["article:tag"] == ["messagerie"]
    assert meta["twitter:card"] == ["summary_large_image"]
    assert meta["twitter:title"] == ["Créer son adresse e-mail"]


def test_head_links_to_the_markdown_version_and_the_feeds(client, sections):
    sheet = PracticeSheetFactory(parent=sections.sheets)
    content = client.get(sheet.url).content.decode()
    assert (
        f'type="text/markdown" title="Cette ressource en Markdown" href="{sheet.url}markdown/"'
        in content
    )
    assert 'type="application/rss+xml"' in content and 'href="/flux/"' in content
