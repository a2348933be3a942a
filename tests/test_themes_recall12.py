"""Theme recall, round 18 (issue 18, taxonomy 2026.12.26): the results headlines of wire
notices, on small notices written for the tests. Each case failed before the vocabulary
it tests."""

from __future__ import annotations

from .theme_helpers import themes


def test_a_full_year_results_table_is_company_results(nlp, shipped):
    title = "QUILLMARSH TEXTILES INC <QMTX> YEAR NET"
    text = "Shr 47 cts vs 39 cts\n\nNet 3,262,000 vs 2,718,000\n\nRevs 41.6 mln vs 37.9 mln"
    found = themes(nlp, shipped, text, title)
    assert {"corporate_results", "companies_industry"} <= found


def test_a_raised_dividend_notice_is_company_results(nlp, shipped):
    title = "QUILLMARSH TEXTILES INC <QMTX> RAISES QUARTERLY"
    text = "Qtly div 17 cts vs 14 cts prior\n\nPay June 9\n\nRecord May 22"
    assert "corporate_results" in themes(nlp, shipped, text, title)


def test_a_year_told_in_prose_is_no_results_headline(nlp, shipped):
    title = "Fishing village nets a record year"
    text = (
        "Boats from the harbour landed more mackerel this season than in any season "
        "since the pier was rebuilt.\n\nThe harbour master thanked the crews."
    )
    assert "corporate_results" not in themes(nlp, shipped, text, title)


def test_a_regular_dividend_notice_is_company_results(nlp, shipped):
    title = "QUILLMARSH TEXTILES INC <QMTX> SETS REGULAR QUARTERLY"
    text = "Qtly div 9 cts vs 9 cts prior\n\nPay July 14\n\nRecord June 30"
    assert "corporate_results" in themes(nlp, shipped, text, title)


def test_a_full_year_net_alone_is_company_results(nlp, shipped):
    title = "<QUILLMARSH SAVINGS FSB> YEAR NET"
    text = "Net 12.8 mln vs 9.4 mln\n\nNOTE: Quillmarsh is a mutual savings bank."
    assert "corporate_results" in themes(nlp, shipped, text, title)
