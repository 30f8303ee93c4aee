"""What search engines and link previews read in ``<head>``: the canonical address."""

from urllib.parse import urlencode

from django import template

from commons.site_url import public_root_url

register = template.Library()

# Only the search words and the page number make a different page: filters, sort orders
# and tracking parameters show the same content in another order. The search reads at
# most this many characters of its words, so a longer value names the same page. A view
# whose page also depends on another parameter, already checked by the view (the kind of
# result of the search tabs), names it in ``canonical_parameters``.
CANONICAL_QUERY_LENGTH = 200


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The absolute, public address of the current page, for ``<link rel="canonical">``."""
    request = context.get("request")
    if request is None:
        return ""
    kept = []
    query = request.GET.get("q", "").strip()[:CANONICAL_QUERY_LENGTH]
    if query:
        kept.append(("q", query))
    kept.extend(context.get("canonical_parameters", ()))
    page = request.GET.get("page", "").strip()
    # Only a real page number: anything else shows page 1, whose address has none.
    if page.isascii() and page.isdigit() and len(page) <= 6 and int(page) > 1:
        kept.append(("page", str(int(page))))
    query = "?" + urlencode(kept) if kept else ""
    return public_root_url(request) + request.path + query
