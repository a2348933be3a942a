"""The records that flow between the extractors and the warehouse.

Offsets (``start_char``/``end_char``) are always Python ``str`` indices into
``Document.text``, the body exactly as ingested.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Payload:
    """Raw bytes of one input unit: a whole file, or one line of a JSON Lines file.

    ``size`` is the unit's size in bytes; ``data`` is ``None`` when the reader
    did not load it because it is over the size limit. A record of a web archive
    also carries the URL it was fetched from and the charset its HTTP header
    declares, when it does.
    """

    source_path: str
    source_id: str
    fmt: str
    data: bytes | None
    size: int
    line: int | None = None
    url: str | None = None
    charset: str | None = None


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that did not become a document, and why."""

    source_path: str
    source_id: str
    reason: str
    detail: str
    fingerprint: str


@dataclass(frozen=True, slots=True)
class Document:
    """One article, its body exactly as ingested, and its metadata."""

    doc_id: str
    source_id: str
    source_path: str
    fmt: str
    text: str
    content_sha256: str
    title: str | None = None
    published_at: datetime | None = None
    source: str | None = None
    url: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Ingested:
    """What a batch of payloads turned into."""

    documents: list[Document]
    rejects: list[Reject]


@dataclass(frozen=True, slots=True)
class EntityMention:
    doc_id: str
    mention_id: str
    start_char: int
    end_char: int
    text: str
    label: str
    sentence_index: int
    entity_key: str
    canonical_name: str


@dataclass(frozen=True, slots=True)
class Quote:
    doc_id: str
    quote_id: str
    start_char: int
    end_char: int
    text: str
    kind: str
    speaker: str | None
    speaker_key: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_title: str | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    paragraph_index: int
    statement_start: int
    statement_end: int


@dataclass(frozen=True, slots=True)
class Evidence:
    start_char: int
    end_char: int
    text: str


@dataclass(frozen=True, slots=True)
class ThemeMatch:
    doc_id: str
    theme: str
    label: str
    parent: str
    score: float
    evidence: list[Evidence]


@dataclass(frozen=True, slots=True)
class Keyphrase:
    doc_id: str
    phrase: str
    score: float
    rank: int


@dataclass(frozen=True, slots=True)
class Extracted:
    """Everything extracted from one batch: entity mentions per document, then the
    batch's quotes, themes and keyphrases."""

    entities: list[list[EntityMention]]
    quotes: list[Quote]
    themes: list[ThemeMatch]
    keyphrases: list[Keyphrase]


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What near-duplicate detection knows of one document: its MinHash signature
    (uint32 values) and its LSH band keys (none when the text has no words)."""

    doc_id: str
    signature: tuple[int, ...]
    band_keys: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class StoryRepresentative:
    """The current first document of a stored story cluster, and its signature."""

    cluster_id: str
    doc_id: str
    signature: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class StoryLink:
    """Which story a document joined when it was stored.

    ``cluster_id`` names the cluster for good (the doc_id of its first document,
    even after that document is forgotten); ``compared_to`` is the representative
    the document was compared with, and ``jaccard`` the estimate against it (1.0
    for a document that starts a story)."""

    doc_id: str
    cluster_id: str
    compared_to: str
    jaccard: float
