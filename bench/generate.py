"""Bulk generation of published resources for the load benchmark (``bench/load.py``).

Pages are appended to the tree directly (next treebeard path, live, no revision, no
validation, reference index paused), with the bodies and vocabularies of the test
factories (``commons/factories.py``, ``practices/factories.py``): the same content
shapes as the test suite, many times faster than going through the publishing
workflow. Wagtail's own search index is not updated during the load; the site's search
index (``search`` app) is rebuilt once at the end.
"""

import datetime
import itertools

from django.conf import settings
from django.db import transaction
from django.utils import timezone

WORDS = [
    "numérique",
    "inclusion",
    "atelier",
    "tablette",
    "smartphone",
    "démarches",
    "administratives",
    "courriel",
    "sécurité",
    "mot",
    "de",
    "passe",
    "bibliothèque",
    "médiation",
    "seniors",
    "jeunes",
    "parentalité",
    "emploi",
    "santé",
    "impôts",
    "identité",
    "numérique",
    "réseaux",
    "sociaux",
    "fracture",
    "accompagnement",
]
BATCH = 500


def sections():
    """The section page of each resource type under the home page (created when
    missing), by type key ("sheet"…)."""
    from practices import resource_types
    from tests import factories

    home = factories.get_home_page()
    found = {}
    for rtype in resource_types.all():
        index_model = rtype.index_model
        page = index_model.objects.child_of(home).first()
        if page is None:
            page = getattr(factories, f"{index_model.__name__}Factory")(parent=home)
        found[rtype.key] = page
    return found


def resource_count():
    from practices.models import ResourcePage

    return ResourcePage.objects.live().count()


def generate(total, stdout=print):
    """Add published resources until there are ``total`` of them (as many of each type).

    The bulk load turns Wagtail's per-page search indexing and the page cache
    invalidation off for its own duration only, then invalidates the cached pages once.
    Left off, the process would go on publishing without invalidating anything:
    ``bench/reliability.py`` publishes from the process that generated the content, and
    its section page stayed cached without the new resources.
    """
    from django.db.models.signals import post_save
    from modelsearch.signal_handlers import post_save_signal_handler

    from commons.middleware import invalidate_page_cache
    from practices import models as practices
    from practices import resource_types

    senders = [practices.ResourcePage, *(rtype.model for rtype in resource_types.all())]
    for sender in senders:
        post_save.disconnect(post_save_signal_handler, sender=sender)
    page_cache = settings.COMMONS_PAGE_CACHE
    settings.COMMONS_PAGE_CACHE = False
    try:
        return bulk_load(total, stdout)
    finally:
        settings.COMMONS_PAGE_CACHE = page_cache
        for sender in senders:
            post_save.connect(post_save_signal_handler, sender=sender)
        invalidate_page_cache()


def bulk_load(total, stdout):
    """``generate``'s work, signals and page cache aside."""
    from wagtail.models import Page
    from wagtail.signal_handlers import disable_reference_index_auto_update

    from commons.factories import body_data
    from commons.models import Audience, Licence, Theme
    from practices import resource_types
    from search import indexing

    parents = sections()
    existing = resource_count()
    themes = list(Theme.objects.order_by("pk"))
    audiences = list(Audience.objects.order_by("pk"))
    licence_id = Licence.default_pk()
    types = resource_types.all()
    cycle = itertools.cycle([(rtype.model, parents[rtype.key]) for rtype in types])
    start = timezone.now() - datetime.timedelta(days=total)
    positions = {}
    for parent in parents.values():
        # From the paths, not get_last_child(): numchild is only set at the end, so a
        # load interrupted earlier would start again at position 1.
        last = (
            Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            .order_by("-path")
            .first()
        )
        positions[parent.pk] = Page._str2int(last.path[-Page.steplen :]) if last else 0
    with indexing.paused(), disable_reference_index_auto_update():
        for number in range(existing, total):
            if (number - existing) % BATCH == 0:
                if number > existing:
                    transaction.commit()
                    stdout(f"  {number}/{total} ressources")
                transaction.set_autocommit(False)
            model, parent = next(cycle)
            words = [WORDS[(number * 7 + i) % len(WORDS)] for i in range(4)]
            published = start + datetime.timedelta(days=number % total, minutes=number)
            page = model(
                title=f"{' '.join(words).capitalize()} n° {number}",
                slug=f"ressource-{number}",
                summary=f"Une ressource sur {', '.join(words)} pour les médiateurs.",
                body=body_data(number),
                licence_id=licence_id,
                level=("debutant", "intermediaire", "avance")[number % 3],
                live=True,
                first_published_at=published,
                last_published_at=published,
            )
            positions[parent.pk] += 1
            page.depth = parent.depth + 1
            page.path = Page._get_path(parent.path, page.depth, positions[parent.pk])
            page.numchild = 0
            page.save(clean=False)
            page.themes.set([themes[number % len(themes)], themes[(number * 3) % len(themes)]])
            page.audiences.set([audiences[number % len(audiences)]])
        for parent in parents.values():
            # Not get_children(): treebeard answers "no children" while numchild is 0.
            children = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            Page.objects.filter(pk=parent.pk).update(numchild=children.count())
        transaction.commit()
        transaction.set_autocommit(True)
    stdout("  index de recherche…")
    indexing.rebuild()
    return resource_count()
