"""Entity labels of round 33 (issue 17): the noun after a name the model took for a
facility (a vehicle: a product; a field: a place), a newspaper described as a daily,
and a contest named as such."""

from __future__ import annotations

from dataclasses import dataclass

from tasks.entity_labels import by_description, label_by_head


@dataclass
class _Found:
    span: object
    label: str
    canonical: str
    pinned: bool = False


def _described(nlp, text: str, name: str, label: str) -> str:
    """The label ``by_description`` gives the mention ``name`` of ``text``, typed ``label``."""
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    found = _Found(span, label, name)
    by_description([found])
    return found.label


def test_a_code_before_a_vehicle_noun_is_a_product(nlp):
    text = "Spare parts for the Q-7B aircraft arrive next month."
    assert _described(nlp, text, "Q-7B", "FAC") == "PRODUCT"


def test_a_name_before_an_oil_field_is_a_place(nlp):
    text = "Drilling in the Nordfjell oil field resumed after the storm."
    assert _described(nlp, text, "Nordfjell", "FAC") == "LOC"


def test_a_facility_before_another_noun_stays_a_facility(nlp):
    text = "Fans walked from the Tarvo Arena car park to the station."
    assert _described(nlp, text, "Tarvo Arena", "FAC") == "FAC"


def test_a_daily_before_a_name_makes_it_a_newspaper(nlp):
    text = "The minister told the financial daily Le Matin that the talks would resume."
    assert _described(nlp, text, "Le Matin", "FAC") == "ORG"


def test_a_contest_is_an_event():
    assert label_by_head("Nordic Song Contest", "WORK_OF_ART") == "EVENT"
    assert label_by_head("Miss Tarvo Pageant", "ORG") == "EVENT"
