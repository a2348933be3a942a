"""A definite description or a pronoun in a clause of a sentence that names its person."""

from .quote_helpers import speaker_of


def test_a_sport_role_refers_back_to_the_person_the_report_is_about(quotes_of):
    quotes = quotes_of(
        "Dana Whitcombe took the 200m title in Leeds on Sunday. Whitcombe held off a "
        "late charge from the field to win in 22.9 seconds.\n"
        '"My legs felt light from the gun to the tape," said the European indoor '
        "champion, who now turns to the outdoor season."
    )
    assert speaker_of(quotes, "legs felt light") == "Dana Whitcombe"


def test_a_nationality_noun_refers_back_to_the_person_the_report_is_about(quotes_of):
    quotes = quotes_of(
        "Ruud Verbeek reached the quarter-finals of the Harbourside Open with a win in "
        "straight sets. Verbeek served eleven aces against the fifth seed.\n"
        '"My serve has never felt better on this surface," said the Dutchman.'
    )
    assert speaker_of(quotes, "serve has never felt") == "Ruud Verbeek"


def test_what_he_called_is_the_person_the_sentence_names(quotes_of):
    quotes = quotes_of(
        "Professor Martin Keel, who studies rural transport at Felborough College, "
        'says: "Cutting the routes will hurt the families who can least afford a car."\n'
        "Councils reacted with anger to plans by the transport minister, Oliver "
        "Pembridge, to cut their grants because of what he called \u201cthe bloated "
        "budgets of town halls across the shires\u201d."
    )
    assert speaker_of(quotes, "bloated") == "Oliver Pembridge"


def test_a_nationality_described_refers_back_to_the_person_named_before(quotes_of):
    quotes = quotes_of(
        "Tobias Wernegger lost his appeal against a ban for missing two drugs tests. "
        "Wernegger blamed a courier firm for the missed letters.\n"
        '"I never hid from the testers," the 29-year-old Austrian told a local paper.'
    )
    assert speaker_of(quotes, "never hid from") == "Tobias Wernegger"


def test_a_party_member_described_refers_back_to_the_person_named_before(quotes_of):
    quotes = quotes_of(
        "Senate Farm Committee chairman Harlan Pruett said the grain bill would pass.\n"
        '"We need a fair price for every farmer in the plains," the Kansas Democrat said.'
    )
    assert speaker_of(quotes, "fair price for every") == "Harlan Pruett"


def test_a_party_member_is_not_a_person_of_another_party(quotes_of):
    quotes = quotes_of(
        "Republican Harlan Pruett said the grain bill would pass.\n"
        '"We need a fair price for every farmer in the plains," the Kansas Democrat said.'
    )
    assert speaker_of(quotes, "fair price for every") != "Harlan Pruett"
