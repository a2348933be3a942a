"""Decisions over the whole corpus: a name's type by the vote of all its documents,
and a surname alone resolved to the one full name that dominates around it.

Within one document ``tasks.entity_labels.vote`` and ``tasks.entity_people`` already
decide; these functions take what the corpus says about a name (counts in) and
return a decision (out). They read no files and keep no state: the counts are stored
per batch and the decisions applied in ``warehouse/`` (see ``warehouse.corpus``).

- ``vouches_person(before)``: whether the words before a mention say it is a person
  ("Mr", "President").
- ``title_sex(before)``: "m" or "f" from an address title just before a name
  ("Mrs Blair").
- ``curated(name, aliases)``: whether the curated files decide the name's type instead.
- ``corpus_labels(votes)``: whether a one-word name's PERSON label gives way to the
  label most of its documents give it ("Twitter" a PERSON in one document, an ORG in
  twenty).
- ``full_name_for(...)``: the full name a surname alone stands for in the nearest
  window of the corpus that settles it, or ``None`` when two full names compete there
  or none has the evidence (never a guess between two).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tasks.aliases import AliasTable, fold
from tasks.entities import entity_key
from tasks.entity_people import PERSON_TITLES
from tasks.person_gender import gender_of_title

# A label is voted over only by a name seen in at least this many documents with
# the winning label, and only a label the winner outnumbers this many times (in
# documents) gives way: a close split is left as the documents have it.
MIN_VOTING_DOCUMENTS = 3
MAJORITY = 3
# A full name stands for a surname alone in a document when it is named in at least
# this many documents of the window that share at least CO_MENTIONS other named
# entities with that document, this many times more than any other full name with
# the same surname (counted the same way) and than the word's uses as a given name.
MIN_FULL_NAME_DOCUMENTS = 2
DOMINANCE = 4
CO_MENTIONS = 2
# A name in more than this share of the corpus's documents (and in at least
# COMMON_LEAST of them) is no co-mention: "United Kingdom" and "British" on BBC say
# nothing about which Warwick a document means.
COMMON_SHARE = 0.05
COMMON_LEAST = 20

# The labels the model gives a surname alone when it does not call it a PERSON
# ("Souness" an ORG, "O'Gara" a GPE); other labels of one word are common words and
# groups ("West", "Christian") more often than surnames.
SURNAME_LABELS = frozenset({"PERSON", "ORG", "GPE"})

_LAST_WORD = re.compile(r"([A-Za-z]+)\.?\s*$")


@dataclass(frozen=True, slots=True)
class LabelVotes:
    """What the corpus says about one name with one label: the documents that give
    it that label, and how many of them have a context cue for it (a title before a
    PERSON)."""

    label: str
    documents: int
    cued: int


@dataclass(frozen=True, slots=True)
class FullName:
    """A full name with the surname being resolved, in a window of the corpus: the
    documents that name it and share named entities with the document resolved."""

    key: str
    name: str
    documents: int
    sex: str | None


@dataclass(frozen=True, slots=True)
class Window:
    """A window of the corpus around a surname alone: the full names ending with it,
    and the documents where it opens a full name instead (a given name: "John")."""

    names: Sequence[FullName]
    given_documents: int = 0


def vouches_person(before: str) -> bool:
    """Whether the words just ``before`` a mention say it is a person: an address title
    or a role ("Mr", "President", "coach")."""
    word = _LAST_WORD.search(before)
    return bool(word) and word.group(1).casefold() in PERSON_TITLES


def title_sex(before: str) -> str | None:
    """ "m" or "f" when the text ``before`` a name ends with a title or role of one sex
    ("Mrs ", "Sir ", "spokeswoman "; the list of ``tasks.person_gender``), else ``None``."""
    word = _LAST_WORD.search(before)
    if not word:
        return None
    return gender_of_title(word.group(1))


def surname_of(name: str) -> str:
    """The key part of a name's last word ("Tony Blair" → "blair"), what a full name
    and a surname alone are matched by."""
    return entity_key("", name.split()[-1]).removeprefix(":") if name.split() else ""


def curated(name: str, aliases: AliasTable) -> bool:
    """Whether the curated files speak for ``name`` (under some label or in some
    context, or as a country): then they decide its type where it is named, not a vote
    ("Jordan" the country and "Mr Jordan" stay apart)."""
    return fold(name) in aliases.names or aliases.resolve(name, "GPE") is not None


def corpus_labels(votes: Sequence[LabelVotes], one_word: bool = True) -> dict[str, str]:
    """The labels of one name that give way, each to the winner: the label of the most
    documents, when it has at least ``MIN_VOTING_DOCUMENTS`` and ``MAJORITY`` times the
    documents of the label it replaces. Only a person named by one word gives way
    ("Twitter", "Yukos" the model calls a PERSON in a few documents): judged on BBC,
    those changes were right 6 times in 7, changes between other labels 6 in 13 (the
    model's majority is as often wrong: "Bafta" a place). A PERSON some document vouches
    for by its context ("Mr Jordan") stays, a person's full name stays one ("Bernie
    Ebbers", ``one_word`` False), and so does everything on a tie; the vote makes no
    one a person (a capitalised word the model takes for one: "Premiership")."""
    ranked = sorted(votes, key=lambda v: (-v.documents, v.label))
    if not one_word or len(ranked) < 2 or ranked[0].documents == ranked[1].documents:
        return {}
    winner = ranked[0]
    if winner.documents < MIN_VOTING_DOCUMENTS or winner.label == "PERSON":
        return {}
    return {
        v.label: winner.label
        for v in ranked[1:]
        if v.label == "PERSON" and v.cued == 0 and winner.documents >= MAJORITY * v.documents
    }


def full_name_for(sex: str | None, windows: Sequence[Window]) -> FullName | None:
    """The full name a surname alone (after a title of ``sex`` when known) stands for in
    one document, looking in ``windows`` from the nearest (the same source within a
    month) to the widest (the whole corpus within a year); a window counts the
    documents of each full name that share named entities with the document
    (``CO_MENTIONS``). A window's top full name with that surname wins when it
    dominates the other full names and the word's uses as a given name ("John" opens
    more full names than it ends). A window where it does not, with a rival of at
    least ``MIN_FULL_NAME_DOCUMENTS`` documents, stops the search: the surname stays
    (never a guess between two); a window with too little evidence passes to the
    next. A title of the other sex rules a full name out ("Mrs Blair" is not Tony
    Blair)."""
    for window in windows:
        ranked = sorted(
            (n for n in window.names if sex is None or n.sex in (None, sex)),
            key=lambda n: (-n.documents, n.key),
        )
        if not ranked:
            continue
        top = ranked[0]
        rival = max(ranked[1].documents if len(ranked) > 1 else 0, window.given_documents)
        if top.documents >= MIN_FULL_NAME_DOCUMENTS and top.documents >= DOMINANCE * rival:
            return top
        if rival >= MIN_FULL_NAME_DOCUMENTS:
            return None
    return None
