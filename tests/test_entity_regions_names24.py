"""Canonical names (issue 17, round 24): a compass region of an American story is the
United States' region; a curated company keeps the legal form the document writes."""

from __future__ import annotations


def _canonical(mentions: list, text: str) -> list[str]:
    return [m.canonical_name for m in mentions if m.text == text]


def test_the_west_of_an_american_story_is_the_western_united_states(extract):
    found = extract(
        "Wildfires spread across Oregon on Monday.\n\n"
        "Firefighters said the drought that has gripped the West for three summers made "
        "the forests burn faster than ever."
    )
    assert _canonical(found, "West") == ["Western United States"]
    keys = {m.entity_key for m in found if m.text == "West"}
    assert keys == {"LOC:western-united-states"}


def test_the_south_after_lowercase_words_and_up_north(extract):
    found = extract(
        "Peach growers in Alabama expect a late harvest.\n\n"
        "Orchards across the humid South lost blossoms to frost, while growers up North "
        "waited for the snow to melt."
    )
    assert _canonical(found, "South") == ["Southern United States"]
    assert _canonical(found, "North") == ["Northern United States"]


def test_the_west_of_a_story_naming_another_country_stays_as_written(extract):
    found = extract(
        "Exports from Texas to Mexico rose last year.\n\n"
        "Mexico's trade with the West grew faster than its trade with Asia, officials said."
    )
    assert "Western United States" not in {m.canonical_name for m in found}


def test_the_west_of_a_story_naming_no_state_stays_as_written(extract):
    found = extract(
        "The Soviet Union's trade deficit with the West widened last year, the Moscow "
        "ministry said."
    )
    assert "Western United States" not in {m.canonical_name for m in found}


def test_a_curated_company_keeps_the_legal_form_the_document_writes(extract):
    found = extract(
        "Ford Motor Co said on Tuesday it would build a new plant in Ohio.\n\n"
        "Ford said the plant would employ 2,000 people."
    )
    assert _canonical(found, "Ford Motor Co") == ["Ford Motor Co"]
    assert _canonical(found, "Ford") == ["Ford Motor Co"]
    # The key is the curated company's, whatever form the story writes.
    assert {m.entity_key for m in found if m.text.startswith("Ford")} == {"ORG:ford-motor"}


def test_a_curated_company_named_without_its_legal_form_keeps_its_curated_name(extract):
    found = extract(
        "Microsoft Corp said on Tuesday that sales rose.\n\nMicrosoft said cloud revenue doubled."
    )
    assert set(_canonical(found, "Microsoft Corp")) == {"Microsoft"}
    assert {m.entity_key for m in found if m.text.startswith("Microsoft")} == {"ORG:microsoft"}


def test_a_company_named_by_two_places_is_one_name(extract):
    found = extract("The loan was arranged by Hongkong and Shanghai Banking Corp, bankers said.")
    firm = "Hongkong and Shanghai Banking Corp"
    named = [m for m in found if m.text == firm]
    assert named and all(m.label == "ORG" and m.canonical_name == firm for m in named)
    assert not [m for m in found if m.text == "Shanghai Banking Corp"]


def test_two_places_with_a_company_of_one_place_stay_apart(extract):
    found = extract("The group sells its tea in Kenya and Singapore Airlines Ltd flies it.")
    assert "Kenya and Singapore Airlines Ltd" not in {m.text for m in found}
