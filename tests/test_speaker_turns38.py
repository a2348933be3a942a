"""Round 38 (issue 16): pronouns and turns. A person whose view another's verb takes
as its object ("X backed Y's view that …") is talked about, no antecedent of the next
"he", and a speaker brought in as a relative clause's subject ("Henson, who …") is;
a quotation opening the sentence after a named person's report ("X repeated
his calls for …. “…”") is that person's turn, whatever the verb."""

from __future__ import annotations

from .quote_helpers import speaker_of


def test_he_after_backing_another_s_view_is_the_one_who_backed_it(quotes_of):
    text = (
        "Rovers captain Dean Marlow has admitted his side cannot win the league.\n\n"
        '"We are too far behind," he told the Evening Post. And City boss Frank Oldroyd '
        "backed Marlow's view that the title race was over. "
        '"Rovers need another season to build a team," he told the Evening Post.'
    )
    assert speaker_of(quotes_of(text), "another season") == "Frank Oldroyd"


def test_he_after_a_view_of_his_own_is_still_the_viewer(quotes_of):
    # No one else takes the view: the possessor is the subject's own, as before.
    text = (
        "Rovers captain Dean Marlow has admitted his side cannot win the league.\n\n"
        "Marlow's view is that the title race was over. "
        '"We need another season to build a team," he told the Evening Post.'
    )
    assert speaker_of(quotes_of(text), "another season") == "Dean Marlow"


def test_a_quotation_after_a_named_person_s_report_is_that_person_s(quotes_of):
    text = (
        "Tory leader Alan Grebe renewed calls for the report to be published, warning: "
        '"This will not go away." "The public deserve the whole truth." Liberal Democrat '
        "spokesman Ross Delane repeated his party's calls for the full report to be made "
        'public. "Only the fullest disclosure can restore trust in the inquiry."'
    )
    assert speaker_of(quotes_of(text), "fullest disclosure") == "Ross Delane"


def test_a_quotation_after_an_unnamed_report_goes_on_with_the_speaker(quotes_of):
    # "Some MPs" name no one: the quotation goes on with Grebe's words.
    text = (
        "Tory leader Alan Grebe renewed calls for the report to be published, warning: "
        '"This will not go away." Some MPs repeated calls for the full report to be made '
        'public. "The public deserve the whole truth."'
    )
    assert speaker_of(quotes_of(text), "whole truth") == "Alan Grebe"


def test_he_after_a_speaker_brought_in_by_a_relative_clause_is_that_speaker(quotes_of):
    text = (
        '"We have to stay focused on Italy," said coach Alan Pryce.\n\n'
        "None more so than Owen Tegid, who can now expect to have the spotlight thrust "
        'upon him. The confident 23-year-old is undaunted by it. "I like the pressure," '
        "he said."
    )
    assert speaker_of(quotes_of(text), "like the pressure") == "Owen Tegid"


def test_he_after_a_relative_clause_of_another_gender_is_the_speaker_before(quotes_of):
    text = (
        '"We have to stay focused on Italy," said coach Alan Pryce.\n\n'
        "He praised Mary Tegid, who says she expects the spotlight on the team. "
        '"I like the pressure," he said.'
    )
    assert speaker_of(quotes_of(text), "like the pressure") == "Alan Pryce"


def test_he_after_one_of_several_named_in_a_relative_clause_is_the_speaker_before(quotes_of):
    # "who" stands for all three firms: none of them is the next "he".
    text = (
        '"We have to stay focused on Italy," said coach Alan Pryce.\n\n'
        "Shares in Rank Group, Ladbrokes and Stanley Leisure, who had hoped for more, "
        'fell on Monday. "I like the pressure," he said.'
    )
    assert speaker_of(quotes_of(text), "like the pressure") == "Alan Pryce"
