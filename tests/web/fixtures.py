"""Records for the web tests, built by hand so that the page's behaviour is tested
whatever the extractor finds today.

Each article's text is written first and every span is found in it (``Record``
checks that each span's text equals ``doc.text[start:end]``). One article carries
markup and script in its text, title and names: the page must show it as text.
"""

from __future__ import annotations

from typing import Any

from marsad.record import Record

__all__ = ["ENTITIES", "build", "web_records", "XSS_DOC", "MARKERS"]

ENTITIES: dict[str, dict[str, Any]] = {
    "القوات الأميركية": {"type": "ORG", "name_ar": "القوات الأميركية", "name_en": "US forces", "kb_id": "marsad:actor:usa-mil",
                          "actor_code": "USAMIL", "country": "US"},
    "قاعدة عين الأسد": {"type": "FAC", "name_ar": "قاعدة عين الأسد", "name_en": "Ain al-Asad Air Base",
                        "kb_id": "marsad:base:ain-al-asad", "country": "IQ",
                        "geo": {"lat": 33.8, "lon": 42.44, "feature": "base", "admin1": "Anbar", "precision": "exact"}},
    "قاعدة حرير الجوية": {"type": "FAC", "name_ar": "قاعدة حرير الجوية", "name_en": "Harir Air Base", "kb_id": "marsad:base:harir",
                          "country": "IQ",
                          "geo": {"lat": 36.54, "lon": 44.35, "feature": "base", "admin1": "Erbil", "precision": "exact"}},
    "العراق": {"type": "LOC", "name_ar": "العراق", "name_en": "Iraq", "kb_id": "geonames:99237", "country": "IQ",
               "geo": {"lat": 33.0, "lon": 44.0, "feature": "country", "admin1": None, "precision": "country"}},
    "الولايات المتحدة": {"type": "LOC", "name_ar": "الولايات المتحدة", "name_en": "United States", "kb_id": "geonames:6252001",
                         "country": "US",
                         "geo": {"lat": 39.76, "lon": -98.5, "feature": "country", "admin1": None, "precision": "country"}},
    "روداو": {"type": "ORG", "name_ar": "شبكة روداو", "name_en": "Rudaw", "kb_id": "marsad:outlet:rudaw", "country": "IQ"},
    "السفارة الأميركية": {"type": "ORG", "name_ar": "السفارة الأميركية في بغداد", "name_en": "US Embassy in Baghdad",
                          "kb_id": "marsad:actor:us-embassy-baghdad", "actor_code": "USAGOV", "country": "US"},
    "حسين علاوي": {"type": "PER", "name_ar": "حسين علاوي", "name_en": "Hussein Allawi", "kb_id": None, "country": "IQ",
                   "role": "مستشار رئيس الوزراء"},
}

MARKERS = ("__xss1", "__xss2", "__xss3", "__xss4", "__xss5", "__xss6")  # set on window only if markup ran
XSS_DOC = "xss-doc"


def build(doc_id: str, text: str, *, published: str, outlet: str | None = None, title: str | None = None,
          names: dict[str, dict[str, Any]] | None = None, times: list[dict[str, Any]] = (),
          quantities: list[dict[str, Any]] = (), events: list[dict[str, Any]] = (),
          statements: list[dict[str, Any]] = (), claims: list[dict[str, Any]] = (),
          posture: list[dict[str, Any]] = ()) -> Record:
    """A valid record of ``text``; roles, times and quantities name things by their surface text."""
    table = dict(ENTITIES, **(names or {}))

    def span(s: str) -> dict[str, Any]:
        at = text.find(s)
        assert at >= 0, f"{s!r} not in {doc_id}"
        return {"start": at, "end": at + len(s), "text": s}

    def sentence(s: str) -> dict[str, Any]:
        at = text.find(s)
        a = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
        while a < at and text[a] == " ":
            a += 1
        b = text.find(".", at)
        b = len(text) if b < 0 else b + 1
        return {"start": a, "end": b, "text": text[a:b]}

    entities, eid = [], {}
    for surface, info in table.items():
        at = text.find(surface)
        if at < 0:
            continue
        eid[surface] = f"E{len(entities) + 1}"
        mentions, pos = [], at
        while pos >= 0:
            mentions.append({"start": pos, "end": pos + len(surface), "text": surface})
            pos = text.find(surface, pos + len(surface))
        entities.append({**info, "id": eid[surface], "mentions": mentions})
    tid = {t["text"]: f"T{i}" for i, t in enumerate(times, 1)}
    qid = {q["text"]: f"Q{i}" for i, q in enumerate(quantities, 1)}
    ref = lambda s: eid[s] if s else None  # noqa: E731
    rec = {
        "schema": "marsad.document/1",
        "doc": {"id": doc_id, "url": None, "outlet": outlet, "title": title, "published": published, "lang": "ar", "text": text},
        "entities": entities,
        "times": [{"id": tid[t["text"]], **span(t["text"]), "value": t["value"], "grain": t.get("grain", "day"),
                   "relative": t.get("relative", False), "calendar": "gregorian"} for t in times],
        "quantities": [{"id": qid[q["text"]], **span(q["text"]), "value": q.get("value"), "approx": q.get("approx", False),
                        "lower": q.get("lower"), "upper": q.get("upper"), "unit": q.get("unit", "troops"),
                        "entity": ref(q.get("entity"))} for q in quantities],
        "events": [{
            "id": f"V{i}", "type": v["type"], "mode": v.get("mode"), "trigger": span(v["trigger"]),
            "sentence": sentence(v["trigger"]),
            **{r: [eid[n] for n in v.get(r, ())] for r in ("actor", "recipient", "location", "origin", "destination")},
            "time": tid.get(v.get("time", "")), "date": v.get("date"), "status": v.get("status", "occurred"),
            "quantity": qid.get(v.get("quantity", "")), "source": ref(v.get("source")), "via": ref(v.get("via")),
            "confidence": 0.8, "summary_en": v.get("summary_en", ""),
        } for i, v in enumerate(events, 1)],
        "statements": [{"id": f"S{i}", "speaker": ref(s.get("speaker")), "speaker_text": span(s["speaker_text"]),
                        "via": ref(s.get("via")), "cue": span(s["cue"]), "content": span(s["content"]),
                        "direct": s.get("direct", False), "time": tid.get(s.get("time", ""))}
                       for i, s in enumerate(statements, 1)],
        "claims": [{"id": f"C{i}", "holder": span(c["holder"]), "holder_kind": c["kind"], "content": span(c["content"])}
                   for i, c in enumerate(claims, 1)],
        "posture": [{"id": f"P{i}", "actor": ref(p["actor"]), "location": ref(p["location"]), "quantity": qid[p["quantity"]],
                     "time": None, "date": p["date"], "status": p.get("status", "current")} for i, p in enumerate(posture, 1)],
    }
    return Record.model_validate(rec)


def web_records() -> list[Record]:
    """Four connected reports (a withdrawal, a denial, an agreement) and one hostile article."""
    t1 = ("بدأت القوات الأميركية أمس الاثنين الانسحاب من قاعدة عين الأسد، ونقلت نحو 2500 جندي إلى قاعدة حرير الجوية، "
          "بحسب ما نقلت روداو عن السفارة الأميركية.\n"
          "وقال حسين علاوي إن \"الانسحاب يجري وفق الجدول\". ويبقى في العراق نحو 2500 جندي.\n"
          "ويرى بعض المراقبين أن الخطوة رمزية.")
    r1 = build("w-1", t1, published="2025-08-19", outlet="روداو", title="بدء الانسحاب الأميركي من عين الأسد",
               times=[{"text": "أمس الاثنين", "value": "2025-08-18", "relative": True}],
               quantities=[{"text": "نحو 2500 جندي", "value": 2500, "approx": True, "entity": "القوات الأميركية"}],
               events=[
                   {"type": "RETREAT", "mode": "withdraw", "trigger": "الانسحاب", "actor": ["القوات الأميركية"],
                    "origin": ["قاعدة عين الأسد"], "time": "أمس الاثنين", "date": "2025-08-18", "status": "ongoing",
                    "source": "السفارة الأميركية", "via": "روداو",
                    "summary_en": "US forces begin withdrawing from Ain al-Asad Air Base — ongoing, 2025-08-18"},
                   {"type": "MOBILIZE", "mode": "troops", "trigger": "ونقلت", "actor": ["القوات الأميركية"],
                    "destination": ["قاعدة حرير الجوية"], "date": "2025-08-18", "status": "ongoing",
                    "quantity": "نحو 2500 جندي",
                    "summary_en": "US forces (c. 2,500) move to Harir Air Base — ongoing, 2025-08-18"},
               ],
               statements=[{"speaker": "حسين علاوي", "speaker_text": "حسين علاوي", "cue": "وقال",
                            "content": "الانسحاب يجري وفق الجدول", "direct": True}],
               claims=[{"holder": "بعض المراقبين", "kind": "observers", "content": "الخطوة رمزية"}],
               posture=[{"actor": "القوات الأميركية", "location": "العراق", "quantity": "نحو 2500 جندي", "date": "2025-08-19"}])
    t2 = "نفى مسؤول عراقي انسحاب القوات الأميركية من قاعدة عين الأسد، وقال إن قرابة 2000 جندي ما زالوا في العراق."
    r2 = build("w-2", t2, published="2025-08-20", outlet="الشرق", title="نفي عراقي للانسحاب",
               quantities=[{"text": "قرابة 2000 جندي", "value": 2000, "approx": True}],
               events=[{"type": "RETREAT", "mode": "withdraw", "trigger": "انسحاب", "actor": ["القوات الأميركية"],
                        "origin": ["قاعدة عين الأسد"], "date": "2025-08-18", "status": "negated",
                        "summary_en": "US forces withdraw from Ain al-Asad Air Base — denied, 2025-08-18"}],
               posture=[{"actor": "القوات الأميركية", "location": "العراق", "quantity": "قرابة 2000 جندي", "date": "2025-08-20"}])
    t3 = ("وقّع العراق والولايات المتحدة في أيلول 2024 اتفاقاً لإنهاء مهمة التحالف. "
          "ومن المقرر أن تنسحب القوات الأميركية من العراق بحلول أيلول 2026، وأن يبقى نحو 1500 جندي حتى ذلك الحين.")
    r3 = build("w-3", t3, published="2025-09-02", outlet="وكالة الأنباء", title="اتفاق إنهاء مهمة التحالف",
               times=[{"text": "أيلول 2024", "value": "2024-09", "grain": "month"},
                      {"text": "أيلول 2026", "value": "2026-09", "grain": "month"}],
               quantities=[{"text": "نحو 1500 جندي", "value": 1500, "approx": True}],
               events=[{"type": "AGREE", "trigger": "اتفاقاً", "actor": ["العراق", "الولايات المتحدة"], "time": "أيلول 2024",
                        "date": "2024-09", "status": "occurred",
                        "summary_en": "Iraq and the United States agree to end the coalition mission — 2024-09"},
                       {"type": "RETREAT", "mode": "withdraw", "trigger": "تنسحب", "actor": ["القوات الأميركية"],
                        "origin": ["العراق"], "time": "أيلول 2026", "date": "2026-09", "status": "planned",
                        "summary_en": "US forces to withdraw from Iraq by 2026-09 — planned"}],
               posture=[{"actor": "القوات الأميركية", "location": "العراق", "quantity": "نحو 1500 جندي", "date": "2025-09-02",
                         "status": "planned"}])
    hostile_name = '<svg onload="window.__xss3=1">'
    t4 = (f"قال مصدر <script>window.__xss1=1</script> إن <img src=x onerror=\"window.__xss2=1\"> "
          f"{hostile_name} انسحب من قاعدة عين الأسد يوم 2025-08-21.")
    r4 = build(XSS_DOC, t4, published="2025-08-22", outlet='<b onmouseover="window.__xss4=1">منفذ</b>',
               title='<img src=x onerror="window.__xss5=1">عنوان خبيث',
               names={hostile_name: {"type": "ORG", "name_ar": hostile_name, "name_en": '"><script>window.__xss6=1</script>',
                                     "kb_id": None}},
               times=[{"text": "2025-08-21", "value": "2025-08-21"}],
               events=[{"type": "RETREAT", "mode": "withdraw", "trigger": "انسحب", "actor": [hostile_name],
                        "origin": ["قاعدة عين الأسد"], "time": "2025-08-21", "date": "2025-08-21", "status": "occurred",
                        "summary_en": '<img src=x onerror="window.__xss5=1"> withdraws'}])
    return [r1, r2, r3, r4]
