from django.apps import AppConfig


class CommonsConfig(AppConfig):
    name = "commons"
    verbose_name = "Communs : socle partagé"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import page_cache, renditions, tags, text

        page_cache.connect()
        renditions.connect()
        text.connect()
        tags.connect()
