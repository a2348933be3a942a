"""Defined terms of a policy or an agreement, which the model takes for names.

A privacy policy or a site's terms capitalise the common words they give a defined
sense ("the Application", "our Users", "Log Data") and define some in quotes
("Aggregate Information" is data we collect …, … your use ("Log Data")). The model reads
them as organisations or people. ``without_defined_terms(mentions, words)`` drops, in a
text that names itself a policy or terms and defines at least one term of common words
in quotes, every mention made only of common words (``common_on_page`` of
``tasks/entity_headings.py``): a company ("Google"), a curated name, a given name, an
acronym and a law ("Children's Online Privacy Protection Act") stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tasks.entity_filters import WordCase
from tasks.entity_headings import common_on_page
from tasks.entity_labels import PlacedT

# What a text of defined terms calls itself.
_POLICY = re.compile(
    r"\b(?:privacy (?:policy|notice|statement)|terms (?:of (?:service|use)|and conditions)|"
    r"(?:user|licen[cs]e) agreement)\b",
    re.IGNORECASE,
)
# A term defined in quotes: a capitalised phrase of up to five words in quotes, after an
# opening bracket ('your use ("Log Data")') or before the verb of a definition
# ('"Aggregate Information" is …', '"Services" means …') or a bracketed short form
# ("'Personally Identifiable Information' (PII)").
_QUOTED_TERM = r"[\"“'‘]([A-Z][\w-]*(?: [A-Z][\w-]*){0,4})[\"”'’]"
_DEFINED = re.compile(
    rf"\((?:the |hereinafter )?{_QUOTED_TERM}\)"
    rf"|{_QUOTED_TERM}(?= (?:is|are|means|refers to|shall mean)\b| \()"
)
_WORD = re.compile(r"[^\W\d_][\w'’]*")
# The labels the model gives a defined term; a law stays (a policy cites laws by name).
_DEFINED_FROM = frozenset({"ORG", "PERSON", "PRODUCT", "FAC", "GPE", "NORP", "WORK_OF_ART"})


def without_defined_terms(mentions: Sequence[PlacedT], words: WordCase) -> list[PlacedT]:
    """``mentions`` without the defined terms of a policy or terms (see the module's
    docstring); ``words``: the document's text and word counts."""
    if not _defines_terms(words):
        return list(mentions)
    return [m for m in mentions if not _defined_term(m, words)]


def _defines_terms(words: WordCase) -> bool:
    """Whether the text calls itself a policy or terms and defines a term of common
    words in quotes."""
    if _POLICY.search(words.text) is None:
        return False
    for match in _DEFINED.finditer(words.text):
        term = match.group(1) or match.group(2)
        if all(common_on_page(word, words) for word in _WORD.findall(term)):
            return True
    return False


def _defined_term(mention: PlacedT, words: WordCase) -> bool:
    if mention.pinned or mention.label not in _DEFINED_FROM:
        return False
    written = words.text[mention.span.start_char : mention.span.end_char]
    parts = _WORD.findall(written)
    return bool(parts) and all(common_on_page(part, words) for part in parts)
