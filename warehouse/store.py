"""The warehouse on disk, and the only code that writes to it.

Layout under the warehouse root::

    tables/batches/<batch_id>/<table>.parquet   one folder per committed batch
    tables/runs/<run_id>.parquet                one file per run
    .staging/                                   batches being written
    dossier.duckdb                              the views (see warehouse.views)

A batch is written into ``.staging/<batch_id>.tmp/`` and made visible by one
``rename`` of that folder into ``tables/batches/``, so a reader (or a crash)
sees every table of a batch or none of it.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from tasks.errors import DossierError, Errors
from warehouse.schemas import BATCH_TABLES, RUNS

WAREHOUSE_ENV = "DOSSIER_WAREHOUSE"
DEFAULT_WAREHOUSE = "warehouse"
_TMP_SUFFIX = ".tmp"


def default_root() -> Path:
    """``$DOSSIER_WAREHOUSE``, else ``./warehouse``."""
    return Path(os.environ.get(WAREHOUSE_ENV) or DEFAULT_WAREHOUSE)


def new_run_id() -> str:
    """Sortable and unique: ``20261129T083000Z-1a2b3c``."""
    return f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"


class Warehouse:
    """A warehouse folder: committed batches, run records and the views file."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root).resolve()
        self.batches_dir = self.root / "tables" / "batches"
        self.runs_dir = self.root / "tables" / "runs"
        self.staging_dir = self.root / ".staging"
        self.db_path = self.root / "dossier.duckdb"
        self.lock_path = self.root / ".lock"

    @contextmanager
    def writer_lock(self) -> Iterator[None]:
        """Hold the single-writer lock; a second writer fails at once with a clear error.

        ``flock`` dies with its process, so a killed run leaves no stale lock.
        """
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            handle = open(self.lock_path, "a+")  # noqa: SIM115 - closed by the with below
        except OSError as error:
            reason = error.strerror or str(error)
            raise DossierError(Errors.E015.format(path=self.root, reason=reason)) from None
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                pid = handle.read().strip() or "unknown"
                raise DossierError(Errors.E019.format(path=self.lock_path, pid=pid)) from None
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))
            handle.flush()
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def prepare(self) -> None:
        """Create the folders, check they are writable and clear abandoned staging."""
        try:
            for folder in (self.batches_dir, self.runs_dir, self.staging_dir):
                folder.mkdir(parents=True, exist_ok=True)
            probe = self.staging_dir / f"probe-{uuid.uuid4().hex}{_TMP_SUFFIX}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as error:
            reason = error.strerror or str(error)
            raise DossierError(Errors.E015.format(path=self.root, reason=reason)) from None
        for leftover in self.staging_dir.iterdir():
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)

    def table_glob(self, table: str) -> str:
        """The glob that reads every committed file of ``table``."""
        if table == "runs":
            return str(self.runs_dir / "*.parquet")
        return str(self.batches_dir / "*" / f"{table}.parquet")

    def has_files(self, table: str) -> bool:
        folder = self.runs_dir if table == "runs" else self.batches_dir
        pattern = "*.parquet" if table == "runs" else f"*/{table}.parquet"
        return folder.is_dir() and any(folder.glob(pattern))

    def known_values(self, table: str, column: str) -> set[str]:
        """Distinct values of one column across committed batches (for skipping re-runs)."""
        if not self.has_files(table):
            return set()
        with duckdb.connect() as con:
            rows = con.execute(
                f"select distinct {column} from read_parquet(?, union_by_name = true)",
                [self.table_glob(table)],
            ).fetchall()
        return {value for (value,) in rows if value is not None}

    def commit_batch(self, batch_id: str, tables: Mapping[str, pa.Table]) -> dict[str, int]:
        """Write one batch's tables and publish them together; returns rows per table.

        Every batch table gets a file, empty or not, so each table's glob always
        matches once any batch exists.
        """
        staging = self.staging_dir / f"{batch_id}{_TMP_SUFFIX}"
        staging.mkdir(parents=True)
        try:
            for name, schema in BATCH_TABLES.items():
                table = tables.get(name, schema.empty_table())
                _write_parquet(table.cast(schema), staging / f"{name}.parquet")
            _fsync_dir(staging)
            os.rename(staging, self.batches_dir / batch_id)
            _fsync_dir(self.batches_dir)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return {name: tables[name].num_rows if name in tables else 0 for name in BATCH_TABLES}

    def write_run(self, run: pa.Table) -> None:
        """Replace this run's record atomically (``running`` first, final status last)."""
        run_id = run.column("run_id")[0].as_py()
        temp = self.staging_dir / f"run-{run_id}{_TMP_SUFFIX}"
        _write_parquet(run.cast(RUNS), temp)
        os.replace(temp, self.runs_dir / f"{run_id}.parquet")


def _write_parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression="zstd")
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
