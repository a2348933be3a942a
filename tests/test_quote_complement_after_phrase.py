"""A "that" clause after a verb of speech and a phrase ("said in a letter that …"), which
the small model hangs on the phrase's noun as a relative clause, is what the verb reports
(``tasks.quote_cues._complement_read_as_relative``)."""

import pytest


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The union told members in a letter that the strike would go ahead.",
            "The union",
            "that the strike would go ahead",
        ),
        (
            "The minister said for the first time that the plan had failed.",
            "The minister",
            "that the plan had failed",
        ),
    ],
)
def test_that_clause_after_a_phrase_is_reported(quotes_of, quote_with, text, speaker, content):
    quote = quote_with(quotes_of(text), content, indirect=True)
    assert quote.kind == "indirect"
    assert quote.speaker == speaker
    assert text[quote.statement_start : quote.statement_end] == content


def test_that_clause_on_a_topic_stays_with_its_noun(quotes_of):
    text = "She spoke about the rumours that he had resigned."
    quotes = quotes_of(text)
    assert [text[q.statement_start : q.statement_end] for q in quotes] == [
        "about the rumours that he had resigned"
    ]


def test_relative_clause_with_that_as_its_object_is_no_report(quotes_of):
    text = "Ana Silva said in the speech that she gave on Monday nothing new."
    assert quotes_of(text) == []


def test_that_clause_on_a_cause_stays_with_its_noun(quotes_of):
    text = "Ana Silva called for a new vote following news that the mayor would resign."
    statements = [text[q.statement_start : q.statement_end] for q in quotes_of(text)]
    assert statements
    assert all(s.startswith("for a new vote") for s in statements)


def _parsed(nlp, words, heads, deps, tags, pos):
    """A hand-made parse (the small model's misreadings are not stable across texts)."""
    from spacy.tokens import Doc

    lemmas = [w if w != "told" else "tell" for w in words]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


_REPORT = {
    "words": "she told the board in a meeting that she would go".split(),
    "deps": "nsubj ROOT det dobj prep det pobj mark nsubj aux relcl".split(),
    "tags": "PRP VBD DT NN IN DT NN IN PRP MD VB".split(),
    "pos": "PRON VERB DET NOUN ADP DET NOUN SCONJ PRON AUX VERB".split(),
    "heads": [1, 1, 3, 1, 1, 6, 4, 10, 10, 10, 6],
}


def test_the_misread_clause_is_found_on_a_hand_made_parse(nlp):
    from tasks.quote_cues import _complement_read_as_relative

    doc = _parsed(nlp, **_REPORT)
    assert _complement_read_as_relative(doc[1]) == doc[10]


def test_a_verb_of_speech_inside_a_that_clause_gets_no_such_content(nlp):
    from tasks.quote_cues import _complement_read_as_relative

    doc = _parsed(
        nlp,
        words=["a", "claim", "that", *_REPORT["words"]],
        deps=["det", "ROOT", "mark", *_REPORT["deps"][:1], "acl", *_REPORT["deps"][2:]],
        tags=["DT", "NN", "IN", *_REPORT["tags"]],
        pos=["DET", "NOUN", "SCONJ", *_REPORT["pos"]],
        heads=[1, 1, 4]
        + [h + 3 for h in _REPORT["heads"][:1]]
        + [1]
        + [h + 3 for h in _REPORT["heads"][2:]],
    )
    assert _complement_read_as_relative(doc[4]) is None
