"""Spans and names (issue 17, round 25): an owner's possessive that opens an
organisation's name is no part of it; a firm of two surnames the model took apart is
one name where the document writes it twice; an organisation's first words take the
full name the document gave it."""

from __future__ import annotations

from spacy.tokens import Span

from tasks.entity_spans import without_owner


def _texts(mentions: list) -> list[str]:
    return [m.text for m in mentions]


def test_an_owners_possessive_before_a_company_is_no_part_of_its_name(nlp):
    # The model seldom runs an owner into the name, so the span is built over its tokens.
    doc = nlp("Vantex said the sale of Vantex's Midland Gas Pipeline Co of America would close.")
    start = [t.text for t in doc].index("Vantex", 1)
    end = [t.text for t in doc].index("America") + 1
    cut = without_owner(Span(doc, start, end, label="ORG"))
    assert cut is not None and cut.text == "Midland Gas Pipeline Co of America"


def test_a_brand_written_only_with_its_possessive_keeps_it(nlp):
    doc = nlp("Shares of Marlow's Fried Fish Inc rose on Monday.")
    start = [t.text for t in doc].index("Marlow")
    end = [t.text for t in doc].index("Inc") + 1
    assert without_owner(Span(doc, start, end, label="ORG")) is None


def test_a_firm_of_two_surnames_written_twice_is_one_name(extract):
    found = extract(
        "Silver demand rose, the dealer house Handley and Garmon said in its annual review. "
        "Handley and Garmon said industrial buyers took more metal."
    )
    assert _texts(found).count("Handley and Garmon") == 2
    assert not any(m.text in ("Handley", "Garmon") for m in found)


def test_two_people_by_surname_stay_apart(extract):
    found = extract(
        "Demand rose, the dealer house Brackley and Sowerby said in its review.\n\n"
        "Brackley and Sowerby said buyers took more metal."
    )
    assert "Brackley and Sowerby" not in _texts(found)


def test_an_organisations_first_words_take_its_full_name(extract):
    found = extract(
        "Harbour Mutual Assurance said its profits rose.\n\n"
        "A spokesman for Harbour Mutual said the dividend would rise."
    )
    short = [m for m in found if m.text == "Harbour Mutual"]
    assert short and all(m.canonical_name == "Harbour Mutual Assurance" for m in short)


def test_a_bank_named_with_its_town_is_the_long_form(extract):
    found = extract(
        "Pinecrest National Bank of Elmwood said its profits rose.\n\n"
        "Shares of Pinecrest National fell two cents."
    )
    assert [m.canonical_name for m in found if m.text == "Pinecrest National"] == [
        "Pinecrest National Bank of Elmwood"
    ]


def test_a_units_team_is_no_long_form_of_its_organisation(extract):
    found = extract(
        "Kestrel Savings Customer Care Team answers calls.\n\n"
        "Kestrel Savings said the deal would close in June."
    )
    assert [m.canonical_name for m in found if m.text == "Kestrel Savings"] == ["Kestrel Savings"]
