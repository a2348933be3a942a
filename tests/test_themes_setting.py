"""Theme precision, round 18 (issue 18): a ``setting`` theme (taxonomy 2026.12.26:
government_executive, whose words name the ministers and the government acting in
stories about something else; currencies, the dollar as a cause) beside a better
theme, away from the title, in a small part of the evidence and a few of its words, is
the story's setting, not a topic; on small articles written for the tests."""

from __future__ import annotations

import pytest

from core.errors import DossierError
from tasks.themes import parse_taxonomy

from .theme_helpers import themes

DEBT_TERMS = (
    "Valdoria has agreed new terms with its foreign creditor banks for four billion "
    "dollars of public debt, stretching repayments over twenty years. The debt "
    "rescheduling follows months of talks on the country's foreign debt, and creditors "
    "said the interest margin on the loans was cut. Finance minister Orla Brenn said "
    "the deal would ease the burden of debt service. Bankers expect other debtor "
    "nations to seek similar terms on their sovereign debt. The government will pay "
    "the first instalment of interest in June, the finance ministry said."
)

RESHUFFLE = (
    "Prime Minister Orla Brenn named a new finance minister on Tuesday in a cabinet "
    "reshuffle that moved six ministers. The government said the changes would speed "
    "up its plans for the public debt. The new minister, Tomas Adler, said he would "
    "meet creditor banks next week to discuss the country's foreign debt. Opposition "
    "leaders said the reshuffle showed the cabinet was divided."
)


def test_a_minister_speaking_in_a_debt_story_is_its_setting(nlp, shipped):
    found = themes(nlp, shipped, DEBT_TERMS)
    assert "public_debt" in found
    assert "government_executive" not in found


def test_a_minister_in_the_title_is_a_topic(nlp, shipped):
    title = "Valdorian finance minister agrees new debt terms"
    assert "government_executive" in themes(nlp, shipped, DEBT_TERMS, title)


def test_a_capitals_headline_naming_the_office_holder_is_about_government(nlp, shipped):
    title = "BRENN AGREES NEW DEBT TERMS WITH BANKS"
    assert "government_executive" in themes(nlp, shipped, DEBT_TERMS, title)


def test_a_capitals_headline_naming_the_office_is_about_government(nlp, shipped):
    text = DEBT_TERMS.replace("the finance ministry said", "a White House official said")
    assert "government_executive" not in themes(nlp, shipped, text)
    title = "WHITE HOUSE SEES VALDORIA DEBT DEAL IN JUNE"
    assert "government_executive" in themes(nlp, shipped, text, title)


def test_a_reshuffle_is_about_government(nlp, shipped):
    found = themes(nlp, shipped, RESHUFFLE)
    assert "government_executive" in found
    assert "public_debt" in found


OIL_PRICES = (
    "Crude oil prices rose above 60 dollars a barrel on Tuesday as a cold snap in the "
    "north lifted demand for heating oil. Oil traders said stocks of heating fuel were "
    "low after refinery outages, and OPEC ministers have said they will keep output "
    "steady. A weaker dollar made crude cheaper for buyers paid in other currencies. "
    "The dollar slipped against the euro on Tuesday, currency dealers said. Brent crude "
    "for March delivery gained two dollars, and refiners expect oil prices to stay high "
    "until the spring. Petrol prices at the pump are likely to follow crude higher, the "
    "oil industry's trade body said."
)


def test_the_dollar_as_the_cause_of_an_oil_story_is_its_setting(nlp, shipped):
    found = themes(nlp, shipped, OIL_PRICES)
    assert "energy_oil" in found
    assert "currencies" not in found


TAXONOMY = """
version = "t"
[subjects]
politics = "politics"
[[themes]]
id = "government_executive"
parent = "politics"
patterns = ["minister"]
setting = true
"""


def test_setting_must_be_true_or_false():
    with pytest.raises(DossierError, match="setting must be true or false"):
        parse_taxonomy(TAXONOMY.replace("setting = true", 'setting = "yes"'), "t")
    assert parse_taxonomy(TAXONOMY, "t").themes[0].setting


# Round 20: beside a better theme, a setting theme told in two words or fewer
# ("government", "ministry") is the setting however often they come back.
WHEAT_QUOTA = (
    "Valdoria will let its farmers sell 300,000 tonnes of wheat abroad this season, "
    "up from 200,000 tonnes last year, the government said on Monday. The agriculture "
    "ministry said the export quota follows a record wheat harvest, and grain traders "
    "expect most of the extra tonnage to go to buyers in North Africa. The government "
    "will set the quota again in June once the size of the maize crop is known, it "
    "said. Wheat growers had asked for a larger quota after prices at home fell below "
    "the cost of production. Exporters must register their wheat sales with the "
    "ministry within ten days of signing, the statement said."
)


def test_a_government_told_in_two_words_through_a_crop_story_is_its_setting(nlp, shipped):
    found = themes(nlp, shipped, WHEAT_QUOTA)
    assert "agriculture_food_industry" in found
    assert "government_executive" not in found


def test_a_government_told_in_its_own_words_stays_beside_a_crop_story(nlp, shipped):
    text = WHEAT_QUOTA.replace(
        "The government will set the quota again in June once the size of the maize crop "
        "is known, it said.",
        "The prime minister will set the quota again in June once the size of the maize "
        "crop is known, his cabinet said.",
    )
    assert "government_executive" in themes(nlp, shipped, text)
