"""Markdown export of each resource, ``export_resources`` and the export → import round trip."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page

from opendata.markdown_in import markdown_to_blocks
from opendata.markdown_out import escape_markdown, rich_text_to_markdown
from practices.models import ResourcePage
from tests.factories import (
    AuthorFactory,
    PracticeSheetFactory,
    ProjectRecipeFactory,
    WorkshopMaterialFactory,
    ingredients_data,
    licence,
    recipe_steps_data,
    seeded_audiences,
    seeded_themes,
)

pytestmark = pytest.mark.django_db


def front_matter_and_content(text):
    assert text.startswith("---\n")
    header, content = text[4:].split("\n---\n", 1)
    return header.splitlines(), content


def test_markdown_export_has_front_matter_then_content(client, sections):
    sheet = PracticeSheetFactory(
        parent=sections.sheets,
        title="Créer son adresse e-mail",
        authors=[AuthorFactory(name="Aïcha Benali")],
        tags=["messagerie"],
        themes=seeded_themes(1),
        licence=licence("cc-by-4.0"),
        level="debutant",
        duration_minutes=45,
        commune="Quimper",
        departement="29",
    )
    response = client.get(f"{sheet.url}markdown/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    assert response["Content-Disposition"] == f'inline; filename="{sheet.slug}.md"'

    header, content = front_matter_and_content(response.content.decode())
    assert 'type: "sheet"' in header
    assert 'title: "Créer son adresse e-mail"' in header
    assert f'url: "{sheet.get_full_url()}"' in header
    assert 'licence: "cc-by-4.0"' in header
    assert 'level: "debutant"' in header
    assert "duration_minutes: 45" in header
    assert header[header.index("authors:") + 1] == '  - "Aïcha Benali"'
    assert '  departement: "29"' in header
    assert any(line.startswith("date_published: ") for line in header)

    assert content.lstrip().startswith("# Créer son adresse e-mail")
    assert "## Préparer la séance" in content
    assert "Installez les participants **deux par deux** devant un poste" in content
    assert "1. **Allumer la tablette**" in content
    assert "**Astuce : Astuce**\n\nGardez un mot de passe d'exemple au tableau." in content
    assert "[Service-Public.fr](https://www.service-public.fr/)" in content


def test_markdown_export_of_a_draft_is_not_public(client, sections):
    draft = PracticeSheetFactory(parent=sections.sheets, publish=False)
    assert client.get(f"/fiches-pratiques/{draft.slug}/markdown/").status_code == 404


def test_recipe_markdown_includes_its_own_sections(client, sections):
    recipe = ProjectRecipeFactory(
        parent=sections.recipes, steps=recipe_steps_data(), ingredients=ingredients_data()
    )
    content = client.get(f"{recipe.url}markdown/").content.decode()
    assert "## Ingrédients" in content
    assert "Tablettes reconditionnées" in content
    assert "## Étapes" in content
    assert "**Réunir les partenaires**" in content


def test_internal_links_become_absolute(sections):
    target = PracticeSheetFactory(parent=sections.sheets, title="Cible")
    html = f'<p>Voir <a linktype="page" id="{target.pk}">la fiche</a>.</p>'
    markdown = rich_text_to_markdown(html, "http://communs.example/")
    assert markdown == f"Voir [la fiche](http://communs.example{target.url})."


@pytest.mark.parametrize(
    "text",
    [
        "1. pas une liste",
        "# pas un titre",
        "- pas un élément",
        "*étoiles* et _soulignés_ et [crochets] et `code`",
        "R&D &amp; entités < >",
        "antislash \\ final\\",
    ],
)
def test_plain_text_survives_markdown(text):
    html = f"<p>{text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}</p>"
    markdown = rich_text_to_markdown(html, "http://x/")
    assert markdown_to_blocks(markdown) == [{"type": "paragraph", "value": html}]
    assert escape_markdown("a") == "a"


def run_export():
    out = StringIO()
    call_command("export_resources", "-", stdout=out)
    return json.loads(out.getvalue())


def test_export_writes_every_published_resource_in_the_import_format(tmp_path, sections):
    PracticeSheetFactory(parent=sections.sheets, title="Publiée", level="avance")
    PracticeSheetFactory(parent=sections.sheets, title="Brouillon", publish=False)
    WorkshopMaterialFactory(parent=sections.workshops, title="Atelier")

    path = tmp_path / "export.json"
    out = StringIO()
    call_command("export_resources", str(path), stdout=out)
    assert "2 ressource(s) exportée(s)" in out.getvalue()
    resources = json.loads(path.read_text(encoding="utf-8"))["resources"]
    assert [(r["type"], r["title"]) for r in resources] == [
        ("sheet", "Publiée"),
        ("workshop", "Atelier"),
    ]
    sheet = resources[0]
    assert set(sheet) <= {
        "first_published",
        "last_updated",
        "cover_image",
        "pix_competences",
        "last_reviewed",
        "type",
        "title",
        "slug",
        "url",
        "summary",
        "body",
        "tags",
        "themes",
        "audiences",
        "licence",
        "authors",
        "level",
        "territory",
        "duration_minutes",
        "published",
    }
    assert sheet["published"] is True and sheet["level"] == "avance"
    assert sheet["licence"] == "cc-by-sa-4.0"
    assert sheet["body"][0].startswith("## Préparer la séance")
    assert sheet["cover_image"]["file"].startswith("medias/images/")
    assert (tmp_path / sheet["cover_image"]["file"]).is_file()


def wipe_resources():
    for page in ResourcePage.objects.all():
        Page.objects.get(pk=page.pk).delete()


def test_round_trip_export_import_gives_the_same_resources(tmp_path, sections):
    themes, audiences = seeded_themes(2), seeded_audiences(2)
    PracticeSheetFactory(
        parent=sections.sheets,
        themes=themes,
        audiences=audiences,
        tags=["tablette", "Débutants"],
        level="debutant",
        duration_minutes=30,
        commune="Lodève",
        departement="34",
        licence=licence("etalab-2.0"),
    )
    ProjectRecipeFactory(
        parent=sections.recipes,
        steps=recipe_steps_data(),
        ingredients=ingredients_data(),
        level="avance",
    )
    WorkshopMaterialFactory(parent=sections.workshops, licence=licence("cc0-1.0"))

    # Written to a file, so that images and documents are copied beside it.
    path = tmp_path / "export.json"
    call_command("export_resources", str(path), stdout=StringIO())
    first = json.loads(path.read_text(encoding="utf-8"))
    wipe_resources()
    call_command("import_resources", str(path), stdout=StringIO())
    second = run_export()
    for before, after in zip(first["resources"], second["resources"], strict=True):
        assert after == before

    wipe_resources()
    call_command("import_resources", str(path), stdout=StringIO())
    assert run_export() == first
