"""The index's own words (``search.vocabulary``), for correcting typos; on PostgreSQL
with a ``pg_trgm`` trigram index. ``manage.py rebuild_search_index`` fills it for
resources published before this migration."""

from django.db import migrations


def forwards(apps, schema_editor):
    from search.vocabulary import create_table

    create_table(schema_editor)


def backwards(apps, schema_editor):
    schema_editor.execute("DROP TABLE IF EXISTS search_word")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_rank_index"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
    ]
