"""When the narration turns to someone new, the words that follow are theirs, not
the last speaker's: the subject of a sentence that ends in a colon before the
quotation ("Ann Lee was less sure: …"), a new subject the parse hangs on an
auxiliary ("But Lee is convinced …. He said"), and a person the model did not tag
whom the sentence before a pronoun brings in ("Jo Bloggs is a nurse …. She said").
Two names before the colon leave the words to no one new."""

import pytest

COACH = (
    "Hull beat Leeds 3-1 on Saturday. Afterwards, Tom Hale said his side had been "
    'unlucky. "We hit the post twice and their keeper was superb," said Hale. '
)
WORDS = '"We knew exactly what to expect from them today."'


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            COACH + f"Peter Crane was more measured in his assessment: {WORDS}",
            "what to expect",
            "Peter Crane",
        ),
        (
            COACH + f"Peter Crane, like Ann Lee, was more measured: {WORDS}",
            "what to expect",
            "Tom Hale",
        ),
        (
            "Jack Lee's shop closed on Monday after the council raised the rent. Tom Hale, "
            'the landlord, said the rise was fair. "The rent had not changed for ten '
            'years," Hale said. But Lee is determined the shop will reopen in the spring. '
            'He said: "We will find a way to carry on, whatever it takes."',
            "find a way",
            "Jack Lee",
        ),
        (
            "The strike closed six offices on Friday. Union leader Tom Hale said: "
            '"Our members have had enough of the cuts." Fergus Tallow is senior benefit '
            "officer on the picket line at the tax office. He said: "
            '"Most of my colleagues stayed away today."',
            "colleagues stayed",
            "Fergus Tallow",
        ),
        (
            "The strike closed six offices on Friday. Union leader Tom Hale said: "
            '"Our members have had enough of the cuts." The Tax Office is a large '
            'employer in Leeds. He said: "Most of my colleagues stayed away today."',
            "colleagues stayed",
            "Tom Hale",
        ),
    ],
    ids=[
        "colon-after-subject",
        "colon-after-two-names",
        "subject-on-auxiliary",
        "untagged-new-subject",
        "untagged-body-no-person",
    ],
)
def test_the_words_turn_to_the_new_subject(quotes_of, quote_with, text, words, speaker):
    assert quote_with(quotes_of(text), words).speaker == speaker
