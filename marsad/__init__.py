"""Marsad (مرصد): an Arabic-native news event observatory.

    >>> import marsad
    >>> record = marsad.extract(text, published="2025-08-19")
    >>> record.events[0].summary_en

``extract`` runs the default pipeline (built once, on first use); ``load`` builds
one explicitly, with components disabled if wanted.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# The public names, imported on first use (PEP 562): ``import marsad`` alone, or a command
# such as ``marsad --help``, does not pay for the record models and the pipeline.
_LAZY = {
    "Extractor": "api", "extract": "api", "load": "api",
    "Doc": "doc",
    "EmptyInput": "errors", "InputError": "errors", "InputTooLarge": "errors", "InvalidEncoding": "errors",
    "MarsadError": "errors",
    "Record": "record", "SCHEMA": "record",
}

__all__ = sorted([*_LAZY, "__version__"])

if TYPE_CHECKING:
    from .api import Extractor, extract, load
    from .doc import Doc
    from .errors import EmptyInput, InputError, InputTooLarge, InvalidEncoding, MarsadError
    from .record import SCHEMA, Record


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'marsad' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
