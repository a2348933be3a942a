"""Render the report: the charts as Plotly divs in one HTML file with Plotly's
JavaScript inlined, so it opens offline in any browser."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import jinja2
from plotly.offline import get_plotlyjs

from warehouse.report.charts import ENTITY_KINDS, figures
from warehouse.report.data import ReportData, gather
from warehouse.store import Warehouse

_CONFIG = {"displaylogo": False, "responsive": True, "displayModeBar": "hover"}


def build_report(
    warehouse: Warehouse,
    out: Path | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> tuple[Path, float]:
    """Write the report (default ``<warehouse>/report.html``) atomically; returns
    its path and the seconds it took."""
    started = time.perf_counter()
    out = Path(out or warehouse.report_path).resolve()
    html = render(gather(warehouse, since, until))
    temp = out.with_name(f".{out.name}.tmp")
    temp.write_text(html, encoding="utf-8")
    os.replace(temp, out)
    return out, time.perf_counter() - started


def render(data: ReportData) -> str:
    """The whole page as a string."""
    charts = {
        name: figure.to_html(
            full_html=False, include_plotlyjs=False, div_id=f"chart-{name}", config=_CONFIG
        )
        for name, figure in figures(data).items()
    }
    sources = {
        sample["doc_id"]: sample
        for speaker in data.sections["top_speakers"]
        for sample in speaker["samples"]
    }
    template = _environment().get_template("report.html.j2")
    return template.render(
        data=data,
        charts=charts,
        entity_kinds=ENTITY_KINDS,
        sources=sources,
        network_edges=[r for r in data.sections["cooccurrence"] if r["kind"] == "edge"][:20],
        plotly_js=get_plotlyjs(),
        generated=datetime.now(UTC),
    )


def _environment() -> jinja2.Environment:
    folder = resources.files("warehouse") / "report"
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        autoescape=jinja2.select_autoescape(["html", "j2"]),
        undefined=jinja2.StrictUndefined,
    )
