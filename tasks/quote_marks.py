"""Quotation marks, and the paragraphs and sentences around them, found by scanning
the text: plain string code, no parse.

``find_quote_spans`` takes a document's text and gives the character span of every
balanced quotation; ``sentence_around`` gives the bounds of the sentence a
quotation stands in, not counting full stops inside quotations or abbreviations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# Opening mark -> marks that may close it; writers (and converters) mix curly and straight.
OPENING_MARKS = {"“": '”"', '"': '"”', "„": '“”"', "«": "»", "‘": "’"}
_OPENING_MARK = re.compile("[" + "".join(OPENING_MARKS) + "]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*")
# A full stop, question or exclamation mark, perhaps inside closing marks or a
# parenthesis ("(No effect.)"), before white space.
_SENTENCE_END = re.compile(r"[.!?](?=[\s”\"’)]*(?:\s|$))")
# Two apostrophes as a double quotation mark (''Like this,'' in newspaper archives
# and typewriter text): opening after a space or a bracket, closing before one.
_OPENING_APOSTROPHES = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))''(?=\S)", re.MULTILINE)
_CLOSING_APOSTROPHES = re.compile(r"(?<=\S)''(?!['\w])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|St|Jr|Sr|No|Inc|Corp|Co|Ltd|vs|"
    r"Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)|\b[A-Z]|[A-Z]\.[A-Z])$"
)
# More characters than the longest abbreviation above and a line break after it.
_ABBREVIATION_REACH = 8
# A year cut to its last two digits ("in ‘08", "the ‘90s"): the mark is an apostrophe
# standing for the century, written with the opening single mark by smart-quote fonts.
_ELIDED_YEAR = re.compile(r"‘\d\d(?!\d)(?:s\b)?(?![\w’])")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Characters from an opening mark to its closing mark (both included)."""

    start: int
    end: int
    paragraph: int
    runs_on: bool = False  # unclosed at the paragraph's end; the next paragraph reopens it

    def inner(self, text: str) -> str:
        return (
            text[self.start + 1 : self.end - 1]
            if not self.runs_on
            else text[self.start + 1 : self.end]
        )


def with_plain_marks(text: str) -> str:
    """``text`` with each pair of apostrophes used as a quotation mark turned into a
    space and a straight double mark (the same length, so offsets hold): the text the
    other functions here scan."""
    if "''" not in text:
        return text
    text = _OPENING_APOSTROPHES.sub(' "', text)
    return _CLOSING_APOSTROPHES.sub('" ', text)


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty paragraph (a line break separates them)."""
    bounds, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if text[start : match.start()].strip():
            bounds.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        bounds.append((start, len(text.rstrip())))
    return bounds


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every balanced quotation in ``text``, outermost only.

    Double marks (curly, straight, guillemets) and curly single marks are
    recognised. A quotation left open at a paragraph's end runs on when the
    next paragraph opens with a mark; other unbalanced marks are skipped.
    """
    spans: list[QuoteSpan] = []
    paragraphs = paragraph_bounds(text)
    for index, (start, end) in enumerate(paragraphs):
        next_opens = index + 1 < len(paragraphs) and text[paragraphs[index + 1][0]] in OPENING_MARKS
        spans.extend(_quotes_in_paragraph(text, start, end, index, next_opens))
    return spans


def inside_any(position: int, spans: Sequence[QuoteSpan]) -> bool:
    """Whether the character at ``position`` lies within one of ``spans``."""
    return any(s.start <= position < s.end for s in spans)


def sentence_around(
    text: str, span: QuoteSpan, spans: Sequence[QuoteSpan], paragraph: tuple[int, int]
) -> tuple[int, int]:
    """``(start, end)`` of the sentence ``span`` stands in, within its ``paragraph``.

    Sentence ends inside any of ``spans`` do not count (a quotation may hold
    several sentences), nor full stops after an abbreviation ("Mr.", "U.S.")."""
    return (
        _sentence_start_before(text, span.start, spans, paragraph[0]),
        _sentence_end_after(text, span, spans, paragraph[1]),
    )


def _quotes_in_paragraph(
    text: str, start: int, end: int, paragraph: int, next_opens: bool
) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    position = start
    while position < end:
        opening = _next_opening(text, position, end)
        if opening is None:
            break
        closing = _closing_for(text, opening, end)
        reopening = _reopening_before(text, opening, closing + 1 if closing is not None else end)
        if reopening is not None:
            # “A. “B.”: a new sentence reopens the mark; the first part ends unclosed.
            spans.append(
                QuoteSpan(opening, len(text[:reopening].rstrip()), paragraph, runs_on=True)
            )
            position = reopening
        elif closing is not None:
            spans.append(QuoteSpan(opening, closing + 1, paragraph))
            position = closing + 1
        elif next_opens and end - opening > 1:
            spans.append(QuoteSpan(opening, end, paragraph, runs_on=True))
            break
        else:
            position = opening + 1
    return spans


def _next_opening(text: str, position: int, end: int) -> int | None:
    # The regex skips to the next mark: a loop in Python would look at every character.
    while (found := _OPENING_MARK.search(text, position, end)) is not None:
        index = found.start()
        mark = text[index]
        position = index + 1
        if mark == "‘" and index > 0 and text[index - 1].isalnum():
            continue
        if mark == "‘" and _ELIDED_YEAR.match(text, index, end):
            continue
        if mark == '"' and index + 1 < end and text[index + 1].isspace():
            continue
        return index
    return None


def _closing_for(text: str, opening: int, end: int) -> int | None:
    mark = text[opening]
    closers = OPENING_MARKS[mark]
    index = opening + 1
    while index < end:
        char = text[index]
        if char in closers and not (char == "’" and _is_apostrophe(text, index, end)):
            return index
        if mark != '"' and char in "“«" and mark in "“«„":
            nested = _closing_for(text, index, end)
            if nested is None:
                return None
            index = nested
        index += 1
    return None


def _reopening_before(text: str, opening: int, limit: int) -> int | None:
    """A double mark reopening a quotation after a sentence inside it, as writers do
    across (lost) paragraph breaks: "… so stupid. "You know, …"."""
    if text[opening] not in '“"':
        return None
    for index in range(opening + 2, limit):
        if text[index] not in '“"' or not text[index - 1].isspace():
            continue
        before = text[opening + 1 : index].rstrip()
        if before and before[-1] in ".?!" and index + 1 < len(text) and text[index + 1].isalpha():
            return index
    return None


def _is_apostrophe(text: str, index: int, end: int) -> bool:
    return index + 1 < end and text[index + 1].isalpha() and text[index - 1].isalpha()


def _sentence_start_before(
    text: str, position: int, spans: Sequence[QuoteSpan], paragraph_start: int
) -> int:
    start = paragraph_start
    for match in _SENTENCE_END.finditer(text, paragraph_start, position):
        # An abbreviation ends where the full stop stands, and is at most four letters
        # long: the search looks at the few characters before it, not at the whole
        # paragraph again for each full stop (``\b`` still sees the character before).
        window = max(paragraph_start, match.start() - _ABBREVIATION_REACH)
        if inside_any(match.start(), spans) or _ABBREVIATION.search(text, window, match.start()):
            continue
        start = match.end()
    for span in spans:
        if start <= span.start and span.end <= position and _closes_sentence(text, span, position):
            start = span.end
    return _cell_start(text, start, position)


def _closes_sentence(text: str, span: QuoteSpan, limit: int) -> bool:
    """ "She replies, “Yes.” “No,” …": a quotation ending in a full stop, question or
    exclamation mark and followed by another quotation or a capital ends its sentence."""
    after = text[span.end : limit + 1].lstrip()
    ends = span.inner(text).rstrip().endswith((".", "!", "?", "…"))
    return ends and bool(after) and (after[0] in OPENING_MARKS or after[0].isupper())


def _cell_start(text: str, start: int, position: int) -> int:
    """The start of the table cell holding ``position`` (a page's table, laid out as
    "| a | b |"), when the cell starts after ``start``: one cell is not another's sentence."""
    bar = text.rfind(" | ", start, position)
    return bar + 3 if bar >= 0 else start


def _sentence_end_after(
    text: str, span: QuoteSpan, spans: Sequence[QuoteSpan], paragraph_end: int
) -> int:
    inner = span.inner(text).rstrip()
    after = text[span.end : paragraph_end].lstrip()
    # A quotation that ends its own sentence ("… we will win.” Then …) ends the search.
    if span.runs_on or (inner.endswith(".") and (not after or not after[0].islower())):
        return span.end
    for match in _SENTENCE_END.finditer(text, span.end, paragraph_end):
        if inside_any(match.start(), spans) or _ABBREVIATION.search(text, span.end, match.start()):
            continue
        return _cell_end(text, span.end, match.start())
    return _cell_end(text, span.end, paragraph_end)


def _cell_end(text: str, position: int, end: int) -> int:
    """The end of the table cell holding ``position``, when it ends before ``end``."""
    bar = text.find(" | ", position, end)
    return bar if bar >= 0 else end
