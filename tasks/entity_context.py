"""Types told by the words around a name, where the model's guess is a reflex of its
spelling.

``lineup_people(mentions, text, is_place)`` types the names of a team line-up ("J
Laharrague; A Rougerie, Y Jauzion, D Traille; S Marconnet, S Bruno") as people: a
line whose items are mostly an initial and a surname lists players, whatever the
model made of one of them (a club, a place, a product). A line-up of bare surnames or
full names ("Nash, Reiziger (Graham 82), Riggott, Southgate"; "Forwards: Nicolas Mas,
Sylvain Marconnet") could as well list clubs or countries, so there the model's own
reading decides: when most of the line's names it typed are people, so are the others
(a surname is also a place or a word to it: "Young", "Perry", "Fabregas").

``owned_sites(mentions, is_place)`` types a name between "its" or "their" and a noun
for an industrial site ("its Bridgewater newsprint mill") as the site, a FAC: the
owner is named by the possessive, so the name is the site's (or its town's, which
the gazetteer knows and which stays a place).

``acting_groups(mentions)`` types a nationality-like adjective that is the bare
subject of a verb ("Southern will organise alternative travel", "American cut its fares") as an
organisation: a nationality adjective acts only with a noun or in the plural ("the
French", "Americans"), so alone it is the short name of a company (a rail operator,
an airline). The lists are in ``tasks/data/entity_nouns.toml``.

``plural_groups(mentions, is_place)`` types a "person" named in the plural after
"the" that is a verb's subject or a possessor ("the Gunners seek", "the Killers'
album") as a group, an ORG: a person's name takes no article, so "the" and a plural
name a band, a team or a club. A family named in the plural stays a person ("the
Pelhams" beside "Anna Pelham", "the Bryans" of the given name Bryan), and so do an
object, which may as well be a family or a place ("stars including the Beckhams",
"from the Valleys"), a name before a noun it modifies ("the Dickens character") and
a place the curated files or the gazetteer know.

``unvouched_people(mentions, text, is_place)`` types a one-word "person" the document
gives no evidence of being a person as an organisation, in a document that speaks of
a company ("its", "shares", "firm"): the word is no given name, no fuller name of a
person holds it ("Suleiman al-Salim"), no title of a person or an office comes before
it ("Mr", "Chancellor"), and not one personal pronoun ("he", "her") is in the whole
text. The model reads an unknown capitalised word as a surname by its spelling
("Earthlink", "Artcurial", "Taft said"); a story about a person refers to him or her.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache

from spacy.tokens import Token

from tasks.entity_labels import Placed, entity_nouns
from tasks.entity_people import PERSON_TITLES, title_before
from tasks.entity_spans import NAME_PARTICLES, person_titles
from tasks.nlp import word_lower
from tasks.person_gender import is_first_name

# An item of a line-up: an initial (or two, "J-P"), a surname of one or two words, and
# a role or club in brackets ("F Pelous (capt)", "J Bonnaire (Bourgoin)").
_LINEUP_ITEM = re.compile(
    r"\s*[A-Z](?:\.|-[A-Z]\.?)?\s+(?P<surname>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"\s*(?:\([^()]*\))?\s*\.?\s*"
)
_LINEUP_SEPARATORS = re.compile(r"[;,]")
# An item of a line-up without initials: one to four capitalised words or particles
# ("Van Persie", "de Villiers", "O'Driscoll"), then a substitute and the minute or a
# role in brackets ("Parlour (Job 86)", "Dallaglio (capt)"). A label may open the line
# ("Forwards: Nicolas Mas", "Subs: Marshall").
_NAME_WORD = rf"(?:[A-Z][\w'’-]*|(?:{'|'.join(sorted(NAME_PARTICLES))})(?=\s+[A-Z]))"
_BARE_ITEM = re.compile(
    rf"\s*(?:[A-Z][\w'’().-]*(?:\s+[\w'’().-]+){{0,3}}\s*:\s*)?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s*(?:\([^()]*\))?\s*\.?\s*"
)
# A line-up lists a side: at least five players, and they are most of its items (a
# sentence that names two "A Smith"s among its clauses is no line-up).
_LINEUP_LEAST = 5
_LINEUP_SHARE = 0.6
# Of a line of bare names, how many the model must have typed people to speak for all.
_LINEUP_PEOPLE = 3
_POSSESSIVES = frozenset({"its", "their"})
# Lowercase words that may stand between the name and the site ("its Bridgewater
# newsprint mill", "their Leeds pulp and paper mill").
_SITE_GAP = 3
# The verbs' subjects a group name may be; a determiner before it makes it a noun
# phrase's head ("a Republican", "the Southern").
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_DETERMINERS = frozenset({"a", "an", "the", "every", "each", "no", "any"})
# How the adjectives of peoples and regions end whose people take a plural of their
# own ("American", "Southern", "Nordic", "Continental", "Thai"): "Japanese", "British",
# "French" are their own plural ("Japanese will not save less"), and a place's own
# name the model took for a group ("Cheorwon recorded …") is left alone.
_ADJECTIVE_ENDINGS = ("an", "ern", "ic", "al", "i")
# Endings of a name's last word in "s" that make no plural ("Jesus", "Elvis", "Ross").
_NOT_PLURAL_ENDINGS = ("ss", "us", "is")
# A group named in the plural acts or owns ("the Gunners seek …", "the Killers' album");
# as an object it may as well be a family or a place ("stars including the Beckhams",
# "win the Ashes", "from the Valleys").
_ACTING = frozenset({"nsubj", "nsubjpass", "poss"})


def lineup_people(mentions: Sequence[Placed], text: str, is_place: Callable[[str], bool]) -> None:
    """A mention inside an item of a line-up (see the module docstring) whose surname
    the gazetteer does not know as a place ("S Africa", "W Indies" in a cricket
    table) is a person, unless curated data fixed it."""
    _people_within(mentions, _lineup_names(text, is_place))


def bare_lineup_people(mentions: Sequence[Placed], text: str) -> None:
    """A mention inside a line-up of bare names (see the module docstring) where most
    of the names are people, once the document's evidence for people is weighed, is a
    person, and so is every other mention of its name in the document (the report
    names the players of its line-ups: "Fabregas" typed a place three times), unless
    curated data fixed it."""
    players: set[str] = set()
    for items, names in _bare_lineups(text):
        # A substitute's name votes too ("Parlour (Job 86)").
        voters = [m for m in mentions if _within(m, items)]
        people = sum(m.label == "PERSON" for m in voters)
        if people >= _LINEUP_PEOPLE and people * 2 > len(voters):
            players.update(
                m.canonical.casefold() for m in mentions if not m.pinned and _within(m, names)
            )
    for mention in mentions:
        if not mention.pinned and mention.canonical.casefold() in players:
            mention.label = "PERSON"


def _people_within(mentions: Sequence[Placed], spans: list[tuple[int, int]]) -> None:
    for mention in mentions:
        if not mention.pinned and mention.label != "PERSON" and _within(mention, spans):
            mention.label = "PERSON"


def _within(mention: Placed, spans: list[tuple[int, int]]) -> bool:
    start, end = mention.span.start_char, mention.span.end_char
    return any(low <= start and end <= high for low, high in spans)


def _lineup_names(text: str, is_place: Callable[[str], bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of the initial and surname of each item of each line-up line."""
    found: list[tuple[int, int]] = []
    for offset, line in _listing_lines(text):
        found.extend(_line_names(line, offset, is_place))
    return found


def _bare_lineups(text: str) -> list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """For each line of bare names (see ``_BARE_ITEM``) that most of its items are,
    five at least, the ``(start, end)`` of each such item, and of each item's name (not
    what its brackets hold: a substitute, or a player's club in a squad list)."""
    found = []
    for offset, line in _listing_lines(text):
        items = _items(line)
        matches = [_BARE_ITEM.fullmatch(line, low, high) for low, high in items]
        named = [match for match in matches if match]
        if _lists_a_side(len(named), len(items)):
            found.append(
                (
                    [(offset + m.start(), offset + m.end()) for m in named],
                    [(offset + m.start("name"), offset + m.end("name")) for m in named],
                )
            )
    return found


def _listing_lines(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, line)`` of each line of ``text`` with separators enough to list a side."""
    offset = 0
    for line in text.split("\n"):
        # The separators counted without a regex's list of matches (``_LINEUP_SEPARATORS``).
        if line.count(",") + line.count(";") >= _LINEUP_LEAST - 1:
            yield offset, line
        offset += len(line) + 1


def _lists_a_side(names: int, items: int) -> bool:
    """Whether ``names`` items of a line's ``items`` are enough to make it a line-up."""
    return names >= _LINEUP_LEAST and names >= _LINEUP_SHARE * items


def _items(line: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank item between the separators of ``line``."""
    items: list[tuple[int, int]] = []
    start = 0
    for separator in [*_LINEUP_SEPARATORS.finditer(line), None]:
        end = separator.start() if separator else len(line)
        if line[start:end].strip():
            items.append((start, end))
        start = end + 1
    return items


def _line_names(line: str, offset: int, is_place: Callable[[str], bool]) -> list[tuple[int, int]]:
    items = _items(line)
    names = []
    for low, high in items:
        match = _LINEUP_ITEM.fullmatch(line, low, high)
        if match and not is_place(match.group("surname")):
            names.append((offset + low, offset + match.end("surname")))
    return names if _lists_a_side(len(names), len(items)) else []


def owned_sites(mentions: Sequence[Placed], is_place: Callable[[str], bool]) -> None:
    """A name the model took for an organisation, a person or a product, between "its"
    or "their" and a site noun of ``entity_nouns.toml`` that heads its phrase, is the
    site (FAC); a place the gazetteer knows is left to the place rules."""
    sites = _site_nouns()
    for mention in mentions:
        span = mention.span
        doc = span.doc
        if mention.pinned or mention.label not in ("ORG", "PERSON", "PRODUCT") or span.start < 1:
            continue
        if word_lower(doc, span.start - 1) not in _POSSESSIVES or is_place(mention.canonical):
            continue
        at = span.end
        while at < min(len(doc), span.end + _SITE_GAP) and doc[at].lower_ not in sites:
            if not doc[at].is_lower or doc[at].pos_ not in ("NOUN", "ADJ", "CCONJ"):
                break
            at += 1
        if at < len(doc) and doc[at].lower_ in sites and span.root.head.i == at:
            mention.label = "FAC"


def acting_groups(mentions: Sequence[Placed]) -> None:
    """A one-word NORP mention shaped like an adjective (not a plural), without a
    determiner or a number ("one Korean died"), that is the subject of a verb on its
    own line is an organisation (see the module docstring)."""
    for mention in mentions:
        span = mention.span
        if mention.pinned or mention.label != "NORP" or len(span) != 1:
            continue
        word = span[0]
        if not word.text.endswith(_ADJECTIVE_ENDINGS):
            continue
        verb = word.head
        if word.dep_ not in _SUBJECTS or verb.pos_ != "VERB" or _across_lines(word, verb):
            continue
        before = span.doc[span.start - 1] if span.start > 0 else None
        if before is not None and (before.lower_ in _DETERMINERS or before.like_num):
            continue
        if not any(c.dep_ in ("det", "nummod") for c in word.children):
            mention.label = "ORG"


def plural_groups(mentions: Sequence[Placed], is_place: Callable[[str], bool]) -> None:
    """A "person" after "the" whose name ends in a plural (see the module docstring)
    is an organisation."""
    surnames = {m.canonical.split()[-1] for m in mentions if m.label == "PERSON" and m.canonical}
    for mention in mentions:
        span = mention.span
        if mention.pinned or mention.label != "PERSON" or span.start == 0:
            continue
        if span.doc[span.start - 1].lower_ != "the":
            continue
        words = mention.name.split()
        if not all(word.isalpha() and word[0].isupper() and word[1:].islower() for word in words):
            continue
        last = words[-1]
        if not last.endswith("s") or last.endswith(_NOT_PLURAL_ENDINGS):
            continue
        singular = last[:-1]
        if any(is_first_name(word) for word in (*words[:-1], singular, last)):
            continue
        if singular in surnames or is_place(mention.name):
            continue
        if span.root.dep_ in _ACTING:
            mention.label = "ORG"


def unvouched_people(
    mentions: Sequence[Placed], text: str, is_place: Callable[[str], bool]
) -> None:
    """A one-word person without evidence of a person (see the module docstring) is
    an organisation."""
    alone = [
        m
        for m in mentions
        if not m.pinned and m.label == "PERSON" and len(m.span) == 1 and " " not in m.canonical
    ]
    if not alone or _PERSONAL.search(text) or not _COMPANY_TALK.search(text):
        return
    named = {
        word
        for m in mentions
        if m.label == "PERSON" and " " in m.canonical
        for word in re.split(r"[\s-]+", m.canonical)
    }
    titled = {m.canonical for m in alone if title_before(m.span, _person_and_office_titles())}
    for mention in alone:
        name = mention.canonical
        if not name[:1].isupper() or is_first_name(name) or name in named or name in titled:
            continue
        if not is_place(name):
            mention.label = "ORG"


@cache
def _person_and_office_titles() -> frozenset[str]:
    """Titles of a person or of an office ("Mr", "Chancellor Stoltenberg", "Fed Chairman
    Volcker")."""
    return PERSON_TITLES | person_titles()[0]


def _across_lines(word: Token, verb: Token) -> bool:
    """Whether a line break stands between the subject and its verb: the parser links
    a word ending one line to a verb of the next where a page lost the name between
    ("Jamaican" over a blank line, then "stretched her unbeaten record")."""
    low, high = sorted((word.i, verb.i))
    return any("\n" in token.whitespace_ or "\n" in token.text for token in word.doc[low:high])


# Words by which a text refers to a person it names; one anywhere vouches for the
# model's people of the document.
_PERSONAL = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]imself|[Hh]erself|HE|SHE|HIS|HER)\b"
)
# Words of a text about a company (its "shares", "its customers").
_COMPANY_TALK = re.compile(
    r"\b(?:its|shares|company|firm|firms|Inc|Corp|Ltd|plc|ITS|SHARES|COMPANY)\b"
)


@cache
def _site_nouns() -> frozenset[str]:
    return frozenset(entity_nouns()["sites"]["FAC"])
