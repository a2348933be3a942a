"""Short forms of organisations within one document.

``resolve_acronyms(text, mentions)`` links an acronym defined in parentheses ("the
Shanghai Cooperation Organization (SCO)") to its long form. ``resolve_short_forms``
links an acronym whose letters are exactly the initials of a longer name in the
document, without parentheses ("UKIP" and "UK Independence Party", "GM" and
"General Motors"), and a one-word organisation that opens exactly one longer
organisation name given before it ("Amnesty" after "Amnesty International").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tasks.entity_people import Named
from tasks.person_gender import is_first_name

_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9&.\-]{1,11})\s*\)")
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}$")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_FUNCTION_WORDS = frozenset("of and the for de du des la le in on at to".split())
# Last words of companies' names: legal suffixes and trades ("Cairn Energy",
# "Forrester Research"), compiled by hand from common last words of company names.
_COMPANY_HEADS = frozenset(
    """inc corp corporation co ltd llc plc limited company group holdings energy airways
    airlines research technology technologies systems software motors foods industries
    pharmaceuticals telecom communications networks petroleum oil gas mining insurance
    hotels resorts electronics semiconductor computers""".split()
)
_LONG_FORM_LABELS = frozenset({"ORG", "GPE", "FAC", "EVENT", "LAW", "NORP", "PRODUCT"})


def resolve_acronyms(text: str, mentions: Sequence[Named]) -> None:
    """Link acronyms defined as ``Long Name (LN)`` to the long name, across the document."""
    long_forms: dict[str, Named] = {}
    for mention in mentions:
        name_end = mention.span.start_char + mention.span.text.find("(")
        after = name_end if "(" in mention.span.text else mention.span.end_char
        match = _ACRONYM_AFTER.match(text, after)
        if match and _initials_match(match.group(1), mention.name):
            long_forms[match.group(1).replace(".", "")] = mention
    for mention in mentions:
        long_form = long_forms.get(mention.name.replace(".", ""))
        if long_form is not None and long_form is not mention:
            mention.canonical = long_form.canonical
            mention.label = long_form.label


def resolve_short_forms(mentions: Sequence[Named]) -> None:
    """Link undefined acronyms, one-word organisations (the first word of the long
    form; a one-word "person" too, when it is no given name and no surname of a person
    the document names in full) and one-word products (its last word: "Wallet",
    "Coinbase Wallet") to the one long form they stand for in the document; leave them
    when there is none, or more than one."""
    longer = [m for m in mentions if m.label in _LONG_FORM_LABELS and len(m.canonical.split()) > 1]
    surnames = {m.name.split()[-1] for m in mentions if m.label == "PERSON" and " " in m.name}
    for mention in mentions:
        if mention.pinned or mention.canonical != mention.name or " " in mention.name:
            continue
        # "Investors piled into Cairn" after "Cairn Energy": the model's person is the
        # company's short name, unless the word is a given name or a person's surname,
        # or the long form no company's ("Redonda Restoration Programme": an island).
        person = mention.label == "PERSON"
        short_name = person and not is_first_name(mention.name) and mention.name not in surnames
        if _ACRONYM.match(mention.name):
            found = {m.canonical: m for m in longer if _initials_are(mention.name, m.canonical)}
        elif mention.label == "ORG" or short_name:
            found = {
                m.canonical: m
                for m in longer
                if m.label == "ORG"
                and m.canonical.split()[0] == mention.name
                and m.span.start_char < mention.span.start_char
                and (not short_name or _company(m.canonical))
            }
        elif mention.label not in ("PERSON", "NORP"):
            # A product named without its maker ("Wallet" and "Coinbase Wallet").
            found = {
                m.canonical: m
                for m in longer
                if m.label == "PRODUCT" and m.canonical.split()[-1] == mention.name
            }
        else:
            continue
        if len(found) == 1:
            long_form = next(iter(found.values()))
            mention.canonical, mention.label = long_form.canonical, long_form.label


def _company(name: str) -> bool:
    """Whether ``name`` ends like a company's ("Cairn Energy", "Jet Airways", "Acme
    Corp"); an institution's head ("Cork County Council") is no company's."""
    return name.split()[-1].casefold().rstrip(".") in _COMPANY_HEADS


def _initials_are(acronym: str, name: str) -> bool:
    """True when the acronym is exactly the initials of ``name``, with or without its
    function words; a word in capitals gives all its letters ("UK Independence Party")."""
    words = _WORD.findall(name)
    letters = acronym.replace("&", "")
    for keep_function_words in (False, True):
        initials = "".join(
            word if word.isupper() else word[0].upper()
            for word in words
            if keep_function_words or word.casefold() not in _FUNCTION_WORDS
        )
        if initials == letters:
            return True
    return False


def _initials_match(acronym: str, name: str) -> bool:
    """True when the acronym's letters appear, in order, among the name's initials."""
    initials = [word[0].upper() for word in _WORD.findall(name)]
    letters = [ch for ch in acronym.upper() if ch.isalpha()]
    position = 0
    for initial in initials:
        if position < len(letters) and initial == letters[position]:
            position += 1
    return position == len(letters) and len(letters) >= 2
