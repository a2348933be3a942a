"""Theme recall, round 37 (issue 18): the vocabulary of themes a story is plainly about
but no pattern named: a bank's lending rate, a new issue's issue price and lead manager,
meatpackers and whaling; and a quote table whose heading is in mixed case
("Jakarta copra clsg - may 4") prices a market. Small stories written for the tests;
each case failed before the change it tests."""

from __future__ import annotations

import pytest

from tasks.themes import _table_heading, extract_themes, tag_titles

from .theme_helpers import themes

CASES = [
    (
        "HALVERN BANK RAISES LENDING RATE",
        "Halvern Bank Ltd said it will raise its indicator lending rate to 14 pct from "
        "13.5 pct on Monday.\n\nThe bank said its lending rate had to follow the rising "
        "cost of funds.",
        "macroeconomy",
    ),
    (
        "ORLANIA POWER BOND RAISED TO 400 MLN CROWNS",
        "A seven pct, eight-year bond for Orlania Power, first set at 300 mln crowns, has "
        "been raised by 100 mln crowns at an issue price of 99.75 pct, lead-manager Nordia "
        "Bank said.\n\nPayment date is May 4.",
        "markets",
    ),
    (
        "VALDERA MEATPACKERS RETURN TO WORK",
        "Meatpackers at Valdera Beef Inc's plant in Kansas will return to work on Monday "
        "after a four-week lockout, their union said.\n\nThe meatpacking plant slaughters "
        "4,000 head of cattle a day.",
        "agriculture_food_industry",
    ),
    (
        "NORDIA HALTS SURVEY TO PROTECT WHALES",
        "Nordia halted a seismic survey off its northern coast so that scientists can "
        "study its effect on whale migration, the environment ministry said.\n\nThe whales "
        "pass the area in the spring.",
        "wildlife_conservation",
    ),
]


@pytest.mark.parametrize(("title", "text", "theme"), CASES)
def test_a_stories_subject_in_its_trades_words_is_its_theme(nlp, shipped, title, text, theme):
    assert theme in themes(nlp, shipped, text, title)


def test_a_quote_tables_heading_in_mixed_case_names_its_market(nlp, shipped):
    text = (
        "Jakarta copra clsg - may 4\n\n(byr/slr)\n\njne 410 415\n\njly 412 418\n\n"
        "aug 414 420\n\ntone steady"
    )
    # An untitled story: its first line is tagged as its title (the table's heading).
    (heading,) = tag_titles(nlp, [None], [text])
    found = {m.theme for m in extract_themes(nlp(text), "t", shipped, heading)}
    assert {"markets", "commodities_mining"} <= found


def test_a_mixed_case_first_line_without_a_date_heads_no_table():
    assert _table_heading("Shr 34 cts vs 32 cts\n\nNet 2,328,515 vs 2,175,046") is None
    assert _table_heading("Jakarta copra clsg - may 4\n\njne 410 415") == "Jakarta copra clsg"
