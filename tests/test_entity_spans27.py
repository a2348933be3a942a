"""Round 27 (spans27): a currency named by its country's abbreviation is the
country's mention; a place after a closing legal form, a state after a county are
no part of the name; a surname keeps its particle; a surname that is a place reports
as the person."""

from __future__ import annotations


def _mentions(extract, text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.label, m.entity_key) for m in extract(text)}


def test_country_abbreviation_before_dollars_is_the_country(extract):
    text = "Pellworth Holdings said it raised 500 mln H.K. Dlrs from the sale of its notes."
    found = _mentions(extract, text)
    assert found.get("H.K.") == ("GPE", "GPE:hong-kong")
    assert "H.K. Dlrs" not in found


def test_currency_opening_a_sentence_is_the_country(extract):
    text = "The N.Z. Dollar rose against the yen in early trading, dealers said."
    found = _mentions(extract, text)
    assert found.get("N.Z.") == ("GPE", "GPE:new-zealand")
    assert "N.Z. Dollar" not in found


def test_sterling_after_a_country_is_the_country(extract):
    text = "The fund bought 50 mln U.K. Stg of government bonds last week."
    found = _mentions(extract, text)
    assert found.get("U.K.") == ("GPE", "GPE:united-kingdom")


def test_a_surname_after_a_country_name_stays_a_person(extract):
    text = "Jordan Marks, a trader in Leeds, said the market was quiet."
    found = _mentions(extract, text)
    assert found.get("Jordan Marks", ("", ""))[0] == "PERSON"


def test_place_after_a_closing_legal_form_leaves_the_company(extract):
    text = "Harlow Pacific Ltd said it hired a broker to sell Quarry Lane Mills Ltd of Toronto."
    found = _mentions(extract, text)
    assert found.get("Quarry Lane Mills Ltd", ("", ""))[0] == "ORG"
    assert "Quarry Lane Mills Ltd of Toronto" not in found


def test_place_of_a_company_without_of_leaves_it(extract):
    text = 'The move "would hurt," Pellham, Doucet Inc Toronto-based analyst Jane Roe said.'
    found = _mentions(extract, text)
    assert not any(name.endswith("Toronto") for name in found)
    assert any(name.endswith("Doucet Inc") for name in found)


def test_a_name_goes_on_after_co(extract):
    text = "Shares of Aluminum Co of America rose 2 dlrs on Monday."
    found = _mentions(extract, text)
    assert "Aluminum Co of America" in found


def test_surname_after_its_particle_keeps_it(extract):
    text = (
        '"It is quiet," added Robert di Carlo of Harwell Brothers Inc. Rates will hold, '
        "and di Carlo added that the central bank would wait."
    )
    people = [m for m in extract(text) if m.label == "PERSON"]
    assert "di Carlo" in {m.text for m in people}
    assert {m.entity_key for m in people} == {"PERSON:robert-di-carlo"}


def test_particle_without_a_full_name_is_left_alone(extract):
    text = "The painting went to Madrid, and the museum of la Trinidad said it was pleased."
    assert "la Trinidad" not in {m.text for m in extract(text)}


def test_state_after_a_county_is_a_place_of_its_own(extract):
    text = "The plant is in St. Joseph County Indiana, the company said."
    found = _mentions(extract, text)
    assert found.get("St. Joseph County", ("", ""))[0] == "GPE"
    assert found.get("Indiana", ("", ""))[0] == "GPE"
    assert "St. Joseph County Indiana" not in found


def test_county_council_keeps_its_name(extract):
    text = "The Harbury County Council met on Monday to discuss roads."
    assert "Harbury County Council" in {m.text for m in extract(text)}


def test_a_country_after_corp_of_stays_in_the_name(extract):
    text = "Wardell Corp of America said it would open two prisons in Texas."
    assert "Wardell Corp of America" in {m.text for m in extract(text)}


def test_a_surname_that_is_a_country_reports_as_the_person(extract):
    text = (
        "Grant Holland, chief economist at Pellmore Bank, said rates would fall. "
        "Holland added that the dollar was weak. Trade with Holland grew last year."
    )
    found = [(m.text, m.entity_key) for m in extract(text)]
    assert found.count(("Holland", "PERSON:grant-holland")) == 1
    assert ("Holland", "GPE:netherlands") in found
