"""Marsad (مرصد): an Arabic-native news event observatory.

    >>> import marsad
    >>> record = marsad.extract(text, published="2025-08-19")
    >>> record.events[0].summary_en

``extract`` runs the default pipeline (built once, on first use); ``load`` builds
one explicitly, with components disabled if wanted.
"""

from __future__ import annotations

from .api import Extractor, extract, load
from .doc import Doc
from .errors import EmptyInput, InputError, InputTooLarge, InvalidEncoding, MarsadError
from .record import SCHEMA, Record

__version__ = "0.1.0"

__all__ = [
    "Doc",
    "EmptyInput",
    "Extractor",
    "InputError",
    "InputTooLarge",
    "InvalidEncoding",
    "MarsadError",
    "Record",
    "SCHEMA",
    "__version__",
    "extract",
    "load",
]
