"""Theme recall, round 41 (issue 18), from the themes judges name obvious beside the
ones assigned and the shape of the story: a wire headline that marks a company is that
company's news; sanctions are a state's foreign relations, whoever imposes them. Small
stories written for the tests; each case failed before the change it tests."""

from __future__ import annotations

from core.records import ThemeMatch
from tasks.themes import _with_implied, parse_taxonomy

from .theme_helpers import themes


def test_a_marked_headline_company_the_first_sentence_names_short_is_company_news(nlp, shipped):
    text = (
        "Northern Harlow Edison said it signed a 20-year contract with the state for "
        "hydroelectric power from the Kessa Dam.\n\nNorthern Harlow Edison said it "
        "would receive some 200 megawatts under the contract."
    )
    title = "NORHARLOW EDISON <NHE> SIGNS KESSA DAM POWER PACT"
    assert "companies_industry" in themes(nlp, shipped, text, title)


def test_a_marked_headline_company_named_with_its_trade_word_is_company_news(nlp, shipped):
    text = (
        "Dunmore Federal Bank said it introduced a fixed rate home loan with no "
        "discount fees.\n\nThe bank said borrowers pay only an application fee."
    )
    title = "DUNMORE FEDERAL <DFB> OFFERS NEW HOME LOAN"
    assert "companies_industry" in themes(nlp, shipped, text, title)


def test_a_headline_without_a_mark_gives_no_company_news(nlp, shipped):
    text = (
        "Northern Harlow Edison said it signed a 20-year contract with the state for "
        "hydroelectric power from the Kessa Dam.\n\nNorthern Harlow Edison said it "
        "would receive some 200 megawatts under the contract."
    )
    title = "NORHARLOW EDISON SIGNS KESSA DAM POWER PACT"
    assert "companies_industry" not in themes(nlp, shipped, text, title)


def test_a_marked_headline_over_a_first_sentence_naming_no_company_gives_nothing(nlp, shipped):
    text = "State regulators said they will inspect every coal plant in Kessa this year."
    title = "DUNMORE ELECTRIC <DEC> PLANT TO BE INSPECTED"
    assert "companies_industry" not in themes(nlp, shipped, text, title)


def test_sanctions_a_government_imposes_are_diplomacy(nlp, shipped):
    text = (
        "Norland imposed sanctions on Vessia on Tuesday over the seizure of two of its "
        "fishing boats, the prime minister said.\n\nThe sanctions freeze aid and ban "
        "imports, and the government said it would keep the embargo until the boats are "
        "returned."
    )
    found = themes(nlp, shipped, text, "NORLAND IMPOSES SANCTIONS AGAINST VESSIA")
    assert {"sanctions", "diplomacy"} <= found


_SETTING = """
version = "test"
[subjects]
politics = "politics"

[[themes]]
id = "diplomacy"
label = "Diplomacy"
parent = "politics"
patterns = ["ambassador"]

[[themes]]
id = "sanctions"
label = "Sanctions"
parent = "politics"
patterns = ["sanction"]
implies = ["diplomacy"]

[[themes]]
id = "government_executive"
label = "Government"
parent = "politics"
patterns = ["government"]
setting = true
"""


def test_a_setting_theme_of_the_subject_does_not_block_the_implied_theme():
    taxonomy = {theme.id: theme for theme in parse_taxonomy(_SETTING, "s.toml").themes}
    sanctions = ThemeMatch("t", "sanctions", "Sanctions", "politics", 6.0, [])
    government = ThemeMatch("t", "government_executive", "Government", "politics", 3.0, [])
    implied = [m.theme for m in _with_implied([sanctions, government], taxonomy)]
    assert implied == ["sanctions", "government_executive", "diplomacy"]
