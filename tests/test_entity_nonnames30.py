"""Capitalised words that name no entity (issue 17, round 30): a virus named by its
kind, a money-supply measure in a text on money, a ministry's word in a minister's
title, a kind of chip and a government body's adjective alone; the same words stay
names where they name a party, a body or a road."""

from __future__ import annotations

from dataclasses import dataclass


def _texts(mentions: list) -> set[str]:
    return {m.text for m in mentions}


def test_a_virus_named_by_its_kind_is_no_entity(extract):
    found = extract("The drug slowed Feline Leukaemia Virus in the cats Dr Ana Ruiz treated.")
    assert not {t for t in _texts(found) if "Virus" in t}


def test_a_money_supply_measure_is_no_entity_in_a_text_on_money(extract):
    found = extract("The central bank said money supply M1-B rose three pct while M3 fell.")
    assert not _texts(found) & {"M1-B", "M3"}


@dataclass
class _Found:
    span: object
    label: str
    canonical: str


def test_a_motorway_stays_a_name_in_a_text_not_on_money(nlp):
    from tasks.entity_nonnames import without_non_names

    for text, kept in (
        ("Traffic on the M1 was slow after a crash.", True),
        ("The bank said money supply M1 rose.", False),
    ):
        doc = nlp(text)
        word = next(t for t in doc if t.text == "M1")
        found = _Found(doc[word.i : word.i + 1], "FAC", "M1")
        assert bool(without_non_names([found], text)) is kept


def test_a_ministrys_word_before_minister_is_no_entity(extract):
    found = extract(
        "Labour Minister Ana Ruiz said talks would go on. Chief Cabinet Secretary Taro "
        "Ueda told reporters."
    )
    assert not _texts(found) & {"Labour", "Cabinet"}
    assert {"Ana Ruiz", "Taro Ueda"} <= _texts(found)


def test_a_party_alone_stays_a_name(extract):
    found = extract("Labour won the seat and the Cabinet met on Tuesday, Ana Ruiz said.")
    assert "Labour" in _texts(found)


def test_a_bodys_adjective_alone_and_a_kind_of_chip_are_no_entities(extract):
    found = extract("Congressional sources said the plant will make DRAM chips for Tarvo Inc.")
    assert not _texts(found) & {"Congressional", "DRAM"}
    assert "Congressional Budget Office" in _texts(
        extract("The Congressional Budget Office said the deficit will grow.")
    )
