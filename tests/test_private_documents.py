"""Documents of restricted collections: every path that hands out a document's content
answers exactly as Wagtail's own serve view does for the same visitor.

The oracle is ``/documents/<id>/<name>``: for every kind of collection restriction and
every kind of visitor, a document is in the course ZIP, in the selection ZIP and in the
documents API exactly when the serve view gives it to that visitor. The pages and
exports that only *list* documents say which ones are restricted, the same for everyone.
"""

import io
import zipfile

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client
from django.urls import reverse
from wagtail.models import BaseViewRestriction, CollectionViewRestriction

from commons.factories import DocumentFactory, root_collection
from courses.booklet import Booklet, ModuleSpec, SessionSpec
from courses.factories import CourseFactory, CourseIndexPageFactory
from courses.pdf import _local_file
from practices.factories import PracticeSheetFactory, WorkshopMaterialFactory

pytestmark = pytest.mark.django_db

PASSWORD = "mot-de-passe-du-document"
LOGIN_LABEL = "réservé aux personnes connectées"


def restricted_collection(name, restriction_type, parent=None, group=None):
    collection = (parent or root_collection()).add_child(name=name)
    if restriction_type:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection,
            restriction_type=restriction_type,
            password=PASSWORD if restriction_type == BaseViewRestriction.PASSWORD else "",
        )
        if group is not None:
            restriction.groups.add(group)
    return collection


def document_in(collection, key):
    document = DocumentFactory(title=f"Support {key}", collection=collection)
    # Unique content, to recognise the file inside an archive.
    document.file.save(f"{key}.pdf", ContentFile(f"%PDF-1.4 contenu {key}".encode()))
    return document


def handout(document):
    return {"type": "handout", "value": {"document": document.pk, "title": "", "kind": "autre"}}


@pytest.fixture
def world(sections, home_page, django_user_model):
    """One document per kind of restriction, each in a public workshop, all in one course."""
    group = Group.objects.create(name="Formateurs du réseau")
    login = restricted_collection("Connexion", BaseViewRestriction.LOGIN)
    collections = {
        "public": root_collection(),
        "connexion": login,
        "sous-dossier-connexion": restricted_collection("Sous-dossier", None, parent=login),
        "mot-de-passe": restricted_collection("Mot de passe", BaseViewRestriction.PASSWORD),
        "groupe": restricted_collection("Groupe", BaseViewRestriction.GROUPS, group=group),
    }
    documents = {key: document_in(collection, key) for key, collection in collections.items()}
    workshops = [
        WorkshopMaterialFactory(parent=sections.workshops, handouts=[handout(document)])
        for document in documents.values()
    ]
    course = CourseFactory(
        parent=CourseIndexPageFactory(parent=home_page), sessions=[("", workshops)]
    )
    member = django_user_model.objects.create_user("membre", "membre@example.org", "x")
    member.groups.add(group)
    outsider = django_user_model.objects.create_user("lectrice", "lectrice@example.org", "x")
    return {
        "documents": documents,
        "workshops": workshops,
        "course": course,
        "member": member,
        "outsider": outsider,
    }


def visitor(world, kind):
    client = Client()
    if kind == "membre du groupe":
        client.force_login(world["member"])
    elif kind == "connectée":
        client.force_login(world["outsider"])
    elif kind == "mot de passe saisi":
        restriction = CollectionViewRestriction.objects.get(
            restriction_type=BaseViewRestriction.PASSWORD
        )
        url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
        response = client.post(url, {"password": PASSWORD, "return_url": "/"})
        assert response.status_code == 302
    return client


def served_by_wagtail(client, document):
    response = client.get(document.url)
    if response.status_code != 200 or not response.streaming:  # a login or password form
        return False
    return b"".join(response.streaming_content) == document.file.open("rb").read()


def zip_members(response):
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    return files.pop("CREDITS.md").decode(), set(files.values())


def keys_in(world, contents):
    return {
        key
        for key, document in world["documents"].items()
        if document.file.open("rb").read() in contents
    }


VISITORS = ["anonyme", "mot de passe saisi", "connectée", "membre du groupe"]


@pytest.mark.parametrize("kind", VISITORS)
def test_every_path_gives_a_document_exactly_when_the_serve_view_does(world, kind):
    client = visitor(world, kind)
    readable = {
        key for key, document in world["documents"].items() if served_by_wagtail(client, document)
    }
    # The restrictions really differ between visitors (the oracle is not trivial).
    assert "public" in readable
    assert ("connexion" in readable) == (kind in ("connectée", "membre du groupe"))
    assert ("groupe" in readable) == (kind == "membre du groupe")
    assert ("mot-de-passe" in readable) == (kind == "mot de passe saisi")

    course_credits, course_files = zip_members(client.get(world["course"].url + "supports.zip"))
    assert keys_in(world, course_files) == readable

    for workshop in world["workshops"]:
        client.post(reverse("courses:selection_add"), {"page_id": workshop.pk})
    selection_credits, selection_files = zip_members(
        client.get(reverse("courses:selection_archive"))
    )
    assert keys_in(world, selection_files) == readable

    listed = {item["id"] for item in client.get("/api/v2/documents/").json()["items"]}
    assert listed == {world["documents"][key].pk for key in readable}

    # What was left out is named in the credits, with the reason.
    for credits in (course_credits, selection_credits):
        for key, document in world["documents"].items():
            if key not in readable:
                assert f"{document.title} — document " in credits
        assert ("connectez-vous" in credits) == (readable != set(world["documents"]))


def test_anonymous_course_zip_leaves_a_login_document_out_and_says_so(client, world):
    secret = world["documents"]["connexion"]
    credits, files = zip_members(client.get(world["course"].url + "supports.zip"))
    assert secret.file.open("rb").read() not in files
    assert f"{secret.title} — document {LOGIN_LABEL}" in credits

    client.force_login(world["outsider"])
    credits, files = zip_members(client.get(world["course"].url + "supports.zip"))
    assert secret.file.open("rb").read() in files
    assert LOGIN_LABEL not in credits


def test_a_booklet_without_request_is_built_for_an_anonymous_visitor(world):
    course = world["course"]
    booklet = course.build_booklet()
    attached = {a.document.pk for m in booklet.modules for a in m.attachments}
    assert attached == {world["documents"]["public"].pk}


def test_pages_and_exports_that_list_documents_mark_the_restricted_ones(client, world, sections):
    public, secret = world["documents"]["public"], world["documents"]["connexion"]
    sheet = PracticeSheetFactory(
        parent=sections.sheets,
        body=[
            {"type": "document", "value": {"document": public.pk, "title": "Libre"}},
            {"type": "document", "value": {"document": secret.pk, "title": "Réservé"}},
        ],
    )
    page_html = client.get(sheet.url).content.decode()
    assert f'<a href="{public.url}" download>' in page_html
    # No « download » attribute: the link leads to the login page first.
    assert f'<a href="{secret.url}">Réservé' in page_html
    assert page_html.count(LOGIN_LABEL) == 1

    workshop = world["workshops"][1]  # its handout is in the « connexion » collection
    workshop_html = client.get(workshop.url).content.decode()
    assert f'<a href="{secret.url}">' in workshop_html and LOGIN_LABEL in workshop_html

    booklet_html = client.get(world["course"].url + "livret/").content.decode()
    assert LOGIN_LABEL in booklet_html

    markdown = client.get(sheet.url + "markdown/").content.decode()
    assert f"/documents/{secret.pk}/" in markdown and f"({LOGIN_LABEL})" in markdown
    assert markdown.count("réservé") == 1

    # The same for a logged-in visitor: cached fragments and pages are shared.
    client.force_login(world["outsider"])
    assert LOGIN_LABEL in client.get(sheet.url).content.decode()


def test_the_pdf_renderer_never_reads_a_document_file(world, settings):
    base = "http://testserver/"
    secret = world["documents"]["connexion"]
    image_like = secret.file.name.replace("documents/", "images/", 1)
    assert secret.file.name.startswith("documents/")
    for path in (
        secret.file.name,
        "images/../" + secret.file.name,
        "./" + secret.file.name,
        "../" + secret.file.name,
    ):
        assert _local_file(f"{base.rstrip('/')}{settings.MEDIA_URL}{path}", base) is None, path
    # Other media files are still read (images of the booklet).
    default_storage.save(image_like, ContentFile(b"image"))
    found = _local_file(f"{base.rstrip('/')}{settings.MEDIA_URL}{image_like}", base)
    assert found is not None and found.read() == b"image"
    found.close()


def test_withheld_documents_are_per_request(rf, world):
    specs = [SessionSpec("", [ModuleSpec(page_id=w.pk) for w in world["workshops"]])]
    anonymous = rf.get("/")
    anonymous.user, anonymous.session = AnonymousUser(), {}
    logged = rf.get("/")
    logged.user, logged.session = world["member"], {}

    def attached(request):
        booklet = Booklet(title="Essai", sessions=specs, request=request)
        return {a.document.pk for m in booklet.modules for a in m.attachments}

    everything = {d.pk for k, d in world["documents"].items() if k != "mot-de-passe"}
    assert attached(logged) == everything
    assert attached(anonymous) == {world["documents"]["public"].pk}
