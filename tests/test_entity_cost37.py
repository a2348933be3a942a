"""Round 37's cost work on entities: words read from the document's arrays instead of
Tokens made for them, and ``Span.root`` asked only of a span holding a subject, with
the same answers as the code before (each former version is kept here to compare)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from tasks.aliases import AliasTable
from tasks.entity_labels import _described_as
from tasks.entity_spans import _through_member_count, curated_extent, trimmed
from tasks.entity_wire import _in_company_name
from tasks.nlp import doc_text

_VOCAB = spacy.blank("en").vocab
_LEGAL_FORMS = frozenset({"Ltd", "Inc", "Co"})


def _doc(words: list[str], spaces: list[bool] | None = None, **annotations) -> Doc:
    return Doc(_VOCAB, words=words, spaces=spaces, **annotations)


def _former_curated_extent(span: Span, aliases: AliasTable) -> Span:
    """``curated_extent`` before round 37: a Token for each word a name may end at."""
    doc = span.doc
    best = span
    for start in range(max(span.start - 2, 0), span.start + 1):
        first = doc[start]
        if first.text not in aliases.first_words:
            continue
        if start < span.start and (not first.text[:1].isupper() or first.lower_ == "the"):
            continue
        last = min(span.end + 3, len(doc), start + aliases.longest)
        for end in range(last, span.end - 1, -1):
            if end - start <= len(best):
                continue
            final = doc[end - 1]
            if final.is_space:
                continue
            text = doc_text(doc)[first.idx : final.idx + len(final)]
            if "\n" not in text and aliases.knows_as_written(text):
                best = Span(doc, start, end, label=span.label_)
                break
    return best


def _former_in_company_name(span: Span, legal_forms: frozenset[str]) -> bool:
    """``_in_company_name``'s walk over the words after the place before round 37."""
    doc = span.doc
    index = span.end
    while index < min(len(doc), span.end + 6):
        token = doc[index]
        if token.text in legal_forms:
            return index > span.end
        if "\n" in token.text_with_ws or not (
            token.text[:1].isupper() or token.text in {"and", "&", "of", "(", ")", "-"}
        ):
            return False
        index += 1
    return False


def _former_through_member_count(doc: Doc, end: int) -> int:
    """``_through_member_count`` before round 37: Tokens for the last words."""
    if doc[end - 1].text == "Group" and end < len(doc) and doc[end].lower_ == "of":
        number = end + 1
    elif end > 1 and doc[end - 1].lower_ == "of" and doc[end - 2].text == "Group":
        number = end
    else:
        return end
    counted = number < len(doc) and doc[number].like_num and not doc[number].text[:1].islower()
    return number + 1 if counted else end


@pytest.mark.parametrize(
    ("words", "spaces", "at"),
    [
        (["the", "New", "Mac", "mini", "is", "small"], None, 2),
        (["New", "Mac", " ", "mini", "came"], [True, True, False, True, False], 1),
        (["New", "Mac", "\n", "mini", "came"], [True, False, False, True, False], 1),
        (["the", "Mac", "mini", "Pro", "is"], None, 1),
        (["Acme", "Pump", "Works", "rose"], None, 1),
    ],
)
def test_curated_extent_reads_the_arrays_as_the_tokens(words, spaces, at):
    aliases = AliasTable(
        names={"mac mini": [], "new mac": [], "mac mini pro": []},
        longest=3,
        written=frozenset({"Mac mini", "New Mac", "Mac mini Pro"}),
        first_words=frozenset({"Mac", "New"}),
    )
    doc = _doc(words, spaces)
    span = Span(doc, at, at + 1, label="PRODUCT")
    found = curated_extent(span, aliases)
    former = _former_curated_extent(span, aliases)
    assert (found.start, found.end, found.label_) == (former.start, former.end, former.label_)


def test_curated_extent_still_widens_to_the_longest_curated_name():
    aliases = AliasTable(
        names={"mac mini pro": []},
        longest=3,
        written=frozenset({"Mac mini Pro"}),
        first_words=frozenset({"Mac"}),
    )
    doc = _doc(["the", "Mac", "mini", "Pro", "is", "new"])
    assert curated_extent(Span(doc, 1, 2, label="ORG"), aliases).text == "Mac mini Pro"


@pytest.mark.parametrize(
    ("words", "spaces"),
    [
        (["Hongkong", "and", "Shanghai", "Hotels", "Ltd", "rose"], None),
        (["Hongkong", "Hotels", "\n", "Ltd", "rose"], [True, False, False, True, False]),
        (["Hongkong", "shares", "Ltd"], None),
        (["Hongkong", "Ltd"], None),
        (["Hongkong", "(", "United", "Kingdom", ")", "Holding", "Co"], None),
    ],
)
def test_company_name_after_a_place_reads_the_arrays_as_the_tokens(words, spaces):
    doc = _doc(words, spaces)
    span = Span(doc, 0, 1, label="GPE")
    assert _in_company_name(span, _LEGAL_FORMS) == _former_in_company_name(span, _LEGAL_FORMS)


@pytest.mark.parametrize(
    ("words", "end"),
    [
        (["the", "Group", "of", "24", "met"], 2),
        (["the", "Group", "of", "Seven", "met"], 3),
        (["the", "Group", "OF", "seven", "met"], 3),
        (["the", "Acme", "Group", "said"], 3),
        (["Bank", "of", "England"], 2),
    ],
)
def test_member_count_reads_the_arrays_as_the_tokens(words, end):
    doc = _doc(words)
    assert _through_member_count(doc, end) == _former_through_member_count(doc, end)


def test_member_count_still_takes_the_number():
    doc = _doc(["the", "Group", "of", "Seven", "met"])
    assert _through_member_count(doc, 2) == 4


def test_trimmed_still_drops_trailing_punctuation_and_the_possessive():
    doc = _doc(["Jane", "Doe", "'s", "car", "and", "Acme", "Corp", ",", "said"])
    assert trimmed(Span(doc, 0, 3, label="PERSON")).text == "Jane Doe"
    assert trimmed(Span(doc, 5, 8, label="ORG")).text == "Acme Corp"


class _Mention:
    def __init__(self, span: Span, label: str) -> None:
        self.span, self.label, self.name, self.canonical = span, label, span.text, span.text
        self.pinned = False


def test_a_subject_is_still_described_by_what_it_is():
    # "Zorblex is a company": the name is the subject of "is", the noun after it says
    # what it is (entity_nouns.toml makes a company an organisation).
    doc = _doc(
        ["Zorblex", "is", "a", "company", "."],
        heads=[1, 1, 3, 1, 1],
        deps=["nsubj", "ROOT", "det", "attr", "punct"],
        pos=["PROPN", "AUX", "DET", "NOUN", "PUNCT"],
        lemmas=["Zorblex", "be", "a", "company", "."],
    )
    span = Span(doc, 0, 1, label="PERSON")
    assert _described_as(_Mention(span, "PERSON"), {}) == "ORG"


def test_a_name_that_is_no_subject_is_not_described_by_the_verb_after_it():
    doc = _doc(
        ["They", "saw", "Zorblex", "is", "a", "company", "."],
        heads=[1, 1, 1, 5, 5, 1, 1],
        deps=["nsubj", "ROOT", "dobj", "cop", "det", "ccomp", "punct"],
        pos=["PRON", "VERB", "PROPN", "AUX", "DET", "NOUN", "PUNCT"],
        lemmas=["they", "see", "Zorblex", "be", "a", "company", "."],
    )
    span = Span(doc, 2, 3, label="PERSON")
    assert _described_as(_Mention(span, "PERSON"), {}) is None
