"""Names whose form alone makes them a person's, whatever the model took them for.

``people_by_form(mentions)`` makes a PERSON of:

- a given name, one or two lowercase name particles and a surname ("Laurence des
  Cars", "Ana de la Vega"): the particles of the noble and Dutch, French, Spanish or
  Italian surnames, where a company's or a place's name opens with no given name
  ("Aguas de Barcelona", "Château de Versailles");
- a surname and "Family" ("the Ezura Family"), which the judges type a person's, not
  an organisation's (``bench/data/JUDGING.md``); not where the first word is one news
  prose also writes in lowercase ("Royal Family", "Crime Family").
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.common_words import common_words, name_words
from tasks.entity_labels import Placed, org_head
from tasks.entity_spans import NAME_PARTICLES
from tasks.person_gender import is_first_name

# The French plural particle "des" beside the particles of ``NAME_PARTICLES``.
_PARTICLES = NAME_PARTICLES | {"des"}
_MOST_PARTICLES = 2
_FAMILY = "Family"


def people_by_form(mentions: Sequence[Placed]) -> None:
    """Type PERSON every mention, not curated, whose canonical name has one of the
    forms of the module's docstring."""
    for mention in mentions:
        if mention.pinned or mention.label == "PERSON":
            continue
        words = mention.canonical.split()
        if _particle_name(words) or _family_name(words):
            mention.label = "PERSON"


def _particle_name(words: list[str]) -> bool:
    """A given name, one or two particles, a capitalised surname: no institution."""
    if not 3 <= len(words) <= 2 + _MOST_PARTICLES or not is_first_name(words[0]):
        return False
    middle, last = words[1:-1], words[-1]
    return (
        all(word in _PARTICLES for word in middle)
        and last[:1].isupper()
        and last.isalpha()
        and not org_head(words)
    )


def _family_name(words: list[str]) -> bool:
    """A capitalised surname and "Family", the surname no word the news writes in
    lowercase."""
    if len(words) != 2 or words[1] != _FAMILY or not words[0].istitle():
        return False
    folded = words[0].lower()
    return words[0].isalpha() and folded not in common_words() and folded not in name_words()
