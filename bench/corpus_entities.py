"""Corpus-level entity decisions on a warehouse: what they change, how often they
are right (judged), and what they cost per batch.

    .venv/bin/python bench/corpus_entities.py --warehouse DIR --corpus NAME
        [--worksheet N --salt S] [--timing]

It prints how many extracted keys the standing decisions change (``entity_key_map``:
a label that gives way to the corpus's, a name of one word that takes a full name),
in how many documents, and scores them against ``bench/data/corpus_entities_judged.jsonl``
(verdicts keyed by corpus, ``from_key`` and ``to_key``; see ``bench/data/JUDGING.md``).
``--worksheet N`` writes N changes drawn by a hash of ``--salt``, with example
mentions in their text, to ``bench/results/judging/`` for judging. ``--timing``
replays the corpus step batch after batch (each against the batches before it, as a
run does) and prints its time per batch.

A warehouse built before the corpus step existed is brought up to date first (its
batches get their evidence, then every decision is taken), as any command would.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import duckdb
from judging import DATA, ranked, read_jsonl

from flows.corpus import add_evidence, corpus_tables
from warehouse import lifecycle
from warehouse.store import Warehouse, new_run_id
from warehouse.views import publish_views

WORKSHEETS = Path(__file__).resolve().parent / "results" / "judging"
CHANGES = """
select m.extracted_key as from_key, m.entity_key as to_key, m.decided_by,
       count(distinct m.doc_id) as documents, list(distinct m.doc_id order by m.doc_id) as docs
from entity_key_map as m
group by all
order by documents desc, from_key, to_key
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", required=True, type=Path)
    parser.add_argument("--corpus", required=True, help="the corpus name of the verdicts")
    parser.add_argument("--worksheet", type=int, default=0, metavar="N")
    parser.add_argument("--salt", default="tune")
    parser.add_argument("--timing", action="store_true")
    args = parser.parse_args()
    warehouse = Warehouse(args.warehouse)
    with warehouse.writer_lock():
        started = time.monotonic()
        if add_evidence(warehouse, f"{new_run_id()}-decisions", None):
            publish_views(warehouse)
            print(f"evidence and decisions added in {time.monotonic() - started:.1f} s")
    with duckdb.connect(str(warehouse.db_path), read_only=True) as con:
        changes = con.execute(CHANGES).fetchall()
        keys = con.execute("select count(distinct entity_key) from entities_as_extracted")
        total = keys.fetchone()[0]
    summarise(changes, total)
    score(args.corpus, changes)
    if args.worksheet:
        write_worksheet(warehouse, args.corpus, changes, args.worksheet, args.salt)
    if args.timing:
        time_batches(warehouse)


def summarise(changes: list[tuple], total: int) -> None:
    for kind in ("label", "person"):
        chosen = [c for c in changes if c[2] == kind]
        documents = sum(c[3] for c in chosen)
        print(
            f"{kind:6} changes: {len(chosen)} extracted keys of {total} "
            f"({len({c[0] for c in chosen})} distinct), in {documents} document-keys"
        )


def score(corpus: str, changes: list[tuple]) -> None:
    judged = {
        (v["from_key"], v["to_key"]): v
        for v in read_jsonl(DATA / "corpus_entities_judged.jsonl")
        if v["corpus"] == corpus
    }
    seen = [c for c in changes if (c[0], c[1]) in judged]
    right = [c for c in seen if judged[(c[0], c[1])]["right"]]
    share = f"{len(right)}/{len(seen)} = {len(right) / len(seen):.3f}" if seen else "none judged"
    print(f"judged changes present: {share}")
    for c in seen:
        if not judged[(c[0], c[1])]["right"]:
            print(f"  wrong: {c[0]} -> {c[1]} ({c[3]} documents)")


def write_worksheet(
    warehouse: Warehouse, corpus: str, changes: list[tuple], n: int, salt: str
) -> None:
    drawn = ranked(changes, lambda c: f"{c[0]}|{c[1]}", salt)[:n]
    lines = [f"# corpus entity changes, {corpus}, salt {salt}\n"]
    with duckdb.connect(str(warehouse.db_path), read_only=True) as con:
        for number, (from_key, to_key, kind, documents, docs) in enumerate(drawn, start=1):
            lines.append(f"## {number}. {from_key} -> {to_key} ({kind}, {documents} documents)\n")
            examples = con.execute(
                "select d.source_id, substr(d.text, greatest(e.start_char - 150, 1), "
                "least(e.start_char, 150) + e.end_char - e.start_char + 150) "
                "from entities_as_extracted e join documents d using (doc_id) "
                "where e.entity_key = ? and e.doc_id in (select unnest(?)) "
                "qualify row_number() over (partition by e.doc_id order by e.start_char) = 1 "
                "limit 3",
                [from_key, docs[:3]],
            ).fetchall()
            for source, text in examples:
                lines.append(f"- {source}: …{' '.join(text.split())}…")
            lines.append("")
    WORKSHEETS.mkdir(parents=True, exist_ok=True)
    path = WORKSHEETS / f"corpus_entities_{corpus}_{salt}.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    print(f"worksheet: {path}")


class _Before(Warehouse):
    """The warehouse as a run saw it before committing one of its batches."""

    def __init__(self, root: Path, batches: list[str]) -> None:
        super().__init__(root)
        self.before = batches

    def table_files(self, table: str) -> list[str]:
        return [f for f in super().table_files(table) if Path(f).parent.name in self.before]


def time_batches(warehouse: Warehouse) -> None:
    batch_ids = [b for b in warehouse.batch_ids() if warehouse.batch_path(b, "documents").exists()]
    seconds, documents = [], []
    for position, batch_id in enumerate(batch_ids):
        tables = lifecycle.batch_tables(warehouse, batch_id)
        if not tables["documents"].num_rows:
            continue
        before = _Before(warehouse.root, batch_ids[:position])
        started = time.monotonic()
        corpus_tables(before, tables["documents"], tables["entities"], None)
        seconds.append(time.monotonic() - started)
        documents.append(tables["documents"].num_rows)
    print(
        f"corpus step per batch ({len(seconds)} batches, {sum(documents)} documents): "
        f"median {statistics.median(seconds):.2f} s, max {max(seconds):.2f} s, "
        f"total {sum(seconds):.1f} s; first {seconds[0]:.2f} s, last {seconds[-1]:.2f} s"
    )


if __name__ == "__main__":
    main()
