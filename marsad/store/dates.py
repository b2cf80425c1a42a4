"""ISO 8601 values at their own grain, as closed date intervals.

Records date things at the grain the text gives (``2025``, ``2025-09``,
``2025-08-18``, ``2025-W34``, ``2025-Q3``, ``2025/2026``). The store keeps each as
``[date_start, date_end]`` so that range filters and cross-article merging compare
like with like: ``2025-09`` overlaps ``2025-09-15`` and ``2025``, not ``2025-10-01``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

__all__ = ["bounds", "grain_of", "iso_bounds", "GRAIN_RANK"]

# Finer grain first: used to prefer the most precise date among reports.
GRAIN_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, "interval": 5, "decade": 6, "century": 7}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_DECADE = re.compile(r"^(\d{3})(?:0s)?$")
_CENTURY = re.compile(r"^(\d{2})$")


def grain_of(value: str | None) -> str | None:
    """The grain of an ISO value as RECORD.md names it, or None when it is not a date."""
    if not value:
        return None
    v = value.strip()
    if "/" in v:
        return "interval"
    for pattern, grain in ((_DAY, "day"), (_MONTH, "month"), (_YEAR, "year"), (_WEEK, "week"),
                           (_QUARTER, "quarter"), (_DECADE, "decade"), (_CENTURY, "century")):
        if pattern.match(v):
            return grain
    return None


def bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by an ISO date value; None for durations, nulls and junk."""
    if not value:
        return None
    v = value.strip()
    if "/" in v:
        left, _, right = v.partition("/")
        a, b = bounds(left), bounds(right)
        if a is None or b is None:
            return None
        return (a[0], b[1]) if a[0] <= b[1] else (b[0], a[1])
    try:
        if m := _DAY.match(v):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(v):
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
        if m := _YEAR.match(v):
            y = int(m[1])
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if m := _WEEK.match(v):
            start = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + dt.timedelta(days=6)
        if m := _QUARTER.match(v):
            y, q = int(m[1]), int(m[2])
            last = 3 * q
            return dt.date(y, last - 2, 1), dt.date(y, last, calendar.monthrange(y, last)[1])
        if m := _DECADE.match(v):
            y = int(m[1]) * 10
            return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
        if m := _CENTURY.match(v):
            y = int(m[1]) * 100
            return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)
    except ValueError:
        return None
    return None


def iso_bounds(value: str | None) -> tuple[str | None, str | None]:
    """``bounds`` as ISO strings, (None, None) when the value is not a date."""
    b = bounds(value)
    return (b[0].isoformat(), b[1].isoformat()) if b else (None, None)
