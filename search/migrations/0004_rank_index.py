"""PostgreSQL: the RUM index that ranks matches, when the extension is installed;
the text columns of the index table emptied (only the vector is read)."""

from django.db import migrations


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from search.indexing import ensure_rank_index

    schema_editor.execute(
        "UPDATE search_fts SET title = '', summary = '', keywords = '', body = '' "
        "WHERE title <> '' OR summary <> '' OR keywords <> '' OR body <> ''"
    )
    ensure_rank_index(schema_editor)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_fts_rum")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_facet_sets_index_version"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
    ]
