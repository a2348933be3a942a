"""Spans of companies' names the model cut short.

``with_abbreviated_founder(span)`` widens a company's span over the founder's given
name written abbreviated before it ("[Alex.] Brown and Sons Inc"), which the model
read as a sentence's end; ``with_foreign_tail(span)`` widens a company's name in
another language that the model cut after a lowercase joining word ("Banque Dupont et
[Fils]") over the capitalised words after it; ``with_underwriting_partners``
makes one company of an underwriting firm named by its partners' surnames without a
legal form ("managed by Pellow and Quist", "Pellow, Dunmore and Quist as co-manager"),
which the model takes apart at its "and"; ``names_before_tickers`` finds the companies
wire copy writes in full before their ticker ("Glynwed International Plc <GLYN.L>
said"), which the model may miss at a story's start; ``with_firm_tail`` widens a name
the model ended before its partnership's "and Co" or before "of" a place and a legal
form ("[Gold Fields] of South Africa Ltd"); ``with_chamber`` widens a committee's name
over the chamber before it ("House [Ways and Means Committee]").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from tasks.entity_acronyms import is_legal_form
from tasks.entity_spans import FOREIGN_JOINS
from tasks.entity_wire import table_label_words
from tasks.nlp import token_values
from tasks.person_gender import is_first_name

# A firm named by two to four partners' surnames, the last after "and" ("Pellow and
# Quist", "Pellow, Dunmore and Quist"), where a story names the firms of an offering's
# syndicate: after "underwritten by" or a syndicate "managed by" or "led by", or before
# "as" its role in it (the phrasing of Reuters-21578's offering stories). A firm of
# several words each ("Goldman Sachs and Salomon Brothers") is no chain of surnames, and
# a plural role ("as co-managers") names several firms.
_SURNAME = r"[A-Z][a-z]{2,}"
_PARTNER_CHAIN = rf"{_SURNAME}(?:, {_SURNAME}){{0,2}},? and {_SURNAME}"
_UNDERWRITING_PARTNERS = re.compile(
    rf"(?:underwritten by|(?:group|syndicate|offering|issue) (?:\w+ ){{0,2}}(?:managed|led) by)"
    rf" (?P<after>{_PARTNER_CHAIN})\b(?! [A-Z])"
    rf"|\b(?P<before>{_PARTNER_CHAIN}) (?:as|will act as|acted as) (?:the )?"
    r"(?:lead |co-?|joint |senior )?(?:manager|underwriter|adviser|advisor)\b"
)
_UNDERWRITING_CUES = ("underwrit", "managed by", "led by", "manager", "advis")
# A company's name written in full before its ticker in angle brackets on one line:
# capitalised words (and "&", "and", "of", "de" inside), the last a legal form, then
# the ticker ("Glynwed International Plc <GLYN.L>", "Acme Foods and Drinks Co <AFD>"),
# maybe after the short name in brackets ("London and Scottish Marine Oil Plc (Lasmo)
# <LASL.L>"); never from a slash ("Capital Cities/ABC Inc <CCB>" is one name, not "ABC
# Inc").
_NAME_BEFORE_TICKER = re.compile(
    r"(?<![\w&'./-])(?P<name>[A-Z][\w&'.-]*(?: (?:[A-Z][\w&'.-]*|&|and|of|de))*)"
    r"(?: \([A-Z][A-Za-z]+\))? <[A-Z][A-Z0-9]*(?:\.[A-Z]{1,3})?>"
)
# A sentence's opening word before a company's name, no part of it ("The", "Yesterday"
# are capitalised only there); so is a table row's label ("Shr", ``table_label_words``).
_OPENERS = frozenset({"The", "A", "An", "In", "On", "At", "By", "But", "And", "Yesterday"})
# "… Ltd <GMW.TO> of ": a place that follows belongs to the company before (on the
# same line or the next).
_AFTER_TICKER_OF = ("> of ", "> of \n")
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# The longest word written abbreviated before a company's name opening a line ("Fried."
# for Friedrich, "Gebr." for Gebrueder, "Wm." for William): longer words are spelt out.
_MOST_ABBREVIATED_LETTERS = 6
# The most capitalised words after a joining word that a cut foreign name is widened
# over ("et [Associes Reunis]").
_FOREIGN_TAIL_WORDS = 3


def with_abbreviated_founder(span: Span) -> Span | None:
    """A company's span (the model's organisation or person) ending in a legal form,
    just after a given name abbreviated with a full stop: a listed given name
    (``first_names.txt``) the parser did not read as a sentence's end ("Alex." of "Alex.
    Brown and Sons Inc"), or any short capitalised word opening a line ("Fried. Krupp
    GmbH", "Gebr. Mayer AG" heading a story: no sentence ends before a line's first
    word). The span widened over both, an ORG; else ``None``."""
    start = span.start
    if span.label_ not in ("ORG", "PERSON") or start < 2 or len(span) < 2:
        return None
    stop, name = span.doc[start - 1], span.doc[start - 2]
    if stop.text != "." or name.whitespace_ or stop.whitespace_ != " ":
        return None
    if not (name.is_alpha and name.text.istitle()):
        return None
    opening = _opens_line(name) and len(name) <= _MOST_ABBREVIATED_LETTERS
    if not opening and (span[0].is_sent_start or not is_first_name(name.text)):
        return None
    if not is_legal_form(span[-1].text, span[-2].text):
        return None
    return Span(span.doc, name.i, span.end, label="ORG")


def _opens_line(token: Token) -> bool:
    """Whether ``token`` is the first word of the document or of a line."""
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return "\n" in before.whitespace_ or (before.is_space and "\n" in before.text)


def with_foreign_tail(span: Span) -> Span | None:
    """An organisation's span ending in a lowercase joining word of a foreign company's
    name (``FOREIGN_JOINS``: "et", "de", "fuer") that a capitalised word follows on the
    same line: the span widened over the (at most three) capitalised words after it, as
    a name never ends in its joining word; else ``None``."""
    doc, end = span.doc, span.end
    # The last word from the document's array: no token made for the many names that
    # end otherwise.
    if len(span) < 2 or doc.vocab.strings[token_values(doc, "ORTH")[end - 1]] not in FOREIGN_JOINS:
        return None
    # "et al": the span ends a list of names, no foreign name ("Roxy et Al Trout" wells).
    if span.label_ != "ORG" or (end < len(doc) and doc[end].lower_.rstrip(".") == "al"):
        return None
    while (
        end < len(doc)
        and end - span.end < _FOREIGN_TAIL_WORDS
        and "\n" not in doc[end - 1].whitespace_
        and doc[end].is_alpha
        and doc[end].text[:1].isupper()
    ):
        end += 1
    return Span(doc, span.start, end, label="ORG") if end > span.end else None


def with_underwriting_partners(spans: list[Span], text: str) -> list[Span]:
    """``spans`` (in text order) with each firm ``_UNDERWRITING_PARTNERS`` finds in the
    document's ``text`` as one ORG span in place of the spans that overlap it (the
    model's surnames apart, "[Pellow]" and "[Quist]"); ``spans`` itself when the text
    has no underwriting cue or no such firm."""
    if not any(cue in text for cue in _UNDERWRITING_CUES):
        return spans
    doc = spans[0].doc if spans else None
    firms = []
    for match in _UNDERWRITING_PARTNERS.finditer(text):
        group = "after" if match.group("after") else "before"
        firm = doc.char_span(match.start(group), match.end(group), label="ORG") if doc else None
        # A chain after another capitalised word is a list's end ("Dean Witter and Smith").
        if firm is not None and not (firm.start and doc[firm.start - 1].is_title):
            firms.append(firm)
    if not firms:
        return spans
    kept = [
        span
        for span in spans
        if not any(span.start < firm.end and firm.start < span.end for firm in firms)
    ]
    return sorted(kept + firms, key=lambda span: span.start)


def names_before_tickers(doc: Doc, text: str) -> list[Span]:
    """An ORG span for each company ``text`` (the document's) names in full before its
    ticker in angle brackets, its last word a legal form ("Glynwed International Plc
    <GLYN.L> said"): the wire names a listed company so, and the small model may miss
    one opening a story. Words before the name (``_before_name``: "The", an earnings
    table's row label in "Shr Royal Dutch Petroleum Co <RD> 2.30 dlrs", "Canada's") are
    left out; in text order."""
    if "<" not in text:
        return []
    found = []
    for match in _NAME_BEFORE_TICKER.finditer(text):
        words = match.group("name").split(" ")
        start = match.start("name")
        while len(words) > 1 and _before_name(words):
            start += len(words.pop(0)) + 1
        start, words = _after_place_and(doc, text, start, words)
        start, words = _after_firm_and(start, words)
        if len(words) < 2 or not is_legal_form(words[-1].rstrip("."), words[-2]):
            continue
        span = doc.char_span(start, match.end("name"), label="ORG")
        if span is not None:
            found.append(span)
    return found


def _after_place_and(doc: Doc, text: str, start: int, words: list[str]) -> tuple[int, list[str]]:
    """The run of ``words`` (at ``start`` of ``text``, the document's) without a place
    the model tagged before its first "and" when the run follows another company's
    ticker and "of": in "Garrow Mills Ltd <GMW.TO> of Canada and Velden Plc <VLD.L>" the
    place is Garrow's and the name is Velden Plc; "London and Scottish Marine Oil Plc"
    elsewhere stays whole."""
    if "and" not in words[1:-1] and "&" not in words[1:-1]:
        return start, words
    if not text.endswith(_AFTER_TICKER_OF, 0, start):
        return start, words
    cut = next(i for i, word in enumerate(words) if i > 0 and word in ("and", "&"))
    end = start + len(" ".join(words[:cut]))
    place = doc.char_span(start, end)
    if place is None or not any(
        e.label_ in _PLACE_LABELS for e in place.ents if e.start_char == start and e.end_char == end
    ):
        return start, words
    return end + len(words[cut]) + 2, words[cut + 1 :]


def _after_firm_and(start: int, words: list[str]) -> tuple[int, list[str]]:
    """The run of ``words`` (at ``start``) from after its last "and" that follows a
    legal form: "owned by Kohlberg Kravis Roberts and Co and Allied-Signal Inc <ALD>"
    names two firms, the ticker's being Allied-Signal Inc; "Morgan Stanley and Co Inc"
    has no "and" after a form and stays whole."""
    for index in range(len(words) - 2, 1, -1):
        if words[index] in ("and", "&") and is_legal_form(words[index - 1], words[index - 2]):
            cut = len(" ".join(words[: index + 1])) + 1
            return start + cut, words[index + 1 :]
    return start, words


def _before_name(words: list[str]) -> bool:
    """True when the first of a run of ``words`` before a ticker is no part of the
    company's name: a sentence's opener or a table row's label ("The", "Shr"), a word
    with a lowercase part after a hyphen ("Australian-based"), or an owner's possessive
    before a name of two words or more ("Canada's Mitel Corp"; "Pantera's Corp" is the
    name)."""
    first = words[0]
    if first in _OPENERS or first.casefold() in table_label_words():
        return True
    if re.search(r"-[a-z]", first):
        return True
    return first.endswith(("'s", "’s")) and len(words) > 2


# The forms a partnership's name takes after its "and Co" ("Ivan F. Boesky and Co., L.P."):
# the legal forms and a limited partnership's (Reuters-21578 writes "L.P." and "LP").
_PARTNERSHIP_FORMS = frozenset({"lp", "llp"})
# The most words of a place between "of" and a legal form ("of South Africa Ltd").
_PLACE_WORDS = 3
# The chambers whose committees news names after them ("House Ways and Means
# Committee", "Senate Finance Committee"), and the nouns such a committee's name ends in.
_CHAMBERS = frozenset({"House", "Senate"})
_COMMITTEE_NOUNS = frozenset({"committee", "subcommittee"})


def with_firm_tail(span: Span, is_place: Callable[[str], bool]) -> Span | None:
    """A company's span (the model's organisation or person) that the model ended
    before the rest of its name on the line: a partnership's "and Co" and the forms
    after it after its founder's name, the model's person ("[Ivan F. Boesky] and Co.,
    L.P."), or "of", a place ``is_place`` knows
    and a legal form ("[Gold Fields] of South Africa Ltd"). The span widened over them,
    an ORG; else ``None``. Not before a hyphen or a capitalised word that is no form
    ("and Co-op", "and Co Antrim"), nor for a person's full name before "of" (given
    name first: "Jo Bloggs of Canada Ltd" is the company's person)."""
    doc, end = span.doc, span.end
    if span.label_ not in ("ORG", "PERSON") or end + 2 >= len(doc):
        return None
    if "\n" in doc[end - 1].whitespace_:
        return None
    joint = doc[end].text
    partner = doc[end + 1].text.rstrip(".") in ("Co", "Cos", "Company")
    # "Acme Corp of Canada Ltd" is one name. Only a person the model read is widened
    # over "and Co": the firm's founder; a firm it read ("[Morgan Stanley] and Co Inc")
    # keeps the short name news gives it.
    if joint in ("and", "&") and partner and span.label_ == "PERSON":
        tail = _forms_end(doc, end + 2, partnership=True)
    elif joint == "of" and not (len(span) > 1 and is_first_name(span[0].text)):
        tail = _place_and_forms_end(doc, end + 1, is_place)
    else:
        return None
    if tail is None or "\n" in doc[span.end : tail].text:
        return None
    if tail < len(doc) and (doc[tail].text == "-" or (doc[tail].is_alpha and doc[tail].is_title)):
        return None
    return Span(doc, span.start, tail, label="ORG")


def _place_and_forms_end(doc: Doc, start: int, is_place: Callable[[str], bool]) -> int | None:
    """The end of a place's name of one to three capitalised words from ``start`` and
    the legal forms right after it ("South Africa Ltd"), else ``None``."""
    for size in range(_PLACE_WORDS, 0, -1):
        words = doc[start : start + size]
        if len(words) != size or not all(t.is_alpha and t.text[:1].isupper() for t in words):
            continue
        if not is_place(words.text):
            continue
        end = _forms_end(doc, start + size, partnership=False)
        if end is not None and end > start + size:
            return end
    return None


def _forms_end(doc: Doc, start: int, partnership: bool) -> int | None:
    """The end of the capitalised legal forms from ``start`` (a comma may part a
    partnership's: "Co., L.P."); ``start`` itself for none when ``partnership`` (the
    "and Co" ends the name), else ``None``."""
    end = start
    while end < len(doc):
        token = doc[end]
        at = end
        if partnership and token.text == "," and end + 1 < len(doc):
            at = end + 1
        word = doc[at].text
        folded = word.casefold().replace(".", "")
        if not (word[:1].isupper() and (is_legal_form(word) or folded in _PARTNERSHIP_FORMS)):
            break
        end = at + 1
    return end if end > start or partnership else None


# The words after a company's span that ``with_firm_tail`` widens it over first.
_TAIL_JOINS = frozenset({"and", "&", "of"})


def may_widen_at_tail(span: Span) -> bool:
    """Whether one of the repairs run on the model's spans after the edge repairs
    (``with_court_district``, ``with_court_region``, ``with_abbreviated_founder``,
    ``with_foreign_tail``, ``with_firm_tail``, ``with_chamber``) may change ``span``:
    each needs an organisation or a person and one of a court's or a committee's noun
    or a foreign joining word last, a full stop just before, or "and", "&" or "of" just
    after. False means none of them can; the words are read from the document's
    arrays, no Token made."""
    label = span.label_
    if label not in ("ORG", "PERSON"):
        return False
    doc, start, end = span.doc, span.start, span.end
    orth, strings = token_values(doc, "ORTH"), doc.vocab.strings
    last = strings[orth[end - 1]]
    if label == "ORG" and (last == "Court" or last in FOREIGN_JOINS):
        return True
    if label == "ORG" and strings[token_values(doc, "LOWER")[end - 1]] in _COMMITTEE_NOUNS:
        return True
    if start >= 2 and strings[orth[start - 1]] == ".":
        return True
    return end < len(doc) and strings[orth[end]] in _TAIL_JOINS


def with_chamber(span: Span) -> Span | None:
    """A committee's name the model began after its chamber, the chamber its own
    entity or none ("[House] [Ways and Means Committee]"): the span widened over
    "House" or "Senate" written just before it, an ORG; else ``None``. Not the last
    word of a longer name ("White House" is a name of its own)."""
    doc, start = span.doc, span.start
    if span.label_ != "ORG" or start == 0 or span[-1].lower_ not in _COMMITTEE_NOUNS:
        return None
    chamber = doc[start - 1]
    if chamber.text not in _CHAMBERS or chamber.whitespace_ != " ":
        return None
    if chamber.ent_iob_ == "I" or (chamber.ent_iob_ == "B" and chamber.ent_type_ != "ORG"):
        return None
    return Span(doc, start - 1, span.end, label="ORG")
