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

import re
from collections.abc import Sequence

from spacy.tokens import Span

from tasks.common_words import common_words, name_words
from tasks.entity_acronyms import LEGAL_FORMS
from tasks.entity_labels import Placed, org_head
from tasks.entity_spans import NAME_PARTICLES
from tasks.person_gender import is_first_name

# The French plural particle "des" beside the particles of ``NAME_PARTICLES``.
_PARTICLES = NAME_PARTICLES | {"des"}
_MOST_PARTICLES = 2
_FAMILY = "Family"
# A middle initial: one capital and a full stop ("M.").
_INITIAL = re.compile(r"[A-Z]\.")
# What joins a founder's name to the rest of a firm's ("Ivan F. Boesky and Co", "John
# W. Ames & Sons").
_FIRM_JOINS = frozenset({"and", "&"})


def people_by_form(mentions: Sequence[Placed]) -> None:
    """Type PERSON every mention, not curated, whose canonical name has one of the
    forms of the module's docstring."""
    # The names a firm's name goes on after, asked for only by an initialled name (few
    # documents hold one): the words after every mention are read then, not always.
    firms: set[str] | None = None
    alone = {m.canonical for m in mentions if m.label == "PERSON" and " " not in m.canonical}
    for mention in mentions:
        if mention.pinned or mention.label == "PERSON":
            continue
        words = mention.canonical.split()
        initialled = _initialled_name(words)
        if initialled:
            if firms is None:
                firms = {m.canonical for m in mentions if _goes_on_as_firm(m.span)}
            initialled = mention.canonical not in firms
        known = mention.label == "ORG" and _surname_known(words, alone)
        if _particle_name(words) or _family_name(words) or initialled or known:
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


def _initialled_name(words: list[str]) -> bool:
    """A given name, a middle initial and a capitalised surname ("Robert M. Bass")."""
    if len(words) != 3 or not is_first_name(words[0]) or not _INITIAL.fullmatch(words[1]):
        return False
    return words[2].istitle() and words[2].isalpha() and not org_head(words)


def _goes_on_as_firm(span: Span) -> bool:
    """Whether the words after ``span`` go on with a firm's name: "and" or "&" and a
    capitalised word ("… and Co", "… & Sons"), or a legal form, after a comma or not
    ("…, Inc")."""
    doc = span.doc
    after = [token for token in doc[span.end : span.end + 3] if token.text != ","]
    if not after:
        return False
    if after[0].lower_.rstrip(".") in LEGAL_FORMS:
        return True
    return after[0].lower_ in _FIRM_JOINS and len(after) > 1 and after[1].text[:1].isupper()


def _surname_known(words: list[str], alone: set[str]) -> bool:
    """Two capitalised words, neither a word news prose also writes in lowercase, no
    institution's head, the second written alone as a person (``alone``)."""
    if len(words) != 2 or words[1] not in alone or org_head(words):
        return False
    folded = [word.lower() for word in words]
    plain = any(word in common_words() or word in name_words() for word in folded)
    return all(word.istitle() and word.isalpha() for word in words) and not plain
