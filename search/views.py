"""The search page (HTML and JSON) and its autocomplete endpoint."""

from dataclasses import dataclass, replace
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from taggit.models import Tag
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from . import kinds, suggestions
from .analysis import clean_query, parse_query
from .engine import (
    FACET_KEYS,
    SORTS,
    Vocabulary,
    count_matching,
    popular_tags,
    rarest_word_dropped,
    run_search,
)
from .forms import parse_params
from .models import SearchQueryLog

PER_PAGE = 12


@dataclass
class Link:
    label: str
    url: str
    count: int = 0


@dataclass
class Tab:
    """A kind of result (resources, courses, authors…): a link with its count."""

    kind: str
    label: str
    url: str
    count: int
    current: bool

    def as_json(self):
        return {
            "kind": self.kind,
            "label": self.label,
            "url": self.url,
            "count": self.count,
            "current": self.current,
        }


@dataclass
class KindView:
    """The page of a kind other than resources that the visitor chose (?kind=)."""

    kind: kinds.Kind
    count: int
    page_obj: object

    def as_json(self):
        return {
            "kind": self.kind.slug,
            "count": self.count,
            "page": self.page_obj.number,
            "num_pages": self.page_obj.paginator.num_pages,
            "results": [
                {
                    "title": document.title,
                    "url": document.url,
                    "type": str(self.kind.type_label),
                    "summary": document.summary,
                }
                for document in self.page_obj.object_list
            ],
        }


def _kinds(params, outcome, parsed):
    """The tabs, with their counts, and the chosen kind's page (None for resources).

    The other kinds are matched with the query the engine searched for (typos
    corrected, words joined or split), so every tab forgives what the resources do.
    """
    found = kinds.search_kinds(outcome.parsed or parsed)
    tabs = [
        Tab(
            kinds.RESOURCES,
            _("Ressources"),
            replace(params, kind=kinds.RESOURCES, notices=[]).url(),
            outcome.count,
            params.kind == kinds.RESOURCES,
        )
    ]
    query = [("q", params.query)] if params.query else []
    for slug, matches in found.items():
        url = "?" + urlencode([*query, ("kind", slug)])
        tabs.append(Tab(slug, str(matches.kind.label), url, matches.count, params.kind == slug))
    if params.kind == kinds.RESOURCES:
        return tabs, None
    matches = found[params.kind]
    paginator = Paginator(matches.documents, PER_PAGE)
    if params.page > paginator.num_pages and matches.count:
        params.notices.append(
            _("Il n'y a que %(count)d page(s) : voici la dernière.")
            % {"count": paginator.num_pages}
        )
    return tabs, KindView(matches.kind, matches.count, paginator.get_page(params.page))


def _kinds_json(tabs, view):
    """The tabs; on another kind's tab, its results instead of the resources."""
    return {"tabs": [tab.as_json() for tab in tabs], **(view.as_json() if view else {})}


def _kind_context(params, view):
    """What the page shows on another kind's tab: its results, no resource filters."""
    count = view.kind.count_label(view.count)
    if params.query:
        count = _("%(count)s pour « %(query)s »") % {"count": count, "query": params.query}
    return {
        "kind_view": view,
        "kind_results": view.page_obj.object_list,
        "page_obj": view.page_obj,
        "results": [],
        "facets": [],
        "promotions": [],
        "count_label": count,
        "pagination": _pagination(params, view.page_obj),
        "resources_url": replace(params, kind=kinds.RESOURCES, notices=[]).url(),
        "json_url": "?" + urlencode([*params.pairs(page=view.page_obj.number), ("format", "json")]),
        # A known kind only (the view fell back to resources otherwise): its own page.
        "canonical_parameters": [("kind", view.kind.slug)],
    }


def _validate_tags(params):
    slugs = params.selected.get("tag", [])
    if not slugs:
        return {}
    names = dict(Tag.objects.filter(slug__in=slugs).values_list("slug", "name"))
    unknown = [s for s in slugs if s not in names]
    for slug in unknown:
        params.notices.append(
            _("Le filtre « %(value)s » est inconnu : il a été ignoré.") % {"value": slug}
        )
    kept = [s for s in slugs if s in names]
    if kept:
        params.selected["tag"] = kept
    else:
        params.selected.pop("tag", None)
    return names


def _active_filters(params, vocabulary, tag_names):
    return [
        Link(
            _("%(facet)s : %(value)s")
            % {"facet": _facet_name(key), "value": vocabulary.label(key, value, tag_names)},
            params.url(drop=(key, value)),
        )
        for key in FACET_KEYS
        for value in params.selected.get(key, [])
    ]


def _facet_name(key):
    from .engine import FACET_LEGENDS

    return str(FACET_LEGENDS[key])


def _promotions(query):
    if not query:
        return []
    promotions = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )
    links = []
    for promotion in promotions:
        if promotion.page_id:
            if promotion.page.live:
                links.append(
                    {
                        "title": promotion.page.title,
                        "url": promotion.page.get_url(),
                        "description": promotion.description,
                    }
                )
        elif promotion.external_link_url:
            links.append(
                {
                    "title": promotion.external_link_text or promotion.external_link_url,
                    "url": promotion.external_link_url,
                    "description": promotion.description,
                }
            )
    return links


def _zero_result_help(params, parsed, vocabulary, tag_names):
    """Filters worth removing, the query without its rarest word, popular tags."""
    removable = []
    for key in FACET_KEYS:
        for value in params.selected.get(key, []):
            fewer = {
                k: [v for v in vs if (k, v) != (key, value)] for k, vs in params.selected.items()
            }
            count = count_matching(parsed, fewer)
            if count:
                removable.append(
                    Link(
                        _("Retirer le filtre « %(value)s »")
                        % {"value": vocabulary.label(key, value, tag_names)},
                        params.url(drop=(key, value)),
                        count,
                    )
                )
    shorter = None
    dropped = rarest_word_dropped(parsed, params.selected) if parsed else None
    if dropped:
        word, shorter_query, count = dropped
        query_params = [("q", shorter_query.text)] + params.pairs()[1 if params.query else 0 :]
        shorter = Link(
            _("Rechercher « %(query)s » (sans « %(word)s »)")
            % {"query": shorter_query.text, "word": word},
            "?" + urlencode(query_params),
            count,
        )
    tags = [Link(name, "?" + urlencode({"tag": slug})) for slug, name, _count in popular_tags()]
    return {"removable_filters": removable, "shorter_query": shorter, "popular_tags": tags}


def _log(params, count):
    if params.query and params.page == 1:
        SearchQueryLog.record(
            query=" ".join(params.query.lower().split())[:200],
            results_count=count,
            has_filters=params.has_filters,
        )


def _json_facets(facets):
    return {
        facet.key: [
            {"value": o.value, "label": o.label, "count": o.count, "selected": o.selected}
            for o in facet.options
        ]
        for facet in facets
    }


def _json_result(result):
    return {
        "title": result.title,
        "url": result.url,
        "type": result.type_label,
        "summary": result.summary,
        "date": result.date.isoformat() if result.date else None,
        "themes": [theme.label for theme in result.themes],
        "missing_words": result.missing_words,
    }


def search(request):
    vocabulary = Vocabulary.load()
    params = parse_params(request.GET, vocabulary)
    tag_names = _validate_tags(params)
    parsed = parse_query(params.query)
    if params.query and not parsed:
        params.notices.append(
            _(
                "Votre recherche « %(query)s » ne contient aucun mot que nous puissions chercher "
                "(les mots très courants comme « le » ou « de » sont ignorés) : voici toutes "
                "les ressources."
            )
            % {"query": params.query[:80]}
        )
    on_resources = params.kind == kinds.RESOURCES
    outcome = run_search(
        parsed,
        params.selected,
        vocabulary,
        sort=params.sort,
        page=params.page if on_resources else 1,
        per_page=PER_PAGE,
        request=request,
        tag_names=tag_names,
        correct=not params.exact,
    )
    paginator = outcome.page_obj.paginator
    if on_resources and params.page > paginator.num_pages and outcome.count:
        params.notices.append(
            _("Il n'y a que %(count)d page(s) : voici la dernière.")
            % {"count": paginator.num_pages}
        )
    _log(params, outcome.count)
    promotions = _promotions(params.query) if outcome.page_obj.number == 1 else []
    tabs, kind_view = _kinds(params, outcome, parsed)

    if request.GET.get("format") == "json":
        return JsonResponse(
            {
                "query": params.query,
                "count": outcome.count,
                "page": outcome.page_obj.number,
                "num_pages": paginator.num_pages,
                "results": [_json_result(r) for r in outcome.results],
                "facets": _json_facets(outcome.facets),
                "promoted": promotions,
                "notices": params.notices,
                "corrected_query": outcome.corrected_text(params.query),
                "partial": outcome.partial,
                **_kinds_json(tabs, kind_view),
            },
            json_dumps_params={"ensure_ascii": False},
        )

    context = {
        "search_query": params.query,
        "params": params,
        "outcome": outcome,
        "results": outcome.results,
        "page_obj": outcome.page_obj,
        "facets": outcome.facets,
        "active_filters": _active_filters(params, vocabulary, tag_names),
        "notices": params.notices,
        "promotions": promotions,
        "corrected_query": outcome.corrected_text(params.query),
        "exact_url": replace(params, exact=True).url(),
        "sorts": [(value, str(label), value == params.sort) for value, label in SORTS.items()],
        "count_label": _count_label(outcome.count, params.query),
        "pagination": _pagination(params, outcome.page_obj),
        "clear_url": "?" + urlencode({"q": params.query}) if params.query else "?",
        "json_url": "?"
        + urlencode([*params.pairs(page=outcome.page_obj.number), ("format", "json")]),
    }
    context["tabs"] = tabs
    if kind_view:
        context.update(_kind_context(params, kind_view))
    elif outcome.count == 0:
        context.update(_zero_result_help(params, parsed, vocabulary, tag_names))
    return TemplateResponse(request, "search/search.html", context)


def _count_label(count, query):
    if query:
        return ngettext(
            "%(count)d ressource trouvée pour « %(query)s »",
            "%(count)d ressources trouvées pour « %(query)s »",
            count,
        ) % {"count": count, "query": query}
    return ngettext("%(count)d ressource", "%(count)d ressources", count) % {"count": count}


def _pagination(params, page_obj):
    paginator = page_obj.paginator
    if paginator.num_pages <= 1:
        return None
    numbers = paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    pages = [
        {
            "number": n,
            "url": params.url(page=n) if n != paginator.ELLIPSIS else "",
            "current": n == page_obj.number,
            "ellipsis": n == paginator.ELLIPSIS,
        }
        for n in numbers
    ]
    return {
        "pages": pages,
        "previous": params.url(page=page_obj.number - 1) if page_obj.has_previous() else "",
        "next": params.url(page=page_obj.number + 1) if page_obj.has_next() else "",
        "number": page_obj.number,
        "num_pages": paginator.num_pages,
    }


def suggest(request):
    """Autocomplete: tags, resource titles and course titles for what is being typed
    (see ``search.suggestions``). JSON; not logged."""
    query = clean_query(request.GET.get("q", ""))[: suggestions.MAX_QUERY_LENGTH]
    found = suggestions.suggest(query, Vocabulary.load(), request)
    return JsonResponse(
        {"query": query, "count": len(found), "results": [s.as_json() for s in found]},
        json_dumps_params={"ensure_ascii": False},
    )
