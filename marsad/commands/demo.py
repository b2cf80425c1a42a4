"""``marsad demo``: build a fresh store from the bundled sample corpus and show what it knows.

The corpus (``marsad/data/corpus/``) is a set of Arabic articles written for
Marsad that tell a few connected stories over months. The demo ingests it into a
new SQLite file (default ``./marsad-demo.db``), then prints the merged timeline
and the force-posture table, the two questions an analyst asks first.
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["register", "build_demo", "corpus_dir", "DEMO_DB"]

DEMO_DB = "marsad-demo.db"
_MARK = "demo_store"


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="ingest the bundled sample corpus into a fresh store; print timeline and posture",
                       description="Build a fresh SQLite store from the bundled sample corpus, then print the "
                                   "timeline of merged events and the force-posture table.")
    p.add_argument("--db", default=DEMO_DB, metavar="PATH", help=f"SQLite file to (re)build (default {DEMO_DB})")
    p.add_argument("--no-progress", action="store_true")
    p.add_argument("--no-serve", action="store_true", help="stop after printing; do not serve the web page")
    p.add_argument("--port", type=int, default=8000, help="port for the web page (default 8000)")
    p.set_defaults(func=run)


def corpus_dir() -> Path | None:
    """The bundled corpus folder, or None when this build has none."""
    try:
        root = resources.files("marsad.data").joinpath("corpus")
    except ModuleNotFoundError:
        return None
    path = Path(str(root))
    if not path.is_dir() or not any(path.glob("*.json")):
        return None
    return path


def build_demo(db: str | Path = DEMO_DB, *, progress: bool | None = None) -> Any:
    """A fresh store at ``db`` holding the sample corpus; returns (store, ingest report).

    An existing file is replaced only if an earlier demo made it: the demo never
    overwrites someone's own store.
    """
    from ..ingest import ingest
    from ..store import StoreError, open_store

    corpus = corpus_dir()
    if corpus is None:
        raise StoreError("the sample corpus (marsad/data/corpus/) is not in this build; "
                         "ingest your own articles with `marsad ingest PATH…`")
    db = Path(db)
    if db.exists():
        old = open_store(db, migrate=False)
        try:
            mine = old.schema_version() > 0 and old.state(_MARK) == "1"
        except Exception:
            mine = False
        finally:
            old.close()
        if not mine:
            raise StoreError(f"{db} exists and was not made by `marsad demo`; give another --db")
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    store = open_store(db)
    store.set_state(_MARK, "1")
    report = ingest([corpus], store, progress=progress)
    return store, report


def run(args: argparse.Namespace) -> int:
    from ..observatory import posture, timeline
    from ..store import StoreError
    from .observatory import render_posture, render_timeline

    try:
        store, report = build_demo(args.db, progress=False if args.no_progress else None)
    except StoreError as exc:
        print(f"marsad demo: {exc}", file=sys.stderr)
        return 1
    with store:
        stats = store.stats()
        out = sys.stdout
        out.write(f"Marsad demo: {report.total} sample articles → {args.db} "
                  f"({stats['documents']} documents, {stats['events']} reported events merged into "
                  f"{stats['merged_events']}, {stats['entities']} entities; "
                  f"{report.seconds:.1f} s, {report.rate:.0f} articles/s)\n\n")
        items = timeline(store)
        shown = [m for m in items if m["n_documents"] > 1 or m["conflicts"]] or items
        out.write(f"== Timeline: events reported by more than one article, or disputed "
                  f"({len(shown)} of {len(items)}; all of them: marsad timeline --db {args.db}) ==\n")
        render_timeline(shown, out)
        out.write("\n== Force posture ==\n")
        render_posture(posture(store), out)
        out.write(f"Ask more: marsad timeline --db {args.db} --place 'عين الأسد' · "
                  f"marsad posture --db {args.db} --place العراق · marsad search --db {args.db} انسحاب\n")
    if report.failed:
        return 3
    if args.no_serve:
        return 0
    from . import serve

    print(f"\nServing the observatory on http://127.0.0.1:{args.port}/ (Ctrl-C to stop)", flush=True)
    return serve.run(argparse.Namespace(db=str(args.db), host="127.0.0.1", port=args.port, public=False, get=None))
