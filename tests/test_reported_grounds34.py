"""Issue 16, PolNeAR every attribution (round 34, ``polrec34``): a reported statement
keeps the clause of grounds or condition after its content.

Small articles written for the rules."""

from __future__ import annotations


def _reported(quotes_of, text: str, cue: str):
    return next(q for q in quotes_of(text) if q.kind == "indirect" and q.cue == cue)


def test_a_because_clause_after_the_content_is_part_of_it(quotes_of):
    text = (
        "Wilma Oduya opposed the harbour levy because it would fall hardest on the "
        "smallest boatyards."
    )
    quote = _reported(quotes_of, text, "opposed")
    assert quote.text.endswith("the smallest boatyards")


def test_an_if_clause_after_the_content_is_part_of_it(quotes_of):
    text = "Ilse Varga rejected the offer if it meant selling the northern pier."
    quote = _reported(quotes_of, text, "rejected")
    assert quote.text.endswith("selling the northern pier")


def test_a_time_clause_after_the_content_stays_out(quotes_of):
    text = (
        "Ilse Varga criticized the new timetable when she visited the depot on the northern bank."
    )
    quote = _reported(quotes_of, text, "criticized")
    assert "visited" not in quote.text
