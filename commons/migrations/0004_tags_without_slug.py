"""Tags saved before commons.tags with a slug that no URL can carry get a fallback slug."""

from django.db import migrations
from django.utils.text import slugify

from commons.tags import fallback_slug


def give_every_tag_a_slug(apps, schema_editor):
    Tag = apps.get_model("taggit", "Tag")
    for tag in Tag.objects.all().only("pk", "name", "slug").iterator():
        if not slugify(tag.slug or "", allow_unicode=True):
            Tag.objects.filter(pk=tag.pk).update(slug=fallback_slug(tag.name))


class Migration(migrations.Migration):
    dependencies = [
        ("commons", "0003_page_depth_path_index"),
        ("taggit", "0001_initial"),
    ]

    operations = [migrations.RunPython(give_every_tag_a_slug, migrations.RunPython.noop)]
