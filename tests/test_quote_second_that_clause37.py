"""Reported speech of round 37: a second "that" clause the parse joins to the verb of
speech itself ("said there are no easy answers, but that the council will act") is
part of the same report (``tasks.quote_cues._second_that_clauses``); a second verb
with a subject of its own stays a statement of its own."""


def _reported(quotes_of, text: str) -> list[str]:
    return [q.text for q in quotes_of(text) if q.kind == "indirect"]


def test_a_second_that_clause_joined_to_the_verb_is_the_same_report(quotes_of):
    text = (
        "Mayor Liz Ord said there are no easy answers, but that sometimes the lesser of "
        "two evils will have to do."
    )
    assert _reported(quotes_of, text) == [
        "there are no easy answers, but that sometimes the lesser of two evils will have to do"
    ]


def test_a_second_report_with_its_own_subject_stays_apart(quotes_of):
    text = "Mayor Liz Ord said the bridge is safe, and the engineers said it is not."
    assert "the bridge is safe" in _reported(quotes_of, text)
