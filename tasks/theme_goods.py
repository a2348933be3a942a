"""Whether a word of a sentence names goods a company makes or sells.

A wire story about one company tells its industry by its products more often than by
the trade's own words: "Harlow Industries said it will manufacture automotive
windshield sealants", "Harlow Corp agreed to sell disk drives to personal computer
maker Ardley". A reader files such a story under the trade of the goods (the
automotive industry, computers); the same word elsewhere in the sentence (the
investment banking firm a company retained, the car stereos of an electronics maker's
list are the exception) tells no industry. The verbs and the company nouns come from
``tasks/data/company_sectors.toml`` (``[goods]``); which theme the word is evidence of,
and whether the story is a company's, the caller (``tasks.themes``) decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from tasks.theme_sectors import sector_data

# The dependency links from a product's word up to the verb that puts it out: a noun
# phrase's parts ("automotive windshield sealants", "rubber-to-metal products"), its
# object, a list of goods and an apposition. A relative or adverbial clause ("a wire
# which can conduct electricity", "making word processors with retail prices") tells
# something else of the goods.
_GOODS_PATH = frozenset(
    {"compound", "amod", "nmod", "dobj", "pobj", "conj", "appos", "dative", "nummod",
     "quantmod", "npadvmod", "cc", "punct"}
)  # fmt: skip
# Prepositions along that path: a quantity or a line "of" goods, goods sold "to" or
# made "for" a customer ("for the automotive industry", "to personal computer maker").
_GOODS_PREPOSITIONS = frozenset({"of", "to", "for"})
# Links through which a verb's subject is its head's ("agreed to sell", "will make and
# sell").
_SHARED_SUBJECT = frozenset({"xcomp", "conj", "advcl"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PRONOUNS = frozenset({"it", "they"})


@dataclass(frozen=True, slots=True)
class GoodsWords:
    """``verbs``: lemmas of putting goods out; ``makers``: nouns that stand for a
    company as their subject. Both in lower case."""

    verbs: frozenset[str]
    makers: frozenset[str]


@cache
def goods_words() -> GoodsWords:
    """The curated ``[goods]`` lists of ``tasks/data/company_sectors.toml``."""
    data = sector_data().get("goods", {})
    return GoodsWords(
        frozenset(word.lower() for word in data.get("verbs", [])),
        frozenset(word.lower() for word in data.get("makers", [])),
    )


def names_goods(token: Token, words: GoodsWords) -> bool:
    """Whether ``token`` is part of the goods that a verb of ``words`` puts out, and
    that verb's subject is a company: an organisation the recognizer found, "it", or a
    noun of ``words.makers`` ("the joint venture company will manufacture"). The token
    is reached from the verb through the goods' noun phrase only (``_GOODS_PATH``); a
    token of the subject itself is none. A verb the parser left with no subject
    anywhere up its clause, the sentence's main verb, is the story's company's (a wire
    lead the parser misreads: "Based in Ohio, the venture company, Harlow Co, will
    make ...")."""
    for above in token.ancestors:
        if above.pos_ == "VERB" and above.lemma_.lower() in words.verbs:
            return _company_subject(above, token, words)
        if not _on_goods_path(above):
            return False
    return False


def _on_goods_path(token: Token) -> bool:
    """Whether ``token`` links a product's word to the verb above it."""
    if token.dep_ == "prep":
        return token.lower_ in _GOODS_PREPOSITIONS
    return token.dep_ in _GOODS_PATH


def _company_subject(verb: Token, product: Token, words: GoodsWords) -> bool:
    """Whether the subject of ``verb`` (or of the clause it shares a subject with) is
    a company and holds no ``product``."""
    if not _on_goods_path(product):
        return False
    head = verb
    while not _subjects(head) and head.dep_ in _SHARED_SUBJECT:
        head = head.head
    subjects = _subjects(head)
    if not subjects:
        return head.dep_ == "ROOT"
    subject = subjects[0]
    if product in set(subject.subtree):
        return False
    if subject.lower_ in _PRONOUNS or subject.lemma_.lower() in words.makers:
        return True
    return any(e.label_ == "ORG" and e.start <= subject.i < e.end for e in subject.doc.ents)


def _subjects(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ in _SUBJECT_DEPS]
