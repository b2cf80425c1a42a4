"""``marsad bench``: throughput, start-up and memory figures on the replicated sample corpus."""

from __future__ import annotations

import argparse
import json
import platform
import sys
from typing import Any

__all__ = ["register"]


def register(sub: Any) -> None:
    p = sub.add_parser("bench", help="benchmark extraction speed, start-up and memory",
                       description="Replicate the bundled sample corpus to N articles, extract them on one core, "
                                   "and print characters/s, articles/s, start-up time, peak RSS and, when dateparser "
                                   "is installed, the ratio to dateparser's search_dates on the same texts.")
    p.add_argument("-n", "--articles", type=int, default=10_000, help="articles to extract (default 10000)")
    p.add_argument("--dateparser-articles", type=int, default=200, help="articles to run dateparser on (default 200)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..bench import run_bench

    def progress(i: int, n: int) -> None:
        print(f"\r  {i}/{n}", end="", file=sys.stderr, flush=True)

    try:
        res = run_bench(args.articles, args.dateparser_articles, progress=None if args.json else progress)
    except RuntimeError as exc:
        print(f"marsad bench: {exc}", file=sys.stderr)
        return 2
    d = res.as_dict()
    d["machine"] = f"{platform.machine()} {platform.processor() or ''} python {platform.python_version()}".strip()
    if args.json:
        print(json.dumps(d, indent=1))
        return 0
    print(file=sys.stderr)
    print(f"machine                 {d['machine']}")
    print(f"articles                {res.articles}  ({res.characters:,} characters)")
    print(f"extraction              {res.chars_per_s:,.0f} chars/s   {res.articles_per_s:,.1f} articles/s  (one core)")
    print(f"start-up                {res.startup_s:.3f} s beyond Python's own")
    print(f"peak RSS                {res.peak_rss_mb:,.0f} MB")
    if res.dateparser_chars_per_s:
        print(f"dateparser search_dates {res.dateparser_chars_per_s:,.0f} chars/s on {res.dateparser_articles} articles")
        print(f"ratio marsad/dateparser {d['ratio_vs_dateparser']:.2f}x")
    else:
        print("dateparser              not installed (pip install dateparser) — no ratio")
    return 0
