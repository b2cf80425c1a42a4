"""Posture forms: a keeping verb with its conjunction, and reinforcements (forces on the move)."""

from __future__ import annotations

import pytest

from marsad import extract


@pytest.mark.parametrize("sentence,actor,location,value", [
    ("وتنشر الولايات المتحدة نحو 2500 جندي في العراق.", "الولايات المتحدة", "العراق", 2500),
    ("وتنشر تركيا نحو 5 آلاف جندي في شمال العراق، موزعين على عشرات القواعد.", "تركيا", "شمال العراق", 5000),
])
def test_keeping_verb_with_conjunction(sentence: str, actor: str, location: str, value: int) -> None:
    rec = extract(sentence, published="2024-03-10")
    names = {e.id: e.name_ar for e in rec.entities}
    qs = {q.id: q.value for q in rec.quantities}
    assert [(names[p.actor], names[p.location], qs[p.quantity]) for p in rec.posture] == [(actor, location, value)]


def test_reinforcements_are_not_posture() -> None:
    rec = extract("ودفعت قيادة العمليات المشتركة بتعزيزات عسكرية قوامها نحو ألفي عنصر من الجيش العراقي "
                  "إلى وادي الشاي.", published="2024-03-10")
    assert rec.posture == []
