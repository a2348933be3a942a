"""The form of a speaker's name: the words a name loses or takes back.

Pure helpers over a name's words and the document's text, for ``tasks.speakers``:
a peer's title before a lone surname, a role or nationality noun the model put at
the start of a person's span or a club and a role before a name ("Barcelona star
Ronaldinho"), a firm called by the first of the partners'
names it joins with "&" or "and", "our correspondent" for the outlet's own
reporter the story names, and the family name a son or daughter takes from the
parent named before ("Mr Nogar's son Stephen"), and a person's name the model ran
over a post-nominal honour ("Jo Bloggs QC").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from core.records import EntityMention
from tasks.entity_people import ADDRESS_TITLES
from tasks.entity_spans import person_titles
from tasks.person_gender import is_first_name

# British peerage ranks written before a name ("Lord Browne", "Baroness Greenfield");
# from the ranks of the peerage as Debrett's styles them. A peer known by rank and
# surname alone is called by the surname, the rank kept as the title.
PEER_TITLES = frozenset("lord lady baroness baron viscount viscountess earl countess".split())
# Forms of address the judged names leave out as well ("Sir Bloggs" is rare, "Sir Jo").
_KNIGHTLY = frozenset({"sir", "dame"})
# "Marsh & McLennan", "Gulf and Western": a firm's name joining partners' names.
_JOINING_WORDS = frozenset({"&", "and"})
# Kin who take the family name of the person whose possessive stands before them
# ("Mr Nogar's son Stephen" is Stephen Nogar); not a wife, a husband or a mother, who
# may keep another name, nor in-laws.
_KIN_NOUNS = frozenset({"son", "daughter", "brother", "sister", "father"})
# The outlet's own staff in its copy: "our correspondent", "our political editor".
OWN_STAFF = frozenset({"our"})


def peer_surname(titles: Sequence[str], surname: str) -> bool:
    """Whether a lone ``surname`` after the words ``titles`` ("Lord", "Baroness") is
    how the story names a peer or knight: the last title a peer's rank or "Sir"/"Dame"."""
    return (
        bool(titles)
        and titles[-1].casefold().rstrip(".") in PEER_TITLES | _KNIGHTLY
        and surname[:1].isupper()
    )


def without_leading_noun(name: str, nouns: frozenset[str]) -> tuple[str, str] | None:
    """``(noun, name)`` for a person's name whose first word is a role or nationality
    noun (one of ``nouns``, lowercase) before a listed first name and a surname
    ("Spaniard Jo Bloggs" gives ("Spaniard", "Jo Bloggs")); None otherwise."""
    words = name.split()
    if len(words) < 3 or words[0].casefold() not in nouns or not is_first_name(words[1]):
        return None
    return words[0], " ".join(words[1:])


def name_after_role(name: str, nouns: frozenset[str]) -> tuple[str, str] | None:
    """``(description, name)`` for an entity's name the model ran over a description:
    capitalised words (a club, a country), a lowercase role noun (one of ``nouns``)
    and the capitalised name after it ("Barcelona star Ronaldinho" gives ("Barcelona
    star", "Ronaldinho")); a name keeps no lowercase role noun inside it. None
    otherwise."""
    words = name.split()
    for index, word in enumerate(words[1:-1], start=1):
        if word in nouns:
            before, after = words[:index], words[index + 1 :]
            if all(w[:1].isupper() for w in before) and all(w[:1].isupper() for w in after):
                return " ".join(words[: index + 1]), " ".join(after)
            return None
    return None


def joined_firm(word: str, entities: Sequence[EntityMention]) -> EntityMention | None:
    """The one organisation named whose name opens with ``word`` and "&" or "and"
    ("Marsh & McLennan" for "Marsh"): a firm the story calls by its first partner's
    name after naming it in full. None for none or several."""
    found: dict[str, EntityMention] = {}
    for entity in entities:
        words = entity.canonical_name.split()
        if (
            entity.label == "ORG"
            and len(words) > 2
            and words[0] == word
            and words[1].casefold() in _JOINING_WORDS
        ):
            found.setdefault(entity.entity_key, entity)
    return next(iter(found.values())) if len(found) == 1 else None


def kin_family_name(name: Span) -> str | None:
    """The family name a one-word given name ``name`` takes from the person whose
    possessive and a kin noun stand right before it, a comma between or not ("Mr
    Nogar's son Stephen", "Ann Lee's brother, Tom": "Nogar", "Lee"); None otherwise."""
    doc = name.doc
    if len(name) != 1 or not is_first_name(name.text):
        return None
    at = name.start - 1
    if at >= 0 and doc[at].text == ",":
        at -= 1
    if at < 2 or doc[at].lower_ not in _KIN_NOUNS or doc[at - 1].lower_ not in ("'s", "’s"):
        return None
    family = doc[at - 2]
    # A name the model tagged, or one after a form of address ("Mr Nogar").
    addressed = at >= 3 and doc[at - 3].lower_.rstrip(".") in ADDRESS_TITLES
    return family.text if family.is_title and (family.ent_type_ == "PERSON" or addressed) else None


def without_post_nominal(name: str) -> str | None:
    """The person's name of ``name`` when it is a listed first name, a surname and a
    post-nominal honour (``person_titles``: "QC", "MP", "OBE"), which the small model
    types as an organisation ("Guy Mansfield QC" gives "Guy Mansfield"); None otherwise.
    A first name is asked for, as not "Queen's Counsel QC" nor "Shell UK MP"."""
    words = name.split()
    if len(words) < 3 or words[-1] not in person_titles()[1] or not is_first_name(words[0]):
        return None
    if not all(word[:1].isupper() for word in words[:-1]):
        return None
    return " ".join(words[:-1])
