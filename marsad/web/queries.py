"""What the API answers, read from a ``marsad.store.Store``: a thin adapter.

The store answers in rows (``events``, ``merged_events``, ``posture_rows``, entity
keys); the page wants names, coordinates and the articles behind each thing. This
module joins those, and nothing else: no SQL of its own beyond looking up titles.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from .. import observatory as obs
from ..store import EventFilter, Store
from ..text.normalise import fold_text

__all__ = ["Queries", "EventQuery", "TEXT_SCAN_LIMIT"]

PLACE_ROLES = ("location", "destination", "origin")
TEXT_SCAN_LIMIT = 5000  # events read to filter by free text (the store has no text filter on events)
_REF_FIELDS = ("key", "type", "name_ar", "name_en", "lat", "lon", "feature", "country")


class EventQuery:
    """The events filters of the API, as the user gives them (names, ISO dates, words)."""

    def __init__(self, type: str | None = None, mode: str | None = None, status: str | None = None,
                 actor: str | None = None, place: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, q: str | None = None, conflict: bool = False) -> None:
        self.type, self.mode, self.status = type or None, mode or None, status or None
        self.actor, self.place = (actor or "").strip() or None, (place or "").strip() or None
        self.date_from, self.date_to, self.q = date_from or None, date_to or None, (q or "").strip() or None
        self.conflict = conflict


class Queries:
    def __init__(self, store: Store) -> None:
        self.store = store

    # ----- helpers ------------------------------------------------------------------------
    def _filter(self, eq: EventQuery) -> EventFilter:
        """The store's filter; a name that matches nothing matches no event (not an error)."""
        try:
            place_keys, actor_keys = obs.resolve_filters(self.store, place=eq.place, actor=eq.actor)
        except obs.UnknownName:
            place_keys, actor_keys = ([] if eq.place else None), ([] if eq.actor else None)
            if eq.place and eq.actor:  # find out which one is unknown; the other still narrows nothing
                place_keys = self.store.resolve(eq.place, "place")
                actor_keys = self.store.resolve(eq.actor, "actor", contained=False)
        return EventFilter(type=eq.type, mode=eq.mode, status=eq.status, actor_keys=actor_keys,
                           place_keys=place_keys, since=eq.date_from, until=eq.date_to, conflict_only=eq.conflict)

    def _refs(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        info = self.store.entity_info(list(dict.fromkeys(keys)))
        return {k: {f: v.get(f) for f in _REF_FIELDS} for k, v in info.items()}

    def _titles(self, doc_ids: Iterable[str]) -> dict[str, str | None]:
        ids = list(dict.fromkeys(doc_ids))
        out: dict[str, str | None] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for r in self.store.query(f"SELECT id, title FROM documents WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
                out[r["id"]] = r["title"]
        return out

    @staticmethod
    def _ref(key: str, refs: dict[str, dict[str, Any]]) -> dict[str, Any]:
        return refs.get(key) or {"key": key}

    def merge_ready(self) -> bool:
        """Merged events are current (refresh them if the store can)."""
        if not self.store.merge_is_stale():
            return True
        try:
            self.store.refresh_merged()
        except ImportError:  # no merging in this build: fall back to reports
            return False
        return True

    # ----- events -------------------------------------------------------------------------
    def _report(self, e: dict[str, Any], titles: dict[str, str | None]) -> dict[str, Any]:
        return {"event_id": e["id"], "doc_id": e["doc_id"], "local_id": e["local_id"], "title": titles.get(e["doc_id"]),
                "outlet": e.get("outlet"), "published": e.get("published"), "status": e["status"], "date": e.get("date"),
                "source_name": e.get("source_name"), "via_name": e.get("via_name"), "trigger": e.get("trigger_text"),
                "sentence": e.get("sentence"), "quantity_text": e.get("quantity_text")}

    def _rows(self, rows: list[dict[str, Any]], merged: bool) -> list[dict[str, Any]]:
        reports_of = (lambda r: r["reports"]) if merged else (lambda r: [r])
        roles_of = (lambda r: r["detail"].get("roles") or {}) if merged else (lambda r: r["roles"])
        refs = self._refs(k for r in rows for ks in roles_of(r).values() for k in ks)
        titles = self._titles(e["doc_id"] for r in rows for e in reports_of(r))
        out = []
        for r in rows:
            roles = roles_of(r)
            reports = reports_of(r)
            first = next((e for e in reports if e["status"] == r["status"]), reports[0] if reports else {})
            places = list(dict.fromkeys(k for role in PLACE_ROLES for k in roles.get(role, [])))
            qty = next((e for e in reports if e.get("quantity") is not None), None)
            out.append({
                "id": r["id"], "merged": merged, "type": r["type"], "mode": r.get("mode"), "status": r["status"],
                "date": r.get("date"), "grain": r.get("grain"), "summary_en": r.get("summary_en") or "",
                "trigger": first.get("trigger_text"), "sentence": first.get("sentence"),
                "actors": [self._ref(k, refs) for k in roles.get("actor", [])],
                "recipients": [self._ref(k, refs) for k in roles.get("recipient", [])],
                "places": [self._ref(k, refs) for k in places],
                "quantity": qty.get("quantity") if qty else None, "quantity_text": qty.get("quantity_text") if qty else None,
                "n_reports": int(r.get("n_reports") or len(reports) or 1),
                "corroboration": int(r.get("corroboration") or 1),
                "has_conflict": bool(r.get("has_conflict")),
                "conflicts": [_conflict(c) for c in (r["detail"].get("conflicts") or [])] if merged else [],
                "reports": [self._report(e, titles) for e in reports],
            })
        return out

    def _text_match(self, row: dict[str, Any], terms: Sequence[str]) -> bool:
        hay = fold_text(" ".join(filter(None, [row.get("summary_en"), row.get("sentence"), row.get("trigger"),
                                               *(x.get("sentence") or "" for x in row.get("reports", []))]))).lower()
        return all(t in hay for t in terms)

    def events(self, eq: EventQuery, *, limit: int = 50, offset: int = 0, merged: bool = True) -> tuple[list[dict[str, Any]], bool]:
        """A page of events and whether more follow."""
        merged = merged and self.merge_ready()
        f = self._filter(eq)
        fetch = self.store.merged_events if merged else self.store.events
        if eq.q:
            terms = fold_text(eq.q).lower().split()
            rows = [r for r in self._rows(fetch(f, limit=TEXT_SCAN_LIMIT, offset=0), merged) if self._text_match(r, terms)]
            return rows[offset:offset + limit], len(rows) > offset + limit
        raw = fetch(f, limit=limit + 1, offset=offset)
        return self._rows(raw[:limit], merged), len(raw) > limit

    def event(self, event_id: str) -> dict[str, Any] | None:
        """A merged event (``M…``) or one report (``doc_id/V1``) by id."""
        if self.merge_ready():
            found = self._merged_by_id(event_id)
            if found:
                return self._rows(found, True)[0]
        rows = self.store.query("SELECT doc_id FROM events WHERE id = ?", (event_id,))
        if not rows:
            return None
        found = [r for r in self.store.events(EventFilter(doc_id=rows[0]["doc_id"]), limit=10_000) if r["id"] == event_id]
        return self._rows(found, False)[0] if found else None

    def _merged_by_id(self, merged_id: str) -> list[dict[str, Any]]:
        members = self.store.query("SELECT doc_id FROM merged_members WHERE merged_id = ? LIMIT 1", (merged_id,))
        if not members:
            return []
        rows = self.store.merged_events(EventFilter(doc_id=members[0]["doc_id"]), limit=10_000)
        return [r for r in rows if r["id"] == merged_id]

    # ----- timeline, posture, map ------------------------------------------------------------------
    def timeline(self, by: Literal["place", "actor"], eq: EventQuery, *, max_groups: int = 40,
                 max_events: int = 5000) -> list[dict[str, Any]]:
        """Events grouped by place (or actor), busiest first; events naming none go last, in one group."""
        rows, _ = self.events(eq, limit=max_events)
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        refs: dict[str, dict[str, Any]] = {}
        unplaced: list[dict[str, Any]] = []
        for r in rows:
            ents = r["places"] if by == "place" else r["actors"]
            for ref in ents:
                groups[ref["key"]].append(r)
                refs[ref["key"]] = ref
            if not ents:
                unplaced.append(r)
        order = sorted(groups, key=lambda k: (-len(groups[k]), k))[:max_groups]
        out = [{"key": k, "name_ar": refs[k].get("name_ar"), "name_en": refs[k].get("name_en"),
                "type": refs[k].get("type"), "events": groups[k]} for k in order]
        if unplaced:
            none = ("بلا مكان", "no place named") if by == "place" else ("بلا فاعل", "no actor named")
            out.append({"key": "", "name_ar": none[0], "name_en": none[1], "type": None, "events": unplaced})
        return out

    def posture(self, *, actor: str | None = None, place: str | None = None) -> list[dict[str, Any]]:
        """``observatory.posture`` as chart series: stated levels grouped by date, movements apart.

        One point per (date, kind): ``posture`` points are levels the reports state
        (several reports of one date: the most common figure, with the range and
        ``disagree``); ``movement`` points are troops moved in or out, with ``direction``.
        """
        try:
            series = obs.posture(self.store, actor=actor, place=place)
        except obs.UnknownName:
            return []
        titles = self._titles(p["doc_id"] for s in series for p in s["points"])
        refs = self._refs(k for s in series for k in (s["actor_key"], s["location_key"]) if k)
        out = []
        for s in series:
            groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
            for p in s["points"]:
                if p.get("value") is None and p.get("lower") is None:
                    continue
                date = p.get("date_start") or p.get("date") or p.get("published")
                if date:
                    groups[(date, p["kind"], p.get("direction") or "")].append(p)
            points = []
            for (date, kind, direction), ps in sorted(groups.items()):
                values = [p["value"] if p.get("value") is not None else p["lower"] for p in ps]
                points.append({
                    "date": date, "kind": kind, "direction": direction or None,
                    "quantity": Counter(values).most_common(1)[0][0], "lower": min(values), "upper": max(values),
                    "approx": any(p.get("approx") for p in ps),
                    "status": Counter(p["status"] for p in ps).most_common(1)[0][0], "disagree": len(set(values)) > 1,
                    "reports": [{"doc_id": p["doc_id"], "local_id": _local(p.get("event_id")), "title": titles.get(p["doc_id"]),
                                 "outlet": p.get("outlet"), "published": p.get("published"), "status": p["status"],
                                 "quantity": p.get("value"), "quantity_text": p.get("text")} for p in ps],
                })
            if not points:
                continue
            unit = Counter(p.get("unit") for p in s["points"]).most_common(1)[0][0]
            ak, lk = s["actor_key"], s["location_key"]
            out.append({"key": f"{ak or '-'}|{lk or '-'}", "actor": refs.get(ak or "") or ({"key": ak} if ak else None),
                        "location": refs.get(lk or "") or ({"key": lk} if lk else None), "unit": unit, "points": points})
        # Series with stated levels first, then by how many reports stand behind them.
        out.sort(key=lambda x: (not any(p["kind"] == "posture" for p in x["points"]), x["actor"] is None,
                                -sum(len(p["reports"]) for p in x["points"]), x["key"]))
        return out

    def map_features(self, eq: EventQuery, *, max_events: int = 5000, max_places: int = 2000) -> list[dict[str, Any]]:
        rows, _ = self.events(eq, limit=max_events)
        features = []
        for r in rows:
            place = next((p for p in r["places"] if p.get("lat") is not None and p.get("lon") is not None), None)
            if place is None:
                continue
            props = {k: r[k] for k in ("id", "type", "mode", "status", "date", "summary_en", "sentence", "n_reports",
                                       "corroboration", "has_conflict")}
            props.update(kind="event", place=place, reports=r["reports"])
            features.append(_point(place["lon"], place["lat"], props))
        for lt in ("LOC", "FAC"):
            for e in self.store.entities(type=lt, limit=max_places):
                if e.get("lat") is None or e.get("lon") is None:
                    continue
                props = {k: e.get(k) for k in ("key", "type", "name_ar", "name_en", "kb_id", "feature", "country",
                                               "admin1", "n_documents", "n_events")}
                props["kind"] = "place"
                features.append(_point(e["lon"], e["lat"], props))
        return features

    # ----- documents, entities, search --------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.store.stats())
        rows = self.store.query("SELECT MIN(published) AS a, MAX(published) AS b FROM documents")
        out["first_published"], out["last_published"] = (rows[0]["a"], rows[0]["b"]) if rows else (None, None)
        return out

    def documents(self, *, limit: int, offset: int, outlet: str | None = None, date_from: str | None = None,
                  date_to: str | None = None) -> tuple[list[dict[str, Any]], bool]:
        rows = self.store.documents(limit=limit + 1, offset=offset, outlet=outlet, since=date_from, until=date_to)
        keep = ("id", "title", "outlet", "published", "url", "n_events")
        return [{k: r.get(k) for k in keep} for r in rows[:limit]], len(rows) > limit

    def record(self, doc_id: str) -> dict[str, Any] | None:
        row = self.store.document(doc_id)
        return row["record"] if row else None

    def entities(self, *, q: str | None, type: str | None, limit: int, offset: int) -> tuple[list[dict[str, Any]], bool]:
        rows = self.store.entities(q=q or None, type=type or None, limit=limit + 1, offset=offset)
        for r in rows:
            r.pop("norm_name", None)
        return rows[:limit], len(rows) > limit

    def entity(self, key: str) -> dict[str, Any] | None:
        info = self.store.entity_info([key]).get(key)
        if info is None:
            return None
        rows = [r for r in self.store.entities(q=key, limit=50) if r["key"] == key]
        out = {k: info.get(k) for k in ("key", "type", "name_ar", "name_en", "lat", "lon", "feature", "country", "kb_id",
                                        "actor_code", "admin1", "geo_precision")}
        out["n_documents"] = rows[0]["n_documents"] if rows else 0
        out["n_events"] = rows[0]["n_events"] if rows else 0
        return out

    def search(self, q: str, *, limit: int, offset: int) -> tuple[list[dict[str, Any]], bool]:
        rows = self.store.search(q, limit=offset + limit + 1)
        doc_events = {r["id"]: r["n_events"] for r in self.store.query(
            "SELECT id, n_events FROM documents WHERE id IN (" + ", ".join("?" * len(rows)) + ")",
            [r["id"] for r in rows])} if rows else {}
        page = [dict(r, n_events=doc_events.get(r["id"], 0)) for r in rows[offset:offset + limit]]
        return page, len(rows) > offset + limit


def _local(event_id: str | None) -> str | None:
    """``V1`` of a report id ``doc_id/V1``."""
    return event_id.rsplit("/", 1)[-1] if event_id else None


def _point(lon: float, lat: float, props: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": props}


def _conflict(c: dict[str, Any]) -> dict[str, Any]:
    """A merged event's conflict, with one readable English line."""
    kind = str(c.get("kind") or "conflict")
    if kind == "status":
        denied = len(c.get("denied") or [])
        said = sum(len(v) for v in (c.get("reported") or {}).values())
        text = f"{said} report(s) say it happened or is planned; {denied} deny it"
    elif kind == "quantity":
        vals = [f"{v.get('value'):g} ({v.get('outlet') or 'unnamed outlet'})" if isinstance(v.get("value"), (int, float))
                else f"{v.get('text') or '?'} ({v.get('outlet') or 'unnamed outlet'})" for v in c.get("values") or []]
        text = f"counts of {c.get('unit') or 'items'} differ: " + " vs ".join(vals)
    else:
        text = kind
    return {"kind": kind, "text": text, "detail": c}
