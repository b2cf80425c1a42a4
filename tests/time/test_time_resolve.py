"""Anchoring value templates to the publication date (marsad/time/resolve.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.time.resolve import Resolved, grain_of, resolve

TUE = dt.date(2025, 8, 19)  # a Tuesday
FRI_NEW_YEAR = dt.date(2025, 1, 3)
MON_YEAR_END = dt.date(2024, 12, 30)  # ISO week 2025-W01


@pytest.mark.parametrize(
    ("template", "published", "tense", "value", "grain"),
    [
        ("2024", TUE, None, "2024", "year"),
        ("2024-09", TUE, None, "2024-09", "month"),
        ("2024-09-15", TUE, None, "2024-09-15", "day"),
        ("2025-Q1", TUE, None, "2025-Q1", "quarter"),
        ("2025-H2", TUE, None, "2025-07/2025-12", "interval"),
        ("199X", TUE, None, "199X", "decade"),
        ("C19", TUE, None, "19", "century"),
        ("2025/2026", TUE, None, "2025/2026", "interval"),
        ("2024-11/2024-02", TUE, None, "2023-11/2024-02", "interval"),
        ("P2Y", TUE, None, "P2Y", "duration"),
        ("P3DE", TUE, None, "P30Y", "duration"),
        ("P48H", TUE, None, "PT48H", "duration"),
        ("P10MIN", TUE, None, "PT10M", "duration"),
        # counted from publication
        ("REF+0D", TUE, None, "2025-08-19", "day"),
        ("REF-1D", TUE, None, "2025-08-18", "day"),
        ("REF-2D", FRI_NEW_YEAR, None, "2025-01-01", "day"),
        ("REF-3D", FRI_NEW_YEAR, None, "2024-12-31", "day"),
        ("REF-1W", TUE, None, "2025-W33", "week"),
        ("REF-1W", FRI_NEW_YEAR, None, "2024-W52", "week"),
        ("REF+0W", MON_YEAR_END, None, "2025-W01", "week"),
        ("REF-1M", FRI_NEW_YEAR, None, "2024-12", "month"),
        ("REF+1M", MON_YEAR_END, None, "2025-01", "month"),
        ("REF-1Q", FRI_NEW_YEAR, None, "2024-Q4", "quarter"),
        ("REF-1Y", FRI_NEW_YEAR, None, "2024", "year"),
        ("REF-1Y-09", TUE, None, "2024-09", "month"),
        ("REF+1Y-03-05", TUE, None, "2026-03-05", "day"),
        ("REF-1Y-Q4", TUE, None, "2024-Q4", "quarter"),
        ("REF+0M-05", TUE, None, "2025-08-05", "day"),
        ("REF-1DE", TUE, None, "201X", "decade"),
        ("REF-1C", TUE, None, "19", "century"),
        ("REF-1C-8X", TUE, None, "198X", "decade"),
        ("REF-2H", TUE, None, "2025-08-19", "day"),
        ("REF-48H", TUE, None, "2025-08-17", "day"),
        # a weekday with a counted day: agreeing, and not (the weekday wins)
        ("REF-1D@WD1", TUE, None, "2025-08-18", "day"),
        ("REF-1D@WD7", TUE, None, "2025-08-17", "day"),
        ("REF+0D@WD1", TUE, None, "2025-08-18", "day"),
        ("REF+0D@WD3", TUE, None, "2025-08-13", "day"),
        ("REF+1D@WD4", TUE, None, "2025-08-21", "day"),
        ("REF-1D@WD5", FRI_NEW_YEAR, None, "2024-12-27", "day"),
        # directed months: after / before the publication month
        ("DIR+1:XXXX-09", TUE, None, "2025-09", "month"),
        ("DIR+1:XXXX-08", TUE, None, "2026-08", "month"),
        ("DIR-1:XXXX-08", TUE, None, "2024-08", "month"),
        ("DIR-1:XXXX-07", TUE, None, "2025-07", "month"),
        ("DIR-2:XXXX-07", TUE, None, "2024-07", "month"),
        ("DIR+0:XXXX-03", TUE, None, "2025-03", "month"),
        ("DIR-1:XXXX-12", FRI_NEW_YEAR, None, "2024-12", "month"),
        ("DIR+1:XXXX-01", MON_YEAR_END, None, "2025-01", "month"),
        # directed days: before / after the publication day
        ("DIR-1:XXXX-08-10", TUE, None, "2025-08-10", "day"),
        ("DIR-1:XXXX-08-25", TUE, None, "2024-08-25", "day"),
        ("DIR+1:XXXX-08-25", TUE, None, "2025-08-25", "day"),
        ("DIR+1:XXXX-08-10", TUE, None, "2026-08-10", "day"),
        # months and days without a year: the tense, else the nearest
        ("NEAR:XXXX-07", TUE, None, "2025-07", "month"),
        ("NEAR:XXXX-09", TUE, None, "2025-09", "month"),
        ("NEAR:XXXX-03", TUE, None, "2025-03", "month"),
        ("NEAR:XXXX-02", TUE, None, "2025-02", "month"),  # six months either way: the past wins
        ("NEAR:XXXX-07", TUE, "future", "2026-07", "month"),
        ("NEAR:XXXX-09", TUE, "past", "2024-09", "month"),
        ("NEAR:XXXX-08", TUE, "past", "2025-08", "month"),
        ("NEAR:XXXX-08", TUE, "future", "2025-08", "month"),
        ("NEAR:XXXX-12-28", FRI_NEW_YEAR, None, "2024-12-28", "day"),
        ("NEAR:XXXX-01-05", MON_YEAR_END, None, "2025-01-05", "day"),
        ("NEAR:XXXX-08-20", TUE, "past", "2024-08-20", "day"),
        ("NEAR:XXXX-08-18", TUE, "future", "2026-08-18", "day"),
        # weekdays
        ("NEAR:WD7", TUE, None, "2025-08-17", "day"),
        ("NEAR:WD2", TUE, None, "2025-08-19", "day"),
        ("NEAR:WD4", TUE, "future", "2025-08-21", "day"),
        ("DIR-1:WD2", TUE, None, "2025-08-12", "day"),
        ("DIR-1:WD4", TUE, None, "2025-08-14", "day"),
        ("DIR+1:WD2", TUE, None, "2025-08-26", "day"),
        ("DIR+1:WD5", TUE, None, "2025-08-22", "day"),
        ("DIR+2:WD5", TUE, None, "2025-08-29", "day"),
        ("DIR+1:WD1", MON_YEAR_END, None, "2025-01-06", "day"),
        # decades
        ("LAST:XX8X", TUE, None, "198X", "decade"),
        ("LAST:XX2X", TUE, None, "202X", "decade"),
        ("LAST:XX3X", TUE, None, "193X", "decade"),
        # Hijri
        ("H:1446-09-15", TUE, None, "2025-03-15", "day"),
        ("H:1446-09", TUE, None, "2025-03", "month"),
        ("H:1446", TUE, None, "2024/2025", "interval"),
        ("DIR+1:H:XXXX-09", TUE, None, "2026-03", "month"),
        ("DIR-1:H:XXXX-09", TUE, None, "2025-03", "month"),
        ("NEAR:H:XXXX-10", TUE, None, "2025-04", "month"),
        ("NEAR:H:XXXX-10-05", TUE, None, "2025-04-03", "day"),
        ("NEAR:H:XXXX-10-05", TUE, "future", "2026-03-24", "day"),
        ("H:REF-1Y-09", TUE, None, "2024-03", "month"),
    ],
)
def test_resolve(template: str, published: dt.date, tense, value: str, grain: str) -> None:  # type: ignore[no-untyped-def]
    r = resolve(template, published, tense=tense)
    assert r is not None
    assert (r.value, r.grain) == (value, grain)


@pytest.mark.parametrize("template", ["REF-1D", "REF-1Y", "DIR+1:XXXX-09", "NEAR:WD1", "LAST:XX8X", "NEAR:H:XXXX-09", "H:REF-1Y-09"])
def test_relative_values_are_null_without_a_publication_date(template: str) -> None:
    r = resolve(template, None)
    assert r is not None and r.value is None and r.relative
    assert r.grain == resolve(template, TUE).grain  # type: ignore[union-attr]


@pytest.mark.parametrize("template", ["2024-09", "H:1446-09-15", "P2Y", "2025/2026"])
def test_absolute_values_need_no_publication_date(template: str) -> None:
    r = resolve(template, None)
    assert r is not None and r.value is not None and not r.relative


@pytest.mark.parametrize("template", ["2024-02-30", "2017/2014", "H:1446-09-31", "P0D"])
def test_impossible_values_are_dropped(template: str) -> None:
    assert resolve(template, TUE) is None


def test_hijri_outside_the_converter_keeps_its_grain() -> None:
    r = resolve("H:1320-09-15", TUE)
    assert r is not None and r.value is None and r.grain == "day" and r.calendar == "hijri"


@pytest.mark.parametrize(
    ("template", "history", "value"),
    [
        ("SAME+0:Y", [Resolved("2014", "year")], "2014"),
        ("SAME+1:Y", [Resolved("2014-06", "month")], "2015"),
        ("SAME+1:D", [Resolved("2024-09-05", "day")], "2024-09-06"),
        ("SAME+0:M", [Resolved("2024-09-05", "day"), Resolved("P2Y", "duration")], "2024-09"),
        ("SAME+0:D", [Resolved("2024", "year")], None),
        ("SAME+0:Y", [], None),
    ],
)
def test_the_period_last_named(template: str, history: list[Resolved], value: str | None) -> None:
    r = resolve(template, TUE, history=history)
    assert r is not None and r.value == value and not r.relative


@pytest.mark.parametrize(
    ("value", "grain"),
    [("2025", "year"), ("2025-09", "month"), ("2025-09-01", "day"), ("2025-W34", "week"), ("2025-Q3", "quarter"),
     ("198X", "decade"), ("19", "century"), ("2025/2026", "interval"), ("P2Y", "duration"), ("PT48H", "duration")],
)
def test_grain_of(value: str, grain: str) -> None:
    assert grain_of(value) == grain
