"""Filtering and pagination of resource listings, shared by every listing page.

Bad parameters never raise: an unknown value is ignored and explained in French,
a page number out of range falls back to the nearest valid page.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.translation import gettext as _

from .mixins import LevelMixin
from .models import Audience, Theme


@dataclass
class ActiveFilter:
    label: str
    remove_url: str


@dataclass
class Listing:
    page_obj: object
    paginator: Paginator
    notices: list[str] = field(default_factory=list)
    active_filters: list[ActiveFilter] = field(default_factory=list)
    themes: list = field(default_factory=list)
    audiences: list = field(default_factory=list)
    levels: list = field(default_factory=list)
    selected: dict = field(default_factory=dict)
    querystring: str = ""

    @property
    def resources(self):
        return self.page_obj.object_list


def _query_without(params, key):
    remaining = [(k, v) for k, v in params if k not in (key, "page")]
    return "?" + urlencode(remaining) if remaining else "?"


def load_in_order(queryset, ids):
    """The objects of ``queryset`` whose ids are ``ids``, in that order (one query)."""
    ids = list(ids)
    by_id = {obj.pk: obj for obj in queryset.filter(pk__in=ids)} if ids else {}
    return [by_id[pk] for pk in ids if pk in by_id]


def build_listing(request, queryset, *, filters=("theme", "audience", "level"), per_page=None):
    """Filter ``queryset`` (ResourcePage, one row per resource) from the query string and
    paginate it.

    Relation filters are ``pk IN (subquery)``, never joins, so no resource can appear
    twice and no DISTINCT is needed: with one, counting and slicing a section of 3,000
    resources compared every column of every row (40 ms on SQLite at 10,000 resources).
    """
    per_page = per_page or settings.COMMONS_PAGE_SIZE
    notices, active, selected = [], [], {}
    params = [(k, v) for k, v in request.GET.items() if k in (*filters, "page")]
    themes = list(Theme.objects.select_related("category")) if "theme" in filters else []
    audiences = list(Audience.objects.all()) if "audience" in filters else []
    levels = LevelMixin.Level.choices if "level" in filters else []

    def apply(key, options, lookup, label_of):
        nonlocal queryset
        value = request.GET.get(key, "").strip()
        if not value:
            return
        match = options.get(value)
        if match is None:
            notices.append(
                _("Le filtre « %(value)s » est inconnu : il a été ignoré.") % {"value": value[:80]}
            )
            return
        queryset = queryset.filter(lookup(value))
        selected[key] = value
        active.append(ActiveFilter(label_of(match), _query_without(params, key)))

    def through(relation, field):
        model = queryset.model._meta.get_field(relation).remote_field.through

        def lookup(value):
            rows = model.objects.filter(**{f"{field}__slug": value})
            return Q(pk__in=rows.values("resourcepage_id"))

        return lookup

    apply(
        "theme",
        {t.slug: t for t in themes},
        through("themes", "theme"),
        lambda t: _("Thème : %s") % t,
    )
    apply(
        "audience",
        {a.slug: a for a in audiences},
        through("audiences", "audience"),
        lambda a: _("Public : %s") % a,
    )
    apply(
        "level", dict(levels), lambda value: Q(level=value), lambda label: _("Niveau : %s") % label
    )

    paginator = Paginator(queryset, per_page)
    raw_page = request.GET.get("page", "1")
    try:
        number = int(raw_page)
        if number < 1:
            raise ValueError
    except (TypeError, ValueError):
        notices.append(
            _("Le numéro de page « %(page)s » n'est pas valide : voici la première page.")
            % {"page": raw_page[:20]}
        )
        number = 1
    if number > paginator.num_pages:
        if paginator.count:
            notices.append(
                _("Il n'y a que %(count)d page(s) : voici la dernière.")
                % {"count": paginator.num_pages}
            )
        number = paginator.num_pages
    page_obj = paginator.page(number)
    # Slice on ids (a narrow sort of the whole section), then load the page's resources
    # with everything their cards need: sorting full rows cost most of a listing's time.
    page_obj.object_list = load_in_order(
        queryset, page_obj.object_list.values_list("pk", flat=True)
    )

    kept = [(k, v) for k, v in params if k != "page"]
    return Listing(
        page_obj=page_obj,
        paginator=paginator,
        notices=notices,
        active_filters=active,
        themes=themes,
        audiences=audiences,
        levels=levels,
        selected=selected,
        querystring=urlencode(kept),
    )
