"""Why each obvious theme of the judged documents is not assigned, and the count of
each cause.

    .venv/bin/python bench/theme_misses.py [--sample S,…] [--verbose]

For every theme a judge named obvious (``theme_docs_judged.jsonl``) that the current
code does not assign, the first rule that drops it, in the order ``tasks.themes``
applies them:

- ``no such theme``: the taxonomy has no theme of that id;
- ``no pattern``: none of the theme's patterns, names or people occurs (a gap in the
  taxonomy's vocabulary);
- ``required missing`` / ``excluded``: its context words are absent / an excluded
  term occurs;
- ``below min_score``: its evidence scores under the theme's ``min_score``;
- ``one pattern or passing``: not a phrase, a name or two matches in two sentences, or
  away from the title and lead with one pattern or not running through the text;
- ``candidate: floor`` / ``candidate: not central`` / ``candidate: about``: a
  candidate dropped by the document-level rules (under ``RELATIVE_FLOOR`` of the best
  theme, not central, or under ``ABOUT_THRESHOLD`` beside the best theme).

The parses come from the benches' parse cache (``bench/parse_cache.py``). ``--verbose`` lists
each missing theme with its evidence, the themes assigned and the judge's note.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from judging import DATA, corpus_documents, read_jsonl
from parse_cache import parses
from theme_features import TUNING_SAMPLES


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", default=",".join(TUNING_SAMPLES))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    wanted = set(args.sample.split(","))
    verdicts = [v for v in read_jsonl(DATA / "theme_docs_judged.jsonl") if v["sample"] in wanted]
    causes, lines = misses(verdicts, wanted)
    missing_docs = {line.split(" ")[1] for line in lines}
    print(f"documents missing an obvious theme: {len(missing_docs)}/{len(verdicts)}")
    for cause, count in causes.most_common():
        print(f"  {cause:26} {count}")
    if args.verbose:
        print("\n".join(sorted(lines)))


def misses(verdicts: list[dict], samples: set[str]) -> tuple[Counter, list[str]]:
    """The count of each cause over the missing (document, theme) pairs of
    ``verdicts``, and one line per pair. The documents parsed are those of every
    judged row of ``samples`` (the set ``bench/theme_features.py`` caches)."""
    from tasks.configuration import resolve_settings
    from tasks.nlp import load_model
    from tasks.themes import tag_titles, theme_matcher

    names: dict[str, set[str]] = defaultdict(set)
    for v in verdicts + read_jsonl(DATA / "themes_judged.jsonl"):
        if v["sample"] in samples:
            names[v["corpus"]].add(v["doc"])
    settings = resolve_settings()
    nlp = load_model(settings.model)
    matcher = theme_matcher(nlp, settings.taxonomy)
    causes: Counter = Counter()
    lines = []
    for corpus, docs in sorted(names.items()):
        found = dict(corpus_documents(corpus, docs))
        texts = [d.text for d in found.values()]
        parsed = parses(nlp, texts)
        titles = tag_titles(nlp, [d.title for d in found.values()], texts)
        by_name = dict(zip(found, zip(parsed, titles, strict=True), strict=True))
        for v in verdicts:
            if v["corpus"] != corpus:
                continue
            doc, title = by_name[v["doc"]]
            for theme, cause, evidence, assigned in _why(matcher, doc, title, v["obvious"]):
                causes[cause] += 1
                lines.append(
                    f"[{v['sample']}] {corpus}/{v['doc']} {theme}: {cause}; evidence "
                    f"{evidence}; assigned {assigned}; note: {v.get('note')}"
                )
    return causes, lines


def _why(matcher, doc, title, obvious: list[str]) -> list[tuple[str, str, list[str], list[str]]]:
    """``(theme, cause, evidence, themes assigned)`` for each theme of ``obvious`` the
    matcher does not assign to ``doc``."""
    from tasks import themes as t

    candidates = matcher.candidates(doc, "judged", title)
    fields = {c.match.theme: f for c, f in zip(candidates, t.features(candidates), strict=True)}
    # The matcher's whole decision (implied and company-news themes too), not only the
    # candidates' assignment: a theme those steps add is not missing.
    assigned = sorted(m.theme for m in matcher.match(doc, "judged", title))
    code = sorted(t._code_lines(doc.text) + t._name_lists(doc))
    hits, present = matcher._hits(doc, code)
    in_title, title_present = matcher._hits(title, body=doc) if title is not None else ({}, {})
    found = []
    for theme_id in obvious:
        if theme_id in assigned:
            continue
        evidence = sorted({doc[a:b].text.lower() for a, b, _ in hits.get(theme_id, [])})
        theme = matcher.themes.get(theme_id)
        if theme is None:
            cause = "no such theme"
        elif theme_id in fields:
            f = fields[theme_id]
            cause = (
                "candidate: floor"
                if f.floor < t.RELATIVE_FLOOR
                else "candidate: not central"
                if not f.rules
                else "candidate: about"
            )
        elif not hits.get(theme_id) and not in_title.get(theme_id):
            cause = "no pattern"
        elif theme.required and theme_id not in present["required"] | title_present.get(
            "required", set()
        ):
            cause = "required missing"
        elif theme_id in present["excluded"] | title_present.get("excluded", set()):
            cause = "excluded"
        elif (
            theme.actors
            and theme_id not in present["actors"] | title_present.get("actors", set())
            and not t.TextNames.of(doc, title).named_company
        ):
            cause = "actors missing"
        else:
            spans = t._dedupe(hits.get(theme_id, []))
            score = t._score(doc, spans, t._lead_end(doc, code))
            score += t.TITLE_WEIGHT * len(t._dedupe(in_title.get(theme_id, [])))
            cause = "below min_score" if score < theme.min_score else "one pattern or passing"
        found.append((theme_id, cause, evidence, assigned))
    return found


if __name__ == "__main__":
    main()
