"""Theme recall, eleventh round (issue 18): a story whose first sentence is a company
telling of itself is company news (``company_news``), on small articles written for
the tests."""

from __future__ import annotations

import pytest

from core.errors import DossierError
from tasks.themes import _company_telling, parse_taxonomy

from .theme_helpers import themes

TAXONOMY = """
version = "test"
[subjects]
economy = "economy"

[[themes]]
id = "companies"
label = "Companies"
parent = "economy"
patterns = ["company", "shares"]
company_news = true
"""


def test_a_company_telling_of_itself_is_company_news(nlp, shipped):
    title = "PELLMONT FASTENERS TO SHUT FOUNDRY"
    text = (
        "Pellmont Fasteners Inc said it will shut its foundry in Ardley next spring and "
        "move the casting work to a newer plant.\n\nAbout 140 people work at the foundry, "
        "which opened in 1961."
    )
    assert "companies_industry" in themes(nlp, shipped, text, title)


def test_the_evidence_is_the_companys_name(nlp):
    doc = nlp("Quillbrook Marine Holdings Ltd said it had launched its third ferry on Monday.")
    start, end = _company_telling(doc)
    assert doc[start:end].text.endswith("Ltd")
    assert doc[start].text == "Quillbrook"


@pytest.mark.parametrize(
    "text",
    [
        # a company quoted on something else is a source, not the story
        "Dunmore Brothers Inc said interest rates would probably fall before the summer.",
        # a central bank has no company suffix
        "The Bank of Veldoria said it had added money to the market through bill purchases.",
        # the company is not the subject
        "Voters in Carrow said the Fennick Corp plant should stay where it is.",
    ],
)
def test_a_company_not_telling_of_itself_is_no_company_news(nlp, text):
    assert _company_telling(nlp(text)) is None


def test_company_news_must_be_true_or_false():
    with pytest.raises(DossierError, match="company_news must be true or false"):
        parse_taxonomy(TAXONOMY.replace("company_news = true", 'company_news = "yes"'), "t")
    theme = parse_taxonomy(TAXONOMY, "t").themes[0]
    assert theme.company_news


def test_a_mark_whose_bracket_the_parser_hangs_elsewhere_is_the_subjects(nlp, shipped):
    # The parser may attach "<" outside the subject "Harnvik Shipping AG <HSAG.F>".
    title = "HARNVIK SHIPPING OPENS ROUTE TO TALLMOOR"
    text = (
        "Harnvik Shipping AG <HSAG.F> said it opened today a weekly container service "
        "from Bremerhaven to Tallmoor.\n\nThe ships will call at two smaller ports on the "
        "way back, a statement said."
    )
    doc = nlp(text)
    start, end = _company_telling(doc)
    assert "HSAG.F" in doc[start:end].text
    assert "companies_industry" in themes(nlp, shipped, text, title)


def test_a_lead_that_names_its_source_last_tells_of_the_company(nlp, shipped):
    title = "CORDALE PAPER TO SHUT ONTARIO MILL"
    text = (
        "Cordale Paper Ltd is shutting its newsprint mill at Elkford Falls in July because "
        "of falling orders, a Cordale spokeswoman said.\n\nThe mill made about 90,000 "
        "tonnes a year and employs 210 people."
    )
    doc = nlp(text)
    start, end = _company_telling(doc)
    assert doc[start:end].text.endswith("Ltd")
    assert "companies_industry" in themes(nlp, shipped, text, title)


def test_a_reported_clause_of_another_subject_is_no_company_news(nlp):
    # the reported clause's subject is not a company: the firm is the source
    text = (
        "Interest rates will probably fall before the summer, Dunmore Brothers Inc said "
        "in a letter to clients."
    )
    assert _company_telling(nlp(text)) is None
