"""The read-only API v2: pages, images and documents, with each type's own fields."""

import pytest

from commons.factories import AuthorFactory, licence, seeded_audiences, seeded_themes
from practices.factories import (
    PracticeSheetFactory,
    ProjectRecipeFactory,
    WorkshopMaterialFactory,
    ingredients_data,
    run_through_data,
)

pytestmark = pytest.mark.django_db

SHARED = {
    "resource_type",
    "summary",
    "themes",
    "audiences",
    "tags",
    "licence",
    "authors",
    "level",
    "duration_minutes",
    "territory",
    "body",
    "based_on",
}


def get_detail(client, page):
    response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200, response.content
    return response.json()


def test_sheet_exposes_shared_fields_with_readable_related_objects(client, sections):
    themes, audiences = seeded_themes(2), seeded_audiences(1)
    author = AuthorFactory(name="Aïcha Benali")
    sheet = PracticeSheetFactory(
        parent=sections.sheets,
        title="Créer son adresse e-mail",
        themes=themes,
        audiences=audiences,
        authors=[author],
        tags=["messagerie", "débutants"],
        licence=licence("cc-by-4.0"),
        level="debutant",
        duration_minutes=45,
        commune="Quimper",
        departement="29",
    )
    data = get_detail(client, sheet)

    assert SHARED | {"last_reviewed", "pix_competences"} <= set(data)
    assert data["meta"]["type"] == "practices.PracticeSheet"
    assert data["resource_type"] == {"slug": "fiche", "label": "Fiche pratique"}
    assert data["themes"] == [{"label": t.label, "slug": t.slug} for t in themes]
    assert data["audiences"] == [{"label": audiences[0].label, "slug": audiences[0].slug}]
    assert data["authors"] == ["Aïcha Benali"]
    assert data["tags"] == ["débutants", "messagerie"]
    assert data["licence"]["slug"] == "cc-by-4.0"
    assert data["licence"]["url"].startswith("https://creativecommons.org/")
    assert data["level"] == "debutant"
    assert data["duration_minutes"] == 45
    assert data["territory"]["commune"] == "Quimper"
    assert data["territory"]["departement"] == "29"
    assert data["territory"]["departement_name"] == "Finistère"
    assert data["based_on"] is None
    assert [block["type"] for block in data["body"]][:2] == ["heading", "paragraph"]
    assert "<b>deux par deux</b>" in data["body"][1]["value"]
    assert len(data["pix_competences"]) == 2


def test_recipe_and_workshop_expose_their_own_fields(client, sections):
    recipe = ProjectRecipeFactory(parent=sections.recipes, ingredients=ingredients_data())
    workshop = WorkshopMaterialFactory(parent=sections.workshops, run_through=run_through_data())

    recipe_data = get_detail(client, recipe)
    assert SHARED | {"ingredients", "steps", "tools", "obstacles", "context"} <= set(recipe_data)
    assert recipe_data["ingredients"][0]["value"]["label"] == "Une conseillère numérique"
    assert "run_through" not in recipe_data

    workshop_data = get_detail(client, workshop)
    assert SHARED | {"objectives", "run_through", "equipment", "group_size_min"} <= set(
        workshop_data
    )
    assert workshop_data["duration_minutes"] == 90
    assert "ingredients" not in workshop_data


def test_adaptation_points_to_its_original(client, sections):
    original = PracticeSheetFactory(parent=sections.sheets, title="L'original")
    adaptation = PracticeSheetFactory(parent=sections.sheets, based_on=original)
    based_on = get_detail(client, adaptation)["based_on"]
    assert based_on["id"] == original.pk
    assert based_on["title"] == "L'original"
    assert based_on["url"].startswith("http") and based_on["url"].endswith(f"/{original.slug}/")


def test_listing_by_type_with_fields_and_no_drafts(client, sections):
    live = PracticeSheetFactory(parent=sections.sheets)
    PracticeSheetFactory(parent=sections.sheets, publish=False)
    WorkshopMaterialFactory(parent=sections.workshops)

    response = client.get(
        "/api/v2/pages/", {"type": "practices.PracticeSheet", "fields": "summary,themes,licence"}
    )
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] == 1
    item = data["items"][0]
    assert item["id"] == live.pk
    assert item["summary"] == live.summary
    assert {"label", "slug"} == set(item["themes"][0])


def test_search_goes_through_the_site_search(client, sections):
    PracticeSheetFactory(parent=sections.sheets, title="Consulter ses comptes bancaires")
    PracticeSheetFactory(parent=sections.sheets, title="Prendre rendez-vous en ligne")

    response = client.get(
        "/api/v2/pages/", {"search": "bancaires", "type": "practices.PracticeSheet"}
    )
    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert titles == ["Consulter ses comptes bancaires"]

    # The site's French analysis: singular and plural share their stem.
    response = client.get("/api/v2/pages/", {"search": "compte bancaire"})
    assert [item["title"] for item in response.json()["items"]] == [
        "Consulter ses comptes bancaires"
    ]


def test_images_and_documents_endpoints(client, sections):
    PracticeSheetFactory(parent=sections.sheets)  # brings a cover image
    images = client.get("/api/v2/images/")
    assert images.status_code == 200
    assert images.json()["meta"]["total_count"] >= 1
    assert client.get("/api/v2/documents/").status_code == 200


def test_api_is_read_only(client, sections):
    sheet = PracticeSheetFactory(parent=sections.sheets)
    assert client.post("/api/v2/pages/", {}).status_code == 405
    assert client.delete(f"/api/v2/pages/{sheet.pk}/").status_code == 405


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/v2/pages/?type=practices.Inconnu", 400),
        ("/api/v2/pages/?rich_text_format=pdf", 400),
        ("/api/v2/pages/?fields=inexistant", 400),
        ("/api/v2/pages/?limit=abc", 400),
        ("/api/v2/pages/999999/", 404),
        ("/api/v2/pages/?search=%00%27%22", 200),
        ("/api/v2/pages/?search=%22mot%20de%20passe%20OR%20*", 200),
        ("/api/v2/pages/?search=tablette&search_operator=xor", 400),
        ("/api/v2/pages/?type=practices.PracticeSheet&fields=body&rich_text_format=markdown", 200),
    ],
)
def test_bad_requests_are_answered_clearly(client, sections, url, status):
    PracticeSheetFactory(parent=sections.sheets)
    response = client.get(url)
    assert response.status_code == status
    assert "message" in response.json() or status == 200


def test_a_search_without_a_word_finds_nothing(client, sections):
    PracticeSheetFactory(parent=sections.sheets, title="Consulter ses comptes bancaires")
    assert client.get("/api/v2/pages/", {"search": "'\"*"}).json()["items"] == []


def test_search_results_can_be_ordered(client, sections):
    for title in ("Tablette : les bases", "Atelier tablette", "Tablette et photos"):
        PracticeSheetFactory(parent=sections.sheets, title=title)
    response = client.get(
        "/api/v2/pages/",
        {"search": "tablette", "type": "practices.PracticeSheet", "order": "title"},
    )
    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert titles == sorted(titles) and len(titles) == 3
