"""Round 39 (issue 16): unnamed sources and turns. A spokesman named after an inverted
verb ("…,” confirmed a Rovers spokesman") is the club's unnamed spokesman, not the
club; "a spokesman" stays unnamed even when the next sentence names another party's
spokesman; a report by a verb of speech with its particle ("pointing out …")
hands the next quotation to its speaker, as "said" does; and a name given in another's
description ("X's description of him as “…”") is X's words."""

from __future__ import annotations

from .quote_helpers import speaker_of


def test_a_club_spokesman_after_an_inverted_verb_is_unnamed(quotes_of):
    text = (
        "Wales could train with a rugby league club. Rovers have a camp in Spain next "
        'week. "We have had an approach from Wales," confirmed a Rovers spokesman. '
        '"It is in the very early stages."'
    )
    quotes = quotes_of(text)
    assert speaker_of(quotes, "an approach") == "a Rovers spokesman"
    assert all(q.speaker_key != "ORG:rovers" for q in quotes)
    # The spokesman is no statement of his own.
    assert all(q.text != "a Rovers spokesman" for q in quotes)


def test_a_named_person_after_an_inverted_verb_and_a_firm_still_speaks(quotes_of):
    text = '"We will appeal," said Acme chief executive John Smith.'
    assert speaker_of(quotes_of(text), "appeal") == "John Smith"


def test_an_unnamed_spokesman_is_not_the_spokesman_named_next(quotes_of):
    text = (
        "The Tories said they would press ministers over the cost of the scheme. "
        '"The bill will take a decade to come into effect," a spokesman said. Lib Dem '
        "home affairs spokesman Mark Oates has branded the scheme a waste of money."
    )
    quote = next(q for q in quotes_of(text) if "a decade" in q.text)
    assert quote.speaker_key is None


def test_an_unnamed_judge_is_still_the_judge_named_next(quotes_of):
    # Not a role left unnamed by convention: the next sentence names the judge.
    text = (
        'This week a judge said: "The law is failing young people." Judge Charles '
        "Harrow made his remarks at a hearing in Leeds."
    )
    assert speaker_of(quotes_of(text), "failing") == "Charles Harrow"


def test_a_quotation_after_pointing_out_goes_on_with_the_one_pointing(quotes_of):
    text = (
        "Baroness Susan Greenfield is concerned about how far this contact with "
        "technology might affect our very being. BT futurologist Ian Pearson picks up "
        "the theme, pointing out there are issues humans have to iron out. His main "
        'concern is privacy. "We are looking at electronics in deep contact with your '
        'body." "We cannot assume that the brain will not change," warns Baroness '
        "Greenfield."
    )
    assert speaker_of(quotes_of(text), "deep contact") == "Ian Pearson"


def test_a_name_given_in_another_s_description_is_the_describer_s(quotes_of):
    text = (
        "Tory leader Ann Hollis broke away from her speech to deliver a rebuff to Peter "
        'Galt\'s description of her as an "attack dog", claiming such abuse meant Labour '
        'was "rattled".'
    )
    quotes = quotes_of(text)
    assert speaker_of(quotes, "attack dog") == "Peter Galt"
    assert speaker_of(quotes, "rattled") == "Ann Hollis"


def test_a_quotation_answering_the_narration_s_question_is_the_interviewee_s(quotes_of):
    text = (
        "New Yorker Dan Morrow is the party's electoral weapon. He is scathing of the "
        'Tories. "The Tory party is schizophrenic about Europe," he said.\n\n'
        "So is the party's job to destroy the Tories, as former member Robert Kilburn "
        'once declared? "No. The aim of the party is to stiffen the Tories on the issue."'
    )
    assert speaker_of(quotes_of(text), "stiffen") == "Dan Morrow"


def test_a_quotation_after_a_question_left_open_in_quotation_goes_on_with_it(quotes_of):
    # The question is inside a quotation left open: the speaker's own, who goes on.
    text = (
        '"Costs will rise," said Ann Dray of the Tokyo Longevity Centre. Jo Barlow, vice '
        'president of Acme Securities, asks; "Who is going to fund the pension fund? "Who '
        'is going to build the economy, and who will be the producers?"'
    )
    assert speaker_of(quotes_of(text), "build the economy") == "Jo Barlow"
