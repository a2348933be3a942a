"""Parallel runners write the same rows as the in-process one: a pool of two worker
processes (forked by `dossier run`, spawned under a test harness that runs threads),
and a Dask LocalCluster of two."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from core.records import Payload
from flows.cli import dask_task_runner
from flows.process_corpus import process_corpus
from flows.workers import worker_pool
from tasks.configuration import resolve_settings
from tasks.ingest import ingest_payload

from .conftest import FIXTURES, ROOT, SEED

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


INPUTS = [str(FIXTURES / "formats"), str(SEED.parent)]


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    root = tmp_path_factory.mktemp("local")
    summary = process_corpus(
        paths=INPUTS, warehouse_dir=str(root), settings=resolve_settings(batch_size=2)
    )
    return root, summary


def test_a_worker_pool_writes_the_same_rows(local, tmp_path):
    root, in_process = local
    settings = resolve_settings(batch_size=2, runner="process", workers=2)
    pooled = process_corpus(paths=INPUTS, warehouse_dir=str(tmp_path), settings=settings)
    assert pooled.counts["documents_new"] == in_process.counts["documents_new"] == 8
    assert pooled.counts["batches"] == in_process.counts["batches"] > 1
    for table in TABLES:
        assert table_rows(tmp_path, table) == table_rows(root, table), table


def test_dossier_run_forks_its_workers_and_writes_the_same_rows(local, tmp_path):
    from prefect.settings import PREFECT_API_URL

    root, _ = local
    command = [str(Path(sys.executable).with_name("dossier")), "run", *INPUTS]
    options = ["-w", str(tmp_path), "--batch-size", "2", "--runner", "process", "--workers", "2"]
    environment = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
    result = subprocess.run(
        [*command, *options], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    for table in TABLES:
        assert table_rows(tmp_path, table) == table_rows(root, table), table
    probe = "import flows.cli, flows.workers as w; print(w._safe_start_method())"
    started = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True)
    assert started.stdout.decode().strip() == "fork"  # what `dossier run` uses, before any thread


def test_a_pool_started_where_threads_run_spawns_its_workers(tmp_path):
    text = b'Anna Lee, the mayor, spoke on Monday. "We will build the bridge," Lee said.'
    documents = ingest_payload(Payload("a.txt", "a.txt", "txt", text, len(text)))
    with worker_pool(resolve_settings(workers=1)) as pool:
        extracted = pool.extract(documents).result()
    assert pool.start_method == "spawn"  # the harness runs threads: forking is not safe
    assert [(q.text, q.speaker) for q in extracted.quotes] == [
        ('"We will build the bridge,"', "Anna Lee")
    ]


def test_dask_local_cluster_writes_the_same_rows(local, tmp_path):
    root, local = local
    inputs = INPUTS
    on_dask = process_corpus.with_options(task_runner=dask_task_runner(None, 2))(
        paths=inputs,
        warehouse_dir=str(tmp_path / "dask"),
        settings=resolve_settings(batch_size=2, runner="dask", workers=2),
    )
    assert local.counts["documents_new"] == on_dask.counts["documents_new"] == 8
    assert on_dask.counts["batches"] == local.counts["batches"] > 1
    for table in TABLES:
        assert table_rows(tmp_path / "dask", table) == table_rows(root, table), table
