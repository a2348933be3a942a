"""Who a pronoun turns to when the narration before it names someone new.

"Jo Bloggs is a nurse at the clinic. “…,” she said": the sentence before the
pronoun brings in a new subject, whom the pronoun means rather than the last
speaker, even when the model tagged no name there. A pure look-up over one
document's parse.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.person_gender import gender_of_name
from tasks.quote_context import QuoteContext
from tasks.quote_cues import lexicon
from tasks.speaker_mentions import main_subject_before, subject_verb


def untagged_person_subject(
    context: QuoteContext, position: int, gender: str | None
) -> Span | None:
    """ "Jo Bloggs is a nurse at the clinic. “…,” she said": the name of a person the
    model did not tag, when it is the subject of the main verb nearest before
    ``position`` (in its sentence or the one before, outside quotations), the new
    subject whom a he or she (of ``gender``) means: capitalised words ending on a
    proper noun, either opening with a listed given name of that gender or said to be
    a person by the sentence ("… is a nurse"). None when that nearest subject is
    anything else (a pronoun, a noun, a tagged name) or tells no person."""
    if gender is None:
        return None
    word = main_subject_before(context, position, through_auxiliary=True)
    name = _untagged_name(word) if word is not None else None
    if name is None:
        return None
    own = gender_of_name(name.text)
    return (
        name if own == gender or (own is None and _said_a_person(subject_verb(word.head))) else None
    )


def _untagged_name(word: Token) -> Span | None:
    """The name of two or three capitalised words that ``word`` ends, when the model
    tagged none of them; else None."""
    words = [c for c in word.lefts if c.dep_ == "compound"] + [word]
    if (
        len(words) not in (2, 3)
        or word.pos_ != "PROPN"
        or any(w.ent_type_ or not w.text[:1].isupper() or w.text.isupper() for w in words)
        or words[-1].i - words[0].i != len(words) - 1
    ):
        return None
    return word.doc[words[0].i : word.i + 1]


def _said_a_person(verb: Token) -> bool:
    """Whether ``verb`` is a "be" whose complement is a person's role ("is senior
    officer", "was the club's coach")."""
    return verb.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in lexicon().person_nouns for c in verb.children
    )
