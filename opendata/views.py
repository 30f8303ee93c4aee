"""Small views of the open data app."""

from django.http import HttpResponse
from django.urls import reverse
from django.views.generic import TemplateView
from wagtail.models import Site

from .records import resource_markdown_document


class RobotsTxtView(TemplateView):
    """``/robots.txt``: everything may be crawled but the admin and the search pages."""

    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The site's public address (SITE_URL), like every URL the sitemap lists.
        site = Site.find_for_request(self.request)
        if site is None:
            context["sitemap_url"] = self.request.build_absolute_uri(reverse("sitemap"))
        else:
            context["sitemap_url"] = site.root_url + reverse("sitemap")
        return context


def resource_markdown_response(page, request):
    """The resource as a Markdown file, shown in the browser (``<resource url>markdown/``)."""
    response = HttpResponse(
        resource_markdown_document(page, request), content_type="text/markdown; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{page.slug}.md"'
    return response
