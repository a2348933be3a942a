"""The SQL the warehouse generates, checked as text and run against DuckDB."""

from __future__ import annotations

import duckdb
import pyarrow as pa

from warehouse.schemas import ALL_TABLES, DOCUMENTS, RUNS, THEMES
from warehouse.store import Warehouse
from warehouse.views import aggregate_views, base_view_sql, duckdb_type, publish_views, render_views


def test_duckdb_types_for_the_schema_types():
    assert duckdb_type(pa.string()) == "VARCHAR"
    assert duckdb_type(DOCUMENTS.field("published_at").type) == "TIMESTAMPTZ"
    assert duckdb_type(THEMES.field("evidence").type) == (
        'STRUCT("start_char" INTEGER, "end_char" INTEGER, "text" VARCHAR)[]'
    )
    assert duckdb_type(RUNS.field("counts").type) == "MAP(VARCHAR, BIGINT)"


def test_empty_table_gets_a_typed_empty_view(tmp_path):
    sql = base_view_sql(Warehouse(tmp_path), "quotes")
    assert sql.startswith("create or replace view quotes as select cast(null as VARCHAR)")
    assert sql.endswith("where false")
    with duckdb.connect() as con:
        con.execute(sql)
        columns = [row[0] for row in con.execute("describe quotes").fetchall()]
    assert columns == ALL_TABLES["quotes"].names


def test_table_with_files_reads_its_glob_in_the_current_snapshot(tmp_path):
    warehouse = Warehouse(tmp_path)
    warehouse.prepare()
    warehouse.commit_batch("b1", {})
    warehouse.replace_batches([], [])
    sql = base_view_sql(warehouse, "entities")
    glob = str(tmp_path.resolve() / "snapshots" / "000001" / "batches" / "*" / "entities.parquet")
    assert sql == (
        "create or replace view entities as "
        f"select * from read_parquet('{glob}', union_by_name = true)"
    )


def test_aggregate_views_come_from_sql_files():
    views = aggregate_views()
    assert {"entity_counts", "top_speakers", "theme_counts_by_month", "entity_cooccurrence"} <= set(
        views
    )
    assert all(
        select.lstrip().lower().startswith(("select", "with", "--")) for select in views.values()
    )


def test_every_view_runs_on_an_empty_warehouse(tmp_path):
    warehouse = Warehouse(tmp_path)
    warehouse.prepare()
    assert len(render_views(warehouse)) == len(ALL_TABLES) + len(aggregate_views())
    db = publish_views(warehouse)
    with duckdb.connect(str(db), read_only=True) as con:
        for (name,) in con.execute(
            "select view_name from duckdb_views() where not internal"
        ).fetchall():
            assert con.execute(f"select count(*) from {name}").fetchone() == (0,)
