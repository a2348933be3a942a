"""A theme told in the title and lead in two distinct phrases of its own is what the
story is about (``themes.LEAD_PHRASES``, issue 18): central and not in passing, even
beside a company story's larger evidence or in one paragraph of several; one phrase,
or a name of the theme, is not enough. Small stories written for the tests."""

from __future__ import annotations

import pytest

from tasks import themes as t

from .theme_helpers import themes

SUIT = (
    "Gantry Holdings Corp <GNTY> said a law suit alleging breach of contract has been "
    "filed against its Gantry Steel Corp subsidiary by Norland Supply Ltd.\n\n"
    "The suit seeks 700,000 dlrs in damages.\n\n"
    "Gantry Holdings Corp said it will defend itself against the charges."
)


def test_two_phrases_in_the_lead_tell_the_story(nlp, shipped):
    assert "courts" in themes(nlp, shipped, SUIT, "GANTRY HOLDINGS <GNTY> UNIT IN SUIT")


def test_the_rule_is_what_keeps_the_theme(nlp, shipped, monkeypatch):
    """Without the rule the suit is an aside of the company story (the case it fixes).
    Its first phrase also states the notice's news (``STATED_PHRASES``, which keeps it
    central too): that rule is off here."""
    monkeypatch.setattr(t, "LEAD_PHRASES", 99)
    monkeypatch.setattr(t, "STATED_PHRASES", 99)
    assert "courts" not in themes(nlp, shipped, SUIT, "GANTRY HOLDINGS <GNTY> UNIT IN SUIT")


def test_one_phrase_in_the_lead_is_not_enough(nlp, shipped):
    text = (
        "Gantry Holdings Corp <GNTY> said its Gantry Steel Corp subsidiary settled a law "
        "suit with a supplier and will record a charge of 700,000 dlrs.\n\n"
        "Gantry Holdings Corp said first quarter sales rose 12 pct to 41 mln dlrs and "
        "the company expects record profit for the year.\n\n"
        "The company also said its Gantry Steel Corp subsidiary will open a new mill "
        "in Ohio next year."
    )
    assert "courts" not in themes(nlp, shipped, text, "GANTRY HOLDINGS <GNTY> SEES RECORD YEAR")


@pytest.mark.parametrize(
    ("terms", "count"),
    [
        (["law suit", "breach of contract"], 2),
        (["law suit", "law suit", "court"], 1),
        (["Dome Petroleum", "pipeline"], 0),
    ],
)
def test_lead_phrases_count_distinct_phrases_not_names(shipped, terms, count):
    theme = shipped.themes["energy_oil" if "pipeline" in terms else "courts"]
    hits = [(i, i + 1, term) for i, term in enumerate(terms)]
    assert t._lead_phrases(theme, hits) == count
