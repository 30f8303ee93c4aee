"""The resource search index and the search log.

``SearchIndexEntry`` maps one row per live resource, keyed by the page id:

* on SQLite it is an FTS5 virtual table holding French stems (see
  ``search.analysis``), ranked with ``bm25`` and per-column weights;
* on PostgreSQL it is a plain table whose ``search_fts`` column is a weighted
  ``tsvector`` built with the ``french_unaccent`` configuration, under a GIN index
  (matching) and, when the extension is installed, a RUM index (ranking). Only the
  vector is stored there: the text columns stay empty, so that reading 40,000
  matching rows reads a third of the pages.

Both are created by migration 0001 for the current database; the model is
unmanaged and only used to join and rank in ORM queries.
"""

import contextvars
import uuid

from django.core.signals import request_finished, request_started
from django.db import connection, models, transaction
from django.db.models import FloatField, Func, Lookup
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

FTS_TABLE = "search_fts"
PG_CONFIG = "french_unaccent"
# Column weights, highest first: title, summary, keywords (type, tags, themes,
# audiences, place), body.
SQLITE_WEIGHTS = (10.0, 4.0, 3.0, 1.0)
# ts_rank's weights are given in D, C, B, A order.
PG_WEIGHTS = "{0.1, 0.3, 0.4, 1.0}"


class DocumentField(models.TextField):
    """The FTS5 hidden column (SQLite) or the weighted tsvector (PostgreSQL)."""

    def db_type(self, connection):
        return "tsvector" if connection.vendor == "postgresql" else "text"


@DocumentField.register_lookup
class Match(Lookup):
    """``document__match=compiled_query``: full-text match, per database."""

    lookup_name = "match"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        if connection.vendor == "postgresql":
            sql = f"{lhs} @@ to_tsquery('{PG_CONFIG}'::regconfig, {rhs})"
        else:
            sql = f"{lhs} MATCH {rhs}"
        return sql, (*lhs_params, *rhs_params)


RUM_INDEX = "search_fts_rum"


class Distance(Func):
    """How far a matched row is from the query: order by it ascending, best first.

    SQLite: ``bm25`` with per-column weights (lower is better already).
    PostgreSQL with the RUM index (see ``search.indexing.ensure_rank_index``): RUM's
    ``<=>`` distance, which the index computes from the positions and weights it
    stores, so that the best dozen of 40,000 matches come out of the index without
    reading the table. Without RUM: ``ts_rank`` on every matching row, negated.
    Needs the match filter in the same query.
    """

    output_field = FloatField()

    def __init__(self, document, compiled_query, *, rum=False):
        super().__init__(document, models.Value(compiled_query))
        self.rum = rum

    def as_sql(self, compiler, connection, **extra):
        document, query = self.source_expressions
        lhs, lhs_params = compiler.compile(document)
        rhs, rhs_params = compiler.compile(query)
        if connection.vendor == "postgresql":
            tsquery = f"to_tsquery('{PG_CONFIG}'::regconfig, {rhs})"
            if self.rum:
                return f"({lhs} <=> {tsquery})", (*lhs_params, *rhs_params)
            sql = f"(-ts_rank('{PG_WEIGHTS}'::float4[], {lhs}, {tsquery}, 1))"
            return sql, (*lhs_params, *rhs_params)
        weights = ", ".join(str(w) for w in SQLITE_WEIGHTS)
        # bm25() ignores the query argument: it scores the row the MATCH found.
        return f"bm25({lhs}, {weights})", tuple(lhs_params)


class SearchIndexEntry(models.Model):
    page = models.OneToOneField(
        "practices.ResourcePage",
        primary_key=True,
        db_column="rowid",
        db_constraint=False,
        on_delete=models.DO_NOTHING,
        related_name="search_entry",
    )
    title = models.TextField()
    summary = models.TextField()
    keywords = models.TextField()
    body = models.TextField()
    document = DocumentField(db_column=FTS_TABLE)

    class Meta:
        managed = False
        db_table = FTS_TABLE

    def __str__(self):
        return self.title


class SearchQueryLog(models.Model):
    """One search made on the public site (the autocomplete is not logged)."""

    query = models.CharField(_("recherche"), max_length=200, db_index=True)
    results_count = models.PositiveIntegerField(_("nombre de résultats"))
    has_filters = models.BooleanField(_("avec filtres"), default=False)
    created_at = models.DateTimeField(_("date"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("recherche effectuée")
        verbose_name_plural = _("recherches effectuées")
        ordering = ["-created_at"]

    def __str__(self):
        return self.query

    @classmethod
    def record(cls, query, results_count, has_filters):
        """Log a search without making the visitor wait for the disk: on PostgreSQL this
        commit does not wait for the write-ahead log to be flushed (a crash may lose the
        last few searches of the log, never content)."""
        # No savepoint inside a request's transaction: the setting then holds for it.
        with transaction.atomic(savepoint=False):
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL synchronous_commit TO OFF")
            return cls.objects.create(
                query=query, results_count=results_count, has_filters=has_filters
            )


class SearchFacetSet(models.Model):
    """The facet values of one indexed resource (type, themes, audiences, level, tags,
    place), packed in one row as ``key=value`` lines.

    Counting facets then reads one row per matching resource by its primary key and
    tallies the values in Python: a few milliseconds for thousands of matches, where
    one row per value meant ten times more index lookups.
    """

    SEPARATOR = "\n"

    page_id = models.IntegerField(primary_key=True)
    packed = models.TextField()

    def __str__(self):
        return self.packed.replace(self.SEPARATOR, ", ")

    @classmethod
    def pack(cls, pairs):
        return cls.SEPARATOR.join(
            f"{key}={str(value).replace(cls.SEPARATOR, ' ')[:150]}" for key, value in pairs
        )


# PostgreSQL advisory lock held by every change to the index until its transaction ends.
INDEX_WRITE_LOCK = 0x636F6D6D  # "comm"


def lock_index_writes():
    """Wait for any other transaction changing the index, then hold the others off until
    this one ends (PostgreSQL). Taken before anything else a change to the index locks
    (``SearchIndexVersion.bump`` takes it first), so that two changes never each hold
    what the other waits for."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [INDEX_WRITE_LOCK])


class SearchIndexVersion(models.Model):
    """A token that changes whenever the index (or who may see a resource) changes.

    Facet counts are cached under it: every process reads it from the database, so a
    change made by one app server is seen by all of them, whatever their cache. A fresh
    random token, not a counter, so that a rolled-back change never leaves a token
    that another change could reuse.
    """

    token = models.CharField(max_length=32)

    def __str__(self):
        return self.token

    @classmethod
    def current(cls):
        """The token, read once per request (see ``remember_during_requests``)."""
        memo = _request_memo.get()
        if memo is not None and "token" in memo:
            return memo["token"]
        # One plain statement, without the ORM's query compiler, which costs a hundred
        # times more than the read itself.
        table = connection.ops.quote_name(cls._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT token FROM {table} ORDER BY id LIMIT 1")  # noqa: S608
            row = cursor.fetchone()
        token = row[0] if row else ""
        if memo is not None:
            memo["token"] = token
        return token

    @classmethod
    def bump(cls):
        lock_index_writes()
        token = uuid.uuid4().hex
        if not cls.objects.update(token=token):
            cls.objects.create(token=token)
        memo = _request_memo.get()
        if memo is not None:
            memo.pop("token", None)


# A search reads the version token for each thing it caches under it: during a request,
# the first read is kept (a change made by the request itself drops it, see ``bump``).
# Outside requests (commands, tests between requests), every read goes to the database.
_request_memo = contextvars.ContextVar("search_index_version_memo", default=None)


def remember_during_requests():
    """Keep the version read first by each request until the request ends."""
    request_started.connect(_start_memo, dispatch_uid="search_version_memo_start")
    request_finished.connect(_end_memo, dispatch_uid="search_version_memo_end")


def _start_memo(**kwargs):
    _request_memo.set({})


def _end_memo(**kwargs):
    _request_memo.set(None)
