"""Reading the package's data files: TSV with a ``#`` comment header, and JSON.

Data files are read from inside the installed package only (never from ../shared).
A malformed row stops loading with the file and line named. A package installed as
plain files (the usual case) is read with ``open``; a zipped one through
``importlib.resources``, which is only imported then (it costs milliseconds at start-up).
"""

from __future__ import annotations

import importlib
import json
import os
from functools import lru_cache
from typing import Any

from .errors import DataFileError

__all__ = ["read_tsv", "read_json", "read_text", "read_bytes", "package_dir"]


@lru_cache(maxsize=None)
def package_dir(package: str) -> str | None:
    """The folder holding a package's files, or None when they are not plain files (a zip)."""
    file = getattr(importlib.import_module(package), "__file__", None)
    folder = os.path.dirname(file) if file else None
    return folder if folder and os.path.isdir(folder) else None


def read_bytes(package: str, name: str) -> bytes:
    folder = package_dir(package)
    if folder is not None:
        with open(os.path.join(folder, *name.split("/")), "rb") as f:
            return f.read()
    from importlib import resources

    return resources.files(package).joinpath(name).read_bytes()


def read_text(package: str, name: str) -> str:
    folder = package_dir(package)
    if folder is not None:
        with open(os.path.join(folder, *name.split("/")), encoding="utf-8") as f:
            return f.read()
    from importlib import resources

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
