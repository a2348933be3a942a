"""`dossier status`, `reprocess`, `compact` and `forget`, end to end on small corpora."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.lifecycle import compact_warehouse, forget_documents, reprocess_corpus
from flows.process_corpus import process_corpus
from tasks.configuration import resolve_settings
from warehouse.store import Warehouse
from warehouse.story_index import INDEX_FILES
from warehouse.views import aggregate_views

from .conftest import FIXTURES, SEED
from .faults import contents, problems

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(FIXTURES / "formats", folder, dirs_exist_ok=True)
    shutil.copy(SEED, folder)
    return folder


@pytest.fixture(scope="module")
def built(corpus, tmp_path_factory) -> Path:
    """A warehouse of the corpus in batches of two documents."""
    root = tmp_path_factory.mktemp("built") / "warehouse"
    process_corpus(
        paths=[str(corpus)], warehouse_dir=str(root), settings=resolve_settings(batch_size=2)
    )
    return root


@pytest.fixture
def copy_of(built, tmp_path) -> Path:
    root = tmp_path / "warehouse"
    shutil.copytree(built, root, symlinks=True)
    return root


def every_view(root: Path) -> dict[str, list]:
    """Every table and aggregate view, rows sorted, as a reader would get them."""
    names = ["documents", "entities", "quotes", "themes", "keyphrases", "rejects"]
    names += sorted(aggregate_views())
    with duckdb.connect(str(root / "dossier.duckdb"), read_only=True) as con:
        return {n: sorted(map(repr, con.execute(f"select * from {n}").fetchall())) for n in names}


def status_of(root: Path) -> str:
    result = CliRunner().invoke(app, ["status", "-w", str(root)], terminal_width=200)
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def scalar(root: Path, sql: str):
    with duckdb.connect(str(root / "dossier.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchone()[0]


def test_derived_entity_tables_agree_with_the_mentions(built):
    with duckdb.connect(str(built / "dossier.duckdb"), read_only=True) as con:
        from_mentions = con.execute(
            "select date_trunc('month', coalesce(d.published_at, d.ingested_at)), e.entity_key,"
            " count(distinct e.doc_id), count(*) from entities e join documents d using (doc_id)"
            " group by all order by all"
        ).fetchall()
        from_parts = con.execute(
            "select month, entity_key, n_documents, n_mentions from entity_months order by all"
        ).fetchall()
    assert from_parts == from_mentions and len(from_parts) > 50


def test_compaction_merges_batches_and_every_query_answers_the_same(copy_of):
    before = every_view(copy_of)
    assert len(Warehouse(copy_of).batch_ids()) == 4
    summary = compact_warehouse(str(copy_of))
    assert summary.counts["batches_merged"] == 4 and summary.counts["batches_written"] == 1
    assert len(Warehouse(copy_of).batch_ids()) == 1
    assert every_view(copy_of) == before
    assert problems(copy_of) == []


def test_compaction_merges_the_records_of_finished_runs(copy_of, corpus, monkeypatch):
    for _ in range(2):  # runs with nothing new: one record file each
        process_corpus(
            paths=[str(corpus)], warehouse_dir=str(copy_of), settings=resolve_settings(batch_size=2)
        )
    runs_folder = copy_of / "tables" / "runs"
    assert len(list(runs_folder.glob("*.parquet"))) == 3
    monkeypatch.setattr("flows.cli.COMPACT_ADVICE_RUN_RECORDS", 3)
    advice = "4 batch folders and 3 run records could be merged; `dossier compact`"
    assert advice in status_of(copy_of)
    runs_sql = "select * from runs order by started_at"
    with duckdb.connect(str(copy_of / "dossier.duckdb"), read_only=True) as con:
        before = con.execute(runs_sql).fetchall()
    first = compact_warehouse(str(copy_of))
    assert first.counts["run_records_merged"] == 3
    # the three finished runs in one file, beside the compaction's own record
    assert len(list(runs_folder.glob("*.parquet"))) == 2
    with duckdb.connect(str(copy_of / "dossier.duckdb"), read_only=True) as con:
        after = con.execute(runs_sql).fetchall()
        compacting = con.execute("select status from runs where command = 'compact'").fetchall()
    assert after[:3] == before and compacting == [("completed",)]
    assert "could be merged" not in status_of(copy_of)
    second = compact_warehouse(str(copy_of))
    assert second.counts["run_records_merged"] == 4
    assert scalar(copy_of, "select count(*) from runs") == 5
    assert problems(copy_of) == []


def test_forget_by_source_id_removes_the_document_and_its_rows(copy_of, corpus):
    doc_id = scalar(copy_of, "select doc_id from documents where source_id = 'article.md'")
    assert scalar(copy_of, f"select count(*) from entities where doc_id = '{doc_id}'") > 0
    others = {t: rows for t, rows in contents(copy_of).items() if t != "documents"}
    result = CliRunner().invoke(
        app, ["forget", "--source-id", "article.md", "-w", str(copy_of), "--yes"]
    )
    assert result.exit_code == 0, result.output
    for table in ("documents", "entities", "quotes", "themes", "keyphrases"):
        assert scalar(copy_of, f"select count(*) from {table} where doc_id = '{doc_id}'") == 0
    assert scalar(copy_of, "select count(*) from documents") == 7
    assert contents(copy_of)["rejects"] == others["rejects"]
    assert scalar(copy_of, "select count(*) from forgotten") == 1
    again = process_corpus(
        paths=[str(corpus)], warehouse_dir=str(copy_of), settings=resolve_settings(batch_size=2)
    )
    assert again.counts["documents_new"] == 0 and again.counts["documents_forgotten"] == 1


def test_forget_by_predicate_and_a_bad_predicate_is_one_clear_error(copy_of):
    summary = forget_documents(str(copy_of), "format = 'json'", "format = 'json'")
    assert summary.counts["documents_forgotten"] == 2
    assert scalar(copy_of, "select count(*) from documents where format = 'json'") == 0
    result = CliRunner().invoke(
        app, ["forget", "--where", "no_such_column = 1", "-w", str(copy_of)]
    )
    assert result.exit_code != 0
    assert "not valid SQL over the documents columns" in str(result.exception)


def test_reprocess_brings_old_documents_to_the_current_version(
    corpus, copy_of, tmp_path, monkeypatch
):
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[[entities]]\ncanonical = "Peking"\nlabel = "GPE"\naliases = ["Beijing"]\n')
    old = tmp_path / "old"
    process_corpus(
        paths=[str(corpus)],
        warehouse_dir=str(old),
        settings=resolve_settings(batch_size=3, aliases=aliases),
    )
    assert scalar(old, "select count(*) from entities where canonical_name = 'Peking'")
    status = CliRunner().invoke(app, ["status", "-w", str(old)])
    assert "8 documents on older versions" in status.output

    summary = reprocess_corpus(str(old), resolve_settings(batch_size=4))
    assert summary.counts["documents_reprocessed"] == 8
    assert scalar(old, "select count(distinct pipeline_version) from documents") == 1
    assert not scalar(old, "select count(*) from entities where canonical_name = 'Peking'")
    fresh = {t: rows for t, rows in contents(copy_of).items() if t != "rejects"}
    assert {t: rows for t, rows in contents(old).items() if t != "rejects"} == fresh
    assert problems(old) == []
    assert reprocess_corpus(str(old)).counts["documents_reprocessed"] == 0
    status = CliRunner().invoke(app, ["status", "-w", str(old)])
    assert "older versions" not in status.output and "reprocess" in status.output


def test_superseded_snapshots_go_after_their_grace_period(copy_of):
    warehouse = Warehouse(copy_of, grace_seconds=3600)
    first = warehouse.current_generation()
    with warehouse.writer_lock():
        warehouse.prepare()
        warehouse.replace_batches([], [])
        warehouse.drop_old_snapshots()
    assert (copy_of / "snapshots" / f"{first:06d}").is_dir(), "kept for running queries"
    marker = copy_of / "snapshots" / f"{first:06d}" / ".superseded"
    os.utime(marker, (time.time() - 7200, time.time() - 7200))
    warehouse.drop_old_snapshots()
    assert not (copy_of / "snapshots" / f"{first:06d}").exists()


def test_a_warehouse_from_before_snapshots_is_moved_into_one(tmp_path):
    legacy = tmp_path / "warehouse"
    (legacy / "tables" / "batches" / "b1").mkdir(parents=True)
    (legacy / "tables" / "batches" / "b1" / "documents.parquet").write_bytes(b"x")
    warehouse = Warehouse(legacy)
    warehouse.prepare()
    assert (legacy / "tables").is_symlink()
    assert warehouse.batch_ids() == ["b1"]
    assert (legacy / "snapshots" / "000000" / "batches" / "b1" / "documents.parquet").exists()


def test_batches_from_before_the_derived_tables_get_them_on_the_next_run(copy_of, corpus):
    derived = [
        *copy_of.glob("tables/batches/*/entity_*.parquet"),
        *copy_of.glob("tables/batches/*/story_*_index.arrow"),
    ]
    for path in derived:
        path.unlink()
    process_corpus(
        paths=[str(corpus)], warehouse_dir=str(copy_of), settings=resolve_settings(batch_size=2)
    )
    batches = list((copy_of / "tables" / "batches").iterdir())
    assert all((b / "entity_documents.parquet").exists() for b in batches)
    assert all((b / name).exists() for b in batches for name in INDEX_FILES)
    assert problems(copy_of) == []
    assert scalar(copy_of, "select sum(n_mentions) from entity_months") == scalar(
        copy_of, "select count(*) from entities"
    )


def test_a_warehouse_at_the_old_default_place_moves_to_data(built, tmp_path, monkeypatch):
    project = tmp_path / "project"
    legacy = project / "warehouse"
    shutil.copytree(built, legacy, symlinks=True)
    (legacy / "store.py").write_text("# the package's own code stays\n")
    before = every_view(built)
    monkeypatch.chdir(project)
    monkeypatch.delenv("DOSSIER_WAREHOUSE", raising=False)
    result = CliRunner().invoke(app, ["status"])
    assert result.exit_code == 0, result.output
    assert "moved the warehouse from ./warehouse to ./data" in result.output
    assert sorted(p.name for p in legacy.iterdir()) == ["store.py"]
    assert every_view(project / "data") == before
    assert problems(project / "data") == []
    again = CliRunner().invoke(app, ["status"])
    assert again.exit_code == 0 and "moved" not in again.output
