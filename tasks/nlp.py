"""Load the spaCy model once per process and parse batches of documents."""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from core.errors import DossierError, Errors
from core.records import Document

# The last Doc whose text was asked for, weakly held, and its text.
_last_text: tuple[weakref.ref[Doc], str] | None = None


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
    """Parse each document's text once; the result lines up with ``documents``."""
    return list(nlp.pipe((d.text for d in documents), batch_size=batch_size))


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once for a Doc asked for again and again: ``Doc.text`` joins
    every token at each call, and an extractor asks for it many times per document.
    Only the last Doc's text is kept (weakly: it goes with the Doc), so each
    extractor, working document by document, builds it once per document."""
    global _last_text
    # One read of the global: a thread that replaced it between the check and the
    # return would hand back another Doc's text.
    last = _last_text
    if last is not None and last[0]() is doc:
        return last[1]
    text = doc.text
    _last_text = (weakref.ref(doc), text)
    return text


def span_text(span: Span) -> str:
    """``span.text``, sliced from the document's text (``doc_text``): ``Span.text``
    makes a Token for every word of the span and one more for its last, at each call,
    and the entity rules ask for the text of every mention many times. The two are the
    same string: a span's characters run from its first token's offset to its last
    token's end."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def positions(doc: Doc, attr: str, words: Iterable[str]) -> list[int]:
    """The indexes, in order, of the tokens of ``doc`` whose ``attr`` ("ORTH",
    "LOWER") is one of ``words``, read from the document's attribute array: a rule
    that looks for a few words makes a Token at their places only, not at every word."""
    values = doc.to_array(attr)
    found = values < 0
    for word in words:
        found |= values == doc.vocab.strings[word]
    return found.nonzero()[0].tolist()
