"""One record → the rows the store keeps of it, the same for every backend.

Entities are linked across documents by a global key: the ``kb_id`` when the
extractor resolved one, else the entity's group and normalised Arabic name
(folded exactly as matching folds it). Roles in events and posture refer to these
global keys, so a question about a place or actor finds every report of it.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from ..record import Entity, Record
from ..text.normalise import _SUBSTITUTE, ARABIC_DIACRITICS, fold_text
from .dates import grain_of, iso_bounds

__all__ = ["DocumentRows", "to_rows", "entity_key", "entity_rank", "norm_name", "content_hash", "ROLES",
           "ENTITY_COLUMNS", "fold_for_search"]

ROLES = ("actor", "recipient", "location", "origin", "destination")
ENTITY_COLUMNS = ("key", "type", "kb_id", "norm_name", "name_ar", "name_en", "actor_code", "country",
                  "lat", "lon", "feature", "admin1", "geo_precision")
_PUNCT = re.compile(r"[^\w]+", re.UNICODE)


def content_hash(text: str) -> str:
    """Identity of an article's content: same text, same document."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def norm_name(name: str) -> str:
    """Folded, punctuation-free, single-spaced: the name part of a global entity key."""
    return " ".join(_PUNCT.sub(" ", fold_text(name)).split())


# fold_text as one str.translate table: the same single-character folding, far faster on whole articles.
_FOLD = str.maketrans({**_SUBSTITUTE, **{c: None for c in ARABIC_DIACRITICS}})


def fold_for_search(title: str | None, text: str) -> str:
    """What full-text search indexes: title and text folded as matching folds them, lower-cased."""
    return (f"{title}\n{text}" if title else text).translate(_FOLD).lower()


def entity_key(e: Entity) -> str:
    if e.kb_id:
        return e.kb_id
    group = "place" if e.type in ("LOC", "FAC") else e.type.lower()
    name = e.name_ar or (e.mentions[0].text if e.mentions else e.id)
    return f"{group}:{norm_name(name)}"


def entity_rank(row: dict[str, Any]) -> str:
    """Deterministic preference among rows for one global entity: fuller first, then by value.

    Two documents may describe one entity differently; the stored row must not
    depend on which was ingested first, so a new row replaces the stored one only
    when its rank sorts lower.
    """
    fields = ("name_en", "actor_code", "country", "lat", "feature", "admin1", "kb_id")
    missing = sum(1 for f in fields if row.get(f) in (None, ""))
    return f"{missing:02d}|" + json.dumps([row.get(c) for c in ENTITY_COLUMNS], ensure_ascii=False, sort_keys=True)


def _display(e: Entity | None) -> str | None:
    return None if e is None else (e.name_en or e.name_ar)


@dataclass
class DocumentRows:
    """Rows per table for one document; ``entities`` are global rows (upserted, with their ``rank``).

    Workers make these (``to_rows``) so that the single writer only inserts them.
    """

    document: dict[str, Any]
    entities: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    event_entities: list[dict[str, Any]] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    posture: list[dict[str, Any]] = field(default_factory=list)

    # Child tables in the order they are written (and deleted in reverse).
    CHILD_TABLES = ("mentions", "events", "event_entities", "statements", "claims", "posture")


def to_rows(record: Record, *, hash_: str | None = None, source: str | None = None,
            ingested_at: str = "") -> DocumentRows:
    from ..merge import report_interval  # merge reads the store's date helpers: imported late, no cycle

    doc = record.doc
    did = doc.id
    by_id = {e.id: e for e in record.entities}
    keys = {e.id: entity_key(e) for e in record.entities}
    times = {t.id: t for t in record.times}
    quantities = {q.id: q for q in record.quantities}

    rows = DocumentRows(document={
        "id": did, "content_hash": hash_ or content_hash(doc.text), "url": doc.url, "outlet": doc.outlet,
        "title": doc.title, "published": doc.published, "lang": doc.lang, "text": doc.text,
        "folded": fold_for_search(doc.title, doc.text), "record": record.model_dump_json(by_alias=True),
        "source": source, "n_events": len(record.events), "ingested_at": ingested_at,
    })

    seen_keys: set[str] = set()
    for e in record.entities:
        key = keys[e.id]
        if key not in seen_keys:
            seen_keys.add(key)
            g = e.geo
            row = {
                "key": key, "type": e.type, "kb_id": e.kb_id, "norm_name": norm_name(e.name_ar or key),
                "name_ar": e.name_ar, "name_en": e.name_en, "actor_code": e.actor_code, "country": e.country,
                "lat": g.lat if g else None, "lon": g.lon if g else None, "feature": g.feature if g else None,
                "admin1": g.admin1 if g else None, "geo_precision": g.precision if g else None,
            }
            row["rank"] = entity_rank(row)
            rows.entities.append(row)
        rows.mentions.append({
            "doc_id": did, "local_id": e.id, "entity_key": key, "type": e.type, "name_ar": e.name_ar,
            "name_en": e.name_en, "role": e.role, "n": len(e.mentions),
            "spans": json.dumps([m.model_dump() for m in e.mentions], ensure_ascii=False),
        })

    def date_of(time_id: str | None, date: str | None) -> tuple[str | None, str | None, str | None, str | None]:
        t = times.get(time_id) if time_id else None
        value = date or (t.value if t else None)
        grain = (t.grain if t and t.value == value else None) or grain_of(value)
        start, end = iso_bounds(value)
        return value, grain, start, end

    for v in record.events:
        value, grain, start, end = date_of(v.time, v.date)
        q = quantities.get(v.quantity) if v.quantity else None
        roles = {r: list(dict.fromkeys(keys[i] for i in getattr(v, r) if i in keys)) for r in ROLES}
        eid = f"{did}/{v.id}"
        row = {
            "id": eid, "doc_id": did, "local_id": v.id, "type": v.type, "mode": v.mode, "status": v.status,
            "date": value, "grain": grain, "date_start": start, "date_end": end,
            "published": doc.published, "outlet": doc.outlet,
            "quantity": _num(q.value if q else None), "quantity_lower": _num(q.lower if q else None),
            "quantity_upper": _num(q.upper if q else None), "quantity_approx": int(bool(q and q.approx)),
            "quantity_unit": q.unit if q else None, "quantity_text": q.text if q else None,
            "source_key": keys.get(v.source) if v.source else None, "source_name": _display(by_id.get(v.source or "")),
            "via_key": keys.get(v.via) if v.via else None, "via_name": _display(by_id.get(v.via or "")),
            "trigger_text": v.trigger.text, "sentence": v.sentence.text, "confidence": v.confidence,
            "summary_en": v.summary_en, "roles": json.dumps(roles, ensure_ascii=False),
        }
        iv = report_interval(row)  # the days merging compares it on (indexed: incremental merging)
        row["merge_lo"], row["merge_hi"] = (iv[0].isoformat(), iv[1].isoformat()) if iv else (None, None)
        rows.events.append(row)
        for role, ks in roles.items():
            rows.event_entities += [{"event_id": eid, "role": role, "entity_key": k} for k in ks]

    for s in record.statements:
        value, grain, start, end = date_of(s.time, None)
        rows.statements.append({
            "id": f"{did}/{s.id}", "doc_id": did, "local_id": s.id,
            "speaker_key": keys.get(s.speaker) if s.speaker else None, "speaker_name": _display(by_id.get(s.speaker or "")),
            "speaker_text": s.speaker_text.text if s.speaker_text else None,
            "via_key": keys.get(s.via) if s.via else None, "via_name": _display(by_id.get(s.via or "")),
            "cue": s.cue.text, "content": s.content.text if s.content else None, "direct": int(s.direct),
            "date": value or doc.published, "published": doc.published, "outlet": doc.outlet,
        })

    for c in record.claims:
        rows.claims.append({
            "id": f"{did}/{c.id}", "doc_id": did, "local_id": c.id, "holder": c.holder.text,
            "holder_kind": c.holder_kind, "content": c.content.text if c.content else None,
        })

    for p in record.posture:
        value, grain, start, end = date_of(p.time, p.date)
        q = quantities.get(p.quantity) if p.quantity else None
        rows.posture.append({
            "id": f"{did}/{p.id}", "doc_id": did, "local_id": p.id,
            "actor_key": keys.get(p.actor) if p.actor else None, "actor_name": _display(by_id.get(p.actor or "")),
            "location_key": keys.get(p.location) if p.location else None,
            "location_name": _display(by_id.get(p.location or "")),
            "quantity": _num(q.value if q else None), "quantity_lower": _num(q.lower if q else None),
            "quantity_upper": _num(q.upper if q else None), "quantity_approx": int(bool(q and q.approx)),
            "quantity_unit": q.unit if q else None, "quantity_text": q.text if q else None,
            "date": value or doc.published, "grain": grain or grain_of(doc.published),
            "date_start": start or doc.published, "date_end": end or doc.published,
            "status": p.status, "published": doc.published, "outlet": doc.outlet,
        })
    return rows


def _num(x: float | int | None) -> float | None:
    return None if x is None else float(x)
