"""Fit the weights of the theme assignment's score on the judged candidates.

    .venv/bin/python bench/theme_fit.py [--candidates FILE] [--terms T,…]
        [--penalty L] [--passing-cost C] [--fit-on S,…]

Reads the candidates ``bench/theme_features.py`` wrote (one line per candidate theme
of a judged document: its features, whether the rules of ``tasks.themes`` keep it,
its verdict) and fits a logistic score of "the document is about this theme"
(``correct``) against ``passing`` and ``wrong``, on the judged candidates the rules
keep that are not their document's best theme (the best theme stays: a document
keeps its main topic). Such a candidate is kept when its score reaches the
threshold: the one that keeps the most judged correct rows less the rows not
correct (a ``passing`` row costs ``--passing-cost``, a wrong one 1) on the samples
fitted on.

For each sample it fits on all the others and scores the one left out (the honest
figures, summed on the line ``all``), then fits on all samples: the weights printed
last are the ones to copy into ``tasks/themes.py``. ``--fit-on`` fits on the samples
named and scores every sample, summed for those fitted on and the others;
``--by-corpus`` leaves one corpus out instead of one sample (web pages scored with
weights fitted on BBC and Reuters, and so on). Figures:
judged rows assigned by today's decision -> by the rules and the fitted score, their
precision (correct) and share at least passing, correct rows lost, documents missing
an obvious theme.

Variants of the learned decision, each scored against today's decision on the same
rows: ``--every`` lets the score decide on every candidate the rules keep, the best
theme too; ``--prior`` adds the term ``prior``, the logit of the theme's judged
precision on the samples fitted on (smoothed towards the mean of all themes over
``PRIOR_ROWS`` rows: a theme never judged there has the mean); ``--word-prior`` adds
``word_prior``, the same for each word of the candidate's evidence under its theme
(the lowest of them: "tried" for rugby is judged wrong wherever it is met); ``--lose C`` chooses
the threshold that drops a row only where it pays C times for each row judged correct
or named obvious (unjudged obvious themes count as correct) dropped with it, a
cautious cut.
"""

from __future__ import annotations

import argparse
import math
from collections import defaultdict
from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np
from judging import read_jsonl
from theme_features import OUT

from tasks.themes import ABOUT_TERMS, Features

# The terms the shipped score weighs (``tasks.themes.ABOUT_TERMS``), and a few more
# tried and left out; each reads the features of a candidate.
TERMS = {
    **ABOUT_TERMS,
    "log_score": lambda f: math.log(f.score),
    "best": lambda f: float(f.rank == 0),
    "paragraphs": lambda f: f.paragraphs,
    "log_rank": lambda f: math.log1p(f.rank),
    "log_matches": lambda f: math.log(f.matches),
}
# A theme's judged precision counts as the mean of all themes over this many rows.
PRIOR_ROWS = 8.0
PRIORS = ("prior", "word_prior")
FIELDS = [field.name for field in fields(Features)]
PASSING_COST = 1.0


@dataclass(frozen=True)
class Choice:
    """How the learned decision is fitted: its terms and which rows it decides on."""

    terms: tuple[str, ...]
    penalty: float = 1.0
    passing_cost: float = PASSING_COST
    every: bool = False  # decide on the best theme too
    lose: float | None = None  # cost of a correct or obvious row dropped


@dataclass(frozen=True)
class Fitted:
    weights: np.ndarray
    threshold: float
    # The logit of judged precision on the fitted rows of each theme (its id), and of
    # each word of evidence under its theme ((id, word)); the mean under "".
    priors: dict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", default=str(OUT))
    parser.add_argument("--penalty", type=float, default=1.0, help="L2 penalty on the weights")
    parser.add_argument("--terms", default=",".join(ABOUT_TERMS), help="features to weigh")
    parser.add_argument("--passing-cost", type=float, default=PASSING_COST)
    parser.add_argument("--fit-on", default=None, help="fit on these samples, score the rest")
    parser.add_argument("--by-corpus", action="store_true", help="leave one corpus out")
    parser.add_argument("--every", action="store_true", help="decide on the best theme too")
    parser.add_argument("--prior", action="store_true", help="weigh the theme's judged precision")
    parser.add_argument("--word-prior", action="store_true", help="weigh the evidence's")
    parser.add_argument("--lose", type=float, default=None, help="cost of a correct row dropped")
    args = parser.parse_args()
    choice = Choice(
        tuple(args.terms.split(","))
        + (("prior",) if args.prior else ())
        + (("word_prior",) if args.word_prior else ()),
        args.penalty,
        args.passing_cost,
        args.every,
        args.lose,
    )
    rows = read_jsonl(Path(args.candidates))
    if args.by_corpus:
        # Each corpus stands for a sample: the score fitted on two corpora, another scored.
        for row in rows:
            row["sample"] = row["corpus"]
            row["obvious_sample"] = row["corpus"] if row["obvious_sample"] else None
    if args.fit_on:
        fitted_on = set(args.fit_on.split(","))
        fitted = fit([r for r in rows if _of(r, fitted_on)], choice)
        print(f"fitted on {args.fit_on}; {'sample':10} {'kept':>11} {'precision':>17}")
        totals = {True: [0] * 8, False: [0] * 8}
        for sample in sorted({r["sample"] for r in rows}):
            line = report(sample, rows, fitted, choice)
            group = totals[sample in fitted_on]
            totals[sample in fitted_on] = [a + b for a, b in zip(group, line, strict=True)]
        report_line("fitted on", totals[True])
        report_line("not", totals[False])
        return
    samples = sorted({r["sample"] for r in rows})
    print(f"{'left out':10} {'kept':>11} {'precision':>17} {'passing+':>17} lost  missing")
    totals: dict[str, list] = defaultdict(lambda: [0] * 8)
    for sample in samples:
        fitted = fit([r for r in rows if not _of(r, {sample})], choice)
        line = report(sample, rows, fitted, choice)
        for index, value in enumerate(line):
            totals["all"][index] += value
    report_line("all", totals["all"])
    fitted = fit(rows, choice)
    print("\nfitted on all samples:")
    report("all", rows, fitted, choice)
    print(f"  ABOUT_BIAS = {fitted.weights[0]:.3f}, ABOUT_THRESHOLD = {fitted.threshold:.3f}")
    for term, weight in zip(choice.terms, fitted.weights[1:], strict=True):
        print(f'  "{term}": {weight:.3f},')


def _of(row: dict, samples: set[str]) -> bool:
    """Whether a row's verdict or its document's obvious themes are of ``samples``."""
    return row["sample"] in samples or row.get("obvious_sample") in samples


def priors(rows: list[dict]) -> dict:
    """The judged precision on ``rows`` (the rows today's decision assigns) of each
    theme and of each word of evidence under its theme, as logits, smoothed towards
    the mean of all rows over ``PRIOR_ROWS`` rows; the mean itself under ``""``."""
    judged = [r for r in rows if r["verdict"] is not None and r["assigned"]]
    mean = sum(r["verdict"] == "correct" for r in judged) / max(len(judged), 1)
    counts: dict = defaultdict(lambda: [0, 0])
    for row in judged:
        for key in [row["theme"], *((row["theme"], word) for word in set(row["evidence"]))]:
            counts[key][0] += row["verdict"] == "correct"
            counts[key][1] += 1
    found = {key: (k + PRIOR_ROWS * mean) / (n + PRIOR_ROWS) for key, (k, n) in counts.items()}
    return {key: math.log(p / (1 - p)) for key, p in {**found, "": mean}.items()}


def _prior(row: dict, term: str, prior: dict) -> float:
    """The term ``prior`` or ``word_prior`` of a row."""
    if term == "prior":
        return prior.get(row["theme"], prior[""])
    return min(prior.get((row["theme"], word), prior[""]) for word in row["evidence"] or [""])


def matrix(rows: list[dict], terms: tuple[str, ...], prior: dict) -> np.ndarray:
    found = [Features(**{name: r[name] for name in FIELDS}) for r in rows]
    return np.array(
        [
            [1.0] + [_prior(r, t, prior) if t in PRIORS else TERMS[t](f) for t in terms]
            for r, f in zip(rows, found, strict=True)
        ]
    )


def fit(rows: list[dict], choice: Choice) -> Fitted:
    """Logistic weights (Newton's method, L2 penalty but on the bias) and the threshold."""
    prior = priors(rows)
    judged = [r for r in rows if _decided(r, choice) and r["verdict"] is not None]
    x = matrix(judged, choice.terms, prior)
    y = np.array([r["verdict"] == "correct" for r in judged], dtype=float)
    w = np.zeros(x.shape[1])
    ridge = choice.penalty * np.eye(x.shape[1])
    ridge[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + ridge @ w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + ridge
        w -= np.linalg.solve(hessian, gradient)
    if choice.lose is not None:
        # Every row the cut may drop that a judge read: judged rows and obvious themes.
        judged = [r for r in rows if _decided(r, choice) and (r["verdict"] or r["obvious"])]
    p = 1.0 / (1.0 + np.exp(-matrix(judged, choice.terms, prior) @ w))
    costs = {"correct": -(choice.lose or 1.0), "passing": choice.passing_cost, "wrong": 1.0}
    cost = np.array(
        [costs["correct" if r["obvious"] and not r["verdict"] else r["verdict"]] for r in judged]
    )
    best, threshold = 0.0, 0.0
    for t in sorted(set(np.round(p, 3))):
        gain = -cost[p >= t].sum()
        if gain > best:
            best, threshold = gain, float(t)
    return Fitted(w, threshold, prior)


def keeps(rows: list[dict], fitted: Fitted, choice: Choice) -> list[bool]:
    """Whether each row is kept: by the rules, with a score over the threshold where the
    score decides; a theme assigned by the rules of the whole document (one implied by
    another, company news) stays as it is."""
    decided = [r for r in rows if _decided(r, choice)]
    p = iter(1.0 / (1.0 + np.exp(-matrix(decided, choice.terms, fitted.priors) @ fitted.weights)))
    return [
        next(p) >= fitted.threshold
        if _decided(r, choice)
        else bool(r.get("rules")) or (r["assigned"] and r.get("candidate", True))
        for r in rows
    ]


def _decided(row: dict, choice: Choice) -> bool:
    """Whether the score decides on this row: kept by the rules, not the document's
    best (``--every``: the best too)."""
    return bool(row.get("rules")) and (choice.every or row["rank"] > 0)


def report(sample: str, rows: list[dict], fitted: Fitted, choice: Choice) -> list[int]:
    """Print and return, before (today's decision) and after, the judged rows of
    ``sample`` (``all``: of every sample) kept, correct and at least passing, and the
    documents missing an obvious theme."""
    kept = keeps(rows, fitted, choice)
    line = [0] * 8
    for row, keep in zip(rows, kept, strict=True):
        if row["verdict"] is None or sample not in ("all", row["sample"]):
            continue
        if row["assigned"]:
            line[0] += 1
            line[1] += row["verdict"] == "correct"
            line[2] += row["verdict"] != "wrong"
        if keep:
            line[4] += 1
            line[5] += row["verdict"] == "correct"
            line[6] += row["verdict"] != "wrong"
    missing = defaultdict(lambda: [False, False])
    for row, keep in zip(rows, kept, strict=True):
        if row["obvious"] and sample in ("all", row["obvious_sample"]):
            flags = missing[(row["corpus"], row["doc"], row["obvious_sample"])]
            flags[0] |= not row["assigned"]
            flags[1] |= not keep
    line[3] = sum(before for before, _ in missing.values())
    line[7] = sum(after for _, after in missing.values())
    report_line(sample, line, len(missing))
    return line


def report_line(sample: str, line: list[int], documents: int | None = None) -> None:
    def share(a: int, b: int) -> str:
        return f"{a / b:.3f}" if b else "  -  "

    kept, correct, passing, missing, kept2, correct2, passing2, missing2 = line
    of = f"/{documents}" if documents is not None else ""
    print(
        f"{sample:10} {kept:4} -> {kept2:4}  {share(correct, kept)} -> {share(correct2, kept2)}"
        f"  {share(passing, kept)} -> {share(passing2, kept2)}  {correct - correct2:4}"
        f"  {missing}{of} -> {missing2}"
    )


if __name__ == "__main__":
    main()
