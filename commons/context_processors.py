"""Navigation shared by every public template."""

from django.utils.functional import SimpleLazyObject
from wagtail.models import Site


def _sections(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    return list(site.root_page.get_children().live().in_menu().specific(defer=True))


def site_navigation(request):
    # Lazy: admin views and JSON endpoints never pay for it.
    return {"nav_sections": SimpleLazyObject(lambda: _sections(request))}
