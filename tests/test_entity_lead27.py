"""Round 27 (lead): a nationality before a given name and a surname that opens with a
lower-case particle is no part of the person's name."""

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Talks with Oslo had helped clear several points, said Belgian Marc de Vries, "
            "the commissioner for trade.",
            "Marc de Vries",
        ),
        (
            "The plan was sound, said French Pierre de Lille, the ministry's budget director.",
            "Pierre de Lille",
        ),
    ],
)
def test_a_nationality_before_a_particle_surname_is_left_out(extract, text, name):
    people = {m.text for m in extract(text) if m.label == "PERSON"}
    assert people == {name}
