"""What the report shows, read from the warehouse through its stored queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb

from core.errors import DossierError, Errors
from warehouse.queries import Rows, as_dicts, sql_text
from warehouse.store import Warehouse

SECTIONS = (
    "documents_per_week",
    "top_entities",
    "top_speakers",
    "theme_trends",
    "cooccurrence",
)


@dataclass(frozen=True)
class ReportData:
    """Rows for every section, and the period and totals they cover."""

    since: datetime | None
    until: datetime | None
    totals: dict
    sections: dict[str, Rows]
    quality: Rows


def gather(warehouse: Warehouse, since: datetime | None, until: datetime | None) -> ReportData:
    """Run every report query over one read-only connection."""
    period = [since, until]
    with duckdb.connect(str(warehouse.db_path), read_only=True) as con:
        try:
            sections = {name: _rows(con, f"report/{name}", period) for name in SECTIONS}
        except duckdb.CatalogException:
            raise DossierError(Errors.E025.format(path=warehouse.root)) from None
        quality = _rows(con, "report/quality", [])
        totals = _rows(con, "report/totals", period)[0]
    return ReportData(since, until, totals, sections, quality)


def _rows(con: duckdb.DuckDBPyConnection, name: str, parameters: list) -> Rows:
    return as_dicts(con.execute(sql_text(name), parameters))
