"""The sector a company's name tells, for a story about the company's business.

A wire story about one company often never writes its sector's words: an electric
utility's rate case tells of "rates" and "revenues", a courier's monthly figures of
"packages", a savings bank's annual figures of "net" alone. The name says the sector
("Harlow Hydro-Electric Co", "Brightwater Express Corp", "Carden Institution for
Savings"), and a reader files the story there. The words come from
``tasks/data/company_sectors.toml`` and from the taxonomy's ``trade`` words; which
company is the story's, and whether the story is about its business, the caller
(``tasks.themes``) decides.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&'-]*")


@dataclass(frozen=True, slots=True)
class SectorNames:
    """Sector words of company names, and what rules them out.

    ``words``: a name's last words in lower case -> the ids of the themes they tell;
    ``senses``: names in lower case that end with a sector's word and are another
    trade's; ``capital``: words of a capital notice in lower case, as written (a
    payout, an offering, a stake)."""

    words: Mapping[str, tuple[str, ...]]
    senses: tuple[str, ...]
    capital: frozenset[str]

    def themes_of(self, name: str, ending: str) -> tuple[str, ...]:
        """The theme ids of the sector word that ends ``ending``, the words of the
        company's name ``name`` before its legal form and its place in lower case
        ("power and light" of "Harlow Power and Light Co of Ohio"); none for a name
        of ``senses``."""
        lowered = " ".join(_WORD.findall(name)).lower()
        if any(sense in lowered for sense in self.senses):
            return ()
        return tuple(
            theme
            for word, themes in self.words.items()
            if ending == word or ending.endswith(" " + word)
            for theme in themes
        )

    @property
    def industries(self) -> frozenset[str]:
        """The ids of the themes a company's name can tell: the industries."""
        return frozenset(theme for themes in self.words.values() for theme in themes)

    def is_capital_notice(self, words: Iterable[str]) -> bool:
        """Whether any of ``words`` (lower case) is a word of a capital notice."""
        return any(word in self.capital for word in words)


def sector_names(trades: Mapping[str, Iterable[str]], known: Iterable[str]) -> SectorNames:
    """The shipped sector words merged with the taxonomy's ``trades`` (theme id -> its
    ``trade`` words) but those the file's ``name_alone`` excludes, for the theme ids of
    ``known`` (a taxonomy without a theme of the file leaves its words out)."""
    data = sector_data()
    known = set(known)
    excluded = {word.lower() for word in data.get("name_alone", {}).get("excluded", [])}
    words: dict[str, list[str]] = {}
    listed = list(trades.items()) + list(data.get("sectors", {}).items())
    for theme, terms in listed:
        if theme not in known:
            continue
        for term in (term for term in terms if term.lower() not in excluded):
            themes = words.setdefault(term.lower(), [])
            if theme not in themes:
                themes.append(theme)
    return SectorNames(
        {word: tuple(themes) for word, themes in words.items()},
        tuple(name.lower() for name in data.get("senses", {}).get("names", [])),
        frozenset(word.lower() for word in data.get("capital", {}).get("words", [])),
    )


@cache
def sector_data() -> dict:
    """The curated ``tasks/data/company_sectors.toml``, read once per process."""
    source = resources.files("tasks") / "data" / "company_sectors.toml"
    return tomllib.loads(source.read_text(encoding="utf-8"))
