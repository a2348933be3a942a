"""Round 40's cost work on entities: one test per mention (``may_repair_after_edges``)
ahead of the repairs run after the edge repairs. It lets through every mention one of
them changes, and stops the plain ones, for which each repair returns ``None``."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from tasks.entity_spans import (
    across_joins,
    may_repair_after_edges,
    name_after,
    name_around_place,
    titled_name,
    with_amenity,
    with_given_name_before,
    with_second_field,
)
from tasks.entity_wire import country_of_currency, headline_place
from tasks.entity_works import (
    guide_title,
    life_story_title,
    paired_title,
    series_title,
    work_after_hero,
)

_VOCAB = spacy.blank("en").vocab


def _span(words: list[str], start: int, end: int, label: str, **annotations) -> Span:
    return Span(Doc(_VOCAB, words=words, **annotations), start, end, label=label)


def _no_repair(span: Span) -> bool:
    """Whether every repair the gate stands for leaves ``span`` as it is."""
    text = span.doc.text
    return (
        with_amenity(span) is None
        and with_second_field(span, lambda name: False) is None
        and titled_name(span) is None
        and name_around_place(span) is None
        and name_after(span) is None
        and with_given_name_before(span, lambda word: False) is None
        and across_joins(span, lambda word: False) is None
        and series_title(span, text) is None
        and work_after_hero(span, lambda name: False) is None
        and guide_title(span) is None
        and life_story_title(span) is None
        and paired_title(span) is None
        and country_of_currency(span, lambda name: "GPE") is None
        and headline_place(span, lambda s: text, lambda name: True, lambda name: False) is None
    )


def test_plain_mentions_are_stopped_and_left_alone() -> None:
    plain = [
        _span(["Rain", "fell", "on", "Dunmore", "yesterday", "."], 3, 4, "GPE"),
        _span(["Shares", "in", "Arbor", "fell", "."], 2, 3, "ORG"),
        _span(["Fans", "of", "Glimmerball", "cheered", "."], 2, 3, "PRODUCT"),
        _span(["In", "New", "Tarvin", ",", "rain", "fell", "."], 1, 3, "GPE"),
    ]
    for span in plain:
        assert not may_repair_after_edges(span)
        assert _no_repair(span)


def test_a_person_goes_through() -> None:
    span = _span(["Ms", "Ada", "Quell", "said", "."], 1, 3, "PERSON")
    assert may_repair_after_edges(span)


def test_an_organisation_of_three_words_goes_through() -> None:
    span = _span(["Dunmore", "City", "Council", "met", "."], 0, 3, "ORG")
    assert may_repair_after_edges(span)


def test_a_joining_word_after_goes_through() -> None:
    amenity = _span(["at", "Royal", "Palms", "Resort", "and", "Spa", "today"], 1, 4, "FAC")
    assert may_repair_after_edges(amenity) and with_amenity(amenity) is not None
    words = ["a", "Walker", "'s", "Guide", "to", "Dunmore", "Hills", "."]
    guide = _span(words, 1, 4, "WORK_OF_ART")
    assert may_repair_after_edges(guide) and guide_title(guide) is not None


def test_a_capitalised_word_after_goes_through() -> None:
    words = ["the", "Hispanic", "Caucus", "met", "."]
    pos = ["DET", "PROPN", "PROPN", "VERB", "PUNCT"]
    span = _span(words, 1, 2, "NORP", pos=pos, ents=["O", "B-NORP", "O", "O", "O"])
    assert may_repair_after_edges(span) and name_after(span) is not None


def test_a_title_two_words_before_goes_through() -> None:
    words = ["said", "Brigadier", "Ghazi", "Kanaan", "today", "."]
    span = _span(words, 3, 4, "GPE", ents=["O", "O", "O", "B-GPE", "O", "O"])
    assert may_repair_after_edges(span) and titled_name(span) is not None


def test_a_currency_a_slash_and_capitals_go_through() -> None:
    currency = _span(["the", "N.Z.", "Dollar", "rose", "."], 1, 3, "MONEY")
    assert may_repair_after_edges(currency)
    assert country_of_currency(currency, lambda name: "GPE") is not None
    words = ["Jo", "Quill", "'s", "Sea", "Glass", "/", "Low", "Tide", "is", "out"]
    record = _span(words, 0, 8, "WORK_OF_ART")
    assert may_repair_after_edges(record) and paired_title(record) is not None
    headline = _span(["MONTREAL", "INDICES", "CLOSING", "-", "APR", "7"], 0, 3, "LOC")
    assert may_repair_after_edges(headline)
