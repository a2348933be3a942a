"""A member of Congress's party and state after the name ("Jo Doe, D-Kan., said"), which
the model takes for a person or a place of its own, is the state (issue 17)."""

from __future__ import annotations

import pytest

from tasks.entities import extract_entities
from tasks.entity_places import party_tag_state


@pytest.fixture(scope="module")
def entities_of(nlp):
    def run(text: str):
        return [(m.text, m.label, m.canonical_name) for m in extract_entities(nlp(text), "t")]

    return run


def test_a_tag_the_model_took_for_a_person_is_the_state(entities_of):
    found = entities_of(
        "Lower support prices are possible, said Dan Glickman, D-Kans., chairman of "
        "the House agriculture subcommittee."
    )
    assert ("Kans.", "GPE", "Kansas") in found
    assert not [m for m in found if m[0].startswith("D-")]
    assert ("Dan Glickman", "PERSON", "Dan Glickman") in found


def test_a_tag_with_the_ap_abbreviation(entities_of):
    found = entities_of(
        "Sen. David Boren, D-Okla., chairman of the panel, said the bill would pass."
    )
    assert ("Okla.", "GPE", "Oklahoma") in found
    assert ("David Boren", "PERSON", "David Boren") in found


def test_a_tag_the_model_leaves_alone_adds_nothing(entities_of):
    found = entities_of("The bill was sponsored by Sen. Rudy Boschwitz (R-Minn.) and others.")
    assert not [m for m in found if m[2] == "Minnesota"]
    assert ("Rudy Boschwitz", "PERSON", "Rudy Boschwitz") in found


@pytest.mark.parametrize(
    ("written", "state"),
    [
        ("Kan.", "Kansas"),
        ("Kans", "Kansas"),
        ("Tex", "Texas"),
        ("Iowa", "Iowa"),
        ("Wisc", "Wisconsin"),
        ("Wash.", "Washington (state)"),
        ("Ltd", None),
        ("Dole", None),
    ],
)
def test_the_states_a_tag_writes(written, state):
    assert party_tag_state(written) == state
