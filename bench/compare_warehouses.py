"""Compare two warehouses table by table, row for row: does a change keep every output?

    .venv/bin/python bench/compare_warehouses.py OLD_WAREHOUSE NEW_WAREHOUSE [--ignore COL ...]

Build both from the same inputs (the old code in a worktree, the new code here) and
compare. Columns that differ between any two runs by design (run and batch ids,
times, ``pipeline_version``) are left out. Prints, for each table, the rows each
side has that the other lacks (up to five of each), and exits 1 if any differ.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import duckdb

TABLES = ("documents", "entities", "quotes", "themes", "keyphrases", "rejects", "forgotten")
VOLATILE = {
    "run_id",
    "batch_id",
    "ingested_at",
    "rejected_at",
    "forgotten_at",
    "pipeline_version",
    "source_path",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--ignore", nargs="*", default=[], help="more columns to leave out")
    args = parser.parse_args()
    ignored = VOLATILE | set(args.ignore)
    different = 0
    for table in TABLES:
        old, new = rows(args.old, table, ignored), rows(args.new, table, ignored)
        only_old, only_new = old - new, new - old
        status = "identical" if not (only_old or only_new) else "DIFFERENT"
        print(f"{table:12} old {old.total():6,}  new {new.total():6,}  {status}")
        for label, extra in (("only in old", only_old), ("only in new", only_new)):
            for row in sorted(extra, key=repr)[:5]:
                print(f"    {label}: {repr(row)[:300]}")
        different += bool(only_old or only_new)
    sys.exit(1 if different else 0)


def rows(warehouse: Path, table: str, ignored: set[str]) -> Counter:
    with duckdb.connect(str(warehouse / "dossier.duckdb"), read_only=True) as con:
        columns = [c[0] for c in con.execute(f"describe {table}").fetchall()]
        kept = ", ".join(f'"{c}"' for c in columns if c not in ignored)
        found = con.execute(f"select {kept} from {table}").fetchall()
    return Counter(tuple(map(repr, row)) for row in found)


if __name__ == "__main__":
    main()
