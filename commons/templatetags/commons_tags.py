"""Template helpers for the public site: URLs of taxonomy pages, durations,
file descriptions, navigation, breadcrumb and pagination.

They keep logic out of the templates: templates only print what these return.
"""

import re
from decimal import Decimal

from django import template
from django.utils.formats import number_format
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page

from commons.site_url import site_root_page
from commons.visibility import document_restriction_label

register = template.Library()

_IFRAME_TITLE = re.compile(r"(?<=<iframe)([^>]*?)\s+title=\"[^\"]*\"")


# Home page routes (themes, theme, audience, tag, author) ------------------


def _home_page(request):
    """The site's root page (the HomePage), cached on the request."""
    if request is None:
        return site_root_page()
    home = getattr(request, "_communs_home_page", None)
    if home is None:
        home = site_root_page(request)
        request._communs_home_page = home
    return home


@register.simple_tag(takes_context=True)
def home_route(context, name, *args):
    """URL of one of the HomePage routes: ``{% home_route "theme" theme.slug %}``."""
    request = context.get("request")
    home = _home_page(request)
    if home is None:
        return ""
    base = home.get_url(request) or "/"
    return base.rstrip("/") + "/" + home.reverse_subpage(name, args=args).lstrip("/")


# Formatting --------------------------------------------------------------


@register.filter
def duration(minutes):
    """Minutes as French text: 90 → « 1 h 30 », 45 → « 45 min », 120 → « 2 h »."""
    try:
        minutes = int(minutes)
    except (TypeError, ValueError):
        return ""
    if minutes <= 0:
        return ""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    if not rest:
        return f"{hours} h"
    return f"{hours} h {rest:02d}"


@register.filter
def quantity(value):
    """A decimal quantity without trailing zeros, French style: 1.50 → « 1,5 »."""
    if value in (None, ""):
        return ""
    if isinstance(value, float):
        value = Decimal(str(value))
    if isinstance(value, Decimal):
        # Two decimals at most: quantities may come from floats (0.3 → 0.29999…).
        value = value.quantize(Decimal("0.01")).normalize()
        if value == value.to_integral():
            value = value.quantize(Decimal(1))
    return number_format(value, use_l10n=True, force_grouping=True)


@register.filter
def file_description(document):
    """« PDF, 120 Ko »: the file type and size of a Wagtail document."""
    if not document:
        return ""
    parts = []
    extension = (document.file_extension or "").upper()
    if extension:
        parts.append(extension)
    try:
        size = document.get_file_size()
    except OSError:
        size = None
    if size:
        parts.append(file_size(size))
    return ", ".join(parts)


@register.simple_tag(takes_context=True)
def document_restriction(context, document):
    """« réservé aux personnes connectées »… when the document's collection is restricted.

    The same for every visitor: cached fragments and pages may hold it.
    """
    return document_restriction_label(document, context.get("request"))


@register.filter
def file_size(size):
    """Bytes in French units: « 850 octets », « 120 Ko », « 2,4 Mo »."""
    try:
        size = int(size)
    except (TypeError, ValueError):
        return ""
    if size < 1000:
        return ngettext("%(size)d octet", "%(size)d octets", size) % {"size": size}
    if size < 1000 * 1000:
        return _("%(size)s Ko") % {"size": number_format(round(size / 1000))}
    megabytes = round(size / 1000 / 1000, 1)
    if megabytes == int(megabytes):
        megabytes = int(megabytes)
    return _("%(size)s Mo") % {"size": number_format(megabytes)}


@register.filter
def choice_label(struct_value, name):
    """The display label of a ChoiceBlock inside a StructBlock value."""
    raw = struct_value.get(name)
    try:
        choices = struct_value.block.child_blocks[name].field.choices
    except (AttributeError, KeyError):
        return raw
    return dict(choices).get(raw, raw)


# Navigation --------------------------------------------------------------


@register.simple_tag(takes_context=True)
def main_nav_items(context):
    """The main navigation: sections in the menu, then « Thèmes », with their state."""
    request = context.get("request")
    path = request.path if request else ""
    items = []
    for section in context.get("nav_sections") or []:
        url = section.get_url(request)
        if url:
            items.append(_nav_item(section.title, url, path))
    themes_url = home_route(context, "themes")
    if themes_url:
        items.append(_nav_item(_("Thèmes"), themes_url, path))
    return items


def _nav_item(label, url, path):
    if path == url:
        current = "page"
    elif url != "/" and path.startswith(url):
        current = "true"
    else:
        current = ""
    return {"label": label, "url": url, "current": current}


@register.inclusion_tag("includes/breadcrumb.html", takes_context=True)
def breadcrumb(context, current=None, parent_route=None, parent_label=None):
    """Breadcrumb from the site's home to the current page.

    On a page, its ancestors (from the home page) link, and the page is current.
    On a route of the home page (theme, author…), pass the route's ``current``
    label and, optionally, an intermediate route (``parent_route``/``parent_label``).
    """
    request = context.get("request")
    page = context.get("page")
    items = []
    if isinstance(page, Page):
        ancestors = page.get_ancestors(inclusive=current is not None).filter(depth__gte=2)
        for ancestor in ancestors:
            label = _("Accueil") if ancestor.depth == 2 else ancestor.title
            items.append({"label": label, "url": ancestor.get_url(request)})
        if current is None:
            current = page.title
    if parent_route:
        items.append({"label": parent_label, "url": home_route(context, parent_route)})
    return {"items": items, "current": current}


# Listings ----------------------------------------------------------------


def _page_url(listing, number):
    query = listing.querystring
    if number == 1:
        return "?" + query if query else "?"
    return f"?{query}&page={number}" if query else f"?page={number}"


@register.simple_tag
def pagination_links(listing):
    """Previous/next URLs and the (elided) page numbers of a listing."""
    page_obj = listing.page_obj
    paginator = listing.paginator
    if paginator.num_pages < 2:
        return None
    pages = []
    for number in paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1):
        if number == paginator.ELLIPSIS:
            pages.append({"ellipsis": True})
        else:
            pages.append(
                {
                    "number": number,
                    "url": _page_url(listing, number),
                    "current": number == page_obj.number,
                }
            )
    return {
        "previous": _page_url(listing, page_obj.number - 1) if page_obj.has_previous() else "",
        "next": _page_url(listing, page_obj.number + 1) if page_obj.has_next() else "",
        "pages": pages,
        "number": page_obj.number,
        "num_pages": paginator.num_pages,
    }


@register.simple_tag
def result_count(listing):
    """« 12 ressources », « 1 ressource », « Aucune ressource »."""
    count = listing.paginator.count
    if not count:
        return _("Aucune ressource")
    return ngettext("%(count)d ressource", "%(count)d ressources", count) % {"count": count}


@register.simple_tag
def page_suffix(listing):
    """« — page 2 sur 5 » for the <title> of paginated listings, empty on page 1."""
    if listing is None or listing.page_obj.number < 2:
        return ""
    return _(" — page %(number)d sur %(total)d") % {
        "number": listing.page_obj.number,
        "total": listing.paginator.num_pages,
    }


# Home page ---------------------------------------------------------------


@register.simple_tag(takes_context=True)
def home_sections(context, latest_by_type):
    """The home page's blocks of latest resources, one per type, with their section link.

    ``latest_by_type`` pairs each resource type (its declaration, ``ResourceType``) with
    its latest resources.
    """
    request = context.get("request")
    sections = []
    for resource_type, resources in latest_by_type:
        index_page = Page.objects.live().type(resource_type.index_model).first()
        sections.append(
            {
                "slug": resource_type.slug,
                "heading": resource_type.latest_heading,
                "see_all_label": resource_type.see_all_label,
                "url": index_page.get_url(request) if index_page else "",
                "resources": resources,
            }
        )
    return sections


@register.filter
def iframe_title(html, title):
    """Give an embed's <iframe> the editor's title, announced by screen readers."""
    if not html:
        return ""
    html = _IFRAME_TITLE.sub(r"\1", str(html))
    return mark_safe(  # noqa: S308 - the embed HTML comes from Wagtail's embed finders
        html.replace("<iframe", f'<iframe title="{escape(title)}"', 1)
    )


@register.filter
def starts_with_heading(stream):
    """Whether a StreamField value opens with a heading block (then no wrapper heading)."""
    try:
        return bool(stream) and stream[0].block_type == "heading"
    except (AttributeError, IndexError, TypeError):
        return False
