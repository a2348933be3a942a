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

from tasks.entity_acronyms import is_legal_form
from tasks.person_gender import is_first_name

# One partner's surname: a capitalised word, hyphened or not ("Moss-Orr"), or two
# ("Merrill Lynch" of "Merrill Lynch, Pierce, Fenner and Smith").
_PARTNER = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_MEMBER = rf"{_PARTNER}(?: {_PARTNER})?"
_SEQUENCE = re.compile(
    rf"(?<![\w.’'-])(?P<names>{_MEMBER}(?:, {_PARTNER}){{1,5}},? (?:and|&) {_PARTNER})"
    rf"(?P<form>(?: (?:Securities|Capital|Partners))?(?: [A-Z][a-z]*\.?)?)"
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
        if 2 * places >= len(names) or _given_names(text, names):
            continue
        end = match.end("names")
        form = match.group("form").split()
        legal = bool(form) and is_legal_form(form[-1], names[-1])
        if legal:
            end = match.end("form")
        elif not _firm_context(text, match.start(), end):
            continue
        firm = text[match.start() : end]
        found.append((match.start(), end, firm))
        found.extend((*at, firm) for at in _short_names(text, names, match.start(), end))
    return sorted(set(found))


def _partners(names: str) -> list[str]:
    """The partners' names of a firm's name ("Hale, Moss and Penn": Hale, Moss, Penn)."""
    return [name.strip() for name in re.split(r",|\band\b|&", names) if name.strip()]


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
