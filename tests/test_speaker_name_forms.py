"""Round 10 (issue 16): a speaker's name as the document gives it in full, when the
cue writes it misspelt, glued to an organisation or without its nickname."""

from __future__ import annotations

import pytest

from tasks.speaker_mentions import one_edit

from .quote_helpers import speaker_of


def test_one_edit_or_a_swap():
    assert one_edit("prendergast", "predergast")
    assert one_edit("houser", "hauser")
    assert one_edit("davenport", "daveport")
    assert one_edit("martinez", "matrinez")
    assert not one_edit("houser", "houser")
    assert not one_edit("johnson", "jackson")


def test_a_surname_misspelt_at_the_cue_is_the_person_spelt_right(quotes_of):
    text = (
        "Glenbrook Mills said on Tuesday it would close two plants. Its treasurer, "
        "Margaret Kowalczyk, said the closures would save money.\n\n"
        '"We have no choice but to cut costs this year," Kowalcyzk said.'
    )
    assert speaker_of(quotes_of(text), "no choice") == "Margaret Kowalczyk"


def test_a_name_glued_to_an_organisation_by_a_comma_is_the_person(quotes_of):
    text = (
        '"The deal is off the table," said Dana Whitlow, analyst at Marsh, Lyle and '
        'Co.\n\nGiven the reach of a merged Orbex-Talcor, Whitlow said "half of the '
        'savings depend on the Ohio plant."'
    )
    assert speaker_of(quotes_of(text), "half of the") == "Dana Whitlow"


def test_a_nickname_between_first_name_and_surname(quotes_of):
    text = (
        "Brian 'Bull' Tollard has left the band after ten years.\n\n"
        '"I need a rest from touring," Tollard told a local radio station.'
    )
    assert speaker_of(quotes_of(text), "rest from touring") == "Brian Tollard"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Lib Dem Harold Fenwick said the ferry subsidy would cost the island far too much.",
            "Harold Fenwick",
        ),
        ("Tory MP Angus Pettifer said the harbour fees had doubled.", "Angus Pettifer"),
    ],
)
def test_a_party_and_an_office_before_a_name_are_not_the_name(quotes_of, text, name):
    assert {q.speaker for q in quotes_of(text)} == {name}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            '"The quarry permit is a done deal," said Treasurer Colin Marchetti on Monday.',
            "Colin Marchetti",
        ),
        (
            '"The levee repairs will start in spring," said Supervisor Ramon Quintero.',
            "Ramon Quintero",
        ),
        # A role the office list lacks, which news writes in lowercase.
        (
            '"Every run felt like the first one," said Drummer Kevin Ashworth.',
            "Kevin Ashworth",
        ),
    ],
)
def test_an_office_or_a_role_before_a_given_name_is_not_the_name(quotes_of, text, name):
    assert {q.speaker for q in quotes_of(text)} == {name}


def test_a_given_name_the_list_lacks_after_a_role_noun_completes_a_surname(nlp):
    from tasks.quote_context import QuoteContext
    from tasks.speaker_mentions import Mentions

    # The model may tag no name here: the look-up reads the words alone.
    doc = nlp("Marine biology lecturer Tavo Renkiewicz expects the reef survey to be cut.")
    mentions = Mentions(QuoteContext.of(doc, []), {})
    assert mentions.written_name("Renkiewicz") == "Tavo Renkiewicz"
    # Not after a word that is no role noun.
    doc = nlp("The reef survey in Harlow Renkiewicz expects to be cut.")
    assert Mentions(QuoteContext.of(doc, []), {}).written_name("Renkiewicz") is None


def test_a_family_name_opening_a_sentence_with_its_particle_is_the_person(quotes_of):
    # "Du Toitskraal" opening a sentence is an organisation to the model; the office
    # before "Gerrit du Toitskraal" says a person is named there.
    text = (
        "Pretoria will repay part of its debt to foreign banks over three years, Finance "
        "Minister Gerrit du Toitskraal said.\n\n"
        '"The arrangement shows our willingness to meet our commitments," du Toitskraal '
        "told a news conference.\n\n"
        'Du Toitskraal said the deal was "a fair result".'
    )
    assert speaker_of(quotes_of(text), "a fair result") == "Gerrit du Toitskraal"


def test_a_particle_led_name_with_no_given_name_written_stays_as_it_is(quotes_of):
    text = (
        "The fund's board met on Friday.\n\n"
        '"We expect a better year," van Rensdal told a news conference.'
    )
    assert speaker_of(quotes_of(text), "better year") == "van Rensdal"
