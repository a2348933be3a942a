"""Theme recall, round 14 (issue 18): debt ratings and notes offerings, merger talk
and control bought, terror laws and suspects, fraud charges, radio streamed over the
internet (taxonomy 2026.12.22); and a person's surname inside another person's name,
which is no evidence of the theme of the person the surname is of. Small articles
written for the tests."""

from __future__ import annotations

import pytest

from tasks.themes import ThemeMatcher, parse_taxonomy

from .theme_helpers import themes


@pytest.mark.parametrize(
    ("title", "text", "theme"),
    [
        (
            "RATING AGENCY CUTS BRIGHTWATER MILLS DEBT",
            "Moody's Investors Service Inc has cut its grade on the senior debt of Brightwater "
            "Mills Inc to Ba-2 from Ba-1. The agency also cut the subordinated debt of the "
            "paper maker's finance unit, citing thinner cash flow.",
            "markets",
        ),
        (
            "HARLAND CHEMICAL SELLS FIVE-YEAR NOTES",
            "Harland Chemical Co will borrow 60 mln dlrs in an offering of notes maturing in "
            "1992, said lead manager Pellham Brothers. The selling concession is three "
            "dlrs a note and the issue is rated single-A by Standard and Poor's Corp.",
            "markets",
        ),
        (
            "Two insurers in merger talks",
            "Shares of two of the country's largest insurers rose on reports of merger "
            "talks between them. Analysts said a tie-up would save costs. Neither firm "
            "would comment on the merger talk on Tuesday.",
            "mergers_acquisitions",
        ),
        (
            "Minister defends plan to hold terror suspects",
            "The home minister defended plans to hold terror suspects at home without "
            "trial. Critics say the anti-terror measures go too far, and the bill faces "
            "a vote in the upper house next week.",
            "counterterrorism",
        ),
        (
            "Broker admits wire fraud",
            "A former broker admitted securities fraud and wire fraud in a New York court "
            "on Monday. He took money from clients for eight years, prosecutors said, "
            "and faces up to twenty years in jail.",
            "fraud_financial_crime",
        ),
        (
            "Station takes its shows online",
            "A music station will offer its shows as internet radio to phone users. "
            "Listeners download a radio player, and the station expects streaming radio "
            "to bring it younger listeners.",
            "digital_media",
        ),
    ],
)
def test_a_trades_own_phrases_are_its_theme(nlp, shipped, title, text, theme):
    assert theme in themes(nlp, shipped, text, title)


PEOPLE = """
version = "test"
[subjects]
politics = "politics"

[[themes]]
id = "government_executive"
label = "Government"
parent = "politics"
patterns = ["minister"]
people = ["Harold Pemberton"]
"""


def surnames(nlp, text: str) -> list[int]:
    """Where the person's surname alone is evidence of the theme."""
    matcher = ThemeMatcher(nlp, parse_taxonomy(PEOPLE, "people.toml"))
    hits, _ = matcher._hits(nlp(text))
    return [
        start
        for start, end, term in hits.get("government_executive", [])
        if end - start == 1 and term == "Harold Pemberton"
    ]


def test_a_surname_in_another_persons_name_is_no_evidence(nlp):
    text = (
        "Prime Minister Harold Pemberton opened the new library on Friday. The shop "
        "owner Margaret Pemberton, who is no relation, said she welcomed the visit."
    )
    assert len(surnames(nlp, text)) == 1


def test_the_surname_alone_still_names_the_person(nlp):
    text = (
        "Prime Minister Harold Pemberton opened the new library on Friday. Mr Pemberton "
        "said the town had waited ten years for it."
    )
    assert len(surnames(nlp, text)) == 2
