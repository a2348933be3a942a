"""Fault injection for the reliability tests and ``bench/reliability.py``.

``python -m tests.faults read ROOT STOP`` queries the warehouse at ROOT in a loop
until the file STOP appears and prints what it saw as JSON.

``python -m tests.faults POINT N dossier-args...`` runs the dossier command line
in this process and kills it with SIGKILL at the Nth arrival at POINT:

- ``parse``: as a batch starts parsing;
- ``write``: halfway through writing a Parquet or story index file (the file is
  left truncated);
- ``views``: while ``dossier.duckdb`` is being rebuilt;
- ``swap``: just before a new snapshot is published (compact, forget, reprocess);
- ``worker``: a worker of the process runner, as it starts its Nth part (only the
  worker dies; the command goes on and must stop cleanly).

It also holds the checks that compare a warehouse with the one a clean run makes.
"""

from __future__ import annotations

import os
import signal
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import duckdb

# Columns that differ between two correct runs: when and by which run a row came.
VOLATILE = {"run_id", "batch_id", "ingested_at", "rejected_at", "forgotten_at", "arrival"}
CONTENT_TABLES = (
    "documents",
    "entities",
    "quotes",
    "themes",
    "keyphrases",
    "rejects",
    "story_members",
    "story_bands",
)


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def arm(point: str, nth: int) -> None:
    """Patch the code so that the ``nth`` arrival at ``point`` kills this process."""
    calls = Counter()

    def arrived() -> bool:
        calls[point] += 1
        return calls[point] >= nth

    if point == "parse":
        import tasks.extract as module

        real_parse = module.parse_documents

        def parse(nlp, documents, *args, **kwargs):
            if arrived():
                _die()
            return real_parse(nlp, documents, *args, **kwargs)

        module.parse_documents = parse
    elif point == "write":
        import warehouse.store as module

        def truncating(real_write):
            def write(table, path):
                real_write(table, path)
                if arrived():
                    size = Path(path).stat().st_size
                    os.truncate(path, size // 2)
                    _die()

            return write

        module._write_parquet = truncating(module._write_parquet)
        module._write_arrow = truncating(module._write_arrow)  # the story index
    elif point == "views":
        import warehouse.views as module

        real_render = module.render_views

        def render(warehouse):
            statements = real_render(warehouse)
            if arrived():
                _die()
            return statements

        module.render_views = render
    elif point == "worker":
        import tasks.extract as module

        real_parse_in_worker = module.parse_documents

        def parse_in_worker(nlp, documents, *args, **kwargs):
            if arrived():
                _die()
            return real_parse_in_worker(nlp, documents, *args, **kwargs)

        module.parse_documents = parse_in_worker  # the forked workers inherit it
    elif point == "swap":
        from warehouse.store import Warehouse

        real_point = Warehouse._point_tables_at

        def point_tables_at(self, generation):
            if generation > 0 and arrived():
                _die()
            return real_point(self, generation)

        Warehouse._point_tables_at = point_tables_at
    else:
        raise SystemExit(f"unknown fault point {point!r}")


def contents(root: Path) -> dict[str, Counter]:
    """Every table of the warehouse at ``root`` as a multiset of rows, without the
    columns that say when or by which run a row was written."""
    found: dict[str, Counter] = {}
    with _reader(root) as con:
        for table in CONTENT_TABLES:
            columns = [row[0] for row in con.execute(f"describe {table}").fetchall()]
            kept = ", ".join(f'"{c}"' for c in columns if c not in VOLATILE)
            rows = con.execute(f"select {kept} from {table}").fetchall()
            found[table] = Counter(map(_hashable, rows))
    return found


def problems(root: Path) -> list[str]:
    """What is wrong with a warehouse: duplicate documents, rows whose document is
    missing, stories out of order, files left where readers look that are not whole
    Parquet (or story index) files, a story index that disagrees with its tables."""
    found = []
    with _reader(root) as con:
        duplicates = con.execute(
            "select count(*) - count(distinct doc_id) from documents"
        ).fetchone()[0]
        if duplicates:
            found.append(f"{duplicates} duplicate doc_id")
        for table in ("entities", "quotes", "themes", "keyphrases", "story_members", "story_bands"):
            orphans = con.execute(
                f"select count(*) from {table} where doc_id not in (select doc_id from documents)"
            ).fetchone()[0]
            if orphans:
                found.append(f"{orphans} orphan rows in {table}")
        derived = con.execute(
            "select (select count(*) from (select distinct doc_id, entity_key from entities)),"
            " (select count(*) from entity_documents),"
            " (select count(*) from entities),"
            " (select coalesce(sum(mentions), 0) from entity_month_parts)"
        ).fetchone()
        if derived[0] != derived[1] or derived[2] != derived[3]:
            found.append(f"derived tables disagree with entities: {derived}")
        found += story_problems(con)
    for path in (root / "tables").rglob("*"):
        if path.is_file() and path.suffix not in (".parquet", ".arrow"):
            found.append(f"stray file {path}")
        elif path.is_file() and not _whole_file(path):
            found.append(f"partial file {path}")
    if not any(problem.startswith("partial file") for problem in found):
        found += story_index_problems(root)
    return found


def story_problems(con: duckdb.DuckDBPyConnection) -> list[str]:
    """What is wrong with the stories: a document without exactly one story row, a
    story named by a document that is gone or belongs to another story, a Jaccard
    estimate missing or out of range."""
    from warehouse.views import aggregate_views

    con.execute(f"create or replace temp view stories as {aggregate_views()['stories']}")
    missing, doubled, unnamed, misnamed, bad_jaccard = con.execute(
        "select"
        " (select count(*) from documents where doc_id not in"
        "   (select doc_id from story_members)),"
        " (select count(*) - count(distinct doc_id) from story_members),"
        " (select count(*) from stories where story_id not in (select doc_id from documents)),"
        " (select count(*) from stories s join stories r on r.doc_id = s.story_id"
        "   where r.story_id <> r.doc_id),"
        " (select count(*) from stories where jaccard is null or jaccard < 0 or jaccard > 1"
        "   or (is_first and jaccard <> 1))"
    ).fetchone()
    found = []
    if missing or doubled:
        found.append(f"stories: {missing} documents without a story row, {doubled} with two")
    if unnamed or misnamed:
        found.append(f"stories: {unnamed} named by a missing document, {misnamed} by a member")
    if bad_jaccard:
        found.append(f"stories: {bad_jaccard} Jaccard estimates missing or out of range")
    return found


def story_index_problems(root: Path) -> list[str]:
    """Batches whose story index (the files that find a new batch's stories) is
    missing or says something other than their story tables."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from warehouse.schemas import STORY_BANDS, STORY_MEMBERS
    from warehouse.story_index import INDEX_FILES, index_tables

    found = []
    batches = root / "tables" / "batches"
    for folder in sorted(batches.iterdir() if batches.is_dir() else ()):
        if not all((folder / name).is_file() for name in INDEX_FILES):
            found.append(f"story index missing in {folder.name}")
            continue
        expected = index_tables(
            pq.read_table(folder / "story_members.parquet").cast(STORY_MEMBERS),
            pq.read_table(folder / "story_bands.parquet").cast(STORY_BANDS),
        )
        for name in INDEX_FILES:
            with pa.memory_map(str(folder / name)) as source:
                stored = pa.ipc.open_file(source).read_all()
            if not stored.equals(expected[name]):
                found.append(f"{name} of {folder.name} disagrees with its story tables")
    return found


READER_SQL = """
select
    (select coalesce(list(doc_id order by doc_id), []) from documents) as doc_ids,
    (select count(*) from entities) as entities,
    (select count(*) from entities where doc_id not in (select doc_id from documents)) as orphans
"""


def read_until(root: Path, stop: Path) -> list[dict[str, Any]]:
    """Query the warehouse the way ``dossier query`` does, over and over, until the
    file ``stop`` appears; one observation (or error) per query."""
    from warehouse.queries import run_sql

    observations: list[dict[str, Any]] = []
    db = root / "dossier.duckdb"
    while not stop.exists():
        if not db.exists():
            continue
        try:
            _, [(doc_ids, entities, orphans)] = run_sql(db, READER_SQL)
        except Exception as error:  # any failure of a reader is what we look for
            observations.append({"error": f"{type(error).__name__}: {error}"})
        else:
            observations.append({"doc_ids": doc_ids, "entities": entities, "orphans": orphans})
    return observations


def reader_verdict(observations: list[dict[str, Any]], final: Path) -> list[str]:
    """What readers saw that they should not have: errors, orphan rows, part of a
    batch (judged against the batches and entity counts of the ``final`` warehouse)."""
    with duckdb.connect(str(final / "dossier.duckdb"), read_only=True) as con:
        batch_of = dict(con.execute("select doc_id, batch_id from documents").fetchall())
        per_doc = dict(con.execute("select doc_id, count(*) from entities group by 1").fetchall())
    members: dict[str, set[str]] = {}
    for doc_id, batch_id in batch_of.items():
        members.setdefault(batch_id, set()).add(doc_id)
    found = []
    for seen in observations:
        if "error" in seen:
            found.append(seen["error"])
            continue
        visible = set(seen["doc_ids"])
        partial = {b for b in map(batch_of.get, visible) if b and not members[b] <= visible}
        expected = sum(per_doc.get(doc_id, 0) for doc_id in visible)
        if seen["orphans"] or partial or seen["entities"] != expected:
            found.append(
                f"inconsistent view: {len(visible)} documents, {seen['entities']} entities "
                f"(expected {expected}), {seen['orphans']} orphans, partial {sorted(partial)}"
            )
    return found


def _reader(root: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory connection with the views of every table over what the files hold
    now (the corpus decisions applied, as in ``dossier.duckdb``), whether or not a run
    got as far as publishing ``dossier.duckdb``."""
    from warehouse.store import Warehouse
    from warehouse.views import render_views

    con = duckdb.connect()
    for statement in render_views(Warehouse(root)):
        con.execute(statement)
    return con


def _whole_file(path: Path) -> bool:
    """A Parquet file whose footer reads, or an Arrow IPC file (the story index)
    whose footer and record batches read."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        if path.suffix == ".arrow":
            with pa.memory_map(str(path)) as source:
                pa.ipc.open_file(source).read_all()
        else:
            pq.ParquetFile(path).metadata  # noqa: B018 - reading the footer is the check
    except Exception:
        return False
    return True


def _hashable(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    return value


if __name__ == "__main__":
    if sys.argv[1] == "read":
        import json

        json.dump(read_until(Path(sys.argv[2]), Path(sys.argv[3])), sys.stdout)
    else:
        arm(sys.argv[1], int(sys.argv[2]))
        sys.argv = sys.argv[3:]
        from flows.cli import main

        main()
