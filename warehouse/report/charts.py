"""Plotly figures for each report section; each carries its numbers in its hover text."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx
import plotly.graph_objects as go

from warehouse.queries import Rows
from warehouse.report.data import ReportData

ENTITY_KINDS = ("people", "organisations", "places")
_LAYOUT = {
    "template": "plotly_white",
    "margin": {"l": 10, "r": 10, "t": 64, "b": 10},  # room for the title under the tool bar
    "font": {"family": "system-ui, sans-serif", "size": 12},
    "height": 360,
}


def figures(data: ReportData) -> dict[str, go.Figure]:
    """Chart id to figure, in the order the report shows them."""
    sections = data.sections
    charts = {"documents": documents_per_week(sections["documents_per_week"])}
    for kind in ENTITY_KINDS:
        rows = [r for r in sections["top_entities"] if r["kind"] == kind]
        charts[kind] = top_entities(rows, kind)
    charts["speakers"] = top_speakers(sections["top_speakers"])
    charts["themes"] = theme_trends(sections["theme_trends"])
    charts["network"] = cooccurrence_network(sections["cooccurrence"])
    for panel, title in (
        ("rejects", "Rejected inputs by reason"),
        ("versions", "Documents per pipeline version"),
        ("runs", "Runs and their duration (s)"),
    ):
        charts[panel] = quality_bars([r for r in data.quality if r["panel"] == panel], title)
    return charts


def documents_per_week(rows: Rows) -> go.Figure:
    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_source[row["source"]].append(row)
    figure = go.Figure(
        [
            go.Bar(
                x=[r["week"] for r in series],
                y=[r["documents"] for r in series],
                name=source,
                hovertemplate="week of %{x|%d %b %Y}<br>%{y} documents<extra>"
                + source
                + "</extra>",
            )
            for source, series in by_source.items()
        ]
    )
    _weekly_axis(figure, rows)
    return _finish(figure, "Documents per week and source", rows, barmode="stack")


def top_entities(rows: Rows, kind: str) -> go.Figure:
    ordered = list(reversed(rows))
    figure = go.Figure(
        go.Bar(
            x=[r["documents"] for r in ordered],
            y=[r["name"] for r in ordered],
            orientation="h",
            customdata=[[r["mentions"], r["stories"]] for r in ordered],
            hovertemplate="%{y}<br>%{x} documents (%{customdata[1]} stories), "
            "%{customdata[0]} mentions<extra></extra>",
        )
    )
    return _finish(figure, f"Top {kind} (documents naming them)", rows, height=420)


def top_speakers(rows: Rows) -> go.Figure:
    ordered = list(reversed(rows))
    figure = go.Figure(
        go.Bar(
            x=[r["quotes"] for r in ordered],
            y=[r["speaker"] for r in ordered],
            orientation="h",
            customdata=[[r["title"] or "", r["documents"], r["stories"]] for r in ordered],
            hovertemplate="%{y} %{customdata[0]}<br>%{x} quotes in %{customdata[1]} documents"
            " (%{customdata[2]} stories)<extra></extra>",
        )
    )
    return _finish(figure, "Most-quoted speakers", rows, height=420)


def theme_trends(rows: Rows) -> go.Figure:
    by_theme: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_theme[row["theme"]].append(row)
    figure = go.Figure(
        [
            go.Scatter(
                x=[r["week"] for r in series],
                y=[r["share"] for r in series],
                name=theme,
                mode="lines+markers",
                customdata=[[r["documents"], r["week_documents"]] for r in series],
                hovertemplate="week of %{x|%d %b %Y}<br>%{y:.0%} of documents "
                "(%{customdata[0]} of %{customdata[1]})<extra>" + theme + "</extra>",
            )
            for theme, series in by_theme.items()
        ]
    )
    figure.update_yaxes(tickformat=".0%")
    _weekly_axis(figure, rows)
    return _finish(figure, "Theme share of each week's documents", rows, height=400)


def cooccurrence_network(rows: Rows) -> go.Figure:
    """Top entities placed by a spring layout, edges weighted by shared documents."""
    graph = nx.Graph()
    for row in rows:
        if row["kind"] == "node":
            graph.add_node(row["a"], name=row["a_name"], label=row["label"], docs=row["documents"])
        else:
            graph.add_edge(row["a"], row["b"], weight=row["documents"])
    if not graph:
        return _finish(go.Figure(), "Entities named together", [], height=520)
    position = nx.spring_layout(graph, weight="weight", seed=7)
    heaviest = max((w for _, _, w in graph.edges(data="weight")), default=1)
    traces = [
        go.Scatter(
            x=[position[a][0], position[b][0]],
            y=[position[a][1], position[b][1]],
            mode="lines",
            line={"width": 0.5 + 5 * weight / heaviest, "color": "rgba(90,110,140,0.35)"},
            hoverinfo="skip",
            showlegend=False,
        )
        for a, b, weight in graph.edges(data="weight")
    ]
    nodes = list(graph.nodes(data=True))
    biggest = max(attributes["docs"] for _, attributes in nodes)
    traces.append(
        go.Scatter(
            x=[position[key][0] for key, _ in nodes],
            y=[position[key][1] for key, _ in nodes],
            mode="markers+text",
            text=[attributes["name"] for _, attributes in nodes],
            textposition="top center",
            marker={"size": [10 + 30 * a["docs"] / biggest for _, a in nodes], "opacity": 0.85},
            customdata=[[a["label"], a["docs"], graph.degree(key)] for key, a in nodes],
            hovertemplate="%{text} (%{customdata[0]})<br>%{customdata[1]} documents, "
            "named with %{customdata[2]} of the others<extra></extra>",
            showlegend=False,
        )
    )
    figure = go.Figure(traces)
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False)
    return _finish(figure, "Entities named together (top 30)", rows, height=560)


def quality_bars(rows: Rows, title: str) -> go.Figure:
    figure = go.Figure(
        go.Bar(
            x=[r["value"] for r in rows],
            y=[r["name"] for r in rows],
            orientation="h",
            customdata=[r["detail"] or "" for r in rows],
            hovertemplate="%{y}<br>%{x} %{customdata}<extra></extra>",
        )
    )
    return _finish(figure, title, rows, height=260 + 14 * len(rows), empty="none recorded")


def _weekly_axis(figure: go.Figure, rows: Rows) -> None:
    """Dates as days, and ticks no closer than a week (Plotly would otherwise label a
    single week down to the millisecond)."""
    figure.update_xaxes(tickformat="%d %b %Y")
    if len({row["week"] for row in rows}) < 12:
        figure.update_xaxes(dtick=7 * 24 * 3600 * 1000, tick0="2000-01-03")


def _finish(
    figure: go.Figure, title: str, rows: Rows, empty: str = "nothing in this period", **layout: Any
) -> go.Figure:
    figure.update_layout(**{**_LAYOUT, "title": {"text": title}, **layout})
    if not rows:
        figure.add_annotation(text=empty, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
        figure.update_xaxes(visible=False)
        figure.update_yaxes(visible=False)
    return figure
