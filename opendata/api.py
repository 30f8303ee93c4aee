"""Read-only Wagtail API v2: pages, images and documents, at ``/api/v2/``.

Search through the pages endpoint goes through the site's own French search
when the ``search`` app offers one (see ``site_search``).
"""

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from .search import site_search


class SiteSearchFilter(SearchFilter):
    """``?search=`` through the same search as the site's search page."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError("filtering by tag with a search query is not supported")
        results = site_search(queryset, request.GET["search"])
        if results is None:
            return super().filter_queryset(request, queryset, view)
        return results


class ResourcePagesAPIViewSet(PagesAPIViewSet):
    filter_backends = [
        *(backend for backend in PagesAPIViewSet.filter_backends if backend is not SearchFilter),
        SiteSearchFilter,  # last: search results cannot be filtered further
    ]


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", ResourcePagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
