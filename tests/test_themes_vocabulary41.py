"""Theme recall, round 41 (issue 18): the vocabulary of themes an ordinary wire story is
plainly about but no pattern named (a treasury certificate's coupon rates, a gold
fixing's table, orange juice futures, food subsidies, an explosion, the drug industry, a
House-passed budget), and two ways the matcher missed a phrase it had: written with a
hyphen ("insider-trading") and opening a sentence whose first word the tagger takes for
a proper noun ("Coffee quotas"). Small stories written for the tests; each case failed
before the change it tests."""

from __future__ import annotations

import pytest

from tasks.themes import extract_themes, tag_titles

from .theme_helpers import themes

CASES = [
    (
        "ORLANIA CUTS RATES ON TREASURY CERTIFICATES",
        "The Orlanian treasury said coupon rates on its seven-year treasury certificates "
        "will fall to 9.5 pct from 11 pct in June.\n\nCoupon rates on five-year "
        "certificates will fall to 9.1 pct, it said.",
        "markets",
    ),
    (
        "ORLANIA CUTS RATES ON TREASURY CERTIFICATES",
        "The Orlanian treasury said coupon rates on its seven-year treasury certificates "
        "will fall to 9.5 pct from 11 pct in June.\n\nCoupon rates on five-year "
        "certificates will fall to 9.1 pct, it said.",
        "public_debt",
    ),
    (
        "VELDIA, IMF AT ODDS OVER FOOD SUBSIDIES",
        "Veldia's talks with the International Monetary Fund have stalled over food "
        "subsidies, the official news agency said.\n\nThe Fund wants the government to "
        "say how it will pay for them.",
        "public_spending_taxation",
    ),
    (
        "FEED MILL EXPLODES IN HARLOW",
        "A feed mill in Harlow exploded on Tuesday, injuring three workers, the county "
        "sheriff said.\n\nThe cause of the explosion was not known.",
        "fires_explosions",
    ),
    (
        "DOCTOR FAULTS DRUG INDUSTRY ON COUGH SYRUP",
        "Parts of the drug industry put children at risk by delaying a warning on cough "
        "syrups, a doctor said.\n\nThe Food and Drug Administration now requires the "
        "warning on the label.",
        "pharmaceutical_industry",
    ),
    (
        "GOVERNOR ATTACKS HOUSE-PASSED BUDGET",
        "The governor said the House-passed budget would raise taxes by two billion "
        "dlrs.\n\nHe said he would veto it.",
        "government_legislation",
    ),
    (
        "N.Y. FCOJ FUTURES END LOWER",
        "Frozen concentrated orange juice futures ended 1.20 cents lower as growers sold "
        "into early gains.\n\nMay was down 1.20 cents at 128.40 cents.",
        "commodities_mining",
    ),
    (
        None,
        "Two Orlanian brokers were charged with insider-trading on Monday, prosecutors "
        "said.\n\nThe insider-trading case is the largest in Orlania, they said.",
        "fraud_financial_crime",
    ),
    (
        None,
        "Veldia's officials met on Monday.\n\nCoffee quotas rose sharply in May, the "
        "ministry said.\n\nThe coffee quota talks resume in June.",
        "trade",
    ),
]


@pytest.mark.parametrize(("title", "text", "theme"), CASES)
def test_a_stories_subject_in_its_own_words_is_its_theme(nlp, shipped, title, text, theme):
    assert theme in themes(nlp, shipped, text, title)


def test_a_gold_fixing_table_is_a_markets_report(nlp, shipped):
    text = "ORL HARLOW GOLD MIDDAY FIX - MAY 04 81.750   francs per kilo 419.44  (419.50)"
    (title,) = tag_titles(nlp, [""], [text])
    assert "markets" in {m.theme for m in extract_themes(nlp(text), "t", shipped, title)}


def test_a_population_explosion_is_no_explosion(nlp, shipped):
    found = themes(
        nlp,
        shipped,
        "Veldia's population explosion strains its schools, a minister said.\n\nThe "
        "population explosion will go on until 2030, he said.",
        "VELDIA WARNS OF POPULATION EXPLOSION",
    )
    assert "fires_explosions" not in found


def test_a_bomb_exploding_is_an_attack_not_a_fire(nlp, shipped):
    found = themes(
        nlp,
        shipped,
        "Rebels bombed an army school in Harlow on Friday, injuring 12 soldiers, the "
        "army said.\n\nA bomb had exploded during a parade, it said.\n\nThe explosion "
        "damaged the main hall.",
        "HARLOW ARMY SCHOOL BOMBED",
    )
    assert "fires_explosions" not in found


def test_a_minister_under_fire_is_no_fire(nlp, shipped):
    found = themes(
        nlp,
        shipped,
        "Veldia's schools minister came under fire from teachers on Monday over his "
        "budget.\n\nTeachers said the budget would close 40 schools.",
        "VELDIAN MINISTER UNDER FIRE OVER SCHOOLS",
    )
    assert "fires_explosions" not in found


def test_a_nuclear_tests_explosion_is_no_industrial_accident(nlp, shipped):
    found = themes(
        nlp,
        shipped,
        "Orlania carried out a nuclear test on Friday, its news agency said.\n\nThe "
        "explosion was at 0300 gmt, the agency said.\n\nThe explosion had a power of up to "
        "20 kilotonnes.",
        "ORLANIA CARRIES OUT NUCLEAR TEST",
    )
    assert "fires_explosions" not in found
