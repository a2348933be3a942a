"""Theme precision, round 39 (issue 18): the business themes need a company that acts.
Company news told only in its weak words (investors, analysts, shares) in a text that
names no company is no company news even as the best theme; "firm" as an adjective is no
company; a weak word modifying another theme's phrase ("stock" of "stock market") is
that phrase's; a deal over acres or aircraft is no takeover; a commodity pact's buffer
stock, an airline's revenue passenger miles and a country's figures "in 4th qtr" are no
company's stock or results. On small articles written for the tests, each misfire beside
a case where the theme is right."""

from __future__ import annotations

import pytest

from core.errors import DossierError
from tasks.themes import parse_taxonomy

from .theme_helpers import themes

BOND_REPORT = (
    "Valdorian government bonds rallied on Tuesday as a firmer crown drew investors back "
    "from the mark, dealers said. Firm demand is expected at Thursday's tender of ten-year "
    "bonds, and analysts said yields could fall further. Investors bought short-dated paper "
    "after the central bank left its money market rates unchanged, and the bond market "
    "closed near its highs. Analysts said prices held firm in late trade."
)

BAKERY_CLOSURE = (
    "Brimley Foods said on Tuesday it would close two bakeries. The firm said demand for "
    "its bread had fallen, and analysts said the firm could cut more jobs. Investors sold "
    "the firm's shares after the announcement."
)

WARY_INVESTORS = (
    "Investors remain wary of Valdoria despite Monday's debt pact, analysts said. Foreign "
    "investors sold shares on Tuesday, and analysts expect more selling. Many investors "
    "want to see inflation fall first, one analyst said, and shares could slide further "
    "if unrest spreads, analysts said."
)

WARY_OF_A_COMPANY = (
    "Investors remain wary of Brimley Foods Inc despite Monday's debt pact, analysts said. "
    "Foreign investors sold its shares on Tuesday, and analysts expect more selling. Many "
    "investors want to see its losses fall first, one analyst said, and shares could slide "
    "further, analysts said."
)

LAND_PURCHASE = (
    "Harlow Resources Inc said it acquired 12,000 acres of mineral land in Nevada for "
    "its exploration program. The company said the acquisition of the land adds to its "
    "holdings of gold claims, and it expects to start drilling there in the summer."
)

TAKEOVER = (
    "Harlow Resources Inc said it agreed to acquire Ardley Mining Corp for 40 mln dlrs. "
    "The company said the acquisition adds two gold mines to its holdings, and Ardley's "
    "shareholders will get one Harlow share for each of theirs."
)

COCOA_COUNCIL = (
    "The International Cocoa Organization's council met on Monday to discuss buffer stock "
    "rules. Producers and consumers agreed that the buffer stock manager should buy cocoa "
    "when prices fall, delegates said. The buffer stock now holds 100,000 tonnes of cocoa, "
    "and chocolate manufacturers said the buffer stock rules would steady prices."
)

AIRLINE_TRAFFIC = (
    "Brightwater Air Inc said its March traffic rose to 49.1 mln revenue passenger miles "
    "from 33.9 mln a year ago. Revenue passenger miles for the first quarter rose 12 pct, "
    "and its load factor rose to 61 pct from 58 pct, the airline said."
)

TRADE_FIGURES = (
    "Valdoria's trade deficit narrowed to 3.2 billion dlrs in the fourth quarter from 3.9 "
    "billion in the third, the Commerce Ministry said. Exports rose 4.1 pct while imports "
    "fell, and sales of farm goods abroad rose 12 pct, the ministry said."
)


def test_a_firm_market_is_no_company(nlp, shipped):
    found = themes(nlp, shipped, BOND_REPORT)
    assert "markets" in found
    assert "companies_industry" not in found


def test_a_firm_is_still_a_company(nlp, shipped):
    assert "companies_industry" in themes(nlp, shipped, BAKERY_CLOSURE)


def test_investors_alone_are_no_company_news(nlp, shipped):
    title = "Investors wary after Valdoria debt pact"
    assert "companies_industry" not in themes(nlp, shipped, WARY_INVESTORS, title)


def test_investors_in_a_named_company_are_company_news(nlp, shipped):
    title = "Investors wary of Brimley Foods Inc"
    assert "companies_industry" in themes(nlp, shipped, WARY_OF_A_COMPANY, title)


@pytest.mark.parametrize(
    ("text", "stock_words"),
    [
        ("Lawmakers said the stock market fell and the stock exchange should close.", 0),
        ("Brimley Foods Inc said its stock fell after the stock market opened.", 1),
    ],
)
def test_stock_of_a_stock_market_is_the_markets_word(nlp, shipped, text, stock_words):
    hits, _ = shipped._hits(nlp(text))
    terms = [term for _, _, term in hits.get("companies_industry", [])]
    assert terms.count("stock") == stock_words


def test_land_bought_is_no_takeover(nlp, shipped):
    title = "Harlow Resources adds two mineral properties"
    assert "mergers_acquisitions" not in themes(nlp, shipped, LAND_PURCHASE, title)


def test_a_company_bought_is_a_takeover(nlp, shipped):
    title = "Harlow Resources to buy Ardley Mining"
    assert "mergers_acquisitions" in themes(nlp, shipped, TAKEOVER, title)


def test_a_buffer_stock_is_no_company_stock(nlp, shipped):
    title = "Cocoa pact council meets on buffer stock"
    found = themes(nlp, shipped, COCOA_COUNCIL, title)
    assert "commodities_mining" in found
    assert "companies_industry" not in found


def test_revenue_passenger_miles_are_no_results(nlp, shipped):
    title = "Brightwater Air traffic up in March"
    found = themes(nlp, shipped, AIRLINE_TRAFFIC, title)
    assert "aviation_airlines" in found
    assert "corporate_results" not in found


def test_a_countrys_quarter_is_no_company_results(nlp, shipped):
    title = "Valdoria trade deficit 3.2 billion dlrs in 4th qtr"
    found = themes(nlp, shipped, TRADE_FIGURES, title)
    assert "trade" in found
    assert "corporate_results" not in found


def test_nouns_must_be_one_word_patterns():
    raw = """
version = "t"
[subjects]
economy = "economy"
[[themes]]
id = "companies_industry"
parent = "economy"
patterns = ["firm", "company"]
nouns = ["stock"]
"""
    with pytest.raises(DossierError, match="nouns terms must be patterns"):
        parse_taxonomy(raw, "t.toml")
