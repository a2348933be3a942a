"""Issue 16, PolNeAR every attribution (round 26, ``polrec26``): an "as" phrase after a
verb's object says what the object is called, and is part of what the verb reports.
Small articles written for the rule."""

from __future__ import annotations


def _reported(quotes, cue: str) -> list[str]:
    return [q.text for q in quotes if q.kind == "indirect" and q.cue == cue]


def test_an_adjective_after_as_is_content(quotes_of):
    text = "Councillor Lee has slammed the harbour plan as too vague and unrealistic."
    assert _reported(quotes_of(text), "slammed") == [
        "the harbour plan as too vague and unrealistic"
    ]


def test_a_participle_after_as_is_content(quotes_of):
    text = "The mayor has described the festival as the city celebrating itself."
    assert _reported(quotes_of(text), "described") == [
        "the festival as the city celebrating itself"
    ]


def test_as_after_a_to_phrase_is_content(quotes_of):
    text = "Critics have long pointed to his voting record as a sign of weakness."
    assert _reported(quotes_of(text), "pointed") == ["to his voting record as a sign of weakness"]


def test_a_named_object_keeps_what_it_is_called(quotes_of):
    text = "Governor Davis praised Brown as a hard worker."
    quotes = [q for q in quotes_of(text) if q.cue == "praised"]
    assert [q.text for q in quotes] == ["Brown as a hard worker"]
    assert quotes[0].speaker == "Davis"


def test_an_as_clause_of_time_stays_out(quotes_of):
    text = "The senator endorsed Clinton as the campaign entered its final week."
    assert _reported(quotes_of(text), "endorsed") == ["Clinton"]


def test_a_quotation_after_as_stays_its_own_row(quotes_of):
    text = (
        "He had no known political ties, the airline added. A neighbour referred to him "
        "as “the kindest man I have ever known in my whole life.”"
    )
    quotes = quotes_of(text)
    assert _reported(quotes, "referred") == ["to him"]
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["A neighbour"]
