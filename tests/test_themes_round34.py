"""Theme recall, round 34 (issue 18): sector and subject themes a story never names in
its own words: a quote table whose heading is its title, the company a headline opens
with in its mark, and the vocabulary of a trade's products and customers (gas systems,
telephone switching, hazardous-waste cleanups), of quakes, lumber, pork and civil
suits. Small stories and tables written for the tests; each case failed before the
change it tests."""

from __future__ import annotations

import pytest

from tasks.themes import TABLE_HEADING, _opening_mark, _titled_table, tag_titles

from .theme_helpers import themes

GASOIL_ROWS = (
    "May    151.00 151.25 150.75  1200\n\n"
    "Jun    149.50 149.75 149.00   640\n\n"
    "Jul    148.25 148.50    ---    80\n\n"
    "TOTAL SALES   1920"
)


def test_a_titled_quote_table_is_told_by_its_title_as_a_heading(nlp, shipped):
    found = themes(nlp, shipped, GASOIL_ROWS, "KASTELL GASOIL CLOSE 1630 - MAY 4")
    assert {"energy_oil", "markets"} <= found


def test_a_title_over_prose_is_no_table_heading():
    text = (
        "Gasoil futures ended firmer on the day as traders covered short positions "
        "before the holiday."
    )
    assert _titled_table("KASTELL GASOIL CLOSE 1630 - MAY 4", text) is None


def test_a_title_in_mixed_case_is_no_table_heading(nlp):
    (title,) = tag_titles(nlp, ["Kastell gasoil close"], [GASOIL_ROWS])
    assert TABLE_HEADING not in title.user_data


def test_a_titled_table_keeps_the_words_of_its_title(nlp, shipped):
    rows = "Spot   412.50/413.00\n\nThree months  418.00/419.50"
    assert "commodities_mining" in themes(nlp, shipped, rows, "KASTELL COPPER PRICES - MAY 4")


def test_the_mark_a_headline_opens_with_names_its_company(nlp):
    (title,) = tag_titles(nlp, ["<BRAEMOOR PETROLEUM LTD> YEAR LOSS"], ["Shr loss 12 cts"])
    assert _opening_mark(title) == "BRAEMOOR PETROLEUM LTD"
    (ticker,) = tag_titles(nlp, ["<BPL> YEAR LOSS"], ["Shr loss 12 cts"])
    assert _opening_mark(ticker) == ""


def test_a_results_notice_of_a_company_marked_by_its_trade_has_the_trade(nlp, shipped):
    text = (
        "Shr loss 1.10 dlrs vs loss 2.40 dlrs\n\nNet loss 12.1 mln vs loss 26.0 mln\n\n"
        "Revs 8.2 mln vs 15.9 mln\n\nNote: net includes a writedown of oil and gas "
        "properties of six mln dlrs."
    )
    assert "energy_oil" in themes(nlp, shipped, text, "<BRAEMOOR PETROLEUM LTD> YEAR LOSS")


@pytest.mark.parametrize(
    ("title", "text", "theme"),
    [
        (
            "HALDEN <HLD> BUYS TOWN GAS SYSTEM",
            "Halden Corp said it bought the distribution system of the town of Ardley for "
            "two mln dlrs.\n\nThe system serves 2,100 customers, the company said.",
            "energy_oil",
        ),
        (
            "CORVIN <CRV> WINS SWITCHING ORDER",
            "Corvin Corp said Nevada Bell chose it to supply digital switching equipment for "
            "six central offices.\n\nThe order is worth about four mln dlrs, it said.",
            "telecoms_media_business",
        ),
        (
            "DALBY <DLB> UNIT GETS CLEANUP CONTRACT",
            "Dalby Inc said its unit will remove hazardous substances from three contaminated "
            "sites in Ohio under a state contract.\n\nThe work will take two years, it said.",
            "pollution",
        ),
        (
            "VALDORIA CUTS FUEL SALES AFTER QUAKE",
            "Valdoria rationed petrol after an earthquake damaged its main refinery and "
            "pipeline.\n\nThe government said sales would be cut by a quarter.",
            "natural_disasters",
        ),
        (
            "LUMBER FUTURES END HIGHER",
            "Lumber futures closed up to 2.10 dlrs higher on short covering, traders said.\n\n"
            "Housing figures due next week kept buyers cautious, they said.",
            "commodities_mining",
        ),
        (
            "MERRIT INC <MRT> SUES HALDEN CORP <HLD>",
            "Merrit Inc said it filed a suit against Halden Corp, alleging Halden broke its "
            "supply agreement.\n\nMerrit seeks damages of ten mln dlrs.",
            "courts",
        ),
        (
            "STATE PORK BOARD SETS BUDGET",
            "The state's pork board set aside 1.2 mln dlrs of its checkoff funds for "
            "producers' marketing next year.\n\nThe board said demand for pork was steady.",
            "agriculture_food_industry",
        ),
    ],
)
def test_a_trade_told_by_its_products_and_customers(nlp, shipped, title, text, theme):
    assert theme in themes(nlp, shipped, text, title)


def test_pork_barrel_politics_is_no_farm_story(nlp, shipped):
    text = (
        "Senators attacked the highway bill as pork barrel spending for the chairman's "
        "state.\n\nThe bill passed the Senate by 60 votes to 38, and farmers' groups were silent."
    )
    assert "agriculture_food_industry" not in themes(nlp, shipped, text, "SENATE PASSES ROAD BILL")


def test_an_industrial_gas_system_is_no_gas_utility(nlp, shipped):
    text = (
        "Merrit Inc said it bought Ardley Corp, a maker of process gas systems for "
        "breweries and bottlers, for two mln dlrs.\n\nArdley had sales of five mln dlrs."
    )
    assert "energy_oil" not in themes(nlp, shipped, text, "MERRIT <MRT> BUYS ARDLEY")


def test_short_lines_that_report_are_a_story_not_a_table(nlp, shipped):
    text = (
        "slaughter hogs rose 1.00 dlr in light trade, the usda said.\n\n"
        "barrows and gilts - 1-2 220-250 lbs 50.00-51.00."
    )
    assert _titled_table("ARDLEY HOGS UP 1.00 DLR - USDA", text) is None
    assert "currencies" not in themes(nlp, shipped, text, "ARDLEY HOGS UP 1.00 DLR - USDA")
