"""PolNeAR speaker errors on matched statements, counted by class, on one half of the articles.

    .venv/bin/python bench/polnear_speakers.py --half even [--all] [--save F] [--against F]
        [--examples CLASS] [--n N]

Extracts the chosen half of PolNeAR's articles (0-based line index even or odd) with the
current code, in this process (``tasks.extract``, as a run extracts a batch, the
parses read from the benches' parse cache, ``parse_cache.py``),
matches statements as ``dossier eval quotes`` does (30% coverage, one to one) and
scores the speaker the same way (the predicted mention overlaps the gold source, or
the resolved name's last word is a word of it; the scored figure leaves out the
statements whose gold names no source, listed as ``gold has no source``). Tune on
``even``; ``odd`` is the check half, whose errors are not to be read. Each wrong
speaker gets one class:

- ``no speaker``: the statement has no speaker mention at all;
- ``pronoun for gold name``: we point at a pronoun, the gold at a name (or a
  description) elsewhere: the pronoun was not the source the annotators chose;
- ``gold pronoun, other mention``: the gold source is a pronoun, ours another mention;
- ``mention inside statement``: our mention lies in the gold content (a subject of an
  embedded clause taken for the speaker);
- ``other sentence``: our mention and the gold source stand in different sentences
  (a continuation given to the wrong earlier speaker, or a source far from its cue);
- ``same sentence, other mention``: both in one sentence, different mentions (the
  wrong clause's subject, an object taken for the subject);
- ``name without mention``: a name with no mention in the text that does not match.

``--save F`` writes every statement's predicted speaker; ``--against F`` lists the
matched statements whose speaker verdict differs from a saved run (before → after).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from judging import CORPORA

from flows.evaluate import read_gold
from tasks.quote_eval import (
    Statement,
    gold_attributions,
    has_source,
    match_one_to_one,
    predicted_statements,
    speaker_is_right,
)

COVERAGE = 0.3
# The articles of each half: (step, offset) of ``read_gold``.
HALVES = {"even": (2, 0), "odd": (2, 1), "all": (1, 0)}
_PRONOUNS = frozenset(
    "i we you he she it they me us him her them who which that his its their our my".split()
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=CORPORA["polnear"])
    parser.add_argument("--half", choices=("even", "odd", "all"), default="even")
    parser.add_argument("--all", action="store_true", help="every attribution, not only marked")
    parser.add_argument("--save", type=Path, help="write the predictions here")
    parser.add_argument("--against", type=Path, help="list verdicts changed since this run")
    parser.add_argument("--load", type=Path, help="score these saved predictions, not a new run")
    parser.add_argument("--examples", default=None, help="print examples of this class")
    parser.add_argument("--n", type=int, default=20, help="examples to print")
    args = parser.parse_args()
    records = read_gold(args.gold, None, *HALVES[args.half])
    quotes = load_predictions(args.load) if args.load else _extract(records)
    if args.save:
        args.save.write_text(
            json.dumps({doc: [asdict(q) for q in qs] for doc, qs in quotes.items()}),
            encoding="utf-8",
        )
    before = load_predictions(args.against) if args.against else None
    for every in (False, True) if args.all else (False,):
        _report(records, quotes, every, args, before)


def load_predictions(path: Path) -> dict[str, list]:
    """``{article id: [Quote]}`` as ``--save`` wrote them."""
    from core.records import Quote

    saved = json.loads(path.read_text(encoding="utf-8"))
    return {doc: [Quote(**row) for row in rows] for doc, rows in saved.items()}


def _extract(records: list[dict]) -> dict[str, list]:
    """``{article id: [Quote]}``, extracted as a run extracts a JSON Lines record."""
    from parse_cache import extract_cached

    from core.records import Payload
    from tasks.configuration import resolve_settings
    from tasks.ingest import ingest_payloads

    documents = []
    for number, record in enumerate(records, start=1):
        line = json.dumps({"id": record["id"], "text": record["text"]})
        payload = Payload("gold.jsonl", f"gold.jsonl:{number}", "jsonl", line.encode(), len(line))
        documents += ingest_payloads([payload]).documents
    ids = {d.doc_id: str(r["id"]) for r, d in zip(records, documents, strict=True)}
    out: dict[str, list] = {article: [] for article in ids.values()}
    for quote in extract_cached(documents, resolve_settings()).quotes:
        out[ids[quote.doc_id]].append(quote)
    return out


def _report(records, quotes, every: bool, args, before) -> None:
    classes: Counter[str] = Counter()
    examples: list[str] = []
    changed: list[str] = []
    n_matched = n_right = n_before = n_sourced = 0
    for record in records:
        doc = str(record["id"])
        text = record["text"]
        pairs = gold_attributions(record, every)
        golds = [g for g, _ in pairs]
        predicted = predicted_statements(doc, quotes.get(doc, []), every)
        old = None
        if before is not None:
            old = {
                id(g): p
                for g, p in match_one_to_one(
                    golds, predicted_statements(doc, before.get(doc, []), every), COVERAGE
                )
            }
        for gold, p in match_one_to_one(golds, predicted, COVERAGE):
            n_matched += 1
            n_sourced += has_source(gold)
            right = speaker_is_right(gold, p)
            n_right += right
            if old is not None:
                was = id(gold) in old and speaker_is_right(gold, old[id(gold)])
                n_before += was
                earlier = old[id(gold)].speaker if id(gold) in old else None
                if was != right or earlier != p.speaker:
                    sign = "+" if right > was else "-" if right < was else "="
                    changed.append(
                        f"{sign} {doc}: gold {gold.source_text!r}: {earlier!r} -> "
                        f"{p.speaker!r}\n    {_context(text, gold, p)}"
                    )
            if right:
                continue
            kind = _class(text, gold, p)
            classes[kind] += 1
            if args.examples and kind.startswith(args.examples) and len(examples) < args.n:
                examples.append(
                    f"{doc}: gold {gold.source_text!r}, predicted {p.speaker!r}\n    "
                    f"{_context(text, gold, p)}"
                )
    wrong = n_matched - n_right
    label = "every attribution" if every else "quote-marked"
    print(
        f"{label} ({args.half} half): matched {n_matched}, speaker right {n_right} "
        f"= {n_right / max(n_matched, 1):.4f}, wrong {wrong}; of the {n_sourced} whose gold "
        f"names a source (the scored figure) {n_right / max(n_sourced, 1):.4f}"
    )
    if before is not None:
        print(f"  before: right {n_before}; changed verdicts or names: {len(changed)}")
        for line in changed[: args.n]:
            print("  " + line)
    for kind, count in classes.most_common():
        print(f"  {count:5d}  {kind}")
    for line in examples:
        print(line)


def _class(text: str, gold: Statement, p: Statement) -> str:
    if not p.speaker_spans:
        return "no speaker" if not p.speaker else "name without mention"
    start, end = p.speaker_spans[0]
    ours = text[start:end].casefold()
    gold_words = gold.source_text.casefold().split()
    gold_pronoun = len(gold_words) == 1 and gold_words[0] in _PRONOUNS
    if ours in _PRONOUNS and not gold_pronoun:
        return "pronoun for gold name"
    if gold_pronoun:
        return "gold pronoun, other mention"
    if any(s <= start < e for s, e in gold.spans):
        return "mention inside statement"
    if not gold.speaker_spans:
        return "gold has no source"
    g_start = gold.speaker_spans[0][0]
    between = text[min(start, g_start) : max(start, g_start)]
    if any(mark in between for mark in (". ", "\n", "? ", "! ")):
        return "other sentence"
    return "same sentence, other mention"


def _context(text: str, gold: Statement, p: Statement) -> str:
    points = [s for s, _ in gold.speaker_spans] + [s for s, _ in p.speaker_spans]
    points += [s for s, _ in gold.spans[:1]]
    lo, hi = max(0, min(points) - 60), min(len(text), max(points) + 120)
    marks = sorted(
        [(s, "⟦") for s, _ in gold.speaker_spans]
        + [(e, "⟧") for _, e in gold.speaker_spans]
        + [(s, "«") for s, _ in p.speaker_spans]
        + [(e, "»") for _, e in p.speaker_spans],
        reverse=True,
    )
    snippet = text[lo:hi]
    for at, mark in marks:
        if lo <= at <= hi:
            snippet = snippet[: at - lo] + mark + snippet[at - lo :]
    return " ".join(snippet.split())


if __name__ == "__main__":
    main()
