"""Column words of wire tables set in capitals: no entities.

Reuters sends price tables as lines of capitals and figures spaced into columns; the
model takes their column and row words for organisations or places: a header row's
words ("ASSOCIATION    TRADER"), words glued into a column heading ("FRESH/BUY",
"LOT-FIVE TONNES"), a common word ("DECLINES"), and the currency codes of a rate table
("US    1.6190/6200", the dollar's bid and offer, not the country).

``without_figure_cells(mentions)`` drops a mention that runs across a column gap (two
spaces or more) into a cell of figures ("JUL7  138", "2      Unch          12": a
futures month and its price, a table row): a name is written with single spaces and
holds no price; and a futures month's code alone ("MAY7", "MAR8": the month's letters
and the year's last figure, as Reuters' grain and financial futures tables write them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span

from tasks.common_words import common_words
from tasks.entity_filters import WordCase
from tasks.entity_labels import Placed, PlacedT
from tasks.nlp import span_text

# A table line: no lowercase letter, and two cells apart by a run of spaces.
_COLUMN_GAP = re.compile(r"\S {2,}\S")
# A code before a bid and an offer ("1.6190/6200", "234.85/235.15"): a rate table's row.
_RATE_AFTER = re.compile(r" +\d+(?:\.\d+)?/\d+")
# Capital words glued to a neighbour by a slash or a hyphen ("FRESH/BUY", "LOT-FIVE").
_GLUED = frozenset("/-")
# A header row: capital words only, spaced into columns.
_HEADER_ROW = re.compile(r"[A-Z]+(?: {2,}[A-Z]+)+")
# A capital word one space away: the span is part of a longer cell.
_SPACED_WORD_BEFORE = re.compile(r"[A-Z] ")
_SPACED_WORD_AFTER = re.compile(r" [A-Z]")
_COLUMN_FROM = frozenset({"ORG", "GPE", "NORP", "PERSON", "LOC"})
# A cell of figures: a number standing alone.
_FIGURE = re.compile(r"(?<!\S)\d[\d.,/]*(?!\S)")
_FUTURES_MONTH = re.compile(r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d")


def table_column_words(mentions: Sequence[PlacedT], words: WordCase) -> list[PlacedT]:
    """``mentions`` without the one-word capital names that are a wire table's column
    words (``words``: the document's text and lines; a run of three spaces in the text
    gates the rule)."""
    if "   " not in words.text:
        return list(mentions)
    return [m for m in mentions if not _column_word(m, words)]


def _column_word(mention: Placed, words: WordCase) -> bool:
    """Whether a one-word capital name on a table line is a column word: in a header
    row, before a bid and an offer, glued to a neighbour, or a common word."""
    text, span = words.text, mention.span
    word = text[span.start_char : span.end_char].strip()
    if mention.label not in _COLUMN_FROM or not (word.isalpha() and word.isupper()):
        return False
    line = words.line_of(span)
    if any(ch.islower() for ch in line) or not _COLUMN_GAP.search(line):
        return False
    if _HEADER_ROW.fullmatch(line.strip()):
        return not mention.pinned
    if _RATE_AFTER.match(text, span.end_char):
        return True
    glued = text[span.end_char : span.end_char + 1] in _GLUED or (
        span.start_char > 0 and text[span.start_char - 1] in _GLUED
    )
    return glued or (word.lower() in common_words() and _whole_cell(text, span))


def _whole_cell(text: str, span: Span) -> bool:
    """Whether no capital word stands one space before or after the span: a cell of
    its own ("DECLINES"), not the last word of a company's name in a price table
    ("AMER BRAND")."""
    before = text[max(span.start_char - 2, 0) : span.start_char]
    after = text[span.end_char : span.end_char + 2]
    return not (_SPACED_WORD_BEFORE.fullmatch(before) or _SPACED_WORD_AFTER.fullmatch(after))


def without_figure_cells(mentions: Sequence[PlacedT]) -> list[PlacedT]:
    """``mentions`` without those that run across a column gap and hold a number standing
    alone, and futures months' codes: table cells, no name."""
    return [m for m in mentions if not _figure_cells(span_text(m.span))]


def _figure_cells(written: str) -> bool:
    if _FUTURES_MONTH.fullmatch(written.strip()):
        return True
    return _COLUMN_GAP.search(written) is not None and _FIGURE.search(written) is not None
