"""A document or a body's unit as the speaker: the organisation whose it is."""

from .quote_helpers import speaker_of


def test_a_joint_statement_mentioned_again_keeps_its_issuers(quotes_of):
    quotes = quotes_of(
        "Talks on the new grain tariff will resume in June, Kestrel Bank Ltd and Morovia "
        "said in a joint statement.\n\n"
        "The statement was issued at the end of a three-day meeting in the capital.\n\n"
        'The statement said, "Both sides expect an accord before the harvest."'
    )
    assert speaker_of(quotes, "Both sides expect") == "Kestrel Bank Ltd and Morovia"


def test_a_report_made_by_a_body_unit_is_the_body(quotes_of):
    quotes = quotes_of(
        "Morovia's economy grew by 3% last year, the Bellwether Fund has said.\n\n"
        "A Bellwether Fund mission made the comments in a report published after two "
        "weeks of talks with the government. The fund said that exports of timber had "
        "doubled.\n\n"
        '"The mission stands ready to help the authorities," said the report.'
    )
    assert speaker_of(quotes, "stands ready") == "Bellwether Fund"


def test_a_body_noun_before_a_statement_is_the_body_named_before(quotes_of):
    quotes = quotes_of(
        "Morovia will only lift its ban on grain exports after the harvest, the Trade "
        "Ministry said in a statement.\n\n"
        "Morovia imposed the ban in March after two poor crops.\n\n"
        "The Ministry statement issued on Monday said the ban would only be lifted "
        '"when the silos are full again."'
    )
    assert speaker_of(quotes, "silos are full") == "Trade Ministry"


def test_a_report_after_a_survey_of_one_author_is_that_author(quotes_of):
    quotes = quotes_of(
        "Morovia's growth may slow to 1.5 pct next year, the Bellwether Fund said in its "
        "annual survey.\n\n"
        "Exports will fall as the currency rises, while imports grow.\n\n"
        '"Employment is forecast to decline as well," the report said.'
    )
    assert speaker_of(quotes, "Employment is forecast") == "Bellwether Fund"


def test_a_report_after_studies_of_two_authors_names_no_one(quotes_of):
    quotes = quotes_of(
        "Morovia's growth may slow to 1.5 pct next year, the Bellwether Fund said in its "
        "annual survey. The Kestrel Institute said in a study that exports would fall.\n\n"
        '"Employment is forecast to decline as well," the report said.'
    )
    assert speaker_of(quotes, "Employment is forecast") in (None, "the report")


def test_a_report_of_the_team_a_body_sent_is_the_body(quotes_of):
    quotes = quotes_of(
        "The Morovian government has been told by a Bellwether Fund team there is scope "
        "for further spending cuts next year.\n\n"
        "The team's report to the government praises last year's cuts.\n\n"
        'The report says "The most urgent task is to curb the deficit."'
    )
    assert speaker_of(quotes, "most urgent task") == "Bellwether Fund"


def test_a_word_of_a_firm_name_is_no_study(quotes_of):
    quotes = quotes_of(
        "Grain traders expect prices to firm after the harvest.\n\n"
        '"The cash market is strong," said Ruth Bell, analyst for Corvale Analysis.\n\n'
        'But the report for May showed "exports at record levels," traders said.'
    )
    assert speaker_of(quotes, "exports at record levels") != "Corvale Analysis"


def test_court_documents_are_not_the_court_speaking(quotes_of):
    quotes = quotes_of(
        "The Harbour Securities Commission sued two traders in the Kelbury District "
        "Court on Monday.\n\n"
        'According to the court documents, the traders "made millions from leaked '
        'tips."'
    )
    assert speaker_of(quotes, "made millions") != "Kelbury District Court"
