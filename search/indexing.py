"""Keeping the resource search index up to date.

One row per live resource: title, summary, keywords (type, tags, themes,
audiences, place) and body, the latter gathered from the ``SearchField``s the
page type declares in ``search_fields``. Wagtail's publish, unpublish and delete
signals keep it current; ``manage.py rebuild_search_index`` rebuilds it.
"""

import logging
from contextlib import contextmanager

from django.db import DEFAULT_DB_ALIAS, DatabaseError, connection, connections, transaction
from django.db.models import Prefetch
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from commons.territories import DEPARTEMENT_NAMES

from . import postings, vocabulary
from .analysis import analyse, tokenize
from .models import (
    FTS_TABLE,
    PG_CONFIG,
    RUM_INDEX,
    SearchFacetSet,
    SearchIndexVersion,
    lock_index_writes,
)

logger = logging.getLogger(__name__)

# Fields that have their own column: everything else in search_fields is body.
OWN_COLUMNS = {"title", "summary"}
_state = {"paused": False}
_rank_index = {}  # (alias, database name) -> whether the RUM index exists


@contextmanager
def paused():
    """Skip signal-driven indexing (bulk loads rebuild the index once at the end)."""
    previous = _state["paused"]
    _state["paused"] = True
    try:
        yield
    finally:
        _state["paused"] = previous


def _field_text(page, name):
    try:
        field = page._meta.get_field(name)
    except Exception:  # a property or method declared as a search field
        field = None
    value = getattr(page, name, "")
    if callable(value):
        value = value()
    if value in (None, ""):
        return ""
    if isinstance(field, StreamField):
        return " ".join(str(part) for part in field.get_searchable_content(value))
    if isinstance(field, RichTextField):
        return strip_tags(str(value))
    return str(value)


def body_text(page):
    parts = []
    for search_field in type(page).get_search_fields():
        if isinstance(search_field, index.SearchField):
            name = search_field.field_name
            if name not in OWN_COLUMNS:
                parts.append(_field_text(page, name))
    return " ".join(p for p in parts if p)


def keywords_text(page):
    words = [str(page.specific_class.type_label)] if page.specific_class else []
    words += [tag.name for tag in page.tags.all()]
    words += [theme.label for theme in page.themes.all()]
    words += [audience.label for audience in page.audiences.all()]
    words += [page.commune, DEPARTEMENT_NAMES.get(page.departement, "")]
    return " ".join(w for w in words if w)


def facet_values(page):
    """(key, value) pairs of a resource for the facet counts (see SearchFacetSet)."""
    model = page.specific_class
    pairs = [("type", model.type_slug)] if model else []
    pairs += [("theme", theme.slug) for theme in page.themes.all()]
    pairs += [("audience", audience.slug) for audience in page.audiences.all()]
    pairs += [("tag", tag.slug) for tag in page.tags.all()]
    pairs += [(key, getattr(page, key)) for key in ("level", "departement") if getattr(page, key)]
    return pairs


def document_columns(page):
    """The four indexed columns of a (specific) resource page, as raw text."""
    return (page.title, page.summary or "", keywords_text(page), body_text(page))


def _analysed(columns):
    if connection.vendor == "postgresql":
        # PostgreSQL stems with french_unaccent: give it the same tokens.
        return [" ".join(tokenize(text)) for text in columns]
    return [" ".join(analyse(text)) for text in columns]


def _words_of_texts(texts):
    """{folded word: shown form} of every word of ``texts`` (the first form met is shown)."""
    words = {}
    for text in texts:
        for word, shown in vocabulary.words_of(text).items():
            words.setdefault(word, shown)
    return words


def _write(rows, facets=(), known_words=None):
    """Replace the index rows of ``rows`` = [(page_id, (title, summary, keywords, body))].

    Their words go to the word table too (``known_words``: a set of the words already
    stored, kept by a rebuild across its batches).
    """
    if not rows:
        return
    with transaction.atomic(), postings.stored_kept_current(page_id for page_id, _ in rows):
        _write_rows(rows, facets, known_words)


def _write_rows(rows, facets, known_words):
    vocabulary.add_words(
        _words_of_texts(text for _, columns in rows for text in columns), known_words
    )
    SearchIndexVersion.bump()
    SearchFacetSet.objects.filter(page_id__in=[page_id for page_id, _ in rows]).delete()
    SearchFacetSet.objects.bulk_create(
        SearchFacetSet(page_id=page_id, packed=SearchFacetSet.pack(pairs))
        for page_id, pairs in facets
    )
    ids = [page_id for page_id, _ in rows]
    with connection.cursor() as cursor:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join(["%s"] * len(chunk))
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", chunk)
        values = [(page_id, *_analysed(columns)) for page_id, columns in rows]
        if connection.vendor == "postgresql":
            # Only the weighted vector is stored: the text would triple the table that
            # every broad match reads.
            vector = " || ".join(
                f"setweight(to_tsvector('{PG_CONFIG}'::regconfig, %s), '{weight}')"
                for weight in "ABCD"
            )
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, search_fts) VALUES (%s, {vector})", values
            )
        else:
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, title, summary, keywords, body) "
                "VALUES (%s, %s, %s, %s, %s)",
                values,
            )


def rank_index_available(using=None):
    """Whether PostgreSQL has the RUM index that ranks matches (see ``Distance``).

    Read once per database and process: the index is created by a migration or by
    ``rebuild_search_index``, not while the site runs.
    """
    conn = connections[using or DEFAULT_DB_ALIAS]
    if conn.vendor != "postgresql":
        return False
    key = (conn.alias, conn.settings_dict["NAME"])
    if key not in _rank_index:
        with conn.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_indexes WHERE indexname = %s", [RUM_INDEX])
            _rank_index[key] = cursor.fetchone() is not None
    return _rank_index[key]


def ensure_rank_index(schema_editor=None, using=None):
    """Create the RUM index when PostgreSQL has the extension (Debian: postgresql-NN-rum).

    Without it, search still works and ranks with ``ts_rank``, which reads every
    matching row: fine for thousands of resources, slow for a common word among
    100,000. Creating the extension needs a superuser; if the database user is not
    one, an administrator runs ``CREATE EXTENSION rum`` and then
    ``manage.py rebuild_search_index``. Returns whether the index exists.
    """
    conn = schema_editor.connection if schema_editor else connections[using or DEFAULT_DB_ALIAS]
    if conn.vendor != "postgresql":
        return False
    key = (conn.alias, conn.settings_dict["NAME"])
    _rank_index.pop(key, None)  # read it afresh: it may have been created meanwhile
    if rank_index_available(conn.alias):
        return True
    _rank_index.pop(key, None)  # about to change
    with conn.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'")
        if cursor.fetchone() is None:
            logger.warning("Extension PostgreSQL « rum » absente : classement par ts_rank.")
            return False
        try:
            with transaction.atomic(using=conn.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS rum")
        except DatabaseError:
            logger.warning(
                "Impossible de créer l'extension « rum » (droits insuffisants ?) : "
                "classement par ts_rank."
            )
            return False
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {RUM_INDEX} ON {FTS_TABLE} "
            f"USING rum ({FTS_TABLE} rum_tsvector_ops)"
        )
    return rank_index_available(conn.alias)


def _indexable(queryset):
    return (
        queryset.live()
        .specific()
        .prefetch_related("tags", "themes", "audiences", Prefetch("content_type"))
    )


def index_pages(pages):
    """(Re)index the given live resource pages; drops the others from the index."""
    from practices.models import ResourcePage

    ids = [page.pk for page in pages]
    live = list(_indexable(ResourcePage.objects.filter(pk__in=ids)))
    # One change of the stored bitmaps for the removal and the writing together.
    with transaction.atomic(), postings.stored_kept_current(ids):
        remove_pages(ids)
        _write(
            [(page.pk, document_columns(page)) for page in live],
            [(page.pk, facet_values(page)) for page in live],
        )


def remove_pages(page_ids):
    """Drop the resources ``page_ids`` from the index, in one transaction."""
    page_ids = list(page_ids)
    if not page_ids:
        return
    with transaction.atomic(), postings.stored_kept_current(page_ids):
        _remove_rows(page_ids)


def _remove_rows(page_ids):
    SearchIndexVersion.bump()
    SearchFacetSet.objects.filter(page_id__in=page_ids).delete()
    with connection.cursor() as cursor:
        for start in range(0, len(page_ids), 500):
            chunk = page_ids[start : start + 500]
            marks = ", ".join(["%s"] * len(chunk))
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", chunk)


def rebuild(batch_size=500, stdout=None):
    """Empty the index and index every live resource; returns the number indexed."""
    from practices.models import ResourcePage

    total = 0
    ensure_rank_index()
    known_words = set()
    # The stored bitmaps are refilled once at the end rather than updated by every batch.
    with transaction.atomic(), postings.refilled_at_the_end():
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS_TABLE}")
        vocabulary.clear()
        SearchFacetSet.objects.all().delete()
        SearchIndexVersion.bump()
        ids = list(ResourcePage.objects.live().order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), batch_size):
            chunk = ids[start : start + batch_size]
            pages = list(_indexable(ResourcePage.objects.filter(pk__in=chunk)))
            _write(
                [(page.pk, document_columns(page)) for page in pages],
                [(page.pk, facet_values(page)) for page in pages],
                known_words,
            )
            total += len(chunk)
            if stdout:
                stdout.write(f"  {total}/{len(ids)}")
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
    return total


def fill_missing_words(batch_size=500):
    """Fill the word table from the indexed resources when it is empty and the index is
    not: a site indexed before the table existed (migration 0005) would otherwise
    correct no typo until its index is rebuilt. Returns the number of words stored."""
    from practices.models import ResourcePage

    tables = connection.introspection.table_names()
    if vocabulary.WORD_TABLE not in tables or FTS_TABLE not in tables:
        return 0  # migrated only part of the way
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT 1 FROM {vocabulary.WORD_TABLE} LIMIT 1")
        if cursor.fetchone() is not None:
            return 0
        cursor.execute(f"SELECT rowid FROM {FTS_TABLE}")
        ids = sorted(row[0] for row in cursor.fetchall())
    known_words = set()
    with transaction.atomic():
        lock_index_writes()
        for start in range(0, len(ids), batch_size):
            pages = _indexable(ResourcePage.objects.filter(pk__in=ids[start : start + batch_size]))
            texts = (text for page in pages for text in document_columns(page))
            vocabulary.add_words(_words_of_texts(texts), known_words)
        if known_words:
            SearchIndexVersion.bump()  # searches understood without the words are stale
    return len(known_words)


# --------------------------------------------------------------------------
# Signal handlers (connected in SearchConfig.ready)


def _is_resource(instance):
    from practices.models import ResourcePage

    return isinstance(instance, ResourcePage)


def _safely(action, *args):
    # Indexing must never make publishing fail: log and move on (a rebuild fixes it).
    try:
        with transaction.atomic():
            action(*args)
    except Exception:
        logger.exception("Search index update failed")


def on_published(sender, instance, **kwargs):
    if _is_resource(instance) and not _state["paused"]:
        _safely(index_pages, [instance])


def on_unpublished(sender, instance, **kwargs):
    if _is_resource(instance) and not _state["paused"]:
        _safely(remove_pages, [instance.pk])


def on_deleted(sender, instance, **kwargs):
    if _is_resource(instance) and not _state["paused"]:
        _safely(remove_pages, [instance.pk])


def on_view_restriction_or_tag_changed(sender, instance, **kwargs):
    # Who may see a resource, a tag or a vocabulary label changed: cached counts, tags
    # and vocabularies are stale.
    SearchIndexVersion.bump()
