"""How much extraction adds to spaCy's parse, per extractor, on real news.

    .venv/bin/python bench/extraction_overhead.py [--corpus PATH] [--limit N]

Parses the articles with ``nlp.pipe`` (one process), then runs each extractor on
the parsed documents and prints seconds and the share of parse time.
"""

from __future__ import annotations

import argparse
import json
import time
from itertools import islice
from pathlib import Path

from core.settings import DEFAULT_MODEL
from tasks.entities import extract_entities
from tasks.keyphrases import extract_keyphrases
from tasks.nlp import load_model
from tasks.quotes import extract_quotes
from tasks.themes import extract_themes, tag_titles, theme_matcher

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc_news.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=1000)
    args = parser.parse_args()
    with open(args.corpus, encoding="utf-8") as handle:
        records = [json.loads(line) for line in islice(handle, args.limit)]
    texts = [r["text"] for r in records]
    titles = [r.get("title") for r in records]
    nlp = load_model(DEFAULT_MODEL)
    matcher = theme_matcher(nlp)

    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    parse = time.perf_counter() - started

    started = time.perf_counter()
    entities = [extract_entities(doc, str(i)) for i, doc in enumerate(docs)]
    t_entities = time.perf_counter() - started
    started = time.perf_counter()
    for i, (doc, mentions) in enumerate(zip(docs, entities, strict=True)):
        extract_quotes(doc, str(i), mentions)
    t_quotes = time.perf_counter() - started
    started = time.perf_counter()
    tagged_titles = tag_titles(nlp, titles, texts)
    for i, (doc, title) in enumerate(zip(docs, tagged_titles, strict=True)):
        extract_themes(doc, str(i), matcher, title)
    t_themes = time.perf_counter() - started
    started = time.perf_counter()
    for i, (text, title) in enumerate(zip(texts, titles, strict=True)):
        extract_keyphrases(text, str(i), title)
    t_keyphrases = time.perf_counter() - started

    n_chars = sum(map(len, texts))
    print(f"corpus: {args.corpus.name}, {len(texts)} articles, {n_chars:,} characters")
    rate = len(texts) / parse
    print(f"spaCy parse ({DEFAULT_MODEL}, 1 process): {parse:7.2f} s  {rate:7.1f} docs/s")
    timings = (
        ("entities", t_entities),
        ("quotes", t_quotes),
        ("themes (with titles)", t_themes),
        ("keyphrases", t_keyphrases),
    )
    for name, seconds in timings:
        print(f"{name:>28}: {seconds:7.2f} s  {seconds / parse:7.1%} of parse")


if __name__ == "__main__":
    main()
