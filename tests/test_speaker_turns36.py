"""Round 36 (issue 16): whose turn a quotation is when a paragraph names several
people: a description of a head office is not the holder of another office."""

from __future__ import annotations

from .quote_helpers import speaker_of


def test_the_prime_minister_is_not_the_chancellor_named_last(quotes_of):
    text = (
        "Harold Pennick's speech opened the campaign on Monday.\n\n"
        "The speech drew a line under his rift with Chancellor Owen Tarrant. Later the "
        'prime minister said: "We will not go back to the old ways."'
    )
    assert speaker_of(quotes_of(text), "old ways") == "Harold Pennick"


def test_the_prime_minister_is_not_the_mayor_or_the_mp_named_before(quotes_of):
    text = (
        "Tory MP Alan Grebe says Mr Pennick should keep out of the row.\n\n"
        "London mayor Ross Delane says he will not apologise, even if Mr Pennick asks. "
        'Later the prime minister said: "He should say sorry to the reporter."'
    )
    assert speaker_of(quotes_of(text), "say sorry") == "Pennick"


def test_the_mayor_is_still_the_mayor_named_before(quotes_of):
    text = (
        "Chancellor Owen Tarrant met London mayor Ross Delane on Monday.\n\n"
        'Later the mayor said: "We agreed on the budget for the buses."'
    )
    assert speaker_of(quotes_of(text), "budget for the buses") == "Ross Delane"


def test_the_spokesman_introduced_unnamed_is_not_one_named_later(quotes_of):
    text = (
        "A spokesman for the Transport Office said the plan was sound. "
        '"We are building new lines," said the spokesman.\n\n'
        "But Peter Aldane, spokesman for the Rail Users Group, said the plan was late."
    )
    quote = next(q for q in quotes_of(text) if "new lines" in q.text)
    assert quote.speaker_key is None


def test_a_name_set_off_after_one_of_a_group_speaks(quotes_of):
    text = (
        "Mr Hallam met the families at Westminster on Monday.\n\n"
        "However, one of the so-called Bradford Five, Gerry Corrow - who was wrongly "
        "convicted of starting the fire - said the families were delighted with the "
        "apology. He said Mr Hallam had "
        'spoken with "real warmth", adding: "He listened to every one of us."'
    )
    assert speaker_of(quotes_of(text), "every one of us") == "Gerry Corrow"


def test_the_former_international_is_the_player_who_spoke_not_the_director(quotes_of):
    text = (
        "Former Swansea manager Gareth Pryde has turned down the Cardiff job.\n\n"
        '"It is a great club but not for me," Pryde told the BBC. Club director Huw '
        "Madoc held talks with Pryde on Friday. The former Wales international added "
        'that the move would not be wise. "I have too many memories of Swansea," he said.'
    )
    assert speaker_of(quotes_of(text), "too many memories") == "Gareth Pryde"


def test_a_quotation_ending_a_sentence_goes_on_with_the_speaker_before(quotes_of):
    text = (
        "Libraries will put their books online.\n\n"
        '"It is a chance to reach new readers," said Paula Lerner, head of the city '
        'library. "If people cannot come to us, how can we get to them?" "This is the '
        'day the world changes," said John Wilde, a librarian at the university.'
    )
    assert speaker_of(quotes_of(text), "come to us") == "Paula Lerner"


def test_the_chancellor_is_not_the_shadow_chancellor_named_last(quotes_of):
    text = (
        "Chancellor Gordon Brine delivered his Budget on Wednesday.\n\n"
        "Tory shadow chancellor Oliver Letts said taxes would have to rise. The "
        'chancellor insisted: "Every plan is costed and affordable."'
    )
    assert speaker_of(quotes_of(text), "costed and affordable") == "Gordon Brine"


def test_the_prime_minister_is_not_the_party_chairman_named_before(quotes_of):
    text = (
        "Tony Blane launched a Labour poster on Thursday.\n\n"
        "Tory chairman Liam Foxe said the poster was a lie. But the prime minister "
        'said: "Our figures are right."'
    )
    assert speaker_of(quotes_of(text), "figures are right") == "Tony Blane"
