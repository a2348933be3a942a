"""Names (issue 17, round 31): well-known organisations and events named by a short
form the document never spells out take the long name, and one key, whichever form a
document uses (tasks/data/entity_names.toml); a street's abbreviated type is spelled
out."""

import pytest

from tasks.entities import extract_entities
from tasks.entity_places import street_abbreviations


@pytest.fixture(scope="module")
def extract_of(nlp):
    def run(text: str) -> list:
        return extract_entities(nlp(text), "t")

    return run


def _named(mentions: list, written: str) -> list:
    return [m for m in mentions if written in m.text]


def test_an_exchange_by_its_initials_shares_the_key_of_its_full_name(extract_of):
    short = _named(extract_of("Crude oil futures rose 40 cents on NYMEX on Tuesday."), "NYMEX")
    full = _named(
        extract_of("Crude oil futures rose on the New York Mercantile Exchange on Tuesday."),
        "Mercantile",
    )
    assert short and full
    assert {m.canonical_name for m in short} == {"New York Mercantile Exchange"}
    assert {m.entity_key for m in short} == {m.entity_key for m in full}


def test_a_war_by_its_initials_and_by_its_british_name_is_one_event(extract_of):
    keys = set()
    for text in (
        "My grandfather flew bombers over Dunmore in WWII, he told the reporter.",
        "My grandfather flew bombers over Dunmore in the Second World War, he said.",
    ):
        found = [m for m in extract_of(text) if m.label == "EVENT"]
        assert found and {m.canonical_name for m in found} == {"World War II"}
        keys |= {m.entity_key for m in found}
    assert len(keys) == 1


def test_an_ambiguous_short_form_needs_its_cue_word(extract_of):
    andean = "The Andean nations' lender CAF agreed a loan of 80 mln dlrs to Ruritania."
    football = "The CAF fined the Ruritania football federation after the final."
    assert {m.canonical_name for m in _named(extract_of(andean), "CAF")} == {
        "Andean Development Corporation"
    }
    assert "Andean Development Corporation" not in {m.canonical_name for m in extract_of(football)}


class _Place:
    def __init__(self, canonical: str, label: str = "FAC") -> None:
        self.canonical, self.label, self.pinned = canonical, label, False


def test_a_streets_abbreviated_type_is_spelled_out():
    places = [
        _Place("Quarry St"),
        _Place("Mill Rd."),
        _Place("St Albans", "GPE"),
        _Place("St"),
        _Place("12 Quarry St."),
    ]
    street_abbreviations(places)
    assert [p.canonical for p in places] == [
        "Quarry Street",
        "Mill Road",
        "St Albans",
        "St",
        "12 Quarry St.",
    ]
    firm = _Place("Quarry St", "ORG")
    street_abbreviations([firm])
    assert firm.canonical == "Quarry St"


def test_a_middle_initial_given_once_files_the_person_under_the_fullest_name(extract_of):
    text = (
        "Professor Ann K. Lowry of Dunmore College studies teams. Ann Lowry said teams "
        "of five work best. Asked why, Lowry said that larger teams talk too much."
    )
    people = [m for m in extract_of(text) if m.label == "PERSON" and "Lowry" in m.text]
    assert len(people) == 3
    assert {m.canonical_name for m in people} == {"Ann K. Lowry"}


def test_two_middle_initials_for_one_name_leave_it_as_written(extract_of):
    text = "Ann K. Lowry met Ann T. Lowry, her cousin, in Dunmore. Ann Lowry said little."
    plain = [m for m in extract_of(text) if m.text == "Ann Lowry"]
    assert plain and {m.canonical_name for m in plain} == {"Ann Lowry"}


def test_a_department_of_insurance_takes_the_one_state_named(extract_of):
    text = (
        "Acme Mutual Co said the Department of Insurance approved its rate rise in Georgia, "
        "where it insures 40,000 homes."
    )
    found = [m for m in extract_of(text) if m.text == "Department of Insurance"]
    assert found and {m.canonical_name for m in found} == {"Georgia Department of Insurance"}


def test_a_curated_name_in_a_table_row_leaves_out_the_spaces_after_it(extract_of):
    text = "Exports by destination (tonnes)\n\nUSSR        26,970  27,270\n\nOthers      1,200"
    found = [m for m in extract_of(text) if m.text.startswith("USSR")]
    assert found and [m.text for m in found] == ["USSR"]
