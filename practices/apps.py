from django.apps import AppConfig


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = "Ressources"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from commons.backup import count_in_backups

        from .models import ResourcePage

        count_in_backups("ressources", ResourcePage)
