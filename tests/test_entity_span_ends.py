"""Spans and short names by mechanism (issue 17, round 14): a name the model ended on
a joining word is completed or cut, a legal form or a party owns no possessive, an
acronym after a wire service's bracketed company takes its name, and a word taken for
a surname before the person is named is the company it opens."""

from __future__ import annotations


def _texts(mentions) -> set[str]:
    return {m.text.removeprefix("the ").removeprefix("The ") for m in mentions}


def test_a_name_ended_on_a_joining_word_is_completed_or_cut(nlp):
    from spacy.tokens import Span

    from tasks.entity_spans import completed_name

    doc = nlp("Staff of the Quarry Safety and Rescue Training Board met Dunmore Plc of Ruritania.")
    joined = Span(doc, 3, 6, label="ORG")
    assert joined.text == "Quarry Safety and"
    assert completed_name(joined).text == "Quarry Safety and Rescue Training Board"
    company = Span(doc, 10, 13, label="ORG")
    assert company.text == "Dunmore Plc of"
    assert completed_name(company).text == "Dunmore Plc"
    assert completed_name(Span(doc, 3, 5, label="ORG")) is None
    placed = nlp("Sales at Harlow Menswear of Chicago rose, the Bank of Canada said.")
    shop = Span(placed, 2, 5, label="ORG")
    assert shop.text == "Harlow Menswear of"
    assert completed_name(shop).text == "Harlow Menswear"
    bank = Span(placed, 9, 11, label="ORG")
    assert bank.text == "Bank of"
    assert completed_name(bank).text == "Bank of Canada"
    titled = nlp("It was backed by Dorset Fishing and Boating Commissioner Jo Bell on Monday.")
    assert completed_name(Span(titled, 4, 7, label="ORG")) is None


def test_a_legal_form_or_a_party_owns_no_possessive(extract):
    text = (
        "Shares of Brindleworth Corp rose. Brindleworth Corp's board met the Moss Party's "
        "leaders in Tarnholt on Tuesday."
    )
    texts = _texts(extract(text))
    assert "Brindleworth Corp's" not in texts
    assert "Moss Party's" not in texts


def test_an_acronym_after_a_wire_bracketed_company_takes_its_name(extract):
    text = (
        "Output fell at <Norvale Associated Smelting and Refining Corp> (NASAR), the only "
        "smelter there.\n\nNASAR said repairs would take a month."
    )
    canonical = {m.canonical_name for m in extract(text) if m.text == "NASAR"}
    assert canonical == {"Norvale Associated Smelting and Refining Corp"}


def test_a_surname_before_its_person_is_the_company_it_opens(extract):
    text = (
        "A group holds 12 pct of Quorndale Shipping Co, it said.\n\n"
        "The group may buy more Quorndale common stock.\n\n"
        "Chairman Edwin Quorndale said he would not sell."
    )
    first = next(m for m in extract(text) if m.text == "Quorndale")
    assert first.canonical_name == "Quorndale Shipping Co"


def test_a_name_after_a_saint_keeps_its_possessive(nlp):
    from spacy.tokens import Span

    from tasks.entity_spans import trimmed

    doc = nlp("The ferry sails from St Ninnoc's to Larchford twice a day.")
    assert trimmed(Span(doc, 4, 7, label="GPE")).text == "St Ninnoc's"
    assert trimmed(Span(doc, 4, 7, label="PERSON")).text == "St Ninnoc"


def test_an_acronym_leaves_out_the_country_its_long_form_opens_with(extract):
    text = (
        "Growers asked the U.S. Bureau of Orchard Pests to act.\n\n"
        "The BOP said it would review the request."
    )
    canonical = {m.canonical_name for m in extract(text) if m.text == "BOP"}
    assert canonical == {"U.S. Bureau of Orchard Pests"}


def test_a_state_university_takes_the_campus_after_its_comma(nlp):
    from tasks.entity_spans import with_campus

    doc = nlp(
        "Voles were tagged by the University of North Carolina, Charlotte and the "
        "University of Oregon, Eugene. The University of Texas, Houston Baptist and "
        "others joined."
    )

    def university(state: str):
        start = doc.text.index(f"University of {state}")
        return doc.char_span(start, start + len(f"University of {state}"), label="ORG")

    carolina = with_campus(university("North Carolina"))
    assert carolina is not None and carolina.text == "University of North Carolina, Charlotte"
    oregon = with_campus(university("Oregon"))
    assert oregon is not None and oregon.text == "University of Oregon, Eugene"
    assert with_campus(university("Texas")) is None


def test_a_person_never_ends_on_a_lowercase_preposition(nlp):
    from spacy.tokens import Span

    from tasks.entity_spans import trimmed

    doc = nlp('"Prices will fall," said Carney at Moffat Securities Inc.')
    assert doc[8].text == "at"
    assert trimmed(Span(doc, 7, 9, label="PERSON")).text == "Carney"
    particle = nlp("The painting went to Anna van der Berg.")
    assert trimmed(Span(particle, 4, 8, label="PERSON")).text == "Anna van der Berg"


def test_a_club_of_countries_keeps_its_number_of_members(extract):
    mentions = extract(
        "The Group of 24 developing countries said in a communique that some debt relief "
        "is necessary."
    )
    assert "Group of 24" in _texts(mentions)
    assert "Group" not in _texts(mentions)
