"""Every command that writes the warehouse is recorded as a run in ``runs``:
``running`` when it starts, ``completed`` or ``failed`` when it ends."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

from prefect import get_run_logger
from prefect.runtime import flow_run

from core.settings import Settings
from flows.corpus import add_evidence
from warehouse import lifecycle, rows
from warehouse.store import Warehouse, new_run_id
from warehouse.views import publish_views


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


@contextmanager
def recorded_run(
    warehouse_dir: str, command: str, settings: Settings | None, inputs: Sequence[str]
) -> Iterator[tuple[Warehouse, RunSummary]]:
    """Lock and prepare the warehouse, and record what happens inside as a run of
    ``command`` (``settings`` names the model and pipeline version of a command that
    extracts; ``None`` for one that only moves rows)."""
    started = time.monotonic()
    warehouse = Warehouse(warehouse_dir)
    model = settings.model if settings else ""
    version = settings.pipeline_version if settings else ""
    with warehouse.writer_lock():
        prepare_warehouse(warehouse, settings.aliases if settings else None)
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


def prepare_warehouse(warehouse: Warehouse, aliases: str | None = None) -> None:
    """Clear what a crash left and bring a warehouse of an older layout up to date
    (derived tables, and the corpus decisions' evidence, ``aliases`` deciding)."""
    warehouse.prepare()
    derived = lifecycle.add_derived_tables(warehouse)
    if add_evidence(warehouse, f"{new_run_id()}-decisions", aliases) or derived:
        publish_views(warehouse)


def close_run(warehouse: Warehouse, summary: RunSummary, inputs: Sequence[str], model: str) -> None:
    """Publish the views and the run's final record. When the run is failing already
    (a full disk, say), a failure here is logged, not raised over the first one."""
    try:
        publish_views(warehouse)
        record_run(warehouse, summary, inputs, model, finished=True)
    except OSError as error:
        if summary.status != "failed":
            raise
        get_run_logger().warning("could not record the failed run: %s", error)


def record_run(
    warehouse: Warehouse,
    summary: RunSummary,
    inputs: Sequence[str],
    model: str,
    finished: bool = False,
) -> None:
    """Write the run's row: ``running`` at the start, its final status at the end."""
    counts = {**summary.counts, **{f"rows_{name}": n for name, n in summary.rows.items()}}
    run = rows.run_table(
        run_id=summary.run_id,
        command=summary.command,
        started_at=summary.started_at,
        finished_at=datetime.now(UTC) if finished else None,
        status=summary.status,
        counts=counts,
        inputs=[str(p) for p in inputs],
        model=model,
        pipeline_version=summary.pipeline_version,
    )
    warehouse.write_run(run)
