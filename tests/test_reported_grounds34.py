"""Issue 16, PolNeAR every attribution (round 34, ``polrec34``): a reported statement
keeps the clause of grounds or condition after its content, and a participle's report
inside another statement adds no row of its own.

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
        "Ilse Varga criticized the new timetable when she visited the depot on the "
        "northern bank."
    )
    quote = _reported(quotes_of, text, "criticized")
    assert "visited" not in quote.text


def test_a_participle_inside_another_report_adds_no_row(quotes_of):
    text = (
        "The Harbour Gazette said the mayor had “no plan at all” for the pier, "
        "suggesting that the council would sell it."
    )
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [q.cue for q in reported] == ["said"]


def test_a_participle_outside_any_report_keeps_its_row(quotes_of):
    text = (
        "Wilma Oduya walked out of the meeting, claiming that the board had ignored "
        "the residents for years."
    )
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert "claiming" in [q.cue for q in reported]
