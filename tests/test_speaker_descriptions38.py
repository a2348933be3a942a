"""Descriptions and organisations as speakers (round 38): "the agent" refers back to
the agent named before; a club and a role the model read into one name with the
person ("Harbour Town star Vosinho") give the person; "the report", first mentioned
and with no author, after an organisation spoke in the same paragraph is that
body's; an untagged epithet after "the" ("the ex-Wallaby") before words in the first
person singular is the person speaking before. The counter-cases leave the speaker
as it was."""

import pytest


def test_the_agent_is_the_agent_named_before(quotes_of, quote_with):
    text = (
        "Tom Hale's agent has warned Harbour Town to improve their offer. "
        'Peter Mount says two other clubs want to talk. "Tom wants to stay," Mount said. '
        'But Mount insists the player deserves more. "His demands are fair," the agent added.'
    )
    assert quote_with(quotes_of(text), "demands are fair").speaker == "Peter Mount"


def test_club_and_role_before_a_single_name(quotes_of, quote_with):
    text = (
        "Chelsea manager Jose Mourinho expects a hard match against Barcelona. "
        'Barcelona star Ronaldinho admitted: "I think that it is going to be a difficult '
        'match for us because Chelsea have a good team."'
    )
    quote = quote_with(quotes_of(text), "difficult match")
    assert quote.speaker == "Ronaldinho"
    assert quote.speaker_title == "Barcelona star"


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        (
            "The Office of Fair Trading said prices had risen. It said shops must act. ",
            "Office of Fair Trading",
        ),
        (
            "The Office of Fair Trading said prices had risen. Jane Bloggs said shops must act. ",
            "The report",
        ),
        (
            "The Office of Fair Trading said prices had risen.\n\nShops said they would "
            "act. Jane Bloggs agreed. ",
            "The report",
        ),
        (
            "A letter from shoppers was read out on Monday. The Office of Fair Trading "
            "said prices had risen. ",
            "The report",
        ),
    ],
    ids=["body-spoke-last", "person-spoke-last", "another-paragraph", "other-document-before"],
)
def test_the_report_is_the_body_speaking_before(quotes_of, quote_with, between, speaker):
    text = between + 'The report said: "Shoppers still pay too much for milk and bread."'
    assert quote_with(quotes_of(text), "too much for milk").speaker == speaker


def test_report_named_before_keeps_its_own_reading(quotes_of, quote_with):
    text = (
        "A report by Acme Research was published on Monday. "
        "The Office of Fair Trading said prices had risen. "
        'The report said: "Shoppers still pay too much for milk and bread."'
    )
    assert quote_with(quotes_of(text), "too much for milk").speaker != "Office of Fair Trading"


@pytest.mark.parametrize(
    ("subject", "words", "is_campese"),
    [
        ("the ex-Wallaby", '"I do not think they will win."', True),
        ("the Bundesbank", '"We do not think rates will rise."', False),
    ],
    ids=["first-person-epithet", "body-speaking-as-we"],
)
def test_untagged_epithet_is_the_person_speaking_before(
    quotes_of, quote_with, subject, words, is_campese
):
    text = (
        "Former Australia wing David Campese has criticised England. "
        '"They are acting like the first team to be cheated," Campese told BBC Sport. '
        f"England face Italy on 12 March. And {subject} added: {words}"
    )
    quote = quote_with(quotes_of(text), "do not think")
    assert (quote.speaker == "David Campese") is is_campese


def test_a_rugby_position_refers_back_to_the_player(quotes_of, quote_with):
    text = (
        "Italy skipper Marco Rossi believes Saturday's game will be a scrappy encounter. "
        "The Italians travel to Edinburgh hoping for a first away win. "
        '"It will not be a pretty game because both teams want a win," said the lock.'
    )
    assert quote_with(quotes_of(text), "pretty game").speaker == "Marco Rossi"
