"""The corpus-level entity step: the evidence a batch's documents add about names,
and the decisions for the names and surnames whose counts the batch changed.

``tasks.entity_corpus`` decides (counts in, decision out); ``warehouse.corpus``
reads the stored counts and holds the decisions, which the views apply at query
time. A run calls :func:`corpus_tables` once per batch, in commit order; a command
that rewrites stored documents (``reprocess``, ``forget``) calls :func:`decide_again`
once, over every name, and a warehouse written before this step existed gets its
evidence and decisions from :func:`add_evidence` when a command next opens it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import groupby
from typing import Any

import pyarrow as pa

from tasks.aliases import AliasTable, load_aliases
from tasks.entity_corpus import (
    CO_MENTIONS,
    SURNAME_LABELS,
    FullName,
    LabelVotes,
    Window,
    context_label,
    corpus_labels,
    curated,
    full_name_for,
    surname_of,
    title_sex,
)
from tasks.person_gender import gender_of_name
from warehouse import corpus, lifecycle
from warehouse.store import Warehouse

Row = dict[str, Any]


def corpus_tables(
    warehouse: Warehouse, documents: pa.Table, entities: pa.Table, aliases: str | None
) -> dict[str, pa.Table]:
    """A batch's ``entity_evidence``, and the ``entity_decisions`` for the names and
    surnames it names, taken over the stored batches and this one. Call it in commit
    order: the earlier batches must be stored."""
    evidence = batch_evidence(documents, entities)
    return {
        "entity_evidence": evidence,
        "entity_decisions": decisions(warehouse, evidence, aliases),
    }


def decide_again(warehouse: Warehouse, batch_id: str, aliases: str | None) -> int:
    """Decide every name and surname again over what is stored now, and commit the
    decisions as a batch of their own (``batch_id``); returns how many were taken."""
    table = decisions(warehouse, None, aliases)
    warehouse.commit_batch(batch_id, {"entity_decisions": table})
    return table.num_rows


def add_evidence(warehouse: Warehouse, batch_id: str, aliases: str | None) -> int:
    """Give the batches stored before this step existed their ``entity_evidence`` (in
    one snapshot), then take every decision (as the batch ``batch_id``); returns how
    many batches were rewritten. A no-op on an up-to-date warehouse."""
    missing = lifecycle.batches_without_evidence(warehouse)
    if not missing:
        return 0

    def with_evidence() -> Iterator[tuple[str, dict[str, pa.Table]]]:
        for batch_id in missing:
            tables = lifecycle.batch_tables(warehouse, batch_id)
            evidence = batch_evidence(tables["documents"], tables["entities"])
            yield batch_id, {**tables, "entity_evidence": evidence}

    warehouse.replace_batches(missing, with_evidence())
    decide_again(warehouse, batch_id, aliases)
    return len(missing)


def batch_evidence(documents: pa.Table, entities: pa.Table) -> pa.Table:
    """One ``entity_evidence`` row per entity per document of a batch."""
    rows: dict[tuple[str, str], Row] = {}
    for mention in corpus.mention_contexts(documents, entities):
        key = (mention["doc_id"], mention["entity_key"])
        row = rows.get(key)
        if row is None:
            row = rows[key] = _evidence_row(mention)
        if not row["cued"] and context_label(mention["before"], mention["after"]) == row["label"]:
            row["cued"] = True
        if row["surname"] and not row["full_name"] and row["sex"] is None:
            row["sex"] = title_sex(mention["before"])
    for row in rows.values():
        if row["surname"] and not row["full_name"]:
            # a surname alone is resolved document by document: by its co-mentions
            row["scope"] = row["doc_id"]
    return corpus.evidence_table(list(rows.values()))


def _evidence_row(mention: Row) -> Row:
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


def decisions(warehouse: Warehouse, batch: pa.Table | None, aliases: str | None) -> pa.Table:
    """The decisions for the names and surnames of the ``batch``'s evidence (every
    stored one when ``batch`` is None), over the stored evidence and the batch's."""
    now = datetime.now(UTC)
    names = None if batch is None else set(batch["name_key"].to_pylist())
    votes = corpus.label_votes(warehouse, batch, names)
    table = load_aliases(aliases)
    rows = label_decisions(votes, table)
    surnames = None if batch is None else {s for s in batch["surname"].to_pylist() if s}
    people = corpus.people(warehouse, batch, surnames)
    keys = corpus.document_keys(warehouse, batch, {p["doc_id"] for p in people})
    rows += person_decisions(people, keys, table)
    return corpus.decisions_table([{**row, "decided_at": now} for row in rows])


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
    (co-mentions). A name the curated files know (a country, a club) is not taken for
    a surname."""
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
