"""Compare Marsad's number parser with pyarabic's ``text2number`` on the same table.

Usage: .venv/bin/python scripts/compare_pyarabic.py [tests/numbers/number_words.tsv]

pyarabic is not a dependency of Marsad: install it to run this (``pip install pyarabic``).
The table's vague counts (عشرات، بضعة …) have no single value; they are scored on Marsad's
side only (bounds), and left out of the head-to-head accuracy.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from marsad.numbers import parse_number


def _value(s: str) -> float | None:
    return float(s) if s else None


def main(argv: list[str]) -> int:
    path = Path(argv[1] if len(argv) > 1 else "tests/numbers/number_words.tsv")
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    exact = [(r[0], _value(r[1])) for r in rows if r[1]]
    words = [(t, v) for t, v in exact if not any(ch.isdigit() for ch in t)]
    try:
        from pyarabic.number import text2number
    except ImportError:
        print("pyarabic is not installed; run: .venv/bin/pip install pyarabic")
        text2number = None

    def marsad(t: str) -> float | None:
        p = parse_number(t)
        return None if p is None or p.value is None else float(p.value)

    def score(fn: Callable[[str], float | None], table: list[tuple[str, float | None]]) -> tuple[int, int, float]:
        start = time.perf_counter()
        ok = sum(1 for t, v in table if _safe(fn, t) == v)
        return ok, len(table), time.perf_counter() - start

    marsad("ثلاثة")  # load the tables before timing
    if text2number is not None:
        text2number("ثلاثة")
    print(f"{'set':<28}{'parser':<10}{'correct':>10}{'accuracy':>10}{'per second':>12}")
    for name, table in (("number words only", words), ("all exact values", exact)):
        parsers = [("marsad", marsad)]
        if text2number is not None:
            parsers.append(("pyarabic", lambda t: float(text2number(t))))
        for pname, fn in parsers:
            ok, n, secs = score(fn, table)
            print(f"{name:<28}{pname:<10}{ok:>5}/{n:<4}{ok / n:>10.3f}{n / secs:>12,.0f}")
    if text2number is not None:
        wrong = [(t, v, _safe(lambda s: float(text2number(s)), t)) for t, v in words]
        wrong = [w for w in wrong if w[1] != w[2]]
        print(f"\npyarabic misses ({len(wrong)} of {len(words)} number-word rows), first 20:")
        for t, v, got in wrong[:20]:
            print(f"  {t}: expected {v:g}, got {got}")
    return 0


def _safe(fn: Callable[[str], float | None], t: str) -> float | None:
    try:
        v = fn(t)
        return None if v is None else float(v)
    except Exception:  # noqa: BLE001 — a crash counts as a miss
        return None


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
