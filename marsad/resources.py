"""Reading the package's data files: TSV with a ``#`` comment header, and JSON.

Data files are read from inside the installed package only (never from ../shared).
A malformed row stops loading with the file and line named.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from .errors import DataFileError

__all__ = ["read_tsv", "read_json", "read_text"]


def read_text(package: str, name: str) -> str:
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")


def read_tsv(package: str, name: str, min_fields: int = 1) -> list[list[str]]:
    """Rows of a TSV data file, comments and blank lines skipped, fields stripped."""
    rows: list[list[str]] = []
    for lineno, line in enumerate(read_text(package, name).splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) < min_fields or not fields[0]:
            raise DataFileError(f"{package}/{name}:{lineno}: expected at least {min_fields} tab-separated fields, got {line!r}")
        rows.append(fields)
    return rows


def read_json(package: str, name: str) -> Any:
    return json.loads(read_text(package, name))
