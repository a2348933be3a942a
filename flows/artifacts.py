"""What a run shows in the Prefect UI: a markdown summary and a table of rejects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect.artifacts import create_markdown_artifact, create_table_artifact

from warehouse.queries import run_file
from warehouse.store import Warehouse

TOP_N = 10


def publish_run_artifacts(warehouse: Warehouse, summary: Any, report: Path | None) -> None:
    """Attach the run's summary (with a link to the refreshed report) and rejects to the
    current flow run."""
    highlights = {
        name: run_file(warehouse.db_path, f"run/top_{name}", summary.run_id, TOP_N)
        for name in ("entities", "speakers", "themes")
    }
    create_markdown_artifact(
        key="dossier-run-summary",
        markdown=summary_markdown(summary, highlights, report),
        description=f"dossier run {summary.run_id}",
    )
    rejects = run_file(warehouse.db_path, "run/rejects", summary.run_id)
    if rejects:
        create_table_artifact(
            key="dossier-rejects", table=rejects, description=f"inputs rejected by {summary.run_id}"
        )


def summary_markdown(
    summary: Any, highlights: dict[str, list[dict[str, Any]]], report: Path | None = None
) -> str:
    """The run summary as markdown: counts, rows per table, time, top names and themes."""
    counts, rows = summary.counts, summary.rows
    lines = [
        f"# dossier run `{summary.run_id}`",
        "",
        f"Status **{summary.status}** in {summary.seconds:.1f} s.",
        f"Pipeline `{summary.pipeline_version}`.",
        "",
        f"Corpus report: [{report}]({report.as_uri()})" if report else "Corpus report: not built",
        "",
        "| documents | count |",
        "|---|---:|",
        f"| new | {counts['documents_new']:,} |",
        f"| already present (skipped) | {counts['documents_present']:,} |",
        f"| rejected | {counts['rejected']:,} |",
        "",
        "| table | rows written |",
        "|---|---:|",
        *(f"| {name} | {count:,} |" for name, count in sorted(rows.items())),
    ]
    for title, name, column in (
        ("Top entities", "entities", "canonical_name"),
        ("Most quoted", "speakers", "speaker"),
        ("Top themes", "themes", "label"),
    ):
        items = highlights.get(name) or []
        lines += ["", f"## {title}", ""]
        lines += [f"1. {item[column]} ({_count(item)})" for item in items] or ["(none)"]
    return "\n".join(lines) + "\n"


def _count(item: dict[str, Any]) -> str:
    if "n_quotes" in item:
        return _plural(item["n_quotes"], "quote")
    return _plural(item["n_documents"], "document")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
