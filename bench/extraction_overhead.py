"""How much extraction adds to spaCy's parse, per extractor, on real news.

    .venv/bin/python bench/extraction_overhead.py [--corpus PATH] [--limit N]
        [--repeats R] [--parse-repeats P] [--against DIR [--rounds K]]

Parses the articles with ``nlp.pipe`` (one process) ``P`` times, keeping the first
parse, then runs each extractor over those parsed documents once untimed (warm-up:
the alias table, the matcher, the curated lists load) and ``R`` times timed. Every
figure is CPU time of this process (``time.process_time``), not wall time: on a
machine loaded by others wall time counts their work too. It prints, per extractor,
the median share of the median parse and the lowest and highest share of the repeats.

Shares of one code still move between runs (the parse itself varies), so to compare
two codes run them alternately: ``--against DIR`` (another checkout, e.g. an
exported older commit) saves the parse and, ``K`` rounds in turn, times the
extractors of this checkout and of ``DIR``, each in a subprocess that imports its own
``tasks`` over the same parsed documents. It prints both codes' medians and the
median ratio of their times, round by round.

Timed warm over the same documents, a per-process cache keyed on a name is hit in
every repeat after the first; in a run each document is new. Keep caches to what a
run also has hot (curated lists, per-document work) or the figure flatters them.
What ``tasks.nlp`` keeps per Doc (its text, its attribute arrays) is started afresh
before each repeat, with the text the parse hands over in a run, and so is the ``re``
module's cache of compiled patterns: a pattern built from a document's names is
compiled anew for each new document in a run, not found compiled from the last repeat.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from itertools import islice
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc_news.jsonl"
HERE = Path(__file__).resolve().parents[1]
EXTRACTORS = ("entities", "quotes", "themes (with titles)", "keyphrases")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=5, help="timed runs of each extractor")
    parser.add_argument("--parse-repeats", type=int, default=3, help="timed parses")
    parser.add_argument("--against", type=Path, help="another checkout to compare with")
    parser.add_argument("--rounds", type=int, default=3, help="alternations with --against")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    texts, titles = read_corpus(args.corpus, args.limit)
    if args.worker is not None:
        print(json.dumps(worker(args.worker, texts, titles, args.repeats)))
        return
    from core.settings import DEFAULT_MODEL
    from tasks.nlp import load_model

    nlp = load_model(DEFAULT_MODEL)
    docs, parses = timed_parses(nlp, texts, args.parse_repeats)
    parse = statistics.median(parses)
    n_chars = sum(map(len, texts))
    print(f"corpus: {args.corpus.name}, {len(texts)} articles, {n_chars:,} characters")
    print(
        f"spaCy parse ({DEFAULT_MODEL}, 1 process, CPU): median {parse:.2f} s of "
        f"{len(parses)} ({min(parses):.2f}-{max(parses):.2f}), {len(texts) / parse:.1f} docs/s"
    )
    if args.against is None:
        times = time_extractors(nlp, docs, texts, titles, args.repeats)
        print(f"extractors, CPU, {args.repeats} warm repeats: median share [lowest-highest]")
        for name in EXTRACTORS:
            print(f"{name:>22}: {share_line(times[name], parse)}")
        return
    compare(args, docs, parse)


def read_corpus(path: Path, limit: int) -> tuple[list[str], list[str | None]]:
    """The first ``limit`` articles' texts and titles."""
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(line) for line in islice(handle, limit)]
    return [r["text"] for r in records], [r.get("title") for r in records]


def timed_parses(
    nlp: Language, texts: Sequence[str], repeats: int
) -> tuple[list[Doc], list[float]]:
    """The first parse's documents and the CPU seconds of each of ``repeats`` parses."""
    docs: list[Doc] = []
    seconds = []
    for _ in range(max(repeats, 1)):
        started = time.process_time()
        parsed = list(nlp.pipe(texts, batch_size=64))
        seconds.append(time.process_time() - started)
        docs = docs or parsed
    return docs, seconds


def extractor_runs(
    nlp: Language, docs: Sequence[Doc], texts: Sequence[str], titles: Sequence[str | None]
) -> dict[str, Callable[[], object]]:
    """One callable per extractor, running it over every document (entities first:
    quotes take the entity records)."""
    from tasks.entities import extract_entities
    from tasks.keyphrases import extract_keyphrases
    from tasks.quotes import extract_quotes
    from tasks.themes import extract_themes, tag_titles, theme_matcher

    matcher = theme_matcher(nlp)
    entities: list = []

    def run_entities() -> None:
        entities[:] = [extract_entities(doc, str(i)) for i, doc in enumerate(docs)]

    def run_quotes() -> None:
        for i, (doc, mentions) in enumerate(zip(docs, entities, strict=True)):
            extract_quotes(doc, str(i), mentions)

    def run_themes() -> None:
        tagged = tag_titles(nlp, titles, texts)
        for i, (doc, title) in enumerate(zip(docs, tagged, strict=True)):
            extract_themes(doc, str(i), matcher, title)

    def run_keyphrases() -> None:
        for i, (text, title) in enumerate(zip(texts, titles, strict=True)):
            extract_keyphrases(text, str(i), title)

    runs = (run_entities, run_quotes, run_themes, run_keyphrases)
    return dict(zip(EXTRACTORS, runs, strict=True))


def time_extractors(
    nlp: Language,
    docs: Sequence[Doc],
    texts: Sequence[str],
    titles: Sequence[str | None],
    repeats: int,
) -> dict[str, list[float]]:
    """CPU seconds of each extractor over ``docs``, per repeat, after one warm-up run."""
    runs = extractor_runs(nlp, docs, texts, titles)
    for run in runs.values():
        run()
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeats):
        fresh_views(docs, texts)
        for name, run in runs.items():
            re.purge()
            started = time.process_time()
            run()
            times[name].append(time.process_time() - started)
    return times


def fresh_views(docs: Sequence[Doc], texts: Sequence[str]) -> None:
    """Forget what the extractors built of each Doc (its text view, its attribute
    arrays) and keep only its text, as a run's parse hands it over: each timed repeat
    then builds once per document what a run builds once per new document, not
    nothing. A checkout without per-Doc views has nothing to forget."""
    try:
        from tasks.nlp import fresh_views as start_afresh
    except ImportError:
        return
    start_afresh(docs, texts)


def share_line(seconds: Sequence[float], parse: float) -> str:
    """``median s  median% [lowest%-highest%]`` of ``seconds`` against ``parse``."""
    middle = statistics.median(seconds)
    return (
        f"{middle:6.2f} s  {middle / parse:6.1%} [{min(seconds) / parse:.1%}-"
        f"{max(seconds) / parse:.1%}]"
    )


def worker(saved: Path, texts: Sequence[str], titles: Sequence[str | None], repeats: int) -> dict:
    """The extractor times of the checkout this process imports ``tasks`` from, over
    the documents saved at ``saved``."""
    from core.settings import DEFAULT_MODEL
    from tasks.nlp import load_model

    nlp = load_model(DEFAULT_MODEL)
    docs = list(DocBin().from_disk(saved).get_docs(nlp.vocab))
    return time_extractors(nlp, docs, texts, titles, repeats)


def compare(args: argparse.Namespace, docs: Sequence[Doc], parse: float) -> None:
    """Time this checkout and ``args.against`` alternately, each in its own process."""
    trees = {"this": HERE, "against": args.against.resolve()}
    times: dict[str, dict[str, list[float]]] = {t: {n: [] for n in EXTRACTORS} for t in trees}
    with tempfile.TemporaryDirectory() as folder:
        saved = Path(folder) / "docs.spacy"
        DocBin(store_user_data=True, docs=docs).to_disk(saved)
        for round_ in range(args.rounds):
            # Alternate which goes first, so that a drift of the load hits both alike.
            order = list(trees) if round_ % 2 == 0 else list(reversed(trees))
            for tree in order:
                found = run_worker(trees[tree], saved, args)
                for name in EXTRACTORS:
                    times[tree][name] += found[name]
    print(
        f"extractors, CPU, {args.rounds} alternating rounds x {args.repeats} warm repeats: "
        f"median share [lowest-highest]"
    )
    for name in EXTRACTORS:
        this, against = times["this"][name], times["against"][name]
        ratios = [t / a for t, a in zip(this, against, strict=True)]
        print(f"{name:>22}:   this {share_line(this, parse)}")
        print(f"{'':>22}against {share_line(against, parse)}")
        print(f"{'':>22}this / against, median of pairs: {statistics.median(ratios):.3f}")


def run_worker(tree: Path, saved: Path, args: argparse.Namespace) -> dict[str, list[float]]:
    """Run this file as a worker importing ``tasks`` from ``tree`` (with its own
    ``.venv`` when it has one)."""
    python = tree / ".venv" / "bin" / "python"
    command = [str(python if python.exists() else sys.executable), __file__]
    command += ["--worker", str(saved), "--corpus", str(args.corpus)]
    command += ["--limit", str(args.limit), "--repeats", str(args.repeats)]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


if __name__ == "__main__":
    main()
