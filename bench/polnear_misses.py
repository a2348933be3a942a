"""Which PolNeAR attributions the quote extractor misses, counted by their gold cue.

    .venv/bin/dossier eval quotes ../shared/corpora/polnear_train.jsonl --all --warehouse DIR
    .venv/bin/python bench/polnear_misses.py --warehouse DIR [--marked] [--top N]

Reads the quotes of a warehouse kept by ``dossier eval quotes --warehouse`` and the
gold file, matches them as the evaluation does (30% coverage, one to one), and prints
for the gold statements left unmatched: whether any prediction overlaps them at all,
how long their content is, and their cue words, most frequent first. With
``--marked`` only the attributions with quotation marks are scored, as without
``--all``.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from judging import CORPORA

from flows.evaluate import quotes_by_document, read_gold
from tasks.ingest import document_id
from tasks.quote_eval import (
    Statement,
    gold_attributions,
    match_one_to_one,
    predicted_statements,
)
from warehouse.store import Warehouse

COVERAGE = 0.3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", type=Path, required=True)
    parser.add_argument("--gold", type=Path, default=CORPORA["polnear"])
    parser.add_argument("--marked", action="store_true", help="only quote-marked attributions")
    parser.add_argument("--top", type=int, default=40, help="cues to list")
    args = parser.parse_args()
    every = not args.marked
    quotes = quotes_by_document(Warehouse(args.warehouse))
    overlap, length, cues = Counter(), Counter(), Counter()
    n_gold = n_matched = 0
    for record in read_gold(args.gold, None):
        pairs = gold_attributions(record, every)
        predicted = predicted_statements(
            str(record["id"]), quotes.get(document_id(record["text"]), []), every
        )
        matched = {id(g) for g, _ in match_one_to_one([g for g, _ in pairs], predicted, COVERAGE)}
        predicted_chars = set().union(*(p.chars() for p in predicted))
        n_gold += len(pairs)
        for gold, attribution in pairs:
            if id(gold) in matched:
                n_matched += 1
                continue
            overlap[_overlap_class(gold, predicted_chars)] += 1
            length[_length_class(attribution)] += 1
            cues[" ".join(c["text"] for c in attribution["cue"]).lower() or "(no cue)"] += 1
    missed = n_gold - n_matched
    print(f"gold attributions {n_gold}, matched {n_matched}, missed {missed}")
    print("missed, by overlap with any prediction:", _shares(overlap, missed))
    print("missed, by content length in words:    ", _shares(length, missed))
    print(f"missed, by gold cue ({len(cues)} distinct; top {args.top}):")
    for cue, count in cues.most_common(args.top):
        print(f"  {count:5d}  {cue}")


def _overlap_class(gold: Statement, predicted_chars: set[int]) -> str:
    chars = gold.chars()
    share = len(chars & predicted_chars) / len(chars)
    if share == 0:
        return "none"
    return "under 30%" if share < COVERAGE else "30% or more, taken by another"


def _length_class(attribution: dict) -> str:
    words = sum(len(c["text"].split()) for c in attribution["content"])
    return "1-3" if words <= 3 else "4-8" if words <= 8 else "9+"


def _shares(counts: Counter, total: int) -> str:
    return ", ".join(f"{key} {n} ({n / total:.0%})" for key, n in counts.most_common())


if __name__ == "__main__":
    main()
