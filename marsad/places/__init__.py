"""The places layer: Arabic place names found, resolved and geocoded.

``make_component()`` builds the gazetteer index and the matcher once; the component
writes ``doc.spans["places"]`` (label LOC or FAC; attrs name_ar, name_en, kb_id, country,
geo, key). See ``recognise.py`` for how names are found and resolved, ``unknown.py`` for
names the gazetteer lacks read after a place-type noun ("بلدة مجدل سلم"), ``gazetteer.py``
for the index, and ``data/`` for the sources.
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, Mention
from ..pipeline import Process
from .gazetteer import Gazetteer, Place, load_gazetteer
from .recognise import Recogniser
from .roads import find_roads
from .triggers import load_triggers
from .unknown import UnknownPlaces

__all__ = ["make_component", "recogniser", "find_places", "Gazetteer", "Place", "load_gazetteer"]


@lru_cache(maxsize=1)
def recogniser() -> Recogniser:
    """The recogniser, built once per process."""
    return Recogniser(load_gazetteer(), load_triggers())


@lru_cache(maxsize=1)
def unknown_places() -> UnknownPlaces:
    """Names the gazetteer does not know, after a place-type noun (``unknown.py``)."""
    return UnknownPlaces(load_triggers(), load_gazetteer())


def find_places(doc: Doc) -> list[Mention]:
    known = recogniser()(doc)
    new, absorbed = unknown_places()(doc, known)
    if not new:
        kept = known
    else:
        drop = {id(m) for m in absorbed}
        kept = [m for m in known if id(m) not in drop] + new
        # "من القرية"، "إلى الناحية" after a settlement the gazetteer does not know ("ناحية أبي صيدا")
        kept += recogniser().settlement_anaphora_of(doc, kept, new)
    kept = kept + find_roads(doc, kept)  # (the towns a road's name holds keep their own mentions)
    return sorted(kept, key=lambda m: (m.start, -(m.end - m.start)))


def make_component() -> Process:
    recogniser()
    unknown_places()

    def run(doc: Doc) -> Doc:
        doc.spans["places"] = find_places(doc)
        return doc

    return run
