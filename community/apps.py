from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    """Contribution life cycle: roles, joining, adaptations, reports and feedback."""

    name = "community"
    verbose_name = _("Communauté")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from practices import extensions

        from .adapt import adapt_view
        from .forms import ResourcePageForm
        from .licensing import validate_adaptation_licence

        # What community adds to every resource page: its « Adapter » action, the licence
        # rule of adaptations, and the change summary of the editor.
        extensions.add_route("adapter/", adapt_view, name="adapt")
        extensions.add_validator(validate_adaptation_licence)
        extensions.set_admin_form(ResourcePageForm)
