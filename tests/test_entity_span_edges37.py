"""Span edges of round 37: a university's campus after a comma or a dash, a hotel's
amenity after "and", no "today" or "news" closing a name, and no sentence stop or
white space closing a person's name."""

from __future__ import annotations


def _texts(extract, text: str, label: str | None = None) -> set[str]:
    return {m.text for m in extract(text) if label is None or m.label == label}


def test_campus_after_a_comma_stays_with_its_university_in_an_address(extract):
    text = (
        "Contact: Dr. Wren, 12 Science Hall, University of California, Santa Cruz, "
        "1156 High Street, Santa Cruz, CA 95064."
    )
    texts = _texts(extract, text)
    assert any(t.endswith("University of California, Santa Cruz") for t in texts)
    assert not any(t.endswith(",") for t in texts)


def test_campus_after_a_dash_joins_its_university(extract):
    text = "She teaches history at Rutgers University–Camden in New Jersey."
    assert "Rutgers University–Camden" in _texts(extract, text, "ORG")


def test_amenity_after_and_stays_in_a_hotel_name(extract):
    text = (
        "Its properties include Hotel Mirador in Lisbon, Portugal; Copper Palms Resort and "
        "Spa in Phoenix; The Larkin in Miami Beach, Fla.; The Bellmore Hotel in Philadelphia."
    )
    found = {(m.text, m.label) for m in extract(text)}
    assert ("Copper Palms Resort and Spa", "FAC") in found


def test_time_word_after_a_place_is_no_part_of_its_name(extract):
    text = "Iraq said its forces sank three Iranian boats in the northern Gulf today."
    texts = _texts(extract, text)
    assert "Gulf" in texts
    assert "Gulf today" not in texts


def test_news_before_agency_is_no_part_of_the_agency_name(extract):
    text = "The official MTI news agency said the government decided subsidies had to be cut."
    texts = _texts(extract, text)
    assert "MTI" in texts
    assert "MTI news" not in texts


def test_sentence_stop_and_spaces_after_a_name_are_no_part_of_it(extract):
    text = (
        '(-50 friendship.) Penny apologises to George.  "I am just taking a walk." Penny responds.'
    )
    assert "George" in _texts(extract, text, "PERSON")
