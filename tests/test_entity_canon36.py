"""Canonical names (issue 17, round 36): a company the text names without its legal form
takes the full name its headline opens with (tasks/entity_short_names.py
``headline_legal_names``); a market's short form made of its full name's first and last
words takes that name (``contracted_names``); bodies known by a short form take their
usual full names (tasks/data/entity_names.toml)."""

from types import SimpleNamespace

import pytest

from tasks.entities import extract_entities
from tasks.entity_firm_spans import names_before_tickers
from tasks.entity_short_names import contracted_names


@pytest.fixture(scope="module")
def extract_of(nlp):
    def run(text: str, title: str | None = None) -> list:
        return extract_entities(nlp(text), "t", title=title)

    return run


def _canonical(mentions: list, text: str) -> set[str]:
    return {m.canonical_name for m in mentions if m.text == text}


def test_a_company_named_without_its_form_takes_the_headlines_full_name(extract_of):
    text = (
        "Brellco said its Pinewood Castings unit formed a joint venture with a Korean "
        "maker of pumps. Brellco shares rose 2 dlrs.\n"
    )
    found = extract_of(text, title="BRELLCO INC <BRL> UNIT FORMS JOINT VENTURE")
    assert _canonical(found, "Brellco") == {"Brellco Inc"}


def test_a_headline_that_does_not_open_with_the_name_gives_no_full_name(extract_of):
    text = (
        "Brellco said its Pinewood Castings unit formed a joint venture with a Korean "
        "maker of pumps. Brellco shares rose 2 dlrs.\n"
    )
    found = extract_of(text, title="PINEWOOD TO JOIN BRELLCO INC <BRL> VENTURE")
    assert _canonical(found, "Brellco") == {"Brellco"}


def _mention(name: str, start: int, label: str = "ORG"):
    span = SimpleNamespace(start_char=start, end_char=start + len(name))
    return SimpleNamespace(span=span, name=name, label=label, canonical=name, pinned=False)


def test_a_markets_first_and_last_words_contracted_take_its_full_name():
    full = _mention("Pacific Stock Exchange", 0)
    short = _mention("Pacex", 60)
    contracted_names([full, short], lambda name: False)
    assert short.canonical == "Pacific Stock Exchange"


def test_first_and_last_words_of_two_full_names_give_neither():
    exchange = _mention("Pacific Stock Exchange", 0)
    express = _mention("Pacific Rail Express", 30)
    short = _mention("Pacex", 60)
    contracted_names([exchange, express, short], lambda name: False)
    assert short.canonical == "Pacex"


@pytest.mark.parametrize(
    ("sentence", "short", "full"),
    [
        (
            "Oil ministers of OPEC meet in Vienna on Monday to review output quotas.\n",
            "OPEC",
            "Organization of Petroleum Exporting Countries",
        ),
        (
            "The Bundesbank left its discount rate at 3 pct, dealers in Frankfurt said.\n",
            "Bundesbank",
            "Deutsche Bundesbank",
        ),
    ],
)
def test_a_body_known_by_its_short_form_takes_its_usual_full_name(
    extract_of, sentence, short, full
):
    assert _canonical(extract_of(sentence), short) == {full}


def test_companies_written_before_their_tickers_are_found(nlp):
    text = (
        "The Brellwood Industrial Holdings Plc <BRWD.L> said it had bought Tarn Valves "
        "and Pumps Co <TVP> and a unit of Harlow <HRL> for 14 mln stg from Capital "
        "Brellwood/ABC Inc <CBA>. Canada's Tarnel Corp <TNL.TO> and Australian-based Bond "
        "Brellwood Holdings Ltd <BBH.S> bid too, and Pantera's Corp <PNT> did not.\n"
    )
    names = [span.text for span in names_before_tickers(nlp(text), text)]
    # No legal form before "<HRL>": only a ticker, no company's full name; a name after
    # a slash is the end of a slashed name.
    assert names == [
        "Brellwood Industrial Holdings Plc",
        "Tarn Valves and Pumps Co",
        "Tarnel Corp",
        "Bond Brellwood Holdings Ltd",
        "Pantera's Corp",
    ]


def test_a_table_rows_label_before_a_company_and_its_ticker_is_left_out(extract_of):
    text = (
        "Shr Dutch Brellwood Petroleum Co <DBP> 2.30 dlrs vs 2.90 dlrs\n\n"
        "Shr Shell Brellwood and Trading Co PLC <SBT> 1.38 dlrs vs 1.65 dlrs\n"
    )
    names = {m.text for m in extract_of(text)}
    assert "Dutch Brellwood Petroleum Co" in names
    assert "Shell Brellwood and Trading Co PLC" in names
    assert not any(name.startswith("Shr") for name in names)


def test_a_bracketed_short_name_spelling_the_full_names_initials_takes_it(extract_of):
    text = (
        "London and Northern Marine Oil Plc (Lanmo) <LNMO.L> said its reserves rose. "
        "Lanmo said output would grow, and Lanmo shares were up 2p.\n"
    )
    found = extract_of(text)
    assert "London and Northern Marine Oil Plc" in {m.text for m in found}
    assert _canonical(found, "Lanmo") == {"London and Northern Marine Oil Plc"}


def test_a_company_whose_name_ends_in_s_is_no_possessive_of_its_first_word(extract_of):
    text = (
        "Brellino's Corp said it agreed to buy Pizza Barn Inc. Holders will receive 1.4 "
        "shares of Brellino's common stock for each share. Brellino's stock closed at 9.50 "
        "dlrs.\n"
    )
    found = extract_of(text)
    assert _canonical(found, "Brellino's") == {"Brellino's Corp"}
