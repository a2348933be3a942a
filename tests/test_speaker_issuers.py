"""Round 12 (issue 16): a document noun or a description at a cue resolved to the one
issuer or person the document ties to it, never a guess between two; a surname
completed with the particles of the family name; a coinage the writer names is no
quotation."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tasks.entities import extract_entities
from tasks.quote_context import QuoteContext
from tasks.speaker_mentions import Mentions
from tasks.speakers import _person_role

from .quote_helpers import speaker_of


def test_a_misspelt_statement_speaks_as_its_issuer(quotes_of):
    text = (
        "In a statement, the Transport Ministry said the new ferry timetable would "
        "start in June.\n\n"
        '"Every island will have two crossings a day," the statemnet said.'
    )
    assert speaker_of(quotes_of(text), "two crossings") == "Transport Ministry"


def test_a_country_that_said_it_in_a_statement_issued_it(quotes_of):
    text = (
        "Portugal said in a statement on Monday that its fishing quotas were fair.\n\n"
        '"Our fleet has respected every limit set in Brussels," the statement said.'
    )
    assert speaker_of(quotes_of(text), "respected every limit") == "Portugal"


def test_two_issuers_of_a_joint_statement_are_no_guess(quotes_of):
    text = (
        "Kenya and Halvorsen Bank Plc said on Tuesday in a joint statement that talks on the "
        "loan had ended.\n\n"
        '"Both sides have agreed on a new repayment calendar," the statement said.'
    )
    assert speaker_of(quotes_of(text), "repayment calendar") == "the statement"


def test_an_age_makes_a_description_the_person_named_before(quotes_of):
    text = (
        "Singer Tomas Brevik has said his next album will be his last.\n\n"
        '"I have nothing left to prove," said Brevik, who was in Oslo for an award. '
        'The 52-year-old crooner told reporters he wanted to "write for other '
        'people from now on".'
    )
    assert speaker_of(quotes_of(text), "write for other") == "Tomas Brevik"


def test_the_defender_is_the_player_the_story_is_about(quotes_of):
    text = (
        "Callum Furlong is ready to sign a new contract with Dunmore Rovers.\n\n"
        'Talks have begun and the defender said: "I am happy here and I want to '
        'stay for years."'
    )
    assert speaker_of(quotes_of(text), "happy here") == "Callum Furlong"


@pytest.mark.parametrize(
    "name",
    [
        "Sandra den Hartog",  # the model tags "Sandra" and "Hartog" apart
        "Julia den Braber",  # "Braber" an organisation to the model
        "Anna ter Horst",
    ],
)
def test_a_surname_after_a_particle_takes_the_full_name(quotes_of, name):
    text = (
        "The film week opens on Friday.\n\n"
        f'Festival director {name} said: "We will open the archive to every '
        'visitor this spring."'
    )
    assert speaker_of(quotes_of(text), "open the archive") == name


def test_a_name_in_apposition_to_a_thing_is_no_person(nlp):
    text = (
        "Singer Tomas Brevik was in Oslo on Friday. The film, Another Brave Song, "
        "follows his life on tour."
    )
    doc = nlp(text)
    entities = extract_entities(doc, "t")
    mentions = Mentions(QuoteContext.of(doc, entities), {})
    named = {e.canonical_name: mentions.named_thing(replace(e, label="PERSON")) for e in entities}
    assert named["Tomas Brevik"] is False
    assert named["Another Brave Song"] is True


def test_a_coinage_after_what_we_might_call_is_no_quotation(quotes_of):
    text = (
        'Several commentators embraced what we might call the "managerial creed," a '
        "softer form of the old policy.\n\n"
        'Ann Lee said the reform was what she would call "a betrayal of every voter".'
    )
    marked = [q.text for q in quotes_of(text) if q.kind in ("direct", "mixed")]
    assert not any("managerial creed" in words for words in marked)
    assert any("betrayal of every voter" in words for words in marked)


def test_a_role_in_apposition_makes_a_person():
    assert _person_role("deputy chief economist at Brandt Securities International")
    assert _person_role("Harbour City defender")
    assert not _person_role("a maker of garden tools")
    assert not _person_role(None)


def test_he_after_a_name_typed_an_organisation_with_a_role(quotes_of):
    text = (
        "Retail sales rose in March.\n\n"
        'Mark Dobson, chief economist at Fenwick Partners, said the figures were "solid".\n\n'
        "Shoe sales were flat. Vikas Jain, deputy chief economist at Brandt Securities "
        "International, said spending would slow later in the year. "
        '"Households are still cautious about big purchases," he said.'
    )
    assert speaker_of(quotes_of(text), "still cautious") == "Vikas Jain"
