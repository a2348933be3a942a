"""Wire speakers: a role beside a name makes a person, a given name read as a
preposition, a company called by its trade."""

from core.records import EntityMention
from tasks.speaker_mentions import people_by_role

from .quote_helpers import speaker_of


def _mention(text: str, name: str, label: str) -> EntityMention:
    start = text.index(name)
    key = f"{label}:{name.lower().replace(' ', '-')}"
    return EntityMention("d", "d-e0", start, start + len(name), name, label, 0, key, name)


def test_a_name_with_a_role_in_apposition_is_a_person_whatever_its_label(nlp):
    text = (
        "Marisol Quenby, deputy director of the Harbour Board, told a shipping "
        "conference that fees would rise."
    )
    doc = nlp(text)
    (found,) = people_by_role(doc, [_mention(text, "Marisol Quenby", "WORK_OF_ART")])
    assert found.label == "PERSON"
    # The key stays the one the entity table holds.
    assert found.entity_key == "WORK_OF_ART:marisol-quenby"


def test_a_role_before_a_name_makes_a_person(nlp):
    text = "The ministry's spokesman Peter Trelle said the talks would go on."
    doc = nlp(text)
    (found,) = people_by_role(doc, [_mention(text, "Peter Trelle", "ORG")])
    assert found.label == "PERSON"


def test_a_body_s_name_or_a_name_without_a_role_stays_as_typed(nlp):
    text = "Marisol Quenby said fees would rise. The Harbour Board, the port's regulator, agreed."
    doc = nlp(text)
    found = people_by_role(
        doc,
        [_mention(text, "Marisol Quenby", "WORK_OF_ART"), _mention(text, "Harbour Board", "ORG")],
    )
    assert [f.label for f in found] == ["WORK_OF_ART", "ORG"]


def test_a_pronoun_reaches_a_person_given_a_role(quotes_of):
    quotes = quotes_of(
        "Port fees will rise next year, according to a senior regulator.\n\n"
        '"Fees have not moved in ten years," Marisol Quenby, deputy director of the '
        "Harbour Board, told a shipping conference.\n\n"
        '"Every port in the region has raised its fees since then," she said.'
    )
    assert speaker_of(quotes, "Every port in the region") == "Marisol Quenby"


def test_a_given_name_read_as_a_preposition_is_part_of_the_name(quotes_of):
    quotes = quotes_of(
        "Norway will review the ban in two years, officials said.\n\n"
        '"The law has already had its effect," Foreign Ministry spokesman Per Havnaas '
        "told Reuters."
    )
    assert speaker_of(quotes, "already had its effect") == "Per Havnaas"


def test_a_company_called_by_its_trade_is_the_story_s_company(quotes_of):
    quotes = quotes_of(
        "Dunmore Motors Corp said it will close its truck plant in Ashford in May.\n\n"
        "Dunmore Motors said the closing was in line with its plan to close three "
        'plants.\n\nAt Ashford, "layoffs could reach 2,000," the automaker said.'
    )
    assert speaker_of(quotes, "layoffs could reach") == "Dunmore Motors Corp"


def test_a_company_noun_names_no_one_when_no_company_spoke(quotes_of):
    quotes = quotes_of(
        "Car sales fell in March, figures showed.\n\n"
        '"It has been a hard spring," the automaker said.'
    )
    assert speaker_of(quotes, "hard spring") in (None, "the automaker")


def test_the_report_is_the_body_that_issued_an_outlook_under_its_noun(quotes_of):
    quotes = quotes_of(
        "Demand for Kestrel wheat may grow this year, the Harland Agriculture "
        "Department said.\n\n"
        "In its quarterly wheat outlook, the department said stocks may fall.\n\n"
        '"Buyers have returned to the market in large numbers," the report said.'
    )
    assert speaker_of(quotes, "Buyers have returned") == "Harland Agriculture Department"


def test_the_report_names_no_one_when_the_outlook_s_maker_is_not_named(quotes_of):
    quotes = quotes_of(
        "Wheat stocks may fall this year.\n\n"
        "In its quarterly wheat outlook, the department said demand was firm.\n\n"
        '"Buyers have returned to the market in large numbers," the report said.'
    )
    assert speaker_of(quotes, "Buyers have returned") in (None, "the report")


def test_a_plural_role_or_an_unlisted_name_after_a_role_stays_as_typed(nlp):
    text = (
        "PC numbers will double, according to a report by analysts Harwick Research. "
        "The former champion Borussia Kelbury has warned it may go bankrupt."
    )
    doc = nlp(text)
    found = people_by_role(
        doc,
        [_mention(text, "Harwick Research", "ORG"), _mention(text, "Borussia Kelbury", "ORG")],
    )
    assert [f.label for f in found] == ["ORG", "ORG"]


def test_a_trade_noun_said_to_be_another_s_is_not_the_story_s_company(quotes_of):
    quotes = quotes_of(
        "Harland Brokers Inc said its business is booming.\n\n"
        "Harland Brokers said the outside insurer of its accounts had decided not to "
        "renew coverage.\n\n"
        'The outside insurer of the accounts said it was "reviewing every client."'
    )
    assert speaker_of(quotes, "reviewing every client") != "Harland Brokers Inc"
