"""What search engines and link previews read in ``<head>``: the canonical address."""

from urllib.parse import urlencode

from django import template

from commons.site_url import public_root_url

register = template.Library()

# Query parameters that make a different page: the search words and the page number.
# Filters, sort orders and tracking parameters show the same content in another order.
CANONICAL_PARAMETERS = ("q", "page")


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The absolute, public address of the current page, for ``<link rel="canonical">``."""
    request = context.get("request")
    if request is None:
        return ""
    kept = []
    for name in CANONICAL_PARAMETERS:
        value = request.GET.get(name, "").strip()
        if value and not (name == "page" and value == "1"):
            kept.append((name, value))
    query = "?" + urlencode(kept) if kept else ""
    return public_root_url(request) + request.path + query
