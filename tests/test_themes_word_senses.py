"""Words of a theme read in another sense (issue 18, round 14): a royal title standing
alone as a name (a singer, a band), drugs in sport (doping, not medicine), a
government's protest to another (diplomacy, not the street). Beside them, the same
words in the theme's sense. Small articles written for the tests."""

from __future__ import annotations

import pytest

from tasks.themes import _bare_title

from .theme_helpers import themes


def test_a_royal_title_alone_is_a_name(nlp):
    doc = nlp("Princess sold more records than any other singer this spring.")
    assert _bare_title(doc[0])


@pytest.mark.parametrize(
    "text",
    [
        "Prince Edmund opened the hospital wing on Monday.",
        "The Queen opened the hospital wing on Monday.",
        "The Prince of Wales opened the hospital wing on Monday.",
    ],
)
def test_a_royal_title_used_as_one_still_counts(nlp, text):
    doc = nlp(text)
    title = next(token for token in doc if token.lower_ in ("prince", "queen"))
    assert not _bare_title(title)


def test_a_singer_named_as_a_royal_title_is_no_royalty(nlp, shipped):
    text = (
        "Princess topped the earnings list of a music magazine this year, ahead of "
        "every other pop act. Princess made most of her money on a long tour of "
        "arenas, the magazine said, and her new album sold well."
    )
    assert "royalty" not in themes(nlp, shipped, text, "Princess tops earnings list")


def test_a_royal_visit_is_royalty(nlp, shipped):
    text = (
        "Princess Mathilde visited the flooded town on Tuesday. The princess met "
        "families at the royal charity's shelter, and the palace said she would "
        "return in the spring."
    )
    assert "royalty" in themes(nlp, shipped, text, "Princess visits flooded town")


def test_a_missed_drugs_test_is_no_healthcare(nlp, shipped):
    text = (
        "Two sprinters face a drugs hearing next week after missing a drugs test on "
        "the eve of the championships. Their coach said they had been in hospital "
        "after a fall, and the federation will rule on a drugs ban within a month."
    )
    assert "healthcare" not in themes(nlp, shipped, text, "Sprinters face drugs hearing")


def test_a_governments_protest_is_no_street_protest(nlp, shipped):
    text = (
        "The foreign ministry lodged a formal protest with the neighbouring state over "
        "the dam. Officials handed over a protest note on Friday, and the dam's builder "
        "said the work would go on."
    )
    assert "protest" not in themes(nlp, shipped, text, "Ministry lodges protest over dam")


def test_a_street_protest_is_protest(nlp, shipped):
    text = (
        "Thousands of protesters marched through the capital on Saturday against the "
        "dam. Police used tear gas on the demonstrators, and the protest went on into "
        "the night."
    )
    assert "protest" in themes(nlp, shipped, text, "Thousands protest against dam")
