"""Reference lists: the bibliography lines of a page ("Smith J, Doe A. Title. Journal
2019;12:1-9.") name their authors and journals, not people of the running text.

``is_reference_line(line)`` tells a line of a reference list; on such a line,
``in_reference_authors(span, line, line_start)`` is True for a mention in the author
list that opens it: the model's spans there are replaced by
``reference_authors(line, line_start)``, one ``(start, end)`` per author written as
a surname and initials ("Watson JM", "Pavlos R"), kept as written and never joined
to a person of the running text. ``reference_journal(span, line, line_start)`` is
True for the journal's name just before the year ("N Engl J Med. 2006;355:…"), an
organisation; ``journal_name(abbreviation)`` spells out its title word by word
("Clin Rheumatol" → "Clinical Rheumatology").
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from spacy.tokens import Span

from tasks.nlp import span_text

# A reference line: a year followed by a volume ("2006;355:2523", "2014;4(3):1", or
# a volume closing the line, "2014;2014."), or
# "et al" with a year, or a PubMed or DOI marker.
_REFERENCE = re.compile(
    r"\b(?:19|20)\d\d\s*;\s*\d+\s*(?:[(:]|\.\s*$)"
    r"|\bet al\b.*\b(?:19|20)\d\d\b|\[PMID:|\bdoi:\s*10\.",
    re.IGNORECASE,
)
# The author list that opens it: names with initials up to "et al." or the initials
# and full stop closing the list ("Zhu YI, Stiller MJ. Dapsone …").
_AUTHORS = re.compile(
    r"^[\s\-–•*\d.\[\]]*(?P<authors>[^\W\d_][^.]*?(?:\bet al\s*\.|\b[A-Z]{1,3}\s*\.)(?=\s|$))"
)
_AUTHOR = re.compile(
    r"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’-]*[a-z][\w'’-]*[ -])*[A-Z][\w'’-]*[a-z][\w'’-]*"
    r"\s+[A-Z]{1,3}(?:-[A-Z]{1,2})?(?:\s+Jr)?)(?![\w'’-])"
)
_BEFORE_YEAR = re.compile(r"^\s*\.?\s*(?:19|20)\d\d\b")


_MARKERS = (";", "et al", "PMID", "doi:")
# The link buttons publishers print after each reference of a reference list ("…
# 1995;123:518-27 Link Google Scholar", "Crossref | PubMed | Google Scholar": the
# reference lists of Atypon, Springer and Elsevier pages), often run together with the
# one before ("LinkGoogle Scholar"): page furniture, not a mention of the service.
# Round 26: "Medline" (the National Library of Medicine's database), which the ACP
# Journals' lists run in between ("CrossrefMedlineGoogle Scholar"); after "Crossref",
# as the buttons are printed.
_CITATION_BUTTONS = frozenset(
    {"google scholar", "crossref", "pubmed", "medline", "web of science", "scopus"}
)
_GLUED_BUTTONS = ("Link", "Article", "Crossref", "Medline", "PubMed", "CAS")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def is_reference_line(line: str) -> bool:
    """True for a line of a reference list (the callers ask once per line)."""
    if not any(marker in line for marker in _MARKERS):
        return False
    return _REFERENCE.search(line) is not None


def citation_button(span: Span, line: str, line_start: int) -> bool:
    """True when ``span`` (on the document's line ``line``, which starts at
    ``line_start``) is a reference's link button: one of ``_CITATION_BUTTONS`` (after a
    button run into it, "LinkGoogle Scholar"), closing a line that cites a year before
    it, with nothing but other buttons after it."""
    name = span_text(span)
    for glued in _GLUED_BUTTONS:
        if name.startswith(glued) and name[len(glued) : len(glued) + 1].isupper():
            name = name[len(glued) :]
    if name.casefold() not in _CITATION_BUTTONS:
        return False
    before = line[: span.start_char - line_start]
    after = line[span.end_char - line_start :]
    rest = after.replace("|", " ").split()
    return _YEAR.search(before) is not None and all(word in _GLUED_BUTTONS for word in rest)


def in_reference_authors(span: Span, line: str, line_start: int) -> bool:
    """True when ``span`` (on a reference line) lies in the author list opening it."""
    match = _AUTHORS.match(line)
    if match is None:
        return False
    return span.start_char - line_start < match.end("authors")


def reference_authors(line: str, line_start: int) -> list[tuple[int, int]]:
    """``(start, end)`` in the document of each author ("Watson JM") of the author list
    opening a reference line."""
    match = _AUTHORS.match(line)
    if match is None:
        return []
    block = match.group("authors")
    offset = line_start + match.start("authors")
    return [(offset + a.start("name"), offset + a.end("name")) for a in _AUTHOR.finditer(block)]


def reference_journal(span: Span, line: str, line_start: int) -> bool:
    """True when ``span`` (on a reference line) is followed by the year: the journal."""
    after = line[span.end_char - line_start :]
    return _BEFORE_YEAR.match(after) is not None


def journal_extent(span: Span) -> Span:
    """A cited journal's whole abbreviated title: the model leaves out the capitalised
    words that open it ("[J] Dermatol Treat", "[Korean J Asthma Allergy] Clin
    Immunol"), back to the full stop that ends the article's title before it."""
    doc = span.doc
    start = span.start
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
        start -= 1
    if start == span.start or start == 0 or doc[start - 1].text != ".":
        return span
    return Span(doc, start, span.end, label=span.label_)


# Title words after which ISO 4 drops an "of" ("Journal of Clinical Investigation").
_OF_AFTER = frozenset({"Journal", "Annals", "Archives", "Proceedings", "Transactions", "Bulletin"})


def journal_name(abbreviation: str) -> str | None:
    """The title of a journal cited by its ISO 4 abbreviation, each word spelled out
    from ``tasks/data/journal_words.toml`` ("Osteoporos Int" → "Osteoporosis
    International", "J Clin Invest" → "Journal of Clinical Investigation"), a field's
    abbreviation its adjective before another word ("J Dermatol Sci" → "Journal of
    Dermatological Science"); ``None`` when a word is neither there nor an acronym
    ("BMC"), or nothing is abbreviated."""
    table, adjectives = _journal_words()
    words = abbreviation.replace(".", " ").split()
    spelled: list[str] = []
    for index, word in enumerate(words):
        if word.isupper() and len(word) > 1:
            spelled.append(word)
            continue
        last = index == len(words) - 1
        full = (None if last else adjectives.get(word)) or table.get(word)
        if full is None:
            return None
        spelled.append(full)
        if full in _OF_AFTER and not last:
            spelled.append("of")
    name = " ".join(spelled)
    return name if name != " ".join(words) else None


@cache
def _journal_words() -> tuple[dict[str, str], dict[str, str]]:
    """The title words of ``journal_words.toml`` and, for the abbreviations of a field
    and its adjective, the adjective they stand for before another word."""
    source = resources.files("tasks") / "data" / "journal_words.toml"
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    return data["words"], data["adjectives"]
