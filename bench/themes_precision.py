"""Score themes against the hand-judged verdicts: precision of assigned themes
(bench/data/themes_judged.jsonl) and documents missing a theme they plainly have
(bench/data/theme_docs_judged.jsonl).

    .venv/bin/python bench/themes_precision.py [--sample S,…] [--corpus C] [--patterns] [--themes]

The judged documents are extracted again with the current code. Precision counts
the judged (document, theme) rows still assigned: ``correct`` over all of them,
and "at least passing". Rows assigned now but never judged are counted, so that
a change adding themes shows what is left to judge; the known-wrong rows still
assigned are listed. ``--themes`` gives each theme's judged record (the themes to
make stricter first), ``--patterns`` each pattern's: the documents it is evidence in
and its judged precision. ``--sample`` takes one sample or several, comma-separated
(``--sample tune,fresh,held``: the judged record over all the samples tuned on).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from judging import DATA, judged_extractions, read_jsonl, share


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", default=None, help="a sample, or several comma-separated")
    parser.add_argument("--corpus", default=None)
    parser.add_argument("--patterns", action="store_true", help="judged precision per pattern")
    parser.add_argument("--themes", action="store_true", help="judged precision per theme")
    args = parser.parse_args()

    samples = set(args.sample.split(",")) if args.sample else None

    def chosen(v: dict) -> bool:
        in_sample = samples is None or v["sample"] in samples
        return in_sample and args.corpus in (None, v["corpus"])

    themes = [v for v in read_jsonl(DATA / "themes_judged.jsonl") if chosen(v)]
    documents = [v for v in read_jsonl(DATA / "theme_docs_judged.jsonl") if chosen(v)]
    matches = theme_matches(themes + documents)
    assigned = {key: set(found) for key, found in matches.items()}
    score_precision(themes, assigned)
    score_missing(documents, assigned)
    if args.themes:
        score_themes(themes, assigned)
    if args.patterns:
        score_patterns(themes, matches)


def theme_matches(verdicts: list[dict]) -> dict[tuple[str, str], dict[str, object]]:
    """``{(corpus, doc): {theme: ThemeMatch}}`` assigned now to every judged document."""
    names: dict[str, set[str]] = defaultdict(set)
    for verdict in verdicts:
        names[verdict["corpus"]].add(verdict["doc"])
    found = {}
    for corpus, docs in sorted(names.items()):
        for name, (_, extracted) in judged_extractions(corpus, docs).items():
            found[(corpus, name)] = {t.theme: t for t in extracted.themes}
    return found


def score_themes(verdicts: list[dict], assigned: dict[tuple[str, str], set[str]]) -> None:
    tallies: dict[str, Counter] = defaultdict(Counter)
    for verdict in verdicts:
        if verdict["theme"] in assigned.get((verdict["corpus"], verdict["doc"]), set()):
            tallies[verdict["theme"]][verdict["verdict"]] += 1
    print("\njudged rows still assigned, per theme (correct/passing/wrong, precision):")
    ranked = sorted(tallies.items(), key=lambda kv: (kv[1]["correct"] / kv[1].total(), kv[0]))
    for theme, tally in ranked:
        print(
            f"  {theme:32} {tally['correct']}/{tally['passing']}/{tally['wrong']}  "
            f"{share(tally['correct'], tally.total())}"
        )


def score_patterns(verdicts: list[dict], matches: dict) -> None:
    """Each pattern (as the text writes it) of each theme still assigned: the documents
    it is evidence in, and the judged rows among them (correct/passing/wrong, precision).
    The patterns that misfire come first."""
    tallies: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for found in matches.values():
        for theme, match in found.items():
            for word in {e.text.lower() for e in match.evidence}:
                tallies[(theme, word)]["documents"] += 1
    for verdict in verdicts:
        match = matches.get((verdict["corpus"], verdict["doc"]), {}).get(verdict["theme"])
        if match is None:
            continue
        for word in {e.text.lower() for e in match.evidence}:
            tallies[(verdict["theme"], word)][verdict["verdict"]] += 1
    print(
        "\neach pattern's evidence (theme, evidence: documents it is evidence in; judged "
        "correct/passing/wrong, precision):"
    )
    ranked = sorted(
        tallies.items(), key=lambda item: (-item[1]["wrong"], -item[1]["passing"], item[0])
    )
    for (theme, word), tally in ranked:
        judged = tally["correct"] + tally["passing"] + tally["wrong"]
        print(
            f"  {theme:28} {word:24} {tally['documents']:3}  "
            f"{tally['correct']}/{tally['passing']}/{tally['wrong']}  "
            f"{share(tally['correct'], judged)}"
        )


def score_precision(verdicts: list[dict], assigned: dict[tuple[str, str], set[str]]) -> None:
    by_corpus: dict[str, Counter] = defaultdict(Counter)
    wrong = []
    for verdict in verdicts:
        kept = verdict["theme"] in assigned.get((verdict["corpus"], verdict["doc"]), set())
        tally = by_corpus[verdict["corpus"]]
        tally["judged"] += 1
        if kept:
            tally[verdict["verdict"]] += 1
            tally["kept"] += 1
            if verdict["verdict"] == "wrong":
                wrong.append(f"{verdict['corpus']}/{verdict['doc']}: {verdict['theme']}")
        else:
            tally[f"dropped {verdict['verdict']}"] += 1
    judged_pairs = {(v["corpus"], v["doc"], v["theme"]) for v in verdicts}
    unjudged = sum(
        (corpus, doc, theme) not in judged_pairs
        for (corpus, doc), themes in assigned.items()
        for theme in themes
        if any(v["corpus"] == corpus and v["doc"] == doc for v in verdicts)
    )
    total: Counter = sum(by_corpus.values(), Counter())
    for corpus, tally in [*sorted(by_corpus.items()), ("all", total)]:
        print(
            f"{corpus:10} judged {tally['judged']:3}  still assigned {tally['kept']:3}  "
            f"precision {share(tally['correct'], tally['kept'])}  "
            f"at least passing {share(tally['correct'] + tally['passing'], tally['kept'])}  "
            f"dropped: correct {tally['dropped correct']}, passing {tally['dropped passing']}, "
            f"wrong {tally['dropped wrong']}"
        )
    print(f"themes assigned now to judged documents but not judged: {unjudged}")
    print(f"known-wrong themes still assigned ({len(wrong)}):")
    for line in wrong:
        print("  " + line)


def score_missing(verdicts: list[dict], assigned: dict[tuple[str, str], set[str]]) -> None:
    missing = []
    for verdict in verdicts:
        lacking = set(verdict["obvious"]) - assigned.get((verdict["corpus"], verdict["doc"]), set())
        if lacking:
            missing.append(f"{verdict['corpus']}/{verdict['doc']}: {', '.join(sorted(lacking))}")
    print(f"\ndocuments missing an obvious theme: {share(len(missing), len(verdicts))}")
    for line in missing:
        print("  " + line)


if __name__ == "__main__":
    main()
