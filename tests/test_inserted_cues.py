"""Issue 16, PolNeAR: a cue set inside the clause it reports covers both sides; a
headline labelled with an untagged surname.

Small articles written for the rule (round 19, ``polspk13``)."""

from __future__ import annotations


def test_a_cue_inside_its_clause_spans_both_sides(quotes_of):
    text = (
        "Greta Holloway chairs the canal trust. The towpath repairs, Holloway said, "
        "would be finished before the spring regatta."
    )
    quote = next(q for q in quotes_of(text) if q.kind == "indirect" and q.cue == "said")
    statement = text[quote.statement_start : quote.statement_end]
    assert statement.startswith("The towpath repairs")
    assert statement.endswith("before the spring regatta")
    # The row's words stay one side of the cue, without the cue's own words.
    assert "Holloway said" not in quote.text


def test_a_cue_after_its_clause_keeps_the_clause(quotes_of):
    text = (
        "Greta Holloway chairs the canal trust. The towpath repairs would be finished "
        "before the spring regatta, she said."
    )
    quote = next(q for q in quotes_of(text) if q.kind == "indirect" and q.cue == "said")
    statement = text[quote.statement_start : quote.statement_end]
    assert statement == "The towpath repairs would be finished before the spring regatta"


def test_an_untagged_surname_labels_a_headline(quotes_of):
    text = (
        "Pettigrew: Ferry fares must come down before the winter timetable. "
        "Councillor Maud Pettigrew wants the island service run by the county.\n\n"
        "The operator has not replied."
    )
    labelled = [q for q in quotes_of(text) if q.cue == ":"]
    assert [q.speaker for q in labelled] == ["Maud Pettigrew"]
    assert labelled[0].text.startswith("Ferry fares must come down")
