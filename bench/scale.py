"""Query times on a synthetic warehouse of up to a million documents.

    .venv/bin/python bench/scale.py [--documents 100000 1000000] [--keep DIR]

Writes, through the project's own writer (``Warehouse.commit_batch``, batches of
50,000 documents), a warehouse with per document 20 entity mentions, 3 quotes and
5 theme rows drawn from Zipf-like distributions over 50,000 entities, 116 themes
and 20 sources across two years, and a MinHash signature and LSH band keys (random:
every stored story is a story of its own); publishes the views; then times four
questions through a read-only connection to ``dossier.duckdb`` (first run and best
of three), and finding the stories of a new batch of 200 documents, half of them
near-duplicates of stored ones, the way a run does before it commits a batch.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from core.records import Fingerprint
from tasks import minhash
from tasks.stories import assign_stories
from warehouse.schemas import DOCUMENTS, ENTITIES, QUOTES, STORY_BANDS, STORY_MEMBERS, THEMES
from warehouse.store import Warehouse
from warehouse.stories import stored_stories
from warehouse.views import publish_views

BATCH = 50_000
MENTIONS, QUOTES_PER_DOC, THEMES_PER_DOC = 20, 3, 5
N_ENTITIES, N_THEMES, N_SOURCES = 50_000, 116, 20
LABELS = np.array(["PERSON", "ORG", "GPE", "NORP", "LOC"])
START = datetime(2025, 1, 1, tzinfo=UTC)
TWO_YEARS_US = 2 * 365 * 24 * 3600 * 1_000_000

QUESTIONS = {
    "top 20 entities per month, 2025": """
        select month, entity_key, n_documents from entity_months
        where month >= timestamptz '2025-01-01' and month < timestamptz '2026-01-01'
        qualify row_number() over (partition by month order by n_documents desc, entity_key) <= 20
        order by month, n_documents desc""",
    "most-quoted people on one theme": """
        select speaker_key, count(*) as quotes
        from quotes
        where speaker_key is not null
          and doc_id in (select doc_id from themes where theme = 'theme_007')
        group by speaker_key order by quotes desc, speaker_key limit 20""",
    "entities co-occurring with one entity": """
        with hers as (select doc_id from entity_documents where entity_key = 'PERSON:e00000010')
        select e.entity_key, count(*) as documents
        from entity_documents e join hers using (doc_id)
        where e.entity_key <> 'PERSON:e00000010'
        group by 1 order by documents desc, 1 limit 20""",
    "documents by source and month": """
        select source, date_trunc('month', published_at) as month, count(*) as documents
        from documents group by all order by all""",
}


def zipf_indices(rng: np.random.Generator, n: int, size: int) -> np.ndarray:
    """Indices in [0, n) where low ranks are much more frequent, as names in news are."""
    return np.minimum(rng.zipf(1.3, size) - 1, n - 1)


def vocabulary() -> dict[str, pa.Array]:
    labels = LABELS[np.arange(N_ENTITIES) % len(LABELS)]
    keys = [f"{label}:e{i:08d}" for i, label in enumerate(labels)]
    return {
        "key": pa.array(keys),
        "name": pa.array([f"Entity {i}" for i in range(N_ENTITIES)]),
        "label": pa.array(labels.tolist()),
        "theme": pa.array([f"theme_{i:03d}" for i in range(N_THEMES)]),
        "source": pa.array([f"source {i:02d}" for i in range(N_SOURCES)]),
    }


def batch_tables(
    first: int, count: int, rng: np.random.Generator, vocab: dict[str, pa.Array]
) -> dict[str, pa.Table]:
    numbers = np.arange(first, first + count)
    doc_ids = pa.array([f"{n:016x}" for n in numbers])
    published = START.timestamp() * 1_000_000 + rng.integers(0, TWO_YEARS_US, count)
    text = pa.array([f"Synthetic article {n}." for n in numbers])
    now = pa.array([datetime.now(UTC)] * count, type=DOCUMENTS.field("ingested_at").type)
    documents = pa.table(
        {
            "doc_id": doc_ids,
            "source_id": doc_ids,
            "source_path": pa.array(["synthetic.jsonl"] * count),
            "format": pa.array(["jsonl"] * count),
            "title": text,
            "published_at": pa.array(published.astype("int64"), type=pa.int64()).cast(
                DOCUMENTS.field("published_at").type
            ),
            "source": vocab["source"].take(pa.array(rng.integers(0, N_SOURCES, count))),
            "text": text,
            "content_sha256": doc_ids,
            "n_chars": pc.utf8_length(text).cast(pa.int32()),
            "ingested_at": now,
            "run_id": pa.array(["synthetic"] * count),
            "batch_id": pa.array(["synthetic"] * count),
            "pipeline_version": pa.array(["synthetic"] * count),
        }
    )
    return {
        "documents": _complete(documents, DOCUMENTS),
        "entities": _entities(doc_ids, rng, vocab),
        "quotes": _quotes(doc_ids, rng, vocab),
        "themes": _themes(doc_ids, rng, vocab),
        **_stories(first, doc_ids),
    }


def signatures_of(numbers: np.ndarray) -> np.ndarray:
    """A random but reproducible signature per document number (one row each)."""
    rows = [np.random.default_rng(int(n)).integers(0, 2**32, minhash.NUM_PERM) for n in numbers]
    return np.array(rows, dtype=np.uint32)


def keys_of(signatures: np.ndarray) -> np.ndarray:
    """The band keys of each signature (one row each), as the pipeline computes them."""
    return np.array([minhash.band_keys(sig) for sig in signatures], dtype=np.int64)


def _stories(first: int, doc_ids: pa.Array) -> dict[str, pa.Table]:
    count = len(doc_ids)
    signatures = signatures_of(np.arange(first, first + count))
    keys = keys_of(signatures)
    flat = pa.array(signatures.reshape(-1))
    offsets = pa.array(np.arange(0, count + 1) * minhash.NUM_PERM, type=pa.int32())
    members = pa.table(
        {
            "doc_id": doc_ids,
            "cluster_id": doc_ids,
            "compared_to": doc_ids,
            "jaccard": pa.array(np.ones(count, dtype="float32")),
            "arrival": pa.array([f"synthetic-{first:08d}/{i:06d}" for i in range(count)]),
            "signature": pa.ListArray.from_arrays(offsets, flat),
        }
    )
    bands = pa.table(
        {
            "band_key": pa.array(keys.reshape(-1)),
            "doc_id": doc_ids.take(pa.array(np.repeat(np.arange(count), minhash.BANDS))),
        }
    )
    return {"story_members": members.cast(STORY_MEMBERS), "story_bands": bands.cast(STORY_BANDS)}


def time_new_batch(root: Path, stored: int, size: int = 200) -> tuple[float, int, int]:
    """Seconds to find the stories of a new batch of ``size`` documents (half of them
    copies, with a few values changed, of stored documents), how many of those copies
    joined their original's story, and how many new stories the rest started."""
    rng = np.random.default_rng(7)
    originals = rng.choice(stored, size // 2, replace=False)
    copies = signatures_of(originals)
    changed = rng.integers(0, minhash.NUM_PERM, (len(copies), 12))  # Jaccard about 0.9
    for row, columns in zip(copies, changed, strict=True):
        row[columns] = rng.integers(0, 2**32, len(columns))
    fresh = signatures_of(np.arange(10**9, 10**9 + size - len(copies)))
    signatures = np.concatenate([copies, fresh])
    prints = [
        Fingerprint(f"new{i:05d}", tuple(int(v) for v in sig), tuple(minhash.band_keys(sig)))
        for i, sig in enumerate(signatures)
    ]
    started = time.perf_counter()
    clusters, representatives = stored_stories(
        Warehouse(root), {key for p in prints for key in p.band_keys}
    )
    links = assign_stories(prints, clusters, representatives, 0.35)
    seconds = time.perf_counter() - started
    expected = [f"{n:016x}" for n in originals]
    joined = sum(link.cluster_id == e for link, e in zip(links, expected, strict=False))
    started_new = sum(link.cluster_id == link.doc_id for link in links[len(copies) :])
    return seconds, joined, started_new


def _entities(doc_ids: pa.Array, rng, vocab) -> pa.Table:
    rows = len(doc_ids) * MENTIONS
    owner = pa.array(np.repeat(np.arange(len(doc_ids)), MENTIONS))
    entity = pa.array(zipf_indices(rng, N_ENTITIES, rows))
    start = rng.integers(0, 3000, rows).astype("int32")
    doc = doc_ids.take(owner)
    return _complete(
        pa.table(
            {
                "doc_id": doc,
                "mention_id": pc.binary_join_element_wise(doc, pa.array(start.astype(str)), ":"),
                "start_char": start,
                "end_char": start + 10,
                "text": vocab["name"].take(entity),
                "label": vocab["label"].take(entity),
                "sentence_index": (start // 100).astype("int32"),
                "entity_key": vocab["key"].take(entity),
                "canonical_name": vocab["name"].take(entity),
            }
        ),
        ENTITIES,
    )


def _quotes(doc_ids: pa.Array, rng, vocab) -> pa.Table:
    rows = len(doc_ids) * QUOTES_PER_DOC
    owner = pa.array(np.repeat(np.arange(len(doc_ids)), QUOTES_PER_DOC))
    speaker = pa.array(zipf_indices(rng, N_ENTITIES // len(LABELS), rows) * len(LABELS))
    start = rng.integers(0, 3000, rows).astype("int32")
    doc = doc_ids.take(owner)
    return _complete(
        pa.table(
            {
                "doc_id": doc,
                "quote_id": pc.binary_join_element_wise(doc, pa.array(start.astype(str)), ":q"),
                "start_char": start,
                "end_char": start + 80,
                "text": pa.array(["A synthetic quotation."] * rows),
                "kind": pa.array(["direct"] * rows),
                "speaker": vocab["name"].take(speaker),
                "speaker_key": vocab["key"].take(speaker),
            }
        ),
        QUOTES,
    )


def _themes(doc_ids: pa.Array, rng, vocab) -> pa.Table:
    rows = len(doc_ids) * THEMES_PER_DOC
    owner = pa.array(np.repeat(np.arange(len(doc_ids)), THEMES_PER_DOC))
    theme = pa.array(zipf_indices(rng, N_THEMES, rows))
    return _complete(
        pa.table(
            {
                "doc_id": doc_ids.take(owner),
                "theme": vocab["theme"].take(theme),
                "label": vocab["theme"].take(theme),
                "parent": pa.array(["subject"] * rows),
                "score": rng.random(rows).astype("float32"),
            }
        ),
        THEMES,
    )


def _complete(table: pa.Table, schema: pa.Schema) -> pa.Table:
    for field in schema:
        if field.name not in table.column_names:
            table = table.append_column(field, pa.nulls(table.num_rows, field.type))
    return table.select(schema.names).cast(schema)


def build(root: Path, documents: int) -> float:
    """Write the synthetic warehouse; returns seconds taken."""
    started = time.perf_counter()
    rng = np.random.default_rng(42)
    vocab = vocabulary()
    warehouse = Warehouse(root)
    with warehouse.writer_lock():
        warehouse.prepare()
        for first in range(0, documents, BATCH):
            count = min(BATCH, documents - first)
            warehouse.commit_batch(f"synthetic-{first:08d}", batch_tables(first, count, rng, vocab))
        publish_views(warehouse)
    return time.perf_counter() - started


def time_questions(root: Path) -> dict[str, tuple[float, float, int]]:
    """Question to (first run, best of three, rows) over a read-only connection."""
    results = {}
    for name, sql in QUESTIONS.items():
        times = []
        for _ in range(4):
            with duckdb.connect(str(root / "dossier.duckdb"), read_only=True) as con:
                started = time.perf_counter()
                rows = con.execute(sql).fetchall()
                times.append(time.perf_counter() - started)
        results[name] = (times[0], min(times[1:]), len(rows))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--keep", type=Path, help="Build the warehouses under this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dossier-scale-") as scratch:
        base = args.keep or Path(scratch)
        for documents in args.documents:
            root = base / f"synthetic-{documents}"
            if not (root / "dossier.duckdb").exists():
                seconds = build(root, documents)
                print(f"\n{documents:,} documents written in {seconds:.0f} s")
            with duckdb.connect(str(root / "dossier.duckdb"), read_only=True) as con:
                sizes = {
                    t: con.execute(f"select count(*) from {t}").fetchone()[0]
                    for t in ("documents", "entities", "quotes", "themes")
                }
            print(", ".join(f"{t} {n:,}" for t, n in sizes.items()))
            for name, (first, best, rows) in time_questions(root).items():
                print(f"  {name:<40} first {first:6.3f} s   best {best:6.3f} s   ({rows} rows)")
            for attempt in ("first", "again"):
                seconds, joined, fresh = time_new_batch(root, documents)
                print(
                    f"  stories of a new batch of 200 ({attempt}): {seconds:.3f} s; "
                    f"{joined} of 100 copies joined their original's story, "
                    f"{fresh} of 100 new documents started stories"
                )


if __name__ == "__main__":
    main()
