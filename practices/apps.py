from django.apps import AppConfig


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = "Ressources"
    default_auto_field = "django.db.models.BigAutoField"
