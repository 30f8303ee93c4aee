"""The bridge between the open data endpoints and the site's search (``search`` app)."""

import re

from django.db.models import Case, IntegerField, When

# Resources ranked by the site search that the API pages through, at most.
MAX_SEARCH_RESULTS = 1000
_NOT_A_WORD = re.compile(r"[^\w\s-]+")


def clean_query(query):
    """The words of a query, without the punctuation search engines choke on."""
    return " ".join(_NOT_A_WORD.sub(" ", query.replace("\x00", " ")).split())[:200]


def _site_search_engine():
    try:
        from search.analysis import parse_query
        from search.engine import most_relevant_ids
    except ImportError:  # a site without its own search
        return None
    return parse_query, most_relevant_ids


def site_search(queryset, query, order_by_relevance=True):
    """``queryset`` narrowed to what the site's search finds for ``query``.

    Same analysis (French stemming, synonyms, stop words) and, unless
    ``order_by_relevance`` is false, same ranking as the search page. Returns
    ``None`` when the site has no search of its own, so that callers fall back
    to Wagtail's search backend.
    """
    engine = _site_search_engine()
    if engine is None:
        return None
    parse_query, most_relevant_ids = engine
    parsed = parse_query(query)
    if not parsed:
        return queryset.none()
    ids = most_relevant_ids(parsed, MAX_SEARCH_RESULTS)
    results = queryset.filter(pk__in=ids)
    if not order_by_relevance:
        return results
    position = Case(
        *(When(pk=pk, then=index) for index, pk in enumerate(ids)), output_field=IntegerField()
    )
    return results.order_by(position)
