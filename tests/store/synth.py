"""Synthetic records for store, merge and export tests.

Extraction quality is not what these tests measure, so they build records by
hand: the text is written first, and every span is found in it, so each record
passes ``Record``'s span check like a real one.
"""

from __future__ import annotations

from typing import Any

from marsad.record import Record

__all__ = ["make_record", "PLACES", "ACTORS"]

# A few real-world entities as the extractor would resolve them.
PLACES: dict[str, dict[str, Any]] = {
    "عين الأسد": {"type": "FAC", "name_ar": "قاعدة عين الأسد", "name_en": "Ain al-Asad Air Base", "kb_id": "marsad:base:ain-al-asad",
                  "country": "IQ", "geo": {"lat": 33.8, "lon": 42.44, "feature": "base", "admin1": "Anbar", "precision": "exact"}},
    "حرير": {"type": "FAC", "name_ar": "قاعدة حرير الجوية", "name_en": "Harir Air Base", "kb_id": "marsad:base:harir",
             "country": "IQ", "geo": {"lat": 36.54, "lon": 44.35, "feature": "base", "admin1": "Erbil", "precision": "exact"}},
    "العراق": {"type": "LOC", "name_ar": "العراق", "name_en": "Iraq", "kb_id": "geonames:99237", "country": "IQ",
               "geo": {"lat": 33.0, "lon": 44.0, "feature": "country", "admin1": None, "precision": "country"}},
    "سوريا": {"type": "LOC", "name_ar": "سوريا", "name_en": "Syria", "kb_id": "geonames:163843", "country": "SY",
              "geo": {"lat": 35.0, "lon": 38.0, "feature": "country", "admin1": None, "precision": "country"}},
    "التنف": {"type": "FAC", "name_ar": "قاعدة التنف", "name_en": "Al-Tanf Garrison", "kb_id": "marsad:base:tanf", "country": "SY",
              "geo": {"lat": 33.5, "lon": 38.66, "feature": "base", "admin1": "Homs", "precision": "exact"}},
    "أربيل": {"type": "LOC", "name_ar": "أربيل", "name_en": "Erbil", "kb_id": "geonames:95446", "country": "IQ",
              "geo": {"lat": 36.19, "lon": 44.01, "feature": "city", "admin1": "Erbil", "precision": "town"}},
}
ACTORS: dict[str, dict[str, Any]] = {
    "القوات الأميركية": {"type": "ORG", "name_ar": "القوات الأميركية", "name_en": "US forces", "kb_id": "marsad:actor:usa-mil",
                          "actor_code": "USAMIL", "country": "US"},
    "واشنطن": {"type": "LOC", "name_ar": "واشنطن", "name_en": "Washington", "kb_id": "geonames:4140963", "country": "US",
               "geo": {"lat": 38.9, "lon": -77.04, "feature": "city", "admin1": "DC", "precision": "town"}},
    "الجيش التركي": {"type": "ORG", "name_ar": "الجيش التركي", "name_en": "Turkish army", "kb_id": "marsad:actor:tur-mil",
                     "actor_code": "TURMIL", "country": "TR"},
    "حزب العمال الكردستاني": {"type": "ORG", "name_ar": "حزب العمال الكردستاني", "name_en": "PKK", "kb_id": "marsad:actor:pkk",
                              "actor_code": "TURREBPKK", "country": "TR"},
    "السفارة الأميركية": {"type": "ORG", "name_ar": "السفارة الأميركية", "name_en": "US Embassy", "kb_id": None,
                          "actor_code": "USAGOV", "country": "US"},
    "روداو": {"type": "ORG", "name_ar": "روداو", "name_en": "Rudaw", "kb_id": "marsad:outlet:rudaw", "country": "IQ"},
}


def make_record(text: str, *, id: str, published: str | None = None, outlet: str | None = None,
                title: str | None = None, url: str | None = None, events: list[dict[str, Any]] = (), posture: list[dict[str, Any]] = (),
                statements: list[dict[str, Any]] = (), claims: list[str] = ()) -> Record:
    """A valid record of ``text``: entities are every known name found in it; roles name them by surface."""
    entities, ids = [], {}
    for surface, info in {**PLACES, **ACTORS}.items():
        at = text.find(surface)
        if at < 0:
            continue
        eid = f"E{len(entities) + 1}"
        ids[surface] = eid
        entities.append({**info, "id": eid, "mentions": [{"start": at, "end": at + len(surface), "text": surface}]})

    def span(s: str) -> dict[str, Any]:
        at = text.find(s)
        assert at >= 0, f"{s!r} not in text"
        return {"start": at, "end": at + len(s), "text": s}

    quantities, times, evs, posts, stmts = [], [], [], [], []
    whole = {"start": 0, "end": len(text), "text": text}

    def quantity(q: dict[str, Any] | None) -> str | None:
        if not q:
            return None
        qid = f"Q{len(quantities) + 1}"
        quantities.append({"id": qid, **span(q["text"]), "value": q.get("value"), "approx": q.get("approx", False),
                           "lower": q.get("lower"), "upper": q.get("upper"), "unit": q.get("unit", "troops")})
        return qid

    for i, ev in enumerate(events, 1):
        evs.append({
            "id": f"V{i}", "type": ev["type"], "mode": ev.get("mode"), "trigger": span(ev["trigger"]), "sentence": whole,
            **{r: [ids[n] for n in ev.get(r, ())] for r in ("actor", "recipient", "location", "origin", "destination")},
            "date": ev.get("date"), "status": ev.get("status", "occurred"), "quantity": quantity(ev.get("quantity")),
            "source": ids.get(ev["source"]) if ev.get("source") else None,
            "via": ids.get(ev["via"]) if ev.get("via") else None,
            "confidence": ev.get("confidence", 0.8), "summary_en": ev.get("summary_en", f"{ev['type']} {ev.get('date')}"),
        })
    for i, p in enumerate(posture, 1):
        posts.append({"id": f"P{i}", "actor": ids.get(p["actor"]), "location": ids.get(p["location"]),
                      "quantity": quantity(p["quantity"]), "date": p.get("date", published),
                      "status": p.get("status", "current")})
    for i, s in enumerate(statements, 1):
        stmts.append({"id": f"S{i}", "speaker": ids.get(s["speaker"]), "speaker_text": span(s["speaker"]),
                      "via": ids.get(s["via"]) if s.get("via") else None, "cue": span(s["cue"]),
                      "content": span(s["content"]) if s.get("content") else None, "direct": s.get("direct", False)})
    cls = [{"id": f"C{i}", "holder": span(h), "holder_kind": "observers"} for i, h in enumerate(claims, 1)]
    return Record.model_validate({
        "schema": "marsad.document/1",
        "doc": {"id": id, "url": url, "outlet": outlet, "title": title, "published": published, "lang": "ar", "text": text},
        "entities": entities, "times": times, "quantities": quantities, "events": evs,
        "statements": stmts, "claims": cls, "posture": posts,
    })


_TRIGGERS = (("انسحاب", "RETREAT", "withdraw", "origin"), ("وصول", "MOBILIZE", "troops", "destination"),
             ("هجوم", "ASSAULT", None, "location"))


def synthetic_extract(text: str, published: str | None = None, id: str | None = None, title: str | None = None,
                      outlet: str | None = None, url: str | None = None) -> Record:
    """A stand-in extractor with the same call signature as ``marsad.extract``.

    Rules simple enough to predict: each trigger word makes one event whose actor
    is the first known actor and whose place is the first known place; "نفت" makes
    it negated and "ستبدأ" planned; "N جندي" is its troop count and a posture figure.
    """
    import hashlib
    import re

    from marsad.text.clean import clean_input

    from marsad.errors import EmptyInput

    text = clean_input(text)
    if not text.strip():
        raise EmptyInput("input has no text")
    doc_id = id or hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    actors = sorted((text.find(a), a) for a in ACTORS if a in text)
    places = sorted((text.find(p), p) for p in PLACES if p in text)
    m = re.search(r"\d+ جندي", text)
    q = {"text": m.group(0), "value": int(m.group(0).split()[0])} if m else None
    status = "negated" if "نفت" in text else "planned" if "ستبدأ" in text else "occurred"
    events = []
    for word, type_, mode, role in _TRIGGERS:
        if word in text:
            ev = {"type": type_, "mode": mode, "trigger": word, "status": status, "date": published,
                  "summary_en": f"{type_} reported {published}", "quantity": q}
            if actors:
                ev["actor"] = [actors[0][1]]
            if places:
                ev[role] = [places[0][1]]
            events.append(ev)
    posture = []
    if q and actors and places and status != "negated":
        posture.append({"actor": actors[0][1], "location": places[-1][1], "quantity": q})
    return make_record(text, id=doc_id, published=published, outlet=outlet, title=title, url=url, events=events,
                       posture=posture)
