"""Exports of a store: JSONL records, events as ACLED-like CSV, GeoJSON, PLOVER JSON.

- ``jsonl``: one ``marsad.document/1`` record a line, as extracted.
- ``csv``: one row per merged event (``level="merged"``, the default) or per
  report (``level="reports"``), in ACLED-like columns: event_id, date,
  time_precision (1 day, 2 week, 3 month or coarser), type, sub_type (the PLOVER
  mode), status, actor1, actor2, country (ISO 3166-1 alpha-2), admin1, location,
  latitude, longitude, geo_precision (1 exact or town, 2 province, 3 region or
  country), source (outlets), quantity, notes (summary_en); then n_reports,
  corroboration, has_conflict and doc_ids.
- ``geojson``: a FeatureCollection of merged events (at their first located
  place) and of every place with coordinates.
- ``plover``: one PLOVER JSON record a line per reported event (the manual's
  JSONL form), ``link`` = its merged event; ``strict`` maps announced withdrawals
  (RETREAT, planned) to CONCEDE as strict PLOVER coders do.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, TextIO

from . import __version__
from .store.base import EventFilter, Store
from .store.dates import iso_bounds

__all__ = ["FORMATS", "CSV_COLUMNS", "export", "csv_rows", "geojson", "plover_records"]

FORMATS = ("jsonl", "csv", "geojson", "plover")
CSV_COLUMNS = ("event_id", "date", "time_precision", "type", "sub_type", "status", "actor1", "actor2", "country",
               "admin1", "location", "latitude", "longitude", "geo_precision", "source", "quantity", "notes",
               "n_reports", "corroboration", "has_conflict", "doc_ids")
_TIME_PRECISION = {"day": 1, "week": 2}
_GEO_PRECISION = {"exact": 1, "town": 1, "province": 2, "region": 3, "country": 3}
_PAGE = 1000


def export(store: Store, fmt: str, out: TextIO, *, level: str = "merged", strict: bool = False) -> int:
    """Write the store in ``fmt`` to ``out``; returns the number of items written."""
    if fmt == "jsonl":
        n = 0
        for rec in store.iter_records():
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        n = 0
        for row in csv_rows(store, level=level):
            writer.writerow(row)
            n += 1
        return n
    if fmt == "geojson":
        fc = geojson(store)
        json.dump(fc, out, ensure_ascii=False)
        out.write("\n")
        return len(fc["features"])
    if fmt == "plover":
        n = 0
        for rec in plover_records(store, strict=strict):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        return n
    raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")


def _name(e: dict[str, Any] | None) -> str:
    if not e:
        return ""
    return e.get("name_en") or e.get("name_ar") or e.get("key") or ""


def _located(keys: list[str], info: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    for k in keys:
        e = info.get(k)
        if e and e.get("lat") is not None and e.get("lon") is not None:
            return e
    return next((info[k] for k in keys if k in info), None)


def _places(roles: dict[str, list[str]]) -> list[str]:
    return list(dict.fromkeys((roles.get("location") or []) + (roles.get("origin") or [])
                              + (roles.get("destination") or [])))


def _fmt_num(x: float | None) -> str:
    if x is None:
        return ""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _iter_merged(store: Store) -> Iterator[dict[str, Any]]:
    offset = 0
    while True:
        page = store.merged_events(EventFilter(), limit=_PAGE, offset=offset)
        if not page:
            return
        yield from page
        offset += len(page)


def _iter_reports(store: Store) -> Iterator[dict[str, Any]]:
    offset = 0
    while True:
        page = store.events(EventFilter(), limit=_PAGE, offset=offset)
        if not page:
            return
        yield from page
        offset += len(page)


def csv_rows(store: Store, *, level: str = "merged") -> Iterator[dict[str, Any]]:
    """ACLED-like rows, one per merged event or per report."""
    if level not in ("merged", "reports"):
        raise ValueError("level must be 'merged' or 'reports'")
    items = _iter_merged(store) if level == "merged" else _iter_reports(store)
    for m in items:
        roles = m["detail"]["roles"] if level == "merged" else m["roles"]
        reports = m["reports"] if level == "merged" else [m]
        keys = (roles.get("actor") or [])[:1] + (roles.get("recipient") or [])[:1] + _places(roles)
        info = store.entity_info(keys)
        loc = _located(_places(roles), info)
        quantities = list(dict.fromkeys(_fmt_num(r.get("quantity")) for r in reports if r.get("quantity") is not None))
        sources = []
        for r in reports:
            label = r.get("outlet") or ""
            if r.get("source_name"):
                label = f"{label} ({r['source_name']})" if label else r["source_name"]
            sources.append(label or f"doc:{r['doc_id']}")
        precision = _TIME_PRECISION.get(m["grain"] or "", 3) if m["date_start"] else ""
        yield {
            "event_id": m["id"], "date": m["date_start"] or "", "time_precision": precision, "type": m["type"], "sub_type": m["mode"] or "", "status": m["status"],
            "actor1": _name(info.get((roles.get("actor") or [""])[0])),
            "actor2": _name(info.get((roles.get("recipient") or [""])[0])),
            "country": (loc or {}).get("country") or "", "admin1": (loc or {}).get("admin1") or "",
            "location": _name(loc), "latitude": "" if not loc or loc.get("lat") is None else loc["lat"],
            "longitude": "" if not loc or loc.get("lon") is None else loc["lon"],
            "geo_precision": _GEO_PRECISION.get((loc or {}).get("geo_precision") or "", "") if loc else "",
            "source": "; ".join(dict.fromkeys(sources)), "quantity": "; ".join(quantities),
            "notes": m["summary_en"] or "",
            "n_reports": len(reports),
            "corroboration": m["corroboration"] if level == "merged" else 1,
            "has_conflict": (m["has_conflict"] if level == "merged" else 0),
            "doc_ids": "; ".join(dict.fromkeys(r["doc_id"] for r in reports)),
        }


def geojson(store: Store) -> dict[str, Any]:
    """Merged events at their first located place, and every place with coordinates."""
    features: list[dict[str, Any]] = []
    for m in _iter_merged(store):
        places = _places(m["detail"]["roles"])
        loc = _located(places, store.entity_info(places))
        if not loc or loc.get("lat") is None:
            continue
        features.append({
            "type": "Feature", "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
            "properties": {"kind": "event", "id": m["id"], "date": m["date"], "type": m["type"], "mode": m["mode"],
                           "status": m["status"], "summary_en": m["summary_en"], "n_reports": m["n_reports"],
                           "corroboration": m["corroboration"], "has_conflict": bool(m["has_conflict"]),
                           "place_key": loc["key"], "place": _name(loc), "place_ar": loc.get("name_ar")},
        })
    offset = 0
    while True:
        page = store.query("SELECT en.*, (SELECT COUNT(DISTINCT m.doc_id) FROM mentions m WHERE m.entity_key = en.key) "
                           "AS n_documents FROM entities en WHERE en.lat IS NOT NULL AND en.lon IS NOT NULL "
                           "ORDER BY en.key LIMIT ? OFFSET ?", (_PAGE, offset))
        if not page:
            break
        offset += len(page)
        for e in page:
            features.append({
                "type": "Feature", "geometry": {"type": "Point", "coordinates": [e["lon"], e["lat"]]},
                "properties": {"kind": "place", "key": e["key"], "type": e["type"], "name_ar": e["name_ar"],
                               "name_en": e["name_en"], "feature": e["feature"], "country": e["country"],
                               "admin1": e["admin1"], "precision": e["geo_precision"],
                               "n_documents": e["n_documents"]},
            })
    return {"type": "FeatureCollection", "features": features}


def _plover_entity(e: dict[str, Any]) -> dict[str, Any]:
    code = e.get("actor_code") or ""
    first = e["mentions"][0]["text"] if e.get("mentions") else e.get("name_ar")
    out = {"entity_text": first, "entity_name": e.get("name_en") or e.get("name_ar"), "entity_name_ar": e.get("name_ar"),
           "identifier_id": e.get("kb_id"), "identifier_text": e.get("name_en"), "code": code[:3] or None,
           "sector": code[3:] or None, "country": e.get("country"), "type": e.get("type")}
    if e.get("role"):
        out["office"] = e["role"]
    return out


def plover_records(store: Store, *, strict: bool = False) -> Iterator[dict[str, Any]]:
    """PLOVER JSON records, one per reported event, linked to its merged event."""
    link: dict[str, str] = {}
    for row in store.query("SELECT merged_id, event_id FROM merged_members"):
        link[row["event_id"]] = row["merged_id"]
    for rec in store.iter_records():
        doc = rec["doc"]
        ents = {e["id"]: e for e in rec["entities"]}
        for ev in rec["events"]:
            eid = f"{doc['id']}/{ev['id']}"
            date = ev.get("date") or doc.get("published")
            start, end = iso_bounds(date)
            event_type, mode = ev["type"], ev.get("mode")
            if strict and ev["type"] == "RETREAT" and ev["status"] == "planned":
                event_type, mode = "CONCEDE", "retreat"
            loc_ids = ev.get("location", []) + ev.get("origin", []) + ev.get("destination", [])
            loc = next((ents[i] for i in loc_ids if i in ents and ents[i].get("geo")), None)
            out: dict[str, Any] = {
                "id": eid, "has_event": True, "date": start, "actor": [_plover_entity(ents[i]) for i in ev["actor"] if i in ents],
                "recipient": [_plover_entity(ents[i]) for i in ev["recipient"] if i in ents],
                "event": [event_type], "mode": [mode] if mode else [], "context": [],
                "event_text": [ev["trigger"]["text"]],
                "text_info": {"start": ev["sentence"]["start"], "end": ev["sentence"]["end"],
                              "trigger_start": ev["trigger"]["start"], "trigger_end": ev["trigger"]["end"]},
                "cite_info": {"doc_id": doc["id"], "url": doc.get("url"), "outlet": doc.get("outlet"),
                              "title": doc.get("title"), "published": doc.get("published")},
                "status": ev["status"], "date_value": date, "confidence": ev.get("confidence"),
                "coder": f"marsad {__version__}", "comment": ev.get("summary_en") or "",
            }
            if end and end != start:
                out["enddate"] = end
            if loc:
                g = loc["geo"]
                out["event_loc"] = {"name": loc.get("name_en") or loc.get("name_ar"), "name_ar": loc.get("name_ar"),
                                    "identifier_id": loc.get("kb_id"), "country": loc.get("country"),
                                    "admin1": g.get("admin1"), "lat": g["lat"], "lon": g["lon"],
                                    "feature": g.get("feature"), "precision": g.get("precision")}
            if eid in link:
                out["link"] = link[eid]
            if ev.get("source") and ev["source"] in ents:
                out["source"] = _plover_entity(ents[ev["source"]])
            if ev.get("quantity"):
                q = next((q for q in rec["quantities"] if q["id"] == ev["quantity"]), None)
                if q:
                    out["size"] = {"value": q.get("value"), "approx": q.get("approx"), "unit": q.get("unit"),
                                   "text": q.get("text")}
            yield out
