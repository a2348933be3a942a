"""The warehouse writer: atomic batches, one writer at a time, no stale locks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pyarrow.parquet as pq
import pytest

from core.errors import DossierError
from warehouse.schemas import BATCH_TABLES, DERIVED_TABLES
from warehouse.store import Warehouse
from warehouse.story_index import INDEX_FILES


def test_a_committed_batch_has_every_table_and_no_temporary_files(tmp_path):
    warehouse = Warehouse(tmp_path)
    warehouse.prepare()
    warehouse.commit_batch("b1", {})
    names = sorted(p.name for p in (warehouse.batches_dir / "b1").iterdir())
    tables = [f"{table}.parquet" for table in {**BATCH_TABLES, **DERIVED_TABLES}]
    assert names == sorted([*tables, *INDEX_FILES])
    assert pq.read_table(warehouse.batches_dir / "b1" / "quotes.parquet").num_rows == 0
    assert list(warehouse.staging_dir.iterdir()) == []


def take_lock(path) -> None:
    with Warehouse(path).writer_lock():
        pass


def test_a_second_writer_is_refused_with_a_clear_message(tmp_path):
    with Warehouse(tmp_path).writer_lock():
        message = f"another run holds the warehouse lock .*pid {os.getpid()}"
        with pytest.raises(DossierError, match=message):
            take_lock(tmp_path)
    take_lock(tmp_path)


def test_a_killed_writer_leaves_no_stale_lock(tmp_path):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from warehouse.store import Warehouse\n"
            f"with Warehouse({str(tmp_path)!r}).writer_lock():\n"
            "    print('locked', flush=True)\n"
            "    time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    with pytest.raises(DossierError):
        take_lock(tmp_path)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    time.sleep(0.1)
    take_lock(tmp_path)


def test_prepare_clears_what_a_crash_left_in_staging(tmp_path):
    warehouse = Warehouse(tmp_path)
    warehouse.prepare()
    leftover = warehouse.staging_dir / "run-x-00001.tmp"
    leftover.mkdir()
    (leftover / "documents.parquet").write_bytes(b"partial")
    warehouse.prepare()
    assert list(warehouse.staging_dir.iterdir()) == []
    assert warehouse.has_files("documents") is False
