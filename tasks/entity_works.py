"""Titles of works named after their hero, which the model cuts to the hero's name.

A book, a film or a game is often called after its hero and what the hero meets
("Tom Thumb and the Silver Spoon", "Ada Quill and the Clockwork Fox: Part 2"); the
small model tags the hero as a person and leaves the rest. ``work_after_hero(span)``
widens such a person's span to the whole title, a ``WORK_OF_ART``, when the document
writes that title more than once (a list of the hero's books, a citation): a story
that runs a person and an organisation together once ("Jo Bell and the Rail Union,")
keeps them apart.

A guide or a handbook is titled by its kind and what it covers ("The Walker's Guide to
Upland Birds"); the model stops the name at "Guide". ``guide_title(span)`` runs such a
name on through the capitalised words after "to", "for" or "on", a ``WORK_OF_ART``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from tasks.entity_labels import org_head
from tasks.nlp import doc_text, span_text, word_lower, word_text

# Lowercase words a title goes on with between its capitalised words ("Goblet of
# Fire", "Order of the Phoenix"), and the marks that close a title in a list or a
# citation.
_TITLE_JOINS = frozenset({"of", "the", "in", "on", "to", "at"})
_TITLE_ENDS = frozenset({",", ":", "(", ")", ".", ";"})
_LONGEST_TITLE = 8
# The kinds of book a title opens with before what they cover, and the words that lead
# to it ("Guide to …", "Handbook for …", "Primer on …").
_GUIDE_HEADS = frozenset({"guide", "handbook", "primer", "manual", "companion"})
GUIDE_LINKS = frozenset({"to", "for", "on"})
# The kinds of book, film or play titled after the life of their subject ("The Memoirs
# of …", "The Life of …"): the opening nouns of biographies, memoirs and biopics in
# Wikipedia's lists of autobiographies and of biographical films, gathered by hand.
_STORY_KINDS = frozenset(
    {
        "Memoirs",
        "Memoir",
        "Diaries",
        "Diary",
        "Letters",
        "Journals",
        "Life",
        "Lives",
        "Confessions",
        "Autobiography",
        "Education",
        "Adventures",
        "Travels",
        "Story",
        "Legend",
    }
)
_SHORT_TITLE = 3
# The marks a series' title holds between its words ("Spells & Charms", "Years 5-7").
_POSSESSIVES = frozenset({"'s", "’s"})
_SERIES_MARKS = frozenset({"&", "-", "–", "'", "’"})


def work_after_hero(span: Span, is_curated: Callable[[str], bool]) -> Span | None:
    """The title "<hero> and the <capitalised words>" around a person's span, closed by
    a mark or a line's end, with a part's number after a colon ("…: Part 2") when the
    document writes it; ``None`` unless the document writes the title (without the
    part) twice or more, or when the words after "the" name an organisation (a curated
    name, ``is_curated``, or one ending with an institution's head noun or "Party")."""
    doc = span.doc
    start = span.end
    if span.label_ != "PERSON" or start + 2 >= len(doc):
        return None
    if doc[start].lower_ != "and" or doc[start + 1].lower_ != "the":
        return None
    end = _title_end(doc, start + 2)
    if end is None or _organisation(doc[start + 2 : end], is_curated):
        return None
    title = doc[span.start : end].text
    if doc_text(doc).count(title) < 2:
        return None
    return Span(doc, span.start, _with_part(doc, end), label="WORK_OF_ART")


def _organisation(words: Span, is_curated: Callable[[str], bool]) -> bool:
    """Whether ``words`` name an organisation rather than what a hero meets."""
    names = [token.text for token in words]
    return is_curated(words.text) or org_head(names) or names[-1].casefold() == "party"


def _title_end(doc, start: int) -> int | None:
    """The end of a title's words from ``start``: capitalised words, hyphens inside a
    word and the lowercase joins, the last a capitalised word, at a closing mark, a
    line's end or the text's end; ``None`` when the words run on into a sentence."""
    end = start
    while end < len(doc) and end - start < _LONGEST_TITLE and _title_word(doc[end]):
        end += 1
    while end > start and doc[end - 1].lower_ in _TITLE_JOINS:
        end -= 1
    if end == start or not doc[end - 1].text[:1].isupper():
        return None
    closed = end == len(doc) or doc[end].is_space or doc[end].text in _TITLE_ENDS
    return end if closed else None


def _title_word(token: Token) -> bool:
    hyphen = token.text == "-" and not token.whitespace_ and not token.nbor(-1).whitespace_
    capitalised = token.is_alpha and token.text[:1].isupper()
    return capitalised or hyphen or token.lower_ in _TITLE_JOINS


def _with_part(doc, end: int) -> int:
    """``end`` past ": Part <number>" when the title goes on with one."""
    part = end + 2 < len(doc) and doc[end].text == ":" and doc[end + 1].text == "Part"
    return end + 3 if part and doc[end + 2].like_num else end


def guide_title(span: Span) -> Span | None:
    """The title "<… Guide> to <capitalised words>" (``_GUIDE_HEADS``, ``GUIDE_LINKS``)
    from ``span``, which ends at its kind's capitalised word, to the last capitalised
    word of the run after the link, a WORK_OF_ART; ``None`` when no capitalised word
    follows the link."""
    doc = span.doc
    link = span.end
    if link + 1 >= len(doc) or word_lower(doc, link) not in GUIDE_LINKS:
        return None
    head = doc[link - 1]
    if head.lower_ not in _GUIDE_HEADS or not head.text[:1].isupper():
        return None
    end = link + 1
    while end < len(doc) and end - link <= _LONGEST_TITLE and _title_word(doc[end]):
        end += 1
    while end > link + 1 and not doc[end - 1].text[:1].isupper():
        end -= 1
    if end == link + 1:
        return None
    return Span(doc, span.start, end, label="WORK_OF_ART")


def life_story_title(span: Span) -> Span | None:
    """The title "The <kind> of <person>" ("The Letters of Jo Bell", ``_STORY_KINDS``)
    around the person's ``span``, with a short title before a colon when one opens it
    ("JB: The Letters of Jo Bell"), a ``WORK_OF_ART``; ``None`` when the person is not
    the subject of such a title, its article and kind capitalised."""
    doc = span.doc
    start = span.start
    if span.label_ != "PERSON" or start < 3 or doc[start - 1].lower_ != "of":
        return None
    kind, article = doc[start - 2], doc[start - 3]
    if kind.text not in _STORY_KINDS or article.text != "The":
        return None
    return Span(doc, _short_title_before(doc, start - 3), span.end, label="WORK_OF_ART")


def _short_title_before(doc, start: int) -> int:
    """``start`` before "<capitalised words>:" when they stand right before it (a short
    title that opens a subtitle), else ``start``."""
    colon = start - 1
    if colon < 1 or doc[colon].text != ":" or doc[colon].whitespace_ == "":
        return start
    first = colon
    while first > 0 and colon - first < _SHORT_TITLE and _capitalised(doc[first - 1]):
        first -= 1
    return first if first < colon and not doc[first].is_sent_start else start


def _capitalised(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def series_title(span: Span, text: str) -> Span | None:
    """The title "<span>: <capitalised words>" (a title's joins, numbers and marks
    between them), closed by a mark, a line's end or the text's end, a
    ``WORK_OF_ART``, when the document opens two lines or more with "<span>: " (after
    a list's bullet or none): the titles of a series ("Jo Quill: Sky Race", "Jo Quill:
    Cloud Castle" in a list of a hero's games), there and in its prose; ``None``
    otherwise, or when the words run on into a sentence."""
    doc = span.doc
    colon = span.end
    # The word after from the document's array first: nearly no name stands before ":".
    if colon + 1 >= len(doc) or word_text(doc, colon) != ":" or not doc[colon].whitespace_:
        return None
    opening = f"{span.text}: "
    if text.count(opening) < 2 or _lines_opened(text, opening) < 2:
        return None
    end = colon + 1
    while end < len(doc) and end - colon <= _LONGEST_TITLE and _series_word(doc[end]):
        end += 1
    while end > colon + 1 and doc[end - 1].lower_ in _TITLE_JOINS:
        end -= 1
    if end == colon + 1 or not (_capitalised(doc[end - 1]) or doc[end - 1].like_num):
        return None
    closed = end == len(doc) or doc[end].is_space or doc[end].text in _TITLE_ENDS
    return Span(doc, span.start, end, label="WORK_OF_ART") if closed else None


def _series_word(token: Token) -> bool:
    return _title_word(token) or token.like_num or token.text in _SERIES_MARKS


def _lines_opened(text: str, opening: str) -> int:
    """How many lines of ``text`` hold "<opening><a title>" alone, after a list's
    bullet or none: a speaker's name before what they say is no series."""
    pattern = re.compile(rf"^(?:[-*•] )?{re.escape(opening)}(.+)$", re.MULTILINE)
    return sum(_is_title_line(match.group(1)) for match in pattern.finditer(text))


def _is_title_line(words: str) -> bool:
    """Whether ``words`` are a title's: capitalised words or numbers, with a title's
    joins and marks between them, a capitalised word or a number last."""
    parts = words.split()
    if not parts or not (parts[-1][:1].isupper() or parts[-1][:1].isdigit()):
        return False
    return all(
        part[:1].isupper() or part[:1].isdigit() or part in _TITLE_JOINS or part in _SERIES_MARKS
        for part in parts
    )


def paired_title(span: Span) -> Span | None:
    """The titles "<A> / <B>" after an owner's possessive in ``span`` ("Jo Quill's Sea
    Glass / Low Tide", a record's two songs): the capitalised words after the "'s",
    with a slash between two of them, a ``WORK_OF_ART``; ``None`` when ``span`` holds no
    possessive, no slash, or a lowercase word after the possessive."""
    doc = span.doc
    # ``span_text``: ``Span.text`` makes a Token of every word of every mention.
    if "/" not in span_text(span):
        return None
    owner_end = next((t.i for t in span if t.lower_ in _POSSESSIVES), None)
    if owner_end is None or owner_end == span.start:
        return None
    rest = doc[owner_end + 1 : span.end]
    slash = [i for i, token in enumerate(rest) if token.text == "/"]
    if len(slash) != 1 or not 0 < slash[0] < len(rest) - 1:
        return None
    if not all(token.text == "/" or _title_word(token) or token.like_num for token in rest):
        return None
    if not (_capitalised(rest[0]) and _capitalised(rest[-1])):
        return None
    return Span(doc, rest.start, rest.end, label="WORK_OF_ART")
