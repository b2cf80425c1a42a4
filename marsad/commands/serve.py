"""``marsad serve``: the web page and REST API over a store (datasette-style).

``--get /path`` sends one request through the in-process client and prints the
answer, so the terminal sees exactly what the browser would (and tests can too).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from typing import Any

__all__ = ["register", "run", "get"]


def register(sub: Any) -> None:
    p = sub.add_parser(
        "serve",
        help="serve the web page and REST API over a store",
        description=("Serve Marsad's page (articles, events, timeline and posture, map) and its REST API "
                     "(OpenAPI at /docs). Reads are open on localhost; set MARSAD_TOKEN to allow "
                     "POST /api/ingest."),
    )
    p.add_argument("--db", help="store: SQLite path or postgresql:// URL (default: $MARSAD_DB or ./marsad.db)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.add_argument("--public", action="store_true",
                   help="on a non-local --host, let anyone read without the token (default: reads need MARSAD_TOKEN)")
    p.add_argument("--get", metavar="PATH", help="print the answer to one GET request (e.g. /api/events?type=RETREAT) and exit")
    p.set_defaults(func=run)


def _settings(args: argparse.Namespace) -> Any:
    from ..web.app import LOOPBACK_HOSTS, Settings, _is_loopback

    token = os.environ.get("MARSAD_TOKEN") or None
    local = _is_loopback(args.host)
    hosts = None if not local else LOOPBACK_HOSTS
    return Settings(token=token, open_reads=local or args.public, allowed_hosts=hosts)


def get(app: Any, path: str) -> tuple[int, str]:
    """One GET through the in-process client: (status, body as text, JSON pretty-printed)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

        with TestClient(app, base_url="http://127.0.0.1") as client:
            res = client.get(path if path.startswith("/") else "/" + path)
    body = res.text
    if res.headers.get("content-type", "").startswith("application/json"):
        body = json.dumps(res.json(), ensure_ascii=False, indent=2)
    return res.status_code, body


def run(args: argparse.Namespace) -> int:
    from ..store import StoreError
    from ..web.app import _is_loopback, create_app

    settings = _settings(args)
    if not args.get and not _is_loopback(args.host) and not settings.token and not args.public:
        print(f"marsad serve: --host {args.host} is reachable from other machines: set MARSAD_TOKEN "
              "(reads and writes then need it) or pass --public to allow open reads", file=sys.stderr)
        return 2
    try:
        app = create_app(args.db, settings)
    except StoreError as exc:
        print(f"marsad serve: {exc}", file=sys.stderr)
        return 2
    if args.get:
        status, body = get(app, args.get)
        print(body)
        return 0 if status < 400 else 1
    stats = app.state.store.stats()
    if not stats["documents"]:
        print("marsad serve: the store is empty; add articles with `marsad ingest PATH` (or `marsad demo`)", file=sys.stderr)
    import uvicorn

    print(f"Marsad: http://{args.host}:{args.port}/  ({stats['documents']} articles; API docs at /docs)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
