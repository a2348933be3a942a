"""Turn raw payloads (bytes of a file or of one JSON line) into documents or rejects.

Formats: ``txt`` and ``md`` (the decoded text), ``html`` (main text extracted by
trafilatura), ``json`` (an object or a list of objects) and ``jsonl`` (one object
a payload). JSON objects give their text in ``text``, ``body`` or ``content``.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from dateutil import parser as date_parser

from core.errors import RejectDetails, RejectReason
from core.records import Document, Ingested, Payload, Reject
from core.settings import DEFAULT_MAX_BYTES

SUPPORTED_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
TEXT_FIELDS = ("text", "body", "content")
KNOWN_FIELDS = {*TEXT_FIELDS, "id", "title", "published", "source", "url"}
# spaCy refuses longer texts (its max_length): the parser needs about 1 GB per
# 100,000 characters, so such a "document" is a dump, not an article.
MAX_CHARS = 1_000_000
_BINARY_SNIFF_BYTES = 8192
_MARKDOWN_TITLE = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)


class _Rejected(Exception):
    def __init__(self, reason: RejectReason, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def format_for_suffix(suffix: str) -> str | None:
    """Map a file suffix (``.html``) to a format name, or ``None`` if unsupported."""
    return SUPPORTED_FORMATS.get(suffix.lower())


def file_size_limit(fmt: str, max_bytes: int) -> int | None:
    """The largest file a reader should load for ``fmt``.

    A ``.json`` file may hold many documents, so the cap applies to each
    document inside it instead of to the file (``None``: no file cap).
    """
    return None if fmt == "json" else max_bytes


def ingest_payloads(payloads: Iterable[Payload], max_bytes: int = DEFAULT_MAX_BYTES) -> Ingested:
    """Convert payloads to documents; anything unusable becomes a :class:`Reject`."""
    documents: list[Document] = []
    rejects: list[Reject] = []
    for payload in payloads:
        for item in ingest_payload(payload, max_bytes):
            (documents if isinstance(item, Document) else rejects).append(item)
    return Ingested(documents=documents, rejects=rejects)


def ingest_payload(payload: Payload, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document | Reject]:
    """Convert one payload to the documents it holds, or to one reject."""
    try:
        return list(_documents_in(payload, max_bytes))
    except _Rejected as rejected:
        return [reject_payload(payload, rejected.reason, rejected.detail)]


def reject_payload(payload: Payload, reason: RejectReason, detail: str) -> Reject:
    """A reject for ``payload``; its fingerprint makes re-runs skip it."""
    digest = hashlib.sha256(payload.data or str(payload.size).encode()).hexdigest()
    key = "\x1f".join((payload.source_path, payload.source_id, reason, digest))
    return Reject(
        source_path=payload.source_path,
        source_id=payload.source_id,
        reason=str(reason),
        detail=detail,
        fingerprint=hashlib.sha256(key.encode()).hexdigest()[:32],
    )


def _documents_in(payload: Payload, max_bytes: int) -> Iterator[Document | Reject]:
    limit = file_size_limit(payload.fmt, max_bytes)
    if payload.data is None or (limit is not None and payload.size > limit):
        raise _Rejected(
            RejectReason.TOO_LARGE,
            RejectDetails.TOO_MANY_BYTES.format(size=payload.size, limit=max_bytes),
        )
    text = decode(payload.data)
    if payload.fmt in ("txt", "md"):
        yield _plain_document(payload, text)
    elif payload.fmt == "html":
        yield _html_document(payload, text)
    elif payload.fmt == "jsonl":
        yield _json_document(payload, _parse_json(text, payload.line), payload.source_id, max_bytes)
    elif payload.fmt == "json":
        yield from _json_file_documents(payload, text, max_bytes)
    else:
        raise _Rejected(
            RejectReason.UNSUPPORTED, RejectDetails.UNSUPPORTED.format(suffix=payload.fmt)
        )


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; reject anything else."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise _Rejected(
                RejectReason.ENCODING, RejectDetails.ENCODING.format(reason=error.reason)
            ) from None
    else:
        nul = data.find(b"\x00", 0, _BINARY_SNIFF_BYTES)
        if nul >= 0:
            raise _Rejected(RejectReason.BINARY, RejectDetails.BINARY.format(offset=nul))
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            reason = f"{error.reason} at byte {error.start}"
            raise _Rejected(
                RejectReason.ENCODING, RejectDetails.ENCODING.format(reason=reason)
            ) from None
    if "\x00" in text:
        raise _Rejected(RejectReason.BINARY, RejectDetails.BINARY.format(offset=text.index("\x00")))
    if not text.strip():
        raise _Rejected(RejectReason.EMPTY, RejectDetails.EMPTY)
    return text


def _plain_document(payload: Payload, text: str) -> Document:
    title = None
    if payload.fmt == "md" and (heading := _MARKDOWN_TITLE.search(text)):
        title = heading.group(1)
    return make_document(payload, text, title=title)


def _html_document(payload: Payload, html: str) -> Document:
    # Imported here: it takes a tenth of a second, paid by every command otherwise.
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = extracted.text if extracted is not None else None
    if not text or not text.strip():
        raise _Rejected(RejectReason.NO_TEXT, RejectDetails.NO_MAIN_TEXT)
    return make_document(
        payload,
        text,
        title=extracted.title,
        published_at=parse_published(extracted.date),
        source=extracted.sitename,
        url=extracted.url,
    )


def _parse_json(text: str, line: int | None) -> Any:
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        reason = error.msg if isinstance(error, json.JSONDecodeError) else "nested too deeply"
        if line is None:
            raise _Rejected(
                RejectReason.MALFORMED_JSON, RejectDetails.JSON_FILE.format(reason=reason)
            ) from None
        raise _Rejected(
            RejectReason.MALFORMED_JSON, RejectDetails.JSON_LINE.format(line=line, reason=reason)
        ) from None


def _json_file_documents(
    payload: Payload, text: str, max_bytes: int
) -> Iterator[Document | Reject]:
    value = _parse_json(text, None)
    if not isinstance(value, list):
        yield _json_document(payload, value, payload.source_id, max_bytes)
        return
    for index, item in enumerate(value):
        fallback_id = f"{payload.source_id}#{index}"
        try:
            yield _json_document(payload, item, fallback_id, max_bytes)
        except _Rejected as rejected:
            item_payload = Payload(
                payload.source_path,
                fallback_id,
                payload.fmt,
                json.dumps(item, sort_keys=True, default=str).encode(),
                payload.size,
            )
            yield reject_payload(item_payload, rejected.reason, rejected.detail)


def _json_document(payload: Payload, value: Any, fallback_id: str, max_bytes: int) -> Document:
    if not isinstance(value, dict):
        raise _Rejected(
            RejectReason.MALFORMED_JSON,
            RejectDetails.NOT_AN_OBJECT.format(kind=type(value).__name__),
        )
    text = next((value[f] for f in TEXT_FIELDS if isinstance(value.get(f), str)), None)
    if text is None or not text.strip():
        raise _Rejected(
            RejectReason.NO_TEXT, RejectDetails.NO_TEXT_FIELD.format(fields=", ".join(TEXT_FIELDS))
        )
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as error:
        raise _Rejected(
            RejectReason.ENCODING, RejectDetails.ENCODING.format(reason=error.reason)
        ) from None
    if size > max_bytes:
        raise _Rejected(
            RejectReason.TOO_LARGE, RejectDetails.TOO_MANY_BYTES.format(size=size, limit=max_bytes)
        )
    if "\x00" in text:
        raise _Rejected(RejectReason.BINARY, RejectDetails.BINARY.format(offset=text.index("\x00")))
    metadata = {k: v for k, v in value.items() if k not in KNOWN_FIELDS}
    published = value.get("published")
    published_at = parse_published(published)
    if published is not None and published_at is None:
        metadata["published_raw"] = published
    source_id = value.get("id")
    return make_document(
        payload,
        text,
        source_id=str(source_id) if source_id not in (None, "") else fallback_id,
        title=_optional_str(value.get("title")),
        published_at=published_at,
        source=_optional_str(value.get("source")),
        url=_optional_str(value.get("url")),
        metadata=metadata,
    )


def make_document(
    payload: Payload, text: str, source_id: str | None = None, **fields: Any
) -> Document:
    """Build a document whose id is derived from its text, so re-runs find it again."""
    if len(text) > MAX_CHARS:
        raise _Rejected(
            RejectReason.TOO_LARGE,
            RejectDetails.TOO_MANY_CHARS.format(n=len(text), limit=MAX_CHARS),
        )
    digest = content_sha256(text)
    return Document(
        doc_id=document_id(text),
        source_id=source_id or payload.source_id,
        source_path=payload.source_path,
        fmt=payload.fmt,
        text=text,
        content_sha256=digest,
        **fields,
    )


def content_sha256(text: str) -> str:
    """Hex SHA-256 of the text's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_id(text: str) -> str:
    """``doc_id``: the first 16 hex digits of the text's SHA-256."""
    return content_sha256(text)[:16]


def parse_published(value: Any) -> datetime | None:
    """Parse a publication date (ISO string, free-form date or epoch seconds) to UTC."""
    if value in (None, ""):
        return None
    try:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return datetime.fromtimestamp(value, tz=UTC)
        if not isinstance(value, str):
            return None
        parsed = date_parser.parse(value)
    except (ValueError, OverflowError, OSError):
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).encode("utf-8", "replace").decode("utf-8").strip()
    return text or None
