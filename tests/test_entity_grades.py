"""Crude oil grades and regions' adjectives (issue 17, round 22): a grade named by its
region and its sulphur or gravity is a product, a region's adjective before a noun a
group of people."""

from __future__ import annotations

import pytest

from tasks.entities import extract_entities


@pytest.fixture(scope="module")
def mentions_of(nlp):
    def run(text: str) -> dict[str, tuple[str, str]]:
        return {m.text: (m.label, m.canonical_name) for m in extract_entities(nlp(text), "t")}

    return run


GRADES = (
    "Ruritan Oil Corp said it raised the contract price it pays for crude oil by 50 cts "
    "a barrel, effective today. The increase brings its posting for West Texas "
    "Intermediate to 18.00 dlrs a barrel. West Texas Sour was raised to 17.10 dlrs, and "
    "Light Louisiana Sweet to 18.35 dlrs a barrel. The company last changed its crude "
    "postings in May."
)


def test_a_crude_grade_is_a_product(nlp, mentions_of):
    assert {ent.label_ for ent in nlp(GRADES).ents if "Texas" in ent.text} == {"LOC"}
    found = mentions_of(GRADES)
    assert found["West Texas Sour"][0] == "PRODUCT"
    # The model reads "Louisiana Sweet" as a person here.
    assert found["Louisiana Sweet"][0] == "PRODUCT"
    assert found["West Texas Intermediate"][0] == "PRODUCT"


def test_a_grade_word_before_crude(mentions_of):
    text = (
        "Saudi Arabia cut the price of its Arab Light crude by 40 cts a barrel, the "
        "ministry said. Buyers of crude in Asia said the cut was expected."
    )
    assert mentions_of(text)["Arab Light"][0] == "PRODUCT"


def test_a_judge_named_sweet_stays_a_person(mentions_of):
    text = (
        "U.S. District Court Judge Robert Sweet ruled that the refiner must pay for the "
        "crude it bought from the field's owners, lawyers said."
    )
    assert mentions_of(text)["Robert Sweet"][0] == "PERSON"


def test_no_grade_without_crude(mentions_of):
    text = "Duquesne Light said its Pittsburgh customers would pay less for power next year."
    assert mentions_of(text).get("Duquesne Light", ("ORG",))[0] != "PRODUCT"


def test_a_region_before_a_noun_is_a_group(nlp, mentions_of):
    text = (
        "The exhibition follows plant rituals kept by Caribbean matriarchs for "
        "generations, the gallery said. Its curator grew up in the Caribbean."
    )
    found = [(m.text, m.label) for m in extract_entities(nlp(text), "t")]
    # The adjective is the group; the region named after "in the" stays a place.
    assert found[0] == ("Caribbean", "NORP")
    assert found[-1] == ("Caribbean", "LOC")


def test_latin_for_latin_american(mentions_of):
    text = (
        "Ministers of Latin American nations met in Caracas. Mexico, Brazil and Venezuela "
        "are the only Latin nations with large trade surpluses with the United States, "
        "officials of Latin America said."
    )
    found = mentions_of(text)
    # The curated files file "Latin" alone under the language.
    assert found["Latin"] == ("NORP", "Latin American")
    assert found["Latin America"][0] == "LOC"


def test_a_partnership_short_name_takes_the_partnership(mentions_of):
    text = (
        "Rivermark Cable Corp said it agreed to sell the limited partnership Bluevale "
        "Cable Associates for about 3,250,000 dlrs. Rivermark and a bank are co-general "
        "partners for Bluevale. The buyer was not named."
    )
    found = mentions_of(text)
    assert found["Bluevale"] == ("ORG", "Bluevale Cable Associates")


def test_a_market_report_headline_names_its_place(nlp, mentions_of):
    text = "MONTREAL INDICES CLOSING - APR 7\n\nIndustrials  1,563.99 off 1.17\n"
    # The model runs the headline into the table's first row as one organisation.
    assert "ORG" in {ent.label_ for ent in nlp(text).ents}
    found = mentions_of(text)
    assert found.get("MONTREAL", ("",))[0] == "GPE"
    assert not any("INDICES" in name for name in found)


def test_a_report_headline_of_a_nationality(mentions_of):
    text = "CANADIAN EXCHANGE NOON - APR 7\n\nU.S. dollar 1.3052/57\n"
    found = mentions_of(text)
    assert found.get("CANADIAN", ("",))[0] == "NORP"
    assert not any("NOON" in name for name in found)


def test_an_exchange_in_a_headline_keeps_its_name(mentions_of):
    text = "LONDON METAL EXCHANGE - APR 7\n\nCopper 900 1700\n"
    found = mentions_of(text)
    assert "LONDON" not in found
    assert any("EXCHANGE" in name for name in found)


def test_a_dateline_stays_a_dateline(mentions_of):
    text = "LONDON, April 7 - Gold prices rose in quiet trading, dealers said.\n"
    assert mentions_of(text)["LONDON"][0] == "GPE"


def test_a_currency_accord_named_by_its_place(mentions_of):
    text = (
        "Finance ministers reaffirmed the Louvre accord on Tuesday. Dealers said the "
        "Louvre agreement was still holding, and the dollar rose."
    )
    found = mentions_of(text)
    assert found["Louvre"] == ("LAW", "Louvre Accord")


def test_the_museum_stays_without_the_accord(mentions_of):
    text = "Visitors queued outside the Louvre in Paris on Tuesday, the museum said."
    assert mentions_of(text).get("Louvre", ("",))[0] != "LAW"


def test_a_city_named_whole_in_a_headline_stays_whole(mentions_of):
    text = "KANSAS CITY CASH GRAIN - APR 7\n\nWheat 2.80 up 2\n"
    assert "KANSAS" not in mentions_of(text)
