"""Spans of companies' names the model cut short.

``with_abbreviated_founder(span)`` widens a company's span over the founder's given
name written abbreviated before it ("[Alex.] Brown and Sons Inc"), which the model
read as a sentence's end.
"""

from __future__ import annotations

from spacy.tokens import Span

from tasks.entity_acronyms import is_legal_form
from tasks.person_gender import is_first_name


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
