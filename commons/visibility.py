"""Who may see what: the one place that decides whether a page or a document is visible.

Pages. A page is *publicly visible* when it is live and no view restriction (password,
login, groups) applies to it or to an ancestor: exactly what Wagtail's ``public()``
queryset filter keeps. Whatever names or links another page on a public surface (the
« Adapté de » footer, JSON-LD, the API, Markdown) asks ``publicly_visible_page``, never
``live`` alone.

Documents. A document is *readable* by a request when every view restriction of its
collection and of the collection's ancestors accepts that request: the check Wagtail's
own serve view runs (``wagtail.documents.wagtail_hooks.check_view_restrictions``). Any
code that reads a document's file for a visitor (the ZIP of supports) keeps only
``readable_documents``; templates and exports that list documents name the restriction
(``document_restriction_label``) without depending on who is asking, so cached
fragments stay the same for everyone.

Images have no view restrictions in Wagtail: their files are public by design.
"""

from types import SimpleNamespace

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    PageViewRestriction,
)

# Most demanding first: a document under several restrictions is labelled by the first.
RESTRICTION_LABELS = {
    BaseViewRestriction.GROUPS: _("réservé à certains groupes"),
    BaseViewRestriction.PASSWORD: _("protégé par un mot de passe"),
    BaseViewRestriction.LOGIN: _("réservé aux personnes connectées"),
}
_UNREADABLE_ATTRIBUTE = "_communs_unreadable_collection_ids"
_RESTRICTED_ATTRIBUTE = "_communs_restricted_collections"


# Pages ------------------------------------------------------------------------------


def publicly_visible(pages):
    """The pages of the queryset ``pages`` that an anonymous visitor may see."""
    return pages.live().public()


def publicly_visible_page(page):
    """``page`` when an anonymous visitor may see it, else None (also for None).

    One query: a restriction on the page or on an ancestor, found by path like
    ``public()`` does.
    """
    if page is None or not page.live:
        return None
    paths = [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]
    return None if PageViewRestriction.objects.filter(page__path__in=paths).exists() else page


# Documents ----------------------------------------------------------------------------


def documents_folder():
    """The media folder of document files (``documents/``), which only the serve view reads."""
    from wagtail.documents import get_document_model

    return get_document_model()._meta.get_field("file").upload_to.rstrip("/") + "/"


def anonymous_request():
    """What the restrictions need to know of a visitor who is not logged in."""
    return SimpleNamespace(user=AnonymousUser(), session={})


def unreadable_collection_ids(request):
    """Ids of the collections whose documents ``request`` may not read.

    Computed once per request (Wagtail's own rule, also used by its documents API);
    without a request, for an anonymous visitor.
    """
    # Imported here: the module loads the page model, not ready while models import this.
    from wagtail.api.v2.utils import get_restricted_collection_ids

    if request is None:
        return get_restricted_collection_ids(anonymous_request())
    ids = getattr(request, _UNREADABLE_ATTRIBUTE, None)
    if ids is None:
        ids = get_restricted_collection_ids(request)
        setattr(request, _UNREADABLE_ATTRIBUTE, ids)
    return ids


def readable_documents(request, documents):
    """The documents of ``documents`` (a queryset or an iterable) that ``request`` may read."""
    unreadable = unreadable_collection_ids(request)
    if hasattr(documents, "exclude"):
        return documents.exclude(collection_id__in=unreadable) if unreadable else documents
    return [document for document in documents if document.collection_id not in unreadable]


def document_is_readable(request, document):
    """Whether ``request`` may read ``document``, as Wagtail's serve view decides."""
    return document.collection_id not in unreadable_collection_ids(request)


def restricted_collections(request=None):
    """{collection id: restriction types} of every collection under a view restriction.

    The same for every visitor; kept on ``request``, when given, for the next documents.
    """
    known = getattr(request, _RESTRICTED_ATTRIBUTE, None)
    if known is None:
        known = _restricted_collections()
        if request is not None:
            setattr(request, _RESTRICTED_ATTRIBUTE, known)
    return known


def _restricted_collections():
    restrictions = list(
        CollectionViewRestriction.objects.values_list("collection__path", "restriction_type")
    )
    if not restrictions:
        return {}
    under_any = Q()
    for path, _type in restrictions:
        under_any |= Q(path__startswith=path)
    return {
        pk: {kind for path, kind in restrictions if own_path.startswith(path)}
        for pk, own_path in Collection.objects.filter(under_any).values_list("pk", "path")
    }


def document_restriction_label(document, request=None):
    """« réservé aux personnes connectées »… for a restricted document, else "".

    The same for every visitor (``request`` only keeps the restrictions for the next call).
    """
    if document is None:
        return ""
    kinds = restricted_collections(request).get(document.collection_id, ())
    return next((str(label) for kind, label in RESTRICTION_LABELS.items() if kind in kinds), "")
