"""Theme precision (issue 18): the shipped taxonomy's ``beside`` entries of 2026.12.27.
A takeover story's shareholders and dividend are the deal's terms, not company
results; an audience's poll or vote in a story on the arts is a survey, not an
election; the leagues and titles of a game's review are the game's, not a sport. Small
articles written for the tests."""

from __future__ import annotations

from .theme_helpers import themes

DEFENCE = (
    "Harlow Pumps Inc said its board adopted a plan to fend off a hostile takeover "
    "after Brenton Group made an unsolicited offer to acquire the company.\n\n"
    "The plan pays one purchase right per common share as a dividend to "
    "shareholders of record on June 3.\n\n"
    "Harlow said the rights would let shareholders buy stock at half price if any "
    "bidder acquired 20 pct of the company without the board's approval.\n\n"
    "Brenton said it would ask a court to block the plan and keep its takeover "
    "offer open until the end of the month."
)
RESULTS_AND_DEAL = (
    "Harlow Pumps Inc said first quarter net profit rose 30 pct to 4.1 mln dlrs on "
    "revenue of 52 mln dlrs, and it raised its quarterly dividend to 12 cts.\n\n"
    "Separately, Harlow agreed to acquire Vale Valves Corp for 40 mln dlrs, a "
    "takeover it expects to complete in the third quarter.\n\n"
    "Harlow said the acquisition would add to earnings next year, and shareholders "
    "of Vale will vote on the merger in August."
)
SONG_POLL = (
    "A ballad by the folk trio Marram Grass has topped a poll of the songs voters "
    "most want played at their wedding.\n\n"
    "More than 9,000 voters took part in the vote run by a late-night music show, "
    "with a soul classic in second place and a piano lament third.\n\n"
    "Voting closed on Friday, and the poll's organisers said voters under 30 "
    "mostly chose the trio's ballad.\n\n"
    "The trio's singer said the band was thrilled that so many fans had picked a "
    "song they wrote in a caravan, and the single will be reissued in May."
)
GAME_REVIEW = (
    "Pitchside Boss 7 is the best video game yet in the long-running series for "
    "fans who dream of shouting orders from the dugout.\n\n"
    "Players pick a team from one of twelve leagues and steer it through a season, "
    "juggling the transfer budget against the manager's wages.\n\n"
    "Winning a league title unlocks new teams, and the PlayStation version adds a "
    "multiplayer cup mode in which rival players meet in a knockout championship.\n\n"
    "The gameplay is smoother than last year's on both the PlayStation and the Xbox, "
    "though the video game still crashes when too many saved seasons pile up."
)


def test_a_takeover_defence_dividend_is_no_company_results(nlp, shipped):
    found = themes(nlp, shipped, DEFENCE)
    assert "mergers_acquisitions" in found
    assert "corporate_results" not in found


def test_a_results_statement_beside_a_takeover_keeps_its_results(nlp, shipped):
    found = themes(nlp, shipped, RESULTS_AND_DEAL)
    assert {"corporate_results", "mergers_acquisitions"} <= found


def test_a_listeners_poll_of_songs_is_no_election(nlp, shipped):
    found = themes(nlp, shipped, SONG_POLL)
    assert "music" in found
    assert "elections" not in found


def test_a_management_games_leagues_and_titles_are_no_sport(nlp, shipped):
    found = themes(nlp, shipped, GAME_REVIEW)
    assert "video_games" in found
    assert "sports_competition" not in found
