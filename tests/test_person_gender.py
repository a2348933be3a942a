"""The gender a title and a first name give a person, for "he" and "she"."""

from __future__ import annotations

from tasks.person_gender import gender_of_person


def test_a_first_name_outweighs_a_role_ending_in_man():
    assert gender_of_person("Port Authority Chairman", "Gladys Ormerod") == "f"


def test_a_form_of_address_outweighs_the_first_name():
    assert gender_of_person("Mrs", "Leslie Ormerod") == "f"


def test_a_role_ending_in_man_tells_when_no_first_name_does():
    assert gender_of_person("party spokesman", "Ormerod") == "m"
    assert gender_of_person("party spokesman", None) == "m"


def test_a_first_name_that_is_a_surname_too_does_not_outweigh_the_role():
    assert gender_of_person("ministry spokesman", "Lu Tanwei") == "m"
