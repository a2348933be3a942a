"""Strong phrases, round 40 (issue 18): a short story that names a theme in one phrase with
no other sense ("foreign debt", "debt crisis") and writes its noun again is about that
theme, though the phrase alone scores under the theme's min_score. Not where the phrase
modifies another noun ("foreign debt securities"), nor where the story never names the
thing again, nor in a long story. Small stories written for the tests; each positive
case failed before the change."""

from __future__ import annotations

import pytest

from core.errors import DossierError
from tasks.themes import STRONG_CHARS, parse_taxonomy

from .theme_helpers import themes

TOLD = [
    (
        "VELDIAN CENTRAL BANK CHIEF RESIGNS",
        "Paul Arno, president of Veldia's central bank and the country's chief debt "
        "negotiator, has resigned and will leave the government next month, a bank "
        "spokesman said.\n\nThe spokesman said Arno announced his decision at a board "
        "meeting late yesterday.\n\nSources said his departure follows months of "
        "infighting over economic policy and the handling of the nation's foreign debt.",
    ),
    (
        "ORLANIA BACKS VELDIA'S MINISTER",
        "Orlania's Treasury Minister met Veldian Finance Minister Karl Berg today and "
        "offered support for his efforts to resolve Veldia's pressing debt problems.\n\n"
        "Berg, who is on a tour to seek support for his efforts to solve Veldia's debt "
        "crisis, said the talks went well.",
    ),
]

NOT_TOLD = [
    (
        # The phrase names a bond, not a country's debt.
        "EXCHANGE WELCOMES FUTURES RULING",
        "A ruling by the securities commission to allow trading of foreign debt futures "
        "on local exchanges was welcome, the exchange's chief executive said.\n\nHe said "
        "the exchange would submit two contracts next month.",
    ),
    (
        # Named once in passing, the debt never again.
        "VELDIAN TRADE SURPLUS SEEN FALLING",
        "Veldia's trade surplus with Orlania is expected to fall this year as imports "
        "rise, a trade official said.\n\nHe said exports of cars and steel will slow, and "
        "Veldia, with a large foreign debt, spends heavily on defence.",
    ),
]


@pytest.mark.parametrize(("title", "text"), TOLD)
def test_a_strong_phrase_told_again_in_a_short_story_is_its_theme(nlp, shipped, title, text):
    assert "public_debt" in themes(nlp, shipped, text, title)


@pytest.mark.parametrize(("title", "text"), NOT_TOLD)
def test_a_strong_phrase_naming_another_thing_or_met_once_is_not(nlp, shipped, title, text):
    assert "public_debt" not in themes(nlp, shipped, text, title)


def test_a_long_story_needs_more_than_a_strong_phrase(nlp, shipped):
    title, text = TOLD[0]
    padding = "\n\nThe board met for three hours and named no successor to the post." * 30
    assert len(text + padding) > STRONG_CHARS
    assert "public_debt" not in themes(nlp, shipped, text + padding, title)


def test_strong_terms_must_be_patterns():
    raw = (
        '[subjects]\neconomy = "economy"\n[[themes]]\nid = "debt"\nparent = "economy"\n'
        'patterns = ["foreign debt"]\nstrong = ["debt crisis"]\n'
    )
    with pytest.raises(DossierError, match="strong terms must be patterns"):
        parse_taxonomy(raw, "test")


def test_strong_terms_must_be_phrases():
    raw = (
        '[subjects]\neconomy = "economy"\n[[themes]]\nid = "debt"\nparent = "economy"\n'
        'patterns = ["coup", "foreign debt"]\nstrong = ["coup"]\n'
    )
    with pytest.raises(DossierError, match="strong terms must be phrases: coup"):
        parse_taxonomy(raw, "test")
