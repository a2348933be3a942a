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

from spacy.tokens import Doc

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&'-]*")


def marked_company(doc: Doc, headline_name: str) -> tuple[int, int] | None:
    """The token span of the company a wire headline marks in ``doc``'s first
    sentence: ``headline_name`` (the headline's words for the company, in any case) where
    the sentence writes them, or else the sentence's first organisation the recognizer
    found (the wire shortens a name: "SOCAL EDISON" for "Southern California Edison");
    ``None`` where the first sentence names no company, so that the evidence is a
    name of the text."""
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
        if span is not None:
            return span.start, span.end
    organisation = next((e for e in first.ents if e.label_ == "ORG"), None)
    return (organisation.start, organisation.end) if organisation is not None else None
