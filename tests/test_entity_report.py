"""The report's top people (issue 17): people only, by their full names, on the web
pages and on small texts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from flows.process_corpus import process_corpus

from .top_people import not_people, top_people

pytestmark = pytest.mark.usefixtures("prefect_harness")
WEB_PAGES = 48


@pytest.mark.corpus
def test_the_top_people_of_web_pages_are_people(shared_corpora, tmp_path):
    """Every third of the 144 pages (48): the report's top people contain no
    organisation, product or non-entity."""
    pages = shared_corpora / "web_pages" / "pages"
    if not pages.is_dir():
        pytest.skip("../shared/corpora/web_pages is not present")
    chosen = sorted(pages.iterdir())[::3][:WEB_PAGES]
    (tmp_path / "in").mkdir()
    for page in chosen:
        shutil.copy(page, tmp_path / "in" / page.name)
    process_corpus(paths=[str(tmp_path / "in")], warehouse_dir=str(tmp_path / "warehouse"))
    people = top_people(tmp_path / "warehouse")
    assert people and not_people(people) == [], people


def _run(tmp_path: Path, articles: dict[str, str]) -> list[str]:
    (tmp_path / "in").mkdir()
    for name, text in articles.items():
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    process_corpus(paths=[str(tmp_path / "in")], warehouse_dir=str(tmp_path / "warehouse"))
    return top_people(tmp_path / "warehouse")


def test_a_surname_key_folds_into_its_full_name_or_leaves_the_chart(tmp_path):
    """ "Okafor" alone (two documents) folds into Samuel Okafor (one document: at least
    half as many); "Lindqvist" alone has two full names to choose from and is left out."""
    people = _run(
        tmp_path,
        {
            "a.txt": "Samuel Okafor, the finance minister, presented the budget on Monday.",
            "b.txt": "Okafor said the budget would cut the deficit.",
            "c.txt": "Critics told Okafor the plan would not work.",
            "d.txt": "Anna Lindqvist and Erik Lindqvist opened a bakery in Malmo.",
            "e.txt": "Lindqvist said the bakery had done well.",
        },
    )
    assert "Samuel Okafor" in people
    assert "Okafor" not in people and "Lindqvist" not in people
    assert not_people(people) == []
