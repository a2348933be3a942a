"""Issue 16: who speaks when the cue's subject is not the speaker's name. A "he" or
"she" after a sentence whose subject is a surname the model did not tag (or typed
otherwise) is the person the text names in full with it, not the last speaker before;
"X quoted Y as saying" gives Y; "the archbishop" is the one person the text titled
so before. Small articles written for the class."""

from __future__ import annotations

_MATCH = (
    "{given} Vercoutere beat Tomas Lindqvist in three sets in Rotterdam on Friday.\n"
    "“The wind made every serve a lottery,” admitted Lindqvist. Vercoutere will play in "
    "{own} first final on Sunday after the win. “I have waited nine years for a week like "
    "this,” he said."
)


def test_he_after_an_untagged_surname_as_subject_is_that_person(quotes_of, quote_with):
    quotes = quotes_of(_MATCH.format(given="Pierre", own="his"))
    assert quote_with(quotes, "lottery").speaker == "Tomas Lindqvist"
    assert quote_with(quotes, "nine years").speaker == "Pierre Vercoutere"


def test_the_untagged_surname_must_agree_with_the_pronoun(quotes_of, quote_with):
    quote = quote_with(quotes_of(_MATCH.format(given="Maria", own="her")), "nine years")
    assert quote.speaker != "Maria Vercoutere"


def test_whom_a_paper_quoted_as_saying_speaks(quotes_of, quote_with):
    text = (
        "The Gazette of Porto Velho quoted Energy Minister Halvard Brekke as saying: "
        "“We will not cut output this winter.”"
    )
    quote = quote_with(quotes_of(text), "cut output")
    assert quote.speaker == "Halvard Brekke"


def test_a_company_quoting_its_founder_gives_the_founder(quotes_of, quote_with):
    text = (
        "Bradwell Tools said its founder had resigned on Tuesday. The company quoted its "
        "founder, Oswin Threlkeld, as saying, “I accept the blame for these trades.”"
    )
    quote = quote_with(quotes_of(text), "blame")
    assert quote.speaker == "Oswin Threlkeld"


_SHELTER = (
    "Archbishop Thomas Marlow has urged the city council to reopen the shelter on Dock "
    "Street before the winter.{other} The archbishop said the closure was “a wound in the "
    "heart of the town”."
)


def test_the_office_given_as_a_title_before_is_that_person(quotes_of, quote_with):
    quote = quote_with(quotes_of(_SHELTER.format(other="")), "a wound")
    assert quote.speaker == "Thomas Marlow"


def test_two_people_given_the_office_leave_it_a_description(quotes_of, quote_with):
    other = " Archbishop Pietro Salvucci backed him."
    quote = quote_with(quotes_of(_SHELTER.format(other=other)), "a wound")
    assert quote.speaker_key is None


def test_the_subject_of_a_passive_quoting_verb_speaks(quotes_of, quote_with):
    text = (
        "Fuel prices in the north will rise in spring, officials said on Monday.\n"
        "Energy minister Halvard Brekke was also quoted as saying that “nobody will go "
        "cold this winter”."
    )
    quote = quote_with(quotes_of(text), "go cold")
    assert quote.speaker == "Halvard Brekke"
