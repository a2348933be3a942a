"""Extractor records to Arrow tables with the warehouse schemas."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import datetime
from typing import Any

import pyarrow as pa

from core.records import (
    Document,
    EntityMention,
    Extracted,
    Fingerprint,
    Keyphrase,
    Quote,
    Reject,
    StoryLink,
    ThemeMatch,
)
from warehouse import schemas


def records_table(records: Sequence[Any], schema: pa.Schema, **constants: Any) -> pa.Table:
    """Columns named like the records' fields are taken from them; ``constants``
    fill the rest (``run_id=...``)."""
    if not records:
        return schema.empty_table()
    names = {f.name for f in fields(records[0])}
    columns = {}
    for column in schema.names:
        if column in constants:
            columns[column] = [constants[column]] * len(records)
        elif column in names:
            columns[column] = [getattr(r, column) for r in records]
    return pa.table(columns, schema=schema)


def documents_table(
    documents: Sequence[Document], run_id: str, batch_id: str, pipeline_version: str, now: datetime
) -> pa.Table:
    rows = {
        "doc_id": [d.doc_id for d in documents],
        "source_id": [d.source_id for d in documents],
        "source_path": [d.source_path for d in documents],
        "format": [d.fmt for d in documents],
        "title": [d.title for d in documents],
        "published_at": [d.published_at for d in documents],
        "source": [d.source for d in documents],
        "url": [d.url for d in documents],
        "text": [d.text for d in documents],
        "content_sha256": [d.content_sha256 for d in documents],
        "n_chars": [len(d.text) for d in documents],
        "metadata": [_metadata_json(d.metadata) for d in documents],
        "ingested_at": [now] * len(documents),
        "run_id": [run_id] * len(documents),
        "batch_id": [batch_id] * len(documents),
        "pipeline_version": [pipeline_version] * len(documents),
    }
    return pa.table(rows, schema=schemas.DOCUMENTS)


def extracted_tables(extracted: Extracted) -> dict[str, pa.Table]:
    """The tables of what was extracted from a batch's documents."""
    return {
        "entities": entities_table([m for per_doc in extracted.entities for m in per_doc]),
        "quotes": quotes_table(extracted.quotes),
        "themes": themes_table(extracted.themes),
        "keyphrases": keyphrases_table(extracted.keyphrases),
    }


def entities_table(mentions: Sequence[EntityMention]) -> pa.Table:
    return records_table(mentions, schemas.ENTITIES)


def quotes_table(quotes: Sequence[Quote]) -> pa.Table:
    return records_table(quotes, schemas.QUOTES)


def themes_table(matches: Sequence[ThemeMatch]) -> pa.Table:
    rows = {
        "doc_id": [m.doc_id for m in matches],
        "theme": [m.theme for m in matches],
        "label": [m.label for m in matches],
        "parent": [m.parent for m in matches],
        "score": [m.score for m in matches],
        "evidence": [
            [
                {"start_char": e.start_char, "end_char": e.end_char, "text": e.text}
                for e in m.evidence
            ]
            for m in matches
        ],
    }
    return pa.table(rows, schema=schemas.THEMES)


def keyphrases_table(keyphrases: Sequence[Keyphrase]) -> pa.Table:
    return records_table(keyphrases, schemas.KEYPHRASES)


def rejects_table(rejects: Iterable[Reject], run_id: str, now: datetime) -> pa.Table:
    rejects = list(rejects)
    rows = {
        "reject_id": [r.fingerprint for r in rejects],
        "source_path": [r.source_path for r in rejects],
        "source_id": [r.source_id for r in rejects],
        "reason": [r.reason for r in rejects],
        "detail": [r.detail for r in rejects],
        "run_id": [run_id] * len(rejects),
        "rejected_at": [now] * len(rejects),
    }
    return pa.table(rows, schema=schemas.REJECTS)


def run_table(counts: dict[str, int], **columns: Any) -> pa.Table:
    """The one-row table that records a run."""
    return pa.Table.from_pylist([{**columns, "counts": list(counts.items())}], schema=schemas.RUNS)


def _metadata_json(metadata: dict[str, Any]) -> str | None:
    return json.dumps(metadata, sort_keys=True, default=str) if metadata else None


def story_tables(
    links: Sequence[StoryLink], prints: Sequence[Fingerprint], batch_id: str
) -> dict[str, pa.Table]:
    """The ``story_members`` and ``story_bands`` rows of a batch's documents, given in
    the order they were stored (``links`` and ``prints`` one per document)."""
    members = {
        "doc_id": [link.doc_id for link in links],
        "cluster_id": [link.cluster_id for link in links],
        "compared_to": [link.compared_to for link in links],
        "jaccard": [link.jaccard for link in links],
        "arrival": [f"{batch_id}/{position:06d}" for position in range(len(links))],
        "signature": [list(p.signature) for p in prints],
    }
    bands = {
        "band_key": [key for p in prints for key in p.band_keys],
        "doc_id": [p.doc_id for p in prints for _ in p.band_keys],
    }
    return {
        "story_members": pa.table(members, schema=schemas.STORY_MEMBERS),
        "story_bands": pa.table(bands, schema=schemas.STORY_BANDS),
    }
