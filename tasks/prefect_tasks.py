"""Thin Prefect ``@task`` wrappers: a task handles a batch, never one document.

Caching is off: inputs are large batches, and hashing them would cost more than
recomputing. Parsed ``Doc`` objects pass between tasks in memory.
"""

from __future__ import annotations

from collections.abc import Sequence

from prefect import task
from prefect.cache_policies import NO_CACHE
from spacy.tokens import Doc

from tasks.aliases import load_aliases
from tasks.entities import extract_entities
from tasks.ingest import ingest_payloads
from tasks.keyphrases import extract_keyphrases
from tasks.nlp import load_model, parse_documents
from tasks.quotes import extract_quotes
from tasks.records import (
    Document,
    EntityMention,
    Extracted,
    Ingested,
    Keyphrase,
    Payload,
    Quote,
    ThemeMatch,
)
from tasks.themes import extract_themes, tag_titles, theme_matcher


def joined(parts: Sequence[Extracted]) -> Extracted:
    """The parts of a batch, extracted separately, as one batch's results, in order."""
    return Extracted(
        entities=[per_doc for part in parts for per_doc in part.entities],
        quotes=[quote for part in parts for quote in part.quotes],
        themes=[theme for part in parts for theme in part.themes],
        keyphrases=[phrase for part in parts for phrase in part.keyphrases],
    )


def warm_up(model: str, aliases: str | None, taxonomy: str | None) -> None:
    """Load the model, aliases and taxonomy once, as a worker process starts."""
    load_aliases(aliases)
    theme_matcher(load_model(model), taxonomy)


@task(name="ingest", task_run_name="ingest-batch-{batch_no}", cache_policy=NO_CACHE)
def ingest_batch(payloads: Sequence[Payload], max_bytes: int, batch_no: int) -> Ingested:
    """Payloads to documents and rejects."""
    return ingest_payloads(payloads, max_bytes)


@task(name="parse", task_run_name="parse-batch-{batch_no}", cache_policy=NO_CACHE)
def parse_batch(documents: Sequence[Document], model: str, batch_no: int) -> list[Doc]:
    """Parse every document of the batch once with spaCy."""
    return parse_documents(load_model(model), documents)


@task(name="entities", task_run_name="entities-batch-{batch_no}", cache_policy=NO_CACHE)
def entities_batch(
    documents: Sequence[Document], docs: Sequence[Doc], aliases: str | None, batch_no: int
) -> list[list[EntityMention]]:
    """Entity mentions, one list per document, canonical names through the alias files."""
    table = load_aliases(aliases)
    return [extract_entities(doc, d.doc_id, table) for d, doc in zip(documents, docs, strict=True)]


@task(name="quotes", task_run_name="quotes-batch-{batch_no}", cache_policy=NO_CACHE)
def quotes_batch(
    documents: Sequence[Document],
    docs: Sequence[Doc],
    entities: Sequence[Sequence[EntityMention]],
    batch_no: int,
) -> list[Quote]:
    """Quotes of every document, speakers linked to the document's entities."""
    return _quotes(documents, docs, entities)


@task(name="themes", task_run_name="themes-batch-{batch_no}", cache_policy=NO_CACHE)
def themes_batch(
    documents: Sequence[Document],
    docs: Sequence[Doc],
    model: str,
    taxonomy: str | None,
    batch_no: int,
) -> list[ThemeMatch]:
    """Themes of every document (and its title), from the taxonomy file."""
    return _themes(documents, docs, model, taxonomy)


@task(name="keyphrases", task_run_name="keyphrases-batch-{batch_no}", cache_policy=NO_CACHE)
def keyphrases_batch(documents: Sequence[Document], batch_no: int) -> list[Keyphrase]:
    """Keyphrases of every document (YAKE on the title and opening)."""
    return _keyphrases(documents)


@task(name="extract", task_run_name="extract-batch-{batch_no}.{part}", cache_policy=NO_CACHE)
def extract_batch(
    documents: Sequence[Document],
    model: str,
    aliases: str | None,
    taxonomy: str | None,
    batch_no: int,
    part: int = 1,
) -> Extracted:
    """Parse and extract (part of) a batch in one task, for runners that ship tasks to
    other processes (a process pool, Dask), where parsed ``Doc`` objects should not travel."""
    docs = parse_documents(load_model(model), documents)
    entities = _entities(documents, docs, aliases)
    return Extracted(
        entities=entities,
        quotes=_quotes(documents, docs, entities),
        themes=_themes(documents, docs, model, taxonomy),
        keyphrases=_keyphrases(documents),
    )


def _entities(
    documents: Sequence[Document], docs: Sequence[Doc], aliases: str | None
) -> list[list[EntityMention]]:
    table = load_aliases(aliases)
    return [extract_entities(doc, d.doc_id, table) for d, doc in zip(documents, docs, strict=True)]


def _quotes(
    documents: Sequence[Document],
    docs: Sequence[Doc],
    entities: Sequence[Sequence[EntityMention]],
) -> list[Quote]:
    return [
        quote
        for d, doc, mentions in zip(documents, docs, entities, strict=True)
        for quote in extract_quotes(doc, d.doc_id, mentions)
    ]


def _themes(
    documents: Sequence[Document], docs: Sequence[Doc], model: str, taxonomy: str | None
) -> list[ThemeMatch]:
    nlp = load_model(model)
    matcher = theme_matcher(nlp, taxonomy)
    titles = tag_titles(nlp, [d.title for d in documents], [d.text for d in documents])
    return [
        match
        for d, doc, title in zip(documents, docs, titles, strict=True)
        for match in extract_themes(doc, d.doc_id, matcher, title)
    ]


def _keyphrases(documents: Sequence[Document]) -> list[Keyphrase]:
    return [phrase for d in documents for phrase in extract_keyphrases(d.text, d.doc_id, d.title)]
