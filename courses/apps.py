from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Parcours de formation"
    default_auto_field = "django.db.models.BigAutoField"
