"""Names read from their last words (issue 17, round 25): a military base and an
airfield are facilities, and a bank's kind written as one word in German, Dutch or a
Nordic language ends an organisation's name, whatever the model saw in the words
before."""

from __future__ import annotations

import pytest

from tasks.entities import extract_entities
from tasks.entity_labels import facility_by_head, label_by_head, org_head


@pytest.fixture(scope="module")
def names_of(nlp):
    def run(text: str) -> dict[str, str]:
        return {m.text: m.label for m in extract_entities(nlp(text), "t")}

    return run


def test_an_air_force_base_is_a_facility(nlp, names_of):
    text = (
        "The bombers will be flown from Dornfeld Air Force Base in Nevada next month, "
        "a spokeswoman for the Air Force said on Tuesday."
    )
    # The model takes the base for the service that runs it.
    assert [e.label_ for e in nlp(text).ents if e.text == "Dornfeld Air Force Base"] == ["ORG"]
    assert names_of(text).get("Dornfeld Air Force Base") == "FAC"


def test_an_airport_the_model_took_for_a_region_is_a_facility(nlp, names_of):
    text = "Trains run every hour from New Haruna Airport to the city, a ride of forty minutes."
    assert [e.label_ for e in nlp(text).ents if e.text == "New Haruna Airport"] == ["LOC"]
    assert names_of(text).get("New Haruna Airport") == "FAC"


def test_a_bank_named_by_its_kind_is_an_organisation(nlp, names_of):
    text = "Kaspar Volksbank said on Monday it raised its lending rate."
    # The model takes the bank for a person.
    assert [e.label_ for e in nlp(text).ents if e.text == "Kaspar Volksbank"] == ["PERSON"]
    assert names_of(text).get("Kaspar Volksbank") == "ORG"


@pytest.mark.parametrize(
    ("words", "label", "expected"),
    [
        (["Fallon", "Naval", "Air", "Station"], "ORG", "FAC"),
        (["Kadena", "Air", "Base"], "GPE", "FAC"),
        (["MTV", "Base"], "ORG", None),  # a channel: "Base" alone is no site
        (["Base"], "ORG", None),
        (["Gatwick", "Airport"], "LOC", "FAC"),
        (["Gatwick", "Airport"], "NORP", None),
        (["Gatwick", "Airport"], "FAC", None),
    ],
)
def test_facility_by_head(words, label, expected):
    assert facility_by_head(words, label) == expected


def test_bank_kinds_end_an_organisation():
    assert org_head(["Westdeutsche", "Landeszentralbank"])
    assert org_head(["Svenska", "Handelsbanken"])
    # A bare "-bank" ends places and people too.
    assert not org_head(["Chris", "Swithenbank"])
    assert not org_head(["Downtown", "Burbank"])
    assert label_by_head("Nordmark Sparkasse", "GPE") == "ORG"


def test_a_hotel_named_in_the_singular_is_the_building(nlp, names_of):
    text = "The company will sell the Ardmore Hotel and its golf course in Scotland."
    assert [e.label_ for e in nlp(text).ents if e.text == "the Ardmore Hotel"] == ["ORG"]
    assert names_of(text).get("Ardmore Hotel") == "FAC"


def test_a_hotel_before_a_noun_stays_the_company(nlp, names_of):
    text = "Brokers noted heavy buying in Quorn Hotel shares after the announcement on Monday."
    assert [e.label_ for e in nlp(text).ents if e.text == "Quorn Hotel"] == ["ORG"]
    assert names_of(text).get("Quorn Hotel") == "ORG"


def test_a_section_page_is_no_entity(nlp, names_of):
    text = "Re “Parking fees to rise” (Page A6, Feb. 3): the council should think again."
    # The model takes the page for a person.
    assert [e.label_ for e in nlp(text).ents if e.text == "Page A6"] == ["PERSON"]
    assert "Page A6" not in names_of(text)
