"""Theme precision, round 10 (issue 18): words of one trade read in another's sense
(taxonomy 2026.12.14 ``senses``), on small articles written for the tests. Each
misfire has a case beside it where the theme is right."""

from __future__ import annotations

import pytest

from .theme_helpers import themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Harbour Bank will sell its retail banking arm to a Dutch lender. The retail "
            "bank has two million retail customers and focuses on mortgage lending. "
            "Retail banking now makes up half of the group's profit, the lender said.",
            "retail_consumer",
        ),
        (
            "Galaxy Raiders, the new Star Wars game, puts players in the cockpit of a "
            "starfighter. Earlier Star Wars titles were slower, and the Star Wars music "
            "is the best thing here. Fans of the films will enjoy the space battles, and "
            "fans of shooters will find the controls familiar.",
            "celebrity",
        ),
        (
            "The home security buyers of 2025 are older, according to a market research "
            "survey. The market research firm asked 3,000 households about their "
            "alarms. Security researchers at the firm said most buyers chose a smart lock.",
            "science_research",
        ),
        (
            "Reel Guarantee Corp provides film producers with completion bonds that "
            "guarantee a film is finished on budget. Its completion bonds cover 40 films "
            "a year, and investors in the films rely on them, the company said.",
            "markets",
        ),
    ],
)
def test_a_word_of_another_trade_is_no_theme(nlp, shipped, text, theme):
    assert theme not in themes(nlp, shipped, text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Shoppers returned to the high street in December. Retail sales rose 2%, and "
            "retailers said the Christmas trading period was their best in years. "
            "Supermarkets did best, the retail survey found.",
            "retail_consumer",
        ),
        (
            "Scientists at the university have grown a new kind of crystal in the "
            "laboratory. The research, published on Monday, could make solar panels "
            "cheaper, the researchers said. The study took five years.",
            "science_research",
        ),
    ],
)
def test_the_trade_in_its_own_sense_is_still_the_theme(nlp, shipped, text, theme):
    assert theme in themes(nlp, shipped, text)


def test_farmland_in_the_conservation_reserve_is_no_wildlife(nlp, shipped):
    text = (
        "Farmers enrolled 1.2 million acres in the Conservation Reserve this year, the "
        "Agriculture Department said. Land in the conservation reserve is idled for ten "
        "years, and the conservation reserve payments average 48 dlrs an acre."
    )
    assert "wildlife_conservation" not in themes(nlp, shipped, text)


def test_conservation_of_a_species_is_still_wildlife(nlp, shipped):
    text = (
        "Rangers counted 40 more rhinos in the national park this year. Conservation "
        "groups said poaching had fallen, and the conservation plan will protect the "
        "animals' habitat."
    )
    assert "wildlife_conservation" in themes(nlp, shipped, text)
