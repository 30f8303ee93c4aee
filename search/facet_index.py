"""Which resources carry each facet value, as bitsets over page ids, kept in memory.

Counting facets used to read one packed row per matching resource from the
database: 40,000 rows and 200 ms for a common word among 100,000 resources. A
search engine keeps such filters as bitsets; so does this module. A Python int
is the bitset (bit ``n`` set = page ``n`` carries the value): intersecting the
matches with one value and counting is one ``&`` and one ``bit_count()`` over
12.5 KB at 100,000 resources, microseconds each.

The bitsets are built from ``SearchFacetSet`` (and the PIX competences and
equipment, read from their relation tables) once per index version (every
index write, view-restriction or tag change renews the version, see
``SearchIndexVersion``) in each process: 0.44 s at 100,000 resources, paid
by the first search after a change. They cost about 3 MB per process there.
"""

import threading
from collections import defaultdict
from functools import reduce
from operator import or_

from wagtail.models import PageViewRestriction

from .models import SearchFacetSet, SearchIndexVersion


def to_bitset(ids):
    """The bitset of the ids ``ids`` (non-negative integers)."""
    ids = list(ids)
    if not ids:
        return 0
    buffer = bytearray((max(ids) >> 3) + 1)
    for page_id in ids:
        buffer[page_id >> 3] |= 1 << (page_id & 7)
    return int.from_bytes(buffer, "little")


def from_bitset(bits):
    """The ids in the bitset ``bits``, in increasing order."""
    ids = []
    for index, byte in enumerate(bits.to_bytes((bits.bit_length() + 7) // 8, "little")):
        while byte:
            low = byte & -byte
            ids.append(index * 8 + low.bit_length() - 1)
            byte ^= low
    return ids


class Membership:
    """Fast ``page_id in bitset`` tests over one bitset (a byte string, not shifts of a
    big int, which would cost as much as the whole bitset each time)."""

    def __init__(self, bits):
        self.bytes = bits.to_bytes((bits.bit_length() + 7) // 8, "little")

    def __contains__(self, page_id):
        index = page_id >> 3
        return index < len(self.bytes) and bool(self.bytes[index] >> (page_id & 7) & 1)


def relation_tokens():
    """("key=value", page id) of the PIX competences and equipment of every resource.

    Read from the relation tables rather than packed at indexing time, so that an index
    built before these facets existed counts them without a rebuild. A live page's
    relation rows are its published ones (a draft keeps its changes in its revision);
    the ids of pages outside the index are masked out with the invisible ones.
    """
    from practices.models import ResourcePage, WorkshopMaterial

    pix = ResourcePage.pix_competences.through.objects.values_list(
        "pixcompetence__code", "resourcepage_id"
    )
    equipment = WorkshopMaterial.equipment.through.objects.values_list(
        "equipment__slug", "workshopmaterial_id"
    )
    for key, rows in (("pix", pix), ("equipment", equipment)):
        for value, page_id in rows.iterator(chunk_size=5000):
            yield f"{key}={value}", page_id


class FacetIndex:
    """Facet bitsets of the indexed resources at one index version."""

    def __init__(self, version, bitsets, indexed, visible, newest=()):
        self.version = version
        self.newest = newest  # visible resource ids, newest first (see sort=recent)
        self.bitsets = bitsets  # "key=value" -> bitset of the resources carrying it
        self.indexed = indexed  # bitset of the indexed resources
        self.visible = visible  # the indexed resources every visitor may see
        self.keys = defaultdict(list)  # key -> its "key=value" tokens
        for token in bitsets:
            self.keys[token.partition("=")[0]].append(token)

    @classmethod
    def build(cls, version):
        from practices.models import ResourcePage

        positions = defaultdict(list)
        indexed = []
        rows = SearchFacetSet.objects.values_list("page_id", "packed")
        for page_id, packed in rows.iterator(chunk_size=5000):
            indexed.append(page_id)
            for token in packed.split(SearchFacetSet.SEPARATOR):
                positions[token].append(page_id)
        for token, page_id in relation_tokens():
            positions[token].append(page_id)
        indexed = visible = to_bitset(indexed)
        if PageViewRestriction.objects.exists():
            private = ResourcePage.objects.live().not_public().values_list("pk", flat=True)
            visible &= ~to_bitset(private)
        bitsets = {token: to_bitset(ids) & visible for token, ids in positions.items()}
        member = Membership(visible)
        by_date = ResourcePage.objects.filter(pk__in=rows.values("page_id")).order_by(
            "-first_published_at", "-pk"
        )
        newest = [pk for pk in by_date.values_list("pk", flat=True) if pk in member]
        return cls(version, bitsets, indexed, visible, newest)

    def selection(self, selected):
        """{key: bitset of the resources with one of the selected values of that key}."""
        return {
            key: reduce(or_, (self.bitsets.get(f"{key}={value}", 0) for value in values), 0)
            for key, values in selected.items()
            if values
        }

    def allowed(self, selected):
        """The bitset of visible resources that pass every selected facet."""
        bits = self.visible
        for group in self.selection(selected).values():
            bits &= group
        return bits

    def newest_first(self, results, start, stop):
        """Ids ``start`` to ``stop`` of the bitset ``results``, newest first."""
        if stop <= start:
            return []
        member, found = Membership(results), []
        for page_id in self.newest:
            if page_id in member:
                found.append(page_id)
                if len(found) >= stop:
                    break
        return found[start:stop]

    def most_used(self, key):
        """[(value, number of visible resources)] of ``key``, most used first."""
        used = [(t.partition("=")[2], self.bitsets[t].bit_count()) for t in self.keys[key]]
        return sorted((pair for pair in used if pair[1]), key=lambda pair: (-pair[1], pair[0]))

    def count(self, matches, selected, keys):
        """(number of results, {key: {value: count}}) among the bitset ``matches``.

        Disjunctive facets: each group is counted over the matches filtered by every
        *other* selected group, so checking a second theme shows what it would add.
        """
        matches &= self.visible
        groups = self.selection(selected)
        results = matches
        for group in groups.values():
            results &= group
        counts = {}
        for key in keys:
            base = matches
            for other, group in groups.items():
                if other != key:
                    base &= group
            found = {}
            for token in self.keys.get(key, ()):
                n = (base & self.bitsets[token]).bit_count()
                if n:
                    found[token.partition("=")[2]] = n
            counts[key] = found
        return results.bit_count(), counts


_lock = threading.Lock()
_current = {}


def current_facet_index():
    """The facet index of the current index version, built if this process has not yet."""
    version = SearchIndexVersion.current()
    index = _current.get("index")
    if index is None or index.version != version:
        with _lock:
            index = _current.get("index")
            if index is None or index.version != version:
                index = FacetIndex.build(version)
                _current["index"] = index
    return index
