"""Round 32 (issue 16): a description left as the speaker where the story names the
body ("the station", "the club", "the festival") speaks as the one body of that kind
named before it; none or several: no guess."""

from __future__ import annotations

from .quote_helpers import speaker_of


def test_the_station_is_the_one_radio_station_named(quotes_of):
    text = (
        "Late-night listeners will hear new voices when Kestrel Radio 4 changes its "
        "schedule next month.\n\nThe new hosts were picked for their "
        '"deep knowledge of folk and jazz", the station said.'
    )
    assert speaker_of(quotes_of(text), "deep knowledge") == "Kestrel Radio 4"


def test_the_station_is_no_guess_between_two_stations(quotes_of):
    text = (
        "Harbour FM said on Monday that it would share the new show with Capital Radio."
        '\n\nThe new hosts were picked for their "deep knowledge of folk and jazz", '
        "the station said."
    )
    assert speaker_of(quotes_of(text), "deep knowledge") == "the station"


def test_the_club_is_the_club_named_before_not_one_named_after(quotes_of):
    text = (
        "Dunmore United's board has agreed to meet a buyer from abroad.\n\n"
        "Last week the buyer sent the board his plans. In a statement, the club said "
        'it would give him "limited access" to its accounts. Fans of Dunmore United '
        "and a group called Supporters United oppose the sale."
    )
    assert speaker_of(quotes_of(text), "limited access") == "Dunmore United"


def test_the_festival_is_the_festival_named_though_typed_an_event(quotes_of):
    text = (
        "The actor will be honoured at the Leeds Poetry Festival in June.\n\n"
        'The festival praises him for his "bold and tender" readings over the years.'
    )
    assert speaker_of(quotes_of(text), "bold and tender") == "Leeds Poetry Festival"
