"""Issue 16, PolNeAR: a report inside another report of the same speaker is one statement.

Small articles written for the rules (round 18, ``polspk12``)."""

from __future__ import annotations


def test_a_mixed_quotation_in_a_reported_clause_is_the_reporters(quotes_of):
    text = (
        "The veteran councillor said she seldom asks neighbours to canvass for her, "
        "“except for friends I have known since school.”"
    )
    quote = next(q for q in quotes_of(text) if q.kind == "mixed")
    assert quote.cue == "said"
    assert text[quote.speaker_start : quote.speaker_end] == "The veteran councillor"


def test_a_relative_clause_keeps_its_own_cue(quotes_of):
    text = (
        "Ottoline Brannagh said she had backed the harbour levy, which she called "
        "“a lifeline for the boatyards.”"
    )
    quote = next(q for q in quotes_of(text) if q.kind != "indirect")
    assert quote.cue == "called"


def test_a_pronoun_report_inside_a_report_is_no_statement_of_its_own(quotes_of):
    text = "Dermot Quarrie told the inquiry that he would ask the trustees to sell the old mill."
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [q.cue for q in reported] == ["told"]
    assert reported[0].speaker == "Dermot Quarrie"


def test_a_named_report_inside_a_report_stays(quotes_of):
    text = (
        "Dermot Quarrie told the inquiry that Ilse Varga would ask the trustees to sell the mill."
    )
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert {q.cue for q in reported} == {"told", "ask"}


def test_a_named_speakers_words_inside_a_report_keep_their_row(quotes_of):
    text = (
        "The Harbour Gazette reported that Wilma Oduya said she was selling the ferry "
        "company to a rival."
    )
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert {q.cue for q in reported} == {"reported", "said"}
    assert next(q for q in reported if q.cue == "said").speaker == "Wilma Oduya"


def test_a_stance_reported_by_a_spokesman_is_his_statement(quotes_of):
    text = (
        "A spokesman for the ferry company said that Wilma Oduya rejected the offer "
        "from the harbour board."
    )
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [q.cue for q in reported] == ["said"]


def test_a_refusal_to_comment_is_one_statement(quotes_of):
    text = "The Brannagh campaign declined to comment on the harbour levy for this story."
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [q.cue for q in reported] == ["declined"]


def test_a_report_joined_by_but_keeps_its_row(quotes_of):
    text = (
        "The Brannagh campaign confirmed that the mayor would meet the ferry owners "
        "but declined to give details of the talks."
    )
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert {q.cue for q in reported} == {"confirmed", "declined"}


def test_a_relative_clause_inside_a_report_keeps_its_row(quotes_of):
    text = (
        "Dermot Quarrie said the harbour board, which opposed the levy, would meet "
        "Ilse Varga, who has demanded a public vote on the ferry."
    )
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert "demanded" in {q.cue for q in reported}


def test_words_before_their_own_cue_stay_a_statement(quotes_of):
    text = (
        "Orla Penhallow chairs the ferry board. Rail surveys showed that most commuters "
        "would pay more for a quieter carriage on the morning service, she said."
    )
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert "said" in {q.cue for q in reported}


def test_a_named_speakers_promise_inside_a_report_is_the_reporters(quotes_of):
    # Round 33: only a verb of saying proper keeps its row inside another report; a
    # promise, a request or a warning the reporter tells of is the reporter's statement.
    text = (
        "The harbour board's secretary said Ilse Varga promised to rebuild the old pier "
        "before the summer regatta."
    )
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [q.cue for q in reported] == ["said"]
    assert reported[0].speaker != "Ilse Varga"


def test_a_named_speakers_warning_before_its_reporter_is_the_reporters(quotes_of):
    text = (
        "Dermot Quarrie warned the council of a second closure, a harbour clerk told the inquiry."
    )
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [q.cue for q in reported] == ["told"]


def test_a_report_inside_an_according_to_sentence_is_the_sources(quotes_of):
    # Round 33: the sentence an "according to" phrase attributes is one statement,
    # the source's; a verb of report inside it adds no row of its own.
    text = (
        "According to the Harbour Gazette, the council has promised to reopen the old "
        "pier before the summer regatta."
    )
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [q.cue for q in reported] == ["According to"]


def test_a_refusal_before_according_to_is_the_sources(quotes_of):
    text = (
        "Ilse Varga declined to comment on the sale of the ferry company, according to "
        "two clerks at the harbour office."
    )
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [q.cue for q in reported] == ["according to"]


def test_a_report_inside_an_according_to_the_rules_sentence_keeps_its_row(quotes_of):
    # A rule book is what a statement goes by, not a source holding Varga's words.
    text = (
        "According to the harbour board's code, Ilse Varga said she had declared her "
        "shares in the ferry company."
    )
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert "said" in {q.cue for q in reported}
    assert any(q.speaker == "Ilse Varga" for q in reported)


def test_a_report_beside_an_according_to_sentence_keeps_its_row(quotes_of):
    text = (
        "According to the Harbour Gazette, the pier will reopen in May. Ilse Varga "
        "promised to repaint the ferry before then."
    )
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert {q.cue for q in reported} == {"According to", "promised"}


def test_a_restrictive_relative_clause_inside_a_report_is_the_reporters(quotes_of):
    # Round 33: a relative clause with no comma before it picks out the noun the
    # outer report talks of; its verb of speech tells no statement of its own.
    text = (
        "Ilse Varga said the harbour board had ignored residents who say the old pier "
        "is no longer safe for the ferry."
    )
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [q.cue for q in reported] == ["said"]
    assert reported[0].speaker == "Ilse Varga"


def test_a_restrictive_complaint_inside_a_report_is_the_reporters(quotes_of):
    text = (
        "The mayor told reporters that the council had heard from families who complain "
        "that the ferry fares are far too high."
    )
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [q.cue for q in reported] == ["told"]


def test_a_documents_restrictive_clause_inside_a_report_keeps_its_row(quotes_of):
    text = (
        "Ilse Varga said she was answering a harbour board statement which said the "
        "old pier would close in May."
    )
    reported = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert len(reported) == 2
