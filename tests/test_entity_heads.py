"""Names read from the common noun they modify (issue 17, round 24): a product's kind
after a name the model took for a company, a person or a place ("Kelvo tablets"), and
a disease's head after a name ("Lyme disease"), which makes no entity of it."""

from __future__ import annotations

import pytest

from tasks.entities import extract_entities


@pytest.fixture(scope="module")
def names_of(nlp):
    def run(text: str) -> dict[str, str]:
        return {m.text: m.label for m in extract_entities(nlp(text), "t")}

    return run


def test_a_name_before_a_disease_is_no_entity(nlp, names_of):
    text = "In 2017 she was diagnosed with Lyme disease and later with Crohn's disease."
    # The model takes both for organisations.
    assert {"Lyme", "Crohn"} <= {ent.text for ent in nlp(text).ents}
    names = names_of(text)
    assert "Lyme" not in names
    assert "Crohn" not in names


def test_two_surnames_of_a_syndrome_are_no_people(nlp, names_of):
    text = "It is a risk factor for Stevens–Johnson syndrome in a small group of patients."
    assert {ent.label_ for ent in nlp(text).ents} == {"PERSON"}
    names = names_of(text)
    assert "Stevens" not in names
    assert "Johnson" not in names


def test_a_place_before_other_nouns_stays(names_of):
    text = "Doctors in Lyme said the town's clinic treats many patients every week."
    # The rule leaves the name to the model when no disease's head follows it.
    assert "Lyme" in names_of(text)


def test_a_name_before_a_product_kind_is_the_product(nlp, names_of):
    text = "Customers can buy Kelvo tablets in most shops, and the Narwen jet flew over the sea."
    # The model takes both names for people.
    assert {ent.label_ for ent in nlp(text).ents} == {"PERSON"}
    names = names_of(text)
    assert names.get("Kelvo") == "PRODUCT"
    assert names.get("Narwen") == "PRODUCT"


def test_lowercase_nouns_may_stand_between(nlp, names_of):
    text = "Prices of Corvan ABS resins will rise three cents a pound, the company said."
    # The model takes the brand for a place.
    assert [ent.label_ for ent in nlp(text).ents if ent.text == "Corvan"] == ["GPE"]
    assert names_of(text).get("Corvan") == "PRODUCT"


def test_a_name_that_acts_as_a_company_stays_one(names_of):
    text = (
        "Velmora said on Monday that it would raise the price of its cars. "
        "Velmora models will cost about 4 pct more from May."
    )
    names = names_of(text)
    assert names.get("Velmora") != "PRODUCT"


def test_an_owned_line_is_a_product(nlp, names_of):
    text = "The company raised prices on its Zentra models and its Hollis credit cards."
    names = names_of(text)
    assert names.get("Zentra") == "PRODUCT"
    assert names.get("Hollis") != "ORG"


def test_a_maker_before_its_products_stays_a_company(nlp, names_of):
    text = "The carrier flies Airbus jets on the route."
    assert [ent.label_ for ent in nlp(text).ents if ent.text == "Airbus"] == ["ORG"]
    assert names_of(text).get("Airbus") == "ORG"


def test_what_people_are_aboard_is_a_vehicle(nlp, names_of):
    text = "Passengers aboard the Oriana Express said the ship was late."
    # The model takes the ship for an organisation.
    assert [ent.label_ for ent in nlp(text).ents] == ["ORG"]
    assert names_of(text).get("Oriana Express") == "PRODUCT"


def test_an_airline_people_fly_aboard_stays(names_of):
    text = "He flew to Paris aboard a Velmora Airlines flight on Sunday."
    assert names_of(text).get("Velmora Airlines") == "ORG"


def test_a_name_with_kin_is_a_person(nlp, names_of):
    text = (
        "I finally find Corwyn's uncle behind the mill. Later Corwyn deals with the "
        "wolves while I hide."
    )
    # The model takes the name for an organisation.
    assert {ent.label_ for ent in nlp(text).ents} == {"ORG"}
    names = names_of(text)
    assert names.get("Corwyn") == "PERSON"


def test_a_company_with_no_kin_stays(names_of):
    text = "Dorvale's chief executive said the company would cut 200 jobs at Dorvale Corp."
    assert names_of(text).get("Dorvale") == "ORG"


def test_a_newspaper_with_a_role_named_as_kin_stays(nlp, names_of):
    text = "She was paid for acting as the Courier's agony aunt last year."
    assert [ent.label_ for ent in nlp(text).ents if ent.text == "Courier"] == ["ORG"]
    assert names_of(text).get("Courier") == "ORG"
