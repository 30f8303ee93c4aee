"""The open data endpoints search like the site's search page (``search`` app)."""

from django.db.models import Case, IntegerField, When

from search.analysis import parse_query
from search.engine import most_relevant_ids

# Resources ranked by the site search that the API pages through, at most.
MAX_SEARCH_RESULTS = 1000


def site_search(queryset, query, order_by_relevance=True):
    """``queryset`` narrowed to what the site's search finds for ``query``.

    Same analysis (French stemming, synonyms, stop words) and, unless
    ``order_by_relevance`` is false, same ranking as the search page.
    """
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
