"""Speakers: a body's noun ("the exchange", "the partnership") stands for the named
organisation it fits; a company noun of trade ("the airline") only for a company of
that trade."""

from .quote_helpers import speaker_of


def test_the_exchange_is_the_exchange_that_spoke_not_its_affiliate(quotes_of):
    quotes = quotes_of(
        "The Harwell Stock Exchange said it and its Harwell Options Exchange affiliate "
        "will open an hour earlier from May.\n\n"
        'The exchange said, "An earlier opening will serve our members in Asia."'
    )
    assert speaker_of(quotes, "An earlier opening") == "Harwell Stock Exchange"


def test_the_partnership_is_the_one_partnership_named_with_its_legal_form(quotes_of):
    quotes = quotes_of(
        "Dorrance Partnership Ltd, an investment group in Ohio, said it bought a "
        "stake in Kelvane Inc.\n\n"
        'The partnership said it has "no plan to seek control of Kelvane."'
    )
    assert speaker_of(quotes, "no plan to seek control") == "Dorrance Partnership Ltd"


def test_a_body_noun_names_no_one_among_two_exchanges_that_did_not_speak(quotes_of):
    quotes = quotes_of(
        "Trading rose at the Harwell Stock Exchange and at the Marlow Stock Exchange "
        "last week.\n\n"
        'The exchange said, "Volumes were the highest this year."'
    )
    assert speaker_of(quotes, "Volumes were the highest") in (None, "The exchange")


def test_an_airline_is_the_company_of_that_trade_not_the_one_named_most(quotes_of):
    quotes = quotes_of(
        "Norland Air bought the courier unit of Fellows Corp for 50 mln dlrs.\n\n"
        "Fellows Corp said the sale was part of its plan to cut debt. Fellows Corp "
        "will sell three more units this year.\n\n"
        '"We want to carry more parcels on our planes," the airline said.'
    )
    assert speaker_of(quotes, "carry more parcels") == "Norland Air"


def test_an_airline_the_text_calls_so_is_the_airline(quotes_of):
    quotes = quotes_of(
        "Budget airline Skyvane has cut its fares to Spain, a move that Fellows Corp "
        "and Fellows Corp's partners said would hurt them.\n\n"
        '"Fares will stay low all summer," the airline said.'
    )
    assert speaker_of(quotes, "Fares will stay low") == "Skyvane"


def test_two_initials_joined_by_and_are_the_company_named_in_full(quotes_of):
    quotes = quotes_of(
        "The Great Atlantic and Pacific Tea Co said sales rose.\n\n"
        'A and P said, "We had a strong year in our stores."'
    )
    assert speaker_of(quotes, "strong year") == "Great Atlantic and Pacific Tea Co"


def test_two_initials_with_no_name_in_full_speak_as_written(quotes_of):
    quotes = quotes_of(
        'Trade rose in March.\n\nA and P said, "We had a strong year in our stores."'
    )
    assert speaker_of(quotes, "strong year") == "A and P"


def test_the_government_is_the_one_nation_s_government_named_before(quotes_of):
    quotes = quotes_of(
        "The Yugoslav government has decided to amend a wage law that led to strikes.\n\n"
        "The official news agency reported the government said the law "
        '"would be amended for seasonal industries."'
    )
    quoted = [q for q in quotes if q.kind != "indirect" and "seasonal industries" in q.text]
    assert [q.speaker for q in quoted] == ["Yugoslav government"]


def test_the_government_names_no_one_between_two_nations(quotes_of):
    quotes = quotes_of(
        "The Japanese government and the British government met in March.\n\n"
        'The government said the talks were "very useful."'
    )
    quoted = [q for q in quotes if q.kind != "indirect" and "very useful" in q.text]
    assert quoted and all(q.speaker in (None, "The government") for q in quoted)


def test_a_description_with_its_own_words_is_not_a_body_named_otherwise(quotes_of):
    quotes = quotes_of(
        "Sugar imports will fall, the Farmers Daily said.\n\n"
        'The harvest was a record, the provincial daily said, "a fine result."\n\n'
        "The Harbin Daily said output fell."
    )
    quoted = [q for q in quotes if q.kind != "indirect" and "a fine result" in q.text]
    assert quoted and all(q.speaker != "Farmers Daily" for q in quoted)


def test_a_party_s_government_is_no_nation_s(quotes_of):
    quotes = quotes_of(
        "The Conservative government passed the law in 1989.\n\n"
        'The government said children "cannot be divided up like property."'
    )
    quoted = [q for q in quotes if q.kind != "indirect" and "like property" in q.text]
    assert quoted and all(q.speaker in (None, "The government") for q in quoted)


def test_initials_a_name_already_gives_keep_that_name(quotes_of):
    quotes = quotes_of(
        "Cable and Wireless Plc said it will bid.\n\n"
        "Britain's Cable and Wireless Plc is based in London. "
        'C and W said, "We will bid for the licence."'
    )
    assert speaker_of(quotes, "bid for the licence") == "Cable and Wireless Plc"


def test_a_government_with_words_of_its_own_is_no_nation_named_before(quotes_of):
    quotes = quotes_of(
        "The German government backed the plan. Years later, the government in "
        'Beijing finally said it "will limit new plants."'
    )
    quoted = [q for q in quotes if q.kind != "indirect" and "new plants" in q.text]
    assert quoted and all(q.speaker != "German government" for q in quoted)


def test_a_noun_before_a_short_form_of_a_name_does_not_call_the_body_so(quotes_of):
    quotes = quotes_of(
        "Senator Kelly Ayotte sits in the United States Senate. She served in the New "
        "Hampshire state Senate before.\n\n"
        'The state reported a low rate, "the best in years."'
    )
    quoted = [q for q in quotes if q.kind != "indirect" and "best in years" in q.text]
    assert quoted and all(q.speaker != "United States Senate" for q in quoted)
