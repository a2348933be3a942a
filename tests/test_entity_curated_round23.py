"""Curated names of round 23 (issue 17): open-source software and its conferences, a
political event, a law's name and a region the model types otherwise."""

from __future__ import annotations

import pytest

from tasks.entities import extract_entities


@pytest.fixture(scope="module")
def labels_of(nlp):
    def run(text: str) -> dict[str, tuple[str, str]]:
        return {m.text: (m.label, m.canonical_name) for m in extract_entities(nlp(text), "t")}

    return run


def test_brexit_is_an_event(labels_of):
    found = labels_of("Brexit will hurt trade, he said. The key Brexit message was control.")
    assert found["Brexit"] == ("EVENT", "Brexit")


def test_wordpress_is_the_program_and_its_conferences_an_event(labels_of):
    found = labels_of(
        "Speaking at WordCamps is a path to leadership in the WordPress community, "
        "and more volunteers contribute to WordPress every year."
    )
    assert found["WordPress"][0] == "PRODUCT"
    assert found["WordCamps"] == ("EVENT", "WordCamp")


def test_amp_is_the_web_framework_only_in_a_text_about_web_pages(labels_of):
    text = "The publisher moved to AMP last year, and its AMP pages now load faster."
    assert labels_of(text).get("AMP", ("PRODUCT",))[0] == "PRODUCT"
    insurer = labels_of("Shares of AMP rose after the insurer raised its dividend.")
    assert insurer.get("AMP", ("ORG",))[0] != "PRODUCT"


def test_third_world_is_a_region(labels_of):
    found = labels_of("The bank said it would cut its Third World loans, the chairman said.")
    assert found["Third World"][0] == "LOC"


def test_a_protected_area_is_a_place(labels_of):
    found = labels_of(
        "Half the island lies within the Mekong Delta Biosphere Reserve, one of the "
        "largest reserves in the region."
    )
    reserves = [v for k, v in found.items() if k.endswith("Biosphere Reserve")]
    assert reserves and all(label == "LOC" for label, _ in reserves)


def test_label_by_head_of_a_protected_area():
    from tasks.entity_labels import label_by_head

    assert label_by_head("Kettle Marsh Nature Reserve", "PERSON") == "LOC"
    assert label_by_head("US Federal Reserve", "ORG") == "ORG"
    assert label_by_head("Nottingham Forest", "ORG") == "ORG"


def test_a_references_link_button_is_no_mention(nlp):
    text = (
        "References\n"
        "- 14. Doe J, Roe R. Ageing and influenza. Ann Intern Med. 1995;123:518-27 "
        "LinkGoogle Scholar\n"
        "- 15. Poe A. Flu in care homes. BMJ. 2001;3:11-9 Crossref Google Scholar\n"
        "Students can search Google Scholar for older papers on influenza."
    )
    found = [(m.text, m.start_char) for m in extract_entities(nlp(text), "t")]
    buttons = [start for name, start in found if name.endswith("Google Scholar")]
    prose = text.rindex("Google Scholar")
    assert all(start == prose for start in buttons)


def test_a_reference_with_a_volume_closing_its_line_lists_people():
    from tasks.entity_references import is_reference_line, reference_authors

    line = "- 58. Doe-Smith M, Roe U. Gout in practice. Int J Rheumatol. 2014;2014."
    assert is_reference_line(line)
    authors = [line[start:end] for start, end in reference_authors(line, 0)]
    assert "Doe-Smith M" in authors
    assert not is_reference_line("Sales rose in 2014; 2015 was weaker.")


def test_a_reference_authors_are_people(nlp):
    text = "References\n- 58. Doe-Smith M, Roe U. Gout in practice. Int J Rheumatol. 2014;2014.\n"
    found = {m.text: m.label for m in extract_entities(nlp(text), "t")}
    assert found.get("Doe-Smith M") == "PERSON"


def test_the_territory_alone_is_no_name(labels_of):
    found = labels_of(
        "The Governor said people in the Territory would be shocked. The Northern "
        "Territory government said nothing."
    )
    assert "Territory" not in found
