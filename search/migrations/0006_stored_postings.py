"""PostgreSQL: the stored bitmaps of frequent words (``search.postings``), filled from
the index already built after every ``migrate`` (``SearchConfig.ready``)."""

from django.db import migrations


def forwards(apps, schema_editor):
    from search.postings import create_stored_table

    create_stored_table(schema_editor)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP TABLE IF EXISTS search_postings")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_word_table"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
    ]
