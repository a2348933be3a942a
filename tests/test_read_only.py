"""Readers and a run that swaps the database file in while they open it."""

from __future__ import annotations

import os

import duckdb
import pytest

from core.errors import DossierError
from warehouse import queries


def _database(path, answer: int) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute(f"create view answer as select {answer} as n")


def test_an_open_that_fails_while_the_file_is_swapped_reads_the_new_file(tmp_path, monkeypatch):
    db = tmp_path / "dossier.duckdb"
    _database(db, 1)
    _database(tmp_path / "next.duckdb", 2)
    real_connect = duckdb.connect
    opens = []

    def torn_open(path, read_only=False):
        opens.append(path)
        if len(opens) == 1:
            os.replace(tmp_path / "next.duckdb", db)
            raise duckdb.IOException("IO Error: No more data remaining in MetadataReader")
        return real_connect(path, read_only=read_only)

    monkeypatch.setattr(queries.duckdb, "connect", torn_open)
    assert queries.run_sql(db, "select n from answer") == (["n"], [(2,)])
    assert len(opens) == 2


def test_an_open_that_fails_on_an_unchanged_file_is_raised(tmp_path, monkeypatch):
    db = tmp_path / "dossier.duckdb"
    _database(db, 1)

    def broken_open(path, read_only=False):
        raise duckdb.IOException("IO Error: the disk is gone")

    monkeypatch.setattr(queries.duckdb, "connect", broken_open)
    with pytest.raises(duckdb.IOException, match="disk is gone"):
        queries.run_sql(db, "select n from answer")


def test_a_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(DossierError):
        queries.run_sql(tmp_path / "dossier.duckdb", "select 1")
