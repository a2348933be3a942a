"""The warehouse on disk, and the only code that writes to it.

Layout under the warehouse root::

    tables -> snapshots/<generation>           the current snapshot (a symlink)
    snapshots/<generation>/batches/<batch_id>/<table>.parquet
    snapshots/<generation>/batches/<batch_id>/story_*_index.arrow  (see warehouse.story_index)
    snapshots/<generation>/runs/<run_id>.parquet
    .staging/                                   batches and snapshots being written
    dossier.duckdb                              the views (see warehouse.views)

A new batch is written into ``.staging/<batch_id>.tmp/`` and made visible by one
``rename`` of that folder into ``tables/batches/``, so a reader (or a crash)
sees every table of a batch or none of it.

Changes to committed batches (reprocess, compact, forget) build a whole new
snapshot under ``.staging/``: untouched files are hard links, so it costs only
what changes. One ``rename`` of the ``tables`` symlink publishes it. The views
name the snapshot they read, and superseded snapshots stay for ``grace_seconds``,
so queries already running (or opened on the previous views) finish undisturbed.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
import uuid
from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from core.errors import DossierError, Errors
from warehouse.derived import derived_tables
from warehouse.schemas import BATCH_TABLES, RUNS
from warehouse.story_index import index_tables

WAREHOUSE_ENV = "DOSSIER_WAREHOUSE"
DEFAULT_WAREHOUSE = "data"
_TMP_SUFFIX = ".tmp"
_SUPERSEDED = ".superseded"
SNAPSHOT_GRACE_SECONDS = 15 * 60


def default_root() -> Path:
    """``$DOSSIER_WAREHOUSE``, else ``./data``."""
    return Path(os.environ.get(WAREHOUSE_ENV) or DEFAULT_WAREHOUSE)


def new_run_id() -> str:
    """Sortable and unique: ``20261129T083000Z-1a2b3c``."""
    return f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"


class Warehouse:
    """A warehouse folder: committed batches, run records and the views file."""

    def __init__(self, root: str | Path, grace_seconds: float = SNAPSHOT_GRACE_SECONDS) -> None:
        self.root = Path(root).resolve()
        self.tables_link = self.root / "tables"
        self.snapshots_dir = self.root / "snapshots"
        self.batches_dir = self.tables_link / "batches"
        self.runs_dir = self.tables_link / "runs"
        self.staging_dir = self.root / ".staging"
        self.db_path = self.root / "dossier.duckdb"
        self.lock_path = self.root / ".lock"
        self.report_path = self.root / "report.html"
        self.grace_seconds = grace_seconds

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
        """Create the folders, check they are writable, and clear what a crash left:
        abandoned staging, snapshots never published, superseded ones past their grace."""
        try:
            self.staging_dir.mkdir(parents=True, exist_ok=True)
            self.snapshots_dir.mkdir(exist_ok=True)
            self._repair_tables_link()
            for folder in (self.batches_dir, self.runs_dir):
                folder.mkdir(parents=True, exist_ok=True)
            probe = self.staging_dir / f"probe-{uuid.uuid4().hex}{_TMP_SUFFIX}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as error:
            reason = error.strerror or str(error)
            raise DossierError(Errors.E015.format(path=self.root, reason=reason)) from None
        for leftover in self.staging_dir.iterdir():
            _remove(leftover)

    def current_generation(self) -> int:
        """The number of the snapshot ``tables`` points at."""
        return int(os.readlink(self.tables_link).rsplit("/", 1)[-1])

    def _repair_tables_link(self) -> None:
        """Point ``tables`` at a snapshot: move a pre-snapshot ``tables`` folder into
        snapshot 0, or re-point a missing link at the newest snapshot."""
        if self.tables_link.is_symlink():
            return
        if self.tables_link.is_dir():
            os.rename(self.tables_link, self._snapshot_path(0))
        generations = self._generations()
        if not generations:
            self._snapshot_path(0).mkdir()
            generations = [0]
        self._point_tables_at(max(generations))

    def _generations(self) -> list[int]:
        return [int(p.name) for p in self.snapshots_dir.iterdir() if p.name.isdigit()]

    def _snapshot_path(self, generation: int) -> Path:
        return self.snapshots_dir / f"{generation:06d}"

    def _point_tables_at(self, generation: int) -> None:
        link = self.staging_dir / f"tables-link{_TMP_SUFFIX}"
        link.unlink(missing_ok=True)
        os.symlink(f"snapshots/{generation:06d}", link)
        os.replace(link, self.tables_link)
        _fsync_dir(self.root)

    def drop_old_snapshots(self) -> None:
        """Remove snapshots never published, and superseded ones past their grace.

        Call it only once the views point at the current snapshot."""
        current = self.current_generation()
        now = time.time()
        for generation in self._generations():
            path = self._snapshot_path(generation)
            marker = path / _SUPERSEDED
            if generation > current:  # built, never published
                _remove(path)
            elif generation < current and not marker.exists():
                marker.touch()
            elif generation < current and now - marker.stat().st_mtime >= self.grace_seconds:
                _remove(path)

    def replace_batches(
        self,
        removed: Iterable[str],
        added: Iterable[tuple[str, Mapping[str, pa.Table]]],
        runs: tuple[Collection[str], pa.Table] | None = None,
    ) -> int:
        """Publish a snapshot without the batch folders ``removed`` and with the batches
        ``added`` (pairs of batch id and tables, taken one at a time so that memory holds
        one batch), all at once; returns its generation. With ``runs`` (names of
        run-record files and a table), those files are replaced by one holding the table.

        A reader sees the old snapshot or the new one, never a mix; a crash before
        the final rename leaves the old one current.
        """
        removed = set(removed)
        current = self._snapshot_path(self.current_generation())
        generation = max(self._generations()) + 1
        staging = self.staging_dir / f"snapshot-{generation:06d}{_TMP_SUFFIX}"
        try:
            merged_runs, run_records = runs or ((), None)
            _link_tree(current / "runs", staging / "runs", skip=set(merged_runs))
            if run_records is not None:
                _write_parquet(
                    run_records.cast(RUNS), staging / "runs" / f"runs-{generation:06d}.parquet"
                )
            _link_tree(current / "batches", staging / "batches", skip=removed)
            for batch_id, tables in added:
                folder = staging / "batches" / batch_id
                folder.mkdir()
                self._write_batch_files(folder, tables)
            _fsync_dir(staging / "batches")
            os.rename(staging, self._snapshot_path(generation))
            _fsync_dir(self.snapshots_dir)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        self._point_tables_at(generation)
        (current / _SUPERSEDED).touch()
        return generation

    def batch_ids(self) -> list[str]:
        """Committed batch folders, in commit order."""
        return sorted(p.name for p in self.batches_dir.iterdir() if p.is_dir())

    def batch_path(self, batch_id: str, table: str) -> Path:
        return self.batches_dir / batch_id / f"{table}.parquet"

    def table_glob(self, table: str) -> str:
        """The glob that reads every committed file of ``table`` in the current snapshot.

        It names the snapshot itself, not the ``tables`` link: a query that expanded
        the glob keeps reading the files it found even if a new snapshot is published.
        """
        snapshot = self._snapshot_path(self.current_generation())
        if table == "runs":
            return str(snapshot / "runs" / "*.parquet")
        return str(snapshot / "batches" / "*" / f"{table}.parquet")

    def table_files(self, table: str) -> list[str]:
        """Every committed file of ``table`` in the current snapshot, in commit order.

        The views list these rather than a glob: a query binds each view's files
        separately, and a batch committed between two of them would otherwise show
        in one table and not in another."""
        if not self.has_files(table):
            return []
        snapshot = self._snapshot_path(self.current_generation())
        if table == "runs":
            return sorted(str(p) for p in (snapshot / "runs").glob("*.parquet"))
        batches = snapshot / "batches"
        paths = (batches / batch_id / f"{table}.parquet" for batch_id in self.batch_ids())
        return [str(p) for p in paths if p.is_file()]

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
            self._write_batch_files(staging, tables)
            os.rename(staging, self.batches_dir / batch_id)
            _fsync_dir(self.batches_dir)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return {name: tables[name].num_rows if name in tables else 0 for name in BATCH_TABLES}

    @staticmethod
    def _write_batch_files(folder: Path, tables: Mapping[str, pa.Table]) -> None:
        """Every batch table, then the tables derived from them and the story index,
        into ``folder``."""
        cast = {
            name: tables.get(name, schema.empty_table()).select(schema.names).cast(schema)
            for name, schema in BATCH_TABLES.items()
        }
        for name, table in {**cast, **derived_tables(cast)}.items():
            _write_parquet(table, folder / f"{name}.parquet")
        for name, table in index_tables(cast["story_members"], cast["story_bands"]).items():
            _write_arrow(table, folder / name)
        _fsync_dir(folder)

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


def _write_arrow(table: pa.Table, path: Path) -> None:
    """An uncompressed Arrow IPC file, so that readers can map it rather than decode it."""
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _link_tree(source: Path, target: Path, skip: set[str]) -> None:
    """Recreate ``source`` under ``target`` with hard links to its files, leaving out
    the top-level entries named in ``skip``."""
    target.mkdir(parents=True)
    if not source.is_dir():
        return
    for entry in source.iterdir():
        if entry.name in skip:
            continue
        if entry.is_dir():
            _link_tree(entry, target / entry.name, skip=set())
        else:
            os.link(entry, target / entry.name)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _fsync_dir(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
