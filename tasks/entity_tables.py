"""Tables whose column header says what its cells name.

A web page's table comes out of ingestion as lines of cells between bars, its
header row followed by a rule (``| Constituency | MP |`` then ``|---|---|``). In a
column headed "Constituency", "City" or "Country" every cell that reads as a name
("Nuneaton", "Torridge and West Devon", "Richmond (Yorks)") is one place, whatever
the model made of its words (a person, an organisation, two places); under
"Member of Parliament" or "Player", a person. ``typed_cells(text)`` finds those
cells with their offsets and the label their header gives, and the header cells
themselves, which name no entity (a capitalised "Constituency" heading its column).

Where the header words come from: compiled by hand by the dossier maintainers from
the column headers of lists of places and people on news and reference pages
(electoral tables, league tables, lists of cities). A header is matched whole,
case folded, singular or plural.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

_PLACE_HEADERS = """constituency|city|town|village|country|nation|state|county|province|borough|
district|municipality|capital|capital city|hometown|home town|birthplace|place of birth|
electoral district|riding|ward"""
_PERSON_HEADERS = """mp|member|member of parliament|candidate|player|senator|representative|
governor|mayor|minister|author|actor|actress|director|driver|rider|athlete|manager|coach"""
HEADER_LABELS = {
    **{h.strip(): "GPE" for h in _PLACE_HEADERS.split("|")},
    **{h.strip(): "PERSON" for h in _PERSON_HEADERS.split("|")},
}
_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+\s*$")
# A cell that reads as a name: words opening with a capital (or joined by "and",
# "of", "upon", "the", "-", a comma), an optional place in parentheses ("Richmond
# (Yorks)").
_NAME_CELL = re.compile(
    r"^(?:Sir |Dame |Dr |Mr |Mrs |Ms )?"
    r"[A-Z][\w.'’-]*(?:(?:[ -]|, (?=[A-Z]))"
    r"(?:and|of|upon|on|the|in|de|la|le|du|van|von|[A-Z][\w.'’-]*))*"
    r"(?: \([A-Z][\w.'’ -]*\))?$"
)
_MAX_WORDS = 6


class TypedCell(NamedTuple):
    start: int
    end: int
    label: str


def typed_cells(text: str) -> Iterator[TypedCell]:
    """The cells of ``text``'s tables under a header that names their type, as
    ``(start, end, label)`` offsets of the cell's text without its padding; such a
    header cell itself with the label ``""``: a column's title, no entity."""
    if "|-" not in text and "| -" not in text:
        return
    labels: dict[int, str] = {}
    previous: tuple[int, str] | None = None
    position = 0
    for line in text.splitlines(keepends=True):
        start, position = position, position + len(line)
        row = line.rstrip("\r\n")
        if not row.startswith("|"):
            labels, previous = {}, None
            continue
        if _RULE.match(row):
            if previous is not None:
                labels = _header_labels(previous[1])
                # The header itself names no entity ("Constituency", "Player").
                for index, (cell_start, cell) in enumerate(_cells(previous[1], previous[0])):
                    if index in labels:
                        yield TypedCell(cell_start, cell_start + len(cell), "")
            continue
        previous = (start, row)
        for index, (cell_start, cell) in enumerate(_cells(row, start)):
            label = labels.get(index)
            if label and _is_name(cell):
                yield TypedCell(cell_start, cell_start + len(cell), label)


def _header_labels(row: str) -> dict[int, str]:
    labels = {}
    for index, (_, cell) in enumerate(_cells(row, 0)):
        folded = " ".join(cell.casefold().split())
        label = HEADER_LABELS.get(folded) or HEADER_LABELS.get(_singular(folded))
        if label:
            labels[index] = label
    return labels


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def _cells(row: str, offset: int) -> Iterator[tuple[int, str]]:
    """The cells of a table row (``| a | b |``) with their start offsets, stripped."""
    position = 1
    parts = row.split("|")[1:-1] if row.rstrip().endswith("|") else row.split("|")[1:]
    for part in parts:
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        yield offset + position + lead, stripped
        position += len(part) + 1


def _is_name(cell: str) -> bool:
    """A cell that reads as one name; with commas only as a list of names closed by
    "and" that is itself a name ("Ruislip, Northwood and Pinner", a constituency),
    not a place and its region ("Austin, Texas")."""
    return (
        bool(cell)
        and len(cell.split()) <= _MAX_WORDS
        and not any(ch.isdigit() for ch in cell)
        and ("," not in cell or " and " in cell)
        and _NAME_CELL.match(cell) is not None
    )
