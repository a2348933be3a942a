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
judged rows kept by the rules -> by the rules and the score, their precision
(correct) and share at least passing, correct rows lost, documents missing an
obvious theme.
"""

from __future__ import annotations

import argparse
import math
from collections import defaultdict
from dataclasses import fields
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
FIELDS = [field.name for field in fields(Features)]
PASSING_COST = 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", default=str(OUT))
    parser.add_argument("--penalty", type=float, default=1.0, help="L2 penalty on the weights")
    parser.add_argument("--terms", default=",".join(ABOUT_TERMS), help="features to weigh")
    parser.add_argument("--passing-cost", type=float, default=PASSING_COST)
    parser.add_argument("--fit-on", default=None, help="fit on these samples, score the rest")
    parser.add_argument("--by-corpus", action="store_true", help="leave one corpus out")
    args = parser.parse_args()
    terms = args.terms.split(",")
    rows = read_jsonl(Path(args.candidates))
    if args.by_corpus:
        # Each corpus stands for a sample: the score fitted on two corpora, another scored.
        for row in rows:
            row["sample"] = row["corpus"]
            row["obvious_sample"] = row["corpus"] if row["obvious_sample"] else None
    if args.fit_on:
        fitted_on = set(args.fit_on.split(","))
        weights, threshold = fit(
            [r for r in rows if r["sample"] in fitted_on], terms, args.penalty, args.passing_cost
        )
        print(f"fitted on {args.fit_on}; {'sample':10} {'kept':>11} {'precision':>17}")
        totals = {True: [0] * 8, False: [0] * 8}
        for sample in sorted({r["sample"] for r in rows}):
            line = report(sample, rows, weights, threshold, terms)
            group = totals[sample in fitted_on]
            totals[sample in fitted_on] = [a + b for a, b in zip(group, line, strict=True)]
        report_line("fitted on", totals[True])
        report_line("not", totals[False])
        return
    samples = sorted({r["sample"] for r in rows})
    print(f"{'left out':10} {'kept':>11} {'precision':>17} {'passing+':>17} lost  missing")
    totals: dict[str, list] = defaultdict(lambda: [0] * 8)
    for sample in samples:
        fitted = [r for r in rows if r["sample"] != sample]
        weights, threshold = fit(fitted, terms, args.penalty, args.passing_cost)
        line = report(sample, rows, weights, threshold, terms)
        for index, value in enumerate(line):
            totals["all"][index] += value
    report_line("all", totals["all"])
    weights, threshold = fit(rows, terms, args.penalty, args.passing_cost)
    print("\nfitted on all samples:")
    report("all", rows, weights, threshold, terms)
    print(f"  ABOUT_BIAS = {weights[0]:.3f}, ABOUT_THRESHOLD = {threshold:.3f}")
    for term, weight in zip(terms, weights[1:], strict=True):
        print(f'  "{term}": {weight:.3f},')


def matrix(rows: list[dict], terms: list[str]) -> np.ndarray:
    found = [Features(**{name: r[name] for name in FIELDS}) for r in rows]
    return np.array([[1.0] + [TERMS[t](f) for t in terms] for f in found])


def fit(
    rows: list[dict], terms: list[str], penalty: float, passing_cost: float
) -> tuple[np.ndarray, float]:
    """Logistic weights (Newton's method, L2 penalty but on the bias) and the threshold."""
    judged = [r for r in rows if _filtered(r) and r["verdict"] is not None]
    x = matrix(judged, terms)
    y = np.array([r["verdict"] == "correct" for r in judged], dtype=float)
    w = np.zeros(x.shape[1])
    ridge = penalty * np.eye(x.shape[1])
    ridge[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + ridge @ w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + ridge
        w -= np.linalg.solve(hessian, gradient)
    p = 1.0 / (1.0 + np.exp(-x @ w))
    costs = {"correct": -1.0, "passing": passing_cost, "wrong": 1.0}
    cost = np.array([costs[r["verdict"]] for r in judged])
    best, threshold = 0.0, 0.0
    for t in sorted(set(np.round(p, 3))):
        gain = -cost[p >= t].sum()
        if gain > best:
            best, threshold = gain, float(t)
    return w, threshold


def keeps(rows: list[dict], weights: np.ndarray, threshold: float, terms: list[str]) -> list[bool]:
    """Whether each row is kept: assigned by the rules, with a score over the threshold."""
    kept = [r for r in rows if r.get("rules")]
    p = iter(1.0 / (1.0 + np.exp(-matrix(kept, terms) @ weights)))
    return [bool(r.get("rules") and (next(p) >= threshold or not _filtered(r))) for r in rows]


def _filtered(row: dict) -> bool:
    """Whether the score decides on this row: kept by the rules, not the document's best."""
    return bool(row.get("rules")) and row["rank"] > 0


def report(sample: str, rows, weights, threshold, terms) -> list[int]:
    """Print and return, before and after, the judged rows of ``sample`` (``all``: of every
    sample) kept, correct and at least passing, and the documents missing an obvious theme."""
    kept = keeps(rows, weights, threshold, terms)
    line = [0] * 8
    for row, keep in zip(rows, kept, strict=True):
        if row["verdict"] is None or sample not in ("all", row["sample"]):
            continue
        if row.get("rules"):
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
            flags[0] |= not row.get("rules")
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
