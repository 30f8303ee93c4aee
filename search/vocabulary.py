"""The index's own words, for correcting what people type.

``search_word`` holds every word of the indexed text once: its folded form
(``word``, what the analysis compares), the form to show (``display``, with its
accents) and its length. It is filled as resources are indexed and emptied by a
rebuild; a word whose resources are gone stays until then, which is harmless:
every candidate is checked against the index before it is used.

The stems the full-text index holds (SQLite's ``fts5vocab`` view, PostgreSQL's
``ts_stat``) cannot be shown to a person (« mediathequ »), and ``ts_stat`` reads
every vector: hence this table. Near words are found:

* on PostgreSQL by ``pg_trgm``'s trigram similarity, under a GIN trigram index;
* on SQLite (or without ``pg_trgm``) among the words of a close length;

then measured exactly with ``rapidfuzz``'s Levenshtein distance.
"""

from django.db import DatabaseError, connection, transaction
from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import extract

from .analysis import _WORD_RE, MAX_TOKEN_LENGTH, tokenize

WORD_TABLE = "search_word"
TRIGRAM_INDEX = "search_word_trgm"
# Near words considered for one typed word, at most (closest first).
MAX_CANDIDATES = 12
# Words of a close length read on SQLite to look for near words, at most.
MAX_WORDS_SCANNED = 200_000

CREATE_TABLE = (
    f"CREATE TABLE IF NOT EXISTS {WORD_TABLE} ("
    "word varchar(40) PRIMARY KEY, display varchar(40) NOT NULL, length smallint NOT NULL)"
)
CREATE_LENGTH_INDEX = f"CREATE INDEX IF NOT EXISTS search_word_length ON {WORD_TABLE} (length)"


def create_table(schema_editor):
    """The word table, and on PostgreSQL the trigram index (when ``pg_trgm`` can be had)."""
    schema_editor.execute(CREATE_TABLE)
    schema_editor.execute(CREATE_LENGTH_INDEX)
    if schema_editor.connection.vendor == "postgresql":
        try:
            with transaction.atomic(using=schema_editor.connection.alias):
                schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                schema_editor.execute(
                    f"CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX} "
                    f"ON {WORD_TABLE} USING gin (word gin_trgm_ops)"
                )
        except DatabaseError:
            # Not allowed to create the extension: near words are found by length.
            pass


def max_edits(word):
    """Typos forgiven in a word: none under 5 letters, 1 from 5, 2 from 9."""
    if len(word) >= 9:
        return 2
    if len(word) >= 5:
        return 1
    return 0


def words_of(text):
    """{folded word: shown form} of ``text``: the words the index holds."""
    found = {}
    for match in _WORD_RE.finditer((text or "").lower()):
        raw = match.group()
        tokens = tokenize(raw)
        for token in tokens:
            if len(token) <= MAX_TOKEN_LENGTH and not token.isdigit():
                shown = raw if len(tokens) == 1 and len(raw) <= MAX_TOKEN_LENGTH else token
                found.setdefault(token, shown)
    return found


def add_words(words, known=None):
    """Store ``words`` ({word: shown form}); ``known``, a set, skips those already stored."""
    if known is not None:
        words = {w: shown for w, shown in words.items() if w not in known}
        known.update(words)
    if not words:
        return
    rows = [(word, shown, len(word)) for word, shown in words.items()]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {WORD_TABLE} (word, display, length) VALUES (%s, %s, %s) "
            "ON CONFLICT (word) DO NOTHING",
            rows,
        )


def clear():
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {WORD_TABLE}")


def known_words(words):
    """{word: shown form} of those of ``words`` the index holds."""
    words = sorted(set(words))
    if not words:
        return {}
    marks = ", ".join(["%s"] * len(words))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT word, display FROM {WORD_TABLE} WHERE word IN ({marks})", words)
        return dict(cursor.fetchall())


def _trigram_index_available():
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_indexes WHERE indexname = %s", [TRIGRAM_INDEX])
        return cursor.fetchone() is not None


def _words_of_close_length(word, edits):
    with connection.cursor() as cursor:
        if _trigram_index_available():
            # The trigram index finds the words sharing enough trigrams; the length
            # bound keeps only those a few edits away could be.
            cursor.execute(
                f"SELECT word FROM {WORD_TABLE} WHERE word %% %s "
                "AND length BETWEEN %s AND %s "
                "ORDER BY similarity(word, %s) DESC, word LIMIT %s",
                [word, len(word) - edits, len(word) + edits, word, MAX_CANDIDATES * 10],
            )
        else:
            cursor.execute(
                f"SELECT word FROM {WORD_TABLE} WHERE length BETWEEN %s AND %s LIMIT %s",
                [len(word) - edits, len(word) + edits, MAX_WORDS_SCANNED],
            )
        return [row[0] for row in cursor.fetchall()]


def near_words(word):
    """[(word, edits)] of the index's words at most ``max_edits(word)`` edits away from
    ``word`` (itself excluded), closest first, at most ``MAX_CANDIDATES``."""
    edits = max_edits(word)
    if not edits:
        return []
    candidates = [w for w in _words_of_close_length(word, edits) if w != word]
    found = extract(
        word,
        candidates,
        scorer=Levenshtein.distance,
        score_cutoff=edits,
        limit=MAX_CANDIDATES,
    )
    return sorted(
        ((candidate, int(distance)) for candidate, distance, _ in found),
        key=lambda pair: (pair[1], pair[0]),
    )
