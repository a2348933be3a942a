"""Theme recall, round 36 (issue 18): the vocabulary of themes a story is plainly about
but no pattern named: a government's financing requirement (the UK's PSBR), the oil
industry's weekly rig counts and inventories, geothermal power, cable television's
companies and systems, a country's direct investment, and a debt rating by its agency.
Small stories written for the tests; each case failed before the change it tests."""

from __future__ import annotations

import pytest

from .theme_helpers import themes

CASES = [
    (
        "ORLANIA CABINET AGREES SPENDING CUTS",
        "Orlania's cabinet agreed spending cuts that will keep the net financing "
        "requirement at 300 billion crowns this year, the government said.\n\n"
        "The financing requirement was 410 billion crowns last year.",
        "public_debt",
    ),
    (
        "NORDIA MAY PSBR SHOWS REPAYMENT",
        "Nordia's PSBR showed a net repayment of 300 mln crowns in May, the treasury "
        "said.\n\nThe PSBR was 1.2 billion crowns in May a year ago.",
        "public_debt",
    ),
    (
        "GULF RIG COUNT RISES IN WEEK",
        "The rig count in the western gulf rose by four to 102 last week, a survey "
        "firm said.\n\nRig utilization rose to 41 pct, and drilling contractors raised "
        "their day rates.",
        "energy_oil",
    ),
    (
        "TRADE GROUP TO PUBLISH WEEKLY DATA",
        "The American Petroleum Institute will publish its weekly figures on crude "
        "inventories on Wednesday, a spokesman said.",
        "energy_oil",
    ),
    (
        "VALDERA POWER <VPW> DRILLS TWO WELLS",
        "Valdera Power Inc said it completed two geothermal wells at its steam field "
        "in Nevada.\n\nThe steam will supply a 50 megawatt geothermal plant due to open "
        "next year.",
        "renewable_energy",
    ),
    (
        "HALVERN <HLV> TO BUY THREE CABLE SYSTEMS",
        "Halvern Holdings Inc said it will buy three cable systems serving 40,000 homes "
        "in Ohio.\n\nHalvern said it would then be the state's largest cable company.",
        "telecoms_media_business",
    ),
    (
        "ORLANIA DIRECT INVESTMENT ABROAD FALLS",
        "Net direct investment abroad by Orlanian firms fell to 9.1 billion crowns last "
        "year, the economy ministry said.\n\nDirect investment in Orlania rose 12 pct.",
        "macroeconomy",
    ),
    (
        "MOODY'S CUTS HALVERN <HLV> DEBT",
        "Moody's said it lowered Halvern Corp's long-term debt to B-2 from B-1, citing "
        "heavy borrowing for a new plant.\n\nMoody's said 300 mln dlrs of debt is affected.",
        "markets",
    ),
]


@pytest.mark.parametrize(("title", "text", "theme"), CASES)
def test_a_stories_subject_in_its_trades_words_is_its_theme(nlp, shipped, title, text, theme):
    assert theme in themes(nlp, shipped, text, title)


def test_a_companys_financing_requirement_once_makes_no_public_debt(nlp, shipped):
    text = (
        "Marlowe Resorts Inc said it will sell a new hotel in Reno to cut its debt.\n\n"
        "The company said the sale would cover its financing requirements for the "
        "year.\n\nMarlowe said it expects to close the sale in June."
    )
    assert "public_debt" not in themes(nlp, shipped, text, "MARLOWE <MRL> TO SELL HOTEL")
