"""Issue 16, PolNeAR: verbs of perception and judgement ("feels that …", "realised the
plan had failed") report a finite clause only; verbs of stance ("endorsed Cruz") a name
alone; a stance inside another report whose subject names no one is part of that report.

Small articles written for the rules (round 21, ``polrec15``)."""

from __future__ import annotations


def _rows(quotes, cue: str):
    return [q for q in quotes if q.kind == "indirect" and q.cue == cue]


def test_a_that_clause_after_feels_is_the_subject_s_statement(quotes_of):
    text = (
        "Councillor Mary Holloway opened the fete on Saturday. Holloway feels that the new "
        "bypass will ruin the village green."
    )
    (quote,) = _rows(quotes_of(text), "feels")
    assert quote.speaker == "Mary Holloway"
    assert quote.text == "the new bypass will ruin the village green"


def test_a_clause_with_an_auxiliary_needs_no_that(quotes_of):
    text = "Tom Harding realised the ferry timetable had been changed overnight."
    (quote,) = _rows(quotes_of(text), "realised")
    assert quote.speaker == "Tom Harding"
    assert quote.text == "the ferry timetable had been changed overnight"


def test_an_object_alone_is_no_statement(quotes_of):
    text = "Mary Holloway saw the new film about the lighthouse at the Regal on Friday."
    assert not _rows(quotes_of(text), "saw")


def test_a_bare_infinitive_after_a_perception_verb_is_no_statement(quotes_of):
    text = "Mary Holloway heard the choir sing in the old chapel on Sunday evening."
    assert not _rows(quotes_of(text), "heard")


def test_a_question_after_the_verb_is_no_statement(quotes_of):
    text = "Inspector Tom Harding discovered how the thieves had entered the vault last winter."
    assert not _rows(quotes_of(text), "discovered")


def test_a_stance_of_a_nameless_subject_inside_a_report_is_part_of_it(quotes_of):
    text = "Dermot Quarrie said the early estimates showed a sharp rise in rents across the town."
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [q.cue for q in reported] == ["said"]
    assert reported[0].speaker == "Dermot Quarrie"


def test_a_stance_of_a_named_subject_inside_a_report_is_part_of_it(quotes_of):
    # Round 22 (polrec16): Quarrie's statement, one row; only a named speaker's own
    # verb of speech keeps a row of its own (tests/test_nested_reports.py).
    text = (
        "Dermot Quarrie said Ilse Varga wanted to sell the old mill to the Pellworth "
        "Building Society."
    )
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [q.cue for q in reported] == ["said"]
    assert reported[0].speaker == "Dermot Quarrie"


def test_a_name_alone_after_a_verb_of_stance_is_what_is_praised(quotes_of):
    text = "Mary Holloway praised Harding after the debate in Leeds."
    (quote,) = _rows(quotes_of(text), "praised")
    assert quote.speaker == "Mary Holloway"
    assert quote.text == "Harding"


def test_a_name_alone_is_no_stance_of_a_thing(quotes_of):
    text = "The storm backed Harding into a corner."
    assert not _rows(quotes_of(text), "backed")
