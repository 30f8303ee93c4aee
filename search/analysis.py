"""French text analysis shared by indexing and querying.

The same pipeline runs on indexed text and on what people type, so both sides
meet on identical terms whatever the database:

1. lowercase, strip accents (``unicodedata``), expand ligatures (œ, æ);
2. split on anything that is not a letter or a digit, which also splits
   elisions (« l'atelier » → « l », « atelier ») and hyphens (« e-mail »);
3. drop French stop words (the elided particles are stop words too);
4. stem with the Snowball French stemmer (SQLite only: PostgreSQL stems the
   same unaccented tokens with its ``french_unaccent`` configuration).

Accents are stripped *before* stemming, as PostgreSQL's ``unaccent`` +
``french_stem`` mapping does, so « securite » and « sécurité » always agree.

A query is parsed into groups of alternatives (the synonyms of a word); the
compilers turn it into an FTS5 expression of quoted terms or a PostgreSQL
tsquery of bare alphanumeric tokens. Nothing the user types is ever handed to
either parser as syntax.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import snowballstemmer

# Longest query we analyse; longer input is cut (and the page says so).
MAX_QUERY_LENGTH = 200
# Words of a query beyond this are ignored (they never change the first screen).
MAX_QUERY_TERMS = 12
# Longer "words" are never words (pasted hashes, key mashing): a query ignores them.
MAX_TOKEN_LENGTH = 40

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})
_TOKEN_RE = re.compile(r"[a-z0-9]+")
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")

# Snowball's French stop list, unaccented, plus the elided particles and a few
# words that only glue a query together. Kept short on purpose: « pas » and
# « sans » are stop words, « comment », « faire » or « plus » are not.
_STOP_WORDS_TEXT = """
    a au aux avec ce ces dans de des du elle en et eux il ils je la le les leur leurs lui
    ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses
    son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y
    ete etee etees etes etant suis es est sommes etes sont serai seras sera serons serez
    seront serais serait serions seriez seraient etais etait etions etiez etaient fus fut
    fumes futes furent sois soit soyons soyez soient fusse fusses fussions fussiez fussent
    ayant eu eue eues eus ai as avons avez ont aurai auras aura aurons aurez auront aurais
    aurait aurions auriez auraient avais avait avions aviez avaient eut eumes eutes eurent
    aie aies ait ayons ayez aient eusse eusses eut eussions eussiez eussent ceci cela cet
    cette ici ils les leurs quel quels quelle quelles sans soi jusqu lorsqu puisqu quoiqu
    presqu quelqu entr
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())

_stemmer = snowballstemmer.stemmer("french")


def clean_query(raw):
    """The query as shown back to the user: no control characters, spaces collapsed."""
    text = _CONTROL_RE.sub(" ", raw or "")
    # Lone surrogates cannot be encoded (nor stored): drop them.
    text = text.encode("utf-8", "ignore").decode("utf-8")
    return " ".join(text.split())


def fold(text):
    """Lowercase, without accents or ligatures."""
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES).lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def tokenize(text):
    """Folded tokens without stop words or single letters (digits are kept)."""
    return [
        token
        for token in _TOKEN_RE.findall(fold(text or ""))
        if token not in STOP_WORDS and (len(token) > 1 or token.isdigit())
    ]


@lru_cache(maxsize=50_000)
def stem(token):
    return _stemmer.stemWord(token)


def analyse(text):
    """Stems of ``text``, in order: what SQLite's index stores."""
    return [stem(token) for token in tokenize(text)]


# --------------------------------------------------------------------------
# Synonyms of everyday words. Each line is a set of equivalent phrases; a
# phrase of several words must match all of them.

SYNONYM_SETS = [
    ["mail", "e-mail", "email", "courriel", "messagerie électronique"],
    ["papiers", "démarches administratives", "formalités administratives"],
    ["ordi", "ordinateur", "pc"],
    ["portable", "téléphone", "smartphone", "mobile"],
    ["arnaque", "hameçonnage", "escroquerie", "phishing", "fraude"],
    ["vieux", "personnes âgées", "seniors", "aînés", "retraités"],
    ["ia", "intelligence artificielle"],
    ["appli", "application"],
    ["mdp", "mot de passe"],
    ["ado", "adolescents", "jeunes"],
    ["parentalité", "parents"],
    ["fake news", "infox", "désinformation", "fausses informations"],
    ["visio", "visioconférence", "appel vidéo"],
    ["rdv", "rendez-vous"],
    ["wifi", "wi-fi"],
    ["franceconnect", "france connect"],
    ["handicap", "accessibilité"],
]


def _synonym_index():
    """Stemmed phrase → every phrase of its set, as token tuples."""
    index = {}
    for group in SYNONYM_SETS:
        phrases = [tuple(tokenize(phrase)) for phrase in group]
        phrases = [p for p in phrases if p]
        for phrase in phrases:
            key = tuple(stem(t) for t in phrase)
            alternatives = index.setdefault(key, [])
            for other in phrases:
                if other not in alternatives:
                    alternatives.append(other)
    return index


SYNONYMS = _synonym_index()
_LONGEST_SYNONYM = max(len(key) for key in SYNONYMS)


@dataclass
class Group:
    """One word of the query (or a phrase) and its alternatives; one must match."""

    text: str  # what the user typed for this group, folded
    alternatives: list[tuple[str, ...]] = field(default_factory=list)


@dataclass
class ParsedQuery:
    text: str
    groups: list[Group]
    prefix: bool = False  # autocomplete: the last word may be incomplete
    # A result holds at least this many groups; 0: all of them (see ``partial``).
    min_groups: int = 0

    def __bool__(self):
        return bool(self.groups)

    @property
    def partial(self):
        """Whether results may lack some of the words (when none holds them all)."""
        return 0 < self.min_groups < len(self.groups)

    def without(self, index):
        groups = [g for i, g in enumerate(self.groups) if i != index]
        return ParsedQuery(" ".join(g.text for g in groups), groups, self.prefix)

    def with_groups(self, groups, min_groups=0):
        """The same query with other groups (corrected, joined, split words)."""
        return ParsedQuery(self.text, groups, self.prefix, min_groups)

    def typed(self):
        """The query as typed: each group's own words, without synonyms or corrections;
        written together or apart, they are the same words (« france connect » is typed
        « franceconnect », « open data » « opendata »)."""
        groups = []
        for group in self.groups:
            typed = tuple(group.text.split())
            letters = "".join(typed)
            same = [alt for alt in group.alternatives if alt != typed and "".join(alt) == letters]
            groups.append(Group(group.text, [typed, *same]))
        return self.with_groups(groups, self.min_groups)

    @cached_property
    def stems(self):
        """Every stem the query may match, for highlighting (a query's groups are never
        changed: corrected or partial queries are new ones, see ``with_groups``)."""
        return {stem(token) for g in self.groups for alt in g.alternatives for token in alt}

    def matches_word(self, word):
        """Whether a word of a text is one the query looks for."""
        tokens = tokenize(word)
        if not tokens:
            return False
        stems = self.stems
        if all(stem(t) in stems for t in tokens):
            return True
        if self.prefix and self.groups:
            last = self.groups[-1].alternatives[0][-1]
            return any(t.startswith(last) for t in tokens)
        return False


def parse_query(raw, *, prefix=False):
    """Words of the query, grouped with their synonyms (longest phrase first)."""
    tokens = [
        token
        for token in tokenize(clean_query(raw)[:MAX_QUERY_LENGTH])
        if len(token) <= MAX_TOKEN_LENGTH
    ][: MAX_QUERY_TERMS * 2]
    stems = [stem(t) for t in tokens]
    groups, i = [], 0
    while i < len(tokens) and len(groups) < MAX_QUERY_TERMS:
        for size in range(min(_LONGEST_SYNONYM, len(tokens) - i), 0, -1):
            key = tuple(stems[i : i + size])
            if key in SYNONYMS and not (prefix and i + size == len(tokens)):
                text = " ".join(tokens[i : i + size])
                groups.append(Group(text, list(SYNONYMS[key])))
                i += size
                break
        else:
            groups.append(Group(tokens[i], [(tokens[i],)]))
            i += 1
    # Repeated words add nothing.
    unique, seen = [], set()
    for group in groups:
        key = tuple(sorted(group.alternatives))
        if key not in seen:
            seen.add(key)
            unique.append(group)
    return ParsedQuery(" ".join(g.text for g in unique), unique, prefix=prefix)


# --------------------------------------------------------------------------
# Compilers: the parsed query in each engine's syntax. Tokens are [a-z0-9]+
# only, so quoting them is all the escaping either syntax needs.


def _is_prefix_slot(query, gi, ai, ti):
    if not query.prefix or gi != len(query.groups) - 1:
        return False
    alternative = query.groups[gi].alternatives[ai]
    return ti == len(alternative) - 1


def fts5_term(token, prefix):
    return f'"{stem(token)}"*' if prefix else f'"{stem(token)}"'


def tsquery_term(token, prefix):
    return f"{token}:*" if prefix else token


# The headline: title and summary (PostgreSQL weights A and B, see search.indexing).
def fts5_headline_term(token, prefix):
    return "{title summary} : " + fts5_term(token, prefix)


def tsquery_headline_term(token, prefix):
    return f"{token}:*AB" if prefix else f"{token}:AB"


def query_terms(query, term):
    """The query as [group: [alternative: [term, …], …], …], each token written by
    ``term(token, prefix)``: a conjunction of disjunctions of conjunctions."""
    return [
        [
            [term(token, _is_prefix_slot(query, gi, ai, ti)) for ti, token in enumerate(alt)]
            for ai, alt in enumerate(group.alternatives)
        ]
        for gi, group in enumerate(query.groups)
    ]


def _compile(groups, and_, or_, partial=False):
    def joined(items, operator):
        return items[0] if len(items) == 1 else "(" + operator.join(items) + ")"

    # A partial query matches any of its groups: which hold enough of them is counted
    # on the term bitsets (``search.postings.match_bitset``); the index only ranks.
    return (or_ if partial else and_).join(
        joined([joined(alternative, and_) for alternative in group], or_) for group in groups
    )


def to_fts5(query, headline=False):
    """An FTS5 MATCH expression of quoted stems: ("a" OR ("b" AND "c")) AND "d"*; with
    ``headline``, each term found in the title or the summary."""
    term = fts5_headline_term if headline else fts5_term
    return _compile(query_terms(query, term), " AND ", " OR ", query.partial)


def to_tsquery(query, headline=False):
    """A to_tsquery() input of bare tokens, stemmed by PostgreSQL: (a | (b & c)) & d:*;
    with ``headline``, each term found in the title or the summary (a:AB)."""
    term = tsquery_headline_term if headline else tsquery_term
    return _compile(query_terms(query, term), " & ", " | ", query.partial)


def to_fts5_near(query, distance):
    """An FTS5 expression matching the query's words at most ``distance`` words apart
    (in one column), or None when the query is not a few plain words."""
    if query.prefix or len(query.groups) < 2:
        return None
    if any(len(g.alternatives) != 1 or len(g.alternatives[0]) != 1 for g in query.groups):
        return None
    terms = " ".join(fts5_term(g.alternatives[0][0], False) for g in query.groups)
    return f"NEAR({terms}, {distance})"
