"""A person's name the model cut at a lowercase family-name particle.

The small model often ends a person at the particle of a family name, or just before
it, and takes the surname for something else: "[Daniel] arap [Moi]" (Moi an
organisation), "[Mohamed] ould [Abdel Aziz]". ``across_particle(span)`` gives the
person widened over the particles and the capitalised surname after them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.entity_spans import NAME_PARTICLES
from tasks.nlp import token_values

# The particles of ``NAME_PARTICLES`` and those of Arabic ("al", "el", "bint", "ould":
# "Saud al Faisal", "Mohamed ould Abdel Aziz"), Kalenjin ("arap": "Daniel arap Moi"),
# Dutch ("ter", "ten") and German ("zu") family names, as the name guides of the
# news agencies' style books write them: in lowercase, inside the name.
FAMILY_PARTICLES = NAME_PARTICLES | frozenset(
    {"al", "el", "bint", "ould", "arap", "ter", "ten", "zu"}
)
# "van der Meer", "bin al Hussein": at most two particles in a row.
_MOST_PARTICLES = 2
# "Mohamed ould Abdel Aziz": at most two capitalised words of surname.
_MOST_SURNAME_WORDS = 2


def across_particle(span: Span) -> Span | None:
    """``span``, a person ending with a capitalised word, widened over the one or two
    lowercase particles written after it (``FAMILY_PARTICLES``, each after a space or,
    for "al-", before a hyphen) and the one or two capitalised words of surname after
    them, in the same sentence; ``None`` when no particle and surname follow."""
    doc = span.doc
    end = span.end
    if span.label_ != "PERSON" or end + 1 >= len(doc):
        return None
    # Read the word after from the array first: nearly no name is followed by a particle.
    lower = token_values(doc, "LOWER")
    if doc.vocab.strings[lower[end]] not in FAMILY_PARTICLES or not span[-1].text[:1].isupper():
        return None
    index = end
    while index < len(doc) and index - end < _MOST_PARTICLES and _particle(doc[index]):
        index += 1
        # "al-Faisal": the hyphen glued to the particle and the surname.
        if index < len(doc) and doc[index].text == "-" and not doc[index - 1].whitespace_:
            index += 1
    surname = index
    while index < len(doc) and index - surname < _MOST_SURNAME_WORDS and _name_word(doc[index]):
        index += 1
        if doc[index - 1].whitespace_ != " ":
            break
    if index == surname:
        return None
    return Span(doc, span.start, index, label="PERSON")


def _particle(token: Token) -> bool:
    """A lowercase family-name particle that opens no sentence."""
    return token.text in FAMILY_PARTICLES and not token.is_sent_start


def _name_word(token: Token) -> bool:
    """A capitalised word of letters that opens no sentence."""
    return token.is_alpha and token.text[:1].isupper() and not token.is_sent_start
