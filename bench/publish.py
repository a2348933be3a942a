"""What publishing the views costs as a warehouse's batch folders and run records
accumulate.

    .venv/bin/python bench/publish.py [--batches 10 100 500 1000] [--batch-size 200]
                                      [--runs 1000 9000]

`dossier run` publishes the views after the batches it commits (each one while
that is cheap), and a batch is 200 documents by default: a 100,000-document run
commits 500 of them, and so does a year of small scheduled runs until
`dossier compact` merges them. This writes
synthetic batches (the generator of ``bench/scale.py``) through
``Warehouse.commit_batch`` and times ``publish_views`` (best of three) and one
query over the views when the warehouse holds each number of batches.

Every run also leaves one record file in ``runs`` (an hourly schedule: 8,760 a
year). For each ``--runs`` count this writes that many records, then times the
views and a query over ``runs`` before and after ``dossier compact`` merges the
finished runs' records into one file (its storage step, without the flow).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import numpy as np
from scale import batch_tables, vocabulary

from warehouse import lifecycle, rows
from warehouse.store import Warehouse
from warehouse.views import publish_views

QUERY = "select count(*) from documents join entities using (doc_id)"
RUNS_QUERY = "select status, count(*) from runs group by status"


def best_of(runs: int, action) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return min(timings)


def time_views(warehouse: Warehouse, query: str) -> tuple[float, float]:
    """Best of three: publishing the views, and ``query`` over them."""
    publish = best_of(3, lambda: publish_views(warehouse))
    with duckdb.connect(str(warehouse.db_path), read_only=True) as con:
        answer = best_of(3, lambda: con.execute(query).fetchall())
    return publish, answer


def write_run_records(warehouse: Warehouse, count: int) -> None:
    now = datetime.now(UTC)
    for number in range(count):
        record = rows.run_table(
            run_id=f"run-{number:06d}",
            command="run",
            started_at=now,
            finished_at=now,
            status="completed",
            counts={"documents_new": 0},
            inputs=["scheduled"],
            model="model",
            pipeline_version="version",
        )
        warehouse.write_run(record)


def run_records(counts: list[int]) -> None:
    for count in counts:
        with tempfile.TemporaryDirectory(prefix="dossier-runs-") as scratch:
            warehouse = Warehouse(Path(scratch))
            with warehouse.writer_lock():
                warehouse.prepare()
                write_run_records(warehouse, count)
                before = time_views(warehouse, RUNS_QUERY)
                warehouse.replace_batches([], [], lifecycle.finished_runs(warehouse))
                after = time_views(warehouse, RUNS_QUERY)
        print(
            f"{count:>6,} run record files: publish_views {before[0]:.3f} s, a query over "
            f"runs {before[1]:.3f} s; merged into one: {after[0]:.3f} s, {after[1]:.3f} s",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, nargs="+", default=[10, 100, 500, 1000])
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--runs", type=int, nargs="+", default=[1000, 9000])
    args = parser.parse_args()
    rng = np.random.default_rng(42)
    vocab = vocabulary()
    with tempfile.TemporaryDirectory(prefix="dossier-publish-") as scratch:
        warehouse = Warehouse(Path(scratch))
        with warehouse.writer_lock():
            warehouse.prepare()
            written = 0
            for target in sorted(args.batches):
                while written < target:
                    first = written * args.batch_size
                    tables = batch_tables(first, args.batch_size, rng, vocab)
                    warehouse.commit_batch(f"b{written:06d}", tables)
                    written += 1
                publish, query = time_views(warehouse, QUERY)
                print(
                    f"{target:>6,} batches ({target * args.batch_size:,} documents): "
                    f"publish_views {publish:.3f} s, a join over the views {query:.3f} s",
                    flush=True,
                )
    run_records(args.runs)


if __name__ == "__main__":
    main()
