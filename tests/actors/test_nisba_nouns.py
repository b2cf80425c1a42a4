"""Nouns shaped like nisba adjectives (العملية "the operation") do not extend a body's name."""

from __future__ import annotations

import pytest

from marsad import extract


@pytest.mark.parametrize("sentence,name", [
    ("دانت وزارة الخارجية الأردنية العملية العسكرية في جنين.", "وزارة الخارجية الأردنية"),
    ("رفضت وزارة العدل المصرية القضية المرفوعة ضدها.", "وزارة العدل المصرية"),
    ("أعلنت المؤسسة العامة للكهرباء الخطة الجديدة.", "المؤسسة العامة للكهرباء"),
])
def test_body_name_stops_before_a_noun(sentence: str, name: str) -> None:
    orgs = [e.name_ar for e in extract(sentence).entities if e.type == "ORG"]
    assert name in orgs, orgs
