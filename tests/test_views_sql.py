"""The SQL the warehouse generates, checked as text and run against DuckDB."""

from __future__ import annotations

import re

import duckdb
import pyarrow as pa

from warehouse.schemas import ALL_TABLES, DOCUMENTS, RUNS, THEMES
from warehouse.store import Warehouse
from warehouse.views import (
    VOTED_TABLES,
    aggregate_views,
    base_view_sql,
    duckdb_type,
    publish_views,
    render_views,
)


def test_duckdb_types_for_the_schema_types():
    assert duckdb_type(pa.string()) == "VARCHAR"
    assert duckdb_type(DOCUMENTS.field("published_at").type) == "TIMESTAMPTZ"
    assert duckdb_type(THEMES.field("evidence").type) == (
        'STRUCT("start_char" INTEGER, "end_char" INTEGER, "text" VARCHAR)[]'
    )
    assert duckdb_type(RUNS.field("counts").type) == "MAP(VARCHAR, BIGINT)"


def test_empty_table_gets_a_typed_empty_view(tmp_path):
    sql = base_view_sql(Warehouse(tmp_path), "themes")
    assert sql.startswith("create or replace view themes as select cast(null as VARCHAR)")
    assert sql.endswith("where false")
    with duckdb.connect() as con:
        con.execute(sql)
        columns = [row[0] for row in con.execute("describe themes").fetchall()]
    assert columns == ALL_TABLES["themes"].names


def test_table_with_files_lists_them_in_the_current_snapshot(tmp_path):
    warehouse = Warehouse(tmp_path)
    warehouse.prepare()
    warehouse.commit_batch("b1", {})
    warehouse.commit_batch("b2", {})
    warehouse.replace_batches([], [])
    sql = base_view_sql(warehouse, "entities")
    batches = tmp_path.resolve() / "snapshots" / "000001" / "batches"
    files = [f"'{batches / b / 'entities.parquet'}'" for b in ("b1", "b2")]
    # the table's keys are voted over the corpus: its files are the view as extracted
    assert sql == (
        "create or replace view entities_as_extracted as "
        f"select * from read_parquet([{', '.join(files)}], union_by_name = true)"
    )


def test_a_batch_committed_after_publishing_waits_for_the_next_publish(tmp_path):
    warehouse = Warehouse(tmp_path)
    warehouse.prepare()
    warehouse.commit_batch("b1", {})
    db = publish_views(warehouse)
    warehouse.commit_batch("b2", {})
    assert [view_files(db, table) for table in ("documents", "themes")] == [["b1"], ["b1"]]
    publish_views(warehouse)
    assert [view_files(db, table) for table in ("documents", "themes")] == [["b1", "b2"]] * 2


def view_files(db, table):
    """The batch folders a view reads."""
    with duckdb.connect(str(db), read_only=True) as con:
        [sql] = con.execute(
            f"select sql from duckdb_views() where view_name = '{table}'"
        ).fetchone()
    return re.findall(r"/batches/([^/]+)/", sql)


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


def test_the_voted_views_keep_their_tables_columns(tmp_path):
    """``entities``, ``quotes``, … apply the corpus decisions with the same columns."""
    warehouse = Warehouse(tmp_path)
    warehouse.prepare()
    db = publish_views(warehouse)
    with duckdb.connect(str(db), read_only=True) as con:
        for table in VOTED_TABLES:
            columns = [row[0] for row in con.execute(f"describe {table}").fetchall()]
            assert columns == ALL_TABLES[table].names, table


def test_a_run_publishes_after_each_commit_unless_publishing_would_cost_too_much(
    tmp_path, monkeypatch
):
    import flows.process_corpus as flow_module

    clock = [100.0]
    monkeypatch.setattr(flow_module.time, "monotonic", lambda: clock[0])

    def publish_taking_a_second(warehouse):
        clock[0] += 1.0
        return publish_views(warehouse)

    monkeypatch.setattr(flow_module, "publish_views", publish_taking_a_second)
    warehouse = Warehouse(tmp_path)
    warehouse.prepare()
    publisher = flow_module.ViewPublisher(warehouse)
    visible = []
    for batch, seconds_since in [("b1", 0), ("b2", 5), ("b3", 60)]:
        clock[0] += seconds_since
        warehouse.commit_batch(batch, {})
        publisher.after_commit()
        visible.append(view_files(warehouse.db_path, "documents"))
    # b2 came 5 s after a publication that took 1 s (less than 50 times its cost)
    assert visible == [["b1"], ["b1"], ["b1", "b2", "b3"]]
