"""Theme precision, round 16 (issue 18): a theme told only in its ``weak`` words
(taxonomy 2026.12.24: words of a story's setting, or with a common other sense) is not
assigned beside a better theme, and a theme told only in words of a company's name
("Visa said" after "<Visa International>") is no theme, on small articles written for
the tests. Each misfire has a case beside it where the theme is right."""

from __future__ import annotations

import pytest

from core.errors import DossierError
from tasks.themes import parse_taxonomy

from .theme_helpers import themes

CURRENCY_REPORT = (
    "The Valdorian crown fell to a four-month low against the dollar on Thursday as "
    "currency traders bet on a cut in interest rates. Analysts said the currency "
    "could slide further, and investors moved money into the euro and the yen. "
    "Business leaders have asked the central bank to hold the exchange rate steady, "
    "while analysts expect the dollar to gain against most currencies next week."
)

COMPANY_STORY = (
    "Brimley Foods Inc said its chief executive will step down after a fall in "
    "profit. The company lost market share to rival firms, analysts said, and its "
    "shares fell five percent. Investors want the firm's board to sell its bakery "
    "business, shareholders told a meeting on Friday."
)

HOTEL_SALE = (
    "The Grand Marlow hotel on the seafront has been sold to a private investor for "
    "twelve million pounds, its owners said. The hotel, which has 140 rooms and a "
    "spa, will stay open through the summer season. The investor plans to refit the "
    "hotel's restaurant and to add a conference centre for tourists and business "
    "travellers, the agent handling the hotel sale said."
)

GADGET_SURVEY = (
    "Sales of tablet computers rose sharply last year as buyers turned away from "
    "laptops, according to a study by a market analysis firm. The research found "
    "that software downloads doubled, and the study says online shopping on tablets "
    "will keep growing. Computer makers are racing to launch cheaper devices with "
    "faster processors and longer battery life for the internet generation."
)

LAB_STUDY = (
    "Scientists at a university laboratory in Orlen have found that a common soil "
    "bacterium can break down plastic waste. The researchers said the study, "
    "published on Monday, could lead to new ways of recycling. Their experiment "
    "ran for two years, and the scientists hope further research will show how "
    "the bacterium can be grown on a large scale for recycling plants."
)


def test_a_currency_report_is_no_company_news(nlp, shipped):
    found = themes(nlp, shipped, CURRENCY_REPORT)
    assert "currencies" in found
    assert "companies_industry" not in found


def test_a_company_named_is_still_company_news(nlp, shipped):
    assert "companies_industry" in themes(nlp, shipped, COMPANY_STORY)


def test_an_investor_buying_a_hotel_is_no_market_news(nlp, shipped):
    found = themes(nlp, shipped, HOTEL_SALE)
    assert "travel_tourism" in found
    assert "markets" not in found


def test_a_market_survey_is_no_science(nlp, shipped):
    found = themes(nlp, shipped, GADGET_SURVEY)
    assert "technology_internet" in found
    assert "science_research" not in found


def test_scientists_at_work_are_still_science(nlp, shipped):
    assert "science_research" in themes(nlp, shipped, LAB_STUDY)


def test_weak_terms_must_be_patterns_of_the_theme():
    raw = """
version = "test"
[subjects]
economy = "economy"
[[themes]]
id = "markets"
parent = "economy"
patterns = ["bond", "investor"]
weak = ["investor", "analyst"]
"""
    with pytest.raises(DossierError, match="weak terms must be patterns: analyst"):
        parse_taxonomy(raw, "bad.toml")


BOX_OFFICE = (
    "The animated comedy Harbour Cats took the top spot in the North American box "
    "office chart at the weekend, earning 40 million dollars in its first three days. "
    "The film's director said the studio had not expected the cartoon to knock the "
    "space thriller off the top of the chart, where it had stayed for a month. Cinema "
    "owners said families filled screens across the country for the film."
)

SINGLES_CHART = (
    "The singer Mara Quill has topped the UK singles chart with her new song, a week "
    "after her band's album went on sale. The chart success follows a sold-out tour, "
    "and the song's video has been played millions of times, her record label said."
)

FILM_AWARDS = (
    "The drama Silver Lake leads the nominees for this year's national film awards "
    "with nine nominations, including best film and best director. Among the "
    "nominees for best actress is the newcomer Ida Brenn, who plays a ferry pilot in "
    "the film. The winners will be named at a ceremony in March, the academy said."
)


def test_a_box_office_chart_is_no_music(nlp, shipped):
    found = themes(nlp, shipped, BOX_OFFICE, title="Harbour Cats tops box office chart")
    assert "film" in found
    assert "music" not in found


def test_a_singles_chart_is_still_music(nlp, shipped):
    assert "music" in themes(nlp, shipped, SINGLES_CHART)


def test_film_award_nominees_are_no_party_politics(nlp, shipped):
    found = themes(nlp, shipped, FILM_AWARDS, title="Silver Lake leads award nominees")
    assert "awards_ceremonies" in found
    assert "political_parties" not in found


CARD_NETWORK = (
    "<Visa International> said the Bank of Orlen has agreed to join its card network "
    "in June, so that the bank's customers can pay with Visa cards at home and "
    "abroad.\n"
    "Visa said it will put card readers in Orlen's shops by the autumn, as tourists "
    "pay by card more and more.\n"
    "Over 500 shops in Orlen already accept the Visa card, and Visa expects the number "
    "to double next year, it said."
)

WORK_VISAS = (
    "The government of Orlen will cut the number of work visas it grants to foreign "
    "nurses next year, the interior minister said. Visa applications rose by a third "
    "last year, and officials said the immigration rules would be tightened to favour "
    "workers already in the country."
)


def test_a_company_named_after_a_word_is_not_its_theme(nlp, shipped):
    found = themes(nlp, shipped, CARD_NETWORK, title="VISA NETWORK ADDS BANK OF ORLEN")
    assert "immigration_policy" not in found


def test_visas_are_still_immigration(nlp, shipped):
    assert "immigration_policy" in themes(nlp, shipped, WORK_VISAS)


AIRLINE_RESULTS = (
    "Skyward Airways said its half-year profit fell by a fifth as higher fuel prices "
    "ate into its earnings, although passenger numbers rose. The airline carried 12 "
    "million passengers, and its chief executive said new routes and fuller flights "
    "would lift profits. Fuel prices added 60 million pounds to its costs, the carrier "
    "said, and it will add a surcharge to tickets from May."
)

OIL_OUTPUT = (
    "Oil producers in the Marlow group agreed to cut crude output by one million "
    "barrels a day to lift the oil price, ministers said after talks on Sunday. The "
    "price of crude rose two dollars a barrel on the news, and traders said the cut "
    "would drain stocks at refineries and pipeline terminals."
)


def test_fuel_prices_in_an_airline_story_are_no_energy_news(nlp, shipped):
    found = themes(nlp, shipped, AIRLINE_RESULTS)
    assert "aviation_airlines" in found
    assert "energy_oil" not in found


def test_an_output_cut_is_still_energy_news(nlp, shipped):
    assert "energy_oil" in themes(nlp, shipped, OIL_OUTPUT)
