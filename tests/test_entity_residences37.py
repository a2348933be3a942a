"""Residences (issue 17, round 37): the name after a person's age and "of" ("Jo Lee, 30,
of Dedham") is a place, and so are its other mentions the model took for a person
(tasks/entity_residences.py)."""

from tasks.entities import extract_entities

_STORY = (
    "Police charged three people. Kevin Marsh, 52, of Torrance, California; Junmo Park, "
    "30, of Dedham; and the alleged leader Han Kim, 41, of Cambridge were arraigned on "
    "Tuesday. Neighbours in Dedham said they had no idea."
)


def test_the_name_after_an_age_and_of_is_a_place(nlp):
    found = extract_entities(nlp(_STORY), "t")
    assert {m.label for m in found if m.text == "Dedham"} == {"GPE"}


def test_the_people_before_their_ages_stay_people(nlp):
    found = extract_entities(nlp(_STORY), "t")
    assert {m.label for m in found if m.text in ("Kevin Marsh", "Han Kim")} == {"PERSON"}


def test_a_police_log_names_the_town_between_the_age_and_a_comma(nlp):
    text = (
        "Arrests: Jayden R. Frost, 22, Pana, was arrested on an active warrant. "
        "Mia Holt, 35, Acme Corp, was not charged."
    )
    found = extract_entities(nlp(text), "t")
    assert {m.label for m in found if m.text == "Pana"} == {"GPE"}
    assert "GPE" not in {m.label for m in found if "Acme" in m.text}


def test_the_last_digits_of_a_figure_are_no_age(nlp):
    text = (
        "Sales fell 18.7 pct to 119,967 tonnes from 147,537, Zambia Consolidated Copper "
        "Mines, ZCCM, said on Monday."
    )
    found = extract_entities(nlp(text), "t")
    assert "GPE" not in {m.label for m in found if "Copper" in m.text or m.text == "ZCCM"}
