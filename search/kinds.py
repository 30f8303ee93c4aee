"""What else people look for besides resources: courses (« parcours »), authors and
structures. Each is a *kind* of result with its own tab and count on the search page.

Search offers the registry; it imports nothing from the apps above it. An app whose
pages people look for registers a ``Kind`` from its ``AppConfig.ready()`` (courses do,
see ``courses.search_kind``); authors come from commons, which search may import, and
are registered here.

A kind hands over its *documents*: only what an anonymous visitor may see, exactly as
for resources (``commons.visibility``): a draft, a private page or an author whose
resources are all private never appears, not even in a count. They are built once per
index version in each process (``SearchIndexVersion``: every index write, view
restriction or page move renews it, and so does publishing, unpublishing or deleting
a page of a registered kind, or saving a registered model) and matched in memory with
the resources' analysis: the same words, stems and synonyms, and the query the engine
corrected (typos, joined or split words).
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Count
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished

from commons.models import Author
from practices.models import ResourcePage, live_resources

from .analysis import fold, stem, tokenize
from .models import SearchIndexVersion

RESOURCES = "ressources"


@dataclass(frozen=True)
class KindDocument:
    """One thing of a kind, as the search reads and shows it."""

    title: str
    url: str
    summary: str
    title_stems: frozenset
    stems: frozenset  # of the title, the summary and the keywords
    tokens: tuple  # folded words, for the word being typed (autocomplete)
    sort_key: str

    @classmethod
    def of(cls, title, url, summary="", keywords=""):
        tokens = tokenize(f"{title} {summary} {keywords}")
        return cls(
            title=title,
            url=url,
            summary=summary,
            title_stems=frozenset(stem(t) for t in tokenize(title)),
            stems=frozenset(stem(t) for t in tokens),
            tokens=tuple(dict.fromkeys(tokens)),
            sort_key=fold(title),
        )

    def holds(self, stems, typed_prefix=""):
        """Whether the document holds every stem of ``stems`` and, when given, a word
        starting with ``typed_prefix`` (the word being typed)."""
        if not stems <= self.stems:
            return False
        return not typed_prefix or any(t.startswith(typed_prefix) for t in self.tokens)

    def score(self, compiled):
        """None unless every group of ``compiled`` (see ``compile_groups``) is held; else
        higher for the groups held in the title."""
        score = 0
        for alternatives in compiled:
            held = [stems for stems, typed in alternatives if self.holds(stems, typed)]
            if not held:
                return None
            score += 3 if any(stems <= self.title_stems for stems in held) else 1
        return score


def compile_groups(parsed):
    """The query as [group: [(stems of its whole words, word being typed or "")]]: stemmed
    once per query rather than once per document."""
    compiled = []
    last = len(parsed.groups) - 1
    for i, group in enumerate(parsed.groups):
        alternatives = []
        for alternative in group.alternatives:
            if parsed.prefix and i == last:
                *whole, typed = alternative
            else:
                whole, typed = alternative, ""
            alternatives.append((frozenset(stem(t) for t in whole), typed))
        compiled.append(alternatives)
    return compiled


@dataclass
class Kind:
    """A kind of result: its tab, what its results are called, its documents."""

    slug: str  # in the query string: ?kind=parcours
    label: str  # the tab: « Parcours »
    type_label: str  # on each result: « Parcours de formation »
    documents: Callable[[], list]  # [KindDocument] an anonymous visitor may see
    count_label: Callable[[int], str]
    # Page models whose publishing, unpublishing or deletion changes the documents, and
    # other models whose saving or deletion does.
    page_models: tuple = ()
    models: tuple = ()
    order: int = 100


@dataclass
class KindMatches:
    kind: Kind
    count: int
    documents: list = field(default_factory=list)  # best first


_registry = {}
_lock = threading.Lock()
_built = {}  # "version" -> the version, "documents" -> {slug: [KindDocument]}


def _renew_version(sender, **kwargs):
    SearchIndexVersion.bump()


def register(kind):
    """Add ``kind`` to the search page (idempotent: registering again replaces it)."""
    _registry[kind.slug] = kind
    for model in kind.page_models:
        uid = f"search_kind_{kind.slug}_{model.__name__}"
        page_published.connect(_renew_version, sender=model, dispatch_uid=uid + "_published")
        page_unpublished.connect(_renew_version, sender=model, dispatch_uid=uid + "_unpub")
        post_delete.connect(_renew_version, sender=model, dispatch_uid=uid + "_deleted")
    for model in kind.models:
        uid = f"search_kind_{kind.slug}_{model.__name__}"
        post_save.connect(_renew_version, sender=model, dispatch_uid=uid + "_saved")
        post_delete.connect(_renew_version, sender=model, dispatch_uid=uid + "_deleted")
    _built.clear()


def registered():
    """The registered kinds, in tab order."""
    return sorted(_registry.values(), key=lambda kind: (kind.order, kind.slug))


def get(slug):
    return _registry.get(slug)


def documents_by_kind():
    """{slug: [KindDocument]} at the current index version (one query when built)."""
    version = SearchIndexVersion.current()
    if _built.get("version") != version:
        with _lock:
            if _built.get("version") != version:
                # In title order once: equal scores keep it (sorting is stable).
                documents = {
                    kind.slug: sorted(kind.documents(), key=lambda d: d.sort_key)
                    for kind in registered()
                }
                _built.update(version=version, documents=documents)
    return _built["documents"]


def search_kinds(parsed):
    """{slug: KindMatches} of every registered kind for ``parsed`` (everything if empty)."""
    found = {}
    documents = documents_by_kind()
    compiled = compile_groups(parsed) if parsed else []
    for kind in registered():
        ranked = documents.get(kind.slug, [])
        if parsed:
            scored = [(d.score(compiled), d) for d in ranked]
            matching = [pair for pair in scored if pair[0] is not None]
            ranked = [d for _score, d in sorted(matching, key=lambda pair: -pair[0])]
        found[kind.slug] = KindMatches(kind, len(ranked), ranked)
    return found


# --------------------------------------------------------------------------
# Authors and structures: from commons, registered by search itself.


def _author_url(root, slug):
    """The author's public page, a route of the site's home page (found by name)."""
    try:
        return root.url + root.reverse_subpage("author", kwargs={"slug": slug})
    except Exception:  # no such route on this site's root: shown without a link
        return ""


def author_documents():
    """Authors with at least one resource an anonymous visitor may see."""
    visible = live_resources().values("pk")
    counts = dict(
        ResourcePage.authors.through.objects.filter(resourcepage__in=visible)
        .values("author_id")
        .annotate(resources=Count("resourcepage_id", distinct=True))
        .values_list("author_id", "resources")
    )
    if not counts:
        return []
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    root = site.root_page.specific if site else None
    documents = []
    for author in Author.objects.filter(pk__in=list(counts)).order_by("name"):
        details = [author.organisation, author.role, author.territory]
        resources = ngettext("%(count)d ressource", "%(count)d ressources", counts[author.pk]) % {
            "count": counts[author.pk]
        }
        documents.append(
            KindDocument.of(
                author.name,
                _author_url(root, author.slug) if root else "",
                " · ".join([*(d for d in details if d), resources]),
                keywords=" ".join(d for d in details if d),
            )
        )
    return documents


def _authors_count_label(count):
    return ngettext("%(count)d auteur ou structure", "%(count)d auteurs ou structures", count) % {
        "count": count
    }


AUTHORS = Kind(
    slug="auteurs",
    label=_("Auteurs et structures"),
    type_label=_("Auteur ou structure"),
    documents=author_documents,
    count_label=_authors_count_label,
    models=(Author,),
    order=200,
)

register(AUTHORS)
