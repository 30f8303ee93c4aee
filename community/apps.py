from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    """Contribution life cycle: roles, joining, adaptations, reports and feedback."""

    name = "community"
    verbose_name = _("Communauté")
    default_auto_field = "django.db.models.BigAutoField"
