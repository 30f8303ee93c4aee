"""``/sitemap.xml``: every indexable page, each with its date of last change (``lastmod``).

Wagtail's pages (home, listings, resources, courses) come with their publication date,
or their newest descendant's for the pages that list others.
The routes of the home page (themes, audiences, tags, authors) are listed when they show
at least one live resource, dated by the newest of them. The pages written as templates
(accessibility statement, legal notice, « Contribuer ») are dated by their template file.
"""

import datetime
import os

from django.db.models import Max
from django.template.loader import get_template
from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap as PagesSitemap

from practices.models import live_resources


class AbsoluteLocationSitemap(PagesSitemap):
    """Items are ``(absolute URL, lastmod)``, built from the Wagtail site like page URLs."""

    changefreq = "weekly"

    def routes(self, home, base_url):
        raise NotImplementedError

    def items(self):
        home = self.get_wagtail_site().root_page.specific
        if not hasattr(home, "reverse_subpage") or not home.live:
            return []
        return list(self.routes(home, home.get_full_url(self.request)))

    def location(self, item):
        return item[0]

    def lastmod(self, item):
        return item[1]

    def _urls(self, page, protocol, domain):
        # Locations are already absolute: Django's protocol and domain must not be added.
        return [
            {"item": item, "location": item[0], "lastmod": item[1], "changefreq": self.changefreq}
            for item in self.paginator.page(page).object_list
        ]


def newest_by(field):
    """``{slug: newest last_published_at}`` of the live public resources, per ``field``."""
    rows = (
        live_resources()
        .exclude(**{f"{field}__slug": None})
        .values_list(f"{field}__slug")
        .annotate(newest=Max("last_published_at"))
        .order_by(f"{field}__slug")
    )
    return {slug: newest for slug, newest in rows if newest is not None}


class TaxonomySitemap(AbsoluteLocationSitemap):
    """Theme, audience, tag and author pages (routes of the home page) that list something."""

    # Route name of the home page -> the resource field whose slugs it takes.
    ROUTES = {"theme": "themes", "audience": "audiences", "tag": "tags", "author": "authors"}

    def routes(self, home, base_url):
        newest_of_all = None
        for route, field in self.ROUTES.items():
            for slug, newest in newest_by(field).items():
                url = base_url + home.reverse_subpage(route, kwargs={"slug": slug})
                yield url, newest
                newest_of_all = max(newest_of_all or newest, newest)
        if newest_of_all is not None:
            yield base_url + home.reverse_subpage("themes"), newest_of_all


# URL names of the pages written as templates, and their template.
TEMPLATE_PAGES = {
    "accessibility": "pages/accessibilite.html",
    "legal_notice": "pages/mentions_legales.html",
    "community:contribute": "community/contribute.html",
}


def template_lastmod(template_name):
    """When the template file was last changed (its text is the page's content)."""
    path = get_template(template_name).origin.name
    return datetime.datetime.fromtimestamp(os.path.getmtime(path), tz=datetime.UTC)


class TemplatePagesSitemap(AbsoluteLocationSitemap):
    """The accessibility statement, the legal notice and the « Contribuer » page."""

    changefreq = "monthly"

    def routes(self, home, base_url):
        root = base_url.rstrip("/")
        for url_name, template_name in TEMPLATE_PAGES.items():
            yield root + reverse(url_name), template_lastmod(template_name)


class ListedPagesSitemap(PagesSitemap):
    """Wagtail's pages; a page listing others (home, sections) changes when they do.

    Its ``lastmod`` is the newest of its own publication and its live descendants' (the
    home page created by the first migration has no date of its own).
    """

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list.iterator():
            newest = None
            if item.numchild:
                newest = (
                    item.get_descendants()
                    .live()
                    .public()
                    .aggregate(newest=Max("last_published_at"))["newest"]
                )
            for url_info in item.get_sitemap_urls(self.request):
                dates = [date for date in (url_info.get("lastmod"), newest) if date]
                urls.append({**url_info, "lastmod": max(dates, default=None)})
        dates = [url_info["lastmod"] for url_info in urls]
        if dates and None not in dates:
            self.latest_lastmod = max(dates)
        return urls


SITEMAPS = {
    "pages": ListedPagesSitemap,
    "taxonomy": TaxonomySitemap,
    "static": TemplatePagesSitemap,
}
