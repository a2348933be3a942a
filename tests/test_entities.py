"""Entity mentions, name cleaning and within-document resolution."""

from __future__ import annotations

import pytest

from core.errors import DossierError
from tasks.aliases import load_aliases
from tasks.entities import clean_name, dateline_place, entity_key, extract_entities


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


def test_seed_united_states_is_one_entity(seed_doc):
    mentions = extract_entities(seed_doc, "seed")
    keys = {m.entity_key for m in mentions if m.text in ("U.S.", "the United States")}
    assert keys == {"GPE:united-states"}


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("U.S.", "GPE", ("United States", "GPE")),
        ("America", "GPE", ("United States", "GPE")),
        ("the US", "ORG", ("United States", "GPE")),
        ("Britain", "GPE", ("United Kingdom", "GPE")),
        ("UK", "GPE", ("United Kingdom", "GPE")),
        ("Russian Federation", "GPE", ("Russia", "GPE")),
        ("Viet Nam", "GPE", ("Vietnam", "GPE")),  # from pycountry
        ("Uzbekistan", "NORP", ("Uzbekistan", "GPE")),
        ("Nato", "ORG", ("North Atlantic Treaty Organization", "ORG")),
    ],
)
def test_aliases_resolve_across_documents(name, label, expected):
    assert load_aliases().resolve(name, label) == expected


def test_person_names_are_not_looked_up_as_places():
    assert load_aliases().resolve("Jordan", "PERSON") is None
    assert load_aliases().resolve("in", "GPE") is None


def test_user_alias_file_extends_and_overrides(tmp_path):
    extra = tmp_path / "aliases.toml"
    extra.write_text(
        '[[entities]]\ncanonical = "Shell"\nlabel = "ORG"\naliases = ["Royal Dutch Shell"]\n'
        '[[entities]]\ncanonical = "USA"\nlabel = "GPE"\naliases = ["America"]\n'
    )
    table = load_aliases(str(extra))
    assert table.resolve("Royal Dutch Shell", "ORG") == ("Shell", "ORG")
    assert table.resolve("America", "GPE") == ("USA", "GPE")
    assert table.resolve("Britain", "GPE") == ("United Kingdom", "GPE")


def test_malformed_alias_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "aliases.toml"
    bad.write_text('[[entities]]\ncanonical = "X"\n')
    with pytest.raises(DossierError, match=r"alias file .*entry 1"):
        load_aliases(str(bad))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("WASHINGTON (AP) — The Senate voted on Tuesday.", "Washington"),
        ("KABUL, Aug 9 (Reuters) - Taliban fighters took a city.", "Kabul"),
        ("Storm hits coast\n\nLA CROSSE, Wisc. — Gov. Mike Pence spoke.", "La Crosse"),
    ],
)
def test_dateline_is_a_place(entities_of, text, place):
    assert dateline_place(text)[2] == place
    mentions = entities_of(text)
    first = min(mentions, key=lambda m: m.start_char)
    assert (first.canonical_name, first.label) == (place, "GPE")
    assert text[first.start_char : first.end_char].title() == place


def test_keys_are_the_same_in_every_document(nlp):
    first = extract_entities(nlp("The U.S. and Britain signed the deal."), "a")
    second = extract_entities(nlp("America and the United Kingdom signed the deal."), "b")
    assert (
        {m.entity_key for m in first}
        == {m.entity_key for m in second}
        == {
            "GPE:united-states",
            "GPE:united-kingdom",
        }
    )
