"""What the warehouse knows of stored stories, for assigning a new batch's
documents to them (``tasks.stories.assign_stories``): the clusters that share a
band key with the batch, and their representatives' signatures. It reads the
``story_bands`` and ``story_members`` files of the current snapshot, never the
documents' text. SQL in ``warehouse/sql/stories/``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection

import duckdb

from core.records import StoryRepresentative
from warehouse.queries import sql_text
from warehouse.store import Warehouse

StoredStories = tuple[dict[int, list[str]], dict[str, StoryRepresentative]]


def stored_stories(warehouse: Warehouse, band_keys: Collection[int]) -> StoredStories:
    """Band key to the ids of the stored clusters that have it (earliest cluster
    first), and cluster id to its representative, for the keys given."""
    bands = warehouse.table_files("story_bands")
    members = warehouse.table_files("story_members")
    if not band_keys or not bands or not members:
        return {}, {}
    with duckdb.connect() as con:
        rows = con.execute(
            sql_text("stories/matches"), [sorted(band_keys), bands, members]
        ).fetchall()
        wanted = sorted({representative for _, _, representative in rows})
        signatures = dict(
            con.execute(sql_text("stories/signatures"), [wanted, members]).fetchall()
            if wanted
            else []
        )
    clusters: dict[int, list[str]] = defaultdict(list)
    representatives: dict[str, StoryRepresentative] = {}
    for band_key, cluster_id, representative in rows:
        clusters[band_key].append(cluster_id)
        signature = tuple(signatures[representative])
        representatives[cluster_id] = StoryRepresentative(cluster_id, representative, signature)
    return dict(clusters), representatives
