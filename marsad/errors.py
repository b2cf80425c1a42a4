"""Marsad's errors, each with a number so that messages can be looked up.

    MarsadError
     ├── InputError        (E1xx) the input cannot be processed as given
     │    ├── EmptyInput        E101
     │    ├── InvalidEncoding   E102
     │    └── InputTooLarge     E103
     ├── DataFileError     (E2xx) a shipped data file is malformed
     └── GoldFileError     (E3xx) a gold file does not follow GOLD.md
"""

from __future__ import annotations

__all__ = ["MarsadError", "InputError", "EmptyInput", "InvalidEncoding", "InputTooLarge", "DataFileError", "GoldFileError"]


class MarsadError(Exception):
    code = "E000"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class InputError(MarsadError, ValueError):
    code = "E100"


class EmptyInput(InputError):
    code = "E101"


class InvalidEncoding(InputError):
    code = "E102"


class InputTooLarge(InputError):
    code = "E103"


class DataFileError(MarsadError):
    code = "E200"


class GoldFileError(MarsadError):
    code = "E300"
