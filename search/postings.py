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
"""

import threading
from collections import OrderedDict
from functools import reduce
from operator import and_, or_

from django.db import connection

from .analysis import ParsedQuery, fts5_term, query_terms, tsquery_term
from .db import planner
from .facet_index import to_bitset
from .models import FTS_TABLE, PG_CONFIG

MAX_TERMS = 512

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
            with planner("seqscan"):
                cursor.execute(
                    f"SELECT t.term, numnode(to_tsquery('{PG_CONFIG}'::regconfig, t.term)), "
                    f"ARRAY(SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} @@ "
                    f"to_tsquery('{PG_CONFIG}'::regconfig, t.term)) "
                    "FROM unnest(%s::text[]) AS t(term)",
                    [list(terms)],
                )
                for term, nodes, ids in cursor.fetchall():
                    found[term] = to_bitset(ids) if nodes else None
        else:
            for term in terms:
                cursor.execute(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [term])
                found[term] = to_bitset(row[0] for row in cursor.fetchall())
    return found


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


def match_bitset(parsed, version):
    """The bitset of the indexed resources matching ``parsed`` (0 for an empty query)."""
    term = tsquery_term if connection.vendor == "postgresql" else fts5_term
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
