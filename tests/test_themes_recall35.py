"""Theme recall, round 35 (issue 18): the vocabulary of themes a story is plainly about
but no pattern named: the drug makers by name and a drug's trial by its phase, a
workforce cut, combat aircraft and the arms trade's companies, the nuclear fuel
cycle's services, a government's bonds, a company authorizing more
shares, a proposed purchase, figures seasonally adjusted, and the commodity exchanges and
statistics that give a crop or a metal its context. Small stories written for the
tests; each case failed before the change it tests."""

from __future__ import annotations

import pytest

from .theme_helpers import themes

CASES = [
    (
        "COURT SIDES WITH SANDOZ IN PATENT CASE",
        "A federal judge ruled for Sandoz in a dispute over the formula of its "
        "blood pressure pill, the Swiss group said.\n\nSandoz said the ruling lets it "
        "keep selling the pill in Ohio.",
        "pharmaceutical_industry",
    ),
    (
        "TELVIRA <TLV> STARTS LARGER ECZEMA TESTS",
        "Telvira Inc said it will begin a phase III trial of its skin cream for eczema "
        "in 300 adults.\n\nThe phase III trial will compare two strengths of the cream.",
        "pharmaceutical_industry",
    ),
    (
        "MARLOWE TOOLS <MRL> TRIMS WORK FORCE",
        "Marlowe Tools Inc said it will cut its work force by 12 pct to lower costs.\n\n"
        "The company said about 90 workers would be laid off by June.",
        "employment_jobs",
    ),
    (
        "NORDIA WEIGHS GRIPEN ORDER",
        "Nordia's air force is weighing an order for 24 Gripen jets, a defence official "
        "said.\n\nThe Gripen would replace ageing planes bought in the 1970s.",
        "arms_military_spending",
    ),
    (
        "CASKLINE <CSK> WINS SPENT FUEL CONTRACT",
        "Caskline Corp said an electric utility hired it to move spent fuel from a "
        "reactor site to storage.\n\nThe spent fuel will travel in two steel casks.",
        "energy_oil",
    ),
    (
        "ORLANIA PLANS NEW GOVERNMENT BOND ISSUE",
        "Orlania's finance ministry will sell a new 10-year government bond next "
        "month, dealers said.\n\nThe government bond will carry a coupon of six pct.",
        "public_debt",
    ),
    (
        "HALVERN <HLV> HOLDERS RAISE AUTHORIZED SHARES",
        "Halvern Corp said its holders voted to raise its authorized common shares to "
        "40 mln from 20 mln.\n\nThe company said it has no plan to issue shares now.",
        "markets",
    ),
    (
        "OSTRAVIA TRADING BANK DEPOSITS RISE",
        "Ostravia's trading bank deposits rose a seasonally adjusted 1.8 pct in May, "
        "figures released today showed.\n\nSeasonally adjusted deposits rose 1.1 pct in "
        "April.",
        "macroeconomy",
    ),
    (
        "U.S. BRASS MILL ZINC USE UP",
        "U.S. brass mills used more zinc in March, a metal statistics bureau said.\n\n"
        "Zinc consumption rose to 21,000 tons from 19,500 tons, and zinc shipments "
        "rose too.",
        "commodities_mining",
    ),
    (
        "NO BIDS FOR CORN ON CALL SESSION",
        "No bids were posted for corn on the call session at the Kansas Merchants "
        "Exchange today.\n\nCorn was offered at five cents over May.",
        "agriculture_food_industry",
    ),
]


@pytest.mark.parametrize(("title", "text", "theme"), CASES)
def test_a_stories_subject_in_its_trades_words_is_its_theme(nlp, shipped, title, text, theme):
    assert theme in themes(nlp, shipped, text, title)


def test_a_rebels_fighters_make_no_arms_trade(nlp, shipped):
    text = (
        "Rebel fighters took two villages near the border overnight, the army said.\n\n"
        "The fighters later withdrew into the hills."
    )
    assert "arms_military_spending" not in themes(nlp, shipped, text, "REBELS TAKE VILLAGES")


def test_a_coach_who_shares_a_drug_makers_name_makes_no_drug_news(nlp, shipped):
    text = (
        "Tennis coach Tony Roche has agreed to work with the world number three for the "
        "clay season.\n\nRoche said he would travel to Madrid and Paris with the player."
    )
    found = themes(nlp, shipped, text, "ROCHE TO COACH THIRD SEED")
    assert "pharmaceutical_industry" not in found
