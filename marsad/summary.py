"""English renderings: one ``summary_en`` line per event, and a readable text summary of a record."""

from __future__ import annotations

from .doc import Doc
from .pipeline import Process
from .record import Entity, Event, Record

__all__ = ["make_component", "event_summary", "render_text"]

_VERBS = {
    ("RETREAT", "withdraw"): "withdraw", ("RETREAT", None): "pull back", ("MOBILIZE", "troops"): "move troops",
    ("MOBILIZE", None): "mobilize", ("AGREE", None): "agree", ("CONSULT", None): "hold talks",
    ("REQUEST", None): "demand", ("REQUEST", "yield"): "demand withdrawal", ("ASSAULT", None): "attack",
    ("PROTEST", None): "protest", ("ACCUSE", None): "accuse", ("REJECT", None): "reject",
    ("THREATEN", None): "threaten", ("SANCTION", None): "sanction", ("COERCE", None): "coerce",
    ("SUPPORT", None): "support", ("CONCEDE", None): "concede", ("COOPERATE", None): "cooperate",
    ("AID", None): "give aid",
}
_STATUS = {"occurred": "", "ongoing": "under way", "planned": "planned", "negated": "denied", "hypothetical": "possible"}


def _names(ids: list[str], by_id: dict[str, Entity]) -> str:
    names = [(by_id[i].name_en or by_id[i].name_ar) for i in ids if i in by_id]
    return " and ".join(dict.fromkeys(names))


def event_summary(ev: Event, by_id: dict[str, Entity], quantity_text: str | None = None, published: str | None = None) -> str:
    """One English line: actor, action, recipient, from/to/at, status, date."""
    verb = _VERBS.get((ev.type, ev.mode)) or _VERBS.get((ev.type, None), ev.type.lower())
    parts = [_names(ev.actor, by_id) or "Someone"]
    if quantity_text:
        parts[0] += f" ({quantity_text})"
    parts.append(verb)
    if ev.recipient:
        parts.append(("against " if ev.type in ("ASSAULT", "ACCUSE", "THREATEN", "SANCTION", "COERCE") else "with ")
                     + _names(ev.recipient, by_id))
    if ev.origin:
        parts.append("from " + _names(ev.origin, by_id))
    if ev.destination:
        parts.append("to " + _names(ev.destination, by_id))
    if ev.location:
        parts.append("at " + _names(ev.location, by_id))
    line = " ".join(p for p in parts if p)
    tail = [t for t in (_STATUS.get(ev.status, ev.status), ev.date and f"dated {ev.date}") if t]
    if published:
        tail.append(f"reported {published}")
    if ev.source and ev.source in by_id:
        tail.append("according to " + (by_id[ev.source].name_en or by_id[ev.source].name_ar))
    return line + (" — " + ", ".join(tail) if tail else "")


def make_component() -> Process:
    def run(doc: Doc) -> Doc:
        by_id = {e.id: e for e in doc.entities}
        qs = {q.id: q for q in doc.quantities}
        for ev in doc.events:
            if not ev.summary_en:
                q = qs.get(ev.quantity) if ev.quantity else None
                qt = None
                if q is not None and q.value is not None:
                    qt = ("c. " if q.approx else "") + f"{q.value:,} {q.unit}"
                ev.summary_en = event_summary(ev, by_id, qt, doc.published_iso)
        return doc

    return run


def render_text(rec: Record) -> str:
    """A readable summary of a record: Arabic as written, English glosses beside it."""
    by_id = {e.id: e for e in rec.entities}
    qs = {q.id: q for q in rec.quantities}
    lines = [f"Document {rec.doc.id}  published {rec.doc.published or 'unknown'}  outlet {rec.doc.outlet or '-'}"]
    lines.append(f"\nEntities ({len(rec.entities)})")
    for e in rec.entities:
        extra = []
        if e.kb_id:
            extra.append(e.kb_id)
        if e.actor_code:
            extra.append(e.actor_code)
        if e.country:
            extra.append(e.country)
        if e.role:
            extra.append(f"role: {e.role}")
        if e.geo:
            extra.append(f"{e.geo.lat:.2f},{e.geo.lon:.2f} {e.geo.feature}")
        lines.append(f"  {e.id:<4} {e.type:<3} {e.name_ar} — {e.name_en or '?'}  [{'; '.join(extra)}]  ×{len(e.mentions)}")
    lines.append(f"\nTimes ({len(rec.times)})")
    for t in rec.times:
        lines.append(f"  {t.id:<4} {t.text} → {t.value} ({t.grain}{', relative' if t.relative else ''}{', hijri' if t.calendar == 'hijri' else ''})")
    lines.append(f"\nQuantities ({len(rec.quantities)})")
    for q in rec.quantities:
        v = q.value if q.value is not None else f"{q.lower}–{q.upper}"
        lines.append(f"  {q.id:<4} {q.text} → {v} {q.unit}{' (approx.)' if q.approx else ''}")
    lines.append(f"\nEvents ({len(rec.events)})")
    for v in rec.events:
        lines.append(f"  {v.id:<4} {v.type}{'/' + v.mode if v.mode else ''} [{v.status}] «{v.trigger.text}»  {v.date or ''}")
        lines.append(f"       {v.summary_en}")
    lines.append(f"\nStatements ({len(rec.statements)})")
    for s in rec.statements:
        who = by_id[s.speaker].name_en if s.speaker in by_id else (s.speaker_text.text if s.speaker_text else "?")
        via = f" via {by_id[s.via].name_en or by_id[s.via].name_ar}" if s.via in by_id else ""
        content = (s.content.text[:90] + "…") if s.content and len(s.content.text) > 90 else (s.content.text if s.content else "")
        lines.append(f"  {s.id:<4} {who}{via} «{s.cue.text}»{' (direct)' if s.direct else ''}: {content}")
    lines.append(f"\nClaims ({len(rec.claims)})")
    for c in rec.claims:
        lines.append(f"  {c.id:<4} {c.holder.text} ({c.holder_kind})")
    lines.append(f"\nPosture ({len(rec.posture)})")
    for p in rec.posture:
        a = by_id.get(p.actor or "")
        loc = by_id.get(p.location or "")
        q = qs.get(p.quantity or "")
        lines.append(f"  {p.id:<4} {(a.name_en or a.name_ar) if a else '?'} at {(loc.name_en or loc.name_ar) if loc else '?'}: "
                     f"{q.text if q else '?'} [{p.status}] {p.date or ''}")
    return "\n".join(lines)
