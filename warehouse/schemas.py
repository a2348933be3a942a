"""Arrow schemas of the warehouse tables. Offsets are Python ``str`` indices into
``documents.text``."""

from __future__ import annotations

import pyarrow as pa

TIMESTAMP = pa.timestamp("us", tz="UTC")
EVIDENCE = pa.struct([("start_char", pa.int32()), ("end_char", pa.int32()), ("text", pa.string())])

DOCUMENTS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source_id", pa.string()),
        ("source_path", pa.string()),
        ("format", pa.string()),
        ("title", pa.string()),
        ("published_at", TIMESTAMP),
        ("source", pa.string()),
        ("url", pa.string()),
        ("text", pa.string()),
        ("content_sha256", pa.string()),
        ("n_chars", pa.int32()),
        ("metadata", pa.string()),
        ("ingested_at", TIMESTAMP),
        ("run_id", pa.string()),
        ("batch_id", pa.string()),
        ("pipeline_version", pa.string()),
    ]
)

ENTITIES = pa.schema(
    [
        ("doc_id", pa.string()),
        ("mention_id", pa.string()),
        ("start_char", pa.int32()),
        ("end_char", pa.int32()),
        ("text", pa.string()),
        ("label", pa.string()),
        ("sentence_index", pa.int32()),
        ("entity_key", pa.string()),
        ("canonical_name", pa.string()),
    ]
)

QUOTES = pa.schema(
    [
        ("doc_id", pa.string()),
        ("quote_id", pa.string()),
        ("start_char", pa.int32()),
        ("end_char", pa.int32()),
        ("text", pa.string()),
        ("kind", pa.string()),
        ("speaker", pa.string()),
        ("speaker_key", pa.string()),
        ("speaker_start", pa.int32()),
        ("speaker_end", pa.int32()),
        ("speaker_title", pa.string()),
        ("cue", pa.string()),
        ("cue_start", pa.int32()),
        ("cue_end", pa.int32()),
        ("paragraph_index", pa.int32()),
        ("statement_start", pa.int32()),
        ("statement_end", pa.int32()),
    ]
)

THEMES = pa.schema(
    [
        ("doc_id", pa.string()),
        ("theme", pa.string()),
        ("label", pa.string()),
        ("parent", pa.string()),
        ("score", pa.float32()),
        ("evidence", pa.list_(EVIDENCE)),
    ]
)

KEYPHRASES = pa.schema(
    [
        ("doc_id", pa.string()),
        ("phrase", pa.string()),
        ("score", pa.float32()),
        ("rank", pa.int16()),
    ]
)

REJECTS = pa.schema(
    [
        ("reject_id", pa.string()),
        ("source_path", pa.string()),
        ("source_id", pa.string()),
        ("reason", pa.string()),
        ("detail", pa.string()),
        ("run_id", pa.string()),
        ("rejected_at", TIMESTAMP),
    ]
)

FORGOTTEN = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source_id", pa.string()),
        ("content_sha256", pa.string()),
        ("reason", pa.string()),
        ("run_id", pa.string()),
        ("forgotten_at", TIMESTAMP),
    ]
)

RUNS = pa.schema(
    [
        ("run_id", pa.string()),
        ("command", pa.string()),
        ("started_at", TIMESTAMP),
        ("finished_at", TIMESTAMP),
        ("status", pa.string()),
        ("counts", pa.map_(pa.string(), pa.int64())),
        ("inputs", pa.list_(pa.string())),
        ("model", pa.string()),
        ("pipeline_version", pa.string()),
    ]
)

# Near-duplicate detection (tasks/stories.py): one row per document, the story
# cluster it joined when stored and its MinHash signature; `arrival` orders
# documents (batch id, then position in the batch), so a cluster's first surviving
# document is its story's representative (see the `stories` view).
STORY_MEMBERS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("cluster_id", pa.string()),
        ("compared_to", pa.string()),
        ("jaccard", pa.float32()),
        ("arrival", pa.string()),
        ("signature", pa.list_(pa.uint32())),
    ]
)

# The LSH band keys of each document: a new document is compared only with the
# stored documents that share one of its keys.
STORY_BANDS = pa.schema(
    [
        ("band_key", pa.int64()),
        ("doc_id", pa.string()),
    ]
)

# Derived from a batch's documents and entities as the batch is written, so that the
# commonest aggregate questions read a fraction of the mention rows. Each document
# lives in exactly one batch, so sums over batches are exact.
ENTITY_DOCUMENTS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("entity_key", pa.string()),
        ("label", pa.string()),
        ("canonical_name", pa.string()),
        ("mentions", pa.int32()),
        ("first_start", pa.int32()),
        ("dated_at", TIMESTAMP),
    ]
)

ENTITY_MONTH_PARTS = pa.schema(
    [
        ("month", TIMESTAMP),
        ("entity_key", pa.string()),
        ("label", pa.string()),
        ("canonical_name", pa.string()),
        ("documents", pa.int64()),
        ("mentions", pa.int64()),
    ]
)

# Corpus-level entity decisions (warehouse/corpus.py). ENTITY_EVIDENCE: one row per
# entity per document, what the document says about the name: its label, whether a
# context cue vouches for that label, and, for people, the surname a full name ends
# with (and the given name it opens with) or a name of one word stands as, with the
# sex a given name or a title implies;
# `scope` is the window (source, month, title's sex) a surname alone is resolved in.
ENTITY_EVIDENCE = pa.schema(
    [
        ("doc_id", pa.string()),
        ("entity_key", pa.string()),
        ("name_key", pa.string()),
        ("label", pa.string()),
        ("canonical_name", pa.string()),
        ("cued", pa.bool_()),
        ("source", pa.string()),
        ("month", TIMESTAMP),
        ("surname", pa.string()),
        ("full_name", pa.bool_()),
        ("given_name", pa.string()),
        ("sex", pa.string()),
        ("scope", pa.string()),
    ]
)

# The decisions taken as a batch was committed, for every name and surname whose
# counts it changed: kind "label" (scope empty: a name's label gives way to the
# corpus's) or "person" (a surname alone in a scope stands for a full name). to_key is
# null when the key stays; the latest decision of a (kind, scope, from_key) stands.
ENTITY_DECISIONS = pa.schema(
    [
        ("kind", pa.string()),
        ("scope", pa.string()),
        ("from_key", pa.string()),
        ("to_key", pa.string()),
        ("to_label", pa.string()),
        ("to_name", pa.string()),
        ("decided_at", TIMESTAMP),
    ]
)

BATCH_TABLES: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "entities": ENTITIES,
    "quotes": QUOTES,
    "themes": THEMES,
    "keyphrases": KEYPHRASES,
    "rejects": REJECTS,
    "forgotten": FORGOTTEN,
    "story_members": STORY_MEMBERS,
    "story_bands": STORY_BANDS,
    "entity_evidence": ENTITY_EVIDENCE,
    "entity_decisions": ENTITY_DECISIONS,
}
DERIVED_TABLES: dict[str, pa.Schema] = {
    "entity_documents": ENTITY_DOCUMENTS,
    "entity_month_parts": ENTITY_MONTH_PARTS,
}
ALL_TABLES: dict[str, pa.Schema] = {**BATCH_TABLES, **DERIVED_TABLES, "runs": RUNS}
