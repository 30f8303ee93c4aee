"""Which indexed resources contain each query term, as bitsets kept per index version.

A parsed query is a conjunction of groups, each a disjunction of alternatives
(synonyms), each a conjunction of terms (``search.analysis.query_terms``). The
resources matching it are the same boolean combination of the resources
matching each term. Mediators search with a few hundred everyday words: the
ids of a term, read once (35 ms for « tablette » among 100,000 resources),
are kept as a bitset (see ``search.facet_index``) and combined in microseconds
by every later query that uses the term, until the index changes.

At most ``MAX_TERMS`` terms are kept per process (12.5 KB each at 100,000
resources), the least recently used dropped first.

On PostgreSQL, reading a term's ids from the GIN index means visiting each matching
row of the table to learn its id: for a word found in half the resources, most of
the table. The words found in at least ``STORED_MIN_RESOURCES`` resources therefore
have their ids stored too, as bitmaps in ``STORED_TABLE`` (every resource holding the
word, and those holding it in their title or summary), written in the same
transaction as the index rows (``stored_kept_current``) and filled anew
by a rebuild and by every ``migrate`` (``refill_stored``), which also stores the words
that have become frequent since. A process meeting such a word reads one row
instead of thousands. Rarer words, prefixes and words PostgreSQL splits are read
from the index as before.
"""

import threading
from collections import OrderedDict
from contextlib import contextmanager
from functools import reduce
from operator import and_, or_

from django.db import connection, transaction

from .analysis import (
    ParsedQuery,
    fts5_headline_term,
    fts5_term,
    query_terms,
    tsquery_headline_term,
    tsquery_term,
)
from .db import planner
from .facet_index import to_bitset
from .models import FTS_TABLE, PG_CONFIG, lock_index_writes

MAX_TERMS = 512
STORED_TABLE = "search_postings"
STORED_MIN_RESOURCES = 500

_lock = threading.Lock()
_kept = OrderedDict()  # (index version, term) -> bitset, or None for a term PostgreSQL drops


def fetch_terms(terms):
    """{term: bitset, or None when the database ignores the term}, read from the index.

    PostgreSQL's French dictionary drops a few words our analysis keeps (its stop
    list is longer): ``to_tsquery`` leaves them out of a query, and so must the
    combination (``None`` is neutral in it).
    """
    found = {}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # A plain word (or its headline form, word:AB) has its one lexeme's stored
            # bitmap when it is frequent; anything else is read from the index.
            stored_as = [_stored_form(term) for term in terms]
            with planner("seqscan"):
                cursor.execute(
                    "SELECT t.term, numnode(q.query), CASE WHEN t.headline "
                    "THEN stored.headline_ids ELSE stored.ids END, "
                    "CASE WHEN stored.lexeme IS NULL THEN "
                    f"ARRAY(SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} @@ q.query) END "
                    "FROM unnest(%s::text[], %s::text[], %s::boolean[]) AS t(term, word, headline) "
                    f"CROSS JOIN LATERAL to_tsquery('{PG_CONFIG}'::regconfig, t.term) AS q(query) "
                    f"LEFT JOIN {STORED_TABLE} AS stored ON t.word IS NOT NULL "
                    "AND numnode(q.query) = 1 AND stored.lexeme = "
                    f"(tsvector_to_array(to_tsvector('{PG_CONFIG}'::regconfig, t.word)))[1]",
                    [
                        list(terms),
                        [word for word, _ in stored_as],
                        [headline for _, headline in stored_as],
                    ],
                )
                for term, nodes, stored, ids in cursor.fetchall():
                    if not nodes:
                        found[term] = None
                    elif stored is not None:
                        found[term] = int.from_bytes(stored, "little")
                    else:
                        found[term] = to_bitset(ids)
        else:
            for term in terms:
                cursor.execute(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [term])
                found[term] = to_bitset(row[0] for row in cursor.fetchall())
    return found


def _stored_form(term):
    """(word, headline) when ``term`` may have a stored bitmap: a plain word, or a plain
    word in the headline (``word:AB``); (None, False) for a prefix or anything else."""
    word, _, weights = term.partition(":")
    if word.isalnum() and weights in ("", "AB"):
        return word, weights == "AB"
    return None, False


def term_bitsets(terms, version):
    """The bitsets of ``terms`` at index ``version``: kept ones, the others read at once."""
    wanted = set(terms)
    with _lock:
        known = {t: _kept[(version, t)] for t in wanted if (version, t) in _kept}
        for term in known:
            _kept.move_to_end((version, term))
    missing = wanted - set(known)
    if missing:
        fetched = fetch_terms(sorted(missing))
        known.update(fetched)
        with _lock:
            for term, bits in fetched.items():
                _kept[(version, term)] = bits
            while len(_kept) > MAX_TERMS:
                _kept.popitem(last=False)
    return known


def match_bitset(parsed, version, headline=False):
    """The bitset of the indexed resources matching ``parsed`` (0 for an empty query);
    with ``headline``, of those matching it in their title and summary."""
    if connection.vendor == "postgresql":
        term = tsquery_headline_term if headline else tsquery_term
    else:
        term = fts5_headline_term if headline else fts5_term
    groups = query_terms(parsed, term)
    bits = term_bitsets([t for group in groups for alt in group for t in alt], version)

    def combine(items, operator):
        kept = [item for item in items if item is not None]
        return reduce(operator, kept) if kept else None

    per_group = [
        combine([combine([bits[t] for t in alt], and_) for alt in group], or_) for group in groups
    ]
    if parsed.partial:
        return holding_at_least(parsed.min_groups, [g for g in per_group if g is not None])
    return combine(per_group, and_) or 0


def group_bitsets(parsed, version):
    """The bitset of each group of ``parsed`` on its own."""
    last = len(parsed.groups) - 1
    return [
        match_bitset(ParsedQuery(group.text, [group], parsed.prefix and i == last), version)
        for i, group in enumerate(parsed.groups)
    ]


def holding_at_least(count, bitsets):
    """The bits set in at least ``count`` of ``bitsets``: a tally kept as bitsets,
    ``at_least[k]`` holding the bits seen in k of the bitsets read so far."""
    at_least = [0] * (count + 1)
    for bits in bitsets:
        for k in range(count, 0, -1):
            at_least[k] |= at_least[k - 1] & bits if k > 1 else bits
    return at_least[count] if count else 0


# --------------------------------------------------------------------------
# PostgreSQL: the stored bitmaps of frequent words


def _packed(bits):
    return bits.to_bytes((bits.bit_length() + 7) // 8, "little")


# Per word of the given rows: the rows holding it, and those holding it in their title or
# summary (weights A and B).
WORDS_OF_ROWS = (
    "SELECT word.lexeme, array_agg(rowid), "
    "coalesce(array_agg(rowid) FILTER (WHERE word.weights && ARRAY['A', 'B']), '{}') "
    f"FROM {FTS_TABLE}, unnest({FTS_TABLE}) AS word "
)


_changing = threading.local()  # inside stored_kept_current or a rebuild, on this thread


def _stored_words_of_rows(cursor, page_ids):
    """{lexeme: (ids, headline ids)} of the stored words the index rows ``page_ids`` hold."""
    cursor.execute(
        f"WITH words (lexeme, ids, headline_ids) AS ({WORDS_OF_ROWS} "
        "WHERE rowid = ANY(%s) GROUP BY word.lexeme) "
        f"SELECT lexeme, words.ids, words.headline_ids FROM words JOIN {STORED_TABLE} "
        "USING (lexeme)",
        [page_ids],
    )
    return {
        lexeme: (to_bitset(ids), to_bitset(headline_ids))
        for lexeme, ids, headline_ids in cursor.fetchall()
    }


@contextmanager
def stored_kept_current(page_ids):
    """Keep the stored bitmaps current while the index rows of ``page_ids`` are written
    or deleted inside (PostgreSQL; in the transaction that changes them).

    The stored words those rows hold are read before and after: only a word whose
    resources among ``page_ids`` changed is rewritten, once, so republishing a resource
    rewrites the bitmaps of the words it gained or lost, not of every word it holds.
    Nested uses are the outer one's business.
    """
    page_ids = list(page_ids)
    if connection.vendor != "postgresql" or not page_ids or getattr(_changing, "on", False):
        yield
        return
    lock_index_writes()
    with connection.cursor() as cursor:
        before = _stored_words_of_rows(cursor, page_ids)
    _changing.on = True
    try:
        yield
    finally:
        _changing.on = False
    with connection.cursor() as cursor:
        after = _stored_words_of_rows(cursor, page_ids)
        words = sorted(w for w in before.keys() | after.keys() if before.get(w) != after.get(w))
        if not words:
            return
        cursor.execute(
            f"SELECT lexeme, ids, headline_ids FROM {STORED_TABLE} WHERE lexeme = ANY(%s)",
            [words],
        )
        cleared = ~to_bitset(page_ids)
        changed = []
        for lexeme, *stored in cursor.fetchall():
            now = after.get(lexeme, (0, 0))
            bitmaps = [
                _packed(int.from_bytes(old, "little") & cleared | bits)
                for old, bits in zip(stored, now, strict=True)
            ]
            changed.append((*bitmaps, lexeme))
        cursor.executemany(
            f"UPDATE {STORED_TABLE} SET ids = %s, headline_ids = %s WHERE lexeme = %s", changed
        )


@contextmanager
def refilled_at_the_end():
    """Leave the stored bitmaps alone while the index is rebuilt inside, then refill them
    (in a transaction)."""
    lock_index_writes()
    previous, _changing.on = getattr(_changing, "on", False), True
    try:
        yield
    finally:
        _changing.on = previous
    refill_stored()


def refill_stored():
    """Store anew the bitmap of every word found in at least ``STORED_MIN_RESOURCES``
    indexed resources (PostgreSQL): after a rebuild, and after each ``migrate``."""
    if connection.vendor != "postgresql":
        return
    if STORED_TABLE not in connection.introspection.table_names():
        return  # migrated only part of the way
    with transaction.atomic():
        lock_index_writes()
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {STORED_TABLE}")
        # One word at a time from a server-side cursor: a frequent word's ids fill a
        # list of tens of thousands of integers.
        with connection.chunked_cursor() as words, connection.cursor() as cursor:
            words.execute(
                f"{WORDS_OF_ROWS} GROUP BY word.lexeme HAVING count(*) >= %s",
                [STORED_MIN_RESOURCES],
            )
            while rows := words.fetchmany(100):
                cursor.executemany(
                    f"INSERT INTO {STORED_TABLE} (lexeme, ids, headline_ids) VALUES (%s, %s, %s)",
                    [
                        (lexeme, _packed(to_bitset(ids)), _packed(to_bitset(headline)))
                        for lexeme, ids, headline in rows
                    ],
                )


def create_stored_table(schema_editor):
    """The table of stored bitmaps (PostgreSQL only; see the module's docstring)."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE TABLE IF NOT EXISTS {STORED_TABLE} "
            "(lexeme text PRIMARY KEY, ids bytea NOT NULL, headline_ids bytea NOT NULL)"
        )
