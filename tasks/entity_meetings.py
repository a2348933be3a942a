"""Meetings the model types as the bodies that hold them.

``meetings_held(mentions)`` gives EVENT to a name whose head is a meeting's noun
("Caribbean Financial Access Roundtable", "Africa Energy Forum") where the text says it
was held ("…Roundtable, held at the Sandiford Centre", "The Roundtable was held
against …"), and to the document's other mentions of that name: a gathering, where a
standing body of the same head ("the Business Roundtable", "the World Economic Forum
said") is not said to be held.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entity_labels import Placed, relabel_confirmed

# Heads of the names of gatherings: compiled by hand from the nouns of meetings.
_MEETING_HEADS = frozenset(
    {"roundtable", "summit", "conference", "forum", "symposium", "seminar", "workshop"}
)
_MEETING_FROM = frozenset({"ORG", "WORK_OF_ART", "FAC", "PERSON", "PRODUCT"})
# Words that may stand between the name and "held" ("…, held", "was held", "will be
# held", "is being held").
_BETWEEN = frozenset({",", "was", "were", "is", "are", "will", "be", "being", "been", "has"})
_HELD = frozenset({"held", "convened"})
_REACH = 4


def meetings_held(mentions: Sequence[Placed]) -> None:
    """Relabel the meetings the text says were held (see the module docstring); a
    curated (pinned) mention stays."""
    relabel_confirmed(mentions, "EVENT", _meeting, _said_held)


def _meeting(mention: Placed) -> bool:
    words = mention.canonical.split()
    return (
        len(words) > 1
        and not mention.pinned
        and mention.label in _MEETING_FROM
        and words[-1].casefold() in _MEETING_HEADS
    )


def _said_held(mention: Placed) -> bool:
    """Whether "held" or "convened" follows the mention, past at most ``_REACH`` words
    of ``_BETWEEN``."""
    doc = mention.span.doc
    at = mention.span.end
    end = min(len(doc), at + _REACH + 1)
    while at < end and doc[at].lower_ in _BETWEEN:
        at += 1
    return at < end and doc[at].lower_ in _HELD
