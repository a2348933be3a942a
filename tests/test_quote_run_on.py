"""A quotation with no cue of its own takes the cue of the statement it continues (one
left open at a paragraph's end, that of the next paragraph's quotation that closes it);
a year cut to two digits is no quotation mark."""

from tasks.quote_marks import find_quote_spans


def test_run_on_quotation_takes_the_cue_that_closes_it(quotes_of):
    text = (
        "The mayor spoke at the harbour on Monday.\n\n"
        '"We need a new bridge," Maria Okafor told the council, pointing at the river. '
        '"Not a plan that changes every week and costs twice what it should.\n\n'
        '"Our town deserves better than that!" she said.\n'
    )
    quotes = quotes_of(text)
    run_on = next(q for q in quotes if q.text.startswith('"Not a plan'))
    closing = next(q for q in quotes if q.text.startswith('"Our town'))
    assert closing.cue_start is not None
    assert text[closing.speaker_start : closing.speaker_end] == "she"
    assert run_on.speaker == "Maria Okafor"
    # The same statement as the words that close it, not as the paragraph's first cue.
    assert run_on.cue_start == closing.cue_start
    assert run_on.speaker_start == closing.speaker_start
    first = next(q for q in quotes if q.text.startswith('"We need'))
    assert first.cue_start != run_on.cue_start


def test_closed_quotation_keeps_its_paragraph_neighbour(quotes_of):
    text = (
        '"We need a new bridge," Maria Okafor told the council, pointing at the river. '
        '"Not a plan that changes every week."\n\n'
        '"Our town deserves better than that!" said Tom Reyes, a shop owner.\n'
    )
    quotes = quotes_of(text)
    first = next(q for q in quotes if q.text.startswith('"We need'))
    second = next(q for q in quotes if q.text.startswith('"Not a plan'))
    assert second.speaker == "Maria Okafor"
    assert second.cue_start == first.cue_start


def test_a_run_on_with_another_mark_keeps_its_own_speaker(quotes_of):
    text = (
        "The paper wrote about the council, as Maria Okafor said on Monday:\n\n"
        '"The council is still unwilling to say what the bridge will cost.\n\n'
        '“We will publish the figures when they are ready,” Tom Reyes said."\n'
    )
    quotes = quotes_of(text)
    run_on = next(q for q in quotes if q.text.startswith('"The council'))
    assert run_on.speaker != "Tom Reyes"


def test_elided_year_is_no_quotation_mark():
    text = "She said in ‘08 that the ‘90s were over. “It ended the ‘blame game’,” she said."
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert spans == ["“It ended the ‘blame game’,”"]


def test_quoted_phrase_in_single_marks_still_found():
    text = "He called it a ‘fair deal’ for the town."
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert spans == ["‘fair deal’"]


def test_mistyped_closing_mark_keeps_the_question_from_the_next_speaker(quotes_of):
    text = (
        "The host pressed the senator on the vote.\n\n"
        "Tom Reyes was surprised. “Do you want to be tied to that plan?“ he asked.\n\n"
        "“No, I want to be tied to a better one,” Maria Okafor replied.\n"
    )
    quotes = quotes_of(text)
    question = [q for q in quotes if q.text.startswith("“Do you want")]
    assert all(q.speaker != "Maria Okafor" for q in question)
