"""What kind of thing a real name is (issue 17, type errors): the document says it (a
describing noun before, after or in apposition to the name, a name's head word, an
author's citation), and the type is carried to the name's other mentions. Each test is
a small invented text of a class of error seen on real news and web pages."""

from __future__ import annotations

import pytest

from tasks.entities import extract_entities


@pytest.fixture(scope="module")
def labels_of(nlp):
    def run(text: str) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for mention in extract_entities(nlp(text), "t"):
            found.setdefault(mention.canonical_name, set()).add(mention.label)
        return found

    return run


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a noun for a program, a game, a drug in apposition or just before the name
        (
            "Tim Dent, a developer, downloaded Beautiful Soup, a Python library for parsing pages.",
            "Beautiful Soup",
            "PRODUCT",
        ),
        ("Fans queued to buy the game San Andreas on Friday.", "San Andreas", "PRODUCT"),
        # a noun after the name: the head of its phrase
        ("Work on the Crossrail line will begin in 2010.", "Crossrail", "FAC"),
        ("Users of the Phoenix browser can block pop-ups.", "Phoenix", "PRODUCT"),
        ("The resort lies on Phu Quoc island in Vietnam.", "Phu Quoc", "LOC"),
        (
            "Canadian authorities said the Sativex drug will be considered for approval.",
            "Sativex",
            "PRODUCT",
        ),
        # an event named by its head word
        ("The firm said the Great Recession hit sales hard.", "Great Recession", "EVENT"),
    ],
)
def test_a_describing_noun_or_head_gives_the_type(labels_of, text, name, label):
    assert labels_of(text).get(name) == {label}


def test_a_noun_that_ends_a_phrase_before_the_subject_does_not_describe_it(labels_of):
    found = labels_of("After the game Wenger said his side had been unlucky.")
    assert "PRODUCT" not in found.get("Wenger", set())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The study (Hauser, 2010) found that leaders differ, as Hauser et al. argue.", "Hauser"),
        (
            "The grid was revised by Blake and Mouton (1985), and Tannenbaum (1958) agreed.",
            "Tannenbaum",
        ),
    ],
)
def test_a_surname_cited_as_an_author_is_a_person(labels_of, text, name):
    assert labels_of(text).get(name) == {"PERSON"}


def test_et_al_is_no_part_of_the_name(nlp):
    mentions = extract_entities(nlp("As Hauser et al. argue, leaders differ."), "t")
    assert [m.text for m in mentions if "Hauser" in m.text] == ["Hauser"]


def test_a_reference_line_keeps_its_initialled_author(nlp):
    text = (
        "- 14. Renda F et al. Drug reaction and systemic symptoms. Br J Dermatol. 2015;173(1):50–8."
    )
    mentions = extract_entities(nlp(text), "t")
    assert ("Renda F", "PERSON") in {(m.text, m.label) for m in mentions}


def test_a_photo_credit_names_a_person(labels_of):
    found = labels_of("The new lounge has showers. Photo by Marta Kessel/Travel Weekly.")
    assert found.get("Marta Kessel") == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Born into Brothels, about the children of prostitutes in Calcutta, won the award.",
            "Calcutta",
        ),
        ("The band played a sold-out show in Cork on Saturday.", "Cork"),
    ],
)
def test_a_city_of_the_gazetteer_in_a_place_context_is_a_place(labels_of, text, name):
    assert labels_of(text).get(name) == {"GPE"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Green Party will hold its spring gathering in Manchester, organisers "
            "confirmed. Officials hope Manchester can cope with the visitors. Manchester "
            "has never hosted it.",
            "Manchester",
        ),
        (
            "The choir cancelled Thursday's Leeds concert after the singer fell ill. Fans "
            "with tickets for the show in Leeds should keep them.",
            "Leeds",
        ),
    ],
)
def test_a_city_the_model_places_speaks_for_its_other_mentions(labels_of, text, name):
    assert labels_of(text).get(name) == {"GPE"}


def test_a_club_beside_its_city_stays_an_organisation(labels_of):
    found = labels_of(
        "Fans travelled to the match in Liverpool on Sunday. Liverpool won 3-0 and "
        "Liverpool moved up to fourth in the table."
    )
    assert "ORG" in found.get("Liverpool", set())


def test_a_noun_opening_a_compound_word_does_not_describe_the_name(labels_of):
    found = labels_of("With the Welsh line-out stuttering, Italy scored twice.")
    assert "FAC" not in found.get("Welsh", set())


def test_a_describing_noun_before_a_name_that_is_no_subject_still_describes(labels_of):
    found = labels_of(
        "The trio met aged 13 and formed the band Gothic Plague, changing its name to "
        "Fixed Penalty."
    )
    assert found.get("Gothic Plague") == {"ORG"}
