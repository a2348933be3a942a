"""Theme recall, round 25 (issue 18): words a short notice is plainly about that the
taxonomy lacked (a share offer and its over-allotment option; the offers of the UK
Takeover Code, a bidder for a company, holders who take a company private; a
government's tap stock; AIDS tests and the AIDS virus; hydroelectric power; electronic
warfare; a bank holding company and a savings and loan; quote tables headed by exchange
rates or a market's kerb), on small stories written for the tests. Each case failed
before the vocabulary it tests."""

from __future__ import annotations

import pytest

from tasks.themes import extract_themes, tag_titles

from .theme_helpers import themes

CASES = [
    (
        "VELDRAN TOOLS FILES SHARE OFFER",
        "Veldran Tools Inc said it filed to sell 1.5 mln shares of common stock through "
        "two underwriters.\n\nThe shares do not include 200,000 shares covered by an "
        "over-allotment option, the company said.",
        {"markets"},
    ),
    (
        "KASTELL BOARD SILENT ON ORVANE OFFER",
        "Kastell Holdings Plc said its board makes no recommendation on the partial offer "
        "of 450p per share from Orvane Group.\n\nThe board would not recommend a general "
        "offer at that price either, it said.",
        {"mergers_acquisitions"},
    ),
    (
        "BRANWELL TALKS TO THIRD BIDDER",
        "Branwell Inc said it is talking with a possible third bidder for the company."
        "\n\nThe company put off its annual meeting to June 30.\n\nThat meeting was "
        "called to vote on a merger agreement with Tarrant Corp.",
        {"mergers_acquisitions"},
    ),
    (
        "ORVANE LABS TO SELL AIDS TEST",
        "Orvane Laboratories Inc said it will sell a new AIDS test to blood banks.\n\n"
        "The test finds antibodies to the AIDS virus in ten minutes, the company said.",
        {"pandemic", "healthcare"},
    ),
    (
        "KASTELL MINING TO STUDY POWER PROJECT",
        "Kastell Mining Inc said an engineering firm will study using the water from its "
        "mine to produce hydroelectric power.\n\nIf the study succeeds, the company will "
        "seek partners in the hydroelectricity business.",
        {"renewable_energy"},
    ),
    (
        "TARRANT GETS NAVY SUPPORT PACT",
        "Tarrant Systems Inc said it received a three mln dlr contract to support the "
        "Navy's electronic warfare programs.",
        {"arms_military_spending"},
    ),
    (
        "NORVANE TO BUY KASTELL FEDERAL",
        "Norvane Corp said it agreed to acquire Kastell Federal, a savings and loan in "
        "Ohio, for 20 mln dlrs.\n\nThe purchase needs the approval of regulators, "
        "Norvane said.",
        {"banking"},
    ),
    (
        "VALDORIAN TREASURY SETS TAP ISSUE",
        "The Valdorian Treasury will sell between four and six billion crowns of tap stock "
        "at its monthly tender on Thursday, dealers said.\n\nThe issue comes in two "
        "fixed rate tranches.",
        {"markets", "public_debt"},
    ),
    (
        "BRANWELL STORES GETS BUYOUT PROPOSAL",
        "Branwell Stores Corp said holders of 60 pct of its stock offered to take the "
        "company private at 22 dlrs per share.\n\nThe board will consider the proposal "
        "on May 3, the company said.",
        {"mergers_acquisitions"},
    ),
]


@pytest.mark.parametrize(("title", "text", "wanted"), CASES)
def test_a_notices_own_words_give_its_theme(nlp, shipped, title, text, wanted):
    assert wanted <= themes(nlp, shipped, text, title)


@pytest.mark.parametrize(
    "text",
    [
        "VALDORIA EXCHS CLOSING - MAY 4\n\nUS  1.2040/50\n\nSTG  1.9410/30\n\nYEN  0.8820/40",
        "KASTELL SUGAR KERBS - MAY 4\n\nWHITE  1160/62\n\nRAW  1171/75",
    ],
)
def test_a_quote_table_of_exchange_rates_or_kerb_prices_is_a_market(nlp, shipped, text):
    (title,) = tag_titles(nlp, [""], [text])
    assert "markets" in {m.theme for m in extract_themes(nlp(text), "t", shipped, title)}


def test_the_bidders_of_a_bill_tender_buy_no_company(nlp, shipped):
    """A bidder is a takeover's word only beside its required context."""
    title = "VALDORIA SELLS THREE-MONTH BILLS"
    text = (
        "The Valdorian Treasury sold 900 mln crowns of three-month bills at its weekly "
        "tender on Monday, the central bank said.\n\nSuccessful bidders paid an average "
        "yield of 6.12 pct, and the lowest bidder was allotted 40 pct."
    )
    assert "mergers_acquisitions" not in themes(nlp, shipped, text, title)
