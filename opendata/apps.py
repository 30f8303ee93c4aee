from django.apps import AppConfig


class OpendataConfig(AppConfig):
    """Open data: API, feeds, sitemap, structured data, Markdown, import and export."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "opendata"
    verbose_name = "Données ouvertes"
