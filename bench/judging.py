"""Shared pieces of the hand-judged benchmarks: the corpora, the keys verdicts are
stored under, and extraction of the judged documents with the current code.

Verdicts live in ``bench/data/*_judged.jsonl``. They never hold corpus text:
an item is keyed by its corpus, its document (file name or article id) and a hash
of the judged text, so that offsets may move and the text stays in ``../shared``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared" / "corpora"
DATA = HERE / "data"
RESULTS = HERE / "results" / "judging"
CORPORA = {
    "web_pages": SHARED / "web_pages" / "pages",
    "bbc": SHARED / "bbc_news.jsonl",
    "reuters": SHARED / "reuters21578.jsonl",
    "polnear": SHARED / "polnear_train.jsonl",
}
# Reuters-21578 is large; the judged samples are drawn from its first stories.
REUTERS_LIMIT = 3000
_QUOTE_MARKS = "\"“”„«»‘’'"


def digest(text: str) -> str:
    """Short hash of ``text`` with white space normalised: the key of a judged text."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def quote_digest(text: str) -> str:
    """The key of a quotation: its words without the marks around it."""
    return digest(text.strip().strip(_QUOTE_MARKS).strip())


def ranked(items: Iterable, key, salt: str) -> list:
    """``items`` in a reproducible pseudo-random order: by the hash of ``salt`` and a key."""
    return sorted(items, key=lambda item: hashlib.sha1(f"{salt}|{key(item)}".encode()).hexdigest())


def read_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def write_jsonl(path: Path, records: Iterable[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def corpus_documents(corpus: str, names: set[str] | None = None) -> Iterator[tuple[str, object]]:
    """``(name, Document)`` for each document of a corpus (only ``names`` when given),
    ingested the way ``dossier run`` ingests it."""
    from core.records import Payload
    from tasks.ingest import ingest_payloads

    path = CORPORA[corpus]
    if corpus == "web_pages":
        for file in sorted(path.iterdir()):
            if names is not None and file.name not in names:
                continue
            data = file.read_bytes()
            payload = Payload(str(file), file.name, "html", data, len(data))
            for document in ingest_payloads([payload]).documents:
                yield file.name, document
        return
    # Named documents may lie past the slice a whole-corpus pass reads.
    limit = REUTERS_LIMIT if corpus == "reuters" and names is None else None
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(islice(handle, limit), start=1):
            record = json.loads(line)
            if names is not None and record["id"] not in names:
                continue
            payload = Payload(str(path), f"{path.name}:{number}", "jsonl", line.encode(), len(line))
            for document in ingest_payloads([payload]).documents:
                yield record["id"], document


def document_name(corpus: str, source_id: str) -> str:
    """The name a judged item uses for a document: the file name of a web page, the
    article id of a JSON Lines corpus."""
    return source_id.rsplit("/", 1)[-1] if corpus == "web_pages" else source_id


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank line of ``text``."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def paragraph_at(text: str, position: int) -> tuple[int, int]:
    for start, end in paragraphs(text):
        if start <= position < end:
            return start, end
    return position, position


def judged_extractions(corpus: str, names: set[str]) -> dict[str, tuple[object, object]]:
    """``{name: (Document, Extracted)}`` for the named documents of a corpus,
    extracted with the current code and default settings in one batch, as
    ``extract_documents`` extracts it. The parses come from the bench's parse cache
    (``parse_cache``; ``DOSSIER_PARSE_CACHE=off`` parses afresh)."""
    from parse_cache import extract_cached

    from tasks.configuration import resolve_settings

    found = dict(corpus_documents(corpus, names))
    extracted = extract_cached(list(found.values()), resolve_settings())
    by_doc: dict[str, object] = {}
    for (name, document), entities in zip(found.items(), extracted.entities, strict=True):
        by_doc[name] = (document, _only(extracted, document.doc_id, entities))
    return by_doc


def _only(extracted, doc_id: str, entities):
    from core.records import Extracted

    return Extracted(
        entities=[entities],
        quotes=[q for q in extracted.quotes if q.doc_id == doc_id],
        themes=[t for t in extracted.themes if t.doc_id == doc_id],
        keyphrases=[k for k in extracted.keyphrases if k.doc_id == doc_id],
    )


def locate(text: str, paragraph_sha: str, mention: str, occurrence: int) -> int | None:
    """Character offset of the ``occurrence``-th ``mention`` in the paragraph whose
    digest is ``paragraph_sha``; ``None`` when the text no longer holds it."""
    for start, end in paragraphs(text):
        paragraph = text[start:end]
        if digest(paragraph) != paragraph_sha:
            continue
        position = -1
        for _ in range(occurrence + 1):
            position = paragraph.find(mention, position + 1)
            if position < 0:
                return None
        return start + position
    return None


def share(numerator: int, denominator: int) -> str:
    return f"{numerator}/{denominator} = {numerator / denominator:.3f}" if denominator else "n/a"
