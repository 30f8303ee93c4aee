"""Invalidate the public page cache when anything a public page shows changes.

Pages show resources, their themes, authors, images, documents, licences, feedback
summaries, courses… so any saved or deleted row of those apps makes every cached page
stale (a new cache generation, see ``commons.middleware``). Book-keeping rows that no
public page shows (renditions made while rendering, revisions, logs, sessions, login
attempts, search index and query log, reports, join requests) are ignored, otherwise
rendering a page would itself empty the cache.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from .middleware import invalidate_page_cache, page_cache_enabled

WATCHED_APPS = {
    "commons",
    "home",
    "practices",
    "courses",
    "community",
    "opendata",
    "taggit",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "wagtailsearchpromotions",
    "wagtailsettings",
    "wagtailembeds",
}
IGNORED_MODELS = {
    "wagtailimages.rendition",
    "wagtailcore.revision",
    "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.pagesubscription",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.uploadedfile",
    "wagtailcore.referenceindex",
    "community.report",
    "community.joinrequest",
}


def is_watched(model):
    meta = model._meta
    return meta.app_label in WATCHED_APPS and meta.label_lower not in IGNORED_MODELS


def _changed(sender, **kwargs):
    if not page_cache_enabled() or not is_watched(sender):
        return
    # Now, so that this process stops serving stale pages at once, and again after the
    # commit, so that no page rendered from the old data in between stays cached.
    invalidate_page_cache()
    transaction.on_commit(invalidate_page_cache)


def _m2m_changed(sender, instance, action, **kwargs):
    if action.startswith("post_"):
        _changed(type(instance))


def connect():
    post_save.connect(_changed, dispatch_uid="commons-page-cache-save")
    post_delete.connect(_changed, dispatch_uid="commons-page-cache-delete")
    m2m_changed.connect(_m2m_changed, dispatch_uid="commons-page-cache-m2m")
