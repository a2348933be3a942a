"""Spans (issue 17, round 25): an owner's possessive that opens an organisation's name
is no part of it; a legal form's full stop that also closes the sentence is the
sentence's."""

from __future__ import annotations

import pytest

from tasks.entities import extract_entities


@pytest.fixture(scope="module")
def extract(nlp):
    def run(text: str) -> list:
        return extract_entities(nlp(text), "t")

    return run


def _texts(mentions: list) -> list[str]:
    return [m.text for m in mentions]


def test_a_legal_forms_stop_closing_the_sentence_is_left_out(extract):
    found = extract(
        "Brindle Holdings said it had sold its paper mill to Harwick Timber Corp.\n\n"
        "The price was not disclosed."
    )
    mill_buyer = [m for m in found if m.text.startswith("Harwick")]
    assert [m.text for m in mill_buyer] == ["Harwick Timber Corp"]
    assert mill_buyer[0].canonical_name == "Harwick Timber Corp"


def test_a_legal_forms_stop_inside_the_sentence_stays(extract):
    found = extract("Harwick Timber Inc. said on Tuesday that its mill would close.")
    assert "Harwick Timber Inc." in _texts(found)


def test_an_initialism_closing_the_sentence_keeps_its_stop(extract):
    found = extract("The mill will ship its timber to the U.S.\n\nPrices rose.")
    assert "U.S." in _texts(found)


def test_an_owners_possessive_before_a_company_is_no_part_of_its_name(extract):
    found = extract(
        "Brindle Petroleum Corp said it would sell its stake in a pipeline.\n\n"
        "Brindle's Northern Gas Pipeline Co of Canada carries gas to three provinces, "
        "the company said."
    )
    texts = _texts(found)
    assert "Northern Gas Pipeline Co of Canada" in texts
    assert not any(text.startswith("Brindle's") for text in texts)


def test_a_brand_written_only_with_its_possessive_keeps_it(extract):
    found = extract("Marlow's Fried Fish Inc said on Monday it would open ten new shops.")
    assert any(m.text.startswith("Marlow's Fried Fish") for m in found)


def test_a_firm_of_two_surnames_written_twice_is_one_name(extract):
    found = extract(
        "Silver demand will rise this year, the dealer Pellow and Ardentine said in its "
        "yearly survey.\n\n"
        "Pellow and Ardentine said industrial buyers took more metal than ever."
    )
    assert "Pellow and Ardentine" in _texts(found)
    assert not any(m.text in ("Pellow", "Ardentine") for m in found)


def test_two_companies_named_once_each_stay_apart(extract):
    found = extract("Shares of Pellow and Ardentine rose on Monday after the merger talks.")
    assert "Pellow and Ardentine" not in _texts(found)


def test_an_organisations_first_words_take_its_full_name(extract):
    found = extract(
        "Harbour Mutual Assurance said on Monday its profits rose by a third.\n\n"
        "Harbour Mutual said it would pay a larger dividend."
    )
    short = [m for m in found if m.text == "Harbour Mutual"]
    assert short and all(m.canonical_name == "Harbour Mutual Assurance" for m in short)


def test_a_units_place_does_not_make_the_short_name_the_unit(extract):
    found = extract(
        "Brindle Motor Europe sold more cars in March.\n\n"
        "Brindle Motor said its plants in Asia would build a new model."
    )
    assert all(m.canonical_name != "Brindle Motor Europe" for m in found if m.text == "Brindle Motor")
