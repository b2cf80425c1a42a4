"""English renderings: one ``summary_en`` line per event, and a readable text summary of a record."""

from __future__ import annotations

from functools import lru_cache

from .doc import Doc
from .pipeline import Process
from .record import Entity, Event, Quantity, Record

__all__ = ["make_component", "event_summary", "render_text"]

# (type, mode) → (past, -ing, base) of the English verb phrase; mode None is the type's default.
_VERBS: dict[tuple[str, str | None], tuple[str, str, str]] = {
    ("RETREAT", "withdraw"): ("withdrew", "withdrawing", "withdraw"),
    ("RETREAT", "release"): ("released", "releasing", "release"),
    ("RETREAT", "disarm"): ("gave up weapons", "giving up weapons", "give up weapons"),
    ("RETREAT", "resign"): ("resigned", "resigning", "resign"),
    ("RETREAT", None): ("pulled back", "pulling back", "pull back"),
    ("MOBILIZE", "weapons"): ("moved weapons and equipment", "moving weapons and equipment", "move weapons and equipment"),
    ("MOBILIZE", None): ("deployed forces", "deploying forces", "deploy forces"),
    ("AGREE", None): ("reached an agreement", "agreeing", "reach an agreement"),
    ("CONSULT", "visit"): ("visited", "visiting", "visit"),
    ("CONSULT", "phone"): ("spoke by phone", "speaking by phone", "speak by phone"),
    ("CONSULT", None): ("held talks", "holding talks", "hold talks"),
    ("REQUEST", "yield"): ("demanded a withdrawal or concession", "demanding a withdrawal or concession",
                           "demand a withdrawal or concession"),
    ("REQUEST", "assist"): ("asked for help", "asking for help", "ask for help"),
    ("REQUEST", None): ("made a demand", "demanding", "make a demand"),
    ("ASSAULT", None): ("attacked", "attacking", "attack"),
    ("PROTEST", "strike"): ("went on strike", "striking", "go on strike"),
    ("PROTEST", "boycott"): ("boycotted", "boycotting", "boycott"),
    ("PROTEST", None): ("protested", "protesting", "protest"),
    ("ACCUSE", "disapprove"): ("condemned", "condemning", "condemn"),
    ("ACCUSE", None): ("accused", "accusing", "accuse"),
    ("REJECT", None): ("rejected", "rejecting", "reject"),
    ("THREATEN", None): ("threatened", "threatening", "threaten"),
    ("SANCTION", None): ("imposed sanctions", "imposing sanctions", "impose sanctions"),
    ("COERCE", "arrest"): ("arrested", "arresting", "arrest"),
    ("COERCE", "seize"): ("raided", "raiding", "raid"),
    ("COERCE", None): ("coerced", "coercing", "coerce"),
    ("SUPPORT", None): ("backed", "backing", "back"),
    ("CONCEDE", None): ("conceded", "conceding", "concede"),
    ("COOPERATE", None): ("cooperated", "cooperating", "cooperate"),
    ("AID", None): ("gave aid", "giving aid", "give aid"),
}
_ASSAULT_MODES = {
    "aerial": "air strike", "drone": "drone strike", "heavy-weapons": "rocket or shelling attack",
    "explosives": "bombing", "suicide-attack": "suicide attack", "firearms": "shooting", "targeted": "assassination",
    "abduct": "abduction", "beat": "beating", "sexual": "sexual assault", "primitive": "attack with fire, stones or blades",
    "unconventional": "chemical or other unconventional attack",
}
_MOVES = {"RETREAT", "MOBILIZE"}


@lru_cache(maxsize=256)
def _country_name(code: str) -> str:
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=code)
        if c is not None:
            return str(getattr(c, "common_name", None) or c.name)
    except ImportError:  # pycountry is optional here: fall back to the code
        pass
    return code


def _name(e: Entity) -> str:
    return e.name_en or e.name_ar


def _names(ids: list[str], by_id: dict[str, Entity]) -> str:
    names = list(dict.fromkeys(_name(by_id[i]) for i in ids if i in by_id))
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _place(ids: list[str], by_id: dict[str, Entity]) -> str:
    """"Ain al-Asad Air Base, Anbar, Iraq": a place with its province and country."""
    out = []
    for i in dict.fromkeys(ids):
        e = by_id.get(i)
        if e is None:
            continue
        parts = [_name(e)]
        if e.geo is not None and e.geo.feature not in ("country", "province", "region"):
            if e.geo.admin1 and e.geo.admin1 not in parts[0]:
                parts.append(e.geo.admin1)
        if e.country and (e.geo is None or e.geo.feature != "country"):
            cn = _country_name(e.country)
            if cn not in parts[0]:
                parts.append(cn)
        out.append(", ".join(parts))
    return " and ".join(out)


def _verb(ev: Event) -> str:
    past, ing, base = _VERBS.get((ev.type, ev.mode)) or _VERBS.get((ev.type, None)) or (
        ev.type.lower(), ev.type.lower(), ev.type.lower())
    if ev.type == "ASSAULT" and ev.mode in _ASSAULT_MODES:
        noun = _ASSAULT_MODES[ev.mode]
        art = "an" if noun[0] in "aeiou" else "a"
        past, ing, base = f"carried out {art} {noun}", f"carrying out {art} {noun}", f"carry out {art} {noun}"
    if ev.type == "RETREAT" and ev.mode == "withdraw" and ev.recipient:
        past, ing, base = "handed over", "handing over", "hand over"
    return {
        "occurred": past,
        "ongoing": ("begin " + ing) if ev.type in _MOVES else ing,
        "planned": "to " + base,
        "negated": "did not " + base,
        "hypothetical": "may " + base,
    }.get(ev.status, past)


def event_summary(ev: Event, by_id: dict[str, Entity], quantity_text: str | None = None,
                  published: str | None = None, via: str | None = None, quantity_unit: str | None = None) -> str:
    """One English line: actor (count), action, target, from/to/at, then status, date and source.

    "US forces (c. 2,500) begin withdrawing from Ain al-Asad Air Base, Anbar, Iraq — ongoing,
    reported 2025-08-19"
    """
    subject = _names(ev.actor, by_id) or ("Unnamed attackers" if ev.type == "ASSAULT" else "Unnamed party")
    if quantity_text and ev.type in _MOVES:
        subject += f" ({quantity_text})"
    parts = [subject, _verb(ev)]
    handover = ev.type == "RETREAT" and ev.mode == "withdraw" and bool(ev.recipient)
    if handover and ev.origin:
        parts.append(_place(ev.origin, by_id))
    if ev.recipient:
        prep = {"ASSAULT": "on", "ACCUSE": "", "THREATEN": "", "SANCTION": "on", "COERCE": "", "REQUEST": "of",
                "CONSULT": "with", "AGREE": "with", "RETREAT": "to", "PROTEST": "against"}.get(ev.type, "with")
        if (ev.type == "CONSULT" and ev.mode == "visit") or (ev.type == "ASSAULT" and ev.mode not in _ASSAULT_MODES):
            prep = ""
        parts.append((prep + " " if prep else "") + _names(ev.recipient, by_id))
    if ev.origin and not handover:
        parts.append("from " + _place(ev.origin, by_id))
    if ev.destination:
        parts.append("to " + _place(ev.destination, by_id))
    loc = [i for i in ev.location if i not in ev.origin and i not in ev.destination]
    if loc:
        parts.append("in " + _place(loc, by_id))
    if quantity_text and ev.type not in _MOVES:
        parts.append(f"({quantity_text} {quantity_unit or 'people'})")
    line = " ".join(p for p in parts if p)
    status = ev.status
    tail = [status]
    if ev.date and status == "planned":
        tail[0] = f"planned for {ev.date}"
    elif ev.date and ev.date == published and status in ("ongoing", "occurred"):
        tail.append(f"reported {published}")
    elif ev.date:
        tail.append(ev.date)
    elif published:
        tail.append(f"reported {published}")
    if ev.source and ev.source in by_id:
        src = "according to " + _name(by_id[ev.source])
        if via:
            src += f" (via {via})"
        tail.append(src)
    return line + " — " + ", ".join(tail)


def _quantity_text(q: Quantity) -> str | None:
    if q.value is None:
        return None
    v = int(q.value) if float(q.value).is_integer() else q.value
    return ("c. " if q.approx else "") + f"{v:,}"


def make_component() -> Process:
    def run(doc: Doc) -> Doc:
        by_id = {e.id: e for e in doc.entities}
        qs = {q.id: q for q in doc.quantities}
        strength = {q.entity: q for q in doc.quantities if q.entity and q.unit in ("troops", "personnel")}
        for ev in doc.events + doc.uncoded:
            if ev.summary_en:
                continue
            q = qs.get(ev.quantity) if ev.quantity else None
            if q is None and ev.type in _MOVES and ev.actor and ev.actor[0] in strength:
                q = strength[ev.actor[0]]  # the force's strength as the article gives it
            qt = _quantity_text(q) if q is not None else None
            via = _name(by_id[ev.via]) if ev.via and ev.via in by_id else None
            unit = q.unit if q is not None and q.unit != "other" else None
            ev.summary_en = event_summary(ev, by_id, qt, doc.published_iso, via, unit)
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
