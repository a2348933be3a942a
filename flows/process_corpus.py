"""The ``process_corpus`` flow: discover → ingest → parse → extract → commit → publish."""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

import pyarrow as pa
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from flows import progress
from flows.artifacts import publish_run_artifacts
from flows.sources import SourceFile, discover, read_payloads
from flows.workers import current_pool, pool_for_run
from tasks.aliases import load_aliases
from tasks.errors import DossierError, Errors
from tasks.extract import ExtractionSettings, joined
from tasks.ingest import DEFAULT_MAX_BYTES
from tasks.nlp import model_meta, model_name
from tasks.prefect_tasks import (
    entities_batch,
    extract_batch,
    ingest_batch,
    keyphrases_batch,
    parse_batch,
    quotes_batch,
    themes_batch,
)
from tasks.records import Document, Extracted, Payload, Reject
from tasks.themes import load_taxonomy
from tasks.version import pipeline_version
from warehouse import lifecycle, rows
from warehouse.store import Warehouse, new_run_id
from warehouse.views import publish_views

_Item = TypeVar("_Item")
DEFAULT_BATCH_SIZE = 200
# Batches handed to the workers ahead of the one being committed: each batch
# already spans every worker, so two keep them busy while the flow commits.
BATCHES_AHEAD = 2
PARALLEL_RUNNERS = ("process", "dask")
PARTS_PER_WORKER = 2
# Publishing the views reads the footer of every file, so it costs more as batch
# folders accumulate (about 1.3 ms each). After a commit the views are published
# again only once this many times the last publication's cost has passed: each
# batch at first, less often in a long run, never more than 2% of its time.
PUBLISH_INTERVAL_FACTOR = 50


@dataclass
class RunSummary:
    """What a run did; printed by the CLI and stored in ``runs.counts``."""

    run_id: str
    pipeline_version: str
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    counts: Counter = field(default_factory=Counter)
    rows: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    status: str = "running"
    flow_run_id: str | None = None
    command: str = "run"


@dataclass
class ViewPublisher:
    """Publishes a run's committed batches to readers, as often as is cheap."""

    warehouse: Warehouse
    last_cost: float = 0.0
    last_done: float = float("-inf")

    def after_commit(self) -> None:
        """Publish the views (every table at once), unless the last publication was
        too recent for what it cost; the run publishes them again when it ends."""
        if time.monotonic() - self.last_done < PUBLISH_INTERVAL_FACTOR * self.last_cost:
            return
        started = time.monotonic()
        publish_views(self.warehouse)
        self.last_done = time.monotonic()
        self.last_cost = self.last_done - started


@dataclass(frozen=True)
class _Options:
    model: str
    max_bytes: int
    taxonomy: str | None
    aliases: str | None
    runner: str
    workers: int = 1

    @property
    def extraction(self) -> ExtractionSettings:
        return ExtractionSettings(self.model, self.aliases, self.taxonomy)


@dataclass
class _Known:
    hashes: set[str]
    reject_ids: set[str]
    forgotten: set[str]


def _flow_run_name() -> str:
    return label_for(flow_run.parameters.get("paths") or ["nothing"])


@flow(name="process_corpus", flow_run_name=_flow_run_name)
def process_corpus(
    paths: list[str],
    warehouse_dir: str,
    batch_size: int = DEFAULT_BATCH_SIZE,
    model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    taxonomy: str | None = None,
    aliases: str | None = None,
    runner: str = "local",
    workers: int = 1,
) -> RunSummary:
    """Process every new document under ``paths`` into the warehouse at ``warehouse_dir``."""
    model = model_name(model)
    load_taxonomy(taxonomy)  # a malformed taxonomy or alias file fails before any work
    load_aliases(aliases)
    model_meta(model)  # a missing model fails here; workers load it when there is work
    version = pipeline_version(model, taxonomy, aliases)
    with recorded_run(warehouse_dir, "run", version, model, paths) as (warehouse, summary):
        try:
            files, discovery_rejects = discover_sources(paths)
            known = _Known(
                warehouse.known_values("documents", "content_sha256"),
                warehouse.known_values("rejects", "reject_id"),
                warehouse.known_values("forgotten", "content_sha256"),
            )
            progress.start(sum(f.size for f in files))
            payloads = _with_rejects(discovery_rejects, read_payloads(files, max_bytes))
            options = _Options(model, max_bytes, taxonomy, aliases, runner, workers)
            process_batches(warehouse, summary, known, _chunks(payloads, batch_size), options)
        finally:
            progress.stop()
    publish_run_artifacts(warehouse, summary, refresh_report(warehouse, summary))
    return summary


@task(name="refresh-report", cache_policy=NO_CACHE)
def refresh_report(warehouse: Warehouse, summary: RunSummary) -> Path | None:
    """Rebuild ``report.html`` in the warehouse when the run added to it (or there is
    none yet); a failure is logged, not raised, since the run's data is already
    safely committed."""
    existing = warehouse.root / "report.html"
    if not summary.counts["batches"] and existing.is_file():
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


@contextmanager
def recorded_run(
    warehouse_dir: str, command: str, version: str, model: str, inputs: list[str]
) -> Iterator[tuple[Warehouse, RunSummary]]:
    """Lock and prepare the warehouse, and record what happens inside as a run in
    ``runs``: ``running`` at the start, ``completed`` or ``failed`` at the end."""
    started = time.monotonic()
    warehouse = Warehouse(warehouse_dir)
    with warehouse.writer_lock():
        prepare_warehouse(warehouse)
        summary = RunSummary(new_run_id(), version, command=command)
        summary.flow_run_id = flow_run.get_id()
        record_run(warehouse, summary, inputs, model)
        try:
            yield warehouse, summary
            summary.status = "completed"
        except BaseException:
            summary.status = "failed"
            raise
        finally:
            summary.seconds = time.monotonic() - started
            close_run(warehouse, summary, inputs, model)


def close_run(warehouse: Warehouse, summary: RunSummary, paths: Sequence[str], model: str) -> None:
    """Publish the views and the run's final record. When the run is failing already
    (a full disk, say), a failure here is logged, not raised over the first one."""
    try:
        publish_views(warehouse)
        record_run(warehouse, summary, paths, model, finished=True)
    except OSError as error:
        if summary.status != "failed":
            raise
        get_run_logger().warning("could not record the failed run: %s", error)


def prepare_warehouse(warehouse: Warehouse) -> None:
    """Clear what a crash left and bring a warehouse of an older layout up to date."""
    warehouse.prepare()
    if lifecycle.add_derived_tables(warehouse):
        publish_views(warehouse)


def process_batches(
    warehouse: Warehouse,
    summary: RunSummary,
    known: _Known,
    batches: Iterable[list[Payload | Reject]],
    options: _Options,
) -> None:
    """Extract here, batch after batch, or, on worker processes (the command's pool
    or Dask), keep a few batches in flight and commit them in order as they come back.

    On workers a batch is extracted in parts (``PARTS_PER_WORKER`` per worker), so
    that every worker has work until the last batch; the batch is still committed
    as one. The pool's workers stop once the last part is back."""
    in_process_pool = options.runner == "process"
    pool_context = pool_for_run(options.workers, options.extraction) if in_process_pool else None
    with pool_context or nullcontext() as pool:
        in_flight: deque[_Batch] = deque()
        publisher = ViewPublisher(warehouse)
        ahead = BATCHES_AHEAD if options.runner in PARALLEL_RUNNERS else 0
        extract_part = extract_on_pool if in_process_pool else extract_batch
        for batch_no, items in enumerate(batches, start=1):
            batch = prepare_batch(summary, known, items, batch_no, options)
            if batch.documents and options.runner in PARALLEL_RUNNERS:
                batch.futures = [
                    extract_part.submit(part, options.extraction, batch_no, number)
                    for number, part in enumerate(_parts(batch.documents, options.workers), start=1)
                ]
            elif batch.documents:
                batch.extracted = extract_here(batch.documents, batch_no, options)
            in_flight.append(batch)
            while len(in_flight) > ahead:
                finish_batch(publisher, summary, in_flight.popleft())
        while in_flight:
            finish_batch(publisher, summary, in_flight.popleft())
        if pool is not None:
            pool.close()


@task(name="extract", task_run_name="extract-batch-{batch_no}.{part}", cache_policy=NO_CACHE)
def extract_on_pool(
    documents: list[Document], settings: ExtractionSettings, batch_no: int, part: int
) -> Extracted:
    """Part of a batch, parsed and extracted on a worker of the command's pool
    (started with ``settings``)."""
    try:
        return current_pool().extract(documents).result()
    except BrokenProcessPool:
        raise DossierError(Errors.E028.format(batch=batch_no)) from None


@task(name="discover-sources", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def discover_sources(paths: Sequence[str]) -> tuple[list[SourceFile], list[Reject]]:
    """Supported files under the inputs; unusable ones become rejects."""
    return discover(paths)


@dataclass
class _Batch:
    """One batch between ingestion and commit."""

    batch_no: int
    batch_id: str
    documents: list[Document]
    rejects: list[Reject]
    n_present: int
    n_forgotten: int
    n_rejects_present: int
    n_bytes: int
    extracted: Extracted | None = None
    futures: list[Any] = field(default_factory=list)


def prepare_batch(
    summary: RunSummary,
    known: _Known,
    items: list[Payload | Reject],
    batch_no: int,
    options: _Options,
) -> _Batch:
    """Ingest a batch and keep what the warehouse (and this run) does not have yet."""
    payloads = [item for item in items if isinstance(item, Payload)]
    ingested = ingest_batch(payloads, options.max_bytes, batch_no)
    all_rejects = [*(item for item in items if isinstance(item, Reject)), *ingested.rejects]
    rejects = _unseen(all_rejects, lambda r: r.fingerprint, known.reject_ids)
    wanted = [d for d in ingested.documents if d.content_sha256 not in known.forgotten]
    documents = _unseen(wanted, lambda d: d.content_sha256, known.hashes)
    return _Batch(
        batch_no=batch_no,
        batch_id=f"{summary.run_id}-{batch_no:05d}",
        documents=documents,
        rejects=rejects,
        n_present=len(wanted) - len(documents),
        n_forgotten=len(ingested.documents) - len(wanted),
        n_rejects_present=len(all_rejects) - len(rejects),
        n_bytes=sum(p.size for p in payloads),
    )


def extract_here(documents: list[Document], batch_no: int, options: _Options) -> Extracted:
    """One Prefect task per step, the parsed ``Doc`` objects staying in this process."""
    docs = parse_batch(documents, options.model, batch_no)
    entities = entities_batch(documents, docs, options.aliases, batch_no)
    return Extracted(
        entities=entities,
        quotes=quotes_batch(documents, docs, entities, batch_no),
        themes=themes_batch(documents, docs, options.model, options.taxonomy, batch_no),
        keyphrases=keyphrases_batch(documents, batch_no),
    )


def finish_batch(publisher: ViewPublisher, summary: RunSummary, batch: _Batch) -> None:
    """Commit a batch's rows (all tables at once) and count what it did."""
    if batch.futures:
        batch.extracted = joined([future.result() for future in batch.futures])
    extracted = batch.extracted
    tables: dict[str, pa.Table] = {}
    if extracted is not None:
        tables = _batch_tables(summary, batch, extracted)
    if batch.rejects:
        tables["rejects"] = rows.rejects_table(batch.rejects, summary.run_id, datetime.now(UTC))
    if tables:
        try:
            summary.rows.update(commit_batch(publisher.warehouse, batch.batch_id, tables))
        except OSError as error:
            reason = error.strerror or str(error)
            raise DossierError(Errors.E023.format(batch=batch.batch_id, reason=reason)) from None
        summary.counts["batches"] += 1
        publisher.after_commit()
    summary.counts.update(
        documents_new=len(batch.documents),
        documents_present=batch.n_present,
        documents_forgotten=batch.n_forgotten,
        rejected=len(batch.rejects),
        rejects_present=batch.n_rejects_present,
    )
    get_run_logger().info(
        "batch %d: %d new documents, %d already present, %d rejected",
        batch.batch_no,
        len(batch.documents),
        batch.n_present,
        len(batch.rejects),
    )
    progress.advance(batch.n_bytes)


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


def record_run(
    warehouse: Warehouse,
    summary: RunSummary,
    paths: Sequence[str],
    model: str,
    finished: bool = False,
) -> None:
    """Write the run's row: ``running`` at the start, its final status at the end."""
    counts = {**summary.counts, **_prefixed(summary.rows)}
    run = rows.run_table(
        run_id=summary.run_id,
        command=summary.command,
        started_at=summary.started_at,
        finished_at=datetime.now(UTC) if finished else None,
        status=summary.status,
        counts=counts,
        inputs=[str(p) for p in paths],
        model=model,
        pipeline_version=summary.pipeline_version,
    )
    warehouse.write_run(run)


def _batch_tables(summary: RunSummary, batch: _Batch, extracted: Extracted) -> dict[str, pa.Table]:
    now = datetime.now(UTC)
    documents_table = rows.documents_table(
        batch.documents, summary.run_id, batch.batch_id, summary.pipeline_version, now
    )
    return {
        "documents": documents_table,
        "entities": rows.entities_table([m for per_doc in extracted.entities for m in per_doc]),
        "quotes": rows.quotes_table(extracted.quotes),
        "themes": rows.themes_table(extracted.themes),
        "keyphrases": rows.keyphrases_table(extracted.keyphrases),
    }


def _unseen(items: Iterable[_Item], key: Callable[[_Item], str], seen: set[str]) -> list[_Item]:
    """Items whose key the warehouse (or this run) has not seen yet; marks them seen."""
    fresh = []
    for item in items:
        if key(item) not in seen:
            seen.add(key(item))
            fresh.append(item)
    return fresh


def _with_rejects(rejects: list[Reject], payloads: Iterator[Payload | Reject]) -> Iterator:
    yield from rejects
    yield from payloads


def _parts(documents: list[Document], workers: int) -> Iterator[list[Document]]:
    size = max(1, -(-len(documents) // (PARTS_PER_WORKER * workers)))
    return _chunks(documents, size)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _prefixed(counter: Counter) -> dict[str, int]:
    return {f"rows_{name}": count for name, count in counter.items()}


def label_for(paths: Sequence[str]) -> str:
    """A flow-run name that says what was processed: ``seeds`` or ``a.jsonl +2 more``."""
    names = [Path(p).name or str(p) for p in paths]
    return names[0] if len(names) == 1 else f"{names[0]} +{len(names) - 1} more"
