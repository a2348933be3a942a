"""Issue 16, PolNeAR every attribution (round 29, ``polrec29``): a report with a subject
of its own, joined by "and"/"but" or set beside by "while", ends the reported clause the
parse hung it in, and stands as a statement of its own; verbs of a stance or words
taken out loud that news uses for attribution ("favor", "downplay", "chant") are cues.
Small articles written for the rules."""

from __future__ import annotations


def _reported(quotes) -> dict[str, tuple[str, str | None]]:
    return {q.cue: (q.text, q.speaker) for q in quotes if q.kind == "indirect"}


def test_a_report_set_beside_by_while_ends_the_reported_clause(quotes_of):
    text = (
        "Mayor Ortiz said the harbour levy would pass easily, while her rivals warned "
        "that the vote could fail."
    )
    reported = _reported(quotes_of(text))
    assert reported["said"] == ("the harbour levy would pass easily", "Ortiz")
    assert reported["warned"] == ("that the vote could fail", "her rivals")


def test_a_report_after_a_comma_and_and_with_its_own_subject_ends_the_clause(quotes_of):
    text = (
        "The senator said prices had risen sharply, and the new figures showed wages "
        "falling behind."
    )
    reported = _reported(quotes_of(text))
    assert reported["said"][0] == "prices had risen sharply"
    assert reported["showed"][0] == "wages falling behind"


def test_a_clause_of_a_thing_joined_by_and_stays_in_the_reported_clause(quotes_of):
    # "the plant closed" reports nothing: no verb of speech or stance, no cut.
    text = "Ms. Hale said the rail line would open in spring and the old depot would close."
    reported = _reported(quotes_of(text))
    assert reported["said"][0] == "the rail line would open in spring and the old depot would close"


def test_a_preference_is_a_stance(quotes_of):
    reported = _reported(quotes_of("Most delegates favor a higher fuel tax on imports."))
    assert reported["favor"] == ("a higher fuel tax on imports", "Most delegates")


def test_playing_down_a_dispute_is_a_stance(quotes_of):
    reported = _reported(quotes_of("Ms. Kline downplayed the dispute over the pension fund."))
    assert reported["downplayed"] == ("the dispute over the pension fund", "Kline")


def test_a_second_that_clause_stays_with_the_first_cue(quotes_of):
    # "and that …" is a second complement of "argued", not a report beside it.
    text = (
        "Ms. Oduya argued that the depot should stay open and that she doubts the town "
        "will lose its buses."
    )
    reported = _reported(quotes_of(text))
    assert reported["argued"][0].endswith("will lose its buses")


def test_shares_joined_without_a_comma_stay_one_finding(quotes_of):
    text = (
        "The survey finds that 40 percent of voters blame the mayor and 20 percent say "
        "the council is at fault."
    )
    reported = _reported(quotes_of(text))
    assert reported["finds"][0].endswith("the council is at fault")
