"""Every extractor over one parse per document: documents in, ``Extracted`` out.

``prepare_extractors`` loads what the extractors need (the model, the alias table,
the taxonomy's matcher) once per process; ``extract_documents`` parses a set of
documents and runs entities, quotes, themes and keyphrases on the same ``Doc``
(``extract_parsed``, which a benchmark also calls on parses it kept).
It is the one extraction path: every runner (the flow's process, the worker
pool, Dask) and ``dossier reprocess`` call it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from core.records import Document, EntityMention, Extracted, Keyphrase, Quote, ThemeMatch
from core.settings import Settings
from tasks.aliases import load_aliases
from tasks.entities import extract_entities
from tasks.keyphrases import extract_keyphrases
from tasks.nlp import load_model, parse_documents
from tasks.quotes import extract_quotes
from tasks.themes import extract_themes, tag_titles, theme_matcher


def prepare_extractors(settings: Settings) -> None:
    """Load the model, aliases and taxonomy matcher, once per process."""
    load_aliases(settings.aliases)
    theme_matcher(load_model(settings.model), settings.taxonomy)


def extract_documents(documents: Sequence[Document], settings: Settings) -> Extracted:
    """Parse each document once and run every extractor on the parse.

    The parse happens in a spaCy memory zone: the strings of the documents' words
    leave the vocabulary once the records are built, so a long-running process
    keeps a flat memory. The matcher is built before, so its strings stay."""
    nlp = load_model(settings.model)
    prepare_extractors(settings)
    with nlp.memory_zone():
        return extract_parsed(documents, parse_documents(nlp, documents), settings)


def extract_parsed(
    documents: Sequence[Document], docs: Sequence[Doc], settings: Settings
) -> Extracted:
    """Every extractor over ``docs``, the parses of ``documents`` (in order) by
    ``settings.model``: what ``extract_documents`` does after the parse.

    Docs that did not come from ``parse_documents`` (read back from a cache, say)
    need ``fresh_views`` first. A caller that keeps a flat memory parses (or reads)
    the Docs in a memory zone entered after ``prepare_extractors``, as
    ``extract_documents`` does."""
    entities = _entities(documents, docs, settings)
    return Extracted(
        entities=entities,
        quotes=_quotes(documents, docs, entities),
        themes=_themes(documents, docs, settings),
        keyphrases=_keyphrases(documents),
    )


def joined(parts: Sequence[Extracted]) -> Extracted:
    """The parts of a batch, extracted separately, as one batch's results, in order."""
    return Extracted(
        entities=[per_doc for part in parts for per_doc in part.entities],
        quotes=[quote for part in parts for quote in part.quotes],
        themes=[theme for part in parts for theme in part.themes],
        keyphrases=[phrase for part in parts for phrase in part.keyphrases],
    )


def _entities(
    documents: Sequence[Document], docs: Sequence[Doc], settings: Settings
) -> list[list[EntityMention]]:
    table = load_aliases(settings.aliases)
    return [
        extract_entities(doc, d.doc_id, table, d.title)
        for d, doc in zip(documents, docs, strict=True)
    ]


def _quotes(
    documents: Sequence[Document],
    docs: Sequence[Doc],
    entities: Sequence[Sequence[EntityMention]],
) -> list[Quote]:
    return [
        quote
        for d, doc, mentions in zip(documents, docs, entities, strict=True)
        for quote in extract_quotes(doc, d.doc_id, mentions, d.title)
    ]


def _themes(
    documents: Sequence[Document], docs: Sequence[Doc], settings: Settings
) -> list[ThemeMatch]:
    nlp = load_model(settings.model)
    matcher = theme_matcher(nlp, settings.taxonomy)
    titles = tag_titles(nlp, [d.title for d in documents], [d.text for d in documents])
    return [
        match
        for d, doc, title in zip(documents, docs, titles, strict=True)
        for match in extract_themes(doc, d.doc_id, matcher, title)
    ]


def _keyphrases(documents: Sequence[Document]) -> list[Keyphrase]:
    return [phrase for d in documents for phrase in extract_keyphrases(d.text, d.doc_id, d.title)]
