"""Places and nationalities decided with gazetteer data and the document's context.

``place_evidence(mentions, words)`` gives the label GPE to the name of an ISO 3166-2
first-level subdivision (a US state, a country of the United Kingdom, a Canadian
province, an Australian state, …, from the ``pycountry`` package) that the model took
for something else, and NORP to a country's name with a nationality suffix
("Israeli", "Nigerian", "Bangladeshi") that it took for a person or a place.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

import pycountry
from spacy.tokens import Span

from tasks.entity_filters import WordCase
from tasks.entity_people import Named, after_title

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


def place_evidence(mentions: Sequence[Named], words: WordCase) -> None:
    """Relabel the mentions that gazetteer data settle (see the module docstring); a
    mention already resolved to a person's full name or curated is left alone."""
    for mention in mentions:
        if mention.pinned or mention.canonical != mention.name:
            continue
        folded = _fold(mention.name)
        if mention.label in _TO_PLACE and folded in subdivision_names():
            if _place_reading(mention, words):
                mention.label, mention.pinned = "GPE", True
        elif (
            mention.label in _TO_GROUP
            and _singular(folded) in demonyms()
            and not after_title(mention.span)
        ):
            mention.label, mention.pinned = "NORP", True


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
def demonyms() -> frozenset[str]:
    """Folded nationality words made of a one-word country name and a suffix
    ("israeli", "nigerian", "ukrainian", "japanese", "chinese"), from the country names
    of ``pycountry``; a word that is itself a country or subdivision is left out."""
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
    return frozenset(made - countries - subdivision_names() - _NOT_DEMONYMS)
