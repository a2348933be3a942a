"""Theme precision (issue 18, round 10): a theme's people say who is in the story,
not which politics theme it is about, and lawmaking words in other senses
("peer-to-peer", "Creative Commons"). Small articles written for the tests; each
misfire has a case beside it where the theme is right."""

from __future__ import annotations

import pytest

from tasks.themes import ThemeMatcher, parse_taxonomy

from .theme_helpers import themes

TAXONOMY = """
version = "test"
[subjects]
politics = "politics"
economy = "economy"

[[themes]]
id = "currencies"
label = "Currencies"
parent = "economy"
patterns = ["dollar", "exchange rate", "currency", "yen", "currency markets"]

[[themes]]
id = "elections"
label = "Elections"
parent = "politics"
patterns = ["primary", "voters", "ballot", "polls", "campaign", "delegates"]

[[themes]]
id = "government"
label = "Governments and ministers"
parent = "politics"
patterns = ["government", "minister", "cabinet", "ministry"]
people = ["Joe Biden", "Barack Obama", "Jimmy Carter", "James Baker"]
"""

CAMPAIGN = (
    "Voters in South Carolina went to the polls on Saturday in the Democratic primary.\n"
    "Joe Biden led among older voters, and his campaign counted on black voters.\n"
    "Biden said Barack Obama had asked him to run, and Obama stayed out of the race.\n"
    "The primary gives the winner most of the state's delegates, and the ballot "
    "closes at seven.\n"
    "Turnout at the polls was high, and the campaign of every candidate sent "
    "volunteers to knock on doors.\n"
    "Biden thanked the voters at a late rally, and Obama sent a message of support."
)

CABINET = (
    "Voters in South Carolina went to the polls on Saturday in the Democratic primary.\n"
    "Joe Biden led among older voters, and his campaign counted on black voters.\n"
    "Biden said the government had failed the state, and that a minister had hidden "
    "the ministry's report.\n"
    "The primary gives the winner most of the state's delegates, and the ballot "
    "closes at seven.\n"
    "Turnout at the polls was high, and the campaign of every candidate sent "
    "volunteers to knock on doors.\n"
    "Biden promised a cabinet of governors, and said the government would answer "
    "to the voters."
)


@pytest.fixture(scope="module")
def matcher(nlp):
    return ThemeMatcher(nlp, parse_taxonomy(TAXONOMY, "people.toml"))


def test_politicians_named_in_a_campaign_are_not_its_government(nlp, matcher):
    found = themes(nlp, matcher, CAMPAIGN)
    assert "elections" in found
    assert "government" not in found


def test_government_told_in_its_own_words_beside_its_people_is_kept(nlp, matcher):
    found = themes(nlp, matcher, CABINET)
    assert {"elections", "government"} <= found


def test_a_story_about_a_politician_keeps_its_only_theme(nlp, matcher):
    text = (
        "Jimmy Carter left hospital on Monday.\n"
        "Carter, who is 95, thanked the nurses who cared for him.\n"
        "Jimmy Carter will spend the summer at home in Georgia, his family said."
    )
    assert themes(nlp, matcher, text) == {"government"}


def test_a_politician_beside_a_theme_of_another_subject_keeps_his_theme(nlp, matcher):
    title = "James Baker says no target for the dollar"
    text = (
        "James Baker said on Sunday that there was no target for the dollar.\n"
        "Baker told a television interviewer that the exchange rate of the dollar "
        "against the yen was for the currency markets to set.\n"
        "James Baker declined to say whether the dollar had fallen far enough, and "
        "traders said the currency would stay weak."
    )
    found = themes(nlp, matcher, text, title)
    assert {"currencies", "government"} <= found


@pytest.mark.parametrize(
    "title, text",
    [
        (
            "Film body hits peer-to-peer networks",
            "The film industry has filed a new round of lawsuits against file-sharing "
            "networks. The studios say the peer-to-peer software lets users swap films "
            "for free. The networks said the lawsuits would not stop file sharing, and "
            "that peer-to-peer technology is within the law.",
        ),
        (
            "Photographers adopt Creative Commons licences",
            "More photographers now publish their work under Creative Commons licences. "
            "A Creative Commons licence lets others reuse a picture if they credit it. "
            "The photographers said the licences brought them new clients.",
        ),
    ],
)
def test_lawmaking_words_in_other_senses_are_not_lawmaking(nlp, shipped, title, text):
    assert "government_legislation" not in themes(nlp, shipped, text, title)


def test_a_bill_in_the_lords_is_lawmaking(nlp, shipped):
    title = "Peers vote down gambling bill"
    text = (
        "The House of Lords has voted down the government's gambling bill. "
        "Peers backed an amendment that removes the plan for large casinos. "
        "The bill now returns to the Commons, where MPs will vote on it again. "
        "Ministers said they would bring the legislation back next year."
    )
    assert "government_legislation" in themes(nlp, shipped, text, title)
