"""Autocomplete: what the search box suggests as someone types.

At most ``MAX_SUGGESTIONS``, in this order:

1. tags of visible resources whose name starts like the query (a word of the name
   starting with the last word typed), most used first, forgiving typos like the
   engine does (``allowed_edits``); choosing one filters the search by it;
2. titles of resources found by the query with its last word as a prefix, then by the
   whole query as the engine reads it (typos corrected, joined or split words), best
   first;
3. titles of the other kinds of results (courses…) the query finds (``search.kinds``).

Bounded work: the query is cut to ``MAX_QUERY_LENGTH`` characters, the tags are read
once per index version, and every list is capped.
"""

import threading
from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _
from rapidfuzz.distance import Levenshtein
from taggit.models import Tag

from . import kinds
from .analysis import clean_query, fold, parse_query, tokenize
from .engine import run_search
from .facet_index import current_facet_index

MAX_SUGGESTIONS = 8
MAX_TAGS = 3
MAX_OTHER_KINDS = 2
# The autocomplete reads no more of what is typed than this (the search box holds 200).
MAX_QUERY_LENGTH = 100


@dataclass(frozen=True)
class Suggestion:
    title: str
    url: str
    type: str  # « Étiquette », « Fiche pratique », « Parcours de formation »…
    kind: str  # "etiquette", "ressource" or a registered kind's slug

    def as_json(self):
        return {"title": self.title, "url": self.url, "type": self.type, "kind": self.kind}


def allowed_edits(word):
    """Typos forgiven in a word, as the engine does: none under 5 letters, 1 from 5, 2 from 9."""
    if len(word) >= 9:
        return 2
    return 1 if len(word) >= 5 else 0


_lock = threading.Lock()
_tags = {}  # "version" -> index version, "tags" -> [(slug, name, folded words, count)]


def visible_tags():
    """[(slug, name, folded words, count)] of the tags of visible resources, most used
    first: read once per index version (the facet index counts them)."""
    index = current_facet_index()
    if _tags.get("version") != index.version:
        with _lock:
            if _tags.get("version") != index.version:
                used = dict(index.most_used("tag"))
                names = Tag.objects.filter(slug__in=list(used)).values_list("slug", "name")
                tags = [(slug, name, tuple(tokenize(name)), used[slug]) for slug, name in names]
                tags.sort(key=lambda tag: (-tag[3], fold(tag[1])))
                _tags.update(version=index.version, tags=tags)
    return _tags["tags"]


def _starts_like(words, typed, forgive):
    """Whether the words of a name, from one of them on, start with the words typed (the
    last one as a prefix); with ``forgive``, each typed word may hold its allowed typos."""
    last = len(typed) - 1
    return any(
        all(
            _word_like(word, wanted, i == last, forgive)
            for i, (word, wanted) in enumerate(zip(words[start:], typed, strict=False))
        )
        for start in range(len(words) - len(typed) + 1)
    )


def _word_like(word, wanted, is_prefix, forgive):
    """``word`` is ``wanted`` (starts with it when ``is_prefix``), or near it."""
    if word.startswith(wanted) if is_prefix else word == wanted:
        return True
    edits = allowed_edits(wanted) if forgive else 0
    if not edits:
        return False
    # Being typed: the word's start one letter shorter, as long or one letter longer
    # (a letter left out or added).
    sizes = (len(wanted) - 1, len(wanted), len(wanted) + 1) if is_prefix else (len(word),)
    return any(
        Levenshtein.distance(word[:size], wanted, score_cutoff=edits) <= edits
        for size in sizes
        if size > 0
    )


def tag_suggestions(typed):
    """Tags whose name starts like ``typed`` (folded tokens), exact ones before near ones."""
    if not typed:
        return []
    tags = visible_tags()
    found = [tag for tag in tags if _starts_like(tag[2], typed, forgive=False)]
    if len(found) < MAX_TAGS:
        kept = {tag[0] for tag in found}
        found += [tag for tag in tags if tag[0] not in kept and _starts_like(tag[2], typed, True)]
    search_url = reverse("search")
    return [
        Suggestion(name, f"{search_url}?{urlencode({'tag': slug})}", _("Étiquette"), "etiquette")
        for slug, name, _words, _count in found[:MAX_TAGS]
    ]


def title_suggestions(query, vocabulary, request, limit):
    """Resource titles: the last word as a prefix, then the query as the engine reads it
    (which corrects typos the prefix form leaves alone). Returns (suggestions, what the
    engine searched for, as a parsed query, for the other kinds)."""
    found, searched = [], None
    for prefix in (True, False):
        if len(found) >= limit:
            break
        parsed = parse_query(query, prefix=prefix)
        if not parsed:
            break
        outcome = run_search(
            parsed, {}, vocabulary, per_page=limit, request=request, with_facets=False
        )
        if getattr(outcome, "partial", False):
            # Results holding only some of the words: too loose to be suggested.
            continue
        searched = outcome.parsed or parsed
        known = {suggestion.url for suggestion in found}
        found += [
            Suggestion(result.title, result.url, result.type_label, "ressource")
            for result in outcome.results
            if result.url not in known
        ]
    return found[:limit], searched


def other_kind_suggestions(parsed, limit):
    """Titles of the other kinds of results (courses…) that ``parsed`` finds."""
    found = []
    for matches in kinds.search_kinds(parsed).values():
        kind_label = str(matches.kind.type_label)
        found += [
            Suggestion(document.title, document.url, kind_label, matches.kind.slug)
            for document in matches.documents[:MAX_OTHER_KINDS]
            if document.url
        ]
    return found[:limit]


def suggest(raw_query, vocabulary, request=None):
    """At most ``MAX_SUGGESTIONS`` suggestions for what is being typed (see the module)."""
    query = clean_query(raw_query)[:MAX_QUERY_LENGTH]
    typed = tokenize(query)
    if not typed:
        return []
    tags = tag_suggestions(typed)
    typing = parse_query(query, prefix=True)
    others = other_kind_suggestions(typing, MAX_OTHER_KINDS) if typing else []
    room = MAX_SUGGESTIONS - len(tags) - len(others)
    titles, searched = title_suggestions(query, vocabulary, request, room)
    if not others and searched is not None and searched != typing:
        # Found once the engine corrected the query: its courses too.
        others = other_kind_suggestions(searched, MAX_SUGGESTIONS - len(tags) - len(titles))
    return (tags + titles + others)[:MAX_SUGGESTIONS]
