"""Reported speech of round 38: a report whose cue and words stand inside another
report's statement is part of that statement, one statement of the outer speaker
(``tasks.quotes._told_inside_report``); a named speaker's "said"/"told"/"asked"
(tests/test_nested_reports.py), a relative clause on a name and a report joined by
"and" keep their own row. And the verbs of casting
someone as something ("cast", "portray") state the subject's judgement as "see X as Y"
does, with a noun or a gerund after "as" (``tasks.quote_cues._regarded_as``)."""

import pytest


def _reported(quotes_of, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(text) if q.kind == "indirect"]


def test_a_report_inside_another_is_the_outer_statement(quotes_of):
    text = (
        "Harbour officials were talking up the ferry service, the mayor said, but failing "
        "to spend money to back up their promises."
    )
    assert [speaker for _, speaker in _reported(quotes_of, text)] == ["the mayor"]


def test_a_relative_clause_on_a_name_keeps_its_report(quotes_of):
    text = (
        "Councillor Ann Best said the plan was supported by Mayor Tom Reed, who argued "
        "that the old pier should close in May."
    )
    assert ("that the old pier should close in May", "Tom Reed") in _reported(quotes_of, text)


def test_a_report_joined_by_and_keeps_its_row(quotes_of):
    text = (
        "Councillor Ann Best said the pier would close in May, and Mayor Tom Reed warned "
        "that the harbour would follow."
    )
    assert ("that the harbour would follow", "Tom Reed") in _reported(quotes_of, text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Councillor Ann Best cast the harbour board as a club of old friends.",
            "the harbour board as a club of old friends",
            "Ann Best",
        ),
        (
            "Mayor Tom Reed portrayed the ferry company as failing the island.",
            "the ferry company as failing the island",
            "Tom Reed",
        ),
    ],
)
def test_casting_someone_as_something_is_the_subjects_view(quotes_of, text, content, speaker):
    assert _reported(quotes_of, text) == [(content, speaker)]


def test_casting_without_as_is_no_statement(quotes_of):
    assert _reported(quotes_of, "The old actor cast a long shadow over the harbour stage.") == []
