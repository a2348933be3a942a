"""The fitted score of "the document is about this theme" (issue 18): a second topic
spread over a few paragraphs of a story about something else, among several topics,
is dropped; the same topic in the title, or the document's best theme, is kept.
Small articles written for the tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tasks.themes import (
    ABOUT_THRESHOLD,
    ThemeMatcher,
    about,
    extract_themes,
    features,
    parse_taxonomy,
)

TAXONOMY = """
version = "test"
[subjects]
lifestyle = "lifestyle"
disaster = "disaster"
arts_culture = "arts"
economy = "economy"

[[themes]]
id = "gardening"
label = "Gardening"
parent = "lifestyle"
patterns = ["garden", "gardener", "seedling", "compost", "allotment", "vegetable"]

[[themes]]
id = "fires"
label = "Fires"
parent = "disaster"
patterns = ["fire", "blaze", "firefighter", "fire brigade"]

[[themes]]
id = "books"
label = "Books"
parent = "arts_culture"
patterns = ["book", "novel", "author", "publisher"]

[[themes]]
id = "markets"
label = "Markets"
parent = "economy"
patterns = ["market stall", "prices", "traders"]
"""

PARAGRAPHS = [
    "The allotment club opened its gates to visitors on Saturday. Gardeners showed "
    "their vegetable beds, and the author of a book on compost signed copies. "
    "Traders at the market stall by the gate said prices for seedlings were up.",
    "Members have worked the garden for forty years. The oldest plots are by the wall, "
    "where the soil is deep and warm. Beans and peas grow there every summer.",
    "Last winter a blaze destroyed the tool shed at the far end. Members rebuilt it in "
    "the spring with timber from the council. The blaze had started in a heap of dry "
    "sacks, and the new shed has a lock and a window.",
    "Visitors asked how to start a vegetable bed of their own. The answer was always "
    "compost, patience and water. Several people signed up for the waiting list.",
    "Since the blaze, the fire brigade checks the bonfire site each autumn. The club burns its "
    "garden waste there once a year. Next year the open day will be in June.",
]
TEXT = "\n".join(PARAGRAPHS)


@pytest.fixture(scope="module")
def matcher(nlp):
    return ThemeMatcher(nlp, parse_taxonomy(TAXONOMY, "about.toml"))


def themes(nlp, matcher, text, title=None):
    title_doc = nlp(title) if title else None
    return {m.theme: m for m in extract_themes(nlp(text), "t", matcher, title_doc)}


def fires_features(nlp, matcher, title=None):
    doc = nlp(TEXT)
    candidates = matcher.candidates(doc, "t", nlp(title) if title else None)
    return dict(zip([c.match.theme for c in candidates], features(candidates), strict=True))


def test_a_topic_in_two_paragraphs_among_several_is_dropped_by_the_score(nlp, matcher):
    # The fire is in two of five paragraphs (the spread rule keeps it) of an open-day
    # story that touches books and a market too: the score says it is met in passing.
    found = fires_features(nlp, matcher)
    assert found["fires"].rules
    assert found["fires"].about < ABOUT_THRESHOLD
    assigned = themes(nlp, matcher, TEXT)
    assert "gardening" in assigned
    assert "fires" not in assigned


def test_the_same_topic_in_the_title_is_kept(nlp, matcher):
    title = "The allotment that rose from the fire"
    assert fires_features(nlp, matcher, title)["fires"].about >= ABOUT_THRESHOLD
    assigned = themes(nlp, matcher, TEXT, title=title)
    assert {"gardening", "fires"} <= set(assigned)


def test_the_best_theme_is_kept_whatever_its_score(nlp, matcher):
    fires = fires_features(nlp, matcher)["fires"]
    assert not fires.kept
    assert replace(fires, rank=0).kept


def test_the_score_rises_with_the_spread_and_falls_with_the_topics(nlp, matcher):
    fires = fires_features(nlp, matcher)["fires"]
    assert about(replace(fires, coverage=0.5)) > fires.about
    assert about(replace(fires, candidates=8)) < fires.about
