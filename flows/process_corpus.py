"""The ``process_corpus`` flow: discover → ingest → extract → commit → publish."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import chain, islice
from pathlib import Path
from typing import Any, TypeVar

from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from core.errors import DossierError, Errors
from core.records import Document, Extracted, Payload, Reject
from core.settings import BATCHES_AHEAD, PARTS_PER_WORKER, PUBLISH_INTERVAL_FACTOR, Settings
from flows import progress
from flows.artifacts import publish_run_artifacts
from flows.runs import RunSummary, recorded_run
from flows.sources import read_payloads
from flows.steps import (
    commit_batch,
    corpus_batch,
    discover_sources,
    extract_batch,
    ingest_batch,
    refresh_report,
    story_batch,
)
from flows.workers import pool_for_run
from tasks.configuration import resolve_settings
from tasks.extract import joined
from warehouse import rows
from warehouse.store import Warehouse
from warehouse.views import publish_views

_Item = TypeVar("_Item")


def _flow_run_name() -> str:
    return label_for(flow_run.parameters.get("paths") or ["nothing"])


@flow(name="process_corpus", flow_run_name=_flow_run_name)
def process_corpus(
    paths: list[str], warehouse_dir: str, settings: Settings | None = None
) -> RunSummary:
    """Process every new document under ``paths`` into the warehouse at
    ``warehouse_dir``, with ``settings`` (the defaults when not given)."""
    settings = settings or resolve_settings()
    with recorded_run(warehouse_dir, "run", settings, paths) as (warehouse, summary):
        try:
            files, discovery_rejects = discover_sources(paths)
            progress.start(sum(f.size for f in files))
            items = chain(discovery_rejects, read_payloads(files, settings.max_bytes))
            batches = chunks(items, settings.batch_size)
            process_batches(warehouse, summary, Known.of(warehouse), batches, settings)
        finally:
            progress.stop()
    report = refresh_report(warehouse, added=summary.counts["batches"] > 0)
    publish_run_artifacts(warehouse, summary, report)
    return summary


@dataclass
class Known:
    """What the warehouse (and this run, as it goes) already holds."""

    hashes: set[str]
    reject_ids: set[str]
    forgotten: set[str]

    @classmethod
    def of(cls, warehouse: Warehouse) -> Known:
        return cls(
            warehouse.known_values("documents", "content_sha256"),
            warehouse.known_values("rejects", "reject_id"),
            warehouse.known_values("forgotten", "content_sha256"),
        )


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


def process_batches(
    warehouse: Warehouse,
    summary: RunSummary,
    known: Known,
    batches: Iterable[list[Payload | Reject]],
    settings: Settings,
) -> None:
    """Extract batch after batch here, or, on worker processes (the command's pool or
    Dask), keep a few batches in flight and commit them in order as they come back.

    On workers a batch is extracted in parts (``PARTS_PER_WORKER`` per worker), so
    that every worker has work until the last batch; the batch is still committed
    as one. The pool's workers stop once the last part is back."""
    pool_context = pool_for_run(settings) if settings.runner == "process" else nullcontext()
    with pool_context as pool:
        in_flight: deque[_Batch] = deque()
        publisher = ViewPublisher(warehouse)
        ahead = BATCHES_AHEAD if settings.parallel else 0
        for batch_no, items in enumerate(batches, start=1):
            batch = prepare_batch(summary, known, items, batch_no, settings)
            if batch.documents and settings.parallel:
                parts = _parts(batch.documents, settings.workers)
                batch.futures = [
                    extract_batch.submit(part, settings, batch_no, number)
                    for number, part in enumerate(parts, start=1)
                ]
            elif batch.documents:
                batch.extracted = extract_batch(batch.documents, settings, batch_no)
            in_flight.append(batch)
            while len(in_flight) > ahead:
                finish_batch(publisher, summary, in_flight.popleft(), settings)
        while in_flight:
            finish_batch(publisher, summary, in_flight.popleft(), settings)
        if pool is not None:
            pool.close()


def prepare_batch(
    summary: RunSummary,
    known: Known,
    items: list[Payload | Reject],
    batch_no: int,
    settings: Settings,
) -> _Batch:
    """Ingest a batch and keep what the warehouse (and this run) does not have yet."""
    payloads = [item for item in items if isinstance(item, Payload)]
    ingested = ingest_batch(payloads, settings.max_bytes, batch_no)
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


def finish_batch(
    publisher: ViewPublisher, summary: RunSummary, batch: _Batch, settings: Settings
) -> None:
    """Find the stories of a batch's documents and the corpus decisions its entities
    change, commit its rows (all tables at once) and count what it did. Batches finish
    in order, so each one's stories and decisions are found against every batch
    before it."""
    if batch.futures:
        batch.extracted = joined([future.result() for future in batch.futures])
    now = datetime.now(UTC)
    tables = {}
    if batch.extracted is not None:
        tables["documents"] = rows.documents_table(
            batch.documents, summary.run_id, batch.batch_id, summary.pipeline_version, now
        )
        tables.update(rows.extracted_tables(batch.extracted))
        tables.update(
            story_batch(
                publisher.warehouse, batch.documents, batch.batch_id, settings.story_threshold
            )
        )
        tables.update(corpus_batch(publisher.warehouse, tables, batch.batch_id, settings.aliases))
    if batch.rejects:
        tables["rejects"] = rows.rejects_table(batch.rejects, summary.run_id, now)
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
        documents_duplicate=_duplicates(tables.get("story_members")),
    )
    get_run_logger().info(
        "batch %d: %d new documents, %d already present, %d rejected",
        batch.batch_no,
        len(batch.documents),
        batch.n_present,
        len(batch.rejects),
    )
    progress.advance(batch.n_bytes)


def _duplicates(members: Any) -> int:
    """How many of a batch's documents joined a story that an earlier one started."""
    if members is None:
        return 0
    return sum(
        1
        for d, c in zip(
            members["doc_id"].to_pylist(), members["cluster_id"].to_pylist(), strict=True
        )
        if d != c
    )


def _unseen(items: Iterable[_Item], key: Callable[[_Item], str], seen: set[str]) -> list[_Item]:
    """Items whose key the warehouse (or this run) has not seen yet; marks them seen."""
    fresh = []
    for item in items:
        if key(item) not in seen:
            seen.add(key(item))
            fresh.append(item)
    return fresh


def _parts(documents: list[Document], workers: int) -> Iterator[list[Document]]:
    size = max(1, -(-len(documents) // (PARTS_PER_WORKER * workers)))
    return chunks(documents, size)


def chunks(items: Iterable[_Item], size: int) -> Iterator[list[_Item]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def label_for(paths: Sequence[str]) -> str:
    """A flow-run name that says what was processed: ``seeds`` or ``a.jsonl +2 more``."""
    names = [Path(p).name or str(p) for p in paths]
    return names[0] if len(names) == 1 else f"{names[0]} +{len(names) - 1} more"
