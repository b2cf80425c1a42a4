"""The expression table (tests/time/expressions.tsv): every row's value, grain and span."""

from __future__ import annotations

from pathlib import Path

import pytest


def read_table(path: Path) -> list[tuple[str, ...]]:
    """Rows of a TSV table, comments and blank lines skipped."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(tuple(f.strip() for f in line.split("\t")))
    return rows


ROWS = read_table(Path(__file__).with_name("expressions.tsv"))


def test_table_is_large_enough() -> None:
    assert len(ROWS) >= 250


@pytest.mark.parametrize("row", ROWS, ids=[f"{i}:{r[0][:30]}" for i, r in enumerate(ROWS)])
def test_expression(row: tuple[str, ...], times_of) -> None:  # type: ignore[no-untyped-def]
    text, published, expected, grain = row[:4]
    span = row[4] if len(row) > 4 and row[4] else None
    times = times_of(text, published)
    got = [(t.text, t.value, t.grain) for t in times]
    if expected == "-":
        assert times == [], f"no time expected in {text!r}, got {got}"
        return
    value = None if expected == "null" else expected
    hits = [t for t in times if t.value == value and t.grain == grain and (span is None or t.text == span)]
    assert hits, f"{text!r} (published {published}): want {span!r} = {value} ({grain}), got {got}"
