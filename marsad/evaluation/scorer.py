"""Scoring records against gold files exactly as shared/spec/GOLD.md says.

Every figure is micro-averaged over all items of a set of gold files. Names are
compared by GOLD.md's rules: folded tokens, proclitic stripping, and the
"shorter inside longer, at least half as long" test.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GoldFileError
from ..record import Entity, Record
from ..text.normalise import fold_text

__all__ = [
    "name_tokens",
    "tokens_equal",
    "names_match",
    "Tally",
    "score_record",
    "score_set",
    "load_gold",
    "format_report",
    "score_detection",
]

GOLD_PROCLITICS = sorted(
    ["و", "ف", "ب", "ل", "ك", "ال", "لل", "وال", "فال", "بال", "كال", "ول", "وب", "فب", "ولل", "وبال", "فل"],
    key=len,
    reverse=True,
)
_PUNCT = re.compile(r"[^\w\s]|_", re.UNICODE)


def name_tokens(name: str) -> list[str]:
    """GOLD.md rule 1: fold, punctuation and quotation marks to spaces, split."""
    return _PUNCT.sub(" ", fold_text(name)).split()


def _strips(token: str) -> set[str]:
    out = {token}
    for p in GOLD_PROCLITICS:
        if token.startswith(p) and len(token) - len(p) >= 2:
            out.add(token[len(p):])
    return out


def tokens_equal(a: str, b: str) -> bool:
    """GOLD.md rule 2."""
    return a == b or bool(_strips(a) & _strips(b))


def names_match(a: str, b: str) -> bool:
    """GOLD.md rule 3."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) * 2 < len(long_):
        return False
    return all(any(tokens_equal(s, t) for t in long_) for s in short)


def _any_match(names_a: Iterable[str], names_b: Iterable[str]) -> bool:
    nb = list(names_b)
    return any(names_match(a, b) for a in names_a for b in nb)


def _entity_names(e: Entity) -> list[str]:
    return [m.text for m in e.mentions] + [e.name_ar]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class Tally:
    """Counts behind every figure, added up over a set of files."""

    counts: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] += n

    def merge(self, other: "Tally") -> None:
        self.counts.update(other.counts)
        self.misses.extend(other.misses)

    def prf(self, name: str) -> tuple[float, float, float]:
        tp, pred, gold = self.counts[f"{name}.tp"], self.counts[f"{name}.pred"], self.counts[f"{name}.gold"]
        p = tp / pred if pred else (1.0 if not gold else 0.0)
        r = tp / gold if gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def ratio(self, name: str) -> float | None:
        total = self.counts[f"{name}.n"]
        return self.counts[f"{name}.ok"] / total if total else None

    def figures(self) -> dict[str, float | None]:
        out: dict[str, float | None] = {}
        for name in ("entity", "time", "event", "statement", "posture"):
            p, r, f = self.prf(name)
            out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f1"] = p, r, f
            if name == "entity":
                out["geo_25km"] = self.ratio("geo25")
                out["geo_161km"] = self.ratio("geo161")
            if name == "time":
                out["time_value_acc"] = self.ratio("time_value")
                out["quantity_acc"] = self.ratio("quantity")
            if name == "event":
                for slot in ("mode", "status", "date", "source"):
                    out[f"event_{slot}_acc"] = self.ratio(f"event_{slot}")
            if name == "statement":
                out["claim_r"] = self.ratio("claim")
        for t in ("PER", "ORG", "LOC", "FAC"):
            p, r, f = self.prf(f"entity_{t}")
            out[f"entity_{t}_p"], out[f"entity_{t}_r"] = p, r
        return out


def load_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldFileError(f"{path}: cannot read gold file: {exc}") from exc
    if gold.get("schema") != "marsad.gold/1" or "doc" not in gold or "text" not in gold["doc"]:
        raise GoldFileError(f"{path}: not a marsad.gold/1 file (needs schema and doc.text)")
    return gold


def _greedy(gold_items: list[dict[str, Any]], preds: list[Any], matches: Callable[[dict[str, Any], Any], bool],
            prefer: Callable[[dict[str, Any], Any], int] | None = None) -> list[int | None]:
    """For each gold item in file order, the index of the predicted item it takes (or None)."""
    used: set[int] = set()
    out: list[int | None] = []
    for g in gold_items:
        cands = [i for i, p in enumerate(preds) if i not in used and matches(g, p)]
        if not cands:
            out.append(None)
            continue
        best = max(cands, key=lambda i: (prefer(g, preds[i]) if prefer else 0, -i))
        used.add(best)
        out.append(best)
    return out


def _tally_prf(t: Tally, name: str, gold_items: list[dict[str, Any]], taken: list[int | None], n_pred: int) -> None:
    opt_taken = sum(1 for g, i in zip(gold_items, taken) if g.get("optional") and i is not None)
    tp = sum(1 for g, i in zip(gold_items, taken) if not g.get("optional") and i is not None)
    t.add(f"{name}.tp", tp)
    t.add(f"{name}.gold", sum(1 for g in gold_items if not g.get("optional")))
    t.add(f"{name}.pred", n_pred - opt_taken)


def score_record(record: Record, gold: dict[str, Any]) -> Tally:
    """Score one record against one gold file."""
    t = Tally()
    doc_id = gold["doc"].get("id", "?")
    ents = record.entities
    by_id = {e.id: e for e in ents}

    # entities
    def ent_match(g: dict[str, Any], e: Entity) -> bool:
        types_ok = e.type == g["type"] or e.type in g.get("alt_types", []) or {e.type, g["type"]} <= {"LOC", "FAC"}
        return types_ok and _any_match(_entity_names(e), g["names"])

    g_ents = gold.get("entities", [])
    taken = _greedy(g_ents, ents, ent_match)
    _tally_prf(t, "entity", g_ents, taken, len(ents))
    for typ in ("PER", "ORG", "LOC", "FAC"):
        sub = [(g, i) for g, i in zip(g_ents, taken) if g["type"] == typ]
        t.add(f"entity_{typ}.gold", sum(1 for g, _ in sub if not g.get("optional")))
        t.add(f"entity_{typ}.tp", sum(1 for g, i in sub if not g.get("optional") and i is not None))
        matched_opt = {i for g, i in zip(g_ents, taken) if g.get("optional") and i is not None}
        t.add(f"entity_{typ}.pred", sum(1 for k, e in enumerate(ents) if e.type == typ and k not in matched_opt))
    for g, i in zip(g_ents, taken):
        if not g.get("optional") and i is None:
            t.misses.append(f"{doc_id}: entity {g['type']} {g['names'][0]}")
    matched_pred = {i for i in taken if i is not None}
    for k, e in enumerate(ents):
        if k not in matched_pred:
            t.misses.append(f"{doc_id}: extra entity {e.type} {e.name_ar}")
        # geo
    for g, i in zip(g_ents, taken):
        if g.get("optional") or g["type"] not in ("LOC", "FAC") or "lat" not in g or "lon" not in g:
            continue
        t.add("geo25.n")
        t.add("geo161.n")
        geo = ents[i].geo if i is not None else None
        if geo is None:
            t.misses.append(f"{doc_id}: geo missing for {g['names'][0]}")
            continue
        d = haversine_km(g["lat"], g["lon"], geo.lat, geo.lon)
        radius = g.get("radius_km")
        ok25 = d <= 25 or (radius is not None and d <= radius)
        ok161 = d <= 161 or (radius is not None and d <= radius)
        t.add("geo25.ok", int(ok25))
        t.add("geo161.ok", int(ok161))
        if not ok25:
            t.misses.append(f"{doc_id}: geo {g['names'][0]} off by {d:.0f} km")

    def matches_role(names: list[str], ids: Iterable[str]) -> bool:
        return any(_any_match(_entity_names(by_id[x]), names) for x in ids if x in by_id)

    # times
    g_times = gold.get("times", [])
    taken = _greedy(g_times, record.times, lambda g, p: names_match(p.text, g["text"]),
                    prefer=lambda g, p: int(p.value == g.get("value")))
    _tally_prf(t, "time", g_times, taken, len(record.times))
    for g in g_times:
        if g.get("optional"):
            continue
        t.add("time_value.n")
        ok = any(names_match(p.text, g["text"]) and p.value == g["value"] for p in record.times)
        t.add("time_value.ok", int(ok))
        if not ok:
            got = [p.value for p in record.times if names_match(p.text, g["text"])]
            t.misses.append(f"{doc_id}: time {g['text']} = {g['value']} (got {got})")

    # quantities
    for g in gold.get("quantities", []):
        if g.get("optional"):
            continue
        t.add("quantity.n")
        ok = any(
            names_match(q.text, g["text"]) and q.value == g["value"] and ("approx" not in g or q.approx == g["approx"])
            for q in record.quantities
        )
        t.add("quantity.ok", int(ok))
        if not ok:
            t.misses.append(f"{doc_id}: quantity {g['text']} = {g['value']}")

    # events
    roles = ("actor", "recipient", "location", "origin", "destination")
    g_events = gold.get("events", [])

    def ev_match(g: dict[str, Any], v: Any) -> bool:
        if v.type != g["type"]:
            return False
        for role in roles + ("source", "via"):
            names = g.get(role) or []
            if not names or role in ("source", "via"):
                continue
            if not matches_role(names, getattr(v, role)):
                return False
        return True

    def ev_prefer(g: dict[str, Any], v: Any) -> int:
        return sum(int(g.get(s) is not None and getattr(v, s) == g.get(s)) for s in ("mode", "status", "date"))

    taken = _greedy(g_events, record.events, ev_match, ev_prefer)
    _tally_prf(t, "event", g_events, taken, len(record.events))
    for g, i in zip(g_events, taken):
        if g.get("optional"):
            continue
        if i is None:
            t.misses.append(f"{doc_id}: event {g['type']}/{g.get('mode')} {g.get('actor', [''])[:1]} {g.get('status')} {g.get('date')}")
            continue
        v = record.events[i]
        for slot in ("mode", "status", "date"):
            if slot in g:
                t.add(f"event_{slot}.n")
                ok = getattr(v, slot) == g[slot]
                t.add(f"event_{slot}.ok", int(ok))
                if not ok:
                    t.misses.append(f"{doc_id}: event {g['type']} {slot} {getattr(v, slot)} != {g[slot]}")
        if g.get("source"):
            t.add("event_source.n")
            ok = v.source is not None and matches_role(g["source"], [v.source])
            t.add("event_source.ok", int(ok))
    matched_ev = {i for i in taken if i is not None}
    for k, v in enumerate(record.events):
        if k not in matched_ev:
            t.misses.append(f"{doc_id}: extra event {v.type}/{v.mode} {v.trigger.text} {v.status}")

    # statements
    g_st = gold.get("statements", [])

    def st_match(g: dict[str, Any], s: Any) -> bool:
        names = g.get("speaker") or []
        ok = False
        if s.speaker is not None and matches_role(names, [s.speaker]):
            ok = True
        elif s.speaker_text is not None and _any_match([s.speaker_text.text], names):
            ok = True
        if not ok:
            return False
        if g.get("via"):
            return s.via is not None and matches_role(g["via"], [s.via])
        return True

    def st_prefer(g: dict[str, Any], s: Any) -> int:
        return int(bool(g.get("cue")) and names_match(s.cue.text, g["cue"]))

    taken = _greedy(g_st, record.statements, st_match, st_prefer)
    _tally_prf(t, "statement", g_st, taken, len(record.statements))
    for g, i in zip(g_st, taken):
        if not g.get("optional") and i is None:
            t.misses.append(f"{doc_id}: statement {g.get('speaker')} via {g.get('via')} cue {g.get('cue')}")
    matched_st = {i for i in taken if i is not None}
    for k, s in enumerate(record.statements):
        if k not in matched_st:
            sp = s.speaker_text.text if s.speaker_text else s.speaker
            t.misses.append(f"{doc_id}: extra statement {sp} cue {s.cue.text}")

    # claims (recall only)
    g_claims = [c for c in gold.get("claims", []) if not c.get("optional")]
    taken = _greedy(g_claims, record.claims, lambda g, c: names_match(c.holder.text, g["holder"]))
    t.add("claim.n", len(g_claims))
    t.add("claim.ok", sum(1 for i in taken if i is not None))
    for g, i in zip(g_claims, taken):
        if i is None:
            t.misses.append(f"{doc_id}: claim {g['holder']}")

    # posture
    qty = {q.id: q for q in record.quantities}
    g_pos = gold.get("posture", [])

    def pos_match(g: dict[str, Any], p: Any) -> bool:
        q = qty.get(p.quantity) if p.quantity else None
        if q is None or q.value != g.get("value"):
            return False
        if g.get("actor") and not (p.actor and matches_role(g["actor"], [p.actor])):
            return False
        if g.get("location") and not (p.location and matches_role(g["location"], [p.location])):
            return False
        return True

    taken = _greedy(g_pos, record.posture, pos_match)
    _tally_prf(t, "posture", g_pos, taken, len(record.posture))
    for g, i in zip(g_pos, taken):
        if not g.get("optional") and i is None:
            t.misses.append(f"{doc_id}: posture {g.get('actor')} {g.get('location')} {g.get('value')}")
    return t


def score_set(gold_dir: Path, extract: Callable[..., Record]) -> tuple[Tally, list[str]]:
    """Run ``extract`` on each gold file's doc and score it; returns the summed tally and file names."""
    files = sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else [gold_dir]
    if not files:
        raise GoldFileError(f"{gold_dir}: no gold files (*.json) found")
    total = Tally()
    for f in files:
        gold = load_gold(f)
        d = gold["doc"]
        rec = extract(d["text"], published=d.get("published"), id=d.get("id"), title=d.get("title"), outlet=d.get("outlet"))
        total.merge(score_record(rec, gold))
    return total, [f.name for f in files]


_LABELS = [
    ("entity_p", "entity precision"), ("entity_r", "entity recall"), ("entity_f1", "entity F1"),
    ("geo_25km", "geo@25km"), ("geo_161km", "geo@161km"),
    ("time_p", "time precision"), ("time_r", "time recall"), ("time_f1", "time F1"),
    ("time_value_acc", "time value accuracy"), ("quantity_acc", "quantity accuracy"),
    ("event_p", "event precision"), ("event_r", "event recall"), ("event_f1", "event F1"),
    ("event_mode_acc", "event mode accuracy"), ("event_status_acc", "event status accuracy"),
    ("event_date_acc", "event date accuracy"), ("event_source_acc", "event source accuracy"),
    ("statement_p", "statement precision"), ("statement_r", "statement recall"), ("statement_f1", "statement F1"),
    ("claim_r", "claim recall"),
    ("posture_p", "posture precision"), ("posture_r", "posture recall"), ("posture_f1", "posture F1"),
]


def format_report(figures: dict[str, float | None], per_type: bool = True) -> str:
    lines = []
    for key, label in _LABELS:
        v = figures.get(key)
        lines.append(f"{label:<24} {'n/a' if v is None else f'{v:.3f}'}")
    if per_type:
        for t in ("PER", "ORG", "LOC", "FAC"):
            lines.append(f"{'entity ' + t + ' P/R':<24} {figures[f'entity_{t}_p']:.3f} / {figures[f'entity_{t}_r']:.3f}")
    return "\n".join(lines)


def score_detection(csv_path: Path, event_type: str, extract: Callable[..., Record]) -> dict[str, float | int]:
    """GOLD.md detection sets: a sentence is detected when its record has an event of ``event_type``."""
    tp = fp = fn = tn = 0
    with csv_path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            label = (row.get("label") or "").strip().lower()
            if label not in ("yes", "easy no", "difficult no"):
                continue
            text = row.get("text") or ""
            try:
                rec = extract(text)
                hit = any(e.type == event_type for e in rec.events)
            except Exception:  # an unreadable sentence counts as not detected
                hit = False
            if label == "yes":
                tp += hit
                fn += not hit
            else:
                fp += hit
                tn += not hit
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn, "tn": tn}
