"""``marsad schema``: the JSON Schema of the record."""

from __future__ import annotations

import argparse
import json
from typing import Any

__all__ = ["register"]


def register(sub: Any) -> None:
    p = sub.add_parser("schema", help="print the JSON Schema of marsad.document/1",
                       description="Print the JSON Schema of the record (marsad.document/1).")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..record import record_json_schema

    print(json.dumps(record_json_schema(), ensure_ascii=False, indent=1))
    return 0
