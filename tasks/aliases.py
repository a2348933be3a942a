"""Names that stand for the same entity across documents.

Two sources, in order: the alias file (``tasks/data/entity_aliases.toml``, plus a
user's file that extends it), then ISO 3166 country names from the ``pycountry``
package for places.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import pycountry

from core.errors import DossierError, Errors

COUNTRY_LABELS = frozenset({"GPE", "LOC", "NORP"})
_LEADING_THE = re.compile(r"^the\s+")


@dataclass(frozen=True, slots=True)
class AliasTable:
    """Folded name -> (canonical name, label)."""

    names: dict[str, tuple[str, str]]

    def resolve(self, name: str, label: str) -> tuple[str, str] | None:
        """The canonical name and label for ``name``, or ``None`` if it has no alias.

        The alias files speak for any label (the model calls "Lib Dems" a person);
        country names only for places and nationalities.
        """
        found = self.names.get(fold(name))
        if found is None and label in COUNTRY_LABELS:
            found = _country(name)
        return found


def fold(name: str) -> str:
    """Case, a leading "the", full stops and curly apostrophes do not tell names apart."""
    folded = " ".join(name.replace("’", "'").replace(".", "").split()).casefold()
    return _LEADING_THE.sub("", folded)


def default_aliases_path() -> Path:
    return Path(str(resources.files("tasks") / "data" / "entity_aliases.toml"))


@cache
def load_aliases(extra_path: str | None = None) -> AliasTable:
    """The shipped alias file, extended (and overridden) by ``extra_path``."""
    names: dict[str, tuple[str, str]] = {}
    for path in (default_aliases_path(), *([Path(extra_path)] if extra_path else [])):
        names.update(_read(path))
    return AliasTable(names)


def _read(path: Path) -> dict[str, tuple[str, str]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise DossierError(Errors.E020.format(path=path, reason=error)) from None
    names: dict[str, tuple[str, str]] = {}
    for index, entry in enumerate(data.get("entities", []), start=1):
        canonical, label = entry.get("canonical"), entry.get("label")
        aliases = entry.get("aliases", [])
        if (
            not isinstance(canonical, str)
            or not isinstance(label, str)
            or not isinstance(aliases, list)
        ):
            reason = f"entry {index} needs canonical (text), label (text) and aliases (a list)"
            raise DossierError(Errors.E020.format(path=path, reason=reason))
        for name in [canonical, *aliases]:
            names[fold(str(name))] = (canonical, label)
    return names


@cache
def _country(name: str) -> tuple[str, str] | None:
    """A country by its ISO name, official or common name, or (written in capitals) code."""
    folded = fold(name)
    if len(folded) <= 3 and not name.replace(".", "").isupper():
        return None
    try:
        country = pycountry.countries.lookup(folded)
    except LookupError:
        return None
    common = getattr(country, "common_name", None)
    official = getattr(country, "official_name", None)
    canonical = common or (country.name if "," not in country.name else official or country.name)
    return canonical, "GPE"
