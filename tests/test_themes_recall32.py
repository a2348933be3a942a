"""Theme recall, round 32 (issue 18): vocabulary mined from Reuters-21578's topic labels
and read by hand (national statistics, exchange-rate accords, open market operations and
share buybacks, palm oil's fractions, commodity bodies, gasoline), and the
classes of computers, military vehicles and military rule. Small stories written for the
tests; each case failed before the change it tests."""

from __future__ import annotations

import pytest

from .theme_helpers import themes

CASES = [
    (
        "RURITANIA HOUSING STARTS FALL IN MAY",
        "Ruritania's housing starts fell 4.2 pct in May to an annual rate of 1.61 mln "
        "units, the statistics office said.\n\nStarts had risen 2.0 pct in April.",
        "macroeconomy",
    ),
    (
        "RURITANIA BUILDING PERMITS DROP",
        "Building permits for new homes in Ruritania fell 3.1 pct in May, the statistics "
        "office said.\n\nHome sales were flat, and building permits were down on a year.",
        "housing_property",
    ),
    (
        "OSTRAVIA COST OF LIVING UP 0.3 PCT",
        "Ostravia's cost of living index rose 0.3 pct in June after a 0.2 pct rise in "
        "May, the state statistics bureau said.\n\nFood and rents led the rise.",
        "macroeconomy",
    ),
    (
        "MINISTERS REAFFIRM LOUVRE ACCORD",
        "Finance ministers of the main industrial nations said they stood by the Louvre "
        "accord and would cooperate to keep currency markets steady.\n\nThey met for "
        "two hours in Rome.",
        "currencies",
    ),
    (
        "KESTREL <KST> SETS BUYBACK",
        "Kestrel Tools Inc said its board approved a share buyback of up to one mln of "
        "its common shares over the next year.\n\nThe company has 9.4 mln shares "
        "outstanding.",
        "markets",
    ),
    (
        "PAKISTAN BUYS PALM OLEIN AT TENDER",
        "Pakistan bought 6,000 tonnes of RBD palm olein at its import tender on Tuesday "
        "for June shipment, traders said.\n\nThe price was 355 dlrs a tonne.",
        "commodities_mining",
    ),
    (
        "U.S. LARD EXPORTS RISE",
        "Exports of U.S. lard rose in March from February, the trade group said.\n\n"
        "Edible tallow exports were steady, it said, and lard stocks fell.",
        "agriculture_food_industry",
    ),
    (
        "DUNLIN OIL RAISES GASOLINE PRICES",
        "Dunlin Oil Co said it raised the wholesale price of unleaded gasoline by one "
        "cent a gallon at its Texas refinery.\n\nThe rise takes effect tomorrow.",
        "energy_oil",
    ),
    (
        "HALBERD <HLB> SHOWS NEW MINICOMPUTER",
        "Halberd Systems Inc said it will sell a new minicomputer for engineering "
        "offices, priced from 40,000 dlrs.\n\nThe minicomputer ships in September.",
        "technology_internet",
    ),
    (
        "ARMY ORDERS TRUCKS FROM VANTOR",
        "Vantor Corp said the U.S. Army awarded it a 62 mln dlr order for 900 military "
        "vehicles.\n\nDeliveries of the military vehicles begin next spring.",
        "arms_military_spending",
    ),
    (
        "JUNTA SETS DATE FOR CIVILIAN RULE",
        "The military government of Castelia said it would hand power to an elected "
        "president in 1989, ending military rule.\n\nParties may register from March.",
        "coups_regime_change",
    ),
]


@pytest.mark.parametrize(("title", "text", "theme"), CASES)
def test_a_stories_subject_in_its_mined_words_is_its_theme(nlp, shipped, title, text, theme):
    assert theme in themes(nlp, shipped, text, title)
