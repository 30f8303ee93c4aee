"""Course pages: durations, order, unavailable modules, and the three exports."""

import io
import re
import zipfile
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pypdf import PdfReader
from wagtail.blocks.struct_block import StructBlockValidationError

from commons.factories import DocumentFactory
from community.factories import make_contributor, make_moderator
from courses.blocks import ModuleBlock
from courses.booklet import ModuleSpec
from courses.factories import CourseFactory, CourseIndexPageFactory
from courses.models import Course, CourseIndexPage
from home.models import HomePage
from practices.factories import PracticeSheetFactory, WorkshopMaterialFactory
from practices.models import WorkshopMaterial

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_index(site, home_page):
    return CourseIndexPageFactory(parent=home_page)


@pytest.fixture
def resources(make_resources):
    """One sheet (20 min), one recipe (no duration), one workshop (run-through 90 min)."""
    made = make_resources(1)
    return made.sheets[0], made.recipes[0], made.workshops[0]


@pytest.fixture
def course(course_index, resources):
    sheet, recipe, workshop = resources
    return CourseFactory(
        parent=course_index,
        title="Accompagner les démarches en ligne",
        sessions=[
            ("Jour 1", [sheet, ModuleSpec(workshop.pk, notes="<p>Prévoir les tablettes.</p>")]),
            ("Jour 2", [ModuleSpec(recipe.pk, duration_override=30)]),
        ],
    )


def module_titles_in(html, titles):
    """Positions of each title in ``html`` (-1 when missing)."""
    return [html.find(title) for title in titles]


# Structure and durations ---------------------------------------------------------------


def test_course_section_can_be_created_under_the_home_page():
    assert CourseIndexPage in HomePage.allowed_subpage_models()
    assert Course.allowed_parent_page_models() == [CourseIndexPage]


def test_durations_per_module_per_session_and_overall(course, resources):
    sheet, recipe, workshop = resources
    # The workshop's duration comes from its timed run-through, not the stored field.
    WorkshopMaterial.objects.filter(pk=workshop.pk).update(duration_minutes=5)
    booklet = Course.objects.get(pk=course.pk).build_booklet()

    assert [m.duration for m in booklet.modules] == [20, 90, 30]
    day1, day2 = booklet.sessions
    assert (day1.title, day1.total_minutes, day1.total_label) == ("Jour 1", 110, "1 h 50")
    assert (day2.title, day2.total_minutes) == ("Jour 2", 30)
    assert booklet.total_minutes == 140
    assert booklet.is_total_complete


def test_course_page_shows_sessions_durations_and_totals(client, course):
    response = client.get(course.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Jour 1" in html and "Jour 2" in html
    assert "1 h 50" in html  # day 1
    assert "2 h 20" in html  # whole course
    assert "1 h 30" in html  # the workshop, from its run-through
    assert "Prévoir les tablettes." in html
    for route in ("livret/", "livret.pdf", "supports.zip"):
        assert f'href="{course.url}{route}"' in html


def test_missing_durations_are_flagged_not_invented(course_index, resources):
    sheet, recipe, _ = resources
    course = CourseFactory(parent=course_index, sessions=[("", [sheet, recipe])])
    booklet = course.build_booklet()
    assert booklet.total_minutes == 20
    assert not booklet.is_total_complete
    assert booklet.modules[1].duration is None


def test_modules_keep_their_order_across_sessions(client, course, resources):
    sheet, recipe, workshop = resources
    booklet = course.build_booklet()
    assert [m.number for m in booklet.modules] == [1, 2, 3]
    assert [m.resource.pk for m in booklet.modules] == [sheet.pk, workshop.pk, recipe.pk]

    html = client.get(course.url).content.decode()
    positions = module_titles_in(html, [sheet.title, workshop.title, recipe.title])
    assert -1 not in positions and positions == sorted(positions)


def test_course_index_lists_published_courses(client, course, course_index):
    draft = CourseFactory(parent=course_index, title="Parcours en préparation")
    draft.unpublish()
    response = client.get(course_index.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert course.title in html
    assert "Parcours en préparation" not in html
    assert "3 modules" in html


# Most queries to build a booklet, whatever its number of modules (measured).
BOOKLET_MAX_QUERIES = 10


def test_module_pages_are_resolved_in_a_constant_number_of_queries(course_index, make_resources):
    made = make_resources(4)
    pages = made.sheets + made.recipes + made.workshops
    one_of_each = [made.sheets[0], made.recipes[0], made.workshops[0]]
    small = CourseFactory(parent=course_index, sessions=[("", one_of_each)])
    large = CourseFactory(parent=course_index, sessions=[("A", pages[:6]), ("B", pages[6:])])

    def queries(course):
        course = Course.objects.get(pk=course.pk)
        with CaptureQueriesContext(connection) as captured:
            course.build_booklet()
        return len(captured)

    queries(small)  # warm the caches (content types, site root paths)
    assert queries(large) == queries(small)
    assert queries(large) <= BOOKLET_MAX_QUERIES, queries(large)


# Unavailable modules -------------------------------------------------------------------


def test_unpublished_or_deleted_resources_become_unavailable_modules(client, course, resources):
    sheet, recipe, workshop = resources
    sheet.unpublish()
    recipe.delete()

    booklet = Course.objects.get(pk=course.pk).build_booklet()
    assert [m.available for m in booklet.modules] == [False, True, False]
    assert booklet.modules[0].title == "Module indisponible"
    assert booklet.modules[2].duration == 30  # the trainer's own duration still counts
    assert booklet.total_minutes == 120
    assert [c.resource.pk for c in booklet.credits] == [workshop.pk]

    page = client.get(course.url)
    assert page.status_code == 200
    assert "Module indisponible" in page.content.decode()
    assert sheet.title not in page.content.decode()

    html = client.get(course.url + "livret/")
    assert html.status_code == 200 and "Module indisponible" in html.content.decode()
    archive = client.get(course.url + "supports.zip")
    assert archive.status_code == 200
    with zipfile.ZipFile(io.BytesIO(b"".join(archive.streaming_content))) as zipped:
        assert "CREDITS.md" in zipped.namelist()


def test_module_block_refuses_an_unpublished_resource(sections):
    draft = PracticeSheetFactory(parent=sections.sheets, publish=False)
    block = ModuleBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"resource": draft.pk}))
    published = PracticeSheetFactory(parent=sections.sheets)
    assert block.clean(block.to_python({"resource": published.pk}))["resource"].pk == published.pk


# Booklet -------------------------------------------------------------------------------


def test_booklet_contains_every_module_in_order_with_notes_and_credits(client, course, resources):
    sheet, recipe, workshop = resources
    response = client.get(course.url + "livret/")
    assert response.status_code == 200
    html = response.content.decode()

    assert html.count('<article class="booklet-module') == 3
    positions = [html.find(f'id="module-{n}-titre"') for n in (1, 2, 3)]
    assert -1 not in positions and positions == sorted(positions)
    body = html[positions[0] :]
    order = module_titles_in(body, [sheet.title, workshop.title, recipe.title])
    assert -1 not in order and order == sorted(order)

    # Full content of each module, trainer notes and durations.
    assert "Préparer la séance" in html  # the sheet's body
    assert "Manipulation guidée" in html  # the workshop's run-through
    assert "Réunir les partenaires" in html  # the recipe's steps
    assert "Prévoir les tablettes." in html
    assert "1 h 30" in html and "30 min" in html
    assert 'href="#module-1"' in html  # table of contents

    credits = html[html.index('id="credits"') :]
    for resource in resources:
        assert resource.title in credits
        assert resource.get_full_url() in credits
        for author in resource.authors.all():
            assert author.name in credits
    assert sheet.licence.name in credits


def test_booklet_pdf_is_a_pdf_with_a_page_per_module(client, course, resources):
    sheet, recipe, workshop = resources
    response = client.get(course.url + "livret.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")

    reader = PdfReader(io.BytesIO(response.content))
    pages = [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]
    # Cover, contents, one page at least per module, credits.
    assert len(pages) >= 3 + 2
    module_pages = []
    for number, resource in enumerate((sheet, workshop, recipe), start=1):
        found = [
            i
            for i, text in enumerate(pages)
            if f"MODULE {number}" in text.upper() and resource.title in text
        ]
        assert found, f"module {number} absent du PDF"
        module_pages.append(found[0])
    assert module_pages == sorted(set(module_pages))
    assert "Crédits et licences" in pages[-1] or "Crédits et licences" in " ".join(pages[-2:])


def test_booklet_pdf_explains_in_french_when_weasyprint_is_missing(client, course, monkeypatch):
    from courses import pdf

    def missing():
        raise pdf.PDFUnavailable("cannot load library 'libpango-1.0-0'")

    monkeypatch.setattr(pdf, "_load_weasyprint", missing)
    response = client.get(course.url + "livret.pdf")
    assert response.status_code == 503
    assert "Le livret PDF n'est pas disponible" in response.content.decode()


# Archive -------------------------------------------------------------------------------


def test_archive_holds_each_document_once_in_module_order_with_credits(
    client, course_index, sections
):
    shared = DocumentFactory(title="Fiche mémo commune")
    first = WorkshopMaterialFactory(
        parent=sections.workshops,
        title="Découvrir la tablette",
        handouts=[
            {"type": "handout", "value": {"document": shared.pk, "title": "", "kind": "autre"}}
        ],
    )
    own = DocumentFactory(title="Diaporama de l'atelier")
    second = WorkshopMaterialFactory(
        parent=sections.workshops,
        title="Envoyer une photo : le guide",
        handouts=[
            {"type": "handout", "value": {"document": own.pk, "title": "", "kind": "diaporama"}},
            {"type": "handout", "value": {"document": shared.pk, "title": "", "kind": "autre"}},
        ],
    )
    sheet_doc = DocumentFactory(title="Modèle de courrier")
    sheet = PracticeSheetFactory(
        parent=sections.sheets,
        body=[{"type": "document", "value": {"document": sheet_doc.pk, "title": "Le modèle"}}],
    )
    course = CourseFactory(parent=course_index, sessions=[("", [first, second, sheet])])

    response = client.get(course.url + "supports.zip")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as archive:
        names = archive.namelist()
        assert names == [
            "01 - Découvrir la tablette - fiche-memo-commune.pdf",
            "02 - Envoyer une photo le guide - diaporama-de-latelier.pdf",
            f"03 - {sheet.title} - le-modele.pdf",
            "CREDITS.md",
        ]
        assert archive.read(names[0]).startswith(b"%PDF")
        credits = archive.read("CREDITS.md").decode()

    for resource in (first, second, sheet):
        assert resource.title in credits
        assert resource.get_full_url() in credits
        assert resource.licence.name in credits
        for author in resource.authors.all():
            assert author.name in credits
    for number in (1, 2, 3):
        assert f"(module {number})" in credits
    assert credits.count("01 - Découvrir la tablette - fiche-memo-commune.pdf") == 2


# Demo content --------------------------------------------------------------------------


def test_demo_courses_use_demo_resources_by_slug_and_are_idempotent(site, sections):
    from io import StringIO

    from django.core.management import call_command

    sheet = PracticeSheetFactory(parent=sections.sheets, slug="franceconnect-pas-a-pas")
    workshop = WorkshopMaterialFactory(parent=sections.workshops, slug="premiers-pas-sur-tablette")
    out = StringIO()
    call_command("load_demo_courses", stdout=out)
    call_command("load_demo_courses", stdout=out)

    index = CourseIndexPage.objects.get()
    courses = list(Course.objects.child_of(index).live())
    assert len(courses) == 2
    modules = {c.slug: [m.resource for m in c.build_booklet().modules] for c in courses}
    assert [r.pk for r in modules["former-les-aidants-aux-demarches-en-ligne"]] == [sheet.pk]
    assert [r.pk for r in modules["animer-des-ateliers-pour-grands-debutants"]] == [workshop.pk]
    assert "déjà présent" in out.getvalue()
    assert "Ressources absentes, ignorées" in out.getvalue()


def test_demo_courses_are_skipped_without_demo_resources(site):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("load_demo_courses", stdout=out)
    assert CourseIndexPage.objects.count() == 1
    assert not Course.objects.exists()
    assert "non créé" in out.getvalue()


# Editing ------------------------------------------------------------------------------


def test_contributors_edit_courses_in_the_admin(client, course, course_index):
    """A contributor, not a superuser, edits in the admin the course they own (saved from
    their selection), not someone else's; the admin's add form for courses is for the
    moderators, like every page that is not a resource."""
    contributor = make_contributor("formatrice")
    client.force_login(contributor)
    edit_url = f"/admin/pages/{course.pk}/edit/"
    assert client.get(edit_url).status_code != 200
    course.owner = contributor
    course.save(update_fields=["owner"])
    edit = client.get(edit_url)
    assert edit.status_code == 200
    assert "Programme" in edit.content.decode() and "Jour 1" in edit.content.decode()
    add_url = f"/admin/pages/add/courses/course/{course_index.pk}/"
    assert client.get(add_url).status_code != 200

    client.force_login(make_moderator("moderatrice"))
    add = client.get(add_url)
    assert add.status_code == 200
    assert "Programme" in add.content.decode()


# Bounds on PDF renders -----------------------------------------------------------------


def test_course_pdf_renders_count_against_the_address_too(client, course, settings):
    from django.core.cache import cache

    cache.clear()
    settings.COMMONS_PDF_RATE_LIMIT = (1, 600)
    assert client.get(course.url + "livret.pdf").status_code == 200
    course.title = "Accompagner les démarches en ligne, deuxième édition"
    course.save_revision().publish()
    refused = client.get(course.url + "livret.pdf")
    assert refused.status_code == 429
    assert "Trop de livrets PDF demandés" in refused.content.decode()
    assert "Retry-After" in refused


def test_course_longer_than_a_pdf_may_hold_is_refused_in_french(client, course, settings):
    settings.COMMONS_PDF_MAX_MODULES = 2
    response = client.get(course.url + "livret.pdf")
    assert response.status_code == 422
    html = unescape(response.content.decode())
    assert "Ce livret compte 3 modules : le livret PDF est fabriqué jusqu'à 2 modules." in html
    assert 'href="livret/"' in html
    assert client.get(course.url + "livret/").status_code == 200
