"""Issue 16, PolNeAR: a possessed noun of saying or of a stance ("Harrowgate's claim
that …", "her call for …") reports what its possessor said.

Small articles written for the rule (round 20, ``polrec14``)."""

from __future__ import annotations


def _noun_rows(quotes, cue: str):
    return [q for q in quotes if q.kind == "indirect" and q.cue == cue]


def test_a_name_s_claim_reports_its_clause(quotes_of):
    text = (
        "Mayor Quentin Harrowgate opened the new pier on Tuesday. Harrowgate's claim that "
        "the ferry line would close by winter angered the fishermen."
    )
    (quote,) = _noun_rows(quotes_of(text), "claim")
    assert quote.speaker == "Quentin Harrowgate"
    assert quote.text == "the ferry line would close by winter"


def test_a_name_s_call_for_reports_its_object(quotes_of):
    text = (
        "Senator Olive Brantwick toured the paper mill in Dunmore. Brantwick's call for a "
        "ban on night shifts drew loud applause from the workers."
    )
    (quote,) = _noun_rows(quotes_of(text), "call")
    assert quote.text == "a ban on night shifts"
    assert quote.speaker == "Olive Brantwick"


def test_a_possessive_pronoun_is_left_alone(quotes_of):
    text = (
        "Senator Olive Brantwick toured the paper mill in Dunmore. Her call for a ban on "
        "night shifts drew loud applause from the workers."
    )
    assert not _noun_rows(quotes_of(text), "call")


def test_a_noun_with_no_possessor_reports_nothing(quotes_of):
    text = (
        "The tolls on the river bridge went up again in March. The claim that tolls "
        "would never rise was repeated by the drivers in the queue."
    )
    assert not _noun_rows(quotes_of(text), "claim")


def test_a_noun_inside_another_report_leaves_its_speaker_to_go_on(quotes_of):
    text = (
        "Alderman Pip Carrow spoke after the vote. Carrow said Judge Marden's admission "
        'that the ruling was rushed showed the inquiry had failed. "We will appeal this '
        'within the week," he said.'
    )
    quotes = quotes_of(text)
    assert not _noun_rows(quotes, "admission")
    (direct,) = [q for q in quotes if q.kind == "direct"]
    assert direct.speaker == "Pip Carrow"
