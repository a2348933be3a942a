"""Parametrised read-only queries kept in ``warehouse/queries/*.sql``."""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING, Any

import duckdb

if TYPE_CHECKING:  # the store imports this module for its derived tables' SQL
    from warehouse.store import Warehouse


def query_sql(name: str) -> str:
    """The text of ``warehouse/queries/<name>.sql``."""
    return (resources.files("warehouse") / "queries" / f"{name}.sql").read_text(encoding="utf-8")


def run_query_file(warehouse: Warehouse, name: str, *parameters: Any) -> list[dict[str, Any]]:
    """Rows of a stored query over the warehouse views, as dictionaries."""
    with duckdb.connect(str(warehouse.db_path), read_only=True) as con:
        cursor = con.execute(query_sql(name), list(parameters))
        columns = [column[0] for column in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
