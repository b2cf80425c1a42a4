"""The observatory's commands: ingest, timeline, posture, search, show, export.

Each is a thin shell over ``marsad.ingest``, ``marsad.observatory`` and
``marsad.export``: it opens the store (``--db PATH`` or ``--db postgresql://…``,
default ``$MARSAD_DB`` or ``./marsad.db``), calls one function and prints the
result as text, or as JSON with ``--json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

__all__ = ["register", "render_timeline", "render_posture"]

_DB_HELP = "the store: a SQLite file (default: $MARSAD_DB or ./marsad.db) or postgresql://user:pass@host/db"


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH|URL", help=_DB_HELP)


def register(sub: Any) -> None:
    p = sub.add_parser("ingest", help="read articles (files, folders, HTML, RSS/Atom, JSONL) into the store",
                       description="Extract every article under PATH… and store its record. Idempotent: articles "
                                   "already stored (same text) are skipped, so a rerun after a crash resumes.")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .html, .rss/.atom/.xml, .jsonl files or folders")
    _db(p)
    p.add_argument("--published", help="publication date (YYYY-MM-DD) for articles that give none")
    p.add_argument("--outlet", help="outlet for articles that name none")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    par = p.add_mutually_exclusive_group()
    par.add_argument("--workers", type=int, metavar="N",
                     help="extract in parallel on a local Dask cluster of N worker processes (needs marsad[dask])")
    par.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                     help="extract on a running Dask cluster (its workers need marsad installed, and with "
                          "PostgreSQL they write to --db themselves)")
    p.set_defaults(func=run_ingest)

    p = sub.add_parser("timeline", help="merged events over time, by place, actor, type and date",
                       description="Events in date order, each merged across the articles that report it, with "
                                   "its reports, outlets, sources and any disagreement between them.")
    _db(p)
    p.add_argument("--place", help="a place (Arabic or English name, or kb_id); a country includes its places")
    p.add_argument("--actor", help="an actor (Arabic or English name, or kb_id)")
    p.add_argument("--type", help="PLOVER event type (RETREAT, MOBILIZE, AGREE …)")
    p.add_argument("--status", choices=["occurred", "ongoing", "planned", "negated", "hypothetical"])
    p.add_argument("--since", metavar="YYYY[-MM[-DD]]", help="events whose dates reach this day or later")
    p.add_argument("--until", metavar="YYYY[-MM[-DD]]", help="events whose dates begin this day or earlier")
    p.add_argument("--conflicts", action="store_true", help="only events whose reports disagree")
    p.add_argument("--limit", type=int, default=500)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_timeline)

    p = sub.add_parser("posture", help="force posture over time: who keeps how many where, with sources")
    _db(p)
    p.add_argument("--place", help="a place (a country includes its bases)")
    p.add_argument("--actor", help="an actor")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_posture)

    p = sub.add_parser("search", help="full-text search, folded as matching folds (ة/ه, أ/ا, ى/ي, digits)")
    p.add_argument("text", nargs="+")
    _db(p)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_search)

    p = sub.add_parser("show", help="one stored document: metadata, record and merged events")
    p.add_argument("doc_id", metavar="DOC_ID", help="document id (a unique prefix will do)")
    _db(p)
    p.add_argument("--json", action="store_true", help="print everything as JSON")
    p.set_defaults(func=run_show)

    p = sub.add_parser("export", help="export the store: jsonl records, events csv, geojson, plover")
    _db(p)
    p.add_argument("--format", choices=["jsonl", "csv", "geojson", "plover"], default="jsonl")
    p.add_argument("--level", choices=["merged", "reports"], default="merged",
                   help="csv: one row per merged event (default) or per report")
    p.add_argument("--strict-plover", action="store_true", help="plover: announced withdrawals as CONCEDE")
    p.add_argument("--out", metavar="FILE", help="write here instead of stdout")
    p.set_defaults(func=run_export)


def _open(args: argparse.Namespace) -> Any:
    from ..store import StoreError, open_store

    try:
        return open_store(args.db)
    except StoreError as exc:
        print(f"marsad {args.command}: {exc}", file=sys.stderr)
        return None


def _dump(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=1, default=str))


def run_ingest(args: argparse.Namespace) -> int:
    from ..api import parse_published
    from ..errors import InputError
    from ..ingest import ingest

    try:
        published = parse_published(args.published)
    except InputError as exc:
        print(f"marsad ingest: {exc}", file=sys.stderr)
        return 2
    store = _open(args)
    if store is None:
        return 2
    with store:
        kw: dict[str, Any] = dict(published=published.isoformat() if published else None, outlet=args.outlet,
                                  progress=False if args.no_progress else None)
        if args.workers is not None or args.scheduler:
            from ..batch import ingest_parallel
            from ..errors import MarsadError

            try:
                report = ingest_parallel(args.paths, store, workers=args.workers, scheduler=args.scheduler, **kw)
            except MarsadError as exc:  # no Dask, a bad worker count, no scheduler there
                print(f"marsad ingest: {exc}", file=sys.stderr)
                return 2
        else:
            report = ingest(args.paths, store, **kw)
        stats = store.stats()
    if args.json:
        _dump({**report.to_dict(), "store": stats})
    else:
        print(f"ingested {report.total} articles in {report.seconds:.2f} s: {report.added} added, "
              f"{report.replaced} replaced, {report.skipped} already stored, {report.failed} failed "
              f"({report.rate:.1f} articles/s)", file=sys.stderr)
        print(f"store {store.url}: {stats['documents']} documents, {stats['events']} events "
              f"({stats['merged_events']} merged), {stats['entities']} entities, {stats['posture']} posture records",
              file=sys.stderr)
    if report.total == 0 and report.failed:
        return 2
    return 3 if report.failed else 0


def _refresh(store: Any) -> None:
    if store.merge_is_stale():  # a writer died before merging: bring merged events up to date
        store.refresh_merged()


def run_timeline(args: argparse.Namespace) -> int:
    from ..errors import MarsadError
    from ..observatory import timeline

    store = _open(args)
    if store is None:
        return 2
    with store:
        _refresh(store)
        try:
            items = timeline(store, place=args.place, actor=args.actor, type=args.type, status=args.status,
                             since=args.since, until=args.until, conflicts_only=args.conflicts, limit=args.limit)
        except MarsadError as exc:  # a name that matches nothing, a date that is not one
            print(f"marsad timeline: {exc}", file=sys.stderr)
            return 1
    if args.json:
        _dump(items)
    else:
        render_timeline(items, sys.stdout)
    return 0


def run_posture(args: argparse.Namespace) -> int:
    from ..errors import MarsadError
    from ..observatory import posture

    store = _open(args)
    if store is None:
        return 2
    with store:
        try:
            series = posture(store, place=args.place, actor=args.actor)
        except MarsadError as exc:
            print(f"marsad posture: {exc}", file=sys.stderr)
            return 1
    if args.json:
        _dump(series)
    else:
        render_posture(series, sys.stdout)
    return 0


def run_search(args: argparse.Namespace) -> int:
    from ..observatory import search

    store = _open(args)
    if store is None:
        return 2
    with store:
        hits = search(store, " ".join(args.text), limit=args.limit)
    if args.json:
        _dump(hits)
        return 0
    if not hits:
        print("no documents match")
        return 0
    for h in hits:
        print(f"{h['id']}  {h['published'] or '----------'}  {h['outlet'] or '-'}  {h['title'] or ''}  ({h['hits']} hits)")
        if h["snippet"]:
            print(f"    …{h['snippet']}…")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from ..observatory import UnknownName, show
    from ..record import Record
    from ..summary import render_text

    store = _open(args)
    if store is None:
        return 2
    with store:
        try:
            view = show(store, args.doc_id)
        except UnknownName as exc:
            print(f"marsad show: {exc}", file=sys.stderr)
            return 1
    if args.json:
        _dump(view)
        return 0
    d = view["document"]
    print(f"{d['id']}  {d['published'] or ''}  {d['outlet'] or ''}  {d['title'] or ''}")
    print(f"source: {d['source'] or '-'}   url: {d['url'] or '-'}")
    print(render_text(Record.model_validate(view["record"])))
    if view["merged"]:
        print("\nmerged events (across articles):")
        for m in view["merged"]:
            others = ", ".join(f"{o['outlet'] or o['doc_id']} ({o['status']})" for o in m["other_reports"])
            print(f"  {m['date'] or '?':<10}  {m['type']:<9} {m['status']:<9} {m['n_reports']} reports"
                  f"{' · also: ' + others if others else ''}{'  ⚠ conflict' if m['conflicts'] else ''}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from ..export import export

    store = _open(args)
    if store is None:
        return 2
    with store:
        _refresh(store)
        out: TextIO = open(args.out, "w", encoding="utf-8", newline="") if args.out else sys.stdout
        try:
            n = export(store, args.format, out, level=args.level, strict=args.strict_plover)
        finally:
            if args.out:
                out.close()
    if args.out:
        print(f"wrote {n} {args.format} items to {Path(args.out)}", file=sys.stderr)
    return 0


# ----- text rendering ---------------------------------------------------------------------------
def _who(items: list[dict[str, Any]]) -> str:
    return ", ".join(i["name_en"] or i["name_ar"] for i in items)


def _num(v: float | None, approx: bool = False) -> str:
    if v is None:
        return "?"
    s = f"{int(v):,}" if float(v).is_integer() else f"{v:,.1f}"
    return ("~" if approx else "") + s


def render_timeline(items: list[dict[str, Any]], out: TextIO) -> None:
    if not items:
        out.write("no events\n")
        return
    for m in items:
        kind = m["type"] + (f"/{m['mode']}" if m["mode"] else "")
        summary = m["summary_en"] or f"{_who(m['actors']) or 'someone'} {kind.lower()} {_who(m['places'])}"
        out.write(f"{m['date'] or '(undated)':<10}  {kind:<18} {m['status']:<12} {summary}\n")
        outlets = m["outlets"] or []
        line = f"{'':<10}  {m['n_reports']} report{'s' if m['n_reports'] != 1 else ''}, corroboration {m['corroboration']}"
        if outlets:
            line += ": " + ", ".join(outlets)
        speakers = list(dict.fromkeys(s["name"] + (f" via {s['via']}" if s.get("via") else "")
                                      for s in m["sources"] if s.get("name")))
        if speakers:
            line += " · according to " + "; ".join(speakers)
        out.write(line + "\n")
        for c in m["conflicts"]:
            if c["kind"] == "status":
                said = ", ".join(f"{st} ({len(ids)})" for st, ids in c["reported"].items())
                out.write(f"{'':<10}  ⚠ disputed: reported {said}; denied by {len(c['denied'])} report(s)\n")
            elif c["kind"] == "quantity":
                vals = " vs ".join(f"{_num(v['value'])} ({v['outlet'] or v['event_id']})" for v in c["values"])
                out.write(f"{'':<10}  ⚠ counts differ ({c['unit']}): {vals}\n")


def render_posture(series: list[dict[str, Any]], out: TextIO) -> None:
    if not series:
        out.write("no posture records\n")
        return
    for s in series:
        actor = s["actor"] or {}
        loc = s["location"] or {}
        out.write(f"{actor.get('name_en') or actor.get('name_ar') or '(actor not named)'} — "
                  f"{loc.get('name_en') or loc.get('name_ar') or '(place not named)'}\n")
        out.write(f"  {'date':<10}  {'figure':>10}  {'kind':<12} {'status':<9} source\n")
        for p in s["points"]:
            if p["kind"] == "posture":
                fig = _num(p["value"], p["approx"]) if p["value"] is not None else (
                    f">{_num(p['lower'])}" if p["lower"] is not None else f"<{_num(p['upper'])}")
                kind = "level"
            else:
                sign = {"in": "+", "out": "−"}.get(p["direction"], "")
                fig = sign + _num(p["value"], p["approx"])
                kind = {"in": "moved in", "out": "moved out"}.get(p["direction"], "moving here")
            src = p["outlet"] or p["doc_id"]
            out.write(f"  {p['date'] or '?':<10}  {fig:>10}  {kind:<12} {p['status']:<9} {src}"
                      f"{' · ' + p['text'] if p.get('text') else ''}\n")
        if s["latest"]:
            lt = s["latest"]
            out.write(f"  latest: {_num(lt['value'], lt['approx'])} {lt['unit'] or ''} as of {lt['date']}\n")
        out.write("\n")
