"""``marsad demo``: the main job on the bundled sample data (interim: extract one article)."""

from __future__ import annotations

import argparse
import json
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["register"]


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="run Marsad on the bundled sample corpus",
                       description="Extract the bundled sample articles and print a readable summary.")
    p.add_argument("--out", default="out", help="folder for the JSON records (default: out/)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..api import extract
    from ..summary import render_text

    corpus = resources.files("marsad").joinpath("data/corpus")
    files = sorted(p for p in corpus.iterdir() if p.name.endswith(".json")) if corpus.is_dir() else []
    if not files:
        print("marsad demo: no bundled corpus in this build")
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for f in files[:1]:
        art = json.loads(f.read_text(encoding="utf-8"))
        rec = extract(art["text"], published=art.get("published"), id=art.get("id"), title=art.get("title"), outlet=art.get("outlet"))
        print(render_text(rec))
        (out / f"{rec.doc.id}.json").write_text(rec.to_json(indent=1), encoding="utf-8")
        print(f"\nrecord written to {out / (rec.doc.id + '.json')}")
    return 0
