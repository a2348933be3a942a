"""Theme recall and precision, round 30 (issue 18): a company's trade from the word ending
its name (``trade``), quote tables headed after a bracket or by a money-market word,
a treasury's notes; and words read in another sense: a farm agency's credit guarantees,
a bank's word qualifying another trade's name, a legislature as the place of a bombing,
a party as a member's affiliation. Small stories written for the tests; each case
failed before the change it tests."""

from __future__ import annotations

import pytest

from core.errors import DossierError
from tasks.themes import _headline_company, _table_heading, parse_taxonomy, tag_titles

from .theme_helpers import themes

TRADE_CASES = [
    (
        "HALVERN MOTOR CORP <HMC> SEES HIGHER SALES",
        "Halvern Motor Corp said it expects sales to rise this year as its new vehicle "
        "reaches dealers in the spring.\n\nThe company said output at its Ardley plant "
        "would be raised by a shift.",
        "automotive",
    ),
    (
        "CORVIN AIRCRAFT <CVA> TO RESUME TRAINER OUTPUT",
        "Privately held Corvin Aircraft Corp said it will resume production of its two-seat "
        "trainer after new orders from flight schools.\n\nThe company said it would hire 80 "
        "workers at its plant.",
        "aviation_airlines",
    ),
    (
        "BRIGHTWATER SAVINGS <BWS> DEBT AFFIRMED",
        "A rating agency said it affirmed the subordinated debt of Brightwater Savings at "
        "BB and its certificates of deposit at BB-plus.\n\nThe agency said the thrift's "
        "capital remained thin.",
        "banking",
    ),
]


@pytest.mark.parametrize(("title", "text", "theme"), TRADE_CASES)
def test_the_trade_a_company_is_named_for_is_its_story_theme(nlp, shipped, title, text, theme):
    assert theme in themes(nlp, shipped, text, title)


def test_a_results_table_naming_the_trade_only_in_the_name_tells_nothing_of_it(nlp, shipped):
    title = "HALVERN MOTOR CORP <HMC> YEAR NET"
    text = "Shr 1.20 dlrs vs 1.05 dlrs\n\nNet 40.1 mln vs 35.2 mln\n\nRevs 1.1 billion vs 990 mln"
    assert "automotive" not in themes(nlp, shipped, text, title)


def test_a_trade_word_before_the_name_ends_names_no_trade(nlp, shipped):
    # "Bank" qualifies the name's last word: a maker of bank premises, not a bank.
    title = "COURT UPHOLDS BANK EQUIPMENT <BEQ> OFFER"
    text = (
        "Bank Equipment and Supply Corp said a court denied a holder's request to stop "
        "its offer for its own stock.\n\nBank Equipment said the offer for 500,000 shares "
        "at 12 dlrs each expires on June 2. Bank Equipment makes teller counters and vaults."
    )
    assert "banking" not in themes(nlp, shipped, text, title)


def test_a_banks_word_inside_a_name_still_makes_a_bank(nlp, shipped):
    # "Bank" after another word of the name heads it, whatever common word follows.
    title = "HILLCREST BANK SYSTEM <HBS> TO BUY BRANCHES"
    text = (
        "Hillcrest Bank System Inc said it agreed to buy four branches from Dale Federal "
        "Savings for an undisclosed sum."
    )
    assert "banking" in themes(nlp, shipped, text, title)


def test_the_headline_company_is_the_name_before_its_mark(nlp):
    (title,) = tag_titles(nlp, ["HALVERN MOTOR CORP <HMC> SETS PAYOUT"], ["Qtly div 10 cts"])
    assert _headline_company(title).lower() == "halvern motor corp"


def test_trade_terms_must_be_capitalised_names():
    taxonomy = """
version = "test"
[subjects]
economy = "economy"

[[themes]]
id = "cars"
label = "Cars"
parent = "economy"
patterns = ["car"]
trade = ["motors"]
"""
    with pytest.raises(DossierError, match="trade terms must be capitalised names"):
        parse_taxonomy(taxonomy, "t")
    assert parse_taxonomy(taxonomy.replace('"motors"', '"Motors"'), "t").themes[0].trade


def table_themes(nlp, matcher, text: str) -> set[str]:
    """Themes of an untitled ``text`` as a run finds them."""
    (title,) = tag_titles(nlp, [None], [text])
    return {m.theme for m in matcher.match(nlp(text), "t", title)}


FUTURES_PAGE = (
    "CBT CLSG (4) 7-MAY SOYBEANS      OPEN     HIGH\n\n"
    "JUL7  499 1/2  499 3/4\n\nAUG7  500 1/4  501\n\nSEP7  496  497 1/2"
)


def test_a_heading_is_read_past_its_bracket(nlp, shipped):
    assert "SOYBEANS" in _table_heading(FUTURES_PAGE)
    assert "agriculture_food_industry" in table_themes(nlp, shipped, FUTURES_PAGE)


def test_a_vegetable_oil_heading_is_no_petroleum(nlp, shipped):
    text = FUTURES_PAGE.replace("SOYBEANS", "SOYBEAN OIL")
    assert "energy_oil" not in table_themes(nlp, shipped, text)


def test_a_money_market_table_is_a_market(nlp, shipped):
    text = "VALDORIA MONEY RATES - MAY 4\n\nCALL  5-1/2  5-3/8\n\nONE MONTH  5-5/8  5-1/2"
    assert "markets" in table_themes(nlp, shipped, text)


def test_a_money_supply_table_is_no_market(nlp, shipped):
    text = "VALDORIA MONEY SUPPLY REPORT - MAY 4\n\nM1  612.3  610.9\n\nM2  2,801.1  2,790.4"
    assert "markets" not in table_themes(nlp, shipped, text)


def test_a_treasury_note_tender_is_public_debt_and_markets(nlp, shipped):
    title = "NO VALDORIAN TREASURY NOTE TENDER THIS WEEK"
    text = (
        "The Reserve Bank of Valdoria said it will not offer treasury notes for tender this "
        "week.\n\nLast week it sold 300 mln dlrs of 13-week notes."
    )
    assert {"public_debt", "markets"} <= themes(nlp, shipped, text, title)


OTHER_SENSES = [
    (
        "CCC CREDIT GUARANTEES FOR BARLEY TO VALDORIA",
        "The Commodity Credit Corporation, CCC, has authorized 5.0 mln dlrs in credit "
        "guarantees for sales of barley to Valdoria under its export credit guarantee "
        "program, the Agriculture Department said.\n\nThe guarantees raise the year's "
        "program for Valdoria to 60 mln dlrs.",
        "banking",
    ),
    (
        "BLAST IN VALDORIAN PARLIAMENT, NO ONE HURT",
        "A bomb exploded in the Valdorian parliament building early on Monday, a "
        "parliamentary guard said.\n\nNo one was hurt in the blast, which damaged a "
        "corridor. No MPs were in the building at the time of the explosion.",
        "government_legislation",
    ),
    (
        "LAWMAKER SEES BARLEY SALE TO VALDORIA",
        "A farm-state congressman predicted the administration would offer subsidised "
        "barley to Valdoria within two weeks.\n\nHe spoke at a news conference held by "
        "Republican members of the agriculture committee.\n\nAn aide said he had talked "
        "with top Republican officials about the barley sale.",
        "political_parties",
    ),
]


def test_a_banks_credit_guarantee_is_still_banking(nlp, shipped):
    title = "VALDORIA BANK CREDIT GUARANTEES REFUSED"
    text = (
        "Valdoria's state oil firm cancelled a crude purchase after the seller refused to "
        "accept credit guarantees from the Bank of Ardley, a bank its lenders own.\n\nThe "
        "bank said its credit guarantees were good, and its loan book sound."
    )
    assert "banking" in themes(nlp, shipped, text, title)


@pytest.mark.parametrize(("title", "text", "theme"), OTHER_SENSES)
def test_words_in_another_sense_tell_no_theme(nlp, shipped, title, text, theme):
    assert theme not in themes(nlp, shipped, text, title)
