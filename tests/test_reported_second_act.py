"""Issue 16, PolNeAR every attribution (round 28, ``polrec28``): a stance taken out
loud ("likened", "citing", "declined to"), joined to a verb of speech's content, is the
speaker's second statement with its own row, as a second verb of speech already was;
a comma inside a closing quotation mark sets the second act off as a comma does.
Small articles written for the rule."""

from __future__ import annotations


def _reported(quotes) -> dict[str, tuple[str, str | None]]:
    return {q.cue: (q.text, q.speaker) for q in quotes if q.kind == "indirect"}


def test_a_stance_joined_by_and_ends_the_reported_clause(quotes_of):
    text = (
        "Mayor Ortiz said the harbour deal was a costly mistake and likened it to the "
        "failed bridge project of the last decade."
    )
    reported = _reported(quotes_of(text))
    assert reported["said"] == ("the harbour deal was a costly mistake", "Ortiz")
    assert reported["likened"] == ("it to the failed bridge project of the last decade", "Ortiz")


def test_a_citing_participle_ends_the_reported_clause(quotes_of):
    text = (
        "Ms. Hale said the new rail line would be finished by spring, citing the latest "
        "figures from the transport office."
    )
    reported = _reported(quotes_of(text))
    assert reported["said"] == ("the new rail line would be finished by spring", "Hale")
    assert reported["citing"] == ("the latest figures from the transport office", "Hale")


def test_declined_after_but_is_the_reporters_when_the_clause_is_about_a_thing(quotes_of):
    text = (
        "The company acknowledged that the plant had been closed for a week but declined "
        "to provide a list of the workers it laid off."
    )
    reported = _reported(quotes_of(text))
    assert reported["acknowledged"][0] == "that the plant had been closed for a week"
    assert reported["declined"] == (
        "to provide a list of the workers it laid off",
        "The company",
    )


def test_a_stance_of_the_clauses_own_people_stays_in_the_clause(quotes_of):
    # The members attack the mayor, not Mr. Dunn: no second statement.
    text = "Mr. Dunn said that the council members were angry about the tax and attacked the mayor."
    reported = _reported(quotes_of(text))
    assert reported["said"] == (
        "that the council members were angry about the tax and attacked the mayor",
        "Dunn",
    )
    assert "attacked" not in reported


def test_a_wish_joined_to_the_clause_stays_in_it(quotes_of):
    # "want" is a wish, no stance taken out loud: the voters' own.
    text = "Mr. Dunn said that voters were angry about the tax and wanted a new vote on it."
    reported = _reported(quotes_of(text))
    assert reported["said"][0] == "that voters were angry about the tax and wanted a new vote on it"
    assert "wanted" not in reported


def test_a_comma_inside_the_closing_mark_sets_off_the_second_act(quotes_of):
    text = 'Ms. Cole said the budget was "a step backward," pointing to the cuts in school funding.'
    reported = _reported(quotes_of(text))
    assert reported["said"] == ('the budget was "a step backward,"', "Cole")
    assert reported["pointing"] == ("to the cuts in school funding", "Cole")


def test_a_list_of_participles_stays_in_the_clause(quotes_of):
    # "advocating" is one item of what her record includes, not the allies' second act.
    text = (
        "Her allies think that young voters do not know her record on the border, "
        "including training judges, visiting shelters and advocating for new asylum rules."
    )
    reported = _reported(quotes_of(text))
    assert reported["think"][0].endswith("and advocating for new asylum rules")
    assert "advocating" not in reported


def test_a_participle_partner_of_an_adjective_stays_in_the_clause(quotes_of):
    text = (
        "Parents raised questions that some of them said were unanswered and dismissed "
        "by the school board."
    )
    reported = _reported(quotes_of(text))
    assert reported["said"][0].endswith("unanswered and dismissed by the school board")
