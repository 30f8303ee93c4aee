"""One set of groups, in French: Wagtail's « Editors » and « Moderators » are gone.

The migration ``community.0005_french_groups`` moves their members to « Modérateurs » and
« Contributeurs », makes every approval task name French groups only, and hands the
pages of Wagtail's default workflow to « Relecture ».
"""

import importlib

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from community.models import CONTRIBUTORS_GROUP, MODERATORS_GROUP, REVIEW_WORKFLOW

pytestmark = pytest.mark.django_db

FRENCH_GROUPS = {CONTRIBUTORS_GROUP, MODERATORS_GROUP}
migration = importlib.import_module("community.migrations.0005_french_groups")


def test_a_migrated_database_has_only_the_french_groups(home_page):
    assert set(Group.objects.values_list("name", flat=True)) == FRENCH_GROUPS
    for task in GroupApprovalTask.objects.all():
        assert set(task.groups.values_list("name", flat=True)) <= {MODERATORS_GROUP}
    assert set(Workflow.objects.values_list("name", flat=True)) == {REVIEW_WORKFLOW}
    assert {wp.workflow.name for wp in WorkflowPage.objects.all()} == {REVIEW_WORKFLOW}
    # Every page, the root included, goes through « Relecture ».
    for page in Page.objects.all():
        assert page.get_workflow().name == REVIEW_WORKFLOW


def wagtail_default_setup(root):
    """What Wagtail's own migrations create: the two groups, their rights on the root
    page, and the « Moderators approval » workflow assigned to the root."""
    moderators = Group.objects.create(name="Moderators")
    editors = Group.objects.create(name="Editors")
    for group, codenames in (
        (moderators, ["add_page", "change_page", "publish_page"]),
        (editors, ["add_page", "change_page"]),
    ):
        for codename in codenames:
            GroupPagePermission.objects.create(
                group=group, page=root, permission_type=codename.split("_")[0]
            )
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.set([moderators])
    workflow = Workflow.objects.create(name="Moderators approval")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return moderators, editors, task, workflow


def make_member(username, *groups):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x")
    user.groups.set(groups)
    return user


def test_members_move_to_the_french_groups_and_the_default_workflow_goes(home_page):
    root = Page.get_first_root_node()
    moderators, editors, task, workflow = wagtail_default_setup(root)
    alice = make_member("alice", moderators)
    bruno = make_member("bruno", editors)
    chloe = make_member("chloe", moderators, editors)

    migration.use_french_groups(django_apps, None)

    assert set(Group.objects.values_list("name", flat=True)) == FRENCH_GROUPS
    groups = {
        user.username: set(user.groups.values_list("name", flat=True))
        for user in (alice, bruno, chloe)
    }
    assert groups == {
        "alice": {MODERATORS_GROUP},
        "bruno": {CONTRIBUTORS_GROUP},
        "chloe": {MODERATORS_GROUP, CONTRIBUTORS_GROUP},
    }
    assert not Workflow.objects.filter(pk=workflow.pk).exists()
    assert not GroupApprovalTask.objects.filter(pk=task.pk).exists()
    assert WorkflowPage.objects.get(page=root).workflow.name == REVIEW_WORKFLOW
    assert not GroupPagePermission.objects.exclude(group__name__in=FRENCH_GROUPS).exists()


def test_a_default_workflow_in_progress_is_kept_with_french_approvers(home_page, django_user_model):
    root = Page.get_first_root_node()
    _moderators, _editors, task, workflow = wagtail_default_setup(root)
    requester = django_user_model.objects.create_user("demandeur", "d@example.org", "x")
    WorkflowState.objects.create(
        content_type=root.content_type,
        base_content_type=root.content_type,
        object_id=str(root.pk),
        workflow=workflow,
        status=WorkflowState.STATUS_IN_PROGRESS,
        requested_by=requester,
    )

    migration.use_french_groups(django_apps, None)

    assert set(Group.objects.values_list("name", flat=True)) == FRENCH_GROUPS
    task.refresh_from_db()
    assert set(task.groups.values_list("name", flat=True)) == {MODERATORS_GROUP}
    assert Workflow.objects.filter(pk=workflow.pk).exists()  # the page in it keeps its task
    assert WorkflowPage.objects.get(page=root).workflow.name == REVIEW_WORKFLOW


def test_running_it_again_changes_nothing(home_page):
    before = {
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "workflows": sorted(Workflow.objects.values_list("name", flat=True)),
        "tasks": sorted(GroupApprovalTask.objects.values_list("name", flat=True)),
    }
    migration.use_french_groups(django_apps, None)
    after = {
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "workflows": sorted(Workflow.objects.values_list("name", flat=True)),
        "tasks": sorted(GroupApprovalTask.objects.values_list("name", flat=True)),
    }
    assert after == before
