"""RSS 2.0 (``/flux/``) and Atom (``/flux/atom/``) feeds of new or updated resources.

``?type=fiche|recette|atelier`` (or sheet, recipe, workshop), ``?theme=<slug>`` and
``?tag=<slug>`` narrow the feed; an unknown value answers 404 rather than a broken feed.
"""

from dataclasses import dataclass, field

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from taggit.models import Tag
from wagtail.models import Site

from commons.models import Theme
from commons.text import clean_data
from practices.models import ResourcePage

from .resource_types import resource_type_for_name

FEED_SIZE = 50


@dataclass
class FeedSelection:
    """The resources a feed request asks for, and how to describe them."""

    site: Site | None
    model: type | None = None
    filters: dict = field(default_factory=dict)
    labels: list = field(default_factory=list)

    @classmethod
    def from_request(cls, request):
        selection = cls(site=Site.find_for_request(request))
        type_slug = request.GET.get("type")
        if type_slug is not None:
            resource_type = resource_type_for_name(type_slug)
            if resource_type is None:
                raise Http404("Type de ressource inconnu.")
            model = resource_type.model
            selection.model = model
            selection.labels.append(str(model._meta.verbose_name_plural))
        theme_slug = request.GET.get("theme")
        if theme_slug is not None:
            theme = Theme.objects.filter(slug=theme_slug).first()
            if theme is None:
                raise Http404("Thème inconnu.")
            selection.filters["themes"] = theme
            selection.labels.append(f"thème « {theme.label} »")
        tag_slug = request.GET.get("tag")
        if tag_slug is not None:
            tag = Tag.objects.filter(slug=tag_slug).first()
            if tag is None:
                raise Http404("Étiquette inconnue.")
            selection.filters["tags"] = tag
            selection.labels.append(f"étiquette « {tag.name} »")
        return selection

    def resources(self):
        queryset = ResourcePage.objects.live().public().filter(**self.filters)
        if self.model is not None:
            queryset = queryset.type(self.model)
        if self.site is not None:
            queryset = queryset.descendant_of(self.site.root_page)
        return (
            queryset.select_related("licence")
            .prefetch_related("authors", "themes", "tags")
            .order_by("-last_published_at", "-pk")
            .distinct()[:FEED_SIZE]
        )


class ResourceFeed(Feed):
    """RSS 2.0 feed of the latest new or updated resources."""

    feed_type = Rss201rev2Feed
    language = "fr"
    # Atom wants an author for every entry: the site stands in for entries without one.
    author_name = "Communs"

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return FeedSelection.from_request(request)

    def get_feed(self, obj, request):
        """The feed with its text cleaned as on save (``commons.text``).

        Text is cleaned when saved; this also covers rows written before that or
        around ``save()``, since one control character would fail the whole feed.
        """
        feed = super().get_feed(obj, request)
        feed.feed = clean_data(feed.feed)
        feed.items = clean_data(feed.items)
        return feed

    def title(self, selection):
        site_name = selection.site.site_name if selection.site else "Communs"
        suffix = f" — {', '.join(selection.labels)}" if selection.labels else ""
        return f"{site_name or 'Communs'} : nouvelles ressources{suffix}"

    def link(self, selection):
        if selection.site is not None:
            return selection.site.root_page.get_full_url(self.request)
        return "/"

    def feed_url(self, selection):
        # The feed's own address, filters included (Atom's rel="self").
        return self.request.get_full_path()

    def description(self, selection):
        return (
            "Les fiches pratiques, recettes de projets et ateliers publiés "
            "ou mis à jour récemment sur Communs."
        )

    def items(self, selection):
        return selection.resources()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return ", ".join(author.name for author in item.authors.all()) or None

    def item_categories(self, item):
        return [theme.label for theme in item.themes.all()] + [tag.name for tag in item.tags.all()]

    def item_copyright(self, item):
        return item.licence.name if item.licence_id else None


class AtomResourceFeed(ResourceFeed):
    """The same selection as an Atom 1.0 feed."""

    feed_type = Atom1Feed

    def subtitle(self, selection):
        return self.description(selection)
