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
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError

from .search import clean_query, site_search


class SiteSearchFilter(SearchFilter):
    """``?search=`` through the same search as the site's search page."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError("filtering by tag with a search query is not supported")
        if request.GET.get("search_operator") not in (None, "", "and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        results = site_search(
            queryset, request.GET["search"], order_by_relevance="order" not in request.GET
        )
        if results is not None:
            return results
        return self.backend_search(request, queryset)

    def backend_search(self, request, queryset):
        """Wagtail's search backend, on a query cleaned of what breaks it."""
        operator = request.GET.get("search_operator") or None
        query = clean_query(request.GET["search"])
        if not query:
            return queryset.none()
        try:
            return get_search_backend().search(
                query,
                queryset,
                operator=operator,
                order_by_relevance="order" not in request.GET,
            )
        except FilterFieldError as error:
            raise BadRequestError(
                f"cannot filter by '{error.field_name}' while searching"
            ) from None
        except OrderByFieldError as error:
            raise BadRequestError(f"cannot order by '{error.field_name}' while searching") from None


class ResourcePagesAPIViewSet(PagesAPIViewSet):
    filter_backends = [
        *(backend for backend in PagesAPIViewSet.filter_backends if backend is not SearchFilter),
        SiteSearchFilter,  # last: search results cannot be filtered further
    ]


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", ResourcePagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
