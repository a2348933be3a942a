"""A "that" clause after a verb of speech and a phrase ("said in a letter that …"), which
the small model hangs on the phrase's noun as a relative clause, is what the verb reports
(``tasks.quote_cues._complement_read_as_relative``)."""

import pytest


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The union told members in a letter that the strike would go ahead.",
            "The union",
            "that the strike would go ahead",
        ),
        (
            "The minister said for the first time that the plan had failed.",
            "The minister",
            "that the plan had failed",
        ),
    ],
)
def test_that_clause_after_a_phrase_is_reported(quotes_of, quote_with, text, speaker, content):
    quote = quote_with(quotes_of(text), content, indirect=True)
    assert quote.kind == "indirect"
    assert quote.speaker == speaker
    assert text[quote.statement_start : quote.statement_end] == content


def test_that_clause_on_a_topic_stays_with_its_noun(quotes_of):
    text = "She spoke about the rumours that he had resigned."
    quotes = quotes_of(text)
    assert [text[q.statement_start : q.statement_end] for q in quotes] == [
        "about the rumours that he had resigned"
    ]


def test_relative_clause_with_that_as_its_object_is_no_report(quotes_of):
    text = "Ana Silva said in the speech that she gave on Monday nothing new."
    assert quotes_of(text) == []


def test_that_clause_on_a_cause_stays_with_its_noun(quotes_of):
    text = "Ana Silva called for a new vote following news that the mayor would resign."
    statements = [text[q.statement_start : q.statement_end] for q in quotes_of(text)]
    assert statements
    assert all(s.startswith("for a new vote") for s in statements)
