"""Reported speech of round 37: a wish under a hedging modal ("may want to reconsider",
"might want to check") is the writer's advice, nobody's stated stance
(``tasks.quote_cues._hedged_wish``), while "would want" stays a conditional stance;
and a cue verb whose particle turns it into an act ("called off the merger", "showed
up at the hall") reports nothing
(``tasks.quote_cues._act_with_particle``). The plain verbs still report."""

import pytest


def _reported(quotes_of, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge stays shut this winter. But councillor Ann Best may want "
        "to reconsider after the floods.",
        "Governor Paul Dane might want to check his figures on the harbour.",
    ],
)
def test_a_wish_under_a_hedging_modal_reports_nothing(quotes_of, text):
    assert _reported(quotes_of, text) == []


def test_a_plain_wish_still_reports(quotes_of):
    text = "Councillor Ann Best wants to close the old library next spring."
    assert _reported(quotes_of, text) == [("to close the old library next spring", "Ann Best")]


def test_a_conditional_wish_still_reports(quotes_of):
    text = "Even after the floods, Mayor Liz Ord would want to close the old library."
    assert _reported(quotes_of, text) == [("to close the old library", "Liz Ord")]


@pytest.mark.parametrize(
    "text",
    [
        "Two local firms have called off projects with the mayor after his remarks.",
        "Senator Joan Pike showed up at the fire station where the crews were waiting.",
    ],
)
def test_a_verb_turned_into_an_act_by_its_particle_reports_nothing(quotes_of, text):
    assert _reported(quotes_of, text) == []


def test_a_particle_away_from_the_verb_is_no_act(quotes_of):
    text = "The results of Harbour Mills showed profits up by 20 pct for the year."
    assert _reported(quotes_of, text) != []
