"""Reading committed batches back and rewriting them: the storage half of
``dossier reprocess``, ``compact`` and ``forget``.

Batches are located through the files themselves (``filename`` of each row),
not through ``documents.batch_id``, which records the batch that first
committed a document and survives compaction unchanged.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from core.errors import DossierError, Errors
from core.records import Document
from warehouse.schemas import BATCH_TABLES, FORGOTTEN, RUNS
from warehouse.store import Warehouse
from warehouse.story_index import INDEX_FILES

# Tables whose rows belong to a document and go when it goes.
DOCUMENT_TABLES = (
    "documents",
    "entities",
    "quotes",
    "themes",
    "keyphrases",
    "story_members",
    "story_bands",
    "entity_evidence",
)
# Written once when a document is stored and kept as they are by reprocess: a
# document's story does not depend on the extractors.
STORY_TABLES = ("story_members", "story_bands")


def documents_where(warehouse: Warehouse, predicate: str) -> dict[str, list[str]]:
    """Batch folder to the doc_ids of its documents matching a SQL ``predicate`` over
    the documents columns (``source_id = 'a.txt'``, ``published_at < '2020-01-01'``)."""
    if not warehouse.has_files("documents"):
        return {}
    sql = (
        "select doc_id, filename from read_parquet(?, union_by_name = true, filename = true) "
        f"where ({predicate}) order by filename, doc_id"
    )
    with duckdb.connect() as con:
        try:
            found = con.execute(sql, [warehouse.table_glob("documents")]).fetchall()
        except duckdb.Error as error:
            raise DossierError(Errors.E022.format(reason=str(error).splitlines()[0])) from None
    by_batch: dict[str, list[str]] = defaultdict(list)
    for doc_id, filename in found:
        by_batch[Path(filename).parent.name].append(doc_id)
    return dict(by_batch)


def batch_tables(warehouse: Warehouse, batch_id: str) -> dict[str, pa.Table]:
    """Every table of one committed batch (empty tables for files an older version
    of dossier did not write)."""
    tables = {}
    for name, schema in BATCH_TABLES.items():
        path = warehouse.batch_path(batch_id, name)
        tables[name] = _read(path, schema) if path.exists() else schema.empty_table()
    return tables


def without_documents(
    tables: Mapping[str, pa.Table], doc_ids: Collection[str]
) -> dict[str, pa.Table]:
    """The batch with every row of ``doc_ids`` removed."""
    drop = pa.array(list(doc_ids), type=pa.string())
    return {
        name: table.filter(pc.invert(pc.is_in(table["doc_id"], drop)))
        if name in DOCUMENT_TABLES
        else table
        for name, table in tables.items()
    }


def merged(parts: Iterable[Mapping[str, pa.Table]]) -> dict[str, pa.Table]:
    """Several batches' tables as one batch, rows in the order given."""
    parts = list(parts)
    return {
        name: pa.concat_tables([part[name].cast(schema) for part in parts])
        for name, schema in BATCH_TABLES.items()
    }


def stored_documents(table: pa.Table) -> list[Document]:
    """``documents`` rows back as the records the extractors take."""
    return [
        Document(
            doc_id=row["doc_id"],
            source_id=row["source_id"],
            source_path=row["source_path"],
            fmt=row["format"],
            text=row["text"],
            content_sha256=row["content_sha256"],
            title=row["title"],
            published_at=row["published_at"],
            source=row["source"],
            url=row["url"],
            metadata=json.loads(row["metadata"]) if row["metadata"] else {},
        )
        for row in table.to_pylist()
    ]


def forgotten_table(documents: pa.Table, reason: str, run_id: str, now: datetime) -> pa.Table:
    """One tombstone per forgotten document: its hash, so that later runs skip it."""
    count = documents.num_rows
    return pa.table(
        {
            "doc_id": documents["doc_id"],
            "source_id": documents["source_id"],
            "content_sha256": documents["content_sha256"],
            "reason": [reason] * count,
            "run_id": [run_id] * count,
            "forgotten_at": pa.array([now] * count, type=FORGOTTEN.field("forgotten_at").type),
        },
        schema=FORGOTTEN,
    )


def add_derived_tables(warehouse: Warehouse) -> int:
    """Give batches written before the derived tables (``entity_documents``,
    ``entity_month_parts``) or the story index (``warehouse.story_index``) existed
    their derived files, all in one snapshot; returns how many batches were
    rewritten. A no-op on an up-to-date warehouse."""
    missing = [
        batch_id
        for batch_id in warehouse.batch_ids()
        if not warehouse.batch_path(batch_id, "entity_documents").exists()
        or not all((warehouse.batches_dir / batch_id / name).is_file() for name in INDEX_FILES)
    ]
    if missing:
        rewritten = ((batch_id, batch_tables(warehouse, batch_id)) for batch_id in missing)
        warehouse.replace_batches(missing, rewritten)
    return len(missing)


def batches_without_evidence(warehouse: Warehouse) -> list[str]:
    """The batches written before the corpus decisions existed: documents, and no
    ``entity_evidence`` file (see ``warehouse.corpus``)."""
    return [
        batch_id
        for batch_id in warehouse.batch_ids()
        if warehouse.batch_path(batch_id, "documents").exists()
        and not warehouse.batch_path(batch_id, "entity_evidence").exists()
    ]


def finished_runs(warehouse: Warehouse) -> tuple[list[str], pa.Table]:
    """The names of the run-record files whose runs have all ended, and their rows
    as one table, oldest first: what compaction merges into a single file. A
    record still ``running`` (the compaction's own, or one a crash left) stays."""
    names, tables = [], []
    for path in sorted(warehouse.runs_dir.glob("*.parquet")):
        table = _read(path, RUNS)
        if "running" not in table.column("status").to_pylist():
            names.append(path.name)
            tables.append(table)
    merged = pa.concat_tables(tables) if tables else RUNS.empty_table()
    return names, merged.sort_by([("started_at", "ascending"), ("run_id", "ascending")])


def compaction_backlog(warehouse: Warehouse, target_documents: int) -> tuple[int, int]:
    """How many batch folders a compaction to batches of up to ``target_documents``
    would merge, and how many run-record files there are (counted, not read: all
    but the few still running would be merged)."""
    groups = compaction_groups(documents_per_batch(warehouse), target_documents)
    return sum(map(len, groups)), len(list(warehouse.runs_dir.glob("*.parquet")))


def documents_per_batch(warehouse: Warehouse) -> dict[str, int]:
    """Batch folder to its number of documents, from the Parquet footers alone."""
    counts = {}
    for batch_id in warehouse.batch_ids():
        path = warehouse.batch_path(batch_id, "documents")
        counts[batch_id] = pq.ParquetFile(path).metadata.num_rows if path.exists() else 0
    return counts


def compaction_groups(counts: Mapping[str, int], target_documents: int) -> list[list[str]]:
    """Runs of consecutive batches that together hold at most ``target_documents``;
    only runs of two or more batches are worth merging."""
    groups: list[list[str]] = []
    current: list[str] = []
    size = 0
    for batch_id, count in counts.items():
        if current and size + count > target_documents:
            groups.append(current)
            current, size = [], 0
        current.append(batch_id)
        size += count
    groups.append(current)
    return [group for group in groups if len(group) > 1]


def _read(path: Path, schema: pa.Schema) -> pa.Table:
    table = pq.read_table(path)
    missing = [f for f in schema if f.name not in table.column_names]
    for field in missing:
        table = table.append_column(field, pa.nulls(table.num_rows, field.type))
    return table.select(schema.names).cast(schema)
