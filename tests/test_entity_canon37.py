"""Canonical names (issue 17, round 37): a curated company takes the fullest form the
document writes under another name with its legal form, or with "and" for its "&"
(bench/data/JUDGING.md, round 35: legal form included when written; tasks/entities.py
``_curated_as_written``), a body known by a short form its own
spelling, wire copy's "Statistics Bureau" the name its country gives it
(tasks/data/entity_wire.toml), and "the Gulf" the sea its story means
(tasks/data/entity_aliases.toml), cut before a day's adverb ("the Gulf today",
tasks/entity_spans.py ``trimmed``)."""

from __future__ import annotations


def _canonical(mentions: list, text: str) -> list[str]:
    return [m.canonical_name for m in mentions if m.text == text]


def test_a_curated_company_takes_the_legal_name_the_document_writes(extract):
    found = extract(
        "American Telephone and Telegraph Co said on Friday it would cut long-distance "
        "rates.\n\nATT said the cut would cost it 300 mln dlrs a year."
    )
    assert _canonical(found, "ATT") == ["American Telephone and Telegraph Co"]
    # The key stays the curated company's, whatever form each story writes.
    assert {m.entity_key for m in found if m.text == "ATT"} == {"ORG:at-t"}


def test_a_curated_company_named_without_its_legal_form_keeps_its_curated_name(extract):
    found = extract("Analysts at ATT said on Friday long-distance rates would fall.\n")
    assert _canonical(found, "ATT") == ["AT&T"]


def test_a_curated_name_with_and_for_its_ampersand_stays_as_written(extract):
    found = extract(
        "The notes of Fernhill Mills Inc are rated B-plus by Standard and Poor's, "
        "bankers said on Tuesday. The debentures are rated B-minus by Standard and Poor's.\n"
    )
    assert set(_canonical(found, "Standard and Poor's")) == {"Standard and Poor's"}
    assert {m.entity_key for m in found if m.text == "Standard and Poor's"} == {
        "ORG:standard-poor-s"
    }


def test_a_body_keeps_its_own_spelling_of_its_name(extract):
    found = extract(
        "Growth in Portugal will slow next year, the Organisation for Economic "
        "Cooperation and Development (OECD) said on Monday.\n\nThe OECD expects "
        "inflation to ease.\n"
    )
    spelt = "Organisation for Economic Co-operation and Development"
    assert set(_canonical(found, "OECD")) == {spelt}


def test_the_trade_ministry_of_japan_in_wire_word_order(extract):
    found = extract(
        "Japan will ask chip makers to cut output, the International Trade and Industry "
        "Ministry said on Thursday.\n"
    )
    names = _canonical(found, "International Trade and Industry Ministry")
    assert names == ["Ministry of International Trade and Industry"]


def test_the_new_york_metals_exchange_by_its_short_name(extract):
    found = extract("Gold futures on Comex rose two dlrs an ounce on Monday, dealers said.\n")
    assert _canonical(found, "Comex") == ["Commodity Exchange"]


def test_the_statistics_bureau_of_an_australian_story(extract):
    found = extract(
        "Retail sales in Australia rose 1.2 pct in May, the Statistics Bureau said.\n\n"
        "Sales in Australia had fallen in April, the Bureau said.\n"
    )
    assert set(_canonical(found, "Statistics Bureau")) == {"Australian Bureau of Statistics"}


def test_the_gulf_of_a_story_on_iran_is_the_persian_gulf(extract):
    found = extract(
        "Iraq said its warplanes hit two tankers in the Gulf today, shipping sources "
        "said. Iran denied it.\n"
    )
    gulf = [m for m in found if m.text == "Gulf"]
    assert [(m.label, m.canonical_name) for m in gulf] == [("LOC", "Persian Gulf")]


def test_the_gulf_of_a_grain_story_is_the_gulf_of_mexico(extract):
    found = extract(
        "Exporters sold 200,000 tonnes of corn for shipment from the U.S. Gulf, at 2.10 "
        "dlrs a bushel. Barges to the Gulf were scarce.\n"
    )
    assert set(_canonical(found, "U.S. Gulf")) == {"Gulf of Mexico"}
    assert set(_canonical(found, "Gulf")) == {"Gulf of Mexico"}


def test_a_curated_name_with_a_legal_form_added_keeps_the_curated_name(extract):
    found = extract("Microsoft Corp said on Tuesday that sales rose. Microsoft said more.\n")
    assert set(_canonical(found, "Microsoft")) == {"Microsoft"}


def test_a_building_named_after_a_curated_exchange_is_no_product(extract):
    found = extract("Traders left the Commodity Exchange Center in New York early on Friday.\n")
    assert {m.label for m in found if m.text == "Commodity Exchange Center"} == {"ORG"}
