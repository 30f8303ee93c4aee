"""The bridge between the open data endpoints and the site's search."""


def site_search(queryset, query):
    """Search ``queryset`` like the site's search page does.

    Returns ``None`` when the site has no search of its own, so that callers fall
    back to Wagtail's search backend (configured with the French search config).
    """
    return None
