"""Theme precision, round 40 (issue 18): the head word of a country's name of several
words ("Union" of "the Soviet Union") is no union; a central bank named beside a better
theme with no other word of the economy is an actor, not an economy story; a farm
programme's loan rate or marketing loan, and a mineral deposit, are no bank's business;
a bank's broker loan rate still is. Small stories written for the tests; each of the
first four failed before the change."""

from __future__ import annotations

from .theme_helpers import themes


def test_the_soviet_union_is_no_trade_union(nlp, shipped):
    text = (
        "The administration is still debating whether to offer subsidized wheat to the "
        "Soviet Union, a senior Agriculture Department official said.\n\n"
        "Grain traders said the Soviet Union could buy four mln tonnes of wheat this "
        "season if the price were right, and farm groups urged a quick decision."
    )
    found = themes(nlp, shipped, text, "WHEAT OFFER TO MOSCOW STILL UNDER DEBATE")
    assert "agriculture_food_industry" in found
    assert "strikes_unions" not in found


def test_a_central_bank_that_intervenes_for_its_currency_is_no_economy_story(nlp, shipped):
    text = (
        "Ruvia's central bank sold dollars in the foreign exchange market on Tuesday to "
        "support the crown, which fell to a record low against the dollar, dealers said.\n\n"
        "The crown recovered to 7.20 per dollar after the intervention. Dealers said the "
        "currency would stay under pressure, and the dollar rose against the yen."
    )
    found = themes(nlp, shipped, text, "RUVIAN CROWN RECOVERS AFTER INTERVENTION")
    assert "currencies" in found
    assert "macroeconomy" not in found


def test_a_farm_programme_loan_rate_is_no_banking(nlp, shipped):
    text = (
        "The Senate Agriculture Committee will consider proposals to cut the wheat loan "
        "rate, committee staff said.\n\n"
        "A plan drafted by the chairman would hold the county loan rate for corn within "
        "one pct of the national average loan rate, starting with 1988 crops, and let "
        "the Agriculture Secretary raise the acreage reduction requirement for wheat."
    )
    found = themes(nlp, shipped, text, "SENATE PANEL STUDIES LOAN RATE")
    assert "agriculture_food_industry" in found
    assert "banking" not in found


def test_a_bank_broker_loan_rate_is_still_banking(nlp, shipped):
    text = (
        "Northern Trust Co said it raised its broker loan rate to 7-1/2 pct from 7-1/4 "
        "pct, effective immediately.\n\nThe bank said the rise follows higher rates on "
        "the funds it borrows, and other banks were expected to follow."
    )
    assert "banking" in themes(nlp, shipped, text, "NORTHERN TRUST RAISES BROKER LOAN RATE")


def test_a_gold_deposit_is_no_bank_deposit(nlp, shipped):
    text = (
        "<Northfield Minerals Ltd> said its geologists found more than one mln tons of "
        "gold-bearing deposits at its Cape Rouge property.\n\n"
        "The company said it will spend two mln dlrs to expand its mill to treat the ore, "
        "and estimated the main gold deposit at 400,000 tons."
    )
    found = themes(nlp, shipped, text, "NORTHFIELD MINERALS FINDS GOLD DEPOSITS")
    assert "banking" not in found


def test_a_bank_deposit_is_still_banking(nlp, shipped):
    text = (
        "Ruvia's largest commercial bank said deposits rose eight pct last year to 40 "
        "billion crowns, and its loans to companies rose five pct.\n\n"
        "The bank said it would open twenty branches and offer higher rates on savings "
        "deposits, and other lenders said they would follow."
    )
    assert "banking" in themes(nlp, shipped, text, "RUVIAN BANK DEPOSITS RISE")


def test_a_central_bank_setting_interest_rates_is_still_the_economy(nlp, shipped):
    text = (
        "Ruvia's central bank raised its discount rate to nine pct from eight pct on "
        "Tuesday to curb inflation, which reached six pct in March.\n\n"
        "Economists said the rise in interest rates would slow economic growth this year."
    )
    assert "macroeconomy" in themes(nlp, shipped, text, "RUVIA RAISES DISCOUNT RATE")
