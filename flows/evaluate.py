"""``dossier eval quotes``: run the real pipeline on attribution gold and score it."""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from dataclasses import fields
from itertools import islice
from pathlib import Path

import duckdb

from core.records import Quote
from flows.process_corpus import process_corpus
from tasks.ingest import document_id
from tasks.quote_eval import THRESHOLDS, Score, gold_statements, predicted_statements, score
from warehouse.store import Warehouse

_QUOTE_COLUMNS = [f.name for f in fields(Quote)]


def evaluate_quotes(
    gold_path: Path,
    limit: int | None = None,
    warehouse_dir: Path | None = None,
    every_attribution: bool = False,
    step: int = 1,
    offset: int = 0,
) -> list[Score]:
    """Process the gold articles into a warehouse (a temporary one unless given) and
    score the quotes found there, at each threshold of :data:`THRESHOLDS`: the
    attributions with quotation marks, or all of them with ``every_attribution``.
    ``step`` and ``offset`` choose the articles as in :func:`read_gold`."""
    records = read_gold(gold_path, limit, step, offset)
    with tempfile.TemporaryDirectory(prefix="dossier-eval-") as scratch:
        corpus = Path(scratch) / "gold.jsonl"
        corpus.write_text(
            "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in records),
            encoding="utf-8",
        )
        root = warehouse_dir or Path(scratch) / "warehouse"
        process_corpus(paths=[str(corpus)], warehouse_dir=str(root))
        quotes = quotes_by_document(Warehouse(root))
    gold, predicted = [], []
    for record in records:
        doc_id = document_id(record["text"])
        gold += gold_statements(record, every_attribution)
        predicted += predicted_statements(
            str(record["id"]), quotes.get(doc_id, []), every_attribution
        )
    return [score(gold, predicted, threshold) for threshold in THRESHOLDS]


def read_gold(path: Path, limit: int | None, step: int = 1, offset: int = 0) -> list[dict]:
    """The first ``limit`` articles (all with ``None``) of a gold file in the PolNeAR
    format, of those whose 0-based index is ``offset`` modulo ``step``: step 2 and
    offset 0 or 1 split it into the halves tuned on and held for checking."""
    with open(path, encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip())
        return [json.loads(line) for line in islice(islice(lines, offset, None, step), limit)]


def quotes_by_document(warehouse: Warehouse) -> dict[str, list[Quote]]:
    """Every quote of ``warehouse``, by ``doc_id``."""
    with duckdb.connect(str(warehouse.db_path), read_only=True) as con:
        rows = con.execute(f"select {', '.join(_QUOTE_COLUMNS)} from quotes").fetchall()
    quotes: dict[str, list[Quote]] = defaultdict(list)
    for row in rows:
        quote = Quote(**dict(zip(_QUOTE_COLUMNS, row, strict=True)))
        quotes[quote.doc_id].append(quote)
    return quotes
