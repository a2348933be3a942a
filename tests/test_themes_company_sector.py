"""The sector a company names itself by (``tasks.theme_sectors``, round 33, issue 18):
a story about one company's business that never writes its sector's words is filed
under the sector its name tells ("Power and Light", "Express", "Satellite", "Savings"),
unless it is a capital notice (a payout, an offering, a stake), tells a theme of its
own, or the name is another trade's. Small stories written for the tests; each case
that adds a theme failed before the change."""

from __future__ import annotations

from tasks.theme_sectors import sector_names
from tasks.themes import extract_themes, tag_titles

from .theme_helpers import themes


def test_a_utility_rate_case_is_energy(nlp, shipped):
    text = (
        "Harlow Power and Light Co said the state commission approved new rates that "
        "will lower its revenues by about 2 mln dlrs a year.\n\n"
        "The company said the cut follows lower costs of capital."
    )
    (title,) = tag_titles(nlp, ["HARLOW POWER AND LIGHT <HPL> GETS APPROVAL"], [text])
    found = {m.theme: m for m in extract_themes(nlp(text), "t", shipped, title)}
    assert "energy_oil" in found
    assert [e.text for e in found["energy_oil"].evidence] == ["Harlow Power and Light Co"]


def test_a_couriers_monthly_volumes_are_shipping(nlp, shipped):
    text = (
        "Brightwater Express Corp said its average daily volume in May rose 14 pct "
        "from a year earlier.\n\nThe total volume rose to 9.1 mln items from 8.0 mln."
    )
    found = themes(nlp, shipped, text, "BRIGHTWATER EXPRESS <BWX> MAY VOLUME RISES")
    assert "shipping_logistics" in found


def test_a_satellite_firms_unit_renamed_is_telecoms(nlp, shipped):
    text = (
        "Orland Satellite Corp said it renamed its Kestrel unit Orland Vision to better "
        "reflect what the unit does.\n\nThe unit signed new contracts with two hotel chains."
    )
    found = themes(nlp, shipped, text, "ORLAND SATELLITE <ORS> RENAMES UNIT")
    assert "telecoms_media_business" in found


def test_a_savings_banks_new_offices_are_banking(nlp, shipped):
    text = (
        "Carden Institution for Savings said it will open four offices in the county "
        "next month.\n\nThe company said the offices will employ about 40 people."
    )
    found = themes(nlp, shipped, text, "CARDEN INSTITUTION FOR SAVINGS <CIFS> TO OPEN OFFICES")
    assert "banking" in found


def test_a_savings_banks_results_table_is_company_results_not_its_sector(nlp, shipped):
    # A results table states company results (its rows), which the judged verdicts
    # file with the company's sector for only 3 of 11 tables: results are a theme of
    # the story's own, so the name's sector is not added.
    text = "Net 4.1 mln vs 3,220,000\n\nNOTE: Company went public in June."
    found = themes(nlp, shipped, text, "CARDEN INSTITUTION FOR SAVINGS <CIFS> YEAR")
    assert {"corporate_results", "companies_industry"} <= found
    assert "banking" not in found


def test_a_unit_named_after_its_parent_tells_the_sector(nlp, shipped):
    text = (
        "Harlow Inc unit, Ardley Magnesium Corp, said it will build a new plant to "
        "recover the metal from brine.\n\nThe company said the plant should be working "
        "by next year."
    )
    found = themes(nlp, shipped, text, "HARLOW INC <HRL> UNIT TO BUILD PLANT")
    assert "commodities_mining" in found


def test_a_utilitys_redemption_is_a_capital_notice(nlp, shipped):
    text = (
        "Harlow Power and Light Co said it will redeem all of its 9.5 pct preferred "
        "shares on June 1 at 104 dlrs each.\n\nThe company said it has 400,000 of them."
    )
    found = themes(nlp, shipped, text, "HARLOW POWER AND LIGHT <HPL> TO REDEEM PREFERRED")
    assert "energy_oil" not in found


def test_a_name_of_another_trade_tells_no_sector(nlp, shipped):
    text = (
        "General Electric Co said its new engine passed its first flight tests on a "
        "twin-engine jet.\n\nThe company said the engine would enter service next year."
    )
    found = themes(nlp, shipped, text, "GENERAL ELECTRIC <GE> ENGINE TESTED")
    assert "energy_oil" not in found


def test_a_grocers_food_name_tells_no_sector_alone(nlp, shipped):
    text = (
        "Harlow Food Inc said it named Jane Orlen president of its eastern division, "
        "succeeding Paul Vance, who retires in May."
    )
    assert "agriculture_food_industry" not in themes(
        nlp, shipped, text, "HARLOW FOOD <HFI> NAMES PRESIDENT"
    )


def test_the_name_ending_decides_not_a_word_inside_it():
    names = sector_names({"energy_oil": ["Oil"]}, {"energy_oil", "shipping_logistics"})
    assert names.themes_of("Harlow Power and Light Co", "harlow power and light") == ("energy_oil",)
    assert names.themes_of("Power Tools Corp", "power tools") == ()
    assert names.themes_of("American Express Co", "american express") == ()
    assert names.themes_of("Ardley Oil Co", "ardley oil") == ("energy_oil",)
    assert names.is_capital_notice(["sets", "payout"])
    assert not names.is_capital_notice(["note", "company", "went", "public"])
