"""Companies named by the place word their name opens with.

A wire story names "Acme Steel Corp" once in full and then "Acme" alone; when that
first word is also a city's or a state's name ("Phoenix", "Utah"), the model reads
the short form as the place. ``company_place_words(mentions)`` gives such a short
form the company's name and label when the document never sets the word in a place's
context (after "in", "near", …, or before a comma and a capitalised name: "Phoenix,
Ariz.") and this mention stands as a name of its own, not a modifier of a noun
("Utah regulators").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from tasks.entity_acronyms import LEGAL_FORMS
from tasks.entity_people import Named
from tasks.entity_wire import is_country

# Labels the model gives a company's short form read as a place.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Words before a name that set it as a place ("offices in Phoenix", "mines across Utah").
_PLACE_BEFORE = frozenset(
    """in near across throughout outside around within into northern southern eastern
    western central downtown""".split()
)
# Dependencies of a name that modifies a noun ("Utah regulators", "the Phoenix area"):
# the place the noun belongs to, not the company.
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def company_place_words(mentions: Sequence[Named]) -> None:
    """Relabel, in place, each place mention of one word or two of letters alone (not
    initials: "U.S." of "U.S. Steel Corp"; not a country's name,
    as "Canada" of "Canada Development Corp" mostly stays the country) that
    opens exactly one company's name in the document (a name ending in a legal form:
    "Acme Steel Corp"), as that company, when no mention of the word sits in
    a place's context and this one is no modifier of a noun."""
    companies: dict[str, set[str]] = {}
    for mention in mentions:
        words = mention.canonical.split()
        if mention.label == "ORG" and words and words[-1].casefold().rstrip(".") in LEGAL_FORMS:
            for size in (1, 2):
                if len(words) > size and not _country_unit(words, size):
                    companies.setdefault(" ".join(words[:size]), set()).add(mention.canonical)
    if not companies:
        return
    candidates = [
        m
        for m in mentions
        if m.label in _PLACE_LABELS
        and not m.pinned
        and len(companies.get(m.name, ())) == 1
        and m.name.replace(" ", "").isalpha()
        and not is_country(m.name)
    ]
    placed = {m.name for m in candidates if _in_place_context(m.span)}
    for mention in candidates:
        if mention.name in placed or mention.span.root.dep_ in _MODIFIER_DEPS:
            continue
        (mention.canonical,) = companies[mention.name]
        mention.label = "ORG"


def _country_unit(words: list[str], size: int) -> bool:
    """Whether a company's name (``words``, legal form last) is its ``size`` opening
    words and a country before the form: a unit named by its parent and the country it
    works in ("North Hills Israel Ltd" of "North Hills Electronics Inc"), which leaves
    the opening words the parent's short name."""
    rest = [word for word in words[size:] if word.casefold().rstrip(".") not in LEGAL_FORMS]
    return bool(rest) and is_country(" ".join(rest))


def _in_place_context(span: Span) -> bool:
    """Whether a word before ``span`` sets it as a place, or a comma and a capitalised
    word follow it (a city before its state or country)."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in _PLACE_BEFORE:
        return True
    return (
        span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].text[:1].isupper()
    )
