"""The benches' parse cache (bench/parse_cache.py) hands back parses that extract to
the same records as a fresh parse, and never the parse of another text."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import parse_cache  # noqa: E402

from core.records import Document  # noqa: E402
from core.settings import Settings  # noqa: E402
from tasks.extract import extract_documents, extract_parsed, prepare_extractors  # noqa: E402

_TEXTS = [
    "Harbour Council approves new flood barrier\n\n"
    'The Harbour Council on Tuesday approved a $40 million flood barrier. "We cannot wait '
    'for the next storm," said Mayor Elena Marsh, who has pushed the plan since 2021.\n\n'
    "Residents of Eastwick, Ohio, said the project would protect homes and shops. "
    "Engineers from Dalton & Reeve Ltd. will begin work in March, the council said.",
    "Shares of Norvell Corp. fell 6% after the company cut its forecast, citing weaker "
    "demand in Europe. Chief executive Tom Alvarez told analysts the slowdown was "
    '"temporary". The central bank is expected to keep interest rates unchanged.',
]


def _documents() -> list[Document]:
    return [
        Document(f"d{i}", f"d{i}", "test", "txt", text, "", title=f"Story {i}")
        for i, text in enumerate(_TEXTS)
    ]


def test_a_cached_parse_extracts_the_records_of_a_fresh_parse(nlp, tmp_path):
    settings = Settings()
    documents = _documents()
    texts = [d.text for d in documents]
    fresh = extract_documents(documents, settings)
    prepare_extractors(settings)
    parse_cache.cached_parses(nlp, texts, tmp_path)
    assert len(list(tmp_path.rglob("*.spacy"))) == len(texts)
    read = parse_cache.cached_parses(nlp, texts, tmp_path)
    # Everything of the parse but the tensor, which no extractor reads and the cache drops.
    assert [doc.to_bytes(exclude=["tensor"]) for doc in read] == [
        nlp(text).to_bytes(exclude=["tensor"]) for text in texts
    ]
    assert extract_parsed(documents, read, settings) == fresh


def test_extract_cached_is_extract_documents_with_or_without_the_cache(tmp_path, monkeypatch):
    settings = Settings()
    fresh = extract_documents(_documents(), settings)
    assert parse_cache.extract_cached(_documents(), settings, tmp_path) == fresh
    assert parse_cache.extract_cached(_documents(), settings, tmp_path) == fresh
    monkeypatch.setenv(parse_cache.SWITCH, "off")
    assert parse_cache.extract_cached(_documents(), settings, tmp_path / "unused") == fresh
    assert not (tmp_path / "unused").exists()


def test_a_changed_text_is_parsed_again(nlp, tmp_path):
    parse_cache.cached_parses(nlp, [_TEXTS[0]], tmp_path)
    changed = _TEXTS[0].replace("March", "April")
    (doc,) = parse_cache.cached_parses(nlp, [changed], tmp_path)
    assert doc.text == changed
    assert len(list(tmp_path.rglob("*.spacy"))) == 2


def test_an_entry_holding_another_text_is_not_used(nlp, tmp_path):
    parse_cache.cached_parses(nlp, [_TEXTS[0]], tmp_path)
    (entry,) = tmp_path.rglob("*.spacy")
    other = entry.with_name(f"{parse_cache.text_key(_TEXTS[1])}.spacy")
    entry.rename(other)
    (doc,) = parse_cache.cached_parses(nlp, [_TEXTS[1]], tmp_path)
    assert doc.text == _TEXTS[1]


def test_the_switch_turns_the_cache_off(monkeypatch):
    monkeypatch.setenv(parse_cache.SWITCH, "off")
    assert not parse_cache.cache_enabled()
    monkeypatch.delenv(parse_cache.SWITCH)
    assert parse_cache.cache_enabled()
