"""Navigation and fragment caching shared by every public template."""

from django.conf import settings
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


def fragment_cache(request):
    """What ``{% wagtailcache %}`` fragments (resource cards, the shared parts of resource
    pages) are cached with.

    Fragments follow the public page cache: kept as long as a page, under its generation,
    which any change to what pages show renews (commons.page_cache). Without the page
    cache (development, tests) nothing is kept. A visitor the page cache cannot serve (a
    session, a form) still gets the cached fragments.

    The generation is the one the page cache middleware read before the view read any
    data: read here, while the template renders, it could be one renewed by a change
    committed after the data was read, and the fragment rendered from the old data
    would be stored as fresh. Without it (page cache off, or no middleware), fragments
    are not kept.
    """
    generation = getattr(request, "page_cache_generation", None)
    if generation is None:
        return {"fragment_cache_seconds": 0, "page_cache_generation": 0}
    return {
        "fragment_cache_seconds": settings.CACHE_MIDDLEWARE_SECONDS,
        "page_cache_generation": generation,
    }
