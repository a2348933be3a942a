"""Theme recall, round 35 (issue 18): a short wire story names its theme once, in its
headline or its table: a headline's trade verb, and a bank's balance-sheet rows; an industry's
theme beside a results story leaves it company news. Small
stories written for the tests; each case failed before the change it tests."""

from __future__ import annotations

from .theme_helpers import themes


def test_a_headline_verb_tells_trade(nlp, shipped):
    text = (
        "Norland announced a tender to import 50,000 tonnes of white sugar. "
        "The imports will make up for a poor harvest, the state buyer said."
    )
    assert "trade" in themes(nlp, shipped, text, "NORLAND TO IMPORT 50,000 TONNES OF SUGAR")


def test_a_bank_results_table_is_banking(nlp, shipped):
    text = (
        "Shr 41 cts vs 38 cts\n\nNet 1,204,000 vs 1,101,000\n\n"
        "Deposits 310.4 mln vs 295.2 mln\n\nLoans 201.7 mln vs 188.9 mln"
    )
    assert "banking" in themes(nlp, shipped, text, "HARWICK CORP <HWK> YEAR NET")


def test_a_tax_credit_in_a_results_note_is_no_banking(nlp, shipped):
    text = (
        "Shr loss 12 cts vs loss three cts\n\nNet loss 2,104,000 vs loss 310,000\n\n"
        "Revs 31.5 mln vs 22.4 mln\n\nAvg shrs 16.2 mln vs 15.9 mln\n\n"
        "NOTE: Net includes tax credits of 1,620,000 dlrs vs 290,000 dlrs."
    )
    assert "banking" not in themes(nlp, shipped, text, "HARWICK TOOL INC <HWT.O> 1ST QTR")


def test_an_industry_theme_keeps_a_results_story_company_news(nlp, shipped):
    text = (
        "Shr 41 cts vs 38 cts\n\nNet 1,204,000 vs 1,101,000\n\n"
        "Deposits 310.4 mln vs 295.2 mln\n\nLoans 201.7 mln vs 188.9 mln\n\n"
        "Assets 402.6 mln vs 377.0 mln"
    )
    found = themes(nlp, shipped, text, "HARWICK SAVINGS BANK <HSBK> 1ST QTR NET")
    assert {"banking", "corporate_results", "companies_industry"} <= set(found)
