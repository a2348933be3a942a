"""Names read from the common noun they modify.

``names_a_disease(span)`` says whether a name is only the first part of a disease's
name ("Lyme disease", "Crohn's disease", "Stevens–Johnson syndrome"): no entity.
``people_by_kin(mentions, is_place)`` makes a person of a name the model took for an
organisation or a place whose possessive has kin ("Hadvar's uncle", "Juninho's
father"): only a person has them.
``lodgings(mentions)`` makes a building (FAC) of a hotel or a resort named in the
singular ("the Bellevue Hotel") that the model took for a company, a person or a place.
``streets(mentions)`` makes a FAC of a road's or a housing estate's name ("Apple Valley
Road", "Nostrand Houses") that the model took for a company, a person or a country.
``products_by_head(mentions, is_company, is_place)`` types as a PRODUCT a name that
modifies a product's kind ("its Zentra models", "Kelvo tablets") or that people are
aboard ("aboard the Maribel Star") where the model took it for a company, a person or
a place. ``generic_acronyms(mentions)`` finds the acronyms that name a kind of device
or format ("consumer-grade BIS devices", "the UMD format"): no entities. The nouns are
the ``[modified]`` lists of ``tasks/data/entity_nouns.toml``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache

from spacy.tokens import Span, Token

from tasks.entity_labels import Placed, entity_nouns, org_head, relabel
from tasks.entity_lexicon import lexicon
from tasks.nlp import span_text, token_values, word_lower
from tasks.person_gender import is_first_name

# Labels the model gives a product's name it does not know as one.
_PRODUCT_FROM = frozenset({"ORG", "PERSON", "GPE"})
# Lowercase nouns that may stand between the name and the product's kind ("Hollis
# credit cards", "Corvan ABS resins", "Nissan Latio motor car").
_MAX_BETWEEN = 2
# Words a name of two words may hold only as a company's ("Acme Motors models").
_MAX_WORDS = 2
# Dashes that join two surnames of one disease's name ("Stevens–Johnson syndrome").
_DASHES = frozenset({"-", "–", "—"})
# Determiners of an owner: "its Regency models" are the company's line, not the company.
_OWNERS = frozenset({"its", "their", "our", "his", "her", "your"})
# Words of a list of names before the name ("its Delta 88 and 98 Regency models").
_LIST_JOINS = frozenset({"and", "or", ",", "&"})
# How far back an owner's determiner may stand before the name.
_OWNER_REACH = 6
# What tells a company in its other mentions: it acts, owns, or is named by its form.
_ACTING = frozenset({"nsubj", "nsubjpass", "poss"})
_POSSESSIVES = frozenset({"'s", "’s"})


# Kin only a person has, after a name's possessive ("Hadvar's uncle"). Compiled by hand
# from the English kinship terms; left out: "children", "parents", "sons" and
# "daughters" (a country's or a society's: "Britain's sons"), "family".
_KIN = frozenset(
    """father mother son daughter wife husband brother sister uncle aunt nephew niece
    grandfather grandmother grandson granddaughter cousin girlfriend boyfriend fiancé
    fiancée fiance fiancee stepfather stepmother""".split()
)
# Labels the model gives a person's name it does not know as one.
_PERSON_FROM = frozenset({"ORG", "GPE", "NORP"})


@cache
def _modified() -> tuple[frozenset[str], frozenset[str]]:
    nouns = entity_nouns()["modified"]
    return frozenset(nouns["PRODUCT"]), frozenset(nouns["diseases"])


@cache
def _techniques() -> frozenset[str]:
    return frozenset(entity_nouns()["modified"]["techniques"])


def names_a_disease(span: Span) -> bool:
    """Whether ``span`` is the first part of a disease's name: just before a disease's
    head ("Lyme disease"), or its possessive ("Crohn's disease"), or a dash and one
    more capitalised name ("Stevens–Johnson syndrome")."""
    # The words from the document's arrays: asked of nearly every mention.
    strings = span.doc.vocab.strings
    orth, lower = token_values(span.doc, "ORTH"), token_values(span.doc, "LOWER")
    size = len(orth)
    at = span.end
    if at < size and strings[lower[at]] in ("'s", "’s", "'", "’"):
        at += 1
    elif at + 1 < size and strings[orth[at]] in _DASHES and strings[orth[at + 1]][:1].isupper():
        at += 2
    return at < size and strings[lower[at]] in _modified()[1]


def _product_kind(span: Span) -> Token | None:
    """The lowercase noun of a product's kind the name modifies, with at most two
    lowercase or capitalised-acronym nouns between ("Hollis credit cards", "Corvan ABS
    resins"), else ``None``."""
    doc = span.doc
    # The word after's part of speech from the document's array first: the loop below
    # stops at once unless it is a noun, and most names are followed by none.
    pos = token_values(doc, "POS")
    if span.end < len(doc) and doc.vocab.strings[pos[span.end]] not in ("NOUN", "PROPN"):
        return None
    kinds = _modified()[0]
    for at in range(span.end, min(span.end + _MAX_BETWEEN + 1, len(doc))):
        token = doc[at]
        if token.lower_ in kinds and token.text.islower() and token.pos_ == "NOUN":
            # The name must modify it: "Apple said tablets …" holds no product.
            return token if span.root.head == token or span.root.head.head == token else None
        if token.pos_ not in ("NOUN", "PROPN") or not (token.text.islower() or token.is_upper):
            return None
    return None


def _owned_line(span: Span) -> bool:
    """Whether an owner's determiner opens the names before ``span``: "its Regency
    models", "its Visa Classic or BanClub credit cards" name a company's own line."""
    doc = span.doc
    for at in range(span.start - 1, max(span.start - 1 - _OWNER_REACH, -1), -1):
        token = doc[at]
        if token.lower_ in _OWNERS:
            return True
        if not (token.text[:1].isupper() or token.like_num or token.lower_ in _LIST_JOINS):
            return False
    return False


def _aboard(span: Span) -> bool:
    """Whether ``span`` is what people are aboard ("aboard the Maribel Star", "aboard
    Narwen One"): a ship, an aircraft or a spacecraft, when no noun follows the name
    ("aboard a Velmora flight" is aboard the airline's plane)."""
    doc = span.doc
    # The words before from the document's array: most names follow no "aboard".
    lower, strings = token_values(doc, "LOWER"), doc.vocab.strings
    at = span.start - 1
    if at >= 0 and strings[lower[at]] == "the":
        at -= 1
    if at < 0 or strings[lower[at]] != "aboard":
        return False
    return not (span.end < len(doc) and doc[span.end].pos_ == "NOUN")


def _acts(span: Span) -> bool:
    """Whether the name acts in its sentence as a company does: a subject, an owner."""
    doc = span.doc
    owner = span.end < len(doc) and word_lower(doc, span.end) in ("'s", "’s")
    return owner or span.root.dep_ in _ACTING


def products_by_head(
    mentions: Sequence[Placed],
    is_company: Callable[[str], bool],
    is_place: Callable[[str], bool],
) -> None:
    """A one- or two-word name that modifies a product's kind ("Kelvo tablets", "the
    Narwen jet") and that the model took for a person or a place, or for a company
    after an owner's determiner ("its Zentra models"), and a name people are aboard
    ("aboard the Maribel Star") is that product, a PRODUCT, with its other mentions in the document;
    not a curated company that makes products (``is_company``: "Boeing jets" are
    Boeing's), an institution's name, a name opening with a given name, nor a name
    another mention makes a company (a subject or an owner: "Zentra said"), nor a
    place ``is_place`` knows ("Texas jets")."""
    products: set[str] = set()
    companies: set[str] = set()
    for mention in mentions:
        if mention.pinned:
            continue
        span = mention.span
        words = mention.canonical.split()
        kind = _product_kind(span) or (span.root if _aboard(span) else None)
        if kind is None:
            if _acts(span):
                companies.add(mention.canonical)
            continue
        if mention.label not in _PRODUCT_FROM or not words or len(words) > _MAX_WORDS:
            continue
        # The model takes a maker for an organisation ("Boeing jets"): an organisation
        # is the product only as an owner's line.
        if mention.label == "ORG" and not (_owned_line(span) or _aboard(span)):
            continue
        if is_company(mention.canonical) or org_head(words) or is_place(mention.canonical):
            continue
        if mention.label == "PERSON" and len(words) > 1 and is_first_name(words[0]):
            continue
        products.add(mention.canonical)
    relabel(mentions, products - companies, "PRODUCT")


def _has_kin(span: Span) -> bool:
    """Whether the name's possessive has kin ("Hadvar's uncle", "Juninho's late
    father"): an adjective may stand between; not after "the"."""
    doc = span.doc
    at = span.end
    if at >= len(doc) or word_lower(doc, at) not in ("'s", "’s"):
        return False
    # "the Guardian's agony aunt": a name after "the" is no person's, and its kin a role.
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return False
    at += 1
    if at < len(doc) and doc[at].pos_ == "ADJ":
        at += 1
    return at < len(doc) and doc[at].lower_ in _KIN


def people_by_kin(mentions: Sequence[Placed], is_place: Callable[[str], bool]) -> None:
    """A name the model took for an organisation, a place or a group whose possessive
    has kin ("Hadvar's uncle") is a person, with its other mentions in the document;
    not an institution's name, nor a place ``is_place`` knows."""
    people: set[str] = set()
    for mention in mentions:
        if mention.pinned or mention.label not in _PERSON_FROM or not _has_kin(mention.span):
            continue
        words = mention.canonical.split()
        if not words or org_head(words) or is_place(mention.canonical):
            continue
        people.add(mention.canonical)
    relabel(mentions, people, "PERSON")


# A hotel or a resort named in the singular is the building ("the Bellevue Hotel",
# "Margaritaville Resort"), a FAC by bench/data/JUDGING.md; chains are plural ("Hyatt
# Hotels"), and a hotel company's full name ends in its legal form ("Pratt Hotel Corp").
LODGING_HEADS = frozenset({"hotel", "resort"})
# What else a hotel's name says the place offers after "and" or "&" ("Royal Palms
# Resort and Spa", "Wynn Hotel & Casino": hotel chains' property names), which
# ``entity_spans.with_amenity`` adds to the name.
AMENITIES = frozenset({"Spa", "Casino", "Suites", "Marina", "Golf Club", "Conference Center"})
_LODGING_FROM = frozenset({"ORG", "PERSON", "GPE", "LOC", "PRODUCT", "WORK_OF_ART"})
# Nouns after a hotel's or a resort's name that still name the place ("the Steel Canyon
# Resort area"), where others name a company's ("Hk Hotel shares").
_SITE_NOUNS = frozenset({"area", "site", "grounds", "property", "complex"})
# "Hotel" as English and French write it, opening a hotel's name ("Hôtel du Louvre").
_HOTEL_WORDS = frozenset({"hotel", "hôtel"})


def lodgings(mentions: Sequence[Placed]) -> None:
    """A name of two words or more ending in "Hotel" or "Resort" (or in "Resort and
    Spa", ``AMENITIES``), or opening with "Hotel" and placed in a town ("Hôtel du Louvre
    in Paris"), that the model took for anything but a building is the building, FAC;
    not where a noun follows it (a company's "Hk Hotel shares", "its Westin Hotel unit",
    a singer's "Onyx Hotel tour") but a site's ("the Steel Canyon Resort area")."""
    for mention in mentions:
        words = mention.canonical.split()
        if mention.pinned or mention.label not in _LODGING_FROM or len(words) < 2:
            continue
        span = mention.span
        if _lodging_head(words).casefold() not in LODGING_HEADS and not _hotel_in_town(span):
            continue
        after = span.doc[span.end] if span.end < len(span.doc) else None
        described = after is not None and after.pos_ in ("NOUN", "PROPN") and after.text.islower()
        if described and after.lower_ not in _SITE_NOUNS:
            continue
        mention.label = "FAC"


def _hotel_in_town(span: Span) -> bool:
    """Whether ``span`` opens with "Hotel" (or the French "Hôtel") and is followed by
    "in" and a capitalised word: a hotel placed in its town ("Hôtel du Louvre in
    Paris"), not the film "Hotel Rwanda" nor a song."""
    doc = span.doc
    if len(span) < 2 or span[0].lower_ not in _HOTEL_WORDS:
        return False
    at = span.end
    return at + 1 < len(doc) and doc[at].lower_ == "in" and doc[at + 1].text[:1].isupper()


# The head nouns of roads' names (OntoNotes FAC: "highways, streets", the USPS street
# suffixes news names carry most) and of public housing estates ("Nostrand Houses", as
# New York's housing authority names its developments); "Highway" is one of
# ``entity_labels``' heads already.
_ROAD_HEADS = frozenset(
    "road street avenue boulevard lane drive parkway expressway freeway".split()
)
_STREET_HEADS = _ROAD_HEADS | {"houses"}
# What the model makes of a street's name: a company's, a person's ("Ellijay Drive"), a
# country's; a LOC stays (the model's "Downing Street" for the seat of government, and
# "Coronation Street" for the soap opera).
_STREET_FROM = frozenset({"ORG", "PERSON", "GPE"})
# How a street's name is written: capitalised words, or a number or an ordinal ("117th
# Avenue").
_STREET_WORD = re.compile(r"[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th)?")


def streets(mentions: Sequence[Placed]) -> None:
    """A name of two words or more ending in a street's or a housing estate's head
    (``_STREET_HEADS``), written in capitalised words or numbers, that the model took
    for a company, a person or a country is the road or the estate, FAC, with every
    mention of its canonical name ("Nostrand" of "Nostrand Houses"); not a name that
    opens with a given name ("Nathan Lane"), nor one a mention of which acts or owns
    ("Downing Street said", "Wall Street's mood"): the government, the markets; nor a
    road's name the document shortens ("a Saks store" of "Saks Fifth Avenue"): a
    company's, where an estate goes by its first word ("Nostrand residents"). A name
    written only before a lowercase noun ("High Street retailers") says no more than
    that. A curated name stays."""
    found: set[str] = set()
    refused: set[str] = set()
    for mention in mentions:
        words = mention.canonical.split()
        if mention.pinned or mention.label not in _STREET_FROM or len(words) < 2:
            continue
        if words[-1].casefold() not in _STREET_HEADS or is_first_name(words[0]):
            continue
        if not all(_STREET_WORD.fullmatch(word) for word in words):
            continue
        span = mention.span
        after = span.doc[span.end] if span.end < len(span.doc) else None
        noun_after = after is not None and after.pos_ == "NOUN" and after.text.islower()
        acting = span.root.dep_ in _ACTING or (after is not None and after.text in _POSSESSIVES)
        shortened = len(span) < len(words) and words[-1].casefold() in _ROAD_HEADS
        if acting or shortened:
            refused.add(mention.canonical)
        elif not noun_after:
            found.add(mention.canonical)
    roads = found - refused
    for mention in mentions:
        if mention.canonical in roads and mention.label in _STREET_FROM and not mention.pinned:
            mention.label = "FAC"


def _lodging_head(words: list[str]) -> str:
    """The head of a lodging's name: its last word, or the word before the amenity
    ("Resort" of "Royal Palms Resort and Spa")."""
    for size in (1, 2):
        joint = -size - 1
        joined = len(words) > size + 1 and words[joint] in ("and", "&")
        if joined and " ".join(words[-size:]) in AMENITIES:
            return words[joint - 1]
    return words[-1]


# What the model makes of a device's acronym it does not know ("BIS devices").
_ACRONYM_FROM = frozenset({"ORG", "PERSON", "GPE", "NORP"})
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,4}")
_ACRONYM_LEAST = 2


def generic_acronyms(mentions: Sequence[Placed]) -> set[str]:
    """The acronyms of ``mentions`` that name a kind of device or format: a name in
    capitals of two to five characters the model took for an organisation, a person, a
    place or a group, written in the document at least once just before a lowercase
    noun of a device's or a format's kind (``[modified].techniques``: "portable EIM
    devices", "the UMD format") and named at least twice. Not a curated name, one the
    document spells out as a long form (its canonical differs), nor one written after
    "the" alone or before "'s" anywhere in the document ("the RNID", "NEC's") or the
    subject of a reporting verb ("IBM said"): an organisation's. Every mention of those
    names is no entity (the caller drops them)."""
    kinds = _techniques()
    found: set[str] = set()
    owned: set[str] = set()
    written: Counter[str] = Counter()
    for mention in mentions:
        name = mention.canonical
        if not _ACRONYM.fullmatch(name):
            continue
        span = mention.span
        doc = span.doc
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        after = doc[span.end] if span.end < len(doc) else None
        described = after is not None and after.text.islower() and after.is_alpha
        # "the RNID said", "NEC's": an organisation; "the DVD format" is a kind.
        if mention.pinned or (before == "the" and not described):
            owned.add(name)
            continue
        if after is not None and after.lower_ in _POSSESSIVES:
            owned.add(name)
            continue
        # "IBM said": what speaks is an organisation.
        if span.root.dep_ == "nsubj" and span.root.head.lemma_ in lexicon().reporting_verbs:
            owned.add(name)
            continue
        written[name] += 1
        if mention.label not in _ACRONYM_FROM or span_text(span) != name:
            continue
        if after is not None and after.lower_ in kinds and after.text.islower():
            found.add(name)
    # Named once, "IBM devices" may be a maker's: a kind is written again.
    return {name for name in found - owned if written[name] >= _ACRONYM_LEAST}
