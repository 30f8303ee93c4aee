"""One set of groups, in French: Wagtail's default « Editors » and « Moderators » go.

Wagtail creates them (with permissions on the root page and a « Moderators approval »
workflow) beside this project's « Contributeurs » and « Modérateurs »: an administrator
could not tell which ones matter. Their members move to the French group that matches
what this project lets them do — Moderators to « Modérateurs », Editors to
« Contributeurs » (never more rights than before: Editors could not publish) — then
both groups are deleted. Approval tasks that named them name « Modérateurs » instead
(approving is moderation, whoever held it); pages assigned to Wagtail's default
workflow get « Relecture », and that workflow is deleted unless pages are in it.
"""

from django.db import migrations

CONTRIBUTORS = "Contributeurs"
MODERATORS = "Modérateurs"
REVIEW_WORKFLOW = "Relecture"
# Wagtail's default group → the French group its members join.
MEMBERS_MOVE_TO = {"Moderators": MODERATORS, "Editors": CONTRIBUTORS}


def use_french_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")

    old_groups = list(Group.objects.filter(name__in=MEMBERS_MOVE_TO))
    if not old_groups:
        return
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    contributors, _ = Group.objects.get_or_create(name=CONTRIBUTORS)
    french = {MODERATORS: moderators, CONTRIBUTORS: contributors}

    for group in old_groups:
        target = french[MEMBERS_MOVE_TO[group.name]]
        for user in group.user_set.all():
            user.groups.add(target)

    # Approval tasks name only French groups.
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    tasks = list(GroupApprovalTask.objects.filter(groups__in=old_groups).distinct())
    for task in tasks:
        task.groups.remove(*old_groups)
        task.groups.add(moderators)

    # A workflow made only of such a task (Wagtail's « Moderators approval », on the root
    # page) hands its pages to « Relecture » and goes, unless a page is in it right now.
    review = Workflow.objects.filter(name=REVIEW_WORKFLOW).first()
    for task in tasks:
        workflows = Workflow.objects.filter(workflow_tasks__task_id=task.pk).distinct()
        for workflow in workflows.exclude(name=REVIEW_WORKFLOW):
            if WorkflowTask.objects.filter(workflow=workflow).count() != 1:
                continue
            if review is not None:
                WorkflowPage.objects.filter(workflow=workflow).update(workflow=review)
            in_use = WorkflowState.objects.filter(workflow=workflow).exists()
            if not in_use and not WorkflowPage.objects.filter(workflow=workflow).exists():
                workflow.delete()
        if not (
            TaskState.objects.filter(task_id=task.pk).exists()
            or WorkflowTask.objects.filter(task_id=task.pk).exists()
        ):
            task.delete()

    for group in old_groups:
        group.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0004_feedback_address_hash"),
        ("community", "0003_review_workflow"),
        # Every Wagtail migration that creates the default groups or gives them rights.
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(use_french_groups, migrations.RunPython.noop)]
