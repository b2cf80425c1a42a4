"""Run the time-expression table through Marsad and through dateparser; print both
accuracies and both speeds (rows — one expression each — per second).

    .venv/bin/pip install -e '.[bench]'        # dateparser, a development tool only
    .venv/bin/python scripts/compare_dateparser.py [tests/time/expressions.tsv]

How each is scored: marsad/time/compare.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

from marsad.time.compare import compare, format_comparison, read_rows

DEFAULT_TABLE = Path(__file__).resolve().parent.parent / "tests" / "time" / "expressions.tsv"


def main(argv: list[str]) -> int:
    table = Path(argv[0]) if argv else DEFAULT_TABLE
    rows = read_rows(table)
    try:
        import dateparser  # noqa: F401
    except ImportError:
        print("dateparser is not installed: .venv/bin/pip install -e '.[bench]'", file=sys.stderr)
        return 2
    print(f"{len(rows)} expressions from {table}")
    print(format_comparison(compare(rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
