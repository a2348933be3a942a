"""Read web archives (WARC, plain or gzip-compressed) into one payload per page.

In: an open binary stream of a ``.warc`` or ``.warc.gz`` file. Out: a
:class:`Payload` (format ``warc``) for each HTML response record, carrying the
record's target URI and the charset its HTTP ``Content-Type`` declares; a
:class:`Reject` for an error response (4xx, 5xx), a damaged record, or a file without any
HTML response. Records that are not pages (requests, metadata, images, scripts)
are skipped: a crawl holds many and none is an article. The records are read by
warcio, which also undoes chunked transfer and gzip content encodings.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from contextlib import suppress
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeadersParserException

from core.errors import RejectDetails, RejectReason
from core.records import Payload, Reject
from tasks.ingest import reject_payload

HTML_TYPES = ("text/html", "application/xhtml+xml")
# What a damaged record or stream raises inside warcio (and the zlib under it). The
# last ones are warcio tripping over missing headers (a response without a target
# URI gives AttributeError), found by tests/test_web_pages.py's fuzz test.
DAMAGE = (
    ArchiveLoadFailed,
    StatusAndHeadersParserException,
    EOFError,
    OSError,
    ValueError,
    zlib.error,
    AttributeError,
    TypeError,
    IndexError,
    KeyError,
)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)


def read_warc(
    stream: BinaryIO, source_path: str, source_id: str, max_bytes: int
) -> Iterator[Payload | Reject]:
    """One payload per HTML response record of the archive ``stream``, in file order.

    A record is named ``{source_id}#{n}``, n counting every record from 1. Once a
    record is damaged the file cannot be followed further: the records before it
    are kept and the rest of the file becomes one reject.
    """
    records = ArchiveIterator(stream)
    number, offset, pages = 0, 0, 0
    while True:
        try:
            record = next(records, None)
        except DAMAGE as error:
            detail = RejectDetails.WARC_DAMAGED.format(
                number=number + 1, offset=offset, reason=_reason(error)
            )
            yield _reject(source_path, f"{source_id}#{number + 1}", RejectReason.DAMAGED, detail)
            return
        if record is None:
            break
        number += 1
        try:
            item = _page(record, source_path, f"{source_id}#{number}", max_bytes)
        except DAMAGE as error:
            detail = RejectDetails.WARC_CONTENT_DAMAGED.format(reason=_reason(error))
            item = _reject(source_path, f"{source_id}#{number}", RejectReason.DAMAGED, detail)
        # Where the next record starts; if this fails, the next read reports the damage.
        with suppress(*DAMAGE):
            offset = records.get_record_offset() + records.get_record_length()
        if item is not None:
            pages += 1
            yield item
    if pages == 0:
        yield _reject(source_path, source_id, RejectReason.NO_TEXT, RejectDetails.WARC_NO_HTML)


def _page(
    record: ArcWarcRecord, source_path: str, source_id: str, max_bytes: int
) -> Payload | Reject | None:
    """The payload of an HTML response record, a reject for an error page or a damaged
    record, else ``None``."""
    declared = record.rec_headers.get_header("Content-Length") or ""
    if not declared.strip().isdigit():
        # warcio reads such a record as empty and goes on; it is damaged all the same.
        reason = f"Content-Length {declared[:20]!r} is not a number of bytes"
        detail = RejectDetails.WARC_CONTENT_DAMAGED.format(reason=reason)
        return _reject(source_path, source_id, RejectReason.DAMAGED, detail)
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if not content_type.lower().strip().startswith(HTML_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    status = record.http_headers.get_statuscode() or ""
    if status.startswith(("1", "3")):
        return None  # an interim answer or a redirect: the page, if any, is another record
    if not status.startswith("2"):
        detail = RejectDetails.HTTP_ERROR.format(status=record.http_headers.statusline)
        return _reject(source_path, source_id, RejectReason.NOT_AN_ARTICLE, detail, url)
    try:
        data = record.content_stream().read(max_bytes + 1)
    except DAMAGE as error:
        detail = RejectDetails.WARC_CONTENT_DAMAGED.format(reason=_reason(error))
        return _reject(source_path, source_id, RejectReason.DAMAGED, detail, url)
    too_large = len(data) > max_bytes
    # A record cut short (a truncated download) reads without error: what is left
    # of its declared length tells.
    missing = 0 if too_large else getattr(record.raw_stream, "limit", 0)
    if missing:
        reason = f"cut short, {missing:,} of its {record.length:,} bytes missing"
        detail = RejectDetails.WARC_CONTENT_DAMAGED.format(reason=reason)
        return _reject(source_path, source_id, RejectReason.DAMAGED, detail, url)
    charset = _CHARSET.search(content_type)
    return Payload(
        source_path,
        source_id,
        "warc",
        None if too_large else data,
        max(len(data), record.length or 0) if too_large else len(data),
        url=url,
        charset=charset.group(1) if charset else None,
    )


def _reject(
    source_path: str, source_id: str, reason: RejectReason, detail: str, url: str | None = None
) -> Reject:
    return reject_payload(Payload(source_path, source_id, "warc", None, 0, url=url), reason, detail)


def _reason(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text[:120]}" if text else type(error).__name__
