"""Theme precision (issue 18): a theme's words inside a phrase of another sense (a
taxonomy's ``senses``: "bank" in a central bank's name) and the terms that rule a
theme out (computer viruses for epidemics), on small articles written for the
tests, each beside a case where the theme is right."""

from __future__ import annotations

import pytest

from core.errors import DossierError
from tasks.themes import parse_taxonomy

from .theme_helpers import themes

CENTRAL_BANK = (
    "The Bank of England said it expected a shortage of liquidity in the money market "
    "today. The Bank of England will offer assistance to the discount houses this "
    "afternoon. Dealers said the Bank of England had acted early.\n\n"
    "The Bank of England also published its weekly figures on the note circulation."
)
CENTRAL_BANK_AGAIN = (
    "The Bank of England said it expected a shortage of liquidity in the money market "
    "today. The Bank will offer assistance to the discount houses this afternoon. "
    "Dealers said the Bank had acted early.\n\n"
    "The bank also published its weekly figures on the note circulation."
)
COMMERCIAL_BANK = (
    "The Union Bank of Finland said its lending grew strongly last year. The Union Bank "
    "of Finland expects loan demand to stay firm. Analysts said the Union Bank of Finland "
    "had gained deposits from smaller lenders.\n\n"
    "The Union Bank of Finland will pay a higher dividend."
)
COMPUTER_VIRUS = (
    "A new computer virus is spreading through e-mail attachments, anti-virus firms "
    "warned. The virus infects Windows machines and copies itself to contacts.\n\n"
    "Security experts said the outbreak of the virus was the largest this year and that "
    "the virus writers were after bank details."
)
FLU_VIRUS = (
    "A new flu virus is spreading through the region, health officials warned. The virus "
    "has infected hundreds of people and hospitals are full.\n\n"
    "Experts said the outbreak of the virus was the largest this year and urged "
    "vaccination."
)


def test_a_central_bank_is_no_banking_story(nlp, shipped):
    assert "banking" not in themes(nlp, shipped, CENTRAL_BANK)


def test_the_bank_after_a_central_bank_is_that_central_bank(nlp, shipped):
    assert "banking" not in themes(nlp, shipped, CENTRAL_BANK_AGAIN)


def test_a_commercial_bank_named_for_its_country_is_banking(nlp, shipped):
    assert "banking" in themes(nlp, shipped, COMMERCIAL_BANK)


def test_a_computer_virus_is_no_epidemic(nlp, shipped):
    assert "pandemic" not in themes(nlp, shipped, COMPUTER_VIRUS)


def test_a_flu_virus_is_an_epidemic(nlp, shipped):
    assert "pandemic" in themes(nlp, shipped, FLU_VIRUS)


def test_senses_must_be_a_list_of_phrases():
    raw = """
version = "test"
[subjects]
economy = "economy"
[[themes]]
id = "banking"
parent = "economy"
patterns = ["bank"]
senses = "central bank"
"""
    with pytest.raises(DossierError, match="senses must be a list"):
        parse_taxonomy(raw, "bad.toml")
