"""Storage of the corpus-level entity decisions: the evidence each batch adds, the
counts summed over the stored batches, and the decisions taken.

Each batch stores two tables next to its mentions (``warehouse.schemas``):
``entity_evidence`` (one row per entity per document: what the document says about
the name) and ``entity_decisions`` (the decisions its commit took for the names and
surnames whose counts it changed, ``tasks.entity_corpus`` deciding). Nothing stored is
ever rewritten for a decision: the views (``warehouse/sql/views/entity_verdicts.sql``,
``entity_key_map.sql``) apply the latest decision of each name at query time, so a
later batch that changes a vote changes what earlier rows show, and a name no batch
touched keeps its key. SQL is in ``warehouse/sql/corpus/``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.queries import Rows, sql_text
from warehouse.schemas import ENTITY_DECISIONS, ENTITY_EVIDENCE
from warehouse.store import Warehouse


def mention_contexts(documents: pa.Table, entities: pa.Table) -> Iterator[dict[str, Any]]:
    """A batch's mentions in document and text order, each with the words around it
    and its document's source and month (see ``corpus/mention_contexts.sql``)."""
    with duckdb.connect() as con:
        con.register(
            "documents",
            documents.select(["doc_id", "text", "source", "published_at", "ingested_at"]),
        )
        con.register("entities", entities)
        cursor = con.execute(sql_text("corpus/mention_contexts"))
        names = [column[0] for column in cursor.description]
        while batch := cursor.fetchmany(4096):
            for row in batch:
                yield dict(zip(names, row, strict=True))


def evidence_table(rows: Sequence[dict[str, Any]]) -> pa.Table:
    """``entity_evidence`` rows as a table."""
    return pa.Table.from_pylist(list(rows), schema=ENTITY_EVIDENCE)


def decisions_table(rows: Sequence[dict[str, Any]]) -> pa.Table:
    """``entity_decisions`` rows as a table."""
    return pa.Table.from_pylist(list(rows), schema=ENTITY_DECISIONS)


def label_votes(
    warehouse: Warehouse, batch: pa.Table | None, names: Collection[str] | None
) -> Rows:
    """Per name and label, the documents and cued documents over the stored evidence
    and the ``batch``'s (not yet stored), for the ``names`` given (every name: None)."""
    return _over_evidence(warehouse, batch, "corpus/label_votes", "names", "name_key", names)


def people(warehouse: Warehouse, batch: pa.Table | None, surnames: Collection[str] | None) -> Rows:
    """The person rows of the stored evidence and the ``batch``'s whose surname is one
    of ``surnames`` (every one: None)."""
    return _over_evidence(warehouse, batch, "corpus/people", "surnames", "surname", surnames)


def document_keys(
    warehouse: Warehouse, batch: pa.Table | None, doc_ids: Collection[str]
) -> dict[str, set[str]]:
    """The entity keys (as extracted) of each of ``doc_ids``, stored or in the ``batch``."""
    rows = _over_evidence(warehouse, batch, "corpus/document_keys", "doc_ids", "doc_id", doc_ids)
    return {row["doc_id"]: set(row["keys"]) for row in rows}


def _over_evidence(
    warehouse: Warehouse,
    batch: pa.Table | None,
    query: str,
    table: str,
    column: str,
    values: Collection[str] | None,
) -> Rows:
    files = warehouse.table_files("entity_evidence")
    parts = []
    if files:
        listed = ", ".join("'{}'".format(path.replace("'", "''")) for path in files)
        parts.append(f"select * from read_parquet([{listed}], union_by_name = true)")
    if batch is not None:
        parts.append("select * from batch")
    with duckdb.connect() as con:
        con.register("batch", batch if batch is not None else ENTITY_EVIDENCE.empty_table())
        con.register(table, pa.table({column: pa.array(sorted(values or ()), pa.string())}))
        union = " union all ".join(parts) or "select * from batch"
        con.execute(f"create temp view evidence as {union}")
        cursor = con.execute(sql_text(query), {"all_names": values is None})
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
