"""Round 35 (issue 16): a speaker written as a description or a document: an
organisation's short form the model tagged at another mention, a name after the nouns
of its kind, and a court action that speaks for whoever brought it."""

from __future__ import annotations

from .quote_helpers import speaker_of


def test_a_short_form_tagged_elsewhere_is_the_organisation_in_full(quotes_of):
    text = (
        "Software maker Qorvane Systems has cut jobs.\n\n"
        "Qorvane said the cuts would save money. Qorvane also closed two offices. "
        'Qorvane added: "this was a hard decision for all of us."'
    )
    assert speaker_of(quotes_of(text), "hard decision") == "Qorvane Systems"


def test_a_name_after_the_noun_of_its_kind_speaks_without_it(quotes_of):
    text = (
        "Interest rates are likely to stay on hold this spring.\n\n"
        '"The central bank will wait for clearer signs of weakness," consultancy 7Point '
        "said in a note."
    )
    quote = next(q for q in quotes_of(text) if "central bank" in q.text)
    assert quote.speaker == "7Point"
    assert quote.speaker_title == "consultancy"


def test_a_description_of_lowercase_words_stays_as_written(quotes_of):
    text = (
        "Floods have cut off three villages in the valley.\n\n"
        '"We need clean water first," the aid agency said.'
    )
    assert speaker_of(quotes_of(text), "clean water") == "the aid agency"


def test_a_lawsuit_speaks_for_whoever_is_suing(quotes_of):
    text = (
        "Singer Mara Quillon is suing the concert promoter Brightline Events over a fall "
        "on stage.\n\n"
        "Quillon says she broke her wrist during a show in Leeds.\n\n"
        '"This was entirely avoidable," the lawsuit said.'
    )
    assert speaker_of(quotes_of(text), "entirely avoidable") == "Mara Quillon"


def test_a_lawsuit_filed_by_one_party_speaks_for_it(quotes_of):
    text = (
        "Harwick Oil has filed a lawsuit against the port authority over unpaid fees.\n\n"
        '"The fees were agreed in writing," the suit said.'
    )
    assert speaker_of(quotes_of(text), "agreed in writing") == "Harwick Oil"


def test_a_lawsuit_with_two_plaintiffs_stays_as_written(quotes_of):
    text = (
        "Mara Quillon is suing Brightline Events, and Tom Ashby sued the venue last "
        "week.\n\n"
        '"This was entirely avoidable," the lawsuit said.'
    )
    assert speaker_of(quotes_of(text), "entirely avoidable") == "the lawsuit"


def test_a_role_owned_by_a_body_is_the_one_person_written_after_its_possessive(quotes_of):
    text = (
        "A patient walked out of a secure hospital on Sunday.\n\n"
        "The Green Alliance's Mara Quillon has asked who approved his leave.\n\n"
        "The Green Alliance's parliamentary leader argued that ministers were to blame. "
        '"Someone signed this off," she said.'
    )
    assert speaker_of(quotes_of(text), "signed this off") == "Mara Quillon"


def test_a_role_owned_by_a_body_with_two_such_people_is_no_one_of_them(quotes_of):
    text = (
        "A patient walked out of a secure hospital on Sunday.\n\n"
        "The Green Alliance's Mara Quillon and the Green Alliance's Tom Ashby have asked "
        "who approved his leave.\n\n"
        "The Green Alliance's parliamentary leader argued that ministers were to blame. "
        '"Someone signed this off," she said.'
    )
    assert speaker_of(quotes_of(text), "signed this off") != "Mara Quillon"


def test_a_surname_spelt_less_often_than_the_full_names_spellings_is_that_person(quotes_of):
    text = (
        "Winger Paulo Reis wants to stay at the club.\n\n"
        'Brian Hassell says no offer has been received. Hassel says Reis would "love to '
        'stay".\n\n'
        "Last week Hassall told reporters that a move to Manchester City was more likely "
        'than a return to Brazil. "It was a thought at one stage," he said.'
    )
    assert speaker_of(quotes_of(text), "a thought at one stage") == "Brian Hassell"


def test_a_surname_written_as_often_as_a_near_one_is_someone_else(quotes_of):
    text = (
        "President Reagan met Treasury Secretary Donald Regan on Monday.\n\n"
        "Reagan said the talks went well. Reagan also praised the budget. Reagan left "
        'early. "We made progress," he said.'
    )
    assert speaker_of(quotes_of(text), "made progress") == "Reagan"
