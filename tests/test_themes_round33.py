"""Theme recall, round 33 (issue 18): a company's capital and results notices as the
wire sends them in two or three lines. A row of a results or dividend table ("Shr ...
vs ...") states company results however the tagger reads its abbreviations. Small
notices written for the tests; each case failed before the change it tests."""

from __future__ import annotations

import pytest

from core.errors import DossierError
from tasks.themes import parse_taxonomy

from .theme_helpers import themes


def test_a_results_table_alone_is_company_results(nlp, shipped):
    text = (
        "Shr 22 cts vs 19 cts\n\nNet 2,431,000 vs 2,007,000\n\n"
        "Revs 31.6 mln vs 27.2 mln\n\nAvg shrs 11,050,000 vs 10,600,000"
    )
    found = themes(nlp, shipped, text, "<MARLOWE CARPET CORP> NINE MTHS FEB 28 NET")
    assert {"corporate_results", "companies_industry"} <= found


def test_one_net_row_under_a_year_headline_is_company_results(nlp, shipped):
    text = "Net 8.4 mln vs 5,912,000\n\nNOTE: Company became a public company last year."
    found = themes(nlp, shipped, text, "HOLLIS VALLEY FURNITURE <HVFC> YEAR")
    assert "corporate_results" in found


def test_a_dividend_row_in_words_is_company_results(nlp, shipped):
    text = "Qtrly nine cts vs eight cts\n\nPay May 15\n\nRecord April 30"
    found = themes(nlp, shipped, text, "GARVEY TOOL WORKS <GTWK> LIFTS PAYOUT")
    assert "corporate_results" in found


def test_a_sentence_with_vs_is_no_row(nlp, shipped):
    text = (
        "Net migration to the coastal towns rose last summer as more families left the "
        "farms vs the year before, the regional council said in its yearly report."
    )
    assert "corporate_results" not in themes(nlp, shipped, text, "MORE FAMILIES MOVE TO COAST")


def test_a_row_label_in_capitals_is_a_taxonomy_error():
    raw = (
        'version = "t"\n[subjects]\neconomy = "economy"\n[[themes]]\nid = "x"\n'
        'label = "X"\nparent = "economy"\npatterns = ["profit"]\nrows = ["Shr"]\n'
    )
    with pytest.raises(DossierError, match="rows labels must be lower case"):
        parse_taxonomy(raw, "t.toml")


def test_a_medium_term_note_offering_is_a_market_notice(nlp, shipped):
    text = (
        "Brightwater Savings said it will offer up to 50 mln dlrs of its medium-term "
        "notes, maturing in two to seven years.\n\nThe notes will carry a fixed or a "
        "floating rate set when each is sold, it said."
    )
    found = themes(nlp, shipped, text, "BRIGHTWATER SAVINGS <BRSV> TO OFFER NOTES")
    assert {"markets", "companies_industry"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Brightwater Savings is one of five lenders which the city council listed in its "
        "annual report on housing loans.",
        "The city council listed Brightwater Savings among five lenders in its annual "
        "report on housing loans.",
    ],
)
def test_a_marked_company_that_does_not_tell_of_itself_makes_no_company_news(nlp, shipped, text):
    found = themes(nlp, shipped, text, "BRIGHTWATER SAVINGS <BRSV> NAMED BY CITY")
    assert "companies_industry" not in found


def test_a_convertible_note_issue_is_a_market_notice(nlp, shipped):
    text = (
        "Tamsin Electric Co Ltd is launching 80 mln Swiss francs of convertible notes due "
        "1993, indicated at two pct, lead manager Credit Alpine said.\n\nThe conversion "
        "price will be set on May 2."
    )
    assert "markets" in themes(nlp, shipped, text, "TAMSIN ELECTRIC ISSUES SFR NOTES")


def test_a_futures_volume_report_is_a_market_report(nlp, shipped):
    text = "in contracts)\n\nvolume  open  change Copper  2100  9300  up 40 Silver  880  4100"
    found = themes(nlp, shipped, text, "COMEX FUTURES VOLUME/OPEN INTEREST FOR MAY 4")
    assert "markets" in found


def test_a_quarters_results_told_by_the_company_are_company_results(nlp, shipped):
    text = (
        "Pellwood Industries Inc said its 1988 second quarter results will include a gain "
        "of 12 mln dlrs from the sale of its boat unit.\n\nThe company said its other "
        "businesses were doing well."
    )
    found = themes(nlp, shipped, text, "PELLWOOD <PLWD> TO BOOK GAIN ON UNIT SALE")
    assert "corporate_results" in found


@pytest.mark.parametrize(
    ("line", "is_row"),
    [
        ("Net 512,000 vs 1,204,000", True),
        ("Shr loss nine cts vs profit four cts", True),
        ("Net free reserves.............512 vs.....1,204", False),
        ("Sales of new homes rose 4 pct vs a year ago, the agency said", False),
    ],
)
def test_a_row_opens_with_its_label_and_a_figure(nlp, shipped, line, is_row):
    rows = shipped._row_hits(nlp(line))
    assert bool(rows) is is_row
