"""The places layer: Arabic place names found, resolved and geocoded.

``make_component()`` builds the gazetteer index and the matcher once; the component
writes ``doc.spans["places"]`` (label LOC or FAC; attrs name_ar, name_en, kb_id, country,
geo, key). See ``recognise.py`` for how names are found and resolved, ``gazetteer.py``
for the index, and ``data/`` for the sources.
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, Mention
from ..pipeline import Process
from .gazetteer import Gazetteer, Place, load_gazetteer
from .recognise import Recogniser
from .triggers import load_triggers

__all__ = ["make_component", "recogniser", "find_places", "Gazetteer", "Place", "load_gazetteer"]


@lru_cache(maxsize=1)
def recogniser() -> Recogniser:
    """The recogniser, built once per process."""
    return Recogniser(load_gazetteer(), load_triggers())


def find_places(doc: Doc) -> list[Mention]:
    return recogniser()(doc)


def make_component() -> Process:
    rec = recogniser()

    def run(doc: Doc) -> Doc:
        doc.spans["places"] = rec(doc)
        return doc

    return run
