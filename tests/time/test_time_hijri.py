"""Hijri → Gregorian (marsad/time/hijri.py), against the Umm al-Qura calendar of hijridate."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.time import hijri


@pytest.mark.parametrize(
    ("h", "g"),
    [((1446, 9, 1), "2025-03-01"), ((1445, 9, 13), "2024-03-23"), ((1447, 1, 1), "2025-06-26"),
     ((1445, 12, 10), "2024-06-16"), ((1446, 10, 5), "2025-04-03")],
)
def test_hijri_day(h: tuple[int, int, int], g: str) -> None:
    d = hijri.hijri_day(*h)
    assert d is not None and d.isoformat() == g


@pytest.mark.parametrize(("h", "g"), [((1446, 9), "2025-03"), ((1447, 9), "2026-03"), ((1446, 5), "2024-11")])
def test_hijri_month_is_the_gregorian_month_of_its_middle(h: tuple[int, int], g: str) -> None:
    assert hijri.hijri_month(*h) == g


def test_hijri_year_spans_two_gregorian_years() -> None:
    assert hijri.hijri_year(1446) == "2024/2025"


@pytest.mark.parametrize("h", [(1200, 1, 1), (1600, 1, 1), (1446, 13, 1), (1446, 9, 30)])
def test_out_of_range_or_impossible_is_none(h: tuple[int, int, int]) -> None:
    assert hijri.hijri_day(*h) is None


def test_to_hijri() -> None:
    assert hijri.to_hijri(dt.date(2025, 8, 19)) == (1447, 2, 25)
