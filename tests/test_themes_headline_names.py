"""Theme precision, round 21 (issue 18): a wire headline's name before a company's
mark ("ORLEN TECHNOLOGY <ORTC> OPTIONS"), where the text writes it with its capitals
and no suffix ("the stock of Orlen Technology"), is that company's name: a theme told
only in its words is no theme of the story. Small articles written for the tests; each
misfire has a case beside it where the theme is right."""

from __future__ import annotations

from tasks.themes import TextNames, tag_titles

from .theme_helpers import themes

OPTIONS_LISTING = (
    "The Pacific Stock Exchange said it will start put and call option trading in the "
    "common stock of Orlen Technology on Monday, with expiration months of May, August "
    "and November.\n"
    "Position limits will be 5,500 contracts on the same side of the market, the "
    "exchange said."
)

CHIP_ORDER = (
    "Orlen Technology said it won an order for 20,000 computer chips from a maker of "
    "personal computers, its largest order for the new memory technology.\n"
    "The company said the software and the chips will ship in the second quarter."
)


def test_a_headline_company_name_is_no_theme(nlp, shipped):
    title = "PACIFIC EXCHANGE ADDS ORLEN TECHNOLOGY <ORTC> OPTIONS"
    found = themes(nlp, shipped, OPTIONS_LISTING, title=title)
    assert "companies_industry" in found
    assert "technology_internet" not in found


def test_the_same_company_telling_of_technology_keeps_it(nlp, shipped):
    found = themes(nlp, shipped, CHIP_ORDER, title="ORLEN TECHNOLOGY <ORTC> WINS CHIP ORDER")
    assert "technology_internet" in found


def test_the_headline_name_is_read_as_the_text_writes_it(nlp):
    headline = "PACIFIC EXCHANGE ADDS ORLEN TECHNOLOGY <ORTC> OPTIONS"
    (title,) = tag_titles(nlp, [headline], [OPTIONS_LISTING])
    assert "Orlen Technology" in TextNames.of(nlp(OPTIONS_LISTING), title).marked


def test_a_name_the_text_does_not_write_so_is_no_name(nlp):
    text = "The company said its technology unit will be sold to a rival next year."
    (title,) = tag_titles(nlp, ["ORLEN TECHNOLOGY <ORTC> TO SELL UNIT"], [text])
    assert TextNames.of(nlp(text), title).marked == frozenset()
