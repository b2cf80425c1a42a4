"""Marsad's time layer and dateparser on the same table of expressions.

``compare(rows)`` runs every row of a table like ``tests/time/expressions.tsv`` (text,
published, expected value, grain) through both and returns each one's accuracy and speed.

- Marsad is right on a row when one of the times it finds has the expected value and grain.
- dateparser (``search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": published})``)
  is right when one of the dates it returns, written at the expected grain (day, ISO week,
  month, quarter, year), equals the expected value. It has no durations, intervals,
  decades or centuries, so it cannot be right on those rows.
- Rows that expect no time, or a null value, or have no publication date, are left out
  (dateparser always guesses a date); every other row counts.
- Speed is rows per CPU second (``time.process_time``, steady on a shared machine), the
  whole table read once after a warm-up: Marsad's
  ``text`` + ``times`` components (what dateparser does: find and normalise dates), and
  the full ``marsad.extract`` pipeline for scale.

dateparser is a development tool here (the ``bench`` extra), never a runtime dependency.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Row", "Score", "read_rows", "at_grain", "compare", "format_comparison"]


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    published: dt.date
    value: str
    grain: str


@dataclass
class Score:
    name: str
    right: int = 0
    total: int = 0
    seconds: float = 0.0
    by_grain: dict[str, list[int]] = field(default_factory=dict)  # grain → [right, total]

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def per_second(self) -> float:
        return self.total / self.seconds if self.seconds else 0.0

    def add(self, grain: str, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)
        cell = self.by_grain.setdefault(grain, [0, 0])
        cell[0] += int(ok)
        cell[1] += 1


def read_rows(path: str | Path) -> list[Row]:
    """The scorable rows of an expressions table (see the module docstring)."""
    rows: list[Row] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f = [x.strip() for x in line.split("\t")]
        if len(f) < 4 or f[1] in ("", "-") or f[2] in ("-", "null"):
            continue
        rows.append(Row(f[0], dt.date.fromisoformat(f[1]), f[2], f[3]))
    return rows


def at_grain(d: dt.datetime | dt.date, grain: str) -> str | None:
    """A date written at a RECORD.md grain, or None for grains a single date cannot give."""
    if grain == "day":
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    if grain == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if grain == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if grain == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if grain == "year":
        return f"{d.year:04d}"
    return None


def _run_marsad(rows: Sequence[Row], components: Iterable[str] | None) -> Score:
    from ..doc import Doc
    from ..pipeline import DEFAULT_PIPELINE, Pipeline

    names = list(components) if components is not None else list(DEFAULT_PIPELINE)
    pipe = Pipeline(names)
    score = Score("marsad" if components is None else "marsad (" + "+".join(names) + ")")
    from .grammar import load_grammar

    for rule in load_grammar().rules:  # warm-up: compile every rule, as a long run would have
        rule.regex
    if rows:
        pipe(Doc(rows[0].text, rows[0].published))
    results = []
    start = time.process_time()
    for row in rows:
        results.append(pipe(Doc(row.text, row.published)).times)
    score.seconds = time.process_time() - start
    score.total = 0
    for row, times in zip(rows, results):
        score.add(row.grain, any(t.value == row.value and t.grain == row.grain for t in times))
    return score


def _run_dateparser(rows: Sequence[Row]) -> Score:
    from dateparser.search import search_dates  # type: ignore[import-untyped]  # the `bench` extra

    score = Score("dateparser")

    def run(row: Row) -> Any:
        base = dt.datetime(row.published.year, row.published.month, row.published.day)
        return search_dates(row.text, languages=["ar"], settings={"RELATIVE_BASE": base})

    if rows:
        run(rows[0])  # warm-up (loads its language data)
    results = []
    start = time.process_time()
    for row in rows:
        try:
            results.append(run(row) or [])
        except Exception:  # noqa: BLE001  (a crash on a row counts as a miss)
            results.append([])
    score.seconds = time.process_time() - start
    for row, found in zip(rows, results):
        score.add(row.grain, any(at_grain(d, row.grain) == row.value for _, d in found))
    return score


def compare(rows: Sequence[Row]) -> list[Score]:
    """Score Marsad (time layer; full pipeline) and dateparser on the same rows."""
    return [
        _run_marsad(rows, ["text", "times"]),
        _run_marsad(rows, None),
        _run_dateparser(rows),
    ]


def format_comparison(scores: Sequence[Score]) -> str:
    lines = [f"{'':28} {'accuracy':>9} {'right':>6} {'rows':>5} {'rows/s':>9}"]
    for s in scores:
        lines.append(f"{s.name:28} {s.accuracy:9.3f} {s.right:6d} {s.total:5d} {s.per_second:9.1f}")
    grains = sorted({g for s in scores for g in s.by_grain})
    lines.append("")
    shown = [scores[0], *scores[2:]]
    lines.append("accuracy by grain: " + "  ".join(s.name.split(" ")[0] for s in shown))
    for g in grains:
        cells = []
        for s in shown:
            right, total = s.by_grain.get(g, [0, 0])
            cells.append(f"{right}/{total}")
        lines.append(f"  {g:10} " + "  ".join(f"{c:>9}" for c in cells))
    return "\n".join(lines)
