"""An index on Wagtail's page tree by (depth, path).

Children of a page are read as ``depth = N AND path BETWEEN …``: with only the path
index, the database walks every descendant to find them (all the resources, to list the
three sections of the main menu on every page). With this index it reads the children
alone: 1.9 ms → 0.01 ms for the menu at 10,000 resources on SQLite.
"""

from django.db import migrations

INDEX = "commons_page_depth_path"


class Migration(migrations.Migration):
    dependencies = [
        ("commons", "0002_seed_taxonomy"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (depth, path)",
            f"DROP INDEX IF EXISTS {INDEX}",
        ),
    ]
