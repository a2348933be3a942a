"""Payloads to documents or rejects, one test per format and per kind of bad input."""

from __future__ import annotations

import codecs
import hashlib
import json
from datetime import UTC, datetime

import pytest

from core.records import Document, Payload, Reject
from tasks.ingest import ingest_payload, ingest_payloads

from .conftest import FIXTURES


def payload(data: bytes | None, fmt: str = "txt", source_id: str = "a.txt", line=None) -> Payload:
    return Payload("in/" + source_id, source_id, fmt, data, len(data or b""), line)


def only(items: list) -> Document | Reject:
    assert len(items) == 1, items
    return items[0]


def test_text_is_kept_exactly_and_id_comes_from_content():
    raw = "Line one.\r\nLine two “quoted”.\n"
    document = only(ingest_payload(payload(raw.encode())))
    assert isinstance(document, Document)
    assert document.text == raw
    assert document.content_sha256 == hashlib.sha256(raw.encode()).hexdigest()
    assert document.doc_id == document.content_sha256[:16]
    assert document.source_id == "a.txt"


def test_utf8_bom_and_utf16_are_decoded():
    text = "Größe und Maß"
    with_bom = only(ingest_payload(payload(codecs.BOM_UTF8 + text.encode())))
    utf16 = only(ingest_payload(payload(text.encode("utf-16"))))
    assert with_bom.text == text
    assert utf16.text == text


def test_markdown_title_is_the_first_heading():
    data = (FIXTURES / "formats" / "article.md").read_bytes()
    document = only(ingest_payload(payload(data, "md", "article.md")))
    assert document.title == "Harbour strike ends after talks"
    assert "**Rotterdam**" in document.text


def test_html_main_text_is_extracted_without_navigation():
    data = (FIXTURES / "formats" / "article.html").read_bytes()
    document = only(ingest_payload(payload(data, "html", "article.html")))
    assert document.title == "Storm closes schools across Norway"
    assert "winter storm" in document.text
    assert "Ingrid Hansen" in document.text
    assert "Home" not in document.text and "Copyright" not in document.text
    assert document.published_at == datetime(2024, 2, 3, tzinfo=UTC)


def test_json_list_gives_one_document_per_object_with_metadata():
    data = (FIXTURES / "formats" / "articles.json").read_bytes()
    first, second = ingest_payload(payload(data, "json", "articles.json"))
    assert first.source_id == "json-1"
    assert first.title == "Central bank holds rates"
    assert first.published_at == datetime(2023, 5, 4, 9, 30, tzinfo=UTC)
    assert first.source == "Example Wire" and first.url == "https://example.org/rates"
    assert first.metadata == {"section": "economy"}
    assert second.text.startswith("Farmers in Kenya")  # from "body"
    assert second.source_id == "json-2"


def test_jsonl_line_without_id_falls_back_to_path_and_line():
    document = only(
        ingest_payload(payload(b'{"content": "Some text here."}', "jsonl", "f.jsonl:7", 7))
    )
    assert document.source_id == "f.jsonl:7"
    assert document.text == "Some text here."


def test_unparseable_published_date_is_kept_in_metadata():
    line = json.dumps({"text": "Body text.", "published": "sometime soon"}).encode()
    document = only(ingest_payload(payload(line, "jsonl", "f.jsonl:1", 1)))
    assert document.published_at is None
    assert document.metadata == {"published_raw": "sometime soon"}


@pytest.mark.parametrize(
    ("data", "fmt", "reason", "detail_part"),
    [
        (b"", "txt", "empty", "empty"),
        (b"  \n\t\n", "md", "empty", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "txt", "binary", "NUL byte"),
        (b"caf\xe9 au lait", "txt", "encoding", "UTF-8"),
        (b'{"text": "unterminated', "jsonl", "malformed_json", "line 3"),
        (b'{"title": "no body"}', "jsonl", "no_text", "text, body, content"),
        (b'{"text": "   "}', "jsonl", "no_text", "no text"),
        (b"42", "json", "malformed_json", "not a document object"),
        (b'"just a string"', "json", "malformed_json", "not a document object"),
        (b"<html><body><script>x()</script></body></html>", "html", "no_text", "HTML"),
        (b'{"text": "\\ud800 lone surrogate"}', "jsonl", "encoding", "UTF-8"),
    ],
)
def test_bad_input_becomes_a_reject_with_a_reason(data, fmt, reason, detail_part):
    result = only(ingest_payload(payload(data, fmt, "bad", line=3 if fmt == "jsonl" else None)))
    assert isinstance(result, Reject)
    assert result.reason == reason
    assert detail_part in result.detail
    assert result.source_id == "bad"


def test_oversized_payload_is_rejected_without_being_read():
    result = only(ingest_payload(Payload("big.txt", "big.txt", "txt", None, 6_000_000)))
    assert result.reason == "too_large"
    assert "6,000,000" in result.detail


def test_oversized_document_inside_json_is_rejected_alone():
    items = [{"id": "small", "text": "short"}, {"id": "big", "text": "x" * 2000}]
    results = ingest_payload(
        payload(json.dumps(items).encode(), "json", "mix.json"), max_bytes=1000
    )
    assert [type(r).__name__ for r in results] == ["Document", "Reject"]
    assert results[1].reason == "too_large" and results[1].source_id == "mix.json#1"


def test_reject_fingerprint_is_stable_and_distinguishes_content():
    first = only(ingest_payload(payload(b"\xff\xfe\xfd", "txt", "x.txt")))
    again = only(ingest_payload(payload(b"\xff\xfe\xfd", "txt", "x.txt")))
    other = only(ingest_payload(payload(b"\xff\xfe\xfc", "txt", "x.txt")))
    assert first.fingerprint == again.fingerprint != other.fingerprint


def test_batches_split_documents_from_rejects():
    ingested = ingest_payloads([payload(b"Good text."), payload(b""), payload(b"More text.")])
    assert [d.text for d in ingested.documents] == ["Good text.", "More text."]
    assert [r.reason for r in ingested.rejects] == ["empty"]


def test_each_non_object_in_a_json_list_is_rejected_on_its_own():
    results = ingest_payload(payload(b'[1, {"text": "Fine."}, "x"]', "json", "l.json"))
    assert [(type(r).__name__, r.source_id) for r in results] == [
        ("Reject", "l.json#0"),
        ("Document", "l.json#1"),
        ("Reject", "l.json#2"),
    ]
