"""Theme recall, round 41 (issue 18): documents missing an obvious theme, on small
articles written for the tests."""

from __future__ import annotations

from tasks.themes import _company_telling, _headline_company_named, _suffixed_subject, tag_titles

from .theme_helpers import themes


def test_a_headline_name_with_its_legal_form_is_the_texts_company(nlp):
    # The headline writes the name with its legal form; the text writes it after "The".
    text = (
        "The Harrowgate Paint Co said its coatings division will raise the prices of its "
        "marine enamels by four cts a gallon from May 1."
    )
    (title,) = tag_titles(nlp, ["HARROWGATE PAINT CO <HPC> UNIT RAISES PRICES"], [text])
    doc = nlp(text)
    start, end = _headline_company_named(doc, title)
    assert doc[start:end].text == "Harrowgate Paint Co"


def test_a_subject_ending_with_a_legal_form_is_a_company(nlp):
    doc = nlp(
        "Northern Cable and Wire Co has received a 12 mln dlr contract to lay cable "
        "for the Navy, the Navy said."
    )
    subject = next(token for token in doc if token.dep_ == "nsubj")
    found = _suffixed_subject(subject)
    assert found is not None and doc[found[0] : found[1]].text.endswith("Wire Co")
    assert _company_telling(doc) is not None


def test_a_subject_in_lower_case_words_is_no_company_name(nlp):
    doc = nlp("The small brokers of the Co said rates would fall.")
    subject = next(token for token in doc if token.dep_ == "nsubj")
    assert _suffixed_subject(subject) is None


def test_a_company_acting_under_its_full_name_is_company_news(nlp, shipped):
    title = "NCW <NCW> GETS NAVY CONTRACT"
    text = (
        "Northern Cable and Wire Co has received a 12 mln dlr contract to lay cable "
        "for the Navy, the Navy said."
    )
    assert "companies_industry" in themes(nlp, shipped, text, title)
