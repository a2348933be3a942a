"""A theme told by one phrase of its own in the text's first sentence reaches its
``min_score`` (``themes.STATED_PHRASES``, issue 18): a wire notice of a sentence or
two has no room for a second match. The first sentence must be one line (not the rows
of a results table), the phrase not one of the theme's ``weak`` patterns nor a name,
and a theme let in this way that the document-level rules do not keep is no
candidate. Small notices written for the tests."""

from __future__ import annotations

from dataclasses import replace

from tasks import themes as t

from .theme_helpers import themes

OFFERING = (
    "Brennick Optics Inc said it intends to make a public offering of 900,000 shares of "
    "its common stock, of which 700,000 shares will be sold by the company.\n\n"
    "Proceeds will be used for general corporate purposes."
)
TITLE = "BRENNICK OPTICS <BRNK> TO MAKE OFFERING"


def test_a_phrase_in_the_first_sentence_tells_a_short_notice(nlp, shipped):
    assert "markets" in themes(nlp, shipped, OFFERING, TITLE)


def test_the_rule_is_what_finds_the_theme(nlp, shipped, monkeypatch):
    """Without the rule one phrase in the lead scores 2, under markets' 3."""
    monkeypatch.setattr(t, "STATED_PHRASES", 99)
    assert "markets" not in themes(nlp, shipped, OFFERING, TITLE)


def test_a_phrase_in_the_second_sentence_is_not_enough(nlp, shipped):
    text = (
        "Brennick Optics Inc said it will close its lens plant in Dorran over the "
        "next year.\n\n"
        "It said the plant was built with money from its public offering of 1984."
    )
    assert "markets" not in themes(nlp, shipped, text, "BRENNICK OPTICS <BRNK> TO CLOSE PLANT")


def test_the_note_under_a_results_table_is_no_first_sentence(nlp, shipped):
    text = (
        "Shr loss six cts vs profit 19 cts\n\n"
        "Net loss 166,000 vs profit 580,000\n\n"
        "Revs 3,772,000 vs 5,545,000\n\n"
        "NOTE: 1986 figures reflect the company's initial public offering in May."
    )
    assert "markets" not in themes(nlp, shipped, text, "BRENNICK OPTICS <BRNK> 4TH QTR LOSS")


def test_a_table_runs_over_lines(nlp):
    assert t._statement_end(nlp("Shr six cts vs 19 cts\n\nNet 166,000 vs 580,000")) == 0
    doc = nlp("Brennick Optics Inc said it will make an offering. It said more later.")
    assert doc[: t._statement_end(doc)].text.endswith("offering.")


def test_a_weak_phrase_is_not_enough(nlp, shipped):
    """An agreement in principle is any agreement: mergers_acquisitions' weak pattern."""
    text = (
        "Brennick Optics Inc said it reached an agreement in principle with its lending "
        "banks on a plan of reorganization.\n\n"
        "It said the plan will be filed within ten days."
    )
    assert "mergers_acquisitions" not in themes(
        nlp, shipped, text, "BRENNICK OPTICS <BRNK> IN PACT WITH LENDERS"
    )


TAKEOVER_PLANS = (
    "Harwick Media, the media company owned by a Canadian investor, is looking at a "
    "move into the board games market.\n\n"
    "Its chief executive said Harwick was studying a takeover of one of the larger "
    "board games makers and had held merger talks with two of them.\n\n"
    "Board games have boomed, with sales of board games up by a third last year, "
    "and board games cafes opening in most cities.\n\n"
    "Analysts said the company could pay for an acquisition from its cash."
)


def test_the_media_company_of_a_takeover_story_is_dropped(nlp, shipped):
    candidates = shipped.candidates(nlp(TAKEOVER_PLANS), "t", nlp("Harwick eyes board games"))
    assert "telecoms_media_business" not in {c.match.theme for c in candidates}


def test_the_rules_are_what_drop_it(nlp, shipped, monkeypatch):
    """Were every candidate kept by the rules, the stated phrase would let it in."""
    fitted = t.features
    monkeypatch.setattr(t, "features", lambda cs: [replace(f, rules=True) for f in fitted(cs)])
    candidates = shipped.candidates(nlp(TAKEOVER_PLANS), "t", nlp("Harwick eyes board games"))
    assert "telecoms_media_business" in {c.match.theme for c in candidates}


def test_a_central_bank_buying_bank_bills_buys_no_bank(nlp, shipped):
    """mergers_acquisitions' senses: a money-market operation, not a takeover."""
    text = (
        "The Bank of Veldoria said it gave the money market assistance worth 106 mln "
        "crowns this afternoon, buying bank bills at the rates set on Monday.\n\n"
        "It said the shortage in the market was now put at 250 mln crowns."
    )
    assert "mergers_acquisitions" not in themes(
        nlp, shipped, text, "VELDORIA MONEY MARKET GIVEN 106 MLN CROWNS HELP"
    )
    deal = "Harlow Corp said it agreed to buy a bank in Ohio for 20 mln dlrs in cash."
    assert "mergers_acquisitions" in themes(nlp, shipped, deal, "HARLOW <HRLW> TO BUY BANK")


# The second sentence of a notice whose first names only who acts (round 26).
MARKET_MAKER = (
    "Dunmore and Co said it is now making a market in Pellow Systems at 12 to 12-1/2.\n\n"
    "The stock was halted on the New York Stock Exchange earlier today pending news."
)
MAKER_TITLE = "DUNMORE MAKING MARKET IN PELLOW SYSTEMS <PLW>"


def test_a_phrase_in_the_second_sentence_tells_a_notice_whose_first_tells_no_theme(nlp, shipped):
    assert "markets" in themes(nlp, shipped, MARKET_MAKER, MAKER_TITLE)


def test_only_the_first_sentence_without_the_untold_opening(nlp, shipped, monkeypatch):
    """The same notice under the first-sentence rule alone: one phrase outside the first
    sentence scores under markets' min_score."""
    monkeypatch.setattr(t, "_told_first", lambda doc: False)
    assert "markets" not in themes(nlp, shipped, MARKET_MAKER, MAKER_TITLE)


def test_a_theme_word_in_the_first_sentence_keeps_the_second_out(nlp, shipped):
    """The first sentence has a theme's word (a bond): the second's phrase is what else."""
    text = (
        "Dunmore and Co said it sold a bond for Pellow Systems to a pension fund.\n\n"
        "Pellow's stock trades on the New York Stock Exchange."
    )
    assert "markets" not in themes(nlp, shipped, text, "DUNMORE SELLS PELLOW <PLW> BOND")


def test_a_table_first_line_is_no_statement(nlp):
    assert not t._told_first(nlp("Shr loss six cts vs profit 19 cts\n\nNet loss 166,000"))
    assert not t._told_first(nlp("Turnover 4.48 billion marks vs 4.29 billion.\n\nIt rose."))
    assert t._told_first(nlp("Dunmore and Co said it is making a market.\n\nMore later."))
