"""A brief, an outlook or a resolution speaks for whoever the text says wrote or
passed it, as a report or a statement does."""

from .quote_helpers import speaker_of


def test_a_brief_named_for_its_department_is_the_departments(quotes_of):
    quotes = quotes_of(
        "The Treasury filed a brief with the trade court on Monday.\n\n"
        '"The rules were never meant to cover these imports," the Treasury brief said.'
    )
    assert speaker_of(quotes, "never meant to cover") == "Treasury"


def test_an_outlook_named_for_its_author_is_the_authors(quotes_of):
    quotes = quotes_of(
        "The Northfield Institute for Economic Research published its spring forecasts "
        "on Tuesday.\n\n"
        '"Growth will slow sharply next year," the Northfield Institute outlook said.'
    )
    assert speaker_of(quotes, "Growth will slow") == "Northfield Institute for Economic Research"
