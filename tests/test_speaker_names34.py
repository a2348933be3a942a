"""Round 34 (issue 16): the form of a speaker's name (a peer's rank, a noun read into
a person's name, an organisation misspelt once, a firm by its first partner's name)
and "our correspondent" for the outlet's reporter the story names."""

from __future__ import annotations

from core.records import EntityMention
from tasks.speaker_names import (
    joined_firm,
    peer_surname,
    without_leading_noun,
)

from .quote_helpers import speaker_of


def _org(name: str) -> EntityMention:
    key = "ORG:" + name.lower().replace(" ", "-")
    return EntityMention("d", key, 0, len(name), name, "ORG", 0, key, name)


def test_a_peer_by_rank_and_surname_alone_is_the_surname(quotes_of):
    text = (
        "Harwick Oil said profits rose by a fifth last year.\n\n"
        '"We have had a very good year," Baroness Penbury told reporters on Monday.'
    )
    quote = next(q for q in quotes_of(text) if "good year" in q.text)
    assert quote.speaker == "Penbury"
    assert quote.speaker_title == "Baroness"


def test_peer_surname_needs_a_rank_or_knighthood():
    assert peer_surname(["Baroness"], "Ashdale")
    assert peer_surname(["Sir"], "Ashdale")
    assert not peer_surname(["Mr"], "Ashdale")
    assert not peer_surname([], "Ashdale")


def test_a_nationality_read_into_a_name_moves_to_the_title():
    nouns = frozenset({"spaniard", "scot", "striker"})
    assert without_leading_noun("Spaniard Pablo Ortega", nouns) == ("Spaniard", "Pablo Ortega")
    assert without_leading_noun("Striker John Fenwick", nouns) == ("Striker", "John Fenwick")
    # No first name after it: the word may be the name's own.
    assert without_leading_noun("Scot Fenwick", nouns) is None
    assert without_leading_noun("Pablo Ortega", nouns) is None


def test_a_firm_by_its_first_partners_name():
    firms = [_org("Holt & Varga"), _org("Holt Mining")]
    assert joined_firm("Holt", firms).canonical_name == "Holt & Varga"
    assert joined_firm("Varga", firms) is None
    # Two such firms: no guess.
    assert joined_firm("Holt", [*firms, _org("Holt and Brams")]) is None


def test_a_firm_named_by_its_first_partner_speaks_as_the_firm(quotes_of):
    text = (
        "Shares in the accountancy firm Pellow & Strand fell sharply on Friday.\n\n"
        '"We regret the error," Pellow said in a statement.'
    )
    assert speaker_of(quotes_of(text), "regret the error") == "Pellow & Strand"


def test_our_correspondent_is_the_correspondent_named_before(quotes_of):
    text = (
        "Talks between the rail unions and ministers broke down on Monday.\n\n"
        'Transport correspondent Ellen Harcourt said a strike was "very likely" now.\n\n'
        'Both sides were "far apart on pay", our correspondent added.'
    )
    assert speaker_of(quotes_of(text), "far apart") == "Ellen Harcourt"


def test_our_correspondent_as_a_source_is_no_antecedent_of_he(quotes_of):
    text = (
        "A senior official, speaking to the BBC's rail correspondent Tom Harcourt, "
        "said the figures were poor.\n\n"
        'Lord Pemberton, the rail minister, said he was "deeply frustrated" by the delays. '
        "The latest figures follow a run of critical audits and, according to our "
        "correspondent, contain few new surprises. "
        '"Fixing the railways is like turning a ship," he said.'
    )
    assert speaker_of(quotes_of(text), "turning a ship") == "Pemberton"


def test_the_body_refers_back_to_the_fuller_description_before(quotes_of):
    text = (
        "Plans for new bus lanes are badly drafted, the city transport committee said "
        "on Monday.\n\n"
        'The plans were "rushed and unclear", the committee added.'
    )
    assert speaker_of(quotes_of(text), "rushed and unclear") == "the city transport committee"


def test_no_fuller_description_when_two_bodies_share_the_noun(quotes_of):
    text = (
        "Plans for new bus lanes are badly drafted, the city transport committee said "
        "on Monday. They are fine, the county roads committee said.\n\n"
        'The plans were "rushed and unclear", the committee added.'
    )
    assert speaker_of(quotes_of(text), "rushed and unclear") == "the committee"
