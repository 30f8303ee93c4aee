"""`manage.py backup DIR` and `manage.py restore ARCHIVE`: the round trip loses nothing."""

import io
import json
import tarfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.urls import reverse
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Page, PageLogEntry, Revision, Site

from commons.models import Author, Theme
from community.models import Feedback, Report
from courses.models import Course
from practices.models import ResourcePage
from tests.courses_helpers import CourseFactory, CourseIndexPageFactory
from tests.factories import (
    DocumentFactory,
    ImageFactory,
    PracticeSheetFactory,
    ProjectRecipeFactory,
    ProjectRecipeIndexPageFactory,
    ThemeFactory,
    get_home_page,
)

# Not transactional: restore runs in one transaction, rolled back after each test (a
# transactional test would need Django to flush tables it cannot truncate on PostgreSQL).
pytestmark = pytest.mark.django_db


def snapshot():
    """What must survive the round trip, in comparable form."""
    image_model, document_model = get_image_model(), get_document_model()
    return {
        "pages": sorted(Page.objects.values_list("pk", "title", "url_path", "live", "path")),
        "resources": sorted(ResourcePage.objects.values_list("pk", "summary", "licence_id")),
        "themes_of": sorted(
            ResourcePage.themes.through.objects.values_list("resourcepage_id", "theme_id")
        ),
        "revisions": sorted(
            Revision.objects.values_list("pk", "object_id", "content", "approved_go_live_at")
        ),
        "images": sorted(
            (i.pk, i.title, i.file.name, i.file.read()) for i in image_model.objects.all()
        ),
        "documents": sorted(
            (d.pk, d.title, d.file.name, d.file.read()) for d in document_model.objects.all()
        ),
        "themes": sorted(Theme.objects.values_list("pk", "slug", "label")),
        "tags": sorted(Tag.objects.values_list("pk", "name", "slug")),
        "authors": sorted(Author.objects.values_list("pk", "name")),
        "reports": sorted(Report.objects.values_list("pk", "page_id", "reason", "comment")),
        "feedback": sorted(Feedback.objects.values_list("pk", "page_id", "rating")),
        "courses": sorted(Course.objects.values_list("pk", "title")),
        "users": sorted(get_user_model().objects.values_list("username", "password")),
        "sites": sorted(Site.objects.values_list("hostname", "root_page_id")),
        # The history, including what it says of deleted pages, files and people.
        "page_log": sorted(
            PageLogEntry.objects.values_list(
                "pk", "page_id", "user_id", "revision_id", "action", "label", "content_type"
            )
        ),
        "model_log": sorted(
            ModelLogEntry.objects.values_list(
                "pk", "object_id", "user_id", "action", "label", "content_type"
            )
        ),
    }


@pytest.fixture
def content(sections):
    image = ImageFactory(title="Photo de l'atelier")
    document = DocumentFactory(title="Fiche participant")
    theme = ThemeFactory(label="Thème ajouté")
    sheet = PracticeSheetFactory(
        parent=sections.sheets, cover_image=image, themes=[theme], tags=["tablette", "seniors"]
    )
    sheet.title = "Deuxième version"
    sheet.save_revision().publish()
    draft = ProjectRecipeFactory(parent=sections.recipes, publish=False)
    recipe = ProjectRecipeFactory(parent=sections.recipes)
    Report.objects.create(page=sheet, reason="erreur", comment="Un lien est cassé")
    Feedback.objects.create(page=recipe, rating=4, session_key="abc")
    get_user_model().objects.create_user("moderatrice", "m@example.org", "motdepasse-1")
    CourseFactory(parent=CourseIndexPageFactory(parent=get_home_page()), sessions=[])
    return {"sheet": sheet, "draft": draft, "document": document, "recipe": recipe}


@pytest.fixture
def history(content, sections, client):
    """What a year of moderation leaves behind: pages deleted or moved, files deleted and a
    moderator who left, all done through the admin so that Wagtail logs it as usual."""
    moderator = get_user_model().objects.create_superuser(
        "moderateur-parti", "parti@example.org", "mot-de-passe-long"
    )
    client.force_login(moderator)
    doomed = PracticeSheetFactory(parent=sections.sheets, title="Fiche supprimée")
    doomed.title = "Fiche supprimée, version 2"
    doomed.save_revision(user=moderator).publish(user=moderator)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[doomed.pk]))
    assert response.status_code == 302 and not Page.objects.filter(pk=doomed.pk).exists()
    # A contributor's own draft, deleted too.
    response = client.post(reverse("wagtailadmin_pages:delete", args=[content["draft"].pk]))
    assert response.status_code == 302
    moved, archive = content["recipe"], ProjectRecipeIndexPageFactory(parent=get_home_page())
    response = client.post(reverse("wagtailadmin_pages:move_confirm", args=[moved.pk, archive.pk]))
    assert response.status_code == 302
    assert Page.objects.get(pk=moved.pk).get_parent().pk == archive.pk
    image = ImageFactory(title="Image supprimée")
    response = client.post(reverse("wagtailimages:delete", args=[image.pk]))
    assert response.status_code == 302 and not get_image_model().objects.filter(pk=image.pk)
    response = client.post(reverse("wagtaildocs:delete", args=[content["document"].pk]))
    assert response.status_code == 302
    client.logout()
    moderator.delete()
    assert PageLogEntry.objects.filter(page_id=doomed.pk, action="wagtail.delete").exists()
    assert PageLogEntry.objects.filter(user_id=moderator.pk).exists()
    return content


def test_round_trip_into_an_empty_installation_loses_nothing(history, tmp_path, client):
    before = snapshot()
    out = io.StringIO()
    call_command("backup", str(tmp_path), stdout=out)
    archive = Path(out.getvalue().strip().splitlines()[-1])
    assert archive.exists() and archive.suffixes[-2:] == [".tar", ".gz"]

    # An empty installation: no content, no media files.
    from commons.backup import _empty_tables

    _empty_tables()
    for image in before["images"]:
        default_storage.delete(image[2])
    for document in before["documents"]:
        default_storage.delete(document[2])
    assert not ResourcePage.objects.exists()

    call_command("restore", str(archive), stdout=io.StringIO())
    assert snapshot() == before

    # The site works again: pages render and the search index was rebuilt.
    Site.clear_site_root_paths_cache()
    sheet = history["sheet"]
    response = client.get(sheet.url)
    assert response.status_code == 200
    assert "Deuxième version" in response.content.decode()
    assert client.get("/recherche/?q=version").status_code == 200
    # Wagtail's own index (admin search) too, in the same process.
    from wagtail.search.backends import get_search_backend

    found = get_search_backend().search("Deuxième version", ResourcePage)
    assert [page.pk for page in found] == [sheet.pk]


def test_backup_works_after_a_page_is_deleted_in_the_admin(sections, tmp_path, client):
    """The log entries of a deleted page alone used to stop every later backup."""
    moderator = get_user_model().objects.create_superuser("moderatrice", "m@example.org", "x")
    client.force_login(moderator)
    doomed = PracticeSheetFactory(parent=sections.sheets)
    doomed.save_revision(user=moderator).publish(user=moderator)
    assert client.post(reverse("wagtailadmin_pages:delete", args=[doomed.pk])).status_code == 302
    call_command("backup", str(tmp_path), stdout=io.StringIO())
    (archive,) = tmp_path.glob("*.tar.gz")
    with tarfile.open(archive, "r:gz") as opened:
        objects = json.loads(opened.extractfile("data.json").read())
    logged = {
        (obj["fields"]["page"], obj["fields"]["action"])
        for obj in objects
        if obj["model"] == "wagtailcore.pagelogentry"
    }
    # The history of the deleted page is kept, with its id as plain data.
    assert {(doomed.pk, "wagtail.publish"), (doomed.pk, "wagtail.delete")} <= logged


def test_archives_with_derived_rows_of_earlier_versions_restore(content, tmp_path):
    out = io.StringIO()
    call_command("backup", str(tmp_path), stdout=out)
    archive = Path(out.getvalue().strip().splitlines()[-1])
    # An archive written before the facet rows were packed held one row per value.
    legacy = tmp_path / "ancienne.tar.gz"
    with tarfile.open(archive, "r:gz") as source, tarfile.open(legacy, "w:gz") as target:
        for member in source.getmembers():
            data = source.extractfile(member).read() if member.isfile() else None
            if member.name == "data.json":
                objects = json.loads(data)
                objects.append(
                    {
                        "model": "search.searchfacetvalue",
                        "pk": 1,
                        "fields": {"page_id": 1, "key": "type", "value": "fiche"},
                    }
                )
                data = json.dumps(objects).encode()
                member.size = len(data)
            target.addfile(member, io.BytesIO(data) if data is not None else None)
    call_command("restore", str(legacy), "--force", stdout=io.StringIO())
    assert ResourcePage.objects.filter(title="Deuxième version").exists()


def test_restore_refuses_a_non_empty_installation_without_force(content, tmp_path):
    out = io.StringIO()
    call_command("backup", str(tmp_path), stdout=out)
    archive = out.getvalue().strip().splitlines()[-1]
    with pytest.raises(CommandError, match="contient déjà des données"):
        call_command("restore", archive, stdout=io.StringIO())
    # --force replaces the content.
    PracticeSheetFactory(parent=content["sheet"].get_parent(), title="Ajoutée après")
    call_command("restore", archive, "--force", stdout=io.StringIO())
    assert not ResourcePage.objects.filter(title="Ajoutée après").exists()
    assert ResourcePage.objects.filter(title="Deuxième version").exists()


def test_restore_rejects_what_is_not_a_backup(tmp_path, db):
    bogus = tmp_path / "pas-une-sauvegarde.tar.gz"
    bogus.write_bytes(b"ceci n'est pas une archive")
    with pytest.raises(CommandError, match="Archive illisible"):
        call_command("restore", str(bogus), stdout=io.StringIO())
    empty = tmp_path / "vide.tar.gz"
    with tarfile.open(empty, "w:gz"):
        pass
    with pytest.raises(CommandError, match="pas une sauvegarde de Communs"):
        call_command("restore", str(empty), stdout=io.StringIO())
