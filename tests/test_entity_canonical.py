"""Canonical names (issue 17, round 10): curated short forms of agencies, parties,
caucuses and universities; a surname completed from the headline; a full name that
opens with a given name preferred to one the model ran into a word before it."""

from __future__ import annotations

import pytest

from tasks.entities import extract_entities


def _canonical(mentions, text: str) -> list[str]:
    return [
        m.canonical_name
        for m in mentions
        if m.text.removeprefix("the ").removeprefix("The ") == text
    ]


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        ("Agents of the DEA raided the port on Friday.", "DEA", "Drug Enforcement Administration"),
        (
            "The Justice Department said charges would follow.",
            "Justice Department",
            "US Department of Justice",
        ),
        ("The USDA said the harvest was late.", "USDA", "United States Department of Agriculture"),
        ("Nigel Farage said UKIP would stand in every seat.", "UKIP", "UK Independence Party"),
        ("She studied at Harvard before moving to Ohio.", "Harvard", "Harvard University"),
        (
            "He joined the Hispanic Caucus last year.",
            "Hispanic Caucus",
            "Congressional Hispanic Caucus",
        ),
        ("She won an Academy Award in 2004.", "Academy Award", "Academy Awards"),
    ],
)
def test_well_known_short_forms_take_the_full_name(nlp, text, mention, canonical):
    assert _canonical(extract_entities(nlp(text), "t"), mention) == [canonical]


def test_a_surname_takes_the_full_name_of_the_headline(nlp):
    text = "Okafor scored 30 points on Tuesday. The coach said Okafor was tired."
    title = "Game notes: Darnell Okafor leads Hawks past Bulls"
    found = _canonical(extract_entities(nlp(text), "t", None, title), "Okafor")
    assert found and set(found) == {"Darnell Okafor"}
    # Without the headline, or when it names two people of that surname, it stays.
    assert set(_canonical(extract_entities(nlp(text), "t"), "Okafor")) == {"Okafor"}
    two = "Darnell Okafor and Tina Okafor lead Hawks past Bulls"
    assert set(_canonical(extract_entities(nlp(text), "t", None, two), "Okafor")) == {"Okafor"}


def test_a_full_name_with_a_given_name_beats_a_run_in_name(nlp):
    text = (
        "President Richard Nixon spoke. Nixon left. Members of the Committee to Boycott "
        "Nixon's Memoirs met. Nixon wrote more."
    )
    mentions = extract_entities(nlp(text), "t")
    assert set(_canonical(mentions, "Nixon")) == {"Richard Nixon"}


def test_a_given_name_takes_the_royal_style_the_document_gives_it(nlp):
    text = (
        "Prince Harry and Meghan, Duchess of Sussex, spoke to the host. Meghan said "
        "she felt alone. Harry agreed."
    )
    mentions = extract_entities(nlp(text), "t")
    assert set(_canonical(mentions, "Meghan")) == {"Meghan, Duchess of Sussex"}


def test_a_company_is_not_its_own_supermarket(nlp):
    text = (
        "Welcome to the Grocorp Supermarket, where Grocorp knows your face. Grocorp sells the data."
    )
    mentions = extract_entities(nlp(text), "t")
    assert set(_canonical(mentions, "Grocorp")) == {"Grocorp"}


def test_a_rugby_club_named_by_its_town_in_a_rugby_article(nlp):
    rugby = "Gloucester missed a late conversion and the fly-half was dropped."
    assert _canonical(extract_entities(nlp(rugby), "t"), "Gloucester") == ["Gloucester Rugby"]
    town = "He was born in Gloucester and moved to Bath."
    assert _canonical(extract_entities(nlp(town), "t"), "Gloucester") == ["Gloucester"]


def test_a_curated_party_names_no_product_after_it(nlp):
    mentions = extract_entities(
        nlp("The Scottish National Party Holyrood group met on Monday."), "t"
    )
    assert {m.label for m in mentions if "Holyrood" in m.text} <= {"ORG", "GPE"}


def test_a_university_names_no_product_after_it(nlp):
    mentions = extract_entities(nlp("She studied at Harvard Law School in 2001."), "t")
    assert {m.label for m in mentions if "Harvard" in m.text} == {"ORG"}


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        (
            "A State Department spokesman declined to comment on the visa dispute.",
            "State Department",
            "United States Department of State",
        ),
        (
            "The U.S. Commerce Department revised its figures for orders of machine tools.",
            "U.S. Commerce Department",
            "United States Department of Commerce",
        ),
        (
            "Officers of the US Secret Service closed the avenue before the parade.",
            "US Secret Service",
            "United States Secret Service",
        ),
        (
            "Voters who backed New Labour in 1997 were asked again by the pollsters.",
            "New Labour",
            "Labour Party",
        ),
    ],
)
def test_federal_departments_and_party_brands_take_their_full_name(nlp, text, mention, canonical):
    assert set(_canonical(extract_entities(nlp(text), "t"), mention)) == {canonical}


def test_a_department_named_first_in_full_lends_its_name_to_its_short_forms(nlp):
    text = (
        "Engineers sued the U.S. Department of Energy over the unpaid grid fees. "
        "Lawyers for the DOE said the claim was late."
    )
    mentions = extract_entities(nlp(text), "t")
    assert set(_canonical(mentions, "DOE")) == {"United States Department of Energy"}


def test_an_acronym_spelled_out_before_a_legal_form(nlp):
    # The model takes the name without its "SA"; the acronym's long form keeps it, and
    # so does the model's cut name, under the one key.
    text = (
        "Its joint venture Halden Ovric Mestre SA (HOM) began operations today, "
        "the chairman told reporters."
    )
    mentions = extract_entities(nlp(text), "t")
    names = {m.canonical_name for m in mentions if m.label == "ORG"}
    assert names == {"Halden Ovric Mestre SA"}


def test_an_acronym_of_a_department_named_with_and_without_its_country(nlp):
    text = (
        "Regulators at the U.S. Department of Transportation approved the merger of two "
        "carriers on Monday. The Department said fares would be watched. A lawyer for the "
        "Department of Transportation declined to comment. The carrier told reporters its "
        "papers were lodged with the DOT last week."
    )
    mentions = extract_entities(nlp(text), "t")
    assert set(_canonical(mentions, "DOT")) == {"United States Department of Transportation"}
