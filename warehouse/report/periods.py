"""The time bins of the report's charts, chosen from the corpus's span and density.

A chart over time bins its documents by day, week, month, quarter or year: the
finest of these at which the span has at most ``MAX_PERIODS`` periods and at least
``COVERED`` of the documents fall in periods of ``floor`` documents or more. The
coverage chart asks for periods of at least ``COVERAGE_FLOOR`` documents (so a
long, sparse span is not a flat line of ones); a chart of shares asks for the
report's ``min_documents`` (``core.settings.REPORT_MIN_PERIOD_DOCUMENTS``), and
leaves out every period below it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta

UNITS = ("day", "week", "month", "quarter", "year")
MAX_PERIODS = 400
COVERED = 2 / 3
COVERAGE_FLOOR = 2


def period_start(unit: str, day: date) -> date:
    """The first day of the ``unit`` holding ``day`` (weeks start on Monday, as in DuckDB)."""
    if unit == "day":
        return day
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return date(day.year, 1, 1)


def periods_spanned(unit: str, first: date, last: date) -> int:
    """How many periods of ``unit`` run from the one holding ``first`` to ``last``'s."""
    a, b = period_start(unit, first), period_start(unit, last)
    if unit == "day":
        return (b - a).days + 1
    if unit == "week":
        return (b - a).days // 7 + 1
    months = (b.year - a.year) * 12 + b.month - a.month
    return {"month": months, "quarter": months // 3, "year": b.year - a.year}[unit] + 1


def choose_unit(days: Iterable[tuple[date, int]], floor: int) -> str:
    """The bin for documents counted per day (``days``), as described above."""
    per_day = [(day, count) for day, count in days if count]
    total = sum(count for _, count in per_day)
    if not total:
        return "week"
    first, last = min(day for day, _ in per_day), max(day for day, _ in per_day)
    for unit in UNITS[:-1]:
        if periods_spanned(unit, first, last) > MAX_PERIODS:
            continue
        sizes = Counter()
        for day, count in per_day:
            sizes[period_start(unit, day)] += count
        if sum(size for size in sizes.values() if size >= floor) >= COVERED * total:
            return unit
    return "year"
