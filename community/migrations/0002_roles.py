"""Groups « Contributeurs » and « Modérateurs » and their permissions.

Page permissions are granted on the HomePage (root of the site), so they cover the
three sections whenever they are created. Administrators are superusers.
"""

from django.db import migrations

CONTRIBUTORS = "Contributeurs"
MODERATORS = "Modérateurs"

CONTRIBUTOR_PAGE_PERMISSIONS = ["add_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]

CONTRIBUTOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", ["add", "choose"]),
    ("wagtaildocs", "document", ["add", "choose"]),
]
MODERATOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", ["add", "change", "delete", "choose"]),
    ("wagtaildocs", "document", ["add", "change", "delete", "choose"]),
]

TAXONOMY_MODELS = [
    "themecategory",
    "theme",
    "audience",
    "equipment",
    "pixcompetence",
    "licence",
    "author",
]
MODERATOR_MODEL_PERMISSIONS = [
    *[("commons", model, ["add", "change", "delete", "view"]) for model in TAXONOMY_MODELS],
    ("community", "report", ["change", "delete", "view"]),
    ("community", "feedback", ["delete", "view"]),
    ("community", "joinrequest", ["change", "delete", "view"]),
]



def get_permission(apps, app_label, model, codename):
    """The permission, created if post_migrate has not created it yet (fresh database)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {codename.replace('_', ' ')}"},
    )
    return permission


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Collection = apps.get_model("wagtailcore", "Collection")
    HomePage = apps.get_model("home", "HomePage")

    contributors, _ = Group.objects.get_or_create(name=CONTRIBUTORS)
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)

    access_admin = get_permission(apps, "wagtailadmin", "admin", "access_admin")
    for group in (contributors, moderators):
        group.permissions.add(access_admin)

    homepage = HomePage.objects.order_by("path").first()
    if homepage is not None:
        for group, codenames in (
            (contributors, CONTRIBUTOR_PAGE_PERMISSIONS),
            (moderators, MODERATOR_PAGE_PERMISSIONS),
        ):
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page_id=homepage.pk,
                    permission=get_permission(apps, "wagtailcore", "page", codename),
                )

    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for group, rules in (
            (contributors, CONTRIBUTOR_COLLECTION_PERMISSIONS),
            (moderators, MODERATOR_COLLECTION_PERMISSIONS),
        ):
            for app_label, model, verbs in rules:
                for verb in verbs:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group,
                        collection=root_collection,
                        permission=get_permission(apps, app_label, model, f"{verb}_{model}"),
                    )

    for app_label, model, verbs in MODERATOR_MODEL_PERMISSIONS:
        for verb in verbs:
            moderators.permissions.add(get_permission(apps, app_label, model, f"{verb}_{model}"))


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0001_initial"),
        ("commons", "0002_seed_taxonomy"),
        ("home", "0002_create_homepage"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
