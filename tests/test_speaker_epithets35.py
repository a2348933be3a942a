"""A "he" after narration that turns to the story's person by a nationality epithet
("it still rankles with the Dutchman") goes back to that person, the document's first
named speaker, not to the one named in between; an epithet as the subject ("The
Dutchman …"), no epithet, or narration that names the one in between leaves the
pronoun as it was."""

import pytest

LEAD = (
    "Defender Piet Vos says his old club Harbour Town wronged him. "
    '"They sold me without asking," Vos told a magazine. '
    "Manager Tom Hale insisted he had sold the player for a fair fee. "
)
WORDS = '"I had just bought a house near the ground," he said.'


@pytest.mark.parametrize(
    ("narration", "speaker"),
    [
        ("The sale still rankles with the Dutchman. ", "Piet Vos"),
        ("The sale still rankles with the player. ", "Tom Hale"),
        ("The Dutchman was not consulted by the board. ", "Tom Hale"),
        ("The sale still rankles with the Dutchman, Hale admits. ", "Tom Hale"),
        ("The sale was agreed in a single day. ", "Tom Hale"),
        ("The sale was approved by the Irish authorities. ", "Tom Hale"),
        ("The sale still rankles with the Irish. ", "Tom Hale"),
    ],
    ids=[
        "epithet-turns-back",
        "lowercase-noun-no-epithet",
        "epithet-as-subject",
        "in-between-named-again",
        "no-epithet",
        "nation-word-modifies-noun",
        "nation-as-a-people",
    ],
)
def test_epithet_turns_pronoun_to_the_story_person(quotes_of, quote_with, narration, speaker):
    quotes = quotes_of(LEAD + narration + WORDS)
    assert quote_with(quotes, "bought a house").speaker == speaker
