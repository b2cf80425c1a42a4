"""Hijri (Umm al-Qura) dates to Gregorian values, with ``hijridate``.

RECORD.md: ``value`` is always Gregorian, at the expression's own grain.

- a Hijri day → that Gregorian day;
- a Hijri month → the Gregorian month holding its middle day (the 15th): a lunar month
  always straddles two Gregorian months, and the one with most of its days is the month an
  analyst would give (رمضان 1446 → 2025-03);
- a Hijri year → the interval of the Gregorian years it spans (1446 هـ → "2024/2025"),
  since a lunar year (354 days) always crosses a Gregorian new year but rarely matches one.

``hijridate`` covers 1343–1500 AH (1924–2077 AD); outside it, and for a day a month does
not have (30 in a 29-day month), the value is None.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["hijri_day", "hijri_month", "hijri_year", "to_hijri", "HIJRI_RANGE"]

HIJRI_RANGE = (1343, 1500)


def hijri_day(year: int, month: int, day: int) -> dt.date | None:
    from hijridate import Hijri

    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _month_length(year: int, month: int) -> int | None:
    from hijridate import Hijri

    try:
        return int(Hijri(year, month, 1).month_length())
    except (ValueError, OverflowError):
        return None


def hijri_month(year: int, month: int) -> str | None:
    """``YYYY-MM`` of the Gregorian month holding the Hijri month's 15th day."""
    mid = hijri_day(year, month, 15)
    return f"{mid.year:04d}-{mid.month:02d}" if mid else None


def hijri_year(year: int) -> str | None:
    """``YYYY/YYYY`` of the Gregorian years the Hijri year spans (or ``YYYY`` when it fits in one)."""
    first = hijri_day(year, 1, 1)
    last_len = _month_length(year, 12)
    if first is None or last_len is None:
        return None
    last = hijri_day(year, 12, last_len)
    if last is None:
        return None
    return str(first.year) if first.year == last.year else f"{first.year}/{last.year}"


def to_hijri(day: dt.date) -> tuple[int, int, int] | None:
    """The Hijri (year, month, day) of a Gregorian date, or None out of range."""
    from hijridate import Gregorian

    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day
