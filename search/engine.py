"""The resource search: one ranked query over every resource type, with facets.

``run_search(params)`` returns everything the HTML page and the JSON output
show, in a constant number of SQL queries: the count, one page of results, one
aggregation per facet, the vocabularies for labels. Facets are disjunctive:
each group counts the results filtered by every *other* group, so checking a
second theme shows how many more resources it brings.
"""

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, F
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.models import PageViewRestriction

from commons.listing import load_in_order
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
from .models import Rank, SearchFacetSet, SearchIndexEntry, SearchIndexVersion

RESOURCE_TYPES = (PracticeSheet, ProjectRecipe, WorkshopMaterial)
FACET_KEYS = ("type", "theme", "audience", "level", "tag", "departement")
SORTS = {"pertinence": _("pertinence"), "recent": _("les plus récentes")}
MAX_VALUES_PER_FACET = 20
TAG_FACET_SIZE = 15
DEPARTEMENT_FACET_SIZE = 15
POPULAR_TAGS = 12


def compile_query(parsed):
    return to_tsquery(parsed) if connection.vendor == "postgresql" else to_fts5(parsed)


def matching_ids(parsed):
    """The ids of the indexed resources matching ``parsed``, as a subquery."""
    entries = SearchIndexEntry.objects.filter(document__match=compile_query(parsed))
    return entries.values("page_id")


def matching(queryset, parsed):
    """``queryset`` restricted to resources matching ``parsed`` (unchanged if empty).

    The match is an ``IN (subquery)``, not a join: joined, SQLite may drive the query
    from another index (the page type, say) and re-run the full-text match for each of
    its rows — seconds instead of milliseconds on a common word. As a subquery the
    match runs once.
    """
    if not parsed:
        return queryset
    return queryset.filter(pk__in=matching_ids(parsed))


def live_resources():
    return ResourcePage.objects.live().public()


def facet_base_ids(parsed):
    """The ids of the resources facets are counted over, as cheap to read as possible.

    The index only holds live resources (the publish signals keep it so): when no
    page is private, the matching ids come straight from the index instead of
    joining the page tree again.
    """
    if not parsed or PageViewRestriction.objects.exists():
        return matching(live_resources(), parsed).values("pk")
    return matching_ids(parsed)


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


def apply_filters(queryset, selected, vocabulary):
    """Filter by every selected facet; values OR within a facet."""
    for key, values in selected.items():
        if not values:
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


def count_facets(ids, selected):
    """(number of results, {key: {value: count}}) over the resources ``ids``.

    One read of the packed facet rows, then the usual disjunctive tally: a resource
    that passes every selected group is a result and counts in every group; one that
    fails a single group counts only in that group, since unchecking it would bring
    the resource back. Rows are tallied in bulk (one split, one Counter) because a
    common word matches thousands of resources.
    """
    separator = SearchFacetSet.SEPARATOR
    wanted = {
        key: {f"{key}={value}" for value in values} for key, values in selected.items() if values
    }
    rows = SearchFacetSet.objects.filter(page_id__in=ids).values_list("packed", flat=True)
    passing, failing_one = [], {key: [] for key in wanted}
    for packed in rows:
        if wanted:
            tokens = packed.split(separator)
            failed = [key for key, accepted in wanted.items() if accepted.isdisjoint(tokens)]
            if failed:
                if len(failed) == 1:
                    failing_one[failed[0]].append(packed)
                continue
        passing.append(packed)

    def tally(packed_rows):
        return Counter(separator.join(packed_rows).split(separator)) if packed_rows else {}

    counts = {key: {} for key in FACET_KEYS}
    for token, n in tally(passing).items():
        key, _, value = token.partition("=")
        if key in counts:
            counts[key][value] = n
    for key, packed_rows in failing_one.items():
        for token, n in tally(packed_rows).items():
            token_key, _, value = token.partition("=")
            if token_key == key:
                counts[key][value] = counts[key].get(value, 0) + n
    return len(passing), counts


def cached_under_index_version(name, parts, compute):
    """``compute()``, cached under ``name`` and ``parts`` until the index changes.

    What is cached this way depends only on the index (and on which resources are
    private, and tag names): the version token that every such change renews is read
    from the database, so every app server sees a change at once, whatever its cache.
    SEARCH_FACET_CACHE_SECONDS=0 computes every time.
    """
    seconds = getattr(settings, "COMMONS_SEARCH_FACET_CACHE_SECONDS", 600)
    if not seconds:
        return compute()
    signature = json.dumps([SearchIndexVersion.current(), *parts])
    key = f"communs:search:{name}:" + hashlib.sha256(signature.encode()).hexdigest()
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, seconds)
    return found


def cached_facet_counts(parsed, selected):
    """``count_facets`` for this query and these filters, cached until the index changes:
    as with a search engine's request cache, a popular query or the JSON call that
    follows the page is counted once."""
    return cached_under_index_version(
        "facets",
        [
            compile_query(parsed) if parsed else "",
            sorted((key, sorted(values)) for key, values in selected.items() if values),
        ],
        lambda: count_facets(facet_base_ids(parsed), selected),
    )


def build_facets(counts, selected, vocabulary, tag_names):
    """Facet groups with their options, from ``count_facets``' counts."""

    def top(key, size):
        found = counts[key]
        values = sorted(found, key=lambda v: (-found[v], v))[:size]
        return values + [v for v in selected.get(key, []) if v not in values]

    tag_slugs = top("tag", TAG_FACET_SIZE)
    tag_labels = dict(Tag.objects.filter(slug__in=tag_slugs).values_list("slug", "name"))
    tag_labels.update({s: tag_names.get(s, s) for s in tag_slugs if s not in tag_labels})
    choices = {
        "type": [(slug, label) for slug, (label, _) in vocabulary.types.items()],
        "theme": [(slug, theme.label) for slug, theme in vocabulary.themes.items()],
        "audience": [(slug, audience.label) for slug, audience in vocabulary.audiences.items()],
        "level": list(vocabulary.levels.items()),
        "tag": [(slug, tag_labels[slug]) for slug in tag_slugs],
        "departement": [
            (code, vocabulary.label("departement", code))
            for code in top("departement", DEPARTEMENT_FACET_SIZE)
            if code in vocabulary.departements
        ],
    }
    facets = []
    for key in FACET_KEYS:
        chosen = selected.get(key, [])
        options = [
            FacetOption(value, label, counts[key].get(value, 0), value in chosen)
            for value, label in choices[key]
            if counts[key].get(value) or value in chosen
        ]
        for option in options:
            option.input_id = f"filtre-{key}-{option.value}"
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
    """The resources of ``queryset`` matching ``parsed``, best first or newest first.

    Ranking joins the index (its score needs the match in the same query); the full-text
    table then drives the query, since the ordering reads it.
    """
    if parsed and sort == "pertinence":
        query = compile_query(parsed)
        rank = Rank(F("search_entry__document"), query)
        found = queryset.filter(search_entry__document__match=query).annotate(score=rank)
        return found.order_by("-score", "-first_published_at", "-pk")
    return matching(queryset, parsed).order_by("-first_published_at", "-pk")


class CountedPaginator(Paginator):
    """A paginator told its count, counted by a cheaper query than its object list."""

    def __init__(self, object_list, per_page, *, count):
        super().__init__(object_list, per_page)
        self.known_count = count

    @property
    def count(self):
        return self.known_count


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
    filtered = apply_filters(live_resources(), selected, vocabulary)
    if with_facets:
        # Counting the facets counts the results on the way.
        count, facet_counts = cached_facet_counts(parsed, selected)
    else:
        count = matching(filtered, parsed).count()
    # Rank on ids only (a narrow sort), then load the page's resources.
    paginator = CountedPaginator(
        ranked(filtered, parsed, sort).values_list("pk", flat=True), per_page, count=count
    )
    page_obj = paginator.get_page(page)
    pages = load_in_order(ResourcePage.objects.prefetch_related("themes"), page_obj.object_list)
    tag_names = tag_names or {}
    facets = build_facets(facet_counts, selected, vocabulary, tag_names) if with_facets else []
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


def count_matching(parsed, selected):
    """How many resources a search would find: counted with the facets (and cached)."""
    return cached_facet_counts(parsed, selected)[0]


def rarest_word_dropped(parsed, selected):
    """(word, query without it, count) when dropping the rarest word finds something."""
    if len(parsed.groups) < 2:
        return None
    # Which word is rarest is read from the index alone: no need to join the pages.
    frequencies = [
        (matching_ids(ParsedQuery(g.text, [g])).count(), i) for i, g in enumerate(parsed.groups)
    ]
    _, rarest = min(frequencies)
    shorter = parsed.without(rarest)
    count = count_matching(shorter, selected)
    if not count:
        return None
    return parsed.groups[rarest].text, shorter, count


def popular_tags(limit=POPULAR_TAGS):
    """The most used tags of live resources, cached like the facet counts."""

    def compute():
        return list(
            ResourcePageTag.objects.filter(content_object__in=live_resources().values("pk"))
            .values_list("tag__slug", "tag__name")
            .annotate(n=Count("id"))
            .order_by("-n", "tag__name")[:limit]
        )

    return cached_under_index_version("popular-tags", [limit], compute)
