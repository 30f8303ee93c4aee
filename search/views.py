"""The search page (HTML and JSON) and its autocomplete endpoint."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from taggit.models import Tag
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from .analysis import parse_query
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
SUGGESTIONS = 8


@dataclass
class Link:
    label: str
    url: str
    count: int = 0


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
        SearchQueryLog.objects.create(
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
    outcome = run_search(
        parsed,
        params.selected,
        vocabulary,
        sort=params.sort,
        page=params.page,
        per_page=PER_PAGE,
        request=request,
        tag_names=tag_names,
    )
    paginator = outcome.page_obj.paginator
    if params.page > paginator.num_pages and outcome.count:
        params.notices.append(
            _("Il n'y a que %(count)d page(s) : voici la dernière.")
            % {"count": paginator.num_pages}
        )
    _log(params, outcome.count)
    promotions = _promotions(params.query) if outcome.page_obj.number == 1 else []

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
        "sorts": [(value, str(label), value == params.sort) for value, label in SORTS.items()],
        "count_label": _count_label(outcome.count, params.query),
        "pagination": _pagination(params, outcome.page_obj),
        "clear_url": "?" + urlencode({"q": params.query}) if params.query else "?",
        "json_url": "?"
        + urlencode([*params.pairs(page=outcome.page_obj.number), ("format", "json")]),
    }
    if outcome.count == 0:
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
    """Autocomplete: titles matching what is being typed (the last word as a prefix)."""
    vocabulary = Vocabulary.load()
    params = parse_params(request.GET, vocabulary)
    parsed = parse_query(params.query, prefix=True)
    results = []
    if parsed:
        outcome = run_search(
            parsed, {}, vocabulary, per_page=SUGGESTIONS, request=request, with_facets=False
        )
        results = [_json_result(r) for r in outcome.results]
    return JsonResponse(
        {"query": params.query, "count": len(results), "results": results},
        json_dumps_params={"ensure_ascii": False},
    )
