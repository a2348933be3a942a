"""One capitalised word the news writes in lowercase, where capitals say nothing.

The model takes a common word for a name where every word is capitalised: opening a
sentence ("Attempts to defend …"), filling a heading or a table line ("Quests",
"Lunch?"), in a headline set in title case ("… Live up to the Hype?") or in capitals
("MATURITY", "(OPTIONAL)"). ``common_word_alone`` drops such a mention when the word is
one that news prose writes in lowercase (``tasks/data/common_words.txt``, counted over
the corpora) and the document gives no evidence of a name: the word is not written
capitalised anywhere else, not in mid-sentence and not in another mention, it is no
given name or place, and it is not the subject of a reporting verb ("Reading said").
``award_category`` drops "Best …" where the document speaks of awards ("nominated for
Best Actress"): the category of a prize, not an organisation or a person.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from tasks.common_words import common_words
from tasks.entity_filters import WordCase, line_start
from tasks.entity_labels import described_after, org_head
from tasks.entity_places import city_names, subdivision_names
from tasks.entity_references import is_reference_line
from tasks.nlp import doc_text
from tasks.person_gender import is_first_name
from tasks.quote_cues import lexicon

_MIN_LETTERS = 4
# Marks that may stand between a sentence's start and its first word ("“Attempts …").
_OPENING_MARKS = frozenset("\"'“‘«([")
# Words a title-case headline leaves in lowercase.
_MINOR_WORDS = frozenset(
    "a an and as at but by for from in into of on or the to up with vs via".split()
)
_HEADLINE_WORDS = 3
_SENTENCE_ENDS = frozenset(".!?:…")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A document that writes prose in lowercase: its capitals are emphasis, not a wire
# story sent all in capitals, where every name is in capitals too.
_PROSE_WORDS = 50
# Regular endings of English nouns and verbs: "attempts" is listed as "attempt".
_ENDINGS = ("s", "es", "ed", "ing")
# Words by which a document speaks of prizes: where one is written, "Best …" names a
# category of an award ("nominated for Best Actress"), not an organisation or a person.
_AWARD_WORDS = ("award", "awards", "nominated", "nomination", "nominations", "prize")
_CATEGORY_WORDS = 4


def common_word_alone(span: Span, name: str, words: WordCase, elsewhere: bool) -> bool:
    """True when the one-word mention ``span`` (cleaned name ``name``; ``elsewhere``:
    the document names it again) is a common word capitalised by its place."""
    if len(span) != 1 or not name.isalpha() or len(name) < _MIN_LETTERS:
        return False
    folded = name.lower()
    if not _listed(folded) or words.capitalised[folded] > _counted_here(span):
        return False
    if is_first_name(name.title()) or name.title() in city_names() or folded in subdivision_names():
        return False
    # Capitals for emphasis come back ("(OPTIONAL)" in every step of a recipe); a name
    # written as a word is named again in the same case.
    shouted = name.isupper() and sum(words.lower.values()) >= _PROSE_WORDS
    if not name.isupper() and (elsewhere or _written_again(name, words.text)):
        return False
    if not (shouted or _opens(span[0]) or _headline(words.line_of(span), name)):
        return False
    return not _reports(span[0])


def _written_again(name: str, text: str) -> bool:
    """Whether ``text`` writes the word ``name`` (letters only) twice or more as a word
    of its own. A pattern is made only where the text holds ``name`` twice as a
    string: most words of one mention are written once."""
    return text.count(name) > 1 and len(re.findall(rf"(?<![\w-]){name}(?![\w-])", text)) > 1


def written_lowercase(span: Span, name: str, words: WordCase, line: str) -> bool:
    """True when the one-word organisation ``span`` (cleaned name ``name``, on the
    document's line ``line``) is a word news prose writes in lowercase (``common_words``)
    that the same document writes in lowercase at least as often as capitalised in
    mid-sentence ("our Users' needs" beside "information about users", "Spring and
    Fall" beside "in the fall"): a common word capitalised as a defined term, a menu's,
    a game's or a recipe's word, which the model takes for an organisation in
    mid-sentence. A name made of a common word comes with the article ("the Times",
    "the Streets") or is written capitalised more than in lowercase ("Apple"); an
    institution's head noun ("Commission"), a given name, a place, the subject of a
    reporting verb and a journal cited in a reference line stay."""
    if span.label_ != "ORG" or len(span) != 1 or not name.isalpha() or name.isupper():
        return False
    folded = name.lower()
    forms = (folded, *_inflected(folded))
    lower = sum(words.lower[form] for form in forms)
    if len(name) < _MIN_LETTERS or not lower or not _listed(folded):
        return False
    if lower < sum(words.capitalised[form] for form in forms):
        return False
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return False
    # A word of a longer name the model cut ("Cable and Wireless", "Table and Hearth"),
    # a name its noun describes ("Develop magazine"), or the first of a list of names
    # ("shows such as Cheers, Frasier and …").
    after = doc[span.end : span.end + 2]
    if after and (after[0].lower_ in ("and", "&", "of") or after[0].lower_ in described_after()):
        return False
    if len(after) == 2 and after[0].text == "," and after[1].is_title:
        return False
    if org_head([name]) or is_first_name(name) or name in city_names():
        return False
    if folded in subdivision_names() or is_reference_line(line):
        return False
    return not _reports(span[0])


def _inflected(folded: str) -> tuple[str, ...]:
    """The singular of a regular plural ("users" -> "user"), else nothing."""
    if folded.endswith("es") and len(folded) > _MIN_LETTERS + 1:
        return folded[:-2], folded[:-1]
    if folded.endswith("s") and not folded.endswith("ss"):
        return (folded[:-1],)
    return ()


def award_category(name: str, words: WordCase) -> bool:
    """True when ``name`` is a category of an award ("Best Actress", "Best Urban Act"):
    "Best" and at most three capitalised words, the last a word news prose writes in
    lowercase, in a document that speaks of awards or nominations (not "Best Buy"
    in a story about shops)."""
    parts = name.split()
    if parts[0] != "Best" or not 1 < len(parts) <= _CATEGORY_WORDS:
        return False
    if not all(part.isalpha() and part[0].isupper() for part in parts[1:]):
        return False
    return _listed(parts[-1].lower()) and any(words.lower[word] for word in _AWARD_WORDS)


def _counted_here(span: Span) -> int:
    """1 when ``WordCase`` counts this very word as capitalised in mid-sentence (after
    a lowercase word or a comma, as in a title-case headline: "Live up to the Hype?")."""
    # ``doc_text``: ``Doc.text`` would join every token of the document again.
    before = doc_text(span.doc)[max(span.start_char - 2, 0) : span.start_char]
    return int(
        len(before) == 2 and before[1] == " " and (before[0] in ",;&" or before[0].islower())
    )


def _listed(folded: str) -> bool:
    if folded in common_words():
        return True
    return any(
        folded.endswith(ending) and folded[: -len(ending)] in common_words() for ending in _ENDINGS
    )


def _opens(token: Token) -> bool:
    """The word opens its line or table cell, or a sentence after a full stop, a
    question or exclamation mark or a colon, after opening quotes or brackets at most
    (not after a semicolon, which the parser may take for a sentence's end: "Ward;
    Gross, Hamilton" in a line-up)."""
    doc, word = token.doc, token.i
    while token.i > 0 and doc[token.i - 1].text in _OPENING_MARKS:
        token = doc[token.i - 1]
    if token.i == 0 or line_start(token):
        return True
    starts = any(doc[at].is_sent_start for at in range(token.i, word + 1))
    return starts and doc[token.i - 1].text[-1] in _SENTENCE_ENDS


def _headline(line: str, name: str) -> bool:
    """A line in title case: three words at least, every one capitalised but the
    articles, conjunctions and short prepositions, and at least half of the others'
    longer words common words (a headline, not a list of names such as a line-up)."""
    found = _WORD.findall(line)
    major = [word for word in found if word.lower() not in _MINOR_WORDS]
    if len(found) < _HEADLINE_WORDS or not all(word[0].isupper() for word in major):
        return False
    others = [word.lower() for word in major if word != name and len(word) >= _MIN_LETTERS]
    return bool(others) and sum(map(_listed, others)) * 2 >= len(others)


def _reports(token: Token) -> bool:
    """The word is the subject of a reporting verb ("Reading said"): a name."""
    head = token.head
    return (
        token.dep_ == "nsubj"
        and head.pos_ == "VERB"
        and head.lemma_.lower() in lexicon().reporting_verbs
    )
