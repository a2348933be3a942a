"""Speakers that are several named parties at once: "EADS and BAE Systems said in a
joint statement", "said chairman William Schreyer and president Daniel Tully", and
"the companies said" or "the four firms said" after the parties were named together.

News names the parties of a joint statement once, together, and then speaks of them
as "the companies", "the two sides", "they": no one of them alone is the speaker.
``coordination`` finds the names a coordination holds, ``joint_name`` writes them as
one speaker ("Sony, Philips, Matsushita and Samsung"), and ``group_size`` reads how
many a plural description counts ("the four firms", "both parties").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from core.records import EntityMention
from tasks.entity_labels import COMPANY_SUFFIXES

# Labels of names that speak together: people, organisations, and countries or
# groups in a joint statement ("Nigeria and Barclays Bank Plc said").
_PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Words that may stand between two names of a coordination: the conjunction, commas,
# and the role of the next person ("chairman X and president Y").
_JOINING = frozenset({",", "and", "&"})
_ROLE_DEPS = frozenset({"compound", "amod", "det", "nmod"})
# Number words before a plural description, and nouns that count two by themselves.
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
_PAIR_NOUNS = {"pair": 2, "duo": 2}
# Plural descriptions of the parties of a joint act, and what they may hold: bodies
# and people alike ("the two sides", "both parties"); bodies ("the companies", "the
# two countries"; not "the unions", who are seldom the companies named before).
ANY_PARTIES = frozenset({"side", "party", "partner", "pair", "duo"})
BODIES = frozenset(
    {
        "company",
        "firm",
        "bank",
        "carrier",
        "airline",
        "group",
        "club",
        "country",
        "nation",
        "government",
    }
)


def coordination(
    token: Token, entity_at: Callable[[Token], EntityMention | None]
) -> list[EntityMention] | None:
    """The named parties of the coordination ``token`` stands in ("Nigeria and
    Barclays Bank Plc", "Sony, Philips, Matsushita and Samsung"), in text order, each
    a different name. None unless two or more conjuncts are all names of people,
    organisations or places, joined by commas and "and" (with the role of a person
    before its name): "Mr Smith and his wife" and "Acme and other firms" are no joint
    speakers."""
    entity = entity_at(token)
    if entity is not None:
        # "Barclays" of "Nigeria and Barclays Bank Plc": the name's head coordinates.
        span = token.doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
        token = span.root if span is not None else token
    first = token
    while first.dep_ == "conj" and entity_at(first.head) is not None:
        first = first.head
    if first.dep_ not in ("nsubj", "nsubjpass"):
        # "serve five points in common: Los Angeles, San Diego …": a list, no subject.
        return None
    heads = [first]
    for head in heads:
        heads += [c for c in head.children if c.dep_ == "conj"]
    if len(heads) < 2:
        return None
    heads.sort(key=lambda t: t.i)
    parties: list[EntityMention] = []
    joins: list[str] = []
    for head in heads:
        entity = entity_at(head)
        if entity is None or entity.label not in _PARTY_LABELS:
            return None
        if parties and entity.start_char == parties[-1].start_char:
            continue
        if parties:
            join = _join(parties[-1], entity, head)
            if join is None:
                return None
            joins.append(join)
        parties.append(entity)
    # "In London, Acme said": a list closes with "and".
    if len(parties) < 2 or joins[-1] != "and":
        return None
    if len({p.entity_key for p in parties}) < len(parties):
        return None
    if len(parties) > 2 and all(p.label == "GPE" for p in parties):
        # "five points in common: Los Angeles, San Diego, …": places listed, not
        # parties (two countries do make joint statements).
        return None
    return parties


def _join(before: EntityMention, after: EntityMention, head: Token) -> str | None:
    """ "and" or "," when only commas, "and" and the role words of ``head`` (the name
    ``after`` stands in) come between two names; None otherwise."""
    span = head.doc.char_span(before.end_char, after.start_char, alignment_mode="expand")
    if span is None:
        return None
    words = [t for t in span if not t.is_space]
    if not all(t.lower_ in _JOINING or (t.head == head and t.dep_ in _ROLE_DEPS) for t in words):
        return None
    return "and" if any(t.lower_ in ("and", "&") for t in words) else ","


def one_company(parties: list[EntityMention], text: str) -> bool:
    """ "Goodyear Tire and Rubber Co", "Kaiser Aluminum and Chemical Corp": two names
    the model cut at a bare "and", the second closing with a legal form the first has
    not, are one company's name (two companies each have their own: "Lac Minerals Ltd
    and Cambior Inc")."""
    if len(parties) != 2:
        return False
    first, last = parties
    between = text[first.end_char : last.start_char]
    return (
        first.label == last.label == "ORG"
        and between.strip() in ("and", "&")
        and _legal_form(last.canonical_name)
        and not _legal_form(first.canonical_name)
    )


def _legal_form(name: str) -> bool:
    return name.split()[-1].lower().rstrip(".") in COMPANY_SUFFIXES


def joint_name(names: list[str]) -> str:
    """ "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def group_size(subject: Token) -> int | None:
    """How many parties a plural description counts ("the four firms", "both sides",
    "the pair"); None when it gives no number."""
    if subject.lemma_.lower() in _PAIR_NOUNS:
        return _PAIR_NOUNS[subject.lemma_.lower()]
    for child in subject.children:
        if child.dep_ in ("nummod", "det", "predet", "preconj") and child.lower_ in _COUNTS:
            return _COUNTS[child.lower_]
    return None
