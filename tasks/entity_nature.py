"""Natural features the model types as organisations, people or places of government.

``rivers_by_noun(mentions)`` retypes a name written just before a lowercase noun of a
river or its parts ("south of the Orinoco river", "the Mekong delta"): the feature, a
LOC of the OntoNotes scheme the judges follow, where the model often took a river's
one-word name for a company or a person. ``islands_by_noun(mentions)`` retypes a name
written just after "island of" or "isle of" in lowercase ("the Indonesian island of
Sumatra"): the island, a LOC, where the model read a place of government.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tasks.entity_labels import Placed
from tasks.nlp import word_text

# Lowercase nouns written after a river's name for the river, the land it drains or
# its mouth: compiled by hand from the words of geography (a gazetteer's feature kinds).
_RIVER_NOUNS = frozenset({"river", "basin", "delta", "estuary"})
_RETYPED = frozenset({"ORG", "PERSON", "GPE", "NORP", "PRODUCT", "WORK_OF_ART"})
# The lowercase nouns of an island written before "of" and its name.
_ISLAND_NOUNS = frozenset({"island", "isle"})


def rivers_by_noun(mentions: Sequence[Placed]) -> None:
    """A mention the curated files do not hold, of a label in ``_RETYPED``, just before
    one of ``_RIVER_NOUNS`` in lowercase becomes a LOC."""
    for mention in mentions:
        span = mention.span
        doc = span.doc
        if span.end >= len(doc) or word_text(doc, span.end) not in _RIVER_NOUNS:
            continue
        if not mention.pinned and mention.label in _RETYPED:
            mention.label = "LOC"


def islands_by_noun(mentions: Sequence[Placed], is_region: Callable[[str], bool]) -> None:
    """A mention the curated files do not hold, of a label in ``_RETYPED``, just after
    one of ``_ISLAND_NOUNS`` in lowercase and "of" becomes a LOC; so do the document's
    other mentions of that name and label. A name ``is_region`` knows (a country, a
    first-level subdivision: "the island of Sardinia", an Italian region) stays."""
    islands = set()
    for mention in mentions:
        span = mention.span
        doc = span.doc
        if span.start < 2 or word_text(doc, span.start - 1) != "of":
            continue
        if word_text(doc, span.start - 2) not in _ISLAND_NOUNS:
            continue
        if not mention.pinned and mention.label in _RETYPED and not is_region(mention.canonical):
            islands.add((mention.canonical, mention.label))
    for mention in mentions:
        if not mention.pinned and (mention.canonical, mention.label) in islands:
            mention.label = "LOC"
