"""The form of a speaker's name: the words a name loses or takes back.

Pure helpers over a name's words and the document's text, for ``tasks.speakers``:
a peer's title before a lone surname, a role or nationality noun the model put at
the start of a person's span, a word of an organisation's name the story misspells
once and spells right more often, a firm called by the first of the partners'
names it joins with "&" or "and", and "our correspondent" for the outlet's own
reporter the story names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.records import EntityMention
from tasks.person_gender import is_first_name
from tasks.speaker_mentions import one_edit

# British peerage ranks written before a name ("Lord Browne", "Baroness Greenfield");
# from the ranks of the peerage as Debrett's styles them. A peer known by rank and
# surname alone is called by the surname, the rank kept as the title.
PEER_TITLES = frozenset("lord lady baroness baron viscount viscountess earl countess".split())
# Forms of address the judged names leave out as well ("Sir Bloggs" is rare, "Sir Jo").
_KNIGHTLY = frozenset({"sir", "dame"})
# Shortest word a misspelling check compares: shorter words are too alike by chance.
_MISSPELT_LENGTH = 5
_CAPITALISED_WORD = re.compile(r"(?<![\w'-])[A-Z][a-z]+(?![\w'-])")
# "Marsh & McLennan", "Gulf and Western": a firm's name joining partners' names.
_JOINING_WORDS = frozenset({"&", "and"})
# The outlet's own staff in its copy: "our correspondent", "our political editor".
OWN_STAFF = frozenset({"our"})


def peer_surname(titles: Sequence[str], surname: str) -> bool:
    """Whether a lone ``surname`` after the words ``titles`` ("Lord", "Baroness") is
    how the story names a peer or knight: the last title a peer's rank or "Sir"/"Dame"."""
    return (
        bool(titles)
        and titles[-1].casefold().rstrip(".") in PEER_TITLES | _KNIGHTLY
        and surname[:1].isupper()
    )


def without_leading_noun(name: str, nouns: frozenset[str]) -> tuple[str, str] | None:
    """``(noun, name)`` for a person's name whose first word is a role or nationality
    noun (one of ``nouns``, lowercase) before a listed first name and a surname
    ("Spaniard Jo Bloggs" gives ("Spaniard", "Jo Bloggs")); None otherwise."""
    words = name.split()
    if len(words) < 3 or words[0].casefold() not in nouns or not is_first_name(words[1]):
        return None
    return words[0], " ".join(words[1:])


def capitalised_counts(text: str) -> dict[str, int]:
    """How often ``text`` writes each capitalised word ("Broadcasting": 2)."""
    counts: dict[str, int] = {}
    for match in _CAPITALISED_WORD.finditer(text):
        counts[match.group()] = counts.get(match.group(), 0) + 1
    return counts


def respelt(name: str, counts: dict[str, int]) -> str | None:
    """``name`` with each capitalised word of five letters or more replaced by the
    one word one letter off (or two neighbours swapped), same first letter, that the
    text writes more often (``counts``, from :func:`capitalised_counts`): "Acme
    Brodcasting" in a story that writes "Broadcasting" twice after it. A plural is no
    misspelling ("Unions"). None when no word changes or a word has several such
    neighbours. A story misspells a name once and spells it right more often."""
    words = name.split()
    changed = False
    for index, word in enumerate(words):
        if len(word) < _MISSPELT_LENGTH or not word.isalpha():
            continue
        near = [
            other
            for other, count in counts.items()
            if count > counts.get(word, 0)
            and len(other) >= _MISSPELT_LENGTH
            and other[0] == word[0]
            and other.rstrip("s") != word.rstrip("s")
            and misspelling(other.casefold(), word.casefold())
        ]
        if len(near) > 1:
            return None
        if near:
            words[index] = near[0]
            changed = True
    return " ".join(words) if changed else None


def misspelling(one: str, other: str) -> bool:
    """Whether two different words are one letter apart (``one_edit``) or the same
    letters with two of them swapped ("citadel", "cidatel")."""
    if one_edit(one, other):
        return True
    if len(one) != len(other) or sorted(one) != sorted(other):
        return False
    differ = [i for i, (a, b) in enumerate(zip(one, other, strict=True)) if a != b]
    return len(differ) == 2 and one[differ[0]] == other[differ[1]]


def joined_firm(word: str, entities: Sequence[EntityMention]) -> EntityMention | None:
    """The one organisation named whose name opens with ``word`` and "&" or "and"
    ("Marsh & McLennan" for "Marsh"): a firm the story calls by its first partner's
    name after naming it in full. None for none or several."""
    found: dict[str, EntityMention] = {}
    for entity in entities:
        words = entity.canonical_name.split()
        if (
            entity.label == "ORG"
            and len(words) > 2
            and words[0] == word
            and words[1].casefold() in _JOINING_WORDS
        ):
            found.setdefault(entity.entity_key, entity)
    return next(iter(found.values())) if len(found) == 1 else None
