"""Theme recall, round 35 (issue 18): a short wire story names its theme once, in its
headline and its first sentence. A word of the theme that qualifies the noun the
headline tells the news by, a headline's trade verb, and a bank's balance-sheet rows.
Small stories written for the tests; each case failed before the change it tests."""

from __future__ import annotations

from .theme_helpers import themes


def test_a_word_qualifying_the_headline_noun_tells_a_short_story(nlp, shipped):
    text = (
        "Kestrel Data Inc said it signed a software contract with Brightwater Mutual Bank. "
        "The contract runs for three years, Kestrel said."
    )
    assert "technology_internet" in themes(nlp, shipped, text, "KESTREL DATA <KDI> WINS CONTRACT")


def test_a_word_qualifying_the_headline_noun_through_a_preposition(nlp, shipped):
    text = (
        "Norland has invited its neighbour to ministerial talks on bilateral cooperation "
        "in fisheries, an official said. No date has been set for the meeting yet."
    )
    assert "diplomacy" in themes(nlp, shipped, text, "NORLAND PROPOSES FISHERIES TALKS")


def test_the_same_word_beside_another_noun_is_no_news(nlp, shipped):
    # "software" qualifies "licence", not the headline's "contract".
    text = (
        "Kestrel Data Inc said it signed a contract with Brightwater Mutual Bank, which "
        "holds a software licence from Kestrel. The contract runs for three years."
    )
    assert "technology_internet" not in themes(
        nlp, shipped, text, "KESTREL DATA <KDI> WINS CONTRACT"
    )


def test_a_long_story_needs_more_than_its_first_sentence(nlp, shipped):
    filler = " ".join(
        f"The company opened its {n} branch office in the northern region this spring."
        for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
    )
    text = (
        "Kestrel Data Inc said it signed a software contract with Brightwater Mutual Bank. "
        + filler * 3
    )
    assert len(text) > 1600
    assert "technology_internet" not in themes(
        nlp, shipped, text, "KESTREL DATA <KDI> WINS CONTRACT"
    )


def test_a_headline_verb_tells_trade(nlp, shipped):
    text = (
        "Norland announced a tender to import 50,000 tonnes of white sugar. "
        "The imports will make up for a poor harvest, the state buyer said."
    )
    assert "trade" in themes(nlp, shipped, text, "NORLAND TO IMPORT 50,000 TONNES OF SUGAR")


def test_a_bank_results_table_is_banking(nlp, shipped):
    text = (
        "Shr 41 cts vs 38 cts\n\nNet 1,204,000 vs 1,101,000\n\n"
        "Deposits 310.4 mln vs 295.2 mln\n\nLoans 201.7 mln vs 188.9 mln"
    )
    assert "banking" in themes(nlp, shipped, text, "HARWICK CORP <HWK> YEAR NET")
