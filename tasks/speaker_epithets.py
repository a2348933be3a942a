"""Whether the narration right before a "he" or "she" turns to someone by an epithet.

"Ann Lee told a magazine …. Her coach said he dropped her in May. The decision still
rankles with the Australian. “…,” she said": the narration between the coach's words
and the pronoun ends on "the Australian", an epithet (a definite article and a noun
for a person of a nation, no name after it) for the person the story is about, who
has spoken already; the pronoun goes back to that person, not to the one named in
between. Found on BBC sport stories, where such epithets stand for the lead's player.
A pure look-up over one document's parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from tasks.quote_context import QuoteContext
from tasks.quote_cues import lexicon

# Words that may stand between the article and the epithet's noun ("the young
# Australian", "the 32-year-old Dutchman"): modifiers, not a name's words.
_MODIFIER_TAGS = frozenset({"ADJ", "NUM", "NOUN", "PUNCT"})
# Endings of a nation's name for its people as a whole ("the British", "the French",
# "the Chinese", "the Swiss"): many people, no one person.
_COLLECTIVE_ENDINGS = ("ish", "ch", "ese", "ss")
# Words after a nation's word that make it a modifier of another noun ("the British
# authorities", "the Dutch defender Ann Lee"), not the epithet's own noun.
_PHRASE_GOES_ON = frozenset({"NOUN", "PROPN", "ADJ"})
# An epithet as its sentence's subject ("The Australian won") goes on with the person
# the narration is about already, whom the resolver finds; only one the narration
# turns to ("it rankles with the Australian") names someone else.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def epithet_before(context: QuoteContext, pronoun: Token) -> bool:
    """Whether the sentence before ``pronoun``'s (or its own, before it) holds, outside
    quotation marks and not as a subject, a person's epithet: "the" with a capitalised
    noun for a person of a nation ("the Dutchman", "the young Australian") that no name
    follows ("the Australian Ann Lee" is a title) and no "of" hangs on. False for
    anything else (a lowercase "the player" may be anyone)."""
    sentence = pronoun.sent
    start = pronoun.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    return any(
        _is_epithet(word) and not context.quoted(word.idx)
        for word in pronoun.doc[start : pronoun.i]
        if _nationality_noun(word) and word.dep_ not in _SUBJECT_DEPS
    )


def _nationality_noun(word: Token) -> bool:
    """Whether ``word`` is a capitalised noun for a person of a nation ("Dutchman",
    "Scot", "Australian"): a listed person noun or a word the model tagged NORP."""
    return (
        word.text[:1].isupper()
        and not word.lower_.endswith(_COLLECTIVE_ENDINGS)
        and (word.lower_ in lexicon().person_nouns or word.ent_type_ == "NORP")
    )


def _is_epithet(noun: Token) -> bool:
    """Whether ``noun`` ends "the …" with only modifiers between and nothing after it
    that names or specifies the person."""
    doc = noun.doc
    index = noun.i - 1
    while index >= 0 and doc[index].pos_ in _MODIFIER_TAGS and noun.i - index <= 3:
        index -= 1
    if index < 0 or doc[index].lower_ != "the":
        return False
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return after is None or (after.pos_ not in _PHRASE_GOES_ON and after.lower_ != "of")
