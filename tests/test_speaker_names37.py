"""Round 37 (issue 16): a speaker's name the story gives more fully than the cue's
mention does: a company's short name the model typed a person, a surname the model
typed an organisation where the text writes the first name, a son named by his
father's family name, and a club member's epithet after a quotation in the first
person.

Small articles written for the rules (round 37, ``spk37``)."""

from __future__ import annotations

from .quote_helpers import speaker_of


def test_a_companys_short_name_typed_a_person_is_the_company(quotes_of):
    text = (
        "Shares of Okasan Securities and Kobe Trust rose on talk of a merger.\n\n"
        "Okasan added 2% to 310 yen, and Kobe added 5% to 740 yen. Okasan chief Ken Mori "
        'said the firms needed to grow. Kobe said that "there are no plans to enter into '
        'negotiations to merge".'
    )
    assert speaker_of(quotes_of(text), "no plans to enter") == "Kobe Trust"


def test_a_surname_typed_an_organisation_is_the_person_with_the_first_name(quotes_of):
    text = (
        "Boss Graeme Strachness felt Rovers were never in danger of going out of the "
        "Uefa Cup.\n\n"
        "A late goal from Alan Shearby earned them a 2-1 win. But Strachness said he did "
        'not think the record would change his plans. "I think if he got it this year he '
        'would want to stay," he added.'
    )
    assert speaker_of(quotes_of(text), "want to stay") == "Graeme Strachness"


def test_a_son_takes_his_fathers_family_name(quotes_of):
    text = (
        "Four suits worn by the band have sold for $110,000 at a US auction.\n\n"
        "The tapes were made by sound engineer Thorne Pellow, who died in 1994. "
        "\"We've had them for a lot of years, and we could use the money,\" Mr Pellow's "
        "son Stephen, 57, said before the auction."
    )
    assert speaker_of(quotes_of(text), "use the money") == "Stephen Pellow"


def test_a_club_members_epithet_after_a_quotation_is_the_athlete(quotes_of):
    text = (
        "Gardner, Campbell and Mark Lewis-Fenn have all been given awards after the "
        "relay.\n\n"
        "Then Lewis-Fenn ran a textbook final leg to bring the team home first. "
        '"Winning the gold medal was the highlight of my career so far," said the '
        "Bramley Harrier."
    )
    assert speaker_of(quotes_of(text), "highlight of my career") == "Mark Lewis-Fenn"


def test_a_club_speaking_as_we_stays_the_club(quotes_of):
    text = (
        "Gardner, Campbell and Mark Lewis-Fenn have all been given awards after the "
        "relay.\n\n"
        "Then Lewis-Fenn ran a textbook final leg to bring the team home first. "
        '"We are proud of all our athletes," said the Bramley Harriers.'
    )
    assert speaker_of(quotes_of(text), "proud of all") != "Mark Lewis-Fenn"
