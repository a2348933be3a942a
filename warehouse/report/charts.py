"""Plotly figures for each report section; each carries its numbers in its hover text."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from typing import Any

import networkx as nx
import plotly.graph_objects as go

from warehouse.queries import Rows
from warehouse.report.data import ReportData, Timeline

ENTITY_KINDS = ("people", "organisations", "places")
NETWORK_LABELS = 10  # nodes named on the network chart (the rest on hover)
_LAYOUT = {
    "template": "plotly_white",
    "margin": {"l": 10, "r": 10, "t": 72, "b": 10},  # room for the title under the tool bar
    "font": {"family": "system-ui, sans-serif", "size": 12},
    "height": 360,
}


def figures(data: ReportData) -> dict[str, go.Figure]:
    """Chart id to figure, in the order the report shows them. The rejects panel has
    no chart when there are no rejects (the page says so instead)."""
    sections, timeline = data.sections, data.timeline
    charts = {"documents": documents_per_period(sections["documents_per_period"], timeline)}
    for kind in ENTITY_KINDS:
        rows = [r for r in sections["top_entities"] if r["kind"] == kind]
        charts[kind] = top_entities(rows, kind)
    charts["speakers"] = top_speakers(sections["top_speakers"])
    charts["themes"] = theme_trends(sections["theme_trends"], timeline)
    charts["network"] = cooccurrence_network(sections["cooccurrence"])
    for panel, title in (
        ("rejects", "Rejected inputs by reason"),
        ("versions", "Documents per pipeline version"),
        ("runs", "Runs and their duration (s)"),
    ):
        rows = [r for r in data.quality if r["panel"] == panel]
        if rows or panel != "rejects":
            charts[panel] = quality_bars(rows, title)
    return charts


# Per bin: the noun of the titles, the date format of the ticks and of the hover, and
# the tick spacing when there are few periods (Plotly would label a single week down
# to the millisecond).
_UNITS = {
    "day": ("day", "%d %b %Y", "%a %d %b %Y", 24 * 3600 * 1000),
    "week": ("week", "%d %b %Y", "week of %d %b %Y", 7 * 24 * 3600 * 1000),
    "month": ("month", "%b %Y", "%B %Y", "M1"),
    "quarter": ("quarter", "%b %Y", "quarter from %b %Y", "M3"),
    "year": ("year", "%Y", "%Y", "M12"),
}


def documents_per_period(rows: Rows, timeline: Timeline) -> go.Figure:
    noun, _, hover_date, _ = _UNITS[timeline.coverage_unit]
    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_source[row["source"]].append(row)
    figure = go.Figure(
        [
            go.Bar(
                x=[r["period"] for r in series],
                y=[r["documents"] for r in series],
                name=source,
                hovertemplate=f"%{{x|{hover_date}}}<br>%{{y}} documents<extra>{source}</extra>",
            )
            for source, series in by_source.items()
        ]
    )
    _time_axis(figure, rows, timeline.coverage_unit)
    dating = " (date of ingestion)" if timeline.by_ingestion else ""
    return _finish(figure, f"Documents per {noun} and source{dating}", rows, barmode="stack")


def top_entities(rows: Rows, kind: str) -> go.Figure:
    ordered = list(reversed(rows))
    figure = go.Figure(
        go.Bar(
            x=[r["documents"] for r in ordered],
            y=short_labels([r["name"] for r in ordered]),
            orientation="h",
            customdata=[[r["mentions"], r["stories"], r["name"]] for r in ordered],
            hovertemplate="%{customdata[2]}<br>%{x} documents (%{customdata[1]} stories), "
            "%{customdata[0]} mentions<extra></extra>",
        )
    )
    return _finish(figure, f"Top {kind} (documents naming them)", rows, height=420)


def top_speakers(rows: Rows) -> go.Figure:
    ordered = list(reversed(rows))
    figure = go.Figure(
        go.Bar(
            x=[r["quotes"] for r in ordered],
            y=short_labels([r["speaker"] for r in ordered]),
            orientation="h",
            customdata=[
                [_named(r["speaker"], r["title"]), r["documents"], r["stories"]] for r in ordered
            ],
            hovertemplate="%{customdata[0]}<br>%{x} quotes in %{customdata[1]} documents"
            " (%{customdata[2]} stories)<extra></extra>",
        )
    )
    return _finish(figure, "Most-quoted speakers", rows, height=420)


def theme_trends(rows: Rows, timeline: Timeline) -> go.Figure:
    """Shares only for periods of at least ``timeline.min_documents`` documents: the
    others have no share (a gap in the line); the hover gives the counts."""
    noun, _, hover_date, _ = _UNITS[timeline.share_unit]
    by_theme: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_theme[row["theme"]].append(row)
    figure = go.Figure(
        [
            go.Scatter(
                x=[r["period"] for r in series],
                y=[r["share"] for r in series],
                name=theme,
                mode="lines+markers",
                connectgaps=False,
                customdata=[[r["documents"], r["period_documents"]] for r in series],
                hovertemplate=f"%{{x|{hover_date}}}<br>%{{y:.0%}} of documents "
                "(%{customdata[0]} of %{customdata[1]})<extra>" + theme + "</extra>",
            )
            for theme, series in by_theme.items()
        ]
    )
    figure.update_yaxes(tickformat=".0%", rangemode="tozero")
    _time_axis(figure, rows, timeline.share_unit)
    plotted = [r for r in rows if r["share"] is not None]
    if plotted:  # the axis spans the periods with shares, not the sparse years around them
        first, last = plotted[0]["period"], plotted[-1]["period"]
        margin = max((last - first) * 0.03, timedelta(days=1))
        figure.update_xaxes(range=[first - margin, last + margin])
    title = f"Theme share of each {noun}'s documents ({noun}s of {timeline.min_documents}+)"
    return _finish(
        figure,
        title,
        plotted,
        empty=f"no {noun} has {timeline.min_documents} or more documents",
        height=400,
    )


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
    nodes = sorted(graph.nodes(data=True), key=lambda node: -node[1]["docs"])
    centre = sum(p[0] for p in position.values()) / len(position)
    biggest = max(attributes["docs"] for _, attributes in nodes)
    traces.append(
        go.Scatter(
            x=[position[key][0] for key, _ in nodes],
            y=[position[key][1] for key, _ in nodes],
            mode="markers+text",
            # Names on the largest nodes only, so they stay readable; all on hover.
            text=[
                short if i < NETWORK_LABELS else ""
                for i, short in enumerate(short_labels([a["name"] for _, a in nodes], 22))
            ],
            # Names run towards the centre, so none leaves the chart.
            textposition=[
                "top right" if position[key][0] < centre else "top left" for key, _ in nodes
            ],
            textfont={"size": 11},
            marker={"size": [10 + 30 * a["docs"] / biggest for _, a in nodes], "opacity": 0.85},
            customdata=[[a["name"], a["label"], a["docs"], graph.degree(key)] for key, a in nodes],
            hovertemplate="%{customdata[0]} (%{customdata[1]})<br>%{customdata[2]} documents, "
            "named with %{customdata[3]} of the others<extra></extra>",
            showlegend=False,
        )
    )
    figure = go.Figure(traces)
    # Room beside the outermost nodes for their names.
    for axis, update in ((0, figure.update_xaxes), (1, figure.update_yaxes)):
        low = min(p[axis] for p in position.values())
        high = max(p[axis] for p in position.values())
        margin = 0.2 * (high - low or 1)
        update(visible=False, range=[low - margin, high + margin])
    return _finish(figure, "Entities named together (top 30)", rows, height=560)


def quality_bars(rows: Rows, title: str) -> go.Figure:
    names = [r["name"] for r in rows]
    figure = go.Figure(
        go.Bar(
            x=[r["value"] for r in rows],
            y=short_labels(names),
            orientation="h",
            customdata=[[name, r["detail"] or ""] for name, r in zip(names, rows, strict=True)],
            hovertemplate="%{customdata[0]}<br>%{x} %{customdata[1]}<extra></extra>",
        )
    )
    return _finish(figure, title, rows, height=260 + 14 * len(rows), empty="none recorded")


def _named(name: str, title: str | None) -> str:
    return f"{name}, {title}" if title else name


def short_labels(names: list[str], most: int = 26) -> list[str]:
    """Axis labels of at most ``most`` characters, so a narrow column keeps room for
    its bars; the names as they are if shortening would merge two."""
    short = [_shortened(n, most) for n in names]
    return short if len(set(short)) == len(set(names)) else names


def _shortened(name: str, most: int) -> str:
    """A name of several words keeps its leading whole words ("United States House
    of…"); one long word, such as a pipeline version that differs from another at its
    end, loses its middle."""
    if len(name) <= most:
        return name
    kept = ""
    for word in name.split(" "):
        if len(kept) + len(word) + 2 > most:
            break
        kept = f"{kept} {word}" if kept else word
    if kept:
        return f"{kept.rstrip(',;:')}…"
    half = (most - 1) // 2
    return f"{name[:half]}…{name[-half:]}"


def _time_axis(figure: go.Figure, rows: Rows, unit: str) -> None:
    """Dates formatted for the bin, and ticks no closer than one bin."""
    _, tick_format, _, step = _UNITS[unit]
    figure.update_xaxes(tickformat=tick_format)
    if len({row["period"] for row in rows}) < 12:
        figure.update_xaxes(dtick=step, tick0="2000-01-03" if unit == "week" else "2000-01-01")


def _finish(
    figure: go.Figure, title: str, rows: Rows, empty: str = "nothing in this period", **layout: Any
) -> go.Figure:
    # The title sits under the tool bar (which shows at the top right on hover).
    placed = {"text": title, "x": 0, "xanchor": "left", "xref": "container"}
    placed |= {"y": 1, "yanchor": "top", "yref": "container", "pad": {"t": 34, "l": 10}}
    figure.update_layout(**{**_LAYOUT, "title": placed, **layout})
    if not rows:
        figure.add_annotation(text=empty, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
        figure.update_xaxes(visible=False)
        figure.update_yaxes(visible=False)
    return figure
