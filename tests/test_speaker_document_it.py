"""An "it" opening a sentence after one whose first cue has a document put out by a
person or a body for subject ("A statement released by Karl Brenner said …. It
added …") is that document's speaker, not the last organisation named; an "it"
after a person's own words is left to the organisation."""

import pytest

OPENING = (
    "The farm council believes a new subsidy is not needed, ministry spokesman Karl "
    "Brenner said.\n\n"
)
ADDED = 'It added the council believed "a further round of subsidies is not called for."'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            OPENING + "A statement released by Brenner after a meeting of the minister with "
            "the council said growth of two pct was within reach.\n\n" + ADDED,
            "Karl Brenner",
        ),
        (
            "Acme Paper Corp said sales fell.\n\nKarl Brenner, the chairman, said the mills "
            'would close.\n\nIt added that "the market for newsprint is not coming back."',
            "Acme Paper Corp",
        ),
    ],
    ids=["statement-released-by-a-person", "after-a-person-speaking"],
)
def test_it_after_a_document_is_its_speaker(quotes_of, text, speaker):
    quoted = [q.speaker for q in quotes_of(text) if q.kind in ("direct", "mixed")]
    assert quoted == [speaker]
