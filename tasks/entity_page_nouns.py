"""Common nouns a web page capitalises that the model takes for names.

``field_of_study(span)``: a field of study named by one word ("a degree in
Neuroscience"), listed in ``tasks/data/fields_of_study.txt``: a subject, no entity.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Span

from tasks.nlp import word_lower

_FIELDS = Path(__file__).parent / "data" / "fields_of_study.txt"


@cache
def _fields() -> frozenset[str]:
    lines = _FIELDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def field_of_study(span: Span) -> bool:
    """Whether the one-word ``span`` is a field of study (``fields_of_study.txt``)."""
    return len(span) == 1 and word_lower(span.doc, span.start) in _fields()
