"""Themes against Reuters-21578's own topic labels: an automatic check of precision
and recall for the themes those labels map onto.

    .venv/bin/python bench/themes_reuters.py [--step N]

Every ``--step``-th of the first 3,000 stories (every 3rd by default: 1,000 stories)
is ingested the way ``dossier run`` ingests it and extracted with
``tasks.extract.extract_documents`` and default settings, without Prefect or a
warehouse. For each label of ``TOPIC_THEMES`` (earn, acq, crude, grain, interest,
money-fx, trade, ship) it prints:

- recall: the share of the stories with that label given one of its themes;

and for each of those themes:

- precision: the share of the stories given the theme that carry one of the
  labels it stands for (``THEME_LABELS``: commodities stand for every crop, metal
  and livestock label, not only ``grain``). Stories with no label at all are left
  out: Reuters left many stories unlabelled, so they say nothing either way.

The labels are the editors' own; they are coarser than the themes (``interest``
covers a central bank's rate and a bank's prime rate), so the figures are a check
that moves with a change, not a judged precision: report
``bench/themes_precision.py`` for that.
"""

from __future__ import annotations

import argparse
import json
from itertools import islice

from judging import CORPORA, REUTERS_LIMIT, corpus_documents, share

# Reuters-21578 topic -> the themes a reader filing the story would accept for it.
TOPIC_THEMES: dict[str, frozenset[str]] = {
    "earn": frozenset({"corporate_results"}),
    "acq": frozenset({"mergers_acquisitions"}),
    "crude": frozenset({"energy_oil"}),
    "grain": frozenset({"commodities_mining", "agriculture_food_industry"}),
    "interest": frozenset({"macroeconomy", "banking"}),
    "money-fx": frozenset({"currencies", "markets"}),
    "trade": frozenset({"trade"}),
    "ship": frozenset({"shipping_logistics"}),
}
# Theme -> the Reuters-21578 labels a story given that theme may rightly carry.
_CROPS = frozenset(
    "grain wheat corn barley oat rye rice sorghum oilseed soybean rapeseed sunseed groundnut "
    "linseed veg-oil palm-oil soy-oil sun-oil rape-oil lin-oil groundnut-oil palmkernel "
    "meal-feed soy-meal rape-meal copra-cake fishmeal cornglutenfeed citruspulp tapioca "
    "sugar coffee cocoa tea cotton rubber orange potato red-bean wool livestock carcass hog "
    "l-cattle".split()
)
_METALS = frozenset(
    "gold silver platinum palladium copper tin zinc lead nickel alum iron-steel "
    "strategic-metal".split()
)
THEME_LABELS: dict[str, frozenset[str]] = {
    "corporate_results": frozenset({"earn"}),
    "mergers_acquisitions": frozenset({"acq"}),
    "energy_oil": frozenset({"crude", "nat-gas", "gas", "fuel", "heat", "propane", "pet-chem"}),
    "commodities_mining": _CROPS | _METALS,
    "agriculture_food_industry": _CROPS,
    "macroeconomy": frozenset(
        {"interest", "gnp", "cpi", "wpi", "money-supply", "jobs", "ipi", "bop", "retail"}
        | {"housing", "income", "instal-debt", "lei", "reserves", "trade"}
    ),
    "banking": frozenset({"interest", "money-supply", "reserves"}),
    # A country's foreign exchange reserves are its currency holdings.
    "currencies": frozenset({"money-fx", "dlr", "yen", "dmk", "dfl", "saudriyal", "reserves"}),
    "markets": frozenset({"money-fx", "dlr", "yen", "dmk", "dfl", "interest"}),
    "trade": frozenset({"trade", "bop"}),
    "shipping_logistics": frozenset({"ship"}),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", type=int, default=3)
    args = parser.parse_args()
    from tasks.configuration import resolve_settings
    from tasks.extract import extract_documents

    topics: dict[str, set[str]] = {}
    with open(CORPORA["reuters"], encoding="utf-8") as handle:
        for number, line in enumerate(islice(handle, REUTERS_LIMIT)):
            if number % args.step == 0:
                record = json.loads(line)
                topics[record["id"]] = set(record.get("topics") or [])
    found = dict(corpus_documents("reuters", set(topics)))
    extracted = extract_documents(list(found.values()), resolve_settings())
    names = {document.doc_id: name for name, document in found.items()}
    themes: dict[str, set[str]] = {name: set() for name in found}
    for theme in extracted.themes:
        themes[names[theme.doc_id]].add(theme.theme)
    print(score(topics, themes))


def score(topics: dict[str, set[str]], themes: dict[str, set[str]]) -> str:
    """The table of recall per mapped label and precision per mapped theme;
    ``topics`` and ``themes`` map each story to its labels and assigned themes."""
    labelled = [name for name in themes if topics.get(name)]
    lines = [
        f"Reuters stories: {len(themes)}, {len(labelled)} with a topic label",
        f"  {'label':9} {'recall: stories given one of':46} recall",
    ]
    hits_total = labelled_total = 0
    for label, mapped in TOPIC_THEMES.items():
        with_label = [name for name in labelled if label in topics[name]]
        hits = sum(1 for name in with_label if themes[name] & mapped)
        hits_total += hits
        labelled_total += len(with_label)
        lines.append(f"  {label:9} {', '.join(sorted(mapped)):46} {share(hits, len(with_label))}")
    lines.append(f"  {'all':9} {'':46} {share(hits_total, labelled_total)}")
    lines.append(f"  {'theme':26} precision: stories with one of its labels")
    right_total = tagged_total = 0
    for theme, labels in THEME_LABELS.items():
        tagged = [name for name in labelled if theme in themes[name]]
        right = sum(1 for name in tagged if topics[name] & labels)
        right_total += right
        tagged_total += len(tagged)
        lines.append(f"  {theme:26} {share(right, len(tagged))}")
    lines.append(f"  {'all':26} {share(right_total, tagged_total)}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
