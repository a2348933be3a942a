"""Issue 16, round 27: speakers on wire news. A body the text calls by its noun, the
company the story leads with, a person set off before the firm the parse made the
subject, a firm's role before a name, a mention cut at a line break, a bracketed
abbreviation, and a surname the model read as a country. Small articles written for
each class."""

from __future__ import annotations


def test_the_newspaper_is_the_paper_the_text_called_so(quotes_of, quote_with):
    text = (
        "Police widened their inquiry into the missing funds on Sunday.\n\n"
        "The newspaper Kieler Abendpost said investigators had questioned two clerks.\n\n"
        'The clerks had "access to every ledger in the building for years," the newspaper '
        "said."
    )
    assert quote_with(quotes_of(text), "every ledger").speaker == "Kieler Abendpost"


def test_the_company_is_the_lead_company_that_spoke_not_its_unit(quotes_of, quote_with):
    text = (
        "Harrow Foods Corp said it and its Brindle Dairy Inc subsidiary were in talks on "
        "a stake in Brindle Dairy by Osaka Trading.\n\n"
        'The company said, "The talks have led to an understanding by which Osaka '
        'Trading would buy 20 pct of Brindle Dairy."'
    )
    quote = quote_with(quotes_of(text), "understanding")
    assert quote.speaker == "Harrow Foods Corp"


def test_a_person_set_off_before_the_firm_the_parse_made_the_subject(quotes_of, quote_with):
    text = (
        "Bond prices fell in Frankfurt on Tuesday.\n\n"
        '"They have sent a signal and could lower rates further, but not yet," '
        "Gerhard Wessling, chief economist of Kranz, Oberle, Maibach Invest GmbH said."
    )
    quote = quote_with(quotes_of(text), "sent a signal")
    assert quote.speaker == "Gerhard Wessling"
    assert quote.speaker_title == "chief economist of Kranz, Oberle, Maibach Invest GmbH"


def test_a_role_of_a_firm_before_a_name_gives_the_person(quotes_of, quote_with):
    text = (
        "Atlas and Western Inc said it named Harold Brandt to its board.\n\n"
        '"Mr Brandt is an outstanding addition to our board," said Atlas and Western '
        "chairman Martin Ruddock."
    )
    quote = quote_with(quotes_of(text), "outstanding addition")
    assert (quote.speaker, quote.speaker_title) == ("Martin Ruddock", "Atlas and Western chairman")


def test_a_mention_does_not_run_across_a_line_break(quotes_of, quote_with):
    text = (
        "Franco-Belmont Corp said it is deferring interest payments due in March.\n\n"
        "The company said it will sell all units except the Western Valve Co.\n\n"
        'Franco-Belmont said it is "building support among its lenders" for the plan.'
    )
    # The parse runs the sentence over "Co." and the paragraph break; the words after
    # the break are the one-word company the story named in full.
    quote = quote_with(quotes_of(text), "building support")
    assert quote.speaker == "Franco-Belmont Corp"


def test_a_bracketed_abbreviation_names_no_official(quotes_of, quote_with):
    text = (
        "The move comes amid a dispute over access to the market.\n\n"
        '"The timing is most extraordinary," one official at the Department of Coastal '
        "Affairs (DCA) said."
    )
    quote = quote_with(quotes_of(text), "most extraordinary")
    assert quote.speaker_key is None


def test_a_surname_the_model_reads_as_a_country_is_the_person(quotes_of, quote_with):
    text = (
        "David M. Holland, president of the carrier's western division, spoke to "
        "reporters on Monday.\n\n"
        '"By the end of the year we will carry half of all calls," Holland said.'
    )
    quote = quote_with(quotes_of(text), "half of all calls")
    assert quote.speaker == "David M. Holland"


def test_an_agency_named_before_its_noun_speaks_by_its_name(quotes_of, quote_with):
    text = (
        "Meanwhile, the official Kalnik news agency reported a textile plant in the north "
        'closed yesterday and 900 of its workers were given "temporary leave."\n\n'
        "Kalnik said the plant had been running at a loss for years, and its closure was "
        'the result of "economic necessity."'
    )
    assert quote_with(quotes_of(text), "temporary leave").speaker == "Kalnik"


def test_a_company_statement_is_the_story_company_s(quotes_of, quote_with):
    text = (
        'Dunmore Beef Inc said "hundreds" of its employees returned to work at its Omaha '
        "plant.\n\n"
        "Both union and non-union workers who returned agreed to comply with Dunmore's last "
        "offer made with the United Food and Commercial Workers Union.\n\n"
        '"Start-up went well today," according to a company statement.\n\n'
        "Dunmore, a subsidiary of Ridgeway Petroleum Corp, said it is taking applications."
    )
    assert quote_with(quotes_of(text), "Start-up").speaker == "Dunmore Beef Inc"


def test_a_surname_in_a_story_sent_in_lower_case_takes_the_lower_case_full_name(
    quotes_of, quote_with
):
    text = (
        "president jaime oquendo defended the debt accord his government recently signed, "
        "saying it will bring investment to the country.\n\n"
        "Oquendo said the accord put an end to a long process.\n\n"
        '"our intention is to protect our balance of payments," he said.'
    )
    assert quote_with(quotes_of(text), "balance of payments").speaker == "Jaime Oquendo"
