"""What the report shows, read from the warehouse through its stored queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb

from core.errors import DossierError, Errors
from core.settings import REPORT_MIN_PERIOD_DOCUMENTS
from warehouse.queries import Rows, as_dicts, read_only, sql_text
from warehouse.report.periods import COVERAGE_FLOOR, choose_unit
from warehouse.store import Warehouse

SECTIONS = ("top_entities", "top_speakers", "cooccurrence")


@dataclass(frozen=True)
class Timeline:
    """How the charts over time date and bin the documents."""

    coverage_unit: str  # the coverage chart's bin: day, week, month, quarter or year
    share_unit: str  # the theme chart's bin
    min_documents: int  # fewest documents of a period whose shares are plotted
    by_ingestion: bool  # no document has a publication date: dated by ingestion
    undated: int  # documents left out of the charts over time (no publication date)


@dataclass(frozen=True)
class ReportData:
    """Rows for every section, and the period and totals they cover."""

    since: datetime | None
    until: datetime | None
    totals: dict
    sections: dict[str, Rows]
    quality: Rows
    timeline: Timeline


def gather(
    warehouse: Warehouse,
    since: datetime | None,
    until: datetime | None,
    min_documents: int = REPORT_MIN_PERIOD_DOCUMENTS,
) -> ReportData:
    """Run every report query over one read-only connection."""
    period = [since, until]
    with read_only(warehouse.db_path) as con:
        try:
            days = _rows(con, "report/document_days", period)
            timeline = _timeline(days, min_documents)
            sections = {name: _rows(con, f"report/{name}", period) for name in SECTIONS}
            sections["documents_per_period"] = _rows(
                con,
                "report/documents_per_period",
                [*period, timeline.coverage_unit, timeline.by_ingestion],
            )
            sections["theme_trends"] = _rows(
                con,
                "report/theme_trends",
                [*period, timeline.share_unit, timeline.by_ingestion, min_documents],
            )
        except duckdb.CatalogException:
            raise DossierError(Errors.E025.format(path=warehouse.root)) from None
        quality = _rows(con, "report/quality", [])
        totals = _rows(con, "report/totals", period)[0]
    return ReportData(since, until, totals, sections, quality, timeline)


def _timeline(days: Rows, min_documents: int) -> Timeline:
    """Publication dates where the corpus has any (the undated documents are then
    left out of the charts over time), else the ingestion dates."""
    by_ingestion = not any(row["published"] for row in days)
    key = "ingested" if by_ingestion else "published"
    counts = [(row[key], row["documents"]) for row in days if row[key] is not None]
    return Timeline(
        coverage_unit=choose_unit(counts, COVERAGE_FLOOR),
        share_unit=choose_unit(counts, min_documents),
        min_documents=min_documents,
        by_ingestion=by_ingestion,
        undated=0 if by_ingestion else sum(r["documents"] for r in days if not r["published"]),
    )


def _rows(con: duckdb.DuckDBPyConnection, name: str, parameters: list) -> Rows:
    return as_dicts(con.execute(sql_text(name), parameters))
