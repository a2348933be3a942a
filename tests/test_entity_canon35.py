"""Canonical names and spans (issue 17, round 35): "the Reserve Bank" takes the one
central bank of the story's country named so (tasks/data/entity_wire.toml,
``within_full_names``); a foreign company's name the model cut after its joining word
takes the words after it (tasks/entity_firm_spans.py); a company named again without the
legal form glued to its last word ("Trustco") takes its full name
(tasks/entity_acronyms.py ``_glued_form_opening``); an underwriting firm named by its
partners' surnames is one name (tasks/entity_firm_spans.py)."""

import pytest

from tasks.entities import extract_entities


@pytest.fixture(scope="module")
def extract_of(nlp):
    def run(text: str) -> list:
        return extract_entities(nlp(text), "t")

    return run


@pytest.mark.parametrize(
    ("country", "bank"),
    [
        ("New Zealand", "Reserve Bank of New Zealand"),
        ("South Africa", "South African Reserve Bank"),
    ],
)
def test_the_reserve_bank_is_the_central_bank_of_a_country_that_has_one(extract_of, country, bank):
    text = (
        f"Lending in {country} slowed to 3 pct in May, the Reserve Bank said. "
        f"Exporters in {country} expect the Reserve Bank to hold rates.\n"
    )
    banks = [m for m in extract_of(text) if m.text == "Reserve Bank"]
    assert banks
    assert {m.canonical_name for m in banks} == {bank}


def test_a_reserve_bank_of_a_country_without_one_stays_as_written(extract_of):
    text = (
        "Lending in Brazil slowed to 3 pct in May, the Reserve Bank said. "
        "Exporters in Brazil expect the Reserve Bank to hold rates.\n"
    )
    banks = [m for m in extract_of(text) if m.text == "Reserve Bank"]
    assert banks
    assert {m.canonical_name for m in banks} == {"Reserve Bank"}


def test_a_foreign_name_cut_at_its_joining_word_takes_the_words_after_it(extract_of):
    found = {
        (m.text, m.label)
        for m in extract_of("It hired Societe de Credit Agricole et Industrielle as adviser.\n")
    }
    assert ("Societe de Credit Agricole et Industrielle", "ORG") in found
    assert not any(text.endswith(" et") for text, _ in found)


def test_a_holding_company_named_without_its_glued_form_takes_its_full_name(extract_of):
    text = (
        "<Harbour Trustco Ltd> said it planned a 90 mln dlr share issue in Canada.\n\n"
        "The shares will be convertible after May 1, Harbour Trust said. Harbour Trust "
        "said it would use proceeds to buy property.\n"
    )
    short = [m for m in extract_of(text) if m.text == "Harbour Trust"]
    assert short
    assert {m.canonical_name for m in short} == {"Harbour Trustco Ltd"}


def test_a_name_that_only_begins_like_a_glued_form_stays(extract_of):
    text = (
        "Harbour Trustees Ltd said it planned a share issue.\n\n"
        "Harbour Trust said it would buy property.\n"
    )
    short = [m for m in extract_of(text) if m.text == "Harbour Trust"]
    assert all(m.canonical_name == "Harbour Trust" for m in short)


def test_an_underwriting_firm_named_by_its_partners_is_one_name(extract_of):
    text = (
        "The company sold 1.2 mln common shares through an underwriting group managed by "
        "Lambert and Quayle.\n"
    )
    found = {(m.text, m.label) for m in extract_of(text)}
    assert ("Lambert and Quayle", "ORG") in found


def test_partners_after_another_name_or_in_a_plural_role_stay_apart(extract_of):
    text = "Dean Witter and Smith acted as adviser. Hollis and Carver acted as co-managers.\n"
    names = {m.text for m in extract_of(text)}
    assert "Witter and Smith" not in names
    assert "Hollis and Carver" not in names
