"""Read-only Wagtail API v2: pages, images and documents, at ``/api/v2/``.

Search through the pages endpoint goes through the site's own French search
(see ``site_search``).
"""

from django.core.exceptions import FieldDoesNotExist
from django.db.models import IntegerField
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from commons.ids import parse_id
from practices.models import ResourcePage

from .api_fields import resource_api_fields
from .search import site_search


class SiteSearchFilter(SearchFilter):
    """``?search=`` through the same search as the site's search page."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError("filtering by tag with a search query is not supported")
        if request.GET.get("search_operator") not in (None, "", "and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        return site_search(
            queryset, request.GET["search"], order_by_relevance="order" not in request.GET
        )


class BoundedIdsMixin:
    """Every integer query parameter of an endpoint is checked like any id from outside.

    Wagtail reads ``offset``, ``limit``, ``child_of``… and integer or foreign-key field
    filters with ``int()``: 99999999999999999999 then reaches the database, which fails
    (500). Here anything that is not an id of at most 18 digits is a 400 in French.
    """

    INTEGER_PARAMETERS = frozenset(
        ["offset", "limit", "id", "child_of", "ancestor_of", "descendant_of", "translation_of"]
    )

    def check_query_parameters(self, queryset):
        for name, value in self.request.GET.items():
            if name in self.INTEGER_PARAMETERS or _is_integer_field(queryset.model, name):
                check_id_parameter(name, value)
        return super().check_query_parameters(queryset)

    def find_object(self, queryset, request):
        # ``find/?id=`` reads its id without the listing's parameter checks.
        if "id" in request.GET:
            check_id_parameter("id", request.GET["id"])
        return super().find_object(queryset, request)


def check_id_parameter(name, value):
    if parse_id(value) is None:
        raise BadRequestError(f"« {name} » doit être un entier positif d'au plus 18 chiffres.")


def _is_integer_field(model, name):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    # A foreign key to a resource points at its page_ptr, itself a key to Page.id.
    while field.is_relation and getattr(field, "target_field", None) is not None:
        field = field.target_field
    return isinstance(field, IntegerField)


class ResourcePagesAPIViewSet(BoundedIdsMixin, PagesAPIViewSet):
    filter_backends = [
        *(backend for backend in PagesAPIViewSet.filter_backends if backend is not SearchFilter),
        SiteSearchFilter,  # last: search results cannot be filtered further
    ]

    @classmethod
    def get_body_fields(cls, model):
        """Resources expose the fields of ``api_fields``, read from their type's declaration."""
        if not issubclass(model, ResourcePage):
            return super().get_body_fields(model)
        return cls._convert_api_fields(cls.body_fields + resource_api_fields(model))


class BoundedImagesAPIViewSet(BoundedIdsMixin, ImagesAPIViewSet):
    pass


class BoundedDocumentsAPIViewSet(BoundedIdsMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", ResourcePagesAPIViewSet)
api_router.register_endpoint("images", BoundedImagesAPIViewSet)
api_router.register_endpoint("documents", BoundedDocumentsAPIViewSet)
