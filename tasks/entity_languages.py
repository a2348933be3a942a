"""Languages the model types as nationalities.

``languages_by_use(mentions)`` gives LANGUAGE to a nationality word (NORP) that names a
language (``language_names``: "Japanese", "French") where the text uses it as the
language: the object of a verb of speaking or learning ("learn Japanese", "speaking
French") or after "in" ("written in Japanese"), with no noun after it for it to qualify
("Japanese authorities", "in German domestic demand" stay NORP).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import pycountry

from tasks.entity_labels import Placed

# Verbs whose object is a language ("speak French", "learning Japanese", "translated
# into English" has "into"): compiled by hand from the verbs of speaking, learning and
# translating.
_LANGUAGE_VERBS = frozenset({"speak", "learn", "study", "teach", "understand", "translate"})
# Prepositions before a language used as one ("written in Japanese", "translated into
# English").
_LANGUAGE_PREPOSITIONS = frozenset({"in", "into"})
# What may follow a language used as one: a mark, a conjunction, a preposition, a verb
# or an adverb ("in Japanese, please", "learn Japanese and Korean", "speak French
# fluently"); a noun or an adjective makes it the nationality ("in German domestic
# demand").
_AFTER_LANGUAGE = frozenset(
    {"PUNCT", "CCONJ", "SCONJ", "ADP", "VERB", "AUX", "ADV", "PART", "SPACE"}
)


def languages_by_use(mentions: Sequence[Placed]) -> None:
    """Relabel, and pin, the NORP mentions that ``_used_as_language`` finds; curated
    (pinned) mentions stay."""
    for mention in mentions:
        if mention.label != "NORP" or mention.pinned:
            continue
        if mention.canonical in language_names() and _used_as_language(mention):
            mention.label, mention.pinned = "LANGUAGE", True


def _used_as_language(mention: Placed) -> bool:
    """Whether the one-word mention follows a verb of ``_LANGUAGE_VERBS`` (any form) or a
    preposition of ``_LANGUAGE_PREPOSITIONS``, and only a word of ``_AFTER_LANGUAGE``
    (or nothing) follows it."""
    span = mention.span
    doc = span.doc
    if len(span) != 1 or span.start == 0:
        return False
    if span.end < len(doc) and doc[span.end].pos_ not in _AFTER_LANGUAGE:
        return False
    before = doc[span.start - 1]
    return before.lower_ in _LANGUAGE_PREPOSITIONS or before.lemma_.lower() in _LANGUAGE_VERBS


@cache
def language_names() -> frozenset[str]:
    """The one-word English names of the living languages of ISO 639-3 (``pycountry``)
    with a two-letter ISO 639-1 code, the widely written ones ("Japanese", "French",
    "Swahili")."""
    return frozenset(
        language.name
        for language in pycountry.languages
        if hasattr(language, "alpha_2")
        and getattr(language, "type", "") == "L"
        and " " not in language.name
    )
