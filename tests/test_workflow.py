"""The « Relecture » workflow end to end, through the admin.

A contributor writes a sheet and submits it; a moderator requests changes with a
comment (the contributor is e-mailed and sees it in the admin); the contributor
resubmits; the moderator approves and the sheet goes live, with its history.
"""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, Workflow

from community.factories import make_contributor, make_moderator, page_form_data
from community.models import MODERATORS_GROUP, REVIEW_WORKFLOW
from practices.models import PracticeSheet

pytestmark = pytest.mark.django_db


def test_relecture_workflow_applies_to_every_section(sections):
    workflow = Workflow.objects.get(name=REVIEW_WORKFLOW)
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [MODERATORS_GROUP]
    for section in (sections.sheets, sections.recipes, sections.workshops):
        assert Page.objects.get(pk=section.pk).get_workflow() == workflow


def sheet_data(**values):
    return page_form_data(
        PracticeSheet, title="Prendre rendez-vous en ligne", slug="rendez-vous", **values
    )


def test_submit_request_changes_resubmit_approve(client, sections):
    contributor = make_contributor("camille")
    moderator = make_moderator("moderatrice")
    add_url = reverse(
        "wagtailadmin_pages:add", args=["practices", "practicesheet", sections.sheets.pk]
    )

    # 1. The contributor writes a sheet and submits it for review.
    client.force_login(contributor)
    response = client.post(
        add_url,
        {**sheet_data(change_summary="Première version"), "action-submit": "action-submit"},
    )
    assert response.status_code == 302
    page = PracticeSheet.objects.get(slug="rendez-vous")
    assert page.owner == contributor and not page.live
    state = page.current_workflow_state
    assert state is not None and state.status == "in_progress"
    # Moderators are told by e-mail.
    assert any(moderator.email in message.to for message in mail.outbox)
    # The contributor cannot approve their own submission.
    task_state = state.current_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )
    client.post(approve_url, {"comment": ""})
    page.refresh_from_db()
    assert not page.live
    assert public_status(client, page) == 404

    # 2. The moderator requests changes with a comment.
    mail.outbox.clear()
    client.force_login(moderator)
    reject_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk]
    )
    response = client.post(reject_url, {"comment": "Ajoutez une capture d'écran, merci."})
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == "needs_changes"
    page.refresh_from_db()
    assert not page.live

    # The contributor is e-mailed, with the comment, and sees it in the admin.
    to_contributor = [m for m in mail.outbox if contributor.email in m.to]
    assert to_contributor, [m.to for m in mail.outbox]
    assert "Ajoutez une capture d'écran, merci." in to_contributor[0].body
    client.force_login(contributor)
    history = client.get(
        reverse("wagtailadmin_pages:workflow_history_detail", args=[page.pk, state.pk])
    )
    assert history.status_code == 200
    assert "Ajoutez une capture d&#x27;écran, merci." in history.content.decode()

    # 3. The contributor edits and resubmits.
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(
        edit_url,
        {**sheet_data(change_summary="Ajout d'une capture"), "action-submit": "action-submit"},
    )
    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == "in_progress"
    page.refresh_from_db()
    assert not page.live

    # 4. The moderator approves: the sheet is live.
    client.force_login(moderator)
    task_state = state.current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    state.refresh_from_db()
    assert state.status == "approved"

    # 5. Visitors read it, with its authors and its history.
    client.logout()
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Historique" in html
    assert "Ajout d&#x27;une capture" in html
    assert contributor.author_profile.name in html or "Camille" in html


def public_status(client, page):
    return client.get("/fiches-pratiques/rendez-vous/").status_code


def test_contributor_cannot_publish_directly(client, sections):
    contributor = make_contributor("camille")
    client.force_login(contributor)
    add_url = reverse(
        "wagtailadmin_pages:add", args=["practices", "practicesheet", sections.sheets.pk]
    )
    client.post(add_url, {**sheet_data(), "action-publish": "action-publish"})
    page = PracticeSheet.objects.get(slug="rendez-vous")
    assert not page.live
    assert client.get("/fiches-pratiques/rendez-vous/").status_code == 404
