"""Theme precision, round 11 (issue 18): a government's debt and a country's money
are no company's stock or securities (taxonomy 2026.12.18 ``senses`` of
companies_industry), on small articles written for the tests. Each misfire has a
case beside it where the theme is right."""

from __future__ import annotations

import pytest

from .theme_helpers import themes


@pytest.mark.parametrize(
    "text",
    [
        (
            "The Valdorian Treasury will auction up to nine billion crowns of tap stock "
            "next Tuesday, the national bank said. The 7.25 pct 2004 tap stock and the "
            "floating rate 2010 tap stock make up the offer, and each line of stock "
            "needs bids of at least one billion crowns, analysts noted."
        ),
        (
            "The central bank of Ostrania bought government securities worth 2 billion "
            "marks on Monday to ease tight money market conditions. Dealers said "
            "government securities yields fell, and analysts expect the bank to add "
            "reserves again through Treasury securities repurchases this week."
        ),
    ],
)
def test_a_government_debt_auction_is_no_company_news(nlp, shipped, text):
    assert "companies_industry" not in themes(nlp, shipped, text)


def test_a_company_selling_stock_is_still_company_news(nlp, shipped):
    text = (
        "Brimley Foods Inc said it will sell four million shares of common stock to "
        "investors. The company's chief executive said the stock offering will pay for "
        "a new bakery, and analysts said the shares rose on the news."
    )
    assert "companies_industry" in themes(nlp, shipped, text)
