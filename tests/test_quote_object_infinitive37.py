"""Reported speech of round 37: a "to" infinitive or an "as" clause without a finite
verb right after a verb's object, which the parse hangs on the verb, completes the
object ("defended her call to close the library", "described the board as run by
friends") and belongs to the content (``tasks.quote_cues._clause_after_object``); one
set off by a comma is a purpose of the narration and stays out, "as she spoke" is a
time, and the clause stops at an aside's comma."""

import pytest


def _reported(quotes_of, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mayor Liz Ord defended her call to close the old library before winter.",
            "her call to close the old library before winter",
        ),
        (
            "Councillor Ann Best proposed nearly $2 million in grants to help farmers "
            "repair barns.",
            "nearly $2 million in grants to help farmers repair barns",
        ),
        (
            "Councillor Ann Best criticized the board for not doing enough to help "
            "farmers repair barns.",
            "the board for not doing enough to help farmers repair barns",
        ),
    ],
)
def test_an_infinitive_after_the_object_completes_it(quotes_of, text, content):
    assert [q for q, _ in _reported(quotes_of, text)] == [content]


def test_an_infinitive_set_off_by_a_comma_stays_out(quotes_of):
    text = "Mayor Liz Ord praised the volunteers of the flood, to win votes in the spring."
    assert [q for q, _ in _reported(quotes_of, text)] == ["the volunteers of the flood"]


def test_an_as_clause_after_the_object_completes_it(quotes_of):
    text = "Councillor Ann Best described the harbour board as run by a few old friends."
    assert [q for q, _ in _reported(quotes_of, text)] == [
        "the harbour board as run by a few old friends"
    ]


def test_a_finite_as_clause_is_a_time_and_stays_out(quotes_of):
    text = "Councillor Ann Best praised the volunteers of the flood as she spoke in the hall."
    assert "the volunteers of the flood" in [q for q, _ in _reported(quotes_of, text)]


def test_the_infinitive_stops_at_an_aside(quotes_of):
    text = (
        "The harbour board does not favour the sale of land to build new flats, its "
        "chairman, Tom Reed, said."
    )
    assert "the sale of land to build new flats" in [q for q, _ in _reported(quotes_of, text)]
