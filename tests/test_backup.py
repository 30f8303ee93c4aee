"""`manage.py backup DIR` and `manage.py restore ARCHIVE`: the round trip loses nothing."""

import gzip
import io
import json
import tarfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Page, PageLogEntry, Revision, Site

from commons.factories import DocumentFactory, ImageFactory, ThemeFactory
from commons.models import Author, Theme
from community.models import Feedback, Report
from courses.factories import CourseFactory, CourseIndexPageFactory
from courses.models import Course
from home.factories import get_home_page
from practices.factories import (
    PracticeSheetFactory,
    ProjectRecipeFactory,
    ProjectRecipeIndexPageFactory,
)
from practices.models import ResourcePage

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


# --------------------------------------------------------------------------
# A damaged or hostile archive changes nothing: the whole archive is checked first, and the
# restore runs in one transaction.


def installation_state():
    """The content, the media files and the derived search rows, in comparable form."""
    from wagtail.search.models import IndexEntry

    from commons.backup import media_files
    from search.models import SearchFacetSet, SearchIndexEntry, SearchIndexVersion

    return {
        **snapshot(),
        "media": sorted(media_files()),
        "search": sorted(SearchIndexEntry.objects.values_list("page_id", "title")),
        "facets": sorted(SearchFacetSet.objects.values_list("page_id", "packed")),
        "index_version": SearchIndexVersion.current(),
        "admin_index": IndexEntry.objects.count(),
    }


@pytest.fixture
def backed_up(content, sections, tmp_path):
    """A valid archive of ``content``, the state it holds, and an installation that has
    changed since (a page added), so that a partial restore cannot go unnoticed."""
    from search import indexing

    indexing.rebuild()
    call_command("update_index", verbosity=0)
    archived_state = installation_state()
    out = io.StringIO()
    call_command("backup", str(tmp_path / "sauvegardes"), stdout=out)
    archive = Path(out.getvalue().strip().splitlines()[-1])
    PracticeSheetFactory(parent=sections.sheets, title="Ajoutée après la sauvegarde")
    assert installation_state() != archived_state
    return archive, archived_state


def members_of(archive):
    with tarfile.open(archive, "r:gz") as source:
        return [
            (member, source.extractfile(member).read() if member.isfile() else None)
            for member in source.getmembers()
        ]


def file_member(name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info, data


def link_member(name, target, kind):
    info = tarfile.TarInfo(name)
    info.type, info.linkname = kind, target
    return info, None


def tar_gz(members):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as target:
        for info, data in members:
            target.addfile(info, io.BytesIO(data) if data is not None else None)
    return buffer.getvalue()


def replaced(members, name, data):
    return [file_member(name, data) if info.name == name else (info, d) for info, d in members]


def without(members, name):
    return [(info, data) for info, data in members if info.name != name]


def unloadable_data(members):
    """Valid JSON whose rows fail in the database, after the tables were emptied: a report
    on a page that does not exist."""
    data = json.loads(dict((info.name, d) for info, d in members)["data.json"])
    report = next(obj for obj in data if obj["model"] == "community.report")
    report["fields"]["page"] = 987654
    return replaced(members, "data.json", json.dumps(data).encode())


ESCAPE = "/tmp/communs-evasion-de-sauvegarde.txt"
DAMAGES = {
    # name: (what the archive becomes from (archive bytes, members), expected message)
    "tronquée au milieu": (lambda raw, m: raw[: len(raw) // 2], "illisible ou incomplète"),
    "tronquée dans la somme de contrôle": (lambda raw, m: raw[:-3], "illisible ou incomplète"),
    "pas une archive": (lambda raw, m: b"ceci n'est pas une archive", "illisible"),
    "gzip sans tar": (lambda raw, m: gzip.compress(b"bonjour" * 200), "illisible"),
    "chemin avec ..": (
        lambda raw, m: tar_gz([*m, file_member("media/../../evasion.txt", b"x")]),
        "Chemin refusé",
    ),
    "chemin absolu": (lambda raw, m: tar_gz([*m, file_member(ESCAPE, b"x")]), "Chemin refusé"),
    "chemin absolu sous media": (
        lambda raw, m: tar_gz([*m, file_member("media/" + ESCAPE, b"x")]),
        "Chemin refusé",
    ),
    "lien symbolique": (
        lambda raw, m: tar_gz([*m, link_member("media/documents/a.pdf", "/etc", tarfile.SYMTYPE)]),
        "lien ou fichier spécial",
    ),
    "lien physique": (
        lambda raw, m: tar_gz([*m, link_member("media/b.pdf", "data.json", tarfile.LNKTYPE)]),
        "lien ou fichier spécial",
    ),
    "élément inattendu": (
        lambda raw, m: tar_gz([*m, file_member("autre.txt", b"x")]),
        "inattendu",
    ),
    "élément en double": (
        lambda raw, m: tar_gz([*m, file_member("data.json", b"[]")]),
        "en double",
    ),
    "sans data.json": (lambda raw, m: tar_gz(without(m, "data.json")), "ne contient pas data"),
    "sans manifest.json": (
        lambda raw, m: tar_gz(without(m, "manifest.json")),
        "pas une sauvegarde de Communs",
    ),
    "JSON corrompu": (
        lambda raw, m: tar_gz(replaced(m, "data.json", b'[{"model": "wagtailcore.page", ')),
        "data.json illisible",
    ),
    "manifest corrompu": (
        lambda raw, m: tar_gz(replaced(m, "manifest.json", b"{")),
        "manifest.json illisible",
    ),
    "données qui ne se chargent pas": (
        lambda raw, m: tar_gz(unloadable_data(m)),
        "ne se chargent pas",
    ),
}


def test_a_bad_archive_changes_nothing_and_says_why_in_french(backed_up, tmp_path, subtests):
    # One installation and archive for every damage: each refused restore must leave the
    # installation as it was, which is what the next damage starts from.
    archive, _ = backed_up
    raw, members = archive.read_bytes(), members_of(archive)
    for damage, (make, expected) in DAMAGES.items():
        with subtests.test(damage=damage):
            bad = tmp_path / "abimee.tar.gz"
            bad.write_bytes(make(raw, members))
            before = installation_state()
            with pytest.raises(CommandError) as refused:
                call_command("restore", str(bad), "--force", stdout=io.StringIO())
            message = str(refused.value)
            assert expected in message and "Rien n'a été modifié." in message
            assert installation_state() == before
            assert not Path(ESCAPE).exists()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(damage=st.data())
def test_a_damaged_archive_restores_entirely_or_not_at_all(backed_up, tmp_path, damage):
    """Cut or change one byte anywhere: the restore is refused, in French, and nothing
    changed; or (a byte the gzip checksum does not cover) it restores the whole archive."""
    archive, archived_state = backed_up
    raw = archive.read_bytes()
    offset = damage.draw(st.integers(0, len(raw) - 1), label="offset")
    if damage.draw(st.booleans(), label="tronquer"):
        damaged = raw[:offset]
    else:
        flip = damage.draw(st.integers(1, 255), label="xor")
        damaged = raw[:offset] + bytes([raw[offset] ^ flip]) + raw[offset + 1 :]
    bad = tmp_path / "abimee.tar.gz"
    bad.write_bytes(damaged)
    before = installation_state()
    try:
        call_command("restore", str(bad), "--force", stdout=io.StringIO())
    except CommandError as refused:
        assert "Rien n'a été modifié." in str(refused)
        assert installation_state() == before
    else:
        restored = installation_state()
        # A fresh index token; files added since the backup stay in the storage, unused.
        assert restored.pop("index_version") != archived_state["index_version"]
        assert set(restored.pop("media")) >= set(archived_state["media"])
        assert restored == {
            key: value
            for key, value in archived_state.items()
            if key not in ("index_version", "media")
        }
