"""The Prefect tasks of ``process_corpus``: each handles a batch, never one document.

Caching is off: inputs are large batches, and hashing them would cost more than
recomputing. Retries are declared where a step touches the disk.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pyarrow as pa
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from core.errors import DossierError, Errors
from core.records import Document, Extracted, Ingested, Payload, Reject
from core.settings import Settings
from flows.corpus import corpus_tables
from flows.sources import SourceFile, discover
from flows.workers import running_pool
from tasks.extract import extract_documents
from tasks.ingest import ingest_payloads
from tasks.stories import assign_stories, fingerprints
from warehouse.rows import story_tables
from warehouse.store import Warehouse
from warehouse.stories import stored_stories


@task(name="discover-sources", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def discover_sources(paths: Sequence[str]) -> tuple[list[SourceFile], list[Reject]]:
    """Supported files under the inputs; unusable ones become rejects."""
    return discover(paths)


@task(name="ingest", task_run_name="ingest-batch-{batch_no}", cache_policy=NO_CACHE)
def ingest_batch(payloads: Sequence[Payload], max_bytes: int, batch_no: int) -> Ingested:
    """Payloads to documents and rejects."""
    return ingest_payloads(payloads, max_bytes)


@task(name="extract", task_run_name="extract-batch-{batch_no}.{part}", cache_policy=NO_CACHE)
def extract_batch(
    documents: Sequence[Document], settings: Settings, batch_no: int, part: int = 1
) -> Extracted:
    """Parse and extract (part of) a batch: on a worker of the command's pool when
    one runs, else where the task runs (the flow's process, or a Dask worker)."""
    pool = running_pool()
    if pool is None:
        return extract_documents(documents, settings)
    try:
        return pool.extract(documents).result()
    except BrokenProcessPool:
        raise DossierError(Errors.E028.format(batch=batch_no)) from None


@task(name="stories", task_run_name="stories-{batch_id}", cache_policy=NO_CACHE)
def story_batch(
    warehouse: Warehouse, documents: Sequence[Document], batch_id: str, threshold: float
) -> dict[str, pa.Table]:
    """The story of each of a batch's documents, against every story stored so far
    (and the batch's earlier documents), as the batch's ``story_members`` and
    ``story_bands`` tables. Call it in commit order: earlier batches must be stored."""
    prints = fingerprints(documents)
    clusters, representatives = stored_stories(
        warehouse, {key for p in prints for key in p.band_keys}
    )
    links = assign_stories(prints, clusters, representatives, threshold)
    return story_tables(links, prints, batch_id)


@task(name="corpus-entities", task_run_name="corpus-entities-{batch_id}", cache_policy=NO_CACHE)
def corpus_batch(
    warehouse: Warehouse, tables: dict[str, pa.Table], batch_id: str, aliases: str | None
) -> dict[str, pa.Table]:
    """The batch's ``entity_evidence`` and the corpus decisions its names change
    (``flows.corpus``). Call it in commit order: earlier batches must be stored."""
    return corpus_tables(warehouse, tables["documents"], tables["entities"], aliases)


@task(
    name="commit-batch",
    task_run_name="commit-{batch_id}",
    cache_policy=NO_CACHE,
    retries=2,
    retry_delay_seconds=1,
)
def commit_batch(
    warehouse: Warehouse, batch_id: str, tables: dict[str, pa.Table]
) -> dict[str, int]:
    """Write the batch's Parquet files and make them visible at once."""
    return warehouse.commit_batch(batch_id, tables)


@task(name="refresh-report", cache_policy=NO_CACHE)
def refresh_report(warehouse: Warehouse, added: bool) -> Path | None:
    """Rebuild ``report.html`` in the warehouse when the run ``added`` to it (or there
    is none yet); a failure is logged, not raised, since the run's data is already
    safely committed."""
    existing = warehouse.report_path
    if not added and existing.is_file():
        get_run_logger().info("nothing new: the corpus report is unchanged")
        return existing
    from warehouse.report import build_report  # Plotly loads only when a report is built

    try:
        path, seconds = build_report(warehouse)
    except Exception as error:  # the report is a convenience; the run has succeeded
        get_run_logger().warning("the corpus report could not be built: %s", error)
        return None
    get_run_logger().info("corpus report refreshed in %.1f s: %s", seconds, path)
    return path
