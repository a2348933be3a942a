"""Names (issue 17, round 26): a legal form wire copy writes in lower case after a
company's name is part of it, and the company's short name takes the full name; a
table's "NIL" after a place is no part of its name; a business named by its founder's
possessive is one name; a federal court's name holds the district it sits for."""

from __future__ import annotations

from spacy.tokens import Span

from tasks.entity_spans import (
    cased_legal_form,
    with_court_district,
    with_lowercase_legal_form,
    without_nil,
)


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


def test_a_business_named_by_its_founders_possessive_is_one_name(extract):
    mentions = extract(
        "Church's Fried Chicken Inc said profits rose 12 pct in the quarter. Church's, "
        "based in Atlanta, has 1,200 outlets.\n\n"
        "The family opened Aisha's Salon and Spa in Houston last year."
    )
    names = {m.text: m for m in mentions}
    assert "Church's Fried Chicken Inc" in names
    assert names["Church's Fried Chicken Inc"].label == "ORG"
    assert "Aisha's Salon and Spa" in names
    assert "Church" not in names and "Aisha" not in names


def test_an_owner_or_a_place_before_the_possessive_stays_apart(extract):
    # The owner acts elsewhere in the story: it is a company of its own.
    owned = extract(
        "Tarnwell's Northern Gas Pipeline Co said volumes fell.\n\nTarnwell said it would sell it."
    )
    assert not any(m.text.startswith("Tarnwell's") for m in owned)
    placed = extract("Mexico's Sinaloa Cartel was named in the indictment.")
    # A company the model saw, its possessive written once: the owner of a title.
    title = extract("Tarnwell's Evening Courier said it would cut 30 jobs.")
    assert not any(m.text.startswith("Tarnwell's") for m in title)
    assert not any(m.text.startswith("Mexico") and "Sinaloa" in m.text for m in placed)


def test_a_federal_court_keeps_the_district_it_sits_for(extract):
    mentions = extract(
        "Tarnwell Corp filed suit in U.S. District Court for the Western District of "
        "Kentucky on Monday.\n\nA petition was filed in the U.S. Bankruptcy Court for the "
        "Southern District of New York, it said."
    )
    names = {m.text: m for m in mentions}
    assert "U.S. District Court for the Western District of Kentucky" in names
    court = names["U.S. Bankruptcy Court for the Southern District of New York"]
    assert court.label == "ORG"
    assert court.canonical_name == "U.S. Bankruptcy Court for the Southern District of New York"
    assert "Kentucky" not in names
    # "for the" and no district: the court's name ends where the model ended it.
    other = extract("The Supreme Court for the first time heard the case.")
    assert not any("first" in m.text for m in other)


def test_with_court_district_needs_a_district(nlp):
    doc = nlp("It sued in the Tax Court for the District of Columbia and the Court for the year.")
    court = with_court_district(_span(doc, "Tax", 2, "ORG"))
    assert court.text == "Tax Court for the District of Columbia"
    assert with_court_district(Span(doc, doc[-5].i, doc[-4].i, label="ORG")) is None
    assert with_court_district(_span(doc, "Tax", 2, "GPE")) is None


def test_a_possessive_of_a_person_named_in_full_is_no_brand(extract):
    mentions = extract(
        "The composer Jules Tarnaud wrote six operas.\n\n"
        "Tarnaud's Le Roi de Lahore opened in Paris in 1877."
    )
    assert not any(m.text.startswith("Tarnaud's") for m in mentions)
