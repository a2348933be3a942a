"""A country's abbreviation run into the next word of a recased wire text (issue 17,
round 18): "the U.S. Decision" is the United States, "U.S. Navy" keeps its name, and a
company whose longer name goes on from the pair keeps it."""

from __future__ import annotations

import spacy

from tasks.entities import extract_entities
from tasks.entity_spans import without_recased_word


def _mentions(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.label, m.canonical_name) for m in extract_entities(nlp(text), "t")]


def test_a_common_word_after_the_abbreviation_is_not_part_of_the_name(nlp):
    found = _mentions(
        nlp,
        "Trade officials in Tokyo said the U.S. Decision was based on wrong figures "
        "about chip prices.",
    )
    assert ("U.S.", "GPE", "United States") in found
    assert not any(text.startswith("U.S. ") for text, _, _ in found)


def test_an_institution_after_the_abbreviation_keeps_its_name(nlp):
    found = _mentions(nlp, "The U.S. Navy said two destroyers would sail to the region next week.")
    # The span keeps the abbreviation; the curated name is the service's full one.
    assert ("U.S. Navy", "ORG", "United States Navy") in found


def test_a_longer_name_going_on_from_the_pair_keeps_it():
    text = "U.S. Video said U.S. Video Vending Corp grew."
    doc = spacy.blank("en")(text)
    start = text.index("U.S. Video Vending")
    short = doc.char_span(0, len("U.S. Video"), label="ORG")
    long = doc.char_span(start, start + len("U.S. Video Vending Corp"), label="ORG")
    assert [span.text for span in without_recased_word([short, long])] == [
        "U.S. Video",
        "U.S. Video Vending Corp",
    ]
