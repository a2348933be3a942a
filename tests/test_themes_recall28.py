"""Theme recall, round 28 (issue 18): the trade words a short story is plainly about
that the taxonomy lacked: futures contracts named by their commodity (commodities_mining),
wineries, breweries and dairy produce (agriculture_food_industry), fighter planes
(arms_military_spending), grocers (retail_consumer); and the `required` gates that kept
plain cases out: a crop's producers for agriculture, a quarter's loss or profit for a
company's results. Small stories written for the tests; each case failed before the
vocabulary it tests."""

from __future__ import annotations

import pytest

from .theme_helpers import themes

CASES = [
    (
        "CATTLE FUTURES SEEN OPENING FIRMER",
        "Live cattle futures are expected to open firmer on follow-through buying after "
        "yesterday's strong close, traders said.\n\nFeedlot demand stayed good and cash "
        "steers traded 50 cts higher in the southern plains, they said.",
        {"commodities_mining"},
    ),
    (
        "SILVER FUTURES END LOWER",
        "Silver futures ended lower in quiet dealings as speculators took to the "
        "sidelines before the weekend.\n\nThe nearby contract lost 4.5 cents an ounce, "
        "brokers said.",
        {"commodities_mining"},
    ),
    (
        "ORLANDI CELLARS TO SHUT NAPA WINERY",
        "Orlandi Cellars Inc said it will close its Napa winery at the end of the year "
        "and move its wine production to its larger winery in Lodi.\n\nThe company said "
        "about 80 workers would be offered jobs at the Lodi winery.",
        {"agriculture_food_industry"},
    ),
    (
        "MERVALIA TO SELL SURPLUS BUTTER TO BAKERS",
        "The Mervalian government said it will sell 50,000 tonnes of surplus butter from "
        "intervention stores to bakers at reduced prices.\n\nThe butter has been held in "
        "cold stores for two years.",
        {"agriculture_food_industry"},
    ),
    (
        "TOBARIA DECIDES ON NEW FIGHTER PLANE",
        "Tobaria has decided to build its next fighter plane jointly with a foreign "
        "partner, its defence minister said.\n\nThe new fighter planes will replace 60 "
        "ageing interceptors by the end of the next decade, he said.",
        {"arms_military_spending"},
    ),
    (
        "COFFEE PRODUCERS TO MEET IN LAGOSA",
        "Coffee producers will meet in Lagosa next week to discuss the market, the head "
        "of Mervalia's coffee institute said.\n\nHe said producers hoped to agree on how "
        "to share coffee sales in the coming season.",
        {"agriculture_food_industry"},
    ),
    (
        "HALVERN <HLV> SEES THIRD QUARTER LOSS",
        "Halvern Corp said it expects a third quarter loss because of lower sales of its "
        "garden tools.\n\nIn last year's third quarter the company earned 1.2 mln dlrs on "
        "sales of 20.4 mln dlrs.",
        {"corporate_results"},
    ),
]


@pytest.mark.parametrize(("title", "text", "wanted"), CASES)
def test_a_storys_trade_words_give_its_theme(nlp, shipped, title, text, wanted):
    assert wanted <= themes(nlp, shipped, text, title)


def test_a_grocer_is_a_retailer(nlp, shipped):
    text = (
        "Penwick Inc, the Ohio grocer, said it agreed to buy Dorran Foods Inc, a grocery "
        "chain of 12 outlets, for 30 mln dlrs.\n\nThe company said the purchase would "
        "make it the state's largest grocer."
    )
    assert "retail_consumer" in themes(nlp, shipped, text, "PENWICK <PWK> TO BUY GROCERY CHAIN")


def test_a_quarter_without_its_loss_or_profit_is_no_result(nlp, shipped):
    """The gate takes a quarter's loss, profit or earnings, not any quarter and any
    loss: a plant shut in the quarter with jobs lost tells no results."""
    text = (
        "Halvern Corp said it will close its Dayton tool plant in the third quarter.\n\n"
        "The company said the loss of 300 jobs was regrettable but the plant had been "
        "idle for months."
    )
    assert "corporate_results" not in themes(nlp, shipped, text, "HALVERN <HLV> TO CLOSE PLANT")


def test_a_brewer_is_the_food_industrys_own_context(nlp, shipped):
    """A brewer's story needs no farm word: the brewer is the industry's own firm."""
    text = (
        "Dunmore Breweries, the country's second-largest brewer, said it will buy a rival "
        "brewer in the north for 40 mln pounds.\n\nThe brewery group said it would keep "
        "both breweries open and sell the rival's beers under their own names."
    )
    found = themes(nlp, shipped, text, "Dunmore buys northern brewer")
    assert "agriculture_food_industry" in found


def test_a_recipes_dairy_free_butter_is_no_farm_news(nlp, shipped):
    """The word dairy is no context word: a recipe writes of it as an ingredient."""
    text = (
        "These truffles are dairy-free: use peanut butter and coconut oil instead of "
        "cream.\n\nMelt the butter with the sugar, stir in the cocoa and chill for an "
        "hour before rolling."
    )
    assert "agriculture_food_industry" not in themes(nlp, shipped, text, "Easy truffles")
