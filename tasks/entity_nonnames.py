"""Capitalised words the model types as names that name no entity of any type.

``without_non_names(mentions, text)`` drops three classes the curated list of
non-entities cannot hold, because the same words are names elsewhere:

- a virus named by its kind ("Feline Leukaemia Virus"): a disease's agent, no entity
  type of the OntoNotes scheme the judges follow;
- a money-supply measure ("M1-B", "M3") in a text on money: a statistic, where the
  same letters elsewhere name a motorway;
- a ministry's word in a minister's title before a name ("Trade Minister Jo Doe",
  "Chief Cabinet Secretary Jo Doe"): a portfolio, where the same word alone names a
  party or a body ("Labour won", "the Cabinet met");
- an "organisation" named after "Minister of" or "Minister for" ("Minister of Industry,
  Investment and Commerce Jo Doe"): the minister's portfolio, where the ministry is
  named by its head word ("the Ministry of Industry");
- a given name that is also a common noun, after an article and before no name ("MPs
  debate the Bill", "read the Will"): the noun, where "Bill Smith" is a person;
- a word news prose writes in lowercase (``common_words``) after a determiner that a
  name does not take ("a Wizard", "both Chambers", "our Members") and before no noun: a
  common noun a page capitalises, where "a FoodCorp analyst" names a company;
- a word of capitals that the page assigns a value to or reads one from ("export
  CDPATH=...", "${CDPATH}"): a program's variable, where the same letters elsewhere name
  a body;
- a "person" of two or more words of capitals with no vowel ("XRT BDSG"): a table's
  column codes, no one's name;
- a file format's name in capitals listed beside another format's ("encrypts DOC, PPT
  and JPEG files"): a kind of file, where "DOC" alone may be a department of
  corrections;
- a month's short form beside a day's number ("Mar 20, 2005", "20 Mar"): a date, where
  "Mar" alone may be a surname or a title's word;
- "State for …" after "Secretary of" or "Minister of" ("the Secretary of State for
  Trade and Industry"): the rest of a minister's title, where the department is named
  by its own head ("the Department of Trade and Industry");
- a family of plants or animals by its Latin name ("Nyctaginaceae", "Felidae"): a
  taxon, no entity type of the OntoNotes scheme;
- "GP" after a determiner ("call your GP", "go to the GP"): a general practitioner, a
  job, where "GP" alone may name a newspaper ("newspaper GP", Göteborgs-Posten).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span

from tasks.calendar_words import MONTH_ABBREVIATIONS
from tasks.common_words import common_words
from tasks.entity_labels import Placed, PlacedT
from tasks.nlp import span_text, token_values, word_text

# The money-supply aggregates central banks publish: M0 to M4, with a letter after a
# hyphen or none (M1-A, M1-B of Taiwan's central bank; M2-A; M3H of Germany's), or a
# plus (M2+ of Canada's). Reuters-21578 writes all of them.
_MONEY_MEASURE = re.compile(r"M[0-4](?:-?[A-Z])?\+?")
_MONEY_CUES = ("money", "monetary")
# A minister's title: the portfolio word comes before "Minister" (a head of a
# ministry), or between "Chief" and "Secretary" (the chief secretary of a cabinet).
_MINISTER = "Minister"
_CHIEF, _SECRETARY = "Chief", "Secretary"
# A minister's title with the portfolio after it ("Minister of Industry", "Minister for
# Health"), and the words that head a ministry's own name ("the Ministry of Industry").
_MINISTER_OF = (_MINISTER, frozenset({"of", "for"}))
_MINISTRY_HEADS = frozenset({"Ministry", "Department", "Office", "Secretariat"})
# A department named alone, which the judges keep as one in a post ("Treasury
# Secretary", "Chief Treasury Secretary": the Treasury).
_DEPARTMENTS = frozenset({"Treasury"})
# Given names that are also nouns a text capitalises for a document or a grant of its
# kind (a parliament's Bill, a testator's Will, a funder's Grant): compiled by hand from
# the English nouns of law and funding that are also given names.
_NOUN_NAMES = frozenset({"Bill", "Will", "Grant"})
_ARTICLES = frozenset({"the", "The", "this", "This", "a", "A"})
# Determiners that take a common noun but no name: "a Wizard", "both Chambers"; "the"
# and "this" take names too ("the Economist", "this Congress").
_COMMON_DETERMINERS = frozenset(
    "a an A An both Both our Our your Your any Any every Every each Each some Some many "
    "several these These those Those".split()
)
# Not NORP: a group is named by a word news prose also writes in lowercase ("a
# Conservative", "both Liberals").
_DETERMINED_FROM = frozenset({"PERSON", "ORG", "PRODUCT", "GPE", "LOC", "FAC", "WORK_OF_ART"})
_NOUN_TAGS = frozenset({"NOUN", "PROPN"})
_VOWELS = frozenset("AEIOUY")
# A program's variable as shells and configuration files write it: capitals, digits and
# underscores, opening with a capital ("CDPATH", "JAVA_HOME").
_VARIABLE = re.compile(r"[A-Z][A-Z0-9_]{2,}")
_CODE_LENGTH = 3
# Common file formats by the extensions their names are written as, in capitals (from
# Wikipedia's "List of file formats": documents, spreadsheets, slides, images, sound,
# video, archives).
_FILE_FORMATS = frozenset(
    """DOC DOCX ODT RTF TXT PDF XLS XLSX ODS CSV PPT PPTX ODP JPEG JPG PNG GIF BMP TIFF
    SVG MP3 WAV FLAC AAC MP4 AVI MOV MKV ZIP RAR""".split()
)
# What stands between the items of a list of formats ("DOC, PPT and JPEG", "PNG/GIF").
_LIST_MARKS = frozenset({",", "and", "or", "/", "&"})
# A day of the month written beside a month's short form.
_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?")
# The endings the codes of nomenclature fix for a family's name: "-aceae" of plants
# (the International Code of Nomenclature for algae, fungi, and plants, article 18),
# "-idae" of animals (the International Code of Zoological Nomenclature, article 29).
_FAMILY_NAME = re.compile(r"[A-Z][a-z]{2,}(?:aceae|idae)")
# A general practitioner by the initials NHS England writes for one, and the
# determiners a job takes ("your GP", "a GP").
_DOCTOR_INITIALS = frozenset({"GP", "GPs"})
_DOCTOR_DETERMINERS = frozenset("the a your my our their his her local".split())
# The words of a minister's title before "of State" ("Secretary of State for Trade").
_OF_STATE_TITLES = frozenset({"Secretary", "Minister"})


def without_non_names(mentions: Sequence[PlacedT], text: str) -> list[PlacedT]:
    """``mentions`` but the viruses, money-supply measures, ministers' portfolio words
    and nouns written as given names among them (see the module's docstring)."""
    lowered = text.lower()
    viruses = "virus" in lowered
    money = any(cue in lowered for cue in _MONEY_CUES)
    code = "=" in text
    return [
        m
        for m in mentions
        if not (
            (viruses and _virus(m))
            or (money and _MONEY_MEASURE.fullmatch(m.canonical) is not None)
            or _portfolio(m.span)
            or _portfolio_after_title(m)
            or (span_text(m.span) in _NOUN_NAMES and _noun_after_article(m.span))
            or _common_noun_after_determiner(m)
            or (m.label == "PERSON" and _vowelless_code(m.canonical))
            or (code and _code_variable(m.canonical, text))
            or (span_text(m.span) in _FILE_FORMATS and _listed_beside_format(m.span))
            or _dated_month(m.span)
            or _state_portfolio(m.span)
            or _FAMILY_NAME.fullmatch(m.canonical) is not None
            or _doctor(m.span)
        )
    ]


def _dated_month(span: Span) -> bool:
    """Whether the one-word ``span`` is a month's short form (``MONTH_ABBREVIATIONS``,
    a full stop allowed) with a day's number just after or just before it."""
    if len(span) != 1 or span_text(span).rstrip(".").casefold() not in MONTH_ABBREVIATIONS:
        return False
    doc = span.doc
    after = span.end < len(doc) and _DAY.fullmatch(word_text(doc, span.end)) is not None
    before = span.start > 0 and _DAY.fullmatch(word_text(doc, span.start - 1)) is not None
    return after or before


def _doctor(span: Span) -> bool:
    """Whether ``span`` is "GP" or "GPs" just after a determiner of a job."""
    if span_text(span) not in _DOCTOR_INITIALS or span.start == 0:
        return False
    return word_text(span.doc, span.start - 1).casefold() in _DOCTOR_DETERMINERS


def _state_portfolio(span: Span) -> bool:
    """Whether ``span`` opens with "State for" just after "Secretary of" or "Minister
    of": the portfolio in a minister's title ("Secretary of State for Defence")."""
    doc = span.doc
    if len(span) < 3 or span_text(span[:2]) != "State for" or span.start < 2:
        return False
    return word_text(doc, span.start - 1) == "of" and (
        word_text(doc, span.start - 2) in _OF_STATE_TITLES
    )


def _virus(mention: Placed) -> bool:
    """Whether the mention is a virus named by its kind (its last word "Virus")."""
    words = mention.canonical.split()
    return len(words) > 1 and words[-1].casefold() == "virus"


def _portfolio(span: Span) -> bool:
    """Whether the one-word ``span`` is a ministry's word in a minister's title before
    a capitalised name: "Minister" after it, or "Chief" before it and "Secretary"
    after it; a department's name alone stays one."""
    doc = span.doc
    if len(span) != 1 or span.end + 1 >= len(doc):
        return False
    # The word after from the document's array first: most names stand before no
    # title, and then no Token is made for the words around them.
    orth, strings = token_values(doc, "ORTH"), doc.vocab.strings
    after = strings[orth[span.end]]
    if after not in (_MINISTER, _SECRETARY) or not doc[span.end + 1].is_title:
        return False
    if span_text(span) in _DEPARTMENTS:
        return False
    if after == _MINISTER:
        return True
    return span.start > 0 and strings[orth[span.start - 1]] == _CHIEF


def _portfolio_after_title(mention: Placed) -> bool:
    """Whether the mention, an organisation not curated, follows "Minister of" or
    "Minister for" and holds no head of a ministry's name ("Ministry", "Department")."""
    span = mention.span
    if mention.label != "ORG" or mention.pinned or span.start < 2:
        return False
    doc = span.doc
    before = tuple(word_text(doc, index) for index in range(span.start - 2, span.start))
    if before[0] != _MINISTER or before[1] not in _MINISTER_OF[1]:
        return False
    return not any(word.text in _MINISTRY_HEADS for word in span)


def _noun_after_article(span: Span) -> bool:
    """Whether the one-word ``span`` stands after an article and before no capitalised
    word: "the Bill" of a debate, not "the Bill Smith we know"."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or doc[span.start - 1].text not in _ARTICLES:
        return False
    return span.end >= len(doc) or not doc[span.end].is_title


def _common_noun_after_determiner(mention: Placed) -> bool:
    """Whether the one-word mention, not curated, is a word news prose writes in lowercase
    (``common_words``) after a determiner that takes no name ("a Wizard", "both
    Chambers") and before no noun it would qualify ("a FoodCorp analyst")."""
    span = mention.span
    if len(span) != 1 or span.start == 0 or mention.label not in _DETERMINED_FROM:
        return False
    doc = span.doc
    # The word before from the document's array first: most names follow no determiner.
    if word_text(doc, span.start - 1) not in _COMMON_DETERMINERS:
        return False
    determiner = doc[span.start - 1]
    # A capitalised determiner inside a sentence opens a title ("America: A Tribute to
    # Heroes"), whose words are capitalised for that.
    if determiner.text[0].isupper() and not determiner.is_sent_start:
        return False
    if span.text.lower() not in common_words() or mention.pinned:
        return False
    return span.end >= len(doc) or doc[span.end].pos_ not in _NOUN_TAGS


def _code_variable(name: str, text: str) -> bool:
    """Whether ``name``, one word of capitals (underscores and digits allowed), is set
    ("CDPATH=...") or read ("${CDPATH}") somewhere in ``text``: a shell's or a
    program's variable. Not "$AAPL", a share's cashtag, nor "?ID=" of a web address."""
    if not _VARIABLE.fullmatch(name):
        return False
    return re.search(rf"(?<![\w/?&]){name}=(?!=)|\${{{name}}}", text) is not None


def _vowelless_code(name: str) -> bool:
    """Whether ``name`` is two words or more, each of capitals with no vowel, one of
    three letters or more ("XRT BDSG"): a table's codes, where a name in capitals has
    vowels ("MRS SMITH"); a lone one may be someone's initials ("JFK")."""
    words = name.split()
    return (
        len(words) > 1
        and any(len(word) >= _CODE_LENGTH for word in words)
        and all(word.isalpha() and word.isupper() and not _VOWELS & set(word) for word in words)
    )


def _listed_beside_format(span: Span) -> bool:
    """Whether the nearest word before or after ``span``, past commas, "and", "or" and
    slashes, is a file format's name (``_FILE_FORMATS``)."""
    doc = span.doc
    before = span.start - 1
    while before >= 0 and doc[before].lower_ in _LIST_MARKS:
        before -= 1
    after = span.end
    while after < len(doc) and doc[after].lower_ in _LIST_MARKS:
        after += 1
    moved = (before, before + 1 < span.start), (after, after > span.end)
    return any(past and 0 <= at < len(doc) and doc[at].text in _FILE_FORMATS for at, past in moved)
