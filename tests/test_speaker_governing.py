"""A he or she in a clause under a verb whose subject is one person of its gender
("He said Martin Sayle could lose because he claimed …") is that person, not the
last speaker; a subject of the other gender, a bystander's, a relative clause's or an
infinitive's governs no pronoun. A relative clause whose own subject is the pronoun
("…, who he says are …") hangs on the verb its noun is the object of."""

import pytest

OPENING = "Senator Paul Wexford spoke to reporters on Monday. He said Governor "
TOLL = '"a fair price for a safer road."'
CLAIM = "Senator Paul Wexford, later claiming that Governor"
PLAGUE = '"a plague on this city."'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (OPENING + f"Martin Sayle could lose the race because he claimed {TOLL}", "Martin Sayle"),
        (
            OPENING + f"Martin Sayle could lose the race because he had called the new toll {TOLL}",
            "Martin Sayle",
        ),
        (
            OPENING + f"Helen Sayle could lose the race because he had called the new toll {TOLL}",
            "Paul Wexford",
        ),
        (
            "Senator Paul Wexford took questions at the depot, with Governor Martin Sayle "
            f"standing behind him as he called the new toll {TOLL}",
            "Paul Wexford",
        ),
        (
            "Senator Paul Wexford spoke on Monday. He said voters who heard Governor Martin "
            f"Sayle could not forget that he called the toll {TOLL}",
            "Paul Wexford",
        ),
        (
            "Finance minister Paul Wexford said he expected bank governor Martin Sayle to "
            "present new rules within a month and made clear he shared "
            '"the view that savers need more protection."',
            "Paul Wexford",
        ),
        (
            f"{CLAIM} Martin Sayle wanted higher taxes, said he would scrap the toll, "
            f"which he called {PLAGUE}",
            "Paul Wexford",
        ),
        (
            f"{CLAIM} Martin Sayle wanted higher taxes, said he would expel the lobbyists, "
            f"who he says are {PLAGUE}",
            "Paul Wexford",
        ),
        (
            f"{CLAIM} Helen Sayle wanted higher taxes, said she would expel the lobbyists, "
            f"who she says are {PLAGUE}",
            "Helen Sayle",
        ),
    ],
    ids=[
        "because-clause",
        "called-clause",
        "other-gender",
        "absolute-participle",
        "relative-clause",
        "infinitive-subject",
        "relative-clause-on-object",
        "relative-clause-on-object-embedded",
        "relative-clause-other-gender",
    ],
)
def test_the_pronoun_is_the_person_its_clause_hangs_from(quotes_of, text, speaker):
    quoted = [q.speaker for q in quotes_of(text) if q.kind in ("direct", "mixed")]
    assert quoted == [speaker]
