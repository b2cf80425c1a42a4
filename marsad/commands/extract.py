"""``marsad extract``: one article to one record, or a JSONL batch to JSONL records."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from ..errors import InputError, MarsadError

__all__ = ["register", "run_jsonl"]


def register(sub: Any) -> None:
    p = sub.add_parser(
        "extract",
        help="extract the record of one article (or of a JSONL batch)",
        description="Extract the marsad.document/1 record of an article. FILE may be '-' for standard input.",
    )
    p.add_argument("file", nargs="?", help="article text file (UTF-8, plain text or HTML), or - for stdin")
    p.add_argument("--published", help="publication date YYYY-MM-DD (anchors relative dates)")
    p.add_argument("--id", dest="doc_id", help="document id (default: a hash of the text)")
    p.add_argument("--title")
    p.add_argument("--outlet")
    p.add_argument("--url")
    p.add_argument("--format", choices=["json", "text"], default="json", help="json (default) or a readable summary")
    p.add_argument("--jsonl", metavar="IN", help="read one JSON object a line (id, text, published, title, outlet, url)")
    p.add_argument("--out", metavar="OUT", help="write the JSON record (or JSONL records) here instead of stdout")
    p.set_defaults(func=run)


def _read_input(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


def run(args: argparse.Namespace) -> int:
    from ..api import extract

    if args.jsonl:
        out: TextIO = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
        try:
            return run_jsonl(args.jsonl, out)
        finally:
            if args.out:
                out.close()
    if not args.file:
        print("marsad extract: give a FILE (or -), or --jsonl IN", file=sys.stderr)
        return 2
    try:
        data = _read_input(args.file)
    except OSError as exc:
        print(f"marsad extract: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    try:
        record = extract(data, published=args.published, id=args.doc_id, title=args.title, outlet=args.outlet, url=args.url)
    except InputError as exc:
        print(f"marsad extract: {args.file}: {exc}", file=sys.stderr)
        return 2
    if args.out:
        Path(args.out).write_text(record.to_json(indent=1) + "\n", encoding="utf-8")
    if args.format == "text":
        from ..summary import render_text

        print(render_text(record))
        if args.out:
            print(f"\nrecord written to {args.out}")
    elif not args.out:
        print(record.to_json(indent=1))
    return 0


def run_jsonl(path: str, out: TextIO) -> int:
    """Extract each line; a bad line is reported with its number and the batch goes on (exit 3)."""
    from ..api import extract

    failed = 0
    total = 0
    src = sys.stdin.buffer if path == "-" else open(path, "rb")
    try:
        for lineno, raw in enumerate(src, 1):
            if not raw.strip():
                continue
            total += 1
            try:
                line = raw.decode("utf-8")
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise InputError("line is not a JSON object")
                if not isinstance(obj.get("text"), str):
                    raise InputError("line has no 'text' string")
                rec = extract(obj["text"], published=obj.get("published"), id=obj.get("id"),
                              title=obj.get("title"), outlet=obj.get("outlet"), url=obj.get("url"))
            except UnicodeDecodeError as exc:
                failed += 1
                print(f"marsad extract: {path}:{lineno}: invalid UTF-8 ({exc.reason})", file=sys.stderr)
                continue
            except (ValueError, MarsadError) as exc:
                failed += 1
                print(f"marsad extract: {path}:{lineno}: {exc}", file=sys.stderr)
                continue
            out.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
    finally:
        if src is not sys.stdin.buffer:
            src.close()
    if failed:
        print(f"marsad extract: {failed} of {total} lines failed", file=sys.stderr)
        return 3
    return 0
