"""Load the spaCy model once per process and parse batches of documents."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from core.errors import DossierError, Errors
from core.records import Document

# What the extractors read of each document again and again (its text, its attribute
# arrays), built once per Doc and kept as long as the Doc lives: entities, quotes and
# themes run one after the other over a batch's documents, so a view kept for the
# last Doc only was built again by each extractor.
_views: weakref.WeakKeyDictionary[Doc, dict[str, Any]] = weakref.WeakKeyDictionary()
# The last Doc whose view was asked for, weakly held, and its view: the look-up of
# the Doc asked for again and again, without the weak key made by each ``get``.
_last_view: tuple[weakref.ref[Doc], dict[str, Any]] | None = None
# The key under which a view keeps an attribute's values as a list ("ORTH list").
_LIST_KEYS: dict[str, str] = {}


@cache
def load_model(name: str) -> Language:
    """Load ``name`` once per process; later calls return the same pipeline."""
    try:
        return spacy.load(name)
    except OSError:
        raise DossierError(Errors.E014.format(name=name)) from None


@cache
def model_meta(name: str) -> dict:
    """The model's ``meta.json``, read without loading the model (an installed package
    or a model folder); a missing model is the same one-line error as at load time."""
    if spacy.util.is_package(name):
        folder = spacy.util.get_package_path(name)
    elif Path(name).is_dir():
        folder = Path(name)
    else:
        raise DossierError(Errors.E014.format(name=name))
    return spacy.util.get_model_meta(folder)


def model_fingerprint(name: str) -> str:
    """``name-version`` of the installed model, for ``pipeline_version``."""
    meta = model_meta(name)
    return f"{meta.get('lang', 'xx')}_{meta.get('name', name)}-{meta.get('version', '0')}"


def parse_documents(
    nlp: Language, documents: Sequence[Document], batch_size: int = 64
) -> list[Doc]:
    """Parse each document's text once; the result lines up with ``documents``.

    Each Doc's view starts with the text it was parsed from: spaCy's tokenisation
    loses nothing (``Doc.text`` is that text), so no extractor joins the tokens again."""
    docs = list(nlp.pipe((d.text for d in documents), batch_size=batch_size))
    fresh_views(docs, [d.text for d in documents])
    return docs


def fresh_views(docs: Sequence[Doc], texts: Sequence[str]) -> None:
    """Start each Doc's view afresh, holding only the text it was parsed from (in
    order with ``docs``). ``parse_documents`` calls it; a benchmark that times the
    extractors again and again over the same Docs calls it before each run, so that
    each run builds what a run over new documents builds."""
    global _last_view
    _last_view = None
    for doc, text in zip(docs, texts, strict=True):
        _views[doc] = {"text": text}


def _view(doc: Doc) -> dict[str, Any]:
    """The dict of what has been built of ``doc`` for the extractors (``doc_text``,
    ``token_array``, ``token_values``), made on first use; it goes with the Doc."""
    global _last_view
    # One read of the global: a thread that replaced it between the check and the
    # return would hand back another Doc's view.
    last = _last_view
    if last is not None and last[0]() is doc:
        return last[1]
    view = _views.get(doc)
    if view is None:
        view = _views[doc] = {}
    _last_view = (weakref.ref(doc), view)
    return view


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (or handed over by ``parse_documents``) and
    shared by every extractor: ``Doc.text`` joins every token at each call, and the
    extractors ask for it many times per document."""
    view = _view(doc)
    text = view.get("text")
    if text is None:
        text = view["text"] = doc.text
    return text


def token_array(doc: Doc, attr: str) -> np.ndarray:
    """``doc.to_array(attr)`` ("ORTH", "LOWER", "DEP", …), made once per Doc and
    shared by the rules that read it; read-only, so no rule changes another's."""
    view = _view(doc)
    values = view.get(attr)
    if values is None:
        values = view[attr] = doc.to_array(attr)
        values.flags.writeable = False
    return values


def token_values(doc: Doc, attr: str) -> list[int]:
    """``token_array(doc, attr)`` as a list of ints (faster to index one by one than
    the array), made once per Doc. Callers must not change it."""
    # Asked for a few hundred times per document (each rule of each mention): the last
    # view read here, as ``span_text`` does, and the list's key made once per attribute.
    last = _last_view
    view = last[1] if last is not None and last[0]() is doc else _view(doc)
    key = _LIST_KEYS.get(attr)
    if key is None:
        key = _LIST_KEYS[attr] = f"{attr} list"
    values = view.get(key)
    if values is None:
        values = view[key] = token_array(doc, attr).tolist()
    return values


def preload_arrays(doc: Doc, attrs: Sequence[str]) -> None:
    """Make ``token_array`` and ``token_values`` of each of ``attrs`` for ``doc`` in one
    ``doc.to_array`` call, for those the view lacks: a stage that reads most of them
    for every document pays spaCy's per-call cost and one ``tolist`` once, not once
    per attribute. The values are the same as one attribute's array at a time."""
    view = _view(doc)
    missing = [attr for attr in attrs if attr not in view]
    if len(missing) < 2:
        for attr in missing:
            token_array(doc, attr)
        return
    # One row per attribute, each row contiguous as a one-attribute array is.
    table = np.ascontiguousarray(doc.to_array(missing).reshape(len(doc), len(missing)).T)
    table.flags.writeable = False
    for attr, values, listed in zip(missing, table, table.tolist(), strict=True):
        view[attr] = values
        key = _LIST_KEYS.get(attr)
        if key is None:
            key = _LIST_KEYS[attr] = f"{attr} list"
        view[key] = listed


def span_text(span: Span) -> str:
    """``span.text``, sliced from the document's text (``doc_text``): ``Span.text``
    makes a Token for every word of the span and one more for its last, at each call,
    and the entity rules ask for the text of every mention many times. The two are the
    same string: a span's characters run from its first token's offset to its last
    token's end."""
    doc = span.doc
    # The last Doc's text without the two calls of ``doc_text``: the rules ask for the
    # texts of one document's mentions in a row. One read of the global, as in ``_view``.
    last = _last_view
    if last is not None and last[0]() is doc:
        text = last[1].get("text")
        if text is not None:
            return text[span.start_char : span.end_char]
    return doc_text(doc)[span.start_char : span.end_char]


def positions(doc: Doc, attr: str, words: Iterable[str]) -> list[int]:
    """The indexes, in order, of the tokens of ``doc`` whose ``attr`` ("ORTH",
    "LOWER") is one of ``words``, read from the document's attribute array: a rule
    that looks for a few words makes a Token at their places only, not at every word."""
    values = token_array(doc, attr)
    found = values < 0
    for word in words:
        found |= values == doc.vocab.strings[word]
    return found.nonzero()[0].tolist()


def word_text(doc: Doc, index: int) -> str:
    """``doc[index].text`` read from the document's ORTH array: a rule that tests one
    word at a mention's edge (most mentions fail the test) makes no Token for it."""
    return doc.vocab.strings[token_values(doc, "ORTH")[index]]


def word_lower(doc: Doc, index: int) -> str:
    """``doc[index].lower_`` read from the document's LOWER array, as ``word_text``."""
    return doc.vocab.strings[token_values(doc, "LOWER")[index]]


def join_adjacent(spans: list[Span], joins: Callable[[Span, Span], bool], label: str) -> list[Span]:
    """``spans`` (in text order) with each span that ``joins(previous, span)`` accepts
    merged into the span kept before it, as one span of ``label`` from the first's start
    to the second's end; the others pass as they are. The result is in text order."""
    joined: list[Span] = []
    for span in spans:
        if joined and joins(joined[-1], span):
            joined[-1] = Span(span.doc, joined[-1].start, span.end, label=label)
        else:
            joined.append(span)
    return joined
