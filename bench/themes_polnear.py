"""US political news (PolNeAR train): the share of articles tagged with a politics
theme, and the share with no theme at all.

    .venv/bin/python bench/themes_polnear.py [--limit N]

The articles are extracted with the current code and default settings (the parses
from the benches' parse cache, ``parse_cache.py``).
"""

from __future__ import annotations

import argparse
from itertools import islice

from judging import corpus_documents, share


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    from parse_cache import extract_cached

    from tasks.configuration import resolve_settings

    documents = [d for _, d in islice(corpus_documents("polnear"), args.limit)]
    extracted = extract_cached(documents, resolve_settings())
    subjects: dict[str, set[str]] = {d.doc_id: set() for d in documents}
    for theme in extracted.themes:
        subjects[theme.doc_id].add(theme.parent)
    politics = sum("politics" in found for found in subjects.values())
    untagged = sum(not found for found in subjects.values())
    print(f"PolNeAR train, {len(documents)} articles")
    print(f"  tagged with a politics theme: {share(politics, len(documents))}")
    print(f"  with no theme:                {share(untagged, len(documents))}")


if __name__ == "__main__":
    main()
