"""Titles of works told by the words of a film or a show around them."""

from __future__ import annotations

import pytest

from tasks.entities import extract_entities


@pytest.fixture(scope="module")
def labels_of(nlp):
    def run(text: str) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for mention in extract_entities(nlp(text), "t"):
            found.setdefault(mention.text, set()).add(mention.label)
        return found

    return run


def test_a_role_in_a_work_makes_its_title_a_work(labels_of):
    text = "Helen Carter, who once starred in Sunset Boulevard, will go back to the theatre."
    assert labels_of(text).get("Sunset Boulevard") == {"WORK_OF_ART"}


def test_a_name_before_starring_is_a_work(labels_of):
    text = "The weekend chart was led by Broken Arrow, starring John Travolta, with $9m."
    assert labels_of(text).get("Broken Arrow") == {"WORK_OF_ART"}


def test_a_person_starring_as_someone_stays_a_person(labels_of):
    text = "Tom Hanks, starring as a small-town lawyer, won the critics over."
    assert labels_of(text).get("Tom Hanks") == {"PERSON"}


def test_a_role_in_a_company_or_a_place_is_not_a_work(labels_of):
    text = (
        "The singer appeared in Portugal last spring. "
        "Analysts questioned her role in Enron Holdings before the merger."
    )
    found = labels_of(text)
    assert "WORK_OF_ART" not in found.get("Enron Holdings", set())
    assert "WORK_OF_ART" not in found.get("Portugal", set())


def test_a_person_before_a_possessive_keeps_its_label(labels_of):
    text = "The adviser played a central role in John Major's campaign that spring."
    assert labels_of(text).get("John Major") == {"PERSON"}


def test_a_name_before_a_noun_is_not_the_work(labels_of):
    text = "She denied any role in the Harrington family dispute over the farm."
    assert "WORK_OF_ART" not in labels_of(text).get("Harrington", set())
