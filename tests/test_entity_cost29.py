"""Round 29's cost work on entities: full names looked up by their words instead of
compared with every mention, patterns asked only where a cheap test lets them match,
with the same answers as the code before."""

from __future__ import annotations

import re
from collections import Counter
from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc, Span

from tasks.entities import clean_name
from tasks.entity_filters import WordCase
from tasks.entity_lexicon import _written_again
from tasks.entity_people import (
    _name_words,
    _NameMatches,
    _same,
    _without_generation,
    ends_with,
)
from tasks.entity_spans import person_of_firm, without_owned_words

_FULL_NAMES = [
    "Ann Marie Cole",
    "Rex Cole Jr",
    "Bo van Dam",
    "Kevin Maggs",
    "Tim Cole",
    "Cole Tim",
    "M.L. Anderson",
    "Michael L. Anderson",
    "Ann Marie Cole",
    "Ed Stone III",
]
_SHORT_NAMES = [
    "Cole",
    "Tim",
    "Van Dam",
    "Dam",
    "K",
    "K Maggs",
    "Ann Marie",
    "Ann",
    "Anderson",
    "M. Anderson",
    "Tim Cole",
    "Stone",
    "Jr",
    "Nobody",
]


def _former_matches(name: str) -> tuple[set[str], set[str], set[str]]:
    """What ``_complete_name`` found before round 29: every full name compared."""
    words = _name_words(name)
    count = len(words)
    longer = [f for f in _FULL_NAMES if len(_name_words(f)) > count]
    ending = {f for f in longer if _same(words, _without_generation(f)[-count:])}
    opening = {f for f in longer if _same(words, _name_words(f)[:count])}
    same = {
        f
        for f in _FULL_NAMES
        if len(_name_words(f)) == count and f != name and _same(words, _name_words(f))
    }
    return ending, opening, same


@pytest.mark.parametrize("name", _SHORT_NAMES)
def test_name_matches_find_what_every_comparison_found(name: str) -> None:
    matches = _NameMatches([SimpleNamespace(name=full) for full in _FULL_NAMES])
    assert tuple(map(set, matches.of(name))) == _former_matches(name)


def test_name_matches_find_a_surname_an_initial_and_a_particle() -> None:
    matches = _NameMatches([SimpleNamespace(name=full) for full in _FULL_NAMES])
    assert matches.of("Cole")[0] == {"Ann Marie Cole", "Rex Cole Jr", "Tim Cole"}
    assert matches.of("Stone")[0] == {"Ed Stone III"}
    assert matches.of("K Maggs")[2] == {"Kevin Maggs"}
    assert matches.of("Van Dam")[0] == {"Bo van Dam"}
    assert matches.of("Tim")[1] == {"Tim Cole"}
    assert matches.of("Tim Cole")[2] == set()


@pytest.mark.parametrize("word", ["Cole", "Tim", "Stone", "Jr", "Dam", "Anderson", "Nobody"])
def test_name_matches_end_and_open_as_ends_with_says(word: str) -> None:
    matches = _NameMatches([SimpleNamespace(name=full) for full in _FULL_NAMES])
    assert matches.ending_with(word) == {f for f in _FULL_NAMES if ends_with(f, [word])}
    assert matches.opened_by(word) == {f for f in _FULL_NAMES if f.split()[0] == word}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Hope", "Hope came. Then Hope left."),
        ("Hope", "Hope came, hopeful of Hopes."),
        ("Hope", "Hope-ful Hope"),
        ("Hope", "Hope"),
        ("Ann", "Ann, Annan and Ann_2 with Ann."),
        ("Ann", "AnnAnn Ann"),
    ],
)
def test_written_again_counts_as_the_pattern_did(name: str, text: str) -> None:
    former = len(re.findall(rf"(?<![\w-]){name}(?![\w-])", text)) > 1
    assert _written_again(name, text) is former


def test_a_word_never_written_is_not_common_and_is_not_counted() -> None:
    words = WordCase(Counter({"march": 2, "bank": 1}), Counter({"bank": 2}), [], "")
    assert words.is_common("March")
    assert not words.is_common("Bank")
    assert not words.is_common("Zebra")
    assert "zebra" not in words.lower and "zebra" not in words.capitalised


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Daily Planet", "Daily Planet"),
        ("an Acme Corp", "Acme Corp"),
        ("THE  Acme", "Acme"),
        ("Atlas Group", "Atlas Group"),
        ("Theo Cole", "Theo Cole"),
        ("“The Hague”", "The Hague"),
    ],
)
def test_clean_name_drops_a_leading_article_only(text: str, name: str) -> None:
    assert clean_name(text, "ORG") == name


def _span(words: list[str], start: int, end: int, label: str) -> Span:
    doc = Doc(spacy.blank("en").vocab, words=words)
    return Span(doc, start, end, label=label)


def test_person_of_firm_still_splits_a_name_run_over_of() -> None:
    span = _span(["Jo", "Bloggs", "of", "Acme", "Tools", "said"], 0, 5, "ORG")
    parts = person_of_firm(span, frozenset({"Bloggs"}), lambda name: False)
    assert [(p.text, p.label_) for p in parts or []] == [
        ("Jo Bloggs", "PERSON"),
        ("Acme Tools", "ORG"),
    ]
    no_of = _span(["Jo", "Bloggs", "Offshore"], 0, 3, "ORG")
    assert person_of_firm(no_of, frozenset({"Bloggs"}), lambda name: False) is None


def test_without_owned_words_cuts_after_a_possessive_only() -> None:
    owned = without_owned_words(_span(["Acme", "’s", "days", "are"], 0, 3, "ORG"))
    assert owned is not None and (owned.start, owned.end) == (0, 2)
    assert without_owned_words(_span(["Acme", "Tools", "days"], 0, 3, "ORG")) is None
