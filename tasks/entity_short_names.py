"""Short names a document gives an organisation it names in full once.

Each pass takes a document's mentions (:class:`tasks.entity_people.Named`) and files
the short name under the full one, in place:

- ``bracketed_short_names``: a one-word name in brackets after an organisation's full
  name, not its initials ("Norsk Vindkraft Selskap (Vindkraft)"), and every later
  mention of that word;
- ``contracted_names``: a one-word name made of the opening letters of the full name's
  first words ("Intelsat" for "International Telecommunications Satellite Consortium",
  "Amex" for "American Express Co"), written after it;
- ``without_seat_city``: a company's name with the city of its seat glued after it
  ("Banque Dupont Lyon"), where the document also names the company alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from tasks.entity_acronyms import LEGAL_FORMS
from tasks.entity_people import Named

# A capitalised word with lower-case letters in brackets ("(Vindkraft)"): the short
# name a wire story gives a company it names in full; bracketed capitals are initials,
# which tasks.entity_acronyms links.
_BRACKETED_WORD = re.compile(r"\s*\(\s*([A-Z][a-z][A-Za-z]{2,14})\s*\)")
# Letters of a full name's word that the start of a short name must share with it, and
# the fewest letters each word gives a contraction ("Com" + "sat").
_SHARED_OPENING = 2
_FEWEST_PIECE = 2
# Labels a short name may have been given before it is filed under an organisation (a
# person's name is left alone: "Jackson" is no contraction of "Jack Sonn Inc").
_NOT_LINKED = frozenset({"PERSON"})


def bracketed_short_names(
    text: str, mentions: Sequence[Named], is_place: Callable[[str], bool]
) -> None:
    """File a bracketed one-word short name, and every mention written as it, under
    the organisation named in full just before the brackets. Only a word that opens
    like one of the full name's words ("Stat…" of "Stats"), that is no place
    ("(Canada)" after a bank's name is its branch) and no legal form."""
    long_forms: dict[str, Named] = {}
    for mention in mentions:
        if mention.label != "ORG" or " " not in mention.name:
            continue
        match = _BRACKETED_WORD.match(text, mention.span.end_char)
        if match is None:
            continue
        short = match.group(1)
        if _opens_a_word(short, mention.name) and not _is_form_or_place(short, is_place):
            long_forms.setdefault(short, mention)
    if long_forms:
        _file_under(mentions, long_forms)


def contracted_names(mentions: Sequence[Named], is_place: Callable[[str], bool]) -> None:
    """File a one-word name made of the opening letters (two or more each) of the
    first words of exactly one organisation's full name written before it under that
    name ("Comsat" after "Communications Satellite Corp")."""
    full_names = [m for m in mentions if m.label == "ORG" and " " in m.name]
    if not full_names:
        return
    for mention in mentions:
        if not _may_be_short(mention) or is_place(mention.name):
            continue
        short = mention.name.casefold()
        found = {
            m.canonical: m
            for m in full_names
            if m.span.start_char < mention.span.start_char and _contracts(short, _words(m.name))
        }
        if len(found) == 1:
            long_form = next(iter(found.values()))
            mention.canonical, mention.label = long_form.canonical, long_form.label


def without_seat_city(mentions: Sequence[Named], is_city: Callable[[str], bool]) -> None:
    """An organisation's name whose last word or two are a city, the rest another
    organisation the document names alone, takes that name ("Banque Dupont Lyon" →
    "Banque Dupont"): the city is where the company sits, not part of its name."""
    alone = {m.canonical for m in mentions if m.label == "ORG" and " " in m.canonical}
    if not alone:
        return
    for mention in mentions:
        if mention.label != "ORG" or mention.pinned:
            continue
        words = mention.canonical.split()
        for count in (1, 2):
            rest = " ".join(words[:-count])
            if rest in alone and is_city(" ".join(words[-count:])):
                mention.canonical = rest
                break


def _file_under(mentions: Sequence[Named], long_forms: dict[str, Named]) -> None:
    for mention in mentions:
        long_form = long_forms.get(mention.name)
        if long_form is not None and not mention.pinned and mention.label not in _NOT_LINKED:
            mention.canonical, mention.label = long_form.canonical, long_form.label


def _may_be_short(mention: Named) -> bool:
    """A one-word, capitalised name not resolved to another one yet."""
    name = mention.name
    return (
        not mention.pinned
        and mention.canonical == name
        and mention.label not in _NOT_LINKED
        and name.isalpha()
        and name[:1].isupper()
        and len(name) >= 2 * _FEWEST_PIECE
    )


def _words(name: str) -> list[str]:
    """The words of a full name, lower case, split at hyphens too, without legal forms."""
    words = name.replace("-", " ").casefold().split()
    return [w for w in words if w.replace(".", "").strip(",") not in LEGAL_FORMS]


def _contracts(short: str, words: list[str], index: int = 0) -> bool:
    """True when ``short`` is the opening letters (``_FEWEST_PIECE`` or more each) of
    ``words[index]`` and of the words after it, of two words at least."""
    if index >= len(words):
        return False
    word = words[index]
    for size in range(min(len(short), len(word)), _FEWEST_PIECE - 1, -1):
        if not word.startswith(short[:size]):
            continue
        rest = short[size:]
        if (not rest and index > 0) or (rest and _contracts(rest, words, index + 1)):
            return True
    return False


def _opens_a_word(short: str, name: str) -> bool:
    opening = short[:_SHARED_OPENING].casefold()
    return any(word.casefold().startswith(opening) for word in name.replace("-", " ").split())


def _is_form_or_place(word: str, is_place: Callable[[str], bool]) -> bool:
    return word.casefold() in LEGAL_FORMS or is_place(word)
