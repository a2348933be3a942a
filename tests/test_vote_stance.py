"""Issue 16, PolNeAR every attribution (round 30, ``polrec30``): a vote states its
voter's preference or decision, so "vote" is a cue of reported speech, with what is
voted for, against or to do as its content. Small articles written for the rule."""

from __future__ import annotations


def _reported(quotes) -> dict[str, tuple[str, str | None]]:
    return {q.cue: (q.text, q.speaker) for q in quotes if q.kind == "indirect"}


def test_a_poll_share_that_would_vote_for_a_candidate(quotes_of):
    reported = _reported(
        quotes_of("Forty percent of the voters polled would vote for Maria Okafor.")
    )
    assert reported["vote"][0] == "for Maria Okafor"


def test_a_board_that_voted_to_act(quotes_of):
    reported = _reported(quotes_of("The council board voted to close the old harbour depot."))
    assert reported["voted"] == ("to close the old harbour depot", "The council board")


def test_a_vote_against_a_bill(quotes_of):
    reported = _reported(quotes_of("Senator Tom Reyes voted against the farm subsidy bill."))
    assert reported["voted"] == ("against the farm subsidy bill", "Tom Reyes")


def test_voting_with_no_object_reports_nothing(quotes_of):
    assert not _reported(quotes_of("Thousands of farmers voted in the election on Sunday."))


def test_a_vote_on_a_matter_to_come_reports_nothing(quotes_of):
    reported = _reported(
        quotes_of(
            "Shareholders of the harbour company will vote on the merger at a meeting in May."
        )
    )
    assert "vote" not in reported
