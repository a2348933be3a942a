"""The DuckDB file: one view per table over its Parquet files, plus the
aggregate views kept as ``.sql`` files in ``warehouse/sql/``.

The tables whose keys the corpus decisions change (``VOTED_TABLES``: mentions,
quotes' speakers, the derived entity tables) are published under
``<table>_as_extracted``; the view named like the table applies the decisions
(``warehouse/sql/views/<table>.sql``, see ``warehouse.corpus``), so every query and
the report see the voted keys.

Each view lists the files it reads in the current snapshot, so every query sees
the same batches in every table; a committed batch becomes visible when the views
are published again, all tables at once. The file is rebuilt under a temporary
name and renamed into place, so readers never find it half-written and never hold
a lock that blocks the writer.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb
import pyarrow as pa

from warehouse.queries import sql_files
from warehouse.schemas import ALL_TABLES
from warehouse.store import Warehouse

VOTED_TABLES = frozenset({"entities", "entity_documents", "entity_month_parts", "quotes"})
AS_EXTRACTED = "_as_extracted"

_SCALAR_TYPES = {
    pa.string(): "VARCHAR",
    pa.int16(): "SMALLINT",
    pa.uint32(): "UINTEGER",
    pa.int32(): "INTEGER",
    pa.int64(): "BIGINT",
    pa.float32(): "FLOAT",
    pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN",
}


def aggregate_views() -> dict[str, str]:
    """View name (the file's stem) to its ``select``, from ``warehouse/sql/views/``,
    each after the views it reads (DuckDB binds a view when it is created)."""
    views = {name: text.strip().rstrip(";") for name, text in sql_files("views").items()}
    return {name: views[name] for name in _dependency_order(views)}


def _dependency_order(views: dict[str, str]) -> list[str]:
    """View names, each after the other views its SQL names (otherwise by name)."""
    reads = {
        name: {other for other in views if other != name and re.search(rf"\b{other}\b", text)}
        for name, text in views.items()
    }
    ordered: list[str] = []
    while len(ordered) < len(views):
        ready = [n for n in views if n not in ordered and reads[n] <= set(ordered)]
        if not ready:
            raise ValueError(f"views that read each other: {sorted(set(views) - set(ordered))}")
        ordered.append(ready[0])
    return ordered


def render_views(warehouse: Warehouse) -> list[str]:
    """The statements that define every view, in dependency order."""
    statements = [base_view_sql(warehouse, table) for table in ALL_TABLES]
    statements += [
        f"create or replace view {name} as\n{select}" for name, select in aggregate_views().items()
    ]
    return statements


def base_view_sql(warehouse: Warehouse, table: str) -> str:
    """A view over the table's files, or an empty typed view while it has none; named
    ``<table>_as_extracted`` for the ``VOTED_TABLES``."""
    files = warehouse.table_files(table)
    name = table + AS_EXTRACTED if table in VOTED_TABLES else table
    if files:
        listed = ", ".join("'{}'".format(path.replace("'", "''")) for path in files)
        return (
            f"create or replace view {name} as "
            f"select * from read_parquet([{listed}], union_by_name = true)"
        )
    columns = ", ".join(
        f'cast(null as {duckdb_type(field.type)}) as "{field.name}"' for field in ALL_TABLES[table]
    )
    return f"create or replace view {name} as select {columns} where false"


def duckdb_type(arrow_type: pa.DataType) -> str:
    """The DuckDB type name for an Arrow type used in the schemas."""
    if arrow_type in _SCALAR_TYPES:
        return _SCALAR_TYPES[arrow_type]
    if pa.types.is_timestamp(arrow_type):
        return "TIMESTAMPTZ" if arrow_type.tz else "TIMESTAMP"
    if pa.types.is_list(arrow_type):
        return f"{duckdb_type(arrow_type.value_type)}[]"
    if pa.types.is_struct(arrow_type):
        fields = ", ".join(f'"{f.name}" {duckdb_type(f.type)}' for f in arrow_type)
        return f"STRUCT({fields})"
    if pa.types.is_map(arrow_type):
        return f"MAP({duckdb_type(arrow_type.key_type)}, {duckdb_type(arrow_type.item_type)})"
    raise TypeError(f"no DuckDB type for {arrow_type}")


def publish_views(warehouse: Warehouse) -> Path:
    """Rebuild ``dossier.duckdb`` with the current views and swap it into place."""
    temp = warehouse.staging_dir / "dossier.duckdb.tmp"
    for leftover in (temp, temp.with_name(temp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    with duckdb.connect(str(temp)) as con:
        for statement in render_views(warehouse):
            con.execute(statement)
        con.execute("checkpoint")
    os.replace(temp, warehouse.db_path)
    warehouse.drop_old_snapshots()
    return warehouse.db_path
