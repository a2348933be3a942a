"""Round 31 (issue 16): a name after a rank or an office that the model did not
tag ("Lt Col ...") or typed an organisation ("Cardinal ...") speaks as the person
named in full, the office kept apart as the title; "the firm" speaks as the one
name the text writes right after "firm"."""

from __future__ import annotations

import pytest

from .quote_helpers import speaker_of


def test_a_rank_before_an_untagged_name_is_the_title(quotes_of):
    text = (
        "Of the $3.1bn approved, little has been spent. Lt Col Eric Schnaible of the "
        'PCO told the news agency the exit was a "friendly parting".'
    )
    quotes = quotes_of(text)
    assert {(q.speaker, q.speaker_title) for q in quotes} == {("Eric Schnaible", "Lt Col")}


@pytest.mark.parametrize("name", ["Macrovision", "Vidlock"])
def test_the_firm_is_the_one_name_written_after_the_noun(quotes_of, name):
    # Macrovision the model leaves untagged, Vidlock it tags: either speaks.
    text = (
        "Films on disc will be harder to duplicate with a new lock sold by copy "
        f"protection firm {name}.\n\nThe black market is large. "
        '"The lock is meant to curb copying of new releases," said the firm.'
    )
    assert speaker_of(quotes_of(text), "curb copying") == name


def test_the_firm_is_no_guess_between_two_named_after_the_noun(quotes_of):
    text = (
        "Music downloads will be harder to share under new limits from software firm "
        'Sonabrix and hardware firm Klemto.\n\n"The tool is built to cut sharing of '
        'songs," said the firm.'
    )
    assert speaker_of(quotes_of(text), "cut sharing") == "the firm"


def test_an_office_and_a_surname_typed_an_organisation_is_the_person_named_in_full(quotes_of):
    text = (
        "John O'Connor led the archdiocese for years. At the service, Cardinal "
        'O\'Connor said the new school was "a gift to the city".'
    )
    quotes = quotes_of(text)
    assert {(q.speaker, q.speaker_title) for q in quotes} == {("John O'Connor", "Cardinal")}
