"""Theme recall, round 19 (issue 18): a wire quote table with no title ("NY COFFEE
11:00" over rows of prices) tells its topic only in its heading: the theme's ``table``
words there are evidence without its required words, and rows of delivery months make
it a futures table; on small tables written for the tests."""

from __future__ import annotations

import pytest

from core.errors import DossierError
from tasks.themes import _table_heading, extract_themes, parse_taxonomy, tag_titles

COFFEE_FUTURES = (
    "KASTELL COFFEE 10:45\n\n"
    "MAY7  11250 UP 15\n\n"
    "JUL7  11400 UP 20\n\n"
    "SEP7  11610 OFF 5\n\n"
    "DEC7 UNTRD"
)

GOLD_SPOT = "KASTELL GOLD SPOT - MAY 4\n\nBAR   412.50/413.00\n\nCOIN  418.00/419.50"

DOLLAR_FORWARDS = (
    "VALDORIA DOLLAR FORWARDS - MAY 4\n\n"
    "ONE MONTH     0.51/0.47\n\n"
    "TWO MONTHS    0.96/0.91\n\n"
    "THREE MONTHS  1.42/1.36"
)

COTTON_INDICES = (
    "LIVERPOOL COTTON OUTLOOK (CENTS PER LB) - MAY 4\n\nA INDEX  71.20\n\nB INDEX  68.05"
)


def table_themes(nlp, matcher, text: str) -> set[str]:
    """Themes of an untitled ``text`` as a run finds them."""
    (title,) = tag_titles(nlp, [""], [text])
    return {m.theme for m in extract_themes(nlp(text), "t", matcher, title)}


def test_a_futures_table_is_told_by_its_heading_and_its_rows(nlp, shipped):
    found = table_themes(nlp, shipped, COFFEE_FUTURES)
    assert {"commodities_mining", "agriculture_food_industry", "markets"} <= found


def test_a_table_without_delivery_months_is_no_futures_table(nlp, shipped):
    found = table_themes(nlp, shipped, GOLD_SPOT)
    assert "commodities_mining" in found
    assert "markets" not in found


def test_a_currency_table_is_told_by_its_heading(nlp, shipped):
    assert {"currencies", "markets"} <= table_themes(nlp, shipped, DOLLAR_FORWARDS)


def test_a_table_on_one_line_is_a_table_too():
    line = "VALDORIA DOLLAR FORWARDS 1415 - MAY 4 one month 0051/0047 two 0096/0091 all discs."
    assert _table_heading(line) == "VALDORIA DOLLAR FORWARDS 1415 - MAY 4"


def test_a_place_in_a_heading_and_the_unit_in_brackets_tell_no_theme(nlp, shipped):
    assert _table_heading(COTTON_INDICES) == "LIVERPOOL COTTON OUTLOOK - MAY 4"
    found = table_themes(nlp, shipped, COTTON_INDICES)
    assert "commodities_mining" in found
    assert "football" not in found


def test_an_untitled_story_in_prose_or_a_company_notice_is_no_table():
    story = (
        "VALDORIA RAISES COFFEE QUOTA\n\n"
        "Valdoria has raised its coffee export quota for the coming season by a tenth, "
        "its trade ministry said on Monday."
    )
    assert _table_heading(story) is None
    assert _table_heading("<KASTELL MINING LTD> HALF YEAR\n\nNET 4.1 MLN VS 3.2 MLN") is None


def test_table_terms_are_words():
    with pytest.raises(DossierError, match="table terms must be lower-case words"):
        parse_taxonomy(
            '[subjects]\neconomy = "economy"\n'
            '[[themes]]\nid = "metals"\nparent = "economy"\npatterns = ["copper"]\n'
            'table = ["Copper"]\n',
            "test",
        )


def test_a_one_line_futures_table_is_headed_by_what_comes_before_its_rows():
    line = (
        "XBT 10:40 EDT BARLEY MAY7  287 1/2 UP  1 1/4 JUL7  273 1/2 UP   3/4 "
        "BEANS MAY7  500 1/2 UP   3/4 MEAL MAY7  1455 UP  2 OIL MAY7  1550 UP  7"
    )
    # The soybean oil of the rows is no heading of the table's.
    assert _table_heading(line) == "XBT 10:40 EDT BARLEY"
