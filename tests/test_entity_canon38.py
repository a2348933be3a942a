"""Canonical names (issue 17, round 38): a state's AP abbreviation spaced as wire copy
spaces it ("W. Va.", tasks/entity_places.py ``state_abbreviations``), the United
States' federal bureaus written after the country and cities GeoNames names by another
transliteration (tasks/data/entity_aliases.toml), and a country's public health agency
(tasks/data/entity_wire.toml)."""

from __future__ import annotations


def _canonical(mentions: list, text: str) -> list[str]:
    return [m.canonical_name for m in mentions if m.text == text]


def test_a_spaced_state_abbreviation_is_the_state(extract):
    found = extract(
        "Acme Coke Co said it would close its coke plant at Wellsburg, W. Va., in June "
        "and cut 300 jobs.\n"
    )
    assert _canonical(found, "W. Va.") == ["West Virginia"]


def test_a_federal_bureau_after_the_country_takes_its_own_name(extract):
    found = extract(
        "The U.S. Mint said it is seeking offers on 2,000,000 lbs of copper.\n\n"
        "Offers are due on Friday, the Mint said.\n"
    )
    assert _canonical(found, "U.S. Mint") == ["United States Mint"]
    assert _canonical(found, "Mint") == ["United States Mint"]


def test_a_city_keeps_its_english_name_not_the_gazetteers(extract):
    found = extract(
        "Iraq said its forces repelled an attack near Basra overnight. Fighting near "
        "Basra has raged for weeks.\n"
    )
    assert set(_canonical(found, "Basra")) == {"Basra"}


def test_a_public_health_agency_takes_its_country(extract):
    found = extract(
        "Anders Lund, an adviser at Sweden's Public Health Agency, said schools would "
        "stay open. Sweden has not closed its shops.\n\nThe Public Health Agency will "
        "review the advice next week, Lund said.\n"
    )
    assert set(_canonical(found, "Public Health Agency")) == {"Public Health Agency of Sweden"}
