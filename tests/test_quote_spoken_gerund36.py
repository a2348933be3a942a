"""Reported speech of round 36 (issue 16): the gerund of a verb of speech or of judging
after a preposition, with no clause of its own ("after criticising the referee", "by
denouncing the cuts"), is a statement of the subject of the verb the preposition hangs
from (``tasks.quote_cues._spoken_gerund``); and a description an article opens, set
after a name ("Mr Hale-Brook, an MEP for …"), never replaces the name as the speaker
(``tasks.quote_cues._described_name``); the clause an "in a poll" phrase hangs on is the
poll's finding, the poll as written its source (``tasks.quote_cues._polled_statement``).
Neither new kind of statement changes another row's speaker."""

import pytest


def _reported(quotes_of, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "After criticising the referee, coach Dan Miller left the ground.",
            "the referee",
            "Dan Miller",
        ),
        (
            "Senator Tom Reyes opened the debate by denouncing the budget cuts.",
            "the budget cuts",
            "Tom Reyes",
        ),
    ],
)
def test_a_spoken_gerund_after_a_preposition_is_the_verbs_subjects(
    quotes_of, text, content, speaker
):
    assert (content, speaker) in _reported(quotes_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "After buying the old mill, Dora Pike moved to the coast.",
        "Rita Vale was praised for criticising the new stadium plan.",
        "Councillor Jo Hart left the meeting without mentioning the new bridge.",
    ],
)
def test_an_act_or_an_untaken_or_judged_gerund_reports_nothing(quotes_of, text):
    assert _reported(quotes_of, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mr Hale-Brook, an MEP for the East Midlands, said the fishing quotas were unfair.",
            "Hale-Brook",
        ),
        ("Mr Ashby-Vane, the MEP for Wessex, said the fishing quotas were unfair.", "Ashby-Vane"),
    ],
)
def test_a_description_after_a_name_does_not_replace_it(quotes_of, text, speaker):
    assert _reported(quotes_of, text) == [("the fishing quotas were unfair", speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Senator Ana Costa stays well ahead of her rivals in the latest poll.",
            "Senator Ana Costa stays well ahead of her rivals",
            "the latest poll",
        ),
        (
            "In a Daily Courier poll released Monday, 52 percent of voters chose Costa "
            "while 41 percent chose Reyes.",
            "52 percent of voters chose Costa while 41 percent chose Reyes",
            "a Daily Courier poll",
        ),
    ],
)
def test_the_clause_of_an_in_a_poll_phrase_is_the_polls_finding(quotes_of, text, content, speaker):
    assert (content, speaker) in _reported(quotes_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "About 2,000 adults took part in the survey, which was carried out in May.",
        "Most residents were questioned in the survey last spring.",
    ],
)
def test_the_polled_taking_part_report_nothing(quotes_of, text):
    assert _reported(quotes_of, text) == []


def test_a_poll_inside_a_report_stays_the_reporters(quotes_of):
    text = "Costa said she leads in the latest poll."
    assert _reported(quotes_of, text) == [("she leads in the latest poll", "Costa")]
