"""Round 40 (issue 16): pronouns and turns. A named speaker whose name has a person's
shape though it speaks as an organisation (the model typed it one, or took the person
for the firm named after him) is still a person a later "he" or "she" may stand for,
not the person named before him; a band, a company or a place is not. A capitalised
title after "the" ("the Cardinal", typed an organisation) is the person it describes."""

from __future__ import annotations

from .quote_helpers import speaker_of


def test_a_he_after_a_name_typed_an_organisation_is_that_person(quotes_of):
    # The model types this name an organisation at both mentions.
    text = (
        "City manager Graham Porter would think about signing Adrian Mutu when the "
        "forward's ban ends.\n\nMutu was dismissed by Rovers last week, a decision Porter "
        'supported. But Mutu has now attacked the club, saying: "Rovers have let me '
        'down." He told the Evening Post: "I have no idea what comes next for me."'
    )
    assert speaker_of(quotes_of(text), "what comes next") == "Adrian Mutu"


def test_a_he_after_a_person_named_like_his_firm_is_that_person(quotes_of):
    text = (
        "Jack Morton, the man behind the Alpha games group, has bought back its studios. "
        'Mr Morton has re-emerged. "We are pleased to announce the sale," said Henry '
        "Gold of administrators Henry Gold & Partners. Mr Gold said talks were going on "
        'over the rest. "This is a very difficult time for the staff," he said.'
    )
    assert speaker_of(quotes_of(text), "difficult time") == "Henry Gold"


def test_a_he_after_an_initialled_writer_is_that_writer(quotes_of):
    # The model types the surname alone an organisation, leaving the initial out.
    text = (
        'Readers sent their views to the website. "This game is far too good," wrote '
        "Samuel Vance, from Leeds. Others were worried. E Hayot, writing in the culture "
        'blogzine Print Culture, said recently: "I used to play the game a lot."\n\nHe '
        'says such play "was not unusual at all".'
    )
    assert speaker_of(quotes_of(text), "was not unusual") == "E Hayot"


def test_a_band_named_like_a_person_does_not_take_the_he(quotes_of):
    text = (
        "Tony Marsh, the music mogul, is to launch a new label. Marsh stressed that the "
        "indie scene remained important. He pointed out that Franz Ferdinand and the "
        'Strokes were signed to small labels. "Bands prefer it that way," he added.'
    )
    assert speaker_of(quotes_of(text), "prefer it") == "Tony Marsh"


def test_a_capitalised_title_after_the_is_the_person_it_describes(quotes_of):
    # The model types the capitalised title alone an organisation.
    text = (
        "Cardinal Cormac Kellerman has called for more aid to poor countries.\n\n"
        'The cardinal said the money spent on war was "a scandal". He will say so again '
        "at Mass. Both the Cardinal and Archbishop of York Dr Rowan Carrow asked for more "
        "time. Dr Carrow has since criticised the government.\n\nOn Friday, the Cardinal "
        'will ask the congregation to search for peace. "Peace is possible and it is '
        'worth striving for," he will say.'
    )
    assert speaker_of(quotes_of(text), "worth striving") == "Cormac Kellerman"
