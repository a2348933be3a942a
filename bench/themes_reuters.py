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

``--free`` measures instead the free labelled stories of the whole corpus (the lines
whose 1-based number is not one of the held-out residues ``HELD_RESIDUES`` mod 30;
with ``--step N`` every N-th of them, as they come): recall for every label
``LABEL_THEMES`` maps (the fine labels too: each crop, metal, energy product, currency
and economic indicator) and for every theme (the share of the stories carrying one of
its labels given the theme), and each theme's precision against those labels. The
parses come from the benches' parse cache (``bench/parse_cache.py``); ``--save FILE`` writes
each story's labels and themes as JSON Lines (which ``bench/theme_vocabulary.py``
reads) and ``--rows FILE`` scores such a file again.

The labels are the editors' own; they are coarser than the themes (``interest``
covers a central bank's rate and a bank's prime rate), so the figures are a check
that moves with a change, not a judged precision: report
``bench/themes_precision.py`` for that.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from itertools import islice
from pathlib import Path

from judging import CORPORA, REUTERS_LIMIT, corpus_documents, read_jsonl, share, write_jsonl

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
    # Forest products are commodities too, as LABEL_THEMES maps them (lumber futures).
    "commodities_mining": _CROPS | _METALS | {"lumber", "plywood"},
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
_FARM = frozenset({"commodities_mining", "agriculture_food_industry"})
_COMMODITY = frozenset({"commodities_mining"})
_ENERGY = frozenset({"energy_oil"})
_CURRENCY_LABELS = frozenset(
    "money-fx dlr yen dmk stg austdlr nzdlr saudriyal sfr rand dfl nkr lit peseta ringgit "
    "rupiah skr dkr cruzado bfr hk can".split()
)

# The 1-based Reuters-21578 line numbers held out for fresh judged samples, mod 30
# (never read by a free run). Residues 5, 20 and 26 joined in round 34, when the first six
# had too few unjudged stories left for two samples; until then they were free stories.
HELD_RESIDUES = frozenset({2, 5, 8, 11, 14, 17, 20, 23, 26})
_MACRO = frozenset({"macroeconomy"})
_CURRENCY = frozenset({"currencies", "markets"})
# Every Reuters-21578 topic of the free stories -> the themes a reader filing the story
# would accept for it. A crop, its oil and meal and livestock are farm commodities; a
# metal a commodity (its mines); every energy product, and petrochemicals made from
# oil and gas, energy; an exchange rate a currency's market; a national statistic the
# macroeconomy, and the indicators of a field its field's theme too (jobs, housing,
# retail sales, the balance of payments' trade, money supply's banks, reserves'
# currencies). Lumber and plywood are forest commodities.
LABEL_THEMES: dict[str, frozenset[str]] = (
    dict(TOPIC_THEMES)
    | dict.fromkeys(_CROPS | {"coconut", "coconut-oil", "castor-oil", "castorseed"}, _FARM)
    | dict.fromkeys({"cotton-oil", "corn-oil", "sun-meal", "lin-meal", "pork-belly"}, _FARM)
    | {"f-cattle": _FARM, "lumber": _COMMODITY, "plywood": _COMMODITY}
    | dict.fromkeys(_METALS, _COMMODITY)
    | dict.fromkeys({"nat-gas", "gas", "fuel", "heat", "propane", "naphtha", "jet"}, _ENERGY)
    | {"pet-chem": _ENERGY}
    | dict.fromkeys(_CURRENCY_LABELS, _CURRENCY)
    | dict.fromkeys({"gnp", "cpi", "wpi", "ipi", "lei", "income", "inventories", "cpu"}, _MACRO)
    | {
        "instal-debt": _MACRO | {"banking"},
        "money-supply": _MACRO | {"banking"},
        "reserves": _MACRO | {"currencies"},
        "bop": _MACRO | {"trade"},
        "jobs": _MACRO | {"employment_jobs"},
        "housing": _MACRO | {"housing_property"},
        "retail": _MACRO | {"retail_consumer"},
    }
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", type=int, help="every N-th story (default 3; --free: 1)")
    parser.add_argument("--free", action="store_true", help="every free labelled story")
    parser.add_argument("--save", help="with --free: write labels and themes here")
    parser.add_argument("--rows", help="with --free: score the rows --save wrote instead")
    args = parser.parse_args()
    if args.free:
        labelled = read_jsonl(Path(args.rows)) if args.rows else free_themes(args.step or 1)
        if args.save:
            write_jsonl(Path(args.save), labelled)
        print(free_score(labelled))
        return
    from tasks.configuration import resolve_settings
    from tasks.extract import extract_documents

    topics: dict[str, set[str]] = {}
    with open(CORPORA["reuters"], encoding="utf-8") as handle:
        for number, line in enumerate(islice(handle, REUTERS_LIMIT)):
            if number % (args.step or 3) == 0:
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


def free_themes(step: int, chunk: int = 500) -> list[dict]:
    """``{"id", "labels", "themes"}`` for every ``step``-th free labelled Reuters story,
    its themes from the current code and default settings (the parses from the
    parse cache, by chunks)."""
    from parse_cache import parses

    from tasks.configuration import resolve_settings
    from tasks.nlp import load_model
    from tasks.themes import tag_titles, theme_matcher

    topics: dict[str, list[str]] = {}
    with open(CORPORA["reuters"], encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if number % 30 not in HELD_RESIDUES:
                record = json.loads(line)
                if record.get("topics"):
                    topics[record["id"]] = record["topics"]
    topics = dict(list(topics.items())[::step])
    settings = resolve_settings()
    nlp = load_model(settings.model)
    matcher = theme_matcher(nlp, settings.taxonomy)
    found = list(corpus_documents("reuters", set(topics)))
    rows = []
    for start in range(0, len(found), chunk):
        part = found[start : start + chunk]
        texts = [document.text for _, document in part]
        parsed = parses(nlp, texts)
        titles = tag_titles(nlp, [document.title for _, document in part], texts)
        for (name, _), doc, title in zip(part, parsed, titles, strict=True):
            themes = sorted({m.theme for m in matcher.match(doc, name, title)})
            rows.append({"id": name, "labels": topics[name], "themes": themes})
    return rows


def free_score(rows: list[dict]) -> str:
    """Recall per mapped label and per theme over ``rows`` (``free_themes``'s), and
    each theme's precision against the labels ``LABEL_THEMES`` maps onto it."""
    by_label: dict[str, list[bool]] = defaultdict(list)
    by_theme: dict[str, list[bool]] = defaultdict(list)
    for row in rows:
        themes = set(row["themes"])
        for label in row["labels"]:
            if label in LABEL_THEMES:
                by_label[label].append(bool(themes & LABEL_THEMES[label]))
        for theme in {t for label in row["labels"] for t in LABEL_THEMES.get(label, ())}:
            by_theme[theme].append(theme in themes)
    lines = [f"free labelled Reuters stories: {len(rows)}", "  label            recall"]
    for label, hits in sorted(by_label.items(), key=lambda item: -len(item[1])):
        lines.append(f"  {label:16} {share(sum(hits), len(hits))}")
    every = [hit for hits in by_label.values() for hit in hits]
    lines.append(f"  {'all labels':16} {share(sum(every), len(every))}")
    lines.append("  theme                      recall: stories with one of its labels")
    for theme, hits in sorted(by_theme.items(), key=lambda item: -len(item[1])):
        lines.append(f"  {theme:26} {share(sum(hits), len(hits))}")
    lines.append("  theme                      precision: stories given it with one of its labels")
    for theme in sorted(by_theme):
        given = [r for r in rows if theme in r["themes"]]
        right = sum(1 for r in given if any(theme in LABEL_THEMES.get(x, ()) for x in r["labels"]))
        lines.append(f"  {theme:26} {share(right, len(given))}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
