"""The home page, root of the site, and the taxonomy pages it serves.

Theme, audience, tag and author pages are routes of the home page so that
they share the site's templates and navigation without extra page types.
"""

from django.db import models
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from commons.blocks import RICH_TEXT_FEATURES
from commons.listing import build_listing
from commons.models import Audience, Author, Theme, ThemeCategory
from practices import resource_types
from practices.models import ResourcePage, live_resources

LATEST_PER_TYPE = 3


class HomePage(RoutablePageMixin, Page):
    """Home of the commons: what it is, the latest resources, the themes."""

    hero_text = models.CharField(
        _("accroche"),
        max_length=250,
        blank=True,
        help_text=_("Une phrase qui dit ce qu'est Communs, sous le titre."),
    )
    intro = RichTextField(_("présentation"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("hero_text"), FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        *(resource_type.index_model_label for resource_type in resource_types.all()),
        "courses.CourseIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("page d'accueil")

    @path("")
    def index_route(self, request, *args, **kwargs):
        # Only the home itself needs these; the taxonomy routes render with their own data.
        request.is_preview = getattr(request, "is_preview", False)
        return self.render(request, context_overrides=self.get_home_context())

    def get_home_context(self):
        context = {}
        context["latest_by_type"] = [
            (
                resource_type,
                list(
                    ResourcePage.for_cards(live_resources().type(resource_type.model)).order_by(
                        "-first_published_at", "-pk"
                    )[:LATEST_PER_TYPE]
                ),
            )
            for resource_type in resource_types.all()
        ]
        context["theme_categories"] = themes_by_category()
        return context

    # Taxonomy pages ------------------------------------------------------

    def render_listing(self, request, *, title, intro, queryset, filters, template, extra=None):
        queryset = ResourcePage.for_cards(queryset).order_by("-first_published_at", "-pk")
        context = {
            "listing_title": title,
            "listing_intro": intro,
            "listing": build_listing(request, queryset, filters=filters),
            **(extra or {}),
        }
        return self.render(request, context_overrides=context, template=template)

    @path("themes/", name="themes")
    def theme_index(self, request):
        return self.render(
            request,
            context_overrides={"theme_categories": themes_by_category()},
            template="home/theme_index.html",
        )

    @path("themes/<slug:slug>/", name="theme")
    def theme_page(self, request, slug):
        theme = get_object_or_404(Theme.objects.select_related("category"), slug=slug)
        return self.render_listing(
            request,
            title=theme.label,
            intro=theme.description,
            queryset=live_resources().filter(themes=theme),
            filters=("audience", "level"),
            template="home/taxonomy_page.html",
            extra={"taxonomy_kind": _("Thème"), "theme": theme},
        )

    @path("publics/<slug:slug>/", name="audience")
    def audience_page(self, request, slug):
        audience = get_object_or_404(Audience, slug=slug)
        return self.render_listing(
            request,
            title=audience.label,
            intro="",
            queryset=live_resources().filter(audiences=audience),
            filters=("theme", "level"),
            template="home/taxonomy_page.html",
            extra={"taxonomy_kind": _("Public")},
        )

    # Tag slugs keep accents (taggit allows unicode): "<slug:…>" would not match them.
    @path("etiquettes/<str:slug>/", name="tag")
    def tag_page(self, request, slug):
        tag = get_object_or_404(Tag, slug=slug)
        return self.render_listing(
            request,
            title=tag.name,
            intro="",
            queryset=live_resources().filter(tags=tag),
            filters=("theme", "audience", "level"),
            template="home/taxonomy_page.html",
            extra={"taxonomy_kind": _("Étiquette")},
        )

    @path("auteurs/<slug:slug>/", name="author")
    def author_page(self, request, slug):
        author = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
        return self.render_listing(
            request,
            title=author.name,
            intro=author.bio,
            queryset=live_resources().filter(authors=author),
            filters=("theme",),
            template="home/author_page.html",
            extra={"taxonomy_kind": _("Contributeur"), "author": author},
        )


def themes_by_category():
    """Categories with their themes and the number of live resources of each."""
    live_ids = live_resources().values("pk")
    themes = Theme.objects.annotate(
        resource_count=Count("resourcepages", filter=Q(resourcepages__in=live_ids), distinct=True)
    ).select_related("category")
    categories = {category.pk: (category, []) for category in ThemeCategory.objects.all()}
    for theme in themes:
        categories[theme.category_id][1].append(theme)
    return list(categories.values())
