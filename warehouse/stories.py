"""What the warehouse knows of stored stories, for assigning a new batch's
documents to them (``tasks.stories.assign_stories``): the clusters that share a
band key with the batch, and their representatives' signatures. It reads each
batch's story index (``warehouse.story_index``) of the current snapshot: binary
searches in memory-mapped files, never a scan of the stored keys, never the
documents' text."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from core.records import StoryRepresentative
from warehouse.store import Warehouse
from warehouse.story_index import BatchStoryIndex, open_index

StoredStories = tuple[dict[int, list[str]], dict[str, StoryRepresentative]]


def stored_stories(warehouse: Warehouse, band_keys: Collection[int]) -> StoredStories:
    """Band key to the ids of the stored clusters that have it (earliest cluster
    first), and cluster id to its representative, for the keys given."""
    # the snapshot's own paths: a snapshot published meanwhile does not mix in
    folders = [Path(path).parent for path in warehouse.table_files("story_members")]
    if not band_keys or not folders:
        return {}, {}
    probes = np.unique(np.fromiter(band_keys, dtype=np.int64, count=len(band_keys)))
    indexes = [open_index(folder) for folder in folders]
    matched: set[tuple[int, str]] = set()
    for index in indexes:
        keys, rows = index.members_with_keys(probes)
        clusters = index.members["cluster_id"].take(pa.array(rows)).to_pylist()
        matched.update(zip(keys.tolist(), clusters, strict=True))
    firsts = _first_members(indexes, {cluster for _, cluster in matched})
    clusters: dict[int, list[str]] = defaultdict(list)
    for band_key, cluster_id in sorted(matched, key=lambda m: (firsts[m[1]][0], m[0])):
        clusters[band_key].append(cluster_id)
    representatives = {
        cluster_id: StoryRepresentative(
            cluster_id, doc_id, tuple(index.members["signature"][row].as_py())
        )
        for cluster_id, (_, doc_id, index, row) in firsts.items()
    }
    return dict(clusters), representatives


def _first_members(
    indexes: list[BatchStoryIndex], cluster_ids: set[str]
) -> dict[str, tuple[str, str, BatchStoryIndex, int]]:
    """Cluster id to its first surviving member (by arrival): that member's
    arrival, doc_id, batch index and row. The first document of a story may have
    been forgotten, so every batch is asked, not the one named by the cluster id."""
    firsts: dict[str, tuple[str, str, BatchStoryIndex, int]] = {}
    if not cluster_ids:
        return firsts
    wanted = pa.array(sorted(cluster_ids), type=pa.string())
    for index in indexes:
        members = index.members
        rows = np.flatnonzero(pc.is_in(members["cluster_id"], value_set=wanted).to_numpy())
        if not len(rows):
            continue
        found = members.select(["cluster_id", "arrival", "doc_id"]).take(pa.array(rows))
        for row, cluster_id, arrival, doc_id in zip(
            rows.tolist(), *(found[c].to_pylist() for c in found.column_names), strict=True
        ):
            if cluster_id not in firsts or (arrival, doc_id) < firsts[cluster_id][:2]:
                firsts[cluster_id] = (arrival, doc_id, index, row)
    return firsts
