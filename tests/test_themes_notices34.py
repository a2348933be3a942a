"""Theme recall, round 34 (issue 18): company-finance and debt notices as the wire sends
them. A company issuing securities acts (it is no source putting out a statement), a
continental legal form names a company, an offer of a company's shares or its unusual
trading is market news, a country rescheduling its debt with its banks is public debt,
and a partnership's cash flow is its results. Small notices written for the tests."""

from __future__ import annotations

import pytest

from .theme_helpers import themes


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Marlowe Breweries Ltd of Japan is issuing 80 mln Swiss francs of six year "
            "notes with a 4-1/2 pct coupon, lead manager Harlow Bank Corp said.\n\n"
            "Payment is due May 2.",
            "MARLOWE BREWERIES ISSUES SIX YEAR SFR NOTES",
        ),
        (
            "Garvey Overseas Finance NV is issuing a 40 mln stg eurobond due 1994 paying "
            "nine pct, joint-lead manager Ardley and Co Ltd said.\n\nThe bond will be "
            "listed in Luxembourg.",
            "GARVEY UNIT ISSUES STERLING EUROBOND",
        ),
    ],
)
def test_a_company_issuing_securities_is_company_news(nlp, shipped, text, title):
    assert {"markets", "companies_industry"} <= themes(nlp, shipped, text, title)


def test_a_company_planning_to_issue_notes_is_company_news(nlp, shipped):
    text = (
        "Tamsin Signal Co Ltd is planning to issue 60 mln Swiss franc notes with "
        "warrants, lead manager Harlow and Co Inc said.\n\nDetails follow on Monday."
    )
    found = themes(nlp, shipped, text, "TAMSIN SIGNAL TO ISSUE 60 MLN SWISS FRANC NOTES")
    assert "companies_industry" in found


def test_a_company_issuing_a_statement_is_still_a_source(nlp, shipped):
    text = (
        "Harlow Bank Corp issued a statement saying bond prices would fall further as "
        "the central bank tightened credit.\n\nDealers said yields rose to nine pct."
    )
    assert "companies_industry" not in themes(nlp, shipped, text, "BOND PRICES SEEN LOWER")


def test_an_offer_of_its_shares_is_market_news(nlp, shipped):
    text = (
        "Tamsin Software Corp said it plans to offer three mln shares of its common "
        "stock.\n\nThe company said it will have about 20 mln shares outstanding after "
        "the sale."
    )
    found = themes(nlp, shipped, text, "TAMSIN SOFTWARE CORP <TAMS> TO SELL STOCK")
    assert {"markets", "companies_industry"} <= found


def test_shares_offered_for_a_target_are_the_takeover(nlp, shipped):
    text = (
        "Tamsin Software Corp said it agreed to acquire Ardley Data Inc and will offer "
        "1.5 of its shares for each Ardley share.\n\nThe merger needs the approval of "
        "Ardley shareholders, it said."
    )
    found = themes(nlp, shipped, text, "TAMSIN SOFTWARE <TAMS> TO BUY ARDLEY DATA")
    assert "mergers_acquisitions" in found
    assert "markets" not in found


def test_unusual_trading_in_its_stock_is_market_news(nlp, shipped):
    text = (
        "Garvey Tool Works Inc said it knew of no reason for the unusual trading activity "
        "in its common stock.\n\nThe company spoke after an inquiry from the exchange."
    )
    found = themes(nlp, shipped, text, "GARVEY <GTW> SEES NO REASON FOR STOCK MOVE")
    assert "markets" in found


def test_a_debt_rescheduling_with_banks_is_public_debt(nlp, shipped):
    text = (
        "Freedonia has reached a debt-rescheduling agreement with its bank advisory "
        "committee, officials said.\n\nThe country wants to reschedule about two billion "
        "dlrs of debt falling due over the next five years."
    )
    assert "public_debt" in themes(nlp, shipped, text, "FREEDONIA REACHES DEBT ACCORD")


def test_a_partnership_cash_flow_is_its_results(nlp, shipped):
    text = (
        "Hollis Valley Properties LP said cash flow for its first full quarter was 41 cts "
        "per unit, above its budget."
    )
    found = themes(nlp, shipped, text, "HOLLIS VALLEY PROPERTIES LP <HVP> REPORTS CASH FLOW")
    assert "corporate_results" in found


def test_a_line_with_vs_under_a_period_headline_is_a_results_row(nlp, shipped):
    text = (
        "Preliminary consolidated 1986 third party turnover 4.2 billion marks vs 4.6 "
        "billion.\n\nNew orders 3.9 billion vs 4.4 billion.\n\nStaff at year-end 21,450 vs "
        "22,010."
    )
    found = themes(nlp, shipped, text, "HARLOW WERKE AG <HARW.F> YEAR 1986")
    assert {"corporate_results", "companies_industry"} <= found


def test_the_same_line_under_another_headline_is_no_results_row(nlp, shipped):
    text = (
        "Preliminary consolidated 1986 third party turnover 4.2 billion marks vs 4.6 "
        "billion.\n\nNew orders 3.9 billion vs 4.4 billion."
    )
    found = themes(nlp, shipped, text, "REGIONAL FIGURES PUBLISHED")
    assert "corporate_results" not in found


def test_cash_flow_in_a_debt_rating_story_is_no_results(nlp, shipped):
    text = (
        "Harlow Ratings Inc said it lowered the senior debt of Ardley Foods Corp to B-1 "
        "from Ba-3.\n\nThe agency said the company's cash flow would be weak while it "
        "carries the debt of its takeover."
    )
    found = themes(nlp, shipped, text, "HARLOW RATINGS CUTS ARDLEY FOODS <ARF> DEBT")
    assert "corporate_results" not in found


def test_a_company_restructuring_its_debt_is_no_public_debt(nlp, shipped):
    text = (
        "Harlow Tool Corp said it restructured its bank debt and will refinance 12 mln "
        "dlrs of debt through a new credit line."
    )
    found = themes(nlp, shipped, text, "HARLOW TOOL <HTC> RESTRUCTURES DEBT")
    assert "public_debt" not in found
