"""Common nouns a web page capitalises that the model takes for names.

- ``field_of_study(span)``: a field of study named by one word ("a degree in
  Neuroscience"), listed in ``tasks/data/fields_of_study.txt``: a subject, no entity.
- ``lowercase_noun(span, lower, text)``: a word no list of common words holds, which the
  document itself writes in lowercase, twice or more ("Wisteria" in a heading of a page
  that grows "a wisteria"): a plant's, an animal's or a craft's common noun, where a
  name is written capitalised throughout.
- ``name_before_noun(span, knows)``: a well-known name with a common noun glued on
  after an article or a possessive ("a Tumblr Post", "your own Yahoo Crawler"): the
  name is the entity, the noun says what of it the text means; the name's span alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

from spacy.tokens import Span

from tasks.common_words import common_words
from tasks.entity_labels import org_head
from tasks.nlp import doc_text

_FIELDS = Path(__file__).parent / "data" / "fields_of_study.txt"
# Words before a noun phrase that make it a thing of its kind, not a name: the
# indefinite articles and the possessive determiners ("a Tumblr Post", "your own …").
_DETERMINERS = frozenset({"a", "an", "your", "my", "our", "their", "his", "her", "its", "own"})
_MIN_LETTERS = 5
_LOWERCASE_TIMES = 2
# The labels the model gives a capitalised common noun it takes for a name.
_NOUN_LABELS = frozenset({"ORG", "PERSON"})
_NAME_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "GPE", "NORP", "FAC"})


@cache
def _fields() -> frozenset[str]:
    lines = _FIELDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def field_of_study(span: Span) -> bool:
    """Whether the one-word ``span`` is a field of study (``fields_of_study.txt``)."""
    return len(span) == 1 and span[0].lower_ in _fields()


def lowercase_noun(span: Span, lower: Mapping[str, int], text: str) -> bool:
    """Whether the one-word organisation or person ``span`` is a word of
    ``_MIN_LETTERS`` or more, absent from ``common_words`` (its rules are the
    common-word filters'), that the document ``text`` writes in lowercase
    ``_LOWERCASE_TIMES`` times or more (``lower``: folded word -> times written in
    lowercase) and capitalised after "the" fewer times: a place or an institution
    named by a common noun is written with the article ("the Museum" of a game's
    town)."""
    if len(span) != 1 or span.label_ not in _NOUN_LABELS:
        return False
    word = span[0]
    if not word.is_alpha or len(word) < _MIN_LETTERS or not word.text[:1].isupper():
        return False
    folded = word.lower_
    if lower.get(folded, 0) < _LOWERCASE_TIMES or folded in common_words():
        return False
    named = text.count(f"the {word.text}") + text.count(f"The {word.text}")
    return named < _LOWERCASE_TIMES


def name_before_noun(
    span: Span, knows: Callable[[str], bool], is_common: Callable[[str], bool]
) -> Span | None:
    """The known name (``knows``) of "<name> <Noun>" in ``span``, the noun capitalised,
    one word that prose writes in lowercase (``common_words``) or that this document
    writes so (``is_common``), and no institution's head ("Tumblr Bank" stays), the
    whole not known and written once (a product named by its maker and its noun, "a
    Tumblr Account", comes back), after an article or a possessive determiner
    (``_DETERMINERS``); ``None`` otherwise."""
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
    if not knows(name.text) or knows(span.text) or doc_text(doc).count(span.text) > 1:
        return None
    return Span(doc, name.start, name.end, label=span.label_)
