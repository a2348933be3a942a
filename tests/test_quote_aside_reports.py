"""A continuation goes on with the quoted speaker, not with a report another person
makes in a relative clause of the narration between (``tasks.quotes._told_aside``)."""


def test_continuation_skips_a_report_in_a_relative_clause(quotes_of, quote_with):
    text = (
        "The senator spoke to reporters on Tuesday.\n\n"
        '"Who is the real liar here?" said Maria Okafor, using a word that Tom Reyes '
        'has used to describe the governor. "The council passed bad bills for years '
        'and we are still paying for them."\n'
    )
    quotes = quotes_of(text)
    continuation = quote_with(quotes, "The council passed")
    assert continuation.speaker == "Maria Okafor"


def test_continuation_skips_a_question_asked_aside(quotes_of, quote_with):
    text = (
        "The builder spoke at the town hall.\n\n"
        '"And I am not being paid!" Tom Reyes declared, a point he made after a radio '
        'show during which listeners asked how much he earned. "I run my own firm."\n'
    )
    quotes = quotes_of(text)
    continuation = quote_with(quotes, "I run my own firm")
    assert continuation.speaker == "Tom Reyes"


def test_continuation_keeps_the_speaker_own_relative_clause(quotes_of, quote_with):
    text = (
        "The campaign opened an office in Dallas.\n\n"
        '"We will win this state," said Maria Okafor, a consultant who said she backs '
        'the senator. "Nobody here believes the polls any more."\n'
    )
    quotes = quotes_of(text)
    continuation = quote_with(quotes, "Nobody here")
    # It still goes on with the report of the relative clause (her own), not skipped.
    assert continuation.cue_start == text.index("who said") + len("who ")
