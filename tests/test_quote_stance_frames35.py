"""Reported stances in two frames outside the verbs of speech (issue 16, round 35): a
verb of regarding with an object and "as" ("she sees the plan as a trap",
``tasks.quote_cues._regarded_as``) and "make" with a noun of speech or "clear" ("made
the case that …", "made no mention of …", "made clear that …",
``tasks.quote_cues._made_statement``)."""

import pytest


def _reported(quotes_of, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Governor Lena Ortiz sees the new tax as a burden on small farms.",
            "the new tax as a burden on small farms",
            "Lena Ortiz",
        ),
        (
            "Mr Abel views the merger as a threat to local jobs.",
            "the merger as a threat to local jobs",
            "Abel",
        ),
    ],
)
def test_an_object_regarded_as_something_is_the_subjects_view(quotes_of, text, content, speaker):
    assert (content, speaker) in _reported(quotes_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Lena Ortiz saw the new film at the festival.",
        "The new tax is seen as a burden on small farms.",
    ],
)
def test_seeing_without_as_or_in_the_passive_reports_nothing(quotes_of, text):
    assert _reported(quotes_of, text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Mayor Ines Varga made the case that the bridge would pay for itself.",
            "the bridge would pay for itself",
            "Ines Varga",
        ),
        (
            "Senator Tom Reyes made no mention of the budget cuts.",
            "the budget cuts",
            "Tom Reyes",
        ),
        (
            "Dora Pike made clear that she would not stand again.",
            "she would not stand again",
            "Dora Pike",
        ),
    ],
)
def test_make_with_a_noun_of_speech_or_clear_reports(quotes_of, text, content, speaker):
    assert (content, speaker) in _reported(quotes_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Dora Pike made a cake for the fair.",
        "Senator Tom Reyes made a mistake in the vote count.",
        "Subscribers can make calls to other members for free.",
    ],
)
def test_make_with_any_other_object_reports_nothing(quotes_of, text):
    assert _reported(quotes_of, text) == []
