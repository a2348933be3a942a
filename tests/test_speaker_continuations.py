"""Issue 16: whose words a quotation with no cue of its own goes on with. A quotation
opening a paragraph right after a paragraph that closes on a reported statement of
speech ("X said the plan was flawed.", "X said it was “flawed”.") is X's, not the
speaker of a later cue in its own paragraph. Small articles written for the class."""

from __future__ import annotations

_HARBOUR = (
    "The council voted on Tuesday to sell the old harbour to a hotel group.\n\n"
    "Councillor Brenda Oakes, who chairs the harbour committee, said the sale {report}.\n\n"
    "“The town will regret this for fifty years.” The hotel group said it would open in "
    "the spring. Its director, Marcus Feld, said: “We will keep the boats in the water.”"
)


def test_a_paragraph_opener_goes_on_with_the_report_closing_the_paragraph_before(
    quotes_of, quote_with
):
    quotes = quotes_of(_HARBOUR.format(report="was a mistake the town would pay for"))
    opener = quote_with(quotes, "fifty years")
    assert opener.speaker == "Brenda Oakes"
    assert quote_with(quotes, "boats").speaker == "Marcus Feld"


def test_so_does_one_after_a_report_with_quoted_words(quotes_of, quote_with):
    quotes = quotes_of(_HARBOUR.format(report="was “a short-sighted mistake”"))
    assert quote_with(quotes, "fifty years").speaker == "Brenda Oakes"


def test_narration_after_the_report_leaves_the_opener_to_its_paragraph(quotes_of, quote_with):
    text = _HARBOUR.format(
        report="was a mistake. The harbour has been empty since the ferry stopped"
    )
    opener = quote_with(quotes_of(text), "fifty years")
    assert opener.speaker != "Brenda Oakes"


_LOWERCASE = (
    "the port authority will not raise its fees this year, harbour board chairman "
    "thomas okafor said.\n\n"
    '"we have listened to the shipping lines and we will hold the fees where they are," '
    "he told reporters.\n\n"
    "okafor said the board would review the fees again in the autumn.\n\n"
    "He said the new crane would be working by june."
)


def test_a_name_in_lowercase_wire_copy_speaks_in_full_and_is_he(quotes_of, quote_with):
    quotes = quotes_of(_LOWERCASE)
    assert quote_with(quotes, "listened").speaker == "thomas okafor"
    reported = [q for q in quotes if q.kind == "indirect"]
    assert {q.speaker for q in reported} == {"thomas okafor"}
