"""ISO values at their grain → closed date intervals (marsad.store.dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.store.dates import bounds, grain_of

D = dt.date


@pytest.mark.parametrize("value, grain, first, last", [
    ("2025-08-18", "day", D(2025, 8, 18), D(2025, 8, 18)),
    ("2025-09", "month", D(2025, 9, 1), D(2025, 9, 30)),
    ("2024-02", "month", D(2024, 2, 1), D(2024, 2, 29)),
    ("2025", "year", D(2025, 1, 1), D(2025, 12, 31)),
    ("2025-W34", "week", D(2025, 8, 18), D(2025, 8, 24)),
    ("2025-Q3", "quarter", D(2025, 7, 1), D(2025, 9, 30)),
    ("2025/2026", "interval", D(2025, 1, 1), D(2026, 12, 31)),
    ("2025-09/2026-09", "interval", D(2025, 9, 1), D(2026, 9, 30)),
    ("201", "decade", D(2010, 1, 1), D(2019, 12, 31)),
    ("2010s", "decade", D(2010, 1, 1), D(2019, 12, 31)),
    ("P2Y", None, None, None),
    ("", None, None, None),
    (None, None, None, None),
    ("2025-13", "month", None, None),
])
def test_bounds(value, grain, first, last):
    assert grain_of(value) == grain
    b = bounds(value)
    assert (b == (first, last)) if first else b is None
