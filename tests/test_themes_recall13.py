"""Theme recall, round 21 (issue 18, taxonomy 2026.12.28): the words a story is plainly
about that the taxonomy lacked (reality television, ozone depletion, military contracts,
spyware, racial hatred, anti-social behaviour, mis-selling, money-market rates, WATS
lines, power plants, grains traded as commodities, frozen assets), on small stories
written for the tests. Each case failed before the vocabulary it tests."""

from __future__ import annotations

import pytest

from tasks.themes import extract_themes, tag_titles

from .theme_helpers import themes

CASES = [
    (
        "Singer leaves the house",
        "The singer Dana Quill became the third contestant evicted from Big Brother on "
        "Friday night.\n\nFellow housemates had nominated her twice this week. The reality "
        "show returns on Channel 4 on Monday evening.",
        "television_media",
    ),
    (
        "Pact on ozone chemicals nears",
        "Officials from forty countries said a protocol limiting chlorofluorocarbons, the "
        "chemicals blamed for thinning the ozone layer, could be signed this year.\n\nThe "
        "talks will set deadlines for cutting CFC use in aerosols and refrigerators.",
        "pollution",
    ),
    (
        "BRANWELL METALS <BRNW> GETS ARMY CONTRACT",
        "Branwell Metals Inc said it received a 4.2 mln dlr Army contract for artillery "
        "ammunition to be delivered by next March.",
        "arms_military_spending",
    ),
    (
        "Software giant targets spyware",
        "A software maker will give away a tool that strips spyware from home computers."
        "\n\nThe company said spyware and adware slow millions of machines and that the "
        "anti-spyware program would be updated every week.",
        "cyber_attacks",
    ),
    (
        "Activist arrested over speech",
        "Police arrested a party activist on suspicion of inciting racial hatred after a "
        "speech in Leeds.\n\nThe charge of incitement to racial hatred carries a prison "
        "term, a police spokesman said.",
        "racism_discrimination",
    ),
    (
        "Towns win help against yobs",
        "Twenty towns will get extra money to tackle anti-social behaviour, the Home Office "
        "said.\n\nCouncils in those towns have used more anti-social behaviour orders than "
        "any others this year.",
        "crime",
    ),
    (
        "Investors to get compensation",
        "Savers who lost money in the mis-selling of endowment plans will be compensated, "
        "the regulator said.\n\nTwelve firms accepted that the plans had been mis-sold as "
        "safe.",
        "fraud_financial_crime",
    ),
    (
        "ORVANE TELEPHONE <ORVT> LOWERS WATS RATES",
        "Orvane Telephone Corp said it lowered the rates of its WATS services by an "
        "average of six pct.\n\nThe company also cut its monthly WATS service charge.",
        "telecoms_media_business",
    ),
    (
        "VALDORIA SORGHUM CROP SEEN LOWER",
        "Valdoria's sorghum output is expected to fall to 4.1 mln tonnes this year from "
        "4.6 mln, the agriculture ministry said.\n\nSorghum prices have risen by a fifth "
        "since the spring as feed mills compete for supplies.",
        "commodities_mining",
    ),
    (
        "Orvania recovers its frozen assets",
        "Orvania has moved funds out of banks abroad after its assets were unfrozen when "
        "the trade ban on the country was lifted.\n\nThe frozen assets had been held "
        "since the ban began ten years ago.",
        "sanctions",
    ),
    (
        "UTILITY SIGNS HYDROELECTRIC CONTRACT",
        "Westmarch Power Co said it signed a 20-year contract to buy hydroelectric power "
        "from the Corran dam.\n\nThe hydroelectric plant will supply a fifth of its "
        "customers.",
        "energy_oil",
    ),
]


@pytest.mark.parametrize(("title", "text", "theme"), CASES)
def test_a_stories_own_words_give_its_theme(nlp, shipped, title, text, theme):
    assert theme in themes(nlp, shipped, text, title)


def test_an_interbank_rate_table_is_a_market_story(nlp, shipped):
    """An untitled wire table is read by its heading (``tag_titles`` with no title)."""
    text = (
        "ORVANIAN INTERBANK DEPOSIT RATES - MAY 4\n\nCALL MONEY  4-1/2   LOW  4-5/8   HIGH"
        "\n\nONE MONTH      4-7/16    4-9/16\n\nTWO            4-7/16    4-9/16"
    )
    (title,) = tag_titles(nlp, [""], [text])
    assert "markets" in {m.theme for m in extract_themes(nlp(text), "t", shipped, title)}


def test_the_celebrity_show_by_name_is_celebrity_news(nlp, shipped):
    title = "Comedian quits Celebrity Big Brother"
    text = (
        "The comedian Rob Tarrant has walked out of Celebrity Big Brother after four days."
        "\n\nHis former girlfriend said the star had hated the cameras. He is the second "
        "celebrity to leave the show."
    )
    assert "celebrity" in themes(nlp, shipped, text, title)


def test_a_word_of_the_new_vocabulary_in_passing_is_no_theme(nlp, shipped):
    title = "Council approves new library"
    text = (
        "The council approved plans for a new library in the town centre on Tuesday.\n\n"
        "The building will have reading rooms, a cafe and space for 40,000 books. "
        "Councillors said the library would open in two years. One of them, a former "
        "sitcom writer, praised the design."
    )
    assert "television_media" not in themes(nlp, shipped, text, title)


def test_a_company_bought_under_its_mark_is_a_takeover(nlp, shipped):
    """A mixed-case wire mark names a company whatever its legal form (SA, AG, NV)."""
    title = "QUILLMARSH <QMSH> ADDS FRENCH PUBLISHER"
    text = (
        "Quillmarsh Inc said it bought <Editions Tarrant et Fils SA>, a French publisher "
        "of medical books, from Orvane Publishers Inc.\n\nThe sum of the deal was not "
        "disclosed."
    )
    assert "mergers_acquisitions" in themes(nlp, shipped, text, title)
