"""English names of the days of the week and of the months, lower case: words that
read as dates ("on Tuesday", "March 3") rather than as names or topics."""

from __future__ import annotations

WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december"}
)
# The months' short forms as dates write them ("Mar 20, 2005", "3 Sept"), lower case.
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
