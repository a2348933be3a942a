"""Theme recall, round 41 (issue 18): documents missing an obvious theme, on small
articles written for the tests."""

from __future__ import annotations

import pytest

from tasks.themes import (
    _company_telling,
    _headline_company_named,
    _organisation_telling,
    _suffixed_subject,
    tag_titles,
)

from .theme_helpers import themes


def test_a_headline_name_with_its_legal_form_is_the_texts_company(nlp):
    # The headline writes the name with its legal form; the text writes it after "The".
    text = (
        "The Harrowgate Paint Co said its coatings division will raise the prices of its "
        "marine enamels by four cts a gallon from May 1."
    )
    (title,) = tag_titles(nlp, ["HARROWGATE PAINT CO <HPC> UNIT RAISES PRICES"], [text])
    doc = nlp(text)
    start, end = _headline_company_named(doc, title)
    assert doc[start:end].text == "Harrowgate Paint Co"


def test_a_subject_ending_with_a_legal_form_is_a_company(nlp):
    doc = nlp(
        "Northern Cable and Wire Co has received a 12 mln dlr contract to lay cable "
        "for the Navy, the Navy said."
    )
    subject = next(token for token in doc if token.dep_ == "nsubj")
    found = _suffixed_subject(subject)
    assert found is not None and doc[found[0] : found[1]].text.endswith("Wire Co")
    assert _company_telling(doc) is not None


def test_a_subject_in_lower_case_words_is_no_company_name(nlp):
    doc = nlp("The small brokers of the Co said rates would fall.")
    subject = next(token for token in doc if token.dep_ == "nsubj")
    assert _suffixed_subject(subject) is None


def test_an_organisation_telling_of_itself_under_a_respelled_mark_is_the_company(nlp):
    # The headline shortens the name ("NORCAL"); the text's subject tells of itself.
    text = (
        "Northern California Gas said it signed a ten-year contract to buy gas from "
        "Canadian producers.\n\nTerms were not disclosed."
    )
    (title,) = tag_titles(nlp, ["NORCAL GAS <NCG> SIGNS SUPPLY PACT"], [text])
    doc = nlp(text)
    start, end = _headline_company_named(doc, title)
    assert doc[start:end].text == "Northern California Gas"


def test_a_central_bank_telling_of_itself_is_no_company(nlp):
    doc = nlp("The Bank of Veldia said it had added money to the market through bill purchases.")
    assert _organisation_telling(next(iter(doc.sents))) is None


def test_a_company_acting_under_its_full_name_is_company_news(nlp, shipped):
    title = "NCW <NCW> GETS NAVY CONTRACT"
    text = (
        "Northern Cable and Wire Co has received a 12 mln dlr contract to lay cable "
        "for the Navy, the Navy said."
    )
    assert "companies_industry" in themes(nlp, shipped, text, title)


# Round 41's strong phrases, one story each: the phrase once, its noun written again.
STRONG_STORIES = [
    (
        "mergers_acquisitions",
        "HALVERN <HLV> STUDYING ARDLEY OFFER",
        "Halvern Corp said its board will meet next week and has no comment until then."
        "\n\nArdley Group made a 30 dlrs a share acquisition proposal on Monday, and "
        "Halvern's advisers are studying the proposal.",
    ),
    (
        "public_debt",
        "LENDER'S CHIEF PRAISES VELDIAN PLANS",
        "The president of the regional development fund said Veldia's plans to spur "
        "growth were sound.\n\nHe arrived in the capital on Thursday for a week of "
        'talks.\n\n"We are encouraging creditor banks to grant new loans," he said, '
        "adding that the banks had been slow to respond.",
    ),
    (
        "macroeconomy",
        "FED SEEN ADDING RESERVES, ECONOMISTS SAY",
        "The Federal Reserve is expected to add temporary reserves to the banking system "
        "today, economists said.\n\nThey said the federal funds rate, which averaged 6.1 "
        "pct yesterday, was trading at 6-1/4 pct, and that the rate is likely to ease.",
    ),
    (
        "banking",
        "ARDLEY FINANCIAL <ARDF> CORRECTION",
        "In the Ardley Financial item of March 3, please read in the second paragraph "
        "that the figures were restated.\n\nThe item ran on page four.\n\nThe company "
        "will report the 12 mln dlrs with its other loan loss provision for the quarter, "
        "not as a separate item of the provision.",
    ),
]


@pytest.mark.parametrize(("theme", "title", "text"), STRONG_STORIES)
def test_a_strong_phrase_of_round_41_told_again_is_the_stories_theme(
    nlp, shipped, theme, title, text
):
    assert theme in themes(nlp, shipped, text, title)
