"""Grammatical gender of people and pronouns, to keep "she" from resolving to a man.

``gender_of_name("Maria Lopez")`` gives ``"f"``, ``"m"`` or ``None`` (unknown) from
the first name, by the list in ``tasks/data/first_names.txt`` (US Census 1990 first
names, see its header) and ``tasks/data/given_names_world.txt`` (given names of other
languages); ``gender_of_title("Mr")`` from a form of address or a
gendered role ("spokeswoman"); ``gender_of_person`` from both; ``pronoun_gender("he")``
from a pronoun.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources

_MALE_TITLES = frozenset(
    """mr sir lord prince king duke earl baron father brother spokesman chairman
    congressman businessman sportsman actor husband son man boy gentleman grandfather
    grandson uncle nephew dad stepfather boyfriend widower""".split()
)
_FEMALE_TITLES = frozenset(
    """mrs ms miss madam dame lady princess queen duchess countess baroness mother sister
    spokeswoman chairwoman congresswoman businesswoman sportswoman actress wife
    daughter woman girl grandmother granddaughter aunt niece mum mom stepmother
    girlfriend widow""".split()
)
# Roles named with "-man" that news wrote for women too ("FERC Chairman Martha Hesse",
# "a spokesman for the ministry, Ann Lee"): a first name of the other sex outweighs them.
_GENERIC_MAN_ROLES = frozenset("spokesman chairman congressman businessman sportsman".split())
_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


# The US Census list, then the given names of other languages it lacks.
_NAME_LISTS = ("first_names.txt", "given_names_world.txt")


@cache
def _first_names() -> dict[str, tuple[str, bool]]:
    """``{name: (sex, also a surname)}`` from ``tasks/data/first_names.txt`` and
    ``tasks/data/given_names_world.txt`` (a name of the first kept as it lists it)."""
    names: dict[str, tuple[str, bool]] = {}
    for file_name in _NAME_LISTS:
        source = resources.files("tasks") / "data" / file_name
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                name, sex, *surname = line.split()
                names.setdefault(name.casefold(), (sex, bool(surname)))
    return names


def gender_of_name(name: str) -> str | None:
    """``"m"`` or ``"f"`` when the name's first word is a first name mostly given to
    one sex (a name of one word too, "Meghan", unless the word is also a common
    surname: "Dion"); None when it is not in the list or is shared."""
    words = name.split()
    if not words:
        return None
    # "Meghan, Duchess of Sussex": the given name before a royal style's comma.
    sex, surname = _first_names().get(_folded(words[0].rstrip(",")), (None, False))
    return None if surname and len(words) == 1 else sex


def is_first_name(word: str) -> bool:
    """Whether ``word`` is in the list of first names ("Céline" as "Celine")."""
    return _folded(word) in _first_names()


def _folded(word: str) -> str:
    """``word`` as the list writes it: no accents ("René" is listed as "Rene"), no case."""
    if word.isascii():
        # Decomposing and dropping non-ASCII change nothing of an ASCII word.
        return word.casefold()
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().casefold()


def gender_of_title(words: str) -> str | None:
    """The gender a title, role or noun implies ("Mrs", "Prince", "spokeswoman", "the
    man"), if any."""
    for word in words.casefold().replace(".", " ").split():
        if word in _MALE_TITLES:
            return "m"
        if word in _FEMALE_TITLES:
            return "f"
    return None


def gender_of_address(title: str) -> str | None:
    """The gender a title states outright ("Mrs", "Prince", "spokeswoman"); not from
    the "-man" roles news wrote for women too."""
    words = title.casefold().replace(".", " ").split()
    return gender_of_title(" ".join(w for w in words if w not in _GENERIC_MAN_ROLES))


def gender_of_person(title: str, name: str | None) -> str | None:
    """The gender of a person titled ``title`` and named ``name``: from a form of
    address or a gendered noun in the title ("Mrs", "mother"); else from a first name
    that is no common surname too ("Martha" in "Chairman Martha Hesse"; not "Lu" in
    "spokesman Lu Kang", a surname written first); else from a "-man" role; else from
    any listed first name."""
    by_title = gender_of_address(title)
    if by_title is not None:
        return by_title
    by_name = gender_of_name(name) if name else None
    first = _folded(name.split()[0].rstrip(",")) if by_name is not None and name else ""
    if by_name is not None and not _first_names()[first][1]:
        return by_name
    return gender_of_title(title) or by_name


def pronoun_gender(pronoun: str) -> str | None:
    """``"m"`` for he/him/his, ``"f"`` for she/her/hers, else None."""
    return _PRONOUNS.get(pronoun.casefold())
