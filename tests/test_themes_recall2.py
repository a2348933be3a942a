"""Theme recall, second round (issue 18): matching that reaches a whole class of
articles, on small articles written for the tests. Each case failed before the
mechanism it tests."""

from __future__ import annotations

from .theme_helpers import themes

# --- a wire dividend notice, in its abbreviations ------------------------------------


def test_a_wire_dividend_notice_is_company_results(nlp, shipped):
    title = "EXAMPLE HOLDINGS INC <EXHI> SETS QUARTERLY"
    text = "Qtly div 12 cts vs 12 cts prior\n\nPay April 10\n\nRecord March 27"
    assert "corporate_results" in themes(nlp, shipped, text, title)


# --- a takeover told with a verb whose object is a company ---------------------------


def test_a_company_bought_as_the_verbs_object_is_a_takeover(nlp, shipped):
    text = (
        "Harlow Instruments Inc said it acquired Brightwater Optical Systems Corp for "
        "undisclosed terms.\n\nBrightwater makes lenses for industrial cameras."
    )
    assert "mergers_acquisitions" in themes(nlp, shipped, text)


def test_a_company_as_the_object_of_an_acquisition_is_a_takeover(nlp, shipped):
    text = (
        "Harlow Energy Partners Ltd said it has completed the acquisition of Brightwater "
        "Gas Corp for 1.8 mln depositary units.\n\nBrightwater serves 2,300 customers."
    )
    assert "mergers_acquisitions" in themes(nlp, shipped, text)


def test_bonds_bought_from_a_company_are_no_takeover(nlp, shipped):
    text = (
        "Pension funds bought bonds from Harlow Instruments Inc on Monday, dealers "
        "said.\n\nThe notes were priced to yield 8.5 pct."
    )
    assert "mergers_acquisitions" not in themes(nlp, shipped, text)


def test_an_agreement_in_principle_and_a_merger_are_a_takeover(nlp, shipped):
    text = (
        "Corvale Foods said it agreed in principle to merge with a privately held "
        "bakery chain.\n\nTerms were not disclosed."
    )
    assert "mergers_acquisitions" in themes(nlp, shipped, text)


def test_a_wire_results_table_is_company_results(nlp, shipped):
    title = "EXAMPLE SAVINGS BANK <EXSB> 1ST QTR NET"
    text = "Shr 31 cts vs 28 cts\n\nNet 2,104,000 vs 1,877,000\n\nAssets 310.2 mln vs 288.4 mln"
    assert "corporate_results" in themes(nlp, shipped, text, title)


# --- metals as US wire copy spells and prices them -----------------------------------


def test_aluminum_prices_are_commodities(nlp, shipped):
    title = "EXAMPLE METALS RAISES PRIMARY ALUMINUM PRICES"
    text = (
        "Example Metals Inc said it raised its list prices for primary aluminum ingot by "
        "two cents a pound, effective May 1.\n\nThe company said the smelter would run at "
        "full capacity of 90,000 metric tons a year."
    )
    assert "commodities_mining" in themes(nlp, shipped, text, title)
