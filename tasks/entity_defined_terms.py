"""Defined terms of a policy or an agreement, which the model takes for names.

A privacy policy or a site's terms capitalise the common words they give a defined
sense ("the Application", "our Users", "Log Data") and define some in quotes
("Aggregate Information" is data we collect …, … your use ("Log Data")). The model reads
them as organisations or people. ``without_defined_terms(mentions, words)`` drops, in a
text that names itself a policy or terms and defines at least one term of common words
in quotes, every mention of a term it defines so and every one-word mention of a common
word (``common_on_page`` of ``tasks/entity_headings.py``). A company ("Google"), a
curated name, a given name, an acronym, a law and a longer name the text does not define
("Network Advertising Initiative", "Fair Information Practices") stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tasks.entity_filters import WordCase
from tasks.entity_headings import common_on_page, words_in
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
# The labels the model gives a defined term; a law stays (a policy cites laws by name).
_DEFINED_FROM = frozenset({"ORG", "PERSON", "PRODUCT", "FAC", "GPE", "NORP", "WORK_OF_ART"})


def without_defined_terms(mentions: Sequence[PlacedT], words: WordCase) -> list[PlacedT]:
    """``mentions`` without the defined terms of a policy or terms (see the module's
    docstring); ``words``: the document's text and word counts."""
    defined = _defined_terms(words)
    if not defined:
        return list(mentions)
    return [m for m in mentions if not _defined_term(m, defined, words)]


def _defined_terms(words: WordCase) -> set[str]:
    """The terms of common words the text defines in quotes, when it calls itself a
    policy or terms; none otherwise."""
    if _POLICY.search(words.text) is None:
        return set()
    terms = {match.group(1) or match.group(2) for match in _DEFINED.finditer(words.text)}
    return {term for term in terms if all(common_on_page(w, words) for w in words_in(term))}


def _defined_term(mention: PlacedT, defined: set[str], words: WordCase) -> bool:
    """Whether the mention is a term the text defines, or one common word of it."""
    if mention.pinned or mention.label not in _DEFINED_FROM:
        return False
    written = words.text[mention.span.start_char : mention.span.end_char]
    if written in defined:
        return True
    parts = words_in(written)
    return len(parts) == 1 and written == parts[0] and common_on_page(written, words)
