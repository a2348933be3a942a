"""Titles of works the model took for people or organisations: a name a film's or a
show's context words stand before ("the female lead in American Beauty", "a remake of
The Fog") or after ("The Aviator, starring …") is a WORK_OF_ART, and so are the other
mentions of that name in the document (``tasks/data/entity_titles.toml``)."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from functools import cache
from importlib import resources

from spacy.tokens import Span

from tasks.entity_labels import Placed
from tasks.nlp import token_values

# A place or a group is not a work the cues name: "appeared in the UK", "a remake of
# the French original".
_NEVER = frozenset({"GPE", "LOC", "NORP", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"})
_ANY_NAME = frozenset({"PERSON", "EVENT", "FAC"})
_LONGEST_CUE = 3
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@cache
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    source = resources.files("tasks") / "data" / "entity_titles.toml"
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    return tuple(frozenset(data[part]) for part in ("any_name", "org_too", "after"))


@cache
def _cue_ends() -> frozenset[str]:
    """The last word of each cue before a name: the word just before a name must be one
    of them for a cue to stand there."""
    any_name, org_too, _ = _cues()
    return frozenset(cue.rsplit(" ", 1)[-1] for cue in any_name | org_too)


def titles_by_role(mentions: Sequence[Placed]) -> None:
    """Retype as WORK_OF_ART a mention the cue words of a work stand around, and the
    other mentions of its name. Curated (pinned) mentions keep their labels."""
    if not mentions:
        return
    # The words' lowercase forms, read once from the document's array: the rule looks
    # at the three words before every mention, which would be three Tokens each.
    lower = token_values(mentions[0].span.doc, "LOWER")
    titles = {
        m.canonical.casefold() for m in mentions if not m.pinned and _titled(m.span, m.label, lower)
    }
    if not titles:
        return
    for mention in mentions:
        if not mention.pinned and mention.canonical.casefold() in titles:
            mention.label = "WORK_OF_ART"


def _titled(span: Span, label: str, lower: list[int]) -> bool:
    """Whether a work's cue words stand around ``span`` (``lower``: the document's
    LOWER array, as a list)."""
    if label in _NEVER:
        return False
    any_name, org_too, after = _cues()
    doc = span.doc
    strings = doc.vocab.strings
    start = span.start
    if start > 0 and strings[lower[start - 1]] == "the":
        start -= 1
    # The word just before first: most names follow none that ends a cue, and then the
    # words before are not joined into the cues they could be (a word holding a space
    # may end one whatever its last word).
    last = strings[lower[start - 1]] if start > 0 else ""
    if last in _cue_ends() or " " in last:
        before = [strings[word] for word in lower[max(start - _LONGEST_CUE, 0) : start]]
        cues = {" ".join(before[i:]) for i in range(len(before))}
    else:
        cues = set()
    # A name before a possessive or a noun qualifies what follows ("a role in the Ambani
    # family", "the star of Elvis Presley musical Jailhouse Rock"): that is the work.
    wanted = any_name | org_too if label in _ANY_NAME else org_too
    # The cues first: most names have none, and then the word after them is not read.
    if cues & wanted:
        qualifies = span.end < len(doc) and (
            doc[span.end].text in _POSSESSIVE or doc[span.end].pos_ == "NOUN"
        )
        if not qualifies:
            return True
    # "Jude Law, starring as …" describes a person: a work's cue names someone next.
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    following = [t.text for t in doc[span.end + 1 : span.end + 2 + _LONGEST_CUE]]
    for cue in after:
        words = cue.split()
        named = following[len(words) : len(words) + 1]
        if [w.lower() for w in following[: len(words)]] == words and named:
            return named[0][:1].isupper()
    return False
