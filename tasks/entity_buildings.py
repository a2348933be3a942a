"""Buildings named by their kind alone, which the model types as institutions.

``buildings_by_place(mentions)`` gives FAC to a one-word name that is a building's
kind ("the Museum", "the Saloon": a game's or a town's only one of its kind) where the
text puts someone or something in, inside or outside it ("In the Museum", "goes outside
the Museum"), and to the document's other mentions of it: the building (OntoNotes FAC),
where the model read the institution. "The Museum said" names the institution, and
is left alone where the text never places anything in it.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entity_labels import Placed, relabel_confirmed
from tasks.nlp import word_lower

# Buildings that are also the institution housed in them, compiled by hand from the
# OntoNotes FAC guideline's buildings (and the Stardew Valley wiki's town buildings).
_BUILDING_WORDS = frozenset({"museum", "library", "saloon", "gallery", "hospital"})
# Prepositions of place before "the" and the building: inside it, not "to" or "from"
# ("donated to the Museum", "a loan from the Museum": the institution).
_PLACE_PREPOSITIONS = frozenset({"in", "inside", "outside", "into", "near", "behind"})
_POSSESSIVES = frozenset({"'s", "’s"})


def buildings_by_place(mentions: Sequence[Placed]) -> None:
    """Relabel the buildings the text places things in (see the module docstring); a
    curated (pinned) mention stays."""
    relabel_confirmed(mentions, "FAC", _building, _placed_in)


def _building(mention: Placed) -> bool:
    return (
        mention.label == "ORG"
        and not mention.pinned
        and mention.canonical.casefold() in _BUILDING_WORDS
    )


def _placed_in(mention: Placed) -> bool:
    """Whether a preposition of place and "the" come just before the mention, and no
    possessive after it ("in the Museum's collection")."""
    span = mention.span
    doc = span.doc
    if span.start < 2 or word_lower(doc, span.start - 1) != "the":
        return False
    if span.end < len(doc) and word_lower(doc, span.end) in _POSSESSIVES:
        return False
    return word_lower(doc, span.start - 2) in _PLACE_PREPOSITIONS
