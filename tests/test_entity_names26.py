"""Names (issue 17, round 26): a legal form wire copy writes in lower case after a
company's name is part of it, and the company's short name takes the full name; a
table's "NIL" after a place is no part of its name."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from tasks.entities import extract_entities
from tasks.entity_spans import cased_legal_form, with_lowercase_legal_form, without_nil


@pytest.fixture(scope="module")
def extract(nlp):
    def run(text: str) -> list:
        return extract_entities(nlp(text), "t")

    return run


def _span(doc, first: str, words: int, label: str) -> Span:
    start = next(token.i for token in doc if token.text == first)
    return Span(doc, start, start + words, label=label)


def test_a_lowercase_legal_form_after_the_models_span_joins_it(nlp):
    doc = nlp("Quillby co said it would sell its unit to Marrow Pumps corp, a rival.")
    assert with_lowercase_legal_form(_span(doc, "Quillby", 1, "ORG")).text == "Quillby co"
    widened = with_lowercase_legal_form(_span(doc, "Marrow", 2, "PERSON"))
    assert widened.text == "Marrow Pumps corp"
    assert widened.label_ == "ORG"
    # Nothing after it, or a capitalised form (with_legal_form's), or a lowercase word.
    assert with_lowercase_legal_form(_span(doc, "Quillby", 2, "ORG")) is None
    assert with_lowercase_legal_form(_span(doc, "unit", 1, "ORG")) is None
    hyphen = nlp("Dunmere co-operative members voted.")
    assert with_lowercase_legal_form(_span(hyphen, "Dunmere", 1, "ORG")) is None


def test_capitalised_legal_forms_follow_the_lowercase_one(nlp):
    doc = nlp("It sold Tarvel co Pty Ltd to a buyer.")
    assert with_lowercase_legal_form(_span(doc, "Tarvel", 1, "PERSON")).text == "Tarvel co Pty Ltd"


def test_cased_legal_form():
    assert cased_legal_form("Quillby co") == "Quillby Co"
    assert cased_legal_form("Tarvel co Pty Ltd") == "Tarvel Co Pty Ltd"
    assert cased_legal_form("Norbay Bank plc") == "Norbay Bank plc"
    assert cased_legal_form("co") == "co"
    assert cased_legal_form("Quillby") == "Quillby"


def test_a_short_name_takes_the_full_name_with_its_lowercase_legal_form(extract):
    mentions = extract(
        "Quillby Energy co said it has started its tender offer for Harnwell Inc.\n\n"
        "The offer expires June 30, Quillby said."
    )
    full = [m for m in mentions if m.text == "Quillby Energy co"]
    assert full and full[0].canonical_name == "Quillby Energy Co" and full[0].label == "ORG"
    short = [m for m in mentions if m.text == "Quillby"]
    assert short and all(m.canonical_name == "Quillby Energy Co" for m in short)


def test_a_tables_nil_leaves_the_place_before_it(nlp):
    doc = nlp("RAIN IN THE 24 HOURS: SANTA MARIA NIL, DORVALE NIL, NIL.")
    cut = without_nil(_span(doc, "SANTA", 3, "ORG"), lambda name: False)
    assert cut.text == "SANTA MARIA"
    assert cut.label_ == "GPE"  # a gazetteer city
    unknown = without_nil(_span(doc, "DORVALE", 2, "ORG"), lambda name: False)
    assert unknown.text == "DORVALE" and unknown.label_ == "ORG"
    assert without_nil(_span(doc, "SANTA", 2, "GPE"), lambda name: False) is None
    # The word alone is no name to cut.
    alone = Span(doc, len(doc) - 2, len(doc) - 1, label="ORG")
    assert alone.text == "NIL" and without_nil(alone, lambda name: False) is None


def test_a_rainfall_tables_places_lose_their_nil(extract):
    mentions = extract(
        "RAINFALL RECORDED IN THE 24 HOURS TO 1200 GMT\n\n"
        "RIO GRANDE DO SUL STATE: PASSO FUNDO NIL, SANTA MARIA NIL, CRUZ ALTA NIL. REUTER"
    )
    assert not any("NIL" in m.text for m in mentions)
