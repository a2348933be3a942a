"""Flows that change what is already in the warehouse: ``reprocess``, ``compact``
and ``forget``. Each holds the writer lock, publishes its changes as one new
snapshot (or one per chunk, for ``reprocess``), and records itself in ``runs``."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime

import pyarrow as pa
import pyarrow.compute as pc
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from core.errors import DossierError, Errors
from core.settings import COMPACT_TARGET_DOCUMENTS, Settings
from flows.corpus import batch_evidence, decide_again
from flows.runs import RunSummary, recorded_run
from flows.steps import extract_batch
from tasks.configuration import resolve_settings
from warehouse import lifecycle, rows
from warehouse.store import Warehouse
from warehouse.views import publish_views

Tables = Mapping[str, pa.Table]


@flow(name="reprocess_corpus")
def reprocess_corpus(warehouse_dir: str, settings: Settings | None = None) -> RunSummary:
    """Re-extract every document an older pipeline version processed, from its stored
    text, and replace its rows; one snapshot per chunk of about ``settings.batch_size``."""
    settings = settings or resolve_settings()
    with recorded_run(warehouse_dir, "reprocess", settings, ["reprocess"]) as (
        warehouse,
        summary,
    ):
        predicate = f"pipeline_version is distinct from {sql_literal(settings.pipeline_version)}"
        stale = find_documents(warehouse, predicate)
        chunks = _chunks_of_batches(stale, settings.batch_size)
        for chunk_no, chunk in enumerate(chunks, start=1):
            replaced = reprocess_chunk(warehouse, chunk, settings, chunk_no)
            summary.counts["documents_reprocessed"] += replaced
            summary.counts["batches_rewritten"] += len(chunk)
            get_run_logger().info("chunk %d: %d documents reprocessed", chunk_no, replaced)
        if stale:
            decide_corpus_again(warehouse, summary, settings.aliases)
    return summary


def reprocess_chunk(
    warehouse: Warehouse,
    chunk: Mapping[str, list[str]],
    settings: Settings,
    chunk_no: int,
) -> int:
    """Extract the chunk's stale documents again and swap their batches for rewritten ones."""
    old = {batch_id: lifecycle.batch_tables(warehouse, batch_id) for batch_id in chunk}
    stale_ids = {doc_id for doc_ids in chunk.values() for doc_id in doc_ids}
    stale_rows = pa.concat_tables(
        [_rows_of(tables["documents"], stale_ids) for tables in old.values()]
    )
    documents = lifecycle.stored_documents(stale_rows)
    extracted = extract_batch(documents, settings, chunk_no)
    extracted_rows = rows.extracted_tables(extracted)
    fresh = {
        "documents": stale_rows.set_column(
            stale_rows.schema.get_field_index("pipeline_version"),
            "pipeline_version",
            pa.array([settings.pipeline_version] * stale_rows.num_rows, type=pa.string()),
        ),
        **extracted_rows,
        "entity_evidence": batch_evidence(stale_rows, extracted_rows["entities"]),
        # a document's story does not depend on the extractors: its rows stay
        **{
            name: pa.concat_tables([_rows_of(tables[name], stale_ids) for tables in old.values()])
            for name in lifecycle.STORY_TABLES
        },
    }

    def rewritten() -> Iterator[tuple[str, Tables]]:
        for batch_id, tables in old.items():
            kept = lifecycle.without_documents(tables, stale_ids)
            ids = set(chunk[batch_id])
            yield batch_id, _appended(kept, {n: _rows_of(t, ids) for n, t in fresh.items()})

    replace_batches(warehouse, list(chunk), rewritten, f"reprocess-{chunk_no}")
    return len(documents)


@flow(name="compact_warehouse")
def compact_warehouse(
    warehouse_dir: str, target_documents: int = COMPACT_TARGET_DOCUMENTS
) -> RunSummary:
    """Merge runs of small batches into batches of up to ``target_documents``, and the
    records of finished runs into one file, in one snapshot: queries answer the same
    before and after."""
    with recorded_run(warehouse_dir, "compact", None, ["compact"]) as (warehouse, summary):
        groups = lifecycle.compaction_groups(
            lifecycle.documents_per_batch(warehouse), target_documents
        )
        run_files, run_records = lifecycle.finished_runs(warehouse)
        runs = (run_files, run_records) if len(run_files) > 1 else None

        def merged_batches() -> Iterator[tuple[str, Tables]]:
            for group in groups:
                parts = (lifecycle.batch_tables(warehouse, batch_id) for batch_id in group)
                yield f"{group[0]}-merged{len(group)}", lifecycle.merged(parts)

        if groups or runs:
            removed = [batch_id for group in groups for batch_id in group]
            replace_batches(warehouse, removed, merged_batches, "compact", runs)
        summary.counts.update(
            batches_merged=sum(map(len, groups)),
            batches_written=len(groups),
            run_records_merged=run_records.num_rows if runs else 0,
        )
    return summary


@flow(name="forget_documents")
def forget_documents(warehouse_dir: str, predicate: str, reason: str) -> RunSummary:
    """Delete the documents matching ``predicate`` and every row that came from them,
    in one snapshot, leaving a tombstone (hash only) so later runs do not bring them back."""
    with recorded_run(warehouse_dir, "forget", None, [reason]) as (warehouse, summary):
        targets = find_documents(warehouse, predicate)
        now = datetime.now(UTC)

        def pruned() -> Iterator[tuple[str, Tables]]:
            for batch_id, doc_ids in targets.items():
                tables = lifecycle.batch_tables(warehouse, batch_id)
                gone = _rows_of(tables["documents"], set(doc_ids))
                tombstones = lifecycle.forgotten_table(gone, reason, summary.run_id, now)
                kept = lifecycle.without_documents(tables, doc_ids)
                yield batch_id, _appended(kept, {"forgotten": tombstones})

        if targets:
            replace_batches(warehouse, list(targets), pruned, "forget")
            decide_corpus_again(warehouse, summary, None)
        summary.counts["documents_forgotten"] = sum(map(len, targets.values()))
    return summary


@task(name="decide-corpus-again", cache_policy=NO_CACHE)
def decide_corpus_again(warehouse: Warehouse, summary: RunSummary, aliases: str | None) -> None:
    """Take the corpus decisions again over every stored name, once the command has
    changed stored documents (their counts changed), and publish them."""
    summary.counts["entity_decisions"] = decide_again(
        warehouse, f"{summary.run_id}-decisions", aliases
    )
    publish_views(warehouse)


@task(name="find-documents", cache_policy=NO_CACHE)
def find_documents(warehouse: Warehouse, predicate: str) -> dict[str, list[str]]:
    """Batch folder to the doc_ids in it that match the predicate."""
    return lifecycle.documents_where(warehouse, predicate)


@task(
    name="replace-batches",
    task_run_name="replace-{label}",
    cache_policy=NO_CACHE,
    retries=2,
    retry_delay_seconds=1,
)
def replace_batches(
    warehouse: Warehouse,
    removed: list[str],
    added: Callable[[], Iterator[tuple[str, Tables]]],
    label: str,
    runs: tuple[list[str], pa.Table] | None = None,
) -> int:
    """Publish a snapshot without ``removed`` and with what ``added`` yields (and
    ``runs``' files merged, when given), and the views that read it."""
    try:
        generation = warehouse.replace_batches(removed, added(), runs)
        publish_views(warehouse)
    except OSError as error:
        reason = error.strerror or str(error)
        raise DossierError(Errors.E023.format(batch=label, reason=reason)) from None
    return generation


def _chunks_of_batches(
    by_batch: Mapping[str, list[str]], size: int
) -> Iterator[dict[str, list[str]]]:
    """Whole batches grouped until a chunk holds about ``size`` documents."""
    chunk: dict[str, list[str]] = {}
    for batch_id, doc_ids in by_batch.items():
        chunk[batch_id] = doc_ids
        if sum(map(len, chunk.values())) >= size:
            yield chunk
            chunk = {}
    if chunk:
        yield chunk


def _rows_of(table: pa.Table, doc_ids: set[str]) -> pa.Table:
    return table.filter(pc.is_in(table["doc_id"], pa.array(list(doc_ids), type=pa.string())))


def _appended(tables: Tables, extra: Tables) -> dict[str, pa.Table]:
    return {
        name: pa.concat_tables([table, extra[name].cast(table.schema)]) if name in extra else table
        for name, table in tables.items()
    }


def sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
