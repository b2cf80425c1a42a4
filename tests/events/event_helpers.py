"""Helpers for event and attribution tests: run the text, time and number layers for real, and
give the entity layer's output by hand, so that a test states exactly what the upstream layers
found."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from marsad.doc import Doc, Mention
from marsad.entities import make_component as make_entities
from marsad.pipeline import Pipeline, component
from marsad.record import Geo
from marsad.text.matcher import PhraseMatcher

# (surface forms, type, attrs) of the entities a test sentence names
EntitySpec = tuple[Iterable[str], str, dict]


@component("given_entities", requires=("tokens",), assigns=("places", "actors", "entities"))
def _given() -> Callable[[Doc], Doc]:
    link = make_entities()

    def run(doc: Doc) -> Doc:
        specs: list[EntitySpec] = doc.meta.get("given", [])
        entries = [(name, (k, typ, {"name_ar": list(names)[0], **attrs}))
                   for k, (names, typ, attrs) in enumerate(specs) for name in names]
        mentions = []
        for h in PhraseMatcher(entries).find_all(doc.folded):
            k, typ, attrs = h.payloads[0]
            a = {"key": f"k{k}", **attrs}
            mentions.append(Mention(h.start, h.end, typ, a))
        doc.spans["places"] = [m for m in mentions if m.label in ("LOC", "FAC")]
        doc.spans["actors"] = [m for m in mentions if m.label in ("ORG", "PER")]
        return link(doc)

    return run


def make_reader() -> Callable[..., Doc]:
    """``read(text, entities=[...], published="2025-08-19")`` → the Doc after events and posture."""
    pipe = Pipeline(("text", "times", "numbers", "given_entities", "attribution", "events", "posture", "summaries"))

    def run(text: str, entities: list[EntitySpec] = (), published: str | None = "2025-08-19") -> Doc:
        import datetime as dt

        doc = Doc(text=text, published=dt.date.fromisoformat(published) if published else None,
                  meta={"given": list(entities)})
        return pipe(doc)

    return run


def country(code: str, lat: float = 33.0, lon: float = 44.0) -> dict:
    return {"country": code, "geo": Geo(lat=lat, lon=lon, feature="country", precision="country")}


def base(code: str = "IQ", admin1: str | None = None) -> dict:
    return {"country": code, "geo": Geo(lat=33.8, lon=42.4, feature="base", admin1=admin1, precision="exact")}


def readings(doc: Doc) -> list:
    """Every event reading of ``doc``, coded or not (an act whose doer is not named is kept uncoded), in text
    order: for tests of how a construction is read (tests/events/test_coding.py: which readings are coded)."""
    return sorted(doc.events + doc.uncoded, key=lambda e: e.trigger.start)


def names(doc: Doc, ids: list[str]) -> set[str]:
    """Every way the text names the entities ``ids`` (canonical name and mentions)."""
    by_id = {e.id: e for e in doc.entities}
    out: set[str] = set()
    for i in ids:
        if i in by_id:
            out.add(by_id[i].name_ar)
            out.update(m.text for m in by_id[i].mentions)
    return out
