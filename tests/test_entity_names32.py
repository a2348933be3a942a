"""Names (issue 17, round 32): an institution printed just before the person who works
there, in a list of contributors, is cut at the person (tasks/entities.py
`_affiliation_and_person`); an institution of two fields or a unit of two services
keeps the words after its "and" (tasks/entity_spans.py `with_second_field`); a few
well-known short forms take the usual full name (tasks/data/entity_names.toml)."""

import pytest

from tasks.entities import extract_entities


@pytest.fixture(scope="module")
def extract_of(nlp):
    def run(text: str) -> list:
        return extract_entities(nlp(text), "t")

    return run


_SIGNATORIES = (
    "The letter was signed by the following writers and scholars.\n\n"
    "Marlow Ardentine, Dunmore University Rebecca Pellow, Glenrock University "
    "Yascha Quillfeather, Tarnwick College Chloe, and others.\n"
)


def test_a_university_glued_to_the_next_signatory_is_cut_at_the_person(extract_of):
    found = {(m.text, m.label) for m in extract_of(_SIGNATORIES)}
    assert ("Dunmore University", "ORG") in found
    assert ("Rebecca Pellow", "PERSON") in found
    assert ("Glenrock University", "ORG") in found
    assert ("Yascha Quillfeather", "PERSON") in found
    assert not any("University Rebecca" in text for text, _ in found)


def test_an_institution_named_after_a_person_stays_whole(extract_of):
    text = "She was treated at the Hospital Rebecca Pellow in the north of the city.\n"
    assert not any(m.text == "Rebecca Pellow" for m in extract_of(text))


def test_a_campus_named_after_the_university_stays_whole(extract_of):
    text = "He now teaches at New York University Abu Dhabi, the school said on Monday.\n"
    assert not any(m.text == "Abu Dhabi" and m.label == "PERSON" for m in extract_of(text))


def test_a_school_of_two_fields_keeps_its_second_field(extract_of):
    text = "She studied potions at Dunmore School of Alchemy and Astronomy, then moved.\n"
    assert "Dunmore School of Alchemy and Astronomy" in {m.text for m in extract_of(text)}


def test_a_unit_of_two_services_keeps_its_second_service(extract_of):
    text = "said Ann Pellow, director of the Glenrock Air and Marine Branch. Then he left.\n"
    assert "Glenrock Air and Marine Branch" in {m.text for m in extract_of(text)}


def test_a_bank_and_a_lender_after_it_stay_two(extract_of):
    text = "Officials at the Bank of England and Barclays said on Monday that rates would rise.\n"
    names = {m.text for m in extract_of(text)}
    assert "Bank of England" in names
    assert not any("and Barclays" in name for name in names)


@pytest.mark.parametrize(
    ("text", "written", "canonical"),
    [
        (
            "The bonds were priced at par, lead manager Amro bank said.",
            "Amro",
            "Amsterdam-Rotterdam Bank",
        ),
        (
            "The study was funded by the Wilson Center in Dunmore, she said.",
            "Wilson Center",
            "Woodrow Wilson International Center for Scholars",
        ),
        ("The Reuters News Agency reported the deal on Monday.", "Reuters News Agency", "Reuters"),
    ],
)
def test_a_well_known_short_form_takes_the_usual_full_name(extract_of, text, written, canonical):
    found = [m for m in extract_of(text) if m.text == written]
    assert found and {m.canonical_name for m in found} == {canonical}


def test_a_firm_of_hospital_services_stays_one_company(extract_of):
    text = "Shares of Dunmore Hospital Services Corp rose 10 cts on Monday.\n"
    assert "Dunmore Hospital Services Corp" in {m.text for m in extract_of(text)}


def test_a_field_of_study_after_an_institution_is_no_person(extract_of):
    text = "Ministers said the Dorran College of Marine Studies would open a second campus."
    college = [m for m in extract_of(text) if "Dorran" in m.text]
    assert college and college[0].text == "Dorran College of Marine Studies"
