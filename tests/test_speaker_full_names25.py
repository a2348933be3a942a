"""Round 25 (issue 16): a speaker's full name where the text gives it, and the body
behind a description. A full name with a family-name particle that the model typed
an organisation ("Hans van Dam"); given names the model typed apart from a family
name of two words; an office's last word the model ran into a name ("Minister of
Industry and Energy Benali"); a misspelt body ("the Tresaury"); a company's board
("the directors") speaking for the story's company."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tasks.entities import extract_entities
from tasks.quotes import extract_quotes
from tasks.speaker_mentions import _particle_full_name

from .quote_helpers import speaker_of


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Hans van Dam", True),
        ("Anna van der Berg", True),
        ("Marc de Wolf", True),
        ("Banco de Fomento", False),  # no given name
        ("Hans Dam", False),  # no particle
        ("Hans van", False),  # nothing after the particle
    ],
)
def test_a_given_name_a_particle_and_a_surname_make_a_person(name, person):
    assert _particle_full_name(name) is person


def test_a_particle_name_typed_an_organisation_is_the_full_name_and_he(nlp):
    text = (
        "Hans van Dam, Trade Commissioner of the Benelux Union, told a news conference "
        "on Monday that the port levy would be cut.\n\n"
        "The cut was being studied, van Dam said. A harbour official said ships "
        "were waiting.\n\n"
        '"Other charges on shipping will come down too," van Dam said.\n\n'
        '"The ministers meet again in May," he said.'
    )
    doc = nlp(text)
    entities = extract_entities(doc, "t")
    # The model types the full name an organisation at its first mention (as it
    # does on wire copy) and the surname with its particle a person.
    first = next(e for e in entities if e.text == "Hans van Dam")
    entities = [
        replace(e, label="ORG", entity_key="ORG:hans-van-dam") if e is first else e
        for e in entities
    ]
    quotes = extract_quotes(doc, "t", entities)
    assert speaker_of(quotes, "come down too") == "Hans van Dam"
    assert speaker_of(quotes, "meet again in May") == "Hans van Dam"


def test_given_names_typed_apart_from_a_two_word_family_name(nlp):
    text = (
        '"Our farmers have suffered for years under these quotas," Brazil\'s '
        "Agriculture Minister Jose Hugo Castelo Mendes told the meeting."
    )
    doc = nlp(text)
    entities = []
    # The model types the given names a person and the family name a place (as it
    # does on wire copy): the one mention split in two.
    for e in extract_entities(doc, "t"):
        if e.text != "Jose Hugo Castelo Mendes":
            entities.append(e)
            continue
        middle = e.start_char + len("Jose Hugo")
        entities.append(
            replace(
                e,
                end_char=middle,
                text="Jose Hugo",
                canonical_name="Jose Hugo",
                entity_key="PERSON:jose-hugo",
            )
        )
        entities.append(
            replace(
                e,
                start_char=middle + 1,
                text="Castelo Mendes",
                label="GPE",
                canonical_name="Castelo Mendes",
                entity_key="GPE:castelo-mendes",
                mention_id=e.mention_id + "b",
            )
        )
    quotes = extract_quotes(doc, "t", entities)
    assert speaker_of(quotes, "these quotas") == "Jose Hugo Castelo Mendes"
    assert quotes[0].speaker_title == "Brazil's Agriculture Minister"


def test_an_office_word_run_into_a_name_is_no_part_of_it(quotes_of):
    text = (
        "Gas exports will rise this year, Algerian Minister of Industry and Energy "
        "Benali said on Monday.\n\n"
        'Benali said the new pipeline would open in May. "We have signed contracts '
        'with three buyers," Benali said.'
    )
    quotes = quotes_of(text)
    assert speaker_of(quotes, "three buyers") == "Benali"
    assert speaker_of(quotes, "new pipeline") == "Benali"


def test_a_misspelt_body_is_the_body_spelt_right(quotes_of):
    text = (
        "The Treasury said on Monday it would lend 200 mln dlrs to the central bank "
        "of Peru.\n\nThe Treasury said the loan would support reforms. "
        '"Peru is expected to repay the loan within a year," the Tresaury said.'
    )
    assert speaker_of(quotes_of(text), "repay the loan") == "Treasury"


def test_the_directors_speak_for_the_story_company(quotes_of):
    text = (
        "Ortega Mills Inc said its profit rose 20 pct last year.\n\n"
        '"The mills will run at full capacity in the year ahead," the directors said '
        "in the annual report."
    )
    assert speaker_of(quotes_of(text), "full capacity") == "Ortega Mills Inc"


def test_the_directors_of_one_of_two_companies_are_no_guess(quotes_of):
    text = (
        "Ortega Mills Inc and Dunmore Textiles Ltd both said their profits rose last "
        "year.\n\n"
        '"The mills will run at full capacity in the year ahead," the directors said '
        "in the annual report."
    )
    assert speaker_of(quotes_of(text), "full capacity") == "the directors"


def test_a_two_word_family_name_typed_an_organisation_is_the_person(nlp):
    text = (
        "Middle-distance runner Karim El Mansouri will race in Paris next month.\n\n"
        '"I feel strong and my legs are fresh," said El Mansouri.'
    )
    doc = nlp(text)
    # The model types the family name an organisation at the cue (as it does in
    # sports copy) and the full name a person.
    entities = [
        replace(e, label="ORG", entity_key="ORG:el-mansouri", canonical_name="El Mansouri")
        if e.text == "El Mansouri"
        else e
        for e in extract_entities(doc, "t")
    ]
    quotes = extract_quotes(doc, "t", entities)
    assert speaker_of(quotes, "legs are fresh") == "Karim El Mansouri"
