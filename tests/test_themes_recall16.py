"""Theme recall, round 22 (issue 18): wire words a story is plainly about that the
taxonomy lacked (monetary policy and the federal funds rate, savings bonds, a
shareholder rights plan, an unsolicited offer, initial, proposed and secondary
offerings, certificates of deposit, the US PL 480 food sales, warplanes, courier
businesses), on small stories written for the tests. Each case failed before the
vocabulary it tests."""

from __future__ import annotations

import pytest

from .theme_helpers import themes

CASES = [
    (
        "ORVANIA KEEPS MONETARY POLICY UNCHANGED",
        "Orvania's monetary authority will keep monetary policy unchanged for now, its "
        "chairman said.\n\nHe said monetary policy would stay tight until the summer.",
        "macroeconomy",
    ),
    (
        "DEALERS SEE FED FUNDS RATE EASING",
        "Dealers expect the federal funds rate to ease this week after a quiet Monday.\n\n"
        "The Fed funds rate averaged 6.1 pct on Friday, dealers said.",
        "macroeconomy",
    ),
    (
        "ORVANIAN SAVINGS BOND SALES RISE",
        "The Orvanian Treasury said sales of savings bonds rose 12 pct in May to 310 mln "
        "dlrs.\n\nHoldings of savings bonds reached a record 41 billion dlrs.",
        "public_debt",
    ),
    (
        "TARRANT <TRNT> ADOPTS SHAREHOLDER RIGHTS PLAN",
        "Tarrant Industries Inc said its board adopted a shareholder rights plan that "
        "lets holders buy shares at half price if a buyer gains 20 pct of the company."
        "\n\nThe company said the plan was not adopted in response to any approach.",
        "mergers_acquisitions",
    ),
    (
        "GANTRY <GNTY> REJECTS PROPOSAL",
        "Gantry Corp said its board rejected an unsolicited offer of 31 dlrs a share from "
        "an investor group.\n\nThe board said the unsolicited offer was inadequate.",
        "mergers_acquisitions",
    ),
    (
        "QUILLMARSH FILES FOR INITIAL OFFERING",
        "Quillmarsh Corp said it filed for an initial offering of 1.2 mln common shares "
        "at 11 dlrs each.\n\nProceeds will be used to repay debt.",
        "markets",
    ),
    (
        "ORVANIA ISSUES MORE CERTIFICATES OF DEPOSIT",
        "Orvania's central bank issued 3.1 billion crowns of certificates of deposit, "
        "an official said.\n\nThe new certificates of deposit mature in six months to "
        "one year.",
        "markets",
    ),
    (
        "VALDORIA AUTHORIZED TO BUY PL 480 WHEAT",
        "Valdoria has been authorized to buy about 40,000 tonnes of U.S. wheat under an "
        "existing PL 480 agreement, the department said.\n\nThe wheat must be shipped by "
        "the end of September.",
        "trade",
    ),
    (
        "ORVANIA SAYS ITS JETS HIT RIVAL DEPOT",
        "Orvania said its warplanes hit a fuel depot across the border overnight.\n\nA "
        "military spokesman said the warplanes returned safely to base.",
        "armed_conflict",
    ),
    (
        "GANTRY TO BUY PARCEL CARRIER",
        "Gantry Corp said it agreed to buy Swiftpost Ltd, which runs an overnight courier "
        "business in six states.\n\nThe courier business had sales of 80 mln dlrs last "
        "year.",
        "shipping_logistics",
    ),
    (
        "BRANWELL <BRNW> SETS SECONDARY OFFERING",
        "Branwell Metals Inc said it will make a secondary offering of 800,000 common "
        "shares held by its founders.\n\nThe company will receive no proceeds.",
        "markets",
    ),
]


@pytest.mark.parametrize(("title", "text", "theme"), CASES)
def test_a_stories_own_words_give_its_theme(nlp, shipped, title, text, theme):
    assert theme in themes(nlp, shipped, text, title)


def test_monetary_policy_in_passing_is_no_theme(nlp, shipped):
    """One mention of the new words in a story of something else gives no theme."""
    title = "Orvane Airways adds routes"
    text = (
        "Orvane Airways will fly to six new cities from June, the airline said on Monday."
        "\n\nThe carrier will add four aircraft to its fleet. Its chairman said the airline "
        "had grown despite a tight monetary policy. Fares on the new routes start at 40 "
        "dlrs, and the airline expects its passenger numbers to rise by a tenth."
    )
    assert "macroeconomy" not in themes(nlp, shipped, text, title)
