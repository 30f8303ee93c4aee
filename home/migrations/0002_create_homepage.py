from django.db import migrations


def create_homepage(apps, schema_editor):
    """Replace Wagtail's welcome page with the Communs home page, as the site root."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")
    Locale = apps.get_model("wagtailcore.Locale")

    if HomePage.objects.exists():
        return
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()

    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    locale = Locale.objects.get_or_create(language_code="fr")[0]
    root = Page.objects.get(depth=1)
    # Treebeard paths: the root is 0001, its children 00010001, 00010002…
    siblings = Page.objects.filter(depth=2).order_by("-path").values_list("path", flat=True)
    last = siblings.first()
    path = f"{root.path}{(int(last[-4:]) + 1 if last else 1):04d}"
    homepage = HomePage.objects.create(
        title="Communs",
        draft_title="Communs",
        slug="accueil",
        content_type=content_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/accueil/",
        locale=locale,
        hero_text="Le commun des savoirs de la médiation numérique",
        intro=(
            "<p>Fiches pratiques, recettes de projets et ateliers prêts à animer : "
            "des médiatrices et médiateurs numériques partagent ce qu'ils savent, "
            "pour que chaque territoire puisse le refaire.</p>"
        ),
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page_id=homepage.pk, is_default_site=True,
        site_name="Communs",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
