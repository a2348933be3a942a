"""An unnamed person picked out of a group ("one veteran loan negotiator said") is
whom the "he" or "she" of the next quotation means, even when the role is no noun the
lexicon lists, and not a person named further back."""

from .quote_helpers import speaker_of


def test_he_after_one_unnamed_specialist_is_that_specialist(quotes_of):
    quotes = quotes_of(
        "Bankers said the central bank governor's departure would be felt abroad.\n\n"
        '"Nobody will fill that gap soon," said Harold Benning, a former treasury '
        "official. Benning said the markets would calm down.\n\n"
        "One veteran loan negotiator said the governor had kept the system afloat.\n\n"
        '"Without him, the whole thing would have come apart," he said.'
    )
    assert speaker_of(quotes, "come apart") == "One veteran loan negotiator"


def test_one_bank_is_no_person_for_a_later_he(quotes_of):
    quotes = quotes_of(
        '"Nobody will fill that gap soon," said Harold Benning, a former treasury '
        "official.\n\n"
        "One bank said the governor had kept the system afloat.\n\n"
        '"Without him, the whole thing would have come apart," he said.'
    )
    assert speaker_of(quotes, "come apart") == "Harold Benning"
