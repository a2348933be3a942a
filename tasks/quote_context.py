"""What every step of quote extraction needs to know about one document, worked out
once: its parse, its quotation marks, its paragraphs and its entity mentions."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from core.records import EntityMention
from tasks.nlp import doc_text
from tasks.quote_marks import (
    QuoteSpan,
    find_quote_spans,
    inside_any,
    paragraph_bounds,
    with_plain_marks,
)

# Words in quotation marks beyond this share of a clause make it a quotation of its
# own, found by its marks, not reported speech.
_MAX_QUOTED_SHARE = 0.6


@dataclass(frozen=True, slots=True, eq=False)
class QuoteContext:
    """One document as the quote finders see it; build it with :meth:`of`."""

    doc: Doc
    text: str  # the document's text, apostrophes used as quotation marks made plain
    spans: tuple[QuoteSpan, ...]  # every quotation, in text order
    paragraphs: tuple[tuple[int, int], ...]  # (start, end) of each paragraph
    paragraph_starts: tuple[int, ...]
    entities: tuple[EntityMention, ...]  # in text order
    entity_starts: tuple[int, ...]
    title: str = ""  # the document's title (a headline), when it has one

    @classmethod
    def of(
        cls, doc: Doc, entities: Sequence[EntityMention], title: str | None = None
    ) -> QuoteContext:
        """The context of ``doc``, the entity mentions found in it and its title."""
        text = with_plain_marks(doc_text(doc))
        paragraphs = tuple(paragraph_bounds(text))
        ordered = tuple(sorted(entities, key=lambda e: e.start_char))
        return cls(
            doc=doc,
            text=text,
            spans=tuple(find_quote_spans(text)),
            paragraphs=paragraphs,
            paragraph_starts=tuple(start for start, _ in paragraphs),
            entities=ordered,
            entity_starts=tuple(e.start_char for e in ordered),
            title=title or "",
        )

    def quoted(self, position: int) -> bool:
        """Whether the character at ``position`` is inside a quotation."""
        return inside_any(position, self.spans)

    def mostly_quoted(self, start: int, end: int) -> bool:
        """Whether quotations cover most of the characters from ``start`` to ``end``."""
        inside = sum(max(0, min(s.end, end) - max(s.start, start)) for s in self.spans)
        return inside > _MAX_QUOTED_SHARE * (end - start)

    def span_starting_at(self, position: int) -> QuoteSpan | None:
        """The quotation whose opening mark is at ``position``, if any."""
        return next((s for s in self.spans if s.start == position), None)

    def paragraph_of(self, position: int) -> int:
        """The index of the paragraph holding ``position`` (the first, before any)."""
        return max(bisect_right(self.paragraph_starts, position) - 1, 0)
