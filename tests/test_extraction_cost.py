"""What the cost work keeps: the same answers, reached with less work."""

from __future__ import annotations

import re

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc, Span

from core.records import Document
from tasks.entity_acronyms import _forms, _fuller_name, _LongFormsByEnd
from tasks.entity_filters import WordCase, _is_code_line, _written_as_common_phrase
from tasks.entity_labels import _appositions, _appositions_by_head
from tasks.entity_spans import _after_affiliation
from tasks.entity_titles import _cue_ends, _cues
from tasks.nlp import (
    doc_text,
    fresh_views,
    parse_documents,
    positions,
    span_text,
    token_array,
    token_values,
)
from tasks.quote_marks import OPENING_MARKS, _next_opening, _sentence_start_before


def test_doc_text_is_each_docs_own_text() -> None:
    nlp = spacy.blank("en")
    first, second = nlp("Mara Velt spoke.\nThen she left."), nlp("Another  text, spaced.")
    for doc in (first, second, first, first, second):
        assert doc_text(doc) == doc.text


def test_doc_text_is_kept_for_every_living_doc() -> None:
    # Entities, then quotes, then themes run over a batch: each asks for every Doc's
    # text in turn, and gets the one string built for it.
    nlp = spacy.blank("en")
    docs = [nlp(f"Mara Velt spoke {n} times.\nThen she left.") for n in range(5)]
    first = [doc_text(doc) for doc in docs]
    assert first == [doc.text for doc in docs]
    assert all(doc_text(doc) is text for doc, text in zip(docs, first, strict=True))


def test_parse_documents_hands_over_the_parsed_text(nlp) -> None:
    texts = ["Mara Velt said:  \u201cWe won.\u201d\n\nTom Ashby of Leeds agreed. ", "\tA line\r\nB"]
    documents = [Document(str(i), str(i), "test", "txt", t, "") for i, t in enumerate(texts)]
    docs = parse_documents(nlp, documents)
    for doc, text in zip(docs, texts, strict=True):
        assert doc_text(doc) is text
        assert doc.text == text


def test_token_arrays_are_the_docs_own_and_read_only(nlp) -> None:
    first, second = nlp("Tom Ashby met Ann Cole."), nlp("The mayor, Ann Cole, left.")
    for doc in (first, second, first):
        for attr in ("ORTH", "LOWER", "DEP"):
            assert np.array_equal(token_array(doc, attr), doc.to_array(attr))
            assert token_values(doc, attr) == doc.to_array(attr).tolist()
    with pytest.raises(ValueError):
        token_array(first, "ORTH")[0] = 0


def test_fresh_views_keep_only_the_parsed_text(nlp) -> None:
    doc = nlp("Tom Ashby met Ann Cole.")
    built = token_array(doc, "ORTH")
    fresh_views([doc], [doc.text])
    assert token_array(doc, "ORTH") is not built
    assert doc_text(doc) == doc.text


def test_span_text_is_the_spans_own_text() -> None:
    nlp = spacy.blank("en")
    first, second = nlp("Mara  Velt spoke.\nThen she left. "), nlp("Another text, spaced.")
    for doc in (first, second, first):
        spans = [doc[i:j] for i in range(len(doc) + 1) for j in range(i, len(doc) + 1)]
        spans.append(Span(doc, len(doc), len(doc)))
        assert [span_text(span) for span in spans] == [span.text for span in spans]


def test_appositions_are_the_tokens_parsed_as_such(nlp) -> None:
    doc: Doc = nlp("Tom Ashby, a builder from Leeds, met Ann Cole, the mayor, on Monday.")
    found = [(t.i, t.head.i) for t in doc if t.dep_ == "appos"]
    assert found
    assert _appositions(doc) == found


def test_appositions_by_head_are_the_documents_appositions(nlp) -> None:
    doc: Doc = nlp("Tom Ashby, a builder from Leeds, met Ann Cole, the mayor, on Monday.")
    by_head = _appositions_by_head(doc)
    assert by_head
    regrouped = sorted((index, head) for head, found in by_head.items() for index in found)
    assert regrouped == sorted(_appositions(doc))
    assert all(found == sorted(found) for found in by_head.values())


class _Named:
    """A mention as the acronym passes read it."""

    def __init__(self, span: Span, label: str, canonical: str = "") -> None:
        self.span, self.name, self.label = span, span.text, label
        self.canonical, self.pinned = canonical or span.text, False


def test_long_forms_by_end_hold_every_long_form_a_name_is_short_for(nlp) -> None:
    # Each short name asks only the long forms its last word may end, and finds the
    # same one as among all of them: by a last word, a word before a legal form or an
    # "of", a misspelt company's word, or none.
    text = (
        "Pell Harbour Evening Post, the Reserve Bank of Ostland, Kelvane Dynamos Corp and "
        "Friends of Lakeside Gallery. Then Evening Post, Reserve Bank, Bank, Dynamoss, "
        "Kelvane Dynamos, Lakeside Gallery, Gallery and Harbour spoke."
    )
    doc: Doc = nlp(text)
    long_names = [
        "Pell Harbour Evening Post",
        "Reserve Bank of Ostland",
        "Kelvane Dynamos Corp",
        "Friends of Lakeside Gallery",
    ]
    short_names = ["Evening Post", "Reserve Bank", "Bank", "Dynamoss", "Kelvane Dynamos"]
    short_names += ["Lakeside Gallery", "Gallery", "Harbour"]

    def named(name: str, after: int = 0) -> _Named:
        at = text.index(name, after)
        return _Named(doc.char_span(at, at + len(name)), "ORG")

    longer = [named(name) for name in long_names]
    short = [named(name, text.index("Then")) for name in short_names]
    forms = {id(m): _forms(m) for m in longer}
    ends = _LongFormsByEnd(longer, forms)
    found = []
    for mention in short:
        words = mention.name.split()
        asked = ends.candidates(words)
        assert asked == [m for m in longer if m in asked]
        everything = _fuller_name(mention, words, longer, forms, len(text))
        assert _fuller_name(mention, words, asked, forms, len(text)) is everything
        found.append(everything is not None)
    assert found == [True, True, True, True, False, False, True, False]
    assert ends.candidates(["Pell", "Harbour"]) == []
    assert ends.candidates([]) == longer


def test_every_cue_before_a_name_ends_with_a_cue_end() -> None:
    any_name, org_too, _ = _cues()
    assert all(cue.split()[-1] in _cue_ends() for cue in any_name | org_too)


def _written_in_lowercase_by_old_pattern(name: str, text: str) -> bool:
    """The look-up of ``_written_as_common_phrase`` as it was written, its look-behind
    first."""
    parts = name.split()
    lead = r"\s+".join(re.escape(part) for part in parts[:-1])
    pattern = rf"(?<![\w-])(?i:{lead})\s+{re.escape(parts[-1].lower())}(?![\w-])"
    return re.search(pattern, text) is not None


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Sunny Weather", "Sunny weather"),
        ("Sunny Weather", "-Sunny weather"),
        ("Sunny Weather", "xSunny weather"),
        ("Sunny Weather", "\nsUNNY  weather"),
        ("Sunny Weather", "a Sunny weathers"),
        ("Sunny Weather", "Sunny weather-x"),
        ("S Weather", "s weather"),
        ("S Weather", "as weather"),
        ("Kind Words", "\u212aind words"),
        ("Kind Words", "x\u212aind words"),
        ("Star Gold", "\u017ftar gold"),
        ("Big Red Box", "big  RED\tbox"),
    ],
)
def test_a_phrase_written_in_lowercase_is_found_as_before(name: str, text: str) -> None:
    # Every word of the name is written in lowercase too (apart), so the pattern is asked.
    doc = spacy.blank("en")(f"{text}. Then {', '.join(name.lower().split())}.")
    found = _written_as_common_phrase(name, WordCase.of(doc))
    assert found == _written_in_lowercase_by_old_pattern(name, doc.text)
    assert found == _written_in_lowercase_by_old_pattern(name, text)


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


def _next_opening_by_scan(text: str, position: int, end: int) -> int | None:
    """The rule of ``_next_opening`` read character by character, as it was written."""
    for index in range(position, end):
        mark = text[index]
        if mark not in OPENING_MARKS:
            continue
        if mark == "‘" and index > 0 and text[index - 1].isalnum():
            continue
        if mark == '"' and index + 1 < end and text[index + 1].isspace():
            continue
        return index
    return None


def test_next_opening_skips_to_the_marks() -> None:
    texts = [
        "He said “yes” and ‘no’.",
        'A " spaced mark, then "a quote" here.',
        "Ann‘s mark is glued; «Bonjour» and „Guten Tag“ follow.",
        "No marks at all.",
        '"',
    ]
    for text in texts:
        for position in range(len(text) + 1):
            for end in (position, len(text) - 1, len(text)):
                if end >= position:
                    found = _next_opening(text, position, end)
                    assert found == _next_opening_by_scan(text, position, end)


def test_abbreviation_ends_no_sentence_far_into_a_paragraph() -> None:
    filler = "The council met again on Tuesday to talk about roads. " * 6
    text = filler + "Mr. Holt said the plan works."
    start = _sentence_start_before(text, len(text) - 1, [], 0)
    assert text[start:].lstrip().startswith("Mr. Holt said")


def test_positions_of_words_in_order() -> None:
    doc = spacy.blank("en")("Her plan, his plan and Plan B: her own.")
    assert positions(doc, "LOWER", ("plan", "her")) == [
        t.i for t in doc if t.lower_ in ("plan", "her")
    ]
    assert positions(doc, "ORTH", ("Plan",)) == [6]
    assert positions(doc, "ORTH", ("absent",)) == []


def test_affiliation_cut_only_before_a_name_of_two_words() -> None:
    blank = spacy.blank("en")
    assert _after_affiliation(blank("Labour MP Jo Corry spoke"), 0, 4) == 2
    assert _after_affiliation(blank("Lib Dem MP Lembit Opik"), 0, 5) == 3
    assert _after_affiliation(blank("Labour MP Corry"), 0, 3) == 0
    assert _after_affiliation(blank("Jo Corry spoke"), 0, 2) == 0


def _spelled_otherwise_by_definition(word: str, other: str) -> bool:
    """``_spelled_otherwise`` as its docstring says it, with no shortcut."""
    if word == other:
        return False
    if word in (other + "s", other + "'s", other + "’s") or other == word + "s":
        return True
    if len(word) != len(other):
        return False
    differ = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
    return (
        len(differ) == 2
        and differ[0] > 0
        and differ[1] == differ[0] + 1
        and (word[differ[0]], word[differ[1]]) == (other[differ[1]], other[differ[0]])
    )


def test_misspelling_test_skips_other_first_letters_only() -> None:
    from tasks.entity_acronyms import _spelled_otherwise

    words = ["Quintrell", "Quintrells", "Qiuntrell", "Uqintrell", "Quintrell's", "Quintrel"]
    words += ["Rquintell", "Qruintell", "Marlowe", "Marlwoe", "Amrlowe", "Marlowes"]
    for word in words:
        for other in words:
            wanted = _spelled_otherwise_by_definition(word, other)
            assert _spelled_otherwise(word, other) == wanted, (word, other)


def test_partnership_pattern_tries_its_look_behinds_after_the_first_capital() -> None:
    """The partnership pattern with its look-behinds after the first capital finds what
    it found with them first, at a text's start, after a word, a stop or an initial."""
    import re

    from tasks.entity_firms import _PARTNER, _SEQUENCE

    first = re.compile(
        r"(?<![\w.’'-])(?<![\s.][A-Z]\. )"
        rf"(?P<names>{_PARTNER}(?: {_PARTNER})?(?:, {_PARTNER}){{1,5}},? (?:and|&) {_PARTNER})"
        r"(?![\w’'-])"
        r"(?P<form>(?: (?:Securities|Capital|Partners))?(?: (?:[A-Z][a-z]+|inc)\.?(?!\w))?)"
    )
    texts = [
        "Hale, Moss, Orr and Penn Ltd advised the fund.",
        "The fund hired Hale, Moss, Orr and Penn.",
        "Acme.Hale, Moss, Orr and Penn; xHale, Moss and Penn",
        "Sold by W.I. Hale, Sons, Orr and Co to J. Moss, Orr, Kell & Penn Inc.",
        "Merrill Lynch, Pierce, Fenner and Smith Inc. and O'Hale, Moss and Penn",
    ]
    for text in texts:
        found = [(m.span(), m.groupdict()) for m in _SEQUENCE.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in first.finditer(text)]
    assert [m.group("names") for m in _SEQUENCE.finditer(texts[0])] == ["Hale, Moss, Orr and Penn"]


def test_acronym_possessive_found_only_where_written() -> None:
    from tasks.entity_common import _written_with_possessive

    assert _written_with_possessive("KRP", "The KRP's leader spoke.")
    assert _written_with_possessive("KRP", "The KRP’s leader spoke.")
    assert not _written_with_possessive("KRP", "Two KRPs and a KRP spoke.")
    assert not _written_with_possessive("KRP", "The NKRP's leader spoke.")


def test_tonnage_written_anywhere() -> None:
    from tasks.entity_labels import _writes_tonnage

    assert _writes_tonnage("the 80,000-dwt tanker Sea Lark")
    assert _writes_tonnage("Sea Lark, 12,000 deadweight tonnes")
    assert _writes_tonnage("a 3,000 tonnes dw vessel")
    assert not _writes_tonnage("the dwt figure of the Sea Lark")
    assert not _writes_tonnage("Sea Lark sailed with 3,000 tonnes")


def test_partner_words_before_the_lists() -> None:
    from tasks.entity_spans import _may_be_partner

    assert _may_be_partner("Penn")
    assert not _may_be_partner("C")
    assert not _may_be_partner("penn")
    assert not _may_be_partner("PENN")
    assert not _may_be_partner("Penn-Orr")


def test_words_that_may_describe_the_name_after_them() -> None:
    from tasks.entity_labels import _may_describe

    types = {"director": "PERSON", "band": "ORG"}
    for word in ("director", "band", "called", "dubbed", "of", "by"):
        assert _may_describe(word, types)
    for word in ("the", "said", "and", "Director"):
        assert not _may_describe(word, types)
