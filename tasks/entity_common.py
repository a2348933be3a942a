"""Names that a document itself shows to be common nouns, and letters after a name.

``common_acronyms(doc)`` takes a parsed document and returns the acronyms it uses as
common nouns, not as names of organisations: an acronym defined after lowercase words
that spell it ("dual-energy x-ray absorptiometry (DXA)", "an initial public offer
(IPO)"), written in the plural ("three MMORPGs"), or the head of a noun phrase opened
by "a" or "an" ("an ADR to work through", "A DXA is"; not "a BBC reporter", where the
acronym only qualifies the noun, nor an acronym the document writes with a possessive,
as names are: "UKIP's chairman"). Every mention of such an acronym in the document is
no entity: the evidence of one sentence holds for all ("During a DXA scan" and "DXA
is more accurate").

``is_post_nominal(span, name)`` says whether a mention is only the letters written
after a person's name: an honour, an office or an academic degree ("Tom McCabe MSP",
"Yu-Xiao Yang, MD, MSCE"), which the model takes for an organisation or a place.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from tasks.entity_spans import person_title_lists
from tasks.nlp import doc_text

# An acronym: a capital, then capitals, digits, "&" or "-" (at least two capitals).
_ACRONYM = r"[A-Z][A-Z0-9&-]{1,7}"
_DEFINED = re.compile(rf"\(\s*({_ACRONYM})s?\s*\)")
# The look-behind follows the first capital, so that the regex engine skips to capitals
# instead of trying the look-behind at every position of the text.
_PLURAL = re.compile(r"([A-Z](?<![\w&-][A-Z])[A-Z0-9&-]{1,7})s(?![\w&'’-])")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# Words a spelled-out term may hold beyond those that give its letters.
_FUNCTION_WORDS = frozenset("of and the for in on to a an with by".split())
_EXTRA_WORDS = 3
# After the acronym, what shows it heads its noun phrase: no noun, name, adjective,
# number or hyphen follows ("a DXA scan", "an AMP-first website" qualify a noun).
_QUALIFIER_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
# The article's letter before the look-behind that stands for its word boundary, as
# in ``_PLURAL``.
_AFTER_ARTICLE = re.compile(rf"[Aa](?<!\w[Aa])n? ({_ACRONYM})\b(?![&-])")


def common_acronyms(doc: Doc) -> frozenset[str]:
    """The acronyms (as written, without a plural "s") that ``doc`` uses as common
    nouns: spelled out in lowercase words before ``(ACRONYM)``, written in the
    plural, or heading a noun phrase after "a" or "an"."""
    text = doc_text(doc)
    found = {match.group(1) for match in _PLURAL.finditer(text)}
    found.update(
        match.group(1)
        for match in _DEFINED.finditer(text)
        if _spelled_in_lowercase(text, match.start(), match.group(1))
    )
    found.update(_after_article(doc, text))
    return frozenset(found)


def is_common_acronym(name: str, common: frozenset[str]) -> bool:
    """True when ``name`` is one of the ``common`` acronyms, or its plural."""
    return name in common or (name.endswith("s") and name[:-1] in common)


def _spelled_in_lowercase(text: str, before: int, acronym: str) -> bool:
    """True when the lowercase words just before offset ``before`` (on its line)
    spell ``acronym``: each word gives its initial and may give more letters of its
    own ("bioimpedance spectroscopy" spells "BIS"); function words may stand between."""
    line_start = text.rfind("\n", 0, before) + 1
    words = [m.group() for m in _WORD.finditer(text, line_start, before)]
    letters = acronym.replace("-", "").replace("&", "").lower()
    if not letters.isalpha():
        return False
    for count in range(1, min(len(letters) + _EXTRA_WORDS, len(words)) + 1):
        last = words[-count:]
        if last[0].lower() in _FUNCTION_WORDS or not all(w[0].islower() for w in last):
            continue
        content = [w.lower() for w in last if w.lower() not in _FUNCTION_WORDS]
        if _spells(letters, content):
            return True
    return False


def _spells(letters: str, words: list[str]) -> bool:
    """True when ``letters`` split into one run per word, in order, each run opening
    with its word's initial and its other letters found in that word in order."""
    if not words:
        return not letters
    word = words[0]
    if not letters or letters[0] != word[0]:
        return False
    for cut in range(1, len(letters) - len(words) + 2):
        if _in_order(letters[1:cut], word[1:]) and _spells(letters[cut:], words[1:]):
            return True
    return False


def _in_order(letters: str, word: str) -> bool:
    """True when ``letters`` occur in ``word`` in this order (not necessarily together)."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


def _after_article(doc: Doc, text: str) -> set[str]:
    """Acronyms that head a noun phrase after "a" or "an" ("an ADR to work through"),
    unless the document gives them a possessive, as it gives names that own things
    ("a member of a UKIP whose leadership", beside "UKIP's chairman")."""
    found = set()
    for match in _AFTER_ARTICLE.finditer(text):
        acronym = match.group(1)
        if acronym in found or _written_with_possessive(acronym, text):
            continue
        token = doc.char_span(match.start(1), match.end(1))
        if token is None:
            continue
        following = doc[token.end] if token.end < len(doc) else None
        if following is None or (
            following.pos_ not in _QUALIFIER_TAGS and following.text not in "-–/’'"
        ):
            found.add(acronym)
    return found


def _written_with_possessive(acronym: str, text: str) -> bool:
    """Whether ``text`` writes ``acronym`` as a word with a possessive ("UKIP's")."""
    # The plain strings first: most acronyms have no possessive, and the pattern made
    # of each would be compiled to learn it.
    if f"{acronym}'s" not in text and f"{acronym}’s" not in text:
        return False
    return re.search(rf"\b{re.escape(acronym)}['’]s\b", text) is not None


def is_post_nominal(span: Span, name: str) -> bool:
    """True when the mention is only an honour, office or degree written after a
    name ("MSP", "CBE", "PhD"); one of two letters ("MD", "MA": also states; "MP")
    only just after a person's name or after a comma that follows one ("Jaya K. Rao,
    MD, MHS")."""
    letters, short = post_nominals()
    if name in letters:
        return True
    return name in short and _after_name(span, letters | short)


def _after_name(span: Span, letters: frozenset[str]) -> bool:
    """True when a person's name or other letters written after a name stand just
    before ``span``, or before a comma just before it."""
    doc = span.doc
    before = span.start - 1
    if before > 0 and doc[before].text == ",":
        before -= 1
    if before < 0:
        return False
    return doc[before].ent_type_ == "PERSON" or doc[before].text in letters


@cache
def post_nominals() -> tuple[frozenset[str], frozenset[str]]:
    """The honours, offices and degrees written after a name
    (``tasks/data/person_titles.toml``), as written: those of three letters or more,
    never anything else, and those of two letters, also initials or states."""
    lists = person_title_lists()
    every = lists["post_nominals"] | lists["degrees"] | lists["short_degrees"]
    return (
        frozenset(w for w in every if len(w) > 2),
        frozenset(w for w in every if len(w) <= 2),
    )
