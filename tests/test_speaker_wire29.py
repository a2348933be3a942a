"""Issue 16, round 29: speakers on wire news. A description by nationality and role
for the one person the text gave that nationality, and a quoted fragment of a
foretold act inside a report, which is the reporter's. Small articles written for
each class."""

from __future__ import annotations


def test_a_nationality_and_role_is_the_compatriot_who_spoke(quotes_of, quote_with):
    text = (
        "Talks on the river dam resumed in Geneva on Monday.\n\n"
        'In a letter to the council, Norwegian delegate Karin Solberg said: "We ask every '
        'party to stop building until the survey is done."\n\n'
        "The Norwegian envoy said the plan broke the \"spirit of the accord we all signed.\""
    )
    quote = quote_with(quotes_of(text), "spirit of the accord")
    assert quote.speaker == "Karin Solberg"


def test_a_nationality_no_one_was_given_names_no_one(quotes_of, quote_with):
    text = (
        "Talks on the river dam resumed in Geneva on Monday.\n\n"
        'In a letter to the council, delegate Karin Solberg said: "We ask every party to stop '
        'building until the survey is done."\n\n'
        "The Danish envoy said the plan broke the \"spirit of the accord we all signed.\""
    )
    quote = quote_with(quotes_of(text), "spirit of the accord")
    assert quote.speaker != "Karin Solberg"


def test_a_fragment_of_a_foretold_reply_is_the_reporters(quotes_of, quote_with):
    text = (
        "Grain exporters met officials in Ottawa on Thursday.\n\n"
        "Trade Representative Ann Booker said on Friday that if the talks failed, the "
        'United States would answer "with force" to defend its growers.'
    )
    quote = quote_with(quotes_of(text), "with force")
    assert quote.speaker == "Ann Booker"


def test_a_fragment_of_a_reply_that_happened_stays_with_its_teller(quotes_of, quote_with):
    text = (
        "Grain exporters met officials in Ottawa on Thursday.\n\n"
        "Trade Representative Ann Booker said on Friday that Canada answered "
        '"with regret" to the offer.'
    )
    quote = quote_with(quotes_of(text), "with regret")
    assert quote.speaker == "Canada"
