"""Theme recall, round 27 (issue 18): words a short wire notice is plainly about that
the taxonomy lacked: a treasury's auction of bills, notes or bonds and its bills named
by their term (public_debt and markets); the livestock slaughter counts and the
slaughter hogs' class of the USDA's market news (commodities_mining and
agriculture_food_industry); a partnership's or trust's cash distribution to its unit
holders (corporate_results), which beside a merger is the deal's terms. Small stories
written for the tests; each case failed before the vocabulary it tests."""

from __future__ import annotations

import pytest

from .theme_helpers import themes

CASES = [
    (
        "MERVALIA TO SELL 6 BILLION CROWNS IN BILLS",
        "The Mervalian Treasury said it will sell 6 billion crowns of three and "
        "nine-month bills at its regular auction on Monday.\n\nThe sale will raise "
        "400 mln crowns of new cash.",
        {"public_debt", "markets"},
    ),
    (
        "MERVALIA NOTE AUCTION AVERAGES 6.12 PCT",
        "The Mervalian Treasury said its note auction produced an average yield of "
        "6.12 pct, up from 5.98 pct at the previous sale.",
        {"public_debt", "markets"},
    ),
    (
        "HOG AND CATTLE SLAUGHTER ESTIMATES",
        "Floor traders at the Chicago Mercantile Exchange estimate this morning's hog "
        "slaughter at 280,000 to 290,000 head against 275,000 a week earlier.\n\nCattle "
        "slaughter is put at 120,000 to 125,000 head.",
        {"commodities_mining", "agriculture_food_industry"},
    ),
    (
        "DELMORE DIRECT HOGS UP 1.00 DLR - USDA",
        "barrows and gilts were up 1.00 dlr in active trading, the usda said. top 48.75 "
        "dlrs per cwt.\n\nus 1-2 220-240 lbs 47.50-48.75.\n\nsows - steady.",
        {"commodities_mining", "agriculture_food_industry"},
    ),
    (
        "TARNWELL REALTY PARTNERS <TRP> QTLY PAYOUT",
        "Qtly cash distribution 35 cts vs 35 cts prior\n\nPay June 2\n\nRecord May 15",
        {"corporate_results"},
    ),
]


@pytest.mark.parametrize(("title", "text", "wanted"), CASES)
def test_a_notices_own_words_give_its_theme(nlp, shipped, title, text, wanted):
    assert wanted <= themes(nlp, shipped, text, title)


def test_a_phone_bill_by_the_month_is_no_treasury_bill(nlp, shipped):
    """The bill's term is a hyphenated number of months ("six-month bills"); a
    household's monthly bill is written otherwise."""
    text = (
        "Customers on the cheapest plan pay a monthly bill of 20 pounds.\n\nThe operator "
        "said its subscribers rose by a tenth in the year, and its network now covers "
        "most towns."
    )
    assert not {"public_debt", "markets"} & themes(nlp, shipped, text, "PHONE PLANS CUT")


def test_a_cash_distribution_beside_a_merger_is_the_deals_terms(nlp, shipped):
    text = (
        "Harnock Securities Corp said it has reached a preliminary merger agreement with "
        "Belvane Inc.\n\nThe company said Belvane shareholders would hold 30 pct of the "
        "combined company and receive a cash distribution of about 40 cts per share."
    )
    found = themes(nlp, shipped, text, "<HARNOCK SECURITIES> IN MERGER DEAL")
    assert "mergers_acquisitions" in found
    assert "corporate_results" not in found


def test_the_over_the_counter_market_in_capitals_is_a_market(nlp, shipped):
    """Wire copy writes NASDAQ in capitals; the name is matched as written."""
    text = (
        "Pellary Systems Inc said its common stock has been added to the NASDAQ National "
        "Market System, effective Monday."
    )
    assert "markets" in themes(nlp, shipped, text, "PELLARY SYSTEMS <PLRY> JOINS NASDAQ LIST")
