"""Common words of a title-case heading, which the model takes for a name.

A web page sets its section headings and list items' titles on lines of their own with
every word capitalised ("Bougainvillea Pest or Disease Problems", "17. A Sword-Shaped
Key Blank", "Notes and references"); the model reads a run of those capitals as an
organisation or a person. ``without_heading_words(mentions, words)`` drops a mention
that stands on such a line when every word of the line but its acronyms is a common
word: one news prose writes only in lowercase (``common_words``), or one the page
itself writes in lowercase that the news does not also write as a name (``name_words``:
"court", "house" stay). A heading that holds a name ("The Unbound Collection by
Hyatt"), a curated (pinned) name, a given name, a word in capitals (an acronym) and a
title (WORK_OF_ART: a list of films or books is a list of headings) stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tasks.common_words import common_words, name_words
from tasks.entity_filters import WordCase
from tasks.entity_labels import PlacedT
from tasks.person_gender import is_first_name

# The labels the model gives a heading's common words; a title is left alone.
_HEADING_FROM = frozenset({"ORG", "PERSON", "PRODUCT", "FAC", "EVENT", "LAW"})
# The small words a title-case heading leaves in lowercase.
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or over per the to vs with".split()
)
# A list item's marker before a heading: "17.", "3)", "-", "*", "#".
_MARKER = re.compile(r"^(?:\d{1,3}[.)]|[-*#•])\s+")
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_MOST_WORDS = 10
# A heading ends on a word, a figure, a bracket or a question mark, never on the stop,
# comma or colon of a sentence.
_SENTENCE_ENDS = (".", ",", ":", ";", "!")


def without_heading_words(mentions: Sequence[PlacedT], words: WordCase) -> list[PlacedT]:
    """``mentions`` without those made only of common words on a title-case heading's
    line (see the module's docstring); ``words``: the document's word counts and lines."""
    return [m for m in mentions if not _heading_words(m, words)]


def _heading_words(mention: PlacedT, words: WordCase) -> bool:
    if mention.pinned or mention.label not in _HEADING_FROM:
        return False
    written = words.text[mention.span.start_char : mention.span.end_char]
    parts = words_in(written)
    if not parts or not all(common_on_page(part, words) for part in parts):
        return False
    start, end = words.line_bounds(mention.span)
    line = words.text[start:end]
    if not is_heading(line):
        return False
    # A heading that holds a name is about it: its other capitals may be the name's.
    rest = [word for word in words_in(line) if not word.isupper()]
    return all(common_on_page(word, words) for word in rest)


def words_in(text: str) -> list[str]:
    """The words of ``text`` (letters first, then letters, figures and apostrophes), in
    order."""
    return _WORD.findall(text)


def common_on_page(word: str, words: WordCase) -> bool:
    """Whether ``word`` is a common word on this page: not in capitals nor a given name,
    and written in lowercase by the news only, or by the page and not as a name by the
    news."""
    if word.isupper() or is_first_name(word):
        return False
    folded = word.lower()
    if folded in _SMALL_WORDS or folded in common_words():
        return True
    return words.lower.get(folded, 0) > 0 and folded not in name_words()


def is_heading(line: str) -> bool:
    """Whether ``line`` reads as a title-case heading: at most ten words after a list
    marker, each capitalised but the small words a title leaves in lowercase, and no
    sentence's stop or comma at its end."""
    stripped = _MARKER.sub("", line.strip())
    if not stripped or stripped.endswith(_SENTENCE_ENDS):
        return False
    found = words_in(stripped)
    if not found or len(found) > _MOST_WORDS:
        return False
    return all(word[0].isupper() or word in _SMALL_WORDS for word in found)
