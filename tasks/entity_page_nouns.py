"""Common nouns a web page capitalises that the model takes for names.

- ``field_of_study(span)``: a field of study named by one word ("a degree in
  Neuroscience"), listed in ``tasks/data/fields_of_study.txt``: a subject, no entity.
- ``name_before_noun(span, knows)``: a well-known name with a common noun glued on
  after an article or a possessive ("a Tumblr Post", "your own Yahoo Crawler"): the
  name is the entity, the noun says what of it the text means; the name's span alone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from spacy.tokens import Span

from tasks.common_words import common_words
from tasks.entity_labels import org_head

_FIELDS = Path(__file__).parent / "data" / "fields_of_study.txt"
# Words before a noun phrase that make it a thing of its kind, not a name: the
# indefinite articles and the possessive determiners ("a Tumblr Post", "your own …").
_DETERMINERS = frozenset({"a", "an", "your", "my", "our", "their", "his", "her", "its", "own"})
_NAME_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "GPE", "NORP", "FAC"})


@cache
def _fields() -> frozenset[str]:
    lines = _FIELDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def field_of_study(span: Span) -> bool:
    """Whether the one-word ``span`` is a field of study (``fields_of_study.txt``)."""
    return len(span) == 1 and span[0].lower_ in _fields()


def name_before_noun(
    span: Span, knows: Callable[[str], bool], is_common: Callable[[str], bool]
) -> Span | None:
    """The known name (``knows``) of "<name> <Noun>" in ``span``, the noun capitalised,
    one word that prose writes in lowercase (``common_words``) or that this document
    writes so (``is_common``), and no institution's head ("Tumblr Bank" stays), the
    whole not known, after an article or a possessive determiner (``_DETERMINERS``);
    ``None`` otherwise."""
    doc = span.doc
    if len(span) < 2 or span.label_ not in _NAME_LABELS or span.start == 0:
        return None
    if doc[span.start - 1].lower_ not in _DETERMINERS:
        return None
    noun = span[-1]
    if not noun.is_title or org_head([noun.text]):
        return None
    if noun.lower_ not in common_words() and not is_common(noun.text):
        return None
    name = span[:-1]
    if not knows(name.text) or knows(span.text):
        return None
    return Span(doc, name.start, name.end, label=span.label_)
