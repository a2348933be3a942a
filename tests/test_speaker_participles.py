"""A participle's speaker: never the name after a present participle (its object),
the noun it modifies when it has no subject of its own ("a poll showing …"), and the
agent of a passive one ("Asked by X to respond")."""

from __future__ import annotations


def test_the_object_of_a_participle_is_not_its_speaker(quotes_of):
    quotes = quotes_of(
        "Last month the Harbor League spent $3 million on advertisements attacking "
        "Senator Mara Lind over her farm votes."
    )
    assert all(q.speaker != "Mara Lind" for q in quotes)


def test_a_participle_after_a_noun_speaks_for_the_noun(quotes_of):
    quotes = quotes_of(
        "Despite a new survey showing Dorman’s support among farmers down to 14 percent, "
        "the mayor stayed calm."
    )
    support = [q for q in quotes if "support among farmers" in q.text]
    assert [q.speaker for q in support] == ["a new survey"]


def test_a_finite_verb_before_its_name_keeps_the_name(quotes_of):
    quotes = quotes_of("“We will not back down,” said Jon Doggett, the head of the growers’ group.")
    assert [q.speaker for q in quotes] == ["Jon Doggett"]


def test_the_agent_of_a_passive_cue_speaks(quotes_of):
    quotes = quotes_of(
        "Asked by Mara Tilden to respond to the attacks, Tom Wexley said: "
        "“What does it say about people who jump on the bandwagon?”"
    )
    asked = [q for q in quotes if q.cue == "Asked"]
    assert [q.speaker for q in asked] == ["Mara Tilden"]
    answer = [q for q in quotes if "bandwagon" in q.text]
    assert [q.speaker for q in answer] == ["Tom Wexley"]


def test_the_paper_that_quotes_someone_does_not_speak(quotes_of):
    quotes = quotes_of(
        "“It is a fair deal,” the minister was quoted by the Daily Clarion as saying."
    )
    assert [q.speaker for q in quotes] == ["the minister"]


def test_a_passive_with_its_own_subject_reports_nothing_around_it(quotes_of):
    # "as it was backed by X": "as" means because; the film is what was backed, and the
    # clause around it is not the studio's words.
    quotes = quotes_of(
        "The wartime drama starring Lena Marsh was ruled too foreign by a Lyon court "
        "last month as it was partly backed by Starline Pictures."
    )
    assert all(q.speaker != "Starline Pictures" for q in quotes)


def test_an_as_clause_of_a_reporter_still_reports_the_clause(quotes_of):
    quotes = quotes_of(
        "Support for the plan is collapsing among farmers, as the Harbor Institute found "
        "in its spring survey."
    )
    assert any(q.speaker == "Harbor Institute" and "collapsing" in q.text for q in quotes)
