"""Render the report: the charts as Plotly divs in one HTML file with Plotly's
JavaScript inlined, so it opens offline in any browser.

Each chart is an empty ``div`` of fixed height and its figure as JSON; one script at
the end of the page draws them all once the page is laid out, so each takes the
width of its grid cell (not the width the cell had before its neighbours existed),
and redraws a chart whenever its cell changes size (a window resized, a scroll bar).
"""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import jinja2
import plotly.graph_objects as go
import plotly.io
from markupsafe import Markup
from plotly.offline import get_plotlyjs

from core.settings import REPORT_MIN_PERIOD_DOCUMENTS
from warehouse.report.charts import ENTITY_KINDS, figures
from warehouse.report.data import ReportData, gather
from warehouse.store import Warehouse

_CONFIG = {"displaylogo": False, "responsive": True, "displayModeBar": "hover"}


def build_report(
    warehouse: Warehouse,
    out: Path | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    min_documents: int = REPORT_MIN_PERIOD_DOCUMENTS,
) -> tuple[Path, float]:
    """Write the report (default ``<warehouse>/report.html``) atomically; returns
    its path and the seconds it took. ``min_documents``: the fewest documents of a
    period whose theme shares are plotted."""
    started = time.perf_counter()
    out = Path(out or warehouse.report_path).resolve()
    html = render(gather(warehouse, since, until, min_documents))
    temp = out.with_name(f".{out.name}.tmp")
    temp.write_text(html, encoding="utf-8")
    os.replace(temp, out)
    return out, time.perf_counter() - started


def render(data: ReportData) -> str:
    """The whole page as a string."""
    charts = {name: _chart(name, figure) for name, figure in figures(data).items()}
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
        plotly_config=json.dumps(_CONFIG),
        generated=datetime.now(UTC),
    )


def _chart(name: str, figure: go.Figure) -> Markup:
    """The chart's div, sized by its cell and its figure's height, and its figure as
    JSON (``</`` escaped, so no text in it can end the script element)."""
    figure_json = plotly.io.to_json(figure, validate=False).replace("</", "<\\/")
    height = int(figure.layout.height or 360)
    return Markup(
        f'<div id="chart-{name}" class="chart plotly-graph-div" style="height:{height}px"></div>'
        f'<script type="application/json" id="chart-{name}-figure">{figure_json}</script>'
    )


def _environment() -> jinja2.Environment:
    folder = resources.files("warehouse") / "report"
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        autoescape=jinja2.select_autoescape(["html", "j2"]),
        undefined=jinja2.StrictUndefined,
    )
