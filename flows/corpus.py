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

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa

from tasks.aliases import load_aliases
from tasks.entity_corpus import (
    COMMON_LEAST,
    COMMON_SHARE,
    evidence_row,
    label_decisions,
    person_decisions,
    title_sex,
    vouches_person,
)
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
            row = rows[key] = evidence_row(mention)
        if row["label"] == "PERSON" and not row["cued"] and vouches_person(mention["before"]):
            row["cued"] = True
        if row["surname"] and not row["full_name"] and row["sex"] is None:
            row["sex"] = title_sex(mention["before"])
    for row in rows.values():
        if row["surname"] and not row["full_name"]:
            # a surname alone is resolved document by document: by its co-mentions
            row["scope"] = row["doc_id"]
    return corpus.evidence_table(list(rows.values()))


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
    common = corpus.common_keys(warehouse, batch, COMMON_SHARE, COMMON_LEAST)
    keys = {
        doc_id: named - common
        for doc_id, named in corpus.document_keys(
            warehouse, batch, {p["doc_id"] for p in people}
        ).items()
    }
    rows += person_decisions(people, keys, table)
    return corpus.decisions_table([{**row, "decided_at": now} for row in rows])
