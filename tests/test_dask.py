"""Scale-out: a LocalCluster of two worker processes writes the same rows as the
default runner."""

from __future__ import annotations

import duckdb
import pytest

from flows.cli import dask_task_runner
from flows.process_corpus import process_corpus

from .conftest import FIXTURES, SEED

pytestmark = pytest.mark.usefixtures("prefect_harness")

# Columns that differ between any two runs by design.
RUN_COLUMNS = {"run_id", "batch_id", "ingested_at", "rejected_at"}
TABLES = ("documents", "entities", "quotes", "themes", "keyphrases", "rejects")


def table_rows(warehouse, table):
    with duckdb.connect(str(warehouse / "dossier.duckdb"), read_only=True) as con:
        columns = [
            c[0] for c in con.execute(f"describe {table}").fetchall() if c[0] not in RUN_COLUMNS
        ]
        listed = ", ".join(f'"{c}"' for c in columns)
        return con.execute(f"select {listed} from {table} order by all").fetchall()


def test_dask_local_cluster_writes_the_same_rows(tmp_path):
    inputs = [str(FIXTURES / "formats"), str(SEED.parent)]
    local = process_corpus(paths=inputs, warehouse_dir=str(tmp_path / "local"), batch_size=2)
    on_dask = process_corpus.with_options(task_runner=dask_task_runner(None, 2))(
        paths=inputs, warehouse_dir=str(tmp_path / "dask"), batch_size=2, runner="dask"
    )
    assert local.counts["documents_new"] == on_dask.counts["documents_new"] == 8
    assert on_dask.counts["batches"] == local.counts["batches"] > 1
    for table in TABLES:
        assert table_rows(tmp_path / "dask", table) == table_rows(tmp_path / "local", table), table
