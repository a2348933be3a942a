"""Issue 16: a role with its field before a name ("director of rugby Nigel Melville
said"), which the parse hangs under the field: the person named speaks.

Small articles written for the rule (round 20, ``polspk14``)."""

from __future__ import annotations


def test_the_name_after_a_roles_field_speaks(quotes_of):
    text = (
        "Harbourside head of coaching Tamsin Orrell said: “We lost our shape after the "
        "break and paid for it.” She added that the squad would train on Sunday."
    )
    quotes = quotes_of(text)
    assert {q.speaker for q in quotes} == {"Tamsin Orrell"}
    direct = next(q for q in quotes if q.kind == "direct")
    assert direct.speaker_title == "Harbourside head of coaching"


def test_a_lowercase_field_of_several_words(quotes_of):
    text = (
        "Senior vice president of regional planning Oswin Threlkeld told shareholders "
        "that the depot would open in the autumn."
    )
    quote = next(q for q in quotes_of(text) if q.kind == "indirect")
    assert quote.speaker == "Oswin Threlkeld"


def test_a_person_after_of_is_someone_else(quotes_of):
    # The object names whom the role belongs to: a title or a person noun before it.
    text = (
        "A spokesman for Governor Peverell Amsby said the ferry timetable would not change. "
        "The wife of fisherman Corrin Haldane said: “We have lost two boats this year.”"
    )
    speakers = {q.speaker for q in quotes_of(text)}
    assert "Peverell Amsby" not in speakers
    assert "Corrin Haldane" not in speakers


def test_the_name_after_the_roles_organisation_speaks(quotes_of):
    text = (
        "A spokeswoman for Brackenfield Dairies, Odile Marchetti, said the creamery "
        "would reopen in March. A spokesman for the Prime Minister, Edwin Coldrake, "
        "said the visit had been postponed."
    )
    speakers = [q.speaker for q in quotes_of(text) if q.kind == "indirect"]
    assert speakers[0] == "Odile Marchetti"
    # The spokesman speaks for the person named, not as him.
    assert "Edwin Coldrake" not in speakers
