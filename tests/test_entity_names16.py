"""Short forms and canonical names (issue 17, round 22): an acronym whose letters
include a legal form word of its long form, a short name of a company named across
"and", a short form's label from its long form written out, the United States'
institutions under their full names (tests/test_entity_wire.py)."""

from __future__ import annotations


def test_an_acronym_may_hold_a_legal_form_word(extract):
    # "Pty" gives the acronym its last letter; "Co Ltd" give none.
    text = (
        "Shares of Kallista Mining Pty Co Ltd rose on Monday. KMP said the steel "
        "division did well, and KMP raised its dividend."
    )
    found = [m for m in extract(text) if m.text == "KMP"]
    assert len(found) == 2
    assert {m.canonical_name for m in found} == {"Kallista Mining Pty Co Ltd"}
    # Letters that are no such opening of the name stay as written.
    other = [m for m in extract(text.replace("KMP", "KPL")) if m.text == "KPL"]
    assert {m.canonical_name for m in other} == {"KPL"}


def test_a_group_widened_to_a_known_place_is_the_place(extract):
    # The model types "British" a nationality; widened over "Virgin Islands" it is a
    # place, and the acronym of the place follows it.
    text = (
        "The BVI premier was arrested on Thursday. The governor spoke to the people of "
        "the British Virgin Islands about it, and the BVI will hold talks."
    )
    found = {(m.text, m.label, m.canonical_name) for m in extract(text)}
    assert ("British Virgin Islands", "GPE", "British Virgin Islands") in found
    assert ("BVI", "GPE", "British Virgin Islands") in found
    assert not any(m.label == "ORG" for m in extract(text) if "Virgin" in m.canonical_name)


def test_a_group_widened_to_no_place_is_an_organisation(extract):
    text = "Members of the Hispanic Caucus met on Friday to discuss the bill."
    found = [m for m in extract(text) if m.text == "Hispanic Caucus"]
    assert [m.label for m in found] == ["ORG"]


def test_a_short_form_takes_the_label_of_its_name_written_out(nlp):
    from dataclasses import dataclass

    from spacy.tokens import Span

    from tasks.entity_labels import vote

    @dataclass
    class Mention:
        span: Span
        label: str
        canonical: str
        pinned: bool = False

    doc = nlp("The ZPA met. The ZPA agreed. The ZPA left. Later the Zorvan Port Authority spoke.")
    spans = [Span(doc, t.i, t.i + 1) for t in doc if t.text == "ZPA"]
    long = Span(doc, len(doc) - 5, len(doc) - 2)
    assert long.text == "Zorvan Port Authority"
    mentions = [Mention(s, "GPE", "Zorvan Port Authority") for s in spans]
    mentions.append(Mention(long, "ORG", "Zorvan Port Authority"))
    vote(mentions)
    assert {m.label for m in mentions} == {"ORG"}
    # A surname is no acronym: it votes with the full name.
    people = nlp("Kara Voss won. Voss smiled. Voss left. Voss returned.")
    full = Mention(Span(people, 0, 2), "ORG", "Kara Voss")
    surnames = [Mention(Span(people, t.i, t.i + 1), "PERSON", "Kara Voss") for t in people[2:]]
    surnames = [m for m in surnames if m.span.text == "Voss"]
    vote([full, *surnames])
    assert full.label == "PERSON"
    # An acronym that is its own canonical name votes as any name.
    own = [Mention(s, "ORG", "ZPA") for s in spans]
    own[0].label = "GPE"
    vote(own)
    assert {m.label for m in own} == {"ORG"}
    # With no mention written out, the most frequent label wins as before.
    short = [Mention(s, "GPE", "Zorvan Port Authority") for s in spans]
    short[0].label = "ORG"
    vote(short)
    assert {m.label for m in short} == {"GPE"}


def test_a_partner_the_model_left_before_and_joins_the_company(extract):
    # The model types "Everest" a place and opens the company after "and"; a country
    # there lists a place and a company.
    text = (
        "Invacare won a patent case against Everest and Jennings Canadian Ltd. The "
        "court ordered that Everest pay damages."
    )
    found = {(m.text, m.label, m.canonical_name) for m in extract(text)}
    full = "Everest and Jennings Canadian Ltd"
    assert (full + ".", "ORG", full) in found
    assert ("Everest", "ORG", full) in found
    listed = extract("Analysts at Canada and Dome Petroleum Ltd said the deal was done.")
    assert "Dome Petroleum Ltd" in {m.text for m in listed}
    assert not any(m.text.startswith("Canada and") for m in listed)


def test_a_counted_apposition_types_every_name_of_its_list(extract):
    # "two boatmakers" describes both names; the parser hangs it on neither.
    text = (
        "The charge was for intangible assets at Kestrel and Sea Ray, two boatmakers "
        "acquired in December, a spokesman said."
    )
    labels = {m.text: m.label for m in extract(text)}
    assert labels["Sea Ray"] == "ORG"
    assert labels["Kestrel"] == "ORG"
    three = "The group bought Halvern, Tobin Rowe and Quorn, three banks in Ohio, last year."
    labels = {m.text: m.label for m in extract(three)}
    assert labels["Quorn"] == "ORG"
    assert labels["Ohio"] == "GPE"
    # A number that does not count the list's names describes something else.
    other = extract("It bought Kestrel and Sea Ray, two of its rivals.")
    assert {m.text: m.label for m in other}["Sea Ray"] == "PERSON"


def test_an_office_named_by_its_jurisdiction_and_holder_is_one_organisation(extract):
    text = (
        "A spokesman for the Ohio Attorney General's office declined to comment. "
        "The Marlow County Sheriff's Office opened an inquiry."
    )
    found = {(m.text, m.label, m.canonical_name) for m in extract(text)}
    assert ("Ohio Attorney General's office", "ORG", "Ohio Attorney General's Office") in found
    assert ("Marlow County Sheriff's Office", "ORG", "Marlow County Sheriff's Office") in found
    # Without a jurisdiction the office is no name.
    assert not [m for m in extract("The Attorney General's office said no.") if "office" in m.text]
