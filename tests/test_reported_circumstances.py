"""Issue 16, PolNeAR every attribution (round 24, ``polrec24``): a phrase of time or of
the one spoken to is no content; a share of a polled group holds its short object.
Small articles written for the rules."""

from __future__ import annotations


def _reported(quotes):
    return [q for q in quotes if q.kind == "indirect"]


def test_a_time_after_the_verb_leaves_the_clause_before(quotes_of):
    text = (
        "The mayor's plan to close the library drew crowds at City Hall. The plan will "
        "cost the town more than it saves, the Valley Herald reported on Tuesday."
    )
    reported = [q for q in _reported(quotes_of(text)) if q.cue == "reported"]
    assert [q.text for q in reported] == ["The plan will cost the town more than it saves"]
    assert reported[0].speaker == "Valley Herald"


def test_the_one_spoken_to_is_no_content(quotes_of):
    text = (
        "Councillor Anna Pirelli complained to party officials about the budget cuts. "
        "She later denied to me that she had written the letter."
    )
    reported = _reported(quotes_of(text))
    by_cue = {q.cue: q.text for q in reported}
    assert by_cue["complained"] == "about the budget cuts"
    assert by_cue["denied"] == "that she had written the letter"
    assert not any(q.text.startswith("to ") for q in reported)


def test_a_time_alone_is_no_content(quotes_of):
    text = "Ms. Pirelli declined at first to criticize the new rules on the quay."
    reported = _reported(quotes_of(text))
    assert [q.text for q in reported] == ["to criticize the new rules on the quay"]


def test_a_thing_pointed_to_stays_content(quotes_of):
    text = "Mr. Hobart pointed to the closed factory in his speech."
    reported = _reported(quotes_of(text))
    assert [q.text for q in reported] == ["to the closed factory"]


def test_a_share_of_a_polled_group_answers_yes_or_no(quotes_of):
    text = (
        "Asked whether the mayor is honest, 75 percent of Democrats said yes, but most "
        "independents said no."
    )
    reported = {q.text: q.speaker for q in _reported(quotes_of(text)) if q.cue == "said"}
    assert reported == {"yes": "75 percent", "no": "most independents"}


def test_a_share_of_a_polled_group_holds_its_short_object(quotes_of):
    text = (
        "In Ohio a majority of Republicans support deportation, while 19 percent of "
        "students polled support Clinton. About a third of Democratic voters want a "
        "switch to more liberal policies."
    )
    reported = {(q.cue, q.text) for q in _reported(quotes_of(text))}
    assert ("support", "deportation") in reported
    assert ("support", "Clinton") in reported
    assert ("want", "a switch to more liberal policies") in reported


def test_another_subject_with_a_short_object_reports_nothing(quotes_of):
    text = "Mr. Ortega supports Windows. The firm said something. Two of the players want it."
    assert _reported(quotes_of(text)) == []
