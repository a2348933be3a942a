"""Theme precision (issue 18): a theme told only in words another candidate theme of
the document tells as its own (``beside``) is not assigned: the MPs and votes of an
election campaign are no lawmaking. Small articles and taxonomies written for the tests."""

from __future__ import annotations

import pytest

from core.errors import DossierError
from tasks.themes import ThemeMatcher, parse_taxonomy

from .theme_helpers import themes

BESIDE = """
version = "test"
[subjects]
politics = "politics"

[[themes]]
id = "elections"
label = "Elections"
parent = "politics"
patterns = ["election", "candidate", "ballot"]

[[themes]]
id = "lawmaking"
label = "Lawmaking"
parent = "politics"
patterns = ["MP", "MPs", "vote", "bill", "amendment"]
beside = { elections = ["MP", "MPs", "vote"] }
"""

CAMPAIGN = (
    "The MP for Eastmarsh toured three market towns before the election on Thursday.\n\n"
    "The candidate said every vote would count and that MPs owed voters a ballot on "
    "the ring road.\n\nHis rival, also a candidate, said the election was about rents."
)
DEBATE = (
    "MPs debated the ferry bill for six hours on Tuesday night.\n\n"
    "An amendment from a backbench MP on harbour fees was lost by eleven votes.\n\n"
    "The bill now goes to committee, where a further amendment is expected."
)
MEMBERS = (
    "The MP for Eastmarsh met fishermen at the harbour on Friday.\n\n"
    "He said MPs from coastal seats would raise the quotas with the ministry.\n\n"
    "The fishermen asked whether the vote on quotas would come before summer."
)


@pytest.fixture(scope="module")
def matcher(nlp):
    return ThemeMatcher(nlp, parse_taxonomy(BESIDE, "beside.toml"))


def test_members_and_votes_of_an_election_campaign_are_the_elections(nlp, matcher):
    assert themes(nlp, matcher, CAMPAIGN) == {"elections"}


def test_a_bill_and_its_amendments_still_tell_lawmaking(nlp, matcher):
    assert "lawmaking" in themes(nlp, matcher, DEBATE)


def test_beside_no_election_the_members_are_the_legislatures(nlp, matcher):
    assert themes(nlp, matcher, MEMBERS) == {"lawmaking"}


def test_the_shipped_taxonomy_files_a_campaigns_mps_under_elections(nlp, shipped):
    found = themes(nlp, shipped, CAMPAIGN)
    assert "elections" in found
    assert "government_legislation" not in found


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('beside = { nothing_such = ["MP"] }', "beside names unknown themes"),
        ('beside = { elections = ["senator"] }', "beside terms must be patterns"),
        ('beside = ["elections"]', "beside must be a table"),
    ],
)
def test_a_bad_beside_table_is_a_taxonomy_error(entry, message):
    raw = BESIDE.replace('beside = { elections = ["MP", "MPs", "vote"] }', entry)
    with pytest.raises(DossierError, match=message):
        parse_taxonomy(raw, "beside.toml")
