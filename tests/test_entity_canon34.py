"""Canonical names (issue 17, round 34): a country's "Central Bank" takes the name the
BIS list gives it (tasks/data/entity_wire.toml, [institutions.full_names])."""

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
