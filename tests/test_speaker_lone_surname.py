"""A he or she with no person of its gender named before it is the speaker of the
cue just before whose subject is one capitalised word the model did not tag, or
typed an organisation ("Loftwick said …. “…,” she said"): a surname alone. Not a
short form of a longer name the text gives ("Acme" after "Acme Paper Corp")."""

import pytest

MILLS = '"At one time the mills made good money," {pronoun} said.'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Loftwick said paper used to be a better business for timber groups. "
            + MILLS.format(pronoun="he"),
            "Loftwick",
        ),
        (
            "PAPER MAKERS\n\nLoftwick said paper used to be a better business for timber "
            "groups, but demand has fallen. " + MILLS.format(pronoun="she"),
            "Loftwick",
        ),
        (
            "Acme Paper Corp closed a mill. Acme said paper used to be a better business "
            "for timber groups. " + MILLS.format(pronoun="she"),
            None,
        ),
    ],
    ids=["surname-alone", "surname-after-headline", "company-short-form"],
)
def test_a_lone_surname_is_the_pronoun_after_it(quotes_of, text, speaker):
    quoted = [q.speaker for q in quotes_of(text) if q.kind in ("direct", "mixed")]
    assert quoted == [speaker]
