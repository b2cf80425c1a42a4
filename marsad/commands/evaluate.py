"""``marsad eval``: score extraction against gold files (shared/spec/GOLD.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

__all__ = ["register"]


def register(sub: Any) -> None:
    p = sub.add_parser("eval", help="score extraction against gold files or a detection set",
                       description="Run extraction on each gold file's doc and print every figure of GOLD.md, "
                                   "one line each. With --gsr, score event detection on a labelled CSV.")
    p.add_argument("gold", nargs="?", help="a directory of *.gold.json files (or one file)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--misses", action="store_true", help="also list what was missed or extra")
    p.add_argument("--gsr", metavar="FILE.csv", help="a detection set (arabic-event-gsr style CSV)")
    p.add_argument("--type", dest="event_type", default="ASSAULT", help="event type to detect with --gsr")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..api import extract
    from ..errors import GoldFileError
    from ..evaluation.scorer import format_report, score_detection, score_set

    if args.gsr:
        path = Path(args.gsr)
        if not path.is_file():
            print(f"marsad eval: no such file {path}", file=sys.stderr)
            return 2
        res = score_detection(path, args.event_type.upper(), extract)
        if args.json:
            print(json.dumps(res, indent=1))
        else:
            print(f"{args.event_type.upper()} detection on {path.name}")
            for k in ("precision", "recall", "f1"):
                print(f"{k:<10} {res[k]:.3f}")
            print(f"tp {res['tp']}  fp {res['fp']}  fn {res['fn']}  tn {res['tn']}")
        return 0
    if not args.gold:
        print("marsad eval: give a GOLD_DIR, or --gsr FILE.csv", file=sys.stderr)
        return 2
    try:
        tally, files = score_set(Path(args.gold), extract)
    except GoldFileError as exc:
        print(f"marsad eval: {exc}", file=sys.stderr)
        return 2
    figures = tally.figures()
    if args.json:
        print(json.dumps({"files": files, "figures": figures}, indent=1))
    else:
        print(f"{len(files)} gold files")
        print(format_report(figures))
    if args.misses:
        print("\n".join(tally.misses), file=sys.stderr if args.json else sys.stdout)
    return 0
