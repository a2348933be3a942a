"""People within one document: a part of a name resolves to the full name.

``resolve_people(mentions, is_place)`` sets each mention's ``canonical``: a surname
("Moyes"), first name ("Zoe") or initialled name ("Henrik P.") takes the full
person name the document gives ("David Moyes"), and a one-word mention the model
called a place or an organisation becomes that PERSON when it is the surname (or,
for a single candidate, the first name) of a person named in full, unless it is a
known place or follows "in", "at", "from". A royal title and one name ("Prince
Charles") stays as written, never completed to another person's name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from typing import Protocol

from spacy.tokens import Span

from tasks.nlp import doc_text
from tasks.person_gender import gender_of_name, gender_of_title, is_first_name

PERSON_TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady president vice prime minister gen general
    col colonel lt sgt capt captain adm admiral gov governor sen senator rep
    representative judge justice rev father pope king queen prince princess chancellor
    secretary mayor chairman chairwoman ceo spokesman spokeswoman cinematographer
    director actor actress singer producer writer author coach manager striker defender
    midfielder goalkeeper captain skipper analyst economist frenchman englishman
    scotsman welshman irishman dutchman briton honourable honorable hon rt right
    excellency sheikh""".split()
)
ROYAL_TITLES = frozenset("prince princess king queen pope emperor empress duke duchess".split())
ADDRESS_TITLES = frozenset("mr mrs ms miss dr sir dame lord lady".split())
_MISLABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "NORP", "FAC", "GPE", "LOC"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_LOCATIVE = frozenset(
    "in at from to near into across outside around towards through via throughout".split()
)
# First words of place names ("New Orleans", "Lake District", "Port Talbot").
_PLACE_OPENERS = frozenset(
    """new north south east west northern southern eastern western central upper lower
    greater great little old san santa st saint port fort mount mont lake loch river
    cape isle glen los las el la le""".split()
)
# "Foxx played Ray Charles in Ray": a given name after these is a title or a place
# far more often than the person ("in Ray's words" is the person: a possessive).
_GIVEN_NAME_NOT_AFTER = frozenset({"in", "at"})
# Lowercase words inside surnames that a sentence or a team sheet capitalises.
_PARTICLES = frozenset(
    "van von der den de da di du del della dos das la le ter ten bin ibn al".split()
)
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


class Named(Protocol):
    """A mention as name resolution sees it (people here, acronyms in entity_acronyms)."""

    span: Span
    name: str
    label: str
    canonical: str
    pinned: bool


def resolve_people(
    mentions: Sequence[Named],
    is_place: Callable[[str], bool],
    is_common: Callable[[str], bool] = lambda word: False,
    text: str | None = None,
) -> None:
    """Give each partial person name the full name it most plausibly stands for
    (``is_common``: the document writes a word in lowercase, so it is no given name;
    ``text``: the document's text, else built from the Doc when needed)."""
    _people_by_surname(mentions)
    full_names = [
        m for m in mentions if m.label == "PERSON" and not m.pinned and len(m.name.split()) > 1
    ]
    for mention in mentions:
        mention.canonical = mention.name
    given_names = _GivenNamesInText(text, is_common)
    royals: dict[str, str] = {}
    for mention in mentions:
        royal = _title_before(mention.span, ROYAL_TITLES)
        if mention.label == "PERSON" and royal and len(mention.name.split()) == 1:
            royals.setdefault(mention.name, f"{royal.title()} {mention.name}")
    for mention in mentions:
        if mention.pinned or mention.label != "PERSON":
            continue
        royal = _title_before(mention.span, ROYAL_TITLES)
        if royal and len(mention.name.split()) == 1:
            mention.canonical = f"{royal.title()} {mention.name}"
        elif mention.name in royals:
            # "Charles" where the document names Prince Charles is the prince; with
            # another full name of that given name too ("Charles Kennedy") it stays.
            others = [f for f in full_names if f.name.split()[0] == mention.name]
            if not others:
                mention.canonical = royals[mention.name]
        else:
            _complete_name(mention, full_names)
            if mention.canonical == mention.name and len(mention.name.split()) == 1:
                given = given_names.before(mention.span, mention.name)
                if given is not None:
                    mention.canonical = f"{given} {mention.name}"
    said_person = {m.name for m in mentions if m.label == "PERSON"}
    for mention in mentions:
        if not mention.pinned and mention.label in _MISLABELS:
            _relabel_part(mention, full_names, is_place, mention.name in said_person)


def people_of_places(mentions: Sequence[Named], is_place: Callable[[str], bool]) -> None:
    """ "France's Hind Dehiba", "Kenya's Paul Tergat": a name of two or three words the
    model called a place, written just after a country's possessive, is a person (an
    athlete, an official) unless it is a known place or opens like the name of one
    ("Britain's Lake District", "America's New Orleans")."""
    for mention in mentions:
        words = mention.name.split()
        if mention.pinned or mention.label != "GPE" or not 2 <= len(words) <= 3:
            continue
        if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
            continue
        if words[0].casefold() in _PLACE_OPENERS or any(is_place(w) for w in words):
            continue
        if is_place(mention.name):
            continue
        start = mention.span.start
        doc = mention.span.doc
        possessive = start >= 2 and doc[start - 1].lower_ in ("'s", "’s")
        if possessive and doc[start - 2].ent_type_ in ("GPE", "NORP"):
            mention.label = "PERSON"


# "their son Archie", "—Macy (10)": a word for a relative before a given name, or an
# age in brackets after it, says a person is named.
_KIN = frozenset(
    """son daughter baby grandson granddaughter wife husband brother sister mother father
    mum mom dad nephew niece cousin boyfriend girlfriend fiance fiancé fiancee fiancée
    stepson stepdaughter""".split()
)
# A place is never "aged 8" either ("—Gloria, age 8" under a child's joke).
_GIVEN_NAME_FROM = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "GPE"})


def given_names_by_context(mentions: Sequence[Named]) -> None:
    """A one-word name in the list of given names that the model called an
    organisation or a product ("Archie", "Macy") is a person when one of its mentions
    in the document follows a word for a relative ("their son Archie") or comes before
    an age ("Macy (10)", "Gloria, age 8"); brands that are also given names ("Mercedes",
    "Dell") have no such cue. Every mention of that name in the document follows."""
    people: set[str] = set()
    for mention in mentions:
        name = mention.name
        if mention.pinned or mention.label not in _GIVEN_NAME_FROM or " " in name:
            continue
        if is_first_name(name) and _person_cue(mention.span):
            people.add(name)
    for mention in mentions:
        if mention.name in people and not mention.pinned and mention.label in _GIVEN_NAME_FROM:
            mention.label = "PERSON"


def _person_cue(span: Span) -> bool:
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in _KIN:
        return True
    after = doc[span.end : span.end + 3]
    if len(after) < 3:
        return False
    bracketed = after[0].text == "(" and after[2].text == ")" and _an_age(after[1].text)
    aged = after[0].text == "," and after[1].lower_ in ("age", "aged") and _an_age(after[2].text)
    return bracketed or aged


def _an_age(word: str) -> bool:
    return word.isdigit() and int(word) < 120


def places_of_people(mentions: Sequence[Named], is_place: Callable[[str], bool]) -> None:
    """ "Slovakia's Daniela Hantuchova": a known place the model called an organisation,
    written with a possessive just before a person's name, is the place (a player's or
    an official's country)."""
    people = {m.span.start for m in mentions if m.label == "PERSON"}
    for mention in mentions:
        if mention.pinned or mention.label != "ORG" or not is_place(mention.name):
            continue
        doc, end = mention.span.doc, mention.span.end
        if mention.span.text.endswith(("'s", "’s")):
            possessive_end = end
        elif end < len(doc) and doc[end].lower_ in ("'s", "’s"):
            possessive_end = end + 1
        else:
            continue
        if possessive_end in people:
            mention.label = "GPE"


def after_title(span: Span) -> bool:
    """True when a form of address ("Mr", "Dr", "Sir") opens or precedes the span."""
    return _title_before(span, ADDRESS_TITLES) is not None


def _title_before(span: Span, titles: frozenset[str]) -> str | None:
    """The title among ``titles`` that opens the span (before a name) or comes just
    before it: "Ms [King]" has no royal title."""
    candidates = [span[0]] if len(span) > 1 else []
    if span.start > 0:
        candidates.append(span.doc[span.start - 1])
    for token in candidates:
        word = token.lower_.rstrip(".")
        if word in titles:
            return word
    return None


def _complete_name(mention: Named, full_names: list[Named]) -> None:
    words = _name_words(mention.name)
    longer = [f for f in full_names if len(_name_words(f.name)) > len(words)]
    same_length = [
        f for f in full_names if f is not mention and len(_name_words(f.name)) == len(words)
    ]
    # Surnames come last in most names, first in Chinese, Korean or Hungarian ones.
    candidates = [f for f in longer if _same(words, _name_words(f.name)[-len(words) :])]
    if not candidates and not after_title(mention.span) and not _titled_by_place(mention.span):
        candidates = [f for f in longer if _same(words, _name_words(f.name)[: len(words)])]
        if len({f.name for f in candidates}) > 1:
            candidates = []
    if not candidates and len(words) > 1:
        candidates = [
            f for f in same_length if _same(words, _name_words(f.name)) and f.name != mention.name
        ]
    # "Mrs Howard" is not Michael Howard: a gendered title rules out a full name whose
    # given name is of the other sex.
    title = _title_before(mention.span, ADDRESS_TITLES)
    sex = gender_of_title(title) if title else None
    if sex is not None:
        candidates = [f for f in candidates if gender_of_name(f.name) in (None, sex)]
    if candidates:
        mention.canonical = _nearest(mention, candidates).name


def _titled_by_place(span: Span) -> bool:
    """True when "in" or "at" comes just before the span and no possessive follows it:
    a given name there ("in Ray") names a film, a show or a place, not the person."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in _GIVEN_NAME_NOT_AFTER:
        return False
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return after not in ("'s", "’s") and not span.text.endswith(("'s", "’s"))


class _GivenNamesInText:
    """A surname whose full name the model did not take as an entity ("… clash with
    Sylvain Distin and …"): the one capitalised word written just before the surname
    inside a sentence, that is no title, no other entity and no common word, gives the
    full name; none, or two different ones, leave the surname as it is. Answers are
    kept per surname; the text is built from the Doc only when first needed (Doc.text
    joins every token)."""

    def __init__(self, text: str | None, is_common: Callable[[str], bool]) -> None:
        self.text = text
        self.is_common = is_common
        self.found: dict[str, str | None] = {}

    def before(self, span: Span, surname: str) -> str | None:
        if surname not in self.found:
            if self.text is None:
                self.text = doc_text(span.doc)
            self.found[surname] = _given_name_in_text(span.doc, self.text, surname, self.is_common)
        return self.found[surname]


def _given_name_in_text(
    doc, text: str, surname: str, is_common: Callable[[str], bool]
) -> str | None:
    found: set[str] = set()
    position = text.find(" " + surname)
    while position > 0:
        start = position + 1
        position = text.find(" " + surname, start)
        token = doc.char_span(start, start + len(surname))
        if token is None or len(token) != 1 or token.start == 0:
            continue
        before = doc[token.start - 1]
        if (
            before.whitespace_ == " "
            and before.text[:1].isupper()
            and before.text[1:].islower()
            and before.is_alpha
            and not before.is_sent_start
            and before.ent_type_ in ("", "PERSON")
            and before.lower_ not in PERSON_TITLES
            and before.lower_ not in ROYAL_TITLES
            and not before.is_stop
            and not is_common(before.text)
        ):
            found.add(before.text)
    return found.pop() if len(found) == 1 else None


def _same(words: Sequence[str], full: Sequence[str]) -> bool:
    """Word by word equal, an initial ("P.", "K") standing for any word it starts and a
    particle equal in either case ("Van Nistelrooy" opening a sentence is Ruud van
    Nistelrooy)."""
    if len(words) != len(full):
        return False
    for word, other in zip(words, full, strict=True):
        if word == other or (word.casefold() == other.casefold() and word.casefold() in _PARTICLES):
            continue
        if not (_initial(word) and other.startswith(word[0]) and len(other) > 2):
            return False
    return True


def _initial(word: str) -> bool:
    """ "P." or "K" (team sheets and credits drop the full stop)."""
    return word[:1].isupper() and word[:1].isalpha() and word[1:] in ("", ".")


@cache
def _name_words(name: str) -> tuple[str, ...]:
    """The words of a name, run-together initials apart ("M.L. Anderson" → "M.", "L.",
    "Anderson"), so that they meet the full name word by word ("Michael L. Anderson").
    Cached: each full name of a document is split again for every shorter mention."""
    words: list[str] = []
    for word in name.split():
        if _INITIALS.fullmatch(word):
            words.extend(f"{letter}." for letter in word.replace(".", ""))
        else:
            words.append(word)
    return tuple(words)


def _people_by_surname(mentions: Sequence[Named]) -> None:
    """A full name that opens with a given name, which the model called something
    else ("Nadia Mohamed" an organisation), is a person when the document names its
    last word alone as a person at least as often as it names the full name otherwise
    ("Mohamed told the Sahan Journal" three times): one person's mentions vote."""
    alone = Counter(m.name for m in mentions if m.label == "PERSON" and " " not in m.name)
    otherwise = Counter(m.name for m in mentions if m.label != "PERSON")
    people: set[str] = set()
    for mention in mentions:
        words = mention.name.split()
        if mention.pinned or mention.label not in _MISLABELS or not 2 <= len(words) <= 3:
            continue
        if not is_first_name(words[0]) or not all(w[:1].isupper() for w in words):
            continue
        if alone[words[-1]] >= otherwise[mention.name]:
            people.add(mention.name)
    for mention in mentions:
        if mention.name in people and not mention.pinned:
            mention.label = "PERSON"


def _relabel_part(
    mention: Named, full_names: list[Named], is_place: Callable[[str], bool], said_person: bool
) -> None:
    """The model may call a surname or first name it has seen as a person's something
    else; a place is left alone after "in", "at" (unless the model also called the
    same word a person) and when it is a known place."""
    words = _name_words(mention.name)
    if len(words) > 1:
        # "K Maggs" in a team sheet where the text names Kevin Maggs.
        if all(_initial(word) for word in words[:-1]):
            matches = [f for f in full_names if _initialled(words, _name_words(f.name))]
            if len({f.canonical for f in matches}) == 1:
                mention.canonical, mention.label = matches[0].canonical, "PERSON"
        return
    if mention.label in _PLACE_LABELS and not said_person:
        start = mention.span.start
        before = mention.span.doc[start - 1].lower_ if start > 0 else ""
        if before in _LOCATIVE or is_place(mention.name):
            return
    matches = [f for f in full_names if f.name.split()[-1] == mention.name]
    family = mention.name[:-1] if mention.name.endswith("s") else ""
    if not matches and family and any(f.name.split()[-1] == family for f in full_names):
        # "the Beckhams": the family of a person named in full; named as written.
        mention.label = "PERSON"
        return
    if not matches:
        if _titled_by_place(mention.span):
            return
        matches = [f for f in full_names if f.name.split()[0] == mention.name]
        if len({f.canonical for f in matches}) != 1:
            return
    if matches:
        mention.canonical, mention.label = _nearest(mention, matches).canonical, "PERSON"


def _initialled(words: Sequence[str], full: Sequence[str]) -> bool:
    """True when initials and a surname ("K", "Maggs") meet a longer name's first words
    and its surname ("Kevin", "Maggs")."""
    return (
        len(full) >= len(words)
        and full[-1] == words[-1]
        and _same(words[:-1], full[: len(words) - 1])
    )


def _nearest(mention: Named, candidates: list[Named]) -> Named:
    """The candidate closest before the mention, else the first one after it."""
    before = [c for c in candidates if c.span.start_char < mention.span.start_char]
    return before[-1] if before else candidates[0]
