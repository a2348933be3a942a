"""Issue 16, round 26: who speaks for a group named for its leader ("a group led by X",
"the Acme Capital group", then "the group"), for a firm by its founder's surname, and
for a name the model cut at "and" after initials. Each a small article written for the
class."""

from __future__ import annotations


def test_a_group_led_by_a_named_investor_speaks_as_the_investor(quotes_of, quote_with):
    text = (
        "A shareholder group led by Denver investor Harold Pinsky said it plans to raise "
        "its stake in Marlow Tools Inc.\n\n"
        "In a filing with the Securities and Exchange Commission, the group said it bought "
        "200,000 shares.\n\n"
        '"We see the company as undervalued and will keep buying," the group said.'
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "raise its stake", indirect=True).speaker == "Harold Pinsky"
    assert quote_with(quotes, "bought 200,000", indirect=True).speaker == "Harold Pinsky"
    assert quote_with(quotes, "keep buying", indirect=True).speaker == "Harold Pinsky"


def test_a_group_headed_by_a_person_and_a_later_group_led_by_a_president(quotes_of, quote_with):
    text = (
        "An investor group headed by Carla Monteverde, which includes Bristow Capital "
        "Corp, said it owns 7.1 pct of Danforth Mills Inc. The group said it may seek "
        "control.\n\n"
        "On Friday Danforth said it would talk with a group led by its president, Owen "
        "Raske, which offered 40 dlrs a share."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "owns 7.1 pct", indirect=True).speaker == "Carla Monteverde"
    assert quote_with(quotes, "seek control", indirect=True).speaker == "Carla Monteverde"


def test_a_group_named_by_the_opening_words_of_a_firm_is_that_firm(quotes_of, quote_with):
    text = (
        "Harbor Lane Capital Partners L.P. said it wants to buy Wexford Fund for cash.\n\n"
        'The Harbor Lane Capital group said lenders had shown interest, "adding we are '
        'sure the money can be raised quickly if the board agrees."'
    )
    quotes = quotes_of(text)
    assert (
        quote_with(quotes, "money can be raised", indirect=True).speaker
        == "Harbor Lane Capital Partners L.P."
    )


def test_a_new_group_is_not_the_earlier_led_group(quotes_of, quote_with):
    text = (
        "A shareholder group led by investor Harold Pinsky said it sold its stake in "
        "Marlow Tools Inc.\n\n"
        "Separately, a group of steel analysts met in Chicago on Monday.\n\n"
        '"Demand is holding up well," the group said.'
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "holding up well", indirect=True).speaker_key is None


def test_a_firm_by_its_founders_surname_is_the_firm(quotes_of, quote_with):
    text = (
        "Metal prices could firm in the coming weeks, bullion dealers Arthur Pemberton "
        "and Co Ltd said in a monthly review.\n\n"
        '"Buyers remain cautious and the market lacks direction," Pemberton said.'
    )
    quotes = quotes_of(text)
    assert (
        quote_with(quotes, "lacks direction", indirect=True).speaker
        == "Arthur Pemberton and Co Ltd"
    )


def test_initials_cut_off_at_and_are_the_names_own(quotes_of, quote_with):
    text = (
        "LK and B Royalty Trust said its royalty income fell sharply last year. "
        '"The decline reflects lower gas prices," the trust said.'
    )
    quotes = quotes_of(text)
    found = quote_with(quotes, "lower gas prices", indirect=True)
    assert found.speaker == "LK and B Royalty Trust"
    assert found.speaker_title is None


def test_a_group_led_by_two_people_speaks_as_both(quotes_of, quote_with):
    text = (
        "A group led by Boston investors Frank Delano and Harriet Oakes said it lowered "
        "its stake in Pell Optics Inc to 3.1 pct.\n\n"
        "In a filing with the Securities and Exchange Commission, the group said it sold "
        "80,000 shares."
    )
    quotes = quotes_of(text)
    assert (
        quote_with(quotes, "80,000 shares", indirect=True).speaker
        == "Frank Delano and Harriet Oakes"
    )


def test_a_person_named_alone_is_not_the_firm_called_after_him(quotes_of, quote_with):
    text = (
        "Walter Brennick, head of the Chicago brokerage Walter Brennick and Co, said he "
        "sold some shares of Ulster Tools Inc for his clients.\n\n"
        'Brennick told reporters, "nothing at the meeting made me sell."'
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "made me sell", indirect=True).speaker == "Walter Brennick"


def test_the_company_after_a_firm_by_its_short_name_is_that_firm(quotes_of, quote_with):
    text = (
        "Ronald Ashby and Co said its board approved a plan to buy back 1.2 mln shares.\n\n"
        "Ashby said it will buy the shares in the open market. Ashby issued 4.5 mln "
        "warrants last year.\n\n"
        "The company said it will report earnings per share on a fully diluted basis."
    )
    quotes = quotes_of(text)
    assert (
        quote_with(quotes, "fully diluted", indirect=True).speaker
        == quote_with(quotes, "open market", indirect=True).speaker
    )
