"""Round 30's cost work on entities: whole words and bracketed acronyms found with
``str.find`` instead of a pattern compiled per name, sentence starts read from the
document's arrays, with the same answers as the code before."""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Doc

from tasks.entities import _sentence_starts
from tasks.word_search import has_whole_word, parenthesised_at, whole_word_starts

_TEXTS = [
    "Quill said Quill's plan was Quillan's, not Quill_'s; (Quill) 2Quill Quill9 Quill",
    "QuillQuill Quill-Ray é Quill éQuill Quill\nQuill",
    "a.b. a.b.c. xa.b. a.b.x (a.b.)",
    "  -x- -x-x -x-  ",
    "",
    "AAA AA A AA",
]
_WORDS = ["Quill", "Quill-Ray", "a.b.", "-x-", "AA", "A", "é", "Quill Quill"]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("word", _WORDS)
@pytest.mark.parametrize("start", [0, 1, 6, 11])
def test_whole_word_starts_are_the_regex_matches(text, word, start):
    pattern = rf"\b{re.escape(word)}\b"
    expected = [start + m.start() for m in re.finditer(pattern, text[start:])]
    assert whole_word_starts(text, word, start) == expected


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("word", _WORDS)
def test_has_whole_word_is_the_regex_search(text, word):
    expected = re.search(rf"\b{re.escape(word)}\b", text) is not None
    assert has_whole_word(text, word) is expected


@pytest.mark.parametrize(
    "text",
    [
        "the Pine Growers Board (PGB) and (PGB)",
        "PGB first, then ( PGB\t) later",
        "no bracket PGB) here (PGB",
        "(PGBX) (XPGB) ((PGB))",
        "(\nPGB\n)",
        "PG&B (PG&B)",
        "",
    ],
)
@pytest.mark.parametrize("acronym", ["PGB", "PG&B", "GB"])
def test_parenthesised_at_is_the_regex_match(text, acronym):
    match = re.search(rf"\(\s*{re.escape(acronym)}\s*\)", text)
    assert parenthesised_at(text, acronym) == (None if match is None else match.start())


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


@pytest.mark.parametrize(
    "sent_starts",
    [
        [True, False, False, True, False, True],
        [True, True, True, True, True, True],
        [None, False, True, False, False, True],
        [True, False, False, False, False, False],
    ],
)
def test_sentence_starts_are_those_of_doc_sents(vocab, sent_starts):
    words = ["Lena", "sang", ".", "Then", "she", "left"]
    spaces = [True, False, True, True, True, False]
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    assert _sentence_starts(doc) == [sent.start_char for sent in doc.sents]


def test_sentence_starts_of_an_empty_document(vocab):
    assert _sentence_starts(Doc(vocab, words=[])) == []


def test_a_document_without_sentences_raises_as_doc_sents_does(vocab):
    doc = Doc(vocab, words=["Lena", "sang"])
    with pytest.raises(ValueError):
        _sentence_starts(doc)
