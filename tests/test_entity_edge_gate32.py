"""The gate in front of the edge repairs (issue 17, round 32, cost): a mention with no
word the repairs look for at its edges skips them; one with such a word runs them, and
the repairs it lets through still change the span."""

from __future__ import annotations


def test_a_plain_mention_skips_the_edge_repairs(nlp):
    from spacy.tokens import Span

    from tasks.entity_spans import may_repair_at_edges

    doc = nlp("On Monday the mayor of Tarnholt visited Quillby Mills and left.")
    assert not may_repair_at_edges(Span(doc, 5, 6, label="GPE"))
    assert not may_repair_at_edges(Span(doc, 7, 9, label="ORG"))


def test_a_word_a_repair_looks_for_opens_the_gate(nlp):
    from spacy.tokens import Span

    from tasks.entity_spans import may_repair_at_edges, with_legal_form

    doc = nlp(
        "Shares in Quillby Mills Ltd rose, and Robert di Clemente said 7 Dwarfs and Orrin Corp met."
    )
    firm = Span(doc, 2, 4, label="ORG")
    assert may_repair_at_edges(firm)
    assert with_legal_form(firm).text == "Quillby Mills Ltd"
    assert may_repair_at_edges(Span(doc, 10, 11, label="PERSON"))  # after the particle "di"
    assert may_repair_at_edges(Span(doc, 13, 14, label="ORG"))  # after a number
    assert may_repair_at_edges(Span(doc, 15, 17, label="ORG"))  # after "and"
    assert may_repair_at_edges(Span(doc, 2, 5, label="ORG"))  # three words
    joined = nlp("Staff of the Quarry Safety and Rescue Board met.")
    assert may_repair_at_edges(Span(joined, 4, 6, label="ORG"))  # ends on "and"
    campus = nlp("She studied at Harlow University, Dunmore last year.")
    assert may_repair_at_edges(Span(campus, 3, 5, label="ORG"))  # a comma after it
