"""SQL kept in ``.sql`` files, and running it read-only.

The files live under ``warehouse/sql/`` in one folder per role:

- ``views/``: the aggregate views published in ``dossier.duckdb`` (``top_speakers``, …);
- ``derive/``: the tables derived from each batch as it is written;
- ``report/``: the sections of the corpus report;
- ``status/`` and ``run/``: what ``dossier status`` and a run's summary show.

A file is named by its role and stem: ``sql_text("report/top_entities")``.
Every read goes through a read-only DuckDB connection, so no query can change
the warehouse.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from core.errors import DossierError, Errors

Rows = list[dict[str, Any]]
# Opens of the database a reader tries while runs keep swapping it.
_OPEN_ATTEMPTS = 3


def sql_text(name: str) -> str:
    """The text of ``warehouse/sql/<name>.sql`` (``name`` is ``role/stem``)."""
    return (resources.files("warehouse") / "sql" / f"{name}.sql").read_text(encoding="utf-8")


def sql_files(role: str) -> dict[str, str]:
    """Stem to text of every file of one role, sorted by stem."""
    folder = resources.files("warehouse") / "sql" / role
    return {
        Path(entry.name).stem: entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".sql")
    }


def as_dicts(cursor: duckdb.DuckDBPyConnection) -> Rows:
    """The rows of an executed statement, as dictionaries keyed by column name."""
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def run_sql(db_path: Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run any SQL on a read-only connection; returns column names and rows."""
    if not db_path.is_file():
        raise DossierError(Errors.E016.format(path=db_path.parent))
    with read_only(db_path) as con:
        try:
            cursor = con.execute(sql)
        except duckdb.Error as error:
            raise DossierError(Errors.E030.format(reason=str(error).splitlines()[0])) from None
        if cursor.description is None:
            return [], []
        return [column[0] for column in cursor.description], cursor.fetchall()


def run_file(db_path: Path, name: str, *parameters: Any) -> Rows:
    """Rows of a stored query (``status/totals``) on a read-only connection."""
    with read_only(db_path) as con:
        return as_dicts(con.execute(sql_text(name), list(parameters)))


def read_only(db_path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to ``db_path``. A run swaps a new database file into
    place while readers open it (``warehouse.views.publish_views``); DuckDB may read
    the header of one file and the metadata of the other, and fails: a failure while
    the file was swapped is tried again on the new file, any other is raised."""
    for _ in range(_OPEN_ATTEMPTS - 1):
        swapped_from = db_path.stat().st_ino
        try:
            return duckdb.connect(str(db_path), read_only=True)
        except duckdb.IOException:
            if db_path.stat().st_ino == swapped_from:
                raise
    return duckdb.connect(str(db_path), read_only=True)
