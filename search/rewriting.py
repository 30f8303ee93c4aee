"""From the words typed to the words searched: joined and split words, typos.

``understand(parsed, version)`` returns the query to search and the corrections
to show. Each step proposes words of the index itself (``search.vocabulary``)
and checks them against the index's term bitsets (``search.postings``), so it
never turns a word that finds something into one that finds nothing:

1. ``join_adjacent_words``: two typed words whose concatenation the index holds
   (« open data », « visio conférence », « tiers-lieux ») also match it
   (« OpenData », « visioconférence », « tierslieux »);
2. ``split_joined_word``: a typed word that matches nothing, made of two words
   the index holds (« webradio », « einclusion »), matches them (« web radio »,
   « e-inclusion »);
3. ``correct_typo``: a typed word that still matches nothing is replaced by the
   nearest word of the index, at most ``max_edits`` edits away (none under 5
   letters, 1 from 5, 2 from 9), the most used one among equally near words;
4. a typed word that matches little (at most ``RARE_WORD_RESOURCES`` resources:
   maybe the same typo in a text) is kept, and its nearest word is searched too
   when that one finds ``RARE_WORD_RATIO`` times more: the typed word's own
   results still rank first (see ``search.engine.ranking_tiers``).

The work is bounded: at most ``MAX_QUERY_TERMS`` words, ``MAX_CANDIDATES`` near
words each, ``MAX_SPLITS_CHECKED`` ways to split a word.
"""

from dataclasses import dataclass, field

from .analysis import _WORD_RE, Group, ParsedQuery, fold, parse_query, stem, tokenize
from .postings import group_bitsets, match_bitset
from .vocabulary import known_words, max_edits, near_words

# Alternatives kept when two words with synonyms are joined into one group.
MAX_JOINED_ALTERNATIVES = 8
# Splits of one word checked against the index, most balanced first.
MAX_SPLITS_CHECKED = 4
# A word found in this many resources or fewer also searches a near word found in
# RARE_WORD_RATIO times more.
RARE_WORD_RESOURCES = 2
RARE_WORD_RATIO = 10


@dataclass(frozen=True)
class Correction:
    """A typed word searched as another: ``typed`` (folded) → ``searched`` (as shown);
    ``kept``: searched as well as the typed word, which found little."""

    typed: str
    searched: str
    kept: bool = False


@dataclass
class Understood:
    parsed: ParsedQuery
    corrections: list[Correction] = field(default_factory=list)


def corrected_text(raw, corrections):
    """``raw`` (what was typed) with each corrected word replaced by its correction, or
    followed by it (« mediatèque ou médiathèque ») when both are searched."""
    by_word = {c.typed: c for c in corrections}

    def replace(match):
        correction = by_word.get(fold(match.group()))
        if correction is None:
            return match.group()
        if correction.kept:
            return f"{match.group()} ou {correction.searched}"
        return correction.searched

    return _WORD_RE.sub(replace, raw)


def understand(parsed, version, visible):
    """The query to search for ``parsed`` and the corrections made (see the module).

    ``visible``: the bitset of the resources a visitor may see; a correction must
    find one of them (a private resource's words are never proposed).
    """
    if not parsed:
        return Understood(parsed)
    parsed = join_adjacent_words(parsed, version, visible)
    corrections = []
    groups = list(parsed.groups)
    found = group_bitsets(parsed, version)
    for i, group in enumerate(groups):
        typed = group.text
        last_is_prefix = parsed.prefix and i == len(groups) - 1
        if " " in typed or last_is_prefix or not typed.isalpha():
            continue
        matches = (found[i] & visible).bit_count()
        if matches > RARE_WORD_RESOURCES:
            continue
        if matches:
            better = correct_typo(typed, version, visible, at_least=matches * RARE_WORD_RATIO)
            if better:
                near, correction = better
                groups[i] = Group(typed, [*group.alternatives, *near.alternatives])
                corrections.append(Correction(correction.typed, correction.searched, kept=True))
            continue
        better = split_joined_word(typed, version, visible) or correct_typo(typed, version, visible)
        if better:
            groups[i], correction = better
            corrections.append(correction)
    return Understood(parsed.with_groups(groups), corrections)


def _finds(alternatives, version, visible):
    """The visible resources a group of these alternatives matches (a bitset)."""
    query = ParsedQuery("", [Group("", alternatives)])
    return match_bitset(query, version) & visible


def join_adjacent_words(parsed, version, visible):
    """Each pair of adjacent one-word groups whose concatenation the index holds becomes
    one group matching either form."""
    groups = parsed.groups
    last = len(groups) - 1 if parsed.prefix else len(groups)
    pairs = {
        i: groups[i].text + groups[i + 1].text
        for i in range(len(groups) - 1)
        if " " not in groups[i].text and " " not in groups[i + 1].text and i + 1 < last
    }
    known = known_words(pairs.values())
    joined, i = [], 0
    while i < len(groups):
        word = pairs.get(i)
        if word in known and _finds([(word,)], version, visible):
            first, second = groups[i], groups[i + 1]
            both = [a + b for a in first.alternatives for b in second.alternatives]
            alternatives = both[:MAX_JOINED_ALTERNATIVES] + [(word,)]
            joined.append(Group(f"{first.text} {second.text}", alternatives))
            i += 2
        else:
            joined.append(groups[i])
            i += 1
    if len(joined) == len(groups):
        return parsed
    return parsed.with_groups(joined)


def split_joined_word(word, version, visible):
    """(group, correction) matching ``word`` split in two words of the index (a single
    letter may lead: « einclusion » is « e-inclusion »), or None."""
    splits = [(word[:i], word[i:]) for i in range(1, len(word) - 1)]
    known = known_words({part for split in splits for part in split})
    valid = [
        (left, right)
        for left, right in splits
        if right in known and (left in known or len(left) == 1)
    ]
    valid.sort(key=lambda split: abs(len(split[0]) - len(split[1])))
    for left, right in valid[:MAX_SPLITS_CHECKED]:
        # A lone letter is not indexed (« e » of « e-inclusion »): the other word is.
        parts = tuple(tokenize(f"{left} {right}"))
        if parts and _finds([parts], version, visible):
            shown = " ".join(known.get(part, part) for part in (left, right))
            return Group(word, [(word,), parts]), Correction(word, shown)
    return None


def correct_typo(word, version, visible, at_least=1):
    """(group, correction) of the index's word nearest to ``word`` that finds at least
    ``at_least`` visible resources (fewest edits, then most resources), with its
    synonyms; or None. A word of the same stem finds what ``word`` finds: never one."""
    if not max_edits(word):
        return None
    near = near_words(word)
    if not near:
        return None
    # One read of the index for every candidate's term (kept for the checks below).
    _finds([(candidate,) for candidate, _edits in near], version, visible)
    best = None
    seen_stems = {stem(word)}
    for candidate, edits in near:
        if stem(candidate) in seen_stems:
            continue
        seen_stems.add(stem(candidate))
        count = _finds([(candidate,)], version, visible).bit_count()
        if count >= at_least and (best is None or (edits, -count) < best[:2]):
            best = (edits, -count, candidate)
    if best is None:
        return None
    candidate = best[2]
    corrected = parse_query(candidate)
    alternatives = corrected.groups[0].alternatives if corrected else [(candidate,)]
    shown = known_words([candidate]).get(candidate, candidate)
    return Group(word, alternatives), Correction(word, shown)
