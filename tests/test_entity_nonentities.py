"""Mentions the document itself shows to be no entity: acronyms used as common nouns,
letters written after a name, and capitalised common words taken for people."""

from __future__ import annotations

import pytest

from tasks.entities import extract_entities
from tasks.entity_common import common_acronyms, is_common_acronym, is_post_nominal
from tasks.entity_filters import WordCase, _is_code_line, _numbered_part


@pytest.fixture(scope="module")
def names_of(nlp):
    def run(text: str) -> dict[str, str]:
        return {m.text: m.label for m in extract_entities(nlp(text), "t")}

    return run


def test_acronym_spelled_out_in_lowercase_is_common(nlp):
    doc = nlp(
        "The clinic measured bone density by quantitative muscle sonography (QMS). "
        "Patients liked QMS because it was quick."
    )
    assert "QMS" in common_acronyms(doc)


def test_acronym_letters_may_come_from_inside_a_word(nlp):
    doc = nlp("Readings came from bioimpedance spectroscopy (BIS) at the clinic.")
    assert "BIS" in common_acronyms(doc)


def test_acronym_spelled_out_in_capitals_is_a_name(nlp):
    doc = nlp("The Quorvex Medical Society (QMS) met in Leeds. QMS said it was pleased.")
    assert "QMS" not in common_acronyms(doc)


def test_acronym_in_the_plural_is_common(nlp):
    doc = nlp("Gamers love MMORPGs. The best MMORPG of the year was Quorvex Online.")
    common = common_acronyms(doc)
    assert is_common_acronym("MMORPG", common) and is_common_acronym("MMORPGs", common)


def test_acronym_heading_a_phrase_after_an_article_is_common(nlp):
    doc = nlp("We wrote an ADR to settle the design. Then a BBC reporter called.")
    common = common_acronyms(doc)
    assert "ADR" in common
    assert "BBC" not in common


def test_acronym_with_a_possessive_stays_a_name(nlp):
    doc = nlp("He was ashamed of a QXP that lies. QXP's chairman resigned on Monday.")
    assert "QXP" not in common_acronyms(doc)


def test_common_acronym_is_no_mention(names_of, nlp):
    text = (
        "Doctors now use dual-energy x-ray absorptiometry (DXA) to measure body fat. "
        "DXA is more accurate than the scales, and DXA costs little."
    )
    assert any(ent.text == "DXA" for ent in nlp(text).ents)
    assert "DXA" not in names_of(text)


def test_post_nominal_alone_is_no_mention(names_of, nlp):
    text = "The Tory spokesman, Brian Quorley MSP, said the budget was a disgrace."
    assert any(ent.text == "MSP" for ent in nlp(text).ents)
    mentions = names_of(text)
    assert "MSP" not in mentions
    assert "Brian Quorley" in mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Editors: Jaya Quorley, MD, MHS, Deputy Editor, reports no interests.", True),
        ("She moved to Baltimore, MD, last year.", False),
    ],
)
def test_two_letter_degree_only_after_a_person(nlp, text, expected):
    doc = nlp(text)
    start = text.index("MD,")
    span = doc.char_span(start, start + 2)
    assert is_post_nominal(span, "MD") is expected


def test_common_word_opening_a_sentence_is_no_person(names_of, nlp):
    text = (
        "Harvest the okra when young. Okra is best fried. We also like to fry okra "
        "with cumin, and to roast okra with salt."
    )
    ents = {ent.text: ent.label_ for ent in nlp(text).ents}
    assert ents.get("Okra") == "PERSON"
    assert "Okra" not in names_of(text)


def test_given_name_opening_a_sentence_stays_a_person(names_of):
    text = "Grace thanked the crowd. She said grace before dinner, and grace was short."
    assert names_of(text).get("Grace") == "PERSON"


def test_generic_technical_acronym_is_no_mention(names_of, nlp):
    text = "Phones that send MMS messages cost more, and MMS use is growing fast."
    assert [ent.label_ for ent in nlp(text).ents] == ["ORG", "ORG"]
    assert "MMS" not in names_of(text)


def test_numbered_part_of_a_page_is_no_law(names_of, nlp):
    text = (
        "Sources\n"
        "- The Quorvex Saga, Chapter 12 (The Long Night)\n"
        "- The Quorvex Saga, Chapter 31 (The Battle of Brennor)\n"
    )
    ents = {ent.text: ent.label_ for ent in nlp(text).ents}
    assert ents.get("Chapter 31") == "LAW"
    assert "Chapter 31" not in names_of(text)


def test_divisions_of_a_statute_stay_laws(nlp):
    doc = nlp("Tenants may keep Section 9 housing or move to Section 8 vouchers.")
    words = WordCase.of(doc)
    for ent in doc.ents:
        if ent.text.startswith("Section"):
            assert not _numbered_part(ent, ent.text, words)


def test_name_and_minute_is_not_a_numbered_part(nlp):
    text = "Kezman scored late.\n\nLampard 12, Kezman 74, Kezman 88."
    doc = nlp(text)
    words = WordCase.of(doc)
    start = text.index("Kezman 74")
    span = doc.char_span(start, start + len("Kezman 74"), label="LAW")
    assert not _numbered_part(span, "Kezman 74", words)


def test_dockerfile_line_holds_no_entity(names_of):
    text = (
        "And the Dockerfile like this:\n"
        "FROM python:3.8-slim\n"
        "COPY Gemfile Gemfile.lock /app/\n"
        "RUN bundle install\n"
        "WORKDIR /app\n"
        "COPY Quorvex /app\n"
        "CMD flask run\n"
        "FROM THE ARCHIVE\n"
        "Shares of Quorvex Holdings rose on Monday."
    )
    names = names_of(text)
    assert not any(name.startswith("COPY") for name in names)
    assert "Quorvex Holdings" in names


def test_dockerfile_instruction_opens_a_code_line():
    assert _is_code_line("COPY Gemfile Gemfile.lock /app/")
    assert _is_code_line("RUN pip install poetry")
    assert not _is_code_line("FROM THE ARCHIVE: Paris in 1920")
    assert not _is_code_line("ADD Comment")


def test_wire_table_abbreviations_are_no_entities(names_of):
    names = names_of(
        "Quorvex Bancorp said quarterly profit rose.\n\n"
        "Shr 31 cts vs NA\n\nNet 4,120,000 vs 3,055,000\n\n"
        "Grade 12 PCT sold at 301 cents a bushel, up 2 PCT on the week."
    )
    assert "NA" not in names and "PCT" not in names


def test_ec_is_the_community_where_the_document_says_so(nlp):
    text = (
        "The EC Commission rejected all bids to export barley to non-EC countries, "
        "traders said. EC officials gave no reason."
    )
    names = {m.text: m.canonical_name for m in extract_entities(nlp(text), "t")}
    assert names.get("EC") == "European Community"
    elsewhere = {
        m.text: m.canonical_name for m in extract_entities(nlp("The EC fined the firm."), "t")
    }
    assert elsewhere.get("EC", "EC") == "EC"


def test_file_name_in_a_path_is_no_name(names_of):
    text = "Open conf/Setup.ini in an editor, then run tools/Build.sh from the top folder."
    names = names_of(text)
    assert not {"Setup.ini", "Build.sh"} & set(names)


def test_a_credit_rating_grade_is_no_organisation_where_the_text_speaks_of_ratings(nlp):
    text = (
        "Harwell Capital Corp said Moody's gave its new notes a rating of AAA. "
        "Duff and Phelps raised the debt to D/P-4 from D/P-6."
    )
    names = {m.text for m in extract_entities(nlp(text), "t")}
    assert not names & {"AAA", "D/P-4", "D/P-6"}


def test_letters_like_a_grade_stay_where_nothing_is_rated(nlp):
    text = "The Commodity Credit Corporation, CCC, said it bought 40,000 tonnes of wheat."
    assert "CCC" in {m.text for m in extract_entities(nlp(text), "t")}
