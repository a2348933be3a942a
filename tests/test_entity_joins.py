"""Spans and keys by mechanism (issue 17, round 16): an institution's name the model
cut at "of", "for" or "and" goes on over it, an aside in brackets and a quantifier
are no part of a name, and an organisation's key leaves out its legal form."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from tasks.entities import entity_key, extract_entities, org_key_name
from tasks.entity_spans import across_joins, trimmed


@pytest.fixture(scope="module")
def extract_of(nlp):
    def run(text: str) -> list:
        return extract_entities(nlp(text), "t")

    return run


def _never(word: str) -> bool:
    return False


def test_an_institution_goes_on_over_of_for_and_its_topics(nlp):
    doc = nlp("Staff of the Quarrying Commission for Wales met on Friday in Dunmore.")
    joined = across_joins(Span(doc, 3, 5, label="ORG"), _never)
    assert joined.text == "Quarrying Commission for Wales"
    ministry = nlp("A Ruritanian Ministry of Fisheries and Forestry official spoke to us.")
    cut = Span(ministry, 2, 5, label="ORG")
    assert cut.text == "Ministry of Fisheries"
    assert across_joins(cut, _never).text == "Ministry of Fisheries and Forestry"
    committee = nlp("He told the Ethics and Appointments Committee on Monday that he would go.")
    cut = Span(committee, 5, 7, label="ORG")
    assert across_joins(cut, _never).text == "Ethics and Appointments Committee"


def test_two_names_in_a_list_stay_apart(nlp):
    doc = nlp("Loans from the Bank of Ruritania and Greystone were repaid by Dunmore and Harlow.")
    bank = Span(doc, 3, 6, label="ORG")
    assert bank.text == "Bank of Ruritania"
    assert across_joins(bank, lambda word: word == "Ruritania") is None
    assert across_joins(Span(doc, 11, 12, label="ORG"), _never) is None
    product = nlp("Users of Greystone and Greystone Vault were told to log in again.")
    assert across_joins(Span(product, 2, 3, label="ORG"), _never) is None
    listed = nlp("It named the Arts, Culture and Heritage Committee in its report.")
    assert across_joins(Span(listed, 6, 8, label="ORG"), _never) is None


def test_an_aside_in_brackets_and_a_quantifier_are_cut(nlp):
    doc = nlp("Goals came from Tam Pryce (Dunmore Rovers) while all Quarry Savings Banks shut.")
    assert trimmed(Span(doc, 3, 7, label="PERSON")).text == "Tam Pryce"
    assert trimmed(Span(doc, 10, 14, label="ORG")).text == "Quarry Savings Banks"
    closed = nlp("The Dunmore Harriers (Athletics) club won.")
    assert trimmed(Span(closed, 1, 6, label="ORG")).text == "Dunmore Harriers (Athletics)"


def test_a_legal_form_never_splits_a_company_key():
    assert entity_key("ORG", org_key_name("Greystone Pumps Corp")) == "ORG:greystone-pumps"
    assert org_key_name("Greystone Pumps Inc.") == org_key_name("Greystone Pumps")
    assert org_key_name("Pryce, Dunmore and Co Inc") == "Pryce, Dunmore"
    # A legal form that leaves one word, or nothing but a form, stays in the key: one
    # word names many things.
    assert org_key_name("Harlow & Co") == "Harlow & Co"
    assert org_key_name("Time Inc") == "Time Inc"
    assert org_key_name("Co Ltd") == "Co Ltd"


def test_a_university_has_one_key_in_either_order():
    assert org_key_name("Dunmore University") == "University of Dunmore"
    assert org_key_name("University of Dunmore") == "University of Dunmore"
    assert org_key_name("Open university") == "Open university"


def test_a_brand_keeps_its_own_possessive(extract_of):
    text = (
        "Burger chain Wendy's said its sales rose. Investors expect Wendy's to open "
        "forty more diners in Ruritania."
    )
    brands = [m for m in extract_of(text) if m.text.startswith("Wendy")]
    assert len(brands) == 2 and {m.canonical_name for m in brands} == {"Wendy's"}


def test_the_dow_is_the_index_where_the_text_speaks_of_it(extract_of):
    text = (
        "Wall Street shares slipped as the Dow Jones industrial average lost 40 points "
        "on Friday, traders in Dunmore said."
    )
    dow = [m for m in extract_of(text) if m.text.startswith("Dow")]
    assert dow and {m.canonical_name for m in dow} == {"Dow Jones Industrial Average"}


def test_a_persons_possessive_is_no_brand(nlp):
    doc = nlp("It was Tamsin Pryce's idea, and Pryce said so. Later Greystone's sales rose.")
    person = Span(doc, 2, 5, label="ORG")
    assert person.text == "Tamsin Pryce's"
    assert trimmed(person).text == "Tamsin Pryce"
    brand = Span(doc, 13, 15, label="ORG")
    assert brand.text == "Greystone's"
    assert trimmed(brand).text == "Greystone's"
    owner = nlp("The Kestrel Dynamics's new rules came in.")
    assert trimmed(Span(owner, 1, 4, label="ORG")).text == "Kestrel Dynamics"


def test_an_acronym_leaves_out_the_legal_form(extract_of):
    text = "Shares of Greystone Pumping Co Plc rose on Monday. GP said its profits would be higher."
    acronym = [m for m in extract_of(text) if m.text == "GP"]
    assert acronym and acronym[0].canonical_name == "Greystone Pumping Co Plc"
