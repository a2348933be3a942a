"""Spans and short names (issue 17, round 21): a legal form the model left out of a
company's span is part of it; a short name opening with a given name takes the company's
name when only the legal form is left out; a person's name the model ran over "of" and
the firm's is the person and the firm; "the Commission" of a story on the EC is the
European Commission; given names listed before a full name share its surname; a figure
run into a name in a table's row leaves its span."""

from __future__ import annotations

from spacy.tokens import Span

from tasks.entity_spans import person_of_firm, with_legal_form


def _span(doc, first: str, words: int, label: str) -> Span:
    start = next(token.i for token in doc if token.text == first)
    return Span(doc, start, start + words, label=label)


def test_a_legal_form_after_the_models_span_joins_it(nlp, extract):
    doc = nlp("Pellham Cos said it would sell its trucking unit. Quorn Ltd, a rival, agreed.")
    assert with_legal_form(_span(doc, "Pellham", 1, "PERSON")).text == "Pellham Cos"
    assert with_legal_form(_span(doc, "Pellham", 1, "PERSON")).label_ == "ORG"
    assert with_legal_form(_span(doc, "Quorn", 1, "GPE")).text == "Quorn Ltd"
    # Already whole, or nothing after it.
    assert with_legal_form(_span(doc, "Quorn", 2, "ORG")) is None
    assert with_legal_form(_span(doc, "trucking", 1, "ORG")) is None
    # A county ("Co Antrim") and a place's code are no legal forms.
    county = nlp("Visitors to Lisburn Co Antrim were warned; a farm near Reno NV was shut.")
    assert with_legal_form(_span(county, "Lisburn", 1, "GPE")) is None
    assert with_legal_form(_span(county, "Reno", 1, "GPE")) is None
    mentions = extract(
        "Drayton Cos said it expected volumes to be flat in 1987.\n\n"
        "Drayton said its Drayton Natural Gas Co unit had reserves."
    )
    assert any(m.text == "Drayton Cos" and m.label == "ORG" for m in mentions)


def test_a_short_name_opening_with_a_given_name_takes_the_company_without_legal_form(
    extract,
):
    mentions = extract(
        "A buyer holds 5.1 pct of Gordon Textiles Inc, it told regulators.\n\n"
        "It may buy more Gordon Textiles shares, the filing said."
    )
    short = [m for m in mentions if m.text == "Gordon Textiles"]
    assert short and all(m.canonical_name == "Gordon Textiles Inc" for m in short)
    assert all(m.label == "ORG" for m in short)
    # A longer name than the legal form alone is no reason to take it.
    other = extract(
        "Gordon Textiles Holdings Inc said it would expand.\n\n"
        "Gordon Textiles, a Leeds mill, said nothing."
    )
    assert all(
        m.canonical_name != "Gordon Textiles Holdings Inc"
        for m in other
        if m.text == "Gordon Textiles"
    )


def test_a_person_run_into_of_and_the_firm_is_the_person_and_the_firm(nlp, extract):
    mentions = extract(
        '"It will be a quiet day," Dane Morrow of Wilkes and Finch said.\n\n'
        "Morrow said that traders would wait for the figures. Morrow added that prices "
        "were high."
    )
    people = {m.text: m.canonical_name for m in mentions if m.label == "PERSON"}
    assert people.get("Dane Morrow") == "Dane Morrow"
    assert people.get("Morrow") == "Dane Morrow"
    assert not any(" of " in m.text for m in mentions)
    doc = nlp("Tessa Vane of Crane and Holt said so. Vane left. The Bank of Ruritania agreed.")
    run_on = _span(doc, "Tessa", 6, "WORK_OF_ART")
    person, firm = person_of_firm(run_on, frozenset({"Vane"}), lambda name: False)
    assert (person.text, person.label_) == ("Tessa Vane", "PERSON")
    assert (firm.text, firm.label_) == ("Crane and Holt", "ORG")
    # Without the surname named alone, or for an institution's head, it stays.
    assert person_of_firm(run_on, frozenset(), lambda name: False) is None
    bank = _span(doc, "Bank", 3, "ORG")
    assert person_of_firm(bank, frozenset({"Bank"}), lambda name: False) is None


def test_the_commission_of_a_story_on_the_ec_is_the_european_commission(extract):
    mentions = extract(
        "BRUSSELS, May 4 - Traders expect today's EC barley tender to be small.\n\n"
        "They said the Commission would grant licences for about 40,000 tonnes."
    )
    named = {m.text: m.canonical_name for m in mentions}
    assert named["Commission"] == "European Commission"
    # The acronym stays: the document never writes out a long form it abbreviates.
    assert named["EC"] == "EC"
    elsewhere = extract(
        "The Commission said the merger of two grocers would be cleared.\n\n"
        "The Commission is the national competition watchdog."
    )
    assert all(m.canonical_name == "Commission" for m in elsewhere if m.text == "Commission")


def test_given_names_listed_before_a_full_name_share_its_surname(extract):
    mentions = extract(
        "Shareholders Alfred, Dora and Martha Quimby did not extend the pact, the company "
        "said.\n\nThe Quimby family holds 61 pct of the voting shares."
    )
    named = {m.text: m.canonical_name for m in mentions if m.label == "PERSON"}
    assert named["Dora"] == "Dora Quimby"
    assert named["Martha Quimby"] == "Martha Quimby"
    # Two people named in full are no family list.
    other = extract("Tom Hale and Mary Pennock met in Leeds. Tom said the meeting went well.")
    assert {m.canonical_name for m in other if m.text == "Tom"} == {"Tom Hale"}


def test_a_figure_run_into_a_name_in_a_table_row_leaves_the_span(nlp):
    from tasks.entity_spans import without_figure

    doc = nlp("Exports by country: Ruritania 365,897 tonnes, Boravia 12,030.5 and Euro 2004.")
    ruritania = _span(doc, "Ruritania", 2, "PERSON")
    assert without_figure(ruritania, lambda name: False).text == "Ruritania"
    assert without_figure(ruritania, lambda name: False).label_ == "PERSON"
    assert without_figure(ruritania, lambda name: name == "Ruritania").label_ == "GPE"
    assert without_figure(_span(doc, "Boravia", 2, "ORG"), lambda name: False).text == "Boravia"
    # A year or a model's number has no thousands separator: it stays.
    assert without_figure(_span(doc, "Euro", 2, "EVENT"), lambda name: False) is None
    hall = nlp("The Grand Hall of Ruritania as 3,000 guests arrived.")
    run_on = _span(hall, "Grand", 6, "FAC")
    assert without_figure(run_on, lambda name: False).text == "Grand Hall of Ruritania"
