"""A topic the text only touches (issue 18): a theme beside a better one, away from
the title, told in a sentence or two and a small part of the document's evidence, is
met in passing and not assigned; the same topic in the title is kept. Small articles
written for the tests."""

from __future__ import annotations

import pytest

from tasks.themes import ThemeMatcher, extract_themes, parse_taxonomy

TAXONOMY = """
version = "test"
[subjects]
lifestyle = "lifestyle"
weather = "weather"
politics = "politics"

[[themes]]
id = "baking"
label = "Baking"
parent = "lifestyle"
patterns = [
    "bakery", "baker", "loaf", "bread", "oven", "pastry", "flour", "dough", "croissant",
    "yeast", "crust", "rye", "bun", "cake", "sourdough", "tart", "biscuit",
]

[[themes]]
id = "weather"
label = "Weather"
parent = "weather"
patterns = ["rain", "storm", "flood", "frost", "snow"]

[[themes]]
id = "elections"
label = "Elections"
parent = "politics"
patterns = ["election", "ballot", "voter", "polling station"]
"""
PARAGRAPHS = [
    "The bakery on Mill Lane turned fifty this week, and its baker still lights the oven "
    "at four each morning. Voters queued for bread there on the morning of the council vote.",
    "Every loaf is shaped by hand from flour milled two villages away. The dough rests "
    "overnight in wooden trays that belonged to the first owner. The pastry counter is the "
    "newest addition, and the croissants sell out by nine. Sourdough, tarts and biscuits "
    "fill the window by seven, with a second cake and a tray of buns behind the counter.",
    "Winter is the hard season. Frost on the lane keeps the delivery van in the yard, and "
    "snow last January closed the shop for two days.",
    "A storm in the autumn brought heavy rain, and the flood reached the cellar where the "
    "flour sacks are kept. After the storm the rain did not stop for a week, and the frost "
    "came early with more snow.",
    "Regulars say the bread tastes the same as it did when they were children. The rye "
    "crust is still baked hard, and the yeast comes from the same supplier as in 1975. "
    "On Saturdays there is a cake for every birthday in the village and a bun for every child.",
    "The owners plan no changes for the next fifty years. At the last election the shop "
    "was a polling station, and the baker handed out warm rolls to each voter beside the "
    "ballot box.",
]
TEXT = "\n".join(PARAGRAPHS)


@pytest.fixture(scope="module")
def matcher(nlp):
    return ThemeMatcher(nlp, parse_taxonomy(TAXONOMY, "passing.toml"))


def themes(nlp, matcher, title=None):
    title_doc = nlp(title) if title else None
    return {m.theme for m in extract_themes(nlp(TEXT), "t", matcher, title_doc)}


def test_an_election_in_two_sentences_of_a_bakery_story_is_in_passing(nlp, matcher):
    # The weather, told over two paragraphs, is a second topic; the election is not.
    assert themes(nlp, matcher) == {"baking", "weather"}


def test_the_election_in_the_title_is_kept(nlp, matcher):
    found = themes(nlp, matcher, "Village bakery that served as a polling station on election day")
    assert {"baking", "elections"} <= found
