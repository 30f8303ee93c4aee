"""Make the image renditions public pages need when a page is saved live, not on a visit.

Wagtail writes a rendition row (and file) the first time a template asks for a size. On
SQLite there is a single writer: a visitor's page view that needs a new rendition waits
for it, behind an editor who is publishing. Under load, after each publication every
worker rendering a listing with the new resource's cover waited there, and requests
timed out. Saving a live page now makes the renditions of its images that the public
templates use, in the editor's transaction, so that page views only read.

``PUBLIC_IMAGE_SPECS`` holds the filter specs written in the templates for page images
(a test checks that every ``{% picture %}``/``{% image %}`` of a page's image, and the
share picture, uses one).
"""

from django.db.models.signals import post_save
from wagtail.images import get_image_model
from wagtail.images.models import Filter, SourceImageIOError
from wagtail.models import Page

PUBLIC_IMAGE_SPECS = (
    # Cards of resources and courses (listings, home, themes, search results).
    "fill-{400x225,800x450} format-{webp,jpeg}",
    # Cover of a resource page, and of a course page.
    "format-{webp,jpeg} width-{640,960}",
    "format-{webp,jpeg} width-{640,960,1280}",
    # Cover of a course booklet (HTML and PDF).
    "width-960 format-jpeg",
    # The picture shown when a page is shared (OpenGraph, schema.org), made in Python.
    "fill-1200x630 format-jpeg",
)


def public_filter_specs():
    """Every single filter spec of ``PUBLIC_IMAGE_SPECS``, braces expanded."""
    specs = []
    for pattern in PUBLIC_IMAGE_SPECS:
        for spec in Filter.expand_spec(pattern):
            if spec not in specs:
                specs.append(spec)
    return specs


def page_images(page):
    """The images a page points at through its own fields (its cover, for instance)."""
    image_model = get_image_model()
    images = []
    for field in page._meta.concrete_fields:
        if field.is_relation and field.related_model is image_model:
            image = getattr(page, field.name)
            if image is not None:
                images.append(image)
    return images


def make_public_renditions(page):
    for image in page_images(page):
        try:
            image.get_renditions(*public_filter_specs())
        except SourceImageIOError:
            # A missing original: the templates show their "not found" placeholder, as
            # Wagtail does; saving the page must not fail for it.
            continue


def _page_saved(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Page) or not instance.live:
        return
    make_public_renditions(instance)


def connect():
    post_save.connect(_page_saved, dispatch_uid="commons-public-renditions")
