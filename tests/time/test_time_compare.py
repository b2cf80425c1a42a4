"""The dateparser comparison: scoring helpers, and a short run when dateparser is installed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from marsad.time.compare import Row, at_grain, compare, read_rows

TABLE = Path(__file__).with_name("expressions.tsv")


@pytest.mark.parametrize(
    ("grain", "value"),
    [("day", "2025-08-19"), ("week", "2025-W34"), ("month", "2025-08"), ("quarter", "2025-Q3"), ("year", "2025"),
     ("duration", None), ("interval", None)],
)
def test_at_grain(grain: str, value: str | None) -> None:
    assert at_grain(dt.datetime(2025, 8, 19, 10, 0), grain) == value


def test_read_rows_keeps_scorable_rows() -> None:
    rows = read_rows(TABLE)
    assert len(rows) >= 250
    assert all(r.value not in ("-", "null") for r in rows)


def test_short_comparison() -> None:
    pytest.importorskip("dateparser")
    rows = [Row("في أيلول 2024", dt.date(2025, 8, 19), "2024-09", "month"),
            Row("لأكثر من عامين", dt.date(2025, 8, 19), "P2Y", "duration")]
    scores = compare(rows)
    assert scores[0].accuracy == 1.0 and scores[0].total == 2
    assert scores[-1].name == "dateparser" and scores[-1].total == 2
