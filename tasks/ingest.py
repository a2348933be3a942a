"""Turn raw payloads (bytes of a file or of one JSON line) into documents or rejects.

Formats: ``txt`` and ``md`` (the decoded text), ``html`` (the article in the
page, see :mod:`tasks.webpage`; gzip-compressed pages are read too), ``warc`` (one
HTML response record of a web archive, read by :mod:`flows.sources`), ``json``
(an object or a list of objects) and ``jsonl`` (one object a payload). JSON
objects give their text in ``text``, ``body`` or ``content``.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from dateutil import parser as date_parser

from core.errors import RejectDetails, RejectReason
from core.records import Document, Ingested, Payload, Reject
from core.settings import DEFAULT_MAX_BYTES
from tasks.webpage import NoMainText, NotAnArticle, extract_article

SUPPORTED_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".html.gz": "html",
    ".htm.gz": "html",
    ".warc": "warc",
    ".warc.gz": "warc",
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
_GZIP_MAGIC = b"\x1f\x8b"
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# A charset declared in the first bytes of a page: <meta charset="…"> or the
# http-equiv Content-Type form (HTML requires it within the first 1024 bytes;
# saved pages often have more before it, so a little more is searched).
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_CHARSET_SNIFF_BYTES = 4096


class _Rejected(Exception):
    def __init__(self, reason: RejectReason, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def format_for_suffix(suffix: str) -> str | None:
    """Map a file suffix (``.html``, ``.warc.gz``) to a format name, or ``None`` if
    unsupported."""
    return SUPPORTED_FORMATS.get(suffix.lower())


def format_for_name(name: str) -> tuple[str, str | None]:
    """The suffix of the file ``name`` (``.warc.gz`` counts as one) and its format."""
    lowered = name.lower()
    for suffix in sorted(SUPPORTED_FORMATS, key=len, reverse=True):
        if lowered.endswith(suffix) and len(lowered) > len(suffix):
            return suffix, SUPPORTED_FORMATS[suffix]
    dot = name.rfind(".")
    return (name[dot:] if dot > 0 else name), None


def file_size_limit(fmt: str, max_bytes: int) -> int | None:
    """The largest file a reader should load for ``fmt``.

    A ``.json`` file or a web archive may hold many documents, so the cap applies
    to each document inside it instead of to the file (``None``: no file cap).
    """
    return None if fmt in ("json", "warc") else max_bytes


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
    if payload.fmt in ("html", "warc"):
        yield _html_document(payload, decode_html(_gunzipped(payload.data, max_bytes), payload))
        return
    text = decode(payload.data)
    if payload.fmt in ("txt", "md"):
        yield _plain_document(payload, text)
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


def _gunzipped(data: bytes, max_bytes: int) -> bytes:
    """``data`` decompressed if it is gzip (a saved ``.html.gz``), else as it is."""
    if not data.startswith(_GZIP_MAGIC):
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            # Read one byte past the limit: a small file may unpack to gigabytes.
            unpacked = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise _Rejected(
            RejectReason.DAMAGED, RejectDetails.GZIP_DAMAGED.format(reason=str(error) or "EOF")
        ) from None
    if len(unpacked) > max_bytes:
        raise _Rejected(
            RejectReason.TOO_LARGE,
            RejectDetails.TOO_MANY_BYTES.format(size=len(unpacked), limit=max_bytes),
        )
    return unpacked


def decode_html(data: bytes, payload: Payload) -> str:
    """Decode a page: UTF-8 or UTF-16 as any text, else the charset its meta tag
    (or, for an archived response, its HTTP header) declares."""
    try:
        return decode(data)
    except _Rejected as rejected:
        if rejected.reason != RejectReason.ENCODING or data.startswith(_UTF16_BOMS):
            raise
    found = _META_CHARSET.search(data[:_CHARSET_SNIFF_BYTES])
    charset = payload.charset or (found.group(1).decode("ascii") if found else None)
    if charset is None:
        raise _Rejected(
            RejectReason.ENCODING,
            RejectDetails.UNDECLARED_ENCODING.format(reason=_utf8_error(data)),
        )
    try:
        codecs.lookup(charset)
    except LookupError:
        raise _Rejected(
            RejectReason.ENCODING, RejectDetails.UNKNOWN_CHARSET.format(charset=charset[:40])
        ) from None
    try:
        text = data.decode(charset)
    except UnicodeDecodeError as error:
        reason = f"{error.reason} at byte {error.start}"
        raise _Rejected(
            RejectReason.ENCODING,
            RejectDetails.WRONG_CHARSET.format(charset=charset, reason=reason),
        ) from None
    if not text.strip():
        raise _Rejected(RejectReason.EMPTY, RejectDetails.EMPTY)
    return text


def _utf8_error(data: bytes) -> str:
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return f"{error.reason} at byte {error.start}"
    return "not UTF-8"


def _plain_document(payload: Payload, text: str) -> Document:
    title = None
    if payload.fmt == "md" and (heading := _MARKDOWN_TITLE.search(text)):
        title = heading.group(1)
    return make_document(payload, text, title=title)


def _html_document(payload: Payload, html: str) -> Document:
    try:
        article = extract_article(html, url=payload.url)
    except NoMainText:
        raise _Rejected(RejectReason.NO_TEXT, RejectDetails.NO_MAIN_TEXT) from None
    except NotAnArticle as error:
        raise _Rejected(RejectReason.NOT_AN_ARTICLE, error.detail) from None
    published = next(
        (parsed for value in article.dates if (parsed := parse_published(value))), None
    )
    return make_document(
        payload,
        article.text,
        title=article.title,
        published_at=published,
        source=article.source,
        url=article.url,
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
