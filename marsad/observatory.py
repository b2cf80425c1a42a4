"""The observatory's questions, as Python functions over a store.

    >>> from marsad.store import open_store
    >>> from marsad import observatory as obs
    >>> store = open_store("marsad.db")
    >>> obs.timeline(store, place="عين الأسد", since="2025-01-01")
    >>> obs.posture(store, actor="القوات الأميركية")
    >>> obs.search(store, "انسحاب")
    >>> obs.show(store, "e39f33f6")

Every function returns plain, JSON-ready dicts and lists, so the CLI prints them,
the web API returns them and the batch runner logs them unchanged. A place or an
actor is named the way a user would (Arabic in any spelling, English, or a
``kb_id``); a name that matches nothing raises ``UnknownName``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .errors import MarsadError
from .store.base import EventFilter, Store

__all__ = [
    "UnknownName",
    "timeline",
    "events",
    "posture",
    "search",
    "show",
    "entities",
    "resolve_filters",
]

_MOVEMENT_TYPES = ("MOBILIZE", "RETREAT")
_FORCE_UNITS = ("troops", "personnel")


class UnknownName(MarsadError, LookupError):
    code = "E401"


def _names(store: Store, keys: Sequence[str], info: dict[str, dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    info = info if info is not None else store.entity_info(keys)
    out = []
    for k in keys:
        e = info.get(k) or {}
        out.append({"key": k, "name_en": e.get("name_en"), "name_ar": e.get("name_ar") or k, "type": e.get("type"),
                    "country": e.get("country")})
    return out


def resolve_filters(store: Store, *, place: str | None = None, actor: str | None = None) -> tuple[list[str] | None, list[str] | None]:
    """Global entity keys for a place and an actor name (None when not asked)."""
    place_keys = actor_keys = None
    if place:
        place_keys = store.resolve(place, "place")
        if not place_keys:
            raise UnknownName(f"no place named {place!r} in the store")
    if actor:
        actor_keys = store.resolve(actor, "actor", contained=False)
        if not actor_keys:
            raise UnknownName(f"no actor named {actor!r} in the store")
    return place_keys, actor_keys


def timeline(store: Store, *, place: str | None = None, actor: str | None = None, type: str | None = None,
             status: str | None = None, since: str | None = None, until: str | None = None,
             conflicts_only: bool = False, limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
    """Merged events in date order: what happened, by how many reports and outlets, and who disagrees.

    Each entry: ``id, date, grain, type, mode, status, summary_en, actors, places
    (with names), n_reports, corroboration, outlets, sources, conflicts, reports``
    (each report: ``event_id, doc_id, title, outlet, published, status, date,
    source, via, summary_en``). Reads only: merged events are as fresh as the last
    ``Store.refresh_merged`` (ingest runs it; ``store.merge_is_stale()`` says).
    """
    place_keys, actor_keys = resolve_filters(store, place=place, actor=actor)
    f = EventFilter(type=type.upper() if type else None, status=status, actor_keys=actor_keys,
                    place_keys=place_keys, since=since, until=until, conflict_only=conflicts_only)
    rows = store.merged_events(f, limit=limit, offset=offset)
    keys = sorted({k for r in rows for ks in r["detail"]["roles"].values() for k in ks})
    info = store.entity_info(keys)
    out = []
    for r in rows:
        roles = r["detail"]["roles"]
        out.append({
            "id": r["id"], "date": r["date"], "grain": r["grain"], "date_start": r["date_start"],
            "date_end": r["date_end"], "type": r["type"], "mode": r["mode"], "status": r["status"],
            "summary_en": r["summary_en"],
            "actors": _names(store, roles.get("actor", []), info),
            "recipients": _names(store, roles.get("recipient", []), info),
            "places": _names(store, list(dict.fromkeys(roles.get("location", []) + roles.get("origin", [])
                                                       + roles.get("destination", []))), info),
            "origin": _names(store, roles.get("origin", []), info),
            "destination": _names(store, roles.get("destination", []), info),
            "n_reports": r["n_reports"], "n_documents": r["n_documents"], "corroboration": r["corroboration"],
            "outlets": r["detail"]["outlets"], "sources": r["detail"]["sources"],
            "statuses": r["detail"]["statuses"], "quantities": r["detail"]["quantities"],
            "conflicts": r["detail"]["conflicts"], "first_reported": r["first_reported"],
            "last_reported": r["last_reported"],
            "reports": [_report(e) for e in r["reports"]],
        })
    return out


def _report(e: dict[str, Any]) -> dict[str, Any]:
    return {"event_id": e["id"], "doc_id": e["doc_id"], "outlet": e["outlet"], "published": e["published"],
            "status": e["status"], "date": e["date"], "quantity": e.get("quantity"),
            "quantity_text": e.get("quantity_text"), "source": e.get("source_name"), "via": e.get("via_name"),
            "trigger": e.get("trigger_text"), "sentence": e.get("sentence"), "summary_en": e.get("summary_en")}


def events(store: Store, *, place: str | None = None, actor: str | None = None, type: str | None = None,
           mode: str | None = None, status: str | None = None, since: str | None = None, until: str | None = None,
           doc_id: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Reported events, one per article mention (not merged), with role names."""
    place_keys, actor_keys = resolve_filters(store, place=place, actor=actor)
    f = EventFilter(type=type.upper() if type else None, mode=mode, status=status, actor_keys=actor_keys,
                    place_keys=place_keys, since=since, until=until, doc_id=doc_id)
    rows = store.events(f, limit=limit, offset=offset)
    info = store.entity_info(sorted({k for r in rows for ks in r["roles"].values() for k in ks}))
    for r in rows:
        r["roles"] = {role: _names(store, ks, info) for role, ks in r["roles"].items() if ks}
    return rows


def posture(store: Store, *, place: str | None = None, actor: str | None = None) -> list[dict[str, Any]]:
    """Force posture over time: who keeps how many where, by date, with the reports behind each figure.

    One series per (actor, place): ``actor``, ``location``, ``points`` in date
    order (``kind`` "posture" for a stated level, "movement" for troops moved in
    or out, with ``direction``), and ``latest``: the most recent current level.
    """
    place_keys, actor_keys = resolve_filters(store, place=place, actor=actor)
    series: dict[tuple[str | None, str | None], dict[str, Any]] = {}

    def get(actor_key: str | None, loc_key: str | None) -> dict[str, Any]:
        k = (actor_key, loc_key)
        if k not in series:
            series[k] = {"actor_key": actor_key, "location_key": loc_key, "points": []}
        return series[k]

    for p in store.posture_rows(actor_keys, place_keys):
        get(p["actor_key"], p["location_key"])["points"].append({
            "kind": "posture", "date": p["date"], "date_start": p["date_start"], "status": p["status"],
            "value": p["quantity"], "approx": bool(p["quantity_approx"]), "lower": p["quantity_lower"],
            "upper": p["quantity_upper"], "unit": p["quantity_unit"], "text": p["quantity_text"],
            "doc_id": p["doc_id"], "title": p["doc_title"], "outlet": p["outlet"], "published": p["published"],
        })
    # Movements of forces with a count, at the asked place (or anywhere, for an actor).
    for type_ in _MOVEMENT_TYPES:
        for e in store.events(EventFilter(type=type_, actor_keys=actor_keys, place_keys=place_keys), limit=100000):
            if (e["quantity"] is None and e["quantity_lower"] is None) or e["quantity_unit"] not in _FORCE_UNITS:
                continue
            roles = e["roles"]
            actor_key = (roles.get("actor") or [None])[0]
            for direction, role in (("in", "destination"), ("out", "origin"), ("at", "location")):
                for loc in roles.get(role) or []:
                    if place_keys is not None and loc not in place_keys:
                        continue
                    get(actor_key, loc)["points"].append({
                        "kind": "movement", "direction": direction, "event_type": e["type"], "date": e["date"],
                        "date_start": e["date_start"], "status": e["status"], "value": e["quantity"],
                        "approx": bool(e["quantity_approx"]), "lower": e["quantity_lower"],
                        "upper": e["quantity_upper"], "unit": e["quantity_unit"], "text": e["quantity_text"],
                        "doc_id": e["doc_id"], "event_id": e["id"], "outlet": e["outlet"],
                        "published": e["published"], "summary_en": e["summary_en"],
                    })
    keys = sorted({k for pair in series for k in pair if k})
    info = store.entity_info(keys)
    out = []
    for (a, loc), s in series.items():
        s["points"].sort(key=lambda p: (p["date_start"] or p["published"] or "", p["published"] or "", p["doc_id"]))
        current = [p for p in s["points"] if p["kind"] == "posture" and p["status"] == "current" and p["value"] is not None]
        s["actor"] = _names(store, [a], info)[0] if a else None
        s["location"] = _names(store, [loc], info)[0] if loc else None
        s["latest"] = current[-1] if current else None
        out.append(s)
    out.sort(key=lambda s: ((s["actor"] or {}).get("name_en") or "", (s["location"] or {}).get("name_en") or "",
                            str(s["actor_key"]), str(s["location_key"])))
    return out


def search(store: Store, text: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Documents containing every word of ``text``, with the same folding as matching (ة/ه, أ/ا, ى/ي, digits)."""
    return store.search(text, limit=limit)


def show(store: Store, doc_id: str) -> dict[str, Any]:
    """One document: its metadata, its full record, and the merged events its reports belong to."""
    doc = store.document(doc_id)
    if doc is None:
        raise UnknownName(f"no document {doc_id!r} in the store")
    merged = store.merged_events(EventFilter(doc_id=doc["id"]), limit=1000)
    return {
        "document": {k: doc[k] for k in ("id", "url", "outlet", "title", "published", "lang", "source",
                                         "content_hash", "n_events", "ingested_at")},
        "record": doc["record"],
        "merged": [{"id": m["id"], "type": m["type"], "status": m["status"], "date": m["date"],
                    "summary_en": m["summary_en"], "n_reports": m["n_reports"], "corroboration": m["corroboration"],
                    "outlets": m["detail"]["outlets"], "conflicts": m["detail"]["conflicts"],
                    "events": [r["id"] for r in m["reports"] if r["doc_id"] == doc["id"]],
                    "other_reports": [{"doc_id": r["doc_id"], "outlet": r["outlet"], "published": r["published"],
                                       "status": r["status"]} for r in m["reports"] if r["doc_id"] != doc["id"]]}
                   for m in merged],
    }


def entities(store: Store, *, q: str | None = None, type: str | None = None, limit: int = 100,
             offset: int = 0) -> list[dict[str, Any]]:
    """Entities across documents (linked by kb_id and normalised name), most-mentioned first."""
    return store.entities(q=q, type=type, limit=limit, offset=offset)
