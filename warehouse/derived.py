"""Tables derived from a batch as it is written: ``entity_documents`` and
``entity_month_parts`` (see ``warehouse.schemas``). Their SQL is in
``warehouse/sql/derive/``."""

from __future__ import annotations

from collections.abc import Mapping

import duckdb
import pyarrow as pa

from warehouse.queries import sql_text
from warehouse.schemas import DERIVED_TABLES


def derived_tables(tables: Mapping[str, pa.Table]) -> dict[str, pa.Table]:
    """The derived tables of a batch whose (cast) ``documents`` and ``entities`` are given."""
    with duckdb.connect() as con:
        con.register(
            "documents", tables["documents"].select(["doc_id", "published_at", "ingested_at"])
        )
        con.register("entities", tables["entities"])
        documents = con.sql(sql_text("derive/entity_documents")).to_arrow_table()
        con.register("entity_documents", documents)
        months = con.sql(sql_text("derive/entity_month_parts")).to_arrow_table()
    return {
        "entity_documents": documents.cast(DERIVED_TABLES["entity_documents"]),
        "entity_month_parts": months.cast(DERIVED_TABLES["entity_month_parts"]),
    }
