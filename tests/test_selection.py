"""« Ma sélection »: plain forms in the visitor's session, exports, saving as a course."""

import io
import zipfile

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from community.models import CONTRIBUTORS_GROUP
from courses.factories import CourseIndexPageFactory
from courses.models import Course
from courses.selection import SESSION_KEY
from practices.factories import PracticeSheetFactory

pytestmark = pytest.mark.django_db

ADD = reverse("courses:selection_add")
REMOVE = reverse("courses:selection_remove")
MOVE = reverse("courses:selection_move")
CLEAR = reverse("courses:selection_clear")
SAVE = reverse("courses:selection_save")
SELECTION = reverse("courses:selection")


@pytest.fixture
def three(make_resources):
    made = make_resources(1)
    return [made.sheets[0], made.workshops[0], made.recipes[0]]


def chosen(client):
    return client.session.get(SESSION_KEY, [])


def add_all(client, pages):
    for page in pages:
        client.post(ADD, {"page_id": page.pk})


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


# Add, reorder, remove ------------------------------------------------------------------


def test_every_resource_page_has_an_add_form(client, three):
    html = client.get(three[0].url).content.decode()
    assert f'action="{ADD}"' in html
    assert f'name="next" value="{three[0].url}#ma-selection"' in html
    assert f'name="page_id" value="{three[0].pk}"' in html
    assert "Ajouter à ma sélection" in html


def test_add_redirects_back_with_a_message(client, three):
    sheet = three[0]
    response = client.post(ADD, {"page_id": sheet.pk, "next": sheet.url}, follow=True)
    assert response.redirect_chain[-1][0] == sheet.url
    assert chosen(client) == [sheet.pk]
    assert f"« {sheet.title} » a été ajoutée à votre sélection." in messages_of(response)
    # The message shows next to the button; the form gives way to a link to the selection.
    html = response.content.decode()
    assert f"« {sheet.title} » a été ajoutée à votre sélection." in html
    assert "Cette ressource est dans votre sélection." in html
    assert f'action="{ADD}"' not in html

    again = client.post(ADD, {"page_id": sheet.pk}, follow=True)
    assert chosen(client) == [sheet.pk]
    assert f"« {sheet.title} » est déjà dans votre sélection." in messages_of(again)


def test_add_ignores_foreign_redirects(client, three):
    response = client.post(ADD, {"page_id": three[0].pk, "next": "https://example.org/"})
    assert response.status_code == 302
    assert response["Location"] == SELECTION


@pytest.mark.parametrize("value", ["abc", "", "12.5", "999999"])
def test_bad_ids_are_refused_with_a_french_message(client, three, value):
    response = client.post(ADD, {"page_id": value}, follow=True)
    assert response.status_code == 200
    assert chosen(client) == []
    assert any("ressource" in message for message in messages_of(response))


def test_unpublished_and_non_resource_pages_cannot_be_added(client, sections, home_page):
    draft = PracticeSheetFactory(parent=sections.sheets, publish=False)
    for page in (draft, home_page, sections.sheets):
        response = client.post(ADD, {"page_id": page.pk}, follow=True)
        assert response.status_code == 200
        assert (
            "Cette ressource n'existe pas ou n'est pas publiée : elle n'a pas été ajoutée."
            in messages_of(response)
        )
    assert chosen(client) == []


def test_reorder_with_up_and_down(client, three):
    a, b, c = three
    add_all(client, three)
    client.post(MOVE, {"page_id": c.pk, "direction": "haut"})
    assert chosen(client) == [a.pk, c.pk, b.pk]
    client.post(MOVE, {"page_id": a.pk, "direction": "bas"})
    assert chosen(client) == [c.pk, a.pk, b.pk]

    # Out of bounds or unknown moves change nothing and say why.
    response = client.post(MOVE, {"page_id": c.pk, "direction": "haut"}, follow=True)
    assert "Cette ressource ne peut pas être déplacée ainsi." in messages_of(response)
    response = client.post(MOVE, {"page_id": c.pk, "direction": "loin"}, follow=True)
    assert response.status_code == 200
    assert chosen(client) == [c.pk, a.pk, b.pk]


def test_remove_and_empty(client, three):
    a, b, c = three
    add_all(client, three)
    client.post(REMOVE, {"page_id": b.pk})
    assert chosen(client) == [a.pk, c.pk]
    response = client.post(REMOVE, {"page_id": "x"}, follow=True)
    assert response.status_code == 200 and chosen(client) == [a.pk, c.pk]
    response = client.post(CLEAR, follow=True)
    assert chosen(client) == []
    assert "Votre sélection a été vidée." in messages_of(response)


def test_forms_only_accept_post(client, three):
    assert client.get(ADD, {"page_id": three[0].pk}).status_code == 405
    assert chosen(client) == []


def test_two_visitors_have_separate_selections(three):
    alice, bob = Client(), Client()
    add_all(alice, three[:2])
    add_all(bob, three[2:])
    assert chosen(alice) == [three[0].pk, three[1].pk]
    assert chosen(bob) == [three[2].pk]

    html = bob.get(SELECTION).content.decode()
    assert three[2].title in html
    assert three[0].title not in html


def test_selection_page_works_without_javascript(client, three):
    add_all(client, three)
    response = client.get(SELECTION)
    assert response.status_code == 200
    html = response.content.decode()
    positions = [html.find(page.title) for page in three]
    assert -1 not in positions and positions == sorted(positions)
    for action in (MOVE, REMOVE, CLEAR):
        assert f'action="{action}"' in html
    assert html.count('name="csrfmiddlewaretoken"') >= 7
    assert 'href="/selection/livret/"' in html
    assert 'href="/selection/supports.zip"' in html


def test_unpublished_resource_in_a_selection_is_shown_unavailable(client, three):
    add_all(client, three)
    three[1].unpublish()
    response = client.get(SELECTION)
    assert response.status_code == 200
    assert "Module indisponible" in response.content.decode()
    # It can still be removed.
    client.post(REMOVE, {"page_id": three[1].pk})
    assert chosen(client) == [three[0].pk, three[2].pk]


# Exports -------------------------------------------------------------------------------


def test_empty_selection_exports_redirect_to_the_selection(client, site):
    for name in ("selection_booklet", "selection_booklet_pdf", "selection_archive"):
        response = client.get(reverse(f"courses:{name}"))
        assert response.status_code == 302 and response["Location"] == SELECTION


def test_selection_booklet_pdf_and_archive(client, three):
    a, b, c = three
    add_all(client, [c, a, b])

    html = client.get(reverse("courses:selection_booklet")).content.decode()
    positions = [html.find(f'id="module-{n}-titre"') for n in (1, 2, 3)]
    assert -1 not in positions
    titles = [html.find(page.title, positions[0]) for page in (c, a, b)]
    assert titles == sorted(titles)
    assert 'id="credits"' in html

    pdf = client.get(reverse("courses:selection_booklet_pdf"))
    assert pdf["Content-Type"] == "application/pdf"
    assert len(PdfReader(io.BytesIO(pdf.content)).pages) >= 3

    archive = client.get(reverse("courses:selection_archive"))
    with zipfile.ZipFile(io.BytesIO(b"".join(archive.streaming_content))) as zipped:
        names = zipped.namelist()
        credits = zipped.read("CREDITS.md").decode()
    # The workshop (module 3) has one handout.
    assert names == [f"03 - {b.title} - fiche-memo-a-emporter.pdf", "CREDITS.md"]
    for page in three:
        assert page.title in credits


# Saving as a course --------------------------------------------------------------------


@pytest.fixture
def course_index(site, home_page):
    return CourseIndexPageFactory(parent=home_page)


def make_user(username, group=None):
    user = User.objects.create_user(username, f"{username}@example.org", "motdepasse-solide")
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def test_anonymous_visitors_cannot_save_a_selection(client, three, course_index):
    add_all(client, three)
    assert "Enregistrer comme parcours" not in client.get(SELECTION).content.decode()
    response = client.post(SAVE, {"title": "Mon parcours"})
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    assert not Course.objects.exists()


def test_users_without_page_permissions_cannot_save_a_selection(client, three, course_index):
    client.force_login(make_user("visiteuse"))
    add_all(client, three)
    assert "Enregistrer comme parcours" not in client.get(SELECTION).content.decode()
    assert client.post(SAVE, {"title": "Mon parcours"}).status_code == 403
    assert not Course.objects.exists()


def test_contributors_save_a_selection_as_a_draft_course(client, three, course_index):
    contributor = make_user("formatrice", CONTRIBUTORS_GROUP)
    client.force_login(contributor)
    a, b, c = three
    add_all(client, [b, a, c])
    c.unpublish()  # unavailable modules are left out of the course
    assert "Enregistrer comme parcours" in client.get(SELECTION).content.decode()

    response = client.post(SAVE, {"title": "Journée aidants"})
    course = Course.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[course.pk])
    assert course.title == "Journée aidants"
    assert not course.live
    assert course.owner == contributor
    assert course.get_parent().pk == course_index.pk
    assert course.get_latest_revision() is not None
    assert [m.resource.pk for m in course.build_booklet().modules] == [b.pk, a.pk]


# Bounds on the work one visitor can ask for ----------------------------------------------

PDF = reverse("courses:selection_booklet_pdf")


def fill_session(client, ids):
    session = client.session
    session[SESSION_KEY] = list(ids)
    session.save()


def test_selection_holds_at_most_thirty_resources_with_a_french_message(client, three):
    from courses.selection import MAX_ITEMS

    assert MAX_ITEMS == 30
    fill_session(client, range(10_000, 10_000 + MAX_ITEMS))
    response = client.post(ADD, {"page_id": three[0].pk}, follow=True)
    assert "Votre sélection compte déjà 30 ressources : retirez-en avant d'en ajouter." in (
        messages_of(response)
    )
    assert three[0].pk not in chosen(client)
    assert len(chosen(client)) == MAX_ITEMS


def test_an_older_longer_selection_is_read_as_its_first_thirty(client, three):
    from courses.selection import MAX_ITEMS, Selection

    ids = [*range(20_000, 20_056)]
    fill_session(client, ids)
    assert Selection(client.session).ids == ids[:MAX_ITEMS]


def test_new_pdfs_per_address_are_limited_with_a_french_429(client, three, settings):
    from django.core.cache import cache

    cache.clear()  # PDFs of earlier tests are cached by their HTML
    settings.COMMONS_PDF_RATE_LIMIT = (2, 600)
    a, b, c = three
    add_all(client, [a])
    assert client.get(PDF).status_code == 200
    add_all(client, [b])  # a new selection, a new PDF
    assert client.get(PDF).status_code == 200
    add_all(client, [c])
    refused = client.get(PDF)
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "Trop de livrets PDF demandés" in html
    assert "Réessayez dans" in html
    assert 'href="livret/"' in html  # the printable booklet, cheap, is still offered
    assert 0 < int(refused["Retry-After"]) <= 600
    assert client.get(reverse("courses:selection_booklet")).status_code == 200
    # A PDF already made is served from the cache and does not count.
    client.post(REMOVE, {"page_id": c.pk})
    client.post(REMOVE, {"page_id": b.pk})
    assert client.get(PDF).status_code == 200
    # Another visitor has their own count.
    other = Client(REMOTE_ADDR="203.0.113.77")
    add_all(other, [c, b])
    assert other.get(PDF).status_code == 200


def test_pdf_renders_at_once_are_capped_across_workers_with_a_french_503(client, three, settings):
    from django.core.cache import cache

    from courses.pdf_limits import render_slot

    cache.clear()
    settings.COMMONS_PDF_MAX_CONCURRENT_RENDERS = 2
    add_all(client, three)
    # Two renders running (in any worker: the slots live in the shared "limits" cache).
    with render_slot(None), render_slot(None):
        busy = client.get(PDF)
    assert busy.status_code == 503
    assert busy["Retry-After"] == "15"
    html = busy.content.decode()
    assert "Le serveur fabrique déjà plusieurs livrets PDF" in html
    assert 'href="livret/"' in html
    # Slots are given back when a render ends: the next request renders.
    assert client.get(PDF).status_code == 200
