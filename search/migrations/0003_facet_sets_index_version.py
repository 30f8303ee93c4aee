from django.db import migrations, models


def pack_facet_values(apps, schema_editor):
    """Carry the existing facet rows over, so that no index rebuild is needed."""
    SearchFacetValue = apps.get_model("search", "SearchFacetValue")
    SearchFacetSet = apps.get_model("search", "SearchFacetSet")
    packed = {}
    for page_id, key, value in SearchFacetValue.objects.order_by("pk").values_list(
        "page_id", "key", "value"
    ):
        packed.setdefault(page_id, []).append(f"{key}={value}")
    SearchFacetSet.objects.bulk_create(
        (SearchFacetSet(page_id=page_id, packed="\n".join(pairs)) for page_id, pairs in packed.items()),
        batch_size=1000,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_facet_values"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchFacetSet",
            fields=[
                ("page_id", models.IntegerField(primary_key=True, serialize=False)),
                ("packed", models.TextField()),
            ],
        ),
        migrations.RunPython(pack_facet_values, migrations.RunPython.noop),
        migrations.DeleteModel(name="SearchFacetValue"),
        migrations.CreateModel(
            name="SearchIndexVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("token", models.CharField(max_length=32)),
            ],
        ),
    ]
