"""A name standing between a speaker and the words is no speaker: the person a
relative clause's own subject talks about ("Mr Dobbs, who he described as …" is
the "he"'s words), the body a person is set off from by a comma ("Nora Pike,
Riverside Traders Association said"), and the person a sentence between is about
when the next cue goes on speaking ("added"): that is the last speaker. Nor does
the one contacted ("Tom Hale e-mailed Ann Lee pointing out …" is Tom Hale's). A
role that refers back to no one ("Spain's trade minister has said") is held by the
person the next sentence introduces speaking, never by one met before."""

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


DRAFT = (
    "Officials met in Brussels. Later, Tom Hale e-mailed Ann Lee pointing out the error "
    "in the draft. "
)


@pytest.mark.parametrize(
    ("text", "words", "speaker", "indirect"),
    [
        (DRAFT, "error in the draft", "Tom Hale", True),
        (
            DRAFT.replace("Ann Lee", "Paul Lee")
            + 'He said: "The figures in the second table are simply wrong."',
            "second table",
            "Tom Hale",
            False,
        ),
        (
            'Reporters later heard Ann Lee saying "we will not give up".',
            "give up",
            "Ann Lee",
            False,
        ),
    ],
    ids=["participle-on-object", "he-after-participle", "heard-saying"],
)
def test_who_contacts_someone_says_what_follows(
    quotes_of, quote_with, text, words, speaker, indirect
):
    assert quote_with(quotes_of(text), words, indirect=indirect).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The pound fell again on Tuesday. Meanwhile, Spain's trade minister has said the "
            'region faced "a lost decade" unless banks lent more. Carlos Ribera said he '
            "would raise the issue at the next summit.",
            "Carlos Ribera",
        ),
        (
            "Carlos Ribera opened the talks. Meanwhile, Spain's trade minister has said the "
            'region faced "a lost decade" unless banks lent more. Carlos Ribera said he '
            "would raise the issue at the next summit.",
            "Spain's trade minister",
        ),
        (
            "Radio Tehran quoted a Foreign Ministry spokesman as saying any attempt would "
            'meet "a lost decade". Defence chief Carlos Ribera said the country would keep '
            "the lanes open.",
            "a Foreign Ministry spokesman",
        ),
    ],
    ids=["holder-named-next", "holder-met-before", "unnamed-spokesman"],
)
def test_a_role_is_held_by_the_speaker_the_next_sentence_introduces(
    quotes_of, quote_with, text, speaker
):
    assert quote_with(quotes_of(text), "lost decade").speaker == speaker
