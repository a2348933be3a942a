"""Reported speech of round 38: a report whose cue and words stand inside another
report's statement is part of that statement, one statement of the outer speaker
(``tasks.quotes._told_inside_report``), even when its subject is a name and its verb
one of speech; a relative clause on a name and a report joined by "and" keep their
own row."""


def _reported(quotes_of, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(text) if q.kind == "indirect"]


def test_a_named_report_inside_another_is_the_outer_statement(quotes_of):
    text = (
        "Councillor Ann Best said Mayor Tom Reed told the harbour board that the old "
        "pier would close in May."
    )
    assert _reported(quotes_of, text) == [
        (
            "Mayor Tom Reed told the harbour board that the old pier would close in May",
            "Ann Best",
        )
    ]


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
