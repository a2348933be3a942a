"""Entity labels of round 35 (issue 17): a company's short form that is also a place's
name ("Nevada" for "Nevada Mining Corp") takes the company's label where the document
never sets the word as a place."""

from __future__ import annotations


def _found(extract, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.label, m.canonical_name) for m in extract(text)]


def test_a_place_word_opening_a_company_name_is_the_company(extract):
    text = (
        "Nevada Mining Corp said it agreed to sell its smelter for 12 mln dlrs.\n\n"
        "Nevada did not name the buyer, and the sale leaves Nevada's stake at 20 pct."
    )
    found = _found(extract, text)
    assert ("Nevada", "ORG", "Nevada Mining Corp") in found
    assert ("Nevada", "GPE", "Nevada") not in found


def test_a_city_word_after_the_wire_brackets_is_the_company(extract):
    text = (
        "<Denver Gold Corp> said it raised its stake in a mine to 40 pct.\n\n"
        "Denver acquired the stake from a partner in 1985."
    )
    assert ("Denver", "ORG", "Denver Gold Corp") in _found(extract, text)


def test_a_place_word_the_document_sets_as_a_place_stays_a_place(extract):
    text = (
        "Nevada Mining Corp said it agreed to sell its smelter for 12 mln dlrs.\n\n"
        "The smelter in Nevada employs 300 people.\n\n"
        "Nevada did not name the buyer."
    )
    labels = {(m.text, m.label) for m in extract(text)}
    assert ("Nevada", "ORG") not in labels


def test_a_country_opening_a_company_name_stays_the_country(extract):
    text = (
        "Canada Development Corp said it sold its stake in a mine.\n\n"
        "Canada has been cutting its holdings of state companies."
    )
    labels = {(m.text, m.label) for m in extract(text)}
    assert ("Canada", "GPE") in labels


def _labels_of(extract, text: str, name: str) -> set[str]:
    return {m.label for m in extract(text) if m.text == name}


def test_a_name_one_installs_and_configures_is_a_program(extract):
    text = (
        "Before installing Korvex, back up your files. The editor works well with "
        "Korvex plugins, and Korvex settings are kept in one file."
    )
    assert _labels_of(extract, text, "Korvex") == {"PRODUCT"}


def test_a_company_with_a_legal_form_stays_an_organisation(extract):
    text = "Korvex Corp said it would enable Korvex Corp customers to pay online."
    assert "PRODUCT" not in _labels_of(extract, text, "Korvex Corp")
