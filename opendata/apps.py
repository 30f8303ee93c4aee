from django.apps import AppConfig


class OpendataConfig(AppConfig):
    """Open data: API, feeds, sitemap, structured data, Markdown, import and export."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "opendata"
    verbose_name = "Données ouvertes"

    def ready(self):
        from practices import extensions

        from .views import resource_markdown_response

        # Every resource page also answers in Markdown.
        extensions.add_route("markdown/", resource_markdown_response, name="markdown")
