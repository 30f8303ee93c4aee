from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Parcours de formation"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Courses are found by the site search, in their own tab (see search.kinds).
        from .search_kind import register_courses

        register_courses()
