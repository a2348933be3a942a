"""Issue 16, PolNeAR recall (round 23, ``polrec23``): shapes of reported speech the
parse hid. Small articles written for the rules."""

from __future__ import annotations


def _reported(quotes):
    return [q for q in quotes if q.kind == "indirect"]


def test_a_number_with_its_group_speaks_through_said(quotes_of):
    text = "Two in three said they would vote against the harbour levy in May."
    reported = _reported(quotes_of(text))
    assert [q.cue for q in reported] == ["said"]
    assert reported[0].text == "they would vote against the harbour levy in May"


def test_a_number_out_of_a_number_speaks(quotes_of):
    text = "Nearly nine out of 10 say they will need new skills to keep their jobs."
    reported = _reported(quotes_of(text))
    assert [q.cue for q in reported] == ["say"]
    assert reported[0].text.startswith("they will need new skills")


def test_a_number_alone_does_not_speak(quotes_of):
    text = "In 2009, 40 said it, and the council listened to them."
    assert not [q for q in _reported(quotes_of(text)) if q.cue == "said"]


def test_a_complement_past_the_sentence_end_leaves_the_clause_before(quotes_of):
    text = (
        "Dermot Quarrie has phoned every ferry captain on the coast since last month, he "
        "said.\n\n''Come to the meeting and bring your neighbours,'' he tells the crews."
    )
    reported = [q for q in _reported(quotes_of(text)) if q.cue == "said"]
    assert len(reported) == 1
    assert reported[0].text.startswith("Dermot Quarrie has phoned every ferry captain")
    assert reported[0].speaker == "Dermot Quarrie"


def test_a_short_clause_before_its_verb_is_a_statement(quotes_of):
    text = "Sales were great, Ilse Varga said."
    reported = _reported(quotes_of(text))
    assert [(q.cue, q.text, q.speaker) for q in reported] == [
        ("said", "Sales were great", "Ilse Varga")
    ]


def test_an_infinitive_of_purpose_after_said_is_no_statement(quotes_of):
    text = (
        "The ferry talks were close to collapse, the official said, on condition of "
        "anonymity to discuss the negotiations."
    )
    reported = _reported(quotes_of(text))
    assert [q.text for q in reported] == ["The ferry talks were close to collapse"]
    assert not any("discuss" in q.text or q.cue == "discuss" for q in reported)
