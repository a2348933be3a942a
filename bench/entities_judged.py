"""Score entity mentions against the hand-judged verdicts (bench/data/entities_judged.jsonl)
and the most-named keys against bench/data/top_keys_judged.jsonl.

    .venv/bin/python bench/entities_judged.py [--sample S] [--top-keys CORPUS=WAREHOUSE ...]

Each judged mention is found again in its paragraph (by hash). A judged non-entity
is right when nothing the current code extracts overlaps it. A real entity is
scored on the extracted entity that covers most of its right span (the verdict's
``span``, found in the paragraph where it overlaps the judged mention), so a span
cut right ("Charles" where "Prince Charles" was judged) is found: it is right on
label, span or canonical name when that entity has it. ``--top-keys`` also scores a warehouse
built with the current code (``dossier run``) over a corpus: label and "one thing
per key" of its 60 most-named keys that were judged, and which are not judged yet.
"""

from __future__ import annotations

import argparse
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import duckdb
from judging import DATA, judged_extractions, locate, paragraph_at, read_jsonl, share

from tasks.entity_acronyms import LEGAL_FORMS

TOP_KEYS = 60


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", default=None, help="a sample, or several comma-separated")
    parser.add_argument("--top-keys", nargs="*", default=[], metavar="CORPUS=WAREHOUSE")
    parser.add_argument("--errors", type=int, default=25, help="errors to list")
    parser.add_argument(
        "--by-sample",
        action="store_true",
        help="also print label / span / canonical for each sample",
    )
    parser.add_argument(
        "--legal-forms-apart",
        action="store_true",
        help="also count an organisation's canonical name right when it differs from the "
        "judged one only by its trailing legal forms ('Chrysler Corp' for 'Chrysler')",
    )
    args = parser.parse_args()
    samples = set(args.sample.split(",")) if args.sample else None
    verdicts = [
        v
        for v in read_jsonl(DATA / "entities_judged.jsonl")
        if samples is None or v["sample"] in samples
    ]
    score_mentions(verdicts, args.errors, args.legal_forms_apart, args.by_sample)
    for pair in args.top_keys:
        corpus, warehouse = pair.split("=", 1)
        score_top_keys(corpus, Path(warehouse))


def normal(name: str | None) -> str:
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()
    words = text.casefold().replace("’", "'").split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _without_legal_forms(name: str) -> str:
    """``normal(name)`` without its trailing legal forms, commas and stops (for
    --legal-forms-apart: the judges keep or leave out a company's legal form as the
    text writes it, not by one rule, the same company judged "Taft Broadcasting Co" in
    one sample and "Taft Broadcasting" in another, and an organisation's entity_key
    leaves the form out: the option scores the canonical name as the key reads it)."""
    words = normal(name).replace(",", " ").split()
    while len(words) > 1 and words[-1].rstrip(".") in LEGAL_FORMS:
        words.pop()
    return " ".join(words).rstrip(".")


def score_mentions(
    verdicts: list[dict], errors: int, legal_forms_apart: bool = False, by_sample: bool = False
) -> None:
    by_corpus: dict[str, list[dict]] = defaultdict(list)
    for verdict in verdicts:
        by_corpus[verdict["corpus"]].append(verdict)
    right: Counter = Counter()
    right_in: dict[str, Counter] = defaultdict(Counter)
    wrong: list[str] = []
    located = 0
    for corpus, items in sorted(by_corpus.items()):
        extractions = judged_extractions(corpus, {v["doc"] for v in items})
        for verdict in items:
            document, extracted = extractions[verdict["doc"]]
            at = locate(
                document.text, verdict["paragraph_sha"], verdict["mention"], verdict["occurrence"]
            )
            if at is None:
                continue
            located += 1
            right_in[verdict["sample"]]["located"] += 1
            start, end = at, at + len(verdict["mention"])
            if verdict["is_entity"]:
                start, end = _right_span(document.text, verdict["span"], start, end)
            # A judged non-entity is wrong while any part of it is still extracted
            # ("Camera" left of "Multiplayer Camera").
            found = _covering(extracted.entities[0], start, end)
            marks = _judge(verdict, found, legal_forms_apart)
            right.update(name for name, ok in marks.items() if ok)
            right_in[verdict["sample"]].update(name for name, ok in marks.items() if ok)
            if not all(marks.values()):
                wrong.append(_describe(verdict, found, marks))
    print(f"entity mentions judged: {len(verdicts)}, found again in their paragraph: {located}")
    for name in ("label", "span", "canonical", "all three"):
        print(f"  {name:10} {share(right[name], located)}")
    if by_sample:
        print("  by sample (label / span / canonical of located):")
        for sample, counts in sorted(right_in.items()):
            figures = " / ".join(str(counts[name]) for name in ("label", "span", "canonical"))
            print(f"    {sample:8} {figures} of {counts['located']}")
    non_entities = [v for v in verdicts if not v["is_entity"]]
    print(f"  judged non-entities: {len(non_entities)}")
    print(f"\nremaining errors (first {errors} of {len(wrong)}):")
    for line in wrong[:errors]:
        print("  " + line)


def _right_span(text: str, span: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the judged right ``span`` in the paragraph of the judged mention at
    ``start:end``: the occurrence that overlaps the mention most (the span may be part
    of the mention, "Charles" of "Prince Charles", or hold it, "Lee Ho Jun" of "Lee").
    The mention's own offsets when the span is not written there."""
    low, high = paragraph_at(text, start)
    best, best_overlap = (start, end), 0
    position = text.find(span, low, high)
    while position >= 0:
        overlap = min(end, position + len(span)) - max(start, position)
        if overlap > best_overlap:
            best, best_overlap = (position, position + len(span)), overlap
        position = text.find(span, position + 1, high)
    return best


def _covering(entities, start: int, end: int):
    """The extracted entity that covers most of ``start:end``; ``None`` when none
    overlaps it."""
    best, best_overlap = None, 0
    for entity in entities:
        overlap = min(end, entity.end_char) - max(start, entity.start_char)
        if overlap > best_overlap:
            best, best_overlap = entity, overlap
    return best


def _judge(verdict: dict, found, legal_forms_apart: bool) -> dict[str, bool]:
    if not verdict["is_entity"]:
        ok = found is None
        return {"label": ok, "span": ok, "canonical": ok, "all three": ok}
    if found is None:
        return {"label": False, "span": False, "canonical": False, "all three": False}
    marks = {
        "label": found.label == verdict["label"],
        "span": normal(found.text) == normal(verdict["span"]),
        "canonical": normal(found.canonical_name) == normal(verdict["canonical"]),
    }
    if legal_forms_apart and not marks["canonical"] and verdict["label"] == "ORG":
        marks["canonical"] = _without_legal_forms(found.canonical_name) == _without_legal_forms(
            verdict["canonical"]
        )
    marks["all three"] = all(marks.values())
    return marks


def _describe(verdict: dict, found, marks: dict[str, bool]) -> str:
    got = f"{found.text!r} {found.label} -> {found.canonical_name!r}" if found else "nothing"
    want = (
        f"{verdict['span']!r} {verdict['label']} -> {verdict['canonical']!r}"
        if verdict["is_entity"]
        else "not an entity"
    )
    bad = ",".join(name for name, ok in marks.items() if not ok and name != "all three")
    return f"[{bad}] {verdict['corpus']}/{verdict['doc']}: got {got}; want {want}"


def score_top_keys(corpus: str, warehouse: Path) -> None:
    judged = {
        v["entity_key"]: v
        for v in read_jsonl(DATA / "top_keys_judged.jsonl")
        if v["corpus"] == corpus
    }
    with duckdb.connect(str(warehouse / "dossier.duckdb"), read_only=True) as con:
        keys = con.execute(
            "select entity_key, mode(label) as label, count(distinct doc_id) as documents "
            "from entities group by 1 order by documents desc, entity_key limit ?",
            [TOP_KEYS],
        ).fetchall()
    seen = [(key, label) for key, label, _ in keys if key in judged]
    labels = sum(judged[key]["label"] == label for key, label in seen)
    one_thing = sum(bool(judged[key]["one_thing"]) for key, _ in seen)
    print(f"\ntop {TOP_KEYS} keys of {corpus} ({warehouse}): {len(seen)} judged")
    print(f"  label      {share(labels, len(seen))}")
    print(f"  one thing  {share(one_thing, len(seen))}")
    for key, label in seen:
        verdict = judged[key]
        if verdict["label"] != label or not verdict["one_thing"]:
            print(
                f"  wrong: {key} as {label}; "
                f"judged {verdict['label']}, one thing: {verdict['one_thing']}"
            )
    unjudged = [key for key, _, _ in keys if key not in judged]
    if unjudged:
        print(f"  not judged yet: {', '.join(unjudged)}")


if __name__ == "__main__":
    main()
