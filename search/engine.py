"""The resource search: one ranked query over every resource type, with facets.

``run_search(params)`` returns everything the HTML page and the JSON output
show, in a constant number of SQL queries: the count, one page of results, one
aggregation per facet, the vocabularies for labels. Facets are disjunctive:
each group counts the results filtered by every *other* group, so checking a
second theme shows how many more resources it brings.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, F
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from commons.models import Audience, Theme
from commons.territories import DEPARTEMENT_NAMES
from practices.models import (
    PracticeSheet,
    ProjectRecipe,
    ResourcePage,
    ResourcePageTag,
    WorkshopMaterial,
)

from .analysis import _WORD_RE, ParsedQuery, to_fts5, to_tsquery
from .models import Rank

RESOURCE_TYPES = (PracticeSheet, ProjectRecipe, WorkshopMaterial)
FACET_KEYS = ("type", "theme", "audience", "level", "tag", "departement")
SORTS = {"pertinence": _("pertinence"), "recent": _("les plus récentes")}
MAX_VALUES_PER_FACET = 20
TAG_FACET_SIZE = 15
POPULAR_TAGS = 12


def compile_query(parsed):
    return to_tsquery(parsed) if connection.vendor == "postgresql" else to_fts5(parsed)


def matching(queryset, parsed):
    """``queryset`` restricted to resources matching ``parsed`` (unchanged if empty)."""
    if not parsed:
        return queryset
    return queryset.filter(search_entry__document__match=compile_query(parsed))


def live_resources():
    return ResourcePage.objects.live().public()


# --------------------------------------------------------------------------
# Vocabularies: what each facet value means.


@dataclass
class Vocabulary:
    types: dict  # slug -> (label, content type id)
    themes: dict  # slug -> Theme
    audiences: dict
    levels: dict  # value -> label
    departements: dict  # code -> name

    @classmethod
    def load(cls):
        types = {}
        for model in RESOURCE_TYPES:
            ct = ContentType.objects.get_for_model(model)
            types[model.type_slug] = (str(model.type_label), ct.pk)
        return cls(
            types=types,
            themes={t.slug: t for t in Theme.objects.all()},
            audiences={a.slug: a for a in Audience.objects.all()},
            levels={value: str(label) for value, label in ResourcePage.Level.choices},
            departements=dict(DEPARTEMENT_NAMES),
        )

    def label(self, key, value, tags=None):
        if key == "type":
            return self.types[value][0]
        if key == "theme":
            return self.themes[value].label
        if key == "audience":
            return self.audiences[value].label
        if key == "level":
            return self.levels[value]
        if key == "departement":
            return f"{self.departements[value]} ({value})"
        return (tags or {}).get(value, value)


FACET_LEGENDS = {
    "type": _("Type de ressource"),
    "theme": _("Thème"),
    "audience": _("Public"),
    "level": _("Niveau"),
    "tag": _("Étiquette"),
    "departement": _("Département"),
}


# --------------------------------------------------------------------------
# Results


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    input_id: str = ""


@dataclass
class Facet:
    key: str
    legend: str
    options: list[FacetOption]


@dataclass
class SearchResult:
    page: ResourcePage
    type_label: str
    type_slug: str
    title: str
    url: str
    summary: str
    summary_html: str
    themes: list
    date: object


@dataclass
class SearchOutcome:
    parsed: ParsedQuery
    count: int
    page_obj: object
    results: list[SearchResult]
    facets: list[Facet]
    selected: dict
    tag_names: dict = field(default_factory=dict)


def apply_filters(queryset, selected, vocabulary, exclude=None):
    """Filter by every selected facet but ``exclude``; values OR within a facet."""
    for key, values in selected.items():
        if key == exclude or not values:
            continue
        if key == "type":
            ids = [vocabulary.types[v][1] for v in values]
            queryset = queryset.filter(content_type_id__in=ids)
        elif key == "theme":
            through = ResourcePage.themes.through.objects.filter(theme__slug__in=values)
            queryset = queryset.filter(pk__in=through.values("resourcepage_id"))
        elif key == "audience":
            through = ResourcePage.audiences.through.objects.filter(audience__slug__in=values)
            queryset = queryset.filter(pk__in=through.values("resourcepage_id"))
        elif key == "tag":
            through = ResourcePageTag.objects.filter(tag__slug__in=values)
            queryset = queryset.filter(pk__in=through.values("content_object_id"))
        elif key == "level":
            queryset = queryset.filter(level__in=values)
        elif key == "departement":
            queryset = queryset.filter(departement__in=values)
    return queryset


def _facet_counts(key, queryset):
    """{value: count} of one facet over ``queryset`` (one SQL query)."""
    ids = queryset.values("pk")
    if key == "type":
        rows = queryset.order_by().values_list("content_type_id").annotate(n=Count("pk"))
        return dict(rows)
    if key in ("level", "departement"):
        rows = queryset.order_by().values_list(key).annotate(n=Count("pk"))
        return {value: n for value, n in rows if value}
    if key == "theme":
        rows = (
            ResourcePage.themes.through.objects.filter(resourcepage_id__in=ids)
            .values_list("theme__slug")
            .annotate(n=Count("id"))
        )
        return dict(rows)
    if key == "audience":
        rows = (
            ResourcePage.audiences.through.objects.filter(resourcepage_id__in=ids)
            .values_list("audience__slug")
            .annotate(n=Count("id"))
        )
        return dict(rows)
    if key == "tag":
        rows = (
            ResourcePageTag.objects.filter(content_object_id__in=ids)
            .values_list("tag__slug", "tag__name")
            .annotate(n=Count("id"))
            .order_by("-n", "tag__name")[:TAG_FACET_SIZE]
        )
        return {slug: (name, n) for slug, name, n in rows}
    raise ValueError(key)


def build_facets(base, selected, vocabulary, tag_names):
    facets = []
    for key in FACET_KEYS:
        counts = _facet_counts(key, apply_filters(base, selected, vocabulary, exclude=key))
        chosen = selected.get(key, [])
        if key == "type":
            values = [
                (slug, label, counts.get(ct_id, 0))
                for slug, (label, ct_id) in vocabulary.types.items()
            ]
        elif key == "theme":
            values = [(s, t.label, counts.get(s, 0)) for s, t in vocabulary.themes.items()]
        elif key == "audience":
            values = [(s, a.label, counts.get(s, 0)) for s, a in vocabulary.audiences.items()]
        elif key == "level":
            values = [(v, label, counts.get(v, 0)) for v, label in vocabulary.levels.items()]
        elif key == "departement":
            values = [
                (code, vocabulary.label(key, code), counts.get(code, 0))
                for code in vocabulary.departements
            ]
        else:
            values = [(slug, name, n) for slug, (name, n) in counts.items()]
            values += [(s, tag_names.get(s, s), 0) for s in chosen if s not in counts]
        options = [
            FacetOption(value, label, count, value in chosen, f"filtre-{key}-{value}")
            for value, label, count in values
            if count or value in chosen
        ]
        facets.append(Facet(key, str(FACET_LEGENDS[key]), options))
    return facets


def highlight(text, parsed):
    """``text`` escaped, the words the query looks for wrapped in <mark>."""
    if not parsed or not text:
        return escape(text or "")
    out, last = [], 0
    for match in _WORD_RE.finditer(text):
        if parsed.matches_word(match.group()):
            out.append(escape(text[last : match.start()]))
            out.append(f"<mark>{escape(match.group())}</mark>")
            last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped above


def to_results(pages, parsed, request=None):
    results = []
    for page in pages:
        model = page.specific_class
        results.append(
            SearchResult(
                page=page,
                type_label=str(model.type_label) if model else "",
                type_slug=model.type_slug if model else "",
                title=page.title,
                url=page.get_url(request) or "",
                summary=page.summary,
                summary_html=highlight(page.summary, parsed),
                themes=list(page.themes.all()),
                date=page.last_published_at or page.first_published_at,
            )
        )
    return results


def ranked(queryset, parsed, sort):
    if parsed and sort == "pertinence":
        rank = Rank(F("search_entry__document"), compile_query(parsed))
        return queryset.annotate(score=rank).order_by("-score", "-first_published_at", "-pk")
    return queryset.order_by("-first_published_at", "-pk")


def run_search(
    parsed,
    selected,
    vocabulary,
    *,
    sort="pertinence",
    page=1,
    per_page=12,
    request=None,
    with_facets=True,
    tag_names=None,
):
    base = matching(live_resources(), parsed)
    filtered = apply_filters(base, selected, vocabulary)
    paginator = Paginator(ranked(filtered, parsed, sort).prefetch_related("themes"), per_page)
    page_obj = paginator.get_page(page)
    pages = list(page_obj.object_list)
    tag_names = tag_names or {}
    facets = build_facets(base, selected, vocabulary, tag_names) if with_facets else []
    return SearchOutcome(
        parsed=parsed,
        count=paginator.count,
        page_obj=page_obj,
        results=to_results(pages, parsed, request),
        facets=facets,
        selected=selected,
        tag_names=tag_names,
    )


# --------------------------------------------------------------------------
# Zero results: what could help


def count_matching(parsed, selected, vocabulary):
    return apply_filters(matching(live_resources(), parsed), selected, vocabulary).count()


def rarest_word_dropped(parsed, selected, vocabulary):
    """(word, query without it, count) when dropping the rarest word finds something."""
    if len(parsed.groups) < 2:
        return None
    base = live_resources()
    frequencies = [
        (matching(base, ParsedQuery(g.text, [g])).count(), i) for i, g in enumerate(parsed.groups)
    ]
    _, rarest = min(frequencies)
    shorter = parsed.without(rarest)
    count = count_matching(shorter, selected, vocabulary)
    if not count:
        return None
    return parsed.groups[rarest].text, shorter, count


def popular_tags(limit=POPULAR_TAGS):
    return list(
        ResourcePageTag.objects.filter(content_object__in=live_resources().values("pk"))
        .values_list("tag__slug", "tag__name")
        .annotate(n=Count("id"))
        .order_by("-n", "tag__name")[:limit]
    )
