"""Entity mentions, name cleaning and within-document resolution."""

from __future__ import annotations

import pytest

from tasks.entities import clean_name, entity_key, extract_entities


@pytest.fixture(scope="module")
def entities_of(nlp):
    def run(text: str):
        return extract_entities(nlp(text), "t")

    return run


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("the United States", "GPE", "United States"),
        ("Russia’s", "GPE", "Russia"),
        ("China's", "GPE", "China"),
        ("U.S.", "GPE", "U.S."),
        ("Moscow.", "GPE", "Moscow"),
        ("Shanghai Cooperation Organization (SCO", "ORG", "Shanghai Cooperation Organization"),
        ("Mr. John Smith", "PERSON", "John Smith"),
        ("President Joe\nBiden", "PERSON", "Joe Biden"),
        ("Gen. Mark Milley", "PERSON", "Mark Milley"),
    ],
)
def test_clean_name(text, label, expected):
    assert clean_name(text, label) == expected


def test_entity_key_is_stable_and_readable():
    assert entity_key("PERSON", "Zhang Xin") == "PERSON:zhang-xin"
    assert entity_key("PERSON", "José  Álvarez") == entity_key("PERSON", "Jose Alvarez")
    assert entity_key("ORG", "RFE/RL") == "ORG:rfe-rl"


def test_seed_people_are_one_entity_each(seed_doc, seed_gold):
    mentions = extract_entities(seed_doc, "seed")
    for person, forms in seed_gold["people"].items():
        keys = {m.entity_key for m in mentions if m.label == "PERSON" and m.text in forms}
        assert keys == {entity_key("PERSON", person)}, person


def test_seed_acronym_links_to_its_long_form(seed_doc):
    mentions = extract_entities(seed_doc, "seed")
    sco = {
        m.canonical_name for m in mentions if m.text in ("SCO", "Shanghai Cooperation Organization")
    }
    assert sco == {"Shanghai Cooperation Organization"}


def test_offsets_point_at_the_mention_text(seed_doc, seed_text):
    for mention in extract_entities(seed_doc, "seed"):
        assert seed_text[mention.start_char : mention.end_char] == mention.text


def test_surname_before_full_name_resolves_forward(entities_of):
    mentions = entities_of(
        "Okafor arrived late. Later, Samuel Okafor told the committee he had been delayed."
    )
    okafor = [m for m in mentions if m.label == "PERSON"]
    assert {m.canonical_name for m in okafor} == {"Samuel Okafor"}


def test_surname_takes_the_nearest_preceding_full_name(entities_of):
    mentions = entities_of(
        "Anna Berg met Erik Berg in Oslo. Anna Berg spoke first. Later Erik Berg arrived, "
        "and Berg said the talks went well."
    )
    last = [m for m in mentions if m.text == "Berg"][-1]
    assert last.canonical_name == "Erik Berg"
