"""What publishing the views costs as a warehouse's batch folders accumulate.

    .venv/bin/python bench/publish.py [--batches 10 100 500 1000] [--batch-size 200]

`dossier run` publishes the views after every batch it commits, and a batch is
200 documents by default: a 100,000-document run commits 500 of them, and so does
a year of small scheduled runs until `dossier compact` merges them. This writes
synthetic batches (the generator of ``bench/scale.py``) through
``Warehouse.commit_batch`` and times ``publish_views`` (best of three) and one
query over the views when the warehouse holds each number of batches.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import duckdb
import numpy as np
from scale import batch_tables, vocabulary

from warehouse.store import Warehouse
from warehouse.views import publish_views

QUERY = "select count(*) from documents join entities using (doc_id)"


def best_of(runs: int, action) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, nargs="+", default=[10, 100, 500, 1000])
    parser.add_argument("--batch-size", type=int, default=200)
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
                publish = best_of(3, lambda: publish_views(warehouse))
                with duckdb.connect(str(warehouse.db_path), read_only=True) as con:
                    query = best_of(3, lambda con=con: con.execute(QUERY).fetchall())
                print(
                    f"{target:>6,} batches ({target * args.batch_size:,} documents): "
                    f"publish_views {publish:.3f} s, a join over the views {query:.3f} s",
                    flush=True,
                )


if __name__ == "__main__":
    main()
