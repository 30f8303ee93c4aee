"""Permission matrix of the four roles, through real requests to the admin and the site.

Role × action → allowed (True) or denied (False). Administrators are superusers.
"""

import pytest
from django.urls import reverse

from commons.models import Theme
from community.factories import make_contributor, make_moderator, make_user, page_form_data
from community.models import Report
from practices.factories import PracticeSheetFactory
from practices.models import (
    PracticeSheet,
    PracticeSheetIndexPage,
    ProjectRecipe,
    ProjectRecipeIndexPage,
    WorkshopMaterial,
)

pytestmark = pytest.mark.django_db

ROLES = ["visiteur", "contributeur", "moderateur", "administrateur"]

MATRIX = {
    # action:                 visiteur, contributeur, modérateur, administrateur
    "view_own_draft": (False, True, True, True),
    "view_others_draft": (False, False, True, True),
    "create_sheet": (False, True, True, True),
    "create_recipe": (False, True, True, True),
    "create_workshop": (False, True, True, True),
    "create_section_twice": (False, False, False, False),
    "edit_own": (False, True, True, True),
    "edit_others": (False, False, True, True),
    "publish": (False, False, True, True),
    "unpublish": (False, False, True, True),
    "delete_own_draft": (False, True, True, True),
    "delete_others": (False, False, True, True),
    "edit_taxonomy": (False, False, True, True),
    "see_reports": (False, False, True, True),
}


@pytest.fixture
def world(sections):
    users = {
        "visiteur": None,
        "contributeur": make_contributor("contributeur"),
        "moderateur": make_moderator("moderatrice"),
        "administrateur": make_user("admin", superuser=True),
    }
    other = make_contributor("autre")
    return sections, users, other


def draft(sections, owner, title="Un brouillon"):
    return PracticeSheetFactory(parent=sections.sheets, title=title, owner=owner, publish=False)


def live(sections, owner, title="Une fiche publiée"):
    return PracticeSheetFactory(parent=sections.sheets, title=title, owner=owner)


def own(user, other):
    """A page owned by the acting user (or by another contributor for the visitor)."""
    return user or other


def allowed_response(response):
    return response.status_code in (200, 302) and "/login/" not in response.get("Location", "")


def act(action, client, user, sections, other):
    """Perform ``action`` as ``user``; return True when it was allowed (and took effect)."""
    if action == "view_own_draft":
        page = draft(sections, own(user, other))
        response = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
        public = client.get(page.url) if page.url else None
        if user is None:
            assert public is None or public.status_code == 404
        return response.status_code == 200 and "Un brouillon" in response.content.decode()
    if action == "view_others_draft":
        page = draft(sections, other)
        response = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
        return response.status_code == 200 and "Un brouillon" in response.content.decode()
    if action.startswith("create_") and action != "create_section_twice":
        model, parent = {
            "create_sheet": (PracticeSheet, sections.sheets),
            "create_recipe": (ProjectRecipe, sections.recipes),
            "create_workshop": (WorkshopMaterial, sections.workshops),
        }[action]
        meta = model._meta
        url = reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk])
        before = model.objects.count()
        client.get(url)
        data = page_form_data(model, title="Nouvelle ressource", slug="nouvelle-ressource")
        client.post(url, data)
        created = model.objects.filter(slug="nouvelle-ressource").first()
        if created is not None:
            assert created.owner == user and not created.live
        return model.objects.count() == before + 1
    if action == "create_section_twice":
        meta = PracticeSheetIndexPage._meta
        url = reverse(
            "wagtailadmin_pages:add",
            args=[meta.app_label, meta.model_name, sections.sheets.get_parent().pk],
        )
        before = PracticeSheetIndexPage.objects.count()
        client.post(url, {"title": "Encore des fiches", "slug": "encore"})
        return PracticeSheetIndexPage.objects.count() > before
    if action in ("edit_own", "edit_others"):
        page = draft(sections, own(user, other) if action == "edit_own" else other)
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        data = page_form_data(PracticeSheet, title="Titre modifié", slug=page.slug)
        client.post(url, data)
        page.refresh_from_db()
        return page.draft_title == "Titre modifié"
    if action == "publish":
        page = draft(sections, own(user, other))
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        data = page_form_data(PracticeSheet, title=page.title, slug=page.slug)
        client.post(url, {**data, "action-publish": "action-publish"})
        page.refresh_from_db()
        return page.live
    if action == "unpublish":
        page = live(sections, own(user, other))
        client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
        page.refresh_from_db()
        return not page.live
    if action in ("delete_own_draft", "delete_others"):
        page = draft(sections, own(user, other) if action == "delete_own_draft" else other)
        client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
        return not PracticeSheet.objects.filter(pk=page.pk).exists()
    if action == "edit_taxonomy":
        theme = Theme.objects.order_by("pk").first()
        url = reverse("wagtailsnippets_commons_theme:edit", args=[theme.pk])
        client.post(
            url,
            {
                "label": "Thème renommé",
                "slug": theme.slug,
                "category": theme.category_id,
                "description": "",
                "sort_order": 0,
            },
        )
        theme.refresh_from_db()
        return theme.label == "Thème renommé"
    if action == "see_reports":
        page = live(sections, other)
        Report.objects.create(page=page, reason="erreur", comment="Le lien est cassé")
        response = client.get(reverse("wagtailsnippets_community_report:list"))
        return (
            response.status_code == 200
            and "Créer" not in ""
            and page.title in (response.content.decode())
        )
    raise AssertionError(action)


@pytest.mark.parametrize("action", list(MATRIX))
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(client, world, role, action):
    sections, users, other = world
    user = users[role]
    if user is not None:
        client.force_login(user)
    expected = MATRIX[action][ROLES.index(role)]
    assert act(action, client, user, sections, other) is expected


def test_visitor_never_sees_drafts_or_revisions(client, world):
    sections, users, other = world
    page = draft(sections, other)
    assert client.get(f"/fiches-pratiques/{page.slug}/").status_code == 404
    response = client.get(reverse("wagtailadmin_pages:revisions_index", args=[page.pk]))
    assert response.status_code == 302 and "/login/" in response["Location"]
    published = live(sections, other)
    assert client.get(published.url).status_code == 200


def test_contributor_admin_has_no_taxonomy_or_reports_menu(client, world):
    sections, users, other = world
    client.force_login(users["contributeur"])
    response = client.get(reverse("wagtailadmin_home"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Signalements" not in html
    assert client.get(reverse("wagtailsnippets_commons_theme:list")).status_code in (302, 403)


def test_only_moderators_create_a_missing_section(client, site, home_page):
    url = reverse(
        "wagtailadmin_pages:add", args=["practices", "projectrecipeindexpage", home_page.pk]
    )
    data = {"title": "Recettes", "slug": "recettes"}
    client.force_login(make_contributor("contributeur"))
    assert client.get(url).status_code in (302, 403)  # the admin redirects with a message
    client.post(url, data)
    assert not ProjectRecipeIndexPage.objects.exists()

    client.force_login(make_moderator("moderatrice"))
    assert client.get(url).status_code == 200
    assert client.post(url, data).status_code == 302
    assert ProjectRecipeIndexPage.objects.filter(slug="recettes").exists()
