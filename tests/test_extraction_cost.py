"""What the cost work keeps: the same answers, reached with less work."""

from __future__ import annotations

import spacy

from tasks.entity_filters import _is_code_line
from tasks.nlp import doc_text


def test_doc_text_is_each_docs_own_text() -> None:
    nlp = spacy.blank("en")
    first, second = nlp("Mara Velt spoke.\nThen she left."), nlp("Another  text, spaced.")
    for doc in (first, second, first, first, second):
        assert doc_text(doc) == doc.text


def test_code_lines_by_mark_or_opening() -> None:
    code = [
        "total = price * 2",
        "if (ready) { go(); }",
        "print(total);",
        '"name": "Velt"',
        "see <b>here</b>",
        "  indented line",
        "import os",
        "\tdef run(self):",
        "#include <stdio.h>",
    ]
    prose = [
        "Mara Velt said the plan would work; she was sure.",
        "He wrote: the import of grain fell.",
        "Define the terms first",
        " one leading space",
    ]
    assert all(_is_code_line(line) for line in code)
    assert not any(_is_code_line(line) for line in prose)
