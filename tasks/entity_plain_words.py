"""Single capitalised words a page uses as common words, which the model takes for names.

``without_plain_words(mentions, words)`` drops the one-word mentions that no evidence
on the page makes a name, where:

- the page also writes the word in lowercase ("bougainvillea" beside "Bougainvillea",
  a drug's name opening a reference's title beside the drug in lowercase), and the
  news does not write it as a name as well (``tasks/data/name_words.txt``: "shell",
  "brown" stay); on a page of code, which writes programs in lowercase as commands,
  only a word the news writes in lowercase (``common_words``); or
- the tagger reads the word as a verb or an interjection opening its sentence or line
  ("Peel off the skin", "Stir well"): an instruction, no name.

Name evidence, wherever the page writes the word capitalised: the possessive after it
("Acme's"), "the" before it where the word heads its phrase ("the Acme"; in "the Acme
plant" the article is the plant's, the word may name its kind), a noun of a named
thing's kind after it ("Acme magazine", ``[after]`` of ``tasks/data/entity_nouns.toml``),
being the subject of a reporting verb ("Acme said"), or the word standing in a longer
name of the page ("Acme Holdings") that is not all the page's common words. A curated
(pinned) name, a given name and a word in capitals (an acronym) stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from tasks.common_words import common_words, name_words
from tasks.entity_filters import _CODE_MARK, WordCase, opens_line_or_sentence
from tasks.entity_labels import PlacedT, entity_nouns
from tasks.nlp import positions, span_text, token_values
from tasks.person_gender import is_first_name
from tasks.quote_cues import lexicon

# The labels the model gives a common word it takes for a name; places and groups have
# their own rules.
_PLAIN_FROM = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART"})
_LEAST_LETTERS = 4
# Penn tags of a base-form verb (an imperative) and of an interjection.
_INSTRUCTION_TAGS = frozenset({"VB", "UH"})
# A list item's marker: its number (Penn "LS") and a stop or a bracket after it.
_LIST_ITEM_TAG = "LS"
_MARKER_TOKENS = 2
_POSSESSIVES = frozenset({"'s", "’s"})
_ARTICLES = frozenset({"the", "The"})


def without_plain_words(mentions: Sequence[PlacedT], words: WordCase) -> list[PlacedT]:
    """``mentions`` without those of the one-word names the page uses as common words
    (see the module's docstring); ``words``: the document's word counts."""
    candidates = {span_text(m.span) for m in mentions if _plain_candidate(m, words)}
    if not candidates:
        return list(mentions)
    plain = candidates - _named_words(mentions, candidates, words)
    return [m for m in mentions if len(m.span) != 1 or span_text(m.span) not in plain]


def _plain_candidate(mention: PlacedT, words: WordCase) -> bool:
    """Whether the mention is one capitalised word, not curated nor a given name, that
    the page writes in lowercase too (and the news not as a name), or that opens its
    sentence as a verb or an interjection. Its canonical name may be a longer one of
    the page's common words ("Bougainvillea Pest" of a heading)."""
    if mention.pinned or mention.label not in _PLAIN_FROM or len(mention.span) != 1:
        return False
    name = span_text(mention.span)
    if len(name) < _LEAST_LETTERS or not name.isalpha() or not name.istitle():
        return False
    folded = name.lower()
    # ``get``: a Counter's missing word is a call of ``__missing__`` in Python.
    lowercase_here = words.lower.get(folded, 0) > 0 and folded not in name_words()
    # A page of code writes its programs in lowercase as commands ("run stunnel"): there
    # only a word the news writes in lowercase is a common word.
    if lowercase_here and folded not in common_words() and _holds_code(words.text):
        lowercase_here = False
    if not lowercase_here and not _instruction(mention.span):
        return False
    if mention.canonical != name and not _common_rest(mention.canonical, name, words):
        return False
    return not is_first_name(name)


def _holds_code(text: str) -> bool:
    """Whether the page holds code or markup (braces, an assignment, a tag)."""
    return _CODE_MARK.search(text) is not None


def _common_rest(name: str, word: str, words: WordCase) -> bool:
    """Whether every word of ``name`` but ``word`` is one the page writes in lowercase."""
    return all(words.lower.get(part.lower(), 0) > 0 for part in name.split() if part != word)


def _instruction(span: Span) -> bool:
    """Whether the one-word ``span`` is tagged a base-form verb or an interjection and
    opens its sentence, its line or a list item ("Peel off …", "2. Peel off …")."""
    doc = span.doc
    # The tag from the document's array: most names are tagged no verb, and then no
    # Token is made for them.
    if doc.vocab.strings[token_values(doc, "TAG")[span.start]] not in _INSTRUCTION_TAGS:
        return False
    # Step back over a list item's number and its stop ("2. Peel …").
    at = span.start
    while at > 0 and span.start - at < _MARKER_TOKENS and _marker(doc[at - 1]):
        at -= 1
    return opens_line_or_sentence(doc[at])


def _marker(token: Token) -> bool:
    """Whether ``token`` may be part of a list item's marker: a list number or a mark."""
    return token.tag_ == _LIST_ITEM_TAG or token.is_punct


def _named_words(mentions: Sequence[PlacedT], candidates: set[str], words: WordCase) -> set[str]:
    """The candidate words the page gives a name's evidence at any place it writes them
    capitalised, in a mention or not (see the module's docstring)."""
    named: set[str] = set()
    for mention in mentions:
        if len(mention.span) == 1:
            continue
        written = span_text(mention.span)
        for word in candidates & set(written.split()):
            # "Bougainvillea Pest", a heading of the page's common words, is no name.
            if not _common_rest(written, word, words):
                named.add(word)
    doc = mentions[0].span.doc
    reporting = lexicon().reporting_verbs
    for at in positions(doc, "ORTH", candidates - named):
        token = doc[at]
        if token.text in named:
            continue
        before = doc[at - 1].text if at > 0 else ""
        after = doc[at + 1].text if at + 1 < len(doc) else ""
        speaks = token.dep_ == "nsubj" and token.head.lemma_.lower() in reporting
        kind = after in _kind_nouns()
        article = before in _ARTICLES and not _modifies_common_noun(doc, at)
        if article or after in _POSSESSIVES or kind or speaks:
            named.add(token.text)
    return named


def _modifies_common_noun(doc: Doc, at: int) -> bool:
    """Whether the word at ``at`` stands before a lowercase common noun ("the
    Bougainvillea plant"): the article before it is that noun's, no sign of a name."""
    if at + 1 >= len(doc):
        return False
    after = doc[at + 1]
    return after.pos_ == "NOUN" and after.text.isalpha() and after.text.islower()


@cache
def _kind_nouns() -> frozenset[str]:
    """The nouns that, after a name, say what kind of thing it names ("Develop
    magazine", "the Balco laboratory"): ``[after]`` of ``tasks/data/entity_nouns.toml``."""
    return frozenset(noun for nouns in entity_nouns()["after"].values() for noun in nouns)
