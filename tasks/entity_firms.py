"""Partnerships named after their partners: law firms, brokers and buy-out houses.

A partnership is often called by its partners' surnames, joined by commas and "and"
("Hale, Moss, Orr and Penn"); the small model types each surname a person, or runs
the first two together as one person. ``partner_firms(text, is_place)`` finds such
names where the text gives a firm's evidence for them: a firm's word just before (a
partner of, the law firm, an account's "a/c"), a legal form just after ("… and Penn
Ltd") or a firm's verb just after ("… co-managed the issue"). Three names or more
are needed (two names and "and" are as often two people), fewer than half of them known
places (a list of cities), none given a first name anywhere in the text (a list of
people). The
firm's first two names, written together elsewhere in the text ("Hale Moss"), are
its short name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from tasks.calendar_words import MONTHS, WEEKDAYS
from tasks.entity_acronyms import is_legal_form
from tasks.person_gender import is_first_name

# One partner's surname: a capitalised word ("McOrr" with a second capital), hyphened
# or not ("Moss-Orr"), or two ("Merrill Lynch" of "Merrill Lynch, Pierce, Fenner and
# Smith").
_PARTNER_REST = r"[a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?"
_PARTNER = rf"[A-Z]{_PARTNER_REST}"
_SEQUENCE = re.compile(
    # Not inside a word, nor after a person's initial ("W.I. Hale, Sons and Co"). The
    # look-behinds follow the first capital, so that the regex engine skips to capitals
    # instead of trying them at every position of the text.
    r"(?P<names>[A-Z](?<![\w.’'-][A-Z])(?<![\s.][A-Z]\. [A-Z])"
    rf"{_PARTNER_REST}(?: {_PARTNER})?(?:, {_PARTNER}){{1,5}},? (?:and|&) {_PARTNER})"
    r"(?![\w’'-])"
    r"(?P<form>(?: (?:Securities|Capital|Partners))?(?: (?:[A-Z][a-z]+|inc)\.?(?!\w))?)"
)
# The words that name the firm just before its name: a partner's (or an associate's,
# a counsel's) place at it, a law or accounting firm, an account held by it (the
# charter and freight wires' "a/c"), an investment bank or a broker acting.
_FIRM_BEFORE = re.compile(
    r"(?:(?:partner|associate|counsel|lawyers?|attorneys?|accountants?|analysts?) "
    r"(?:with|at|of|in|for)(?: the(?: law| accounting)? firm(?: of)?)?"
    r"|(?:law|accounting|brokerage|investment|advisory|consulting) firm(?: of)?"
    r"|firm of|a/c|brokers?|underwriters?|bankers?|advised by|led by|managed by)"
    r",? $",
    re.IGNORECASE,
)
# What a firm does in a name's place just after it (managing or advising a deal).
_FIRM_AFTER = re.compile(
    r",? (?:co-managed|co-manages|managed|manages|underwrote|underwrites|advised|advises"
    r"|represented|represents|acted|acts)\b"
)
_BEFORE_WINDOW = 48


def partner_firms(text: str, is_place: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """``(start, end, firm)`` for each partnership named by its partners in ``text``
    (with the legal form after it, when there is one) and for each of its short names
    (its first two names together): character offsets and the firm's full name, in text
    order; empty when the text names none."""
    if " and " not in text and " & " not in text:
        return []
    found: list[tuple[int, int, str]] = []
    for match in _SEQUENCE.finditer(text):
        names = _partners(match.group("names"))
        # A place may be a partner's name too ("Hamilton"): a list of places is mostly
        # places.
        places = sum(map(is_place, names))
        if 2 * places >= len(names) or _listed_companies(names) or _given_names(text, names):
            continue
        start, end = match.start(), match.end("names")
        if _opener(names[0]):
            # "On Monday, Hale, Moss and Co": the firm starts after the opening words.
            names = names[1:]
            start = text.index(names[0], start)
        form = match.group("form").split()
        if form and is_legal_form(form[-1], names[-1]):
            end = match.end("form")
        elif is_legal_form(names[-1], "and"):
            # "… and Co.": the form's stop is part of the name.
            end += text.startswith(".", end)
        elif form or not _firm_context(text, start, end):
            # A capitalised word after the names that is no legal form goes on with
            # another name ("… and Penn Insurance Agency"), which the model keeps.
            continue
        if len(names) < 3 or (" " in names[0] and _partners_but_forms(names) < 3):
            # Two names and a form after a two-word name are as often two firms
            # ("Hale Moss, Penn and Co": Hale Moss and Penn and Co).
            continue
        firm = text[start:end]
        # A wire bracket's name is already one organisation, as the bracket writes it.
        if not text.startswith("<", start - 1):
            found.append((start, end, firm))
        found.extend((*at, firm) for at in _short_names(text, names, start, end))
    return sorted(set(found))


def _partners(names: str) -> list[str]:
    """The partners' names of a firm's name ("Hale, Moss and Penn": Hale, Moss, Penn)."""
    return [name.strip() for name in re.split(r",|\band\b|&", names) if name.strip()]


def _partners_but_forms(names: list[str]) -> int:
    """How many of a firm's ``names`` are partners' names, not its legal form ("Co")."""
    return sum(not is_legal_form(name, "and") for name in names)


def _opener(name: str) -> bool:
    """Whether a first partner's name opens with a function word or a day or month
    name, written with a capital at a sentence's start ("On Monday", "In May")."""
    first = name.split()[0].casefold()
    return first in STOP_WORDS or first in WEEKDAYS or first in MONTHS


def _listed_companies(names: list[str]) -> bool:
    """Whether a name but the last holds a legal form ("Hale Inc, Moss and Penn Co"): a
    list of companies, each named in full, not one firm."""
    return any(is_legal_form(word) for name in names[:-1] for word in name.split()[1:])


def _firm_context(text: str, start: int, end: int) -> bool:
    """Whether the words just before ``start`` or just after ``end`` name a firm (or a
    wire service's bracket holds the name)."""
    before = text[max(0, start - _BEFORE_WINDOW) : start]
    # A wire service's angle bracket holds a company's name.
    if before.endswith("<"):
        return True
    return bool(_FIRM_BEFORE.search(before) or _FIRM_AFTER.match(text, end))


def _given_names(text: str, names: list[str]) -> bool:
    """Whether the text writes any of ``names`` after a first name ("Jo Moss"): the
    list names people, not a firm."""
    for name in names:
        for match in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(name)}\b", text):
            if is_first_name(match.group(1)):
                return True
    return False


def _short_names(text: str, names: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """Offsets, outside ``start:end``, of the firm's first two names written together."""
    short = f"{names[0]} {names[1]}"
    return [
        (match.start(), match.end())
        for match in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w])", text)
        if match.end() <= start or match.start() >= end
    ]
