"""Link mentions into entities: one real-world thing, all its mentions in the article.

Places and actors write candidate ``Mention``s (``doc.spans["places"]``,
``doc.spans["actors"]``). Here overlaps are settled (the longer mention wins; a
place fully inside a longer actor name, like بغداد in السفارة الأميركية في بغداد,
is kept as its own mention) and mentions that share a linking key become one
``Entity``. The key is the mention's ``key`` attribute, else its ``kb_id``, else its
type and folded canonical name.
"""

from __future__ import annotations

from typing import Any

from .doc import Doc, Mention
from .pipeline import Process
from .record import Entity, Geo, Span
from .text.normalise import fold_text

__all__ = ["make_component", "settle_overlaps", "link_key"]


def settle_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Longest first; a shorter mention survives only if disjoint from, or nested inside, every kept one."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        ok = True
        for k in kept:
            if m.start < k.end and k.start < m.end:  # overlap
                nested = k.start <= m.start and m.end <= k.end and (m.start, m.end) != (k.start, k.end)
                if not (nested and m.attrs.get("nestable", m.label in ("LOC", "FAC") and k.label in ("ORG", "FAC"))):
                    ok = False
                    break
        if ok:
            kept.append(m)
    kept.sort(key=lambda m: (m.start, -(m.end - m.start)))
    return kept


def link_key(m: Mention) -> str:
    a = m.attrs
    if a.get("key"):
        return str(a["key"])
    if a.get("kb_id"):
        return str(a["kb_id"])
    return f"{m.label}:{fold_text(str(a.get('name_ar') or ''))}"


def _geo(attrs: dict[str, Any]) -> Geo | None:
    g = attrs.get("geo")
    if not g:
        return None
    return Geo(**g) if isinstance(g, dict) else g


def make_component() -> Process:
    def run(doc: Doc) -> Doc:
        mentions = settle_overlaps(list(doc.spans.get("places", [])) + list(doc.spans.get("actors", [])))
        doc.spans["mentions"] = mentions
        groups: dict[str, list[Mention]] = {}
        for m in mentions:
            if not m.attrs.get("name_ar"):
                m.attrs["name_ar"] = doc.text[m.start:m.end]
            groups.setdefault(link_key(m), []).append(m)
        entities: list[Entity] = []
        doc.mention_entity = {}
        for key, ms in sorted(groups.items(), key=lambda kv: kv[1][0].start):
            eid = f"E{len(entities) + 1}"
            # the canonical mention: the most informative one (explicit canonical, else the longest)
            best = max(ms, key=lambda m: (bool(m.attrs.get("canonical")), m.end - m.start))
            a = dict(best.attrs)
            for m in ms:  # fill gaps from other mentions
                for k, v in m.attrs.items():
                    if a.get(k) in (None, "") and v not in (None, ""):
                        a[k] = v
            label = best.label
            ent = Entity(
                id=eid,
                type=label if label in ("PER", "ORG", "LOC", "FAC") else "ORG",
                name_ar=str(a.get("name_ar") or doc.text[best.start:best.end]),
                name_en=a.get("name_en"),
                kb_id=a.get("kb_id") or (key if key.startswith(("marsad:", "geonames:", "wikidata:")) else None),
                actor_code=a.get("actor_code"),
                country=a.get("country"),
                role=a.get("role"),
                geo=_geo(a) if label in ("LOC", "FAC") else None,
                mentions=[Span(start=m.start, end=m.end, text=doc.text[m.start:m.end]) for m in ms],
            )
            entities.append(ent)
            for m in ms:
                doc.mention_entity[(m.start, m.end)] = eid
        doc.entities = entities
        return doc

    return run
