"""Spans of companies' names the model cut short.

``with_abbreviated_founder(span)`` widens a company's span over the founder's given
name written abbreviated before it ("[Alex.] Brown and Sons Inc"), which the model
read as a sentence's end; ``with_foreign_tail(span)`` widens a company's name in
another language that the model cut after a lowercase joining word ("Banque Dupont et
[Fils]") over the capitalised words after it; ``stored_end(span)`` is where a name ending
in an abbreviated legal form stops when its full stop also ends the sentence ("Acme
Corp." at a sentence's end is "Acme Corp", JUDGING.md).
"""

from __future__ import annotations

from spacy.tokens import Span

from tasks.entity_acronyms import LEGAL_FORMS, is_legal_form
from tasks.entity_spans import FOREIGN_JOINS
from tasks.nlp import token_values
from tasks.person_gender import is_first_name

# The most capitalised words after a joining word that a cut foreign name is widened
# over ("et [Associes Reunis]").
_FOREIGN_TAIL_WORDS = 3


def with_abbreviated_founder(span: Span) -> Span | None:
    """An organisation's span ending in a legal form, just after a listed given name
    (``first_names.txt``) and its full stop ("Alex." of "Alex. Brown and Sons Inc")
    that the parser did not read as a sentence's end: the span widened over both, an
    ORG; else ``None``."""
    start = span.start
    if span.label_ != "ORG" or start < 2 or len(span) < 2:
        return None
    stop, name = span.doc[start - 1], span.doc[start - 2]
    if stop.text != "." or name.whitespace_ or stop.whitespace_ != " " or span[0].is_sent_start:
        return None
    if not (name.is_alpha and name.text.istitle() and is_first_name(name.text)):
        return None
    if not is_legal_form(span[-1].text, span[-2].text):
        return None
    return Span(span.doc, name.i, span.end, label="ORG")


def with_foreign_tail(span: Span) -> Span | None:
    """An organisation's span ending in a lowercase joining word of a foreign company's
    name (``FOREIGN_JOINS``: "et", "de", "fuer") that a capitalised word follows on the
    same line: the span widened over the (at most three) capitalised words after it, as
    a name never ends in its joining word; else ``None``."""
    doc, end = span.doc, span.end
    # The last word from the document's array: no token made for the many names that
    # end otherwise.
    if len(span) < 2 or doc.vocab.strings[token_values(doc, "ORTH")[end - 1]] not in FOREIGN_JOINS:
        return None
    if span.label_ != "ORG":
        return None
    while (
        end < len(doc)
        and end - span.end < _FOREIGN_TAIL_WORDS
        and "\n" not in doc[end - 1].whitespace_
        and doc[end].is_alpha
        and doc[end].text[:1].isupper()
    ):
        end += 1
    return Span(doc, span.start, end, label="ORG") if end > span.end else None


def stored_end(span: Span, text: str) -> int:
    """The character offset where ``span``'s name ends in the document's ``text``
    (passed in: ``Doc.text`` builds it anew at each call): before the full stop of an
    abbreviated legal form that is also the sentence's ("Acme Corp." as the last words
    of a sentence or a line), which is the sentence's and no part of the name; else the
    span's end (an abbreviation inside a sentence keeps its stop: "Acme Inc. said")."""
    # Most names end in no full stop: the character spares them the token.
    if text[span.end_char - 1] != ".":
        return span.end_char
    last = span[-1]
    if last.text[:-1].casefold() not in LEGAL_FORMS:
        return span.end_char
    doc = span.doc
    if span.end == len(doc) or doc[span.end].is_space or doc[span.end].is_sent_start:
        return span.end_char - 1
    return span.end_char
