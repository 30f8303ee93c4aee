from django.db import migrations


def seed(apps, schema_editor):
    from commons.taxonomy_seed import seed_taxonomy

    seed_taxonomy(apps)


class Migration(migrations.Migration):
    dependencies = [("commons", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
