"""Issue 16, PolNeAR every attribution (round 25, ``polrec25``): a document put out
("issued a statement") is no content, its words after a colon are; a question states
nothing. Small articles written for the rules."""

from __future__ import annotations


def _reported(quotes):
    return [q for q in quotes if q.kind == "indirect"]


def test_a_statement_issued_is_no_content(quotes_of):
    text = (
        "Mayor Ruth Alvey issued a statement on Friday. The harbour board released "
        "a formal statement after the vote. She did not take questions."
    )
    assert _reported(quotes_of(text)) == []


def test_the_words_after_the_colon_are_the_statement(quotes_of):
    text = (
        "The senator from Vermont issued the following statement:\n\n"
        "“We are saddened by the loss of a great teacher. She served the state well.”"
    )
    quotes = quotes_of(text)
    assert [(q.kind, q.cue) for q in quotes] == [("direct", "issued")]
    assert quotes[0].text.startswith("“We are saddened")
    assert text[quotes[0].speaker_start : quotes[0].speaker_end] == "The senator"


def test_a_statement_with_its_content_stays(quotes_of):
    text = "The union released a statement saying the strike would go on until May."
    reported = _reported(quotes_of(text))
    assert any("the strike would go on until May" in q.text for q in reported)


def test_a_document_of_substance_stays_content(quotes_of):
    text = "The ministry released a report on rising rents in the northern towns."
    reported = {q.cue: q.text for q in _reported(quotes_of(text))}
    assert reported.get("released") == "a report on rising rents in the northern towns"


def test_emails_released_stay_content(quotes_of):
    text = "The hackers released the council's internal emails on Sunday."
    reported = {q.cue: q.text for q in _reported(quotes_of(text))}
    assert "released" in reported


def test_a_question_states_nothing(quotes_of):
    text = (
        "The poll closed on Monday. Do you support Mayor Alvey? Why did the council "
        "reject the plan for the pier?"
    )
    assert _reported(quotes_of(text)) == []


def test_a_question_holding_a_clause_stays(quotes_of):
    text = "Do you think the new pier will bring the tourists back to the town?"
    reported = {q.cue: q.text for q in _reported(quotes_of(text))}
    assert reported.get("think") == "the new pier will bring the tourists back to the town"


def test_an_answer_still_states(quotes_of):
    text = "Asked about the pier, Mayor Alvey said she supports the plan for the harbour."
    reported = {q.cue: q.text for q in _reported(quotes_of(text))}
    assert reported.get("said") == "she supports the plan for the harbour"
