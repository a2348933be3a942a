"""Every extractor's records on unjudged text, as JSON lines: does a change keep them?

    .venv/bin/python bench/extraction_records.py OUT.jsonl [--bbc N] [--step K] [--no-pages]

Extracts (``tasks.extract``, as a run does) every ``K``-th of the first BBC News
articles until ``N`` (300 by default, every 7th: all five sections), and the saved
web pages of ``../shared/corpora/web_pages`` ingested as ``dossier run`` ingests them,
then writes one line per entity, quote, theme and keyphrase record. Write it with
the old code and with the new and compare (``cmp`` or ``diff``): a change meant to
keep every output must leave the two files identical.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from itertools import islice
from pathlib import Path
from typing import Any

from judging import CORPORA, corpus_documents

from core.records import Document, Extracted
from tasks.configuration import resolve_settings
from tasks.extract import extract_documents

BATCH = 50


def bbc_documents(count: int, step: int) -> list[Document]:
    """Every ``step``-th BBC article, ``count`` of them, with its title."""
    with open(CORPORA["bbc"], encoding="utf-8") as handle:
        rows = [json.loads(line) for line in islice(handle, 0, count * step, step)]
    return [
        Document(r["id"], r["id"], "bench", "txt", r["text"], "", title=r.get("title"))
        for r in rows
    ]


def records(extracted: Extracted) -> list[dict[str, Any]]:
    """One plain dict per record, tagged with its table."""
    rows = [("entities", m) for per_doc in extracted.entities for m in per_doc]
    rows += [("quotes", q) for q in extracted.quotes]
    rows += [("themes", t) for t in extracted.themes]
    rows += [("keyphrases", k) for k in extracted.keyphrases]
    return [{"table": table, **asdict(record)} for table, record in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--bbc", type=int, default=300)
    parser.add_argument("--step", type=int, default=7)
    parser.add_argument("--no-pages", action="store_true")
    args = parser.parse_args()
    documents = bbc_documents(args.bbc, args.step)
    if not args.no_pages:
        documents += [document for _, document in corpus_documents("web_pages")]
    settings = resolve_settings()
    counts: dict[str, int] = {}
    with open(args.out, "w", encoding="utf-8") as out:
        for start in range(0, len(documents), BATCH):
            for row in records(extract_documents(documents[start : start + BATCH], settings)):
                counts[row["table"]] = counts.get(row["table"], 0) + 1
                out.write(json.dumps(row, ensure_ascii=False, default=str, sort_keys=True) + "\n")
    print(f"{len(documents)} documents: {counts} -> {args.out}")


if __name__ == "__main__":
    main()
