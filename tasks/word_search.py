"""Whole words and bracketed words found in a text with ``str.find``, as a few literal
regular expressions find them: the entity rules look for a document's own names (a
surname, an acronym, a cue word), a pattern per name that ``re`` compiles anew once
its cache of 512 patterns has turned over, at a cost of tens of microseconds each."""

from __future__ import annotations


def is_word_char(char: str) -> bool:
    """Regex's ``\\w`` of one character of a ``str`` pattern: a letter, a digit or an
    underscore (``str.isalnum`` is the test ``re`` makes)."""
    return char.isalnum() or char == "_"


def whole_word_starts(text: str, word: str, start: int = 0) -> list[int]:
    """The offsets in ``text`` of ``re.finditer(rf"\\b{re.escape(word)}\\b",
    text[start:])``'s matches (``start`` added back; the text before ``start`` is not
    read, as in the slice), for a non-empty ``word``: an occurrence with a word
    boundary at both ends, the next searched after it."""
    found = []
    at = text.find(word, start)
    while at >= 0:
        end = at + len(word)
        if _boundary(text, at, start) and _boundary(text, end, start):
            found.append(at)
            at = text.find(word, max(end, at + 1))
        else:
            at = text.find(word, at + 1)
    return found


def has_whole_word(text: str, word: str) -> bool:
    """``re.search(rf"\\b{re.escape(word)}\\b", text) is not None`` for a non-empty
    ``word``: the first occurrence with a word boundary at both ends ends the search."""
    at = text.find(word)
    while at >= 0:
        if _boundary(text, at, 0) and _boundary(text, at + len(word), 0):
            return True
        at = text.find(word, at + 1)
    return False


def parenthesised_at(text: str, word: str) -> int | None:
    """The offset of the opening bracket of ``re.search(rf"\\(\\s*{re.escape(word)}\\s*\\)",
    text)``'s match, else ``None``, for a ``word`` that opens and ends with no white
    space: the first occurrence with only white space between it and a bracket on
    each side. A later occurrence's bracket stands after an earlier one's (the earlier
    word lies between), so the first found is the one the regex finds."""
    at = text.find(word)
    while at >= 0:
        before = at - 1
        while before >= 0 and text[before].isspace():
            before -= 1
        after = at + len(word)
        while after < len(text) and text[after].isspace():
            after += 1
        if before >= 0 and text[before] == "(" and after < len(text) and text[after] == ")":
            return before
        at = text.find(word, at + 1)
    return None


def _boundary(text: str, at: int, start: int) -> bool:
    """Regex's ``\\b`` at offset ``at`` of ``text[start:]``: a word character on one
    side only (none before ``start`` nor after the text's end)."""
    before = at > start and is_word_char(text[at - 1])
    after = at < len(text) and is_word_char(text[at])
    return before != after
