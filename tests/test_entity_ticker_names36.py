"""A company's name before its wire ticker: one firm per name where two are joined by
"and", and a name the model already found whole keeps the short forms that refer to it."""

from __future__ import annotations


def test_two_firms_joined_by_and_before_a_ticker_stay_two(extract):
    text = (
        "Brandvale Energy is a private company owned by Harlow Kemp Drummond and Co "
        "and Westmark-Fairley Inc <WFI>.\n\nThe company said output rose."
    )
    texts = {m.text for m in extract(text) if m.label == "ORG"}
    assert "Westmark-Fairley Inc" in texts
    assert not any(t.startswith("Harlow") and t.endswith("Inc") for t in texts)


def test_short_form_of_a_name_found_whole_before_its_ticker_takes_the_full_name(extract):
    text = (
        "Ten companies plan to sell the new fuel this summer.\n\n"
        "Toyama Shell Sekiyu KK <TSHL.T> introduced its premium gasoline in January.\n\n"
        '"We have had a good response from drivers," Toyama Shell said.\n'
    )
    keys = {m.entity_key for m in extract(text) if m.text == "Toyama Shell"}
    full = {m.entity_key for m in extract(text) if m.text == "Toyama Shell Sekiyu KK"}
    assert full and keys == full
