"""Candidate vocabulary for themes, mined from labelled news: the words and phrases
that mark the stories an editor's label files under a theme but the code does not.

    .venv/bin/python bench/theme_vocabulary.py ROWS [--theme T,…] [--top N] [--min-count C]

``ROWS`` is what ``bench/themes_reuters.py --free --save`` writes (each free labelled
story's labels and themes). For each theme, the stories whose labels map onto it
(``LABEL_THEMES``) and are not given it are the missed stories; every other story
whose labels do not map onto it is the contrast. Each word and two- or three-word
phrase (lower case, in at least ``--min-count`` missed stories) is ranked by its
log-odds of occurring in a missed story against a contrast story, divided by its
standard error (Monroe, Colaresi and Quinn's z-score with a flat prior of 0.5), so that
a phrase of a few stories does not outrank one of many. The candidates are to be read
by hand: only those that name the subject unambiguously belong in the taxonomy.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from pathlib import Path

from judging import CORPORA, read_jsonl
from themes_reuters import HELD_RESIDUES, LABEL_THEMES

_WORD = re.compile(r"[a-z][a-z\-]+")
# Function words and the wire's boilerplate and units: a phrase starting or ending
# with one names no subject ("the bank of", "said the"), so it is no candidate.
_STOP = frozenset(
    "a an the and or but of in on at to for from by with as is are was were be been has "
    "have had it its this that these those not no he she they we you i his her their our "
    "will would could should may might can said says say also than then there which who "
    "whom what when where while if so up down out over under about after before into "
    "during since until against between through per all any some more most other such "
    "only new last next first one two three four five six seven eight nine ten year "
    "years month months week weeks day today yesterday monday tuesday wednesday thursday "
    "friday saturday sunday january february march april may june july august september "
    "october november december reuter pct mln dlrs dlr billion cts vs told added".split()
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows")
    parser.add_argument("--theme", help="comma-separated themes (default: every mapped one)")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--min-count", type=int, default=5)
    args = parser.parse_args()
    rows = read_jsonl(Path(args.rows))
    texts = _texts({row["id"] for row in rows})
    grams = {name: _grams(text) for name, text in texts.items()}
    themes = sorted({t for mapped in LABEL_THEMES.values() for t in mapped})
    if args.theme:
        themes = args.theme.split(",")
    for theme in themes:
        missed, contrast = _split(rows, theme)
        print(f"\n== {theme}: {len(missed)} missed stories, {len(contrast)} contrast stories")
        for term, z, in_missed, in_contrast in ranked_terms(
            [grams[n] for n in missed], [grams[n] for n in contrast], args.min_count
        )[: args.top]:
            print(f"  {z:6.1f} {in_missed:4} {in_contrast:5}  {term}")


def _split(rows: list[dict], theme: str) -> tuple[list[str], list[str]]:
    """The names of the stories labelled for ``theme`` but not given it, and of the
    stories no label of which maps onto it."""
    missed, contrast = [], []
    for row in rows:
        if any(theme in LABEL_THEMES.get(label, ()) for label in row["labels"]):
            if theme not in row["themes"]:
                missed.append(row["id"])
        else:
            contrast.append(row["id"])
    return missed, contrast


def ranked_terms(
    missed: list[set[str]], contrast: list[set[str]], min_count: int
) -> list[tuple[str, float, int, int]]:
    """``(term, z, missed stories with it, contrast stories with it)``, best first, for
    each term in at least ``min_count`` of the ``missed`` stories' term sets."""
    in_missed = Counter(term for terms in missed for term in terms)
    in_contrast = Counter(term for terms in contrast for term in terms)
    ranked = []
    for term, a in in_missed.items():
        if a < min_count:
            continue
        b = in_contrast[term]
        a_odds = (a + 0.5) / (len(missed) - a + 0.5)
        b_odds = (b + 0.5) / (len(contrast) - b + 0.5)
        variance = 1 / (a + 0.5) + 1 / (b + 0.5)
        ranked.append((term, math.log(a_odds / b_odds) / math.sqrt(variance), a, b))
    return sorted(ranked, key=lambda item: -item[1])


def _grams(text: str) -> set[str]:
    """The lower-case words and two- and three-word phrases of ``text`` that neither
    start nor end with a word of ``_STOP``."""
    words = _WORD.findall(text.lower())
    grams = {tuple(words[i : i + size]) for size in (1, 2, 3) for i in range(len(words) - size + 1)}
    return {" ".join(gram) for gram in grams if gram[0] not in _STOP and gram[-1] not in _STOP}


def _texts(names: set[str]) -> dict[str, str]:
    """Title and text of each named free story of Reuters-21578 (the held-out lines
    are skipped unread)."""
    texts = {}
    with open(CORPORA["reuters"], encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if number % 30 in HELD_RESIDUES:
                continue
            record = json.loads(line)
            if record["id"] in names:
                texts[record["id"]] = f"{record.get('title') or ''}\n{record['text']}"
    return texts


if __name__ == "__main__":
    main()
