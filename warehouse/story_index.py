"""The story tables of one batch in a form read by position, not by scanning.

Finding the stories of a new batch asks, for each of its ~8,400 band keys, which
stored documents have it. The keys are random 64-bit hashes, so Parquet's
row-group statistics prune nothing, and scanning every stored key costs a
second at a million documents. So each batch folder also holds, written with its
Parquet files and derived from them:

- ``story_band_index.arrow``: ``band_key`` sorted, and ``member``, the row of the
  document in the member index: a binary search finds a key's documents;
- ``story_member_index.arrow``: ``doc_id``, ``cluster_id``, ``arrival`` and
  ``signature`` of ``story_members``, in its order.

Both are uncompressed Arrow IPC files, memory-mapped when read: a lookup touches
the pages it searches and the rows it takes, and decodes nothing. They are
derived data: the Parquet tables stay the record (the views read those), and a
batch rewritten by reprocess, compact or forget gets them rewritten with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from warehouse.schemas import STORY_BANDS, STORY_MEMBERS

BAND_INDEX = "story_band_index.arrow"
MEMBER_INDEX = "story_member_index.arrow"
INDEX_FILES = (BAND_INDEX, MEMBER_INDEX)

BAND_INDEX_SCHEMA = pa.schema([("band_key", pa.int64()), ("member", pa.int32())])
MEMBER_INDEX_SCHEMA = pa.schema(
    [STORY_MEMBERS.field(name) for name in ("doc_id", "cluster_id", "arrival", "signature")]
)


def index_tables(members: pa.Table, bands: pa.Table) -> dict[str, pa.Table]:
    """File name to table: the two index files of a batch whose ``story_members``
    and ``story_bands`` (cast to their schemas) are given. Band rows whose document
    has no member row in the batch are left out: they could name no story."""
    members = members.select(MEMBER_INDEX_SCHEMA.names)
    member = pc.index_in(bands["doc_id"], value_set=members["doc_id"])
    known = pc.is_valid(member)
    band_index = pa.table(
        {"band_key": bands["band_key"].filter(known), "member": member.filter(known)},
    ).cast(BAND_INDEX_SCHEMA)
    band_index = band_index.sort_by([("band_key", "ascending"), ("member", "ascending")])
    # one record batch each, so that a reader gets each column as one mapped array
    return {
        BAND_INDEX: band_index.combine_chunks(),
        MEMBER_INDEX: members.cast(MEMBER_INDEX_SCHEMA).combine_chunks(),
    }


@dataclass(frozen=True)
class BatchStoryIndex:
    """One batch's index: sorted band keys, the member row of each, the members."""

    band_keys: np.ndarray
    band_members: np.ndarray
    members: pa.Table

    def members_with_keys(self, probes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The band keys among ``probes`` (sorted, distinct) that this batch has, one
        per matching band row, and the member row of each."""
        keys = self.band_keys
        if not len(keys):
            return np.empty(0, np.int64), np.empty(0, np.int32)
        low = np.searchsorted(keys, probes, side="left")
        found = np.flatnonzero(keys[np.minimum(low, len(keys) - 1)] == probes)
        # a second search only for the keys found (few): most probes are in no batch
        probes, low = probes[found], low[found]
        counts = np.searchsorted(keys, probes, side="right") - low
        total = int(counts.sum())
        if not total:
            return np.empty(0, np.int64), np.empty(0, np.int32)
        # every position in [low, high) for each probe, without a Python loop
        starts = np.repeat(low - np.cumsum(counts) + counts, counts)
        positions = starts + np.arange(total)
        return self.band_keys[positions], self.band_members[positions]


def open_index(folder: Path) -> BatchStoryIndex:
    """The story index of the batch in ``folder``: its index files, memory-mapped,
    or, for a batch written before they existed, built from its Parquet tables."""
    if all((folder / name).is_file() for name in INDEX_FILES):
        tables = {name: _mapped(folder / name) for name in INDEX_FILES}
    else:
        tables = index_tables(
            _parquet(folder / "story_members.parquet", STORY_MEMBERS),
            _parquet(folder / "story_bands.parquet", STORY_BANDS),
        )
    bands = tables[BAND_INDEX]
    return BatchStoryIndex(
        band_keys=_numpy(bands["band_key"], np.int64),
        band_members=_numpy(bands["member"], np.int32),
        members=tables[MEMBER_INDEX],
    )


def _mapped(path: Path) -> pa.Table:
    # zero-copy: the table's buffers are the file's pages, read only when touched
    with pa.memory_map(str(path)) as source:
        return pa.ipc.open_file(source).read_all()


def _parquet(path: Path, schema: pa.Schema) -> pa.Table:
    if not path.is_file():
        return schema.empty_table()
    return pq.read_table(path).select(schema.names).cast(schema)


def _numpy(column: pa.ChunkedArray, dtype: type) -> np.ndarray:
    if column.num_chunks == 1:  # as written: a view of the mapped file
        return column.chunk(0).to_numpy(zero_copy_only=True)
    return np.concatenate([np.empty(0, dtype), *(c.to_numpy() for c in column.chunks)])
