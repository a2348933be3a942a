"""Theme recall, round 29 (issue 18): trade words a short story is plainly about that the
taxonomy lacked: videotex and data networks (technology_internet, telecoms_media_business),
mines by kind and the deposits they work (commodities_mining), a brokerage's corporate
finance arm (banking), the housing agencies' discount notes (markets), sweeteners and food
makers (agriculture_food_industry); and the senses kept out: a recipe's food processor, a
bond column's heading. Small stories written for the tests; each case failed before the
vocabulary it tests."""

from __future__ import annotations

import pytest

from .theme_helpers import themes

CASES = [
    (
        "TELVERA TO OFFER VIDEOTEX SERVICE IN CANADA",
        "Telvera SA said it will offer its videotex service to businesses in Canada "
        "from next spring, with rented terminals and news pages.\n\nSubscribers will pay "
        "an hourly connection fee, the company said.",
        {"technology_internet", "telecoms_media_business"},
    ),
    (
        "DORNEY GOLD <DGC> TO SAMPLE NEVADA CLAIM",
        "Dorney Gold Corp said it will begin sampling a placer mine on its Nevada claim "
        "next month.\n\nCrews will wash 1,500 cubic yards of placer gravel from 30 pits "
        "to test the gold content, the company said.",
        {"commodities_mining"},
    ),
    (
        "HALBERT AND CO FORMS CORPORATE FINANCE UNIT",
        "Halbert and Co Inc, the Baltimore brokerage, said it formed a corporate finance "
        "unit to advise mid-sized companies, headed by Ann Reyes, formerly of Marlow "
        "Securities.",
        {"banking"},
    ),
    (
        "HOUSING AGENCY SETS DISCOUNT NOTE RATES",
        "The Federal Home Loan Bank Board set the rates on its short-term discount notes "
        "at 6.05 pct for 30 days and 6.10 pct for 90 days.",
        {"markets"},
    ),
    (
        "GARVIN <GRV> SWEETENER SALES RISE",
        "Garvin Corp said sales of its artificial sweetener rose eight pct in the second "
        "quarter as soft drink makers used more of it.\n\nThe company said demand from "
        "diet soft drinks should keep growing this year.",
        {"agriculture_food_industry"},
    ),
]


@pytest.mark.parametrize(("title", "text", "wanted"), CASES)
def test_a_storys_trade_words_give_its_theme(nlp, shipped, title, text, wanted):
    assert wanted <= themes(nlp, shipped, text, title)


def test_a_recipes_food_processor_is_no_food_industry(nlp, shipped):
    text = (
        "Put the dates, butter and a pinch of sugar in a food processor and blend until "
        "smooth.\n\nRoll the mixture into small balls and chill them for an hour. Use any "
        "dairy-free butter you like."
    )
    assert "agriculture_food_industry" not in themes(nlp, shipped, text, "Date Butter Bites")


def test_a_bond_columns_heading_is_no_bank(nlp, shipped):
    text = (
        "Investors bought a new issue of floating-rate notes from Carden Finance Corp "
        "today, underwriters said.\n\nThe notes were priced to yield 30 basis points over "
        "LIBOR, they said."
    )
    found = themes(nlp, shipped, text, "U.S. CORPORATE FINANCE - CARDEN NOTES PRICED")
    assert "banking" not in found


def test_a_real_estate_brokerage_is_no_bank(nlp, shipped):
    text = (
        "Carwell Realty Inc said it formed a real estate brokerage unit in Dallas to sell "
        "office buildings and shopping centres.\n\nThe real estate brokerage will employ "
        "40 agents, the company said."
    )
    assert "banking" not in themes(nlp, shipped, text, "CARWELL REALTY FORMS BROKERAGE UNIT")
