"""The demo content loader: complete, valid, idempotent, and all-or-nothing."""

import copy
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from commons.models import Author
from home.demo import authors as authors_data
from home.demo import loader
from home.demo import sheets as sheets_data
from home.demo.media import pdf_document
from home.models import HomePage
from practices.models import (
    PracticeSheet,
    PracticeSheetIndexPage,
    ProjectRecipe,
    ProjectRecipeIndexPage,
    ResourcePage,
    WorkshopMaterial,
    WorkshopMaterialIndexPage,
)

pytestmark = pytest.mark.django_db

DATA = {section.key: loader.load_section_data(section) for section in loader.SECTIONS}


def row_counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "authors": Author.objects.count(),
        "tags": Tag.objects.count(),
        "users": User.objects.count(),
        "groups": Group.objects.count(),
        "sites": Site.objects.count(),
    }


def run(command="load_demo_content"):
    out, err = io.StringIO(), io.StringIO()
    call_command(command, stdout=out, stderr=err)
    return out.getvalue()


def test_data_files_hold_enough_resources():
    assert len(DATA["fiche"]) >= 16
    assert len(DATA["recette"]) >= 15
    assert len(DATA["atelier"]) >= 15
    assert 8 <= len(authors_data.AUTHORS) <= 12
    slugs = [item["slug"] for items in DATA.values() for item in items]
    assert len(slugs) >= 45


def test_practice_sheets_cover_the_four_theme_categories_and_several_licences():
    from commons.taxonomy_seed import THEME_CATEGORIES

    used = {theme for sheet in sheets_data.SHEETS for theme in sheet["themes"]}
    for category, themes in THEME_CATEGORIES:
        assert used & set(themes), category
    licences = [sheet["licence"] for sheet in sheets_data.SHEETS]
    assert len(set(licences)) == 5
    assert licences.count("cc-by-sa-4.0") > len(licences) / 3
    with_pdf = [s for s in sheets_data.SHEETS if any(b[0] == "document" for b in s["body"])]
    assert len(with_pdf) >= 6
    assert len({sheet.get("departement") for sheet in sheets_data.SHEETS}) >= 8


def test_load_demo_content_builds_a_complete_site_and_is_idempotent(client):
    output = run()
    assert "ressources" in output and "auteurs" in output

    home = HomePage.objects.get()
    sections = {
        PracticeSheetIndexPage: ("fiches-pratiques", PracticeSheet, "fiche"),
        ProjectRecipeIndexPage: ("recettes", ProjectRecipe, "recette"),
        WorkshopMaterialIndexPage: ("ateliers", WorkshopMaterial, "atelier"),
    }
    for index_model, (slug, model, key) in sections.items():
        section = index_model.objects.get()
        assert section.slug == slug and section.live and section.show_in_menus
        assert section.get_parent().pk == home.pk and section.intro
        assert model.objects.child_of(section).live().count() == len(DATA[key])

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_page_id) == ("localhost", 80, home.pk)

    resources = ResourcePage.objects.specific().prefetch_related("themes", "authors")
    assert resources.count() == sum(len(items) for items in DATA.values())
    for page in resources:
        assert page.live and page.cover_image_id, page.slug
        assert page.cover_image.width == 1200 and page.cover_image.height == 675
        assert page.themes.all() and page.authors.all() and page.licence_id, page.slug
        assert page.revisions.count() == 1, page.slug

    # Dates spread over the past two years, set from published_days_ago.
    sheet = PracticeSheet.objects.get(slug=sheets_data.SHEETS[0]["slug"])
    expected = timezone.now() - timedelta(days=sheets_data.SHEETS[0]["published_days_ago"])
    assert abs(sheet.first_published_at - expected) < timedelta(hours=1)
    assert sheet.last_published_at == sheet.first_published_at
    dates = {p.first_published_at.date() for p in resources}
    assert len(dates) > 20

    # Generated documents are valid PDFs, attached in bodies and handouts.
    documents = get_document_model().objects.filter(collection__name="Démo")
    assert documents.count() >= 6
    for document in documents.filter(file__endswith=".pdf"):
        with document.file.open("rb") as handle:
            content = handle.read()
        assert content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF")
    assert any(b.block_type == "document" for b in sheet.body)

    # Authors have portraits; the contributor account is linked to a profile.
    assert Author.objects.count() == len(authors_data.AUTHORS)
    assert not Author.objects.filter(photo__isnull=True).exists()
    admin = User.objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("communs-admin")
    moderator = User.objects.get(username="moderatrice")
    assert moderator.groups.filter(name="Modérateurs").exists() and not moderator.is_superuser
    contributor = User.objects.get(username="contributeur")
    assert contributor.groups.filter(name="Contributeurs").exists()
    assert contributor.author_profile.name == authors_data.CONTRIBUTOR_AUTHOR
    assert User.objects.filter(email__endswith="@example.org").count() == 3

    # The site answers on its root with the demo content.
    Site.clear_site_root_paths_cache()
    assert client.get("/").status_code == 200
    response = client.get(sheet.url)
    assert response.status_code == 200 and sheet.title in response.content.decode()
    # Resources created while the search index was paused are indexed at the end.
    response = client.get("/recherche/", {"q": "hameçonnage"})
    assert "Reconnaître une arnaque" in response.content.decode()

    # A second run changes nothing.
    before = row_counts()
    output = run()
    assert row_counts() == before
    assert "rien n'a été modifié" in output


def test_unknown_theme_stops_the_command_in_french_and_writes_nothing(monkeypatch):
    broken = copy.deepcopy(sheets_data.SHEETS)
    broken[-1]["themes"] = ["Thème qui n'existe pas"]
    monkeypatch.setattr(sheets_data, "SHEETS", broken)
    before = row_counts()
    with pytest.raises(CommandError) as excinfo:
        run()
    message = str(excinfo.value)
    assert broken[-1]["slug"] in message
    assert "« themes »" in message and "valeur inconnue" in message
    assert row_counts() == before


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("licence", "licence-maison", "licence inconnue"),
        ("authors", ["Personne Inconnue"], "« authors »"),
        ("body", [("document", {"document": "document-absent"})], "document inconnu"),
    ],
)
def test_other_unknown_references_are_reported(monkeypatch, key, value, expected):
    broken = copy.deepcopy(sheets_data.SHEETS)
    broken[0][key] = value
    monkeypatch.setattr(sheets_data, "SHEETS", broken)
    with pytest.raises(CommandError, match=expected):
        run()
    assert not PracticeSheet.objects.exists()


def test_an_error_while_creating_pages_rolls_everything_back(monkeypatch):
    broken = copy.deepcopy(sheets_data.SHEETS)
    broken[0]["body"] = [("callout", {"kind": "inconnu", "text": "<p>Texte</p>"})]
    monkeypatch.setattr(sheets_data, "SHEETS", broken)
    before = row_counts()
    with pytest.raises(CommandError, match="« body »"):
        run()
    # Sections, authors, portraits and accounts were created before the error: all undone.
    assert row_counts() == before


def test_demo_accounts_prints_the_three_logins():
    output = run("demo_accounts")
    for account in loader.DEMO_ACCOUNTS:
        assert account["username"] in output and account["password"] in output
    assert "/admin/" in output and "usage local" in output


def test_pdf_generator_escapes_text_and_keeps_accents():
    content = pdf_document("Mémo (essai)", ["Ligne avec \\ et (parenthèses) — été"])
    assert content.startswith(b"%PDF-1.4")
    assert b"M\xe9mo \\(essai\\)" in content
    assert b"\\\\" in content
