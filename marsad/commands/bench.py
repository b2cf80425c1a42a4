"""``marsad bench``: throughput, start-up, memory, dateparser ratio and Dask speed-up on the
replicated sample corpus."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from typing import Any

__all__ = ["register"]


def register(sub: Any) -> None:
    p = sub.add_parser("bench", help="benchmark extraction speed, start-up, memory and Dask speed-up",
                       description="Replicate the bundled sample corpus to N articles, extract them on one core, "
                                   "and print characters/s, articles/s, start-up time and peak RSS; with dateparser "
                                   "installed (marsad[bench]) the ratio to its search_dates (Arabic) on the same texts; "
                                   "with Dask installed (marsad[dask]) the speed-up of parallel ingest from 1 to "
                                   "--workers local workers on a smaller replicated set.")
    p.add_argument("-n", "--articles", type=int, default=10_000, help="articles to extract (default 10000)")
    p.add_argument("--dateparser-articles", type=int, default=200,
                   help="articles to run dateparser on (default 200; 0: skip)")
    p.add_argument("--workers", type=int, default=2, help="Dask workers to compare with one (default 2; 0: skip)")
    p.add_argument("--dask-articles", type=int, default=4000,
                   help="articles each Dask ingest run stores (default 4000: about 40 s of extraction on one "
                        "core, so that starting the cluster and merging, a few seconds, do not decide the ratio)")
    p.add_argument("--dask-repeat", type=int, default=1, help="repetitions of the 1 and N worker runs (default 1)")
    p.add_argument("--dask-cores", choices=("matched", "shared", "both"), default="both",
                   help="matched: a run with N workers is confined to N cores; shared: every run has all the "
                        "machine's cores; both (default)")
    p.add_argument("--dask-idle-wait", type=float, default=0.0, metavar="SECONDS",
                   help="before each ingest run, wait up to SECONDS for other processes to leave the machine idle "
                        "(a 2-worker run on 2 cores shares them with whatever else runs; a 1-worker run kept to "
                        "one core leaves the other to them); default 0: do not wait")
    p.add_argument("--dask-db", metavar="postgresql://…",
                   help="ingest the Dask comparison into PostgreSQL (the workers write) instead of a scratch SQLite "
                        "file (the client writes); each run creates and drops a scratch schema in this database")
    p.add_argument("--long-chars", type=int, default=300_000, metavar="N",
                   help="also extract one article of N characters (the bundled articles as its paragraphs) and "
                        "one of half as many, to show how time grows with length (default 300000; 0: skip)")
    p.add_argument("--no-startup", action="store_true", help="skip the start-up measurement")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def _span(xs: list[float], fmt: str) -> str:
    """One figure, or the range of repeated ones."""
    lo, hi = min(xs), max(xs)
    return fmt.format(lo) if fmt.format(lo) == fmt.format(hi) else f"{fmt.format(lo)}–{fmt.format(hi)}"


def run(args: argparse.Namespace) -> int:
    from ..bench import machine, run_bench, run_dask, run_long

    if args.articles < 1:
        print("marsad bench: -n must be at least 1", file=sys.stderr)
        return 2

    def progress(i: int, n: int) -> None:
        print(f"\r  extracting {i}/{n}", end="", file=sys.stderr, flush=True)

    try:
        res = run_bench(args.articles, args.dateparser_articles, progress=None if args.json else progress,
                        startup=not args.no_startup)
    except RuntimeError as exc:
        print(f"marsad bench: {exc}", file=sys.stderr)
        return 2
    if args.long_chars > 0:
        if not args.json:
            print(f"\r\x1b[K  extracting one article of {args.long_chars:,} characters", end="", file=sys.stderr,
                  flush=True)
        res.long = run_long(args.long_chars)
    dask_note = ""
    if args.workers > 0:
        try:
            import distributed  # noqa: F401
        except ImportError:
            dask_note = "not installed (pip install 'marsad[dask]')"
        else:
            def note(msg: str) -> None:
                if not args.json:
                    print(f"\r\x1b[K  {msg}…", end="", file=sys.stderr, flush=True)

            res.dask = run_dask(args.dask_articles, args.workers, args.dask_db, repeat=max(1, args.dask_repeat),
                                cores=args.dask_cores, idle_wait=max(0.0, args.dask_idle_wait), progress=note)
    d = res.as_dict()
    d["machine"] = machine()
    if args.json:
        print(json.dumps(d, indent=1, ensure_ascii=False))
        return 0
    print("\r\x1b[K", end="", file=sys.stderr)
    print(f"machine                 {d['machine']}")
    print(f"articles                {res.articles:,} ({res.characters:,} characters, "
          f"{d['mean_article_chars']:,.0f} per article)")
    print(f"extraction (one core)   {res.chars_per_s:,.0f} chars/s   {res.articles_per_s:,.1f} articles/s   "
          f"(CPU time; wall {res.wall_seconds:.1f} s)")
    if res.startup_s:
        print(f"start-up                {res.startup_s:.3f} s (import + pipeline, beyond Python's own)")
    print(f"peak RSS                {res.peak_rss_mb:,.0f} MB")
    if res.dateparser_chars_per_s:
        print(f"dateparser search_dates {res.dateparser_chars_per_s:,.0f} chars/s (Arabic, dates only, "
              f"{res.dateparser_articles} articles)")
        print(f"ratio marsad/dateparser {d['ratio_vs_dateparser']:.2f}x")
    elif args.dateparser_articles > 0:
        print("dateparser              not installed (pip install 'marsad[bench]') — no ratio")
    if res.long is not None:
        g = res.long.growth
        print(f"one long article        {res.long.characters:,} characters: {res.long.seconds:.1f} s, "
              f"{res.long.chars_per_s:,.0f} chars/s" + (f"   growth {g:.2f} (time per character, whole over "
                                                        f"half; 1.00 is linear)" if g else ""))
    if res.dask is not None:
        k = res.dask
        ex = "   ".join(f"{w} worker{'s' if w > 1 else ''}: {k.extract_articles / t:,.1f} articles/s"
                       for w, t in sorted(k.extract_seconds.items()))
        print(f"dask extract only       {ex}" + (f"   speed-up {k.extract_speedup:.2f}x" if k.extract_speedup else "")
              + f"   ({k.extract_articles} articles, warm cluster)")
        for matched in (True, False):
            ups = k.speedups(matched)
            runs = [r for r in k.runs if r.matched == matched]
            if not runs:
                continue
            label = "cores = workers" if matched else "all cores, every run"
            if matched and k.store == "postgres":
                label += (", the server's processes for the run included" if all(r.server_confined for r in runs)
                          else "; the server's processes not confined (another machine, or no right to)")
            print(f"dask ingest {k.store:<8}    {k.articles} articles per run, {label}:")
            for w in sorted({r.workers for r in runs}):
                mine = [r for r in runs if r.workers == w]
                others = [r.others_cores for r in mine if r.others_cores is not None]
                print(f"  {w} worker{'s' if w > 1 else ' '} on {mine[0].cores} core{'s' if mine[0].cores > 1 else ' '}   "
                      f"{_span([k.articles / r.seconds for r in mine], '{:,.1f}')} articles/s   "
                      f"(run {_span([r.seconds for r in mine], '{:.1f}')} s, of which cluster start "
                      f"{_span([r.start_s for r in mine], '{:.1f}')} s, "
                      f"merge {_span([r.merge_s for r in mine], '{:.1f}')} s"
                      + (f"; other processes used {_span(others, '{:.2f}')} cores" if others else "") + ")")
            if ups:
                print(f"  speed-up 1 → {k.workers} workers   " + (
                    f"median {statistics.median(ups):.2f}x over {len(ups)} runs ({_span(ups, '{:.2f}')}x)"
                    if len(ups) > 1 else f"{ups[0]:.2f}x"))
        print(f"dask workers            peak RSS {k.worker_rss_mb:,.0f} MB each")
    elif dask_note:
        print(f"dask                    {dask_note}")
    return 0
