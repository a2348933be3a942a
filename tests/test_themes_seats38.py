"""Theme recall, round 38 (issue 18): an employer's lockout is a labour dispute, a seat on
an exchange is a market's (a seat on a company's board is not), and a word of copy set all
in lower case is no person's name for a theme's required words. Small stories written for
the tests; each theme case failed before the change it tests."""

from __future__ import annotations

from .theme_helpers import themes


def test_a_lockout_is_a_labour_dispute(nlp, shipped):
    text = (
        "Norland Meat Co said it will end the lockout at its Elmwood packing plant on "
        "Monday.\n\nAbout 900 workers have been kept out of the plant since the lockout "
        "began in January, a company spokesman said."
    )
    assert "strikes_unions" in themes(nlp, shipped, text, "NORLAND MEAT TO END LOCKOUT")


def test_a_seat_on_an_exchange_is_a_market(nlp, shipped):
    text = (
        "The Pacific Stock Exchange said a seat on the exchange sold for 92,000 dlrs, "
        "4,000 dlrs more than the previous sale on March 3.\n\nThe current bid is "
        "85,000 dlrs and the offer 99,000 dlrs, the exchange said."
    )
    assert "markets" in themes(nlp, shipped, text, "PACIFIC EXCHANGE SEAT SELLS FOR 92,000 DLRS")


def test_a_board_seat_is_no_market(nlp, shipped):
    text = (
        "Harlan Partners said it will seek two seats on the board of Wexford Tool Corp at "
        "the annual meeting.\n\nThe partnership holds 8.1 pct of Wexford's shares."
    )
    assert "markets" not in themes(nlp, shipped, text, "HARLAN SEEKS WEXFORD BOARD SEATS")


def test_lower_case_copy_keeps_its_required_words(nlp, shipped):
    text = (
        "feeder cattle steady, instances up 1.00 dlr, the usda said.\n\n"
        "steers - medium and large frame 1 - 500-600 lbs 71.00-78.00, "
        "600-700 lbs 67.75-73.25.\n\n"
        "heifers - medium and large frame 1 - 500-600 lbs 65.75-71.25."
    )
    found = themes(nlp, shipped, text, "DORVAL FEEDERS STEADY/UP 1.00 DLR - USDA")
    assert "agriculture_food_industry" in found
