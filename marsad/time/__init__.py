"""The time layer (first version pending)."""

from __future__ import annotations

from ..doc import Doc
from ..pipeline import Process

__all__ = ["make_component"]


def make_component() -> Process:
    def run(doc: Doc) -> Doc:
        return doc

    return run
