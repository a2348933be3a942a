"""Issue 16, PolNeAR every attribution (round 26, ``polrec26``): a second verb of speech
of the same speaker that the parse hangs inside the first one's content ends that
content, and it is the first speaker's. Small articles written for the rule."""

from __future__ import annotations


def _reported(quotes) -> dict[str, tuple[str, str | None]]:
    return {q.cue: (q.text, q.speaker) for q in quotes if q.kind == "indirect"}


def test_a_second_said_joined_by_and_ends_the_first(quotes_of):
    text = (
        "Mayor Green said his recent attacks on the council have given his campaign "
        "momentum and said that the council did not represent the town."
    )
    said = [q for q in quotes_of(text) if q.kind == "indirect" and q.cue == "said"]
    assert [(q.text, q.speaker) for q in said] == [
        ("his recent attacks on the council have given his campaign momentum", "Green"),
        ("that the council did not represent the town", "Green"),
    ]


def test_a_participle_of_speech_after_a_comma_ends_the_first(quotes_of):
    text = (
        "Mr. Lee said he saw no need to change anything about his plan, telling "
        "reporters that the town would recover."
    )
    reported = _reported(quotes_of(text))
    assert reported["said"] == ("he saw no need to change anything about his plan", "Lee")
    assert reported["telling"] == ("that the town would recover", "Lee")


def test_added_is_the_reporters_not_the_clauses_subject(quotes_of):
    text = "Ms. Ruiz said the harbour plan was sound and added that it would pass."
    reported = _reported(quotes_of(text))
    assert reported["said"] == ("the harbour plan was sound", "Ruiz")
    assert reported["added"] == ("that it would pass", "Ruiz")


def test_a_clause_joined_without_a_verb_of_speech_stays_whole(quotes_of):
    text = "Ms. Park said the economy is weak and unemployment will rise."
    reported = _reported(quotes_of(text))
    assert reported["said"] == ("the economy is weak and unemployment will rise", "Park")


def test_a_bare_verb_of_speech_in_the_clause_stays_in_it(quotes_of):
    text = (
        "Mr. Ortiz said the council placed several calls to him, and that it had its "
        "clerk answer them and tell the press he was away."
    )
    reported = _reported(quotes_of(text))
    assert reported["said"][0].endswith("and tell the press he was away")


def test_a_verb_of_the_reported_clause_stays_in_it(quotes_of):
    # Another tense than the cue's: the executives' act, part of what is contended.
    text = (
        "Prosecutors contend that executives from the firms met and agreed to present a "
        "single strategy."
    )
    reported = _reported(quotes_of(text))
    assert reported["contend"][0].endswith("met and agreed to present a single strategy")
    assert "agreed" not in reported


def test_a_partner_of_an_adjective_is_no_second_report(quotes_of):
    text = "Mr. Reyes said the singer was being loopy and stressed."
    reported = _reported(quotes_of(text))
    assert reported["said"][0] == "the singer was being loopy and stressed"


def test_a_second_report_joined_to_a_persons_clause_is_the_reporters(quotes_of):
    text = (
        "Senator Opik said ministers had invented a new kind of hunting and asked how "
        "the police were supposed to read the rules."
    )
    reported = _reported(quotes_of(text))
    assert reported["said"] == ("ministers had invented a new kind of hunting", "Opik")
    assert reported["asked"] == ("how the police were supposed to read the rules", "Opik")


def test_a_second_report_with_did_takes_the_tense_of_did(quotes_of):
    # Round 27: "did not suggest" is past, as "said" is: the speaker's second act.
    text = (
        "Ms. Ruiz said that she would offer a prayer for the nominee but did not suggest "
        "it would be her rival."
    )
    reported = _reported(quotes_of(text))
    assert reported["said"] == ("that she would offer a prayer for the nominee", "Ruiz")
    assert reported["suggest"] == ("it would be her rival", "Ruiz")


def test_a_present_report_stays_whole_after_a_past_did(quotes_of):
    # "does not say" is present, the cue "said" past: the clause's own verb.
    text = "Ms. Park said she does not back the plan but does not say who should lead it."
    reported = _reported(quotes_of(text))
    assert reported["said"][0] == "she does not back the plan but does not say who should lead it"
