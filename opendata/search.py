"""The bridge between the open data endpoints and the site's search."""

import re

_NOT_A_WORD = re.compile(r"[^\w\s'-]+")


def clean_query(query):
    """The words of a query, without the punctuation search engines choke on."""
    return " ".join(_NOT_A_WORD.sub(" ", query.replace("\x00", " ")).replace("'", " ").split())[
        :200
    ]


def site_search(queryset, query):
    """Search ``queryset`` like the site's search page does.

    Returns ``None`` when the site has no search of its own, so that callers fall
    back to Wagtail's search backend (configured with the French search config).
    """
    return None
