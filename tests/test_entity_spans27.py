"""Round 27 (spans27): a currency named by its country's abbreviation is the
country's mention."""

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
