"""Round 28's cost work on entities: rules read words from the document's arrays and
patterns skip to their first letter, with the same answers as before."""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Span

from tasks.aliases import fold
from tasks.entity_common import _AFTER_ARTICLE
from tasks.entity_filters import _INNER_CAPITAL, _LOWER_WORD
from tasks.entity_heads import names_a_disease
from tasks.entity_people import ROYAL_TITLES, title_before
from tasks.entity_spans import (
    coordinated,
    county_and_state,
    person_of_firm,
    trimmed,
    without_article,
)
from tasks.person_gender import is_first_name

# The patterns as they were written before round 28: a look-behind tried at every
# position of the text, and a word's letters given back one by one.
_FORMER_LOWER_WORD = re.compile(r"(?<![\w'’.@/-])[a-z][a-z'’-]*(?![\w'’@/-]|\.\w)")
_FORMER_INNER_CAPITAL = re.compile(r"[A-Z](?<=[a-z,;&] [A-Z])[a-z'’-]*(?![\w'’-])")
_FORMER_AFTER_ARTICLE = re.compile(r"\b[Aa]n? ([A-Z][A-Z0-9&-]{1,7})\b(?![&-])")

_TEXTS = [
    "a quiet start, then rock'n'roll at mid-week",
    "see e.g. the site at www.example.org or mail a@b.example",
    "abc1 and x_y, don’t stop; it's e-mail/post and word.next",
    "Told by Ann Cole, Rex and Bo; said Tim-Jo O’Hara & Kim",
    "An ADR to work through, a UKIP whose leader, an AMP-first site, Ban BBC",
    "A NATO member: a CIA-led team and an FBI's case and aN IRA",
    "",
    "x",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_patterns_find_what_the_former_ones_found(text: str) -> None:
    assert _LOWER_WORD.findall(text) == _FORMER_LOWER_WORD.findall(text)
    assert _INNER_CAPITAL.findall(text) == _FORMER_INNER_CAPITAL.findall(text)
    after = [(m.start(1), m.group(1)) for m in _AFTER_ARTICLE.finditer(text)]
    former = [(m.start(1), m.group(1)) for m in _FORMER_AFTER_ARTICLE.finditer(text)]
    assert after == former


def test_fold_drops_a_leading_the_only() -> None:
    assert fold("The  Bank of\tEngland") == "bank of england"
    assert fold("the U.S. Navy") == "us navy"
    assert fold("The") == "the"
    assert fold("Theodore Hill") == "theodore hill"
    assert fold("Other the Firm") == "other the firm"


def test_given_names_fold_with_and_without_accents() -> None:
    assert is_first_name("Jose") and is_first_name("JOSE") and is_first_name("José")
    assert is_first_name("Zoë") and is_first_name("CÉLINE")
    assert not is_first_name("Zzyzx")


def test_title_before_reads_the_word_before_or_opening() -> None:
    doc = spacy.blank("en")("Yesterday Prince Harry met Mrs Howard and Ms King .")
    assert title_before(Span(doc, 2, 3), ROYAL_TITLES) == "prince"
    assert title_before(Span(doc, 1, 3), ROYAL_TITLES) == "prince"
    assert title_before(Span(doc, 5, 6), frozenset({"mrs"})) == "mrs"
    assert title_before(Span(doc, 8, 9), ROYAL_TITLES) is None
    assert title_before(Span(doc, 0, 1), ROYAL_TITLES) is None


def test_disease_heads_after_a_possessive_or_a_dash() -> None:
    doc = spacy.blank("en")("He has Lyme disease and Crohn's disease , not Lyme park .")
    assert names_a_disease(Span(doc, 2, 3))
    assert names_a_disease(Span(doc, 5, 6))
    assert not names_a_disease(Span(doc, 10, 11))
    # The last word of the document: nothing after it.
    assert not names_a_disease(Span(doc, 12, 13))


def test_an_article_goes_from_the_stored_span_only() -> None:
    doc = spacy.blank("en")("He saw the River Tamar and The Sea Inside .")
    assert without_article(Span(doc, 2, 5, label="LOC"), "LOC").text == "River Tamar"
    assert without_article(Span(doc, 6, 9, label="WORK_OF_ART"), "WORK_OF_ART").text == (
        "The Sea Inside"
    )


def test_of_in_capitals_joins_no_person_to_a_firm() -> None:
    doc = spacy.blank("en")("Jo Bloggs OF Acme Partners said so .")
    assert person_of_firm(Span(doc, 0, 5, label="ORG"), frozenset({"Bloggs"}), bool) is None


def test_coordinated_parts_split_at_a_lowercase_and_only(nlp) -> None:
    doc = nlp("Everton and Arsenal met. Everton won, Arsenal lost.")
    whole = Span(doc, 0, 3, label="ORG")
    counts = {"Everton": 2, "Arsenal": 2, "Everton and Arsenal": 1}
    parts = coordinated(whole, lambda text: counts.get(text, 0))
    assert [part.text for part in parts] == ["Everton", "Arsenal"]
    assert all(part.label_ == "ORG" for part in parts)


def test_county_and_state_split_after_the_county(nlp) -> None:
    doc = nlp("Officials in Lake County Ohio said so.")
    parts = county_and_state(Span(doc, 2, 5, label="GPE"))
    assert parts is not None
    assert [part.text for part in parts] == ["Lake County", "Ohio"]


def test_trimmed_reads_the_words_it_cuts(nlp) -> None:
    doc = nlp("Tonight anti-Biden voters met all Federal Reserve Banks – and Dr Ann Cole QC too.")
    words = [token.text for token in doc]
    prefix = words.index("anti")
    cut = trimmed(Span(doc, prefix, prefix + 4, label="NORP"))
    assert cut.text == "Biden voters"
    quantifier = words.index("all")
    assert trimmed(Span(doc, quantifier, quantifier + 4, label="ORG")).text == (
        "Federal Reserve Banks"
    )
    dash = words.index("–")
    assert trimmed(Span(doc, dash - 3, dash + 2, label="ORG")).text == "Federal Reserve Banks"


def test_first_word_ids_are_the_words_straightened() -> None:
    from spacy.strings import hash_string

    from tasks.entity_spans import _first_word_ids

    listed = frozenset({"Moody's", "O'Neil's", "Acme", "Zed’s"})
    ids = _first_word_ids(listed)
    for word in ("Moody's", "Moody’s", "O'Neil's", "O’Neil’s", "O'Neil’s", "O’Neil's", "Acme"):
        assert word.replace("’", "'") in listed
        assert hash_string(word) in ids
    for word in ("Zed’s", "Zed's", "acme", "Moodys"):
        assert word.replace("’", "'") not in listed
        assert hash_string(word) not in ids
