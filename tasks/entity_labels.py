"""Labels decided from more than the model's one guess per mention.

``label_by_head(name, label)`` reads the type off the last word of a name (an
"… Awards" is an EVENT, a "… Agreement" or "… Act" a LAW, a "… Corp" or "… Council"
an ORG) and a ship's prefix off its first ("HMS Chatham" is a PRODUCT).
``by_description(mentions)`` types a name by a common noun that describes it
("Kawana Foods, a rice cracker store", "director Ang Lee", "the Balco laboratory").
``venues(mentions)`` types an organisation named "… Academy" or "… Hall" just after
"at" in a sentence about a show as the building.
``list_siblings(mentions, text)`` types one-word "persons" listed among companies
("Burberry, Mothercare and … Procter & Gamble") as companies. ``vote(groups)`` gives
every mention of the same name in a document the label most of them have, unless
curated data fixed it. ``singular_group(name)`` files "Americans" under "American".
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Span, Token

from tasks.nlp import doc_text, positions, span_text, token_values, word_lower
from tasks.person_gender import is_first_name

_EVENT_HEADS = frozenset(
    """awards award prize prizes olympics championships championship cup marathon
    festival tournament trophy bowl open race races rally regatta derby relays contest
    contests pageant olympiad""".split()
)
# Heads of the names of historic events ("the Great Recession", "the Suez Crisis",
# "the Cold War"), written capitalised: "Before the war" is no name.
_HISTORIC_HEADS = frozenset("recession depression crash crisis war revolution uprising".split())
# Heads of the names of historic movements of people ("the Great Migration", "the
# Mariel Exodus"), in names of capitalised words only: "International Organization for
# Migration" is an institution.
_MOVEMENT_HEADS = frozenset({"migration", "exodus"})
# The year that dates such an event after "of".
_YEAR = re.compile(r"1\d{3}|20\d{2}")
# Heads of two words: "… Cross Country", "… Grand Prix", "… Half Marathon", "the Grand
# Slam" (rugby's and tennis's honour).
_EVENT_HEADS_2 = frozenset(
    {"cross country", "grand prix", "half marathon", "world series", "grand slam", "triple crown"}
)
_EVENT_FROM = frozenset({"ORG", "WORK_OF_ART", "PERSON", "GPE", "FAC", "PRODUCT", "NORP"})
# A holiday is named by a possessive before "Day" ("Valentine's Day", "Presidents'
# Day", "New Year's Day"): an EVENT, where a surname "Day" follows a given name.
_HOLIDAY_HEAD = "day"
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
# Events named by their kind and "of": "Feast of the Winter Star", "Battle of Britain",
# "Festival of Light" (a title stays a title: "Battle of the Sexes" the film).
_EVENT_BEFORE_OF = frozenset("feast festival battle siege carnival".split())
_LAW_HEADS = frozenset(
    # "Carta" is the Latin charter ("Magna Carta").
    "agreement accord accords treaty act protocol amendment bill charter carta constitution".split()
)
_LAW_FROM = frozenset({"EVENT", "ORG", "WORK_OF_ART", "PRODUCT", "NORP"})
# Kinds of law named by what they are on or of ("the European Convention on Human
# Rights", "the Treaty of Rome", "Charter of Fundamental Rights"); "Convention of …"
# names assemblies too ("Convention of Scottish Local Authorities"), so it takes "on".
_LAW_BEFORE = {
    "on": frozenset("convention covenant treaty charter agreement accord protocol".split()),
    "of": frozenset("treaty charter covenant act protocol".split()),
}
# A bill or an act of a parliament the model took for a person or a place ("the
# Agriculture Bill"): those two heads make a LAW of any label.
_BILL_HEADS = frozenset({"bill", "act"})
# What stands between two items of a list of names: a comma, "and" or "or", and after
# "and" a few lowercase words ("and consumer products giant …").
_LIST_GAP = re.compile(
    r"\s*,\s*(?:(?:and|or)\s+(?:[a-z]+\s+){0,3})?|\s+(?:and|or)\s+(?:[a-z]+\s+){0,3}"
)
_LIST_MIN = 3
# Between two items of a list of figures: the first item's figure, maybe its figure of
# a year before in brackets, and a comma ("Belgium 546,423 (595,635), Italy"); or
# "and" between two names of one item ("Spain and Canary Islands 176,287").
_FIGURE_GAP = re.compile(
    r"\s+\d[\d,.]*\)?\s*(?:\(\s*\d[\d,.]*\s*\)\s*)?[,;]\s*(?:and\s+)?|\s+and\s+"
)
_FIGURE_LIST_MIN = 4
# Words before "by" that make the name after it the person who made a work ("directed
# by Ang Lee"); organisations publish, produce or design more often than they write.
# A photo credit names the photographer the same way ("Photo by Alberto Riva").
_MADE_BY = frozenset(
    """directed written composed painted photographed illustrated photo photos photograph
    photography image images picture pictures illustration""".split()
)
# Programs after whose name they come are programming languages, whatever the model
# called the name ("the Cobra interpreter"), and malicious programs are named by their
# kind ("the Zafi virus", which the model takes for a company); an organisation's
# "app" is its own.
_CODE_RUN_BY = frozenset({"interpreter", "compiler", "virus", "worm", "trojan", "malware"})
# Words between a noun and the name it introduces ("a sitcom called Thin Singer").
_CALLED = frozenset("called named titled entitled dubbed".split())
# Words that give a person's other name ("DJ Norman Cook - aka Fatboy Slim"): the name
# after them is the person's too, whatever the model made of it.
_ALSO_KNOWN = frozenset({"aka", "a.k.a.", "a.k.a"})
# Punctuation that may stand between a name and "aka", or a noun and the name that
# says which one it is ("her company: Organic Liaison").
_ASIDE = frozenset({"-", "–", "—", ",", "("})
# A band's member named by the band just before ("former Nirvana frontman Kurt Cobain"):
# that name is the band, an organisation, wherever the model put it.
_BAND_ROLES = frozenset({"frontman", "frontwoman"})
# Prepositions that open examples of a kind ("firms like …", "banks including …",
# "carmakers such as …").
_EXAMPLE_OF = frozenset({"like", "including", "as"})
# Links of a list of names as the parser hangs them on its first item.
_LIST_LINKS = frozenset({"conj", "appos"})
# Number words that count a list's names before the noun that describes them all.
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
# The most words a list of names runs over on either side of one of them.
_LIST_REACH = 12
_MAX_LIST_ITEMS = 8
# Types a noun before "of" gives a name after it ("the island of Redonda", "the town of
# Embu"): only kinds of place, and only a name the model took for no place at all.
_PLACE_OF = frozenset({"GPE", "LOC"})
_NOT_PLACES = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"})
# The model takes a brand for a person's name; a list of companies or products is
# evidence of what the odd one out is.
_SIBLING_LABELS = frozenset({"ORG", "PRODUCT"})
# Prefixes of the names of ships (Her Majesty's Ship, United States Ship, …): a ship
# is a vehicle, a PRODUCT, whatever the model made of it ("HMS Chatham" as a FAC).
_SHIP_PREFIXES = frozenset("hms uss usns hmas hmcs hmnzs rms".split())
# A ship's tonnage written by its name ("the Acme Star, 12,000 dwt", "the 80,000-dwt
# Acme Star", "31,000 tonnes dw"): deadweight measures only ships, so the name is one.
_TONNAGE_AFTER = re.compile(r",? \(?[\d,.]+(?: |-)(?:dwt\b|deadweight\b|tonnes? dw\b)")
_TONNAGE_WORD = re.compile(r"\d[ -](?:dwt|deadweight|tonnes? dw)\b")
_TONNAGE_BEFORE = re.compile(r"[\d,.]+(?: |-)(?:dwt|deadweight) $")
# How far around a name the tonnage is looked for, in characters.
_TONNAGE_REACH = 32
# A code of capitals and at least four digits, glued or hyphenated ("GSK2586184",
# "BX-4417"): a drug candidate's or a device's code, which the model takes for a
# company or a place; company and place names carry no such run of digits.
_PRODUCT_CODE = re.compile(r"[A-Z]{2,5}-?\d{4,}")
_CODE_FROM = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC"})
_NOT_PLURAL = ("ss", "us", "is")
# The French, Spanish, Portuguese and Italian words for a company or a bank that open
# companies' names ("Cie Financiere de Paribas", "Societe Generale", "Banco Central":
# those Reuters-21578 writes before a capitalised word in its first 3,000 stories,
# Banque 19 times, Societe 12, Cie 6, Groupe 4, Banco 4, Societa 2, Compagnie 1, and
# their spellings in the other languages): a company, whatever the model saw.
_COMPANY_OPENINGS = frozenset(
    """cie cia compagnie compania companhia societe société sociedad societa società
    groupe grupo banque banco""".split()
)
# The legal forms a company's full name ends with ("Acme Corp", "Siemens AG"),
# lowercase and without their full stop.
COMPANY_SUFFIXES = frozenset(
    "inc incorporated corp corporation co ltd limited plc llc ag sa nv gmbh".split()
)
# Company suffixes and the head nouns of institutions: a name ending in one ("Acme
# Corp", "Kansas City Council") or with one before its "of" ("Bank of England", "John E.
# Walker Department of Economics") is an organisation, whatever the model saw in its other words.
_ORG_HEADS = (
    COMPANY_SUFFIXES
    | frozenset(
        """inc. corp. co. ltd. cos cos.
    company companies group holdings bank banks university college council agency
    committee commission ministry department authority institute institution
    association federation foundation society trust board bureau office
    fund charity union league police railway railways airline airlines airways
    trains buses ferries caucus coalition government k.k.""".split()
    )
    | frozenset(
        # The last words of football clubs' names ("Leeds United", "Bristol Rovers",
        # "Wigan Athletic", "Tottenham Hotspur"; the clubs of the English and Scottish
        # leagues in entity_names.toml): a club, whatever the model saw in its town.
        "united rovers wanderers athletic albion hotspur".split()
    )
)
# Head nouns of places that sell food and drink ("Simply Cafe", "the Crown Inn"):
# the business, an organisation (bench/data/JUDGING.md), whatever the model took it
# for (the building, a person, a law).
_BUSINESS_HEADS = frozenset("cafe café pub bistro brasserie tavern inn".split())
# Head nouns of newspapers' names ("China Daily", "Evening Chronicle", "Wall Street
# Journal"): the paper, an organisation as OntoNotes and the verdicts type it, where the
# model took the place or the person the name opens with. A title (WORK_OF_ART) or a
# product is left alone: "Journal" may be a diary's.
_PRESS_HEADS = frozenset("daily gazette tribune herald chronicle journal courier".split())
_PRESS_FROM = frozenset({"PERSON", "GPE", "LOC", "NORP"})
# Head nouns of buildings, grounds and works of engineering (OntoNotes FAC: buildings,
# airports, highways, bridges): "Emirates Stadium", "Marnie's Ranch", "the Channel
# Tunnel", "Euston Station" are places one goes to, not the organisation or person the
# model saw; so are blocks of flats ("Colonial Hill Retirement Apartments"). Heads that
# also name an institution ("Academy", "Theatre", "Hall", "Centre", "Museum") or a
# household ("Palace") are left to the context. A mine is a site too ("the Morning Star
# Mine"); a mining company's name ends in the plural ("Echo Bay Mines").
_FAC_HEADS = frozenset(
    """stadium arena airport ranch bridge cathedral tunnel station prison jail motorway
    highway dam ramp pier lighthouse apartments mine""".split()
)
_FAC_FROM = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "GPE"})
# A garden is laid out grounds (OntoNotes FAC, as a park: "the Tuileries Garden"), which
# the model takes for a region, a LOC, too. The plural is left out: "Gardens" also ends
# an institution's name ("Royal Botanic Gardens").
_GARDEN_HEAD = "garden"
_GARDEN_FROM = _FAC_FROM | {"LOC"}
# Heads of a broadcaster's name ("Madison Square Garden Network", "Disney Channel",
# "Event TV"): the channel is an organisation whatever the words before it name, a venue
# included. A LOC keeps its label ("the English Channel"), and so do a product and a
# title ("Integrated Data Network", a wire service's delivery system).
_BROADCAST_HEADS = frozenset({"network", "channel", "tv", "television"})
_BROADCAST_FROM = frozenset({"FAC", "PERSON", "GPE", "NORP"})
# The first words of a numbered area of an administration ("the EPA's Zone IV",
# "Sector 7"): a region, a LOC, where the model read a person or a body.
_AREA_OPENINGS = frozenset({"zone", "sector"})
_AREA_NUMBER = re.compile(r"[IVX]+|\d{1,3}")
_AREA_FROM = frozenset({"PERSON", "ORG", "PRODUCT", "NORP"})
# The last two words of a military base's name (the US Department of Defense's kinds of
# installation: air force, air, naval, army and Marine Corps bases, naval and air
# stations): a site, FAC, which the model takes for the service that runs it ("Kirtland
# Air Force Base" an organisation). "Base" alone also ends a channel's or a product's
# name ("MTV Base", "Laser Base").
_BASE_HEADS_2 = frozenset(
    {
        "force base",
        "air base",
        "naval base",
        "army base",
        "navy base",
        "military base",
        "corps base",
        "air station",
        "naval station",
    }
)
# Heads of an airfield, which the model may take for a region ("New Chitose Airport" a
# LOC): a facility whatever it saw, a place's label included.
_AIRFIELD_HEADS = frozenset({"airport", "airfield", "airbase", "aerodrome"})
# What the model makes of a numbered title ("Shrek 2" a person, "Halo 2" a place);
# the numbers a sequel has; what follows a score or a time, not a title ("7-5", "9:30").
_NUMBERED_FROM = frozenset({"PERSON", "GPE", "LOC", "NORP"})
_SEQUEL_LEAST, _SEQUEL_MOST = 2, 12
_SCORE_MARKS = frozenset("-–/:")
_LINE_WORD = re.compile(r"[a-z]+")
_NOT_INSTITUTIONS = frozenset({"GPE", "LOC", "NORP", "PERSON"})
# Those heads are a venue where a show is put on at them ("played at London's Brixton
# Academy", "a concert at the Colston Hall"), and an institution elsewhere.
_VENUE_HEADS = frozenset("academy theatre theater hall centre center club".split())
_SHOW_LEMMAS = frozenset("play perform gig concert show sing tour".split())
_ORG_FROM = frozenset({"PERSON", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART"})
# The last two words of protected natural areas (the IUCN's and UNESCO's kinds of area:
# biosphere, nature, game, wildlife and marine reserves, wildlife refuges and
# sanctuaries, national forests): a place, a LOC, whatever the model saw in the name
# before ("Kien Giang Biosphere Reserve" a person). "Reserve" alone is the Federal
# Reserve's, "Forest" alone a club's ("Nottingham Forest").
_NATURE_HEADS_2 = frozenset(
    {
        "biosphere reserve",
        "nature reserve",
        "game reserve",
        "wildlife reserve",
        "marine reserve",
        "wildlife refuge",
        "wildlife sanctuary",
        "national forest",
    }
)
_NATURE_FROM = frozenset({"PERSON", "ORG", "GPE", "FAC", "PRODUCT", "WORK_OF_ART"})
# What the model makes of a company's name after "shares of" or "a unit of".
_CUE_FROM = frozenset({"PERSON", "GPE", "LOC", "PRODUCT", "FAC", "WORK_OF_ART"})
# Places whose last word is one of those heads.
_ORG_HEAD_EXCEPTIONS = frozenset(
    {"soviet union", "west bank", "left bank", "south bank", "north bank", "east bank"}
)


class Labelled(Protocol):
    """A mention whose label can be voted on."""

    label: str
    canonical: str
    pinned: bool


class Placed(Labelled, Protocol):
    """A mention with its place in the document."""

    span: Span


PlacedT = TypeVar("PlacedT", bound=Placed)


def relabel_confirmed(
    mentions: Sequence[Placed],
    label: str,
    qualifies: Callable[[Placed], bool],
    confirmed: Callable[[Placed], bool],
) -> None:
    """Give ``label`` to every mention that ``qualifies`` and shares its canonical name
    with one whose context ``confirmed`` it ("in the Museum", "the Forum was held"): the
    context is written once, the name's other mentions follow it."""
    names = {m.canonical for m in mentions if qualifies(m) and confirmed(m)}
    for mention in mentions:
        if mention.canonical in names and qualifies(mention):
            mention.label = label


def label_by_head(name: str, label: str) -> str:
    """The label a name's last word implies ("MTV Europe Awards" → EVENT, "Paris
    Agreement" → LAW), or its first two ("Feast of …" → EVENT), else ``label``. Names of
    one word are left alone, but a product's code of capitals and digits
    ("GSK2586184") is a PRODUCT."""
    words = name.split()
    if len(words) < 2:
        return "PRODUCT" if label in _CODE_FROM and _PRODUCT_CODE.fullmatch(name) else label
    head = words[-1].casefold()
    if words[0].casefold().rstrip(".") in _SHIP_PREFIXES:
        return "PRODUCT"
    if head in _BILL_HEADS and label != "LAW":
        return "LAW"
    if label in _ORG_FROM and (org_head(words) or words[0].casefold() in _COMPANY_OPENINGS):
        return "ORG"
    if head in _FAC_HEADS and label in _FAC_FROM:
        return "FAC"
    if head == _GARDEN_HEAD and label in _GARDEN_FROM:
        return "FAC"
    if head in _BROADCAST_HEADS and label in _BROADCAST_FROM:
        return "ORG"
    if label in _AREA_FROM and _numbered_area(words):
        return "LOC"
    facility = facility_by_head(words, label)
    if facility is not None:
        return facility
    if head in _BUSINESS_HEADS or (head in _PRESS_HEADS and label in _PRESS_FROM):
        return "ORG"
    last_two = " ".join(words[-2:]).casefold()
    if last_two in _NATURE_HEADS_2 and label in _NATURE_FROM:
        return "LOC"
    historic = _historic(words, label) or _holiday(words)
    if (head in _EVENT_HEADS or last_two in _EVENT_HEADS_2 or historic) and label in _EVENT_FROM:
        return "EVENT"
    opens_event = words[0].casefold() in _EVENT_BEFORE_OF and words[1].casefold() == "of"
    if opens_event and label in _EVENT_FROM and label != "WORK_OF_ART":
        return "EVENT"
    if label in _LAW_FROM and (head in _LAW_HEADS or _law_before(words)):
        return "LAW"
    return label


def _numbered_area(words: list[str]) -> bool:
    """Whether a name is an area's word and a number ("Zone IV", "Sector 7")."""
    return (
        len(words) == 2
        and words[0].casefold() in _AREA_OPENINGS
        and _AREA_NUMBER.fullmatch(words[1]) is not None
    )


def _historic(words: list[str], label: str) -> bool:
    """Whether a name's head, capitalised, names a historic event ("the Suez Crisis"),
    or a movement of people in a name of capitalised words ("the Great Migration"),
    or its head before "of" and a year does ("the Great Crash of 2008"); a title so
    dated stays a title (the book "The Great Depression of 1990")."""
    dated = len(words) > 2 and words[-2] == "of" and _YEAR.fullmatch(words[-1]) is not None
    if dated and label != "WORK_OF_ART":
        words = words[:-2]
    head = words[-1].casefold()
    if head in _MOVEMENT_HEADS:
        return all(word[:1].isupper() for word in words)
    return head in _HISTORIC_HEADS and words[-1][:1].isupper()


def _holiday(words: list[str]) -> bool:
    """Whether a name's words end in a possessive and "Day" ("Mother's Day")."""
    return words[-1] == "Day" and words[-2].endswith(_POSSESSIVE_ENDS)


def facility_by_head(words: list[str], label: str) -> str | None:
    """FAC for a name of two words or more ending in a military base's two words
    ("Kirtland Air Force Base", "Fallon Naval Air Station") the model took for anything
    but a facility, or in an airfield's head the model took for a place too ("New
    Chitose Airport" a LOC); else ``None``."""
    if label == "FAC" or len(words) < 2:
        return None
    if " ".join(words[-2:]).casefold() in _BASE_HEADS_2:
        return "FAC"
    if words[-1].casefold() in _AIRFIELD_HEADS and label in _FAC_FROM | {"LOC"}:
        return "FAC"
    return None


def _law_before(words: list[str]) -> bool:
    """A law's kind just before the name's first "on" or "of" ("Convention on …")."""
    folded = [w.casefold() for w in words]
    for joiner, kinds in _LAW_BEFORE.items():
        if joiner in folded[1:-1] and folded[folded.index(joiner) - 1] in kinds:
            return True
    return False


def org_head(words: list[str]) -> bool:
    """True when the name ends with a company suffix or an institution's head noun, or
    has one just before its first "of" ("Bank of England")."""
    folded = [w.casefold().strip(",") for w in words]
    if " ".join(folded[-2:]) in _ORG_HEAD_EXCEPTIONS:
        return False
    if folded[-1] in _ORG_HEADS or _bank_compound(folded[-1]):
        return True
    of = folded.index("of") if "of" in folded[1:-1] else 0
    return of > 0 and folded[of - 1] in _ORG_HEADS


def _bank_compound(folded: str) -> bool:
    """Whether a casefolded word is a bank's kind written as one word in German, Dutch
    or a Nordic language ("volksbank", "landeszentralbank"; ``[bank_compounds]`` of
    ``entity_nouns.toml``)."""
    return folded.endswith(_bank_endings())


@cache
def _bank_endings() -> tuple[str, ...]:
    return tuple(entity_nouns()["bank_compounds"]["endings"])


def by_description(mentions: Sequence[Placed]) -> None:
    """A mention not fixed by curated data takes the type of a common noun that
    describes it (``tasks/data/entity_nouns.toml``): in apposition ("Kawana Foods, a
    rice cracker store"), as what it is ("… is a rice cracker store"), just before it
    ("director Ang Lee", "the film Bride and Prejudice"), before "called" ("a sitcom
    called Thin Singer"), or just after it for a person or product the model named
    ("the Balco laboratory", "the Raketa interpreter"); a name of two or three words
    opening with a given name after "directed by", "written by" … is a person. The
    other mentions of its name in the document take that type too; a name described
    as two types keeps its own, and so does a name whose head noun makes it an
    institution ("… Development Bank") described as a place or a person."""
    described: dict[str, set[str]] = {}
    appositions: dict[int, list[int]] | None = None
    tonnages = False
    for mention in mentions:
        if not mention.pinned:
            if appositions is None:
                appositions = _appositions_by_head(mention.span.doc)
                tonnages = _writes_tonnage(doc_text(mention.span.doc))
            label = _described_as(mention, appositions, tonnages)
            if label is not None:
                described.setdefault(mention.canonical, set()).add(label)
    for mention in mentions:
        labels = described.get(mention.canonical, set())
        if len(labels) != 1 or mention.pinned:
            continue
        label = next(iter(labels))
        # An institution's head noun outweighs a place or a person the description
        # makes of it ("lender countries and agencies including the Inter-American
        # Development Bank" lists a bank among the agencies); a title may end in one
        # ("the album Genius Loves Company").
        if label in _NOT_INSTITUTIONS and org_head(mention.canonical.split()):
            continue
        mention.label = label


def _writes_tonnage(text: str) -> bool:
    """Whether ``text`` writes a ship's tonnage anywhere ("12,000 dwt")."""
    # The plain strings first: the pattern opens with a digit, tried at every one.
    if "dw" not in text and "deadweight" not in text:
        return False
    return _TONNAGE_WORD.search(text) is not None


def _appositions(doc: Doc) -> list[tuple[int, int]]:
    """The index of each token ``doc`` parses as an apposition, with its head's index,
    found in the document's array of dependency labels: the few appositions, not the
    children of every word of every mention, become Token objects."""
    return [(index, doc[index].head.i) for index in positions(doc, "DEP", ("appos",))]


def _appositions_by_head(doc: Doc) -> dict[int, list[int]]:
    """``_appositions(doc)`` by head: the index of each token a token of ``doc`` is
    an apposition of, with the apposition's indexes in order. A mention asks for the
    heads of its few words, not for every apposition of the document."""
    by_head: dict[int, list[int]] = {}
    for index, head in _appositions(doc):
        by_head.setdefault(head, []).append(index)
    return by_head


def _described_as(
    mention: Placed, appositions: dict[int, list[int]], tonnages: bool = False
) -> str | None:
    """The type a describing noun around ``mention`` gives it, else ``None``
    (``appositions``: the document's, by head, from ``_appositions_by_head``;
    ``tonnages``: whether the document writes a ship's tonnage anywhere)."""
    span = mention.span
    doc = span.doc
    types, after_types = _nouns()[:2]
    if mention.label == "PERSON":
        owned = _owned(span)
        if owned is not None:
            return owned
    # "the 3,000 dwt Dutch motor vessel …": a nationality, or a name that qualifies a
    # noun after it, is not the ship.
    if tonnages and mention.label != "NORP" and not _before_noun(span) and _ship_tonnage(span):
        return "PRODUCT"
    # Only the nearest apposition describes the name: in "Evan Sparks, CEO of Determined
    # AI, a startup" the parser hangs "startup" on the person too.
    hung = [
        i
        for head in range(span.start, span.end)
        for i in appositions.get(head, ())
        if i >= span.end
    ]
    nearest = doc[min(hung)] if hung else None
    if nearest is not None and _is_noun(nearest) and nearest.lemma_.lower() in types:
        return types[nearest.lemma_.lower()]
    named = (
        _naming_apposition(span, types)
        or _also_known_as(span)
        or _example_of_kind(span, types)
        or _counted_apposition(span, types)
    )
    if named is not None:
        return named
    lower, strings = token_values(doc, "LOWER"), doc.vocab.strings
    if span.end < len(doc) and strings[lower[span.end]] in _BAND_ROLES:
        return "ORG"
    # The root only where a word of the span is a subject (its dependency from the
    # array): ``Span.root`` walks every word's heads, and most names are no subject.
    if strings["nsubj"] in token_values(doc, "DEP")[span.start : span.end]:
        root = span.root
        verb = root.head
        if root.dep_ == "nsubj" and verb.lemma_ == "be" and verb.i >= span.end:
            for child in verb.children:
                # after the verb: "on which computer the CA is" asks where it is
                if child.dep_ == "attr" and child.i > verb.i and _is_noun(child):
                    return types.get(child.lemma_.lower())
    # The word before from the array first: most names follow no word that describes.
    if span.start > 0 and _may_describe(strings[lower[span.start - 1]], types):
        before = doc[span.start - 1]
        two_before = doc[span.start - 2] if span.start > 1 else before
        # A role just before one word may be held by an organisation ("committee
        # chairman Citibank"); "-man" ends an adjective ("the three-man FCA board").
        # A name just before a noun is a modifier of it ("the suburb O'Sullivans bar").
        modifier = span.end < len(doc) and _is_noun(doc[span.end])
        # "After the game Wenger said": the noun ends a phrase before the subject.
        describes = _noun_before(before) and not modifier and not _before_subject(before, span)
        label = types.get(before.lower_) if describes else None
        if label == "ORG" and before.lower_ == "carrier" and two_before.lower_ in _ship_kinds():
            label = "PRODUCT"
        one_word_person = label == "PERSON" and len(span) < 2
        if label is not None and not one_word_person and two_before.text != "-":
            return label
        if before.lower_ in _CALLED and _is_noun(two_before):
            return types.get(two_before.lower_)
        place = types.get(two_before.lower_) if _is_noun(two_before) else None
        of_place = before.lower_ == "of" and before.head == two_before and place in _PLACE_OF
        if of_place and mention.label in _NOT_PLACES:
            return place
        made_by = before.lower_ == "by" and two_before.lower_ in _MADE_BY
        words = span_text(span).split()
        person_like = 2 <= len(words) <= 3 and is_first_name(words[0].split("-")[0])
        if made_by and person_like and all(w[:1].isupper() for w in words):
            return "PERSON"
    facility_kind = _facility_kind(span) if mention.label == "FAC" else None
    if facility_kind is not None:
        return facility_kind
    # The same for the word after: only a noun of the lists below gives a type.
    nouns_after = _nouns()[4] if mention.label in ("GPE", "LOC") else after_types
    if span.end >= len(doc) or strings[lower[span.end]] not in nouns_after:
        return None
    after = doc[span.end]
    if after.i + 1 < len(doc) and doc[after.i + 1].text == "-":
        # "the Welsh line-out": the noun is the first part of a compound word.
        return None
    if mention.label in ("GPE", "LOC"):
        return _program_of_place(mention, after)
    label = after_types.get(after.lower_) if _is_noun(after) else None
    if label is None:
        return None
    # A company has an "app" or "software" of its own ("the FoodCorp app"): those
    # nouns retype only a "person"; nouns for an organisation retype a product too
    # ("a FoodCorp store") and carry an organisation's type to its other mentions.
    if mention.label == "PERSON" or after.lower_ in _CODE_RUN_BY:
        return label
    return label if label == "ORG" and mention.label in ("PRODUCT", "ORG") else None


def _facility_kind(span: Span) -> str | None:
    """The type a noun just after a name the model took for a facility gives it
    (``[after_facility]`` of ``tasks/data/entity_nouns.toml``, a resource word such as
    "oil" may stand between): a product for a vehicle ("the X-9 aircraft"), a place for
    a field ("the Nordfjell oil field"); else ``None``."""
    doc = span.doc
    lower, strings = token_values(doc, "LOWER"), doc.vocab.strings
    at = span.end
    if at < len(doc) and strings[lower[at]] in _field_resources():
        at += 1
    if at >= len(doc) or not _is_noun(doc[at]):
        return None
    return _nouns()[5].get(doc[at].lower_)


@cache
def _field_resources() -> frozenset[str]:
    """The words between a facility's name and its noun (``[field_resources]`` of
    ``tasks/data/entity_nouns.toml``: "oil", "gas" …)."""
    return frozenset(entity_nouns()["field_resources"]["words"])


def _may_describe(word: str, types: dict[str, str]) -> bool:
    """Whether ``word`` (lowercase), just before a name, may describe it in
    ``_described_as``: a noun of ``types``, a word for "called", "of" (after a kind of
    place) or "by" (after a maker's verb)."""
    return word in types or word in _CALLED or word in ("of", "by")


def _ship_tonnage(span: Span) -> bool:
    """Whether a ship's tonnage is written just after the name ("…, 12,000 dwt") or
    just before it ("the 80,000-dwt …")."""
    text = doc_text(span.doc)
    after = text[span.end_char : span.end_char + _TONNAGE_REACH]
    before = text[max(span.start_char - _TONNAGE_REACH, 0) : span.start_char]
    return _TONNAGE_AFTER.match(after) is not None or _TONNAGE_BEFORE.search(before) is not None


@cache
def _ship_kinds() -> frozenset[str]:
    """The words before "carrier" that make it a ship, not an airline ("bulk carrier",
    ``[ships]`` of ``tasks/data/entity_nouns.toml``)."""
    return frozenset(entity_nouns()["ships"]["carrier_kinds"])


def _noun_before(before: Token) -> bool:
    """Whether the word just before a name is a common noun: the parser tags "novel"
    an adjective after a possessive or "the" ("Emile Zola's novel Therese Raquin")."""
    if _is_noun(before):
        return True
    opener = before.doc[before.i - 1] if before.i > 0 else None
    after_owner = opener is not None and opener.lower_ in ("'s", "’s", "the", "his", "her")
    return before.lower_ == "novel" and after_owner


def _naming_apposition(span: Span, types: dict[str, str]) -> str | None:
    """The type of a describing noun just before a comma or colon that the name says
    which one it is ("Their machine, RiskCardio, was …", "her own weight-loss company:
    Organic Liaison."), else ``None``. After a comma the parser must hang the name on
    the noun; after a colon the name must end its sentence."""
    doc = span.doc
    if span.start < 2:
        return None
    # The word before from the document's array: most names follow no comma or colon.
    if doc.vocab.strings[token_values(doc, "ORTH")[span.start - 1]] not in (",", ":"):
        return None
    noun = doc[span.start - 2]
    if not _is_noun(noun):
        return None
    if doc[span.start - 1].text == ",":
        hangs = span.root.dep_ == "appos" and span.root.head == noun
    else:
        hangs = span.end >= len(doc) or doc[span.end].is_sent_start or doc[span.end].text in ".;"
    return types.get(noun.lemma_.lower()) if hangs else None


def _counted_apposition(span: Span, types: dict[str, str]) -> str | None:
    """The type of a plural noun after a comma and a number that counts the names of
    the list the name is in ("at Bayliner and Sea Ray, two boatmakers"; "Acme, Zed and
    Quorn, three banks"; "both" for two), else ``None``: the parser hangs such an
    apposition on no name, or on the first only. The list is of capitalised words
    joined by commas and "and", up to the comma."""
    doc = span.doc
    # The words after the name from the document's array: most names end no list.
    orth, strings = token_values(doc, "ORTH"), doc.vocab.strings
    end = span.end
    while end + 2 < len(orth) and end - span.end <= _LIST_REACH and _list_text(strings[orth[end]]):
        if strings[orth[end]] == "," and doc[end + 1].lower_ in _COUNTS:
            break
        end += 1
    if end + 2 >= len(orth) or strings[orth[end]] != ",":
        return None
    number, noun = doc[end + 1], doc[end + 2]
    if noun.tag_ != "NNS" or not noun.text.islower():
        return None
    start = span.start
    while start > 0 and span.start - start <= _LIST_REACH and _list_word(doc[start - 1]):
        start -= 1
    names = [t for t in doc[start:end] if _name_opens(t)]
    if _COUNTS.get(number.lower_) != len(names) or len(names) < 2:
        return None
    return types.get(noun.lemma_.lower())


def _list_word(token: Token) -> bool:
    """A word of a list of names: a capitalised word, "&", "and", or a comma."""
    return _list_text(token.text)


def _list_text(word: str) -> bool:
    """``_list_word`` of a word's text (a Token's ``is_alpha`` is its ``isalpha()``)."""
    return word in (",", "and", "&") or (word.isalpha() and word[:1].isupper())


def _name_opens(token: Token) -> bool:
    """Whether ``token`` opens a name of a list (a capitalised word after a comma or
    "and", or first)."""
    if not (token.is_alpha and token.text[:1].isupper()):
        return False
    return (
        token.i == 0
        or token.doc[token.i - 1].text in (",", "and")
        or not (_list_word(token.doc[token.i - 1]))
    )


def _example_of_kind(span: Span, types: dict[str, str]) -> str | None:
    """The type of a plural noun whose examples the name is listed among ("technology
    firms like Dell, Quorvex and Samsung", "carmakers such as …", "banks including
    …": ORG), the name being the first item after the preposition or linked to it by
    the list; else ``None``."""
    item = span.root
    for _ in range(_MAX_LIST_ITEMS):
        if item.dep_ not in _LIST_LINKS or item.head is item:
            break
        item = item.head
    preposition = item.head
    if item.dep_ != "pobj" or preposition.lower_ not in _EXAMPLE_OF:
        return None
    kind = preposition.head
    if preposition.lower_ == "as" and span.doc[preposition.i - 1].lower_ != "such":
        return None
    if kind.tag_ != "NNS" or kind.i > preposition.i:
        return None
    # The parse may run a list on into the next paragraph's opening name ("… nations like
    # Japan and Britain." then "Smith said …"): a paragraph's list ends with it.
    if "\n" in doc_text(span.doc)[kind.idx : span.start_char]:
        return None
    # The lemmatiser leaves a capitalised plural as it is ("Carmakers such as …").
    lemma = kind.lemma_.lower()
    return types.get(lemma) or types.get(lemma.removesuffix("s"))


def _also_known_as(span: Span) -> str | None:
    """ "PERSON" when the name follows "aka" after a person's name ("DJ Norman Cook -
    aka Fatboy Slim"), else ``None``."""
    doc = span.doc
    at = span.start - 1
    if at < 1 or doc.vocab.strings[token_values(doc, "LOWER")[at]] not in _ALSO_KNOWN:
        return None
    at -= 1
    while at >= 0 and doc[at].text in _ASIDE:
        at -= 1
    return "PERSON" if at >= 0 and doc[at].ent_type_ == "PERSON" else None


def _program_of_place(mention: Placed, after: Token | None) -> str | None:
    """The type a noun for a program gives a name the model took for a place, when the
    noun is the head of the name's phrase ("the Phoenix browser"), else ``None``."""
    if after is None or not _is_noun(after):
        return None
    if mention.span.root.head != after or after.dep_ == "compound":
        return None
    return _nouns()[4].get(after.lower_)


def _before_subject(noun: Token, span: Span) -> bool:
    """Whether ``span`` is the subject of a verb that ``noun`` does not govern, and
    ``noun`` hangs on no word of ``span``: the noun then ends a phrase of its own
    ("after the game Wenger said"), where "the drug Sativex is made" describes."""
    if span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not noun.is_ancestor(span.root) and not span.start <= noun.head.i < span.end


def _is_noun(token: Token) -> bool:
    """A common noun written in lowercase (not a word of another name)."""
    return token.pos_ == "NOUN" and token.text.islower()


@cache
def entity_nouns() -> dict:
    """``tasks/data/entity_nouns.toml`` as parsed, read once for every rule that uses it."""
    source = resources.files("tasks") / "data" / "entity_nouns.toml"
    return tomllib.loads(source.read_text(encoding="utf-8"))


@cache
def _nouns() -> tuple[dict[str, str], ...]:
    """``(types, after, possessed, divisions, after_place, after_facility)``: each
    noun of ``tasks/data/entity_nouns.toml`` with its type, for every position, for the
    position after a name, for what a name's possessive owns, for the parts of a
    company named after it, for the position after a place's name and for the
    position after a facility's name."""
    data = entity_nouns()
    return tuple(
        {noun: label for label, nouns in data[part].items() for noun in nouns}
        for part in ("types", "after", "possessed", "divisions", "after_place", "after_facility")
    )


def described_after() -> frozenset[str]:
    """The nouns that, just after a name, say what it is (``[after]`` of
    ``tasks/data/entity_nouns.toml``: "magazine", "browser", "virus" …)."""
    return frozenset(_nouns()[1])


def _owned(span: Span) -> str | None:
    """The type that what a person's possessive owns gives the name ("Christian Aid's
    head of trade policy", "Fannie Mae's senior executives": only an organisation has
    them), else ``None``; an adjective may stand between, or open what is owned ("chief
    financial officer")."""
    doc = span.doc
    at = span.end
    if at >= len(doc) or doc[at].lower_ not in ("'s", "’s"):
        return None
    at += 1
    owned = _possessed_at(doc, at)
    if owned is None and at < len(doc) and doc[at].pos_ == "ADJ":
        owned = _possessed_at(doc, at + 1)
    return owned


def _possessed_at(doc: Doc, at: int) -> str | None:
    """The type of what the three, two or one words at ``at`` name, when only an
    organisation owns it (``[possessed]`` of ``tasks/data/entity_nouns.toml``)."""
    possessed = _nouns()[2]
    for size in (3, 2, 1):
        owned = possessed.get(doc[at : at + size].text.lower())
        if owned is not None:
            return owned
    return None


def companies_by_cue(mentions: Sequence[Placed], is_place: Callable[[str], bool]) -> None:
    """A name just after words only a company follows ("shares of", "a unit of": the
    ``[before_company]`` cues of ``tasks/data/entity_nouns.toml``) is a company, when
    the model took it for a place ``is_place`` does not know, a product, a work or a
    person whose name opens with no given name and is no known place, and no place
    that only qualifies a noun after it; its other mentions follow."""
    cues, not_person = _company_cues()
    companies: set[str] = set()
    for mention in mentions:
        span = mention.span
        if mention.pinned or mention.label not in _CUE_FROM or span.start < 2:
            continue
        cue = f"{word_lower(span.doc, span.start - 2)} {word_lower(span.doc, span.start - 1)}"
        person = mention.label == "PERSON"
        if cue not in cues and not _industry_giant(span) and (person or cue not in not_person):
            continue
        if person and is_first_name(mention.canonical.split()[0]):
            continue
        # "45 pct of Senegal's exports": a place the model called a person stays out.
        if mention.label in ("GPE", "LOC", "PERSON") and is_place(mention.canonical):
            continue
        # "100 pct of Quebec City radio station CJMF": the cue is the noun's, the place
        # only qualifies it.
        if mention.label in ("GPE", "LOC") and _before_noun(span):
            continue
        companies.add(mention.canonical)
    relabel(mentions, companies, "ORG")


def _industry_giant(span: Span) -> bool:
    """Whether an industry's word and "giant" stand just before ``span`` ("oil giant
    Yukos", "plane-making giant Bombardier"): business news calls only a company so. A
    determiner or a capitalised word before "giant" is no industry ("the giant US")."""
    # The word before from the document's array first: most names follow no "giant".
    if word_lower(span.doc, span.start - 1) not in _giants():
        return False
    industry = span.doc[span.start - 2]
    return (
        industry.text.islower()
        and (industry.is_alpha or "-" in industry.text)
        and industry.pos_ not in ("DET", "PRON", "ADP")
    )


def _before_noun(span: Span) -> bool:
    """Whether a lowercase common noun follows ``span`` ("Quebec City radio station")."""
    return span.end < len(span.doc) and _is_noun(span.doc[span.end])


@cache
def _giants() -> frozenset[str]:
    return frozenset(entity_nouns()["before_company"]["after_industry"])


@cache
def _company_cues() -> tuple[frozenset[str], frozenset[str]]:
    cues = entity_nouns()["before_company"]
    return frozenset(cues["ORG"]), frozenset(cues["not_person"])


def company_products(mentions: Sequence[Placed], is_company: Callable[[str], bool]) -> None:
    """A company's name followed by capitalised words the model kept an organisation
    ("Google Authenticator", "Microsoft Word", "Toyota Starlet"): the company's product,
    a PRODUCT, unless its last word names a part of the company ("BBC News", "Sony
    Pictures"; ``tasks/data/entity_nouns.toml``) or an institution or a building
    (``label_by_head``). ``is_company`` knows the curated companies that may name a
    product after them."""
    divisions = _nouns()[3]
    for mention in mentions:
        words = mention.canonical.split()
        if mention.pinned or mention.label != "ORG" or len(words) < 2:
            continue
        # A given name after the company starts a person's ("the Lib Dems David Laws").
        if not all(w[:1].isupper() and not w.isupper() and not is_first_name(w) for w in words[1:]):
            continue
        if (
            words[-1].casefold() in divisions
            or label_by_head(mention.canonical, "PRODUCT") != "PRODUCT"
        ):
            continue
        if any(is_company(" ".join(words[:k])) for k in range(1, len(words))):
            mention.label = "PRODUCT"


# Last words of curated organisations that make no products: parties and public
# bodies ("Scottish National Party Holyrood", a span the model ran on, is no product),
# armed services ("U.S. Army Missile Command" is a command of the army) and markets
# ("Commodity Exchange Center" is the building the exchanges of New York share).
_NOT_MAKER_HEADS = frozenset(
    {"party", "administration", "army", "navy", "force", "corps", "exchange"}
)


def makes_products(name: str) -> bool:
    """Whether an organisation of this (curated, full) name may name a product after
    it: not an institution ("Harvard University", so "Harvard Law School" is none) nor
    a party or a public body."""
    return (
        name.split()[-1].casefold() not in _NOT_MAKER_HEADS
        and label_by_head(name, "PRODUCT") == "PRODUCT"
    )


def venues(mentions: Sequence[Placed]) -> None:
    """An organisation named by a venue's head ("… Academy", "… Hall", "… Theatre"),
    just after "at" (or "at the", "at London's"), in a sentence about a show (a
    lemma such as "play", "perform", "gig", "concert") is the building, a FAC:
    "Babyshambles played for 5,000 fans at London's Brixton Academy"."""
    for mention in mentions:
        span = mention.span
        if mention.pinned or mention.label != "ORG" or len(span) < 2:
            continue
        if span[-1].lower_ not in _VENUE_HEADS or not _after_at(span):
            continue
        if any(token.lemma_.lower() in _SHOW_LEMMAS for token in span.sent):
            mention.label = "FAC"


def numbered_titles(
    mentions: Sequence[Placed],
    line_bounds: Callable[[Span], tuple[int, int]],
    is_product: Callable[[str], bool],
) -> None:
    """A name the model took for a person or a place that ends in a sequel's number
    ("Shrek 2", "Mortal Kombat 11") is a title, a WORK_OF_ART, or a product when the
    name before the number is a curated product (``is_product``: "Xbox 2"), where its
    paragraph (``line_bounds``) speaks of titles or products (``[numbered]`` of
    ``tasks/data/entity_nouns.toml``: "film", "game", "console" …). No person's name
    ends in a number; a player and the minute he scored ("Lita 9") stand in a line
    with no such noun, or open with a given name. The other mentions of the name
    follow."""
    retyped: dict[str, str] = {}
    for mention in mentions:
        span = mention.span
        if mention.pinned or mention.label not in _NUMBERED_FROM or not _numbered(span):
            continue
        start, end = line_bounds(span)
        words = _LINE_WORD.findall(doc_text(span.doc)[start:end].lower())
        if any(word in _numbered_nouns() for word in words):
            product = is_product(span[:-1].text)
            retyped[mention.canonical] = "PRODUCT" if product else "WORK_OF_ART"
    for mention in mentions:
        if mention.canonical in retyped and not mention.pinned:
            mention.label = retyped[mention.canonical]


def _numbered(span: Span) -> bool:
    """Capitalised words and a sequel's number after them, no score or time after
    ("Sfar 7-5") and no given name first."""
    number = span[-1]
    if len(span) < 2 or not number.text.isdigit():
        return False
    if not _SEQUEL_LEAST <= int(number.text) <= _SEQUEL_MOST:
        return False
    if not all(token.text[:1].isupper() or token.text == "-" for token in span[:-1]):
        return False
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text[:1] in _SCORE_MARKS:
        return False
    return not is_first_name(span[0].text)


@cache
def _numbered_nouns() -> frozenset[str]:
    """The nouns of ``[numbered]`` and their plurals."""
    nouns = entity_nouns()["numbered"]["nouns"]
    return frozenset(nouns) | frozenset(noun + "s" for noun in nouns)


def _after_at(span: Span) -> bool:
    """Whether "at" comes just before ``span``, or before "the" or a possessive name
    just before it ("at the", "at London's")."""
    doc = span.doc
    index = span.start - 1
    if index >= 0 and doc[index].lower_ == "the":
        index -= 1
    if index >= 1 and doc[index].text in ("'s", "’s"):
        index -= 2
    return index >= 0 and doc[index].lower_ == "at"


def list_siblings(mentions: Sequence[Placed], text: str) -> None:
    """In a list of at least three names (``mentions`` in text order, separated in
    ``text`` by commas, "and" or "or", a few lowercase words allowed after "and": "and
    consumer products giant …"), where companies (or products) are listed and every
    "person" is one word that is no given name, no full name and no curated name, the
    "persons" are companies (or products) too: "Burberry, Mothercare and … Procter &
    Gamble" lists three companies; "Smith, Jones and Apple" has no company-only list."""
    for run in list_runs(mentions, text, lambda gap: bool(_LIST_GAP.fullmatch(gap))):
        if len(run) < _LIST_MIN:
            continue
        people = [m for m in run if m.label == "PERSON"]
        others = {m.label for m in run if m.label != "PERSON"}
        if not people or len(others) != 1 or not others <= _SIBLING_LABELS:
            continue
        if all(_brand_like(m) for m in people):
            label = others.pop()
            for mention in people:
                mention.label = label


def figure_list_places(mentions: Sequence[Placed], text: str) -> None:
    """In a list of names each followed by its figure ("Holland 2,444,260 (2,234,049),
    Belgium 546,423 (595,635), Czechoslovakia 365,897 (236,836), Cuba …": a trade
    table's destinations), of at least four names, most of them places the model typed
    GPE, the names it typed a person or an organisation are places too (a figure after
    a name makes the model read a person or a company in it)."""
    runs = list_runs(mentions, text, lambda gap: bool(_FIGURE_GAP.fullmatch(gap)))
    for run in runs:
        if len(run) < _FIGURE_LIST_MIN:
            continue
        if 2 * sum(m.label == "GPE" for m in run) <= len(run):
            continue
        for mention in run:
            if mention.label in ("PERSON", "ORG") and not mention.pinned:
                mention.label = "GPE"


def crude_grades(mentions: Sequence[Placed], text: str) -> None:
    """In a text that speaks of crude oil, a name of two words or more ending in a
    word for a crude's sulphur or gravity ("West Texas Sour", "Light Louisiana Sweet":
    ``[crude_grades]`` of ``tasks/data/entity_nouns.toml``), or in a word for its density
    just before "crude" or "grade" ("Arab Light crude"), is that grade of oil, a
    PRODUCT, with its name's other mentions; the model takes most for places. Not a
    name opening with a given name ("Judge Robert Sweet") or curated."""
    data = entity_nouns()["crude_grades"]
    if data["cue"] not in text:
        return
    last, before_crude, after = (
        frozenset(data[part]) for part in ("last", "before_crude", "after")
    )
    grades: set[str] = set()
    for mention in mentions:
        words = mention.canonical.split()
        if mention.pinned or len(words) < 2 or is_first_name(words[0]):
            continue
        span = mention.span
        following = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        if words[-1] in last or (words[-1] in before_crude and following in after):
            grades.add(mention.canonical)
    relabel(mentions, grades, "PRODUCT")


def list_runs(
    mentions: Sequence[PlacedT], text: str, separates: Callable[[str], bool]
) -> list[list[PlacedT]]:
    """``mentions`` (in text order) in runs: a mention joins the run of the one before
    it when the stretch of ``text`` between them ``separates`` two items of a list."""
    runs: list[list[PlacedT]] = [[mentions[0]]] if mentions else []
    for before, mention in pairwise(mentions):
        if separates(text[before.span.end_char : mention.span.start_char]):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return runs


def _brand_like(mention: Labelled) -> bool:
    """A "person" of one word that is no given name and was not curated or completed
    to a full name."""
    name = mention.canonical
    return not mention.pinned and " " not in name and not is_first_name(name)


def relabel(mentions: Iterable[Placed], names: Collection[str], label: str) -> None:
    """Give ``label`` to every mention whose canonical name is one of ``names``: a
    decision about a name holds for all its mentions. Curated (pinned) mentions keep
    their label."""
    for mention in mentions:
        if mention.canonical in names and not mention.pinned:
            mention.label = label


def vote(mentions: Iterable[Placed]) -> None:
    """Give the mentions of one canonical name in a document one label: the most
    frequent, the earliest on a tie; where some mentions write the name out in full,
    its acronyms do not vote (a short form takes its long form's label: "the BVI"
    typed a company five times beside "the British Virgin Islands" a place once).
    Curated (pinned) mentions keep theirs."""
    groups: dict[str, list[Placed]] = {}
    for mention in mentions:
        if mention.pinned:
            continue
        groups.setdefault(mention.canonical.casefold(), []).append(mention)
    for group in groups.values():
        labels = {m.label for m in group}
        if len(labels) < 2:
            continue
        # An acronym takes its long form's label where the long form is written.
        spelled = [m for m in group if not _acronym(m)]
        winner = _winner(spelled if any(map(_written_out, spelled)) else group)
        for mention in group:
            mention.label = winner


def _acronym(mention: Placed) -> bool:
    """Whether the mention is written as an acronym ("BVI", "GDC")."""
    text = span_text(mention.span)
    return len(text) > 1 and text.isupper() and text.isalpha()


def _written_out(mention: Placed) -> bool:
    """Whether the mention's text (but a leading "the") is its canonical name."""
    text = " ".join(span_text(mention.span).split()).casefold().removeprefix("the ")
    return text == mention.canonical.casefold()


def _winner(group: Sequence[Labelled]) -> str:
    counts = Counter(m.label for m in group)
    best = max(counts.values())
    return next(m.label for m in group if counts[m.label] == best)


def singular_group(name: str) -> str:
    """A nationality or group named in the plural, in the singular ("Americans" →
    "American", "African-Americans" → "African-American"); other names unchanged."""
    if len(name) > 4 and name.endswith("s") and not name.endswith(_NOT_PLURAL):
        return name[:-1]
    return name
