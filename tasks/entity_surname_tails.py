"""People's names the model ended before their last surname.

A story names "Fernando Santos Alvite" once in full and then "Santos Alvite": the
model may end the first mention at "[Fernando Santos] Alvite", so the full name never
reaches the later mentions. ``with_written_surname(spans)`` widens it.
"""

from __future__ import annotations

from spacy.tokens import Span


def with_written_surname(spans: list[Span]) -> list[Span]:
    """``spans`` (in text order) with each person's span of two words or more that a
    capitalised word the model left untagged follows on its line ("[Fernando Santos]
    Alvite") widened over that word, when another person's span of the document is its
    last word and that word ("Santos Alvite"): the two surnames the person goes by."""
    doc = spans[0].doc if spans else None
    people = {span.text for span in spans if span.label_ == "PERSON" and len(span) == 2}
    if doc is None or not people:
        return spans
    taken = {index for span in spans for index in range(span.start, span.end)}
    widened: list[Span] = []
    for span in spans:
        end = span.end
        if (
            span.label_ == "PERSON"
            and len(span) >= 2
            and end < len(doc)
            and end not in taken
            and span[-1].whitespace_ == " "
            and doc[end].text.istitle()
            and f"{span[-1].text} {doc[end].text}" in people
        ):
            widened.append(Span(doc, span.start, end + 1, label="PERSON"))
            continue
        widened.append(span)
    return widened
