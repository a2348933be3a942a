"""Round 41's cost work on entities (issue 17), no change of output: the token arrays
the entity rules read made in one call (``preload_arrays``), and the words after every
mention read by ``people_by_form`` only when an initialled name asks for them."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import spacy
from spacy.tokens import Doc, Span

import tasks.entity_person_forms as person_forms
from tasks.nlp import fresh_views, preload_arrays, token_array, token_values

_ATTRS = ("ORTH", "LOWER", "IDX", "IS_SPACE", "IS_PUNCT")


def _doc(words: list[str]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words)
    fresh_views([doc], [doc.text])
    return doc


def test_preloaded_arrays_equal_those_made_one_at_a_time() -> None:
    words = ["Mira", "Tolland", "of", "Quessel", "Ltd", "said", ",", "\n", "again", "."]
    one_at_a_time = _doc(words)
    expected = {attr: token_array(one_at_a_time, attr).tolist() for attr in _ATTRS}
    listed = {attr: token_values(one_at_a_time, attr) for attr in _ATTRS}
    preloaded = _doc(words)
    preload_arrays(preloaded, _ATTRS)
    for attr in _ATTRS:
        array = token_array(preloaded, attr)
        assert array.dtype == token_array(one_at_a_time, attr).dtype
        assert array.tolist() == expected[attr]
        assert token_values(preloaded, attr) == listed[attr]
        assert not array.flags.writeable


def test_preloading_keeps_an_array_already_made() -> None:
    doc = _doc(["Ada", "Quell", "spoke", "."])
    made = token_array(doc, "ORTH")
    preload_arrays(doc, _ATTRS)
    assert token_array(doc, "ORTH") is made
    assert token_values(doc, "LOWER") == [doc.vocab.strings[w] for w in "ada quell spoke .".split()]


@dataclass
class _Found:
    span: Span
    label: str
    canonical: str
    pinned: bool = False


def _found(words: list[str], start: int, end: int, label: str) -> _Found:
    doc = _doc(words)
    return _Found(doc[start:end], label, " ".join(words[start:end]))


def test_no_initialled_name_reads_no_words_after_the_mentions(monkeypatch) -> None:
    def unexpected(span: Span) -> bool:
        raise AssertionError("the words after a mention were read")

    monkeypatch.setattr(person_forms, "_goes_on_as_firm", unexpected)
    found = _found(["Shares", "in", "Dorrow", "Mills", "&", "Co", "rose", "."], 2, 4, "ORG")
    person_forms.people_by_form([found])
    assert found.label == "ORG"


@pytest.mark.parametrize(
    ("after", "label"), [(["&", "Co", "said", "."], "ORG"), (["said", "."], "PERSON")]
)
def test_an_initialled_name_is_a_person_unless_a_firm_goes_on(after, label) -> None:
    found = _found(["Robert", "M.", "Quillane", *after], 0, 3, "ORG")
    person_forms.people_by_form([found])
    assert found.label == label


def _span(words: list[str], start: int, end: int, label: str, **annotations) -> Span:
    doc = Doc(spacy.blank("en").vocab, words=words, **annotations)
    fresh_views([doc], [doc.text])
    return Span(doc, start, end, label=label)


def _widened(span: Span) -> Span | None:
    """What the six repairs the gate stands for make of ``span`` (``None``: nothing)."""
    from tasks.entity_firm_spans import (
        with_abbreviated_founder,
        with_chamber,
        with_firm_tail,
        with_foreign_tail,
    )
    from tasks.entity_spans import with_court_district, with_court_region

    return (
        with_court_district(span)
        or with_court_region(span)
        or with_abbreviated_founder(span)
        or with_foreign_tail(span)
        or with_firm_tail(span, lambda name: True)
        or with_chamber(span)
    )


def test_plain_spans_are_not_widened_at_their_tail() -> None:
    from tasks.entity_firm_spans import may_widen_at_tail

    plain = [
        _span(["Shares", "in", "Dorrow", "Mills", "rose", "sharply", "."], 2, 4, "ORG"),
        _span(["Ada", "Quell", "said", "on", "Monday", "."], 0, 2, "PERSON"),
        _span(["Rain", "fell", "in", "Tarvin", "and", "Ossel", "."], 3, 4, "GPE"),
    ]
    for span in plain:
        assert not may_widen_at_tail(span)
        assert _widened(span) is None


def test_spans_a_tail_repair_widens_go_through() -> None:
    from tasks.entity_firm_spans import may_widen_at_tail

    words = ["the", "Tarvin", "Bankruptcy", "Court", "for", "the", "District", "of", "Ossel", "."]
    court = _span(words, 1, 4, "ORG")
    words = ["Shares", "of", "Ivan", "Dorrow", "and", "Co", "rose", "."]
    founder = _span(words, 2, 4, "PERSON")
    words = ["the", "House", "Ways", "and", "Means", "Committee", "met", "."]
    committee = _span(
        words, 2, 6, "ORG", ents=["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]
    )
    for span in (court, founder, committee):
        assert may_widen_at_tail(span)
        assert _widened(span) is not None


def test_a_report_period_of_labels_and_figures_is_no_name_and_a_name_without_figures_is() -> None:
    from tasks.entity_wire import _figures_and_labels

    labels = frozenset({"qtr", "shr"})
    assert _figures_and_labels("4th Qtr 1986", labels)
    assert _figures_and_labels("1st Qtr", labels)
    assert not _figures_and_labels("Qtr Shr", labels)
    assert not _figures_and_labels("Qtr Holdings 1986", labels)
