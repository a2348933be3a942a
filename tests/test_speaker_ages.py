"""A description by age ("the 34-year-old told …") stands for the person it describes."""

from .quote_helpers import speaker_of


def test_an_age_alone_is_the_one_person_named_before(quotes_of):
    quotes = quotes_of(
        "Kelbury FC have signed Rovers midfielder Callum Ashdown on a free transfer.\n"
        '"It was an easy choice to come here," the 31-year-old told the club website. '
        '"I want to play every week."'
    )
    assert speaker_of(quotes, "easy choice to come") == "Callum Ashdown"


def test_an_age_is_the_person_given_that_age_beside_the_name(quotes_of):
    quotes = quotes_of(
        "Rovers have released Callum Ashdown, 31, and Peter Linley, 24, after the club "
        "fell out of the league. Manager Anna Brightwell thanked both players.\n"
        '"I leave with nothing but good memories," the 31-year-old said.'
    )
    assert speaker_of(quotes, "good memories") == "Callum Ashdown"


def test_an_age_with_two_people_named_and_no_age_given_names_no_one(quotes_of):
    quotes = quotes_of(
        "Rovers have released Callum Ashdown and Peter Linley after the club fell out "
        "of the league.\n"
        '"I leave with nothing but good memories," the 31-year-old said.'
    )
    assert speaker_of(quotes, "good memories") in (None, "the 31-year-old")


def test_an_age_refers_back_to_the_subject_before_it(quotes_of):
    quotes = quotes_of(
        "Tomas Varga has added to talk of a move to Porto after a radio prank.\n\n"
        "The Slovak believed he was talking to Porto director Luis Amado when he "
        'called his team-mates "lazy". "I wish I was playing for Porto," the '
        "24-year-old told a radio station."
    )
    assert speaker_of(quotes, "I wish I was playing") == "Tomas Varga"


def test_an_age_is_no_subject_of_a_verb_coordinated_with_its_own(quotes_of):
    quotes = quotes_of(
        "Rovers striker Tomas Varga may return from injury in the cup tie on Saturday.\n\n"
        "Rovers manager Alan Kerridge hinted he may be back early. The 28-year-old has "
        'been training in Spain and Kerridge said: "Tomas comes back on Tuesday and we '
        'will see how he is."'
    )
    assert speaker_of(quotes, "comes back on Tuesday") == "Alan Kerridge"
