"""The features of every candidate theme of the judged documents, beside its verdict.

    .venv/bin/python bench/theme_features.py [--sample S,…] [--out FILE]

A candidate is a theme that passed the rules of one theme alone (its score, its
required and excluded terms, its evidence); ``tasks.themes`` then decides from the
candidate's features which candidates the document is about. This script parses
every judged document of the samples once (the parses are kept in the benches'
parse cache, ``bench/parse_cache.py``),
runs the current matcher's candidate step and writes one JSON line per candidate:
its corpus, document, sample (the verdict's, or the document's), theme, the
features ``tasks.themes.features`` gives (``rules``: kept by the rules; ``about``:
the fitted score), whether the current code assigns it, its verdict (``correct``,
``passing``, ``wrong``; ``null`` when never judged) and whether a judge named it an
obvious theme of the document (in sample ``obvious_sample``). An obvious theme that
is no candidate has a line too, with ``candidate`` false. ``bench/theme_fit.py``
fits the assignment's score on these lines.

The default samples are the ones this stop may tune on; a held-out sample is
never read unless named.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from dataclasses import asdict
from pathlib import Path

from judging import DATA, HERE, corpus_documents, read_jsonl, write_jsonl
from parse_cache import parses

TUNING_SAMPLES = ("tune", "fresh", "fresh2", "fresh3", "fresh4", "t18b", "t18c", "held", "held2")
CACHE = HERE / "results" / "theme_features"
OUT = CACHE / "candidates.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", default=",".join(TUNING_SAMPLES))
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args()
    rows = candidate_rows(args.sample.split(","))
    write_jsonl(Path(args.out), rows)
    judged = sum(row["verdict"] is not None for row in rows)
    print(f"{len(rows)} candidates, {judged} judged, written to {args.out}")


def candidate_rows(samples: list[str]) -> list[dict]:
    """One dict per candidate theme of every judged document of ``samples``."""
    from tasks.configuration import resolve_settings
    from tasks.nlp import load_model
    from tasks.themes import features, tag_titles, theme_matcher

    wanted = set(samples)
    verdicts = [v for v in read_jsonl(DATA / "themes_judged.jsonl") if v["sample"] in wanted]
    obvious_docs = [
        v for v in read_jsonl(DATA / "theme_docs_judged.jsonl") if v["sample"] in wanted
    ]
    verdict_of = {(v["corpus"], v["doc"], v["theme"]): v for v in verdicts}
    obvious = {(v["corpus"], v["doc"]): v for v in obvious_docs}
    sample_of: dict[tuple[str, str], str] = {}
    for v in verdicts + obvious_docs:
        sample_of.setdefault((v["corpus"], v["doc"]), v["sample"])
    names: dict[str, set[str]] = defaultdict(set)
    for corpus, doc in sample_of:
        names[corpus].add(doc)

    settings = resolve_settings()
    nlp = load_model(settings.model)
    matcher = theme_matcher(nlp, settings.taxonomy)
    rows = []
    for corpus, docs in sorted(names.items()):
        found = dict(corpus_documents(corpus, docs))
        texts = [d.text for d in found.values()]
        parsed = parses(nlp, texts)
        titles = tag_titles(
            nlp, [d.title for d in found.values()], [d.text for d in found.values()]
        )
        for (name, document), doc, title in zip(found.items(), parsed, titles, strict=True):
            candidates = matcher.candidates(doc, document.doc_id, title)
            assigned = {m.theme for m in matcher.match(doc, document.doc_id, title)}
            judge = obvious.get((corpus, name), {})
            for candidate, feature in zip(candidates, features(candidates), strict=True):
                theme = candidate.match.theme
                verdict = verdict_of.get((corpus, name, theme), {})
                rows.append(
                    {
                        "corpus": corpus,
                        "doc": name,
                        "sample": verdict.get(
                            "sample", judge.get("sample", sample_of[(corpus, name)])
                        ),
                        "theme": theme,
                        "parent": candidate.match.parent,
                        "assigned": theme in assigned,
                        "verdict": verdict.get("verdict"),
                        "obvious": theme in judge.get("obvious", ()),
                        "obvious_sample": judge.get("sample"),
                        "evidence": sorted({e.text.lower() for e in candidate.match.evidence}),
                        **asdict(feature),
                    }
                )
            for theme in set(judge.get("obvious", ())) - {c.match.theme for c in candidates}:
                rows.append(
                    {
                        "corpus": corpus,
                        "doc": name,
                        "sample": judge["sample"],
                        "theme": theme,
                        "parent": None,
                        "assigned": False,
                        "verdict": verdict_of.get((corpus, name, theme), {}).get("verdict"),
                        "obvious": True,
                        "obvious_sample": judge["sample"],
                        "candidate": False,
                    }
                )
    return rows


if __name__ == "__main__":
    main()
