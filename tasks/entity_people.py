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
from itertools import pairwise
from typing import Protocol

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from tasks.common_words import common_words
from tasks.entity_labels import label_by_head, list_runs, org_head
from tasks.nlp import doc_text, positions, span_text, token_values
from tasks.person_gender import gender_of_name, gender_of_title, is_first_name
from tasks.word_search import whole_word_starts

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
_KNIGHTLY = frozenset({"sir", "dame"})
# A given name followed by the title it is known by ("Meghan, Duchess of Sussex",
# "Anne, Princess Royal", "Charles, Prince of Wales"): the British royal and peerage
# styles, as the royal household writes them.
_ROYAL_STYLE = re.compile(
    r", (?:the )?((?:Duke|Duchess|Prince|Princess|Earl|Countess) of [A-Z][a-z]+"
    r"(?: [A-Z][a-z]+)?|Princess Royal)\b"
)
_MISLABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "NORP", "FAC", "GPE", "LOC"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Nationalities are listed beside people ("William Trowbridge and Texan …").
_LISTED_AS_PEOPLE = _MISLABELS - {"NORP"}
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
# A generation after a surname: part of the full name, never the surname itself.
_GENERATIONS = frozenset({"Jr", "Sr", "II", "III", "IV"})
# What follows a surname cited as an author: a year in brackets or after a comma inside
# them ("(Hauser, 2010)", "Hauser (2010)"), "et al.", or a co-author and a year
# ("Blake and Mouton (1964)").
_YEAR = r"(?:19|20)\d\d[a-z]?"
_CITED = re.compile(
    rf"\s*(?:,|\()\s*{_YEAR}\s*[);,:]"
    r"|\s+et al\b"
    rf"|\s*(?:and|&)\s+[A-Z][\w'’-]+(?:\s+et al\b|,?\s*\(?{_YEAR}\b)"
)


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
    # Each person's royal title, looked for once for both passes below.
    royal_titles: dict[int, str | None] = {}
    for mention in mentions:
        # The label first: the title is looked for around a person's name only.
        if mention.label != "PERSON":
            continue
        royal = royal_titles[id(mention)] = title_before(mention.span, ROYAL_TITLES)
        if royal and len(mention.name.split()) == 1:
            royals.setdefault(mention.name, f"{royal.title()} {mention.name}")
        elif " " not in mention.name:
            # "Meghan, Duchess of Sussex": the style a royal or a peer is known by.
            styled = _ROYAL_STYLE.match(doc_text(mention.span.doc), mention.span.end_char)
            if styled is not None:
                royals.setdefault(mention.name, f"{mention.name}, {styled.group(1)}")
    royals.update(_titled_full_names(mentions))
    shared = _shared_surnames(mentions, full_names, is_common)
    matches = _NameMatches(full_names)
    for mention in mentions:
        if mention.pinned or mention.label != "PERSON":
            continue
        royal = royal_titles[id(mention)]
        if royal and len(mention.name.split()) > 1:
            mention.canonical = f"{royal.title()} {mention.name}"
        elif royal:
            mention.canonical = royals.get(mention.name, f"{royal.title()} {mention.name}")
        elif mention.name in royals:
            # "Charles" where the document names Prince Charles is the prince; with
            # another full name of that given name too ("Charles Kennedy") it stays.
            others = [f for f in full_names if f.name.split()[0] == mention.name]
            if not others:
                mention.canonical = royals[mention.name]
        else:
            _complete_name(mention, full_names, matches)
            if mention.canonical == mention.name and mention.name in shared:
                mention.canonical = shared[mention.name]
            words = mention.name.split()
            # A surname and its generation ("Oubre Jr.") look for the given name
            # before the surname ("Kelly Oubre Jr." the model did not take).
            if mention.canonical == mention.name and (
                len(words) == 1 or _surname_and_generation(words)
            ):
                given = given_names.before(mention.span, words[0])
                full = f"{given} {mention.name}"
                if given is not None and _sex_agrees(mention.span, full):
                    mention.canonical = _opened_name(full, full_names)
    _with_middle_initial(mentions, full_names)
    _with_fuller_form(mentions, full_names)
    _with_bracketed_given_names(mentions)
    said_person = {m.name for m in mentions if m.label == "PERSON"}
    for mention in mentions:
        if not mention.pinned and mention.label in _MISLABELS:
            _relabel_part(mention, full_names, matches, is_place, mention.name in said_person)


# A middle initial between a given name and a surname ("Ann K. Lowry").
_MIDDLE_INITIAL = re.compile(r"(\S+) [A-Z]\. (\S+)")


def _with_middle_initial(mentions: Sequence[Named], full_names: Sequence[Named]) -> None:
    """A person filed under a given name and a surname ("Ann Lowry") takes the middle
    initial the document gives that name once ("Ann K. Lowry"): the fullest form of
    the name. Two different initials for one name leave it as it is."""
    initialled: dict[str, set[str]] = {}
    for full in full_names:
        match = _MIDDLE_INITIAL.fullmatch(full.name)
        if match is not None:
            initialled.setdefault(f"{match[1]} {match[2]}", set()).add(full.name)
    _take_the_one_fuller(mentions, initialled)


# An editor's words in brackets that end with a person's given name, the surname
# written after the bracket ("their dealing with (raider Irwin) Jacobs"): group 1 the
# given name, group 2 the surname.
_BRACKETED_GIVEN = re.compile(r"\([a-z][^()\n]*?\b([A-Z][a-z]+)\) ([A-Z][a-z]+)\b")


def _with_bracketed_given_names(mentions: Sequence[Named]) -> None:
    """A given name an editor put in brackets before a surname written after them
    ("(raider Irwin) Jacobs" in a quote naming him "Jacobs" only) and the surname alone
    elsewhere in the document are the person of both words ("Irwin Jacobs"), unless
    the document names a full name with that surname."""
    if not mentions:
        return
    text = doc_text(mentions[0].span.doc)
    if ") " not in text:
        return
    joined: dict[str, str] = {}
    given_at: dict[int, str] = {}
    for match in _BRACKETED_GIVEN.finditer(text):
        given, surname = match[1], match[2]
        if is_first_name(given) and not is_first_name(surname):
            given_at[match.start(1)] = joined[surname] = f"{given} {surname}"
    if not joined:
        return
    surnamed = {m.name.split()[-1] for m in mentions if m.label == "PERSON" and " " in m.name}
    for mention in mentions:
        if mention.pinned or mention.label != "PERSON":
            continue
        if mention.span.start_char in given_at and mention.name == mention.canonical:
            mention.canonical = given_at[mention.span.start_char]
        elif mention.canonical in joined and mention.canonical not in surnamed:
            mention.canonical = joined[mention.canonical]


# A romanised Chinese given name of two syllables joined by a hyphen ("Yuet-ngor").
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _split_hong_kong_names(mentions: Sequence[Named]) -> dict[int, str]:
    """Hong Kong's full names the model split in two ("Carrie Lam" and "Cheng
    Yuet-ngor" of "Carrie Lam Cheng Yuet-ngor": an English given name and a surname, then
    a surname and a Chinese given name): each part, by ``id``, and the whole name."""
    found: dict[int, str] = {}
    people = [m for m in mentions if m.label == "PERSON" and not m.pinned]
    for first, second in pairwise(people):
        words = second.name.split()
        if (
            len(first.name.split()) == 2
            and len(words) == 2
            and second.span.start_char == first.span.end_char + 1
            and _HYPHENED_GIVEN.fullmatch(words[1])
            and doc_text(first.span.doc)[first.span.end_char] == " "
        ):
            found[id(first)] = found[id(second)] = f"{first.name} {second.name}"
    return found


def _with_fuller_form(mentions: Sequence[Named], full_names: Sequence[Named]) -> None:
    """A person filed under a name of two words or more that opens one longer full name
    of the document ("Carrie Lam" beside "Carrie Lam Cheng Yuet-ngor", a Hong Kong
    name with its Chinese given name after the English one) takes the longer one: the
    fullest form the document gives. Not one ending in a generation ("John Doe Jr." may
    be John Doe's son), nor one whose further words are not capitalised names or hold
    a given name (two people the model ran together, "Ann Lee Bob Hart"; "Martin
    Luther King"); two longer names leave it as it is."""
    longer: dict[str, set[str]] = {}
    split = _split_hong_kong_names(mentions)
    for mention in mentions:
        if id(mention) in split:
            mention.canonical = split[id(mention)]
    for name in [*(f.name for f in full_names), *split.values()]:
        words = name.split()
        if _has_generation(words) or len(words) < 3:
            continue
        for end in range(2, len(words)):
            further = words[end:]
            if all(_name_word(w) and not is_first_name(w) for w in further):
                longer.setdefault(" ".join(words[:end]), set()).add(name)
    _take_the_one_fuller(mentions, longer)


def _take_the_one_fuller(mentions: Sequence[Named], fuller: dict[str, set[str]]) -> None:
    """Each person mention not pinned whose canonical name ``fuller`` maps to exactly
    one fuller name takes it; two candidates leave it as it is (never guess)."""
    if not fuller:
        return
    for mention in mentions:
        if mention.pinned or mention.label != "PERSON":
            continue
        found = fuller.get(mention.canonical)
        if found is not None and len(found) == 1:
            mention.canonical = next(iter(found))


def complete_from_title(
    mentions: Sequence[Named], title: str | None, is_common: Callable[[str], bool]
) -> None:
    """A surname alone that the text never completes takes the full name the headline
    gives it ("Embiid" in an article titled "Joel Embiid leads Sixers to victory"):
    one given name (or a given name and a middle name) just before the surname in the
    title, the only such name with that surname there. A given name the document also
    writes in lowercase ("Will", "Mark") gives none."""
    if not title:
        return
    raw = title.split()
    words = [w.strip(_TITLE_PUNCT) for w in raw]
    for mention in mentions:
        if mention.pinned or mention.label != "PERSON" or mention.canonical != mention.name:
            continue
        if " " in mention.name or not mention.name[:1].isupper():
            continue
        found = {
            name
            for at, word in enumerate(words)
            if _possessive_free(word) == mention.name
            and (name := _full_name_before(raw, at, is_common)) is not None
        }
        if len(found) == 1:
            mention.canonical = f"{found.pop()} {mention.name}"


# Punctuation around a headline's words ("notes: Joel", "Embiid's").
_TITLE_PUNCT = " \t\"'“”‘’,;:!?()[]{}—–|"


def _possessive_free(word: str) -> str:
    """``word`` (no white space in it) without a closing possessive "'s"."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _full_name_before(raw: Sequence[str], at: int, is_common: Callable[[str], bool]) -> str | None:
    """The given name (and middle name) written just before ``raw[at]`` in a headline,
    when nothing but a space separates them."""
    for count in (1, 2):
        if at - count < 0:
            return None
        before = raw[at - count : at]
        if any(not w[:1].isupper() or w[-1:] in ",;:!?|—–-" for w in before):
            return None
        first = before[0]
        if is_first_name(first) and not is_common(first):
            return " ".join(before)
    return None


def vote_by_name(mentions: Sequence[Named], is_place: Callable[[str], bool]) -> None:
    """A one-word name the document completes elsewhere to one person's full name
    ("Dion" to "Céline Dion", opening with a given name) is that person where it was
    left bare under another type ("Dion" an organisation), when the completed mentions
    are at least as many as the bare ones. A bare place after "in", "at" … or a known
    place stays ("in Washington" beside "Denzel Washington"). (Completed to an
    organisation, "Emacs" to "Emacs Lisp", "Llanelli" to "Llanelli Grammar School",
    the bare name was as often something else.)"""
    completed: dict[str, list[Named]] = {}
    bare: dict[str, list[Named]] = {}
    for mention in mentions:
        name = mention.name
        if " " in name:
            continue
        if mention.canonical != name:
            completed.setdefault(name, []).append(mention)
        elif not mention.pinned:
            bare.setdefault(name, []).append(mention)
    for name, group in completed.items():
        forms = {(m.canonical, m.label) for m in group}
        left = bare.get(name, [])
        if len(forms) != 1 or not left or len(left) > len(group):
            continue
        canonical, label = forms.pop()
        if label != "PERSON" or not given_name_led(canonical):
            continue
        for mention in left:
            if mention.label == label:
                continue
            if mention.label in _PLACE_LABELS and (is_place(name) or _after_locative(mention.span)):
                continue
            mention.canonical, mention.label = canonical, label


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
        if span_text(mention.span).endswith(("'s", "’s")):
            possessive_end = end
        elif end < len(doc) and doc[end].lower_ in ("'s", "’s"):
            possessive_end = end + 1
        else:
            continue
        if possessive_end in people:
            mention.label = "GPE"


def after_title(span: Span) -> bool:
    """True when a form of address ("Mr", "Dr", "Sir") opens or precedes the span."""
    return title_before(span, ADDRESS_TITLES) is not None


def _titled_full_names(mentions: Sequence[Named]) -> dict[str, str]:
    """The royal title and full name each given name stands for, where the document
    gives one such name for it: "Prince Saud" and "Saud" are "Prince Saud Al-Faisal"
    once the document names "Foreign Minister Prince Saud Al-Faisal"; with two princes
    of that given name, neither."""
    full: dict[str, set[str]] = {}
    for mention in mentions:
        # The label first: the title is looked for around a person's name only.
        if mention.label != "PERSON" or mention.pinned:
            continue
        royal = title_before(mention.span, ROYAL_TITLES)
        words = mention.name.split()
        if royal and len(words) > 1:
            full.setdefault(words[0], set()).add(f"{royal.title()} {mention.name}")
    return {given: names.pop() for given, names in full.items() if len(names) == 1}


def title_before(span: Span, titles: frozenset[str]) -> str | None:
    """The title among ``titles`` that opens the span (before a name) or comes just
    before it: "Ms [King]" has no royal title."""
    start = span.start
    places = [start] if span.end - start > 1 else []
    if start > 0:
        places.append(start - 1)
    # The words from the document's array: asked of every person's mention, often twice.
    lower, strings = token_values(span.doc, "LOWER"), span.doc.vocab.strings
    for index in places:
        word = strings[lower[index]].rstrip(".")
        if word in titles:
            return word
    return None


def _shared_surnames(
    mentions: Sequence[Named], full_names: list[Named], is_common: Callable[[str], bool]
) -> dict[str, str]:
    """Given names listed before a full name that they share the surname of ("Alfred,
    Ann and Mary Hollis", "Venus and Serena Ramsey"): each given name's full name, by
    name. Only listed given names the model typed people alone, a list joined by commas
    and one "and", and a full name of a given name and a surname just after the "and";
    not a list that goes on before its given names, nor a title's ("The Rosa and Ned
    Show"), nor a "surname" the document writes in lowercase (``is_common``); a given
    name listed so before two different surnames is left out."""
    by_start = {m.span.start: m for m in full_names if given_name_led(m.name)}
    found: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.label != "PERSON" or " " in mention.name or not is_first_name(mention.name):
            continue
        doc = mention.span.doc
        first = mention.span.start
        while first > 1 and doc[first - 1].text == "," and _listed_given(doc[first - 2]):
            first -= 2
        if first > 0 and doc[first - 1].lower_ in _NOT_BEFORE_GIVEN_LIST:
            # "Ann Lee, Rosa and Mary Hollis": the list goes on before the given names,
            # over other people; "The Rosa and Ned Show" is a title.
            continue
        index = mention.span.end
        while index < len(doc) and (doc[index].text == "," or _listed_given(doc[index])):
            index += 1
        if index < len(doc) and doc[index].lower_ == "and":
            full = by_start.get(index + 1)
            words = full.name.split() if full is not None else []
            if len(words) == 2 and not is_common(words[1]):
                found.setdefault(mention.name, set()).add(f"{mention.name} {words[1]}")
    return {name: next(iter(full)) for name, full in found.items() if len(full) == 1}


# Words before a list of given names that make it no family's list: another item of a
# longer list, or the article of a title.
_NOT_BEFORE_GIVEN_LIST = frozenset({",", "and", "the"})


def _listed_given(token: Token) -> bool:
    """Whether ``token`` is a capitalised given name of the list ("Ann")."""
    return token.text[:1].isupper() and is_first_name(token.text)


class _NameMatches:
    """Which of a document's full names a shorter name matches, worked out once per
    name: a document names the same people again and again, and each mention was
    compared with every full name (``_complete_name``)."""

    def __init__(self, full_names: Sequence[Named]) -> None:
        # The distinct full names with their words, and by their surname's and their
        # first word's folded form: a word that is no initial matches only a word
        # equal to it but for the case (``_same``).
        self._words = {f.name: _name_words(f.name) for f in full_names}
        self._by_last: dict[str, list[str]] = {}
        self._by_first: dict[str, list[str]] = {}
        for full, words in self._words.items():
            self._by_last.setdefault(_without_generation(full)[-1].casefold(), []).append(full)
            self._by_first.setdefault(words[0].casefold(), []).append(full)
        self._found: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
        # The full names by their last written word and the one before a generation
        # (``ends_with``), and by their first written word.
        self._surnamed: dict[str, set[str]] = {}
        self._opened: dict[str, set[str]] = {}
        for full in self._words:
            written = full.split()
            self._surnamed.setdefault(written[-1], set()).add(full)
            if _has_generation(written):
                self._surnamed.setdefault(written[-2], set()).add(full)
            self._opened.setdefault(written[0], set()).add(full)

    def ending_with(self, word: str) -> set[str]:
        """The full names that end with ``word``, one word (``ends_with``)."""
        return self._surnamed.get(word, set())

    def opened_by(self, word: str) -> set[str]:
        """The full names whose first written word is ``word``."""
        return self._opened.get(word, set())

    def of(self, name: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """The full names longer than ``name`` that end with its words (a generation
        after the surname aside), those longer that open with them, and the other names
        of as many words that equal them word by word (``_same``)."""
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = self._match(name)
        return found

    def _match(self, name: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        words = _name_words(name)
        if _surname_and_generation(words):
            return self._generation_of(words), frozenset(), frozenset()
        count = len(words)
        ending = frozenset(
            full
            for full in self._sharing(words[-1], self._by_last)
            if len(self._words[full]) > count and _same(words, _without_generation(full)[-count:])
        )
        opening = set()
        same = set()
        for full in self._sharing(words[0], self._by_first):
            full_words = self._words[full]
            if len(full_words) > count and _same(words, full_words[:count]):
                opening.add(full)
            elif len(full_words) == count and full != name and _same(words, full_words):
                same.add(full)
        return ending, frozenset(opening), frozenset(same)

    def _generation_of(self, words: Sequence[str]) -> frozenset[str]:
        """The full names a surname and a generation (``words``: "Oubre", "Jr.") end
        with: "Kelly Oubre Jr.", not "Kelly Oubre Sr."."""
        surname, generation = words[0], words[1].rstrip(".")
        return frozenset(
            full
            for full in self._sharing(surname, self._by_last)
            if _has_generation(self._words[full])
            and self._words[full][-1].rstrip(".") == generation
            and _same((surname,), _without_generation(full)[-1:])
        )

    def _sharing(self, word: str, index: dict[str, list[str]]) -> Sequence[str]:
        """The full names that may match where ``index`` holds ``word``: those of its
        folded form, all of them for an initial."""
        return list(self._words) if is_initial(word) else index.get(word.casefold(), [])


def _complete_name(mention: Named, full_names: list[Named], matches: _NameMatches) -> None:
    """Give a partial name (``mention``) the full name of the document it stands for
    (``matches``: ``full_names`` matched by name), the nearest one when several do."""
    ending, opening, same = matches.of(mention.name)
    # Surnames come last in most names, first in Chinese, Korean or Hungarian ones.
    # Each list made only where its set has a name: most mentions match none.
    candidates = [f for f in full_names if f.name in ending] if ending else []
    if (
        not candidates
        and len(opening) == 1
        and _called_by_given_name(mention.span)
        and not _titled_by_place(mention.span)
    ):
        candidates = [f for f in full_names if f.name in opening]
    if not candidates and same and len(_name_words(mention.name)) > 1:
        candidates = [f for f in full_names if f.name in same]
    if not candidates:
        return
    # "Mrs Howard" is not Michael Howard: a gendered title rules out a full name whose
    # given name is of the other sex.
    sex = _address_sex(mention.span)
    candidates = [f for f in candidates if _sex_allows(sex, f.name)]
    # A full name opening with a given name beats a "name" the model ran into a word
    # before it ("Richard Nixon", not "Boycott Nixon" of "the Committee to Boycott
    # Nixon's Memoirs"), whichever is nearer.
    led = [f for f in candidates if given_name_led(f.name)]
    if led and len(led) < len(candidates) and len(_name_words(mention.name)) == 1:
        candidates = led
    if candidates:
        mention.canonical = _nearest(mention, candidates).name


def _called_by_given_name(span: Span) -> bool:
    """Whether the name at ``span`` may be a given name opening a full name: no title
    before it, or a knight's or a dame's ("Sir Digby" is Sir Digby Jones)."""
    return not after_title(span) or title_before(span, _KNIGHTLY) is not None


def _sex_agrees(span: Span, full_name: str) -> bool:
    """False when the span's form of address and the full name's given name differ in
    sex: "Mrs Howard" is not Michael Howard, whom the same document names."""
    return _sex_allows(_address_sex(span), full_name)


def _sex_allows(sex: str | None, full_name: str) -> bool:
    """Whether a form of address of ``sex`` (None: none or no sex) may stand for
    ``full_name``: its given name is not of the other sex."""
    return sex is None or gender_of_name(full_name) in (None, sex)


def _address_sex(span: Span) -> str | None:
    """``"m"`` or ``"f"`` when a gendered form of address ("Mrs", "Mr") comes before
    ``span``, else None."""
    title = title_before(span, ADDRESS_TITLES)
    return gender_of_title(title) if title else None


def _opened_name(name: str, full_names: list[Named]) -> str:
    """The one longer full name of the document that ``name`` opens, else ``name``: a
    given name and a second name found in the text are the start of the full name
    ("Etienne" after "Camille Etienne Gbedey" is Camille Etienne Gbedey)."""
    words = name.split()
    longer = {
        f.name
        for f in full_names
        if len(f.name.split()) > len(words) and _same(words, _name_words(f.name)[: len(words)])
    }
    return longer.pop() if len(longer) == 1 else name


def _titled_by_place(span: Span) -> bool:
    """True when "in" or "at" comes just before the span and no possessive follows it:
    a given name there ("in Ray") names a film, a show or a place, not the person."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in _GIVEN_NAME_NOT_AFTER:
        return False
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return after not in ("'s", "’s") and not span_text(span).endswith(("'s", "’s"))


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
    longest: set[str] = set()
    position = text.find(" " + surname)
    while position > 0:
        start = position + 1
        position = text.find(" " + surname, start)
        token = doc.char_span(start, start + len(surname))
        if token is None or len(token) != 1 or token.start == 0:
            continue
        first = token.start
        if _hyphenated_given_name(doc, first):
            # "Pei-yuan Chia": a romanised given name of two syllables.
            given = doc[first - 3 : first].text
            found.add(given)
            longest.add(given)
            continue
        # "spokesman Ali Akbar Hashemi Rafsanjani": the given names before the second.
        while first > max(token.start - _GIVEN_WORDS, 0) and _given_word(
            doc[first - 1], is_common, next_to_surname=first == token.start
        ):
            first -= 1
        if first < token.start:
            found.add(doc[token.start - 1].text)
            longest.add(doc[first : token.start].text)
    if len(found) != 1:
        return None
    # The words before the one given name, where every mention has the same.
    return longest.pop() if len(longest) == 1 else found.pop()


# The most words a name the model did not take has before its surname.
_GIVEN_WORDS = 3
# English prefixes a hyphen joins to a word ("Co-founder", "Ex-minister").
_HYPHEN_PREFIXES = frozenset(
    "co ex non anti pro pre post mid semi multi sub inter trans re self vice de counter "
    "over under out cross ultra neo pan euro afro anglo franco sino all half step".split()
)


def _hyphenated_given_name(doc: Doc, start: int) -> bool:
    """Whether the three tokens before ``start`` are one proper noun of two parts glued
    by a hyphen ("Pei-yuan", "Dae-jung"), spaced from the surname, with no entity of
    its own, not an English prefix ("Co-", "Anti-") and not opening a sentence."""
    if start < 3:
        return False
    first, dash, second = doc[start - 3], doc[start - 2], doc[start - 1]
    glued = dash.text == "-" and not first.whitespace_ and not dash.whitespace_
    if not glued or second.whitespace_ != " " or first.ent_type_ or second.ent_type_:
        return False
    shaped = first.text.isalpha() and first.text.istitle() and second.text.isalpha()
    proper = first.tag_ == "NNP" and second.tag_ == "NNP" and not first.is_sent_start
    return shaped and proper and first.lower_ not in _HYPHEN_PREFIXES


def _given_word(before: Token, is_common: Callable[[str], bool], next_to_surname: bool) -> bool:
    """Whether ``before`` may be a given name written before a surname: a capitalised
    word inside a sentence, no title, no other entity and no common word."""
    return (
        before.whitespace_ == " "
        and before.text[:1].isupper()
        and before.text[1:].islower()
        and before.is_alpha
        and (not before.is_sent_start or _sentence_opening_name(before, next_to_surname))
        and before.ent_type_ in ("", "PERSON")
        and before.lower_ not in PERSON_TITLES
        and before.lower_ not in ROYAL_TITLES
        and not before.is_stop
        and not is_common(before.text)
    )


def _sentence_opening_name(word: Token, next_to_surname: bool) -> bool:
    """Whether a capitalised word opening a sentence may still be a given name
    ("Abdoulaye Fadiga told reporters"): a listed first name, or, just before the
    surname, a word news prose never writes in lowercase (``common_words.txt``).
    "Yesterday Fadiga" is neither; "Premier" in "Premier Aldous Kerrigan" is a rank."""
    return is_first_name(word.text) or (next_to_surname and word.lower_ not in common_words())


def _same(words: Sequence[str], full: Sequence[str]) -> bool:
    """Word by word equal, an initial ("P.", "K") standing for any word it starts and a
    particle equal in either case ("Van Nistelrooy" opening a sentence is Ruud van
    Nistelrooy)."""
    if len(words) != len(full):
        return False
    for word, other in zip(words, full, strict=True):
        if word == other or (word.casefold() == other.casefold() and word.casefold() in _PARTICLES):
            continue
        if not (is_initial(word) and other.startswith(word[0]) and len(other) > 2):
            return False
    return True


def generation_stops(mentions: Sequence[Named], text: str) -> None:
    """A person's canonical name ending in "Jr" or "Sr" takes the abbreviation's full
    stop where the document writes it inside a sentence ("Ann Doe Jr., a lawyer",
    "Doe Jr. — who"): the stop is part of the name as the text gives it. A stop that
    may end the sentence ("said Ann Doe Jr. Then") tells nothing: wire copy writes "Jr"
    without one. ``mentions``' canonical names change in place."""
    if "Jr." not in text and "Sr." not in text:
        return
    stopped = {
        m.canonical
        for m in mentions
        if m.label == "PERSON"
        and text.endswith(("Jr.", "Sr."), 0, m.span.end_char)
        and m.canonical.endswith((" Jr", " Sr"))
        and _inside_sentence(text, m.span.end_char)
    }
    for mention in mentions:
        if mention.label == "PERSON" and mention.canonical in stopped:
            mention.canonical += "."


def _inside_sentence(text: str, end: int) -> bool:
    """Whether the sentence goes on after ``end``: a comma, a semicolon, a colon, a
    closing bracket, a dash or a lowercase word comes next on the line."""
    rest = text[end : end + 3].lstrip(" ")
    return bool(rest) and (rest[0] in ",;:)—–-" or rest[0].islower())


def is_initial(word: str) -> bool:
    """ "P." or "K" (team sheets and credits drop the full stop)."""
    return word[:1].isupper() and word[:1].isalpha() and word[1:] in ("", ".")


@cache
def _without_generation(name: str) -> tuple[str, ...]:
    """The words of a full name without the generation written after the surname
    ("Charles E. Exley Jr" ends with "Exley", whom the story then calls "Exley")."""
    words = _name_words(name)
    return words[:-1] if _has_generation(words) else words


def _surname_and_generation(words: Sequence[str]) -> bool:
    """Whether a name's ``words`` are a surname and a generation ("Oubre Jr.", as a
    sports page names Kelly Oubre Jr. again)."""
    return len(words) == 2 and words[1].rstrip(".") in _GENERATIONS and not is_initial(words[0])


def _has_generation(words: Sequence[str]) -> bool:
    """Whether a full name's ``words`` end with a generation after the surname ("Jr")."""
    return len(words) > 2 and words[-1].rstrip(".") in _GENERATIONS


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
        if mention.pinned or mention.label not in _MISLABELS:
            continue
        if given_name_led(mention.name) and alone[words[-1]] >= otherwise[mention.name]:
            people.add(mention.name)
    for mention in mentions:
        if mention.name in people and not mention.pinned:
            mention.label = "PERSON"


def given_name_led(name: str, given: Callable[[str], bool] = is_first_name) -> bool:
    """Whether ``name`` has the shape of a person's full name: two or three capitalised
    words, the first a given name ("Carolina Kluft", "Nadia Mohamed"). ``given`` says
    what is a given name: the list of first names by default; the speaker resolver
    also accepts a word the document never writes in lowercase ("Helmut Panke")."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and given(words[0])


def ends_with(name: str, words: Sequence[str]) -> bool:
    """Whether ``name``'s last words are ``words`` (one or more): "David Moyes" ends
    with "Moyes", a surname or "Mr Moyes" without its title naming that person. A
    generation written after the surname is passed over: "Charles Siess Jr" ends with
    "Siess", whom the story then calls by that surname alone."""
    written = name.split()
    if written[-len(words) :] == list(words):
        return True
    return _has_generation(written) and written[-len(words) - 1 : -1] == list(words)


def _relabel_part(
    mention: Named,
    full_names: list[Named],
    matches: _NameMatches,
    is_place: Callable[[str], bool],
    said_person: bool,
) -> None:
    """The model may call a surname or first name it has seen as a person's something
    else; a place is left alone after "in", "at" (unless the model also called the
    same word a person) and when it is a known place (``matches``: ``full_names``
    matched by name)."""
    words = _name_words(mention.name)
    if len(words) > 1:
        # "K Maggs" in a team sheet where the text names Kevin Maggs.
        if all(is_initial(word) for word in words[:-1]):
            initialled = [f for f in full_names if _initialled(words, _name_words(f.name))]
            if len({f.canonical for f in initialled}) == 1:
                mention.canonical, mention.label = initialled[0].canonical, "PERSON"
        return
    if mention.label in _PLACE_LABELS and not said_person:
        start = mention.span.start
        before = mention.span.doc[start - 1].lower_ if start > 0 else ""
        if before in _LOCATIVE or is_place(mention.name):
            return
    surnamed = matches.ending_with(mention.name)
    found = [f for f in full_names if f.name in surnamed]
    family = mention.name[:-1] if mention.name.endswith("s") else ""
    if not found and family and matches.ending_with(family):
        # "the Beckhams": the family of a person named in full; named as written.
        mention.label = "PERSON"
        return
    if not found:
        if _titled_by_place(mention.span):
            return
        opened = matches.opened_by(mention.name)
        found = [f for f in full_names if f.name in opened]
        if len({f.canonical for f in found}) != 1:
            return
    if found:
        mention.canonical, mention.label = _nearest(mention, found).canonical, "PERSON"


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


# Last words of the names of places, buildings, institutions and teams that open with
# a given name ("Victoria Park", "Charlotte Hornets", "Florence Nightingale Hospital"):
# such a name is never a person's, whatever the document says about it. Compiled by
# hand from the heads of UK and US place and institution names and the nicknames of
# British, American and Australian sports teams.
_NOT_PERSON_HEADS = frozenset(
    """park street road avenue lane square way drive place gardens garden green hospital
    school academy centre center hall house church chapel abbey court club city town
    county island islands bay beach hill hills valley river lake falls springs station
    line tower bridge estate port harbour harbor heights point fc afc united rovers
    wanderers athletic albion rangers celtic panthers tigers lions bears eagles hawks
    falcons giants warriors kings knights saints wolves sharks bulls jets rams raiders
    chargers chiefs broncos hornets bobcats cavaliers mavericks rockets nuggets suns
    magic heat thunder swans crows roosters storm titans cowboys sox cubs reds blues
    whites dodgers astros cardinals mariners padres pirates quay wharf plaza market mall
    times news post journal herald telegraph mail review press gazette tribune chronicle
    observer guardian standard express star sun mirror magazine research partners
    associates investments securities capital consulting media records pictures studios
    films entertainment brothers bros laboratories labs show""".split()
)
# Given names that are also common words, too often the start of something else
# ("Will Power", "Grace Church", "Summer Palace").
_WORD_NAMES = frozenset(
    """will may mark bill rose grace hope summer june april august page major guy rich
    joy faith chance iris ivy lily daisy penny ruby pearl ray dawn don earl king prince
    duke sterling crystal amber destiny sky jack cliff dean rod victory honor honour
    christian marquis sunday golden star roman""".split()
)
_ROLE_HEADS = frozenset("archbishop bishop cardinal chief".split())
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})
# "it" and "they" stand for too much else ("Kluft said it was her best jump").
_THING_PRONOUNS = frozenset({"its", "itself"})
_NEAR = 3
# What stands between two items of a list of people: commas, "and", ranks, line breaks,
# and a bracket after each ("Gaston Gaudio (Argentina)").
_LIST_GAP = re.compile(r"(?:\s|,|;|&|\band\b|\d+\.?|\([^()\n]{0,40}\))*")
_LIST_MARK = re.compile(r"[,;&\n)]|\band\b")
# A height in feet (and inches) written as one modifier just before a name ("the
# 7-foot-3 Kristaps Porzingis", "6-foot Ana Ruiz"), as sports writing gives a player's.
_HEIGHT_BEFORE = re.compile(r"\b\d-(?:foot|feet)(?:-\d{1,2})? $")
_HEIGHT_REACH = len("9-foot-11 ")
# Just after a name (", who …"), the relative pronoun tells a person from a thing.
_RELATIVES = {"who": "person", "whom": "person", "which": "thing"}


def people_by_evidence(
    mentions: Sequence[Named],
    is_curated: Callable[[str], bool],
    is_common: Callable[[str], bool],
    reporting_verbs: frozenset[str],
    text: str,
) -> None:
    """A full name of two or three capitalised words opening with a given name
    ("Carolina Kluft") that the model called an organisation, a place or a work is a
    person when the document says so: the name or its surname is the subject of a
    reporting verb ("Kluft said") or follows "Mr", "Ms", "Dr"; "he", "she", "his", "her"
    or "who" is the next pronoun; an age follows it ("(27)"); it is listed beside a
    person named in full ("Lionel Richie and Michael Jackson", a results table), or its
    surname alone is listed beside a person ("Tatum and Brown"); or the name or its
    surname is a person elsewhere in the document. A mention followed by
    "its" or ", which", or after "at", rules it out, as do a given name that is also a
    common word ("Grace"), the last word of a place's, an institution's or a team's
    name ("Park", "Hospital", "Panthers") and a curated name. ``text`` is the
    document's text."""
    listed = _listed_beside_people(mentions, text)
    people = {
        mention.name
        for index, mention in enumerate(mentions)
        if not mention.pinned
        and mention.label in _MISLABELS
        and _person_shaped(mention.name, is_curated, is_common)
        and (
            _said_to_be_person(mention.name, mentions, reporting_verbs)
            or _listed_with_person(index, mentions, text)
            or mention.name.split()[-1] in listed
        )
        and not _said_to_be_thing(mention.name, mentions)
    }
    for mention in mentions:
        if mention.name in people and not mention.pinned:
            mention.label = "PERSON"


def _person_shaped(
    name: str, is_curated: Callable[[str], bool], is_common: Callable[[str], bool]
) -> bool:
    """Two or three capitalised words, the first a given name that is no common word,
    the last no head of a place's, institution's or team's name, the whole not curated."""
    words = name.split()
    if not 2 <= len(words) <= 3 or is_curated(name):
        return False
    if not all(_name_word(word) for word in words):
        return False
    first, last = words[0], words[-1].casefold()
    if first.casefold() in _WORD_NAMES or first.casefold() in STOP_WORDS:
        return False
    # A word the document also writes in lowercase is a common word ("Order").
    if not is_first_name(first) or any(is_common(word) for word in words):
        return False
    # "The Roman Catholic Archbishop" names a role, not a person.
    if last in _NOT_PERSON_HEADS or last in PERSON_TITLES or last in _ROLE_HEADS:
        return False
    return label_by_head(name, "PERSON") == "PERSON"


def _name_word(word: str) -> bool:
    """A capitalised word of a name ("MacRae", "O'Neill", "Smith-Jones", "A.")."""
    letters = word.replace("-", "").replace("'", "").replace("’", "").replace(".", "")
    return letters.isalpha() and word[:1].isupper() and (len(letters) == 1 or not word.isupper())


def _said_to_be_person(
    name: str, mentions: Sequence[Named], reporting_verbs: frozenset[str]
) -> bool:
    """Whether the document gives person evidence for ``name`` or its surname."""
    surname = name.split()[-1]
    own = [m for m in mentions if m.name in (name, surname)]
    if any(m.label == "PERSON" or _person_cue(m.span) for m in own):
        return True
    if any(_pronoun_after(m.span) == "person" for m in own):
        return True
    doc = own[0].span.doc
    # The surname's places from the document's array: no Token for every other word.
    return any(
        _reports(doc[index], reporting_verbs) or _titled(doc[index])
        for index in positions(doc, "ORTH", (surname,))
    )


def _said_to_be_thing(name: str, mentions: Sequence[Named]) -> bool:
    """Whether a mention of ``name`` is followed by "its" or ", which", or comes after
    "at" ("an analyst at Merrill Lynch": one works at an organisation)."""
    own = [m for m in mentions if m.name == name]
    return any(_pronoun_after(m.span) == "thing" or _after_at(m.span) for m in own)


def _listed_with_person(index: int, mentions: Sequence[Named], text: str) -> bool:
    """Whether the mention at ``index`` is an item of a list beside a person named in
    full: only commas, "and", numbers, line breaks and brackets ("(Argentina)", "(Stade
    Toulousain)") stand between it and the nearest name of two words or more before or
    after it, and that name is a person's."""
    mention = mentions[index]
    before = [m for m in mentions[:index] if " " in m.name][-1:]
    after = [m for m in mentions[index + 1 :] if " " in m.name][:1]
    for other in before + after:
        start = min(other.span.end_char, mention.span.end_char)
        end = max(other.span.start_char, mention.span.start_char)
        gap = text[start:end]
        if other.label == "PERSON" and _separates_items(gap):
            return True
    return False


def _listed_beside_people(mentions: Sequence[Named], text: str) -> set[str]:
    """The one-word names listed beside a person's name (``_lists``): "Tatum" of
    "Tatum and Brown" where Brown is a person."""
    return {
        mention.name
        for run in _lists(mentions, text)
        for mention in run
        if " " not in mention.name
        and any(other.label == "PERSON" and other.name != mention.name for other in run)
    }


def people_by_height(
    mentions: Sequence[Named], text: str, is_curated: Callable[[str], bool]
) -> None:
    """A name of two or three capitalised words that the model called an organisation,
    a place or a work is a person when a height in feet stands just before it in
    ``text``, the document's ("the 7-foot-3 Kristaps Porzingis", "6-foot Ana Ruiz"): a
    player's, as sports writing gives it. Every mention of that name follows; a curated
    name stays."""
    tall = {
        mention.name
        for mention in mentions
        if not mention.pinned
        and mention.label in _MISLABELS
        and 2 <= len(words := mention.name.split()) <= 3
        and all(_name_word(word) for word in words)
        and _HEIGHT_BEFORE.search(
            text, max(mention.span.start_char - _HEIGHT_REACH, 0), mention.span.start_char
        )
        is not None
        and not is_curated(mention.name)
    }
    for mention in mentions:
        if mention.name in tall and not mention.pinned and mention.label in _MISLABELS:
            mention.label = "PERSON"


def cited_authors(
    mentions: Sequence[Named],
    text: str,
    is_place: Callable[[str], bool],
    is_curated: Callable[[str], bool],
) -> None:
    """A one-word name cited as an author ("(Tannenbaum, 1958)", "Hauser (2010)",
    "Hauser et al.", "Blake and Mouton (1964)") that the model called an organisation,
    a place or a work is a person, and so are the other mentions of that name in
    ``text``, the document's text. Words in capitals ("(OECD, 2019)"), known places
    and curated names stay as they are."""
    cited = {
        mention.name
        for mention in mentions
        if not mention.pinned
        and mention.label in _MISLABELS
        and " " not in mention.name
        and _name_word(mention.name)
        and _CITED.match(text, mention.span.end_char)
        and not is_place(mention.name)
        and not is_curated(mention.name)
    }
    for mention in mentions:
        if mention.name in cited and not mention.pinned and mention.label in _MISLABELS:
            mention.label = "PERSON"


def people_in_lists(
    mentions: Sequence[Named],
    text: str,
    is_place: Callable[[str], bool],
    is_curated: Callable[[str], bool],
) -> None:
    """A one-word name the model called an organisation, a place or a work, listed
    among people ("fouls on Joaquin, Casillas and Marchena", a team sheet "Douglas,
    Henchoz, McNamara"), is a person: only commas, "and", numbers, line breaks and
    brackets stand between the items (``mentions`` in text order, ``text`` the
    document's), and more of them are people than not (an item is a person when the
    model calls its name a person anywhere in the document). A pair is no such list
    ("David Udell, Group President", "William Hill and Ladbrokes"), nor is a list with
    a known place ("Lesotho, Sri Lanka and Bangaldesh"); a possessive ("and Milan's
    defence"), a place after "in" or "at", a nationality, a curated name and a word in
    capitals stay as they are."""
    said_person = {m.name for m in mentions if m.label == "PERSON"}
    for run in _lists(mentions, text):
        others = [m for m in run if m.name not in said_person]
        if not others or len(run) - len(others) <= len(others):
            continue
        if any(is_place(m.name) for m in run):
            continue
        for mention in run:
            name = mention.name
            if mention.pinned or mention.label not in _LISTED_AS_PEOPLE or " " in name:
                continue
            if mention.label in _PLACE_LABELS and _after_locative(mention.span):
                continue
            if _name_word(name) and not is_curated(name) and not _possessive(mention.span):
                mention.label = "PERSON"


def _possessive(span: Span) -> bool:
    """Whether the span ends with "'s" or has it just after."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return after in ("'s", "’s") or span_text(span).endswith(("'s", "’s"))


def _after_locative(span: Span) -> bool:
    """Whether "in", "at", "from" … comes just before ``span``."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _LOCATIVE


def _lists(mentions: Sequence[Named], text: str) -> list[list[Named]]:
    """The runs of at least two mentions that only list marks separate."""
    return [run for run in list_runs(mentions, text, _separates_items) if len(run) > 1]


def _separates_items(gap: str) -> bool:
    """Whether ``gap`` holds only list marks, numbers and brackets, and one mark at least."""
    return bool(_LIST_GAP.fullmatch(gap) and _LIST_MARK.search(gap))


def _reports(token: Token, reporting_verbs: frozenset[str]) -> bool:
    """The word (or the name it ends) is the subject of a reporting verb ("MacRae said")."""
    head = token.head
    while token.dep_ in ("compound", "flat") and head is not token:
        token, head = head, head.head
    return token.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in reporting_verbs


def _titled(token: Token) -> bool:
    """A form of address before the word ("Mr MacRae", "Dr Calum MacRae")."""
    doc = token.doc
    at = token.i - 1
    if at >= 0 and doc[at].text[:1].isupper() and is_first_name(doc[at].text):
        at -= 1
    return at >= 0 and doc[at].lower_.rstrip(".") in ADDRESS_TITLES


def _pronoun_after(span: Span) -> str | None:
    """ "person" or "thing" for the first pronoun after ``span`` in its sentence, when
    no other name comes before it, or for "who" or "which" just after it; else ``None``."""
    for token in span.doc[span.end : span.sent.end]:
        if token.i <= span.end + 1 and token.lower_ in _RELATIVES:
            return _RELATIVES[token.lower_]
        if token.ent_type_:
            return None
        # Far from a name that is not the subject, "he" may be another's ("the
        # festival's Golden Kinnaree awards, said he").
        near = token.i - span.end < _NEAR or span.root.dep_ in ("nsubj", "nsubjpass")
        if token.lower_ in _PERSON_PRONOUNS and near:
            return "person"
        if token.lower_ in _THING_PRONOUNS:
            return "thing"
    return None


def _after_at(span: Span) -> bool:
    """ "at" just before the name, or before "the" before it."""
    doc = span.doc
    at = span.start - 1
    if at >= 0 and doc[at].lower_ == "the":
        at -= 1
    return at >= 0 and doc[at].lower_ == "at"


def surnames_that_report(mentions: Sequence[Named], reporting_verbs: frozenset[str]) -> None:
    """A surname that is also a place's name ("Holland", "Jordan", "Chad"), written
    alone as the subject of a reporting verb ("Holland added that …"), is the person
    the document names in full with it ("Grant Holland"), when one person only has that
    surname: a place says nothing. The word left as the model typed it elsewhere ("in
    Holland" stays the country). A curated place's pin gives way: the alias table
    read the word, the sentence reads a person."""
    full: dict[str, set[str]] = {}
    for mention in mentions:
        words = _name_words(mention.name)
        if mention.label == "PERSON" and len(words) >= 2 and given_name_led(mention.name):
            full.setdefault(words[-1], set()).add(mention.name)
    for mention in mentions:
        if mention.label not in _PLACE_LABELS or len(mention.span) != 1:
            continue
        word = mention.span[0]
        names = full.get(word.text, set())
        if len(names) == 1 and _reports(word, reporting_verbs):
            mention.name, mention.label, mention.canonical = word.text, "PERSON", next(iter(names))


# A surname written alone: a capitalised word of letters (a hyphen or an apostrophe
# inside: "Smith-Jones", "O'Neill").
_SURNAME_SHAPE = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?")
# Words before a bare surname that make it part of something else ("the Brown report").
_NOT_BEFORE_SURNAME = frozenset({"the", "a", "an"})


def untagged_surnames(
    mentions: Sequence[Named],
    text: str,
    is_common: Callable[[str], bool],
    is_place: Callable[[str], bool],
) -> list[Span]:
    """The surname of a person the document names in full (two or three capitalised
    words opening with a given name, listed or never written in lowercase: "Orla
    Guerin"), written alone after that
    name where the model tagged nothing ("Guerin believes …"): one PERSON span per such
    word, in text order. A surname that two full names share, that is also a given name,
    a word the document or news writes in lowercase ("Young", "Rich") or a place is
    left alone, and so is a word glued to a capitalised word, an article or a hyphen
    ("the Guerin report", "Guerin Street")."""
    first_named: dict[str, int] = {}
    owners: dict[str, set[str]] = {}

    def given(word: str) -> bool:
        """A listed given name, or a word written only capitalised ("Orla")."""
        return is_first_name(word) or not (is_common(word) or word.lower() in common_words())

    # A document names the same people again and again: each name's shape asked once.
    shaped: dict[str, bool] = {}
    for mention in mentions:
        if mention.label != "PERSON":
            continue
        if mention.name not in shaped:
            shaped[mention.name] = given_name_led(mention.name, given)
        if not shaped[mention.name]:
            continue
        surname = _without_generation(mention.name)[-1]
        owners.setdefault(surname, set()).add(mention.name)
        first_named.setdefault(surname, mention.span.end_char)
    if not first_named:
        return []
    doc = mentions[0].span.doc
    taken = {index for m in mentions for index in range(m.span.start, m.span.end)}
    found: list[Span] = []
    for surname, after in first_named.items():
        if len(owners[surname]) > 1 or not _bare_surname_word(surname, is_common, is_place):
            continue
        for start in whole_word_starts(text, surname, after):
            token = doc.char_span(start, start + len(surname))
            if token is not None and len(token) == 1 and _stands_alone(token[0], taken):
                found.append(Span(doc, token.start, token.end, label="PERSON"))
    return sorted(found, key=lambda span: span.start)


def _bare_surname_word(
    surname: str, is_common: Callable[[str], bool], is_place: Callable[[str], bool]
) -> bool:
    """Whether ``surname`` alone can only be the person: shaped as a surname, no given
    name, no word written in lowercase, no place."""
    return (
        _SURNAME_SHAPE.fullmatch(surname) is not None
        and len(surname) > 2
        and not is_first_name(surname)
        and surname.casefold() not in common_words()
        and not is_common(surname)
        and not is_place(surname)
    )


def _stands_alone(token: Token, taken: set[int]) -> bool:
    """Whether the word ``token`` is untagged and no part of a longer name: no entity,
    no capitalised word glued before it inside its sentence (a title apart: "Ms"), no
    article before it, no capitalised word or hyphen after it."""
    if token.i in taken or token.ent_type_:
        return False
    doc = token.doc
    if token.i > 0:
        before = doc[token.i - 1]
        inside = not token.is_sent_start and "\n" not in before.whitespace_
        titled = before.lower_.rstrip(".") in PERSON_TITLES
        if inside and (before.lower_ in _NOT_BEFORE_SURNAME or before.text in "-–"):
            return False
        if inside and before.text[:1].isupper() and not titled:
            return False
    if token.i + 1 < len(doc):
        after = doc[token.i + 1]
        if not token.whitespace_ and after.text in "-–":
            return False
        if token.whitespace_ == " " and after.text[:1].isupper() and after.is_alpha:
            return False
    return True


# What may open a list item before the name: spaces, then a bullet or an item number.
_ITEM_MARK = re.compile(r"[ \t]*(?:[-–—•*·▪►]|\d{1,2}[.)])[ \t]*")
_ITEM_OTHERWISE = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC"})


def people_at_list_items(
    mentions: Sequence[Named], text: str, is_curated: Callable[[str], bool]
) -> None:
    """A name of two or three capitalised words opening a bulleted or numbered list
    item, which the model typed an organisation, a product, a work or a building (a
    bullet before a name reads as a heading to it), is a person when it opens with a
    listed given name ("• Pieter Brandt, a lawyer") or when most names opening the
    document's list items are people: not a curated name, nor a name whose last word
    heads an organisation or a building ("• Acme Holdings")."""
    if "\n" not in text:
        return
    openers = [m for m in mentions if _opens_list_item(m.span, text)]
    if not openers:
        return
    most_people = 2 * sum(m.label == "PERSON" for m in openers) > len(openers)
    for mention in openers:
        if mention.pinned or mention.label not in _ITEM_OTHERWISE:
            continue
        words = mention.name.split()
        if not 2 <= len(words) <= 3 or not all(_name_word(word) for word in words):
            continue
        if is_curated(mention.name) or org_head(words):
            continue
        if label_by_head(mention.name, "PERSON") != "PERSON":
            continue
        if most_people or given_name_led(mention.name):
            mention.label = "PERSON"


def _opens_list_item(span: Span, text: str) -> bool:
    """Whether only a bullet or an item number (and spaces) stand before ``span`` on
    its line."""
    start = span.start_char
    line_start = text.rfind("\n", 0, start) + 1
    return line_start < start and _ITEM_MARK.fullmatch(text, line_start, start) is not None
