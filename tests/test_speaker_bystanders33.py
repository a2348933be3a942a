"""A name standing between a speaker and the words is no speaker: the person a
relative clause's own subject talks about ("Mr Dobbs, who he described as …" is
the "he"'s words), the body a person is set off from by a comma ("Nora Pike,
Riverside Traders Association said"), and the person a sentence between is about
when the next cue goes on speaking ("added"): that is the last speaker."""

import pytest

LEAVING = (
    "Former Leeds manager Tom Hale has turned down the chance to coach Hull. "
    '"It is a great club but the timing is wrong," Hale told reporters. '
    "Club chairman Peter Crane held talks with Hale on Monday. "
)
REST = '"I have given everything to the game for twenty years,"'
MARKET = '"We have done all we could to keep the market open."'


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Home Secretary Tom Hale said he had always admired Mr Dobbs, who he "
            'described as "a fine public servant".',
            "public servant",
            "Tom Hale",
        ),
        (
            "The mayor's plans drew criticism this week. Nora Pike, Riverside Traders "
            f"Association said: {MARKET}",
            "the market",
            "Nora Pike",
        ),
        (
            f"After the vote, Acme Holdings said: {MARKET}",
            "the market",
            "Acme Holdings",
        ),
        (
            f"Speaking to Tom Hale, Acme Holdings said: {MARKET}",
            "the market",
            "Acme Holdings",
        ),
        (
            LEAVING + f"The former England defender added that he needed a rest. {REST} he said.",
            "twenty years",
            "Tom Hale",
        ),
        (LEAVING + f"{REST} he added.", "twenty years", "Tom Hale"),
    ],
    ids=[
        "relative-clause-subject",
        "person-before-body",
        "body-after-phrase",
        "body-after-person-phrase",
        "description-going-on",
        "pronoun-going-on",
    ],
)
def test_the_bystander_between_does_not_speak(quotes_of, quote_with, text, words, speaker):
    assert quote_with(quotes_of(text), words).speaker == speaker
