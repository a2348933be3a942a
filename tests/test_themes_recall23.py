"""Theme recall, round 23 (issue 18): words a story is plainly about that the taxonomy
lacked (a class action, a law suit and a breach of contract; data and computer
security and computer fraud; a drug's approval as the industry's context; wildcat and
gas wells, condensate, a nuclear station; the capital account and capital flows;
labour disputes and work stoppages; pork prices; a commodity exchange, named in
capitals, as a commodity market's context), on small stories written for the tests.
Each case failed before the vocabulary it tests."""

from __future__ import annotations

import pytest

from .theme_helpers import themes

CASES = [
    (
        "SHAREHOLDERS FILE CLASS ACTION AGAINST GANTRY",
        "Two shareholders of Gantry Corp filed a class action in a Delaware court on "
        "Tuesday, saying the board hid losses from investors.\n\nThe class action seeks "
        "unspecified damages.",
        "courts",
    ),
    (
        "TARRANT UNIT IN SUIT",
        "A law suit alleging breach of contract has been filed against a unit of Tarrant "
        "Industries.\n\nThe suit seeks 400,000 dlrs in damages for breach of contract.",
        "courts",
    ),
    (
        "ORVANE FORMS DATA SECURITY UNIT",
        "Orvane Electronics said it formed a unit to sell data security devices to banks "
        "and insurers.\n\nThe company said computer fraud costs banks billions of dlrs a "
        "year and data security was its fastest growing business.",
        "cyber_attacks",
    ),
    (
        "TARRANT LABORATORIES GETS DRUG APPROVAL",
        "Tarrant Laboratories said federal regulators cleared it to market its new "
        "blood pressure medicine.\n\nThe company said sales would begin next month.",
        "pharmaceutical_industry",
    ),
    (
        "BRANWELL OIL COMPLETES WILDCAT WELL",
        "Branwell Oil said it completed a wildcat well in southern Louisiana that is "
        "producing 1.4 mln cubic feet of gas a day.\n\nThe well also yields 50 barrels "
        "of condensate daily, the company said.",
        "energy_oil",
    ),
    (
        "ORVANIAN CAPITAL INFLOW SLOWS IN MAY",
        "The net capital inflow into Orvania slowed to 800 mln crowns in May from 2.1 "
        "billion in April, the central bank said.\n\nThe capital account showed a "
        "surplus for the fifth month running.",
        "macroeconomy",
    ),
    (
        "PORT HIT BY LABOUR DISPUTE",
        "A labour dispute at the port of Carrow halted cargo handling for a second day "
        "on Tuesday.\n\nThe work stoppage by crane drivers has left 14 ships waiting "
        "to unload.",
        "strikes_unions",
    ),
    (
        "WHOLESALE PORK PRICES FIRM",
        "Wholesale pork prices rose on Monday as packers bid for bellies and loins, "
        "dealers said.\n\nHams were unchanged at 78 cents per lb.",
        "agriculture_food_industry",
    ),
    (
        "ORVANIA EXCHANGE ADDS MORE RUBBER BROKERS",
        "The Orvania Commodity Exchange said it will allow six more members to become "
        "rubber brokers and three more to deal in precious metals.\n\nAn exchange official "
        "said the ministry would approve the new brokers by June.",
        "commodities_mining",
    ),
]


@pytest.mark.parametrize(("title", "text", "theme"), CASES)
def test_a_stories_own_words_give_its_theme(nlp, shipped, title, text, theme):
    assert theme in themes(nlp, shipped, text, title)


def test_a_law_suit_in_passing_is_no_theme(nlp, shipped):
    """A civil suit met once in a story of something else gives no courts theme."""
    title = "Orvane Airways adds routes"
    text = (
        "Orvane Airways will fly to six new cities from June, the airline said on Monday."
        "\n\nThe carrier will add four aircraft to its fleet and hire 300 cabin crew. "
        "Fares on the new routes start at 40 dlrs, and the airline expects its passenger "
        "numbers to rise by a tenth.\n\nThe airline settled a law suit with a caterer "
        "last year. Its new aircraft will be delivered from Toulouse in May and June, "
        "and the airline will train its pilots in Miami."
    )
    assert "courts" not in themes(nlp, shipped, text, title)
