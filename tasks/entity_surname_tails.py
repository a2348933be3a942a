"""People's names the model ended before their last surname.

A story names "Fernando Santos Alvite" once in full and then "Santos Alvite": the
model may end the first mention at "[Fernando Santos] Alvite", so the full name never
reaches the later mentions. ``with_written_surname(spans)`` widens it;
``written_like_people(mentions)`` gives a later mention of those surnames that the
model labelled otherwise the person's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span

from tasks.entity_people import Named
from tasks.nlp import doc_text, span_text

# The fewest words of a full name whose last two or more a story names a person by.
_LEAST_FULL_NAME = 3
# A place keeps its name: "Santa Cruz" may end a person's name in the story about it.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def with_written_surname(spans: list[Span]) -> list[Span]:
    """``spans`` (in text order) with each person's span of two words or more that a
    capitalised word follows on its line ("[Fernando Santos] Alvite") widened over that
    word, when another person's span of the document is its last word and that word
    ("Santos Alvite"): the two surnames the person goes by. The word may be untagged or
    a span of its own the model gave any label ("[Fernando Santos] [Alvite]" a place),
    which the widened span replaces."""
    doc = spans[0].doc if spans else None
    people = {span.text for span in spans if span.label_ == "PERSON" and len(span) == 2}
    if doc is None or not people:
        return spans
    owner = {index: span for span in spans for index in range(span.start, span.end)}
    widened: list[Span] = []
    # The one-word spans a widened span took in.
    taken_in: set[int] = set()
    for span in spans:
        if len(span) == 1 and span.start in taken_in:
            continue
        if _surname_after(span, owner, people):
            widened.append(Span(doc, span.start, span.end + 1, label="PERSON"))
            taken_in.add(span.end)
            continue
        widened.append(span)
    return widened


def _surname_after(span: Span, owner: dict[int, Span], people: set[str]) -> bool:
    """Whether the word after a person's ``span`` is its last surname (see
    ``with_written_surname``)."""
    doc, end = span.doc, span.end
    if span.label_ != "PERSON" or len(span) < 2 or end >= len(doc):
        return False
    after = owner.get(end)
    if after is not None and len(after) != 1:
        return False
    return (
        span[-1].whitespace_ == " "
        and doc[end].text.istitle()
        and f"{span[-1].text} {doc[end].text}" in people
    )


def written_like_people(mentions: Sequence[Named]) -> None:
    """Give a mention of two words or more that the passes left as written ("Santos
    Alvite" the model took for a company) the canonical name and label of the one
    person of the document whose full name of three words or more ends in those words
    ("Fernando Santos Alvite"), in place: the surnames the person goes by, not another
    thing. Places and curated mentions keep theirs."""
    people: dict[str, set[str]] = {}
    for mention in mentions:
        words = mention.canonical.split()
        if mention.label == "PERSON" and len(words) >= _LEAST_FULL_NAME:
            for start in range(1, len(words) - 1):
                people.setdefault(" ".join(words[start:]), set()).add(mention.canonical)
    if not people:
        return
    for mention in mentions:
        written = span_text(mention.span)
        full = people.get(written, ())
        if (
            len(full) == 1
            and mention.label not in _PLACE_LABELS
            # A word the document writes in lowercase closes no surname: "Al-Najjar
            # Hospital" is the hospital the model took for a person ("Youssef Al-Najjar
            # Hospital") in a story about a hospital.
            and not _written_lowercase(written.rsplit(" ", 1)[-1], mention.span)
            and not mention.pinned
            and mention.canonical == written
        ):
            (mention.canonical,) = full
            mention.label = "PERSON"


def adjacent_people(mentions: list[Named]) -> list[Named]:
    """``mentions`` (in text order) with two person mentions of one canonical name
    written one after the other, a space apart on one line ("[Carrie Lam] [Cheng
    Yuet-ngor]": an English given name and surname before the Chinese name), made one
    mention over both words: one name the model took apart."""
    joined: list[Named] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.label == mention.label == "PERSON"
            and previous.canonical == mention.canonical
            and previous.span.end == mention.span.start
            and previous.span[-1].whitespace_ == " "
        ):
            previous.span = Span(mention.span.doc, previous.span.start, mention.span.end)
            continue
        joined.append(mention)
    return joined


def _written_lowercase(word: str, span: Span) -> bool:
    """Whether the document of ``span`` writes ``word`` in lowercase somewhere."""
    lower = word.casefold()
    return lower != word and re.search(rf"\b{re.escape(lower)}\b", doc_text(span.doc)) is not None
