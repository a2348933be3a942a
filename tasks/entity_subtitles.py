"""Titles with a subtitle: "Watch Dogs: Legion", "Harry Potter: Wizards Unite".

A name whose words run on across a colon to a capitalised subtitle is how books,
films, shows and video games are titled (OntoNotes WORK_OF_ART); the model types such
a title by the words it holds, an organisation, a person or a place. Companies,
people and places are not named with a colon inside.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tasks.entity_labels import Placed, relabel
from tasks.nlp import span_text

# A title, a colon, and a subtitle opening with a capital or a digit, on one line.
_SUBTITLED = re.compile(r"[A-Z0-9][^:\n]*[^\s:]: [A-Z0-9][^:\n]*")
_SUBTITLED_FROM = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "PRODUCT"})


def subtitled_works(mentions: Sequence[Placed]) -> None:
    """Label WORK_OF_ART each mention whose text is a title, a colon and a capitalised
    subtitle, and the other mentions of its canonical name. Curated (pinned) mentions
    keep their label."""
    works = {
        mention.canonical
        for mention in mentions
        if not mention.pinned
        and mention.label in _SUBTITLED_FROM
        and ": " in mention.canonical
        and _SUBTITLED.fullmatch(span_text(mention.span))
    }
    relabel(mentions, works, "WORK_OF_ART")
