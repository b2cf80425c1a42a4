"""Force posture: statements of how many troops someone keeps where.

A troop count (a Quantity of unit troops or personnel) is posture when the text says
whose it is and where: "للولايات المتحدة نحو 900 جندي في سوريا" (ل + owner, في +
place), "القوات الأميركية البالغ عددها نحو 2500 جندي" (the force before البالغ عددها;
the place from the sentence, else the country the article is about), "إبقاء أقل من
500 عنصر في أربيل" (planned). Counts that an event moves or kills are not posture.
The counted entity is written back to ``Quantity.entity``.
"""

from __future__ import annotations

from collections import Counter

from ..doc import Doc
from ..pipeline import Process
from ..record import Posture
from .view import DocView, Occ

__all__ = ["make_component", "extract_posture"]

_UNITS = ("troops", "personnel")
_SIZE_WORDS = frozenset({"البالغ", "البالغه", "يبلغ", "تبلغ", "قوامها", "قوامه", "عددها", "عددهم", "تعداد", "قرابه"})
_PLANNED = frozenset({"ابقاء", "الابقاء", "بابقاء", "الاحتفاظ", "بالاحتفاظ", "سيبقي", "ستبقي", "سيبقون", "سيحتفظ",
                      "ستحتفظ", "يبقي", "تبقي", "لابقاء", "للابقاء", "ستبقى"})
_FORMER = frozenset({"كان", "كانت", "كانوا", "سابقا"})
_MOVERS = frozenset({"سحب", "نشر", "ارسال", "ارسل", "نقل", "انسحاب", "سيسحب", "ستسحب", "يسحب", "تسحب", "مقتل",
                     "قتل", "اصابه", "اعتقال", "ارسلت", "نشرت", "سحبت", "خفض", "تقليص"})


def _main_country(v: DocView) -> str | None:
    counts: Counter[str] = Counter()
    for o in v.occs:
        if v.is_country(o.eid) and v.by_id[o.eid].type == "LOC":
            e = v.by_id[o.eid]
            if e.geo is None or e.geo.feature == "country":
                counts[o.eid] += 1
    return counts.most_common(1)[0][0] if counts else None


def _force_before(v: DocView, i: int, a: int) -> Occ | None:
    """The force named just before token i: an organisation first, else a country standing for
    its government; a place after في is where the force is, not whose it is."""
    cands = [o for o in reversed(v.occs_in(max(a, i - 7), i)) if v.prep_of(o) not in ("في", "داخل", "ب", "من", "الي")]
    for o in cands:
        if v.by_id[o.eid].type == "ORG":
            return o
    for o in cands:
        if v.is_country(o.eid):
            return o
    return None


def extract_posture(doc: Doc) -> list[Posture]:
    v = DocView(doc)
    out: list[Posture] = []
    main = _main_country(v)
    for q in doc.quantities:
        if q.unit not in _UNITS:
            continue
        qi = v.token_at(q.start)
        if qi < 0:
            continue
        a, b = v.sentence_tokens(q.start)
        before = [v.bare(j) for j in range(max(a, qi - 4), qi)]
        if any(w in _MOVERS for w in before):
            continue
        actor: Occ | None = None
        location: Occ | None = None
        status = "current"
        # "البالغ عددها N": the force named just before
        if any(w in _SIZE_WORDS for w in before):
            k = next(j for j in range(qi - 1, max(a, qi - 4) - 1, -1) if v.bare(j) in _SIZE_WORDS)
            actor = _force_before(v, k, a)
        # "لـ X نحو N جندي": the owner with ل
        if actor is None:
            for o in reversed(v.occs_in(max(a, qi - 5), qi)):
                if v.prep_of(o) == "ل" and (v.by_id[o.eid].type == "ORG" or v.is_country(o.eid)):
                    actor = o
                    break
        window = [v.bare(j) for j in range(max(a, qi - 8), qi)]
        if actor is None and any(w in _PLANNED for w in window):
            # "تخطط واشنطن لإبقاء 500 عنصر": whoever plans to keep them
            k = next(j for j in range(qi - 1, max(a, qi - 8) - 1, -1) if v.bare(j) in _PLANNED)
            actor = _force_before(v, k, a)
        if actor is None:
            continue
        # the place: "في Y" after the count, else a place in the sentence, else the article's country
        qend = v.token_at(max(q.start, q.end - 1))
        for o in v.occs_in(qend + 1, min(b, qend + 6)):
            if v.is_place(o.eid) and v.prep_of(o) in ("في", "داخل", "ب"):
                location = o
                break
        loc_id = location.eid if location is not None else None
        if loc_id is None:
            places = [o for o in v.occs_in(a, b) if v.is_place(o.eid) and v.is_country(o.eid) and o.eid != actor.eid]
            loc_id = places[0].eid if len(places) == 1 else main
        if loc_id == actor.eid:
            continue
        if any(w in _PLANNED for w in window):
            status = "planned"
        elif any(w in _FORMER for w in window[-4:]):
            status = "former"
        q.entity = actor.eid
        out.append(Posture(id=f"P{len(out) + 1}", actor=actor.eid, location=loc_id, quantity=q.id,
                           time=None, date=doc.published_iso if status == "current" else None,
                           status=status))  # type: ignore[arg-type]
    return out


def make_component() -> Process:
    def run(doc: Doc) -> Doc:
        doc.posture = extract_posture(doc)
        return doc

    return run

