"""The time layer: every Arabic date and time expression, found and normalised.

- ``grammar.py``: the grammar in ``data/`` (patterns, normalisation tables, rules) compiled
  once, and the scanner over the folded text.
- ``resolve.py``: anchors values to ``doc.published`` (the only module that does).
- ``hijri.py``: Hijri → Gregorian with ``hijridate``.
- ``tagger.py``: the component's work: hits → ``Time`` records T1, T2 … in ``doc.times``.
- ``attach.py``: ``time_for_span(doc, start, end)``, the Time that dates a trigger, for the
  events and attribution layers.
- ``compare.py``: the same expressions through dateparser, for ``scripts/compare_dateparser.py``.
"""

from __future__ import annotations

from ..doc import Doc
from ..pipeline import Process
from .attach import clause_of, time_for_span
from .grammar import load_grammar
from .tagger import find_times, load_context

__all__ = ["make_component", "time_for_span", "clause_of", "find_times"]


def make_component() -> Process:
    """The ``times`` component: fills ``doc.times``. The grammar is compiled here, once."""
    grammar = load_grammar()
    ctx = load_context()

    def run(doc: Doc) -> Doc:
        doc.times = find_times(doc, grammar, ctx)
        return doc

    return run
