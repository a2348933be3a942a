"""Theme recall, round 31 (issue 18): a takeover verb whose object opens with its
owner's name in the possessive, a limited partnership telling of itself, the trade of a
company its headline shortens, and vocabulary a notice's trade is told in (pooled funds,
nursing care, cereals and orange juice, private placements, futures volume and exchange
tables). Small stories written for the tests; each case failed before the change it
tests."""

from __future__ import annotations

import pytest

from tasks.themes import _full_name, tag_titles

from .theme_helpers import themes

CASES = [
    (
        "MARLOWE <MRL> BUYS TANNER-HILL <TNH> UNIT",
        "Marlowe Corp said its leasing subsidiary has bought Tanner-Hill Corp's Fleet "
        "Services business for an undisclosed sum.\n\nFleet Services rents vans to "
        "delivery firms in six states.",
        "mergers_acquisitions",
    ),
    (
        "BRANTLEY CARE <BCR> OPENS HOME",
        "Brantley Care Partners LP said it has opened a 90-bed nursing home in Dover, "
        "Del., which it will manage for a church charity.",
        "companies_industry",
    ),
    (
        "BRANTLEY CARE <BCR> OPENS HOME",
        "Brantley Care Partners LP said it has opened a 90-bed nursing home in Dover, "
        "Del., which it will manage for a church charity.",
        "healthcare",
    ),
    (
        "ORWELL <ORW> IN DEAL",
        "Orwell Bancshares Inc said the directors of Fenwick Farmers Bank have agreed to "
        "join Orwell for shares, subject to regulators' approval.",
        "banking",
    ),
    (
        "SCOTTISH UNIT TRUSTS SEE RECORD INFLOWS",
        "Money held in Scottish unit trusts rose to a record 4.1 billion stg in May, an "
        "industry group said.\n\nThe group said net sales were the highest for a year.",
        "banking",
    ),
    (
        "NO BIDS AT WEEKLY EC CEREAL TENDER",
        "Traders made no bids at today's weekly cereal tender for export to third "
        "countries, a Brussels official said.",
        "agriculture_food_industry",
    ),
    (
        "PELHAM MINES <PLH> PLACES SHARES",
        "Pelham Mines Ltd said it agreed to a private placement of 400,000 common "
        "shares with two pension funds at 9.25 dlrs a share.",
        "markets",
    ),
]


@pytest.mark.parametrize(("title", "text", "theme"), CASES)
def test_a_notices_trade_in_its_own_words_is_its_theme(nlp, shipped, title, text, theme):
    assert theme in themes(nlp, shipped, text, title)


TABLES = [
    "CHICAGO OATS ESTIMATED VOLUME - MAY 4\n\nEstimated volume      1,250\n\n"
    "Prev official volume  1,410",
    "OSLO EXCHANGES CLOSING - MAY 4\n\nUSD    6.7710-30\n\nDMK    3.7645-65",
]


@pytest.mark.parametrize("text", TABLES)
def test_a_volume_or_exchange_rate_table_is_a_market(nlp, shipped, text):
    (title,) = tag_titles(nlp, [None], [text])
    assert "markets" in {m.theme for m in shipped.match(nlp(text), "t", title)}


def test_a_possessive_name_before_a_noun_after_a_preposition_is_no_takeover(nlp, shipped):
    # The verb's object is the vans; the owner's unit comes after "from".
    text = (
        "Dunmore Freight said it will buy 40 vans from Tanner-Hill Corp's leasing unit "
        "over the next two years.\n\nThe vans will serve its northern routes."
    )
    assert "mergers_acquisitions" not in themes(nlp, shipped, text)


def test_the_full_name_opens_with_the_headlines_words_and_ends_with_a_legal_form():
    sentence = "CB and T Bancshares Inc said the board of a small bank approved a merger."
    assert _full_name("CB AND T", sentence) == "CB and T Bancshares Inc"
    assert _full_name("CB AND T", "CB and T said it had no comment.") == ""
    assert _full_name("", sentence) == ""


def test_a_real_estate_investment_trust_is_no_fund_manager(nlp, shipped):
    text = (
        "Dalcourt Realty, a real estate investment trust based in Ohio, said it began "
        "selling two mln shares of common stock at 14 dlrs a share."
    )
    assert "banking" not in themes(nlp, shipped, text, "DALCOURT REALTY <DRT> SELLS SHARES")
