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
- ``evidence_row(mention)``: the evidence one mention gives about its name.
- ``label_decisions(votes, aliases)`` and ``person_decisions(people, keys, aliases)``:
  the stored counts of a batch's names and surnames in, one decision row per name (or
  per document for a surname alone) out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from typing import Any

from tasks.aliases import AliasTable, fold
from tasks.entities import entity_key
from tasks.entity_people import PERSON_TITLES
from tasks.person_gender import gender_of_name, gender_of_title

Row = dict[str, Any]

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


def evidence_row(mention: Row) -> Row:
    """The ``entity_evidence`` row of a mention's entity in its document (before the
    cues of its other mentions are added)."""
    name = mention["canonical_name"]
    words = name.split()
    full = mention["label"] == "PERSON" and len(words) > 1
    # a name of one word may be a surname alone, though the model made it an ORG or
    # a place ("Trump" alone is an ORG to the small model)
    alone = len(words) == 1 and mention["label"] in SURNAME_LABELS
    surname = surname_of(name) if full or alone else None
    return {
        "doc_id": mention["doc_id"],
        "entity_key": mention["entity_key"],
        "name_key": mention["entity_key"].split(":", 1)[1],
        "label": mention["label"],
        "canonical_name": name,
        "cued": False,
        "source": mention["source"],
        "month": mention["month"],
        "surname": surname or None,
        "full_name": full,
        "given_name": surname_of(words[0]) if full else None,
        "sex": gender_of_name(name) if full else None,
        "scope": None,
    }


def label_decisions(votes: Iterable[Row], aliases: AliasTable) -> list[Row]:
    """One decision per name and label (``votes`` sorted by name): the label it takes,
    or none when it keeps its own."""
    rows = []
    for name_key, group in groupby(votes, key=lambda v: v["name_key"]):
        labelled = {v["label"]: v for v in group}
        changes = (
            {}
            if any(curated(v["canonical_name"], aliases) for v in labelled.values())
            else corpus_labels(
                [LabelVotes(v["label"], v["documents"], v["cued"]) for v in labelled.values()],
                one_word=all(len(v["canonical_name"].split()) == 1 for v in labelled.values()),
            )
        )
        for label in labelled:
            winner = changes.get(label)
            rows.append(
                {
                    "kind": "label",
                    "scope": "",
                    "from_key": f"{label}:{name_key}",
                    "to_key": f"{winner}:{name_key}" if winner else None,
                    "to_label": winner,
                    "to_name": labelled[winner]["canonical_name"] if winner else None,
                }
            )
    return rows


def person_decisions(
    people: Iterable[Row], keys: dict[str, set[str]], aliases: AliasTable
) -> list[Row]:
    """One decision per document naming a surname alone: the full name it stands for
    there, or none. ``keys`` holds the entity keys of every document of ``people``
    (co-mentions), without the corpus's commonest. A name the curated files know (a
    country, a club) is not taken for a surname."""
    by_surname: dict[str, list[Row]] = defaultdict(list)
    openers: dict[str, list[Row]] = defaultdict(list)
    for p in people:
        by_surname[p["surname"]].append(p)
        if p["full_name"]:
            openers[p["given_name"]].append(p)
    rows = []
    for surname, named in by_surname.items():
        full = [p for p in named if p["full_name"]]
        alone: dict[str, list[Row]] = defaultdict(list)
        for p in named:
            if not p["full_name"]:
                alone[p["scope"]].append(p)
        known = any(curated(p["canonical_name"], aliases) for p in named if not p["full_name"])
        for scope, cell in alone.items():
            found = None
            if not known and full:
                found = full_name_for(
                    cell[0]["sex"], _windows(cell[0], full, openers[surname], keys)
                )
            rows.append(
                {
                    "kind": "person",
                    "scope": scope,
                    "from_key": surname,
                    "to_key": found.key if found else None,
                    "to_label": "PERSON" if found else None,
                    "to_name": found.name if found else None,
                }
            )
    return rows


def _windows(
    alone: Row, full: list[Row], openers: list[Row], keys: dict[str, set[str]]
) -> list[Window]:
    """The windows around one document's surname alone, nearest first: the same source
    within a month, the corpus within a month, the corpus within a year. A full name's
    documents count when they share ``CO_MENTIONS`` other names with the document."""
    month = _month_number(alone["month"])
    own = keys.get(alone["doc_id"], set()) - {alone["entity_key"]}

    def shared(p: Row) -> bool:
        return len(own & (keys.get(p["doc_id"], set()) - {p["entity_key"]})) >= CO_MENTIONS

    def local(p: Row) -> bool:
        return p["source"] == alone["source"] and abs(_month_number(p["month"]) - month) <= 1

    def near(p: Row) -> bool:
        return abs(_month_number(p["month"]) - month) <= 1

    def same_year(p: Row) -> bool:
        return abs(_month_number(p["month"]) - month) <= 12

    related = [p for p in full if shared(p) and p["doc_id"] != alone["doc_id"]]
    return [
        Window(
            _full_names(p for p in related if inside(p)),
            len({p["doc_id"] for p in openers if inside(p)}),
        )
        for inside in (local, near, same_year)
    ]


def _full_names(people: Iterable[Row]) -> list[FullName]:
    documents: dict[str, set[str]] = defaultdict(set)
    first: dict[str, Row] = {}
    for p in people:
        documents[p["entity_key"]].add(p["doc_id"])
        first.setdefault(p["entity_key"], p)
    return [
        FullName(key, first[key]["canonical_name"], len(docs), first[key]["sex"])
        for key, docs in documents.items()
    ]


def _month_number(month: datetime) -> int:
    return month.year * 12 + month.month
