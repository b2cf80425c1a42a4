"""Roles from the clause around the trigger: sentences written for Marsad, with the entity
layer's output given by hand (see conftest.py)."""

from __future__ import annotations

import pytest
from event_helpers import base, country, names

US = (["القوات الأميركية", "القوات الأمريكية"], "ORG", {"country": "US", "actor_code": "USAMIL"})
TR = (["الجيش التركي"], "ORG", {"country": "TR", "actor_code": "TURMIL"})
IQ = (["العراق"], "LOC", country("IQ"))
SY = (["سوريا"], "LOC", country("SY", 35.0, 38.0))
BAGHDAD = (["بغداد"], "LOC", {"country": "IQ"})
WASHINGTON = (["واشنطن", "الولايات المتحدة"], "LOC", country("US", 38.9, -77.0))
ERBIL = (["أربيل"], "LOC", {"country": "IQ"})
TAJI = (["قاعدة التاجي"], "FAC", base("IQ", "Baghdad"))
HARIR = (["قاعدة حرير"], "FAC", base("IQ", "Erbil"))
PKK = (["حزب العمال الكردستاني"], "ORG", {})
GOV = (["الحكومة العراقية"], "ORG", {"country": "IQ", "actor_code": "IRQGOV"})
MINISTER = (["وزير الخارجية التركي"], "PER", {"country": "TR"})


@pytest.mark.parametrize("text,entities,typ,roles", [
    # verbal noun + genitive actor, من origin, إلى destination
    ("بدأ انسحاب القوات الأميركية من قاعدة التاجي باتجاه أربيل.", [US, TAJI, ERBIL], "RETREAT",
     {"actor": {"القوات الأميركية"}, "origin": {"قاعدة التاجي"}, "destination": {"أربيل"}}),
    # verb, subject after it (VSO), object = the place left
    ("غادرت القوات الأميركية قاعدة التاجي متوجهة إلى قاعدة حرير.", [US, TAJI, HARIR], "RETREAT",
     {"actor": {"القوات الأميركية"}, "origin": {"قاعدة التاجي"}, "destination": {"قاعدة حرير"}}),
    # subject before the verb (SVO) after أن
    ("وأفاد مصدر بأن القوات الأمريكية ستنسحب من سوريا نحو العراق.", [US, SY, IQ], "RETREAT",
     {"actor": {"القوات الأمريكية"}, "origin": {"سوريا"}, "destination": {"العراق"}}),
    # coordination: both actors of an agreement
    ("وقّعت بغداد وواشنطن اتفاقاً أمنياً جديداً.", [BAGHDAD, WASHINGTON], "AGREE",
     {"actor": {"بغداد", "واشنطن"}}),
    ("جاء الاتفاق بين العراق والولايات المتحدة بعد مفاوضات طويلة.", [IQ, WASHINGTON], "AGREE",
     {"actor": {"العراق", "الولايات المتحدة"}}),
    # a handover: who hands over, to whom, which place
    ("تسلّمت الحكومة العراقية قاعدة التاجي من القوات الأميركية.", [GOV, TAJI, US], "RETREAT",
     {"actor": {"القوات الأميركية"}, "recipient": {"الحكومة العراقية"}, "origin": {"قاعدة التاجي"}}),
    # violence: على X (organisation) is the target; في X the place
    ("شنّ الجيش التركي غارات جوية على مواقع حزب العمال الكردستاني في العراق.", [TR, PKK, IQ], "ASSAULT",
     {"actor": {"الجيش التركي"}, "location": {"العراق"}}),
    # a visit: the visitor acts, the place is the location
    ("أجرى وزير الخارجية التركي زيارة إلى بغداد أمس.", [MINISTER, BAGHDAD], "CONSULT",
     {"actor": {"وزير الخارجية التركي"}, "location": {"بغداد"}}),
    # أنه after a reporting verb: the speaker acts
    ("أعلن الجيش التركي أنه يسحب قواته من العراق.", [TR, IQ], "RETREAT",
     {"actor": {"الجيش التركي"}, "origin": {"العراق"}}),
    # a demonstrative that points back to a named force
    ("انتشرت القوات الأميركية في سوريا عام 2015. وأخلت هذه القوات قاعدة التاجي لاحقاً.", [US, SY, TAJI], "RETREAT",
     {"actor": {"القوات الأميركية"}, "origin": {"قاعدة التاجي"}}),
])
def test_roles(read, text: str, entities: list, typ: str, roles: dict) -> None:
    doc = read(text, entities)
    evs = [e for e in doc.events if e.type == typ]
    assert evs, [(e.type, e.trigger.text) for e in doc.events]
    ok = False
    for e in evs:
        if all(want <= names(doc, getattr(e, role)) for role, want in roles.items()):
            ok = True
    assert ok, [(e.trigger.text, {r: names(doc, getattr(e, r)) for r in roles}) for e in evs]


def test_demanded_withdrawal_is_part_of_the_demand(read) -> None:
    doc = read("جددت الحكومة العراقية المطالبة بانسحاب القوات الأميركية من العراق.", [GOV, US, IQ])
    types = [e.type for e in doc.events]
    assert types == ["REQUEST"], types
    assert doc.events[0].mode == "yield"
    assert names(doc, doc.events[0].actor) == {"الحكومة العراقية"}


def test_quantity_of_a_movement(read) -> None:
    doc = read("سحبت القوات الأميركية 500 جندي من قاعدة التاجي.", [US, TAJI])
    ev = next(e for e in doc.events if e.type == "RETREAT")
    q = {q.id: q for q in doc.quantities}.get(ev.quantity or "")
    assert q is not None and q.value == 500
