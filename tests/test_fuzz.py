"""Property-based tests: whatever the input, ingestion and extraction never crash,
bad input becomes a reject with a reason, and every row traces back to the text."""

from __future__ import annotations

import json
import os
import stat

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.errors import RejectReason
from core.records import Document, Payload, Reject
from core.settings import DEFAULT_MAX_BYTES
from flows.process_corpus import process_corpus
from flows.sources import discover, read_payloads
from tasks.configuration import resolve_settings
from tasks.extract import extract_documents
from tasks.ingest import ingest_payload

FORMATS = ["txt", "md", "html", "json", "jsonl"]
TRICKY = ["\u200b", "\u200d", "\u200f", "\u202e", "\u2066", "\ufeff", "\x00", "\u00a0", "\t"]
QUOTES = ['"', "“", "”", "'", "‘", "’", "«", "»", ":", ",", ".", "\n", "\n\n", " ", " said "]
NAMES = ["Mr Smith", "Angela Merkel", "the BBC", "NATO", "Beijing", "she", "Xi Jinping"]
SLOW = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
documents_as_json = st.fixed_dictionaries(
    {"text": st.text(min_size=1)},
    optional={"title": json_values, "published": json_values, "id": json_values},
)
texts = st.lists(
    st.sampled_from(TRICKY + QUOTES + NAMES) | st.text(max_size=12), min_size=1, max_size=80
).map("".join)
long_sentence = st.integers(min_value=500, max_value=4000).map(lambda n: " ".join(["word"] * n))


def accounted_for(results: list[Document | Reject]) -> None:
    for result in results:
        if isinstance(result, Reject):
            assert result.reason in set(RejectReason) and result.detail
        else:
            assert isinstance(result, Document) and result.text.strip()


@given(data=st.binary(max_size=2048), fmt=st.sampled_from(FORMATS))
@example(data=b"[" * 50_000 + b"]" * 50_000, fmt="json")
@example(data=b'{"text": ' + b"[" * 50_000, fmt="jsonl")
@example(data=b"\xff\xfe\x00", fmt="txt")
@example(data=b"text\x00with nul", fmt="md")
@settings(max_examples=300, deadline=None)
def test_any_bytes_become_documents_or_rejects_with_a_reason(data, fmt):
    accounted_for(ingest_payload(Payload("fuzz", "fuzz", fmt, data, len(data)), DEFAULT_MAX_BYTES))


@given(value=json_values | documents_as_json | st.lists(documents_as_json, max_size=3))
@settings(max_examples=200, deadline=None)
def test_any_json_becomes_documents_or_rejects(value):
    data = json.dumps(value).encode()
    for fmt in ("json", "jsonl"):
        results = ingest_payload(Payload("fuzz", "fuzz", fmt, data, len(data)), DEFAULT_MAX_BYTES)
        accounted_for(results)


def test_huge_lines_and_documents_are_rejected_as_too_large():
    line = json.dumps({"text": "word " * 300_000}).encode()
    [reject] = ingest_payload(Payload("f", "f:1", "jsonl", line, len(line), line=1))
    assert reject.reason == RejectReason.TOO_LARGE and "character limit" in reject.detail
    [reject] = ingest_payload(Payload("f", "f:2", "jsonl", None, 10**9, line=2))
    assert reject.reason == RejectReason.TOO_LARGE


@given(text=texts | long_sentence)
@settings(SLOW, max_examples=40)
def test_extraction_survives_odd_text_and_every_offset_traces_back(text):
    payload = Payload("fuzz", "fuzz", "txt", text.encode(), len(text.encode()))
    documents = [r for r in ingest_payload(payload) if isinstance(r, Document)]
    if not documents:
        return
    extracted = extract_documents(documents, resolve_settings())
    body = documents[0].text
    for mention in extracted.entities[0]:
        assert body[mention.start_char : mention.end_char] == mention.text
    for quote in extracted.quotes:
        assert body[quote.start_char : quote.end_char] == quote.text
        assert 0 <= quote.statement_start <= quote.start_char <= quote.end_char <= len(body)
    for theme in extracted.themes:
        assert all(body[e.start_char : e.end_char] == e.text for e in theme.evidence)


files = st.lists(
    st.tuples(
        st.sampled_from(FORMATS),
        st.binary(max_size=300)
        | texts.map(str.encode)
        | json_values.map(json.dumps).map(str.encode),
    ),
    min_size=1,
    max_size=6,
)


@pytest.mark.usefixtures("prefect_harness")
@given(inputs=files)
@settings(SLOW, max_examples=4)
def test_a_run_over_random_files_accounts_for_every_input(inputs, tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    for number, (fmt, data) in enumerate(inputs):
        (folder / "in").mkdir(exist_ok=True)
        (folder / "in" / f"{number}.{fmt}").write_bytes(data)
    sources, early_rejects = discover([folder / "in"])
    expected = [r for p in read_payloads(sources, DEFAULT_MAX_BYTES) for r in _ingest_or_reject(p)]
    summary = process_corpus(paths=[str(folder / "in")], warehouse_dir=str(folder / "wh"))
    counts = summary.counts
    assert summary.status == "completed"
    new_or_present = counts["documents_new"] + counts["documents_present"]
    assert new_or_present == sum(isinstance(r, Document) for r in expected)
    assert counts["rejected"] + counts["rejects_present"] == len(early_rejects) + sum(
        isinstance(r, Reject) for r in expected
    )


def _ingest_or_reject(item: Payload | Reject) -> list[Document | Reject]:
    return [item] if isinstance(item, Reject) else ingest_payload(item)


def test_links_leaving_the_input_folder_and_special_files_are_rejected(tmp_path):
    inputs, outside = tmp_path / "in", tmp_path / "outside"
    inputs.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("not for the warehouse")
    (inputs / "ok.txt").write_text("A plain article.")
    (inputs / "inside.txt").symlink_to(inputs / "ok.txt")
    (inputs / "leak.txt").symlink_to(outside / "secret.txt")
    (inputs / "leaked-folder").symlink_to(outside)
    (inputs / "device.txt").symlink_to("/dev/zero")
    os.mkfifo(inputs / "pipe.txt")
    sources, rejects = discover([inputs])
    assert sorted(s.source_id for s in sources) == ["inside.txt", "ok.txt"]
    reasons = {r.source_id: r.reason for r in rejects}
    assert reasons == {
        "leak.txt": RejectReason.OUTSIDE_ROOT,
        "leaked-folder": RejectReason.OUTSIDE_ROOT,
        "device.txt": RejectReason.OUTSIDE_ROOT,
        "pipe.txt": RejectReason.NOT_A_FILE,
    }
    assert stat.S_ISFIFO((inputs / "pipe.txt").stat().st_mode), "never opened"


def test_a_file_swapped_for_a_fifo_after_discovery_is_refused_not_waited_on(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("An article.")
    sources, _ = discover([tmp_path])
    path.unlink()
    os.mkfifo(path)
    [reject] = list(read_payloads(sources, DEFAULT_MAX_BYTES))
    assert isinstance(reject, Reject) and reject.reason == RejectReason.UNREADABLE
    assert "not a regular file" in reject.detail
