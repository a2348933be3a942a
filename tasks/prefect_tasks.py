"""Thin Prefect ``@task`` wrappers: a task handles a batch, never one document.

Caching is off: inputs are large batches, and hashing them would cost more than
recomputing. Parsed ``Doc`` objects pass between tasks in memory.
"""

from __future__ import annotations

from collections.abc import Sequence

from prefect import task
from prefect.cache_policies import NO_CACHE
from spacy.tokens import Doc

from tasks.extract import (
    ExtractionSettings,
    entities_of,
    extract_documents,
    keyphrases_of,
    quotes_of,
    themes_of,
)
from tasks.ingest import ingest_payloads
from tasks.nlp import load_model, parse_documents
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
    return entities_of(documents, docs, aliases)


@task(name="quotes", task_run_name="quotes-batch-{batch_no}", cache_policy=NO_CACHE)
def quotes_batch(
    documents: Sequence[Document],
    docs: Sequence[Doc],
    entities: Sequence[Sequence[EntityMention]],
    batch_no: int,
) -> list[Quote]:
    """Quotes of every document, speakers linked to the document's entities."""
    return quotes_of(documents, docs, entities)


@task(name="themes", task_run_name="themes-batch-{batch_no}", cache_policy=NO_CACHE)
def themes_batch(
    documents: Sequence[Document],
    docs: Sequence[Doc],
    model: str,
    taxonomy: str | None,
    batch_no: int,
) -> list[ThemeMatch]:
    """Themes of every document (and its title), from the taxonomy file."""
    return themes_of(documents, docs, model, taxonomy)


@task(name="keyphrases", task_run_name="keyphrases-batch-{batch_no}", cache_policy=NO_CACHE)
def keyphrases_batch(documents: Sequence[Document], batch_no: int) -> list[Keyphrase]:
    """Keyphrases of every document (YAKE on the title and opening)."""
    return keyphrases_of(documents)


@task(name="extract", task_run_name="extract-batch-{batch_no}.{part}", cache_policy=NO_CACHE)
def extract_batch(
    documents: Sequence[Document], settings: ExtractionSettings, batch_no: int, part: int = 1
) -> Extracted:
    """Parse and extract (part of) a batch in one task, for runners that ship tasks to
    other machines (Dask), where parsed ``Doc`` objects should not travel."""
    return extract_documents(documents, settings)
