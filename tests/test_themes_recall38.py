"""Theme recall, round 38 (issue 18): the vocabulary of themes a story is plainly about
but no pattern named: an options exchange, a company's one-time gain and its auditors'
opinion, a country's reserves, the Bundesbank and its reserve requirement, the cellular
telephone, rail carloadings, an offer for all of a company's shares and feedlot cattle;
and a quote table headed with its opening prices ("Tarvik gold opg - may 4") prices a
market. Small stories written for the tests; each case failed before the change it tests."""

from __future__ import annotations

import pytest

from tasks.themes import extract_themes, tag_titles

from .theme_helpers import themes

CASES = [
    (
        "PACIFICA OPTIONS SEAT SELLS FOR 90,000 DLRS",
        "A membership on the Pacifica Options Exchange sold for 90,000 dlrs on Tuesday, "
        "the options exchange said.\n\nThe previous sale was at 85,000 dlrs.",
        "markets",
    ),
    (
        "DORNHILL <DRNH> SEES GAIN ON GARAGE SALE",
        "Dornhill Inc said it will report an after-tax gain of 2,100,000 dlrs or 40 cts a "
        "share from the sale of a parking garage it owns to the city.\n\nThe company said "
        "the gain would come in its second quarter.",
        "corporate_results",
    ),
    (
        "MARLOWE <MRLW> GETS QUALIFIED AUDIT",
        "Marlowe Corp said its auditors will give a qualified opinion on its 1986 "
        "financial statements.\n\nThe company said the qualification arose from a claim "
        "a former supplier made against it.",
        "corporate_results",
    ),
    (
        "ORLANIA NET CURRENCY RESERVES FALL",
        "Orlanian net currency reserves fell by 200 mln crowns in the second week of May to "
        "41.5 billion, the Orlanian National Bank said.\n\nNet monetary reserves were "
        "43.0 billion.",
        "macroeconomy",
    ),
    (
        "GERMAN BANKS BID FOR BUNDESBANK FUNDS",
        "Banks bid for 12 billion marks of funds at the Bundesbank's tender on Tuesday, "
        "dealers said.\n\nThe Bundesbank kept its rate at 3.80 pct, and banks held funds "
        "above their minimum reserve requirement.",
        "macroeconomy",
    ),
    (
        "TELVANIA UNIT INTRODUCES CELLULAR SYSTEM",
        "Telvania AB of Sweden said its U.S. unit introduced a cellular telephone system "
        "for rural markets.\n\nThe cellular system can grow as subscribers join it.",
        "mobile_phones",
    ),
    (
        "U.S. COAL CARLOADINGS RISE IN WEEK",
        "U.S. coal carloadings totalled 120,400 cars in the week ended May 2, up 1.5 pct "
        "from the previous week, a railroad association reported.\n\nCarloadings of "
        "chemicals were 30,200 cars.",
        "shipping_logistics",
    ),
    (
        "GRANVILLE TO PROCEED WITH HARTWELL BID",
        "Granville Group of Australia said it will proceed with its offer for all "
        "outstanding units of Hartwell Holdings at 24 dlrs a unit.\n\nThe offer expires "
        "on June 3.",
        "mergers_acquisitions",
    ),
    (
        "N DAKOTA FEEDLOT CATTLE UP 0.50 DLR-USDA",
        "slaughter steers were 0.50 dlr higher and heifers steady in light trade, the usda "
        "said.\n\nFeedlots reported good demand.\n\nsteers - choice 2-3 1050-1200 lbs "
        "68.00-68.50.",
        "commodities_mining",
    ),
]


@pytest.mark.parametrize(("title", "text", "theme"), CASES)
def test_a_stories_subject_in_its_trades_words_is_its_theme(nlp, shipped, title, text, theme):
    assert theme in themes(nlp, shipped, text, title)


def test_a_quote_table_of_opening_prices_names_its_market(nlp, shipped):
    text = "Tarvik gold opg - may 4\n\n418.25 dlrs."
    # An untitled story: its first line is tagged as its title (the table's heading).
    (heading,) = tag_titles(nlp, [None], [text])
    found = {m.theme for m in extract_themes(nlp(text), "t", shipped, heading)}
    assert "markets" in found


def test_a_companys_exchange_offer_for_its_own_stock_is_no_takeover(nlp, shipped):
    title = "HARLAN BANCORP <HRLB> TO EXCHANGE PREFERRED"
    text = (
        "Harlan Bancorp said it will begin an exchange offer for all of its 95,000 "
        "outstanding shares of convertible preferred stock on May 4.\n\nHolders will "
        "get 2.2 common shares for each preferred share."
    )
    assert "mergers_acquisitions" not in themes(nlp, shipped, text, title)
