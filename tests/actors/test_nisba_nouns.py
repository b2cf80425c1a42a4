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


@pytest.mark.parametrize("text,name", [
    # the command of a body is one entity with it
    ("نقلت وكالة الأنباء الليبية عن مصدر عسكري أن القيادة العامة للجيش الوطني الليبي دفعت بتعزيزات إلى الكفرة.",
     "القيادة العامة للجيش الوطني الليبي"),
    ("وقالت قيادة الجيش اللبناني في بيان إن وحداتها انتشرت.", "قيادة الجيش اللبناني"),
])
def test_command_of_a_body(text: str, name: str) -> None:
    rec = extract(text, published="2025-01-10")
    assert name in [e.name_ar for e in rec.entities], [e.name_ar for e in rec.entities]


def test_official_source_with_a_descriptor_stops_before_its_body() -> None:
    rec = extract("وقال مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة الأردنية إن قوات حرس الحدود رصدت مجموعة.",
                  published="2025-01-10")
    assert "مصدر عسكري مسؤول" in [e.name_ar for e in rec.entities], [e.name_ar for e in rec.entities]


@pytest.mark.parametrize("text,name", [
    ("هددت «تنسيقية المقاومة العراقية» في بيان باستهداف القوات.", "تنسيقية المقاومة العراقية"),
    ("قال وزير الخارجية العراقي إن الحكومة الاتحادية في بغداد ترفض.", "الحكومة الاتحادية"),
])
def test_bodies_in_the_news(text: str, name: str) -> None:
    rec = extract(text, published="2025-01-10")
    assert name in [e.name_ar for e in rec.entities], [e.name_ar for e in rec.entities]


def test_the_kingdom_is_the_article_s_kingdom() -> None:
    rec = extract("عمان – قال مسؤولان أميركيان إن الولايات المتحدة بدأت تبديل وحدة في الأردن، مؤكدين أن عدد القوات "
                  "الأميركية في المملكة سيبقى كما هو.", published="2025-01-10")
    jordan = next(e for e in rec.entities if e.name_ar == "الأردن")
    assert "المملكة" in [m.text for m in jordan.mentions]


def test_the_kingdom_in_a_republic_s_article_is_not_resolved() -> None:
    rec = extract("بغداد – قال الوزير العراقي إن المملكة ستساعد العراق.", published="2025-01-10")
    assert not any(m.text == "المملكة" for e in rec.entities for m in e.mentions)


def test_civil_defence_speaks() -> None:
    rec = extract("غزة – قال الدفاع المدني في غزة إن القصف أدى إلى استشهاد مواطنين.", published="2025-01-10")
    names = {e.id: e.name_ar for e in rec.entities}
    assert [names.get(s.speaker) for s in rec.statements] == ["الدفاع المدني"]
