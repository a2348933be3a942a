"""Issue 16: a role written in the plural before one named person ("said stock
analysts William Marcus") names one speaker, an antecedent of a later "he" as any named
speaker is; a plural speaker with no name stays none. Small articles written for the
class."""

from __future__ import annotations

_EXCHANGE = (
    "If the members reject the plan, the board would be free to set its rules, a CME "
    "spokesman said.\n\n"
    '"It\'s a step in the right direction," said stock futures {role} of Hallam, Crane, '
    "Lever Inc.\n\n"
    '"It\'s very difficult to trade from anywhere but the top step," he said.'
)


def _speaker_of(quotes, words: str) -> str | None:
    return next(q.speaker for q in quotes if words in q.text and q.kind != "indirect")


def test_one_person_after_a_plural_role_is_the_he_after_him(quotes_of):
    quotes = quotes_of(_EXCHANGE.format(role="analysts William Marcus"))
    assert _speaker_of(quotes, "right direction") == "William Marcus"
    assert _speaker_of(quotes, "top step") == "William Marcus"


def test_a_plural_role_alone_is_still_no_antecedent(quotes_of):
    quotes = quotes_of(_EXCHANGE.format(role="analysts"))
    assert _speaker_of(quotes, "top step") != "analysts"
