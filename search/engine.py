"""The resource search: one ranked query over every resource type, with facets.

Start reading at ``run_search``: it returns everything the HTML page and the
JSON output show, in a bounded number of SQL queries. The words typed are first
understood (``search.rewriting``: joined or split words, typos corrected towards
the index's own words); the ids of the query's terms not yet kept in memory
(``search.postings``) are counted against the facet bitsets of
``search.facet_index`` for the result count and every facet; when no resource
holds every word, those holding the most are kept (``most_words_query``); the
page is ranked tier by tier (``ranking_tiers``: typed words close together,
typed words, synonyms), one ranking query per tier on the full-text index;
then the page's resources and the vocabularies for labels are read.
Facets are disjunctive: each group counts the results filtered by every *other*
group, so checking a second theme shows how many more resources it brings.
"""

import hashlib
import json
import math
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import F
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from commons.listing import load_in_order
from commons.models import Audience, Equipment, PixCompetence, Theme
from commons.territories import DEPARTEMENT_NAMES
from practices import resource_types
from practices.models import ResourcePage

from .analysis import _WORD_RE, ParsedQuery, to_fts5, to_fts5_near, to_tsquery
from .db import planner
from .facet_index import Membership, current_facet_index, from_bitset
from .indexing import rank_index_available
from .models import Distance, SearchIndexEntry, SearchIndexVersion
from .postings import group_bitsets, holding_at_least, match_bitset, term_bitsets
from .rewriting import Understood, corrected_text, understand

RESOURCE_TYPES = tuple(resource_type.model for resource_type in resource_types.all())
FACET_KEYS = ("type", "theme", "audience", "level", "pix", "equipment", "tag", "departement")
SORTS = {"pertinence": _("pertinence"), "recent": _("les plus récentes")}
MAX_VALUES_PER_FACET = 20
TAG_FACET_SIZE = 15
DEPARTEMENT_FACET_SIZE = 15
POPULAR_TAGS = 12
# Up to this many results are ranked by id; more are read best first from the index
# (see best_first).
RANK_IDS_IN_SQL = 3000


def compile_query(parsed, headline=False):
    """``parsed`` in the database's syntax; with ``headline``, found in title and summary."""
    compile_for = to_tsquery if connection.vendor == "postgresql" else to_fts5
    return compile_for(parsed, headline)


def query_key(parsed):
    """What identifies a query's results in the caches: its compiled form, the words
    typed (which rank first: « papiers » and « démarches administratives » match alike
    but rank differently), and for a partial query how many words each result holds."""
    key = f"{compile_query(parsed)} | {compile_query(parsed.typed())}"
    return key + (f" ~{parsed.min_groups}" if parsed.partial else "")


def matching_ids(parsed):
    """The ids of the indexed resources matching ``parsed``, as a subquery."""
    entries = SearchIndexEntry.objects.filter(document__match=compile_query(parsed))
    return entries.values("page_id")


# --------------------------------------------------------------------------
# Vocabularies: what each facet value means.


_loaded_vocabularies = {}  # index version -> Vocabulary


@dataclass
class Vocabulary:
    types: dict  # slug -> (label, content type id)
    themes: dict  # slug -> Theme
    audiences: dict
    levels: dict  # value -> label
    departements: dict  # code -> name
    pix: dict = field(default_factory=dict)  # code -> PixCompetence
    equipment: dict = field(default_factory=dict)  # slug -> Equipment

    @classmethod
    def load(cls):
        """The vocabularies, read once per index version by each process: editing a
        theme, a public, a competence or an equipment renews the version
        (``SearchConfig.ready``)."""
        version = SearchIndexVersion.current()
        loaded = _loaded_vocabularies.get(version)
        if loaded is None:
            loaded = cls.read()
            _loaded_vocabularies.clear()
            _loaded_vocabularies[version] = loaded
        return loaded

    @classmethod
    def read(cls):
        types = {}
        for model in RESOURCE_TYPES:
            ct = ContentType.objects.get_for_model(model)
            types[model.type_slug] = (str(model.type_label), ct.pk)
        return cls(
            types=types,
            themes={t.slug: t for t in Theme.objects.all()},
            audiences={a.slug: a for a in Audience.objects.all()},
            levels={value: str(label) for value, label in ResourcePage.Level.choices},
            departements=dict(DEPARTEMENT_NAMES),
            pix={competence.code: competence for competence in PixCompetence.objects.all()},
            equipment={item.slug: item for item in Equipment.objects.all()},
        )

    def label(self, key, value, tags=None):
        if key == "type":
            return self.types[value][0]
        if key == "theme":
            return self.themes[value].label
        if key == "audience":
            return self.audiences[value].label
        if key == "level":
            return self.levels[value]
        if key == "departement":
            return f"{self.departements[value]} ({value})"
        if key == "pix":
            return f"{value} {self.pix[value].label}"
        if key == "equipment":
            return self.equipment[value].label
        return (tags or {}).get(value, value)


FACET_LEGENDS = {
    "type": _("Type de ressource"),
    "theme": _("Thème"),
    "audience": _("Public"),
    "level": _("Niveau"),
    "pix": _("Compétence PIX"),
    "equipment": _("Équipement de l'atelier"),
    "tag": _("Étiquette"),
    "departement": _("Département"),
}


# --------------------------------------------------------------------------
# Results


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    input_id: str = ""


@dataclass
class Facet:
    key: str
    legend: str
    options: list[FacetOption]


@dataclass
class SearchResult:
    page: ResourcePage
    type_label: str
    type_slug: str
    title: str
    url: str
    summary: str
    summary_html: str
    themes: list
    date: object
    # The typed words this result lacks (a partial search, see ``most_words_query``).
    missing_words: list = field(default_factory=list)


@dataclass
class SearchOutcome:
    parsed: ParsedQuery  # what was searched: typed words corrected, joined or split
    count: int
    page_obj: object
    results: list[SearchResult]
    facets: list[Facet]
    selected: dict
    tag_names: dict = field(default_factory=dict)
    # (typed, searched) words: « Résultats pour … — rechercher plutôt … ».
    corrections: list = field(default_factory=list)
    # True when no result holds every word: these hold the most of them.
    partial: bool = False
    missing_words_by_id: dict = field(default_factory=dict)

    def corrected_text(self, raw):
        """``raw``, the query as typed, with the corrections made."""
        return corrected_text(raw, self.corrections)

    @property
    def typed_words_kept(self):
        """Whether every corrected word was searched as typed too (it found a little)."""
        return all(correction.kept for correction in self.corrections)


@dataclass
class Counts:
    """What counting a search gives: its results, its facets, its unfiltered matches."""

    results: int
    facets: dict  # key -> {value: count}
    matches: int  # visible resources matching the query, before the facet filters


def count_facets(parsed, selected):
    """``Counts`` of the query ``parsed`` with the facet filters ``selected``.

    Bitset arithmetic only: the resources matching the query combine the kept ids
    of its terms (``search.postings``), the facet values come from the facet index
    (``search.facet_index``).
    """
    index = current_facet_index()
    matches = match_bitset(parsed, index.version) & index.visible if parsed else index.visible
    results, facets = index.count(matches, selected, FACET_KEYS)
    return Counts(results, facets, matches.bit_count())


def cached_under_index_version(name, parts, compute):
    """``compute()``, cached under ``name`` and ``parts`` until the index changes.

    What is cached this way depends only on the index (and on which resources are
    private, and tag names): the version token that every such change renews is read
    from the database, so every app server sees a change at once, whatever its cache.
    SEARCH_FACET_CACHE_SECONDS=0 computes every time.
    """
    seconds = getattr(settings, "COMMONS_SEARCH_FACET_CACHE_SECONDS", 600)
    if not seconds:
        return compute()
    signature = json.dumps([SearchIndexVersion.current(), *parts])
    key = f"communs:search:{name}:" + hashlib.sha256(signature.encode()).hexdigest()
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, seconds)
    return found


def selection_key(selected):
    return sorted((key, sorted(values)) for key, values in selected.items() if values)


def cached_facet_counts(parsed, selected):
    """``count_facets`` for this query and these filters, cached until the index changes:
    as with a search engine's request cache, a popular query or the JSON call that
    follows the page is counted once."""
    return cached_under_index_version(
        "facets",
        [query_key(parsed) if parsed else "", selection_key(selected)],
        lambda: count_facets(parsed, selected),
    )


def build_facets(counts, selected, vocabulary, tag_names):
    """Facet groups with their options, from ``count_facets``' counts."""

    def top(key, size):
        found = counts[key]
        values = sorted(found, key=lambda v: (-found[v], v))[:size]
        return values + [v for v in selected.get(key, []) if v not in values]

    tag_slugs = top("tag", TAG_FACET_SIZE)
    tag_labels = dict(Tag.objects.filter(slug__in=tag_slugs).values_list("slug", "name"))
    tag_labels.update({s: tag_names.get(s, s) for s in tag_slugs if s not in tag_labels})
    choices = {
        "type": [(slug, label) for slug, (label, _) in vocabulary.types.items()],
        "theme": [(slug, theme.label) for slug, theme in vocabulary.themes.items()],
        "audience": [(slug, audience.label) for slug, audience in vocabulary.audiences.items()],
        "level": list(vocabulary.levels.items()),
        "pix": [(code, vocabulary.label("pix", code)) for code in vocabulary.pix],
        "equipment": [(slug, item.label) for slug, item in vocabulary.equipment.items()],
        "tag": [(slug, tag_labels[slug]) for slug in tag_slugs],
        "departement": [
            (code, vocabulary.label("departement", code))
            for code in top("departement", DEPARTEMENT_FACET_SIZE)
            if code in vocabulary.departements
        ],
    }
    facets = []
    for key in FACET_KEYS:
        chosen = selected.get(key, [])
        options = [
            FacetOption(value, label, counts[key].get(value, 0), value in chosen)
            for value, label in choices[key]
            if counts[key].get(value) or value in chosen
        ]
        for option in options:
            option.input_id = f"filtre-{key}-{option.value}"
        facets.append(Facet(key, str(FACET_LEGENDS[key]), options))
    return facets


def highlight(text, parsed):
    """``text`` escaped, the words the query looks for wrapped in <mark>."""
    if not parsed or not text:
        return escape(text or "")
    out, last, seen = [], 0, {}
    for match in _WORD_RE.finditer(text):
        word = match.group()
        if word not in seen:
            seen[word] = parsed.matches_word(word)
        if seen[word]:
            out.append(escape(text[last : match.start()]))
            out.append(f"<mark>{escape(match.group())}</mark>")
            last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped above


def themes_of(page_ids, vocabulary):
    """{page id: [Theme]} of indexed resources, in the vocabulary's order: read from the
    facet index, which holds each resource's themes as of its indexing (no query)."""
    index = current_facet_index()
    members = {
        slug: Membership(index.bitsets.get(f"theme={slug}", 0)) for slug in vocabulary.themes
    }
    return {
        page_id: [theme for slug, theme in vocabulary.themes.items() if page_id in members[slug]]
        for page_id in page_ids
    }


# What a result shows, and what its address and type are computed from: the rest of the
# page (its body above all) is left in the database.
RESULT_FIELDS = (
    "title",
    "summary",
    "url_path",
    "content_type_id",
    "locale_id",
    "first_published_at",
    "last_published_at",
)


def to_results(pages, parsed, request=None, themes=None):
    themes = themes or {}
    results = []
    for page in pages:
        model = page.specific_class
        results.append(
            SearchResult(
                page=page,
                type_label=str(model.type_label) if model else "",
                type_slug=model.type_slug if model else "",
                title=page.title,
                url=page.get_url(request) or "",
                summary=page.summary,
                summary_html=highlight(page.summary, parsed),
                themes=themes.get(page.pk, []),
                date=page.last_published_at or page.first_published_at,
            )
        )
    return results


def ranking(parsed, *, in_index_order=False):
    """The ids of the indexed resources matching ``parsed``, best first (a queryset)."""
    return ranked_ids(compile_query(parsed), in_index_order=in_index_order)


def ranked_ids(query, *, in_index_order=False):
    """The ids of the indexed resources matching the compiled ``query``, best first.

    Equal scores come newest first (highest id), except in RUM's index order
    (``in_index_order``, run under ``ranking_planner()``), which has its own stable
    order for them: a second sort key would make PostgreSQL sort every match again.
    """
    rum = rank_index_available()
    order = ["distance"] if rum and in_index_order else ["distance", "-page_id"]
    return (
        SearchIndexEntry.objects.filter(document__match=query)
        .annotate(distance=Distance(F("document"), query, rum=rum))
        .order_by(*order)
        .values_list("page_id", flat=True)
    )


def ranking_planner():
    """With RUM, PostgreSQL must read the matches in order from it (see ``planner``)."""
    return planner("seqscan", "bitmapscan", "sort") if rank_index_available() else planner()


# Words of the query at most this far apart (stop words aside) rank first (SQLite).
NEAR_DISTANCE = 8


@dataclass
class Tier:
    """One step of the relevance order: the compiled query that ranks it, and the
    bitset of every row that query matches."""

    query: str
    matches: int


def ranking_tiers(parsed, version):
    """The relevance order, as ``Tier``s: a result ranks in the first tier matching it,
    by that tier's score (title > summary > keywords > body, see ``Distance``).

    1. the typed words in the title or summary;
    2. the typed words close together (SQLite: FTS5's NEAR; PostgreSQL's ranking
       already weighs how close the words are), then anywhere;
    3. the typed words or their synonyms, corrections, joined or split forms, in the
       title or summary, then anywhere.

    A partial query (see ``most_words_query``) has two: the results holding any of its
    words in their title or summary, then the others, any of its words ranking.
    The prefix query of autocompletion, whose last word is still being typed, has no
    title-or-summary tiers.
    """
    headline = not parsed.prefix
    if parsed.partial:
        # Ranked by any of the words, matching what that ranking query matches (the
        # results themselves hold enough words, see ``best_first``).
        any_word = parsed.with_groups(parsed.groups, min_groups=1)
        tiers = [Tier(compile_query(any_word), match_bitset(any_word, version))]
        if headline:
            tiers.insert(0, headline_tier(any_word, version))
        return tiers
    tiers = []
    typed = parsed.typed()
    near = to_fts5_near(typed, NEAR_DISTANCE) if connection.vendor == "sqlite" else None
    for words in (typed, parsed) if typed != parsed else (typed,):
        if headline:
            tiers.append(headline_tier(words, version))
        if near and words is typed:
            tiers.append(Tier(near, term_bitsets([near], version)[near] or 0))
        tiers.append(Tier(compile_query(words), match_bitset(words, version)))
    return tiers


def headline_tier(parsed, version):
    """The results matching ``parsed`` in their title and summary."""
    return Tier(compile_query(parsed, headline=True), match_bitset(parsed, version, headline=True))


def best_first(parsed, selected, start, stop):
    """The ids of results ``start`` to ``stop`` by relevance: tier by tier (see
    ``ranking_tiers``), the results of each ranked by ``ranked_among``."""
    if stop <= start:
        return []
    index = current_facet_index()
    results = match_bitset(parsed, index.version) & index.allowed(selected)
    if results.bit_count() <= start:
        # Nothing to rank: above all, no ranked read that could not find what is not there.
        return []
    found, offset = [], 0
    for tier in ranking_tiers(parsed, index.version):
        members = results & tier.matches
        results &= ~members
        size = members.bit_count()
        if size > start - offset:
            lo, hi = max(start - offset, 0), min(stop - offset, size)
            found += ranked_among(tier, members, size, lo, hi)
        offset += size
        if offset >= stop or not results:
            break
    return found


def ranked_among(tier, members, total, start, stop):
    """Ids ``start`` to ``stop`` of the ``total`` results in ``members`` (a bitset),
    ranked by ``tier``'s query.

    - on PostgreSQL, up to ``RANK_IDS_IN_SQL`` results (most multi-word queries,
      or a narrow filter): their ids go into the ranking query, which scores just
      them by primary key instead of walking the posting lists of every synonym;
    - more (or on SQLite): the index hands over the matches best first and the
      filters are checked on the ranked ids (see ``filtered_best_first``).
    """
    # Not on SQLite: FTS5 runs the match again for each id of an IN list, and ranks
    # every match in milliseconds anyway.
    by_id = connection.vendor == "postgresql"
    if by_id and total <= RANK_IDS_IN_SQL:
        ranked = ranked_ids(tier.query).filter(page_id__in=from_bitset(members))
        with planner("seqscan", "bitmapscan"):
            return list(ranked[start:stop])
    ranked = ranked_ids(tier.query, in_index_order=True)
    if members == tier.matches:
        with ranking_planner():
            return list(ranked[start:stop])
    matches = tier.matches.bit_count()
    return filtered_best_first(ranked, Membership(members), matches, total, start, stop)


# Ranked reads of a filtered search, at most: the estimate, then 4 and 16 times more,
# then every match.
MAX_RANKED_READS = 4


def filtered_best_first(ranked, member, matches, total, start, stop):
    """Ids ``start`` to ``stop`` of ``ranked`` (every match, best first) kept by ``member``.

    ``matches`` ranked rows hold ``total`` kept ones: enough rows are read to find
    ``stop`` of them at that rate, four times more if that fell short (the kept ones
    may all be among the worst), and after ``MAX_RANKED_READS - 1`` reads every
    match: the number of queries is bounded whatever the bitsets say (the index may
    have changed since they were built).
    """
    wanted = min(stop, total)
    limit = max(wanted, math.ceil(stop * matches / max(total, 1) * 1.25) + 24)
    for _read in range(MAX_RANKED_READS - 1):
        if limit >= matches:
            break
        with ranking_planner():
            fetched = list(ranked[:limit])
        found = [page_id for page_id in fetched if page_id in member]
        if len(found) >= wanted or len(fetched) < limit:
            return found[start:stop]
        limit *= 4
    with ranking_planner():
        found = [page_id for page_id in ranked if page_id in member]
    return found[start:stop]


def most_relevant_ids(parsed, limit):
    """The ids of at most ``limit`` resources matching ``parsed``, best first (open data)."""
    return best_first(parsed, {}, 0, limit)


class LazyResults:
    """The results as the paginator slices them (ids only), counted beforehand."""

    def __init__(self, parsed, selected, counts):
        self.parsed, self.selected, self.counts = parsed, selected, counts

    def __len__(self):
        return self.counts.results


class LazyNewest(LazyResults):
    """Newest first: the facet index keeps every visible resource in date order,
    checked against the results' bitset."""

    def __getitem__(self, item):
        index = current_facet_index()
        matches = match_bitset(self.parsed, index.version) if self.parsed else index.visible
        results = matches & index.allowed(self.selected)
        return index.newest_first(results, item.start or 0, item.stop)


class LazyRanking(LazyResults):
    """Best first (see ``best_first``)."""

    def __getitem__(self, item):
        start, stop = item.start or 0, item.stop
        # Cached like the counts: the JSON call after the page, or a popular query,
        # is ranked once.
        return cached_under_index_version(
            "ranking",
            [
                query_key(self.parsed),
                selection_key(self.selected),
                start,
                stop,
                rank_index_available(),
            ],
            lambda: best_first(self.parsed, self.selected, start, stop),
        )


class CountedPaginator(Paginator):
    """A paginator told its count, counted by a cheaper query than its object list."""

    def __init__(self, object_list, per_page, *, count):
        super().__init__(object_list, per_page)
        self.known_count = count

    @property
    def count(self):
        return self.known_count


def run_search(
    parsed,
    selected,
    vocabulary,
    *,
    sort="pertinence",
    page=1,
    per_page=12,
    request=None,
    with_facets=True,
    tag_names=None,
    correct=True,
):
    """One page of the search for ``parsed`` with the facet filters ``selected``:

    1. ``understood_query``: typed words joined, split or corrected towards the
       index's own words (unless ``correct`` is false: « rechercher plutôt … »);
    2. ``cached_facet_counts``: the results and every facet, counted on bitsets;
    3. ``most_words_query``: when no resource holds every word, those holding the most;
    4. the page, best first (``best_first``, tier by tier) or newest first.
    """
    understood = understood_query(parsed) if parsed and correct else Understood(parsed)
    parsed = understood.parsed
    # Counting the facets counts the results on the way (bitsets only, see count_facets).
    counts = cached_facet_counts(parsed, selected)
    if not counts.results and parsed and len(parsed.groups) > 1:
        parsed = most_words_query(parsed, selected)
        counts = cached_facet_counts(parsed, selected)
    if parsed and sort == "pertinence":
        object_list = LazyRanking(parsed, selected, counts)
    else:
        object_list = LazyNewest(parsed, selected, counts)
    count = counts.results
    paginator = CountedPaginator(object_list, per_page, count=count)
    page_obj = paginator.get_page(page)
    pages = load_in_order(ResourcePage.objects.only(*RESULT_FIELDS), page_obj.object_list)
    tag_names = tag_names or {}
    facets = build_facets(counts.facets, selected, vocabulary, tag_names) if with_facets else []
    themes = themes_of([page.pk for page in pages], vocabulary)
    results = to_results(pages, parsed, request, themes)
    missing = missing_words(parsed, [page.pk for page in pages]) if parsed.partial else {}
    for result in results:
        result.missing_words = missing.get(result.page.pk, [])
    return SearchOutcome(
        parsed=parsed,
        count=paginator.count,
        page_obj=page_obj,
        results=results,
        facets=facets,
        selected=selected,
        tag_names=tag_names,
        corrections=understood.corrections,
        partial=parsed.partial,
        missing_words_by_id=missing,
    )


def understood_query(parsed):
    """``search.rewriting.understand``, cached until the index changes."""
    index = current_facet_index()
    return cached_under_index_version(
        "understood",
        [parsed.text, parsed.prefix],
        lambda: understand(parsed, index.version, index.visible),
    )


def most_words_query(parsed, selected):
    """``parsed`` as a partial query: results hold as many of its words as the best
    resource does (with these filters), or ``parsed`` itself when none holds any."""
    index = current_facet_index()
    allowed = index.allowed(selected)
    bitsets = group_bitsets(parsed, index.version)
    for count in range(len(bitsets) - 1, 0, -1):
        if holding_at_least(count, bitsets) & allowed:
            return parsed.with_groups(parsed.groups, min_groups=count)
    return parsed


def missing_words(parsed, page_ids):
    """{page id: [the typed words (groups) it lacks]} for the resources ``page_ids``."""
    version = current_facet_index().version
    bitsets = group_bitsets(parsed, version)
    return {
        page_id: [
            group.text
            for group, bits in zip(parsed.groups, bitsets, strict=True)
            if not bits >> page_id & 1
        ]
        for page_id in page_ids
    }


# --------------------------------------------------------------------------
# Zero results: what could help


def count_matching(parsed, selected):
    """How many resources a search would find: counted with the facets (and cached)."""
    return cached_facet_counts(parsed, selected).results


def rarest_word_dropped(parsed, selected):
    """(word, query without it, count) when dropping the rarest word finds something."""
    if len(parsed.groups) < 2:
        return None
    # Which word is rarest is read from the kept term bitsets (see search.postings).
    version = current_facet_index().version
    frequencies = [
        (match_bitset(ParsedQuery(g.text, [g]), version).bit_count(), i)
        for i, g in enumerate(parsed.groups)
    ]
    _, rarest = min(frequencies)
    shorter = parsed.without(rarest)
    count = count_matching(shorter, selected)
    if not count:
        return None
    return parsed.groups[rarest].text, shorter, count


def popular_tags(limit=POPULAR_TAGS):
    """[(slug, name, count)] of the most used tags of visible resources."""
    used = dict(current_facet_index().most_used("tag"))
    names = Tag.objects.filter(slug__in=list(used)).values_list("slug", "name")
    tags = sorted(((slug, name, used[slug]) for slug, name in names), key=lambda t: (-t[2], t[1]))
    return tags[:limit]
