"""Issue 16, PolNeAR: a verb of taking a side whose only object is a personal pronoun
("endorsed her", "opposed it") or a name ("favored Quarrie") states its subject's stance,
as "endorsed Cruz" does; not a phrasal verb ("backing them up") or an infinitive on a
noun, which has no subject of its own ("new impetus to oppose Varga").

Small articles written for the rule (round 31, ``polrec31``)."""

from __future__ import annotations


def _rows(quotes, cue: str):
    return [q for q in quotes if q.kind == "indirect" and q.cue == cue]


def test_a_pronoun_for_the_object_of_an_endorsement_is_the_stance(quotes_of):
    text = "Ilse Varga is running for mayor of Pellworth. Councillor Tom Harding endorsed her."
    (quote,) = _rows(quotes_of(text), "endorsed")
    assert quote.speaker == "Tom Harding"
    assert quote.text == "her"


def test_a_thing_opposed_by_a_pronoun_is_the_stance(quotes_of):
    text = (
        "The council put forward a plan to close the old library. Mary Holloway opposed it "
        "from the start."
    )
    (quote,) = _rows(quotes_of(text), "opposed")
    assert quote.speaker == "Mary Holloway"
    assert quote.text == "it"


def test_a_name_favoured_by_a_speaker_is_the_stance(quotes_of):
    text = "Mary Holloway stood for the chair. At the meeting, Dermot Quarrie favored Holloway."
    (quote,) = _rows(quotes_of(text), "favored")
    assert quote.speaker == "Dermot Quarrie"
    assert quote.text == "Holloway"


def test_a_phrasal_verb_with_a_pronoun_is_no_stance(quotes_of):
    text = "The volunteers were tired, but Mary Holloway was backing them up all week."
    assert not _rows(quotes_of(text), "backing")


def test_an_infinitive_on_a_noun_takes_no_side_of_its_own(quotes_of):
    text = (
        "Ilse Varga is running for mayor. The closure of the mill gave Tom Harding new "
        "impetus to oppose Varga."
    )
    assert not _rows(quotes_of(text), "oppose")


def test_what_a_pronoun_is_praised_as_is_part_of_the_stance(quotes_of):
    text = (
        "The council opened the new footbridge in May. Mary Holloway praised it as a fine "
        "piece of work."
    )
    (quote,) = _rows(quotes_of(text), "praised")
    assert quote.speaker == "Mary Holloway"
    assert quote.text == "it as a fine piece of work"


def test_those_who_oppose_a_thing_keep_their_stance(quotes_of):
    text = "Many voters back the levy, but those who oppose fracking are louder."
    assert [q.text for q in _rows(quotes_of(text), "oppose")] == ["fracking"]
