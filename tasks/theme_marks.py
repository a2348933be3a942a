"""The company a wire headline marks, as the story's first sentence names it.

A wire service marks a listed company in a headline with its ticker in angle brackets
("HARLOW EDISON <HED> SIGNS POWER PACT", "<HARLOW PLACE INC> CONTROL CHANGES"): the
story is that company's news, whatever the first sentence does with the name (the
wire's short name "HARLOW EDISON" for "Southern Harlow Edison", a name with no legal
form, a source who tells of the company). Judges file such a story under company news
(judged theme documents of every sample with a marked headline and no company news
assigned: 8 of 9 name it obvious). Which headline marks a company, and what the theme
is, the caller (``tasks.themes``) decides; this module finds the name the evidence
points at.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&'-]*")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The links from a word of a name to the head of its noun phrase.
_NAME_PART_DEPS = frozenset({"compound", "flat", "amod", "nmod"})


def marked_company(doc: Doc, headline_name: str) -> tuple[int, int] | None:
    """The token span of the company a wire headline marks in ``doc``'s first
    sentence, where it is the subject of the sentence's verb: ``headline_name`` (the
    headline's words for the company, in any case) where the sentence writes them, or
    else the sentence's first organisation the recognizer found that is such a subject
    (the wire shortens a name: "SOCAL EDISON" for "Southern California Edison").
    ``None`` where the first sentence's company only stands in it ("Harlow Savings is
    one of five lenders the council listed", "the exchange will list options on Harlow
    Inc"): the story is then about something else the company is part of."""
    first = next(iter(doc.sents), None)
    if first is None:
        return None
    words = _WORD.findall(headline_name)
    if words:
        phrase = r"\s+".join(re.escape(word) for word in words)
        found = re.search(rf"\b(?i:{phrase})\b", first.text)
        span = (
            doc.char_span(
                first.start_char + found.start(),
                first.start_char + found.end(),
                alignment_mode="expand",
            )
            if found is not None
            else None
        )
        if span is not None and _acting_subject(span):
            return span.start, span.end
    organisation = next((e for e in first.ents if e.label_ == "ORG" and _acting_subject(e)), None)
    return (organisation.start, organisation.end) if organisation is not None else None


def _acting_subject(span: Span) -> bool:
    """Whether the noun phrase of ``span`` (the name, or the name's head it is part
    of: "Harlow Federal" of "Harlow Federal Bank") is the subject of a verb, not of
    a copula ("is one of five lenders")."""
    head = span.root
    while head.dep_ in _NAME_PART_DEPS and head.head is not head:
        head = head.head
    return head.dep_ in _SUBJECT_DEPS and head.head.pos_ == "VERB"
