"""Partnerships named by their partners' surnames (issue 17, round 30): a law firm, a
broker or a buy-out house written "Hale, Moss, Orr and Penn" is one organisation where
the text gives a firm's evidence for it, and its first two names written together are
its short name; a list of people or of places with the same shape is left alone."""

from __future__ import annotations


def _named(mentions: list, text: str) -> list:
    return [m for m in mentions if m.text == text]


def test_a_law_firm_after_a_partner_is_one_organisation(extract):
    found = extract(
        "Tom Quayle, a partner with Farrant, Ebbsworth, Tull and Preston, said the "
        "ruling would stand."
    )
    firm = _named(found, "Farrant, Ebbsworth, Tull and Preston")
    assert [(m.label, m.canonical_name) for m in firm] == [
        ("ORG", "Farrant, Ebbsworth, Tull and Preston")
    ]
    assert not [m for m in found if m.label == "PERSON" and m.text in ("Ebbsworth", "Tull")]


def test_a_broker_that_managed_a_deal_is_one_organisation(extract):
    found = extract(
        "The debentures are rated single-B. Pardoe, Lanyon and Ricketts co-managed the issue."
    )
    assert [m.label for m in _named(found, "Pardoe, Lanyon and Ricketts")] == ["ORG"]


def test_the_first_two_names_together_are_the_firms_short_name(extract):
    found = extract(
        "Brantwell Inc agreed to be bought by <Garside, Quilter, Amory and Venn IV>.\n\n"
        "The price is better than the one agreed with Garside Quilter in March."
    )
    short = _named(found, "Garside Quilter")
    assert [(m.label, m.canonical_name) for m in short] == [
        ("ORG", "Garside, Quilter, Amory and Venn")
    ]


def test_surnames_given_first_names_elsewhere_are_people(extract):
    found = extract(
        "Anna Farrant, Bill Ebbsworth and Carl Tull joined the board. "
        "Farrant, Ebbsworth and Tull co-managed the issue."
    )
    assert not _named(found, "Farrant, Ebbsworth and Tull")
    assert [m.label for m in _named(found, "Tull")] == ["PERSON"]


def test_a_list_of_places_is_no_firm(extract):
    found = extract("The bank's brokers in London, Paris and Frankfurt sold the notes.")
    assert not _named(found, "London, Paris and Frankfurt")
