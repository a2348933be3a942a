"""Round 32 (issue 16): who judges and who is judged. A quotation opening the
sentence after "X criticised the plans" (a verb of judging out loud, with a named
subject) is X's, not the words of the speaker before X in the paragraph; a speaker
inside the clause X told a programme is talked about, no antecedent of "he"."""

from __future__ import annotations

from .quote_helpers import speaker_of

SPEECH = (
    'The minister said the new rules were "fair and simple". He insisted the changes '
    'were "very small". '
)


def test_a_quotation_after_a_named_judge_is_the_judges(quotes_of):
    text = (
        SPEECH + "But Jane Holloway, who leads the teachers, criticised the rules. "
        '"You cannot cut pay and keep good staff."'
    )
    assert speaker_of(quotes_of(text), "cut pay") == "Jane Holloway"


def test_a_quotation_after_an_unnamed_judge_goes_on_with_the_speaker(quotes_of):
    # "Some teachers" name no one: the quotation goes on with the minister's words.
    text = SPEECH + 'Some teachers criticised the rules. "We will phase them in over a year."'
    assert speaker_of(quotes_of(text), "phase them in") == "The minister"


def test_he_after_a_report_told_to_a_programme_is_the_reporter(quotes_of):
    # The parse hangs the "that" clause on "programme": Fenwick's stance is reported
    # by Dalton, so the "He" of the next sentence is Dalton, not Fenwick.
    text = (
        "Mr Dalton, Leader of the House, told BBC Radio Wales's Sunday programme that "
        "Mr Fenwick's stance on the housing bill was putting families at risk. He then "
        'accused the opposition leader of "playing games with people\'s homes".'
    )
    assert speaker_of(quotes_of(text), "playing games") == "Dalton"
