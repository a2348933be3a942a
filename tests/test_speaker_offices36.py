"""Round 36 (issue 16): a description, an office or a name's form left as the speaker
where the story names the person or body: a role set off before a name after its
organisation, a story's opening role named in the next paragraph, an office not held by
the last person named, a party members' newsletter, a surname after a form of address
and a particle, an initial the model left out, and a show's title before its star.

Small articles written for the rules (round 36, ``spk36b``)."""

from __future__ import annotations

from .quote_helpers import speaker_of


def test_a_name_set_off_after_the_roles_organisation_speaks(quotes_of):
    text = (
        "Ministers plan shorter sentences for early guilty pleas.\n\n"
        "But director of the Friends of Thornbury Trust, Wilfred Ashcombe, accused the "
        'judges of "open contempt for the people of this town".'
    )
    assert speaker_of(quotes_of(text), "open contempt") == "Wilfred Ashcombe"


def test_an_opening_role_is_the_holder_named_in_the_next_paragraph(quotes_of):
    text = (
        'The "old rules on pensions" must be "scrapped", the housing minister has said.\n\n'
        "This was why the ministry wanted a review of the rules, Dorian Pettigrew said. "
        "He spoke to a conference in Leeds."
    )
    assert speaker_of(quotes_of(text), "scrapped") == "Dorian Pettigrew"


def test_the_next_paragraphs_speaker_with_another_role_is_no_holder(quotes_of):
    text = (
        'The "old rules on pensions" must be "scrapped", the housing minister has said.\n\n'
        "The plan was a mistake, union leader Dorian Pettigrew said. "
        "He spoke to a conference in Leeds."
    )
    assert speaker_of(quotes_of(text), "scrapped") != "Dorian Pettigrew"


def test_an_office_is_not_the_last_person_given_another_office(quotes_of):
    text = (
        "The election campaign is now in full swing.\n\n"
        "There was an attempt to end the gossip about the rift with Chancellor Martin "
        'Cole. The prime minister talked about a "manifesto for every part of the country".'
    )
    assert speaker_of(quotes_of(text), "manifesto for every") != "Martin Cole"


def test_an_office_is_the_last_person_given_that_office(quotes_of):
    text = (
        "The election campaign is now in full swing.\n\n"
        "Prime Minister Martin Cole spoke in Leeds on Monday. The prime minister "
        'talked about a "manifesto for every part of the country".'
    )
    assert speaker_of(quotes_of(text), "manifesto for every") == "Martin Cole"


def test_a_members_newsletter_speaks_for_the_party(quotes_of):
    text = (
        "The complaint quotes a Harrowgate Labour Party members' newsletter on how "
        "voters are called.\n\n"
        'The newsletter says: "Using what we know about people, we can send them letters."'
    )
    assert speaker_of(quotes_of(text), "Using what we know") == "Harrowgate Labour Party"


def test_a_form_of_address_and_a_particle_surname_is_the_full_name(quotes_of):
    text = (
        "The director received his award in Paris from Culture Minister Jean-Luc Ornay "
        'de Valmont. "You have shown us the power of film," Mr de Valmont said.'
    )
    assert speaker_of(quotes_of(text), "power of film") == "Jean-Luc Ornay de Valmont"


def test_an_initial_left_out_of_the_name_is_the_names_own(quotes_of):
    text = (
        "Such games are nicknamed addictive. J Tavot, writing in the magazine Print "
        'Culture, said recently: "I used to play it every night."'
    )
    quote = next(q for q in quotes_of(text) if "every night" in q.text)
    assert quote.speaker == "J Tavot"
    assert quote.speaker_title is None


def test_a_shows_title_before_its_star_is_the_title(quotes_of):
    text = (
        "Comedy stars are attacking the standards of television.\n\n"
        "And last week Only Ferrets and Foxes star Desmond Harkaway criticised the "
        'channels for being "too safe and too cheap". "We must be careful," he said.'
    )
    quote = next(q for q in quotes_of(text) if "We must be careful" in q.text)
    assert quote.speaker == "Desmond Harkaway"
    assert quote.speaker_title == "Only Ferrets and Foxes star"
