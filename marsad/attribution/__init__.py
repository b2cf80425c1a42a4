"""The attribution layer: who said what, through which outlet (``Statement``), and what
unnamed groups are said to think (``Claim``). See ``statements``."""

from __future__ import annotations

from ..doc import Doc
from ..pipeline import Process
from .statements import cue_lexicon, read_attribution

__all__ = ["make_component"]


def make_component() -> Process:
    cue_lexicon()  # compile once

    def run(doc: Doc) -> Doc:
        doc.statements, doc.claims = read_attribution(doc)
        return doc

    return run
