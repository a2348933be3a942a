"""Canonical names (issue 17, round 34): a country's "Central Bank" takes the name the
BIS list gives it (tasks/data/entity_wire.toml, [institutions.full_names]); two
companies the model ran into one name across "and" are split when both halves carry a
legal form (tasks/entity_spans.py ``_two_firms``); a company named for its founder
goes on by the founder's surname (tasks/entity_acronyms.py ``_after_founder``), and
its span keeps the founder's abbreviated given name (tasks/entity_firm_spans.py); a
curated short name takes the legal name the document writes
(tasks/entities.py ``_curated_with_written_legal_form``)."""

import pytest

from tasks.entities import extract_entities


@pytest.fixture(scope="module")
def extract_of(nlp):
    def run(text: str) -> list:
        return extract_entities(nlp(text), "t")

    return run


@pytest.mark.parametrize(
    ("country", "bank"),
    [("Bangladesh", "Bangladesh Bank"), ("Mexico", "Bank of Mexico")],
)
def test_a_central_bank_takes_its_own_name(extract_of, country, bank):
    text = (
        f"Deposits grew 4 pct in the quarter, {country}'s Central Bank reported on Monday. "
        "The Central Bank expects slower growth.\n"
    )
    banks = [m for m in extract_of(text) if m.text == "Central Bank"]
    assert banks
    assert {m.canonical_name for m in banks} == {bank}


def test_two_companies_joined_by_and_are_two_names(extract_of):
    text = (
        "CTS Corp and Dynamics Corp of America said the court ruled for CTS. "
        "DCA said it would appeal.\n"
    )
    found = {(m.text, m.canonical_name) for m in extract_of(text)}
    assert ("CTS Corp", "CTS Corp") in found
    assert ("Dynamics Corp of America", "Dynamics Corp of America") in found
    assert ("CTS", "CTS Corp") in found
    assert ("DCA", "Dynamics Corp of America") in found


def test_a_partnership_and_co_stays_one_name(extract_of):
    found = {m.text for m in extract_of("Parke, Davis and Co said sales rose.\n")}
    assert "Parke, Davis and Co" in found


def test_a_founders_surname_stands_for_the_firm(extract_of):
    text = (
        "Martin J. Crowe and Co said profits rose in March. Orders at Crowe were strong, "
        "and Crowe expects more.\n"
    )
    crowes = [m for m in extract_of(text) if m.text == "Crowe"]
    assert crowes
    assert {m.canonical_name for m in crowes} == {"Martin J. Crowe and Co"}


def test_an_abbreviated_given_name_opens_the_firms_span(extract_of):
    text = (
        "Privately owned Delmont Inc, which runs 40 shops in three states, said it has "
        "hired Alex. Brown and Sons Inc to advise on a sale.\n"
    )
    assert "Alex. Brown and Sons Inc" in {m.text for m in extract_of(text)}


def test_a_name_ending_a_sentence_stays_apart(extract_of):
    found = {m.text for m in extract_of("He met Tom. Delmont Inc said no.\n")}
    assert "Delmont Inc" in found


def test_a_curated_short_name_takes_the_legal_name_written(extract_of):
    text = "General Motors Corp said van sales fell in May. GM said it expects a rebound.\n"
    gm = [m for m in extract_of(text) if m.text == "GM"]
    assert [m.canonical_name for m in gm] == ["General Motors Corp"]
    assert gm[0].entity_key == "ORG:general-motors"


def test_a_curated_short_name_alone_keeps_the_curated_name(extract_of):
    gm = [m for m in extract_of("GM said it expects a rebound.\n") if m.text == "GM"]
    assert [m.canonical_name for m in gm] == ["General Motors"]
