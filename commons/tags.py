"""Every tag gets a slug that a URL can carry.

taggit slugifies the name, and a name without a letter or a digit (« !!! », an emoji)
gives an empty slug: the tag's page then cannot be linked, and every resource that
shows the tag failed to render.
"""

import hashlib

from django.db.models.signals import pre_save
from django.utils.text import slugify

FALLBACK_PREFIX = "etiquette"


def fallback_slug(name):
    """A stable slug for a name that slugifies to nothing: one per name."""
    digest = hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{FALLBACK_PREFIX}-{digest}"


def give_every_tag_a_slug(sender, instance, **kwargs):
    if not slugify(instance.slug or "", allow_unicode=True):
        instance.slug = fallback_slug(instance.name or "")


def connect():
    from taggit.models import Tag

    pre_save.connect(give_every_tag_a_slug, sender=Tag, dispatch_uid="commons-tag-slug")
