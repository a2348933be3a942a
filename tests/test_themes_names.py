"""Theme recall (issue 18): the names of a theme's companies, brands and products as
evidence (``names`` in the taxonomy), on small articles written for the tests. A
name counts only where the text uses it as a name; a company's name stands for the
theme's context words, one thing of the brand does not."""

from __future__ import annotations

import pytest

from core.errors import DossierError
from tasks.themes import ThemeMatcher, parse_taxonomy

from .theme_helpers import themes

TAXONOMY = """
version = "test"
[subjects]
economy = "economy"
science_technology = "science and technology"

[[themes]]
id = "automotive"
label = "Car industry"
parent = "economy"
patterns = ["carmaker", "vehicle", "car"]
names = ["Chrysler", "American Motors", "Audi", "Ford Motor", "Ford"]
required = ["carmaker", "car sales"]
min_score = 3

[[themes]]
id = "video_games"
label = "Video games"
parent = "science_technology"
patterns = ["video game", "gamer"]
names = ["Skyrim", "Electronic Arts"]
"""


@pytest.fixture(scope="module")
def matcher(nlp):
    return ThemeMatcher(nlp, parse_taxonomy(TAXONOMY, "names.toml"))


def test_a_carmakers_name_is_evidence_and_context(nlp, matcher):
    # No word of the industry's own: the two makers' names carry it.
    text = (
        "American Motors Corp said it is studying a proposal from Chrysler Corp to merge "
        "the two companies. American Motors said it would reply to Chrysler within weeks."
    )
    assert "automotive" in themes(nlp, matcher, text)


def test_a_car_of_the_brand_in_a_crash_is_not_the_industry(nlp, matcher):
    text = (
        "A teenager was killed when the silver Audi he was driving struck a pillar on the "
        "highway early on Sunday. Police said the vehicle was travelling at high speed. "
        "Officers had tried to stop the car minutes before. The mangled Audi was towed "
        "away, and the vehicle's passenger is in hospital."
    )
    assert "automotive" not in themes(nlp, matcher, text)


def test_a_name_inside_a_persons_name_is_no_company(nlp, matcher):
    text = (
        "The novelist John M. Ford wrote about his childhood in Indiana, where his "
        "father sold every car he could find. John M. Ford said the book took him ten "
        "years, and that the old car in the yard was the family's pride."
    )
    assert "automotive" not in themes(nlp, matcher, text)


def test_a_game_title_is_evidence_of_video_games(nlp, matcher):
    text = (
        "Playing Skyrim without weapons is harder than it sounds. In Skyrim a mage "
        "can only trick the dragons. My character walks into the first town with "
        "nothing but illusions, and Skyrim does not make it easy."
    )
    assert "video_games" in themes(nlp, matcher, text, title="An Illusionist in Skyrim")


def test_names_must_be_a_list_of_strings(nlp):
    bad = TAXONOMY.replace('names = ["Skyrim", "Electronic Arts"]', 'names = "Skyrim"')
    with pytest.raises(DossierError, match="names must be a list"):
        parse_taxonomy(bad, "bad.toml")


def test_shipped_names_find_an_airline_story(nlp, shipped):
    text = (
        "Ryanair said it would cut fares on its routes to Spain this winter. The "
        "Irish carrier said bookings were strong, and British Airways said it would "
        "match the fares on its own routes."
    )
    assert "aviation_airlines" in themes(nlp, shipped, text)


# --- patterns with a gap: a verb and its object ------------------------------------

GAPPED = """
version = "test"
[subjects]
economy = "economy"

[[themes]]
id = "mergers_acquisitions"
label = "Takeovers"
parent = "economy"
patterns = ["takeover", "acquire|buy|sell ... unit|stake|bank"]
required = ["takeover", "acquire|buy|sell ... unit|stake|bank"]
min_score = 3
"""


@pytest.fixture(scope="module")
def gapped(nlp):
    return ThemeMatcher(nlp, parse_taxonomy(GAPPED, "gapped.toml"))


def test_a_verb_and_its_object_a_few_words_apart_match(nlp, gapped):
    text = (
        "Harlow Industries said it agreed to sell its industrial tyre unit to a rival "
        "for an undisclosed sum. The sale is expected to close in June."
    )
    title = "Harlow Industries to sell industrial tyre unit"
    assert "mergers_acquisitions" in themes(nlp, gapped, text, title=title)


def test_a_verb_and_a_noun_after_a_preposition_do_not(nlp, gapped):
    # "buy ... bank" with "from the" between is buying something from a bank.
    text = (
        "Pension funds will buy government bonds from the central bank this week, "
        "traders said. They bought bonds from the bank last month as well."
    )
    assert "mergers_acquisitions" not in themes(nlp, gapped, text)
