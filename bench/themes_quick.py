"""A quick, in-process version of ``bench/themes_bbc.py``: the top subject of every
``--step``-th BBC article against its editorial category.

    .venv/bin/python bench/themes_quick.py [--step N]

The articles (every 7th by default: about 320 over the five categories, in the
corpus order) are ingested the way ``dossier run`` ingests them and extracted with
``tasks.extract`` (the parses from the benches' ``parse_cache``) and default settings,
without Prefect or a warehouse. The top subject is the parent with the highest summed
theme score, as in the ``document_subjects`` view; the category mapping is the one of
``bench/themes_bbc.py``. Use it while tuning; report ``bench/themes_bbc.py``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict

from judging import CORPORA, corpus_documents
from themes_bbc import CATEGORY_SUBJECTS, print_agreement


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", type=int, default=7)
    args = parser.parse_args()
    from parse_cache import extract_cached

    from tasks.configuration import resolve_settings

    categories: dict[str, str] = {}
    with open(CORPORA["bbc"], encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number % args.step == 0:
                record = json.loads(line)
                categories[record["id"]] = record["category"]
    found = dict(corpus_documents("bbc", set(categories)))
    extracted = extract_cached(list(found.values()), resolve_settings())
    totals: dict[str, Counter] = defaultdict(Counter)
    for theme in extracted.themes:
        totals[theme.doc_id][theme.parent] += theme.score
    confusion: Counter = Counter()
    for name, document in found.items():
        scores = totals.get(document.doc_id)
        top = scores.most_common(1)[0][0] if scores else None
        confusion[(categories[name], top)] += 1
    print(f"BBC articles (every {args.step}th): {len(found)}")
    print_agreement(confusion)
    for category, subject in CATEGORY_SUBJECTS.items():
        row = {s: c for (cat, s), c in confusion.items() if cat == category}
        total = sum(row.values())
        ranked = sorted(row.items(), key=lambda item: -item[1])
        others = ", ".join(f"{s or 'none'} {c}" for s, c in ranked if s != subject)
        print(f"  {category:14} {row.get(subject, 0):3}/{total:3}  others: {others}")


if __name__ == "__main__":
    main()
