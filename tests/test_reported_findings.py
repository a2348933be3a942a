"""Issue 16, PolNeAR every attribution (round 27, ``polrec27``): a verb of finding with an
object alone reports a finding only from a source of findings (a document, an
organisation the model names); a person or another noun who finds a thing reports
nothing. Small articles written for the rule."""

from __future__ import annotations


def _found(quotes) -> dict[str, str | None]:
    """``{content: speaker}`` of the reported rows whose cue is a form of "find"."""
    return {
        q.text: q.speaker
        for q in quotes
        if q.kind == "indirect" and q.cue in ("find", "finds", "found", "finding")
    }


def test_a_person_who_finds_a_thing_reports_nothing(quotes_of):
    assert _found(quotes_of("Ms. Ito found a job in her field after the election.")) == {}


def test_a_found_thing_of_a_common_noun_reports_nothing(quotes_of):
    text = "The police found the posts and removed them from the forum."
    assert _found(quotes_of(text)) == {}


def test_an_organisation_that_finds_itself_somewhere_reports_nothing(quotes_of):
    text = "The Harbour Bank found itself at the centre of the county's budget crisis."
    assert _found(quotes_of(text)) == {}


def test_a_document_finds_an_object_alone(quotes_of):
    text = "The survey found widespread support for the harbour levy."
    assert _found(quotes_of(text)) == {"widespread support for the harbour levy": "The survey"}


def test_a_named_organisation_finds_an_object_with_its_participle(quotes_of):
    text = "Gallup found the mayor leading by ten points."
    assert _found(quotes_of(text)) == {"the mayor leading by ten points": "Gallup"}


def test_a_person_who_finds_a_clause_still_reports_it(quotes_of):
    text = "Ms. Diaz found that the plan had failed to cut the waiting lists."
    assert _found(quotes_of(text)) == {"that the plan had failed to cut the waiting lists": "Diaz"}


def test_a_person_who_finds_a_thing_so_and_so_still_reports_it(quotes_of):
    # "found X too arrogant": a judgement of X, a clause in the parse.
    text = "Voters found the mayor too arrogant to support."
    assert _found(quotes_of(text)) == {"the mayor too arrogant to support": "Voters"}


def test_that_after_the_verb_opens_a_clause_whatever_the_parse(quotes_of):
    # The parse hangs "that" on "something" and makes it the object; a clause still.
    text = "It found that one in five post something on the net every day."
    assert _found(quotes_of(text)) == {"that one in five post something on the net every day": None}
