"""Do themes agree with an editorial category? BBC News through the real pipeline.

    .venv/bin/python bench/themes_bbc.py [--corpus PATH] [--limit N] [--warehouse DIR]

Runs ``process_corpus`` on the corpus (into a temporary warehouse unless one is
given), takes each article's highest-scoring top-level subject from the
``document_subjects`` view and compares it with the article's ``category``.
Prints the share that match, the share with no theme at all, and a confusion table.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from itertools import islice
from pathlib import Path

import duckdb

from flows.prefect_env import apply_prefect_defaults

apply_prefect_defaults()

from flows.process_corpus import process_corpus  # noqa: E402 - after the Prefect defaults
from tasks.ingest import document_id  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc_news.jsonl"
CATEGORY_SUBJECTS = {
    "business": "economy",
    "politics": "politics",
    "sport": "sport",
    "tech": "science_technology",
    "entertainment": "arts_culture",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--warehouse", type=Path)
    args = parser.parse_args()
    with open(args.corpus, encoding="utf-8") as handle:
        records = [json.loads(line) for line in islice(handle, args.limit)]
    with tempfile.TemporaryDirectory(prefix="dossier-bbc-") as scratch:
        root = args.warehouse or Path(scratch) / "warehouse"
        corpus = args.corpus
        if args.limit:
            corpus = Path(scratch) / "subset.jsonl"
            corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        process_corpus(paths=[str(corpus)], warehouse_dir=str(root))
        with duckdb.connect(str(root / "dossier.duckdb"), read_only=True) as con:
            query = "select doc_id, subject from document_subjects where rank = 1"
            top = dict(con.execute(query).fetchall())
    report(records, top)


def print_agreement(confusion: Counter) -> None:
    """Print the share of articles whose top subject is their category's, and the
    share with no theme, from a (category, top subject) confusion count."""
    n = sum(confusion.values())
    matched = sum(confusion[(c, s)] for c, s in CATEGORY_SUBJECTS.items())
    no_theme = sum(count for (_, subject), count in confusion.items() if subject is None)
    print(f"top subject matches category: {matched / n:.3f}")
    print(f"no theme at all:              {no_theme / n:.3f}")


def report(records: list[dict], top: dict[str, str]) -> None:
    confusion: Counter = Counter()
    for record in records:
        confusion[(record["category"], top.get(document_id(record["text"])))] += 1
    print(f"articles: {len(records)}")
    print_agreement(confusion)
    subjects = [*sorted({s for _, s in confusion if s}), None]
    print("\ncategory       " + " ".join(f"{(s or 'none')[:10]:>10}" for s in subjects))
    for category in CATEGORY_SUBJECTS:
        print(f"{category:<14} " + " ".join(f"{confusion[(category, s)]:>10}" for s in subjects))


if __name__ == "__main__":
    main()
