"""Theme recall, round 17 (issue 18): a headline's verb tells a wire story's subject
("HOLLAND PUMPS <HLP> TO BUY MERRIN VALVES"): a theme's ``headline`` words are
evidence in a title, whatever the tagger reads them as, and only beside evidence of
the theme in the text, on small articles written for the tests."""

from __future__ import annotations

import pytest

from core.errors import DossierError
from tasks import themes as t
from tasks.themes import parse_taxonomy

from .theme_helpers import themes

VALVE_PURCHASE = (
    "Holland Pumps Inc said on Monday it had completed the purchase of the industrial "
    "valve division of Merrin Corp, paying roughly 12 mln dlrs in cash and stock.\n\n"
    "The division makes pressure valves for water utilities and earned revenues near "
    "nine mln dlrs in 1986, according to Holland Pumps."
)

WHEAT_PURCHASE = (
    "Valdoria bought 20,000 tonnes of soft wheat from European traders for shipment "
    "in May, grain exporters in Hamburg said.\n\n"
    "The cargo was priced at about 98 dlrs a tonne, the traders said, and the country "
    "is expected to seek another 30,000 tonnes next month."
)


def test_a_headline_verb_tells_a_takeover_the_text_tells_once(nlp, shipped, monkeypatch):
    # Without the first sentence's phrase (themes.STATED_PHRASES, which now tells this
    # notice by "completed the purchase"), the headline verb is what tells it.
    monkeypatch.setattr(t, "STATED_PHRASES", 99)
    assert "mergers_acquisitions" not in themes(nlp, shipped, VALVE_PURCHASE)
    title = "HOLLAND PUMPS <HLP> TO BUY MERRIN VALVES"
    assert "mergers_acquisitions" in themes(nlp, shipped, VALVE_PURCHASE, title)


def test_a_headline_verb_in_mixed_case_counts_too(nlp, shipped):
    title = "Merrin valve unit bought by Holland Pumps"
    assert "mergers_acquisitions" in themes(nlp, shipped, VALVE_PURCHASE, title)


def test_a_headline_verb_without_the_theme_in_the_text_is_no_evidence(nlp, shipped):
    title = "VALDORIA BUYS 20,000 TONNES OF WHEAT"
    assert "mergers_acquisitions" not in themes(nlp, shipped, WHEAT_PURCHASE, title)


def test_headline_terms_are_words(nlp):
    with pytest.raises(DossierError, match="headline terms must be lower-case words"):
        parse_taxonomy(
            '[subjects]\neconomy = "economy"\n'
            '[[themes]]\nid = "deals"\nparent = "economy"\npatterns = ["merger"]\n'
            'headline = ["buy out"]\n',
            "test",
        )


TRADE_POLICY = (
    "Valdoria will ask its main trading partners to back a review of farm subsidies "
    "at the next GATT meeting in Geneva, its economy minister said on Tuesday.\n\n"
    "The minister said trade relations with the European Community had worsened since "
    "parliament passed a trade bill last month, and that the government would defend "
    "its policy before the ministers in Geneva."
)


def test_trade_policy_in_wire_words_is_trade(nlp, shipped):
    assert "trade" in themes(nlp, shipped, TRADE_POLICY)
