"""Round 38's cost work on entities: the word at a mention's edge read from the
document's arrays (``tasks.nlp.word_text``, ``word_lower``) before a Token is made for
it, with the same answers as before: each rule still fires where its word stands and
stays quiet, without a Token, where it does not."""

from __future__ import annotations

from dataclasses import dataclass

import spacy
from spacy.tokens import Doc, Span

from tasks.entity_heads import _has_kin, _product_kind
from tasks.entity_nature import rivers_by_noun
from tasks.entity_page_nouns import field_of_study
from tasks.entity_places import town_police
from tasks.entity_short_names import with_written_rest
from tasks.entity_spans import name_after, trimmed, with_amenity, with_partners
from tasks.entity_works import guide_title
from tasks.nlp import word_lower, word_text

_VOCAB = spacy.blank("en").vocab


@dataclass
class _Mention:
    span: Span
    name: str
    label: str
    canonical: str = ""
    pinned: bool = False

    def __post_init__(self) -> None:
        self.canonical = self.canonical or self.name


def _doc(words: list[str], **annotations) -> Doc:
    return Doc(_VOCAB, words=words, **annotations)


def test_word_text_and_lower_are_the_tokens() -> None:
    doc = _doc(["The", "MILL", "at", "Elm", "\n", "Street", "'s", "end", "."])
    for token in doc:
        assert word_text(doc, token.i) == token.text
        assert word_lower(doc, token.i) == token.lower_
    assert word_text(doc, -1) == "."


def test_amenity_after_and_only() -> None:
    doc = _doc(["at", "Royal", "Palms", "Resort", "and", "Spa", "today"])
    widened = with_amenity(Span(doc, 1, 4, label="FAC"))
    assert widened is not None and widened.text == "Royal Palms Resort and Spa"
    said = _doc(["Royal", "Palms", "Resort", "said", "so"])
    assert with_amenity(Span(said, 0, 3, label="FAC")) is None


def test_name_after_needs_a_capitalised_word_after() -> None:
    words = ["the", "Hispanic", "Caucus", "met", "."]
    pos = ["DET", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = _doc(words, pos=pos, ents=["O", "B-NORP", "O", "O", "O"])
    widened = name_after(Span(doc, 1, 2, label="NORP"))
    assert widened is not None and widened.text == "Hispanic Caucus"
    lower = _doc(["the", "Hispanic", "caucus"], pos=["DET", "PROPN", "NOUN"])
    assert name_after(Span(lower, 1, 2, label="NORP")) is None
    assert name_after(Span(doc, 1, 2, label="PERSON")) is None


def test_trimmed_person_ends_read_from_the_arrays() -> None:
    stop = _doc(["met", "Ada", "Quill", ".", "Then"], spaces=[True, True, False, True, False])
    assert trimmed(Span(stop, 1, 4, label="PERSON")).text == "Ada Quill"
    verb = _doc(["Kate", "made", "Meghan", "cry"], pos=["PROPN", "VERB", "PROPN", "VERB"])
    assert trimmed(Span(verb, 2, 4, label="PERSON")).text == "Meghan"
    capital = _doc(["Ada", "Quill", "Smith"], pos=["PROPN", "PROPN", "PROPN"])
    assert trimmed(Span(capital, 0, 3, label="PERSON")).text == "Ada Quill Smith"


def test_product_kind_after_a_noun_only() -> None:
    words = ["the", "Kelvo", "tablets", "sold"]
    doc = _doc(
        words,
        pos=["DET", "PROPN", "NOUN", "VERB"],
        heads=[2, 2, 3, 3],
        deps=["det", "compound", "nsubj", "ROOT"],
    )
    kind = _product_kind(Span(doc, 1, 2, label="ORG"))
    assert kind is not None and kind.text == "tablets"
    said = _doc(["Kelvo", "said"], pos=["PROPN", "VERB"], heads=[1, 1], deps=["nsubj", "ROOT"])
    assert _product_kind(Span(said, 0, 1, label="ORG")) is None


def test_kin_after_a_possessive_only() -> None:
    doc = _doc(["Hadvar", "'s", "uncle", "came"], pos=["PROPN", "PART", "NOUN", "VERB"])
    assert _has_kin(Span(doc, 0, 1, label="PERSON"))
    assert not _has_kin(Span(doc, 2, 3, label="PERSON"))


def test_guide_title_after_its_link_only() -> None:
    words = ["the", "Rough", "Guide", "to", "Norway", "is", "out"]
    doc = _doc(words, spaces=[True] * 7)
    title = guide_title(Span(doc, 1, 3, label="WORK_OF_ART"))
    assert title is not None and title.text == "Rough Guide to Norway"
    assert guide_title(Span(doc, 4, 5, label="GPE")) is None


def test_police_and_river_nouns_after_the_name() -> None:
    doc = _doc(["by", "Kincaid", "police", "near", "the", "Orvel", "river"])
    town = _Mention(span=Span(doc, 1, 2), name="Kincaid", label="PERSON")
    river = _Mention(span=Span(doc, 5, 6), name="Orvel", label="ORG")
    town_police([town, river])
    rivers_by_noun([town, river])
    assert (town.label, river.label) == ("GPE", "LOC")


def test_field_of_study_reads_its_one_word() -> None:
    doc = _doc(["studied", "Physics", "and", "Kincaid"])
    assert field_of_study(Span(doc, 1, 2))
    assert not field_of_study(Span(doc, 3, 4))


def test_written_rest_after_a_lowercase_word_or_slash() -> None:
    doc = _doc(["in", "Port", "lumpur", "and", "Port", "Elm", "today"])
    port = _Mention(span=Span(doc, 1, 2, label="GPE"), name="Port", label="GPE")
    other = _Mention(span=Span(doc, 4, 5, label="GPE"), name="Port", label="GPE")
    with_written_rest([port, other], {"Port Lumpur"}.__contains__)
    assert (port.name, port.span.text) == ("Port Lumpur", "Port lumpur")
    assert (other.name, other.span.text) == ("Port", "Port")


def test_partners_open_after_and() -> None:
    doc = _doc(["Mitsui", "and", "Co", "Ltd", "said"])
    spans = [Span(doc, 0, 1, label="ORG"), Span(doc, 2, 4, label="ORG")]
    assert [s.text for s in with_partners(spans)] == ["Mitsui and Co Ltd"]
