"""Which person a pronoun speaker stands for when several are named before it."""

from .quote_helpers import speaker_of


def test_a_person_the_quotation_names_is_not_its_speaker(quotes_of):
    quotes = quotes_of(
        'Harbour Rovers manager Tobias Wrenfield signed a new deal on Monday. "I am '
        'staying for the long haul," Wrenfield said. Meanwhile, Wrenfield has scolded '
        "striker Caspian Oduya over his remarks about the referee.\n"
        'Oduya criticised the referee after the cup defeat. "I have spoken to Caspian '
        'about it and the matter is closed," he told the club radio.'
    )
    assert speaker_of(quotes, "spoken to Caspian") == "Tobias Wrenfield"


def test_a_person_in_an_opening_phrase_is_whom_the_sentence_is_about(quotes_of):
    quotes = quotes_of(
        "Analyst Peter Morland of Finchley Research thinks the chip shortage will ease. "
        '"Supply is catching up with demand," he said. But for Gerald Ashcombe, a '
        "director at the consultancy Brightwater, the outlook for the sector is less "
        'certain. "Prices will stay high well into next year," he said.'
    )
    assert speaker_of(quotes, "Prices will stay high") == "Gerald Ashcombe"


def test_a_possessive_in_an_opening_phrase_is_the_pronoun_subject_after_it(quotes_of):
    quotes = quotes_of(
        'Rania Tovell waited at the clinic for news of her son. "He is getting '
        'stronger every day," Tovell said.\n'
        'Miriam Ostrander, a nurse on the ward, said the staff were exhausted. "We '
        'have not slept for days," she said.\n'
        "In Tovell's case, she chose to sleep in the corridor. \"I will not leave "
        'him alone here," she continued.'
    )
    assert speaker_of(quotes, "I will not leave") == "Rania Tovell"


def test_the_org_noun_is_the_one_organisation_whose_name_ends_with_it(quotes_of):
    quotes = quotes_of(
        "The Lowfield Harbour Restoration Trust met on Tuesday to review the dredging "
        'plan. The trust later urged the council to "stop delaying the work on the '
        'eastern quay before the winter storms."'
    )
    assert speaker_of(quotes, "stop delaying") == "Lowfield Harbour Restoration Trust"


def test_the_org_noun_with_two_organisations_ending_with_it_is_no_guess(quotes_of):
    quotes = quotes_of(
        "The Lowfield Harbour Restoration Trust and the Brindmouth Wildlife Trust met on "
        'Tuesday. The trust later urged the council to "stop delaying the work on the '
        'eastern quay before the winter storms."'
    )
    assert speaker_of(quotes, "stop delaying") in (None, "The trust")


def test_they_is_the_one_group_the_sentence_before_has_for_subject(quotes_of):
    quotes = quotes_of(
        "The ferry levy, which councillors say will fund the new pier, will be fought "
        "by the Liberal Unionists.\n"
        'They have said the levy is "unfair and badly timed" for island families.'
    )
    assert speaker_of(quotes, "unfair and badly") == "Liberal Unionists"


def test_they_after_people_unnamed_is_no_group(quotes_of):
    quotes = quotes_of(
        "Analysts at Brindmouth Capital expect the levy to pass.\n"
        'They have said the levy is "unfair and badly timed" for island families.'
    )
    assert speaker_of(quotes, "unfair and badly") is None


def test_the_person_talked_about_in_an_opening_phrase_is_not_the_speaker(quotes_of):
    quotes = quotes_of(
        "Helen Trask, who won for playing the late aviator Beryl Markham in The Long "
        'Flight, said her award was "a complete shock". Of Markham, she said: "Her '
        'courage still astonishes everyone who reads about her."'
    )
    assert speaker_of(quotes, "Her courage still") == "Helen Trask"


def test_they_after_one_body_named_in_the_singular_is_no_group(quotes_of):
    quotes = quotes_of(
        "The Harbour Office said on Friday it was examining the ferry levy, prompting "
        "island unions to threaten action.\n"
        'They have said the levy is "unfair and badly timed" for island families.'
    )
    assert speaker_of(quotes, "unfair and badly") is None
