"""A maker's name and a model's number: a product, not the maker.

``model_numbered(spans)`` makes a PRODUCT of an organisation the model named with a
model's number after it ("the Zentrix 4361 under its new system", "Personal Logician
386"): the maker alone ("Zentrix said") stays an organisation. A model's number has
three to five digits and is no year (1900 to 2099); a count of things after it
("Zentrix 4000 workers") and an index of shares ("the Kelvo 100", in a document that
speaks of an index) keep the name what it was. A number after the mark of a catalogue of
composers' works ("Cantata BWV 140", "Sonata KV 545") numbers a work: a WORK_OF_ART.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from tasks.nlp import doc_text, token_values

_MODEL_DIGITS = range(3, 6)
_YEARS = range(1900, 2100)
# Penn tags of a plural noun and of a number's unit: what a count is of.
_COUNTED_TAGS = frozenset({"NNS", "NNPS", "NN"})
_INDEX_WORDS = frozenset({"index", "Index", "share", "shares", "average", "Average"})
_INDEX = "index"
# The marks of the standard catalogues of composers' works (Bach-Werke-Verzeichnis,
# Händel-Werke-Verzeichnis, Köchel, Hoboken, Ryom, opus, Werke ohne Opuszahl): a number
# after one is a work's, no model's. One-letter marks (Köchel's "K", Deutsch's "D") are
# left out: wire tables write letters before numbers.
_WORK_CATALOGUES = frozenset({"BWV", "HWV", "KV", "Hob", "RV", "Op", "op", "WoO"})


def model_numbered(spans: list[Span]) -> list[Span]:
    """``spans`` with each maker's name and model's number made one PRODUCT (see the
    module's docstring); other spans as they are."""
    return [_with_model_number(span) or span for span in spans]


def _with_model_number(span: Span) -> Span | None:
    """The PRODUCT of an organisation ``span`` that holds a model's number as its last
    word, or has one just after it; ``None`` for any other span."""
    if span.label_ != "ORG":
        return None
    doc = span.doc
    # The number test from the document's array: most names stand before no number.
    digits = token_values(doc, "IS_DIGIT")
    if len(span) > 1 and digits[span.end - 1] and _model_number(doc, span.end - 1):
        return Span(doc, span.start, span.end, label=_numbered_label(doc, span.end - 1))
    after = span.end
    if (
        after < len(doc)
        and digits[after]
        and span[-1].whitespace_ == " "
        and _model_number(doc, after)
    ):
        return Span(doc, span.start, after + 1, label=_numbered_label(doc, after))
    return None


def _numbered_label(doc: Doc, at: int) -> str:
    """PRODUCT for a name numbered at token ``at``, WORK_OF_ART where the word before the
    number is a catalogue of works' mark ("BWV 140")."""
    mark = doc[at - 1].text.rstrip(".") if at else ""
    return "WORK_OF_ART" if mark in _WORK_CATALOGUES else "PRODUCT"


def _model_number(doc: Doc, at: int) -> bool:
    """Whether the digits at token ``at`` are a model's number: three to five digits,
    no year, and no count of things nor an index after them."""
    number = doc[at].text
    if len(number) not in _MODEL_DIGITS or int(number) in _YEARS:
        return False
    if at + 1 >= len(doc):
        return True
    after = doc[at + 1]
    counted = after.tag_ in _COUNTED_TAGS and after.text.islower()
    return not counted and after.text not in _INDEX_WORDS and not _speaks_of_index(doc)


def _speaks_of_index(doc: Doc) -> bool:
    """Whether the document speaks of an index anywhere ("the Kelvo 100 fell as the
    index ..."): a name and a number there are a share index's, no model's."""
    return _INDEX in doc_text(doc).lower()
