"""Entity labels of round 33 (issue 17): the noun after a name the model took for a
facility (a vehicle: a product; a field: a place), a newspaper described as a daily,
and a contest named as such."""

from __future__ import annotations

from dataclasses import dataclass

from tasks.entity_labels import by_description, label_by_head
from tasks.entity_nonnames import without_non_names
from tasks.entity_public_laws import public_laws
from tasks.entity_releases import dotted_releases


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


def test_a_common_word_after_a_determiner_is_no_name(extract):
    text = "Mira Tarvo said her aunt was a Teacher. Both Houses approved the plan."
    found = {m.text for m in extract(text)}
    assert "Houses" not in found
    assert "Mira Tarvo" in found


def test_a_name_after_a_determiner_before_a_noun_stays(nlp):
    doc = nlp("A Westbridge analyst said the bank would cut rates.")
    kept = without_non_names([_Found(doc[1:2], "ORG", "Westbridge")], doc.text)
    assert [m.canonical for m in kept] == ["Westbridge"]


def test_a_common_word_after_a_determiner_goes(nlp):
    doc = nlp("Our Members can vote in every Election this year.")
    found = [_Found(doc[1:2], "ORG", "Members"), _Found(doc[5:6], "EVENT", "Election")]
    assert without_non_names(found, doc.text) == [found[1]]


def test_vowelless_capitals_are_no_person(nlp):
    doc = nlp("PRAGUE XRT BDSG  4 May MRS SMITH 12.50")
    found = [_Found(doc[1:3], "PERSON", "XRT BDSG"), _Found(doc[6:8], "PERSON", "MRS SMITH")]
    assert without_non_names(found, doc.text) == [found[1]]


def test_a_release_typed_as_a_law_is_a_product(nlp):
    doc = nlp("The module shipped with Zorbex 4.12 and with Section 2.1 of the act.")
    found = [_Found(doc[4:6], "LAW", "Zorbex 4.12"), _Found(doc[8:10], "LAW", "Section 2.1")]
    dotted_releases(found)
    assert [m.label for m in found] == ["PRODUCT", "LAW"]


def test_a_public_law_by_number(nlp):
    doc = nlp("Peru will buy wheat under PL-480 and P.L. 99-198 this year.")
    found = [_Found(doc[5:6], "PERSON", "PL-480"), _Found(doc[7:9], "ORG", "P.L. 99-198")]
    public_laws(found)
    assert [(m.label, m.canonical) for m in found] == [
        ("LAW", "Public Law 480"),
        ("LAW", "Public Law 99-198"),
    ]


def test_a_title_opened_by_a_capitalised_determiner_keeps_its_word(nlp):
    doc = nlp("The channel showed Norway: A Farewell to Sailors last night.")
    found = [_Found(doc[5:6], "ORG", "Farewell")]
    assert without_non_names(found, doc.text) == found


def test_a_lone_word_of_vowelless_capitals_stays(nlp):
    doc = nlp("The film JFK won two awards.")
    found = [_Found(doc[2:3], "PERSON", "JFK")]
    assert without_non_names(found, doc.text) == found
