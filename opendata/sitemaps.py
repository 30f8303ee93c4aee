"""``/sitemap.xml``: every live page, plus the theme pages served by the home page."""

from wagtail.contrib.sitemaps import Sitemap as PagesSitemap


class ThemesSitemap(PagesSitemap):
    """The theme routes of the home page (``/themes/`` and ``/themes/<slug>/``)."""

    changefreq = "weekly"

    def items(self):
        from commons.models import Theme

        home = self.get_wagtail_site().root_page.specific
        if not hasattr(home, "reverse_subpage") or not home.live:
            return []
        base_url = home.get_full_url(self.request)
        routes = [base_url + home.reverse_subpage("themes")]
        routes += [
            base_url + home.reverse_subpage("theme", kwargs={"slug": slug})
            for slug in Theme.objects.values_list("slug", flat=True)
        ]
        return routes

    def location(self, item):
        return item

    def lastmod(self, item):
        return None

    def _urls(self, page, protocol, domain):
        # Locations are already absolute, built from the Wagtail site like page URLs.
        return [
            {"item": item, "location": item, "changefreq": self.changefreq}
            for item in self.paginator.page(page).object_list
        ]


SITEMAPS = {"pages": PagesSitemap, "themes": ThemesSitemap}
