"""Read-only SQL over the warehouse views."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from core.errors import DossierError, Errors


def run_query(db_path: Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run ``sql`` on a read-only connection; returns column names and rows.

    The connection is read-only, so no statement can change the warehouse.
    """
    if not db_path.is_file():
        raise DossierError(Errors.E016.format(path=db_path.parent))
    with duckdb.connect(str(db_path), read_only=True) as con:
        try:
            cursor = con.execute(sql)
        except duckdb.Error as error:
            raise DossierError(str(error).splitlines()[0]) from None
        if cursor.description is None:
            return [], []
        columns = [column[0] for column in cursor.description]
        return columns, cursor.fetchall()
