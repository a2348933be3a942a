"""Where a person lives, written after the person's age, which the model takes for a name.

News writes the people of a story with their age and their town: "Jo Lee, 30, of
Dedham", "Sam Hart, aged 41, of Castle Hill", and a police log without the "of": "Jo
Lee, 22, Pana, was arrested". The name after the age and "of", or between the age's
comma and another comma, is a place, whatever the model made of it (a town the
gazetteer does not list reads as a surname); an organisation's name by its head
("Acme Corp", "Leeds University") stays one there.
``residences_after_age(mentions, text)`` types such a name a GPE, and the name's other
mentions the model took for a person or a thing too; a curated (pinned) name stays, and
so does an organisation elsewhere (a town's club or police is named by the town).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tasks.entity_labels import Placed, org_head

# The age between commas and "of" just before the name: ", 30, of ", ", aged 41, of ";
# the age between commas alone, when a comma follows the name (", 22, Pana,"). Not the
# last digits of a figure ("147,537, Zambia Consolidated Copper Mines, said").
_AGE_OF = re.compile(r", (?:aged )?\d{1,3}, of $")
_AGE = re.compile(r", (?:aged )?\d{1,3}, $")
# How far before the name the age is looked for, in characters.
_REACH = 16
# The labels the model gives a town after an age; a place's own label stays.
_RESIDENCE_FROM = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"})
# The labels of the name's other mentions that take the place's: not an organisation's.
_OTHER_FROM = frozenset({"PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"})


def residences_after_age(mentions: Sequence[Placed], text: str) -> None:
    """Relabel, in place, as GPE each mention written just after an age and "of"
    (", 30, of Dedham") and the other mentions of its name (see the module's
    docstring)."""
    towns = {
        m.canonical
        for m in mentions
        if m.label in _RESIDENCE_FROM and not m.pinned and _after_age(m, text)
    }
    for mention in mentions:
        if mention.pinned or mention.canonical not in towns:
            continue
        if mention.label in _OTHER_FROM or _after_age(mention, text):
            mention.label = "GPE"


def _after_age(mention: Placed, text: str) -> bool:
    start, end = mention.span.start_char, mention.span.end_char
    before = text[max(start - _REACH, 0) : start]
    if _AGE_OF.search(before):
        return True
    return (
        text.startswith(",", end)
        and _AGE.search(before) is not None
        and not org_head(mention.canonical.split())
    )
