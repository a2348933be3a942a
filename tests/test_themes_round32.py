"""Theme precision and recall, round 32 (issue 18): a newspaper or station that reports
the news is its source, not its topic; aircraft that bomb or raid are an air force's,
not aviation; a stake in an oil block or a licence is no takeover; the words of a
hyphenated company name ("Rent-A-Tool Inc") are the name's; a company marked in mixed
case that tells of itself is company news. Small stories written for the tests; each
case failed before the change it tests."""

from __future__ import annotations

from .theme_helpers import themes


def test_a_newspaper_cited_as_the_source_is_no_media_story(nlp, shipped):
    text = (
        "Farm incomes in the northern provinces fell by a fifth last year as grain "
        "prices slumped, the official Harvest Daily newspaper said.\n\n"
        "The newspaper said wages on state farms rose faster than output, and that many "
        "farm workers had left for the cities."
    )
    assert "news_media_industry" not in themes(nlp, shipped, text, "FARM INCOMES FALL")


def test_radio_stations_reporting_a_raid_are_the_source(nlp, shipped):
    text = (
        "Government troops shelled rebel positions north of the river town of Kessa, "
        "local radio stations said.\n\nThe radio stations said the shelling lasted an hour."
    )
    assert "news_media_industry" not in themes(nlp, shipped, text, "TROOPS SHELL REBELS")


def test_a_newspaper_that_tells_of_itself_is_the_story(nlp, shipped):
    text = (
        "The Morning Ledger newspaper said it will close its Sunday edition and cut 80 "
        "journalists' jobs.\n\nThe newspaper's editor said advertising had fallen by a "
        "third and the paper's printing plant would be sold."
    )
    assert "news_media_industry" in themes(nlp, shipped, text, "LEDGER CLOSES SUNDAY EDITION")


def test_jets_that_bomb_targets_are_no_aviation(nlp, shipped):
    text = (
        "Foreign jets bombed camps east of the hill town of Ardan, witnesses said.\n\n"
        "They said the planes attacked the camps twice and smoke rose over the valley."
    )
    assert "aviation_airlines" not in themes(nlp, shipped, text, "JETS RAID CAMPS NEAR ARDAN")


def test_an_airline_jet_is_still_aviation(nlp, shipped):
    text = (
        "Harwick Airlines said it will buy six new jets to fly its busiest routes.\n\n"
        "The airline said the jets would carry 180 passengers each from next year."
    )
    assert "aviation_airlines" in themes(nlp, shipped, text, "HARWICK AIRLINES TO BUY JETS")


def test_a_stake_in_an_oil_block_is_no_takeover(nlp, shipped):
    text = (
        "Tarvo Petroleum Corp said a group in which it is a partner found oil in an "
        "offshore well.\n\nTarvo has a 15 pct stake in the 40,000-acre block, which a "
        "state oil company operates with a 60 pct interest."
    )
    title = "TARVO <TRV> HAS STAKE IN OFFSHORE OIL FIND"
    assert "mergers_acquisitions" not in themes(nlp, shipped, text, title)


def test_a_stake_in_a_company_is_still_a_takeover_word(nlp, shipped):
    text = (
        "Tarvo Petroleum Corp said it bought a 15 pct stake in Dalcourt Drilling Inc and "
        "may seek control of the company.\n\nTarvo said it paid 40 mln dlrs for the stake."
    )
    title = "TARVO <TRV> TAKES STAKE IN DALCOURT"
    assert "mergers_acquisitions" in themes(nlp, shipped, text, title)


def test_a_word_of_a_hyphenated_company_name_is_the_names(nlp, shipped):
    text = "Rent-A-Tool Inc said its directors approved a two-for-one stock split."
    title = "RENT-A-TOOL <RAT> SETS STOCK SPLIT"
    assert "housing_property" not in themes(nlp, shipped, text, title)


def test_a_company_marked_in_mixed_case_telling_of_itself_is_company_news(nlp, shipped):
    text = (
        "<Brenton Labs Inc> said it is recalling one lot of its allergy tablets because "
        "some bottles were mislabelled.\n\nIt said about 3,000 bottles were shipped."
    )
    assert "companies_industry" in themes(nlp, shipped, text, "BRENTON RECALLS TABLETS")


def test_a_newspaper_told_or_quoting_is_the_source(nlp, shipped):
    text = (
        "The mayor of Kessa told a local newspaper that the new bridge would open in May, "
        "two years late.\n\nThe bridge was quoted by the radio station as costing twice "
        "its budget, and the mayor told the newspaper the builders would pay fines."
    )
    assert "news_media_industry" not in themes(nlp, shipped, text, "KESSA BRIDGE TO OPEN IN MAY")


def test_a_company_that_acts_in_the_first_sentence_is_company_news(nlp, shipped):
    text = "Harlow Trailer Corp has won a 40 mln dlr order for 300 flatbed trailers, the Navy said."
    assert "companies_industry" in themes(nlp, shipped, text, "HARLOW TRAILER WINS NAVY ORDER")


def test_a_broker_that_says_what_markets_will_do_is_no_company_news(nlp, shipped):
    text = (
        "Brokers Tanner Hill and Co said the dollar would fall further against the yen "
        "before the end of the month."
    )
    assert "companies_industry" not in themes(nlp, shipped, text, "DOLLAR SEEN LOWER")


def test_a_headlines_marked_company_named_in_the_first_sentence_is_company_news(nlp, shipped):
    text = (
        "State regulators said they have ordered Dunmore Electric Co to shut its coal "
        "plant at Kessa until its boilers are inspected.\n\nThe regulators said the "
        "inspection would take a month."
    )
    title = "DUNMORE ELECTRIC <DEC> TOLD TO SHUT PLANT"
    assert "companies_industry" in themes(nlp, shipped, text, title)


def test_a_headline_company_the_text_never_names_with_a_legal_form_gives_nothing(nlp, shipped):
    text = "State regulators said they will inspect every coal plant in Kessa this year."
    title = "DUNMORE ELECTRIC <DEC> PLANT TO BE INSPECTED"
    assert "companies_industry" not in themes(nlp, shipped, text, title)


def test_an_agency_named_a_corporation_that_acts_is_no_company_news(nlp, shipped):
    text = (
        "The Farm Export Credit Corporation has accepted a bid to sell 500 head of "
        "dairy cattle to Morocco, the Agriculture Department said."
    )
    assert "companies_industry" not in themes(nlp, shipped, text, "AGENCY ACCEPTS CATTLE BID")
