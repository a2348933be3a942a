"""Where the entity stage's time goes: the CPU time of each pass ``extract_entities`` calls.

    .venv/bin/python bench/entity_passes.py [--corpus PATH] [--limit N] [--repeats R]
        [--inside FUNCTION] [--top K]

Parses free BBC News stories (lines whose 1-based number is not one of the held-out
residues mod 30 of ``themes_reuters.HELD_RESIDUES``) once, then runs
``tasks.entities.extract_entities`` over them, each named function it calls (or, with
``--inside``, that a function of ``tasks.entities`` calls, e.g. ``_candidates``) timed by
a wrapper put in the module's namespace. A pass's time includes the passes it calls;
a wrapped call inside another is not counted twice. Each repeat starts the Docs' views
and the ``re`` module's cache afresh, as ``extraction_overhead.py`` does.

It prints, per pass, its calls, its median CPU milliseconds per 100 documents, its
share of the entity stage and of the parse. The wrapper costs about a microsecond per
call: a pass called once per mention (hundreds of calls per 100 documents) reads a
little high, and the stage's total, printed first unwrapped, is the figure to trust.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import json
import re
import statistics
import time
import types
from collections.abc import Callable
from pathlib import Path

from themes_reuters import HELD_RESIDUES

import tasks.entities as entities
from core.settings import DEFAULT_MODEL
from tasks.nlp import fresh_views, load_model

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc_news.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=150)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--inside", default="extract_entities")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    texts = free_texts(args.corpus, args.limit)
    nlp = load_model(DEFAULT_MODEL)
    started = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=64))
    parse = time.process_time() - started

    def run() -> None:
        for index, doc in enumerate(docs):
            entities.extract_entities(doc, str(index))

    warm_up(run, docs, texts)
    stage = statistics.median(timed_runs(run, docs, texts, args.repeats))
    per_100 = 100 / len(docs)
    print(f"{len(docs)} free stories of {args.corpus.name}; parse {parse:.2f} s CPU")
    print(
        f"entity stage, unwrapped: {stage * per_100 * 1000:.1f} ms per 100 documents, "
        f"{stage / parse:.1%} of the parse"
    )
    times, calls = wrap_passes(args.inside)
    warm_up(run, docs, texts)
    for name in times:
        times[name].clear()
        calls[name] = 0
    timed_runs(run, docs, texts, args.repeats)
    print(
        f"passes called by {args.inside}: calls and CPU ms per 100 documents, "
        "share of the stage, of the parse"
    )
    rows = sorted(times.items(), key=lambda item: -sum(item[1]))
    for name, seconds in rows[: args.top]:
        middle = sum(seconds) / args.repeats
        count = calls[name] / args.repeats * per_100
        print(
            f"{name:>34} {count:8.0f} {middle * per_100 * 1000:8.1f} "
            f"{middle / stage:7.1%} {middle / parse:7.2%}"
        )


def free_texts(corpus: Path, limit: int) -> list[str]:
    """The texts of the first ``limit`` lines of ``corpus`` outside the held-out residues."""
    texts = []
    with open(corpus, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if number % 30 in HELD_RESIDUES:
                continue
            texts.append(json.loads(line)["text"])
            if len(texts) == limit:
                break
    return texts


def warm_up(run: Callable[[], None], docs: list, texts: list[str]) -> None:
    """One untimed run: the curated lists and the alias table load."""
    fresh_views(docs, texts)
    run()


def timed_runs(run: Callable[[], None], docs: list, texts: list[str], repeats: int) -> list[float]:
    """CPU seconds of ``repeats`` runs, each over fresh views."""
    seconds = []
    for _ in range(repeats):
        fresh_views(docs, texts)
        re.purge()
        started = time.process_time()
        run()
        seconds.append(time.process_time() - started)
    return seconds


def called_names(function: Callable) -> set[str]:
    """The names ``function``'s body calls directly (``name(...)``), nested functions' too."""
    tree = ast.parse(inspect.getsource(function).lstrip())
    return {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }


def wrap_passes(inside: str) -> tuple[dict[str, list[float]], dict[str, int]]:
    """Put a timing wrapper in ``tasks.entities`` for each function ``inside`` calls;
    return the seconds each records, per call, and the calls."""
    times: dict[str, list[float]] = {}
    calls: dict[str, int] = {}
    depth = [0]

    def wrapper(name: str, function: Callable) -> Callable:
        def timed(*args, **kwargs):
            calls[name] += 1
            if depth[0]:
                return function(*args, **kwargs)
            depth[0] += 1
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                times[name].append(time.process_time() - started)
                depth[0] -= 1

        return timed

    for name in sorted(called_names(getattr(entities, inside)) - {inside}):
        function = getattr(entities, name, None)
        if isinstance(function, types.FunctionType):
            times[name], calls[name] = [], 0
            setattr(entities, name, wrapper(name, function))
    return times, calls


if __name__ == "__main__":
    main()
