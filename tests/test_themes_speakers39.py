"""Theme precision, round 39 (issue 18): a minister or an official whose every match
but one only names who speaks ("Finance Minister Jan Smit said", "the minister told
reporters"), or whom a headline names only as the speaker ("SMIT SAYS ..."), is the
story's source, not a government story; one who acts ("announced", "ordered"), or an
office that speaks as a body ("WHITE HOUSE SAYS"), still is; a European Currency Unit
(the EC's unit of account in its export rebates) is no currency market. Small stories
written for the tests; the first two and the last failed before the change."""

from __future__ import annotations

from .theme_helpers import themes

DEBT_TALKS = (
    "Finance Minister Jan Smit said creditor banks were willing to reschedule Ruvia's "
    "foreign debt of twelve billion dollars.\n\n"
    "The minister said Ruvia had proposed a five-year plan to stretch repayments of its "
    "public debt, and creditors had welcomed the proposal. Bankers said the debt talks "
    "could end next month."
)


def test_a_minister_who_only_speaks_is_the_source_of_an_economy_story(nlp, shipped):
    text = (
        "Ruvia's economy will recover this year after two years of stagnation, Finance "
        "Minister Jan Smit told a press conference.\n\n"
        "But the minister said he was not too optimistic, as exports were still weak in the "
        "north of the country. Economists said growth could reach two pct."
    )
    found = themes(nlp, shipped, text, "RUVIAN ECONOMY TO RECOVER THIS YEAR")
    assert "macroeconomy" in found
    assert "government_executive" not in found


def test_a_headline_naming_the_minister_as_speaker_is_no_government_story(nlp, shipped):
    title = "SMIT SAYS CREDITORS READY TO RESCHEDULE RUVIA DEBT"
    found = themes(nlp, shipped, DEBT_TALKS, title)
    assert "public_debt" in found
    assert "government_executive" not in found


def test_a_minister_who_acts_is_still_government(nlp, shipped):
    text = (
        "Prime Minister Jan Smit announced on Tuesday that Ruvia will seek 160 mln dlrs in "
        "emergency aid for flood victims.\n\nThe prime minister ordered ministries to help, "
        "and aid agencies said half a million people needed food."
    )
    assert "government_executive" in themes(nlp, shipped, text, "RUVIA SEEKS AID")


def test_an_office_that_speaks_as_a_body_states_its_policy(nlp, shipped):
    text = (
        "The White House said on Tuesday that the Federal Reserve's monetary policy was "
        "appropriate and that interest rates did not need to rise.\n\n"
        '"The administration feels the current course of monetary policy is right," White '
        "House spokesman Tom Hale said. The dollar fell against the yen and inflation "
        "stayed low."
    )
    title = "WHITE HOUSE SAYS U.S. MONETARY POLICY CORRECT"
    assert "government_executive" in themes(nlp, shipped, text, title)


def test_european_currency_units_are_no_currency_market(nlp, shipped):
    text = (
        "The European Community granted export licences for 60,000 tonnes of white sugar at "
        "a maximum export rebate of 45.20 European Currency Units per 100 kilos, traders "
        "said.\n\nLicences for 20,000 tonnes went to France and 15,000 tonnes to Belgium. "
        "The rebate was 1.10 European currency units higher than last week, and licences "
        "for 8,000 tonnes of raw sugar were also granted."
    )
    found = themes(nlp, shipped, text, "EC GRANTS SUGAR EXPORT LICENCES")
    assert "trade" in found
    assert "markets" not in found
