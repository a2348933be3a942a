"""Company names of wire copy (issue 17, round 15): a line listing companies with their
tickers is prose, not code; a company's short name takes its name with a legal form
among several longer names; a firm's "and Co" the model took apart is one name."""

from __future__ import annotations

import pytest

from tasks.entities import extract_entities


@pytest.fixture(scope="module")
def extract(nlp):
    def run(text: str) -> list:
        return extract_entities(nlp(text), "t")

    return run


def test_a_line_of_companies_and_tickers_is_no_code(extract):
    from tasks.entity_filters import _is_code_line

    line = (
        "The lenders are Brackwater Savings Corp <BWS>, Quenford Financial Corp <QFC> "
        "and Tarrowmere Holdings Inc <TAR>."
    )
    assert not _is_code_line(line)
    assert _is_code_line("<div>Brackwater Savings</div>")
    names = {m.canonical_name for m in extract("Rating agencies reviewed six banks.\n\n" + line)}
    assert {"Brackwater Savings Corp", "Quenford Financial Corp"} <= names


def test_a_short_name_takes_the_long_form_that_only_adds_a_legal_form(extract):
    text = (
        "Marrowby Corp's Marrowby U.K. Ltd said it began work on a rig off the coast.\n\n"
        "Marrowby said on Monday the rig would be ready next year, Marrowby said."
    )
    short = [m for m in extract(text) if m.text == "Marrowby"]
    assert short and all(m.canonical_name == "Marrowby Corp" for m in short)


def test_a_firm_taken_apart_at_its_and_co_is_one_name(nlp):
    from spacy.tokens import Span

    from tasks.entity_spans import with_partners

    doc = nlp("The shares were placed by Fennick Marlow and Co Inc on Friday.")
    firm, partner = Span(doc, 5, 7, label="ORG"), Span(doc, 8, 10, label="ORG")
    assert (firm.text, partner.text) == ("Fennick Marlow", "Co Inc")
    assert [s.text for s in with_partners([firm, partner])] == ["Fennick Marlow and Co Inc"]
    places = nlp("Trade between Brazil and Colombia grew.")
    apart = [Span(places, 2, 3, label="GPE"), Span(places, 4, 5, label="GPE")]
    assert with_partners(apart) == apart
