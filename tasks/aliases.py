"""Curated names: what a name stands for across documents, its type, and what is no entity.

Sources, in order: the shipped files ``tasks/data/entity_aliases.toml`` (places,
organisations and parties that go by several names) and
``tasks/data/entity_names.toml`` (platforms, companies, products, teams, awards, with
the type they take, and a list of non-entities), then a user's file that extends
both; then ISO 3166 country names from the ``pycountry`` package for places.

Each entry may say when it applies: ``labels`` (only for mentions the model gave one
of these labels) and ``when`` (only in documents that contain one of these cue
words, e.g. "striker" for the football club "Barcelona"). An alias written in
capitals and at most five characters long ("US", "AI") matches only a mention written in
capitals, so "Us Weekly" is not the United States.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import pycountry

from core.errors import DossierError, Errors
from tasks.word_search import has_whole_word

COUNTRY_LABELS = frozenset({"GPE", "LOC", "NORP"})
SHIPPED_FILES = ("entity_aliases.toml", "entity_names.toml")
_CASED_ALIAS = re.compile(r"^[A-Z][A-Z.&]{0,4}$")


@dataclass(frozen=True, slots=True)
class Entry:
    """What one curated name stands for, and when."""

    canonical: str
    label: str
    cased: bool = False
    labels: frozenset[str] = frozenset()
    when: frozenset[str] = frozenset()

    def applies(self, name: str, label: str, cues: str | None) -> bool:
        """True when a mention ``name`` labelled ``label`` in a document whose
        lowercased text is ``cues`` (``None``: unknown, context entries do not
        apply) is this entry."""
        if self.cased and not name.replace(".", "").replace("the ", "").isupper():
            return False
        if self.labels and label not in self.labels:
            return False
        return not self.when or (cues is not None and any(_has(cues, w) for w in self.when))


@dataclass(frozen=True, slots=True)
class AliasTable:
    """Folded name -> its entries (context entries first), and the non-entities."""

    names: dict[str, list[Entry]]
    non_entities: dict[str, bool] = field(default_factory=dict)
    longest: int = field(default=1)
    written: frozenset[str] = frozenset()
    first_words: frozenset[str] = frozenset()

    def resolve(self, name: str, label: str, cues: str | None = None) -> tuple[str, str] | None:
        """The canonical name and label for ``name``, or ``None`` if it has no alias.

        The curated files speak for any label (the model calls "Lib Dems" a person)
        unless an entry says otherwise; country names only for places and
        nationalities. ``cues`` is the document's lowercased text, for entries that
        apply only in some contexts. Entries for a context come first, then entries
        limited to some labels, then general ones ("Conservative Party" the model
        calls NORP is the NORP entry of the adjective, not the party's ORG entry)."""
        for entry in self.names.get(fold(name), ()):
            if entry.applies(name, label, cues):
                return entry.canonical, entry.label
        if label in COUNTRY_LABELS:
            return _country(name)
        return None

    def knows(self, name: str) -> bool:
        """True when ``name`` is a curated name or alias (in any context)."""
        return fold(name) in self.names

    def knows_as_written(self, text: str) -> bool:
        """True when ``text`` is a curated name or alias exactly as the files write it
        (case and all), whatever the white space."""
        return _spaced(text) in self.written

    def is_non_entity(self, name: str) -> bool:
        """True for a curated non-entity ("DIY", "Subscribe"); one listed in capitals
        ("AI") only when written in capitals."""
        cased = self.non_entities.get(fold(name))
        return cased is not None and (not cased or name.replace(".", "").isupper())


def fold(name: str) -> str:
    """Case, a leading "the", full stops and curly apostrophes do not tell names apart."""
    folded = " ".join(name.replace("’", "'").replace(".", "").split()).casefold()
    # The words are joined by single spaces now: a prefix test, not a regex, drops "the".
    return folded[4:] if folded.startswith("the ") else folded


def _spaced(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def default_aliases_path() -> Path:
    return Path(str(resources.files("tasks") / "data" / "entity_aliases.toml"))


def shipped_paths() -> list[Path]:
    """The curated name files that ship with dossier, in the order they are read."""
    return [Path(str(resources.files("tasks") / "data" / name)) for name in SHIPPED_FILES]


@cache
def load_aliases(extra_path: str | None = None) -> AliasTable:
    """The shipped name files, extended (and overridden) by ``extra_path``."""
    names: dict[str, list[Entry]] = {}
    non_entities: dict[str, bool] = {}
    written: set[str] = set()
    paths = (*shipped_paths(), *([Path(extra_path)] if extra_path else []))
    for path in paths:
        entries, stop, as_written = _read(path)
        written |= as_written
        shipped = path in shipped_paths()
        for key, found in entries.items():
            # The shipped files add up; a user's entry for a name replaces theirs.
            merged = [*names.get(key, []), *found] if shipped else found
            names[key] = sorted(merged, key=lambda e: (not e.when, not e.labels))
        non_entities.update(stop)
    _refuse_both(names, non_entities, paths)
    longest = max((len(key.split()) for key in names), default=1)
    first_words = frozenset(name.split()[0] for name in written if name)
    return AliasTable(names, non_entities, longest, frozenset(written), first_words)


def _refuse_both(
    names: dict[str, list[Entry]], non_entities: dict[str, bool], paths: tuple[Path, ...]
) -> None:
    """Raise E020 when a name is both curated (an entry's name or alias) and listed as
    a non-entity, in one file or across them. Lookups ask for the entry first, so the
    non-entity listing would be dead; which of the two was meant only the list's
    author can say (a USB PRODUCT entry once hid the non-entity "USB" this way)."""
    both = sorted(key for key in non_entities if key in names)
    if both:
        reason = (
            f"{', '.join(repr(k) for k in both)} listed both as a curated name and as a "
            "non-entity; keep one"
        )
        shown = ", ".join(str(path) for path in paths)
        raise DossierError(Errors.E020.format(path=shown, reason=reason))


def _read(path: Path) -> tuple[dict[str, list[Entry]], dict[str, bool], set[str]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise DossierError(Errors.E020.format(path=path, reason=error)) from None
    names: dict[str, list[Entry]] = {}
    written: set[str] = set()
    for index, item in enumerate(data.get("entities", []), start=1):
        canonical, label = item.get("canonical"), item.get("label")
        aliases = item.get("aliases", [])
        if (
            not isinstance(canonical, str)
            or not isinstance(label, str)
            or not isinstance(aliases, list)
        ):
            reason = f"entry {index} needs canonical (text), label (text) and aliases (a list)"
            raise DossierError(Errors.E020.format(path=path, reason=reason))
        labels = _words(item.get("labels", []), path, index, "labels")
        when = _words(item.get("when", []), path, index, "when")
        for name in dict.fromkeys([canonical, *map(str, aliases)]):
            entry = Entry(canonical, label, bool(_CASED_ALIAS.match(name)), labels, when)
            names.setdefault(fold(name), []).append(entry)
            written.add(_spaced(name))
    stop = data.get("non_entities", {}).get("names", [])
    if not isinstance(stop, list):
        reason = "non_entities.names must be a list"
        raise DossierError(Errors.E020.format(path=path, reason=reason))
    stopped = {fold(str(name)): bool(_CASED_ALIAS.match(str(name))) for name in stop}
    return names, stopped, written


def _words(value: object, path: Path, index: int, key: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        reason = f"entry {index}: {key} must be a list of texts"
        raise DossierError(Errors.E020.format(path=path, reason=reason))
    return frozenset(v if key == "labels" else v.casefold() for v in value)


# A document's mentions ask about its text (``cues``, one string) for the same few cue
# words again and again, each a search of the whole text; the next document has its own
# (a string caches its hash, so a hit costs no pass over the text).
@lru_cache(maxsize=64)
def _has(text: str, words: str) -> bool:
    """True when ``words`` occur in ``text`` as whole words."""
    return has_whole_word(text, words)


@cache
def _country(name: str) -> tuple[str, str] | None:
    """A country by its ISO name, official or common name, or (written in capitals) its
    three-letter code; two-letter codes ("AI", "IL") are too often something else."""
    folded = fold(name)
    if len(folded) <= 2 or (len(folded) == 3 and not name.replace(".", "").isupper()):
        return None
    try:
        country = pycountry.countries.lookup(folded)
    except LookupError:
        return None
    common = getattr(country, "common_name", None)
    official = getattr(country, "official_name", None)
    canonical = common or (country.name if "," not in country.name else official or country.name)
    return canonical, "GPE"
