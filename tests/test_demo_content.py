"""The demo site: its content is data, imported; complete, idempotent, all-or-nothing."""

import io
import json
import shutil
from datetime import datetime
from unittest import mock

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import CommandError
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from commons import renditions
from commons.models import Author, Theme, ThemeCategory
from home.demo import loader
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


def read_folder(name):
    return [
        json.loads(path.read_text(encoding="utf-8"))["resources"][0]
        for path in sorted((loader.CONTENT_DIR / name).glob("*.json"))
    ]


DATA = {key: read_folder(key) for key in ("fiches-pratiques", "recettes", "ateliers")}
AUTHORS = json.loads((loader.CONTENT_DIR / "auteurs.json").read_text(encoding="utf-8"))["authors"]
SHEETS = DATA["fiches-pratiques"]


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
    assert len(DATA["fiches-pratiques"]) >= 16
    assert len(DATA["recettes"]) >= 15
    assert len(DATA["ateliers"]) >= 15
    assert 8 <= len(AUTHORS) <= 12
    slugs = [item["slug"] for items in DATA.values() for item in items]
    assert len(slugs) >= 45


def test_practice_sheets_cover_the_four_theme_categories_and_several_licences():
    used = {theme for sheet in SHEETS for theme in sheet["themes"]}
    categories = ThemeCategory.objects.filter(themes__slug__in=used).distinct()
    assert categories.count() == ThemeCategory.objects.count() == 4
    assert Theme.objects.filter(slug__in=used).count() == len(used)
    licences = [sheet["licence"] for sheet in SHEETS]
    assert len(set(licences)) == 5
    assert licences.count("cc-by-sa-4.0") > len(licences) / 3
    with_pdf = [
        sheet
        for sheet in SHEETS
        if any(isinstance(block, dict) and block["type"] == "document" for block in sheet["body"])
    ]
    assert len(with_pdf) >= 6
    assert len({sheet.get("territory", {}).get("departement") for sheet in SHEETS}) >= 8


def test_load_demo_content_builds_a_complete_site(client):
    # The image renditions made on publication are not the demo's: the load skips them
    # (tests/test_renditions.py covers them).
    with mock.patch.object(renditions, "make_public_renditions"):
        output = run()
    assert "ressources" in output and "auteurs" in output

    home = HomePage.objects.get()
    sections = {
        PracticeSheetIndexPage: ("fiches-pratiques", PracticeSheet, "fiches-pratiques"),
        ProjectRecipeIndexPage: ("recettes", ProjectRecipe, "recettes"),
        WorkshopMaterialIndexPage: ("ateliers", WorkshopMaterial, "ateliers"),
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

    # Dates spread over two years, as written in the files.
    data = next(item for item in SHEETS if item["slug"] == "creer-une-adresse-e-mail")
    sheet = PracticeSheet.objects.get(slug=data["slug"])
    assert sheet.first_published_at == datetime.fromisoformat(data["first_published"])
    assert sheet.last_published_at == datetime.fromisoformat(data["last_updated"])
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
    assert Author.objects.count() == len(AUTHORS)
    assert not Author.objects.filter(photo__isnull=True).exists()
    admin = User.objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("communs-admin")
    moderator = User.objects.get(username="moderatrice")
    assert moderator.groups.filter(name="Modérateurs").exists() and not moderator.is_superuser
    contributor = User.objects.get(username="contributeur")
    assert contributor.groups.filter(name="Contributeurs").exists()
    assert contributor.author_profile.name == loader.CONTRIBUTOR_AUTHOR
    assert User.objects.filter(email__endswith="@example.org").count() == 3

    # The site answers on its root with the demo content.
    Site.clear_site_root_paths_cache()
    assert client.get("/").status_code == 200
    response = client.get(sheet.url)
    assert response.status_code == 200 and sheet.title in response.content.decode()
    # Resources created while the search index was paused are indexed at the end.
    response = client.get("/recherche/", {"q": "hameçonnage"})
    assert "Reconnaître une arnaque" in response.content.decode()


def first_files(folder, count):
    return sorted((loader.CONTENT_DIR / folder).glob("*.json"))[:count]


@pytest.fixture
def content_copy(tmp_path, monkeypatch):
    """A small copy of the demo content the test may break, loaded instead of the real one.

    Every kind of file is there: the authors and their portraits, a workshop imported
    before the sheets (its section and cover image are written before the error), two
    sheets and a recipe imported after the broken sheet. The rest of the content adds
    nothing to what the rollback tests show."""
    folder = tmp_path / "content"
    shutil.copytree(loader.CONTENT_DIR / "medias", folder / "medias")
    shutil.copy(loader.CONTENT_DIR / "auteurs.json", folder)
    for name, count in (("ateliers", 1), ("fiches-pratiques", 2), ("recettes", 1)):
        (folder / name).mkdir()
        for path in first_files(name, count):
            shutil.copy(path, folder / name)
    monkeypatch.setattr(loader, "CONTENT_DIR", folder)
    return folder


def break_first_sheet(folder, **changes):
    path = sorted((folder / "fiches-pratiques").glob("*.json"))[0]
    payload = json.loads(path.read_text(encoding="utf-8"))
    payload["resources"][0].update(changes)
    path.write_text(json.dumps(payload), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"licence": "licence-maison"}, "licence : licence inconnu"),
        ({"themes": ["theme-inconnu"]}, "themes : thème inconnu « theme-inconnu »"),
        (
            {"body": [{"type": "callout", "kind": "inconnu", "text": "Texte"}]},
            "body : bloc 1 (Encadré astuce / attention) :",
        ),
    ],
)
def test_a_broken_file_is_reported_and_rolls_everything_back(content_copy, changes, expected):
    """Sections, accounts and images were written before the error: all undone."""
    path = break_first_sheet(content_copy, **changes)
    before = row_counts()
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("load_demo_content", stdout=io.StringIO(), stderr=err)
    lines = err.getvalue().splitlines()
    assert any(line.startswith(f"{path} : ressource 1 (") and expected in line for line in lines)
    assert row_counts() == before
    assert not PracticeSheet.objects.exists()


def test_a_second_load_changes_nothing(content_copy):
    """Every kind of file is in the small copy: loading it twice shows idempotency as
    well as the whole content would, in a fraction of the time."""
    run()
    before = row_counts()
    output = run()
    assert row_counts() == before
    assert "rien n'a été modifié" in output


def test_demo_accounts_prints_the_three_logins():
    output = run("demo_accounts")
    for account in loader.DEMO_ACCOUNTS:
        assert account["username"] in output and account["password"] in output
    assert "/admin/" in output and "usage local" in output
