"""Round 29 (spans29): an institution's topic of two words after "and"; a work's title
named after its hero; two versions of one product run together; a known name opened
with its owner's possessive; a country's abbreviation opening a company's short name."""

from __future__ import annotations


def _mentions(extract, text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.label, m.canonical_name) for m in extract(text)}


def test_ministry_topic_of_two_words_after_and_is_in_the_name(extract):
    text = "Officials of the Ministry of Finance and National Economy met the bankers."
    found = _mentions(extract, text)
    assert found.get("Ministry of Finance and National Economy", ("",))[0] == "ORG"
    assert "National Economy" not in found


def test_institution_and_another_institution_stay_two(extract):
    text = "A Ministry of Finance and Central Bank team arrived on Monday."
    found = _mentions(extract, text)
    assert "Ministry of Finance" in found
    assert "Central Bank" in found


def test_title_after_its_hero_written_twice_is_one_work(extract):
    text = (
        "She read Tom Thumb and the Silver Spoon (1999) first.\n\n"
        "Reviews:\n- Tom Thumb and the Silver Spoon, chapter 3\n- Tom Thumb and the "
        "Silver Spoon: Part 2\n"
    )
    found = _mentions(extract, text)
    assert found.get("Tom Thumb and the Silver Spoon", ("",))[0] == "WORK_OF_ART"
    assert found.get("Tom Thumb and the Silver Spoon: Part 2", ("",))[0] == "WORK_OF_ART"
    assert "Tom Thumb" not in found


def test_person_and_a_party_stay_apart_even_written_twice(extract):
    text = (
        "We met Tony Blair and the Labour Party, aides said. "
        "Tony Blair and the Labour Party, they said."
    )
    found = _mentions(extract, text)
    assert found.get("Tony Blair", ("",))[0] == "PERSON"
    assert "Labour Party" in found


def test_two_versions_of_one_product_are_two_names(extract):
    text = "The script runs on both Python 2 and Python 3: nothing else changes."
    found = _mentions(extract, text)
    assert "Python 2" in found
    assert "Python 3" in found
    assert "Python 2 and Python" not in found


def test_known_name_after_an_owners_possessive_is_its_own(extract):
    text = "Singer Ada Quill posted a video. Quill’s Instagram account drew many replies."
    found = _mentions(extract, text)
    assert found.get("Instagram", ("",))[0] == "ORG"
    assert "Quill’s Instagram" not in found


def test_country_abbreviation_of_a_company_written_in_full_stays(extract):
    text = (
        "<United States Lines Inc> has cut 200 jobs, a manager said.\n\n"
        "He said U.S. Lines planned to sell two ships next month."
    )
    found = _mentions(extract, text)
    assert found.get("U.S. Lines", ("",))[0] == "ORG"
