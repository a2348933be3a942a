"""Short forms and canonical names (issue 17, round 22): an acronym whose letters
include a legal form word of its long form, a short name of a company named across
"and", a short form's label from its long form written out, the United States'
institutions under their full names (tests/test_entity_wire.py)."""

from __future__ import annotations

import pytest

from tasks.entities import extract_entities


@pytest.fixture(scope="module")
def extract(nlp):
    def run(text: str) -> list:
        return extract_entities(nlp(text), "t")

    return run


def test_an_acronym_may_hold_a_legal_form_word(extract):
    # "Pty" gives the acronym its last letter; "Co Ltd" give none.
    text = (
        "Shares of Kallista Mining Pty Co Ltd rose on Monday. KMP said the steel "
        "division did well, and KMP raised its dividend."
    )
    found = [m for m in extract(text) if m.text == "KMP"]
    assert len(found) == 2
    assert {m.canonical_name for m in found} == {"Kallista Mining Pty Co Ltd"}
    # Letters that are no such opening of the name stay as written.
    other = [m for m in extract(text.replace("KMP", "KPL")) if m.text == "KPL"]
    assert {m.canonical_name for m in other} == {"KPL"}
