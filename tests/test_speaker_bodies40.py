"""Descriptions, bodies and short forms as speakers (round 40): "said Tory shadow
transport secretary Jo Bloggs" is the person, though the tagger reads "shadow" as a
verb; "the Metropolitan police chief" is not another force's chief named before;
"MPs" alone speak as the one committee the text names; a short form given in
brackets after a body's name ("Greek Rowing Federation (Segop)") speaks as that
body; "the computer maker" is the company the story is about; "the writ" speaks for
whoever "issued a writ". The counter-cases leave the speaker as it was."""


def test_shadow_role_read_as_a_verb(quotes_of, quote_with):
    text = (
        "The Liberal Democrats want new bus lanes. The Conservatives said the plan "
        'would cost too much. "This is typical of their hypocrisy," said Tory shadow '
        "local government secretary Martin Hollis."
    )
    assert quote_with(quotes_of(text), "their hypocrisy").speaker == "Martin Hollis"


def test_capitalised_qualifier_names_another_chief(quotes_of, quote_with):
    text = (
        "Kent police chief Brian Morley backed the new licensing hours on Monday. "
        '"I think we can cope," he said. Among the critics is the country\'s most '
        "senior officer Sir Ian Blair.\n\n"
        "The Metropolitan police chief said last week that the plans risked a "
        '"free-for-all" in city centres.'
    )
    assert quote_with(quotes_of(text), "free-for-all").speaker == "Ian Blair"


def test_party_qualifier_does_not_rule_out(quotes_of, quote_with):
    # "the Democrat senator": a party the text need not have written with the role.
    text = (
        "New York Senator Charles Dunmore wants checks on airport staff. "
        '"Staff should be vetted," Senator Dunmore said. The airline disagreed. '
        '"Every worker needs a background check," the Democrat senator said.'
    )
    assert quote_with(quotes_of(text), "background check").speaker == "Charles Dunmore"


def test_mps_speak_as_the_committee(quotes_of, quote_with):
    text = (
        "Rural bus services are failing pensioners, MPs have said.\n\n"
        "The Transport Select Committee said councils had cut routes without "
        'consulting passengers. "Too many villages have been left with no service at '
        'all," the MPs said.'
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "no service at all").speaker == "Transport Select Committee"


def test_mps_of_a_party_stay_mps(quotes_of, quote_with):
    # "Labour MPs" are some MPs, not the committee.
    text = (
        "The Transport Select Committee published its report on rural buses. "
        '"Too many villages have been left with no service at all," Labour MPs said.'
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "no service at all").speaker != "Transport Select Committee"


def test_bracketed_short_form_speaks_as_the_body(quotes_of, quote_with):
    text = (
        "The world governing body will appeal against the acquittal of two Greek "
        "rowers cleared by the Greek Rowing Federation (Segop) last month.\n\n"
        'Segop said the appeal was "expected" and would be fought.'
    )
    assert quote_with(quotes_of(text), "expected").speaker == "Greek Rowing Federation"


def test_goods_trader_is_the_story_company(quotes_of, quote_with):
    text = (
        "Dalmore Systems said its profits rose 12% in 2004.\n\n"
        'The computer maker said it expected "steady growth" this year after strong '
        "sales in January."
    )
    assert quote_with(quotes_of(text), "steady growth").speaker == "Dalmore Systems"


def test_work_maker_is_no_company(quotes_of, quote_with):
    # "the film maker" is a person, not the company named before.
    text = (
        "Dalmore Pictures said its profits rose 12% in 2004.\n\n"
        'The film maker said the studio had been "a home for twenty years".'
    )
    assert quote_with(quotes_of(text), "a home for twenty years").speaker != "Dalmore Pictures"


def test_issued_writ_speaks_for_its_plaintiff(quotes_of, quote_with):
    text = (
        "Games firm Kestrel has issued a writ to stop leaks about its next console.\n\n"
        'The writ said a former tester had "copied and shared secret designs" online.'
    )
    assert quote_with(quotes_of(text), "secret designs").speaker == "Kestrel"


def test_the_board_is_the_club_bid_for(quotes_of, quote_with):
    text = (
        "Tycoon Harold Vance has made a new approach to buy Castleford Rovers.\n\n"
        "Castleford Rovers rejected his first bid last year. Now the board has "
        'confirmed that Mr Vance is back. "The board has received a detailed '
        'proposal," a statement read.'
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "detailed proposal").speaker == "Castleford Rovers"


def test_mps_need_a_committee_that_speaks(quotes_of, quote_with):
    # A committee named only as what someone sits on says nothing for "MPs".
    text = (
        "The papers were released before a Commons vote in which MPs backed the war. "
        "Tory MP Ann Lyle, a member of the Commons defence committee, told the BBC: "
        '"That was the right decision at the time."'
    )
    quotes = quotes_of(text)
    assert all(q.speaker != "Commons defence committee" for q in quotes)
