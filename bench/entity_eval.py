"""Entity identity on real news: within-document merges against hand-checked gold,
and the 50 most frequent cross-document keys for review.

    .venv/bin/python bench/entity_eval.py [--corpus PATH] [--top 50] [--within-only]

Within documents: ``bench/data/entity_gold_bbc.json`` holds, for 20 BBC articles,
the hand-checked clusters of PERSON, ORG and EVENT mentions (character offsets
only; the text stays in ../shared; later fixes of the gold are listed, with why, in
its ``corrections``). Precision and recall count pairs of mentions
put in one entity. Across documents: the most frequent keys over the whole corpus,
with the names each gathers and other keys that share its last word, for a reader
to judge conflations and splits.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

from core.settings import DEFAULT_MODEL
from tasks.entities import extract_entities
from tasks.nlp import load_model

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parents[1] / "shared" / "corpora" / "bbc_news.jsonl"
GOLD = HERE / "data" / "entity_gold_bbc.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument(
        "--within-only",
        action="store_true",
        help="parse only the hand-checked documents and score the within-document merges",
    )
    args = parser.parse_args()
    with open(args.corpus, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    if args.within_only:
        gold_ids = set(json.loads(GOLD.read_text(encoding="utf-8"))["documents"])
        records = [r for r in records if r["id"] in gold_ids]
    nlp = load_model(DEFAULT_MODEL)
    started = time.perf_counter()
    docs = list(nlp.pipe((r["text"] for r in records), batch_size=64))
    parse = time.perf_counter() - started
    started = time.perf_counter()
    mentions = {
        r["id"]: extract_entities(doc, r["id"]) for r, doc in zip(records, docs, strict=True)
    }
    extract = time.perf_counter() - started
    print(
        f"parse {parse:.1f} s; entities with canonicalisation {extract:.2f} s "
        f"({extract / parse:.1%} of parse)\n"
    )
    within_document(mentions)
    if not args.within_only:
        cross_document(mentions, args.top)


def within_document(mentions: dict) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    gold_pairs = predicted_pairs = both = 0
    for doc_id, clusters in gold["documents"].items():
        key_of = {(m.start_char, m.end_char): m.entity_key for m in mentions[doc_id]}
        spans = [tuple(span) for cluster in clusters for span in cluster]
        same_gold = {frozenset(map(tuple, pair)) for c in clusters for pair in combinations(c, 2)}
        same_predicted = {
            frozenset((a, b))
            for a, b in combinations(spans, 2)
            if key_of.get(a) is not None and key_of.get(a) == key_of.get(b)
        }
        gold_pairs += len(same_gold)
        predicted_pairs += len(same_predicted)
        both += len(same_gold & same_predicted)
    print(f"within-document merges on {len(gold['documents'])} hand-checked documents:")
    print(f"  gold pairs {gold_pairs}, predicted pairs {predicted_pairs}, correct {both}")
    print(f"  precision {both / predicted_pairs:.3f}  recall {both / gold_pairs:.3f}\n")


def cross_document(mentions: dict, top: int) -> None:
    documents: Counter = Counter()
    names: dict[str, Counter] = defaultdict(Counter)
    for doc_mentions in mentions.values():
        for key in {m.entity_key for m in doc_mentions}:
            documents[key] += 1
        for m in doc_mentions:
            names[m.entity_key][m.text] += 1
    by_last_word: dict[str, list[str]] = defaultdict(list)
    for key in documents:
        by_last_word[key.split(":", 1)[1].split("-")[-1]].append(key)
    print(f"the {top} most frequent entity keys (documents; names; keys sharing the last word):")
    for key, count in documents.most_common(top):
        variants = [k for k in by_last_word[key.split(":", 1)[1].split("-")[-1]] if k != key]
        common = ", ".join(name for name, _ in names[key].most_common(4))
        print(f"  {count:4d}  {key:40s} {common}  | {', '.join(variants[:4])}")


if __name__ == "__main__":
    main()
