"""Taxonomies and contributor profiles in the admin, grouped under « Vocabulaires »."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Audience, Author, Equipment, Licence, PixCompetence, Theme, ThemeCategory


class FieldSearchMixin:
    """Admin search by ``icontains`` on the listed ``search_fields``, through the ORM.

    Wagtail's SQLite search backend turns ``search_fields`` into FTS5 column names
    (« no such column: name »); these listings are short, so the plain ORM lookup
    answers the same on every database and needs no search index.
    """

    search_backend_name = None


class ThemeViewSet(FieldSearchMixin, SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["label", "category", "slug"]
    list_filter = ["category"]
    search_fields = ["label"]
    ordering = ["category__sort_order", "sort_order", "label"]


class ThemeCategoryViewSet(SnippetViewSet):
    model = ThemeCategory
    icon = "folder-open-inverse"
    list_display = ["label", "slug", "sort_order"]


class AudienceViewSet(FieldSearchMixin, SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["label", "slug", "sort_order"]
    search_fields = ["label"]


class EquipmentViewSet(SnippetViewSet):
    model = Equipment
    icon = "desktop"
    list_display = ["label", "slug"]


class PixCompetenceViewSet(SnippetViewSet):
    model = PixCompetence
    icon = "clipboard-list"
    list_display = ["code", "label", "domain_label"]


class LicenceViewSet(SnippetViewSet):
    model = Licence
    icon = "copy"
    list_display = ["short_name", "name", "url"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Vocabulaires")
    menu_icon = "list-ul"
    menu_order = 300
    items = (
        ThemeViewSet,
        ThemeCategoryViewSet,
        AudienceViewSet,
        EquipmentViewSet,
        PixCompetenceViewSet,
        LicenceViewSet,
    )


class AuthorViewSet(FieldSearchMixin, SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = _("Auteurs")
    menu_order = 290
    add_to_admin_menu = True
    list_display = ["name", "organisation", "territory"]
    search_fields = ["name", "organisation"]


register_snippet(TaxonomyGroup)
register_snippet(AuthorViewSet)
