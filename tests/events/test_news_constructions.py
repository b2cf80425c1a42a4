"""Constructions common in Arabic news that the event layer reads: who acted, to whom, where.

Each row is a sentence written for the project and what a coder would record from it.
"""

from __future__ import annotations

from typing import Any

import pytest

from marsad import extract

PUBLISHED = "2025-01-10"


def _events(sentence: str) -> tuple[Any, list[dict[str, Any]]]:
    rec = extract(sentence, published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    out = []
    # every reading, coded or not (an act with no doer named is kept uncoded): these tests check how a
    # construction is read; which readings are coded is checked in test_coding.py
    for ev in _readings(rec):
        row: dict[str, Any] = {"type": ev.type, "mode": ev.mode, "status": ev.status}
        for role in ("actor", "recipient", "location", "origin", "destination"):
            row[role] = [names[x] for x in getattr(ev, role)]
        out.append(row)
    return rec, out


def _readings(rec: Any) -> list[Any]:
    """Every event reading of a record, coded or not, in text order."""
    return sorted(rec.events + rec.uncoded, key=lambda v: v.trigger.start)


def _one(sentence: str, typ: str) -> dict[str, Any]:
    _, evs = _events(sentence)
    found = [e for e in evs if e["type"] == typ]
    assert found, evs
    return found[0]


@pytest.mark.parametrize("sentence,typ,role,name", [
    # a sending verb whose ب-object is the noun of reinforcements lends it its subject
    ("دفعت القوات الأمريكية بتعزيزات إلى الحسكة أمس.", "MOBILIZE", "actor", "القوات الأمريكية"),
    ("دفع الجيش التركي بتعزيزات عسكرية جديدة إلى ريف إدلب أمس.", "MOBILIZE", "actor", "الجيش التركي"),
    # a country right after a verb of sending is its subject, not the place
    ("ونشرت تركيا 500 جندي في عفرين أمس.", "MOBILIZE", "actor", "تركيا"),
    # deploying forces in a place sends them there
    ("أعلنت وزارة الدفاع الأمريكية الأسبوع الماضي نشر سرب من المقاتلات في قاعدة الأمير سلطان الجوية.",
     "MOBILIZE", "destination", "قاعدة الأمير سلطان الجوية"),
    # arrival of forces is a movement; the subject may sit between the verb and the weapon
    ("وصلت تعزيزات عسكرية تركية إلى إدلب أمس.", "MOBILIZE", "destination", "إدلب"),
    ("أطلق الحوثيون صاروخاً باليستياً على مدينة إيلات أمس.", "ASSAULT", "actor", "الحوثيون"),
    ("أطلق حزب الله عشرات الصواريخ على شمال إسرائيل أمس.", "ASSAULT", "actor", "حزب الله"),
    # the undiacritised passive of a hollow verb: its subject was hit
    ("اغتيل صالح العاروري في غارة على بيروت أمس.", "ASSAULT", "recipient", "صالح العاروري"),
    # a member of a group, named after it: both the group and the person were hit
    ("قُتل القيادي في حركة حماس صالح العاروري في غارة أمس.", "ASSAULT", "recipient", "حركة حماس"),
    ("قُتل القيادي في حركة حماس صالح العاروري في غارة أمس.", "ASSAULT", "recipient", "صالح العاروري"),
    # receiving a call: the caller acted, the one called received it
    ("تلقى ولي العهد الأمير محمد بن سلمان اليوم اتصالاً هاتفياً من الملك عبدالله الثاني.",
     "CONSULT", "actor", "عبدالله الثاني"),
    ("تلقى ولي العهد الأمير محمد بن سلمان اليوم اتصالاً هاتفياً من الملك عبدالله الثاني.",
     "CONSULT", "recipient", "محمد بن سلمان"),
    # a preposition before a title carries to the name after it
    ("أجرى الرئيس المصري اتصالاً هاتفياً مع الرئيس الفرنسي إيمانويل ماكرون أمس.",
     "CONSULT", "recipient", "إيمانويل ماكرون"),
    # a title whose last word carries ب is no preposition before the name ("… بالخارج بدر عبد العاطي")
    ("استقبل وزير الخارجية والهجرة وشؤون المصريين بالخارج بدر عبد العاطي، اليوم، نظيره السوداني محيي الدين "
     "سالم في القاهرة.", "CONSULT", "recipient", "بدر عبد العاطي"),
    ("استقبل وزير الخارجية والهجرة وشؤون المصريين بالخارج بدر عبد العاطي، اليوم، نظيره السوداني محيي الدين "
     "سالم في القاهرة.", "CONSULT", "actor", "محيي الدين سالم"),
    # a host receives the visitor named after a place phrase and a time word
    ("وكان وزير الخارجية فيصل بن فرحان قد استقبل في الرياض أمس وزير الخارجية الأردني أيمن الصفدي.",
     "CONSULT", "actor", "أيمن الصفدي"),
    # parties of a clash in quotation marks, the first longer than its entity
    ('اندلعت اشتباكات بين "اللواء 444 قتال" و"قوة الردع الخاصة" في طرابلس أمس.', "ASSAULT", "actor", "جهاز الردع لمكافحة الجريمة المنظمة والإرهاب"),  # its alias
    ("اندلعت اشتباكات بين «اللواء 444 قتال» و«قوة الردع الخاصة» في طرابلس أمس.", "ASSAULT", "location", "طرابلس"),
    # an accord named after a city: the city is where, the party after مع is a party
    ("أنشئت نقاط المراقبة بموجب اتفاق سوتشي الموقع مع روسيا في أيلول 2018.", "AGREE", "location", "سوتشي"),
    ("أنشئت نقاط المراقبة بموجب اتفاق سوتشي الموقع مع روسيا في أيلول 2018.", "AGREE", "actor", "روسيا"),
    # a count between the preposition and the parties it counts
    ("فرضت وزارة الخزانة الأمريكية أمس عقوبات على خمس شركات نقل بحري.", "SANCTION", "recipient", "شركات"),
    ("أعلنت الوزارة فرض عقوبات على 4 شركات تتهمها بتهريب الوقود.", "SANCTION", "recipient", "شركات"),
    # a host under the Gulf protocol's honorifics (حضرة صاحب السمو), a time between host and guest
    ("استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، اليوم، وزير الدفاع الإيطالي "
     "غويدو كروزيتو.", "CONSULT", "actor", "غويدو كروزيتو"),
    ("استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، اليوم، وزير الدفاع الإيطالي "
     "غويدو كروزيتو.", "CONSULT", "recipient", "تميم بن حمد آل ثاني"),
    # a movement noun with its mover after لـ; the mover of a condemned act is accused
    ("وأدانت وزارة الخارجية اللبنانية التوغلات المتكررة للقوات الإسرائيلية في بلدات الجنوب.", "MOBILIZE", "actor",
     "القوات الإسرائيلية"),
    ("وأدانت وزارة الخارجية اللبنانية التوغلات المتكررة للقوات الإسرائيلية في بلدات الجنوب.", "ACCUSE", "recipient",
     "القوات الإسرائيلية"),
    # a quarrel between two sides that turned into a fight: the sides fought
    ("وتطورت مشادة كلامية بين الجيش السوري وقوات سوريا الديمقراطية عند حاجز دير حافر إلى تبادل لإطلاق النار.",
     "ASSAULT", "actor", "قوات سوريا الديمقراطية"),
    # reinforcements that belong to a body (تابعة لـ) are that body's movement, by verb or by noun
    ("ووصلت تعزيزات عسكرية تابعة لقوات الدعم السريع إلى مدينة نيالا مساء الجمعة.", "MOBILIZE", "actor",
     "قوات الدعم السريع"),
    ("وتحدث شهود عن وصول تعزيزات تابعة للجيش السوداني قادمة من مدينة الأبيض إلى بلدة أم روابة.", "MOBILIZE",
     "actor", "الجيش السوداني"),
    # units of a body named with ل before the verb: the body acted
    ("وأعلنت وزارة الدفاع الوطني أن مفارز للجيش الوطني الشعبي أوقفت ستة مهربين بولاية تمنراست.", "COERCE", "actor",
     "الجيش الوطني الشعبي"),
    # the city a body sits in is no party ("ومقرها أثينا")
    ("وقالت منظمة أطباء بلا حدود، ومقرها جنيف، إنها فقدت الاتصال بفريقها، وطالبت الحوثيين بالإفراج عنهم.",
     "REQUEST", "actor", "أطباء بلا حدود"),
    # the subject of a verb of preparing acts: "القاهرة تستعد لنشر …"
    ("وأفاد مصدر عسكري بأن القاهرة تستعد لنشر نحو 1100 جندي في الصومال.", "MOBILIZE", "actor", "القاهرة"),
    # welcoming a decision or an accord is support (CAMEO 051), of the decision's owner
    ("رحّبت الحكومة السودانية، اليوم، بقرار وزارة الخزانة الأميركية فرض عقوبات على قادة الدعم السريع.", "SUPPORT",
     "recipient", "وزارة الخزانة الأميركية"),
    ("بدورها، رحبت حكومة إقليم كردستان بالاتفاق.", "SUPPORT", "actor", "حكومة إقليم كردستان"),
    ("وأشاد وزير الخارجية العراقي فؤاد حسين بجهود الوساطة القطرية.", "SUPPORT", "actor", "فؤاد حسين"),
    # what the targets are linked to is the party threatened, not the place
    ("هددت جماعة الحوثي باستئناف هجماتها على السفن المرتبطة بإسرائيل في البحر الأحمر.", "THREATEN", "recipient",
     "إسرائيل"),
    ("هددت جماعة الحوثي باستئناف هجماتها على السفن المرتبطة بإسرائيل في البحر الأحمر.", "THREATEN", "location",
     "البحر الأحمر"),
    # the place an incursion enters is where it went
    ("توغلت قوة من الجيش الإسرائيلي صباح اليوم في بلدة جباتا الخشب بريف القنيطرة.", "MOBILIZE", "destination",
     "بلدة جباتا الخشب"),
    # what is rejected or censured is an act told before; whoever did it is the recipient
    ("فرضت وزارة الخزانة الأميركية عقوبات على قادة الدعم السريع. في المقابل، رفضت قوات الدعم السريع العقوبات.",
     "REJECT", "recipient", "وزارة الخزانة الأميركية"),
    ("دعت وزارة الخارجية الأميركية السلطات الإيرانية إلى الإفراج عن المعتقلين، وهو ما وصفه المتحدث باسم الخارجية "
     "الإيرانية بأنه تدخل سافر.", "ACCUSE", "recipient", "وزارة الخارجية الأمريكية"),
    # the state the censured act is of, past a time set off by commas and "ما وصفه بـ"
    ("ووقعت قطر والولايات المتحدة اتفاقية دفاعية. وكان المتحدث باسم وزارة الخارجية الإيرانية قد انتقد، أول أمس، "
     "ما وصفه بتوسيع الوجود العسكري الأميركي في الخليج.", "ACCUSE", "recipient", "الولايات المتحدة"),
    # the call as a noun: its pronoun is who calls, the party after it is called on
    ("وجدّدت الحكومة الأردنية دعوتها إسرائيل إلى وقف الاقتحامات فوراً.", "REQUEST", "recipient", "إسرائيل"),
    ("وجدّدت الحكومة الأردنية دعوتها إسرائيل إلى وقف الاقتحامات فوراً.", "REQUEST", "actor", "الحكومة الأردنية"),
    # a timetable agreed between two capitals: they agreed
    ("وأكد أن الانسحاب يجري وفق الجدول الزمني المتفق عليه بين بغداد وواشنطن.", "AGREE", "actor", "بغداد"),
    # both sides named by one dual and two adjectives
    ("ووقّع الجانبان العراقي والتركي مذكرة تفاهم في أنقرة أمس.", "AGREE", "actor", "تركيا"),
    ("ووقّع الجانبان العراقي والتركي مذكرة تفاهم في أنقرة أمس.", "AGREE", "actor", "العراق"),
])
def test_role(sentence: str, typ: str, role: str, name: str) -> None:
    ev = _one(sentence, typ)
    assert any(name in n or n in name for n in ev[role]), ev


@pytest.mark.parametrize("sentence", [
    "أطلقت الحكومة حملة لمكافحة الفساد.",  # a campaign, not a missile
    "شارك الآلاف في مسيرة أطلقها ناشطون وسط المدينة.",  # a march launched, not a drone
    "وأعلنت أديس أبابا تخزين كميات إضافية من المياه من دون اتفاق قانوني ملزم.",  # no accord there
    "وتندرج الحملة التي أطلقتها الوزارة في إطار مكافحة التهريب.",
    "وصل وزير الخارجية إلى بغداد أمس.",  # arrival of a minister is no troop movement
    "وكانت الحكومة العراقية قد أرسلت مشروع القانون إلى البرلمان في آذار الماضي.",  # a bill sent, not forces
])
def test_no_event(sentence: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] in ("ASSAULT", "MOBILIZE")], evs


def test_accord_city_is_not_its_actor() -> None:
    ev = _one("أنشئت نقاط المراقبة بموجب اتفاق سوتشي الموقع مع روسيا في أيلول 2018.", "AGREE")
    assert "سوتشي" not in ev["actor"]


def test_call_made_in_the_past() -> None:
    # أجرى (past) and أُجري (first person present of جرى) fold alike: news narrates in the past
    ev = _one("أجرى الرئيس المصري اتصالاً هاتفياً مع الرئيس الفرنسي إيمانويل ماكرون أمس.", "CONSULT")
    assert ev["status"] == "occurred"


def test_place_named_by_a_trigger_word_is_no_event() -> None:
    # الخرج (a Saudi province) is also "went out"
    _, evs = _events("يتمركز نحو 2700 عسكري أمريكي في قاعدة الأمير سلطان الجوية بمحافظة الخرج.")
    assert not [e for e in evs if e["type"] == "RETREAT"], evs


@pytest.mark.parametrize("sentence,keeps_event", [
    # a force said to be kept somewhere now is posture, not a deployment under way
    ("وتنشر الولايات المتحدة نحو 900 جندي في سوريا.", False),
    ("فيما تنشر الولايات المتحدة في البحرين نحو 9 آلاف عسكري.", False),
    # begun or done, it is a deployment
    ("بدأت تركيا تنشر 500 جندي في عفرين.", True),
    ("ونشرت تركيا 500 جندي في عفرين أمس.", True),
])
def test_standing_force_is_posture_not_event(sentence: str, keeps_event: bool) -> None:
    rec, evs = _events(sentence)
    assert rec.posture, "a posture record"
    assert bool([e for e in evs if e["type"] == "MOBILIZE"]) == keeps_event, evs


@pytest.mark.parametrize("sentence,force", [
    # a count noun with a nationality is that state's forces
    ("يتمركز نحو 2700 عسكري أمريكي في قاعدة عين الأسد.", "عسكري أمريكي"),
    ("قتل جنديان أمريكيان في هجوم بطائرة مسيرة.", "جنديان أمريكيان"),
    ("أعلنت الوزارة مقتل جنديين تركيين في قصف مدفعي.", "جنديين تركيين"),
])
def test_counted_soldiers_are_national_forces(sentence: str, force: str) -> None:
    rec = extract(sentence, published=PUBLISHED)
    ents = {e.name_ar: e for e in rec.entities}
    assert force in ents and ents[force].type == "ORG", list(ents)


def test_military_adjective_is_not_a_force() -> None:
    # عسكري is a count noun only after a number: "مصدر عسكري أمريكي" is a source
    rec = extract("وقال مصدر عسكري أمريكي إن الوجود العسكري الأمريكي باق.", published=PUBLISHED)
    assert not [e for e in rec.entities if e.name_ar.startswith("عسكري")], [e.name_ar for e in rec.entities]


def test_standing_force_posture_names_the_counted_force() -> None:
    rec = extract("يتمركز نحو 2700 عسكري أمريكي في قاعدة عين الأسد.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    assert [(names[p.actor], names[p.location]) for p in rec.posture] == [("عسكري أمريكي", "قاعدة عين الأسد")]


@pytest.mark.parametrize("sentence,typ,role,name", [
    # whose fire it was: the genitive of the weapon
    ("استشهد شابان فلسطينيان برصاص القوات الإسرائيلية في جنين أمس.", "ASSAULT", "actor", "القوات الإسرائيلية"),
    # strikes carried out by a named force, on the hideouts of a group
    ("قالت خلية الإعلام الأمني في العراق إن طيران الجيش نفّذ فجر اليوم ضربات على مخابئ لتنظيم داعش في كركوك.",
     "ASSAULT", "actor", "طيران الجيش"),
    ("قالت خلية الإعلام الأمني في العراق إن طيران الجيش نفّذ فجر اليوم ضربات على مخابئ لتنظيم داعش في كركوك.",
     "ASSAULT", "recipient", "تنظيم داعش"),
    # a participle after a comma: the subject of the clause before demands, the name after it is asked
    ("في المقابل، دانت وزارة الخارجية العراقية في بيان الهجوم، ووصفته بأنه خرق صريح للسيادة العراقية، "
     "مطالبة أنقرة بوقف عملياتها العسكرية داخل الأراضي العراقية.", "REQUEST", "actor", "وزارة الخارجية العراقية"),
    # who condemns an attack told before accuses whoever made it
    ("قُتل ثلاثة من عناصر وحدات مقاومة سنجار أمس بضربة نفذتها طائرة مسيّرة تركية. في المقابل، دانت وزارة "
     "الخارجية العراقية في بيان الهجوم، ووصفته بأنه خرق صريح للسيادة.", "ACCUSE", "recipient", "تركيا"),
    # a pronoun before the reporting verb is the sentence's subject, not the last speaker
    ("وقال قائممقام سنجار خدر إلياس إن المسيرة أطلقت صاروخين. ولم تعلّق وزارة الدفاع التركية على الضربة حتى الآن، "
     "غير أنها أعلنت الشهر الماضي \"تحييد\" عدد من مسلحي حزب العمال الكردستاني في المنطقة.",
     "ASSAULT", "actor", "وزارة الدفاع التركية"),
    # time words do not use up the reach of an attack's phrases
    ("أعلنت خلية الإعلام الأمني، اليوم الأحد، مقتل ثلاثة جنود وإصابة أربعة آخرين بجروح، في هجوم شنّه عناصر من تنظيم "
     "داعش ليل أمس السبت على موقع يتمركز فيه الجيش العراقي قرب قضاء الحويجة جنوب غربي محافظة كركوك.",
     "ASSAULT", "location", "الحويجة"),
])
def test_role_more(sentence: str, typ: str, role: str, name: str) -> None:
    _, evs = _events(sentence)
    assert any(any(name in n or n in name for n in e[role]) for e in evs if e["type"] == typ), evs


def test_announced_dead_and_the_attack_are_one_event() -> None:
    # the day in the announcement's clause dates the announcement; the attack's own time dates the attack
    rec, evs = _events("أعلنت خلية الإعلام الأمني، اليوم الأحد، مقتل ثلاثة جنود وإصابة أربعة آخرين بجروح، في هجوم "
                       "شنّه عناصر من تنظيم داعش ليل أمس السبت على موقع للجيش العراقي.")
    attacks = [e for e in rec.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].date == "2025-01-04", [(e.trigger.text, e.date) for e in attacks]


@pytest.mark.parametrize("sentence", [
    "سجل اللاعب هدفا من ضربة جزاء.",  # a penalty kick
    "تلقى الفريق ضربة موجعة بإصابة مهاجمه.",
])
def test_strike_needs_an_attack_reading(sentence: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


@pytest.mark.parametrize("sentence,detected", [
    # what a crowd does, told of a crowd new to the text, is a protest
    ("أحرق متظاهرون غاضبون إطارات السيارات وأغلقوا الطريق الدولي أمس.", True),
    # the same verbs with the protesters already told of are details of that protest, not a new one
    ("وأضرم المتظاهرون النار في إطارات مطاطية.", False),
])
def test_crowd_acts(sentence: str, detected: bool) -> None:
    _, evs = _events(sentence)
    assert bool([e for e in evs if e["type"] == "PROTEST"]) == detected, evs


@pytest.mark.parametrize("sentence,typ,role,name", [
    # the protesters are a party (Phoenix PROTESTER → OPP): they demand, the government is asked
    ("وطالب المتظاهرون الحكومة العراقية بتوفير فرص العمل أمس.", "REQUEST", "actor", "المتظاهرون"),
    # a military operation carried on
    ("واصل الجيش الإسرائيلي، اليوم الثلاثاء، لليوم الثاني على التوالي عمليته العسكرية الواسعة في مدينة جنين.",
     "ASSAULT", "actor", "الإسرائيلي"),
    # a speaker's own soldiers hurt in an attack: the speaker was hit, it did not strike
    ("قال الجيش الأميركي، اليوم الخميس، إن ثلاثة من جنوده أصيبوا بجروح طفيفة في هجوم بطائرة مسيّرة استهدف قاعدة "
     "كونيكو في ريف دير الزور.", "ASSAULT", "recipient", "الجيش الأميركي"),
])
def test_role_parties(sentence: str, typ: str, role: str, name: str) -> None:
    test_role_more(sentence, typ, role, name)


def test_carried_on_is_not_arrival() -> None:
    # واصل (carried on) holds أصل, a form of وصل (arrive): the whole word is no trigger
    _, evs = _events("واصل الجيش الإسرائيلي عمليته العسكرية في مدينة جنين.")
    assert [e["type"] for e in evs] == ["ASSAULT"], evs


@pytest.mark.parametrize("sentence", [
    "هدد الرئيس التركي بشن هجوم جديد في شمال سوريا.",
    "هدد الرئيس التركي بشن عملية عسكرية جديدة في شمال سوريا.",
])
def test_threatened_attack_is_the_threat(sentence: str) -> None:
    _, evs = _events(sentence)
    assert [e["type"] for e in evs] == ["THREATEN"], evs


def test_both_sides_after_a_visit_are_the_host_and_the_guest() -> None:
    rec, evs = _events("وكان وزير الخارجية الأمير فيصل بن فرحان قد استقبل في الرياض أمس وزير الخارجية الأردني أيمن "
                       "الصفدي، واتفق الجانبان على عقد الاجتماع الأول لمجلس التنسيق في عمّان مطلع مارس المقبل.")
    agree = [e for e in evs if e["type"] == "AGREE"]
    assert agree and set(agree[0]["actor"]) == {"فيصل بن فرحان", "أيمن الصفدي"}, evs


@pytest.mark.parametrize("sentence,typ,role,name", [
    ("وأفرجت سلطات الاحتلال مساء أمس عن الأسير محمود عبد الرحيم زهران من بلدة دير أبو مشعل.",
     "RETREAT", "recipient", "محمود عبد الرحيم"),
    ("وأغلقت قوات الاحتلال حاجز عطارة شمال رام الله أمام حركة المركبات.", "COERCE", "location", "حاجز عطارة"),
    ("دعا الاتحاد العام التونسي للشغل إلى إضراب عام يوم الخميس المقبل.", "PROTEST", "actor", "الاتحاد العام التونسي للشغل"),
])
def test_role_releases_closures_calls(sentence: str, typ: str, role: str, name: str) -> None:
    test_role_more(sentence, typ, role, name)


def test_called_strike_is_planned() -> None:
    _, evs = _events("دعا الاتحاد العام التونسي للشغل إلى إضراب عام يوم الخميس المقبل.")
    assert [(e["type"], e["status"]) for e in evs if e["type"] == "PROTEST"] == [("PROTEST", "planned")]


@pytest.mark.parametrize("sentence,typ,role,name", [
    # summoning a diplomat is a protest against the state it represents
    ("في المقابل، استدعت وزارة الخارجية العراقية القائم بالأعمال التركي في بغداد، وسلّمته مذكرة احتجاج.",
     "ACCUSE", "actor", "وزارة الخارجية العراقية"),
    # a participle whose sentence has no event verb before it: the sentence's opening subject demands
    ("في المقابل، استدعت وزارة الخارجية العراقية القائم بالأعمال التركي في بغداد، وسلّمته مذكرة احتجاج، "
     "مطالبة أنقرة بسحب قواتها من الأراضي العراقية.", "REQUEST", "actor", "وزارة الخارجية العراقية"),
    # launched, a series of strikes is told as it happens ("سلسلة" is no background here)
    ("شنّت طائرات حربية تركية، مساء أمس الأربعاء، سلسلة غارات على محيط قرى تابعة لناحية كاني ماسي في قضاء العمادية.",
     "ASSAULT", "location", "ماس"),  # (GeoNames writes كانى ماسى)
])
def test_role_diplomacy_series(sentence: str, typ: str, role: str, name: str) -> None:
    test_role_more(sentence, typ, role, name)


def test_summoning_needs_a_diplomat() -> None:
    _, evs = _events("استدعى الأمر تدخل الشرطة.")
    assert not [e for e in evs if e["type"] == "ACCUSE"], evs


def test_talks_held_by_phone_are_one_event() -> None:
    _, evs = _events("دبلوماسياً، بحث وزير الخارجية شائع الزنداني، في اتصال هاتفي مع نظيره العُماني بدر البوسعيدي، "
                     "جهود إحياء العملية السياسية.")
    consult = [e for e in evs if e["type"] == "CONSULT"]
    assert len(consult) == 1 and consult[0]["mode"] == "phone", evs
    assert consult[0]["actor"] == ["شائع الزنداني"] and consult[0]["recipient"] == ["بدر البوسعيدي"]


def test_received_positions_read_in_the_past() -> None:
    # تسلّم (received, past) and تُسلّم (hands over, present) are written alike: news narrates in the past
    _, evs = _events("وقال مصدر عسكري إن الجيش اللبناني تسلّم خلال الأسبوع الماضي ثلاثة مواقع من قوات اليونيفيل.")
    ret = [e for e in evs if e["type"] == "RETREAT"]
    assert ret and ret[0]["status"] == "occurred" and "الجيش اللبناني" in ret[0]["recipient"], evs


def test_since_dates_something_else() -> None:
    # "الساري منذ 27 تشرين الثاني": when the ceasefire began, not the day of the call
    rec = extract("وفي بيروت، اتهم الرئيس إسرائيل بخرق اتفاق وقف إطلاق النار الساري منذ 27 تشرين الثاني/نوفمبر "
                  "الماضي، ودعا الولايات المتحدة وفرنسا إلى الضغط على تل أبيب.", published=PUBLISHED)
    req = [e for e in rec.events if e.type == "REQUEST"]
    assert req and req[0].date == PUBLISHED, [(e.type, e.date) for e in rec.events]


@pytest.mark.parametrize("sentence,typ,role,name", [
    # holding someone responsible accuses them
    ("وحمّلت الرئاسة الفلسطينية الحكومة الإسرائيلية المسؤولية الكاملة عن التصعيد.", "ACCUSE", "recipient",
     "الحكومة الإسرائيلية"),
    # the result clause in reported speech: the subject after إنّ acted, not the speaker
    ('وقالت الوزارة إن القوات التركية "ردّت فوراً على مصادر النيران"، ما أسفر عن "تحييد" 51 عنصراً من قوات النظام.',
     "ASSAULT", "actor", "القوات التركية"),
])
def test_role_blame_result(sentence: str, typ: str, role: str, name: str) -> None:
    test_role_more(sentence, typ, role, name)


def test_carrying_banners_is_no_accusation_of_blame() -> None:
    _, evs = _events("وحمل المتظاهرون لافتات كبيرة في الساحة.")
    assert not [e for e in evs if e["type"] == "ACCUSE"], evs


def test_a_verb_with_an_unnamed_subject_of_its_own_does_not_go_on_with_the_last() -> None:
    # "وتجمّع مئات المزارعين": the farmers gathered, not the security forces of the sentence before
    rec = extract("اعتقلت قوات الأمن العراقية عشرات المحتجين في مدينة البصرة. وتجمّع مئات المزارعين أمام مبنى "
                  "المحافظة للمطالبة بالمياه.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    got = [[names[x] for x in e.actor] for e in rec.events if e.type == "PROTEST"]
    assert got and "قوات الأمن العراقية" not in got[0], [(e.type, [names[x] for x in e.actor]) for e in rec.events]


def test_what_is_aimed_at_that_is_no_target() -> None:
    # "عمل يستهدف سمعة البلاد"، "استهداف استقرار المنطقة": no attack
    for text in ("ووصف البيان التفجير بأنه عمل إرهابي يستهدف سمعة العراق والتزاماته الدولية.",
                 "وحذّر الوزير من محاولات استهداف استقرار المنطقة."):
        rec, evs = _events(text)
        assert not [e for e in rec.events if e.type == "ASSAULT"], evs


def test_clips_someone_published_are_no_deployment() -> None:
    # "مقاطع مصورة نشرها ناشطون": its publishing (نشر + a pronoun), not its deployment
    _, evs = _events("وفرّقت الشرطة المحتجين بالهراوات، وفق مقاطع مصورة نشرها ناشطون على مواقع التواصل الاجتماعي.")
    assert not [e for e in evs if e["type"] == "MOBILIZE"], evs


def test_holding_responsible_in_a_participle() -> None:
    """"…، محمّلةً X المسؤولية": the speaker blames X (a participle needs the responsibility near it, so a
    lorry "محمّلة بالمواد" is no blame); right after a condemnation it is that same act, whose target X is."""
    rec = extract("وقالت نقابة الأطباء في بيان إن القصف طال مستشفى المدينة، محمّلةً قوات الدعم السريع "
                  "«المسؤولية الكاملة» عن سلامة الطواقم.", published=PUBLISHED)
    acc = [e for e in rec.events if e.type == "ACCUSE"]
    names = {e.id: e.name_ar for e in rec.entities}
    assert acc and [names[x] for x in acc[0].recipient] == ["قوات الدعم السريع"], [(e.type, e.trigger.text) for e in rec.events]
    assert [names[x] for x in acc[0].actor] == ["نقابة الأطباء"]
    _, evs = _events("ووصلت قافلة تضم عشر شاحنات محمّلة بالمواد الغذائية إلى المدينة.")
    assert not [e for e in evs if e["type"] == "ACCUSE"], evs
    rec = extract("وأدانت وزارة الخارجية الأردنية الاقتحام، محمّلةً الحكومة الإسرائيلية المسؤولية الكاملة عن "
                  "تداعياته.", published=PUBLISHED)
    acc = [e for e in rec.events if e.type == "ACCUSE"]
    names = {e.id: e.name_ar for e in rec.entities}
    assert len(acc) == 1 and [names[x] for x in acc[0].recipient] == ["الحكومة الإسرائيلية"], \
        [(e.type, e.trigger.text, [names[x] for x in e.recipient]) for e in acc]


def test_accord_announced_by_its_parties() -> None:
    # "الاتفاق الذي أعلنته بغداد وواشنطن": the parties announced it; a relative clause, not reported speech
    rec, evs = _events("على أن تحتفظ الولايات المتحدة بقرابة ألفي جندي في إقليم كردستان حتى أيلول 2026، وفق الاتفاق "
                       "الذي أعلنته بغداد وواشنطن في 27 أيلول/سبتمبر 2024.")
    agree = [e for e in rec.events if e.type == "AGREE"]
    assert agree and agree[0].date == "2024-09-27" and agree[0].status == "occurred", evs
    assert len(agree[0].actor) == 2 and not rec.statements


def test_what_is_rejected_is_part_of_the_rejection() -> None:
    _, evs = _events("في المقابل، رفض الأمين العام لحزب الله نعيم قاسم، في كلمة متلفزة مساء الأحد، أي بحث في تسليم "
                     "سلاح الحزب.")
    assert [(e["type"], e["actor"]) for e in evs] == [("REJECT", ["نعيم قاسم"])]


def test_deployment_of_a_counted_force() -> None:
    # the count of troops after the noun is the force it needs: "أنجز نشر ثلاثمئة عسكري"
    _, evs = _events("في الأثناء، أعلن الجيش اللبناني أنه أنجز نشر ثلاثمئة عسكري إضافي في تلة العويضة.")
    assert [e["actor"] for e in evs if e["type"] == "MOBILIZE"] == [["الجيش اللبناني"]], evs


@pytest.mark.parametrize("sentence,typ,role,name", [
    ("وفي قطاع غزة، استشهد مواطنان بقصف من طائرة مسيّرة إسرائيلية استهدف خيمة للنازحين في منطقة المواصي.",
     "ASSAULT", "actor", "إسرائيل"),
    ("وفي قطاع غزة، استشهد مواطنان بقصف من طائرة مسيّرة تابعة لجيش الاحتلال استهدف خيمة في منطقة المواصي.",
     "ASSAULT", "actor", "الاحتلال"),
    ("قصفت الطائرات مقرات تابعة لحزب العمال.", "ASSAULT", "recipient", "حزب العمال"),
    # a delegation arriving is a visit
    ("سياسياً، يصل وفد من حركة حماس إلى القاهرة في 15 شباط الجاري لبحث ترتيبات المرحلة الثانية.",
     "CONSULT", "location", "القاهرة"),
])
def test_role_weapons_and_delegations(sentence: str, typ: str, role: str, name: str) -> None:
    test_role_more(sentence, typ, role, name)


def test_quoted_from_an_outlet_is_no_movement() -> None:
    _, evs = _events('ونقلت هيئة البث الإسرائيلية "كان" عن مسؤول عسكري قوله إن المفاوضات ستستأنف.')
    assert not [e for e in evs if e["type"] in ("MOBILIZE", "COERCE")], evs


def test_strike_called_by_a_union_where_it_was_seen() -> None:
    _, evs = _events("شهدت ولاية صفاقس، اليوم الثلاثاء، إضراباً عاماً جهوياً دعا إليه الاتحاد الجهوي للشغل.")
    strike = [e for e in evs if e["type"] == "PROTEST"]
    assert strike and strike[0]["actor"] == ["الاتحاد الجهوي للشغل"] and strike[0]["location"] == ["صفاقس"], evs
    assert not [e for e in evs if e["type"] == "REQUEST"], evs


def test_convoy_of_a_force_moves_for_it() -> None:
    _, evs = _events("وقال مصدر عسكري إن رتلاً تابعاً لقوات الدعم السريع غادر مدينة الأبيض فجر اليوم باتجاه بارا.")
    assert [e["actor"] for e in evs if e["type"] == "RETREAT"] == [["قوات الدعم السريع"]], evs


def test_ceasefire_called_for_in_quotes_is_the_call() -> None:
    _, evs = _events('ودعت بعثة الأمم المتحدة للدعم في ليبيا، في بيان، إلى "وقف فوري لإطلاق النار" وحماية المدنيين.')
    assert [e["type"] for e in evs] == ["REQUEST"], evs


@pytest.mark.parametrize("sentence,typ,role,name", [
    # the attack of a group, its name after a detached لـ and quotation marks
    ('كما أعلن الجيش السوداني صد هجوم واسع لـ"الدعم السريع" على مدينة بابنوسة في غرب كردفان.',
     "ASSAULT", "actor", "الدعم السريع"),
    # condemning a strike told before accuses its maker; the strike named again is not a new one
    ("ميدانياً، استهدفت طائرات مسيّرة تابعة لقوات الدعم السريع فجر الثلاثاء محطة كوستي. وأدانت وزارة الخارجية "
     "المصرية استهداف محطة كوستي.", "ACCUSE", "recipient", "قوات الدعم السريع"),
])
def test_role_group_attacks(sentence: str, typ: str, role: str, name: str) -> None:
    test_role_more(sentence, typ, role, name)


def test_condemned_strike_is_not_told_twice() -> None:
    _, evs = _events("ميدانياً، استهدفت طائرات مسيّرة تابعة لقوات الدعم السريع فجر الثلاثاء محطة كوستي. وأدانت وزارة "
                     "الخارجية المصرية استهداف محطة كوستي.")
    assert [e["type"] for e in evs] == ["ASSAULT", "ACCUSE"], evs


@pytest.mark.parametrize("sentence,typ,role,name", [
    # a counted crowd of a nationality, and people named by what they do, hold their protest
    ("تظاهر آلاف الأردنيين عقب صلاة الجمعة في وسط عمان تنديداً بالحرب على غزة.", "PROTEST", "actor", "آلاف الأردنيين"),
    ("نفذ عشرات الناشطين اعتصاماً قرب السفارة الإسرائيلية في عمان مساء أمس.", "PROTEST", "actor", "الناشطين"),
    ("نفذ الأطباء المقيمون إضراباً عن العمل أمام وزارة الصحة في تونس.", "PROTEST", "actor", "الأطباء"),
    # taking part lends the participants the protest
    ("وشارك عشرات الفلسطينيين في وقفة احتجاجية أمام مقر الصليب الأحمر في رام الله.",
     "PROTEST", "actor", "عشرات الفلسطينيين"),
    # the other side of a clash, and gunmen who abduct
    ("اشتبكت قوات حرس الحدود مع مجموعة من المهربين حاولوا التسلل من الأراضي السورية.",
     "ASSAULT", "recipient", "المهربين"),
    ("خطف مسلحون مجهولون رجل الأعمال عادل الشريف في طرابلس.", "ASSAULT", "actor", "مسلحون"),
    # a verbal noun whose genitive acts on an object: the genitive is condemned
    ("دانت الأمم المتحدة احتجاز الحوثيين ثلاثة موظفين أمميين في صنعاء الأسبوع الماضي.", "ACCUSE", "recipient", "الحوثي"),
    ("استنكرت الجامعة العربية قصف الجيش السوداني سوقاً شعبية في نيالا.", "ACCUSE", "recipient", "الجيش السوداني"),
    ("ندد الاتحاد الأوروبي باعتقال السلطات الإيرانية 12 ناشطاً في طهران.", "ACCUSE", "recipient", "السلطات الإيرانية"),
    # an attack noun ending in ة (الغارة، الضربة) condemned after the attack was told
    ("استهدفت القوات الإسرائيلية سيارة في النبطية. وأدان الرئيس جوزاف عون الغارة.", "ACCUSE", "recipient",
     "القوات الإسرائيلية"),
    ("قصفت المدفعية التركية قرية في دهوك. وأدانت حكومة إقليم كوردستان الضربة في بيان.", "ACCUSE", "recipient",
     "المدفعية التركية"),
    # the owner of targets in construct is hit; artillery with a nationality acts
    ("قصفت المدفعية التركية مواقع حزب العمال الكردستاني في دهوك.", "ASSAULT", "recipient", "حزب العمال الكردستاني"),
    ("قصفت المدفعية التركية مواقع حزب العمال الكردستاني في دهوك.", "ASSAULT", "actor", "المدفعية التركية"),
    # the detached object pronoun is the party just acted on
    ("هدد الرئيس التركي رجب طيب أردوغان بضرب قوات النظام في كل مكان، مطالباً إياها بالانسحاب من المنطقة.",
     "REQUEST", "recipient", "قوات النظام"),
    # a phrase set off by commas between a verb and its object
    ("وكان رئيس الحكومة نواف سلام قد طالب، خلال استقباله السفير الأميركي ميشال عيسى أمس، الولايات المتحدة "
     "بالضغط على إسرائيل.", "REQUEST", "recipient", "الولايات المتحدة"),
    # who was hurt, named before the attack, is what it hit
    ("أصيب جنديان إسرائيليان بانفجار عبوة ناسفة استهدفت آلية عسكرية قرب بلدة قباطية مساء أمس.",
     "ASSAULT", "recipient", "جنديان إسرائيليان"),
    ("وأصيب ثلاثة من عناصر الشرطة العراقية بجروح في هجوم بعبوة ناسفة في الموصل.", "ASSAULT", "recipient", "الشرطة العراقية"),
    # a part of the place with its adjective between the preposition and the place (لـ)
    ("قتل شخصان في غارة على سيارة عند المدخل الشمالي لبلدة كفررمان في قضاء النبطية.",
     "ASSAULT", "location", "كفررمان"),
    ("اندلعت اشتباكات عنيفة على الأطراف الشرقية لمدينة الفاشر.", "ASSAULT", "location", "الفاشر"),
    # a noun and "lying" between the preposition and the place
    ("انتشرت وحدات الجيش اللبناني في القرى الواقعة جنوب نهر الليطاني.", "MOBILIZE", "location", "جنوب الليطاني"),
    # an arrest during a raid took place where the raid did
    ("اعتقلت قوات الاحتلال الإسرائيلي خمسة شبان خلال اقتحامها مخيم نور شمس في طولكرم.",
     "COERCE", "location", "مخيم نور شمس"),
])
def test_role_parties_and_objects(sentence: str, typ: str, role: str, name: str) -> None:
    test_role_more(sentence, typ, role, name)


def test_body_named_after_people_is_one_body() -> None:
    rec, _ = _events("أعلنت نقابة المعلمين والتنسيقية الوطنية للأساتذة إضراباً عاماً يوم الاثنين.")
    names = [e.name_ar for e in rec.entities]
    assert "المعلمين" not in names and "الأساتذة" not in names, names


def test_seizure_after_a_clause_is_by_who_acted_not_who_was_seen() -> None:
    _, evs = _events("وقال مصدر عسكري إن قوات حرس الحدود رصدت مجموعة من المهربين تحاول اجتياز الحدود، "
                     "مضيفاً أنه جرى ضبط كمية من المخدرات.")
    seized = [e for e in evs if e["type"] == "COERCE"]
    assert seized and "المهربين" not in seized[0]["actor"], evs


@pytest.mark.parametrize("sentence,typ,role,name", [
    # a title right after the verb, then the person: the person acts, not the body the title names
    ("وأدان المتحدث باسم الأمين العام للأمم المتحدة، ستيفان دوجاريك، عملية الاحتجاز.", "ACCUSE", "actor", "ستيفان دوجاريك"),
    ("وأدان المتحدث باسم الأمم المتحدة ستيفان دوجاريك الهجوم.", "ACCUSE", "actor", "ستيفان دوجاريك"),
    # who laid hold made the arrest: ألقى … القبض past the subject and a time
    ("وألقت قوات الأمن العراقية، فجر اليوم، القبض على خمسة أشخاص في بغداد.", "COERCE", "actor", "قوات الأمن العراقية"),
    # an envoy's post names where he is sent: the place is part of the title, the person acts
    ("ودعا المبعوث الأممي الخاص إلى ليبيا غسان سلامة، في بيان، الأطراف كافة إلى وقف القتال.", "REQUEST", "actor",
     "غسان سلامة"),
    # the one met, past his own title
    ("والتقى المبعوث الأمريكي إلى سوريا توماس باراك الرئيس السوري أحمد الشرع في دمشق.", "CONSULT", "actor",
     "توماس باراك"),
    ("والتقى المبعوث الأمريكي إلى سوريا توماس باراك الرئيس السوري أحمد الشرع في دمشق.", "CONSULT", "recipient",
     "أحمد الشرع"),
    # who set about doing it did it: أقدم … على، عمد … إلى
    ("أقدم الجيش الإسرائيلي، فجر اليوم الثلاثاء، على تفجير أربعة منازل في بلدة كفركلا.", "ASSAULT", "actor",
     "جيش الدفاع الإسرائيلي"),
    ("وعمدت القوات الإسرائيلية إلى هدم منزلين في بلدة كفركلا.", "ASSAULT", "actor", "القوات الإسرائيلية"),
    # a rank or honorific between the post and the name is the same person's
    ("بحث وزير الدفاع السعودي الأمير خالد بن سلمان، في اتصال هاتفي مساء أمس مع رئيس مجلس القيادة الرئاسي "
     "رشاد العليمي، ترتيبات الأمن.", "CONSULT", "actor", "خالد بن سلمان"),
    ("بحث وزير الدفاع السعودي الأمير خالد بن سلمان، في اتصال هاتفي مساء أمس مع رئيس مجلس القيادة الرئاسي "
     "رشاد العليمي، ترتيبات الأمن.", "CONSULT", "recipient", "رشاد العليمي"),
    # a group named by its adjective on the attack, when the article names the group
    ("أعلن الحوثيون أمس مسؤوليتهم عن هجوم. وقُتل جنديان وأصيب ثلاثة آخرون في قصف مدفعي حوثي استهدف مواقعهم "
     "غربي تعز.", "ASSAULT", "actor", "الحوثي"),
])
def test_role_titles_and_groups(sentence: str, typ: str, role: str, name: str) -> None:
    test_role_more(sentence, typ, role, name)


def test_title_heading_the_object_is_not_the_subject() -> None:
    _, evs = _events("أدان الرئيس اللبناني ميشال عون الهجوم على الرئيس السوري بشار الأسد.")
    assert all("بشار الأسد" not in e["actor"] for e in evs), evs


@pytest.mark.parametrize("sentence", [
    # a march's own verb tells it happened; a strike decided on, by who decided it, is to come
    "خرجت مسيرة حاشدة جابت شوارع المدينة بمشاركة الآلاف.",
    "قرر الاتحاد الجهوي للشغل تنفيذ إضراب عام يوم 20 نوفمبر.",
    # تظاهرة is the noun, not the verb تظاهر with a pronoun
    "شارك 300 متظاهر في تظاهرة نظمتها الحركة امس في لندن.",
    # a counted crowd is introduced by the sentence, not one told of before; a time between verb and crowd
    "ورشق مئات المتظاهرين قوات مكافحة الشغب بالحجارة في شوارع المدينة.",
    "كما خرج مساء أول من امس مئات من المتظاهرين احتجاجا على تعامل الحكومة مع الحرائق.",
])
def test_protest_told(sentence: str) -> None:
    _, evs = _events(sentence)
    assert [e for e in evs if e["type"] == "PROTEST"], evs


def test_crowd_leaving_is_a_protest_not_a_withdrawal() -> None:
    _, evs = _events("كما خرج مساء أول من امس مئات من المتظاهرين احتجاجا على تعامل الحكومة مع الحرائق.")
    assert not [e for e in evs if e["type"] == "RETREAT"], evs


@pytest.mark.parametrize("sentence,typ,role,name", [
    # a participle after a comma accuses or threatens for the clause's subject
    ("طالبت الرابطة التونسية للدفاع عن حقوق الإنسان بالإفراج عن الموقوفين، متهمة الحكومة التونسية بالاستعمال المفرط للقوة.",
     "ACCUSE", "actor", "الرابطة التونسية"),
    ("رفضت كتائب حزب الله إعادة التموضع، ومهددة بالتعامل معه بكل الوسائل.", "THREATEN", "actor", "كتائب حزب الله"),
    # a verb that begins the noun, its subject named as units of a body
    ("باشرت وحدات من الفرقة السادسة الانتشار في بغداد.", "MOBILIZE", "actor", "الفرقة السادسة"),
    # detachments or formations of a body (مفارز، قطعات) before their verb: the body acts
    ("وأفادت الوزارة بأن مفارز من الجيش الوطني الشعبي أوقفت خمسة عناصر دعم.", "COERCE", "actor", "الجيش الوطني الشعبي"),
    ("وأضاف أن قطعات من الفرقة الخامسة انتشرت في محيط التلال.", "MOBILIZE", "actor", "الفرقة الخامسة"),
])
def test_role_participles_and_units(sentence: str, typ: str, role: str, name: str) -> None:
    test_role_more(sentence, typ, role, name)


def test_place_of_the_destination_is_no_origin() -> None:
    _, evs = _events("غادرت آخر دفعة من الجنود الأميركيين القاعدة متجهة إلى قاعدة حرير الجوية في محافظة أربيل.")
    left = [e for e in evs if e["type"] == "RETREAT"]
    assert left and "أربيل" not in left[0]["origin"] and "قاعدة حرير" in left[0]["destination"], evs


def test_participle_needs_a_comma_and_a_charge() -> None:
    _, evs = _events("اعتقلت الشرطة العراقية خمسة متهمين في بغداد أمس.")
    assert not [e for e in evs if e["type"] == "ACCUSE"], evs


@pytest.mark.parametrize("sentence,role,name", [
    # aid sent or delivered: by whom, to whom
    ("أرسلت الإمارات مساعدات إنسانية إلى قطاع غزة.", "actor", "الإمارات"),
    ("أرسلت الإمارات مساعدات إنسانية إلى قطاع غزة.", "recipient", "قطاع غزة"),
    ("قدمت الولايات المتحدة مساعدات عسكرية لأوكرانيا.", "recipient", "أوكرانيا"),
    # a convoy is aid when relief is named with it; its sender a national Red Crescent
    ("وصلت إلى المدينة قافلة مساعدات أرسلها الهلال الأحمر الليبي تضم ٢٠ شاحنة محملة بالمواد الغذائية.",
     "actor", "الهلال الأحمر الليبي"),
])
def test_aid(sentence: str, role: str, name: str) -> None:
    test_role_more(sentence, "AID", role, name)


def test_aid_mode_and_military_convoy() -> None:
    _, evs = _events("قدمت الولايات المتحدة مساعدات عسكرية لأوكرانيا.")
    assert [e["mode"] for e in evs if e["type"] == "AID"] == ["military"], evs
    _, evs = _events("وصلت قافلة عسكرية تركية إلى إدلب.")
    assert not [e for e in evs if e["type"] == "AID"], evs


def test_call_received_in_a_relative_clause() -> None:
    _, evs = _events("وأدان رئيس الجمهورية العماد جوزاف عون الغارة، وذلك خلال اتصال هاتفي تلقاه اليوم من الرئيس الفرنسي "
                     "إيمانويل ماكرون، تناول التصعيد جنوباً.")
    call = [e for e in evs if e["type"] == "CONSULT"]
    # (the Lebanese spelling names the known president, whose canonical name is spelled جوزيف)
    assert call and call[0]["actor"] == ["إيمانويل ماكرون"] and call[0]["recipient"] == ["جوزيف عون"], evs


def test_strike_declared_and_march_are_two_protests() -> None:
    _, evs = _events("وأعلنت القوى الوطنية والإسلامية في المحافظة الإضراب الشامل حداداً على روح الشهيد، فيما خرجت مسيرة "
                     "غاضبة جابت شوارع طوباس.")
    protests = sorted((e["mode"], tuple(e["actor"])) for e in evs if e["type"] == "PROTEST")
    assert protests == [("demo", ()), ("strike", ("القوى الوطنية والإسلامية",))], evs
    assert not [e for e in evs if e["type"] == "RETREAT"], evs


def test_young_man_killed_is_named() -> None:
    _, evs = _events("استشهد الشاب أحمد سامي دراغمة (21 عاماً) برصاص قوات الاحتلال الإسرائيلي فجر اليوم في طوباس.")
    assert [e["recipient"] for e in evs if e["type"] == "ASSAULT"] == [["أحمد سامي دراغمة"]], evs


@pytest.mark.parametrize("sentence,typ,role,name", [
    # a named battalion is a party; who called a strike holds it
    ("اندلعت اشتباكات بين كتيبة درع الساحل وكتيبة الفاروق في مدينة الزاوية الليبية.", "ASSAULT", "actor",
     "كتيبة درع الساحل"),
    ("دخل عمال شركة الفسفاط، اليوم الأربعاء، في إضراب عن العمل لمدة ثلاثة أيام، بدعوة من الجامعة العامة للمناجم "
     "التابعة للاتحاد العام التونسي للشغل.", "PROTEST", "actor", "الجامعة العامة للمناجم"),
    # Maghreb usage: أوقف/إيقاف of people is an arrest
    ("وأعلنت وزارة الداخلية التونسية، في بيان، إيقاف 17 شخصاً تورطوا في أعمال شغب.", "COERCE", "actor", "وزارة الداخلية"),
])
def test_role_units_calls_and_arrests(sentence: str, typ: str, role: str, name: str) -> None:
    test_role_more(sentence, typ, role, name)


def test_halting_fire_is_no_arrest() -> None:
    _, evs = _events("أوقف الجيش إطلاق النار في المدينة.")
    assert not [e for e in evs if e["type"] == "COERCE"], evs


@pytest.mark.parametrize("sentence,typ,role,name", [
    # a verb after a comma with no subject of its own: the clause's subject acts on the one it acted on
    ("من جهته، أجرى رئيس حكومة إقليم كوردستان مسرور بارزاني اتصالاً هاتفياً برئيس الوزراء الاتحادي محمد شياع "
     "السوداني، طالبه خلاله بمحاسبة الجهات التي تقف وراء الهجوم.", "REQUEST", "actor", "مسرور بارزاني"),
    ("من جهته، أجرى رئيس حكومة إقليم كوردستان مسرور بارزاني اتصالاً هاتفياً برئيس الوزراء الاتحادي محمد شياع "
     "السوداني، طالبه خلاله بمحاسبة الجهات التي تقف وراء الهجوم.", "REQUEST", "recipient", "محمد شياع السوداني"),
    # a renewed demand, its subject past an aside
    ("وفي هذا السياق، جدّد رئيس الجمهورية العماد جوزاف عون، خلال استقباله رئيس بعثة اليونيفيل، مطالبته بانسحاب "
     "إسرائيل الفوري من النقاط الخمس.", "REQUEST", "actor", "عون"),
    # the international community is a party
    ("وأدانت وزارة الخارجية الفلسطينية العملية، وطالبت المجتمع الدولي بالتدخل العاجل لوقف التصعيد.", "REQUEST",
     "recipient", "المجتمع الدولي"),
    # arrests during a military operation took place where it did
    ("اعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم الاثنين، ٢٣ مواطناً خلال عملية عسكرية واسعة في مدينة طوباس.",
     "COERCE", "location", "طوباس"),
])
def test_role_clauses_that_go_on(sentence: str, typ: str, role: str, name: str) -> None:
    test_role_more(sentence, typ, role, name)


@pytest.mark.parametrize("sentence,actor", [
    # a denial of involvement is a rejection (CAMEO 016, REJECT by the PLOVER manual's suggestion); "the latter"
    # is the party named last
    ("واتهم المتحدث العسكري قوات الدعم السريع السودانية بتسهيل تسلل المجموعات، فيما نفت الأخيرة، في بيان نشرته على "
     "منصة تلغرام، أي صلة لها بالهجوم.", "قوات الدعم السريع"),
    ("في المقابل، نفت كتائب سيد الشهداء في بيان أي صلة لها بالهجوم.", "كتائب سيد الشهداء"),
    # the denied report right after the subject's name, its adjective included
    ("ونفى الجيش المصري صحة التقرير.", "الجيش المصري"),
])
def test_denial_of_involvement(sentence: str, actor: str) -> None:
    _, evs = _events(sentence)
    assert [e["actor"] for e in evs if e["type"] == "REJECT"] == [[actor]], evs


def test_denied_statement_is_no_rejection() -> None:
    _, evs = _events("ونفت وزارة الدفاع العراقية أن تكون القوات قد انسحبت من مدينة الموصل.")
    assert not [e for e in evs if e["type"] == "REJECT"], evs


def test_what_was_rejected_by_the_one_named_after() -> None:
    _, evs = _events("هدد وزير الدفاع الإسرائيلي يسرائيل كاتس بتوسيع دائرة الضربات، وهو ما رفضه عضو كتلة \"الوفاء للمقاومة\" "
                     "النائب حسن فضل الله، مؤكداً أن سلاح المقاومة ليس بنداً على طاولة التفاوض.")
    assert [e["actor"] for e in evs if e["type"] == "REJECT"] == [["حسن فضل الله"]], evs


@pytest.mark.parametrize("sentence,typ,role,name", [
    # the object after a title and the name in apposition
    ("واتهم الناطق الرسمي باسم القوات المسلحة السودانية، العميد نبيل عبد الله، قوات الدعم السريع بتنفيذ الهجوم.",
     "ACCUSE", "recipient", "قوات الدعم السريع"),
    # a pronoun subject before the verb: the entity after it is the object
    ("من جانبها، رحّبت الحكومة اليمنية بالإفراج عن البحارة، لكنها اتهمت طهران بمواصلة تهريب الأسلحة.",
     "ACCUSE", "recipient", "طهران"),
    # an unnamed source before the verb is its subject; cells of a group stand for the group
    ("غير أن مصدراً أمنياً في \"قسد\" اتهم خلايا تنظيم \"داعش\" بالوقوف وراء الهجوم.", "ACCUSE", "recipient", "داعش"),
    # sanctions on members of a body hit the body
    ("وكان مجلس الاتحاد الأوروبي قد فرض، الخميس الماضي، عقوبات على أربعة من قادة الدعم السريع.", "SANCTION",
     "recipient", "الدعم السريع"),
])
def test_role_objects_past_subjects(sentence: str, typ: str, role: str, name: str) -> None:
    test_role_more(sentence, typ, role, name)


@pytest.mark.parametrize("sentence,actor", [
    # vowing or brandishing after a comma threatens, for the one who speaks
    ("وقال المتحدث العسكري باسم الحوثيين العميد حسن المؤيد إن قوات الجماعة أطلقت صاروخاً على سفينة، متوعداً "
     "بـ\"رد واسع\" على العدوان.", "حسن المؤيد"),
    ("وقال الكاتب العام للاتحاد صلاح بن حامد إن المنظمة ترفض أي مقترح للتأجيل، ملوّحاً بـ\"تصعيد أشكال النضال\".",
     "صلاح بن حامد"),
])
def test_threat_participles(sentence: str, actor: str) -> None:
    _, evs = _events(sentence)
    assert [e["actor"] for e in evs if e["type"] == "THREATEN"] == [[actor]], evs


def test_bracketed_other_name_is_the_same_body() -> None:
    rec, evs = _events("وإثر ذلك، اعتقلت قوى الأمن الداخلي (الأسايش) 12 شخصاً في حملة دهم ببلدة الشحيل.")
    arrest = [e for e in evs if e["type"] == "COERCE" and e["mode"] == "arrest"]
    assert arrest and arrest[0]["actor"] == ["قوى الأمن الداخلي"] and arrest[0]["recipient"] == [], evs
    assert "بلدة الشحيل" in arrest[0]["location"] or "الشحيل" in arrest[0]["location"], evs
    assert [e.name_ar for e in rec.entities if e.type == "ORG"] == ["قوى الأمن الداخلي"]


def test_but_she_is_the_clause_subject() -> None:
    _, evs = _events("من جانبها، رحّبت الحكومة اليمنية بالإفراج عن البحارة، لكنها اتهمت طهران بمواصلة تهريب الأسلحة.")
    assert [e["actor"] for e in evs if e["type"] == "ACCUSE"] == [["الحكومة اليمنية"]], evs


@pytest.mark.parametrize("sentence,typ", [
    # readings a review found too eager, each a common news sentence that reports no such event
    ("أعلن الجيش الإسرائيلي اعتراض مسيرة انطلقت من اليمن.", "PROTEST"),  # a drone sets off
    ("نفت وزارة الصحة أن تكون المستشفيات قد تعرضت للقصف.", "REJECT"),  # الصحة names the ministry
    ("أوقفت إسرائيل عشرات الشاحنات على معبر كرم أبو سالم.", "COERCE"),  # trucks, not people
    ("وصلت الأوضاع الإنسانية في غزة إلى مستوى كارثي.", "AID"),  # humanitarian conditions
    ("منعت إسرائيل دخول المساعدات إلى قطاع غزة.", "AID"),  # aid barred, not given
    ("وصل الرئيس إلى القاعة، ملوحاً بيده للحاضرين.", "THREATEN"),  # waving a hand
])
def test_no_such_event(sentence: str, typ: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == typ], evs


@pytest.mark.parametrize("sentence,typ,actor", [
    # an unnamed source after بحسب is no subject of the verb; an active قتلت is no casualty verb
    ("وبحسب مصادر محلية، اعتقلت القوات الإسرائيلية خمسة شبان في جنين.", "COERCE", "القوات الإسرائيلية"),
    ("قتلت القوات الإسرائيلية شابين في هجوم على مخيم جنين.", "ASSAULT", "القوات الإسرائيلية"),
    # a time set off by commas between the verb and the people taken
    ("وكانت الوحدات الأمنية التونسية قد أوقفت، أمس الثلاثاء، ثلاثة نقابيين في المتلوي.", "COERCE",
     "الوحدات الأمنية التونسية"),
])
def test_actor_kept(sentence: str, typ: str, actor: str) -> None:
    _, evs = _events(sentence)
    assert [e["actor"] for e in evs if e["type"] == typ] == [[actor]], evs


def test_coordinated_verb_goes_on_past_a_closed_complement() -> None:
    _, evs = _events("من جهتها، أدانت وزارة الخارجية السورية الغارة، ووصفتها في بيان بأنها انتهاك صارخ للسيادة، "
                     "وطالبت مجلس الأمن الدولي بإلزام إسرائيل بالانسحاب.")
    asked = [e for e in evs if e["type"] == "REQUEST"]
    assert asked and asked[0]["actor"] == ["وزارة الخارجية السورية"], evs
    assert "مجلس الأمن الدولي" in asked[0]["recipient"], evs


def test_coordinated_verb_keeps_the_owner_of_an_unnamed_force() -> None:
    _, evs = _events("اقتحم مسلحون تابعون لجماعة الحوثي، أمس الأحد، مكتب برنامج الأغذية العالمي في صنعاء، واحتجزوا ٥ من "
                     "موظفيه اليمنيين.")
    # the storming (a seizure) and the detention (an arrest) are both the Houthis' doing
    assert [(e["mode"], e["actor"]) for e in evs if e["type"] == "COERCE"] == [
        ("seize", ["الحوثيون"]), ("arrest", ["الحوثيون"])], evs


@pytest.mark.parametrize("sentence,typ,mode,role,name", [
    # dismantling a cell is arresting it; who managed to do it did it, past the asides
    ("تمكّن المكتب المركزي للأبحاث القضائية، التابع للمديرية العامة لمراقبة التراب الوطني، صباح اليوم الأربعاء، من "
     "تفكيك خلية إرهابية تتكون من 9 عناصر ينشطون في مدن طنجة وفاس.", "COERCE", "arrest", "actor",
     "المكتب المركزي للأبحاث القضائية"),
    ("تمكّن المكتب المركزي للأبحاث القضائية من تفكيك خلية إرهابية ينشطون في مدن طنجة وفاس وتمارة.",
     "COERCE", "arrest", "location", "تمارة"),
    ("وتمكنت قوات الأمن العراقية من اعتقال خمسة مطلوبين في بغداد.", "COERCE", "arrest", "actor", "قوات الأمن العراقية"),
    # Maghreb "حجز" of weapons is a seizure; a security body reports the result of its own searches
    ("وحجزت الشرطة كميات من المخدرات في طنجة.", "COERCE", "seize", "actor", "الشرطة"),
    ("وأعلنت الشرطة أن عمليات التفتيش أسفرت عن حجز 3 أسلحة نارية.", "COERCE", "seize", "actor", "الشرطة"),
    # protesters in a sit-in held (Maghreb أوقف)
    ("من جهة أخرى، أوقفت وحدات الحرس الوطني، فجر اليوم، 7 معتصمين إثر محاولتهم غلق السكة الحديدية.",
     "COERCE", "arrest", "actor", "وحدات الحرس الوطني"),
])
def test_security_operations(sentence: str, typ: str, mode: str, role: str, name: str) -> None:
    ev = _one(sentence, typ)
    assert ev["mode"] == mode, ev
    assert any(name in n for n in ev[role]), ev


@pytest.mark.parametrize("sentence,types", [
    ("وبدأت القوات تفكيك القواعد العسكرية في المنطقة.", []),  # no cell: not an arrest
    ("وقام المسافرون بحجز التذاكر عبر الإنترنت.", []),  # a booking, not a seizure
    # passive أُدين with a case is a conviction, not a condemnation
    ("وأشار إلى أن أحد الموقوفين سبق أن أُدين في قضية مماثلة عام 2019.", ["SANCTION"]),
    # a court's verb with the sentence passed is a conviction; killing off or time spent in prison is not
    ("قضت الدائرة الأولى إرهاب بمحكمة جنايات القاهرة، اليوم الأحد، بالإعدام شنقاً لأربعة متهمين.", ["SANCTION"]),
    ("قضى الجيش العراقي على خلية إرهابية في ديالى.", []),
    ("أفرجت سلطات الاحتلال أمس عن الأسير بعد 14 شهراً قضاها في سجن عوفر.", []),
])
def test_security_operation_readings(sentence: str, types: list[str]) -> None:
    _, evs = _events(sentence)
    assert [e["type"] for e in evs if e["type"] in ("COERCE", "SANCTION", "ACCUSE")] == types, evs


@pytest.mark.parametrize("sentence,typ,role,name", [
    # members of a group after the verb or the light verb: the group acted
    ("هاجم مسلحون من تنظيم داعش نقطة للجيش العراقي قرب ناحية العظيم.", "ASSAULT", "actor", "تنظيم داعش"),
    ("هاجم مسلحون من تنظيم داعش نقطة للجيش العراقي قرب ناحية العظيم.", "ASSAULT", "recipient", "الجيش العراقي"),
    ("وشهدت المنطقة هجوماً شنّه مسلحون من تنظيم داعش على نقطة للجيش العراقي.", "ASSAULT", "actor", "تنظيم داعش"),
    # the operation an announced killing or arrest happened in names who did it, and where
    ("أعلنت خلية الإعلام الأمني مقتل أربعة عناصر من تنظيم داعش واعتقال ثلاثة مطلوبين آخرين، في عملية مشتركة "
     "نفذتها قطعات الجيش العراقي وألوية الحشد الشعبي في سلسلة جبال حمرين.", "ASSAULT", "actor", "الجيش العراقي"),
    ("أعلنت خلية الإعلام الأمني مقتل أربعة عناصر من تنظيم داعش واعتقال ثلاثة مطلوبين آخرين، في عملية مشتركة "
     "نفذتها قطعات الجيش العراقي وألوية الحشد الشعبي في سلسلة جبال حمرين.", "COERCE", "actor", "الحشد الشعبي"),
    ("أعلنت خلية الإعلام الأمني مقتل أربعة عناصر من تنظيم داعش في عملية نفذتها قطعات الجيش العراقي في سلسلة "
     "جبال حمرين.", "ASSAULT", "location", "جبال حمرين"),
    # the attack a death followed: its genitive subject, a weapon with a nationality, acted
    ("قُتل ثلاثة مقاتلين من قوات سوريا الديمقراطية، مساء أمس السبت، إثر استهداف طائرة مسيّرة تركية سيارة "
     "عسكرية كانت تقلّهم.", "ASSAULT", "actor", "تركيا"),
    ("قُتل ثلاثة مقاتلين من قوات سوريا الديمقراطية، مساء أمس السبت، إثر استهداف طائرة مسيّرة تركية سيارة "
     "عسكرية كانت تقلّهم.", "ASSAULT", "recipient", "قوات سوريا الديمقراطية"),
    # … and, being the same strike (its agent no victim), gives the killing the road it hit
    ("قُتل ثلاثة مقاتلين من قوات سوريا الديمقراطية وأصيب اثنان آخران، مساء أمس السبت، إثر استهداف طائرة مسيّرة "
     "تركية سيارة عسكرية كانت تقلّهم على الطريق الواصل بين بلدة صرين ومدينة كوباني.", "ASSAULT", "location", "بلدة صرين"),
    # a delegation of a body is the body; "the delegation" later is the one named before
    ("وصل وفد من حركة حماس، برئاسة خليل الحية، إلى القاهرة مساء أمس الاثنين.", "CONSULT", "actor", "حركة حماس"),
    ("وصل وفد من حركة حماس إلى القاهرة مساء أمس. وقال المصدر إن الوفد سيلتقي اليوم رئيس جهاز المخابرات العامة "
     "المصرية اللواء حسن رشاد.", "CONSULT", "actor", "حركة حماس"),
])
def test_members_and_operations(sentence: str, typ: str, role: str, name: str) -> None:
    test_role_more(sentence, typ, role, name)


@pytest.mark.parametrize("sentence,typ,role,name", [
    # who announced an attack in construct with the announcement made it
    ("شنّت مقاتلات أميركية غارات على ميناء الحديدة، بعد ساعات على إعلان جماعة الحوثي استهداف سفينة تجارية في البحر "
     "الأحمر.", "ASSAULT", "actor", "الحوثي"),
    # people held after a named subject and a time set off by commas
    ("أوقفت الأجهزة الأمنية الأردنية، ليل أمس الجمعة، 23 شخصاً في عمان.", "COERCE", "actor", "الأجهزة الأمنية الأردنية"),
    # a light verb lends its subjects past a date set off by commas (the state's official name)
    ("وقّعت المملكة العربية السعودية وجمهورية إيران الإسلامية، اليوم الأحد، مذكرة تفاهم للتعاون في المجالات القنصلية.",
     "AGREE", "actor", "إيران"),
])
def test_announcers_and_arrests(sentence: str, typ: str, role: str, name: str) -> None:
    test_role_more(sentence, typ, role, name)


def test_trucks_of_relief_move_aid_not_forces() -> None:
    rec = extract("عبرت، اليوم الاثنين، 180 شاحنة محمّلة بالمساعدات الإنسانية من الجانب المصري لمعبر رفح البري. "
                  "وتخضع الشاحنات للتفتيش من جانب السلطات الإسرائيلية قبل دخولها إلى قطاع غزة خلال الأسبوع.",
                  published=PUBLISHED)
    assert "MOBILIZE" not in [e.type for e in rec.events], rec.events


@pytest.mark.parametrize("sentence,types", [
    # receiving the wounded or refugees is no visit
    ("فيما استقبل الجانب المصري من المعبر 37 مصاباً ومريضاً لتلقي العلاج في المستشفيات المصرية.", []),
    ("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي ماركو روبيو في القاهرة.", ["CONSULT"]),
])
def test_receiving_people_in_need(sentence: str, types: list[str]) -> None:
    _, evs = _events(sentence)
    assert [e["type"] for e in evs] == types, evs


@pytest.mark.parametrize("sentence,typ,mode,actor", [
    # an inquiry opened or a fact-finding committee formed is an investigation
    ("دعا المجلس الرئاسي الليبي، في بيان، جميع الأطراف إلى الالتزام بوقف إطلاق النار، ومعلناً تشكيل لجنة لتقصي "
     "الحقائق في ملابسات الأحداث.", "ACCUSE", "investigate", "المجلس الرئاسي الليبي"),
    ("وأعلنت وزارة الداخلية العراقية فتح تحقيق في ملابسات الهجوم.", "ACCUSE", "investigate", "وزارة الداخلية العراقية"),
    # a call past the subject and a phrase set off by commas
    ("دعا المجلس الرئاسي الليبي، في بيان، جميع الأطراف إلى الالتزام الكامل بوقف إطلاق النار.", "REQUEST", "yield",
     "المجلس الرئاسي الليبي"),
])
def test_investigations_and_calls(sentence: str, typ: str, mode: str, actor: str) -> None:
    ev = _one(sentence, typ)
    assert ev["mode"] == mode and actor in ev["actor"], ev


def test_achieving_is_no_investigation() -> None:
    _, evs = _events("وقالت وزارة الخارجية العراقية إن الخطة تهدف إلى تحقيق الاستقرار في المنطقة.")
    assert "ACCUSE" not in [e["type"] for e in evs], evs


@pytest.mark.parametrize("sentence,typ,role,name", [
    # a participle after a call goes on with the caller
    ("دعا المجلس الرئاسي الليبي، في بيان، جميع الأطراف إلى \"الالتزام الكامل بوقف إطلاق النار\"، محذراً من أن "
     "\"أي خرق سيُواجَه بإجراءات رادعة\"، ومعلناً تشكيل لجنة لتقصي الحقائق في ملابسات الأحداث.",
     "ACCUSE", "actor", "المجلس الرئاسي الليبي"),
    # the two sides, past a time set off by commas, are the two parties named before
    ("اندلعت اشتباكات بين قوات جهاز الردع وعناصر من اللواء 444 قتال في طرابلس. وتوصل الطرفان، فجر اليوم، إلى "
     "اتفاق لوقف إطلاق النار بوساطة أعيان.", "AGREE", "actor", "اللواء 444"),
])
def test_participles_and_both_sides(sentence: str, typ: str, role: str, name: str) -> None:
    test_role_more(sentence, typ, role, name)


@pytest.mark.parametrize("sentence,typ,role,name", [
    # a detention condemned is the arrest told before; who is asked to release is who holds them
    ("اقتحم مسلحون تابعون لجماعة الحوثي مكتب برنامج الأغذية العالمي في صنعاء، واحتجزوا 5 من موظفيه. وأدان المتحدث "
     "باسم الأمين العام للأمم المتحدة، ستيفان دوجاريك، عملية الاحتجاز، وطالب بالإفراج الفوري عنهم.",
     "ACCUSE", "recipient", "الحوثي"),
    ("اقتحم مسلحون تابعون لجماعة الحوثي مكتب برنامج الأغذية العالمي في صنعاء، واحتجزوا 5 من موظفيه. وأدان المتحدث "
     "باسم الأمين العام للأمم المتحدة، ستيفان دوجاريك، عملية الاحتجاز، وطالب بالإفراج الفوري عنهم.",
     "REQUEST", "recipient", "الحوثي"),
    # where a demand was voiced; the host city of a meeting
    ("وطالب المتحدث باسم الأمم المتحدة ستيفان دوجاريك في مؤتمر صحفي بنيويورك بالإفراج عن الموظفين.",
     "REQUEST", "location", "نيويورك"),
    ("وقّعت السعودية وإيران مذكرة تفاهم للتعاون، على هامش اجتماع اللجنة الثلاثية المشتركة الذي احتضنته الرياض.",
     "AGREE", "location", "الرياض"),
    # the owner of the crimes or violations condemned is accused
    ("وأدانت وزارة الخارجية والمغتربين الفلسطينية، في بيان، \"جرائم ميليشيات المستعمرين المنظمة\" التي تُرتكب بحماية "
     "جيش الاحتلال.", "ACCUSE", "recipient", "المستعمرين"),
    ("واستنكرت الجامعة العربية انتهاكات قوات الاحتلال في المسجد الأقصى.", "ACCUSE", "recipient", "قوات الاحتلال"),
])
def test_condemned_detentions_and_places_of_speech(sentence: str, typ: str, role: str, name: str) -> None:
    test_role_more(sentence, typ, role, name)


def test_release_noun() -> None:
    assert _one("وأعلنت وزارة الداخلية العراقية الإفراج عن 20 معتقلا أمس.", "RETREAT")["mode"] == "release"


def test_regional_body_strikes_in_its_region() -> None:
    ev = _one("تونس – وات\nقرّرت الهيئة الإدارية للاتحاد الجهوي للشغل بقابس، أمس الأربعاء، تنفيذ إضراب عام جهوي "
              "يوم 20 نوفمبر الجاري، احتجاجاً على تجاهل السلطات.", "PROTEST")
    assert ev["location"] and "قابس" in ev["location"][0], ev


def test_the_court_of_the_chamber_sentences() -> None:
    ev = _one("قضت الدائرة الأولى إرهاب بمحكمة جنايات القاهرة، المنعقدة بمجمع محاكم بدر، اليوم الأحد، بالإعدام شنقاً "
              "لأربعة متهمين والسجن المؤبد لأحد عشر آخرين.", "SANCTION")
    assert ev["mode"] == "convict" and ev["actor"] == ["محكمة جنايات القاهرة"], ev


@pytest.mark.parametrize("sentence,role,name", [
    # a pronoun subject after إن/أن: the speaker acted, the entity after the verb is its object
    ("وقالت مالطا، الدولة التي ترفع الناقلة علمها، إنها استدعت القائم بالأعمال الإيراني لديها للاحتجاج.",
     "actor", "مالطا"),
    ("وأعلنت الخارجية العراقية أنها استدعت السفير التركي.", "recipient", "السفير التركي"),
    ("وأعلنت الخارجية العراقية أنها استدعت السفير التركي.", "actor", "الخارجية العراقية"),
])
def test_pronoun_subject_after_complementiser(sentence: str, role: str, name: str) -> None:
    test_role_more(sentence, "ACCUSE", role, name)



def test_strike_called_by_a_regional_union_is_in_its_region() -> None:
    ev = _one("تونس – وات\nشلّ الإضراب العام الجهوي الذي دعا إليه الاتحاد الجهوي للشغل بقفصة، اليوم الخميس، مختلف "
              "المؤسسات العمومية والخاصة بالجهة.", "PROTEST")
    assert "الاتحاد الجهوي للشغل" in ev["actor"] and ev["location"], ev


@pytest.mark.parametrize("sentence,role,name", [
    # the Saudi-led coalition in Yemen, by its short form after the full name; the drone sites it hit are
    # the group's (the drones are what the sites launch, not the weapon of the strike)
    ("أعلن المتحدث الرسمي باسم قوات تحالف دعم الشرعية في اليمن العميد الركن تركي المالكي، فجر اليوم، أن قوات التحالف "
     "نفذت سلسلة ضربات جوية استهدفت مواقع لإطلاق الطائرات المسيّرة تابعة لميليشيا الحوثي في مديرية رازح.",
     "actor", "تحالف دعم الشرعية في اليمن"),
    ("أعلن المتحدث الرسمي باسم قوات تحالف دعم الشرعية في اليمن العميد الركن تركي المالكي، فجر اليوم، أن قوات التحالف "
     "نفذت سلسلة ضربات جوية استهدفت مواقع لإطلاق الطائرات المسيّرة تابعة لميليشيا الحوثي في مديرية رازح.",
     "recipient", "الحوثي"),
    ("قُتل ثلاثة مدنيين بقصف من طائرة مسيّرة تابعة لجيش الاحتلال على منزل في رفح.", "actor", "جيش الاحتلال"),
])
def test_coalition_strikes_and_owned_sites(sentence: str, role: str, name: str) -> None:
    test_role_more(sentence, "ASSAULT", role, name)


def test_about_is_no_direction() -> None:
    # "نحو" before a count is "about", not "towards": the place after it is where the force massed
    ev = _one("وأفاد شهود عيان بأن قوات الدعم السريع حشدت نحو 200 مركبة قتالية في منطقة بارا.", "MOBILIZE")
    assert ev["location"] == ["بارا"], ev  # (the town, which the gazetteer knows)


def test_dash_inside_a_name_is_no_dateline() -> None:
    ev = _one("أحبطت القوات المسلحة الأردنية – الجيش العربي، فجر اليوم السبت، محاولتي تسلل وتهريب قادمة من الأراضي "
              "السورية، ما أسفر عن مقتل ثلاثة مهربين وإصابة آخرين.", "ASSAULT")
    assert ev["actor"] == ["القوات المسلحة الأردنية"], ev


@pytest.mark.parametrize("sentence,actor,recipient", [
    # recalling one's own envoy or delegation is SANCTION/withdraw, from whom it is withdrawn
    ("وكانت عمّان قد استدعت سفيرها من تل أبيب في الشهر التالي.", "عمّان", "تل أبيب"),
    ("وأعلنت تركيا سحب سفيرها من إسرائيل.", "تركيا", "إسرائيل"),
    ("بعدما سحبت إسرائيل والولايات المتحدة وفديهما من الدوحة للتشاور.", "إسرائيل", None),
])
def test_recalling_own_envoys(sentence: str, actor: str, recipient: str | None) -> None:
    ev = _one(sentence, "SANCTION")
    assert ev["mode"] == "withdraw" and actor in ev["actor"], ev
    if recipient:
        assert recipient in ev["recipient"], ev


def test_summoning_a_foreign_envoy_stays_a_protest() -> None:
    assert _one("واستدعت الخارجية العراقية السفير التركي.", "ACCUSE")["recipient"] == ["السفير التركي"]


@pytest.mark.parametrize("sentence,actor", [
    # a future response with a firm or deterrent manner is a threat, given now, by who says it
    ("وشدد المصدر على أن القوات المسلحة الأردنية ستتعامل بكل قوة وحزم مع أي تهديد يمس أمن الحدود.",
     "القوات المسلحة الأردنية"),
    ("ونقلت شبكة رووداو عن مسؤول عسكري أمريكي قوله إن أي اعتداء على قواتنا سيقابَل برد حازم.", "مسؤول عسكري أمريكي"),
])
def test_deterrent_warnings_are_threats(sentence: str, actor: str) -> None:
    ev = _one(sentence, "THREATEN")
    assert ev["status"] == "occurred" and actor in ev["actor"], ev


@pytest.mark.parametrize("sentence", [
    "وقال الجيش إن قواته ردت بالمثل على مصادر النيران.",  # a response told as done
    "وقابل الرئيس وفدا من رجال الأعمال بحزم.",  # no future
])
def test_responses_told_are_no_threats(sentence: str) -> None:
    _, evs = _events(sentence)
    assert "THREATEN" not in [e["type"] for e in evs], evs


@pytest.mark.parametrize("sentence,actor,recipient", [
    # a warning of what the warner's own side will do is a threat, aimed at the party named after it
    ("وحذّر وزير الخارجية الأردني، في مؤتمر صحفي، من أن الأردن «لن يسمح» بأي تجاوز تقدم عليه الميليشيات "
     "المدعومة من إيران على حدوده الشمالية.", "وزير الخارجية الأردني", None),
    ("وقال المتحدث باسم الجيش الوطني الليبي إن قواته تراقب الوضع، محذراً من أن الجيش الوطني الليبي "
     "«سيرد بقوة» على أي هجوم تشنه قوات حكومة الوحدة الوطنية.", "الجيش الوطني الليبي",
     "قوات حكومة الوحدة الوطنية"),
    # (no party after it: the one whose act the sentence told before the warning)
    ("وقال المتحدث باسم تحالف دعم الشرعية في اليمن إن دفاعات التحالف اعترضت طائرة مسيّرة أطلقتها جماعة الحوثي "
     "من محافظة عمران، محذراً من أن التحالف «سيتخذ الإجراءات اللازمة».", "تحالف دعم الشرعية في اليمن", "الحوثيون"),
    # (a state's own side is all its bodies: the army after the state is no target)
    ("وحذّر رئيس الوزراء الإسرائيلي من أن إسرائيل «ستتحرك» إذا هاجم الجيش الإسرائيلي حزب الله.",
     "رئيس الوزراء الإسرائيلي", "حزب الله"),
    # any breach met by a response, and a body told by its noun
    ("وحذّر الجيش الأردني من أن أي خرق للحدود سيُقابل بالرد المناسب.", "الجيش الأردني", None),
    ("وقال الكاتب العام للنقابة سمير العلوي إن العمال يشاركون في الإضراب، محذراً من أن النقابة ستخوض إضراباً "
     "مفتوحاً.", "سمير العلوي", None),
])
def test_warning_of_ones_own_response_is_a_threat(sentence: str, actor: str, recipient: str | None) -> None:
    _, evs = _events(sentence)
    threats = [e for e in evs if e["type"] == "THREATEN"]
    assert len(threats) == 1 and actor in threats[0]["actor"], evs  # (once: the response is the warning's)
    assert recipient is None or threats[0]["recipient"] == [recipient], evs


@pytest.mark.parametrize("sentence", [
    # (a guard) a warning of what may happen, not of what the warner's side will do
    "وحذّر عاملون في المجال الإنساني من أن استمرار القصف سيدفع آلاف الأسر إلى النزوح نحو مدينة الرستن.",
    "وحذّر وزير الداخلية من أن الحوثيين يستغلون الهدنة لتعزيز مواقعهم.",
])
def test_warnings_of_what_may_happen_are_no_threats(sentence: str) -> None:
    _, evs = _events(sentence)
    assert "THREATEN" not in [e["type"] for e in evs], evs


@pytest.mark.parametrize("text,location", [
    # an arrest after a raid by the same party happened where the raid was
    ("داهمت قوات الاحتلال الإسرائيلي مخيم نور شمس في طولكرم فجر اليوم. واعتقلت قوات الاحتلال خمسة شبان بعد مداهمة "
     "منازلهم.", ["مخيم نور شمس"]),
    # another party's act sets no scene for it
    ("داهمت قوات الاحتلال الإسرائيلي مخيم نور شمس في طولكرم فجر اليوم. واعتقلت الشرطة الفلسطينية خمسة شبان.", []),
    # ... but the dateline's scene still holds
    ("نابلس – وفا\nداهمت قوات الاحتلال الإسرائيلي مخيم بلاطة فجر اليوم. واعتقلت الشرطة الفلسطينية خمسة شبان.",
     ["نابلس"]),
])
def test_an_arrest_and_the_scene_before_it(text: str, location: list[str]) -> None:
    _, evs = _events(text)
    arrest = [e for e in evs if e["mode"] == "arrest"][0]
    assert arrest["location"] == location, evs


@pytest.mark.parametrize("sentence,actor,recipient", [
    # the guest, with his title, after a time set off by commas
    ("وفي سياق متصل، استقبل وزير الخارجية المصري بدر عبد العاطي، اليوم، نظيره الإيطالي أنطونيو تاياني في القاهرة.",
     "أنطونيو تاياني", "بدر عبد العاطي"),
    ("استقبل الرئيس عبد الفتاح السيسي، أمس، رئيس الوزراء العراقي محمد شياع السوداني في القاهرة.",
     "محمد شياع السوداني", "عبد الفتاح السيسي"),
])
def test_guest_after_a_time_aside(sentence: str, actor: str, recipient: str) -> None:
    ev = _one(sentence, "CONSULT")
    assert actor in ev["actor"] and recipient in ev["recipient"], ev


@pytest.mark.parametrize("sentence,actor,recipient", [
    # protocol prose: honorifics before the host, his posts, the palace and the day before the guest
    ("استقبل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد رئيس مجلس الوزراء - حفظه الله -، "
     "في قصر اليمامة بالرياض اليوم، أخاه صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر، والوفد المرافق له.",
     "تميم بن حمد آل ثاني", "محمد بن سلمان"),
    ("استقبل جلالة الملك عبدالله الثاني في قصر الحسينية اليوم الثلاثاء قائد القيادة المركزية الأمريكية الأدميرال "
     "براد كوبر.", "براد كوبر", "عبدالله الثاني"),
    ("استقبل سمو الشيخ محمد بن زايد آل نهيان رئيس الدولة في أبوظبي أمس وزير الخارجية الفرنسي جان نويل بارو.",
     "جان نويل بارو", "محمد بن زايد آل نهيان"),
    # the host's posts and nationality before his name are his own, however many
    ("استقبل ولي العهد الكويتي الشيخ صباح خالد الحمد الصباح وزير الدفاع التركي يشار غولر.",
     "يشار غولر", "صباح خالد الحمد الصباح"),
    # a delegation's body is the guest
    ("استقبل وزير الخارجية المصري بدر عبد العاطي في القاهرة اليوم وفد الاتحاد الأوروبي.",
     "وفد الاتحاد الأوروبي", "بدر عبد العاطي"),
])
def test_protocol_reception_host_and_guest(sentence: str, actor: str, recipient: str) -> None:
    ev = _one(sentence, "CONSULT")
    assert any(actor in a for a in ev["actor"]) and recipient in ev["recipient"], ev
    assert not set(ev["actor"]) & set(ev["recipient"]), ev


def test_a_host_who_talks_with_his_guest_stays_the_host() -> None:
    # "وبحث معه": the talk merges into the reception; the host does not become his own guest
    ev = _one("استقبل الرئيس اللبناني جوزاف عون في قصر بعبدا أمس وفداً من الكونغرس الأمريكي، وبحث معه الأوضاع.",
              "CONSULT")
    assert ev["actor"] == ["الكونغرس الأمريكي"] and not set(ev["actor"]) & set(ev["recipient"]), ev


@pytest.mark.parametrize("text,typ,mode,place", [
    # a sentence that opens with في + a place sets the scene for what follows it
    ("وفي محافظة جنين، أفاد شهود عيان بأن آليات عسكرية جابت الشوارع فجر اليوم. واعتقلت قوات الاحتلال "
     "الإسرائيلي ثلاثة شبان.", "COERCE", "arrest", "جنين"),
    # a dateline sets the first scene
    ("الخليل – وفا\nاعتقلت قوات الاحتلال الإسرائيلي أربعة مواطنين فجر اليوم بعد دهم منازلهم.",
     "COERCE", "arrest", "الخليل"),
    # the place of the party's last act holds for its next, sentences later
    ("قصفت المدفعية التركية قرى في ريف حلب الشمالي أمس. وقال مصدر محلي إن القصف تواصل ساعات. "
     "وأصيب خلاله مدنيان. واستهدفت المدفعية التركية أيضاً سيارة مدنية.", "ASSAULT", None, "حلب"),
    # a place told with في earlier in the sentence is where its acts happened, not the dateline
    ("بيروت – اعترض عدد من الأهالي اليوم دورية تابعة لقوات اليونيفيل في بلدة الخيام بقضاء مرجعيون، ومنعوها من "
     "متابعة سيرها بعدما دخلت أحد الأحياء الداخلية.", "MOBILIZE", None, "الخيام"),
    ("بغداد – قالت مصادر أمنية إن القوات الأمريكية المتمركزة في قاعدة عين الأسد ستغادر خلال أيام.",
     "RETREAT", "withdraw", "عين الأسد"),
    ("دمشق – أفادت مصادر محلية بأن عناصر الفصائل الموجودة في مدينة منبج انسحبوا فجر اليوم.",
     "RETREAT", "withdraw", "منبج"),
])
def test_an_event_with_no_place_takes_the_scene(text: str, typ: str, mode: str | None, place: str) -> None:
    _, evs = _events(text)
    found = [e for e in evs if e["type"] == typ and (mode is None or e["mode"] == mode)]
    assert found and all(e["location"] for e in found), evs
    assert any(place in loc for e in found for loc in e["location"]), evs


def test_a_phone_call_takes_no_scene() -> None:
    _, evs = _events("وفي القاهرة، تلقى الرئيس المصري عبد الفتاح السيسي اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون.")
    calls = [e for e in evs if e["type"] == "CONSULT"]
    assert calls and all(e["location"] == [] for e in calls), evs


@pytest.mark.parametrize("text,host", [
    # the country an envoy is recalled from is what the recall is aimed at
    ("أعلنت باماكو استدعاء سفيرها لدى الجزائر للتشاور.", "الجزائر"),
    ("استدعت وزارة الخارجية العراقية سفيرها في أنقرة للتشاور.", "أنقرة"),
])
def test_a_recalled_envoys_host_is_the_recipient(text: str, host: str) -> None:
    recall = _one(text, "SANCTION")
    assert recall["mode"] == "withdraw" and recall["recipient"] == [host] and host not in recall["location"], recall


def test_the_part_of_a_town_places_the_event_in_the_town() -> None:
    attack = _one("فجّر الجيش الإسرائيلي أربعة منازل في الحي الشرقي لبلدة كفركلا الحدودية في قضاء مرجعيون.", "ASSAULT")
    assert attack["location"] == ["كفركلا"], attack


def test_a_signing_takes_the_datelines_scene() -> None:
    deal = _one("المنامة في 11 فبراير / بنا / وقعت مملكة البحرين ودولة الكويت، اليوم، مذكرة تفاهم للتعاون الأمني.",
                "AGREE")
    assert deal["location"] == ["المنامة"], deal


def test_the_crossing_aid_goes_through_is_its_place() -> None:
    aid = _one("دخلت، أمس الثلاثاء، 214 شاحنة محملة بالمساعدات الإنسانية إلى قطاع غزة عبر معبر كرم أبو سالم.", "AID")
    assert "معبر كرم أبو سالم" in aid["location"] and "قطاع غزة" in aid["destination"], aid


@pytest.mark.parametrize("text,actor", [
    # a party that calls an act an escalation, a violation or a crime disapproves of it
    ("في حين اعتبرت تنسيقية المعطلين في بيان أن الإيقافات \"تصعيد أمني غير مبرر\".", "تنسيقية المعطلين"),
    ("وأوقفت الشرطة ثلاثة نقابيين أمس، وهو ما اعتبره الاتحاد العام التونسي للشغل \"استهدافاً مباشراً للعمل النقابي\".",
     "الاتحاد العام التونسي للشغل"),
])
def test_censure_is_disapproval(text: str, actor: str) -> None:
    found = [e for e in _events(text)[1] if e["type"] == "ACCUSE" and e["mode"] == "disapprove"]
    assert found and actor in found[0]["actor"], found


@pytest.mark.parametrize("text", [
    "واعتبر وزير الخارجية العراقي أن الاتفاق خطوة إيجابية.",
    # what someone calls an act, inside a phrase, distances the writer; it is no event of its own
    "وقال المتحدث باسم الجيش العراقي إن القوات ردت، متوعداً برد واسع على ما وصفه بالعدوان الأميركي.",
])
def test_no_censure(text: str) -> None:
    assert not [e for e in _events(text)[1] if e["type"] == "ACCUSE"], _events(text)[1]


def test_what_a_party_condemns_with_ma_is_the_act_just_told() -> None:
    found = _one("فرضت وزارة الخزانة الأمريكية، اليوم الأربعاء، عقوبات على ست شركات شحن، وهو ما وصفته طهران بأنه "
                 "\"قرصنة اقتصادية\".", "ACCUSE")
    assert found["actor"] == ["طهران"] and found["recipient"] == ["وزارة الخزانة الأمريكية"], found


def test_a_strike_kept_up_is_ongoing() -> None:
    strike = _one("وفي الجزائر المجاورة، يواصل الأطباء المقيمون إضراباً مفتوحاً عن العمل منذ 2 فيفري الماضي.", "PROTEST")
    assert strike["status"] == "ongoing", strike


def test_units_of_a_body_after_a_detached_lam_withdraw_for_it() -> None:
    _, evs = _events("تسلمت قوات درع الوطن مطار سيئون من وحدات تابعة لـ«المجلس الانتقالي الجنوبي» انسحبت باتجاه "
                     "مدينة المكلا.")
    assert any("المجلس الانتقالي الجنوبي" in a for e in evs if e["type"] == "RETREAT" for a in e["actor"]), evs


def test_a_verb_describing_the_attack_names_what_it_hit() -> None:
    # "غارة جوية استهدفت عناصر من X": the raid is the verb's subject; X was hit
    strike = _one("أعلنت القيادة الأمريكية في أفريقيا (أفريكوم) أنها نفذت، مساء أمس الاثنين، غارة جوية استهدفت "
                  "عناصر من تنظيم داعش في سلسلة جبال علمسكاد.", "ASSAULT")
    assert strike["actor"] == ["القيادة الأمريكية في أفريقيا"] and strike["recipient"] == ["تنظيم داعش"], strike


def test_a_relative_clause_with_its_own_subject_carries_none() -> None:
    # the kidnappers, an unnamed group, are the relative verb's subject: not the ministry that demands
    _, evs = _events("طالبت وزارة الداخلية، اليوم الأحد، بالإفراج الفوري عن مدير إدارة الميزانية عبدالحكيم "
                     "الشويهدي، الذي خطفته مجموعة مسلحة مساء أمس السبت من أمام منزله في منطقة عين زارة.")
    abduct = [e for e in evs if e["type"] == "ASSAULT"]
    assert abduct and "وزارة الداخلية" not in abduct[0]["actor"], evs


@pytest.mark.parametrize("text,typ", [
    # agreeing on, or asking for, something dated later is done today
    ("واتفقت الحكومة العراقية والقوات الأميركية على عقد الجولة المقبلة في بغداد يوم 2 مارس المقبل.", "AGREE"),
    ("وطالبت الحكومة العراقية القوات الأميركية بالانسحاب من قاعدة عين الأسد الشهر المقبل.", "REQUEST"),
])
def test_a_past_agreement_on_a_later_date_is_done(text: str, typ: str) -> None:
    ev = _one(text, typ)
    assert ev["status"] == "occurred", ev


def test_an_armed_group_unnamed_is_a_party() -> None:
    _, evs = _events("طالبت وزارة الداخلية، اليوم الأحد، بالإفراج الفوري عن مدير إدارة الميزانية بوزارة المالية عبدالحكيم "
                     "الشويهدي، الذي خطفته مجموعة مسلحة مساء أمس السبت من أمام منزله في منطقة عين زارة.")
    abduct = [e for e in evs if e["type"] == "ASSAULT"]
    assert abduct and abduct[0]["actor"] == ["مجموعة مسلحة"] and abduct[0]["recipient"] == ["عبدالحكيم الشويهدي"], evs


def test_what_a_haith_clause_tells_happened_at_the_place_before_it() -> None:
    seize = _one("رصدت المنطقة العسكرية الشمالية محاولة اجتياز الطائرات للحدود قرب لواء الرمثا، حيث جرى التعامل معها "
                 "وإسقاطها داخل الأراضي الأردنية، وضبط ما تحمله من مواد مخدرة.", "COERCE")
    assert seize["location"] == ["الرمثا"], seize


@pytest.mark.parametrize("text,target", [
    # who would be hit is who is threatened; the threatened attack is the threat's content, past asides
    ("هددت كتائب حزب الله، إحدى أبرز الفصائل المنضوية في المقاومة الإسلامية في العراق، اليوم الثلاثاء، باستئناف "
     "استهداف القوات الأميركية بالصواريخ.", "القوات الأميركية"),
    ("وهدد وزير الدفاع الإسرائيلي يسرائيل كاتس بتكثيف الضربات على حزب الله.", "حزب الله"),
])
def test_a_threat_names_who_would_be_hit(text: str, target: str) -> None:
    _, evs = _events(text)
    threat = [e for e in evs if e["type"] == "THREATEN"]
    assert threat and threat[0]["recipient"] == [target], evs
    assert not [e for e in evs if e["type"] == "ASSAULT" and e["status"] == "occurred"], evs


@pytest.mark.parametrize("sentence,typ,actor,place", [
    # an incursion by troops moves forces in (PLOVER MOBILIZE)
    ("وتزامنت الغارة مع توغل قوة إسرائيلية مؤلفة من 12 آلية عسكرية في قرية الرفيد بريف القنيطرة الجنوبي.",
     "MOBILIZE", "قوة إسرائيلية", "قرية الرفيد"),
    # troops storming a town seize it for the raid (PLOVER COERCE, seize)
    ("اقتحمت قوات الاحتلال بلدة بيتا جنوب نابلس فجر اليوم.", "COERCE", "قوات الاحتلال", "بيتا"),
    # the pronoun on the noun is the force named before it
    ("استشهد شاب برصاص قوات الاحتلال الإسرائيلي، صباح اليوم الخميس، خلال اقتحامها مدينة جنين.",
     "COERCE", "قوات الاحتلال الإسرائيلي", "جنين"),
])
def test_an_incursion_or_a_raid(sentence: str, typ: str, actor: str, place: str) -> None:
    ev = _one(sentence, typ)
    assert ev["actor"] == [actor] and any(place in p for p in ev["location"]), ev
    if typ == "COERCE":
        assert ev["mode"] == "seize", ev


@pytest.mark.parametrize("sentence", [
    # settlers or protesters storming a site move no troops
    "اقتحم مستوطنون باحات المسجد الأقصى صباح اليوم.",
    "اقتحم عشرات المحتجين مبنى البرلمان في بغداد.",
])
def test_storming_without_troops_is_no_deployment(sentence: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] in ("MOBILIZE", "COERCE")], evs


@pytest.mark.parametrize("sentence,actor", [
    # who announces a deployment makes it
    ("وأغلقت القوات الأمنية الطرق، فيما أعلنت قيادة عمليات بغداد نشر نحو ثلاثة آلاف عنصر في محيط المنطقة الخضراء "
     "\"لتأمين الجلسة\".", "قيادة عمليات بغداد"),
    ("وجاء الاتصال غداة إعلان وزارة الدفاع الأمريكية، الاثنين، بدء نشر سرب من المقاتلات في قاعدة الأمير سلطان الجوية.",
     "وزارة الدفاع الأمريكية"),
])
def test_an_announced_deployment_has_its_announcer_as_actor(sentence: str, actor: str) -> None:
    assert _one(sentence, "MOBILIZE")["actor"] == [actor]


@pytest.mark.parametrize("sentence,status", [
    ("أعرب الوزير عن استعداد إيطاليا للمساهمة في قوة الاستقرار الدولية المزمع نشرها في القطاع.", "planned"),
    # "المقرر الخاص" is a rapporteur, not a schedule
    ("وأكد المقرر الخاص للأمم المتحدة أن القوات الإسرائيلية قصفت المدينة أمس.", "occurred"),
])
def test_scheduled_and_rapporteur(sentence: str, status: str) -> None:
    _, evs = _events(sentence)
    assert evs and evs[0]["status"] == status, evs


@pytest.mark.parametrize("sentence,typ,actor", [
    # a unit of a force right after the verb: the force acts
    ("توغلت قوة تابعة للجيش الإسرائيلي، صباح اليوم الثلاثاء، في ريف القنيطرة الجنوبي.", "MOBILIZE", "جيش"),
    ("دهمت وحدة من الجيش اللبناني، فجر اليوم الثلاثاء، مستودعاً للأسلحة في بلدة بريتال.", "COERCE", "الجيش اللبناني"),
    # a sending verb past a long name and a time lends its subject to the reinforcements
    ("دفعت القيادة العامة للقوات المسلحة العربية الليبية، أمس الاثنين، بتعزيزات عسكرية كبيرة من مدينة بنغازي "
     "نحو مدينة الكفرة.", "MOBILIZE", "القيادة العامة للقوات المسلحة العربية الليبية"),
    # a حيث clause with no subject of its own goes on with the main clause's
    ("وتزامنت الغارة مع توغل قوة إسرائيلية في قرية الرفيد، حيث داهمت عدداً من المنازل.", "COERCE", "قوة إسرائيلية"),
])
def test_subject_of_a_unit_a_sender_and_a_where_clause(sentence: str, typ: str, actor: str) -> None:
    ev = _one(sentence, typ)
    assert len(ev["actor"]) == 1 and actor in ev["actor"][0], ev


def test_a_where_clause_with_its_own_subject_keeps_it() -> None:
    _, evs = _events("ووصل الوفد الأمريكي إلى بغداد، حيث اعتقلت قوات الأمن العراقية ثلاثة أشخاص.")
    arrest = [e for e in evs if e["type"] == "COERCE"][0]
    assert arrest["actor"] == ["قوات الأمن العراقية"], evs


def test_representatives_stand_for_those_met() -> None:
    ev = _one("وصل وزير الداخلية الجزائري إبراهيم مراد إلى البلدة، حيث التقى ممثلين عن المحتجين، وتعهد بحل الأزمة.",
              "CONSULT")
    assert ev["recipient"] == ["المحتجين"], ev


@pytest.mark.parametrize("sentence,recipient", [
    # the state whose envoy is summoned is the one protested to, past a time aside set off by commas
    ("استدعت وزارة الخارجية الكويتية، أمس الأربعاء، سفير جمهورية العراق لدى البلاد، وسلّمته مذكرة احتجاج.", "العراق"),
])
def test_a_summoned_envoys_state_is_the_recipient(sentence: str, recipient: str) -> None:
    ev = _one(sentence, "ACCUSE")
    assert any(recipient in r for r in ev["recipient"]) and not ev["location"], ev


def test_an_outlet_in_a_dateline_is_no_party() -> None:
    ev = _one("عمّان 18 تشرين الثاني (بترا)- استقبل جلالة الملك عبدالله الثاني، اليوم الثلاثاء، في قصر الحسينية، "
              "قائد القيادة المركزية الأمريكية الأدميرال براد كوبر، والوفد المرافق له.", "CONSULT")
    assert ev["actor"] == ["براد كوبر"] and ev["recipient"] == ["عبدالله الثاني"], ev


def test_a_verbal_nouns_agent_is_the_force_a_unit_belongs_to() -> None:
    ev = _one("احتجت الحكومة الموريتانية على توغل وحدة من الجيش المالي قرب بلدة فصالة.", "MOBILIZE")
    assert ev["actor"] == ["الجيش المالي"], ev


def test_a_condemned_attack_names_its_state_past_an_aside() -> None:
    _, evs = _events("قصفت المدفعية الإيرانية مخيمات قرب كويه. من جانبها، أدانت حكومة إقليم كردستان، في بيان أصدره "
                     "المتحدث باسمها، القصف الإيراني، واصفة إياه بأنه انتهاك.")
    accuse = [e for e in evs if e["type"] == "ACCUSE"][0]
    assert accuse["recipient"] == ["المدفعية الإيرانية"], evs


def test_what_is_condemned_is_not_the_speakers_act() -> None:
    _, evs = _events("قصف الجيش الإسرائيلي بلدة. ودانت وزارة الخارجية السورية، في بيان، الغارات الإسرائيلية على ريف دمشق.")
    assert all("وزارة الخارجية السورية" not in e["actor"] for e in evs if e["type"] == "ASSAULT"), evs


def test_a_threatened_response_is_aimed_at_the_attacker() -> None:
    _, evs = _events("قالت القيادة المركزية الأمريكية إن الولايات المتحدة نفذت غارات. في المقابل، توعّد المتحدث "
                     "العسكري باسم الحوثيين، العميد يحيى سريع، في بيان متلفز، بـ«رد قاسٍ ومؤلم» على ما وصفه "
                     "بـ«العدوان الأمريكي».")
    threat = [e for e in evs if e["type"] == "THREATEN"][0]
    assert threat["recipient"] and all("الحوثي" not in r for r in threat["recipient"]), evs


def test_a_post_handed_over_by_pronoun_gives_the_withdrawal_its_recipient() -> None:
    ev = _one("انسحبت القوات التركية، صباح أمس الأحد، من نقطة عسكرية كانت تتمركز فيها منذ عام 2019 على أطراف ناحية "
              "كاني ماسي في محافظة دهوك، وسلّمتها إلى قوات البيشمركة، في خطوة هي الأولى من نوعها.", "RETREAT")
    assert ev["actor"] == ["القوات التركية"] and ev["recipient"] == ["البيشمركة"], ev


def test_who_organised_a_protest_held_it() -> None:
    ev = _one("أصيب ١٤ متظاهراً، اليوم الأحد، إثر تدخل القوات الأمنية لتفريق تظاهرة نظمها مئات الخريجين العاطلين "
              "عن العمل أمام مبنى ديوان محافظة البصرة.", "PROTEST")
    assert ev["actor"] == ["الخريجين العاطلين عن العمل"], ev


@pytest.mark.parametrize("text,typ,recipient", [
    # the party a condemned act is named after, past the subject and its title
    ("واحتجز الحوثيون السفينة. بدورها، أدانت الحكومة اليمنية ما وصفته بـ«القرصنة الحوثية»، ودعت المجتمع الدولي "
     "إلى التحرك.", "ACCUSE", "الحوثيون"),
    ("داهمت القوات الإسرائيلية المخيم. وأدان الناطق باسم الرئاسة نبيل أبو ردينة التصعيد الإسرائيلي.", "ACCUSE",
     "القوات الإسرائيلية"),
    # a rejected act named after a state is that state's (the article names its foreign ministry)
    ("استدعت وزارة الخارجية العراقية القائم بالأعمال التركي. ورفضت وزارة الخارجية التركية، في بيان مساء "
     "اليوم، الاحتجاج العراقي.", "REJECT", "وزارة الخارجية العراقية"),
    ("أعلنت الولايات المتحدة فرض قيود جديدة على الشركات الصينية. ورفضت بكين القرار الأميركي.", "REJECT",
     "الولايات المتحدة"),
])
def test_a_condemned_or_rejected_act_names_its_party(text: str, typ: str, recipient: str) -> None:
    _, evs = _events(text)
    reaction = [e for e in evs if e["type"] == typ][0]
    assert reaction["recipient"] == [recipient], evs


@pytest.mark.parametrize("text,recipient", [
    # who must comply is threatened
    ("هدّد وزير الدفاع الإسرائيلي يسرائيل كاتس بـ\"تكثيف الضربات\" إذا لم تفِ الحكومة اللبنانية بالتزاماتها.",
     "الحكومة اللبنانية"),
    # the subject of a bare condition ("if … goes on") is threatened, with "إذا" and "في حال"
    ("وهدد وزير الدفاع الإسرائيلي بشن ضربات جديدة على المنشآت النووية إذا واصلت طهران تخصيب اليورانيوم.",
     "طهران"),
    ("ولوّح الصيادون بالدخول في إضراب شامل عن العمل في حال رفضت الحكومة المصرية تقليص مدة الحظر.",
     "الحكومة المصرية"),
    # the threatened attack's target, past a long aside with a quoted name
    ("هددت كتائب حزب الله، إحدى أبرز الفصائل المنضوية في ما يُعرف بـ\"المقاومة الإسلامية في العراق\"، اليوم "
     "الثلاثاء، باستئناف استهداف القوات الأميركية في العراق.", "القوات الأميركية"),
])
def test_who_a_threat_is_aimed_at(text: str, recipient: str) -> None:
    assert _one(text, "THREATEN")["recipient"] == [recipient]


def test_a_hosts_name_after_his_long_post_is_the_host() -> None:
    ev = _one("وفي سياق متصل، استقبل وزير الخارجية والهجرة وشؤون المصريين بالخارج بدر عبد العاطي، اليوم، نظيره "
              "الإيطالي أنطونيو تاياني في القاهرة.", "CONSULT")
    assert ev["actor"] == ["أنطونيو تاياني"] and "بدر عبد العاطي" in ev["recipient"], ev


def test_where_a_protest_was_held_is_not_who_held_it() -> None:
    # (read at the candidate: with no party the mention is too bare to become an event)
    from marsad.api import Extractor
    from marsad.events.lexicon import lexicon
    from marsad.events.recognise import find_candidates

    ex = Extractor(disable=("events", "posture", "summaries"))
    doc = ex.pipeline(ex.make_doc("أوقفت الشرطة 23 شخصاً من المشاركين في وقفة احتجاجية نُظّمت قرب مقر السفارة "
                                  "الإسرائيلية في العاصمة عمّان.", published=PUBLISHED))
    cands, _rr = find_candidates(doc, lexicon())
    names = {e.id: e.name_ar for e in doc.entities}
    protest = [c for c in cands if c.type == "PROTEST"]
    assert protest and all(not any("السفارة" in names[x] for x in c.actor) for c in protest)


@pytest.mark.parametrize("text,actor,recipient", [
    # concern expressed at what a party does is a disapproval of that party
    ("وأعربت الأمم المتحدة، في بيان، عن قلقها البالغ إزاء استمرار الغارات الإسرائيلية على لبنان. وكانت إسرائيل "
     "قد صعّدت غاراتها.", "الأمم المتحدة", "إسرائيل"),
    ("وأبدت بعثة الاتحاد الأوروبي استياءها من التصعيد الإيراني في الخليج، وأعربت عن قلقها حيال إيران.",
     None, "إيران"),
    # the subject named again in brackets is no object
    ("واتهمت قوة الأمم المتحدة المؤقتة في لبنان (اليونيفيل) إسرائيل بخرق القرار 1701.",
     "قوة الأمم المتحدة المؤقتة في لبنان", "إسرائيل"),
])
def test_concern_at_a_party_is_disapproval(text: str, actor: str | None, recipient: str) -> None:
    found = [e for e in _events(text)[1] if e["type"] == "ACCUSE"]
    assert found, _events(text)[1]
    assert any(recipient in e["recipient"] for e in found), found
    if actor:
        assert actor in found[0]["actor"] and actor not in found[0]["recipient"], found


@pytest.mark.parametrize("text", [
    "وأعرب الوزير عن أمله في نجاح المفاوضات المقبلة.",
    "وأعرب الرئيس عن شكره للدول المانحة على دعمها.",
])
def test_no_concern(text: str) -> None:
    assert not [e for e in _events(text)[1] if e["type"] == "ACCUSE"], _events(text)[1]


@pytest.mark.parametrize("text,actor", [
    # an attack "of" a force, past an adjective in the accusative
    ("أعلن الجيش السوداني أنه صدّ هجوماً واسعاً لقوات الدعم السريع على مدينة الفاشر.", "قوات الدعم السريع"),
    ("وأحبطت القوات العراقية هجوماً انتحارياً لتنظيم داعش قرب كركوك.", "تنظيم داعش"),
])
def test_an_attack_of_a_force_past_its_adjective(text: str, actor: str) -> None:
    # (the attack's own event: the repelling of it, "صدّ", is one of its own)
    found = [e for e in _events(text)[1] if e["type"] == "ASSAULT"]
    assert found and [e for e in found if e["actor"] == [actor]], found


@pytest.mark.parametrize("text,actor", [
    # the subject of "managed to" before the verb (after أن), also past a prepositional aside
    ("وذكر البيان أن مفارز مديرية شؤون الأمن الداخلي تمكنت من اعتقال مطلوبين اثنين.",
     "مديرية شؤون الأمن الداخلي"),
    ("وذكر البيان أن قوات الحشد الشعبي، وبالتنسيق مع قيادة العمليات، تمكنت من اعتقال ثلاثة مطلوبين.",
     "الحشد الشعبي"),
])
def test_who_managed_to_act_before_the_verb(text: str, actor: str) -> None:
    found = [e for e in _events(text)[1] if e["type"] == "COERCE"]
    assert found and any(actor in a for a in found[0]["actor"]), found


def test_an_impersonal_passive_takes_the_agent_told_before() -> None:
    # "وجرى توقيف …"، "تم اعتقال …": no subject of its own; the body told before did it
    text = ("أعلنت مديرية الأمن العام الأردنية أن مجموعة من الأشخاص أشعلت الإطارات في الشارع، وتم توقيف ستة منهم.")
    found = [e for e in _events(text)[1] if e["type"] == "COERCE"]
    assert found and len(found[0]["actor"]) == 1 and "الأمن العام" in found[0]["actor"][0], found


def test_an_unowned_mention_beside_the_act_is_that_act() -> None:
    # the raid in "بعد مداهمة منازلهم" is the background of the arrest its actor made: one event
    text = "وقال المحافظ إن قوات الاحتلال اعتقلت 14 مواطناً من المخيم بعد مداهمة منازلهم وتفتيشها."
    found = [e for e in _events(text)[1] if e["type"] == "COERCE"]
    assert len(found) == 1 and found[0]["actor"], found


def test_an_arrest_with_no_author_alone_stands() -> None:
    found = [e for e in _events("واعتُقل ثلاثة شبان في مدينة نابلس فجر اليوم.")[1] if e["type"] == "COERCE"]
    assert len(found) == 1, found


def test_agreed_timetable_is_an_accord_reached_and_needs_its_parties() -> None:
    ev = _one("وأكد أن الانسحاب سيجري الشهر المقبل وفق الجدول الزمني المتفق عليه بين بغداد وواشنطن.", "AGREE")
    assert ev["status"] == "occurred", ev
    _, evs = _events("وأكد أن الانسحاب سيجري الشهر المقبل وفق الجدول الزمني المتفق عليه.")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_a_possessed_call_names_no_actor_after_it() -> None:
    ev = _one("وجدّدت القيادة دعوتها إسرائيل إلى الانسحاب من النقاط الخمس.", "REQUEST")
    assert "إسرائيل" not in ev["actor"] and "إسرائيل" in ev["recipient"], ev


@pytest.mark.parametrize("sentence,seat", [
    ("وقالت شركة الملاحة، ومقرها أثينا، في بيان، إنها تطالب بالإفراج عن البحارة.", "أثينا"),
    ("وقال المرصد السوري لحقوق الإنسان، ومقره بريطانيا، إن 12 شخصاً قتلوا في الاشتباكات.", "بريطانيا"),
])
def test_the_seat_of_a_body_is_no_party_and_no_scene(sentence: str, seat: str) -> None:
    rec, evs = _events(sentence)
    assert all(seat not in e["actor"] and seat not in e["location"] for e in evs), evs
    names = {e.id: e.name_ar for e in rec.entities}
    assert all(names.get(s.speaker) != seat for s in rec.statements)


def test_an_act_in_the_scene_of_a_raid_takes_all_its_places() -> None:
    _, evs = _events("توغلت قوة من الجيش الإسرائيلي، صباح اليوم، في بلدة جباتا الخشب وقرية طرنجة بريف القنيطرة، "
                     "واعتقلت ثلاثة رعاة أغنام قبل أن تنسحب.")
    arrest = next(e for e in evs if e["type"] == "COERCE")
    assert {"بلدة جباتا الخشب", "قرية طرنجة"} <= set(arrest["location"]), arrest


def test_the_backer_of_a_party_is_no_place() -> None:
    _, evs = _events("قُتل 37 شخصاً في اشتباكات اندلعت بين قوات سوريا الديمقراطية وفصائل الجيش الوطني السوري "
                     "المدعومة من تركيا.")
    assert all("تركيا" not in e["location"] for e in evs), evs


@pytest.mark.parametrize("sentence", [
    # an accord breached, with the breach's adjective between
    "هددت الجماعة باستئناف هجماتها في حال استمرار الخروقات الإسرائيلية لاتفاق وقف إطلاق النار في قطاع غزة.",
    # an accord coming into force, dated: the date is its coming into force
    "وعلّقت الجماعة عملياتها عقب دخول اتفاق غزة حيز التنفيذ في العاشر من تشرين الأول الماضي.",
    # an accord carried out by the clause's subject: its deployment, not a new accord
    "وأعلن الجيش اللبناني نشر لواءين إضافيين في منطقة جنوب نهر الليطاني، ليرتفع عديد وحداته المنتشرة هناك إلى نحو "
    "10 آلاف عسكري، في إطار تنفيذ اتفاق وقف الأعمال العدائية.",
    # an accord undermined, with its parties
    "وحذر الوزير من أن التصعيد يهدد بتقويض اتفاق وقف إطلاق النار بين الحكومة اليمنية والحوثيين.",
])
def test_an_accord_in_force_is_no_accord_reached(sentence: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_a_joint_drill_is_cooperation_of_those_taking_part_where_it_is_hosted() -> None:
    ev = _one("انطلقت اليوم فعاليات التدريب البحري المشترك، الذي تستضيفه قاعدة رأس التين البحرية بالإسكندرية، "
              "بمشاركة فرقاطات وغواصات من القوات البحرية المصرية والقوات البحرية التركية.", "COOPERATE")
    assert {"القوات البحرية المصرية", "القوات البحرية التركية"} <= set(ev["actor"]), ev
    assert "قاعدة رأس التين البحرية" in ev["location"], ev


def test_a_plan_to_deploy_two_battalions_is_a_planned_deployment() -> None:
    ev = _one("وكانت الحكومة الإسرائيلية قد صادقت على خطة لنشر كتيبتين إضافيتين في جنوب الضفة الغربية.", "MOBILIZE")
    assert ev["status"] == "planned" and ev["actor"] == ["الحكومة الإسرائيلية"], ev
    assert "جنوب الضفة الغربية" in ev["destination"], ev


@pytest.mark.parametrize("text,typ,party", [
    ("اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع أمس. ويحشد الطرفان منذ أسابيع قوات كبيرة في شمال كردفان.",
     "MOBILIZE", "الجيش السوداني"),
    ("التقى وزير الخارجية الأردني أيمن الصفدي نظيره السوري أسعد الشيباني في عمّان. واتفق البلدان على تشكيل لجنة "
     "أمنية مشتركة.", "AGREE", "أسعد الشيباني"),
])
def test_both_sides_are_the_two_parties_named_before(text: str, typ: str, party: str) -> None:
    _, evs = _events(text)
    assert any(party in e["actor"] for e in evs if e["type"] == typ), evs


@pytest.mark.parametrize("sentence,actor", [
    ("طهران – وفرّقت قوات مكافحة الشغب المحتجين بالغاز المسيل للدموع.", "قوات مكافحة الشغب"),
    ("بيروت – وتدافع المتقاعدون مع عناصر مكافحة الشغب الذين استخدموا القنابل المسيلة للدموع.", "عناصر مكافحة الشغب"),
])
def test_crowd_control_by_riot_police(sentence: str, actor: str) -> None:
    ev = _one(sentence, "ASSAULT")
    assert ev["mode"] == "crowd-control" and actor in ev["actor"], ev


def test_dispersing_needs_a_crowd() -> None:
    _, evs = _events("وفرّق القانون بين الحالتين في المادة الثالثة.")
    assert not evs, evs


def test_an_accord_is_dated_by_its_own_relative_clause_past_its_genitive() -> None:
    ev = _one("ويتمركز في الأردن نحو 3800 عسكري أمريكي بموجب اتفاقية التعاون الدفاعي التي وقعها الأردن "
              "والولايات المتحدة في كانون الثاني 2021.", "AGREE")
    rec, _ = _events("ويتمركز في الأردن نحو 3800 عسكري أمريكي بموجب اتفاقية التعاون الدفاعي التي وقعها الأردن "
                     "والولايات المتحدة في كانون الثاني 2021.")
    assert ev["actor"] and [e.date for e in rec.events if e.type == "AGREE"] == ["2021-01"], ev


def test_the_e3_are_a_party_accused() -> None:
    ev = _one("قال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن القرار سياسي، متهماً الترويكا الأوروبية والولايات "
              "المتحدة بـ«استغلال الوكالة أداةً للضغط».", "ACCUSE")
    assert {"الترويكا الأوروبية", "الولايات المتحدة"} <= set(ev["recipient"]), ev


def test_a_coming_day_of_another_clause_does_not_date_a_past_act() -> None:
    # the day belongs to the delegation's visit; the rejection after فيما is today's, and done
    rec, evs = _events("يصل وفد من حركة حماس إلى القاهرة في 15 شباط المقبل، فيما رفضت الحركة، في بيان، أي حديث عن "
                       "نزع السلاح، متهمة الاحتلال بخرق الاتفاق.")
    acc = [e for e in rec.events if e.type == "ACCUSE"]
    assert acc and all(e.status == "occurred" for e in acc), evs


def test_a_count_after_the_verb_is_its_subject() -> None:
    # "نحو" before a count is "about", not "towards": the counted soldiers arrive
    ev = _one("وصل نحو 300 جندي أمريكي إلى قاعدة عين الأسد أمس.", "MOBILIZE")
    assert ev["actor"] == ["جندي أمريكي"], ev


@pytest.mark.parametrize("sentence", [
    "واحتجت نواكشوط على مقتل مدنيين موريتانيين في هجمات نُسبت إلى الجيش المالي داخل قرى حدودية.",
    "وتتكرر الاعتداءات المنسوبة إلى الجيش المالي على الرعاة قرب الحدود.",
])
def test_an_attack_ascribed_to_a_party_is_that_partys(sentence: str) -> None:
    _, evs = _events(sentence)
    att = [e for e in evs if e["type"] == "ASSAULT"]
    assert att and all("الجيش المالي" in e["actor"] and "الجيش المالي" not in e["recipient"] for e in att), evs


def test_the_nationality_of_the_dead_names_no_attacker() -> None:
    _, evs = _events("واحتجت الحكومة الموريتانية على مقتل مدنيين موريتانيين قرب الحدود.")
    assert all("الحكومة الموريتانية" not in e["actor"] for e in evs if e["type"] == "ASSAULT"), evs


def test_a_relief_convoy_belongs_to_its_agency_and_goes_past_its_counts() -> None:
    # counts ("تضم 25 شاحنة محمّلة بنحو 700 طن") do not use up the reach to the destination
    rec, evs = _events("وصلت قافلة مساعدات تابعة لبرنامج الأغذية العالمي تضم 25 شاحنة محمّلة بنحو 700 طن من المواد "
                       "الغذائية والدوائية إلى مدينة كادقلي، قادمة من الأبيض، للمرة الأولى منذ سبعة أشهر.")
    ev = next(e for e in evs if e["type"] == "AID")
    assert ev["actor"] == ["برنامج الأغذية العالمي"] and ev["destination"], ev
    # "for the first time in seven months" does not date the arrival
    assert [e.date for e in rec.events if e.type == "AID"] == [PUBLISHED], rec.events


def test_a_campaign_said_to_go_on_is_ongoing() -> None:
    rec, _ = _events("واحتجاجاً على حملة الاعتقالات المتواصلة في شمال الضفة الغربية منذ أسبوع.")
    assert [e.status for e in _readings(rec) if e.type == "COERCE"] == ["ongoing"], rec.events
    # "المباشرة" after talks is "direct", not "begun"
    rec, _ = _events("استضافت سلطنة عُمان أمس جولة من المحادثات غير المباشرة بين الولايات المتحدة وإيران.")
    assert [e.status for e in _readings(rec) if e.type == "CONSULT"] == ["occurred"], rec.events


def test_an_accord_signed_between_two_titled_leaders() -> None:
    # "الموقع" after the accord is "signed", not the website the dateline named; both leaders are parties
    ev = _one("حلب – عنب بلدي\nأفرجت الحكومة السورية عن 146 محتجزاً، تنفيذاً للاتفاق الموقع في العاشر من آذار الماضي "
              "بين الرئيس أحمد الشرع وقائد قسد مظلوم عبدي.", "AGREE")
    assert set(ev["actor"]) == {"أحمد الشرع", "مظلوم عبدي"}, ev


def test_a_drill_named_in_quotes_is_held_by_its_relative_clauses_subject() -> None:
    # the relative clause past the drill's adjectives and quoted name: "…«الأسد المتأهب 2026»، الذي تنفذه …"
    ev = _one("انطلقت، اليوم الثلاثاء، فعاليات التمرين العسكري المشترك متعدد الجنسيات «الأسد المتأهب 2026»، الذي تنفذه "
              "القوات المسلحة الأردنية بالتعاون مع القيادة المركزية الأميركية.", "COOPERATE")
    assert "القوات المسلحة الأردنية" in ev["actor"], ev


def test_the_host_base_comes_before_its_city() -> None:
    ev = _one("انطلقت اليوم فعاليات التدريب البحري المصري التركي المشترك «درع المتوسط 2025»، الذي تستضيفه قاعدة رأس "
              "التين البحرية بالإسكندرية، بمشاركة القوات البحرية المصرية والقوات البحرية التركية.", "COOPERATE")
    assert ev["location"][:1] == ["قاعدة رأس التين البحرية"], ev


@pytest.mark.parametrize("sentence,receiver", [
    # past the giver's asides and the sites handed over, however far
    ("سلّمت قوات دفاع شبوة، المدعومة من الإمارات، أمس الأحد، عدداً من مواقعها العسكرية في محافظة شبوة، جنوب شرقي "
     "اليمن، إلى قوات الجيش الوطني وقوات درع الوطن، في إطار ترتيبات أمنية جديدة.", "قوات درع الوطن"),
    # units of a body take over for that body
    ("سلّمت قسد صباح اليوم أربعة مواقع على خطوط التماس في محيط بلدة دير حافر إلى وحدات من الجيش السوري.",
     "الجيش السوري"),
])
def test_whom_a_handover_goes_to(sentence: str, receiver: str) -> None:
    ev = _one(sentence, "RETREAT")
    assert receiver in ev["recipient"], ev


def test_an_envoy_to_a_country_is_titled_before_his_name() -> None:
    ev = _one("وكان المبعوث الأممي إلى اليمن هانس غروندبرغ قد بحث في مسقط مع مسؤولين عُمانيين سبل إحياء خارطة "
              "الطريق.", "CONSULT")
    assert ev["actor"] == ["هانس غروندبرغ"], ev


def test_a_relative_clauses_verb_is_its_antecedents() -> None:
    rec, evs = _events("وتنطلق قافلة ثانية من مدينة كوستي مطلع فبراير المقبل، وفق ما أعلنه مكتب الأمم المتحدة لتنسيق "
                       "الشؤون الإنسانية (أوتشا)، الذي دعا طرفي النزاع إلى ضمان المرور الآمن.")
    req = [e for e in rec.events if e.type == "REQUEST"]
    assert req and req[0].status == "occurred", rec.events
    assert [e["actor"] for e in evs if e["type"] == "REQUEST"] == [["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"]], evs


def test_an_impersonal_arrest_is_the_states_not_the_crowds() -> None:
    _, evs = _events("فرّقت قوات الدرك مئات المحتجين الذين احتشدوا قرب مسجد الكالوتي في عمّان. وقال المتحدث إن عدداً "
                     "من الأشخاص حاولوا الاعتداء على رجال الأمن، وجرى توقيف 14 شخصاً منهم.")
    arrests = [e for e in evs if e["type"] == "COERCE"]
    assert arrests and all("المحتجين" not in e["actor"] for e in arrests), evs


def test_a_relative_clause_does_not_take_the_main_clauses_subject() -> None:
    # the protesters gathered, not the gendarmes who dispersed them
    _, evs = _events("فرّقت قوات الدرك مئات المحتجين الذين احتشدوا قرب مسجد الكالوتي في عمّان.")
    assert all("قوات الدرك" not in e["actor"] for e in evs if e["type"] == "PROTEST"), evs


def test_whoever_called_a_strike_holds_it_however_far_the_call_is_told() -> None:
    ev = _one("عمّ الإضراب الشامل، اليوم الثلاثاء، محافظة قلقيلية، حداداً على الشاب أحمد رضوان، وذلك استجابة لدعوة "
              "القوى الوطنية والإسلامية في المحافظة.", "PROTEST")
    assert ev["actor"] == ["القوى الوطنية والإسلامية"], ev


def test_a_court_handing_down_sentences_past_a_time_aside() -> None:
    ev = _one("وكانت المحكمة الابتدائية بإنزكان قد أصدرت، الاثنين الماضي، أحكاماً بالحبس النافذ في حق 11 متابعاً.",
              "SANCTION")
    assert ev["actor"] == ["المحكمة الابتدائية بإنزكان"], ev


def test_parts_of_a_body_named_after_the_verb_act_for_it() -> None:
    ev = _one("بدورها، رحبت حكومة إقليم كردستان بالاتفاق، فيما طالبت قوى في الإطار التنسيقي بانسحاب كامل.", "REQUEST")
    assert ev["actor"] == ["الإطار التنسيقي"], ev


@pytest.mark.parametrize("sentence", [
    "ووجهت النيابة العامة إلى الموقوفين تهمة الانتماء إلى تنظيم إرهابي.",
    # بعدما goes on with the main clause's subject
    "وكانت النيابة العامة قد أحالت المتهمين إلى المحاكمة، بعدما أسندت إليهم تهم تولي قيادة جماعة إرهابية.",
])
def test_charges_laid_by_the_prosecution(sentence: str) -> None:
    ev = _one(sentence, "ACCUSE")
    assert ev["actor"] == ["النيابة العامة"] and ev["mode"] == "allege", ev


@pytest.mark.parametrize("sentence,typ", [
    ("ووجه الرئيس رسالة إلى الشعب بمناسبة العيد.", "ACCUSE"),
    # a verb after بعدما with its own subject, or a noun's clause, takes no subject from before
    ("وتعثرت المفاوضات التي استضافتها الدوحة، بعدما سحبت إسرائيل والولايات المتحدة وفديهما.", None),
])
def test_no_charge_and_no_borrowed_subject(sentence: str, typ: str | None) -> None:
    _, evs = _events(sentence)
    if typ:
        assert not [e for e in evs if e["type"] == typ], evs
    else:
        assert all("قطر" not in e["actor"] for e in evs), evs


@pytest.mark.parametrize("sentence,victims", [
    ("اختُطف أربعة شبان على طريق دمشق – السويداء قبل ستة أيام.", "شبان"),
    ("اعتُقل ثلاثة ناشطين في بغداد أمس.", "ناشطين"),
])
def test_a_passive_of_the_derived_forms_has_its_victims_as_recipient(sentence: str, victims: str) -> None:
    _, evs = _events(sentence)
    assert evs and all(victims not in e["actor"] for e in evs) and any(victims in e["recipient"] for e in evs), evs


def test_a_dash_between_the_ends_of_a_road_does_not_end_the_clause() -> None:
    ev = _one("قُتل شخصان جراء غارة نفذتها مسيّرة إسرائيلية على سيارة على طريق كفررمان – النبطية في جنوب لبنان.", "ASSAULT")
    assert ev["location"], ev


def test_ordering_an_inquiry_past_a_long_titled_subject() -> None:
    # "أمر" is the verb (ordered), not the title آمر; its subject, past a title, orders the inquiry
    ev = _one("وأمر رئيس المجلس الرئاسي محمد المنفي بتشكيل لجنة تحقيق في ملابسات الاشتباكات.", "ACCUSE")
    assert ev["actor"] == ["محمد المنفي"] and ev["mode"] == "investigate", ev


def test_a_veto_is_a_rejection_by_whoever_uses_it() -> None:
    ev = _one("احتجاجاً على استخدام الولايات المتحدة حق النقض (الفيتو) في مجلس الأمن الدولي ضد مشروع قرار.", "REJECT")
    assert ev["actor"] == ["الولايات المتحدة"], ev


def test_warning_shots_are_fire() -> None:
    ev = _one("وأوضح الناشطون أن القوة الإسرائيلية أطلقت رصاصاً تحذيرياً باتجاه الأهالي.", "ASSAULT")
    assert ev["mode"] == "firearms" and ev["actor"] == ["القوة الإسرائيلية"], ev


@pytest.mark.parametrize("sentence,typ,actor", [
    # past a phrase set off by commas
    ("وأعلنت وزارة الداخلية التونسية، في بيان، إيقاف 17 شخصاً تورطوا في أعمال شغب.", "COERCE", "وزارة الداخلية التونسية"),
])
def test_who_announces_sanctions_or_arrests_made_them(sentence: str, typ: str, actor: str) -> None:
    ev = _one(sentence, typ)
    assert actor in ev["actor"], ev


def test_an_exchange_of_detainees_is_released_by_both_sides() -> None:
    ev = _one("بدأت اللجنة الدولية للصليب الأحمر، صباح اليوم، تنفيذ المرحلة الأولى من صفقة الإفراج المتبادل عن المحتجزين "
              "بين الحكومة اليمنية وجماعة الحوثيين.", "RETREAT")
    assert set(ev["actor"]) == {"الحكومة اليمنية", "الحوثيون"}, ev


def test_shelling_with_its_weapon_then_who_carried_it_out() -> None:
    ev = _one("تعرّضت قاعدة عسكرية في بلدة واجد بإقليم باكول، ليل أمس الاثنين، لقصف مكثف بقذائف الهاون نفّذه مسلحو "
              "حركة الشباب.", "ASSAULT")
    # (the province that holds the town is where too)
    assert ev["actor"] == ["حركة الشباب"] and ev["location"] == ["بلدة واجد", "إقليم باكول"], ev


def test_the_second_of_places_governed_by_a_preposition_is_no_subject() -> None:
    ev = _one("بدأت تشكيلات مسلحة قادمة من مدينتي مصراتة والزاوية، اليوم الخميس، الانسحاب من مواقع تمركزها في طرابلس.",
              "RETREAT")
    assert ev["actor"] == ["تشكيلات مسلحة"], ev


def test_a_protest_organised_by_members_of_a_movement_is_the_movements() -> None:
    ev = _one("فرّقت عناصر القوات العمومية، مساء أمس الأربعاء، وقفة احتجاجية نظمها مئات الشباب المنتمين إلى حركة «جيل زد 212» "
              "أمام المستشفى الجهوي بأكادير.", "PROTEST")
    assert ev["actor"] == ["حركة جيل زد 212"], ev


def test_ending_a_presence_with_the_subject_between_is_a_withdrawal() -> None:
    ev = _one("ويأتي الهجوم بعد أربعة أشهر من إنهاء التحالف الدولي وجوده في قاعدة عين الأسد بمحافظة الأنبار.", "RETREAT")
    assert ev["actor"] == ["التحالف الدولي"] and "قاعدة عين الأسد" in ev["origin"], ev


def test_who_issues_a_statement_is_no_party_to_what_it_is_about() -> None:
    _, evs = _events("أصدرت وزارة الخارجية الروسية بياناً بشأن الغارات الإسرائيلية على سوريا.")
    assert all("وزارة الخارجية الروسية" not in e["actor"] for e in evs if e["type"] == "ASSAULT"), evs


def test_a_call_opposed_is_not_who_holds_the_protest() -> None:
    _, evs = _events("احتج المئات على زيارة الرئيس، رغم دعوة حركة فتح إلى التهدئة.")
    assert all("حركة فتح" not in e["actor"] for e in evs if e["type"] == "PROTEST"), evs


def test_since_as_ago_still_dates_the_act() -> None:
    rec, _ = _events("اعتقلت الشرطة الناشط منذ ثلاثة أيام.")
    assert [e.date for e in rec.events if e.type == "COERCE"] == ["2025-01-07"], rec.events


def test_a_delegation_of_a_body_visits_the_place_named_after_it() -> None:
    ev = _one("ومن المقرر أن يزور وفد من البرلمان الأوروبي معبر رفح الأسبوع المقبل.", "CONSULT")
    assert ev["actor"] == ["البرلمان الأوروبي"] and ev["location"] == ["معبر رفح"], ev


@pytest.mark.parametrize("sentence", [
    "وأفاد مصدر أمني بأن الأجهزة الأمنية أوقفت ثلاثة شبان في المدينة.",
    "وقالت الوزارة إن الدوريات الراجلة اعتقلت خمسة متظاهرين في البصرة.",
])
def test_the_noun_after_anna_is_the_subject_and_the_one_after_the_verb_the_object(sentence: str) -> None:
    ev = _one(sentence, "COERCE")
    assert not ev["actor"] and ev["recipient"], ev


def test_the_dead_fell_in_an_attack_whose_relative_clause_names_who_launched_it() -> None:
    ev = _one("استشهد ثلاثة مواطنين وأصيب 11 آخرون، فجر اليوم الأربعاء، خلال عدوان واسع شنته قوات الاحتلال الإسرائيلي "
              "على مدينة جنين.", "ASSAULT")
    assert ev["actor"] == ["قوات الاحتلال الإسرائيلي"] and not ev["recipient"], ev


def test_an_impersonal_arrest_is_no_hospitals_nor_the_crowds() -> None:
    ev = _one("أصيب سبعة أساتذة بجروح، نُقل ثلاثة منهم إلى المركز الاستشفائي الجامعي ابن رشد، فيما جرى توقيف أربعة آخرين.",
              "COERCE")
    assert not ev["actor"], ev


def test_those_a_meeting_brought_together_met() -> None:
    # (and "وزارياً" is ministerial, not و + the Nigerian city Zaria)
    rec, evs = _events("استضافت الرياض، أمس الاثنين، اجتماعاً وزارياً رباعياً بشأن السودان ضم وزير الخارجية السعودي الأمير "
                       "فيصل بن فرحان، ووزير الخارجية المصري بدر عبد العاطي، في مسعى جديد لوقف الحرب.")
    ev = next(e for e in evs if e["type"] == "CONSULT")
    assert set(ev["actor"]) == {"فيصل بن فرحان", "بدر عبد العاطي"}, ev
    assert all(e.name_ar != "زاريا" for e in rec.entities), rec.entities


def test_where_reinforcements_are_told_is_where_they_went() -> None:
    ev = _one("وعزز الجيش الموريتاني، أمس الأحد، انتشاره العسكري في ولاية الحوض الشرقي بوحدات إضافية.", "MOBILIZE")
    assert ev["destination"] == ev["location"] == ["ولاية الحوض الشرقي"], ev


def test_a_withdrawal_after_an_incursion_is_from_the_place_entered() -> None:
    ev = _one("توغلت قوة تابعة للجيش الإسرائيلي، صباح اليوم، في بلدة جباتا الخشب بريف القنيطرة، واعتقلت ثلاثة رعاة، "
              "قبل أن تنسحب.", "RETREAT")
    assert ev["origin"] == ["بلدة جباتا الخشب"], ev


def test_in_an_exchange_each_side_released_the_others() -> None:
    ev = _one("أفرجت الحكومة السورية و\"قوات سوريا الديمقراطية\" (قسد)، اليوم الأربعاء، عن عشرات المحتجزين لدى الطرفين، "
              "في دفعة جديدة من عمليات التبادل.", "RETREAT")
    assert set(ev["actor"]) == set(ev["recipient"]) == {"الحكومة السورية", "قوات سوريا الديمقراطية"}, ev


@pytest.mark.parametrize("sentence,typ,actor", [
    # a curfew told with ل before its noun (حظر للتجوال)
    ("أعلن قائممقام سنجار خليل حجي إلياس فرض حظر للتجوال في مركز القضاء حتى إشعار آخر.", "COERCE", "خليل حجي إلياس"),
    # whoever used (استعمل) the tear gas fired it
    ("استعملت الشرطة العراقية الغاز المسيل للدموع لتفريق المحتجين.", "ASSAULT", "الشرطة العراقية"),
])
def test_a_curfew_and_tear_gas_used(sentence: str, typ: str, actor: str) -> None:
    ev = _one(sentence, typ)
    assert actor in ev["actor"], ev


def test_the_town_visited_after_a_long_unnamed_envoy() -> None:
    ev = _one("ومن المقرر أن يزور المبعوث الأوروبي الخاص للقرن الأفريقي مدينة بورتسودان الأحد المقبل.", "CONSULT")
    assert ev["location"] == ["بورتسودان"], ev


def test_targets_said_to_belong_to_a_party_are_that_partys() -> None:
    ev = _one("شنّت مقاتلات تركية، فجر اليوم الثلاثاء، سلسلة غارات على مواقع قالت أنقرة إنها تابعة لحزب العمال "
              "الكردستاني في منطقة متينا.", "ASSAULT")
    assert ev["recipient"] == ["حزب العمال الكردستاني"], ev


@pytest.mark.parametrize("sentence,typ,actor", [
    # an armed opposition may hold people after taking a town; a crowd may not
    ("سيطرت فصائل المعارضة السورية على مدينة حماة، وجرى اعتقال عشرات الجنود.", "COERCE", "المعارضة السورية"),
    # the accusative curfew
    ("فرضت القوات العراقية حظراً للتجوال في المدينة.", "COERCE", "القوات العراقية"),
])
def test_review_cases_kept(sentence: str, typ: str, actor: str) -> None:
    ev = _one(sentence, typ)
    assert actor in ev["actor"], ev


@pytest.mark.parametrize("sentence,typ", [
    # allies releasing a third party's detainees are not each other's recipients
    ("أفرجت القوات الأمريكية والقوات العراقية عن عشرين معتقلا من سجن بوكا بعد تنسيق أمني بين الجانبين.", "RETREAT"),
])
def test_no_exchange_without_exchange_words(sentence: str, typ: str) -> None:
    ev = _one(sentence, typ)
    assert not ev["recipient"], ev


def test_a_door_to_talks_closed_with_the_subject_between_is_no_closure() -> None:
    _, evs = _events("أغلقت الحكومة المغربية باب الحوار مع النقابات.")
    assert not [e for e in evs if e["type"] in ("COERCE", "PROTEST")], evs
    ev = _one("أغلقت قوات الاحتلال باب العامود في القدس.", "COERCE")
    assert ev["actor"] == ["قوات الاحتلال"], ev


def test_an_aid_convoy_from_a_town_to_a_town() -> None:
    ev = _one("وصلت قافلة مساعدات أرسلها برنامج الأغذية العالمي من الأبيض إلى مدينة كادقلي.", "AID")
    assert ev["origin"] == ["الأبيض"] and ev["actor"] == ["برنامج الأغذية العالمي"], ev


def test_trucks_loaded_with_aid_crossing_to_a_crossing() -> None:
    ev = _one("عبرت 180 شاحنة محمّلة بالمساعدات الإنسانية من الجانب المصري لمعبر رفح البري متجهة إلى معبر كرم أبو "
              "سالم.", "AID")
    assert ev["destination"] == ["معبر كرم أبو سالم"] and not ev["recipient"], ev


@pytest.mark.parametrize("sentence,typ,actor", [
    # the verbal noun an announcer announces, a time set off by commas between, is the announcer's act
    ("أعلن مجلس الاتحاد الأوروبي، أمس الجمعة، فرض عقوبات على ثمانية مسؤولين في الحرس الثوري الإيراني.", "SANCTION",
     "الاتحاد الأوروبي"),
])
def test_the_announcer_did_what_it_announces_as_a_verbal_noun(sentence: str, typ: str, actor: str) -> None:
    ev = _one(sentence, typ)
    assert ev["actor"] == [actor], ev


def test_a_finite_verb_after_anna_is_its_own_subjects() -> None:
    ev = _one("أعلنت الوزارة أن الجيش فرض حظر التجول في المدينة.", "COERCE")
    assert ev["actor"] == ["الجيش"], ev


def test_sanctions_imposed_in_a_relative_clause_and_the_main_verb_goes_on() -> None:
    rec, evs = _events("أدانت إيران، اليوم الثلاثاء، العقوبات الجديدة التي فرضتها الولايات المتحدة على شبكة دولية، "
                       "ووصفتها بأنها \"غير قانونية وتشكل جريمة ضد الإنسانية\".")
    sanction = next(e for e in evs if e["type"] == "SANCTION")
    assert sanction["actor"] == ["الولايات المتحدة"], evs
    assert all(e["actor"] == ["إيران"] for e in evs if e["type"] == "ACCUSE"), evs


def test_a_criminal_chamber_passes_the_sentences() -> None:
    ev = _one("أصدرت الدائرة الجنائية المختصة بالنظر في قضايا الإرهاب بالمحكمة الابتدائية بتونس، فجر اليوم الخميس، "
              "أحكاماً بالسجن في حق 21 متهماً.", "SANCTION")
    assert ev["actor"] == ["الدائرة الجنائية المختصة"], ev


@pytest.mark.parametrize("sentence", [
    # the state a condemned act's nationality adjective names is the one condemned
    "وأدانت مصر القصف الإسرائيلي على غزة، وطالبت إسرائيل بوقفه.",
    "من جهتها، دانت وزارة الخارجية السورية، في بيان نقلته «سانا»، التوغل الإسرائيلي المتكرر في ريف القنيطرة، "
    "مطالبة مجلس الأمن بإلزام إسرائيل بالانسحاب.",
    # an aside between commas after the subject, and the condemned act quoted
    'وأدانت الخارجية الأردنية، على لسان الناطق الرسمي باسمها سفيان القضاة، "التصعيد الإسرائيلي الخطير" في '
    "الضفة الغربية، داعية إسرائيل إلى وقفه.",
])
def test_the_state_of_a_condemned_act_is_condemned(sentence: str) -> None:
    _, evs = _events(sentence)
    ev = next(e for e in evs if e["type"] == "ACCUSE")
    assert ev["recipient"] == ["إسرائيل"], evs


def test_the_speakers_own_state_in_his_title_is_not_condemned() -> None:
    _, evs = _events("دان المتحدث باسم الخارجية الإيرانية إسماعيل بقائي القرار، معتبراً إياه خطوة عدائية ضد إيران.")
    assert all("إيران" not in e["recipient"] for e in evs if e["type"] == "ACCUSE"), evs


def test_to_the_north_of_a_sea_is_a_destination() -> None:
    ev = _one("وذلك بعد يومين من وصول حاملة الطائرات الأميركية جيرالد فورد إلى شمال البحر الأحمر.", "MOBILIZE")
    assert ev["destination"] == ["البحر الأحمر"], ev


@pytest.mark.parametrize("sentence,typ,place", [
    # the coast or outskirts of a place, with ب or في before them: the act happened there
    ("ضبطت البحرية قارباً بسواحل إقليم الدريوش.", "COERCE", "إقليم الدريوش"),
    ("اعتقلت قوات الأمن خمسة مطلوبين في ضواحي دمشق.", "COERCE", "دمشق"),
    # a ship seized or hit while crossing a place ("أثناء عبورها مضيق هرمز") was there, not at the dateline's city
    ("الرياض – احتجزت القوة البحرية للحرس الثوري الإيراني، فجر أمس، ناقلة نفط ترفع علم بنما، أثناء عبورها مضيق هرمز.",
     "COERCE", "مضيق هرمز"),
    ("الرياض – استهدف الحوثيون سفينة تجارية خلال مرورها في البحر الأحمر.", "ASSAULT", "البحر الأحمر"),
])
def test_the_place_an_act_happened_at(sentence: str, typ: str, place: str) -> None:
    ev = _one(sentence, typ)
    assert ev["location"][:1] == [place], ev  # (with the district that holds it, when named: "في قضاء صور")


def test_the_two_sides_called_on_are_the_sides_of_the_war_named_before() -> None:
    _, evs = _events("تتواصل الحرب الدائرة منذ أبريل ٢٠٢٣ بين الجيش السوداني وقوات الدعم السريع. ودعا الوزراء طرفي "
                     "النزاع إلى فتح الممرات الآمنة أمام قوافل الإغاثة.")
    ev = next(e for e in evs if e["type"] == "REQUEST")
    assert set(ev["recipient"]) == {"الجيش السوداني", "قوات الدعم السريع"}, evs


@pytest.mark.parametrize("sentence,typ", [
    # aid trucks attacked or held are no aid given
    ("هاجم مستوطنون شاحنات مساعدات في جنوب الضفة الغربية.", "AID"),
    ("احتجزت القوات الإسرائيلية شاحنات المساعدات عند معبر كرم أبو سالم.", "AID"),
])
def test_aid_trucks_attacked_or_held_are_no_aid(sentence: str, typ: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == typ], evs


def test_forces_closing_a_town_and_forcing_shops_shut_restrict() -> None:
    _, evs = _events("أغلقت قوات الاحتلال مداخل البلدة القديمة في الخليل وأجبرت التجار على إغلاق محلاتهم.")
    assert not [e for e in evs if e["type"] == "PROTEST"], evs


def test_the_body_the_ones_hit_are_said_to_belong_to_was_hit() -> None:
    ev = _one("قُتل شخصان، مساء أمس، جراء غارة نفذتها مسيّرة إسرائيلية على سيارة في جنوب لبنان، فيما زعم الجيش "
              "الإسرائيلي أن المستهدفَين \"عنصران في قوة الرضوان التابعة لحزب الله\".", "ASSAULT")
    assert ev["recipient"] == ["قوة الرضوان", "حزب الله"], ev  # (the unit, and the body it belongs to)


@pytest.mark.parametrize("sentence,recipient", [
    # the one demanded of is the doer of the act demanded: the genitive of an intransitive verbal noun
    ("وطالب الوفد الأردني بانسحاب القوات الإسرائيلية من المنطقة العازلة.", ["القوات الإسرائيلية"]),
    ("ودعت الحكومة الليبية إلى خروج القوات التركية من قاعدة الوطية.", ["القوات التركية"]),
])
def test_the_one_demanded_of_is_the_doer_of_the_act(sentence: str, recipient: list) -> None:
    _, evs = _events(sentence)
    ev = next(e for e in evs if e["type"] == "REQUEST")
    assert ev["recipient"] == recipient, evs


def test_a_transitive_act_demanded_names_what_it_acts_on_not_the_one_asked() -> None:
    _, evs = _events("ودعا وزير الخارجية الفرنسي إلى دعم الجيش اللبناني.")
    ev = next(e for e in evs if e["type"] == "REQUEST")
    assert "الجيش اللبناني" not in ev["recipient"], evs


def test_an_announced_neutralisation_of_a_named_body() -> None:
    # the announcer did it; "من منظمة X": the body hit (its kind before its name); "كي" inside the name
    # is no conjunction that ends the clause before the place
    _, evs = _events('أعلنت وزارة الدفاع التركية، الخميس، تحييد 31 إرهابياً من منظمة "بي كي كي" '
                     "خلال الأسبوع الماضي في شمال سوريا.")
    ev = next(e for e in evs if e["type"] == "ASSAULT")
    assert ev["actor"] == ["وزارة الدفاع التركية"] and ev["recipient"] == ["حزب العمال الكردستاني"] \
        and ev["location"] == ["شمال سوريا"], evs


def test_signing_an_accord_between_two_named_parties() -> None:
    # "توقيع اتفاقية": one event; its parties are the two named with بين, not "the two" told before
    _, evs = _events("واستقبل الملك عبدالله الثاني الرئيس التركي رجب طيب أردوغان في عمّان. واختتمت القوات البرية "
                     "للبلدين التمرين، بعد أشهر من توقيع اتفاقية الدفاع المشترك بين الرياض وإسلام آباد في أيلول الماضي.")
    agree = [e for e in evs if e["type"] == "AGREE"]
    assert len(agree) == 1 and agree[0]["actor"] == ["الرياض", "باكستان"], evs


def test_a_place_a_distance_is_measured_from_is_where_it_happened() -> None:
    # not the place of the press conference where it was told
    _, evs = _events("وقال المتحدث باسم الجيش، في مؤتمر صحفي عقده في بنغازي، إن وحدات من الجيش تمكنت فجر الخميس "
                     "من ضبط شاحنة محملة بأسلحة وذخائر متنوعة ومعدات اتصال حديثة، على بعد نحو 60 كيلومتراً جنوب "
                     "شرقي الكفرة.")
    ev = next(e for e in evs if e["type"] == "COERCE")
    assert ev["location"] == ["الكفرة"], evs


def test_where_a_speaker_spoke_is_not_where_the_act_he_tells_of_happened() -> None:
    _, evs = _events("وقال الناطق باسم الشرطة، في مؤتمر صحفي عقده في عمّان، إن عناصر الأمن اعتقلوا ثلاثة مطلوبين.")
    ev = next(e for e in evs if e["type"] == "COERCE")
    assert "عمّان" not in ev["location"], evs


def test_a_counter_attack_hits_the_attacker_and_lasted() -> None:
    # who answered with an attack made it; it hit the party whose attack it answered; "استمر عدة ساعات":
    # it lasted, and is over
    _, evs = _events("هاجم مسلحو حركة الشباب قاعدة عسكرية في بلدة جوهر فجر أمس، فيما ردّ الجيش الصومالي، "
                     "مدعوماً بمسلحين محليين، بهجوم مضاد استمر عدة ساعات.")
    ev = [e for e in evs if e["type"] == "ASSAULT" and e["actor"] == ["الجيش الصومالي"]]
    assert ev and ev[0]["recipient"] == ["حركة الشباب"] and ev[0]["status"] == "occurred", evs


def test_a_body_that_names_a_post_stands_aside_for_its_holder() -> None:
    # "قائد القيادة المركزية الأمريكية الأدميرال براد كوبر": the guest is the commander, not his command
    _, evs = _events("استقبل جلالة الملك عبدالله الثاني في قصر الحسينية اليوم الثلاثاء قائد القيادة المركزية "
                     "الأمريكية الأدميرال براد كوبر.")
    ev = next(e for e in evs if e["type"] == "CONSULT")
    assert "براد كوبر" in ev["actor"] + ev["recipient"] and "القيادة المركزية الأمريكية" not in ev["actor"], evs


def test_the_transitional_council_by_its_short_form() -> None:
    _, evs = _events("تجددت الاشتباكات بين قوات المجلس الانتقالي الجنوبي والمنطقة العسكرية الأولى، في حين حمّلت "
                     "وزارة الدفاع اليمنية الانتقالي مسؤولية التصعيد.")
    ev = next(e for e in evs if e["type"] == "ACCUSE")
    assert ev["actor"] == ["وزارة الدفاع اليمنية"] and ev["recipient"] == ["المجلس الانتقالي الجنوبي"], evs


def test_was_reported_is_no_reply_with_an_attack() -> None:
    # "ووردت أنباء" (news came in) is not "ردّت" (answered): the strike told after it answers nothing
    _, evs = _events("هاجمت قوات الدعم السريع مخيم زمزم يوم الأحد. ووردت أنباء عن قيام الطيران الإسرائيلي بقصف "
                     "مواقع في دمشق.")
    assert all("قوات الدعم السريع" not in e["recipient"] for e in evs if e["type"] == "ASSAULT"), evs


def test_lasting_since_is_still_going_on() -> None:
    _, evs = _events("واستمرت الاشتباكات منذ أيام في محيط مدينة الفاشر بين الجيش وقوات الدعم السريع.")
    ev = next(e for e in evs if e["type"] == "ASSAULT")
    assert ev["status"] == "ongoing", evs


@pytest.mark.parametrize("sentence", [
    # "any attack": none reported, nor the clause that describes it
    "وأكدت القيادة المركزية الأميركية أن قواتها لن تتردد في الرد بحزم على أي هجوم يستهدف حرية الملاحة.",
    "هدد مسؤولون إيرانيون برد قاسٍ على أي هجوم إسرائيلي على المنشآت النووية.",
    # "aims at securing the border": a purpose, not a target
    "ويرى مراقبون أن نشر هذه القوات يستهدف ضبط الحدود مع السودان.",
])
def test_any_attack_and_aiming_at_are_no_attack(sentence: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


def test_a_light_verb_after_fiima_goes_on_with_the_subject_before() -> None:
    _, evs = _events("وأغلقت قوات الأمن العراقية جسر الجمهورية المؤدي إلى المنطقة الخضراء، فيما أطلقت الغاز المسيل "
                     "للدموع لتفريق المحتجين.")
    ev = next(e for e in evs if e["type"] == "ASSAULT")
    assert ev["actor"] == ["قوات الأمن العراقية"], evs


def test_a_verb_of_arrival_and_the_reinforcements_it_tells_are_one_event() -> None:
    # "وصلت تعزيزات من القوات الأوغندية": the noun after the verb is its subject; whose they are, its من
    _, evs = _events("هاجم مسلحو حركة الشباب قاعدة عسكرية قرب أفجوي فجر أمس، فيما وصلت تعزيزات من القوات "
                     "الأوغندية إلى المدينة قبيل الظهر.")
    mob = [e for e in evs if e["type"] == "MOBILIZE"]
    assert len(mob) == 1 and mob[0]["actor"] == ["القوات الأوغندية"], evs


def test_a_count_of_a_force_after_a_coordinated_verb_of_sending_is_what_was_sent() -> None:
    _, evs = _events("أغلقت قوات الأمن العراقية الجسر، ونشرت 300 عنصر من قوات مكافحة الشغب في الساحة.")
    ev = next(e for e in evs if e["type"] == "MOBILIZE")
    assert ev["actor"] == ["قوات الأمن العراقية"], evs


def test_sites_north_of_a_place_are_where_forces_go() -> None:
    _, evs = _events("ومن المقرر أن تنتقل كتيبة إثيوبية إلى مواقع جديدة شمالي مدينة بيدوا مطلع الشهر المقبل.")
    ev = next(e for e in evs if e["type"] == "MOBILIZE")
    assert ev["destination"] == ["بيدوا"], evs


def test_what_came_the_day_before_is_dated_the_day_before() -> None:
    # "غداة": on the morrow of; the withdrawal was the day before the deployment
    rec = extract("بيروت- انتشرت وحدات من الجيش اللبناني، اليوم الأربعاء، في بلدتي الخيام وكفركلا، غداة انسحاب "
                  "القوات الإسرائيلية من تلة الحمامص.", published="2026-03-11")
    dates = {e.type: e.date for e in rec.events}
    assert dates == {"MOBILIZE": "2026-03-11", "RETREAT": "2026-03-10"}, dates


@pytest.mark.parametrize("text,recipient", [
    # the state a nationality adjective on the act demanded names is asked: the state, not its forces
    ("وقالت إسرائيل إن قواتها باقية. وجدد الرئيس اللبناني مطالبة لبنان بانسحاب إسرائيلي كامل من النقاط "
     "المحتلة.", "إسرائيل"),
    ('وقالت تركيا إن الجيش التركي باقٍ. وطالبت الحكومة العراقية بـ"انسحاب تركي فوري" من أراضيها.', "تركيا"),
])
def test_a_demand_of_an_act_with_a_nationality_asks_that_state(text: str, recipient: str) -> None:
    _, evs = _events(text)
    [ev] = [e for e in evs if e["type"] == "REQUEST"]
    assert ev["recipient"] == [recipient], evs


@pytest.mark.parametrize("text,recipient", [
    # a title with no name right after the verb is its subject; the party after it is the object
    ("طالب الوزير الحكومة الاتحادية بتقديم ضمانات مكتوبة.", "الحكومة الاتحادية"),
    ("التقى الرئيس وزير الخارجية التركي هاكان فيدان في أنقرة.", "هاكان فيدان"),
])
def test_a_bare_title_after_the_verb_is_its_subject(text: str, recipient: str) -> None:
    _, evs = _events(text)
    [ev] = [e for e in evs if e["type"] in ("REQUEST", "CONSULT")]
    assert ev["recipient"] == [recipient] and recipient not in ev["actor"], evs


def test_a_protest_march_is_no_drone_in_the_clashes_it_saw() -> None:
    ev = _one("شهدت مدينة صفاقس مسيرة احتجاجية تخللتها مواجهات مع قوات الأمن.", "ASSAULT")
    assert ev["mode"] != "drone", ev
    assert _one("استهدفت طائرة مسيرة سيارة في صفاقس.", "ASSAULT")["mode"] == "drone"  # (a guard)


def test_since_an_occasion_dated_is_not_the_date_of_the_act() -> None:
    rec = extract("شهدت تونس أمس إضراباً عاماً دعا إليه الاتحاد العام التونسي للشغل. ويرى مراقبون أن الإضراب يمثل "
                  "أكبر اختبار للحكومة منذ إجراءات 25 جويلية 2021.", published="2026-01-22")
    strikes = [e for e in rec.events if e.type == "PROTEST"]
    assert [e.date for e in strikes] == ["2026-01-21"], [(e.trigger.text, e.date) for e in strikes]


def test_a_statement_asks_for_its_issuer() -> None:
    # "ودعا البيان X إلى": the statement is no party; its issuer asks, X is asked
    _, evs = _events("واتهمت «قسد»، في بيان نشره مركزها الإعلامي اليوم، أنقرة بمواصلة سياسة الاغتيالات. ودعا "
                     "البيان قوات التحالف الدولي وروسيا إلى تحمّل مسؤولياتهما.")
    [ev] = [e for e in evs if e["type"] == "REQUEST"]
    assert ev["actor"] == ["قوات سوريا الديمقراطية"] and set(ev["recipient"]) == {"التحالف الدولي", "روسيا"}, ev


@pytest.mark.parametrize("text,place", [
    # residents who stop a patrol obstruct the body it belongs to
    ("اعترض عدد من أهالي بلدة بليدا، صباح اليوم، دورية تابعة لليونيفيل دخلت أحد الأحياء السكنية.", "بليدا"),
    ("اعترض عدد من الأهالي عصر أمس دورية لـ«اليونيفيل» في بلدة طير دبا في قضاء صور.", "بلدة طير دبا"),
])
def test_residents_stopping_a_patrol_obstruct_its_body(text: str, place: str) -> None:
    ev = _one(text, "PROTEST")
    assert ev["mode"] == "obstruct" and ev["recipient"] == ["قوة الأمم المتحدة المؤقتة في لبنان"], ev
    assert ev["location"][:1] == [place], ev  # (with the district that holds it, when named: "في قضاء صور")


@pytest.mark.parametrize("text", [
    # (guards) an interception by air defence, a patrol that intercepts
    "اعترضت الدفاعات الجوية السعودية صاروخاً باليستياً أطلقه الحوثيون.",
    "اعترضت دورية لخفر السواحل الليبي قارباً يقل مهاجرين.",
])
def test_an_interception_is_no_protest(text: str) -> None:
    _, evs = _events(text)
    assert "PROTEST" not in [e["type"] for e in evs], evs


@pytest.mark.parametrize("text,actor", [
    # homes or land destroyed or bulldozed, by the force named, or carried past a verb of beginning
    ("دمرت القوات الإسرائيلية منازل في جنين.", "القوات الإسرائيلية"),
    ("اقتحمت قوات الاحتلال مخيم جنين، وشرعت بتجريف الشوارع.", "قوات الاحتلال"),
    ("اقتحمت قوات الاحتلال مخيم جنين، وشرعت في هدم المنازل.", "قوات الاحتلال"),
])
def test_property_destroyed_is_an_assault(text: str, actor: str) -> None:
    ev = _one(text, "ASSAULT")
    assert ev["mode"] == "destroy" and ev["actor"] == [actor], ev


@pytest.mark.parametrize("text", [
    # (guards) the vehicles of a battle are part of it; a figure of speech is no bulldozing
    "أعلن الجيش صد هجوم على المدينة ومقتل العشرات من المهاجمين وتدمير 17 مركبة قتالية.",
    "ينتقد الكاتب تجريف الحياة السياسية في البلاد.",
])
def test_no_destruction_of_property(text: str) -> None:
    _, evs = _events(text)
    assert "destroy" not in [e["mode"] for e in evs if e["type"] == "ASSAULT"], evs


def test_the_party_before_the_responsibility_is_blamed() -> None:
    # a coordinated verb of blame: the party before "المسؤولية" is blamed, the ministry goes on blaming
    _, evs = _events("أدانت وزارة الخارجية الفلسطينية اقتحام المخيم، وحمّلت حكومة الاحتلال المسؤولية الكاملة.")
    [ev] = [e for e in evs if e["mode"] == "allege"]
    assert ev["actor"] == ["وزارة الخارجية الفلسطينية"] and ev["recipient"] == ["حكومة الاحتلال"], evs


@pytest.mark.parametrize("text,typ", [
    # a participle of the subject after a comma is its own act, outside the denial before it
    ("ونفت قوات الدعم السريع تكبدها أي خسائر، متوعدة باسترداد المدينة خلال أيام.", "THREATEN"),
    ("ونفت وزارة الخارجية السودانية الاتهامات، مطالبة الأمم المتحدة بالتحقيق.", "REQUEST"),
])
def test_a_participle_after_a_denial_is_not_denied(text: str, typ: str) -> None:
    assert _one(text, typ)["status"] == "occurred"


@pytest.mark.parametrize("text,typ,want", [
    # the place that saw a strike did not strike; whoever called it did
    ("شهدت تونس، الأربعاء، إضراباً عاماً في القطاع العام دعا إليه الاتحاد العام التونسي للشغل.", "PROTEST",
     {"actor": ["الاتحاد العام التونسي للشغل"], "location": ["تونس"]}),
    # where a withdrawing force redeploys is where it goes
    ("بدأت قطعات اللواء 80 في هيئة الحشد الشعبي، صباح اليوم، الانسحاب من قضاء سنجار غربي محافظة نينوى "
     "وإعادة الانتشار في قضاء تلعفر.", "RETREAT", {"origin": ["سنجار"], "destination": ["تلعفر"]}),
    # a phone call is not where its topic is
    ("تلقى وزير الخارجية المصري بدر عبد العاطي، مساء أمس، اتصالاً هاتفياً من وزير الخارجية السعودي فيصل "
     "بن فرحان، تناول تطورات الأوضاع في غزة.", "CONSULT", {"mode": "phone", "location": []}),
    # a long name is one word of its clause: the subject's six words do not push the destination out of it
    ("دفعت القيادة العامة لقوات الجيش الوطني الليبي، أمس الاثنين، برتل عسكري جديد انطلق من مدينة سبها "
     "في الجنوب باتجاه مدينة غدامس الحدودية.", "MOBILIZE", {"origin": ["سبها"], "destination": ["غدامس"]}),
    # what is destroyed, past the subject and a time told between; and the detachment is its army's
    ("دمّرت مفرزة من الجيش الوطني الشعبي، أمس السبت، مخبأً للإرهابيين في منطقة سيدي علي بوناب ببلدية "
     "تادمايت.", "ASSAULT", {"mode": "destroy", "actor": ["الجيش الوطني الشعبي"],
                             "location": ["منطقة سيدي علي بوناب"]}),
    # Algerian army bulletins: weapons recovered (استرجاع) are seized, by the verb joined to the first
    ("دمّرت مفرزة من الجيش الوطني الشعبي مخبأً في ولاية البويرة، واسترجعت كمية من الأسلحة والذخيرة.",
     "COERCE", {"mode": "seize", "actor": ["الجيش الوطني الشعبي"]}),
    # … and a town the gazetteer does not know, named by its kind, is no state to carry as that subject
    ("دمّرت مفرزة من الجيش الوطني الشعبي مخبأً ببلدية تادمايت، واسترجعت كمية من الأسلحة والذخيرة.",
     "COERCE", {"actor": ["الجيش الوطني الشعبي"]}),
    # the outcome of "the operation" told before is that operation's doer's, where it was
    ("دمّرت مفارز من الجيش الوطني الشعبي تسعة مخابئ للإرهابيين بولاية البويرة. وأوضحت وزارة الدفاع الوطني "
     "أن العملية أسفرت عن استرجاع مسدسين رشاشين.", "COERCE",
     {"actor": ["الجيش الوطني الشعبي"], "location": ["البويرة"]}),
    # those counted after an arrest, past its time, are held; the unit "of" a body before the verb is its subject,
    # and acts for that body (as "وحدات من …" does), not for the speaker
    ("أعلنت قيادة الأركان أن وحدة من المنطقة العسكرية الخامسة أوقفت يوم السبت 9 مهربين قرب الحدود.", "COERCE",
     {"mode": "arrest", "actor": ["المنطقة العسكرية الخامسة"], "recipient": ["مهربين"]}),
    # a warship pair sent is a movement
    ("وأعلن الأسطول الخامس الأمريكي أنه دفع بمدمرتين نحو مضيق هرمز.", "MOBILIZE",
     {"actor": ["الأسطول الخامس الأمريكي"], "destination": ["مضيق هرمز"]}),
    # a pledge of force against someone is a threat
    ("وتعهد الفريق أول عبد الفتاح البرهان بملاحقة الميليشيا حتى آخر شبر.", "THREATEN",
     {"mode": "violence", "actor": ["عبد الفتاح البرهان"]}),
    # a clash between two sides, though unnamed, is an occasion told
    ("عاد الهدوء إلى مدينة الزاوية بعد اشتباكات عنيفة بين مجموعتين مسلحتين في منطقة الحرشة، أسفرت عن مقتل "
     "أربعة أشخاص.", "ASSAULT", {"location": ["الحرشة"]}),
    # an official who arrives somewhere visits it, past the titles that open the subject
    ("ومن المقرر أن يصل المبعوث الأمريكي توم براك إلى بيروت الأسبوع المقبل.", "CONSULT",
     {"mode": "visit", "status": "planned", "actor": ["توم براك"], "location": ["بيروت"]}),
    ("ووصل رئيس مجلس السيادة الانتقالي، القائد العام للقوات المسلحة، الفريق أول عبد الفتاح البرهان، إلى سنجة "
     "ظهر اليوم.", "CONSULT", {"mode": "visit", "actor": ["عبد الفتاح البرهان"], "location": ["سنجة"]}),
    # (forces arriving still move)
    ("ووصلت قوات من الجيش السوداني إلى سنجة أمس.", "MOBILIZE",
     {"actor": ["الجيش السوداني"], "destination": ["سنجة"]}),
    # an order to cease fire is the ceasefire of who gave it, past an aside
    ("طرابلس – بوابة الوسط\nوأصدر المجلس الرئاسي، بصفته القائد الأعلى للجيش الليبي، أمراً بوقف فوري لإطلاق النار "
     "في العاصمة.", "RETREAT", {"mode": "ceasefire", "actor": ["المجلس الرئاسي"]}),
    ("طرابلس – بوابة الوسط\nوأصدر رئيس المجلس الرئاسي محمد المنفي أوامره بوقف إطلاق النار بشكل فوري.", "RETREAT",
     {"mode": "ceasefire", "actor": ["محمد المنفي"]}),
    # armour pushing in is the army's incursion
    ("غزة – الجزيرة نت\nتوغلت دبابات وآليات عسكرية إسرائيلية، فجر اليوم، في الأطراف الشرقية لمدينة دير البلح. "
     "وقال الجيش الإسرائيلي إن قواته تعاملت مع مسلحين.", "MOBILIZE",
     {"actor": ["جيش الدفاع الإسرائيلي"], "destination": ["دير البلح"]}),
    # a unit of a body after the verb is its subject, those counted after it are held; a Mauritanian district
    ("نواكشوط – الوكالة الموريتانية للأنباء\nأوقفت وحدة من الجيش الموريتاني يوم السبت 9 مهربين قرب مقاطعة عدل "
     "بكرو في ولاية الحوض الشرقي.", "COERCE", {"actor": ["الجيش الموريتاني"], "recipient": ["مهربين"],
                                             "location": ["مقاطعة عدل بكرو", "ولاية الحوض الشرقي"]}),
    # the presidency of a body after إلى is spoken to, not the subject of the letter's demand
    ("وقال الوزير المصري إن القاهرة وجّهت خطاباً رسمياً إلى رئاسة مجلس الأمن تطالب فيه بعقد جلسة طارئة.", "REQUEST",
     {"actor": ["القاهرة"]}),
])
def test_one_event_read_in_full(text: str, typ: str, want: dict) -> None:
    ev = _one(text, typ)
    assert {k: ev[k] for k in want} == want, ev


def test_two_calls_from_two_parties_are_two_events() -> None:
    """"تلقى الوزير اتصالين هاتفيين من X، وY": one call from each."""
    _, evs = _events("تلقى وزير الخارجية بدر عبد العاطي، مساء أمس، اتصالين هاتفيين من الأمير فيصل بن فرحان "
                     "وزير الخارجية السعودي، وهاكان فيدان وزير الخارجية التركي، تناولا تطورات الأوضاع في غزة.")
    calls = [e for e in evs if e["type"] == "CONSULT"]
    assert len(calls) == 2, evs
    assert "فيصل بن فرحان" in calls[0]["actor"] and "هاكان فيدان" not in calls[0]["actor"], calls
    assert "هاكان فيدان" in calls[1]["actor"] and "فيصل بن فرحان" not in calls[1]["actor"], calls
    assert all(c["recipient"] == ["بدر عبد العاطي"] for c in calls), calls
    _, evs = _events("أجرى الرئيس عبد الفتاح السيسي اتصالين هاتفيين مع الرئيس التركي رجب طيب أردوغان والرئيس "
                     "الفرنسي إيمانويل ماكرون.")
    assert sorted(tuple(e["recipient"]) for e in evs if e["type"] == "CONSULT") == [
        ("إيمانويل ماكرون",), ("رجب طيب أردوغان",)], evs
    # one caller named: one event
    _, evs = _events("تلقى الملك اتصالين هاتفيين من الرئيس الفرنسي إيمانويل ماكرون، بحثا العلاقات الثنائية.")
    assert len([e for e in evs if e["type"] == "CONSULT"]) == 1, evs


def test_the_counterpart_met_after_a_time_and_a_place_aside() -> None:
    ev = _one("التقى وزير الخارجية سامر الحلبي، أمس الاثنين في عمّان، نظيره العراقي فؤاد حسين.", "CONSULT")
    # (met in Amman, the Iraqi counterpart is the visitor, the minister met there his host)
    assert ev["actor"] == ["فؤاد حسين"] and ev["recipient"] == ["سامر الحلبي"], ev


def test_a_dual_verb_is_done_by_both_parties_of_the_meeting() -> None:
    # "اتفقا": the two who met agree, not the first alone
    ev = _one("التقى وزير الخارجية سامر الحلبي نظيره العراقي فؤاد حسين، وبحثا سبل التعاون، واتفقا على تشكيل لجنة "
              "مشتركة.", "AGREE")
    assert set(ev["actor"]) == {"سامر الحلبي", "فؤاد حسين"}, ev
    # a singular verb goes on with its subject alone
    ev = _one("التقى وزير الخارجية سامر الحلبي نظيره العراقي فؤاد حسين، واتفق معه على تشكيل لجنة مشتركة.", "AGREE")
    assert ev["actor"] == ["سامر الحلبي"], ev


def test_the_attackers_of_an_attack_told_before_its_outcome() -> None:
    # "هجمات متزامنة شنّها مسلحون": an adjective between the attack and its relative light verb; the
    # deaths that the attacks caused are the attackers' doing, not the sentence subject's
    _, evs = _events("أطلقت وزارة الداخلية حملة أمنية في ريف اللاذقية، بعد هجمات متزامنة شنّها مسلحون مجهولون على "
                     "ثلاثة حواجز لقوى الأمن الداخلي قرب مدينة جبلة، أسفرت عن مقتل سبعة عناصر.")
    attacks = [e for e in evs if e["type"] == "ASSAULT"]
    assert attacks and all("وزارة الداخلية" not in e["actor"] for e in attacks), evs
    assert any("مسلحون" in e["actor"] and "قوى الأمن الداخلي" in e["recipient"] for e in attacks), evs


def test_brandishing_with_an_attached_bi_past_an_aside() -> None:
    # لوّح with ب attached to what is brandished, past the subject and an aside: a threat
    ev = _one("ولوّحت الحكومة، على لسان الناطق باسمها، باقتطاع أيام الإضراب من رواتب الموظفين.", "THREATEN")
    assert ev["actor"] == ["الحكومة"], ev
    # the spokesman for a body, named after the body and its parent: the person threatens
    ev = _one("ولوّح المتحدث باسم لجنة الأمن القومي في البرلمان الإيراني إبراهيم رضائي بإدراج جيوش أوروبية على "
              "قائمة الإرهاب.", "THREATEN")
    assert ev["actor"] == ["إبراهيم رضائي"], ev


def test_the_deaths_of_a_raid_are_the_raiders_doing() -> None:
    _, evs = _events("استدعت وزارة الشؤون الخارجية والتعاون، مساء أمس الأحد، سفير جمهورية النيجر لدى نواكشوط، "
                     "وأبلغته «احتجاج الحكومة الموريتانية الشديد» على مداهمة نفذتها وحدات من الجيش النيجري مدعومة "
                     "بعناصر من «الفيلق الإفريقي» الروسي قرب الحدود، أسفرت عن مقتل سبعة رعاة.")
    deaths = [e for e in evs if e["type"] == "ASSAULT"]
    assert deaths and all("وزارة الشؤون الخارجية" not in e["actor"] for e in deaths), evs
    assert any("الجيش النيجري" in e["actor"] for e in deaths), evs


def test_a_backing_force_takes_part_and_is_no_target() -> None:
    ev = _one("داهمت وحدات من الجيش النيجري، مدعومة بعناصر من «الفيلق الإفريقي» الروسي، مخيماً للرعاة قرب الحدود "
              "فجر الجمعة.", "COERCE")
    assert "الفيلق الأفريقي" in ev["actor"] and "الفيلق الأفريقي" not in ev["recipient"], ev


def test_strikes_then_what_they_hit_after_a_place_and_a_comma() -> None:
    # the verb after the strikes' place phrase tells the same strikes; "بين لبنان وسوريا" describes
    # the crossing, it names no parties
    _, evs = _events("شنّ الطيران الحربي الإسرائيلي، فجر اليوم الثلاثاء، سلسلة غارات على منطقة البقاع الشمالي، "
                     "استهدفت معبر جوسيه الحدودي بين لبنان وسوريا قرب بلدة القاع.")
    strikes = [e for e in evs if e["type"] == "ASSAULT"]
    assert len(strikes) == 1, evs
    assert strikes[0]["actor"] == ["الطيران الحربي الإسرائيلي"], evs
    assert "معبر جوسيه الحدودي" in strikes[0]["location"], evs


@pytest.mark.parametrize("sentence,actors", [
    # clashes in a place, or on a border, between two forces: the forces are the parties
    ("اندلعت اشتباكات عنيفة في مدينة الفاشر بين الجيش السوداني وقوات الدعم السريع.",
     {"الجيش السوداني", "قوات الدعم السريع"}),
    ("وقعت اشتباكات على الحدود بين الجيش الأفغاني والقوات الباكستانية.", {"الجيش الأفغاني", "القوات الباكستانية"}),
])
def test_the_two_sides_after_a_place(sentence: str, actors: set) -> None:
    ev = _one(sentence, "ASSAULT")
    assert set(ev["actor"]) == actors, ev


def test_a_target_backed_by_an_agency_is_still_the_target() -> None:
    ev = _one("هاجم مسلحون مدرسة تعمل بدعم من منظمة اليونيسف في ولاية النيل الأزرق.", "ASSAULT")
    assert not ev["actor"] or "منظمة الأمم المتحدة للطفولة" not in ev["actor"], ev


def test_a_confirmed_report_is_not_denied() -> None:
    _, evs = _events("ونفى الجيش السوداني اتهامات باستهداف المدنيين، فيما أكدت تقارير عن انسحاب قوات الدعم السريع من "
                     "مدينة بارا.")
    assert [e["status"] for e in evs if e["type"] == "RETREAT"] == ["occurred"], evs


def test_a_coordinated_past_verb_after_a_verb_of_beginning_is_done() -> None:
    _, evs = _events("باشرت قوات الأمن حملة تفتيش في الحي واعتقلت خمسة أشخاص.")
    assert [e["status"] for e in evs if e["type"] == "COERCE"] == ["occurred"], evs


def test_a_dual_verb_whose_root_begins_with_waw() -> None:
    ev = _one("التقى وزير الخارجية سامر الحلبي نظيره العراقي فؤاد حسين في بغداد، حيث وافقا على تشكيل لجنة "
              "مشتركة.", "AGREE")
    assert set(ev["actor"]) == {"سامر الحلبي", "فؤاد حسين"}, ev


def test_talks_held_by_with_an_indefinite_adjective_between() -> None:
    ev = _one("وذلك خلال مباحثات موسّعة عقدها رئيس الوزراء جعفر حسان مع نظيره العراقي محمد شياع السوداني في قصر "
              "الحكومة.", "CONSULT")
    assert ev["actor"] == ["جعفر حسان"] and ev["recipient"] == ["محمد شياع السوداني"], ev


@pytest.mark.parametrize("sentence,typ,place", [
    # a place told with في between a light verb and its noun is where the event happened
    ("وعقد وزير الخارجية الأردني أيمن الصفدي في القاهرة، أمس الأحد، اجتماعاً مع نظيره المصري بدر عبد العاطي.",
     "CONSULT", "القاهرة"),
    ("ووقّع وزيرا الداخلية في الدوحة، أمس، مذكرة تفاهم للتعاون الأمني.", "AGREE", "الدوحة"),
])
def test_a_place_between_a_light_verb_and_its_noun(sentence: str, typ: str, place: str) -> None:
    ev = _one(sentence, typ)
    assert place in ev["location"], ev


def test_a_light_verb_with_its_own_object_places_nothing_after_it() -> None:
    # "عقده في بنغازي" is the press conference's; the seizure reported in it happened elsewhere
    _, evs = _events("بنغازي – وقال الناطق باسم الجيش، في مؤتمر صحفي عقده في طرابلس، إن وحدات الجيش تمكنت من "
                     "ضبط قافلة محملة بالأسلحة قرب الحدود.")
    seized = [e for e in evs if e["type"] == "COERCE"]
    assert seized and "طرابلس" not in seized[0]["location"], evs


def test_a_strike_on_reinforcements_is_one_attack_on_their_owner() -> None:
    # the coalition acts, not the state that leads it; the reinforcements struck are the target, not a deployment
    _, evs = _events("وشنّت مقاتلات تحالف دعم الشرعية بقيادة السعودية ثماني غارات جوية على تعزيزات للحوثيين في "
                     "مديرية صرواح غربي مأرب.")
    assert [e["type"] for e in evs] == ["ASSAULT"], evs
    strike = evs[0]
    assert strike["actor"] == ["تحالف دعم الشرعية في اليمن"] and strike["recipient"] == ["الحوثيون"], strike


@pytest.mark.parametrize("sentence,actor,status", [
    # a light verb in the future: its subject gives the aid, which is still to come
    ("وأكد السفير أن واشنطن ستقدّم مساعدات عسكرية إلى الجيش اللبناني.", "الولايات المتحدة", "planned"),
    ("وقال الوزير إن الحكومة سيقدّم لها الاتحاد الأوروبي مساعدات بقيمة 50 مليون يورو.", "الاتحاد الأوروبي", "planned"),
])
def test_aid_given_by_the_light_verbs_subject(sentence: str, actor: str, status: str) -> None:
    aid = _one(sentence, "AID")
    assert aid["actor"] == [actor] and aid["status"] == status, aid


@pytest.mark.parametrize("sentence,not_type", [
    # the purpose of a protest, in the accusative, is no event of its own
    ("ونظم عشرات الطلبة وقفة احتجاجية أمام مقر البرلمان، رفضاً لتقليص مدة الدراسة.", "REJECT"),
    ("وتظاهر المئات قرب مقر السفارة الإسرائيلية، تنديداً بالعمليات العسكرية الإسرائيلية في الضفة الغربية.", "ACCUSE"),
])
def test_a_protests_purpose_is_no_event(sentence: str, not_type: str) -> None:
    _, evs = _events(sentence)
    assert any(e["type"] == "PROTEST" for e in evs) and not any(e["type"] == not_type for e in evs), evs


@pytest.mark.parametrize("sentence,actor", [
    # who held the ones set free (لدى after a word of holding) sets them free
    ("وأُفرج أمس عن ثلاثة صيادين كانوا محتجزين لدى البحرية الإريترية منذ شهرين.", "البحرية الإريترية"),
    ("وأفرج مساء أمس عن 12 مقاتلاً كانوا محتجزين لدى «قسد» مقابل ثمانية من عناصرها.", "قوات سوريا الديمقراطية"),
])
def test_a_release_by_who_held_them(sentence: str, actor: str) -> None:
    release = _one(sentence, "RETREAT")
    assert release["mode"] == "release" and release["actor"] == [actor], release


def test_a_strike_on_a_gathering_of_fighters_hits_their_group() -> None:
    strike = _one("أعلنت القيادة الأميركية في أفريقيا (أفريكوم) أنها نفذت غارة جوية على تجمع لعناصر حركة الشباب "
                  "قرب بلدة جوهر.", "ASSAULT")
    assert strike["recipient"] == ["حركة الشباب"], strike


def test_a_place_in_a_title_is_not_where_the_visit_is() -> None:
    # "المبعوث الخاص إلى اليمن": the envoy's title; he arrived in Aden, and who he meets there is his host
    ev = _one("وصل المبعوث الأممي الخاص إلى اليمن هانس غروندبرغ، اليوم الأربعاء، إلى العاصمة المؤقتة عدن، في "
              "زيارة تستمر يومين يلتقي خلالها رئيس مجلس القيادة الرئاسي رشاد العليمي.", "CONSULT")
    assert ev["actor"] == ["هانس غروندبرغ"] and ev["location"] == ["عدن"], ev
    assert ev["recipient"] == ["رشاد العليمي"], ev


def test_who_is_met_during_a_visit_is_met_by_the_visitor() -> None:
    _, evs = _events("يصل وزير الخارجية التركي هاكان فيدان اليوم إلى الجزائر في زيارة رسمية يلتقي خلالها "
                     "الرئيس عبد المجيد تبون.")
    consult = [e for e in evs if e["type"] == "CONSULT"]
    assert consult and all(e["actor"] == ["هاكان فيدان"] for e in consult), evs
    assert any("عبد المجيد تبون" in e["recipient"] for e in consult), evs


def test_a_refusal_after_a_demand_rejects_the_one_who_demanded() -> None:
    # the participle after a comma refuses for the clause's subject; the demand before it is what it refuses
    ev = _one("وطالب الوفد اللبناني بانسحاب القوات الإسرائيلية، إلا أن الجانب الإسرائيلي أبلغ المجتمعين أنه سيبقي "
              "على انتشاره، رافضاً تقديم أي جدول زمني للانسحاب.", "REJECT")
    assert ev["actor"] == ["إسرائيل"] and ev["recipient"] == ["الوفد اللبناني"], ev


def test_a_refusing_adjective_refuses_nothing() -> None:
    # "شعارات رافضة للقرار": an adjective of the banners, no act of refusal (a guard)
    _, evs = _events("تظاهر مئات من أنصار حزب الله في بيروت رافعين شعارات رافضة للقرار.")
    assert not [e for e in evs if e["type"] == "REJECT"], evs


def test_troops_moved_right_after_a_cut_left_the_base_cut() -> None:
    _, evs = _events("بدأت القوات الأميركية، أمس الاثنين، تقليص عدد جنودها في قاعدة الشدادي جنوبي الحسكة، ونقلت نحو "
                     "٣٠٠ جندي إلى قاعدة حرير الجوية.")
    cut = [e for e in evs if e["type"] == "RETREAT"]
    moved = [e for e in evs if e["type"] == "MOBILIZE"]
    assert cut and cut[0]["origin"] == ["قاعدة الشدادي"], evs
    assert moved and moved[0]["origin"] == ["قاعدة الشدادي"] and moved[0]["destination"] == ["قاعدة حرير"], evs


@pytest.mark.parametrize("sentence,host", [
    # whoever invited the visitor is the host (تلبية لدعوة من، بدعوة من)
    ("ومن المقرر أن يقوم أمير الكويت الشيخ مشعل الأحمد الجابر الصباح بزيارة رسمية إلى القاهرة الشهر المقبل، "
     "تلبية لدعوة من الرئيس عبد الفتاح السيسي.", "عبد الفتاح السيسي"),
    ("يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر بدعوة من الرئيس عبد المجيد تبون.", "عبد المجيد تبون"),
    # the one the visit's talks are with is its host
    ("وسيزور وزير الخارجية التركي هاكان فيدان الجزائر الأسبوع المقبل لإجراء محادثات مع الرئيس عبد المجيد تبون.",
     "عبد المجيد تبون"),
])
def test_the_one_who_invited_is_visited(sentence: str, host: str) -> None:
    ev = _one(sentence, "CONSULT")
    assert ev["recipient"] == [host], ev


@pytest.mark.parametrize("sentence,visitor,place", [
    # the person named past his titles after a visit noun is its genitive: the one who visits
    ("ويرى مراقبون أن التفاهمات أعقبت زيارة الرئيس السوري أحمد الشرع إلى موسكو في تشرين الأول الماضي.",
     "أحمد الشرع", "موسكو"),
    ("وجاء الاتفاق بعد زيارة وزير الخارجية التركي هاكان فيدان إلى بغداد الأسبوع الماضي.", "هاكان فيدان", "بغداد"),
])
def test_the_titled_person_after_a_visit_noun_visits(sentence: str, visitor: str, place: str) -> None:
    ev = _one(sentence, "CONSULT")
    assert ev["actor"] == [visitor] and ev["location"] == [place], ev


def test_a_body_named_by_a_trigger_word_is_no_event() -> None:
    # "الحشد" is the Popular Mobilisation Forces here, not a mobilisation
    _, evs = _events("وأكد قائد عمليات الأنبار في الحشد الشعبي أن الحشد يحتفظ بنحو 1500 مقاتل في قضاء القائم.")
    assert not [e for e in evs if e["type"] == "MOBILIZE"], evs


@pytest.mark.parametrize("sentence,parties", [
    # ministers or deputies walking out of a session protest (PLOVER PROTEST, boycott); the bodies they are
    # counted as of walked out
    ("انتهت الجلسة بانسحاب الوزراء الأربعة المحسوبين على حركة أمل وحزب الله من القاعة.", ["حركة أمل", "حزب الله"]),
    ("وشهدت الجلسة انسحاب النواب المنتمين إلى حزب الدعوة الإسلامية.", ["حزب الدعوة الإسلامية"]),
])
def test_a_walkout_of_ministers_is_a_boycott(sentence: str, parties: list[str]) -> None:
    ev = _one(sentence, "PROTEST")
    assert ev["mode"] == "boycott" and ev["actor"] == parties, ev


def test_a_forces_withdrawal_is_still_a_retreat() -> None:
    # (a guard) the walkout reading needs ministers or deputies
    assert _one("وأعلن الجيش انسحاب قواته من البلدة.", "RETREAT")["actor"] == ["الجيش"]


def test_a_visitor_expected_to_arrive_is_named_before_the_verb() -> None:
    # "أن الموفد الأميركي توم براك يُنتظر أن يصل إلى بيروت": his visit, not a deployment
    ev = _one("وأفادت مصادر بأن الموفد الأميركي توم براك يُنتظر أن يصل إلى بيروت الأسبوع المقبل.", "CONSULT")
    assert ev["mode"] == "visit" and ev["actor"] == ["توم براك"] and ev["location"] == ["بيروت"], ev


@pytest.mark.parametrize("sentence,releaser", [
    # the genitive of a release before عن is who releases (the released follow عن), a state too
    ("وتشمل الصفقة تسليم رفات 3 محتجزين مقابل إفراج إسرائيل عن نحو 350 أسيراً فلسطينياً.", "إسرائيل"),
    ("وأعلنت الوزارة إفراج السلطات السورية عن 20 معتقلاً.", "السلطات السورية"),
])
def test_who_releases_is_the_genitive_before_an(sentence: str, releaser: str) -> None:
    ev = _one(sentence, "RETREAT")
    assert ev["mode"] == "release" and ev["actor"] == [releaser], ev


def test_smuggled_fuel_and_vehicles_are_seized() -> None:
    # fuel by the litre, vehicles: what a seizure takes (the Algerian gendarmerie by its name in an Algerian story)
    _, evs = _events("الجزائر – أعلنت وزارة الدفاع الجزائرية توقيف مهربين. وحجزت مصالح الدرك الوطني 24 ألف لتر من "
                     "الوقود وست مركبات في تبسة.")
    seized = [e for e in evs if e["type"] == "COERCE" and e["mode"] == "seize"]
    assert seized and seized[0]["actor"] == ["الدرك الوطني"], evs


def test_a_missile_fired_from_a_place_has_it_for_origin() -> None:
    # "أطلقتها ميليشيا الحوثي من محافظة صعدة باتجاه مدينة جازان": fired from there, at the town
    ev = _one("اعترضت الدفاعات الجوية صاروخين أطلقتها ميليشيا الحوثي من محافظة صعدة باتجاه مدينة جازان.", "ASSAULT")
    assert ev["origin"] == ["صعدة"] and ev["location"] == ["جيزان"], ev


def test_the_party_linked_to_the_accused_groups_is_accused() -> None:
    ev = _one("واتهمت قسد، في بيان، مجموعات مرتبطة بالحكومة السورية بالوقوف وراء الهجوم.", "ACCUSE")
    assert ev["recipient"] == ["الحكومة السورية"], ev


@pytest.mark.parametrize("sentence,typ,actor", [
    # the subject between a verb and the fire or release it names (VSO): "أطلقت القوات النار"
    ("أطلقت قوات الأمن العراقية النار على المحتجين قرب حقل الرميلة.", "ASSAULT", "قوات الأمن العراقية"),
    ("وأطلقت السلطات العراقية أمس سراح عشرين معتقلاً.", "RETREAT", "السلطات العراقية"),
])
def test_the_subject_between_a_verb_and_its_fixed_object(sentence: str, typ: str, actor: str) -> None:
    assert _one(sentence, typ)["actor"] == [actor]


def test_self_restraint_is_no_seizure() -> None:
    # "ضبط النفس": restraint, as the noun too (ضبط is a seizure only of goods or people)
    _, evs = _events("وحثت الخارجية المصرية الطرفين على ضبط النفس وتجنب التصعيد في غزة.")
    assert not [e for e in evs if e["type"] == "COERCE"], evs


def test_phone_calls_in_the_plural_are_consultations() -> None:
    ev = _one("وقالت الناطقة إن رئيس المجلس محمد المنفي أجرى اتصالات هاتفية مع قادة التشكيلات في مصراتة.", "CONSULT")
    assert ev["mode"] == "phone" and ev["actor"] == ["محمد المنفي"], ev


def test_the_sides_named_after_the_noun_that_counts_them_are_addressed() -> None:
    # "دعا … طرفي الحرب، الجيش السوداني وقوات الدعم السريع، إلى هدنة": the sides between the commas
    ev = _one("وفي نيويورك، دعا مبعوث الأمم المتحدة الشخصي إلى السودان رمطان لعمامرة، مساء أمس، طرفي الحرب، الجيش "
              "السوداني وقوات الدعم السريع، إلى هدنة إنسانية فورية.", "REQUEST")
    assert ev["actor"] == ["رمطان لعمامرة"] and ev["recipient"] == ["الجيش السوداني", "قوات الدعم السريع"], ev


def test_a_spokesman_claims_an_attack_for_his_body() -> None:
    # "وتبنّى المتحدث العسكري باسم جماعة الحوثي يحيى سريع الهجوم": the group made the attack, not its spokesman
    _, evs = _events("تعرضت سفينة شحن لهجوم بطائرات مسيرة غرب الحديدة في البحر الأحمر.\nوتبنّى المتحدث العسكري "
                     "باسم جماعة الحوثي يحيى سريع الهجوم.")
    attack = next(e for e in evs if e["type"] == "ASSAULT")
    assert attack["actor"] == ["الحوثيون"], evs


@pytest.mark.parametrize("sentence,actor", [
    # the body a moving force is of (ل), or that leads it (يقودها), moves it
    ("وصلت دورية للتحالف الدولي بقيادة الولايات المتحدة، تضم 14 مدرعة، صباح اليوم الثلاثاء، إلى مدينة القامشلي.",
     "التحالف الدولي"),
    ("وتزامن ذلك مع انتشار قوات يقودها المجلس الانتقالي الجنوبي في مدينة المكلا.", "المجلس الانتقالي الجنوبي"),
])
def test_the_body_a_moving_force_is_of_moves_it(sentence: str, actor: str) -> None:
    assert _one(sentence, "MOBILIZE")["actor"] == [actor]


def test_the_sides_of_a_conflict_are_attacker_and_attacked() -> None:
    # "طرفي النزاع" after an attack of one side on the other: both
    _, evs = _events("قصفت قوات الدعم السريع مواقع الجيش السوداني في الفاشر أمس. ودعا مجلس السلم والأمن الأفريقي "
                     "طرفي النزاع إلى وقف فوري لإطلاق النار.")
    call = next(e for e in evs if e["type"] == "REQUEST")
    assert sorted(call["recipient"]) == sorted(["قوات الدعم السريع", "الجيش السوداني"]), evs


def test_a_town_whose_market_was_hit_is_where_the_attack_was() -> None:
    # "على أحياء سكنية وسوق مدينة كادقلي بولاية جنوب كردفان": the town of the market joined to the targets,
    # not the state it lies in
    ev = _one("قُتل سبعة مدنيين جراء قصف شنّته قوات الدعم السريع على أحياء سكنية وسوق مدينة كادقلي بولاية جنوب "
              "كردفان.", "ASSAULT")
    assert ev["location"][:1] == ["كادوقلي"], ev  # (the gazetteer's spelling of Kadugli)


def test_the_next_round_held_is_a_meeting() -> None:
    # "واتفق الجانبان على عقد الجولة المقبلة في مسقط": the next round, planned, between the two who agreed
    _, evs = _events("التقى وزير الخارجية الإيراني عباس عراقجي المبعوث الأمريكي ستيف ويتكوف في مسقط. واتفق "
                     "الجانبان على عقد الجولة المقبلة في مسقط يوم 2 مارس المقبل.")
    planned = [e for e in evs if e["type"] == "CONSULT" and e["status"] == "planned"]
    assert planned and sorted(planned[0]["actor"]) == sorted(["عباس عراقجي", "ستيف ويتكوف"]), evs


def test_a_meeting_agreed_on_is_held_by_those_who_agreed() -> None:
    # "اتفقا على تشكيل لجنة عسكرية مشتركة تعقد اجتماعها الأول في القاهرة": the meeting agreed on is theirs
    _, evs = _events("عقد رئيس الأركان الليبي خالد حفتر اجتماعاً في بنغازي مع وفد عسكري مصري. وأوضح المكتب الإعلامي "
                     "أن الجانبين اتفقا على تشكيل لجنة عسكرية مشتركة تعقد اجتماعها الأول في القاهرة الشهر المقبل.")
    planned = [e for e in evs if e["type"] == "CONSULT" and e["status"] == "planned"]
    assert planned and sorted(planned[0]["actor"]) == sorted(["خالد حفتر", "وفد عسكري مصري"]), evs


def test_a_time_from_which_a_visit_runs_is_an_aside() -> None:
    # "، بداية من الأربعاء المقبل،" parts the subject of the light verb from its noun no more than a bare time
    ev = _one("يؤدي وزير الداخلية الإيطالي ماتيو بيانتيدوزي، بداية من الأربعاء المقبل، زيارة رسمية إلى تونس تستمر "
              "يومين، يلتقي خلالها وزير الداخلية خالد النوري.", "CONSULT")
    assert ev["actor"] == ["ماتيو بيانتيدوزي"] and ev["recipient"] == ["خالد النوري"], ev


def test_what_an_operation_caused_happened_where_it_was() -> None:
    # past the operation's doer and its target, the place it struck is the killing's, before any other
    ev = _one("أعلنت قيادة العمليات المشتركة في العراق، اليوم الثلاثاء، مقتل قيادي بارز في تنظيم داعش واعتقال سبعة من "
              "عناصره، في عملية إنزال جوي نفذها جهاز مكافحة الإرهاب على أحد أوكار التنظيم في سلسلة جبال حمرين.",
              "ASSAULT")
    assert ev["actor"] == ["جهاز مكافحة الإرهاب"] and ev["location"][:1] == ["جبال حمرين"], ev



@pytest.mark.parametrize("sentence,actor,location", [
    # a crossing, an airport or a border closed is movement restricted (CAMEO 191)
    ("وأعلنت السلطات المصرية إغلاق معبر رفح البري حتى إشعار آخر.", "السلطات المصرية", "معبر رفح"),
    ("وأغلقت السلطات المصرية معبر رفح البري أمام المسافرين.", "السلطات المصرية", "معبر رفح"),  # (a guard: read before)
    # a siege laid: its light verb's subject, the town after على (or its pronoun)
    ("وفرضت قوات الدعم السريع حصاراً على بلدة الطويشة.", "قوات الدعم السريع", "بلدة الطويشة"),
    ("قُتل خمسة أشخاص في قصف استهدف مدينة الأبيض، التي تفرض قوات الدعم السريع حصاراً محكماً عليها منذ مطلع "
     "نوفمبر الجاري.", "قوات الدعم السريع", "الأبيض"),
])
def test_a_way_closed_or_a_siege_laid_restricts(sentence: str, actor: str, location: str) -> None:
    ev = _one(sentence, "COERCE")
    assert ev["mode"] == "restrict" and ev["actor"] == [actor] and location in ev["location"], ev


@pytest.mark.parametrize("sentence", [
    "وقررت المحكمة إغلاق الملف نهائياً.",  # a file closed (a guard: no way named)
    "ويعاني سكان غزة من الحصار المفروض على القطاع منذ سنوات.",  # a standing blockade described
    "وطالبت الأمم المتحدة برفع الحصار عن مدينة الفاشر.",  # a siege to be lifted
])
def test_no_restriction_without_a_way_closed_or_a_siege_laid(sentence: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "COERCE"], evs


def test_a_body_convening_meets() -> None:
    ev = _one("ومن المقرر أن تنعقد اللجنة المصرية الجيبوتية المشتركة في جيبوتي خلال يونيو المقبل.", "CONSULT")
    assert ev["actor"] == ["اللجنة المصرية الجيبوتية المشتركة"] and ev["location"] == ["جيبوتي"], ev
    assert ev["status"] == "planned", ev


def test_a_person_after_his_title_is_a_coordinated_verbs_own_subject() -> None:
    # "…، وطالب وزير الإعلام فؤاد الشرجبي المجتمع الدولي": the minister demands, not the government before
    ev = _one("دانت الحكومة اليمنية الهجوم، وطالب وزير الإعلام فؤاد الشرجبي المجتمع الدولي بتصنيف الجماعة منظمة "
              "إرهابية.", "REQUEST")
    assert ev["actor"] == ["فؤاد الشرجبي"] and ev["recipient"] == ["المجتمع الدولي"], ev


def test_a_titled_person_after_a_where_verb_is_met() -> None:
    # (a guard) "حيث التقى المشير حفتر ونائبه": no object after him, so the visitor met him
    ev = _one("وصل وفد عسكري روسي إلى بنغازي، حيث التقى المشير خليفة حفتر ونائبه في مقر القيادة العامة.", "CONSULT")
    assert ev["actor"] == ["وفد عسكري روسي"] and "خليفة حفتر" in ev["recipient"], ev


@pytest.mark.parametrize("sentence,host", [
    # the one a visit is to meet, named right after للقاء (past a title), is the one visited
    ("ومن المقرر أن تزور المبعوثة الأميركية مورغان أورتاغوس قصر بعبدا غداً الجمعة للقاء رئيس الجمهورية جوزاف عون.",
     "جوزيف عون"),
    ("ويزور وزير الخارجية التركي هاكان فيدان دمشق الأسبوع المقبل للقاء الرئيس أحمد الشرع.", "أحمد الشرع"),
])
def test_the_one_a_visit_is_to_meet_is_visited(sentence: str, host: str) -> None:
    ev = _one(sentence, "CONSULT")
    assert ev["recipient"] == [host], ev


@pytest.mark.parametrize("sentence,actor,recipient", [
    # a necessity urged of a named party is a demand of it
    ("وشدد الرئيس عبد المجيد تبون على ضرورة أن يتحمل مجلس الأمن مسؤولياته.", "عبد المجيد تبون", "مجلس الأمن الدولي"),
    ("وأكد رئيس الوزراء نواف سلام ضرورة أن تمارس واشنطن ضغطاً جدياً على إسرائيل.", "نواف سلام", "الولايات المتحدة"),
])
def test_a_necessity_urged_of_a_party_is_a_demand(sentence: str, actor: str, recipient: str) -> None:
    ev = _one(sentence, "REQUEST")
    assert ev["actor"] == [actor] and ev["recipient"] == [recipient], ev


def test_a_necessity_of_no_party_is_no_demand() -> None:
    # "ضرورة أن يكون الحوار شاملاً": what should be, of no one
    _, evs = _events("وأكد الوزير على ضرورة أن يكون الحوار شاملاً.")
    assert not [e for e in evs if e["type"] == "REQUEST"], evs


def test_the_party_an_attacker_is_linked_to_is_not_hit() -> None:
    # "حركة الشباب المرتبطة بتنظيم القاعدة": al-Qaeda describes the attacker; the base's army was hit
    _, evs = _events("قتل 17 جندياً صومالياً في هجوم شنّته حركة الشباب المرتبطة بتنظيم القاعدة على قاعدة بلعد "
                     "العسكرية التابعة للجيش الصومالي.")
    attacks = [e for e in evs if e["type"] == "ASSAULT"]
    assert attacks and all(e["actor"] == ["حركة الشباب"] and e["recipient"] == ["الجيش الصومالي"] for e in attacks), evs


def test_the_party_targets_are_linked_to_is_hit() -> None:
    # (a guard) "السفن المرتبطة بإسرائيل": the ships' party is the target
    ev = _one("وتبنى الحوثيون هجمات على السفن المرتبطة بإسرائيل في البحر الأحمر.", "ASSAULT")
    assert ev["recipient"] == ["إسرائيل"], ev


def test_a_delegation_told_before_its_arriving_verb_visits() -> None:
    # "أن وفداً إسرائيلياً سيصل إلى القاهرة": a delegation arriving visits; the accusative delegation is its state's
    # (ISRGOV), named as the text names it
    rec, evs = _events("وقالت إسرائيل إنها مستعدة للتفاوض، مضيفة أن وفداً إسرائيلياً سيصل إلى القاهرة غداً الأربعاء "
                       "لاستكمال النقاش.")
    assert not [e for e in evs if e["type"] == "MOBILIZE"], evs
    visit = next(e for e in evs if e["type"] == "CONSULT")
    assert visit["mode"] == "visit" and visit["actor"] == ["وفداً إسرائيلياً"] and visit["location"] == ["القاهرة"], visit
    assert next(e for e in rec.entities if e.name_ar == "وفداً إسرائيلياً").actor_code == "ISRGOV"


def test_a_host_city_before_a_time_aside_is_where_talks_are() -> None:
    ev = _one("تحتضن العاصمة المصرية القاهرة، منذ أمس الاثنين 19 جانفي 2026، جولة جديدة من المفاوضات غير المباشرة "
              "بين حركة حماس وإسرائيل، بوساطة مصرية وقطرية.", "CONSULT")
    assert ev["location"] == ["القاهرة"], ev


def test_the_government_of_another_person_is_not_the_subjects_name() -> None:
    # "اتهم الشريف حكومة بنيامين نتنياهو": Netanyahu's government is accused, not the accuser's name
    _, evs = _events("من جهته، نفى القيادي في حركة حماس طاهر الشريف رفض الحركة للمقترح. واتهم الشريف حكومة "
                     "بنيامين نتنياهو بمحاولة إفشال المفاوضات.")
    ev = next(e for e in evs if e["type"] == "ACCUSE")
    assert ev["actor"] == ["طاهر الشريف"] and ev["recipient"] == ["بنيامين نتنياهو"], ev


def test_members_of_a_force_counted_before_the_verb_are_the_force() -> None:
    # "نحو 3 آلاف منتسب من الشرطة الاتحادية انتشروا" (Iraqi usage)
    ev = _one("وقال المتحدث إن نحو 3 آلاف منتسب من الشرطة الاتحادية انتشروا في أحياء المدينة منذ مساء أمس السبت.",
              "MOBILIZE")
    assert ev["actor"] == ["الشرطة الاتحادية"], ev


@pytest.mark.parametrize("sentence,actor", [
    # those the dead fought with killed them, past "the remnants of"
    ("وقُتل جنديان وأصيب ثلاثة آخرون، فجر اليوم، في اشتباك مسلح مع بقايا تنظيم داعش في منطقة وادي الشاي.",
     "تنظيم داعش"),
    ("وقتل ثلاثة عناصر من قوات الأمن في مواجهات مع مسلحي حركة الشباب.", "حركة الشباب"),
])
def test_the_dead_were_killed_by_those_they_fought_with(sentence: str, actor: str) -> None:
    rec, evs = _events(sentence)
    killed = next(e for ev, e in zip(rec.events, evs) if e["type"] == "ASSAULT" and "قتل" in ev.trigger.text.replace("\u064f", ""))
    assert killed["actor"] == [actor], evs


def test_the_sides_of_a_clash_after_an_aside_are_its_parties() -> None:
    # past a source and a place set off by commas; an unnamed group's owner stands for it
    ev = _one("واندلعت المواجهات، بحسب شهود عيان، في منطقة الحرشة، بين عناصر «كتيبة الفرسان» ومجموعة مسلحة تابعة "
              "لـ«قوة الإسناد الأولى»، على خلفية مقتل أحد عناصر الكتيبة.", "ASSAULT")
    assert ev["actor"] == ["كتيبة الفرسان", "قوة الإسناد الأولى"], ev


def test_a_road_closed_by_the_authorities_restricts() -> None:
    ev = _one("وأعلنت مديرية أمن الزاوية إغلاق الطريق الساحلي أمام حركة السير حفاظاً على أرواح المواطنين.", "COERCE")
    assert ev["mode"] == "restrict" and ev["actor"] == ["مديرية أمن الزاوية"], ev


def test_a_road_closed_by_residents_is_no_restriction() -> None:
    # (a guard) residents who close a road protest; they restrict no one's movement as a power would
    _, evs = _events("وكان أهالي منطقة الحمايزية قد أغلقوا أمس الطريق الرابطة بين العامرة وجبنيانة بالحجارة، احتجاجاً "
                     "على تردي الأوضاع.")
    assert not [e for e in evs if e["type"] == "COERCE"], evs


@pytest.mark.parametrize("sentence,actor", [
    # (a guard, read so before) a force right after the verb is its own subject: the protesters before it did
    # not close the roads
    ("وتجمع عشرات المحتجين أمام السراي الحكومي في بيروت، فيما أغلقت القوى الأمنية اللبنانية الطرقات المؤدية إلى "
     "ساحة رياض الصلح.", "القوى الأمنية اللبنانية"),
    # a force's owner, past its adjective, withdraws
    ("ووقعت الحكومة اتفاقاً، على أن تنسحب الوحدات العسكرية التابعة لـ\"قسد\" من محيط الحقلين خلال ثلاثة أيام.",
     "قوات سوريا الديمقراطية"),
])
def test_a_force_named_after_the_verb_is_its_subject(sentence: str, actor: str) -> None:
    _, evs = _events(sentence)
    ev = next(e for e in evs if e["type"] in ("COERCE", "RETREAT"))
    assert ev["actor"] == [actor], evs


@pytest.mark.parametrize("sentence,recipient", [
    # whom a threat's condition is on is the one threatened
    ("وهدّد الأمين العام المساعد للاتحاد سامي الطاهري، خلال تجمع نقابي أمام دار الاتحاد، بالدخول في إضراب مفتوح "
     "منتصف مارس المقبل إذا لم تستجب الحكومة التونسية لمطالب الأعوان.", "الحكومة التونسية"),
    # (a guard: read so before, through the release it names)
    ("وهدد الاتحاد العام التونسي للشغل بتنفيذ إضراب عام الشهر المقبل إذا لم تفرج السلطات التونسية عن الموقوفين.",
     "السلطات التونسية"),
])
def test_the_one_a_threats_condition_is_on_is_threatened(sentence: str, recipient: str) -> None:
    ev = _one(sentence, "THREATEN")
    assert ev["recipient"] == [recipient], ev


def test_an_officials_forces_are_the_body_he_is_in() -> None:
    # "المستشار في قيادة الدعم السريع …، إن قواته لم تنسحب": his forces are those of the body in his title
    ev = _one("قال المستشار في قيادة الدعم السريع، عمر حمدان جبريل، في منشور على منصة «إكس»، إن قواته «لم "
              "تنسحب شبراً واحداً» من محيط بابنوسة.", "RETREAT")
    assert ev["actor"] != ["عمر حمدان جبريل"] and len(ev["actor"]) == 1 and ev["status"] == "negated", ev


@pytest.mark.parametrize("sentence,actor", [
    # "reserves the right to respond" is a threat of force, made by saying it
    ("وأكد المتحدث أن الحكومة التركية تحتفظ بحق الرد على أي اعتداء يطال جنودها.", "الحكومة التركية"),
    ("وقالت الخارجية الإيرانية إن طهران تحتفظ بحق الرد في الزمان والمكان المناسبين.", "طهران"),
])
def test_reserving_the_right_to_respond_is_a_threat(sentence: str, actor: str) -> None:
    ev = _one(sentence, "THREATEN")
    assert ev["actor"] == [actor] and ev["status"] == "occurred", ev


@pytest.mark.parametrize("sentence,typ", [
    # a charge, a demand or a refusal in the present tense is made by saying it
    ("وتطالب نقابة الصحفيين التونسيين الحكومة بفتح تحقيق في الاعتداء على الصحفيين.", "REQUEST"),
    ("ويتهم الجيش قوات الدعم السريع بقصف الأحياء السكنية في المدينة.", "ACCUSE"),
])
def test_a_speech_act_in_the_present_is_made(sentence: str, typ: str) -> None:
    assert _one(sentence, typ)["status"] == "occurred"


def test_a_standing_charge_in_a_relative_clause_goes_on() -> None:
    # (a guard) "حزب العمال، الذي تتهمه أنقرة بـ…": a charge told of a party, not one made now
    ev = _one("وقصفت الطائرات مواقع حزب العمال الكردستاني، الذي تتهمه أنقرة بشن هجمات على أراضيها.", "ACCUSE")
    assert ev["status"] == "ongoing", ev


@pytest.mark.parametrize("sentence", [
    "وقال مصدر طبي إن المستشفى استقبل جثتي الطفلين صباح اليوم.",
    "ويستقبل المخيم مئات النازحين يومياً منذ بدء المعارك.",
])
def test_taking_in_the_dead_or_displaced_is_no_meeting(sentence: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "CONSULT"], evs


def test_receiving_a_guest_is_still_a_meeting() -> None:
    # (a guard) the displaced are what the meeting is about, after لبحث, not who was received
    ev = _one("واستقبل الرئيس التونسي وزير الصحة الجزائري عبد الحق سايحي لبحث أوضاع النازحين.", "CONSULT")
    assert ev["recipient"] == ["الرئيس التونسي"], ev


def test_a_subject_past_a_time_set_off_by_commas() -> None:
    # "قرار وزارة الخزانة الأمريكية، يوم الخميس، فرض عقوبات": the time between commas opens no new clause
    ev = _one("وجاء ذلك بعد قرار وزارة الخزانة الأمريكية، يوم الخميس، فرض عقوبات على ثلاث شركات إيرانية.", "SANCTION")
    assert ev["actor"] == ["وزارة الخزانة الأمريكية"], ev


def test_civilians_leaving_is_no_withdrawal() -> None:
    # a crowd of civilians is no force: "خرج آلاف الأردنيين من منازلهم" is no military withdrawal
    _, evs = _events("وخرج آلاف الأردنيين من منازلهم بعد منتصف الليل.")
    assert not [e for e in evs if e["type"] == "RETREAT"], evs


def test_calling_the_condemned_act_a_crime_is_the_same_condemnation() -> None:
    # "أدان المحافظ القصف، ووصفه بأنه جريمة حرب": one condemnation, not a second one by the outlet quoted
    _, evs = _events("وأدان محافظ تعز نبيل شمسان القصف، ووصفه في تصريح لوكالة الأنباء اليمنية \"سبأ\" بأنه "
                     "\"جريمة حرب مكتملة الأركان\".")
    assert [(e["type"], e["actor"]) for e in evs if e["type"] == "ACCUSE"] == [("ACCUSE", ["نبيل شمسان"])], evs


def test_what_banners_ask_for_is_no_event() -> None:
    # "رافعين لافتات تطالب بوقف القصف وإخلاء النقاط": the protest's cause, neither a demand of its own nor a pull-out
    _, evs = _events("وتظاهر المئات من الأهالي أمس قرب مركز الناحية، رافعين لافتات تطالب بوقف القصف التركي "
                     "وإخلاء النقاط العسكرية المقامة على أراضيهم.")
    assert [e["type"] for e in evs] == ["PROTEST"], evs


@pytest.mark.parametrize("sentence", [
    "وتظاهر مئات المحتجين أمام البرلمان، واعتقلت الشرطة عدداً منهم.",
    "وتظاهر مئات المحتجين أمام البرلمان. واعتقلت الشرطة خمسة منهم.",
])
def test_some_of_them_held_are_of_the_crowd_before(sentence: str) -> None:
    # "واعتقلت الشرطة عدداً منهم": the police hold some of the protesters; the crowd is not carried on as the subject
    ev = _one(sentence, "COERCE")
    assert (ev["actor"], ev["recipient"]) == (["الشرطة"], ["المحتجين"]), ev



@pytest.mark.parametrize("sentence,actor", [
    ("وكانت القاعدة قد تعرضت العام الماضي لهجوم بطائرة مسيّرة أسفر عن مقتل جنديين وإصابة آخرين، "
     "تبنّته «المقاومة الإسلامية في العراق».", "المقاومة الإسلامية في العراق"),
    ("واستهدف هجوم انتحاري نقطة للجيش في ديالى، ما أدى إلى مقتل ثلاثة جنود، تبنّاه تنظيم داعش لاحقاً.", "تنظيم داعش"),
])
def test_an_attack_claimed_after_its_toll(sentence: str, actor: str) -> None:
    # the claim verb carries the attack's pronoun past the deaths it caused: its subject carried it out,
    # and the deaths stay the toll of that one attack
    _, evs = _events(sentence)
    attacks = [e for e in evs if e["type"] == "ASSAULT"]
    assert [e["actor"] for e in attacks] == [[actor]], evs


@pytest.mark.parametrize("sentence,roles", [
    ("تسلّم الجيش اللبناني، اليوم الاثنين، دفعة جديدة من الأسلحة الثقيلة من مخيم عين الحلوة.",
     {"recipient": ["الجيش اللبناني"], "location": ["مخيم عين الحلوة"]}),
    ("وتسلّم الجيش السوري أسلحة الفصائل من مدينة درعا.", {"recipient": ["الجيش السوري"], "location": ["درعا"]}),
])
def test_weapons_received_are_weapons_given_up_where_they_were(sentence: str, roles: dict[str, list[str]]) -> None:
    # weapons a force receives are a disarmament, with the receiver as the recipient and the place they
    # came from as where it happened
    ev = _one(sentence, "RETREAT")
    assert ev["mode"] == "disarm", ev
    assert {k: ev[k] for k in roles} == roles, ev


def test_positions_received_stay_a_handover() -> None:
    # (a guard) posts taken over are a withdrawal handed over, not a disarmament
    ev = _one("وتسلّم الجيش اللبناني مواقع حزب الله جنوب الليطاني.", "RETREAT")
    assert ev["mode"] == "withdraw", ev


def test_what_goes_in_is_no_force() -> None:
    # "ما يدخل القطاع": what goes into the Strip is goods, not troops moving in
    _, evs = _events("وشنت إسرائيل غارات على قطاع غزة. وقالت وكالة الأونروا إن ما يدخل قطاع غزة لا يلبي سوى جزء ضئيل من الاحتياجات.")
    assert [e["type"] for e in evs] == ["ASSAULT"], evs


def test_a_proposals_terms_set_no_scene() -> None:
    # the place a proposed ceasefire is for is not where the next meeting is held: the visit's city is
    _, evs = _events("وصل وفد من حركة حماس إلى القاهرة مساء أمس لإجراء مباحثات حول مقترح لوقف إطلاق النار في قطاع غزة. "
                     "وقال مصدر إن الوفد سيلتقي اليوم رئيس جهاز المخابرات العامة المصرية حسن رشاد.")
    planned = [e for e in evs if e["type"] == "CONSULT" and e["status"] == "planned"]
    assert [e["location"] for e in planned] == [["القاهرة"]], evs


@pytest.mark.parametrize("sentence,roles", [
    ("أعلن خفر السواحل الليبي اعتراض أربعة قوارب تقل 312 مهاجراً قبالة سواحل زوارة.",
     {"actor": ["خفر السواحل الليبي"], "location": ["زوارة"]}),
    ("واعترضت البحرية الأمريكية قارباً يحمل أسلحة قبالة سواحل الحديدة.",
     {"actor": ["البحرية الأمريكية"], "location": ["الحديدة"]}),
])
def test_boats_stopped_at_sea(sentence: str, roles: dict[str, list[str]]) -> None:
    # boats stopped at sea have their way barred; off a town's coast is near the town
    ev = _one(sentence, "COERCE")
    assert (ev["mode"], {k: ev[k] for k in roles}) == ("restrict", roles), ev


@pytest.mark.parametrize("sentence", [
    "وقال إن الناقلة كانت تحمل وقوداً مهرّباً عندما اعترضتها زوارق الحرس الثوري.",  # the boats stopped it
    "وأعلن الجيش اعتراض طائرتين مسيّرتين أطلقهما الحوثيون.",  # drones shot down, no boats
])
def test_no_boats_stopped(sentence: str) -> None:
    # (a guard) the boats after a verb with its object's pronoun are its subject
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "COERCE" and e["mode"] == "restrict"], evs


def test_who_managed_it_through_a_unit_of_the_body() -> None:
    # "تمكنت وحدات من الجيش من …": the body the units are of did it
    ev = _one("تمكنت وحدات من الجيش العراقي، خلال عمليات متفرقة، من اعتقال ثلاثة مطلوبين في بغداد.", "COERCE")
    assert ev["actor"] == ["الجيش العراقي"], ev


def test_a_meeting_its_chair_held() -> None:
    # who chairs a meeting holds it
    ev = _one("ترأس رئيس الوزراء سالم بن بريك، اليوم الثلاثاء، اجتماعاً طارئاً في قصر معاشيق مع وزير الكهرباء.", "CONSULT")
    assert ev["actor"] == ["سالم بن بريك"], ev


def test_off_a_towns_coast_is_near_the_town() -> None:
    # "قبالة سواحل الناظور بالبحر المتوسط": the town whose coast it is, not only the sea
    ev = _one("وأعلن الجيش اعتراض خمسة قوارب مطاطية قبالة سواحل الناظور بالبحر الأبيض المتوسط.", "COERCE")
    assert "الناظور" in ev["location"], ev


def test_who_sent_reinforcements_from_a_unit() -> None:
    # "دفعت القيادة بتعزيزات من الفرقة …": who sent them acts, with the unit they came from
    ev = _one("ودفع الجيش التركي بتعزيزات من الفرقة الثانية إلى إدلب.", "MOBILIZE")
    assert ev["actor"][0] == "الجيش التركي", ev


def test_the_arab_parliament_praises() -> None:
    # the Arab League's parliament is a body of its own; what it praises after ب is the recipient
    ev = _one("وأشاد البرلمان العربي بيقظة الأجهزة الأمنية الكويتية.", "SUPPORT")
    assert (ev["actor"], ev["recipient"]) == (["البرلمان العربي"], ["الأجهزة الأمنية الكويتية"]), ev


def test_a_delegation_told_well_before_its_arrival_visits() -> None:
    # "بأن وفداً من الحركة برئاسة خليل الحية سيصل إلى الدوحة": past its body and its head, a delegation
    # arriving is a visit, not a force moving in
    _, evs = _events("أفاد مصدر مطلع بأن وفداً من حركة حماس برئاسة خليل الحية سيصل إلى الدوحة غداً الأربعاء "
                     "لاستئناف المباحثات مع الوسطاء.")
    assert [(e["type"], e["mode"], e["actor"], e["location"]) for e in evs] == [
        ("CONSULT", "visit", ["حركة حماس"], ["الدوحة"])], evs


@pytest.mark.parametrize("sentence", [
    "أنهت اللجنة العسكرية العليا المشتركة أمس الأحد جولتها الأخيرة من المباحثات في بغداد.",
    "واختتمت اللجنة العسكرية العليا المشتركة اليوم اجتماعاتها في بغداد.",
])
def test_who_ends_talks_held_them(sentence: str) -> None:
    # a verb of the talks' course (أنهى، اختتم، بدأ) lends its subject like a light verb
    ev = _one(sentence, "CONSULT")
    assert ev["actor"] == ["اللجنة العسكرية العليا المشتركة"], ev


@pytest.mark.parametrize("sentence,actor", [
    ("قصفت قوات الدعم السريع المستشفى السعودي في الفاشر، وفق ما أعلنت شبكة أطباء السودان في بيان وصفت فيه "
     "الهجوم بأنه «جريمة حرب».", "شبكة أطباء السودان"),
    ("شنت إسرائيل غارات على جنوب لبنان، فيما قال حزب الله في بيان اتهم فيه الجيش الإسرائيلي بخرق الاتفاق "
     "إنه سيرد.", "حزب الله"),
])
def test_what_is_said_in_a_statement_is_its_issuers(sentence: str, actor: str) -> None:
    # "أعلنت X في بيان وصفت فيه …": the verb inside the statement has its issuer for subject, not the
    # party the sentence opened with
    ev = _one(sentence, "ACCUSE")
    assert ev["actor"] == [actor], ev


def test_an_outcome_joined_to_the_first_has_its_actor() -> None:
    # "أسفرت عن مقتل ثلاثة إرهابيين واعتقال اثنين آخرين": both outcomes are the raiding force's
    _, evs = _events("أعلن جهاز مكافحة الإرهاب، اليوم الثلاثاء، تنفيذ عملية دهم استهدفت مضافة لعصابات داعش في تلال بادوش، "
                     "أسفرت عن مقتل ثلاثة إرهابيين واعتقال اثنين آخرين.")
    arrests = [e for e in evs if e["type"] == "COERCE" and e["mode"] == "arrest"]
    assert [e["actor"] for e in arrests] == [["جهاز مكافحة الإرهاب"]], evs


def test_a_verb_after_a_coordinated_verb_of_becoming_goes_on_with_the_subject() -> None:
    # "…، وباتت تنشر نحو 350 عنصراً": the subject of the clause before deploys them
    ev = _one("دفعت رئاسة الأركان العامة بقوة العمليات المشتركة إلى المدينة، وباتت تنشر نحو 350 عنصراً "
              "عند مداخلها الجنوبية وفي محيط مصفاة الزاوية.", "MOBILIZE")
    assert ev["actor"] == ["رئاسة الأركان العامة"], ev


def test_a_party_joined_to_an_unnamed_addressee_is_addressed() -> None:
    # "مطالباً الوسطاء والإدارة الأميركية بـ…": the addressees are the mediators and the US administration
    ev = _one("وقال المتحدث باسم الحركة حازم قاسم إن الاحتلال يسعى إلى تقويض الاتفاق، مطالباً الوسطاء "
              "والإدارة الأميركية بإلزام إسرائيل بوقف خروقاتها فوراً.", "REQUEST")
    assert ev["recipient"] == ["الإدارة الأميركية"], ev


@pytest.mark.parametrize("sentence", [
    "وأعادت الدوريات المهاجرين إلى قاعدة طرابلس البحرية، حيث جرى تسليمهم إلى جهاز مكافحة الهجرة غير الشرعية.",
    "ونقل الجرحى إلى مستشفى المدينة، وسلّمهم الجيش إلى الصليب الأحمر.",
])
def test_people_handed_over_are_no_posts_handed_over(sentence: str) -> None:
    # a handover with a pronoun of people (تسليمهم، سلّمهم) is no withdrawal from a post named nearby
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "RETREAT" and e["mode"] == "withdraw"], evs


def test_the_participation_refused_names_no_party_of_the_refusal() -> None:
    # "رفضه مشاركة قوات تركية": the Turkish forces are what is refused, not who refuses
    _, evs = _events("وأعلن رئيس الوزراء الإسرائيلي بنيامين نتنياهو رفضه مشاركة قوات تركية في المهمة.")
    refusals = [e for e in evs if e["type"] == "REJECT"]
    assert refusals and all("قوات تركية" not in e["actor"] for e in refusals), evs


@pytest.mark.parametrize("sentence,recipient", [
    ("وقالت القيادة إن قطعات من الفرقة العشرين تعرضت لإطلاق نار من عناصر خارجة عن القانون في سنوني.", "الفرقة العشرين"),
    ("وأكدت الوزارة أن الجيش العراقي تعرض لهجوم في كركوك.", "الجيش العراقي"),
])
def test_who_underwent_an_attack_told_before_the_verb_was_hit(sentence: str, recipient: str) -> None:
    # "إن قطعات من الفرقة العشرين تعرضت لإطلاق نار": the subject before تعرّض is the one fired on
    ev = _one(sentence, "ASSAULT")
    assert ev["recipient"] == [recipient] and recipient not in ev["actor"], ev


@pytest.mark.parametrize("sentence", [
    "قُتل ستة أشخاص في هجوم بطائرات مسيّرة شنته قوات الدعم السريع على سوق في مدينة الفاشر.",
    "قُتل جنديان في قصف بقذائف هاون نفذته قوات الدعم السريع على مدينة الفاشر.",
])
def test_an_attacks_weapon_and_its_kind_do_not_part_it_from_who_launched_it(sentence: str) -> None:
    # "هجوم بطائرات مسيّرة شنّته …": the weapon and its kind stand between the attack and its relative clause
    _, evs = _events(sentence)
    attacks = [e for e in evs if e["type"] == "ASSAULT"]
    assert attacks and all(e["actor"] == ["قوات الدعم السريع"] for e in attacks), evs
    assert all("قوات الدعم السريع" not in e["recipient"] for e in attacks), evs


def test_a_place_named_before_a_distance_is_where_it_happened() -> None:
    # "في بلدة بلعد، على بعد نحو ثلاثين كيلومتراً شمال العاصمة مقديشو": the capital is only a landmark
    ev = _one("أعلن الجيش الصومالي أنه صدّ هجوماً شنّه مسلحو حركة الشباب على قاعدة عسكرية في بلدة بلعد، "
              "على بعد نحو ثلاثين كيلومتراً شمال العاصمة مقديشو.", "ASSAULT")
    assert ev["location"] == ["بلدة بلعد"], ev


def test_a_distance_from_a_place_locates_what_names_no_other_place() -> None:
    # (a guard) with no place before it, the place a distance is measured from is the nearest one told
    ev = _one("ضبطت دورية عسكرية قافلة تهريب، على بعد نحو 60 كيلومتراً جنوب شرقي الكفرة.", "COERCE")
    assert ev["location"] == ["الكفرة"], ev


@pytest.mark.parametrize("sentence,actor", [
    ("أعلن المتحدث العسكري باسم القوات المسلحة المصرية مقتل ثمانية عناصر تكفيرية في منطقة جبل الحلال.",
     "القوات المسلحة المصرية"),
    ("وأعلنت قيادة الجيش الأردني مقتل ثلاثة مهربين على الحدود الشمالية.", "قيادة الجيش الأردني"),
    # no losses of its own told: "عدم وقوع أي خسائر في صفوف القوات" denies them
    ("أعلن المتحدث العسكري باسم القوات المسلحة المصرية، اليوم، مقتل ثمانية عناصر تكفيرية في سيناء، مؤكداً عدم "
     "وقوع أي خسائر في صفوف القوات.", "القوات المسلحة المصرية"),
])
def test_a_military_body_announcing_the_death_of_militants_killed_them(sentence: str, actor: str) -> None:
    # "أعلن الجيش مقتل ثمانية عناصر تكفيرية": no one else is said to have killed them
    ev = _one(sentence, "ASSAULT")
    assert ev["actor"] == [actor], ev


@pytest.mark.parametrize("sentence", [
    "وأعلن الجيش العراقي مقتل ثلاثة جنود في انفجار عبوة ناسفة.",
    "وأعلن المتحدث باسم وزارة الدفاع الصومالية مقتل 43 مسلحاً وسقوط 6 قتلى في صفوف القوات الحكومية.",
    "وأعلنت شبكة أطباء السودان مقتل ثلاثة مسلحين في السوق.",
])
def test_a_death_announced_of_the_bodys_own_or_by_a_civil_body_names_no_killer(sentence: str) -> None:
    # (a guard) its own soldiers, a toll of both sides, or a doctors' network: who killed them is not told
    _, evs = _events(sentence)
    for e in evs:
        if e["type"] == "ASSAULT":
            assert not {"الجيش العراقي", "وزارة الدفاع الصومالية", "شبكة أطباء السودان"} & set(e["actor"]), evs


@pytest.mark.parametrize("sentence", [
    "نفذت القوات الإماراتية والعمانية تمريناً بحرياً مشتركاً في بحر عمان.",
    "وستجري القوات الإماراتية والعمانية تمريناً مشتركاً الشهر المقبل.",
])
def test_a_joint_exercise_in_the_accusative_is_cooperation(sentence: str) -> None:
    # "تمريناً … مشتركاً": the accusative of تمرين and of its adjective
    ev = _one(sentence, "COOPERATE")
    assert set(ev["actor"]) == {"القوات الإماراتية", "القوات العمانية"}, ev


def test_who_closes_a_meeting_others_took_part_in_held_it_too() -> None:
    # "اختتمت اللجنة … اجتماعاً … بمشاركة البعثة": the body that held it, and the one that took part
    ev = _one("اختتمت اللجنة العسكرية المشتركة، أمس الأربعاء، اجتماعاً استمر يومين في مدينة سرت بمشاركة "
              "بعثة الأمم المتحدة للدعم في ليبيا.", "CONSULT")
    assert ev["actor"] == ["اللجنة العسكرية المشتركة", "بعثة الأمم المتحدة للدعم في ليبيا"], ev


@pytest.mark.parametrize("sentence", [
    "اختتمت اللجنة العسكرية المشتركة أمس اجتماعاً في مدينة سرت. وقالت البعثة الأممية إنها ترحب بالروح التي سادت "
    "الاجتماع. واتفق المجتمعون على عقد جولة ثانية في مدينة بنغازي.",
    "عقدت اللجنة العسكرية المشتركة أمس اجتماعاً في مدينة سرت، واتفق المجتمعون على فتح الطريق الساحلي.",
])
def test_those_met_are_the_parties_of_the_meeting_told(sentence: str) -> None:
    # "واتفق المجتمعون على …": the parties of the meeting told before, not the one referred back to
    ev = _one(sentence, "AGREE")
    assert ev["actor"][:1] == ["اللجنة العسكرية المشتركة"], ev


@pytest.mark.parametrize("sentence,party", [
    ("عُقد أمس اجتماع ثلاثي في الناقورة، بمشاركة وفد من الجيش اللبناني برئاسة العميد طوني قهوجي.", "الجيش اللبناني"),
    ("استضافت القاهرة جولة جديدة من المباحثات، بمشاركة وفد من حركة حماس برئاسة خليل الحية.", "حركة حماس"),
])
def test_a_delegation_that_takes_part_names_its_body_as_a_party(sentence: str, party: str) -> None:
    # "بمشاركة وفد من الجيش اللبناني": the body that sent the delegation took part
    ev = _one(sentence, "CONSULT")
    assert party in ev["actor"], ev


def test_who_takes_part_told_in_the_meetings_relative_clause() -> None:
    # "اجتماعات فنية يشارك فيها مسؤولون أمنيون من الولايات المتحدة وقطر وتركيا": its parties
    ev = _one("تستضيف مصر اليوم اجتماعات فنية يشارك فيها مسؤولون أمنيون من الولايات المتحدة وقطر وتركيا.", "CONSULT")
    assert {"الولايات المتحدة", "قطر", "تركيا"} <= set(ev["actor"]), ev


@pytest.mark.parametrize("sentence", [
    "وأعلنت الخارجية المصرية أنها وجهت خطاباً إلى مجلس الأمن الدولي تطالبه فيه بتحمل مسؤولياته.",
    "وقال الوزير إن القاهرة وجّهت خطاباً رسمياً إلى رئاسة مجلس الأمن الدولي تطالب فيه بعقد جلسة طارئة.",
])
def test_a_demand_made_in_a_letter_is_made_of_its_addressee(sentence: str) -> None:
    # "خطاباً إلى مجلس الأمن تطالبه فيه بـ…": whom the letter was sent to is asked
    ev = _one(sentence, "REQUEST")
    assert ev["recipient"] == ["مجلس الأمن الدولي"], ev


def test_a_lead_told_in_detail_in_the_next_sentence_happened_where_the_detail_says() -> None:
    # "تمكّن الجهاز من ضبط خلية …. وأوضحت الوزارة أن المداهمات التي نُفذت في منطقتي العبدلي والجهراء …":
    # the raids are the arrest told; not the dateline's city
    _, evs = _events("الكويت – أعلنت وزارة الداخلية الكويتية أن جهاز أمن الدولة تمكّن من ضبط خلية إرهابية مكوّنة "
                     "من سبعة أشخاص. وأوضحت الوزارة أن المداهمات التي نُفذت فجر أمس في منطقتي العبدلي والجهراء "
                     "أسفرت عن ضبط أربع بنادق آلية.")
    lead = next(e for e in evs if e["type"] == "COERCE" and e["actor"] == ["جهاز أمن الدولة"])
    assert "الجهراء" in lead["location"] and "الكويت" not in lead["location"], evs


def test_a_lead_whose_next_sentence_tells_another_act_keeps_its_scene() -> None:
    # (a guard) the next sentence's march is no detail of the arrest
    _, evs = _events("الكويت – أعلنت وزارة الداخلية أن جهاز أمن الدولة تمكّن من ضبط خلية إرهابية. وتظاهر مئات "
                     "في منطقة الجهراء احتجاجاً على غلاء الأسعار.")
    lead = next(e for e in evs if e["type"] == "COERCE")
    assert "الجهراء" not in lead["location"], evs


def test_a_sources_account_in_the_next_sentence_places_the_lead() -> None:
    # "… ما أسفر عن مقتل ثلاثة مهربين. وأوضح مصدر عسكري أن دورية رصدت … قرب بلدة الطرة": the account's place,
    # not the dateline's city
    _, evs = _events("عمّان – بترا\nأحبطت قوات حرس الحدود، فجر اليوم، محاولة تهريب كميات من المخدرات، ما أسفر عن "
                     "مقتل ثلاثة مهربين وفرار آخرين.\nوأوضح مصدر عسكري أن دورية رصدت مجموعة من المهربين تحاول "
                     "اجتياز الحدود قرب بلدة الطرة في لواء الرمثا، وجرى تطبيق قواعد الاشتباك.")
    toll = next(e for e in evs if e["type"] == "ASSAULT")
    assert "الطرة" in toll["location"] and "عمّان" not in toll["location"], evs


def test_a_country_in_the_next_sentences_account_places_no_lead() -> None:
    # (a guard) a country the source names is no scene of the lead: the dateline's city still holds
    _, evs = _events("عمّان – بترا\nأحبطت قوات حرس الحدود، فجر اليوم، محاولة تهريب كميات من المخدرات، ما أسفر عن "
                     "مقتل ثلاثة مهربين.\nوأكد المصدر أن الأردن سيواصل التصدي لعمليات التهريب القادمة من سوريا.")
    toll = next(e for e in evs if e["type"] == "ASSAULT")
    assert toll["location"] == ["عمّان"], evs


def test_a_clashs_toll_is_that_clash() -> None:
    # "اندلعت اشتباكات بين كتيبتين …، واستمرت حتى الفجر، ما أسفر عن مقتل ثلاثة أشخاص": one event, not two
    _, evs = _events("اندلعت اشتباكات عنيفة، مساء أمس، بين كتيبة «رحبة الدروع» وكتيبة «الشهيدة صبرية» في منطقة "
                     "تاجوراء شرق طرابلس، واستمرت حتى ساعات الفجر الأولى، ما أسفر عن مقتل ثلاثة أشخاص.")
    assert len([e for e in evs if e["type"] == "ASSAULT"]) == 1, evs


def test_a_tolls_dead_are_not_the_ones_who_killed_them() -> None:
    # "هاجم مسلحون نقاط تفتيش تابعة لقسد …، ما أسفر عن مقتل 4 من عناصر قسد": قسد was hit
    _, evs = _events("هاجم مسلحون نقاط تفتيش تابعة لقوات سوريا الديمقراطية (قسد) في بلدة ذيبان، ما أسفر عن مقتل ٤ من "
                     "عناصر «قسد».")
    attacks = [e for e in evs if e["type"] == "ASSAULT"]
    assert attacks and all("قوات سوريا الديمقراطية" not in e["actor"] for e in attacks), evs


@pytest.mark.parametrize("sentence,typ,role,place", [
    ("أعلنت قيادة الجيش اللبناني أن وحدات من اللواء الخامس باشرت الانتشار في قطاع بنت جبيل.",
     "MOBILIZE", "destination", "بنت جبيل"),
    ("قُتل ثلاثة جنود في هجوم على ثكنة في بلدية الميلية بولاية جيجل.", "ASSAULT", "location", "الميلية"),
])
def test_a_place_after_its_kind_of_district_is_where_it_happened(sentence: str, typ: str, role: str, place: str) -> None:
    # "في قطاع بنت جبيل"، "في بلدية الميلية": a military sector or a municipality, then its name
    ev = _one(sentence, typ)
    assert any(place in x for x in ev[role]), ev


def test_an_officials_inspection_is_a_visit() -> None:
    # "تفقد المحافظ … المشروعات في مدينتي العريش والشيخ زويد": he visited them
    ev = _one("تفقد اللواء خالد مجاور، محافظ شمال سيناء، أمس، عدداً من المشروعات في مدينتي العريش والشيخ زويد.",
              "CONSULT")
    assert ev["mode"] == "visit" and ev["actor"] == ["خالد مجاور"] and "العريش" in ev["location"], ev


def test_a_person_with_his_titles_after_a_statement_aside_is_the_object() -> None:
    # "اتهمت الوزارة، في بيان، الرئيس التركي رجب طيب أردوغان بـ…": the titles are his, past the aside's comma
    ev = _one("اتهمت وزارة الدفاع العراقية، في بيان، الرئيس التركي رجب طيب أردوغان بتقويض الحرب على الإرهاب.",
              "ACCUSE")
    assert ev["recipient"] == ["رجب طيب أردوغان"], ev


def test_a_detached_object_pronoun_names_the_party_told_before() -> None:
    # "…، متهمةً إياها بـ…": the pronoun is the militia named last, not the party addressed before it
    _, evs = _events("وطالبت وزارة الخارجية السودانية، في بيان، المجتمع الدولي بتصنيف ميليشيا الدعم السريع منظمة "
                     "إرهابية، متهمة إياها بارتكاب جرائم حرب.")
    ev = next(e for e in evs if e["type"] == "ACCUSE")
    assert ev["recipient"] == ["قوات الدعم السريع"], evs


@pytest.mark.parametrize("condemnation", [
    "وأدانت الرئاسة الفلسطينية العدوان المتواصل على محافظتي جنين وطولكرم.",
    "وأدانت الرئاسة الفلسطينية الاقتحام.",
])
def test_a_raid_or_aggression_condemned_is_that_of_the_raid_told_before(condemnation: str) -> None:
    # "أدانت الرئاسة العدوان المتواصل": who condemns the raid told before accuses those who raided
    _, evs = _events("اقتحمت قوات الاحتلال الإسرائيلي مخيم جنين فجر اليوم. " + condemnation)
    ev = next(e for e in evs if e["type"] == "ACCUSE")
    assert ev["recipient"] == ["قوات الاحتلال الإسرائيلي"], evs


def test_the_verb_of_a_speakers_own_statement_is_the_speakers() -> None:
    # "عقد المتحدث مؤتمراً صحفياً يتهم فيه إسرائيل بـ…": the one accused follows the resumptive pronoun
    ev = _one("وعقد المتحدث باسم الحركة مؤتمراً صحفياً يتهم فيه إسرائيل بخرق الاتفاق.", "ACCUSE")
    assert ev["recipient"] == ["إسرائيل"] and "إسرائيل" not in ev["actor"], ev


def test_a_resumptive_pronoun_after_an_incident_keeps_the_subject_after_it() -> None:
    # (a guard) "في حادثة اتهمت فيها واشنطن طهران": no statement of the speaker's own; the subject follows
    ev = _one("في حادثة اتهمت فيها واشنطن طهران بالوقوف وراء الهجوم.", "ACCUSE")
    assert ev["recipient"] == ["طهران"] and "طهران" not in ev["actor"], ev


def test_units_sent_with_their_strength_after_them_are_a_movement() -> None:
    # "دفعت الوزارة بلواءين يضمان 1200 مقاتل": the count tells the units' strength; what is sent is the units
    ev = _one("وأكد المتحدث أن قيادة العمليات المشتركة دفعت بلواءين يضمان قرابة 1200 مقاتل إلى أطراف قضاء سنجار.",
              "MOBILIZE")
    assert ev["actor"] == ["قيادة العمليات المشتركة"], ev


@pytest.mark.parametrize("sentence", [
    "ودفعت الوزارة رواتب 1200 مقاتل متأخرة منذ أشهر.",
    "ودفع التاجر مبلغ 500 دينار لعناصر الحاجز.",
])
def test_paying_for_fighters_is_no_movement(sentence: str) -> None:
    # (a guard) what is paid to or for troops does not send them
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "MOBILIZE"], evs


def test_a_participle_after_a_titled_subject_is_that_persons() -> None:
    # "ثمّن وزير الخارجية السوداني محيي الدين سالم الموقف، داعياً …": the subject is read past its title
    ev = _one("من جانبه، ثمّن وزير الخارجية السوداني محيي الدين سالم الموقف المصري، داعياً المجتمع الدولي إلى "
              "الضغط على ميليشيا الدعم السريع.", "REQUEST")
    assert ev["actor"] == ["محيي الدين سالم"] and ev["recipient"] == ["المجتمع الدولي"], ev


def test_a_demand_renewed_is_a_verbal_noun_not_a_participle() -> None:
    # (a guard) "جدّد الرئيس، خلال استقباله …، مطالبة لبنان بـ…": Lebanon's demand, renewed; not "demanding Lebanon"
    ev = _one("جدّد رئيس الجمهورية جوزاف عون، خلال استقباله السفير الأميركي، مطالبة لبنان بانسحاب إسرائيل من "
              "النقاط المحتلة.", "REQUEST")
    assert "لبنان" not in ev["recipient"], ev


def test_a_masculine_participle_after_a_renewing_verb_is_still_a_participle() -> None:
    # (a guard) "جدّد الأمين العام …، وداعياً الحكومة إلى …": the one who renewed calls on the government
    ev = _one("جدّد الأمين العام للحزب نعيم قاسم، في كلمة متلفزة، رفض الحزب أي بحث في السلاح، معتبراً أن قرار "
              "الحكومة خطيئة، وداعياً إياها إلى التراجع عنه.", "REQUEST")
    assert ev["actor"] == ["نعيم قاسم"], ev


@pytest.mark.parametrize("sentence,mode,actor", [
    # waging a strike: "خاض" is a light verb, its subject strikes
    ("خاض المعلمون إضراباً وطنياً يمتد ثلاثة أيام في الرباط.", "strike", "المعلمون"),
    # a march organised by a profession or its union is a march, not a drone
    ("نظم المعلمون مسيرة أمام مقر البرلمان في الرباط.", "demo", "المعلمون"),
    ("نظمت نقابة المعلمين مسيرة حاشدة في الرباط.", "demo", "نقابة المعلمين"),
])
def test_a_strike_waged_or_a_march_of_a_profession_is_a_protest(sentence: str, mode: str, actor: str) -> None:
    ev = _one(sentence, "PROTEST")
    assert ev["mode"] == mode and ev["actor"] == [actor], ev


def test_a_drone_is_no_march() -> None:
    # (a guard) "الطائرة المسيرة": the same letters as a march
    _, evs = _events("أطلقت الطائرة المسيرة صاروخين على سيارة قرب بلدة عيناثا.")
    assert not [e for e in evs if e["type"] == "PROTEST"], evs


def test_the_pronoun_of_a_second_anna_clause_is_the_first_clauses_subject() -> None:
    # "مؤكداً أن الأجهزة … لن تتراجع، وأنها اعتقلت …": the services arrested, not the spokesman
    ev = _one("وأكد الناطق باسم المؤسسة الأمنية العميد أنور رجب أن الأجهزة الأمنية الفلسطينية لن تتراجع عن بسط "
              "سيادة القانون، وأنها اعتقلت تسعة مطلوبين في المخيم.", "COERCE")
    assert ev["actor"] == ["الأجهزة الأمنية الفلسطينية"], ev


def test_the_pronoun_of_a_second_anna_clause_must_agree() -> None:
    # (a guard) "أن الحكومة …، وأنه اعتقل …": a masculine pronoun is not the government's
    ev = _one("وأكد الناطق باسم الوزارة العميد أنور رجب أن الحكومة العراقية لن تتراجع، وأنه اعتقل تسعة مطلوبين.",
              "COERCE")
    assert ev["actor"] != ["الحكومة العراقية"], ev


def test_what_a_war_destroyed_is_no_attack() -> None:
    # "ما دمرته الحرب في السودان": the war's damage, told as background, no party's attack
    _, evs = _events("وكان رئيس الوزراء قد استقبل الوفد السوداني مساء أمس، مؤكداً استعداد مصر للمساهمة في إعادة "
                     "إعمار ما دمرته الحرب في السودان، ولا سيما شبكات الكهرباء والطرق.")
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


def test_a_relief_convoy_sent_by_a_civil_alliance_is_aid() -> None:
    # "أرسلها التحالف الوطني للعمل الأهلي": a civil body's name with "alliance" in it sends no troops
    _, evs = _events("عبرت فجر اليوم منفذ أرقين قافلة مساعدات مصرية جديدة تضم 40 شاحنة محملة بالمواد الغذائية "
                     "والأدوية، متجهة إلى مدينة دنقلا، أرسلها التحالف الوطني للعمل الأهلي التنموي.")
    assert not [e for e in evs if e["type"] == "MOBILIZE"], evs
    assert any(e["type"] == "AID" and e["actor"] == ["التحالف الوطني للعمل الأهلي التنموي"] for e in evs), evs


def test_who_sent_reinforcements_acts_before_the_units_told_further_on() -> None:
    # "دفعت القيادة بتعزيزات …، ضمت … عنصر من كتيبة …": the command sent them, the units came with them
    ev = _one("دفعت القيادة العامة للقوات المسلحة الليبية، أمس الثلاثاء، بتعزيزات عسكرية جديدة إلى المناطق الحدودية، "
              "ضمت أكثر من 150 آلية مسلحة ونحو 900 عنصر من كتيبة سبل السلام، وصلت إلى مدينة الكفرة.", "MOBILIZE")
    assert ev["actor"][0] == "القيادة العامة للقوات المسلحة الليبية", ev


def test_a_time_and_place_set_off_by_commas_is_an_aside_before_the_noun() -> None:
    # "وقّع الوزراء …، مساء أمس الاثنين في العاصمة القطرية الدوحة، اتفاقية": the signers made the accord
    ev = _one("وقّع وزراء الداخلية في دول مجلس التعاون لدول الخليج العربية، مساء أمس الاثنين في العاصمة القطرية "
              "الدوحة، اتفاقية أمنية محدّثة تنظم تبادل المعلومات.", "AGREE")
    assert ev["actor"] == ["وزراء الداخلية"], ev


def test_a_crowds_participle_asks_the_body_after_it() -> None:
    # "تظاهر مئات من الأهالي …، مطالبين وزارة الداخلية بإخلاء …": the ministry is asked, not the asker
    ev = _one("تظاهر مئات من أهالي عفرين وسط المدينة احتجاجاً على الاستيلاء على منازلهم، مطالبين وزارة الداخلية "
              "بإخلاء العقارات المستولى عليها.", "REQUEST")
    assert ev["recipient"] == ["وزارة الداخلية"] and "وزارة الداخلية" not in ev["actor"], ev


def test_a_seizure_joined_to_an_arrest_past_its_object_is_a_noun() -> None:
    # "أسفرت عن اعتقال خلية … تضم خمسة عناصر، بينهم …، وضبط أحزمة ناسفة": the verbal noun, not the verb
    # "ضبط" with the statement's speaker for subject
    _, evs = _events("أوضحت خلية الإعلام الأمني، في بيان، أن قوة من جهاز مكافحة الإرهاب نفذت فجر أمس عملية إنزال "
                     "جوي أسفرت عن اعتقال خلية لتنظيم داعش تضم خمسة عناصر، بينهم مسؤول ما يسمى قاطع الحويجة، "
                     "وضبط أحزمة ناسفة وأسلحة خفيفة بحوزتهم.")
    assert not [e for e in evs if e["type"] == "COERCE" and "خلية الإعلام الأمني" in e["actor"]], evs


@pytest.mark.parametrize("sentence,side", [
    # after a passive, the side whose man was killed or held is what it happened to, not who did it
    ("قُتل جندي من الجيش العراقي بانفجار عبوة ناسفة قرب كركوك.", "الجيش العراقي"),
    ("قُتل منتسب في الحشد الشعبي بانفجار عبوة ناسفة قرب كركوك.", "الحشد الشعبي"),
    ("اعتُقل عنصر من تنظيم داعش في كركوك.", "تنظيم داعش"),
])
def test_a_passive_hits_the_side_of_its_man(sentence: str, side: str) -> None:
    _, evs = _events(sentence)
    ev = next(e for e in evs if e["type"] in ("ASSAULT", "COERCE"))
    assert ev["recipient"] == [side] and side not in ev["actor"], evs


def test_members_of_a_group_after_an_active_verb_are_its_attack() -> None:
    # (a guard) "قتل مسلحون من تنظيم داعش جندياً": without the passive's mark, the group's men killed
    ev = _one("قتل مسلحون من تنظيم داعش جندياً في كركوك.", "ASSAULT")
    assert ev["actor"] == ["تنظيم داعش"], ev


def test_at_a_time_when_opens_a_clause_with_its_own_subject() -> None:
    # "…، في وقت تطالب الحكومة اللبنانية بالضغط …": the government demands, not the party of the clause before
    _, evs = _events("يضع ذلك الجيش أمام اختبار صعب مع اقتراب موعد انسحاب اليونيفيل، في وقت تطالب الحكومة اللبنانية "
                     "بالضغط على إسرائيل.")
    ev = next(e for e in evs if e["type"] == "REQUEST")
    assert ev["actor"] == ["الحكومة اللبنانية"], evs


def test_bodies_pulled_out_are_no_withdrawal() -> None:
    # "وسحب الجثتين": rescuers recover the dead
    _, evs = _events("وعملت فرق الدفاع المدني على إخماد النيران وسحب الجثتين من السيارة.")
    assert not [e for e in evs if e["type"] == "RETREAT"], evs


def test_a_degree_reached_is_no_arrival() -> None:
    # "أشكال نضالية قد تصل إلى مقاطعة الامتحانات": what the escalation may come to, no one moving
    _, evs = _events('قال مصطفى البقالي إن "المعلمين لم يلمسوا أثراً للاتفاق الموقع بين الحكومة والنقابات"، متوعداً '
                     'بـ"أشكال نضالية تصعيدية" قد تصل إلى مقاطعة الامتحانات في يونيو المقبل.')
    assert not [e for e in evs if e["type"] == "MOBILIZE"], evs


@pytest.mark.parametrize("sentence", [
    # the second party's short form in brackets, or its name in quotation marks after the conjunction
    "توصلت الحكومة السورية وقوات سوريا الديمقراطية (قسد)، مساء أمس الثلاثاء، إلى اتفاق يقضي بتسليم سد تشرين.",
    "توصلت الحكومة السورية و«قوات سوريا الديمقراطية»، مساء أمس الثلاثاء، إلى اتفاق يقضي بتسليم سد تشرين.",
])
def test_both_parties_of_a_coordinated_subject_reach_the_accord(sentence: str) -> None:
    ev = _one(sentence, "AGREE")
    assert ev["actor"] == ["الحكومة السورية", "قوات سوريا الديمقراطية"], ev


def test_a_truce_between_two_tribes_after_their_dual_is_theirs() -> None:
    # "اتفاق هدنة بين عشيرتي البو جاسم والحياليين": the two clans agree, the dual naming their kind
    ev = _one("انتزع الوجهاء اتفاق هدنة بين عشيرتي البو جاسم والحياليين في قضاء المقدادية.", "AGREE")
    assert ev["actor"] == ["البو جاسم", "الحياليين"], ev


def test_the_toll_of_an_attack_named_before_is_not_the_doing_of_those_it_hit() -> None:
    # "الهجوم على إحدى نقاط الجيش …، والذي أسفر عن مقتل ثلاثة جنود": the toll belongs to the attack
    _, evs = _events("وأضافت الخلية أن الموقوفين متورطون في الهجوم على إحدى نقاط الجيش العراقي في منطقة وادي "
                     "الشاي الشهر الماضي، والذي أسفر عن مقتل ثلاثة جنود.")
    attacks = [e for e in evs if e["type"] == "ASSAULT"]
    assert attacks and not [e for e in attacks if "الجيش العراقي" in e["actor"]], evs


def test_the_toll_told_after_a_named_attacker_is_still_his() -> None:
    # (a guard) the attacker named: the toll's actor is his
    ev = _one("وقالت الشرطة إن مسلحين من تنظيم داعش هاجموا نقطة للجيش العراقي في منطقة وادي الشاي، ما أسفر عن "
              "مقتل ثلاثة جنود.", "ASSAULT")
    assert ev["actor"] == ["تنظيم داعش"], ev


@pytest.mark.parametrize("sentence,typ,place", [
    # the district that settlements belong to is where it happened, the settlements object or subject
    ("انتشرت قوات الجيش في قرى تابعة لقضاء القرنة.", "MOBILIZE", "القرنة"),
    ("قصفت المدفعية التركية قرى حدودية تابعة لناحية شيلادزي.", "ASSAULT", "ناحية شيلادزي"),
    ("تعرضت قرى حدودية تابعة لقضاء بنجوين شرقي محافظة السليمانية، مساء أمس الاثنين، لقصف مدفعي إيراني.",
     "ASSAULT", "بنجوين"),
])
def test_the_district_settlements_belong_to_is_where(sentence: str, typ: str, place: str) -> None:
    ev = _one(sentence, typ)
    assert ev["location"][:1] == [place], ev


def test_a_body_sites_belong_to_is_still_hit() -> None:
    # (a guard) "مواقع تابعة لحزب العمال": the owner of the sites, not a place
    ev = _one("قصفت الطائرات التركية مواقع تابعة لحزب العمال الكردستاني في جبال قنديل.", "ASSAULT")
    assert ev["recipient"] == ["حزب العمال الكردستاني"], ev


@pytest.mark.parametrize("sentence,typ,owner", [
    # the owner of a moving force named with ل past the force's adjectives moved
    ("دخلت قافلة عسكرية جديدة للتحالف الدولي، أمس الأحد، إلى ريف دير الزور الشرقي قادمة من إقليم كردستان العراق.",
     "MOBILIZE", "التحالف الدولي"),
    ("انسحبت قوة عسكرية للجيش اللبناني من بلدة الخيام.", "RETREAT", "الجيش اللبناني"),
])
def test_the_owner_of_a_moving_force_past_its_adjectives_moved(sentence: str, typ: str, owner: str) -> None:
    ev = _one(sentence, typ)
    assert ev["actor"] == [owner], ev


def test_a_media_office_speaks_and_its_body_acts() -> None:
    # "المركز الإعلامي لقوات سوريا الديمقراطية … أن وحداته اعتقلت": the office tells, the body it speaks for arrests
    rec, evs = _events("وأوضح المركز الإعلامي لقوات سوريا الديمقراطية، في بيان، أن وحداته اعتقلت 12 مشتبهاً به.")
    ev = [e for e in evs if e["type"] == "COERCE"][0]
    assert ev["actor"] == ["قوات سوريا الديمقراطية"], evs
    # (a guard) the statement is still the office's
    names = {e.id: e.name_ar for e in rec.entities}
    assert [names[s.speaker] for s in rec.statements] == ["المركز الإعلامي لقوات سوريا الديمقراطية"]


def test_movements_of_the_state_and_the_group_it_fights_are_two() -> None:
    # the army's reinforcements are no part of the repositioning the RSF told of before
    _, evs = _events("وقالت قوات الدعم السريع إن قواتها نفذت إعادة تموضع تكتيكية. ودفع الجيش السوداني بتعزيزات "
                     "إضافية من الفرقة الرابعة مشاة في الدمازين نحو المناطق الحدودية.")
    moves = [e for e in evs if e["type"] == "MOBILIZE"]
    assert [m["actor"][:1] for m in moves] == [["قوات الدعم السريع"], ["الجيش السوداني"]], evs


def test_where_the_sending_unit_is_stationed_is_the_origin() -> None:
    # "بتعزيزات إضافية من الفرقة الرابعة مشاة في الدمازين": they set out from Ed Damazin
    ev = _one("دفع الجيش السوداني بتعزيزات إضافية من الفرقة الرابعة مشاة في الدمازين نحو المناطق الحدودية.",
              "MOBILIZE")
    assert ev["origin"] == ["الدمازين"] and "الدمازين" not in ev["destination"], ev


@pytest.mark.parametrize("sentence", [
    "دفعت قيادة الجيش بتعزيزات من مقر اللواء الثامن في كسلا إلى القضارف.",
    "أرسل الجيش السوداني تعزيزات عسكرية من معسكر الفرقة الثانية في الجيش السوداني بكسلا إلى القضارف.",
])
def test_the_seat_of_the_sending_unit_is_the_origin(sentence: str) -> None:
    # "من مقر اللواء الثامن في كسلا"، "من معسكر الفرقة … بكسلا": past the seat's noun and the force the unit is
    # of, the town it sits in is where they set out from
    ev = _one(sentence, "MOBILIZE")
    assert ev["origin"] == ["كسلا"] and ev["destination"] == ["القضارف"] and "كسلا" not in ev["location"], ev


def test_those_who_withdrew_are_not_the_last_subject() -> None:
    # "معظمها ممن انسحبوا منها": whoever left the town, not the army named earlier in the sentence
    _, evs = _events("دفع الجيش العراقي بتعزيزات إلى قضاء سنجار، فيما قال مسؤول محلي إن مئات العائلات عادت إلى "
                     "البلدة، معظمها ممن انسحبوا منها العام الماضي.")
    assert not [e for e in evs if e["type"] == "RETREAT" and "الجيش العراقي" in e["actor"]], evs


def test_the_site_a_town_holds_named_before_a_clash_is_where() -> None:
    # "إلى مخيم البداوي للاجئين الفلسطينيين في طرابلس، بعدما اندلعت اشتباكات": the camp, in the town
    ev = _one("عاد التوتر إلى مخيم البداوي للاجئين الفلسطينيين في طرابلس، بعدما اندلعت ليل أمس اشتباكات بين "
              "عناصر من حركة فتح ومسلحين من حركة حماس.", "ASSAULT")
    assert ev["location"][0].startswith("مخيم البداوي") and "طرابلس" in ev["location"], ev


@pytest.mark.parametrize("sentence,typ,place", [
    # a place put before the clause and set off by a comma is where its verb happened
    ("وبالقرب من قرية التواني، هاجم مستوطنون رعاة أغنام فلسطينيين بالعصي والحجارة.", "ASSAULT", "قرية التواني"),
    ("وفي مدينة الفاشر، قصفت قوات الدعم السريع سوقاً شعبياً بالمدفعية.", "ASSAULT", "الفاشر"),
])
def test_a_place_put_before_the_clause_is_where(sentence: str, typ: str, place: str) -> None:
    ev = _one(sentence, typ)
    assert ev["location"][:1] == [place], ev  # (with the district that holds it, when named: "في قضاء صور")


def test_who_ends_an_exercise_held_it() -> None:
    # "اختتمت القوات … فعاليات التدريب المشترك": the closing verb's subjects are the exercise's parties
    ev = _one("اختتمت القوات البحرية المصرية والقوات البحرية الملكية السعودية فعاليات التدريب البحري المشترك في "
              "البحر الأحمر.", "COOPERATE")
    assert ev["actor"] == ["القوات البحرية المصرية", "القوات البحرية الملكية السعودية"], ev


@pytest.mark.parametrize("sentence,actor,place", [
    # giving oneself up is a surrender (CAMEO 0874), its doer the unnamed subject before the reflexive,
    # not the force named in the clause before
    ("اعتقلت قوات الأمن العراقية ثلاثة مطلوبين في الموصل، فيما سلّم مسلح نفسه للقوات الأمنية في تلعفر.", [],
     "تلعفر"),
    ("أوقفت مفارز الجيش الوطني الشعبي ثلاثة عناصر دعم بولاية تبسة، فيما سلّم إرهابي نفسه للسلطات العسكرية "
     "بولاية تمنراست.", [], "تمنراست"),
    ("استسلم عشرات المقاتلين للجيش السوداني في مدينة ود مدني.", ["المقاتلين"], "واد مدني"),
])
def test_giving_oneself_up_is_a_surrender(sentence: str, actor: list[str], place: str) -> None:
    ev = _one(sentence, "RETREAT")
    assert (ev["mode"], ev["actor"]) == ("disarm", actor) and place in ev["location"], ev


def test_off_a_coast_names_the_place() -> None:
    # "قبالة سواحل الداخلة": the coast before a name that is also a common word is evidence it is a place
    ev = _one("اعترضت البحرية المغربية قاربا يقل مهاجرين قبالة سواحل الداخلة.", "COERCE")
    assert ev["location"] == ["الداخلة"], ev


def test_a_place_after_a_preposition_is_not_what_is_handed_over() -> None:
    # "قبل أن تُسلَّم قبالة ساحل مدينة صور": goods delivered off a coast, no site handed over (a handover of a
    # town is still one: "تسلّم الجيش مدينة الرقة")
    _, evs = _events("نُقلت الأسلحة على متن قارب صيد قبل أن تُسلَّم قبالة ساحل مدينة صور.")
    assert not [e for e in evs if e["type"] == "RETREAT"], evs
    ev = _one("تسلّم الجيش السوري مدينة الرقة من قوات سوريا الديمقراطية أمس.", "RETREAT")
    assert "الرقة" in ev["location"], ev


@pytest.mark.parametrize("sentence,actor", [
    # a unit named before its body, in construct or with ل past an adjective, made the arrest
    ("أوقفت مفارز الجيش الوطني الشعبي ثلاثة عناصر دعم للجماعات الإرهابية بولاية تبسة.", "الجيش الوطني الشعبي"),
    ("أوقفت مفارز مشتركة للجيش الوطني الشعبي 12 تاجر مخدرات بولاية تلمسان.", "الجيش الوطني الشعبي"),
    ("اعتقلت دورية للجيش اللبناني ثلاثة مطلوبين في بعلبك.", "الجيش اللبناني"),
])
def test_a_unit_of_a_body_made_the_arrest(sentence: str, actor: str) -> None:
    ev = _one(sentence, "COERCE")
    assert (ev["mode"], ev["actor"]) == ("arrest", [actor]), ev


def test_a_unit_of_a_body_with_no_object_after_was_hit() -> None:
    # "استهدفت دورية للجيش اللبناني قرب الحدود" (a guard): no object follows, the patrol is what was targeted
    ev = _one("استهدفت دورية للجيش اللبناني قرب الحدود.", "ASSAULT")
    assert ev["actor"] == [] and ev["recipient"] == ["الجيش اللبناني"], ev


def test_who_laid_the_bomb_attacked_whose_men_the_announcer_lost() -> None:
    # "أعلنت الهيئة مقتل أحد مقاتليها … بانفجار عبوة ناسفة زرعها عناصر داعش": the announcer's own were hit, by
    # whoever laid the bomb; one attack
    _, evs = _events("أعلنت هيئة الحشد الشعبي مقتل أحد مقاتليها وإصابة اثنين آخرين بانفجار عبوة ناسفة زرعها "
                     "عناصر داعش على طريق ترابي.")
    hits = [e for e in evs if e["type"] == "ASSAULT"]
    assert [(e["mode"], e["actor"], e["recipient"]) for e in hits] == [
        ("explosives", ["تنظيم داعش"], ["الحشد الشعبي"])], evs


def test_the_place_a_raid_stormed_past_its_doer() -> None:
    # "اقتحام واسع نفذته قوات الاحتلال لمخيم جنين": the ل after the raid's relative clause is the place stormed
    ev = _one("أصيب شابان خلال اقتحام نفذته قوات الاحتلال الإسرائيلي لمخيم بلاطة شمال الضفة الغربية.",
              "COERCE")
    assert ev["actor"] == ["قوات الاحتلال الإسرائيلي"] and ev["location"][0].startswith("مخيم بلاطة"), ev


def test_a_light_verb_with_a_dual_pronoun_lends_its_subject() -> None:
    # "جراء قصف مدفعي وهجوم بطائرة مسيّرة شنتهما الجماعة": the two attacks its dual pronoun takes were its
    ev = _one("أصيب ثلاثة جنود جراء قصف مدفعي وهجوم بطائرة مسيّرة شنتهما قوات الدعم السريع على مواقع الجيش "
              "السوداني في بابنوسة.", "ASSAULT")
    assert ev["actor"] == ["قوات الدعم السريع"], ev


@pytest.mark.parametrize("sentence,actor", [
    # armed vehicles sent after ب are a deployment, like troops
    ("دفع الجيش السوداني بنحو 40 آلية مسلحة إلى منطقة الفشقة.", "الجيش السوداني"),
    # patrols stepped up, past the subject
    ("كثّفت قوات الدرك الجزائري دورياتها على الشريط الحدودي مع مالي.", "قوات الدرك الجزائري"),
])
def test_vehicles_sent_and_patrols_stepped_up_are_deployments(sentence: str, actor: str) -> None:
    ev = _one(sentence, "MOBILIZE")
    assert ev["actor"] == [actor], ev


def test_efforts_stepped_up_are_no_deployment() -> None:
    # (a guard) "كثّف جهوده": no patrols
    _, evs = _events("كثّف الوزير جهوده لحل الأزمة مع النقابات.")
    assert not [e for e in evs if e["type"] == "MOBILIZE"], evs


@pytest.mark.parametrize("sentence", [
    # a road blocked with burning tyres is a protest, whoever the clause names
    "تظاهر المئات أمام مقر الولاية، قبل أن يغلق عدد منهم الطريق الوطنية رقم 15 بالإطارات المشتعلة.",
    # Maghrebi غلق, the verbal noun of أغلق
    "عمد عشرات الشبان في مدينة قفصة إلى غلق الطريق الرئيسية بالعجلات المطاطية المشتعلة.",
])
def test_a_road_blocked_with_burning_tyres_is_a_protest(sentence: str) -> None:
    _, evs = _events(sentence)
    assert [e for e in evs if (e["type"], e["mode"]) == ("PROTEST", "obstruct")], evs
    assert not [e for e in evs if e["type"] == "COERCE"], evs


def test_a_crossing_closed_by_the_authorities_stays_a_restriction() -> None:
    # (a guard) no tyres: the state closes a crossing
    ev = _one("أغلقت السلطات المصرية معبر رفح البري أمس.", "COERCE")
    assert ev["mode"] == "restrict", ev


def test_a_dash_inside_a_name_breaks_no_clause() -> None:
    # "الحركة الشعبية لتحرير السودان – شمال": the dash belongs to the name; the place after it is the attack's
    ev = _one("صد الجيش هجوماً شنته قوات الحركة الشعبية لتحرير السودان – شمال على مواقعه في محيط مدينة "
              "الكرمك بإقليم النيل الأزرق.", "ASSAULT")
    assert "الحركة الشعبية لتحرير السودان – شمال" in ev["actor"] + ev["recipient"], ev
    assert ev["location"] and "الكرمك" in ev["location"][0], ev


def test_a_sending_verb_after_the_lam_of_consequence_lends_its_subject() -> None:
    # "…، لتدفع الشرطة الاتحادية بتعزيزات": what followed, told with ل, still has its subject
    ev = _one("هاجم مسلحون نقطة تفتيش قرب كركوك، لتدفع قيادة الشرطة الاتحادية بتعزيزات عسكرية إلى المنطقة.",
              "MOBILIZE")
    assert ev["actor"] and "الشرطة الاتحادية" in ev["actor"][0], ev


def test_protest_movements_are_a_protest() -> None:
    # "تحركات احتجاجية" (Maghrebi and Levantine usage), where a town saw them
    ev = _one("شهدت مدينة قفصة أمس تحركات احتجاجية للمعطلين عن العمل.", "PROTEST")
    assert ev["location"] == ["قفصة"], ev


def test_the_operation_named_in_the_reported_clause_goes_on_as_the_subject() -> None:
    # "…، إن العملية تنطلق …، وتستهدف …": the operation goes on, not the spokesman who told of it
    _, evs = _events("وأطلق الجيش عملية عسكرية واسعة في ديالى. وقال الناطق باسم قيادة العمليات المشتركة اللواء "
                     "ثامر الربيعي، في بيان، إن العملية تنطلق من ثلاثة محاور، وتستهدف تفتيش بساتين المنطقة.")
    assaults = [e for e in evs if e["type"] == "ASSAULT"]
    assert assaults and all("ثامر الربيعي" not in e["actor"] for e in assaults), evs


@pytest.mark.parametrize("sentence", [
    "ودفعت قيادة شرطة نينوى بتعزيزات إلى قضاء سنجار أمس.",
    "ونشرت وزارة الداخلية تعزيزات في محيط الساحة.",
    "وانتشرت قوات مكافحة الشغب في ساحة التحرير.",
    "ووصلت تعزيزات أمنية إلى مدينة الزاوية أمس.",
])
def test_police_and_internal_security_deployed_are_mobilize_police(sentence: str) -> None:
    assert _one(sentence, "MOBILIZE")["mode"] == "police"


@pytest.mark.parametrize("sentence", [
    # (guards) the army, military police and a UN force deploy troops
    "ودفع الجيش العراقي بتعزيزات إلى قضاء سنجار أمس.",
    "وانتشرت الشرطة العسكرية الروسية في محيط المدينة.",
])
def test_army_military_police_and_un_deployments_stay_troops(sentence: str) -> None:
    assert _one(sentence, "MOBILIZE")["mode"] == "troops"


def test_a_protest_held_after_a_long_subject_is_reported() -> None:
    # "نظّم مئات من سكان أحياء …، أمس الأحد، وقفة احتجاجية": the verb of holding it is far back, its subject between
    ev = _one("نظّم مئات من سكان أحياء شرق مدينة الزاوية بمنطقة الساحل الغربي، أمس الأحد، وقفة احتجاجية أمام "
              "مبنى البلدية.", "PROTEST")
    assert ev["status"] == "occurred", ev


def test_a_fronted_place_is_where_a_light_verbs_noun_happened() -> None:
    # "وفي معتمدية X من ولاية Y، نفّذ … وقفة احتجاجية": the place set before the clause, past its province
    ev = _one("وفي معتمدية الفحص من ولاية زغوان، نفّذ عشرات المعطلين عن العمل وقفة احتجاجية أمام مقر المعتمدية.",
              "PROTEST")
    assert ev["location"] and "الفحص" in ev["location"][0], ev


def test_a_road_blocked_with_stones_and_tyres_is_a_protest() -> None:
    # "بالحجارة وإطارات السيارات": the tyres joined by و
    ev = _one("وأغلق عشرات الشبان الطريق الساحلي بالحجارة وإطارات السيارات أمس.", "PROTEST")
    assert ev["mode"] == "obstruct", ev


def test_letting_detainees_go_is_a_release() -> None:
    # "أخلى سبيل": to release, not to evacuate
    _, evs = _events("واحتجزت الشرطة أربعة ناشطين قبل أن تخلي سبيلهم مساءً.")
    assert [e for e in evs if (e["type"], e["mode"]) == ("RETREAT", "release")], evs
    assert not [e for e in evs if (e["type"], e["mode"]) == ("RETREAT", "withdraw")], evs


def test_formations_sent_are_a_deployment() -> None:
    assert _one("ودفع الجيش بتشكيلات عسكرية إلى الحدود أمس.", "MOBILIZE")["actor"] == ["الجيش"]


def test_a_handover_past_a_long_subject_and_a_time() -> None:
    # the charge handed over comes after the units, the bodies joined to them and a time set off by commas
    ev = _one("سلّمت وحدات من الجيش السوري وقوى الأمن الداخلي، صباح اليوم الاثنين، الملف الأمني لمدينة تدمر "
              "إلى الشرطة المحلية.", "RETREAT")
    assert ev["actor"] == ["الجيش السوري", "قوى الأمن الداخلي"], ev
    assert ev["location"] == ["تدمر"] and ev["origin"] == ["تدمر"], ev


def test_bodies_joined_to_a_units_body_act_with_it() -> None:
    # "وحدات من الجيش العراقي والحشد الشعبي": both bodies the units are of attacked; neither was hit
    ev = _one("هاجمت وحدات من الجيش العراقي والحشد الشعبي مواقع التنظيم أمس.", "ASSAULT")
    assert ev["actor"] == ["الجيش العراقي", "الحشد الشعبي"] and not ev["recipient"], ev


def test_the_place_whose_security_charge_is_handed_over_is_left() -> None:
    ev = _one("سلّم الجيش العراقي الملف الأمني لقضاء سنجار إلى الشرطة المحلية.", "RETREAT")
    assert ev["origin"] == ["سنجار"], ev


def test_sites_handed_over_across_a_country_are_left() -> None:
    # "في مختلف أنحاء العراق": in all parts of it; where a handover happens, the one handing over leaves
    ev = _one("وسلّم التحالف الدولي، خلال العام الجاري، عدداً من القواعد العسكرية في مختلف أنحاء العراق إلى "
              "القوات العراقية.", "RETREAT")
    assert ev["origin"] == ["العراق"], ev


def test_an_unnamed_group_in_the_reported_clause_goes_on_as_the_subject() -> None:
    # "أن مسلحين تسللوا …، وهاجموا …": the gunmen attacked, not the ministry that told of it
    ev = _one("وأوضحت وزارة الدفاع، في بيان، أن مسلحين تسللوا من البادية، وهاجموا ثلاث نقاط عسكرية.", "ASSAULT")
    assert "وزارة الدفاع" not in ev["actor"], ev


def test_the_lands_of_a_village_are_where_an_incursion_went() -> None:
    # "في خراج بلدة X" (Levantine usage): the lands around the village
    ev = _one("توغلت قوة من الجيش الإسرائيلي، فجر اليوم الثلاثاء، في خراج بلدة حولا، وجرفت بساتين زيتون.", "MOBILIZE")
    assert ev["location"] == ["حولا"], ev


def test_the_one_released_and_handed_over_is_one_release() -> None:
    # "قبل أن يُفرج عنه ويُسلَّم إلى «اليونيفيل»": the handing over is the release, no withdrawal
    _, evs = _events("خطف جنود إسرائيليون راعياً قرب الحدود، قبل أن يُفرج عنه بعد الظهر ويُسلَّم إلى «اليونيفيل» "
                     "عند معبر رأس الناقورة.")
    assert [e for e in evs if (e["type"], e["mode"]) == ("RETREAT", "release")], evs
    assert not [e for e in evs if (e["type"], e["mode"]) == ("RETREAT", "withdraw")], evs


def test_a_person_after_an_unnamed_force_is_the_one_arrested() -> None:
    # "اعتقلت القوات الشاب X": the force no entity names is the subject; the person named after it was held
    ev = _one("اعتقلت القوات الشاب محمد علي زهرة أمس.", "COERCE")
    assert ev["recipient"] == ["محمد علي زهرة"] and not ev["actor"], ev


@pytest.mark.parametrize("sentence,place", [
    # taking back ground is a clash told by its outcome, the verb past its subject and a time
    ("استعادت قوات الجيش السوداني، أمس الأحد، السيطرة على مدينة الدندر بعد معارك عنيفة.", "الدندر"),
    ("أعلن الجيش الصومالي استعادة السيطرة على بلدة مهداي.", "مهداي"),
])
def test_taking_back_control_of_a_place_is_an_assault(sentence: str, place: str) -> None:
    ev = _one(sentence, "ASSAULT")
    assert ev["location"] and place in ev["location"][0], ev


def test_taking_back_money_is_no_assault() -> None:
    # (a guard) no control taken back
    _, evs = _events("واستعادت الحكومة الأموال المنهوبة من الخارج.")
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


def test_a_unit_with_its_adjective_is_of_the_body_after_min() -> None:
    # "قوة كبيرة من جيش الاحتلال": the unit's adjective between it and the body it is of
    ev = _one("وفي مدينة نابلس، اقتحمت قوة كبيرة من جيش الاحتلال، فجر اليوم، حي رفيديا، واعتقلت خمسة شبان.", "COERCE")
    assert ev["actor"] == ["جيش الاحتلال"] and not ev["recipient"], ev


def test_who_spoke_for_a_condemnation_is_an_aside() -> None:
    # "، على لسان وزير الإعلام X،": who said it for the government, not what it condemned; the crimes after it
    ev = _one("دانت الحكومة اليمنية، على لسان وزير الإعلام معمر الإرياني، \"جرائم الحوثيين\" في مديرية ردمان.",
              "ACCUSE")
    assert ev["actor"] == ["الحكومة اليمنية"] and ev["recipient"] == ["الحوثيون"], ev


def test_the_titled_person_a_call_is_made_to() -> None:
    # "…، داعية المبعوث الأممي X إلى …": the person past his titles is the one asked
    ev = _one("دانت الحكومة الهجوم، داعية المبعوث الأممي هانس غروندبرغ إلى الضغط على الجماعة.", "REQUEST")
    assert ev["recipient"] == ["هانس غروندبرغ"], ev


def test_relief_handed_out_is_aid() -> None:
    ev = _one("ووزعت جمعية الهلال الأحمر سلالاً غذائية على الأسر النازحة في مخيم الركبان أمس.", "AID")
    assert ev["mode"] == "humanitarian", ev


@pytest.mark.parametrize("sentence", [
    # (guards) a place where relief is handed out, and seats shared out, are no aid
    "استشهد 11 فلسطينياً برصاص الجيش الإسرائيلي قرب نقطة لتوزيع المساعدات في رفح.",
    "وناقش المجلس توزيع الحقائب الوزارية.",
])
def test_no_aid_in_a_distribution_point_or_a_share_out(sentence: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "AID"], evs


def test_families_arriving_are_no_deployment() -> None:
    # neither a relief agency named before nor a body in the clause after حيث makes the families a force
    _, evs = _events("وأفادت المنظمة الدولية للهجرة بأن ثلاثة آلاف أسرة نزحت من الريف، وصل معظمها إلى مدينة ود مدني، "
                     "حيث افتتحت حكومة ولاية الجزيرة 12 مركز إيواء.")
    assert not [e for e in evs if e["type"] == "MOBILIZE"], evs


_YESTERDAYS_STORY = ("الخرطوم – وكالات\n"
                     "قُتل خمسة مدنيين وأصيب عشرة آخرون، أمس الخميس، في قصف مدفعي شنّته قوات الدعم السريع على "
                     "أحياء سكنية في مدينة الأبيض.\n"
                     "وقال شهود عيان إن القوات اعتقلت عشرين شاباً عند مدخل المدينة.\n")


def test_an_undated_act_told_after_the_lead_has_the_leads_day() -> None:
    # the lead tells yesterday; the arrests told after it, with no day of their own, happened then
    rec = extract(_YESTERDAYS_STORY, published=PUBLISHED)
    arrests = [e for e in _readings(rec) if e.type == "COERCE"]
    assert arrests and arrests[0].date == "2025-01-09", [(e.type, e.trigger.text, e.date) for e in rec.events]


@pytest.mark.parametrize("follow", [
    "من جهتها، اعتقلت الشرطة عشرين شاباً في مدينة كوستي.",  # another thread
    "وفي مدينة كوستي، اعتقلت الشرطة عشرين شاباً.",  # another scene
    "وفي شرق البلاد، اعتقلت الشرطة عشرين شاباً.",  # another region
])
def test_a_new_thread_keeps_the_day_of_publication(follow: str) -> None:
    # (a guard) a thread the article opens anew is not the lead's story
    rec = extract(_YESTERDAYS_STORY + follow, published=PUBLISHED)
    arrests = [e for e in rec.events if e.type == "COERCE" and e.trigger.start > len(_YESTERDAYS_STORY)]
    assert arrests and arrests[0].date == PUBLISHED, [(e.type, e.trigger.text, e.date) for e in rec.events]


def test_a_condemnation_answers_the_story_later() -> None:
    # (a guard) a call told after the lead, not of its occasion, is the day of publication's
    rec = extract(_YESTERDAYS_STORY + "ودعت الأمم المتحدة الأطراف إلى وقف القتال فوراً.", published=PUBLISHED)
    calls = [e for e in rec.events if e.type == "REQUEST"]
    assert calls and calls[0].date == PUBLISHED, [(e.type, e.trigger.text, e.date) for e in rec.events]


def test_a_since_phrases_date_is_its_own_acts() -> None:
    # "في أكبر تصعيد منذ توقيع الهدنة في آذار 2024، وسط اتهامات …": March 2024 is the truce's signing, not
    # the day of the accusations told after it, which is the sentence's (أمس)
    rec = extract("اندلعت اشتباكات عنيفة أمس بين الفصيلين في أكبر تصعيد منذ توقيع الهدنة في آذار 2024، وسط "
                  "اتهامات متبادلة بخرق الاتفاق.", published=PUBLISHED)
    accusations = [e for e in _readings(rec) if e.type == "ACCUSE"]
    assert accusations and accusations[0].date == "2025-01-09", [(e.type, e.date) for e in rec.events]


@pytest.mark.parametrize("follow", [
    "ودفعت قيادة الجيش بتعزيزات عسكرية إلى محيط المدينة.",
    # a span of time is no occasion the reinforcements were part of
    "ودفعت قيادة الجيش، خلال الساعات الماضية، بتعزيزات عسكرية إلى محيط المدينة.",
])
def test_reinforcements_sent_after_the_lead_answer_it_later(follow: str) -> None:
    # forces sent in answer to yesterday's shelling are the day of publication's, like a call
    rec = extract(_YESTERDAYS_STORY + follow, published=PUBLISHED)
    sent = [e for e in rec.events if e.type == "MOBILIZE"]
    assert sent and sent[0].date == PUBLISHED, [(e.type, e.trigger.text, e.date) for e in rec.events]


@pytest.mark.parametrize("sentence, mode", [
    # brokered or hosted by a third party
    ("استضافت الدوحة أمس جولة جديدة من المفاوضات بين الحكومة السودانية وقوات الدعم السريع بوساطة قطرية.",
     "third-party"),
    ("انطلقت في القاهرة المحادثات غير المباشرة بين حركة حماس وإسرائيل.", "third-party"),
    ("عقد وفدا الولايات المتحدة وإيران اجتماعاً في مسقط أمس لبحث الملف النووي.", "third-party"),
    # a multilateral frame: a joint committee, ministers of a bloc, a three-sided meeting
    ("عقدت اللجنة العسكرية المشتركة اجتماعها الدوري في مدينة سرت.", "multilateral"),
    ("عقد وزراء الداخلية في دول مجلس التعاون اجتماعهم السنوي في الكويت.", "multilateral"),
    ("عُقد أمس اجتماع ثلاثي في الناقورة بمشاركة ضباط من الجيش اللبناني.", "multilateral"),
    # one side came to the other's country
    ("التقى وزير الخارجية الأردني أيمن الصفدي في دمشق نظيره السوري أسعد الشيباني.", "visit"),
])
def test_the_mode_of_a_meeting(sentence: str, mode: str) -> None:
    ev = _one(sentence, "CONSULT")
    assert ev["mode"] == mode, ev


def test_a_meeting_of_two_sides_at_home_has_no_mode_told() -> None:
    # (a guard) ministers of one state meeting in its capital: no third party, no bloc, no visit
    ev = _one("التقى وزير الداخلية العراقي في بغداد وزير الدفاع العراقي.", "CONSULT")
    assert ev["mode"] is None, ev


@pytest.mark.parametrize("sentence, mode", [
    # the first word that tells what is asked decides
    ("ودعت الحكومة الفرنسية، في بيان، جميع الأطراف إلى ضبط النفس والامتناع عن التصعيد.", "yield"),
    ("وطالب البرنامج المسلحين بالسماح بمرور الشاحنات إلى المدينة.", "yield"),
    ("وطالبت الوزارة المجتمع الدولي بتوفير الحماية الدولية للمدنيين.", "assist"),
    ("وطالب المتظاهرون بإسقاط الحكومة ومحاسبة الفاسدين.", "change"),
    # past an aside set off by commas
    ("ودعت الحكومة الفرنسية، في مؤتمر صحفي عقده الناطق باسمها مساء أمس، الجيش السوداني إلى هدنة إنسانية.",
     "yield"),
    # (a word of a name is not what is asked: "بعثة الأمم المتحدة للدعم")
    ("ودعت بعثة الأمم المتحدة للدعم في ليبيا جميع الأطراف إلى ضبط النفس.", "yield"),
])
def test_what_a_call_asks_for(sentence: str, mode: str) -> None:
    ev = _one(sentence, "REQUEST")
    assert ev["mode"] == mode, ev


def test_a_call_to_something_past_the_callers_title_name_and_an_aside() -> None:
    # what the call is to (إلى) is found past the title, the name and a phrase set off by commas, a name or a
    # time counting as no words
    ev = _one("ودعا وزير الخارجية القطري محمد الخليفي، في مؤتمر صحفي مساء أمس، الجيش السوداني إلى هدنة "
              "إنسانية.", "REQUEST")
    assert ev["mode"] == "yield", ev


@pytest.mark.parametrize("sentence, mode", [
    # ضبط takes people: an arrest
    ("وأعلنت وزارة الداخلية ضبط خلية مؤلفة من سبعة أشخاص كانت تخطط لتنفيذ هجمات.", "arrest"),
    ("وضبطت وحدات حرس الحدود الأسبوع الماضي 281 شخصاً حاولوا عبور الحدود.", "arrest"),
    ("وأعلنت الكتيبة ضبط 14 مهرباً قرب المثلث الحدودي.", "arrest"),
    # (a guard) or goods: a seizure
    ("وضبطت قوات خفر السواحل سفينة محملة بشحنة أسلحة وذخائر قبالة الميناء.", "seize"),
    ("وأعلنت الوزارة ضبط كميات كبيرة من المخدرات في المنطقة.", "seize"),
    # a shipment, past a clash told after it whose gunmen are not what was taken
    ("ضبطت الشرطة الشحنة بعد اشتباك مسلح قرب الحدود.", "seize"),
])
def test_what_dabt_takes(sentence: str, mode: str) -> None:
    ev = _one(sentence, "COERCE")
    assert ev["mode"] == mode, ev


@pytest.mark.parametrize("text", [
    "تونس – وكالات\nوهدد الاتحاد العام التونسي للشغل بإضراب عام ثانٍ خلال شهر جوان إذا لم تُستأنف المفاوضات.",
    "تونس – وكالات\nوأعلن الوالي عن جلسة حوار مع ممثلي المعطلين يوم الخميس القادم، لبحث مطالبهم.",
])
def test_a_meeting_with_no_party_and_no_place_of_its_own_is_none(text: str) -> None:
    # the scene's place is no evidence of a meeting no party holds ("تُستأنف المفاوضات"، "لبحث مطالبهم")
    rec = extract(text, published=PUBLISHED)
    found = [e.trigger.text for e in rec.events if e.type == "CONSULT" and not e.actor and not e.recipient]
    assert not found, [(e.type, e.trigger.text) for e in rec.events]


def test_talks_with_a_place_of_their_own_are_kept() -> None:
    # (a guard) a round of talks told with where it is held stands without its parties
    rec = extract("وتُستأنف المفاوضات في مسقط الأسبوع المقبل.", published=PUBLISHED)
    assert [e for e in rec.events if e.type == "CONSULT"], [(e.type, e.trigger.text) for e in rec.events]


@pytest.mark.parametrize("sentence, body", [
    # counted soldiers of a body, told before their verb, are that body acting
    ("وقال القائد إن نحو 1500 جندي من الفرقة 16 انتشروا في المواقع.", "الفرقة 16"),
    ("وقالت الوزارة إن نحو 1200 عنصر من الفرقة 66 دخلوا الطبقة ومطارها العسكري.", "الفرقة 66"),
])
def test_counted_soldiers_of_a_body_before_their_verb(sentence: str, body: str) -> None:
    ev = _one(sentence, "MOBILIZE")
    assert body in ev["actor"], ev


def test_clashes_with_medium_and_heavy_weapons() -> None:
    # "بالأسلحة المتوسطة والثقيلة": heavy weapons, not small-arms fire
    ev = _one("واندلعت اشتباكات عنيفة بالأسلحة المتوسطة والثقيلة بين جهاز الردع واللواء 444 قتال في طرابلس.", "ASSAULT")
    assert ev["mode"] == "heavy-weapons", ev


def test_an_outlet_a_witness_speaks_to_does_not_raid_or_march() -> None:
    # "وقال بحار شارك في الاعتصام لهسبريس إن القوات اقتحمت …": the outlet relays; it neither raids nor sits in
    _, evs = _events("وقال بحار شارك في الاعتصام لهسبريس إن القوات اقتحمت رصيف الميناء واعتقلت ثلاثة بحارة.")
    assert evs and not any("هسبريس" in e["actor"] for e in evs), evs


@pytest.mark.parametrize("sentence,actor", [
    # an attack put down to a body is that body's, not an attack on it
    ("وأفاد المرصد بأن غارة جوية نُسبت إلى إسرائيل استهدفت، مساء أمس، مستودعاً للذخيرة.", "إسرائيل"),
    ("قُتل ثلاثة جنود في هجوم شنّه مسلحون يُرجَّح انتماؤهم إلى تنظيم داعش على نقطة للجيش.", "تنظيم داعش"),
])
def test_an_attack_attributed_to_a_body_is_its_doing(sentence: str, actor: str) -> None:
    ev = _one(sentence, "ASSAULT")
    assert ev["actor"] == [actor] and actor not in ev["recipient"] and actor not in ev["location"], ev


def test_what_a_speaker_calls_an_act_is_no_new_act() -> None:
    # "ودان المجلس الهجوم، ووصفه بأنه «استهداف ممنهج …»": the description names the attack condemned again
    _, evs = _events("ودان مجلس السيادة الانتقالي الهجوم على المطار، ووصفه بأنه «استهداف ممنهج للمنشآت المدنية».")
    assert not [e for e in evs if e["type"] == "ASSAULT" and "مجلس السيادة الانتقالي" in e["actor"]], evs


def test_a_call_after_a_description_is_still_a_call() -> None:
    # (a guard) "واصفاً إياها بـ«الإيجابية»، وداعياً أنقرة إلى …": the comma opens a new act
    ev = _one("ورحّب المتحدث باسم الحكومة العراقية بالخطوة التركية، واصفاً إياها بـ«الإيجابية»، وداعياً أنقرة إلى سحب "
              "قواتها من الأراضي العراقية.", "REQUEST")
    assert ev["recipient"] == ["أنقرة"], ev


def test_the_owner_of_the_last_of_two_targets_is_hit() -> None:
    # "غارة على مخابئ ومستودعات لتنظيم داعش": the group whose hideouts and depots were struck
    ev = _one("نفذت القوات الجوية الروسية 12 غارة على مخابئ ومستودعات لتنظيم داعش في ريف حمص.", "ASSAULT")
    assert ev["actor"] == ["القوات الجوية الروسية"] and ev["recipient"] == ["تنظيم داعش"], ev


def test_the_attack_a_background_paragraph_comes_after_is_the_lead() -> None:
    # "ويأتي الهجوم بعد أسبوعين من عملية …": the lead attack named again, not an attack on those of the background
    _, evs = _events("قُتل أربعة عناصر من الجيش السوري صباح اليوم بانفجار عبوة ناسفة استهدفت حافلة عسكرية قرب "
                     "الميادين. وأعلنت وزارة الداخلية اعتقال خمسة أشخاص. وقالت الوزارة إن التحقيقات مستمرة. "
                     "وأكدت أن الوضع تحت السيطرة. ويأتي الهجوم بعد نحو أسبوعين من عملية نفذتها قوات التحالف "
                     "الدولي في ريف دير الزور.")
    attacks = [e for e in evs if e["type"] == "ASSAULT"]
    assert len(attacks) == 1 and "التحالف الدولي" not in attacks[0]["recipient"], evs


def test_the_body_the_attackers_are_said_to_be_from_did_it() -> None:
    # "…، مرجحاً أن يكون المنفذون من بقايا تنظيم داعش": the suspected doers of an attack told without one
    ev = _one("قُتل ثلاثة جنود بكمين استهدف رتلاً للجيش قرب بلدة الرطبة، بحسب مصدر أمني، مرجحاً أن يكون "
              "المنفذون من بقايا تنظيم داعش.", "ASSAULT")
    assert ev["actor"] == ["تنظيم داعش"] and "تنظيم داعش" not in ev["recipient"], ev



def test_protesters_closing_a_road_is_the_protest_when_none_was_told() -> None:
    # "أغلق المحتجون الطريق": the protesters' act opens the story; with no protest told before it, it is the protest
    ev = _one("أغلق المحتجون الطريق الدولي قرب مدينة الكوت صباح اليوم.", "PROTEST")
    assert ev["actor"] == ["المحتجون"] and ev["mode"] == "obstruct", ev


@pytest.mark.parametrize("sentence,typ,actor", [
    # protesters right after the verb of "بعد أن" do it themselves; it is not the main clause's subject's act
    ("أعلنت المؤسسة الوطنية للنفط حالة القوة القاهرة، بعد أن أغلق محتجون بوابات الميناء منذ السبت.", "PROTEST",
     "محتجون"),
    # (a guard) "ودعا المحتجين إلى …": after و the protesters are the object of the governor's call
    ("أعلن محافظ البصرة أسعد العيداني تشكيل لجنة للتحقيق، ودعا المحتجين إلى منح الحكومة المحلية فرصة.", "REQUEST",
     "أسعد العيداني"),
])
def test_protesters_after_a_subordinate_verb_are_its_subject(sentence: str, typ: str, actor: str) -> None:
    ev = _one(sentence, typ)
    assert ev["actor"] == [actor], ev


def test_a_verb_after_a_titled_governor_goes_on_with_him_not_his_province() -> None:
    # "أعلن محافظ كربلاء نصيف الخطابي …، ودعا": the person the title names, not the place in the title
    ev = _one("أعلن محافظ كربلاء نصيف الخطابي تشكيل لجنة للتحقيق في الحادث، ودعا العشائر إلى التهدئة.", "REQUEST")
    assert ev["actor"] == ["نصيف الخطابي"], ev


def test_a_phone_call_with_an_outlet_is_an_interview() -> None:
    # "في اتصال هاتفي مع «الصومال الجديد»": a source speaking to the outlet, no consultation between parties
    _, evs = _events("وأوضح أحد وجهاء المنطقة، الشيخ عبدي نور فارح، في اتصال هاتفي مع «الصومال الجديد»، أن القتال "
                     "اندلع فجراً.")
    assert not [e for e in evs if e["type"] == "CONSULT"], evs


def test_those_set_free_are_of_the_body_after_their_count() -> None:
    # "أفرجت الجماعة عن 12 من أبناء قبيلة آل غانم": the tribe whose men were freed
    ev = _one("أفرجت جماعة الحوثي صباح أمس عن 12 من أبناء قبيلة آل غانم كانت قد اعتقلتهم.", "RETREAT")
    assert ev["mode"] == "release" and ev["recipient"] == ["قبيلة آل غانم"], ev


def test_a_siege_told_by_its_relative_clause_hits_the_tribe_of_the_villages() -> None:
    # "حصاراً فرضته الجماعة على قرى قبيلة X": the siege is told by the clause after it; the tribe is besieged
    ev = _one("أنهت وساطة قبلية حصاراً فرضته جماعة الحوثي منذ أسبوعين على قرى قبيلة آل عواض قرب مدينة رداع.", "COERCE")
    assert ev["actor"] == ["الحوثيون"] and ev["recipient"] == ["قبيلة آل عواض"], ev


def test_the_owner_of_a_target_past_its_adjective_is_hit() -> None:
    # "على نقطة مشتركة للجيش والصحوة": the adjective between the target and its owner
    ev = _one("وتأتي التطورات بعد هجوم شنّه مسلحون يرجح انتماؤهم إلى تنظيم داعش على نقطة مشتركة للجيش العراقي "
              "قرب ناحية البغدادي.", "ASSAULT")
    assert ev["actor"] == ["تنظيم داعش"] and ev["recipient"] == ["الجيش العراقي"], ev


def test_a_fight_with_one_party_in_the_clause_of_the_other() -> None:
    # "دفعت قوات الدعم السريع بتعزيزات …، بعد أيام من اشتباكات مع مقاتلي حركة تحرير السودان": the RSF fought them
    _, evs = _events("دفعت قوات الدعم السريع، أمس الثلاثاء، بتعزيزات عسكرية نحو مدينة زالنجي، بعد أيام من اشتباكات مع "
                     "مقاتلي حركة تحرير السودان في الأطراف الشرقية للمدينة.")
    fight = [e for e in evs if e["type"] == "ASSAULT"]
    assert fight and fight[0]["actor"] == ["قوات الدعم السريع"] and fight[0]["recipient"] == ["حركة تحرير السودان"], evs


def test_an_attack_charged_to_a_party_named_again_is_its_doing() -> None:
    # "واتهم الجيش قوات الدعم السريع بتنفيذ الهجوم": the attack told before was the accused's
    _, evs = _events("استهدفت طائرات مسيّرة فجر أمس محطة كهرباء الدمازين، ما أدى إلى انقطاع التيار عن المدينة.\n"
                     "واتهم الجيش السوداني قوات الدعم السريع بتنفيذ الهجوم.")
    attacks = [e for e in evs if e["type"] == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0]["actor"] == ["قوات الدعم السريع"], evs


def test_the_hospital_the_wounded_were_taken_to_is_no_place_of_the_attack() -> None:
    # "وإصابة سبعة آخرين نُقلوا إلى مستشفى …": the toll is the strike's, the hospital where the wounded went
    _, evs = _events("استهدفت طائرات مسيّرة فجر أمس محطة كهرباء الدمازين، فيما أفادت مصادر طبية بمقتل 3 من عمال "
                     "المحطة وإصابة سبعة آخرين نُقلوا إلى مستشفى الدمازين التعليمي.")
    attacks = [e for e in evs if e["type"] == "ASSAULT"]
    assert len(attacks) == 1 and "مستشفى الدمازين التعليمي" not in attacks[0]["location"], evs


def test_the_toll_of_an_attack_with_no_doer_is_not_the_subjects() -> None:
    # "دفعت القيادة بتعزيزات …، بعد ساعات من قصف استهدف مخفراً …، ما أسفر عن مقتل جنديين": whoever shelled the
    # post killed the soldiers, not the command that sent reinforcements
    _, evs = _events("دفعت قيادة العمليات المشتركة، أمس الاثنين، بتعزيزات عسكرية إلى الشريط الحدودي، وذلك بعد ساعات من "
                     "قصف بقذائف الهاون استهدف فجر أمس مخفراً حدودياً قرب منفذ القائم، ما أسفر عن مقتل جنديين.")
    attacks = [e for e in evs if e["type"] == "ASSAULT"]
    assert attacks and all("قيادة العمليات المشتركة" not in e["actor"] for e in attacks), evs


def test_the_toll_after_an_attack_by_the_subject_is_still_its_doing() -> None:
    # (a guard) "قصفت المدفعية التركية قرية …، ما أسفر عن مقتل …": the subject shelled and killed
    _, evs = _events("قصف الجيش التركي قرية كاني ماسي في دهوك، ما أسفر عن مقتل ثلاثة مدنيين.")
    attacks = [e for e in evs if e["type"] == "ASSAULT"]
    assert attacks and all(e["actor"] == ["الجيش التركي"] for e in attacks), evs


def test_the_two_sides_are_those_of_the_fight_told_before() -> None:
    # "اشتباكات بين كتيبة القلعة وقوة حماية الجبل … اجتماع ضم ممثلين عن الطرفين": whatever was told between
    _, evs = _events("اندلعت اشتباكات عنيفة بين كتيبة القلعة وقوة حماية الجبل في مدينة غريان. ووزع الهلال الأحمر "
                     "الليبي مساعدات على العائلات النازحة. وأوضح مجلس الأعيان أن الاتفاق جرى التوصل إليه عقب اجتماع "
                     "ضم ممثلين عن الطرفين.")
    meeting = [e for e in evs if e["type"] == "CONSULT"]
    assert meeting and sorted(meeting[0]["actor"]) == sorted(["كتيبة القلعة", "قوة حماية الجبل"]), evs


def test_a_charge_after_a_detached_ba_before_a_quotation_is_the_accused_doing() -> None:
    # "متهمةً قوات الدعم السريع بـ«استهداف …»": ب written apart, with tatweel, before the quoted charge
    _, evs = _events("قصفت مسيّرات محطة كهرباء في مدينة كوستي، ودانت الحكومة الهجوم، متهمةً قوات الدعم السريع "
                     "بـ«استهداف البنية التحتية المدنية».")
    attacks = [e for e in evs if e["type"] == "ASSAULT"]
    assert attacks and all(e["actor"] == ["قوات الدعم السريع"] for e in attacks), evs


def test_what_an_attack_reached_names_the_attack_again() -> None:
    # "المنازل التي طالها القصف": no new shelling, and not by whoever asks for repairs
    _, evs = _events("من جانبه، طالب عميد بلدية غريان مصطفى الشريف حكومة الوحدة الوطنية بتعويض المتضررين وإعادة "
                     "تأهيل المنازل والمحال التي طالها القصف، محذراً من أن «المدينة لا تحتمل جولة أخرى».")
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


def test_who_is_said_to_be_about_to_act_is_its_doer() -> None:
    # "نافياً أن تكون موسكو بصدد إخلاء قاعدة طرطوس": the subject of «about to» evacuates, the denial negates it
    ev = _one("ونفى مصدر في وزارة الدفاع الروسية أن تكون موسكو بصدد إخلاء قاعدة طرطوس بالكامل.", "RETREAT")
    assert ev["actor"] == ["روسيا"] and ev["status"] == "negated", ev


def test_what_a_participle_of_using_names_is_used_by_the_sentence_subject() -> None:
    # "فرّقت الشرطة مسيرة نظمها مئات المعلمين، مستخدمةً القنابل المسيلة للدموع": the police fired the gas at the
    # teachers, not the teachers of the relative clause
    _, evs = _events("فرّقت الشرطة الموريتانية، مساء أمس، مسيرة احتجاجية نظمها مئات المعلمين المضربين عن العمل في "
                     "العاصمة نواكشوط، مستخدمة القنابل المسيلة للدموع.")
    gas = [e for e in evs if e["type"] == "ASSAULT"]
    assert gas and gas[0]["actor"] == ["الشرطة الموريتانية"] and gas[0]["recipient"] == ["المعلمين"], evs


@pytest.mark.parametrize("sentence,actor,place", [
    # people named by their town march, strike or sit in: they are the party, the town where
    ("وتظاهر أهالي بلدة القصر أمام مقر الولاية أمس.", "أهالي بلدة القصر", "القصر"),
    ("في الأثناء، نظّم عشرات من سكان الكفرة وقفة احتجاجية أمام مقر المجلس البلدي.", "سكان الكفرة", "الكفرة"),
    # ... or by the body they work for, which stays a body of its own
    ("واعتصم عمال هيئة قناة السويس في بورسعيد أمس.", "عمال هيئة قناة السويس", "بورسعيد"),
    # ... or by the dead they mourn
    ("ونظم العشرات من ذوي الضحايا، أمس، وقفة احتجاجية أمام مقر الولاية في مدينة النعمة.", "ذوي الضحايا", "النعمة"),
])
def test_crowd_named_by_its_town_or_body_protests(sentence: str, actor: str, place: str) -> None:
    rec = extract(sentence, published=PUBLISHED)
    ev = next(v for v in rec.events if v.type == "PROTEST")
    said = {e.id: [m.text for m in e.mentions] for e in rec.entities}
    assert [said[x][0] for x in ev.actor] == [actor]
    assert any(place in m for x in ev.location for m in said[x])


@pytest.mark.parametrize("sentence,gone", [
    # (a guard) people who only suffer what others do are no party: no entity of their own
    ("واعتقلت القوات الإسرائيلية عشرة من أهالي قرية الرفيد فجر اليوم.", "أهالي قرية الرفيد"),
    # (a guard) a speaker's words about them make no party either
    ('وقال شمو في بيان إن "أهالي سنجار لن يقبلوا بعودة الفصائل"، محذراً من أي فراغ أمني.', "أهالي سنجار"),
])
def test_crowd_that_does_not_act_is_no_entity(sentence: str, gone: str) -> None:
    rec, _ = _events(sentence)
    assert gone not in [e.name_ar for e in rec.entities]


@pytest.mark.parametrize("sentence,actor", [
    # a relative verb with the dual's object pronoun names who held the two sit-ins
    ("وجاء ذلك بالتزامن مع اعتصامين نظّمهما اتحاد المعلمين أمام وزارة التربية في بيروت.", "اتحاد المعلمين"),
    # those who work in a body strike; the body is not who strikes, even with its short form in brackets
    ("نفّذ العاملون في وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا) في لبنان، اليوم "
     "الاثنين، إضراباً شاملاً عن العمل.", "العاملون"),
    ("واعتصم الموظفون في وزارة المالية أمام مبنى الوزارة في بيروت.", "الموظفون"),
    # people of a trade, counted, in a place: the crowd of them there
    ("نفّذ عشرات الصيادين في مدينة صور، بعد ظهر أمس، اعتصاماً عند مدخل الميناء.", "الصيادين"),
    # counted, and put in a place by the relative clause that describes them
    ("تظاهر أمس مئات التجار الذين أغلقوا محلاتهم في مدينة المهدية احتجاجاً على الضرائب الجديدة.", "التجار"),
])
def test_who_held_the_protest(sentence: str, actor: str) -> None:
    ev = _one(sentence, "PROTEST")
    assert ev["actor"] == [actor], ev


def test_protesters_are_the_articles_one_crowd() -> None:
    rec = extract("أغلق مئات المحتجين من أهالي قضاء الزبير الطريق المؤدي إلى حقل الرميلة، وأحرق المتظاهرون "
                  "إطارات السيارات.", published=PUBLISHED)
    crowd = next(e for e in rec.entities if e.name_ar == "أهالي قضاء الزبير")
    assert {"المحتجين", "المتظاهرون"} <= {m.text for m in crowd.mentions}


def test_the_town_a_place_lies_beside_is_not_where() -> None:
    """"في قضاء مخمور جنوب غربي أربيل": Erbil only says where Makhmour lies; the brigade went to Makhmour."""
    ev = _one("انتشر لواء مشترك من قوات البيشمركة والجيش العراقي، أمس الاثنين، في محيط قضاء مخمور جنوب غربي "
              "أربيل.", "MOBILIZE")
    assert "أربيل" not in ev["location"] + ev["destination"], ev
    assert "مخمور" in ev["location"], ev
    # (a guard) a deployment on one side of a place is still sent there
    ev = _one("انتشر الجيش اللبناني جنوب نهر الليطاني.", "MOBILIZE")
    assert ev["destination"], ev


def test_the_latter_after_a_participle_is_its_object() -> None:
    """"…من جانب التحالف، متهماً الأخير بقصف مزارع": the latter is the coalition, accused, and the shelling its."""
    _, evs = _events("قال المتحدث باسم الحوثيين ناصر المؤيد إن قواته ردت على خروقات من جانب تحالف دعم الشرعية، "
                     "متهماً الأخير بقصف مزارع ومنازل في مديرية ساقين.")
    acc = next(e for e in evs if e["type"] == "ACCUSE")
    assert acc["recipient"] == ["تحالف دعم الشرعية في اليمن"], evs


def test_an_attack_ascribed_to_its_doer() -> None:
    """"…هجوماً على مدينة الأبيض، نسبه الجيش إلى قوات الدعم السريع": the RSF attacked; the army only says so."""
    ev = _one("وشنت مسيرات هجوماً على مدينة الأبيض، نسبه الجيش إلى قوات الدعم السريع.", "ASSAULT")
    assert ev["actor"] == ["قوات الدعم السريع"] and "الجيش" not in ev["recipient"], ev


def test_a_city_that_underwent_a_series_of_attacks_is_where() -> None:
    ev = _one("وكانت مدينة بورتسودان قد تعرضت في أيار 2025 لسلسلة هجمات بطائرات مسيّرة.", "ASSAULT")
    assert ev["location"] == ["بورتسودان"], ev


@pytest.mark.parametrize("sentence", [
    # a light verb's subject named by a title, then the person, set off by commas and a time: he holds it
    "وعقد محافظ ريف دمشق، وليد الخطيب، صباح اليوم الخميس، اجتماعاً مع وجهاء جرمانا.",
    "وعقد محافظ إدلب وليد الخطيب اجتماعاً مع وجهاء المدينة.",
])
def test_titled_subject_of_a_light_verb_holds_the_meeting(sentence: str) -> None:
    assert _one(sentence, "CONSULT")["actor"] == ["وليد الخطيب"]


def test_a_shipment_received_is_aid_from_its_giver() -> None:
    """"تسلمت … شحنة من الذخائر … قدمتها الإمارات": aid, given by the UAE to the forces; not arms handed over."""
    ev = _one("وأفاد مصدر عسكري بأن قوات دفاع بونتلاند تسلمت الأسبوع الماضي شحنة من الذخائر والعربات المدرعة "
              "قدمتها الإمارات.", "AID")
    assert ev["actor"] == ["الإمارات"] and ev["recipient"] == ["قوات دفاع بونتلاند"], ev
    # (a guard) a batch of prisoners received is no aid
    _, evs = _events("وقالت اللجنة الدولية إن فرقها تسلّمت سبعة أسرى في الدفعة الأولى صباحاً في مدينة غزة.")
    assert not [e for e in evs if e["type"] == "AID"], evs


def test_its_gunmen_after_a_relative_light_verb_are_the_group() -> None:
    """"حملة عسكرية ضد تنظيم داعش، بعد هجوم انتحاري شنه مسلحوه": the group attacked; it was not the target."""
    evs = [e for e in _events("وأطلقت قوات دفاع بونتلاند حملة عسكرية ضد تنظيم داعش، بعد هجوم انتحاري شنه مسلحوه "
                              "على قاعدة عسكرية جنوب بوصاصو.")[1] if e["mode"] == "suicide-attack"]
    assert evs and evs[0]["actor"] == ["تنظيم داعش"] and "تنظيم داعش" not in evs[0]["recipient"], evs


def test_sole_is_no_neutralising() -> None:
    """"منفذاً بحرياً وحيداً": the adjective sole, not و + a dual of حيّد."""
    _, evs = _events("نظراً لاعتماد الأردن على ميناء العقبة منفذاً بحرياً وحيداً لتجارته الخارجية.")
    assert not evs, evs
    # (a guard) the verb itself is still an attack
    assert _one("وحيّد الجيش خمسة إرهابيين في عملية بولاية تيزي وزو.", "ASSAULT")["actor"] == ["الجيش"]


@pytest.mark.parametrize("sentence", [
    # who brought in or sent the convoy gave the aid, past a pluperfect's subject and a time
    "وكانت مصر قد أدخلت، أمس الأحد، قافلة مساعدات جديدة تضم 150 شاحنة إلى القطاع عبر معبر كرم أبو سالم.",
    "وسيّرت مصر قافلة مساعدات جديدة إلى السودان أمس.",
])
def test_who_brought_in_the_convoy_gave_the_aid(sentence: str) -> None:
    assert _one(sentence, "AID")["actor"] == ["مصر"]


@pytest.mark.parametrize("sentence,recipient", [
    # ground taken back after a fight with a party is taken back from it
    ("أعلن الجيش السوداني استعادة السيطرة على مدينة أبو زبد بعد معارك عنيفة مع قوات الدعم السريع.",
     "قوات الدعم السريع"),
    # past the time the fight broke out and the word for its fighters
    ("واستعادت القوات الحكومية السيطرة على بلدة عيل بور إثر معارك اندلعت فجر الخميس مع مقاتلي حركة الشباب.",
     "حركة الشباب"),
])
def test_ground_taken_back_from_whom_it_fought(sentence: str, recipient: str) -> None:
    assert recipient in _one(sentence, "ASSAULT")["recipient"]


def test_ground_taken_back_without_a_fight_names_no_target() -> None:
    """(a guard) without a fight after it, a party after مع is no target."""
    assert not _one("واستعاد الجيش السيطرة على البلدة بالتنسيق مع قوات بعثة الاتحاد الأفريقي.", "ASSAULT")["recipient"]


def test_ambush_laid_by_gunmen_for_a_patrol_hits_the_patrols_owner() -> None:
    """"كمين نصبه مسلحون لدورية تابعة لـX": unnamed gunmen laid it; X, whose patrol it was for, was hit."""
    ev = _one("قُتل ثلاثة عناصر وأصيب آخران، مساء أمس، في كمين نصبه مسلحون لدورية تابعة لقيادة الأمن الداخلي في "
              "محافظة درعا على طريق بلدة نوى.", "ASSAULT")
    assert ev["recipient"] == ["قيادة الأمن الداخلي في محافظة درعا"] and not ev["actor"], ev


@pytest.mark.parametrize("sentence,actor", [
    # (a guard) gunmen who belong to a group: the group laid it
    ("قُتل جنديان في هجوم شنّه مسلحون تابعون لتنظيم داعش على نقطة عسكرية قرب الحدود.", "تنظيم داعش"),
    # (a guard) a weapon that belongs to a body, after ب: the body fired it
    ("قُتل شاب بقصف من طائرة مسيّرة تابعة للجيش الإسرائيلي على بلدة حولا.", "جيش الدفاع الإسرائيلي"),
])
def test_party_owning_the_attackers_still_acts(sentence: str, actor: str) -> None:
    assert actor in _one(sentence, "ASSAULT")["actor"]


@pytest.mark.parametrize("sentence", [
    # past the attack's own relative verb
    "وشهدت المنطقة هجوماً بعبوة ناسفة استهدف عجلة للشرطة، تبنّاه تنظيم داعش في حينه.",
    # and a claim joined by و after the toll
    "وكانت المدينة قد شهدت هجوماً بعبوة ناسفة استهدف دورية، وأسفر عن إصابة ثلاثة منتسبين، وتبنّاه تنظيم داعش.",
])
def test_claim_after_the_attacks_own_verb(sentence: str) -> None:
    assert _one(sentence, "ASSAULT")["actor"] == ["تنظيم داعش"]


@pytest.mark.parametrize("sentence", [
    # a pilgrimage to a shrine
    "أعلنت قيادة عمليات النجف الشروع بتنفيذ الخطة الأمنية الخاصة بزيارة الأربعين.",
    "أعلنت قيادة عمليات النجف، اليوم، الشروع بتنفيذ الخطة الأمنية الخاصة بزيارة ذكرى وفاة الإمام، التي تبلغ "
    "ذروتها يوم الجمعة المقبل.",
    # a city that receives pilgrims
    "وتستقبل النجف في مثل هذه المناسبات مئات آلاف الزائرين من داخل العراق وخارجه.",
])
def test_pilgrims_are_no_official_visit(sentence: str) -> None:
    assert not [e for e in _events(sentence)[1] if e["type"] == "CONSULT"]


def test_an_official_visit_is_still_one() -> None:
    """(a guard) a minister's visit, and a guest received."""
    assert _one("وبدأ وزير الخارجية الأردني أيمن الصفدي زيارة رسمية إلى بغداد.", "CONSULT")["mode"] == "visit"
    assert _one("واستقبل الرئيس العراقي وزير الخارجية الأردني في بغداد.", "CONSULT")


@pytest.mark.parametrize("sentence,actor,recipient", [
    # a party that coordinates with another cooperates with it; a capital right after the verb is its government
    ("وتنسق دمشق مع التحالف الدولي منذ انضمامها إليه أواخر العام الماضي.", "دمشق", "التحالف الدولي"),
    ("ونسّقت الحكومة العراقية مع التحالف الدولي في مجريات التحقيق.", "الحكومة العراقية", "التحالف الدولي"),
])
def test_coordinating_with_a_party_is_cooperation(sentence: str, actor: str, recipient: str) -> None:
    ev = _one(sentence, "COOPERATE")
    assert ev["actor"] == [actor] and ev["recipient"] == [recipient], ev


def test_a_capital_welcoming_is_its_government() -> None:
    ev = _one("ورحبت بغداد بقرار مجلس الأمن.", "SUPPORT")
    assert ev["actor"] == ["بغداد"] and "بغداد" not in ev["recipient"], ev


def test_in_coordination_with_is_no_cooperation_of_its_own() -> None:
    """(a guard) the manner phrase بالتنسيق مع says how another act was done."""
    evs = _events("واستعاد الجيش السيطرة على البلدة بالتنسيق مع قوات بعثة الاتحاد الأفريقي.")[1]
    assert not [e for e in evs if e["type"] == "COOPERATE"], evs


@pytest.mark.parametrize("sentence,typ", [
    # what an act aims at that is no target: a people's security
    ("ووصف المحافظ الهجوم بأنه «عمل جبان يستهدف أمن السوريين واستقرارهم».", "ASSAULT"),
    # the wounded taken to a hospital (المشفى, the Levantine word) are no force moved
    ("وقال المتحدث باسم الوزارة، العقيد سامر الحمدان، في تصريح نقلته الوكالة العربية السورية للأنباء (سانا)، إن "
     "المهاجمين «استهدفوا الحافلة بعبوة ناسفة»، مشيراً إلى أن الجرحى نُقلوا إلى المشفى الوطني في حمص.", "MOBILIZE"),
    # spreading chaos is no deployment
    ("رام الله – واتهم الناطق باسم الأجهزة الأمنية جهات خارجية بتمويل المسلحين بهدف نشر الفوضى في المخيم.",
     "MOBILIZE"),
    # (a guard) a reception centre is a place, no visit received (the false visit came only in a whole article)
    ("القضارف – وقال مدير المعتمدية إن مركز الاستقبال في القلابات يؤوي حالياً أكثر من 5 آلاف شخص.", "CONSULT"),
    # people carried somewhere, told by the pronoun on the noun, are no force moved
    ("العيون – أنقذت وحدة تابعة للبحرية الملكية 40 مهاجراً، تلقوا الإسعافات الأولية على متن الوحدة قبل نقلهم إلى "
     "ميناء طرفاية.", "MOBILIZE"),
    # a recording published is no deployment
    ("في المقابل، نفى المتحدث باسم الكتيبة، سالم المحروق، في تسجيل مصور نشره على «فيسبوك»، هذه الاتهامات.",
     "MOBILIZE"),
    # a weekly tally published
    ("في المقابل، نشرت وزارة الدفاع الوطني الجزائرية، أمس الأحد، حصيلة أسبوعية قالت فيها إن مفارز للجيش أوقفت 17 "
     "مهرباً.", "MOBILIZE"),
    # the Maghrebi judicial inquiry is no talk, and who oversees it is no party to one
    ("وتجري المصالح الأمنية بحثاً قضائياً تحت إشراف النيابة العامة.", "CONSULT"),
    # … nor the inquiry under way told by the article and its relative clause
    ("الداخلة – اعترضت وحدة تابعة للبحرية الملكية قارباً. وفي إطار البحث الذي باشرته المصالح الأمنية تحت إشراف "
     "النيابة العامة المختصة، أوقفت عناصر الشرطة القضائية بالداخلة وسيطين.", "CONSULT"),
])
def test_no_event_of_that_type(sentence: str, typ: str) -> None:
    assert not [e for e in _events(sentence)[1] if e["type"] == typ]



@pytest.mark.parametrize("sentence,kept", [
    # "احتجاجاً على" after a protest tells its purpose: one protest, not two
    ("العقبة – الغد\nدخل إضراب مئات العاملين في ميناء العقبة يومه الثالث اليوم الثلاثاء، احتجاجاً على عدم صرف "
     "الزيادة على الأجور التي أُقرّت مطلع العام الحالي.", "PROTEST"),
    # and after a sanction: that act's purpose
    ("الجزائر – «الخبر»\nقررت الجزائر، أمس الثلاثاء، استدعاء سفيرها لدى غانا \"للتشاور بشكل فوري\"، احتجاجاً على "
     "إعلان أكرا دعمها لمخطط الحكم الذاتي المغربي في الصحراء الغربية.", "SANCTION"),
])
def test_a_protest_of_purpose_is_no_protest_of_its_own(sentence: str, kept: str) -> None:
    evs = _events(sentence)[1]
    assert [e["type"] for e in evs].count("PROTEST") == (kept == "PROTEST") and any(e["type"] == kept for e in evs), evs


@pytest.mark.parametrize("sentence", [
    # a minister's name set off by commas after his title and the government he serves
    "واتهم وزير الخارجية في الحكومة السودانية، خالد الإعيسر، الإمارات بتسليح قوات الدعم السريع.",
    # and past a statement phrase after it
    "من جهته، اتهم وزير الإعلام في الحكومة السودانية، خالد الإعيسر، في منشور على منصة «إكس»، الإمارات "
    "بـ«مواصلة تسليح قوات الدعم السريع».",
])
def test_accuser_named_after_his_title_and_government(sentence: str) -> None:
    ev = _one(sentence, "ACCUSE")
    assert ev["actor"] == ["خالد الإعيسر"] and ev["recipient"] == ["الإمارات"], ev


def test_a_state_after_a_title_is_no_persons_name() -> None:
    """"اتهم الوزير إيران": the state accused, not a man called Iran."""
    assert _one("من جهته، اتهم الوزير إيران بتهريب الأسلحة.", "ACCUSE")["recipient"] == ["إيران"]


def test_a_summit_between_states_is_a_multilateral_meeting() -> None:
    ev = _one("وعُقدت في الرياض أمس القمة الثلاثية بين السعودية والأردن والعراق.", "CONSULT")
    assert ev["mode"] == "multilateral", ev


def test_a_mountain_top_is_no_summit() -> None:
    """(a guard) قمة جبل: the top of a mountain."""
    evs = _events("وأنشأ الجيش التركي ثلاث نقاط عسكرية جديدة على قمة جبل متين في قضاء العمادية.")[1]
    assert not [e for e in evs if e["type"] == "CONSULT"], evs


def test_the_host_capital_of_a_summit_takes_part_and_is_its_place() -> None:
    """"تستضيف القاهرة … قمة …، في مسعى لوقف الحرب المستمرة في البلاد": the host first, not the war's country."""
    ev = _one("تستضيف القاهرة، يوم الخميس المقبل، قمة لدول جوار السودان بمشاركة رؤساء وممثلي سبع دول، في مسعى "
              "جديد لوقف الحرب المستمرة في البلاد منذ أبريل 2023.", "CONSULT")
    assert ev["actor"] == ["القاهرة"] and ev["location"][0] == "القاهرة", ev


def test_the_owner_of_a_site_struck_is_no_doer_of_its_toll() -> None:
    """"إن القصف على مستودع الأونروا أدى إلى مقتل اثنين من موظفيها": the agency whose store was hit killed nobody."""
    evs = _events("من جهتها، قالت الأونروا في بيان إن القصف على مستودع الأونروا في دير البلح أدى إلى مقتل اثنين "
                  "من موظفيها.")[1]
    assert evs and not [e for e in evs if "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين" in e["actor"]], evs


def test_the_owner_of_a_site_seized_is_no_doer_of_what_followed() -> None:
    """"وسيطرت قوات X على معسكرات المنطقة العسكرية الأولى …، ما فجّر اشتباكات": X, not the camps' owner."""
    evs = _events("وسيطرت قوات المجلس الانتقالي الجنوبي على معسكرات المنطقة العسكرية الأولى في سيئون، ما فجّر "
                  "اشتباكات مع مسلحي حلف قبائل حضرموت.")[1]
    assert evs and all("المنطقة العسكرية الأولى" not in e["actor"] for e in evs), evs


def test_another_attack_of_the_kind_is_the_same_doers() -> None:
    evs = [e for e in _events("استشهد ثمانية فلسطينيين، فجر اليوم الثلاثاء، في غارة شنها الجيش الإسرائيلي على خيام تؤوي "
                              "نازحين في مخيم المواصي غربي مدينة خان يونس، وذلك بعد ساعات من غارة أخرى طالت مستودعاً "
                              "تابعاً لبرنامج الأغذية العالمي في المدينة نفسها مساء أمس الاثنين.")[1]
           if e["type"] == "ASSAULT"]
    assert len(evs) == 2 and all(e["actor"] == ["جيش الدفاع الإسرائيلي"] for e in evs), evs


def test_a_force_in_the_genitive_before_its_object_did_it() -> None:
    """"احتجاز البحرية الإيرانية سفينة حاويات": the navy seized, the ship was seized."""
    ev = _one("ويأتي ذلك بعد احتجاز البحرية الإيرانية سفينة حاويات قرب مضيق هرمز الشهر الماضي.", "COERCE")
    assert ev["actor"] == ["البحرية الإيرانية"] and not ev["recipient"], ev


def test_a_mediator_is_no_party_to_a_release() -> None:
    """"قبل أن يُفرج عنه … بوساطة من «اليونيفيل»": the mediator neither freed him nor was freed."""
    ev = _one("وكان زورق إسرائيلي قد اقتاد في تموز الماضي صياداً من بلدة الناقورة إلى داخل الأراضي المحتلة، قبل أن يُفرج "
              "عنه بعد يومين عبر معبر رأس الناقورة بوساطة من «اليونيفيل».", "RETREAT")
    assert not ev["actor"] and not ev["recipient"], ev


def test_a_place_in_what_is_discussed_is_not_where_the_talks_are() -> None:
    """"مباحثات … بشأن تثبيت وقف إطلاق النار في قطاع غزة": Gaza is the topic, not the venue."""
    ev = _one("استضافت الدوحة، اليوم الخميس، جولة جديدة من المباحثات غير المباشرة بشأن تثبيت وقف إطلاق النار في "
              "قطاع غزة، بمشاركة وفد من حركة حماس ووفد أمني إسرائيلي.", "CONSULT")
    assert "قطاع غزة" not in ev["location"], ev


@pytest.mark.parametrize("sentence,where", [
    # the place of the topic, after لبحث, is not where they met (nor a third party's: no mediation)
    ("والتقى وزير الخارجية المصري بدر عبد العاطي نظيره السعودي فيصل بن فرحان لبحث الأوضاع الأمنية في السودان.", []),
    ("وعقد وزراء خارجية دول الجوار اجتماعاً في القاهرة لبحث تطورات الحرب في السودان.", ["القاهرة"]),
])
def test_the_topic_of_a_meeting_is_not_its_place(sentence: str, where: list[str]) -> None:
    evs = [e for e in _events(sentence)[1] if e["type"] == "CONSULT"]
    assert len(evs) == 1 and evs[0]["location"] == where and evs[0]["mode"] is None, evs


@pytest.mark.parametrize("sentence,actor,recipient", [
    # a place named back by its kind between the subject and the object does not part them
    ("فيما اتهمت السلطة المحلية في المحافظة جماعة الحوثي بإطلاق القذائف من مواقعها.", "السلطة المحلية", "الحوثيون"),
    ("واتهمت الشرطة في المدينة جماعة الحوثي بزرع العبوة.", "الشرطة", "الحوثيون"),
    # (a guard) a preposition with no place still parts them: "في بيان" is no place
    ("واتهمت الشرطة في بيان الحوثيين بزرع العبوة.", "الشرطة", "الحوثيون"),
])
def test_a_place_named_back_between_subject_and_object(sentence: str, actor: str, recipient: str) -> None:
    ev = _one(sentence, "ACCUSE")
    assert ev["actor"] == [actor] and ev["recipient"] == [recipient], ev


@pytest.mark.parametrize("sentence,typ", [
    # an unnamed noun after إنّ is the verb's subject; the titled person after the verb is the one met
    ("وقال أحد وجهاء المدينة إن وفداً من الوجهاء سيلتقي محافظ إدلب محمد عبد الرحمن غداً الخميس.", "CONSULT"),
    ("وقال مصدر إن وفداً من الوجهاء التقى محافظ إدلب محمد عبد الرحمن أمس.", "CONSULT"),
])
def test_an_unnamed_subject_after_inna_leaves_the_titled_person_the_object(sentence: str, typ: str) -> None:
    ev = _one(sentence, typ)
    assert not ev["actor"] and ev["recipient"] == ["محمد عبد الرحمن"], ev


def test_a_titled_subject_right_after_the_verb_still_acts() -> None:
    """(a guard) "تفقد اللواء خالد مجاور، محافظ شمال سيناء، …": no أنّ before; the titled person visits."""
    ev = _one("تفقد اللواء خالد مجاور، محافظ شمال سيناء، أمس الثلاثاء، عدداً من المشروعات في مدينة العريش.", "CONSULT")
    assert ev["actor"] == ["خالد مجاور"], ev


def test_the_toll_of_an_operation_is_the_work_of_the_force_that_opened_the_sentence() -> None:
    """"أحبطت القوات المسلحة الأردنية محاولة تهريب …، وأسفرت العملية عن مقتل ثلاثة مهربين": the army killed them."""
    ev = _one("أحبطت القوات المسلحة الأردنية – الجيش العربي، فجر اليوم، محاولة تهريب مخدرات على الحدود مع سوريا، "
              "وأسفرت العملية عن مقتل ثلاثة مهربين والقبض على أربعة آخرين.", "ASSAULT")
    assert ev["actor"] == ["القوات المسلحة الأردنية"], ev


def test_the_toll_of_an_operation_opened_by_no_force_has_no_doer() -> None:
    """(a guard) "شهدت المدينة اشتباكات …، وأسفرت العملية عن مقتل …": a town opens the sentence, not a force."""
    ev = _one("شهدت مدينة الرمادي اشتباكات عنيفة، وأسفرت العملية عن مقتل ثلاثة مسلحين.", "ASSAULT")
    assert ev["actor"] != ["الرمادي"], ev


def test_a_spokesman_denies_his_bodys_act() -> None:
    """"نفى الناطق باسم الجيش الوطني الليبي … اعتقال": the army would have made the arrest, not its spokesman."""
    ev = _one("ونفى الناطق باسم الجيش الوطني الليبي اللواء أحمد المسماري اعتقال عدد من المعتصمين في ميناء الزويتينة.",
              "COERCE")
    assert ev["actor"] == ["الجيش الوطني الليبي"] and ev["status"] == "negated", ev


@pytest.mark.parametrize("sentence", [
    # a drone that flies over, with its state's adjective, is no march
    "فيما حلّقت مسيّرة إسرائيلية على علو منخفض فوق السهل وألقت قنبلة صوتية قرب تجمّع للأهالي.",
    "وأسقطت الدفاعات الجوية مسيرة معادية فوق المدينة وسط تجمع للأهالي.",
])
def test_a_drone_and_a_crowd_it_flies_near_are_no_protest(sentence: str) -> None:
    assert not [e for e in _events(sentence)[1] if e["type"] == "PROTEST"]


def test_a_march_of_residents_is_still_a_protest() -> None:
    """(a guard) "نظم الطلاب مسيرة": a march."""
    assert [e for e in _events("ونظم الطلاب مسيرة في العاصمة احتجاجاً على الغلاء.")[1] if e["type"] == "PROTEST"]


@pytest.mark.parametrize("sentence,actor,recipient", [
    # a body's support or solidarity, told by the noun with its pronoun, is support
    ("وأعلن الاتحاد الجهوي للشغل، في بيان أصدره مساء أمس، مساندته المطلقة لتحركات المعتصمين.", "الاتحاد الجهوي للشغل",
     "المعتصمين"),
    ("وأعربت الخارجية القطرية عن تضامنها الكامل مع الكويت.", "الخارجية القطرية", "الكويت"),
])
def test_support_told_by_a_noun_with_its_pronoun(sentence: str, actor: str, recipient: str) -> None:
    ev = _one(sentence, "SUPPORT")
    assert ev["actor"] == [actor] and ev["recipient"] == [recipient], ev


def test_backing_in_a_fight_is_no_support() -> None:
    """(a guard) "بمساندة الطيران": forces backed by aircraft, no one's declared support."""
    assert not [e for e in _events("وأطلقت القوات بمساندة الطيران حملة تمشيط واسعة في المنطقة.")[1] if e["type"] == "SUPPORT"]


def test_refusing_to_comment_is_no_rejection() -> None:
    """"وهو ما رفضت السفارة الأميركية في بغداد التعليق عليه": declining comment is a statement, not REJECT."""
    assert not [e for e in _events("واتهمت فصائل مسلحة واشنطن بالوقوف وراء الضربة، وهو ما رفضت السفارة الأميركية "
                                   "في بغداد التعليق عليه.")[1] if e["type"] == "REJECT"]


def test_without_doing_it_is_negated() -> None:
    """"من دون أن تحمّل طرفاً بعينه المسؤولية": the blame was not laid."""
    ev = _one("ودعت وزارة الخارجية العراقية إلى تحقيق يكشف الجهة المنفذة، من دون أن تحمّل طرفاً بعينه المسؤولية.",
              "ACCUSE")
    assert ev["status"] == "negated", ev


def test_indefinite_factions_of_a_state_are_a_party() -> None:
    """"اتهمت فصائل عراقية مسلحة … الولايات المتحدة": Iraqi factions accused."""
    ev = _one("فيما اتهمت فصائل عراقية مسلحة الولايات المتحدة بالوقوف وراء الضربة.", "ACCUSE")
    assert ev["actor"] == ["فصائل عراقية"], ev


def test_those_counted_after_a_storming_verb_stormed() -> None:
    """"اقتحم مئات الجنود الإسرائيليين بلدة حوارة": the soldiers stormed it; they were not seized."""
    ev = _one("واقتحم مئات الجنود الإسرائيليين بلدة حوارة جنوب نابلس فجر اليوم.", "COERCE")
    assert ev["actor"] == ["الجنود الإسرائيليين"] and not ev["recipient"], ev


@pytest.mark.parametrize("sentence,actor", [
    # the words inside a force's name right after the verb are no purpose that blocks it ("يستهدف دعم …")
    ("استهدفت قوات الدعم السريع، فجر أمس الاثنين، محطة مارنجان للكهرباء في مدينة ود مدني بسرب من المسيّرات.",
     "قوات الدعم السريع"),
    ("واستهدفت وحدات حماية الشعب الكردية نقطة للجيش التركي قرب منبج.", "وحدات حماية الشعب"),
])
def test_a_force_named_after_the_verb_does_not_block_it(sentence: str, actor: str) -> None:
    ev = _one(sentence, "ASSAULT")
    assert ev["actor"] == [actor], ev


def test_what_an_attack_aims_to_support_still_blocks_it() -> None:
    """(a guard) "تستهدف دعم الاقتصاد": a purpose, no attack."""
    assert not [e for e in _events("وأطلقت الحكومة خطة تستهدف دعم الاقتصاد الوطني وتعزيز الاستثمار.")[1]
                if e["type"] == "ASSAULT"]


def test_the_national_army_reinforces_its_deployment() -> None:
    """"عززت وحدات من الجيش الوطني انتشارها حول المحطة" (Tunisia): the army is the one deploying."""
    ev = _one("أغلق محتجون صمام النفط في تطاوين بتونس. وفي الأثناء، عززت وحدات من الجيش الوطني انتشارها حول المحطة.",
              "MOBILIZE")
    assert ev["actor"] == ["الجيش الوطني"], ev


@pytest.mark.parametrize("sentence,actor", [
    # a force that reinforces its patrols or its presence deploys
    ("وعززت الشرطة العراقية دورياتها في محيط الأسواق الشعبية وسط بغداد.", "الشرطة العراقية"),
    ("وعزز الجيش اللبناني تواجده على الحدود الشمالية مع سوريا.", "الجيش اللبناني"),
])
def test_reinforced_patrols_or_presence_are_a_deployment(sentence: str, actor: str) -> None:
    ev = _one(sentence, "MOBILIZE")
    assert ev["actor"] == [actor], ev


def test_talks_held_by_phone_are_a_phone_call() -> None:
    """"بحث وزير الخارجية العراقي هاتفياً مع نظيره السوري": a call, not a meeting in person."""
    ev = _one("وبحث وزير الخارجية العراقي هاتفياً مع نظيره السوري، مساء أمس، تداعيات الحادث.", "CONSULT")
    assert ev["mode"] == "phone", ev


@pytest.mark.parametrize("sentence", [
    # asking the other side to reopen, hand over or lift is asking it to yield
    "ودعت وزارة الدفاع السورية الجانب العراقي إلى إعادة فتح المنفذ في أقرب وقت.",
    "وطالبت الحكومة العشائر بتسليم المطلوبين إلى القضاء.",
])
def test_asking_to_reopen_or_hand_over_is_asking_to_yield(sentence: str) -> None:
    assert _one(sentence, "REQUEST")["mode"] == "yield"


@pytest.mark.parametrize("sentence", [
    # an attack by gunmen, or with machine guns, with no heavier weapon told, is gunfire
    "قُتل ستة من عناصر الشرطة في هجوم شنّه مسلحون على مركز للشرطة في مدينة راسك.",
    "وهاجم مسلحون نقطة تفتيش للجيش بالأسلحة الرشاشة قرب الرطبة.",
])
def test_gunmen_attack_with_firearms(sentence: str) -> None:
    assert _one(sentence, "ASSAULT")["mode"] == "firearms"


def test_heavy_machine_guns_are_heavy_weapons() -> None:
    """(a guard) "رشاشات ثقيلة": heavy weapons, not small arms."""
    assert _one("وأطلق مسلحون النار من رشاشات ثقيلة على دورية للجيش قرب الرطبة.", "ASSAULT")["mode"] == "heavy-weapons"


def test_a_verb_joined_to_a_relative_clause_has_its_antecedent_for_subject() -> None:
    """"… إلى النيابة العامة، التي أمرت بحبسهم …، ووجهت إليهم تهم …": the prosecution charged them."""
    ev = _one("وأكدت وزارة الداخلية ضبط المتهمين وإحالتهم إلى النيابة العامة، التي أمرت مساء أمس بحبسهم أربعة أيام "
              "على ذمة التحقيقات، ووجهت إليهم تهم القتل العمد.", "ACCUSE")
    assert ev["actor"] == ["النيابة العامة"], ev


def test_a_verb_whose_gender_differs_from_the_relative_keeps_its_subject() -> None:
    """(a guard) "… إلى الجيش، الذي أعلن …، وطالبت …": a feminine verb does not go on الذي's clause."""
    ev = _one("وأحالت وزارة الداخلية الملف إلى الجيش، الذي أعلن فتح تحقيق، وطالبت بمحاسبة المهربين.", "REQUEST")
    assert ev["actor"] == ["وزارة الداخلية"], ev


@pytest.mark.parametrize("sentence,actor,recipient", [
    # a claim that ascribes its target to a side ("عنصرين في حزب الله"، "تابعاً لحركة حماس") alleges against it
    ("وزعم الجيش الإسرائيلي، في بيان، أن الغارة استهدفت «عنصرين في حزب الله كانا يعملان على إعادة بناء بنى تحتية».",
     "الإسرائيلي", "حزب الله"),
    ("في المقابل، زعم الجيش الإسرائيلي أنه استهدف \"مركز قيادة وسيطرة تابعاً لحركة حماس\" داخل المدرسة.",
     "الإسرائيلي", "حركة حماس"),
])
def test_a_claim_naming_the_side_of_its_target_is_an_allegation(sentence: str, actor: str, recipient: str) -> None:
    ev = _one(sentence, "ACCUSE")
    assert ev["mode"] == "allege" and actor in ev["actor"][0] and ev["recipient"] == [recipient], ev


def test_a_claim_of_ones_own_deed_is_no_allegation() -> None:
    """(a guard) "زعمت الحركة أنها قتلت عشرات الجنود من الجيش الصومالي": the side it says it hit is no one accused."""
    _, evs = _events("وزعمت حركة الشباب أنها قتلت عشرات الجنود من الجيش الصومالي.")
    assert not [e for e in evs if e["type"] == "ACCUSE"], evs


def test_charges_laid_past_a_count_of_the_accused() -> None:
    ev = _one("من جهتها، وجّهت النيابة العامة إلى المتهمين السبعة تهم الانضمام إلى جماعة محظورة.", "ACCUSE")
    assert ev["actor"] == ["النيابة العامة"], ev


def test_a_plural_participle_accuses_for_its_clause() -> None:
    ev = _one("وتظاهر أنصار حزب الأمة أمام البرلمان، متهمين الحكومة بتزوير الانتخابات.", "ACCUSE")
    assert ev["actor"] == ["حزب الأمة"] and ev["recipient"] == ["الحكومة"], ev


def test_the_accused_after_a_comma_accuse_no_one() -> None:
    """(a guard) "…، متهمين بالانتماء": the plural participle with its charge right after it is the accused."""
    _, evs = _events("اعتقلت الشرطة خمسة أشخاص، متهمين بالانتماء إلى تنظيم داعش.")
    assert not [e for e in evs if e["type"] == "ACCUSE"], evs


def test_support_declared_with_the_pronoun_of_its_giver() -> None:
    ev = _one("أعلنت الحكومة دعمها الكامل للجيش اللبناني.", "SUPPORT")
    assert ev["actor"] == ["الحكومة"] and ev["recipient"] == ["الجيش اللبناني"], ev


def test_material_backing_is_no_declared_support() -> None:
    """(a guard) "دعمها العسكري لأوكرانيا": arms and money given, not an endorsement."""
    _, evs = _events("وأكدت واشنطن استمرار دعمها العسكري لأوكرانيا.")
    assert not [e for e in evs if e["type"] == "SUPPORT"], evs


def test_where_the_target_was_heading_is_not_where_it_was_hit() -> None:
    _, evs = _events("هاجم مسلحون مجهولون قافلة صهاريج كانت متجهة إلى الأردن.")
    hits = [e for e in evs if e["type"] == "ASSAULT"]
    assert hits and "الأردن" not in hits[0]["location"], evs


def test_a_rescue_is_relief() -> None:
    ev = _one("أنقذت شرطة خفر السواحل العُمانية 21 بحاراً قبالة ساحل صحار.", "AID")
    assert ev["mode"] == "humanitarian" and ev["actor"] and "خفر السواحل" in ev["actor"][0], ev


def test_search_and_rescue_is_no_talk() -> None:
    """"تمرين مشترك للبحث والإنقاذ مطلع العام المقبل": search and rescue, not talks; the drill keeps its date."""
    _, evs = _events("واتفقت إيران وقطر على إنشاء خط اتصال مباشر بين مركزي الإنقاذ، وعلى إجراء تمرين مشترك للبحث "
                     "والإنقاذ مطلع العام المقبل.")
    drills = [e for e in evs if e["type"] == "COOPERATE"]
    assert drills and drills[0]["status"] == "planned" and not [e for e in evs if e["type"] == "CONSULT"], evs


def test_an_act_told_after_the_story_reached_today_is_of_today() -> None:
    """A lead told of yesterday dates what follows it, until a later act is told of today: what comes after
    that ("واتفقت …") happened today too."""
    rec = extract("اعتقلت الشرطة القطرية، أمس الخميس، خمسة مهربين في ميناء الدوحة. وفي سياق متصل، عقد وزيرا خارجية "
                  "إيران وقطر، اليوم الجمعة، اجتماعاً في الدوحة. واتفقت إيران وقطر على إنشاء خط اتصال مباشر.",
                  published=PUBLISHED)
    agreed = [v for v in rec.events if v.type == "AGREE"]
    assert agreed and agreed[0].date == PUBLISHED, rec.events


def test_members_of_a_body_taken_are_people_arrested() -> None:
    """"أوقفت الشرطة، مساء أمس، خمسة أعضاء في النقابة": members are people, so the stop is an arrest."""
    ev = _one("وأوقفت الشرطة، مساء أمس، خمسة أعضاء في النقابة.", "COERCE")
    assert ev["mode"] == "arrest" and ev["actor"] == ["الشرطة"], ev


def test_a_meeting_held_past_its_holders_name_and_a_time() -> None:
    """"وعقد والي مدنين، سعيد بن عمر، صباح أمس جلسة عمل بمقر معتمدية بن قردان": held by the governor, in the
    seat of the town's delegation; "عمل" is the session's genitive (work), no verb of its own."""
    ev = _one("وعقد والي مدنين، سعيد بن عمر، صباح أمس جلسة عمل بمقر معتمدية بن قردان مع ممثلين عن المحتجين.", "CONSULT")
    assert ev["actor"] == ["سعيد بن عمر"] and "بن قردان" in ev["location"], ev


def test_the_seat_of_a_body_met_at_is_no_party() -> None:
    """(a guard) "اجتماعاً بمقر القيادة العامة في الرجمة": the command's seat is where they met, not whom."""
    ev = _one("عقد رئيس الأركان خالد حفتر، أمس الاثنين، اجتماعاً بمقر القيادة العامة في منطقة الرجمة مع وفد عسكري مصري.",
              "CONSULT")
    assert "القيادة العامة" not in " ".join(ev["recipient"] + ev["actor"]), ev


def test_a_verb_joined_inside_a_quotation_keeps_the_quoted_clauses_subject() -> None:
    """"مضيفاً أن القوات «تتابع …، وسترد بحزم …»": the comma inside the quotation closes no clause; the forces
    threaten, not the source who reports them."""
    ev = _one("غير أن مصدراً عسكرياً في الجيش المغربي نفى هذه الرواية، مضيفاً أن القوات المسلحة الملكية «تتابع عن كثب "
              "تحركات عناصر الجبهة شرق الجدار، وسترد بحزم على أي استفزاز».", "THREATEN")
    assert ev["actor"] == ["القوات المسلحة الملكية"], ev


def test_the_city_a_government_sits_in_is_not_the_one_accused() -> None:
    """"طالب الوزير الحكومة الفيدرالية في مقديشو بـ…، متهماً إياها بـ…": إياها is the government, not its seat."""
    ev = _one("وطالب وزير الأمن عبد الرزاق محمود فارح الحكومة الفيدرالية الصومالية في مقديشو بتقديم الدعم العسكري، "
              "متهماً إياها بتجاهل المعركة.", "ACCUSE")
    assert ev["recipient"] == ["الحكومة الفيدرالية الصومالية"], ev


def test_a_chemical_attack_is_unconventional() -> None:
    ev = _one("وتحمل حلبجة ذكرى القصف الكيميائي الذي نفذه النظام العراقي السابق في 16 آذار 1988 وأودى بحياة نحو خمسة "
              "آلاف مدني.", "ASSAULT")
    assert ev["mode"] == "unconventional", ev


@pytest.mark.parametrize("sentence,first,second", [
    # "أفراد من الطرفين": the pair named with بين before, in the sentence
    ("وقال مصدر أمني إن خلافاً قديماً تجدّد بين عائلتي الحناشات والدراوشة، وتبادل أفراد من الطرفين إطلاق النار "
     "بالأسلحة الآلية.", "الحناشات", "الدراوشة"),
    # "بين العشيرتين": the two clans named last
    ("اندلع نزاع بين عشيرتي البو جاسم والحياليين في ناحية أبي صيدا. وقالت الشرطة إن خلافاً على المياه بين العشيرتين "
     "تطور إلى تبادل لإطلاق النار.", "البو جاسم", "الحياليين"),
])
def test_the_two_sides_are_the_families_named(sentence: str, first: str, second: str) -> None:
    _, evs = _events(sentence)
    fire = [e for e in evs if e["type"] == "ASSAULT" and set(e["actor"]) == {first, second}]
    assert fire, evs


def test_a_participle_after_a_quotation_takes_no_name_from_inside_it() -> None:
    """"إن ابنها «طالب جامعي لا علاقة له بأي جماعة مسلحة»، متهمةً الأجهزة الأمنية …": the armed group quoted
    accuses no one."""
    _, evs = _events("وقالت والدة أحد الموقوفين لشفق نيوز إن ابنها «طالب جامعي لا علاقة له بأي جماعة مسلحة»، متهمة "
                     "الأجهزة الأمنية باعتقاله «من دون مذكرة قضائية».")
    assert not [e for e in evs if e["type"] == "ACCUSE" and "جماعة مسلحة" in e["actor"]], evs


def test_in_a_critical_state_is_no_condition() -> None:
    """"الجرحى في حالة حرجة": a state, not "في حال" (if); the clashes told after it happened."""
    _, evs = _events("وأفاد مصدر طبي بأن المستشفى استقبل عدداً من الجرحى في حالة حرجة، فيما قال شهود عيان إن المواجهات "
                     "اندلعت بين «كتيبة الساحل» و«سرية النصر» إثر خلاف على بوابة أمنية.")
    fights = [e for e in evs if e["type"] == "ASSAULT"]
    assert fights and fights[0]["status"] == "occurred", evs


def test_the_two_groups_are_the_armed_groups_named_not_the_state() -> None:
    _, evs = _events("قال شهود عيان إن المواجهات اندلعت بين «كتيبة الساحل» و«سرية النصر» في المدينة. وأعلنت وزارة الدفاع "
                     "إرسال قوة عسكرية إلى المدينة، مؤكدة أن القوة ستتمركز في النقاط التي ستُخليها المجموعتان.")
    left = [e for e in evs if e["type"] == "RETREAT"]
    assert left and set(left[0]["actor"]) == {"كتيبة الساحل", "سرية النصر"}, evs


@pytest.mark.parametrize("sentence", [
    "وقال المتحدث باسم الحكومة إن الحكومة ملتزمة بالاتفاق مع واشنطن ولن تسمح بأي خرق.",
    "وأكد المسؤول أن عملية الخفض تجري وفق الاتفاق مع واشنطن.",
])
def test_an_accord_kept_to_or_followed_is_in_force_not_reached(sentence: str) -> None:
    """"ملتزمة بالاتفاق"، "وفق الاتفاق": an accord already in force, no new accord."""
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_a_road_blocked_with_stones_and_tyres_far_after_the_verb_is_a_protest() -> None:
    """"أغلقت مجموعة من الشبان الطريق الوطنية رقم 1 المؤدية إلى معبر رأس جدير الحدودي مع ليبيا بالحجارة والإطارات
    المشتعلة": the tyres told past a long name of the road still make it a protest, no closure by an authority."""
    _, evs = _events("وأغلقت مجموعة من الشبان الطريق الوطنية رقم 1 المؤدية إلى معبر رأس جدير الحدودي مع ليبيا بالحجارة "
                     "والإطارات المشتعلة.")
    assert [e for e in evs if e["type"] == "PROTEST" and e["mode"] == "obstruct"] \
        and not [e for e in evs if e["type"] == "COERCE"], evs


@pytest.mark.parametrize("sentence,actor,recipient", [
    # praise of a party's role or effort: support for the party named with it
    ("وأصدرت مطرانية سوهاج بياناً ثمنت فيه سرعة تحرك الأجهزة الأمنية المصرية.", "مطرانية سوهاج", "الأجهزة الأمنية المصرية"),
    ("وقالت الوزيرة التونسية إن الحكومة التونسية تثمن عالياً مواقف الجزائر الداعمة لتونس.", None, "الجزائر"),
])
def test_praise_of_a_role_or_an_effort_is_support(sentence: str, actor: str | None, recipient: str) -> None:
    ev = _one(sentence, "SUPPORT")
    assert ev["recipient"] == [recipient] and (actor is None or ev["actor"] == [actor]), ev


@pytest.mark.parametrize("sentence", [
    "وقال عميد البلدية إن «المدينة دفعت ثمناً باهظاً لانتشار السلاح».",
    "محذراً من أن أي فراغ أمني سيدفع ثمنه الإيزيديون أولاً.",
    # past the payer between the verb and the price
    "وقال إنه لن يقبل أن يدفع المواطن ثمن صراع المسلحين مع الدولة.",
    "وقال سالم الفرجاني، أحد منسقي الاعتصام، لـ«صوت الجنوب» إن «العامل في المنجم لا يجد ثمن الدواء لأطفاله».",
    "وقال سالم الفرجاني، أحد منسقي الاعتصام، لـ«صوت الجنوب» إن «مئات العائلات لا يملكون ثمن الخبز».",
])
def test_a_price_paid_is_no_praise(sentence: str) -> None:
    """"دفعت ثمناً باهظاً"، "سيدفع ثمنه"، "لا يجد ثمن الدواء": the price paid, found or owned, not ثمّن (praised)."""
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "SUPPORT"], evs


def test_the_sides_signing_a_document_are_the_clans_at_odds() -> None:
    """"اندلع نزاع بين عشيرتي X وY … انتهى بتوقيع الطرفين وثيقة «عطوة»": a document signed is an accord, and the two
    sides are the two clans."""
    _, evs = _events("اندلع نزاع مسلح بين عشيرتي البو غنام وآل شريف في ناحية كميت. وعقد المحافظ اجتماعاً مع شيوخ "
                     "العشيرتين، انتهى بتوقيع الطرفين وثيقة «عطوة» عشائرية لمدة ثلاثة أشهر.")
    signed = [e for e in evs if e["type"] == "AGREE"]
    assert signed and set(signed[0]["actor"]) == {"البو غنام", "آل شريف"}, evs


def test_sentences_passed_on_the_accused_are_a_conviction() -> None:
    ev = _one("وأصدرت محكمة أمن الدولة لاحقاً أحكاماً بحق متهمين بتقديم الدعم للخلية.", "SANCTION")
    assert ev["mode"] == "convict" and ev["actor"] == ["محكمة أمن الدولة"], ev


def test_an_accord_signed_by_the_genitive_of_the_signing() -> None:
    """"مع توقيع وزير الداخلية الموريتاني محمد الأمين ولد أحمدو ونظيره الإسباني …، أمس …، في نواكشوط، اتفاقية
    تعاون": who signed, named after توقيع, past a time and a place, made the accord."""
    ev = _one("وتزامنت العملية مع توقيع وزير الداخلية الموريتاني محمد الأمين ولد أحمدو ونظيره الإسباني خابيير مورينو، "
              "أمس الاثنين 23 نوفمبر، في نواكشوط، اتفاقية تعاون جديدة لمكافحة الهجرة غير النظامية.", "AGREE")
    assert "محمد الأمين ولد أحمدو" in ev["actor"], ev


def test_a_name_in_quotation_marks_still_acts_for_a_participle() -> None:
    """(a guard) "تحرك مناصري «تيار المستقبل» في طرابلس، احتجاجاً على …": a name set in «» is no quoted speech."""
    ev = _one("واحتجاجات في عدد من المدن، بدأت مع تحرك مناصري «تيار المستقبل» في طرابلس، احتجاجاً على ترشيح الرئيس "
              "نجيب ميقاتي.", "PROTEST")
    assert "تيار المستقبل" in ev["actor"], ev


@pytest.mark.parametrize("sentence,owner", [
    ("تعرضت دورية تابعة للجيش العراقي، مساء أمس، لهجوم بعبوة ناسفة قرب الرمادي.", "الجيش العراقي"),
    ("وقالت مصادر أمنية إن رتلاً للدعم اللوجستي تابعاً لقوات التحالف الدولي تعرّض، مساء أمس، لهجوم بصواريخ "
     "كاتيوشا قرب ناحية البغدادي.", "التحالف الدولي"),
    ("تعرضت قوة من الجيش اللبناني لإطلاق نار قرب الحدود.", "الجيش اللبناني"),
])
def test_the_body_owning_a_unit_attacked_is_hit(sentence: str, owner: str) -> None:
    """"تعرضت دورية تابعة للجيش العراقي لهجوم": the body a unit belongs to (past تابع and a word describing the
    unit) underwent the attack; it is not its doer."""
    ev = _one(sentence, "ASSAULT")
    assert owner in ev["recipient"] and owner not in ev["actor"], ev


def test_an_attack_repelled_past_the_defenders_name_and_a_time() -> None:
    """"صدّت قوات الجيش الوطني، فجر اليوم الأحد، هجوماً شنّته جماعة الحوثيين": the defence is found past a long
    name and a time, and those the attack was on are the defenders."""
    _, evs = _events("صدّت قوات الجيش الوطني اليمني، فجر اليوم الأحد، هجوماً واسعاً شنّته جماعة الحوثيين على "
                     "مواقعها في جبهة الكسارة.")
    attack = [e for e in evs if e["type"] == "ASSAULT" and "الحوثيون" in e["actor"]]
    assert attack and attack[0]["recipient"] == ["الجيش الوطني اليمني"], evs


@pytest.mark.parametrize("sentence,typ,actor", [
    ("كثّفت قوات الدعم السريع هجماتها على مدينة الفاشر.", "ASSAULT", "قوات الدعم السريع"),
    ("شدّدت قوات الدعم السريع، خلال الأيام الماضية، حصارها على مدينة الدلنج.", "COERCE", "قوات الدعم السريع"),
    ("صعّد الجيش السوداني غاراته على مواقع الدعم السريع في نيالا.", "ASSAULT", "الجيش السوداني"),
])
def test_an_act_stepped_up_is_its_subjects(sentence: str, typ: str, actor: str) -> None:
    """"كثّفت قوات الدعم السريع هجماتها": the noun's pronoun is the subject of the verb of stepping up (كثّف، شدّد،
    صعّد، واصل …) named before it, past a time set off by commas; told by that verb, it is an occasion."""
    ev = _one(sentence, typ)
    assert ev["actor"] == [actor], ev


def test_stepping_up_an_attack_on_a_party_is_criticism_when_no_force_does_it() -> None:
    """(a guard) "صعّد الرئيس هجومه على المعارضة": words, not an attack; only an armed body's is one."""
    _, evs = _events("صعّد الرئيس التونسي هجومه على المعارضة.")
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


def test_an_incident_noun_is_no_cue_of_status() -> None:
    """"في واقعة إطلاق النار": واقعة (an incident) ends in ta marbuta; it is no "واقع" + a pronoun telling
    something under way, and the arrest told by the past verb happened."""
    ev = _one("ألقت الشرطة القبض على 4 متهمين في واقعة إطلاق النار.", "COERCE")
    assert ev["status"] == "occurred", ev


def test_a_participle_after_a_participle_of_denial_is_not_denied() -> None:
    """"نافياً حصول أي توغل، ومتهماً «حزب الله» …، ومتوعداً …": the denial reaches what it governs, not the
    participles joined after a comma."""
    _, evs = _events("وقال المتحدث باسم الجيش الإسرائيلي إن قواته تنفذ أعمالاً هندسية، نافياً حصول أي توغل، "
                     "ومتهماً حزب الله بمحاولة إعادة بناء مواقع له، ومتوعداً بالتحرك بقوة.")
    accused = [e for e in evs if e["type"] == "ACCUSE"]
    assert accused and accused[0]["status"] == "occurred", evs


def test_who_proceeded_to_an_act_did_it() -> None:
    """"أقدم العشرات من سكان المدينة، صبيحة أمس، على غلق الطريق": the subject of أقدم, named outright or counted
    (عشرات، مئات … then من), did the act after على."""
    ev = _one("أقدم العشرات من سكان مدينة عزازقة، صبيحة أمس الاثنين، على غلق الطريق الوطني بالحجارة والعجلات "
              "المطاطية المشتعلة، احتجاجاً على انقطاع المياه.", "PROTEST")
    assert ev["actor"] == ["سكان مدينة عزازقة"], ev


def test_evacuating_people_is_aid_to_them() -> None:
    """"أخلت فرق الدفاع المدني عشرات الأسر"، "طلعة لإخلاء أسر حاصرتها المياه": evacuating people is relief,
    as PLOVER codes "U.N. helicopters evacuated the wounded"; evacuating a site stays a withdrawal."""
    ev = _one("أخلت قوات الدفاع المدني عشرات الأسر من الحي بعد ارتفاع منسوب المياه.", "AID")
    assert ev["actor"] == ["قوات الدفاع المدني"], ev
    _, evs = _events("أخلت القوات الأمريكية قاعدة عين الأسد أمس.")
    assert [e for e in evs if e["type"] == "RETREAT"] and not [e for e in evs if e["type"] == "AID"], evs


def test_trucks_loaded_with_relief_sent_past_an_aside() -> None:
    """"سيّرت الهيئة، بالتعاون مع وزارة التنمية الاجتماعية، 25 شاحنة محمّلة بالمواد الغذائية": trucks carrying
    relief are aid, sent by the subject of the light verb past the aside."""
    ev = _one("سيّرت الهيئة العُمانية للأعمال الخيرية، بالتعاون مع وزارة التنمية الاجتماعية، 25 شاحنة محمّلة بالمواد "
              "الغذائية والأغطية إلى ولاية نزوى.", "AID")
    assert ev["actor"] == ["الهيئة العُمانية للأعمال الخيرية"], ev


def test_a_shelter_taking_people_in_is_no_visit() -> None:
    """(a guard) "مراكز إيواء مؤقتة … استقبلت نحو 300 شخص": people counted taken in are no visit received."""
    _, evs = _events("فتحت فرق الدفاع المدني مراكز إيواء مؤقتة في عدد من المدارس استقبلت نحو 300 شخص.")
    assert not [e for e in evs if e["type"] == "CONSULT"], evs


def test_an_accord_reached_before_a_later_act_happened() -> None:
    """"واستمر الإضراب قرابة شهر، قبل أن تتوصل الحكومة والنقابة … إلى اتفاق": a present verb after قبل أن in a
    past narrative tells what happened."""
    ev = _one("واستمر الإضراب قرابة شهر، قبل أن تتوصل الحكومة والنقابة في 5 تشرين الأول 2019 إلى اتفاق نص على "
              "علاوات للمعلمين.", "AGREE")
    assert ev["status"] == "occurred", ev


def test_a_threats_content_does_not_reach_past_a_clause_of_its_own() -> None:
    """"ويعيد التلويح بالإضراب إلى الأذهان …، قبل أن تتوصل الحكومة والنقابة … إلى اتفاق": the accord after قبل أن
    is no part of what the threat holds out."""
    _, evs = _events("ويعيد التلويح بالإضراب إلى الأذهان الإضراب الذي نفذه المعلمون في أيلول 2019 واستمر قرابة شهر، "
                     "قبل أن تتوصل الحكومة والنقابة في 5 تشرين الأول 2019 إلى اتفاق نص على علاوات.")
    assert [e for e in evs if e["type"] == "AGREE"], evs


def test_trucks_of_a_convoy_are_the_convoy() -> None:
    """(a guard) "بقافلة جديدة …، تضم 180 شاحنة محملة بالمساعدات": the trucks a convoy holds are no second sending."""
    _, evs = _events("دفع الهلال الأحمر المصري، صباح اليوم، بقافلة جديدة تضم 180 شاحنة محملة بنحو 2600 طن من "
                     "المساعدات الإنسانية إلى قطاع غزة.")
    assert len([e for e in evs if e["type"] == "AID"]) == 1, evs


def test_unnamed_authorities_of_countries_act_for_them() -> None:
    """"اتفقت السلطات الأمنية والعسكرية في تونس والجزائر على تسيير دوريات مشتركة": the countries named after the
    authorities with في are the parties (not the scene), and they are the ones to work together."""
    rec, evs = _events("اتفقت السلطات الأمنية والعسكرية في تونس والجزائر على تسيير دوريات مشتركة على جانبي الشريط "
                       "الحدودي.")
    agreed = [e for e in evs if e["type"] == "AGREE"]
    assert agreed and set(agreed[0]["actor"]) == {"تونس", "الجزائر"} and not agreed[0]["location"], evs


@pytest.mark.parametrize("sentence", [
    "وأفادت الوزارة بأن مفارز للجيش الوطني الشعبي أوقفت خلال الأسبوع المنقضي 14 مهرباً.",
    # (a span no date names: "خلال أسبوع واحد"، "خلال يومين")
    "وأفادت الوزارة بأن مفارز للجيش الوطني الشعبي أوقفت خلال أسبوع واحد 23 تاجر مخدرات.",
    "وأفادت الوزارة بأن مفارز للجيش الوطني الشعبي أوقفت خلال يومين 12 شخصاً.",
])
def test_people_arrested_past_a_time_with_its_preposition(sentence: str) -> None:
    """"أوقفت مفارز للجيش الوطني الشعبي خلال الأسبوع المنقضي 14 مهرباً": the people taken are found past a time
    told with خلال."""
    _, evs = _events(sentence)
    assert [e for e in evs if e["type"] == "COERCE" and e["mode"] == "arrest"], evs


def test_a_toll_published_is_no_deployment() -> None:
    """(a guard) "في حصيلة عملياتية نشرتها الأحد الماضي": a report published past its adjective deploys nothing."""
    _, evs = _events("أفادت وزارة الدفاع الوطني، في حصيلة عملياتية نشرتها الأحد الماضي، بأن وحداتها ضبطت كميات من "
                     "المخدرات.")
    assert not [e for e in evs if e["type"] == "MOBILIZE"], evs


def test_a_depot_destroyed_is_an_attack_on_who_uses_it() -> None:
    """"أعلن التحالف أن طائرات مسيّرة تابعة له دمّرت، فجر أمس، مخزناً للأسلحة تستخدمه جماعة الحوثي": a depot
    destroyed is an attack; the unit "تابعة له" is the speaker's, and who uses the depot was hit, not its doer."""
    ev = _one("أعلن تحالف دعم الشرعية في اليمن، اليوم، أن طائرات مسيّرة تابعة له دمّرت فجر أمس الأحد مخزناً للأسلحة "
              "تستخدمه جماعة الحوثي في منطقة جبل هران بمحافظة ذمار.", "ASSAULT")
    assert ev["actor"] == ["تحالف دعم الشرعية في اليمن"] and ev["recipient"] == ["الحوثيون"], ev


def test_a_site_destroyed_by_an_attack_told_is_its_outcome() -> None:
    """(a guard) "أدت الغارة إلى تدمير المستودع بالكامل": what the strike led to is no second attack."""
    _, evs = _events("استهدفت غارة إسرائيلية مستودعاً في بعلبك أمس، وأدت الغارة إلى تدمير المستودع بالكامل.")
    assert len([e for e in evs if e["type"] == "ASSAULT"]) == 1, evs


@pytest.mark.parametrize("sentence,typ,actor", [
    # units, patrols and columns named with their army's nationality act for it
    ("وكانت وحدات أمريكية قد وصلت إلى قاعدة موفق السلطي الجوية قادمة من قواعد في الكويت.", "MOBILIZE",
     "وحدات أمريكية"),
    ("وأضاف أن دورية إسرائيلية اعتقلت ثلاثة رعاة غربي طرنجة.", "COERCE", "دورية إسرائيلية"),
    # a crowd counted from a party's supporters or members is that party
    ("نفذ العشرات من أنصار حزب جبهة العمل الإسلامي وقفة احتجاجية أمام مجلس النواب.", "PROTEST",
     "حزب جبهة العمل الإسلامي"),
])
def test_units_and_counted_crowds_act_for_their_body(sentence: str, typ: str, actor: str) -> None:
    ev = _one(sentence, typ)
    assert ev["actor"] == [actor], ev


def test_where_forces_came_from_is_the_place_of_what_they_left() -> None:
    """"قادمة من قواعد في الكويت": the place told with في after من and a noun is the origin."""
    ev = _one("وصلت وحدات أمريكية إلى قاعدة موفق السلطي الجوية قادمة من قواعد في الكويت.", "MOBILIZE")
    assert ev["origin"] == ["الكويت"] and not ev["location"], ev


@pytest.mark.parametrize("sentence,typ", [
    ("أرجأت وزارة الدفاع نقل وحدات من الجيش إلى الحدود.", "MOBILIZE"),
    ("أجّلت القوات الأمريكية انسحابها من القاعدة.", "RETREAT"),
])
def test_what_is_postponed_is_still_to_come(sentence: str, typ: str) -> None:
    """"أرجأت القيادة إعادة انتشار …"، "أجّلت القوات انسحابها": an act put off is planned (أجّل only by its
    unambiguous forms: "من أجل" is no postponement)."""
    ev = _one(sentence, typ)
    assert ev["status"] == "planned", ev


def test_for_the_sake_of_is_no_postponement() -> None:
    """(a guard) "من أجل تأمين الانتخابات": أجل here is no verb of putting off."""
    ev = _one("وصلت قوات من الجيش اللبناني من أجل تأمين الانتخابات.", "MOBILIZE")
    assert ev["status"] == "occurred", ev


def test_a_host_whose_post_has_two_fields() -> None:
    """"استقبل وزير الدفاع والإنتاج الحربي المصري الفريق أول عبد المجيد صقر … نظيره": the post's second field
    (و + a definite noun and its adjective) is part of his titles; the guest is received."""
    ev = _one("استقبل وزير الدفاع والإنتاج الحربي المصري الفريق أول عبد المجيد صقر وزير الدفاع السعودي الأمير خالد "
              "بن سلمان.", "CONSULT")
    assert ev["recipient"] == ["عبد المجيد صقر"] and ev["actor"] == ["خالد بن سلمان"], ev


def test_a_refusal_is_not_dated_by_the_offer_it_refuses() -> None:
    """"عرضت الوزارة صرف العلاوة اعتباراً من مطلع العام المقبل، وهو ما رفضه ممثلو المعلمين": the coming day of the
    offer's clause is not the day of the refusal, which happened."""
    ev = _one("وقال رئيس فرع النقابة إن الوزارة عرضت صرف العلاوة على دفعتين اعتباراً من مطلع العام المقبل، وهو ما "
              "رفضه ممثلو المعلمين.", "REJECT")
    assert ev["status"] == "occurred", ev


@pytest.mark.parametrize("sentence,typ", [
    ("طالب النائب فتحي عبد الباسط، عضو مجلس النواب عن دائرة دشنا، وزارة الداخلية بشن حملة لجمع السلاح.", "REQUEST"),
    ("اتهم فتحي عبد الباسط، عضو مجلس النواب، وزارة الداخلية بالتقصير.", "ACCUSE"),
])
def test_the_object_after_the_subjects_post_set_off_by_commas(sentence: str, typ: str) -> None:
    """"طالب النائب X، عضو مجلس النواب …، وزارة الداخلية بـ…": the body in the subject's post is his
    description; the one asked or accused follows the closing comma."""
    ev = _one(sentence, typ)
    assert ev["recipient"] == ["وزارة الداخلية"], ev


@pytest.mark.parametrize("sentence,typ,state", [
    ("رحّب المتحدث باسم الحكومة العراقية، في بيان، بالخطوة التركية، داعياً أنقرة إلى وضع جدول زمني للانسحاب.",
     "SUPPORT", "أنقرة"),
    ("رحبت الحكومة العراقية بالقرار الأمريكي، مؤكدة أن واشنطن شريك أساسي.", "SUPPORT", "الولايات المتحدة"),
])
def test_a_step_welcomed_or_rejected_names_its_state(sentence: str, typ: str, state: str) -> None:
    """"رحّب … بالخطوة التركية"، "رفضت … القرار الإسرائيلي": the state the step is named after (the state or its
    capital standing for it) is the one welcomed or rejected."""
    ev = _one(sentence, typ)
    assert ev["recipient"] == [state], ev


@pytest.mark.parametrize("sentence,mode", [
    ("اندلعت مساء السبت اشتباكات عنيفة بين مجموعات مسلحة في منطقة جنزور غرب العاصمة طرابلس، استُخدمت فيها الأسلحة "
     "المتوسطة والثقيلة.", "heavy-weapons"),
    ("اندلعت أمس مواجهات بين عشيرتين في قضاء المدينة شمال البصرة، استخدمت فيها قذائف الهاون.", "heavy-weapons"),
    # (the first weapon named leads)
    ("شنت قوات الدعم السريع هجوماً على مواقع الجيش في بابنوسة، استخدمت فيه المدفعية الثقيلة والطائرات المسيّرة.",
     "heavy-weapons"),
    ("شنت قوات الدعم السريع هجوماً على مواقع الجيش في بابنوسة، استخدمت فيه الطائرات المسيّرة والمدفعية الثقيلة.",
     "drone"),
])
def test_the_weapons_told_in_the_attacks_relative_clause_give_its_mode(sentence: str, mode: str) -> None:
    """"اشتباكات … في طرابلس، استُخدمت فيها الأسلحة المتوسطة والثقيلة": the weapons the clashes were fought with,
    told further on in their own relative clause."""
    assert _one(sentence, "ASSAULT")["mode"] == mode


@pytest.mark.parametrize("sentence,mode", [
    ("قُتل خمسة مدنيين، بينهم امرأتان وطفل، وأصيب تسعة آخرون بجروح متفاوتة، في سلسلة ضربات نفذتها طائرات مسيّرة، "
     "ليل السبت، على قرى في ريف البلدة.", "drone"),
    # (a guard) the fire that hit them is told first: the drones of the operation struck none of them
    ("استشهد شاب وأصيب اثنان آخران برصاص الجنود، صباح اليوم، خلال اقتحام البلدة في عملية شاركت فيها جرافات "
     "وطائرات مسيّرة.", "firearms"),
])
def test_a_toll_takes_the_weapon_of_the_strike_it_came_from(sentence: str, mode: str) -> None:
    """"قُتل أربعة، …، في سلسلة ضربات نفذتها طائرات مسيّرة": the weapon of the strike the dead are told to have
    fallen in, further on in the sentence than the words around the verb reach."""
    assert _one(sentence, "ASSAULT")["mode"] == mode


def test_the_body_whose_seat_a_guest_is_received_at_is_no_party() -> None:
    """"استقبله الوزير بمقر وزارة الخارجية": the seat says where the host received his guest; the ministry is
    neither the visitor nor the host."""
    _, evs = _events("وحلّ وزير الخارجية الأردني أيمن الصفدي بالرباط أمس، حيث استقبله وزير الخارجية ناصر بوريطة "
                     "بمقر وزارة الخارجية.")
    consults = [e for e in evs if e["type"] == "CONSULT"]
    assert consults and not any("وزارة الخارجية" in e["actor"] + e["recipient"] for e in consults), consults
    assert any(e["actor"] == ["أيمن الصفدي"] and e["recipient"] == ["ناصر بوريطة"] for e in consults), consults


def test_clashes_between_unnamed_gunmen_then_told_between_named_forces_are_one() -> None:
    """"اشتباكات بين مجموعات مسلحة … وأفادت مصادر بأن الاشتباكات دارت بين جهاز X واللواء Y": the unnamed armed
    groups of the lead are the bodies named later, one clash."""
    _, evs = _events("اندلعت مساء السبت اشتباكات عنيفة بين مجموعات مسلحة في مدينة الزاوية غرب العاصمة طرابلس. "
                     "وأفادت مصادر محلية بأن الاشتباكات دارت بين جهاز دعم الاستقرار واللواء 444 قتال في الزاوية.")
    clashes = [e for e in evs if e["type"] == "ASSAULT"]
    assert len(clashes) == 1 and "جهاز دعم الاستقرار" in clashes[0]["actor"], clashes


@pytest.mark.parametrize("sentence,host,guest", [
    ("استقبل محافظ البصرة، أسعد العيداني، وفداً من المتظاهرين أمس.", "أسعد العيداني", "المتظاهرين"),
    ("استقبل والي سيدي بوزيد، منير العياري، وفداً من المحتجين بمقر الولاية بعد الظهر.", "منير العياري", "المحتجين"),
    ("استقبل والي قسنطينة، مراد بلحاج، أمس وفداً من خمسة ممثلين عن المحتجين.", "مراد بلحاج", "المحتجين"),
])
def test_a_host_whose_post_is_set_off_by_commas(sentence: str, host: str, guest: str) -> None:
    """"استقبل محافظ البصرة، أسعد العيداني، وفداً من المتظاهرين": the host is the person after his post (its place
    is his, not where they met); the guest is the body the delegation came from. والي, the governor, is no وإلى."""
    ev = _one(sentence, "CONSULT")
    assert ev["recipient"] == [host] and ev["actor"] == [guest], ev


@pytest.mark.parametrize("sentence,crowd", [
    ("فرّقت الشرطة، مساء أمس الأربعاء، وقفة احتجاجية نظمها أعضاء حركة النهضة أمام مقر الولاية.", "حركة النهضة"),
    ("فرقت قوات الأمن أمس تظاهرة دعا إليها الاتحاد العام التونسي للشغل في وسط المدينة.", "الاتحاد العام التونسي للشغل"),
])
def test_a_gathering_dispersed_was_held_by_those_who_were_hit(sentence: str, crowd: str) -> None:
    """"فرّقت الشرطة … وقفة احتجاجية نظمها X": dispersing the gathering is an attack of crowd control, and who
    held it was hit."""
    ev = _one(sentence, "ASSAULT")
    assert ev["mode"] == "crowd-control" and crowd in ev["recipient"], ev


def test_a_team_of_rescuers_disperses_nothing() -> None:
    # (a guard) "فرق الإنقاذ" are teams; a gathering later in the sentence makes no dispersal
    _, evs = _events("تعمل فرق الإنقاذ على إخماد الحرائق بعد تجمع السكان قرب الغابة.")
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


def test_a_member_of_a_body_named_by_its_head_noun_is_the_subject() -> None:
    """"اتهم قيادي في الميليشيا يدعى أبو علي الحسيني الولايات المتحدة …": the post, the body he serves and the
    word that says he is named so describe the subject; the one accused follows his name."""
    ev = _one("اتهم قيادي في الميليشيا يدعى أبو علي الحسيني الولايات المتحدة بالوقوف وراء الهجوم.", "ACCUSE")
    assert ev["actor"] == ["أبو علي الحسيني"] and ev["recipient"] == ["الولايات المتحدة"], ev


@pytest.mark.parametrize("sentence", [
    "أجلى أعوان الحماية المدنية ليل أمس 37 عائلة من منازلها في منطقة بني مطير.",
    "أجلت فرق الهلال الأحمر أمس عشرات المدنيين من مدينة الفاشر.",
])
def test_people_evacuated_are_given_relief(sentence: str) -> None:
    """"أجلى أعوان الحماية المدنية 37 عائلة": evacuating people is aid to them (PLOVER: "evacuated the wounded")."""
    assert _one(sentence, "AID")["status"] == "occurred"


@pytest.mark.parametrize("sentence", [
    "أجلت الحكومة الانتخابات البلدية إلى الشهر المقبل.",
    "أجّلت المحكمة النظر في القضية إلى جلسة الأحد.",
])
def test_a_thing_put_off_is_no_evacuation(sentence: str) -> None:
    # (a guard) أجّل, to put off, is spelt as أجلى undotted: no people evacuated, no aid
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "AID"], evs


def test_an_accord_rejected_has_its_parties_as_the_ones_rejected() -> None:
    """"توصلت جماعة الحوثي إلى اتفاق مع القبيلة … رفضت الحكومة اليمنية المعترف بها دولياً في عدن الاتفاق": the
    accord's party is rejected, past the rejecter's long description."""
    _, evs = _events("توصلت جماعة الحوثي إلى اتفاق مع قبيلة العصيمات. في المقابل، رفضت الحكومة اليمنية المعترف بها "
                     "دولياً في عدن الاتفاق.")
    ev = next(e for e in evs if e["type"] == "REJECT")
    assert ev["recipient"] == ["الحوثيون"], ev


def test_a_demand_chained_to_an_accusation_asks_the_accused() -> None:
    """"…، متهمة جماعة الحوثي باستخدام الاختطاف …، ومطالبة بالإفراج عن جميع المختطفين": the demand joined by و to
    the accusation before it is made of the one accused."""
    ev = _one("وقالت وزارة حقوق الإنسان في بيان إن ما جرى مقايضة، متهمة جماعة الحوثي باستخدام الاختطاف وسيلة "
              "لإخضاع القبائل، ومطالبة بالإفراج غير المشروط عن جميع المختطفين.", "REQUEST")
    assert ev["recipient"] == ["الحوثيون"], ev


def test_a_past_act_in_its_own_clause_of_speech_is_not_dated_by_a_coming_day() -> None:
    """"أعلنت الوزارة أن المنح ستُصرف الأسبوع المقبل، مؤكدة أنها فتحت تحقيقاً": the investigation was opened; the
    coming week is when the grants are paid."""
    _, evs = _events("أعلنت وزارة الداخلية أن المنح ستُصرف الأسبوع المقبل، مؤكدة أنها فتحت تحقيقاً في الحادث.")
    ev = next(e for e in evs if e["type"] == "ACCUSE")
    assert ev["status"] == "occurred", ev


@pytest.mark.parametrize("sentence,place", [
    ("سقطت ثلاثة صواريخ صباح اليوم في محيط قرية العمارنة جنوب جرابلس.", "قرية العمارنة"),
    ("سقطت قذائف هاون على بلدة كفرعويد مساء أمس.", "بلدة كفرعويد"),  # (a guard: the shells read before)
])
def test_rockets_or_shells_that_fell_on_a_place_are_an_attack(sentence: str, place: str) -> None:
    """"سقطت ثلاثة صواريخ في محيط قرية العمارنة": what fell was fired, an attack where it fell."""
    ev = _one(sentence, "ASSAULT")
    assert ev["mode"] == "heavy-weapons" and ev["location"] == [place], ev


@pytest.mark.parametrize("sentence", [
    "سقط ثلاثة قتلى في المواجهات أمس.",
    "تحدث الوزير عن سقوط النظام السابق.",
])
def test_what_fell_is_no_attack_unless_it_was_fired(sentence: str) -> None:
    # (a guard) the dead who fell, a regime's fall: no projectile, no attack by the fall
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "ASSAULT" and e["mode"] == "heavy-weapons"], evs


def test_a_participle_is_not_put_off_by_a_coming_verb_of_the_clause_before() -> None:
    """"… وإن طواقمها ستباشر أعمال الصيانة صباح غد، داعية وكالة الأونروا إلى تقديم دعم عاجل": the call is made
    now; the works begin tomorrow."""
    _, evs = _events("قالت البلدية في بيان إن آليات الاحتلال ألحقت أضراراً بشبكة المياه، وإن طواقمها ستباشر أعمال "
                     "الصيانة صباح غد الأربعاء، داعية وكالة الأونروا إلى تقديم دعم عاجل لترميم المنازل.")
    ev = next(e for e in evs if e["type"] == "REQUEST")
    assert ev["status"] == "occurred", ev


@pytest.mark.parametrize("sentence,actor", [
    ("أصيب شاب برصاص حي خلال اقتحام قوات الاحتلال الإسرائيلي مخيم الدهيشة.", ["قوات الاحتلال الإسرائيلي"]),
    ("أصيب جنديان برصاص قناص في بلدة كفرعويد أمس.", []),
])
def test_people_wounded_by_gunfire_were_attacked(sentence: str, actor: list[str]) -> None:
    """"أصيب شاب برصاص حي": the wounded were shot at; during a raid ("خلال اقتحام قوات الاحتلال …"), by the
    raiders."""
    ev = _one(sentence, "ASSAULT")
    assert ev["mode"] == "firearms" and ev["actor"] == actor, ev


def test_a_wound_in_an_accident_is_no_attack() -> None:
    # (a guard) "أصيب ثلاثة بجروح في حادث سير": no weapon, no attack
    _, evs = _events("أصيب ثلاثة مدنيين بجروح في حادث سير على الطريق الدولي.")
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


@pytest.mark.parametrize("sentence,status", [
    ("وأعلنت قيادة الأمن الداخلي فرض حظر تجوال شامل في جسر الشغور حتى إشعار آخر.", "ongoing"),
    ("فرضت قوى الأمن الداخلي حظر تجول في مدينة الصنمين اعتباراً من السادسة مساء أمس.", "ongoing"),
    ("فرضت الشرطة حظراً للتجوال في الناحية لمدة يومين.", "occurred"),  # (a guard: bounded, over)
])
def test_a_curfew_until_further_notice_is_in_force(sentence: str, status: str) -> None:
    """"فرض حظر تجوال … حتى إشعار آخر": a curfew imposed with no end, or from a time on, is under way."""
    assert _one(sentence, "COERCE")["status"] == status


def test_a_verb_joined_to_one_after_qabla_an_happened_too() -> None:
    """"…، قبل أن تتدخل قوات مكافحة الشغب وتفرّق المحتجين": in a past narrative the present verb joined by و to
    the one after «قبل أن» happened, as that one did."""
    _, evs = _events("تجمع المحتجون أمام مقر المحافظة مطالبين بإقالة المسؤولين المحليين، قبل أن تتدخل قوات مكافحة "
                     "الشغب وتفرّق المحتجين باستخدام الهراوات.")
    ev = next(e for e in evs if e["type"] == "ASSAULT")
    assert ev["status"] == "occurred", ev


def test_an_attack_denied_past_the_deniers_long_name_is_negated() -> None:
    """"نفى المتحدث باسم التحالف العميد الركن تركي المالكي أن تكون مقاتلات التحالف قد شنت غارات …": «أن تكون …
    قد» + the act, the denial farther back than the usual window."""
    ev = _one("ونفى المتحدث باسم التحالف العميد الركن تركي المالكي أن تكون مقاتلات التحالف قد شنت غارات على "
              "مديرية الصليف.", "ASSAULT")
    assert ev["status"] == "negated", ev


def test_a_copula_after_a_denial_denies_no_act_in_its_predicate() -> None:
    # (a guard) "نفت الوزارة أن يكون الانسحاب مؤشراً على تقليص الوجود": no «قد», the withdrawal is not denied
    _, evs = _events("انسحبت القوات الروسية من قاعدة التيفور أمس. ونفت وزارة الدفاع الروسية، في تصريح نقلته وكالة "
                     "تاس الروسية للأنباء، أن يكون الانسحاب مؤشراً على تقليص الوجود العسكري في سوريا.")
    assert not [e for e in evs if e["status"] == "negated"], evs


@pytest.mark.parametrize("sentence,mode", [
    ("وطالب رئيس المجلس البلدي وزارة الكهرباء بتعويض المتضررين من انقطاع التيار.", "assist"),
    ("ودعا المحافظ الحكومة الاتحادية إلى تخصيص أموال عاجلة لإنشاء سواتر ترابية.", "assist"),
    ("وطالب المحتجون المجلس الرئاسي بتشكيل حكومة موحدة تمهد لإجراء الانتخابات.", "change"),
    ("وطالب المجلس الرئاسي الليبي بعودة الوحدات العسكرية إلى مواقعها السابقة فوراً.", "yield"),
    ("ودعا وزير التخطيط الجهات المانحة إلى سد العجز في موازنة الطوارئ.", "assist"),
    ("ودعت البلدية المنظمات الإنسانية إلى التحرك لتأمين مراكز إيواء للعائلات النازحة.", "assist"),
    ("وطالب نواب عن محافظة الكرك الحكومة بتغليظ العقوبات على مهربي الوقود.", "change"),
    ("ودعت النقابة السلطات إلى الكف عن ملاحقة الصحفيين بسبب آرائهم.", "change"),
    # asked to press a third party: the press is what is asked, not the third party's giving way after it
    ("وطالبت الحكومة مجلس الأمن بالضغط على الاحتلال لوقف عملياته العسكرية.", "change"),
])
def test_what_a_demand_asks_for_gives_its_mode(sentence: str, mode: str) -> None:
    """"طالب … بتعويض المتضررين" asks for help; "بتشكيل حكومة" for a change; "بعودة الوحدات إلى مواقعها" for the
    other side to give way."""
    assert _one(sentence, "REQUEST")["mode"] == mode


def test_a_coming_day_after_a_verb_joined_later_does_not_put_off_the_act() -> None:
    """"…، قبل أن يستقبل والي قسنطينة، مراد بلحاج، وفداً عنهم ويعدهم بمناصب شغل خلال الشهر المقبل": the next month
    is that of the jobs promised; the meeting happened."""
    _, evs = _events("فرّقت قوات الشرطة، أمس الثلاثاء، وقفة احتجاجية أمام مقر الولاية، قبل أن يستقبل والي قسنطينة، "
                     "مراد بلحاج، وفداً عنهم ويعدهم بمناصب شغل خلال الشهر المقبل.")
    ev = next(e for e in evs if e["type"] == "CONSULT")
    assert ev["status"] == "occurred", ev


@pytest.mark.parametrize("sentence,typ,acted_on", [
    ("طالبت الوزارة الحكومة العراقية بتعويض المتضررين.", "REQUEST", "الحكومة العراقية"),
    ("اتهمت الحركة إسرائيل بخرق الاتفاق.", "ACCUSE", "إسرائيل"),
])
def test_a_body_named_by_its_head_noun_alone_is_the_subject(sentence: str, typ: str, acted_on: str) -> None:
    """"اتهمت الحركة إسرائيل بخرق الاتفاق": the body told by its head noun, unresolved, is the subject right after
    the verb; the party named after it is accused, not the accuser."""
    ev = _one(sentence, typ)
    assert ev["recipient"] == [acted_on] and ev["actor"] == [], ev


@pytest.mark.parametrize("sentence,name", [
    ("فرّقت قوات الشرطة، أمس، وقفة احتجاجية نظمها عشرات الشباب من العاطلين عن العمل أمام مقر الولاية.",
     "العاطلين عن العمل"),
    ("وكانت الشرطة قد فرّقت مسيرة نظمها مئات الشباب من حاملي الشهادات العاطلين عن العمل وسط المدينة.",
     "العاطلين عن العمل"),
])
def test_who_organised_a_protest_may_be_told_as_a_crowd_of_a_group(sentence: str, name: str) -> None:
    """"وقفة احتجاجية نظمها عشرات الشباب من العاطلين عن العمل": the crowd is of the group after «من»; the group
    held the protest."""
    ev = [e for e in _events(sentence)[1] if e["type"] == "PROTEST"][-1]
    assert any(name in a for a in ev["actor"]), ev


@pytest.mark.parametrize("sentence,actor", [
    ("تظاهر المحتجون أمس أمام البرلمان، واعتقلت الشرطة 12 محتجاً.", "الشرطة"),
    ("اعتصم المتظاهرون أمام الوزارة، واعتقل الجيش ثلاثة متظاهرين.", "الجيش"),
])
def test_a_verb_after_and_with_its_own_subject_and_a_count_of_people(sentence: str, actor: str) -> None:
    """"…، واعتقلت الشرطة 12 محتجاً": a body right after the verb and a count of people after it are the verb's
    own subject and object (verb, subject, object), not the object of the protesters' act."""
    ev = _one(sentence, "COERCE")
    assert ev["actor"] == [actor], ev



def test_a_verb_joined_after_a_counted_object_goes_on_with_the_first_subject() -> None:
    """"أوقفت مفارز للجيش الوطني الشعبي 17 مهرباً وحجزت نحو طن من الكيف": the smugglers counted are the first
    verb's object; the army goes on seizing (a subject before the verb would make it agree: "وحجزوا"). (a guard)"""
    _, evs = _events("قالت الوزارة إن مفارز للجيش الوطني الشعبي أوقفت 17 مهرباً وحجزت نحو 300 كيلوغرام من "
                     "المخدرات بولاية بشار.")
    seize = next(e for e in evs if e["type"] == "COERCE" and e["mode"] == "seize")
    assert seize["actor"] == ["الجيش الوطني الشعبي"], evs


def test_people_counted_after_dabt_were_arrested() -> None:
    """"ضبط 14 مهرباً": what ضبط takes is people, counted (a party now): an arrest, not a seizure of goods.
    (a guard)"""
    assert _one("أعلنت كتيبة سبل السلام ضبط 14 مهرباً من جنسيات مختلفة، الأحد الماضي.", "COERCE")["mode"] == "arrest"


@pytest.mark.parametrize("sentence", [
    "أوقفت مفارز للجيش الوطني الشعبي، أمس، 11 مهرباً في ولاية الوادي.",
    "أوقفت مفارز للجيش الوطني الشعبي، بالتنسيق مع الدرك الوطني، 11 مهرباً في ولاية الوادي.",
])
def test_an_aside_between_the_unit_and_the_people_it_took(sentence: str) -> None:
    """"أوقفت مفارز للجيش، بالتنسيق مع وحدات حرس الحدود، 11 مهرباً": past a time or an aside of whom it worked with,
    the people taken make أوقف an arrest, and the unit's army made it."""
    ev = _one(sentence, "COERCE")
    assert ev["mode"] == "arrest" and ev["actor"] == ["الجيش الوطني الشعبي"], ev


@pytest.mark.parametrize("sentence,origin,destination", [
    ("انطلق رتل عسكري للجيش السوري من حمص باتجاه تدمر.", "حمص", "تدمر"),
    ("وقال مصدر عسكري إن رتلاً يضم نحو 40 آلية، بينها دبابات، انطلق صباح أمس من مدينة حمص باتجاه مطار التيفور.",
     "حمص", "مطار التيفور"),
    ("وتحركت دورية للجيش اللبناني من مرجعيون نحو الخيام.", "مرجعيون", "الخيام"),
])
def test_a_force_that_sets_out_moves(sentence: str, origin: str, destination: str) -> None:
    """"انطلق رتل عسكري من حمص باتجاه تدمر"، "إن رتلاً يضم 40 آلية … انطلق": a column, a patrol or a force that sets
    out, heads or moves somewhere is a movement of forces, from where it left to where it goes."""
    ev = _one(sentence, "MOBILIZE")
    assert ev["origin"] == [origin] and ev["destination"] == [destination], ev


@pytest.mark.parametrize("sentence", [
    "ستنطلق المفاوضات الأسبوع المقبل في القاهرة.",
    "انطلقت قافلة مساعدات تضم 20 شاحنة من معبر رفح باتجاه خان يونس.",
    "ومن المقرر أن يتوجه الوزير إلى نيويورك للمشاركة في أعمال الجمعية العامة.",
    "انطلقت الحملة الأمنية فجر اليوم في أحياء المدينة.",
])
def test_what_sets_out_without_a_force_is_no_movement_of_forces(sentence: str) -> None:
    """Talks, a campaign, an aid convoy or a minister that sets out or heads somewhere moves no forces. (a guard)"""
    _, evs = _events(sentence)
    assert not any(e["type"] == "MOBILIZE" for e in evs), evs


@pytest.mark.parametrize("sentence,actor", [
    ("قطع المحتجون الطريق الرئيسي بالإطارات المشتعلة.", "المحتجون"),
    ("قطع عشرات من أهالي مدينة صور، صباح أمس، أوتوستراد الساحل بالإطارات المشتعلة احتجاجاً على انقطاع المياه.",
     "أهالي مدينة صور"),
])
def test_people_who_cut_a_road_block_it(sentence: str, actor: str) -> None:
    """"قطع عشرات من أهالي مدينة صور، صباح أمس، أوتوستراد الساحل": people who cut a road, past their own name and a
    time, block it (a protest of obstruction)."""
    ev = _one(sentence, "PROTEST")
    assert ev["mode"] == "obstruct" and any(actor in a for a in ev["actor"]), ev


@pytest.mark.parametrize("sentence", [
    "قطعت إسرائيل الكهرباء عن القطاع منذ أسبوع.",
    "قطعت القوات الإسرائيلية الطريق بين البلدتين.",
])
def test_cutting_power_or_a_road_by_a_force_is_no_protest(sentence: str) -> None:
    """Power cut, or a road cut by a force, is no protesters' obstruction. (a guard)"""
    _, evs = _events(sentence)
    assert not any(e["type"] == "PROTEST" for e in evs), evs


@pytest.mark.parametrize("sentence,site", [
    ("زار محافظ البصرة، أسعد العيداني، ميناء أم قصر أمس.", "ميناء أم قصر"),
    ("زار محافظ نينوى، عبد القادر الدخيل، مدينة سنجار أمس.", "سنجار"),
])
def test_a_titled_visitor_went_where_his_name_is_followed_by(sentence: str, site: str) -> None:
    """"زار محافظ البصرة، أسعد العيداني، ميناء أم قصر": he went to the port; his post's province is his, not where
    the visit was."""
    ev = _one(sentence, "CONSULT")
    assert ev["location"] == [site], ev


def test_a_lead_that_tells_its_day_with_no_act_dates_the_story() -> None:
    """"وصلت إلى مدينة يبرود، أمس الخميس، دفعة جديدة من اللاجئين …. وسيّرت المفوضية قافلة مساعدات …": the lead tells
    the day of the story though no act is read in it; what the article goes on to tell with no day of its own
    happened that day, not on the day of publication."""
    rec, _ = _events("وصلت إلى مدينة يبرود، أمس الخميس، دفعة جديدة من اللاجئين العائدين من لبنان. "
                     "وسيّرت المفوضية السامية للأمم المتحدة لشؤون اللاجئين قافلة مساعدات ضمت 12 شاحنة محملة "
                     "بسلال غذائية وبطانيات.")
    aid = next(e for e in rec.events if e.type == "AID")
    assert aid.date == "2025-01-09", aid.date


@pytest.mark.parametrize("sentence,mode", [
    ("ولوّح الاتحاد العام التونسي للشغل بإعلان الإضراب العام مطلع الشهر المقبل إذا لم تُصرف الأجور.", "restrict"),
    ("وهددت حركة الشباب بمقاطعة الانتخابات المحلية في الصومال.", "restrict"),
    ("وتوعد وزير الداخلية السوري، في منشور على منصة «إكس»، بملاحقة المتورطين ومحاسبتهم.", "arrest"),
    ("ولوّحت حركة حماس بتعليق مشاركتها في المحادثات إذا استمرت الغارات.", "relations"),
    ("وهدد الحوثيون بالسيطرة على المنشآت النفطية في مأرب إذا لم تُلبَّ مطالبهم.", "territory"),
    ("وهدد الحرس الثوري الإيراني بالرد بقوة على أي هجوم يستهدف منشآته.", "violence"),
    ("وهددت كتائب حزب الله بالتعامل مع القوات الأجنبية بكل الوسائل إذا لم يكتمل الانسحاب.", "violence"),
])
def test_what_a_threat_threatens_gives_its_mode(sentence: str, mode: str) -> None:
    """PLOVER's THREATEN mode is the threat's content: a strike, a boycott or a closure restricts; a pursuit
    arrests; suspending talks is relations; taking a site is territory; a response by force is violence. What
    the condition after «إذا» names is not the content. (the last two rows are guards)"""
    assert _one(sentence, "THREATEN")["mode"] == mode


@pytest.mark.parametrize("sentence", [
    "نظّم المعلمون وقفة احتجاجية أمام مبنى المحافظة، قبل أن تفرّقها عناصر مسلحة بإطلاق النار في الهواء.",
    "نظّم المعلمون وقفة احتجاجية أمام مبنى المحافظة، قبل أن تفرّقها قوات الأمن بالقوة.",
])
def test_who_dispersed_a_gathering_by_its_pronoun_is_not_who_held_it(sentence: str) -> None:
    """"وقفة احتجاجية …، قبل أن تفرّقها عناصر مسلحة": the pronoun is the gathering, the force after it the verb's own
    subject (no entity names it); the teachers who held it were dispersed, they did not disperse it."""
    ev = _one(sentence, "ASSAULT")
    assert ev["actor"] == [] and ev["recipient"] == ["المعلمون"], ev


def test_a_genitive_plural_before_a_joined_verb_is_not_its_subject() -> None:
    """"نظّم أهالي المعتقلين وقفة …، رفعوا صور المعلمين المحتجزين وطالبوا بالإفراج عنهم": the teachers are the
    genitive of the pictures (a subject before its verb would be «المعلمون»); the families go on demanding."""
    ev = _one("نظّم أهالي المعتقلين وقفة احتجاجية أمام مبنى المحافظة، رفعوا صور المعلمين المحتجزين وطالبوا "
              "بالإفراج الفوري عنهم.", "REQUEST")
    assert ev["actor"] == ["أهالي المعتقلين"], ev


def test_a_plural_in_yin_after_inna_is_still_the_subject() -> None:
    """"إن المحتجين أغلقوا الطريق وطالبوا بإقالة المحافظ": after إنّ the subject is in -ين; it goes on. (a guard)"""
    assert _one("وقال شهود إن المحتجين أغلقوا الطريق الرئيسي وطالبوا بإقالة المحافظ.", "REQUEST")["actor"] == ["المحتجين"]


def test_an_accord_to_be_signed_after_an_is_planned_not_expected() -> None:
    """"ومن المقرر أن توقّع مصر والسودان … اتفاقاً": after «أن» the word is the present of وقّع (to sign), not the
    past of توقّع (to expect): the accord is planned, no hypothetical."""
    ev = _one("ومن المقرر أن توقع مصر والسودان في القاهرة اتفاقاً للتعاون الأمني الشهر المقبل.", "AGREE")
    assert ev["status"] == "planned", ev


def test_the_parties_who_are_to_sign_an_accord_are_its_actors() -> None:
    """"أن يوقّع العراق وتركيا اتفاقاً": the present of the light verb of signing names the accord's parties.
    (a guard)"""
    ev = _one("ومن المقرر أن يوقع العراق وتركيا اتفاقاً لتقاسم المياه الشهر المقبل.", "AGREE")
    assert ev["actor"] == ["العراق", "تركيا"] and ev["status"] == "planned", ev


@pytest.mark.parametrize("sentence", [
    "وأوضح البيان، الذي يغطي الفترة من 1 إلى 7 مارس 2026، أن الدوريات جابت حي الطالب الجديد ومحيط السوق.",
    "وكرّمت الجامعة الطالب المتفوق في حفل أقيم يوم 5 أكتوبر 2026.",
])
def test_a_form_three_participle_with_the_article_is_no_event(sentence: str) -> None:
    """"الطالب" is the student (the active participle of طلب), not the verbal noun of طالَب (that is المطالبة): a
    place or a person named so tells no demand. (the first row a guard)"""
    _, evs = _events(sentence)
    assert not any(e["type"] == "REQUEST" for e in evs), evs


@pytest.mark.parametrize("sentence", [
    "أغلق المحتجون الطريق لنحو ساعة، ما دفع عناصر الشرطة إلى التدخل لتفريقهم بالقوة.",
    "وقالت الشرطة إن المحتجين رفضوا فتح الطريق، فدفعت عناصرها إلى فضّ الاعتصام بالقوة.",
])
def test_prompting_or_by_force_sends_no_troops(sentence: str) -> None:
    """"ما دفع عناصر الشرطة إلى التدخل" prompted them; "بالقوة" is by force: no force was sent."""
    _, evs = _events(sentence)
    assert not any(e["type"] == "MOBILIZE" for e in evs), evs


@pytest.mark.parametrize("sentence,role,name", [
    # a count told with its hedge, past a time with its preposition
    ("وأوقفت مفارز الجيش خلال الأسبوع الماضي أكثر من 60 مهرباً بولاية بشار.", "actor", "الجيش"),
    # a unit described between it and its body with ل: "مفارز مشتركة للجيش"
    ("تمكنت مفارز مشتركة للجيش الوطني الشعبي، أمس، من توقيف أربعة مهربين بولاية تمنراست.", "actor",
     "الجيش الوطني الشعبي"),
])
def test_arrests_told_with_a_hedged_count_or_a_described_unit(sentence: str, role: str, name: str) -> None:
    ev = _one(sentence, "COERCE")
    assert ev["mode"] == "arrest" and name in ev[role], ev


def test_people_who_stopped_work_are_not_arrested() -> None:
    """توقف (form V) with عن after the people counted: they stopped working, no one was held."""
    _, evs = _events("وتوقف 400 عامل عن العمل ثلاثة أيام في ميناء طرابلس.")
    assert not any(e["type"] == "COERCE" for e in evs), evs


def test_a_seizure_counted_in_quintals() -> None:
    """قنطار (a hundred kilograms), the Maghreb unit of seized drugs, names what was seized."""
    ev = _one("وحجزت وحدات حرس السواحل 7 قناطير من الكيف المعالج قبالة سواحل وهران.", "COERCE")
    assert ev["mode"] == "seize", ev


def test_two_joined_acts_share_the_place_told_at_the_end() -> None:
    """"أوقفت … خمسة مهربين وحجزت … بولاية بشار": the arrest and the seizure joined by و happened where the
    second is placed."""
    _, evs = _events("وأعلنت الوزارة أن مفارز للجيش أوقفت، أول أمس، خمسة مهربين وحجزت 300 كيلوغرام من الكيف "
                     "بولاية بشار قرب الحدود المغربية.")
    arrest = next(e for e in evs if e["mode"] == "arrest")
    assert "بشار" in arrest["location"], evs


@pytest.mark.parametrize("sentence,place,status", [
    ("وتوجه وزير الخارجية الجزائري أحمد عطاف إلى تونس أمس.", "تونس", "occurred"),
    # the speaker himself, told by the pronoun after his verb of saying
    ("وأعلن وزير الخارجية أحمد عطاف أنه سيتوجه إلى نواكشوط الأسبوع المقبل.", "نواكشوط", "planned"),
])
def test_a_person_heading_to_a_place_visits_it(sentence: str, place: str, status: str) -> None:
    ev = _one(sentence, "CONSULT")
    assert ev["mode"] == "visit" and ev["actor"] == ["أحمد عطاف"] and place in ev["location"] \
        and ev["status"] == status, ev


def test_a_closed_road_by_a_crowd_is_a_protest() -> None:
    """أغلق with a crowd for its subject and a road after it, past a time: protesters block the road."""
    ev = _one("أغلق عشرات المزارعين، صباح أمس، الطريق السريع الرابط بين قابس ومدنين احتجاجاً على شح مياه الري.",
              "PROTEST")
    assert ev["mode"] == "obstruct", ev


def test_people_of_a_trade_counted_in_the_singular_gather() -> None:
    """After a hundred the counted noun is singular: "نحو 200 معلم" is a crowd that gathers."""
    ev = _one("وتجمع نحو 200 معلم أمام مقر المحافظة مطالبين بصرف رواتبهم.", "PROTEST")
    assert ev["mode"] == "demo", ev


def test_counted_representatives_are_the_guests_of_a_titled_host() -> None:
    """"استقبل محافظ إربد، X، ستة ممثلين عن المعتصمين": the sit-in's people visit; the governor hosts."""
    ev = _one("واستقبل محافظ إربد، علي المومني، أمس، ستة ممثلين عن المعتصمين.", "CONSULT")
    assert ev["actor"] == ["المعتصمين"] and ev["recipient"] == ["علي المومني"], ev


def test_a_remand_ordered_by_prosecutors_is_an_arrest() -> None:
    """"أمرت النيابة بحبس المتهمين … أربعة أيام": people held pending inquiry by who ordered it."""
    ev = _one("وأمرت النيابة العامة بحبس المتهمين الخمسة أربعة أيام على ذمة التحقيق.", "COERCE")
    assert ev["mode"] == "arrest" and ev["actor"] == ["النيابة العامة"], ev


def test_a_prison_term_passed_is_no_remand() -> None:
    """(a guard for the remand) "قضت المحكمة بحبس 3 متهمين 7 سنوات": a sentence of years, no arrest."""
    _, evs = _events("وقضت المحكمة بحبس 3 متهمين 7 سنوات في قضية تهريب.")
    assert not any(e["type"] == "COERCE" and e["mode"] == "arrest" for e in evs), evs


def test_an_arrest_past_a_month_told_with_its_preposition() -> None:
    """"أوقفت في يوليو الماضي 30 شخصاً": a time after في between the verb and the people taken."""
    ev = _one("وكانت قوات حرس الحدود قد أوقفت في يوليو الماضي 30 شخصاً قرب الحدود الجنوبية.", "COERCE")
    assert ev["mode"] == "arrest" and ev["actor"] == ["قوات حرس الحدود"], ev


def test_relief_provided_is_aid() -> None:
    """قدّم with relief for its object, right after its subject, is aid given."""
    ev = _one("وقدمت فرق الهلال الأحمر الليبي الإسعافات الأولية والبطانيات للناجين.", "AID")
    assert ev["actor"] == ["الهلال الأحمر الليبي"], ev


def test_a_complaint_handed_in_is_no_aid() -> None:
    """(a guard) "قدّم شكوى": no relief named after the verb."""
    _, evs = _events("وقدم الوزير شكوى ضد الصحيفة أمام القضاء.")
    assert not any(e["type"] == "AID" for e in evs), evs


def test_a_unit_after_a_verb_with_a_pronoun_subject_is_its_object() -> None:
    """"قال الجيش إنه اعتقل عناصر من عصابة": the pronoun is the subject; the members after the verb were taken."""
    ev = _one("وقال الجيش اللبناني إنه اعتقل عناصر من عصابة مسلحة في بعلبك.", "COERCE")
    assert ev["actor"] == ["الجيش اللبناني"], ev


def test_the_agent_of_an_act_after_bad_is_not_the_convoys() -> None:
    """"دخلت قافلة …، بعد تفتيشها من قبل قوات الدعم السريع": those who searched it did not send the aid."""
    ev = _one("ودخلت قافلة مساعدات تضم 40 شاحنة إلى مدينة الفاشر، بعد تفتيشها من قبل قوات الدعم السريع.", "AID")
    assert "قوات الدعم السريع" not in ev["actor"], ev


def test_an_mp_named_with_his_seat_is_the_subject() -> None:
    """"انتقد النائب عن الأنبار X القرار": past the province he sits for, the named MP criticised."""
    ev = _one("في المقابل، انتقد النائب عن الأنبار محمد الكربولي القرار.", "ACCUSE")
    assert ev["actor"] == ["محمد الكربولي"], ev


def test_battalions_of_a_force_begin_a_withdrawal() -> None:
    """"بدأت كتائب من الجيش …، فجر اليوم، الانسحاب": units named by their kind (كتائب، ألوية، سرايا) are the force's."""
    ev = _one("بدأت كتائب من الجيش السوداني، فجر اليوم، الانسحاب من مواقعها شرق مدينة سنجة.", "RETREAT")
    assert ev["actor"] == ["الجيش السوداني"], ev


def test_those_prompted_to_an_act_do_it() -> None:
    """"…، ما دفع عناصر شرطة مكافحة الشغب إلى إطلاق النار في الهواء": the police fired, not the protesters."""
    ev = _one("ورشق المحتجون مبنى المحافظة بالحجارة، ما دفع عناصر شرطة مكافحة الشغب إلى إطلاق النار في الهواء.",
              "ASSAULT")
    assert ev["actor"] == ["شرطة مكافحة الشغب"], ev


def test_a_crowd_that_gathers_then_blocks_a_road_does_two_things() -> None:
    """"احتشد المحتجون …، وأغلقوا الطريق": the plural verb's subject is the crowd told before; a gathering and a
    road blocked are two protests."""
    _, evs = _events("واحتشد المحتجون أمام مقر الشركة، وأغلقوا الطريق الدولي بالحجارة.")
    assert sorted(e["mode"] for e in evs if e["type"] == "PROTEST") == ["demo", "obstruct"], evs


def test_an_act_announced_today_happened_on_the_day_its_account_gives() -> None:
    """"أعلنت القيادة، اليوم الجمعة، اعتقال … . وقال المتحدث إن قوة … اعتقلت فجر أمس الخميس …": today is when it was
    announced; the account that follows dates the act."""
    rec = extract("أعلنت قيادة شرطة واسط، اليوم الجمعة، اعتقال ثلاثة مطلوبين في مدينة الكوت. وقال المتحدث باسم "
                  "القيادة إن قوة من الشرطة اعتقلت فجر أمس الخميس ثلاثة مطلوبين بتهم الإرهاب.", published=PUBLISHED)
    lead = min((e for e in rec.events if e.type == "COERCE"), key=lambda e: e.trigger.start)
    assert lead.date == "2025-01-09", [(e.type, e.date) for e in rec.events]


def test_a_wounded_man_taken_to_hospital_is_no_movement_of_forces() -> None:
    """"نُقل أحد المهربين مصاباً … إلى مستشفى بشار": the wounded are taken to hospital; no force moved."""
    _, evs = _events("بينما نُقل أحد المهربين مصاباً بجروح طفيفة إلى مستشفى بشار.")
    assert not any(e["type"] == "MOBILIZE" for e in evs), evs


@pytest.mark.parametrize("sentence", [
    "عقدت في جدة، أمس، جولة محادثات بين وفدي الجيش السوداني وقوات الدعم السريع.",
    "جرت في الكويت محادثات بين ممثلي الحكومة اليمنية وجماعة الحوثي.",
])
def test_the_delegations_of_two_parties_are_the_parties_of_talks(sentence: str) -> None:
    """"بين وفدي X وY"، "بين ممثلي X وY": the delegations or representatives of two bodies speak for them."""
    ev = _one(sentence, "CONSULT")
    assert len(ev["actor"]) == 2, ev


def test_an_agreement_the_talks_resulted_in_is_between_their_parties() -> None:
    """"محادثات بين X وY أفضت إلى اتفاق …": the agreement's parties are the talks' parties."""
    ev = _one("عقدت في القاهرة محادثات بين حركة فتح وحركة الجهاد الإسلامي أفضت إلى اتفاق على تشكيل لجنة مشتركة.",
              "AGREE")
    assert sorted(ev["actor"]) == sorted(["حركة فتح", "حركة الجهاد الإسلامي"]), ev


@pytest.mark.parametrize("sentence,actor,recipient", [
    ("اتهم رئيس فرع الهلال الأحمر في درعا، محمد العلي، السلطات الأردنية بتأخير قوافل الإغاثة.",
     "محمد العلي", "السلطات الأردنية"),
    ("طالب مدير مكتب منظمة الصحة العالمية في اليمن، أحمد زويتن، الأطراف بتسهيل وصول الأدوية.", "أحمد زويتن", None),
])
def test_the_place_of_a_body_in_a_post_is_part_of_the_post(sentence: str, actor: str, recipient: str | None) -> None:
    """"رئيس فرع الهلال الأحمر في درعا، محمد العلي،": the person set off by commas holds the post and acts; he is
    not the one acted on."""
    ev = _one(sentence, "ACCUSE" if sentence.startswith("اتهم") else "REQUEST")
    assert ev["actor"] == [actor], ev
    assert actor not in ev["recipient"], ev
    if recipient:
        assert ev["recipient"] == [recipient], ev


@pytest.mark.parametrize("sentence,actor", [
    ("نفذت قوة من الجيش العراقي عملية دهم في قرية البو عيثة، حيث اندلع اشتباك مع مسلحين كانوا يتحصنون في أحد المنازل.",
     "الجيش العراقي"),
    ("داهمت قوة من الشرطة منزلاً في حي الجهاد، واندلع اشتباك مع مطلوبين.", "الشرطة"),
])
def test_a_clash_with_others_after_a_raid_is_fought_by_the_raiders(sentence: str, actor: str) -> None:
    """"نفّذت وحدة من الجيش عملية دهم …، حيث اندلع اشتباك مع مسلحين": who raided fought."""
    ev = _one(sentence, "ASSAULT")
    assert ev["actor"] == [actor], ev


def test_protesters_dispersed_where_they_protested() -> None:
    """"أغلق مئات المحتجين جسر X …، قبل أن تتدخل قوات مكافحة الشغب وتفرّقهم": the dispersal's scene is the
    protest's, though another party acted there."""
    _, evs = _events("أغلق مئات من المعلمين المتعاقدين، صباح اليوم، جسر الجمهورية وسط بغداد، قبل أن تتدخل قوات "
                     "مكافحة الشغب وتفرّقهم بالقنابل المسيلة للدموع. وقال مصدر طبي في مستشفى الكندي إن خمسة "
                     "متظاهرين أصيبوا بحالات اختناق.")
    ev = next(e for e in evs if e["type"] == "ASSAULT")
    assert ev["location"] == ["جسر الجمهورية", "بغداد"], evs  # (and the city that holds the bridge)


def test_where_a_source_works_is_not_where_the_event_was() -> None:
    """"وقال مصدر طبي في مستشفى X إن …": the hospital names the speaker, not the scene of the attack told
    before."""
    _, evs = _events("أطلق مسلحون النار على دورية لقوات الأمن، ما أدى إلى إصابة ثلاثة عناصر. وقال مصدر طبي في "
                     "مستشفى اليرموك التعليمي إن حالة المصابين مستقرة.")
    ev = next(e for e in evs if e["type"] == "ASSAULT")
    assert "مستشفى اليرموك التعليمي" not in ev["location"], evs


@pytest.mark.parametrize("sentence,actor,recipient", [
    ("ونفى الجيش إطلاق النار على المحتجين قرب مبنى البرلمان.", "الجيش", "المحتجين"),
    ("نفت مديرية شرطة البصرة في بيان استخدام الرصاص الحي ضد المتظاهرين.", "مديرية شرطة البصرة", "المتظاهرين"),
])
def test_an_act_denied_with_its_parties_is_a_negated_event(sentence: str, actor: str, recipient: str) -> None:
    """"نفت الشرطة استخدام الرصاص الحي ضد المحتجين": the denied act, with who would have done it and to whom, is
    an occasion said not to have happened."""
    ev = _one(sentence, "ASSAULT")
    assert ev["status"] == "negated", ev
    assert ev["actor"] == [actor] and ev["recipient"] == [recipient], ev


def test_a_denial_of_an_act_with_no_parties_names_no_occasion() -> None:
    """"نفت الوزارة أي استهداف": nothing done to anyone is told (a guard)."""
    _, evs = _events("ونفت الوزارة وقوع أي قصف.")
    assert not any(e["type"] == "ASSAULT" for e in evs), evs


def test_a_denial_answering_the_report_in_its_sentence_is_no_second_event() -> None:
    """"قُتل … بقصف مدفعي …، فيما نفى الجيش استهداف المدنيين": the denial answers the attack just told (a guard)."""
    _, evs = _events("قُتل ثلاثة مدنيين بقصف مدفعي على قرية قرب الحدود، فيما نفى الجيش التركي استهداف المدنيين.")
    assert len([e for e in evs if e["type"] == "ASSAULT"]) == 1, evs


@pytest.mark.parametrize("sentence,actor", [
    ("اعتقلت الشرطة أربعة متهمين ينتمون إلى تنظيم داعش الذي يقف وراء تفجير سيارة مفخخة في كركوك.", "تنظيم داعش"),
    ("قالت الحكومة إن حركة الشباب تقف وراء تفجير عبوة ناسفة في مقديشو أمس.", "حركة الشباب"),
    # an indefinite body the verb describes, whatever governs it
    ("أعلنت قيادة شرطة البصرة اعتقال أربعة متهمين ينتمون إلى خلية إرهابية تقف وراء تفجير عبوة ناسفة استهدف نقطة "
     "تفتيش.", "خلية إرهابية"),
])
def test_who_stands_behind_an_attack_made_it(sentence: str, actor: str) -> None:
    """"تنظيم داعش الذي يقف وراء تفجير …": who stands behind the attack is its doer."""
    ev = _one(sentence, "ASSAULT")
    assert ev["actor"] == [actor], ev


@pytest.mark.parametrize("sentence,typ,actor", [
    ("وكلّف رئيس الحكومة عبد الحميد الدبيبة رئاسة الأركان العامة بنشر قوة محايدة للفصل بين الطرفين.", "MOBILIZE",
     "رئاسة الأركان العامة"),
    ("كلّفت الحكومة اليمنية وزارة الداخلية بفتح تحقيق في أحداث المكلا.", "ACCUSE", "وزارة الداخلية"),
    ("وجّه رئيس الوزراء محمد شياع السوداني قيادة العمليات المشتركة بنشر قوات إضافية على الحدود.", "MOBILIZE",
     "قيادة العمليات المشتركة"),
])
def test_a_body_tasked_with_an_act_is_to_do_it(sentence: str, typ: str, actor: str) -> None:
    """"كلّف X رئاسة الأركان بنشر قوة"، "وجّه X القيادة بنشر …": the tasked body acts, and the act is still to come."""
    ev = _one(sentence, typ)
    assert actor in ev["actor"], ev
    assert ev["status"] == "planned", ev


@pytest.mark.parametrize("sentence", [
    "وتأتي الخطة ضمن مساعٍ لنقل مهام التأمين الداخلي من الجيش إلى الشرطة في المدن المحررة.",
    "واستقبل الرئيس المبعوث الفرنسي الذي نقل إليه دعم باريس لمسار الإصلاحات.",
])
def test_duties_or_support_conveyed_are_no_movement_of_forces(sentence: str) -> None:
    """"نقل مهام التأمين"، "نقل إليه دعم باريس": duties handed on or support conveyed, no force moved."""
    _, evs = _events(sentence)
    assert not any(e["type"] == "MOBILIZE" for e in evs), evs


@pytest.mark.parametrize("sentence, actor", [
    # a rescue told by its verbal noun, joined by و to what the managing verb governs: its subject rescued
    ("تمكنت وحدات الحرس البحري التونسي، فجر اليوم، من إحباط محاولة هجرة سرية قبالة سواحل جرجيس، وإنقاذ 40 "
     "مهاجراً كانوا على متن قارب معطّل.", "الحرس البحري التونسي"),
    # people pulled out of the water alive
    ("وانتشلت فرق خفر السواحل الليبي 25 مهاجراً من المياه قبالة زوارة.", "خفر السواحل الليبي"),
])
def test_a_rescue_of_people_is_relief(sentence: str, actor: str) -> None:
    ev = _one(sentence, "AID")
    assert ev["mode"] == "humanitarian" and ev["actor"] == [actor], ev


@pytest.mark.parametrize("sentence", [
    # (a guard) a process rescued, or search and rescue named as a field of work, saves nobody
    "وقال الوزير إن بلاده تسعى لإنقاذ المسار التفاوضي.",
    "وبحث الجانبان تعزيز التعاون في مجال البحث والإنقاذ.",
    # (a guard) bodies recovered are no rescue
    "وانتشلت طواقم الدفاع المدني جثث الضحايا من تحت الأنقاض.",
])
def test_rescue_words_without_people_saved_are_no_relief(sentence: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "AID"], evs



@pytest.mark.parametrize("sentence", [
    # wanted or accused people handed over are an extradition, not ground given up
    "وأعلنت وزارة الداخلية البحرينية أن السلطات الإماراتية سلّمت البحرين أربعة مطلوبين صدرت بحقهم أحكام قضائية.",
    "وقال المتحدث إن الشرطة التركية ستسلّم العراق متهمين اثنين في قضايا إرهاب الأسبوع المقبل.",
])
def test_wanted_people_handed_over_are_no_retreat(sentence: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "RETREAT"], evs


@pytest.mark.parametrize("sentence, giver", [
    # aid names its giver after "بتمويل من"، "مقدّمة من" in its clause
    ("دخلت إلى مدينة الحديدة أمس قافلة مساعدات طبية تضم 12 شاحنة بتمويل من الاتحاد الأوروبي.", "الاتحاد الأوروبي"),
    # a ship of relief, its giver after its cargo
    ("وصلت إلى ميناء المكلا سفينة تحمل 900 طن من المواد الغذائية، مقدمة من مركز الملك سلمان للإغاثة والأعمال "
     "الإنسانية، في إطار جسر إغاثي إلى اليمن.", "مركز الملك سلمان للإغاثة والأعمال الإنسانية"),
])
def test_aid_names_its_giver_after_it(sentence: str, giver: str) -> None:
    ev = _one(sentence, "AID")
    assert ev["actor"] == [giver], ev


def test_a_warship_is_no_relief() -> None:
    # (a guard) a ship is aid only with relief named near it
    _, evs = _events("رست سفينة حربية أميركية في ميناء جيبوتي أمس.")
    assert not [e for e in evs if e["type"] == "AID"], evs


def test_forces_deployed_on_roads_leading_to_a_town_are_at_it() -> None:
    # "الطرق المؤدية إلى المدينة": the town the roads lead to is where the forces deploy (a deployment told
    # only where it is also went there)
    ev = _one("وانتشرت وحدات من الجيش العراقي على الطرق المؤدية إلى مدينة سامراء مساء أمس.", "MOBILIZE")
    assert "سامراء" in ev["location"], ev


def test_a_notice_handed_to_a_family_is_no_handover() -> None:
    # "سلّمت القوات العائلة إخطاراً بهدم منزلها": a notice served, not ground or arms given up
    _, evs = _events("وسلّمت قوات الاحتلال عائلة الشاب إخطاراً بهدم منزلها، فيما قال الجيش إن قواته صادرت أسلحة.")
    assert not [e for e in evs if e["type"] == "RETREAT"], evs


def test_people_taken_by_a_subject_told_before_qad() -> None:
    # "وكانت الشرطة قد أوقفت النشطاء": the subject before قد; the definite people after the verb were held
    ev = _one("وكانت الشرطة الجزائرية قد أوقفت النشطاء يوم الخميس الماضي أمام مقر الولاية.", "COERCE")
    assert ev["mode"] == "arrest" and ev["actor"], ev


def test_pilgrims_at_shrines_pay_no_visit() -> None:
    # "زار نحو 50 ألف إيراني العتبات المقدسة": pilgrims at shrines, not a visit to a party
    _, evs = _events("وأشار الوزير إلى أن نحو 50 ألف زائر إيراني زاروا العتبات المقدسة في كربلاء العام الماضي.")
    assert not [e for e in evs if e["type"] == "CONSULT"], evs


def test_an_accord_is_not_dated_by_what_it_provides_for() -> None:
    # "مذكرة تفاهم تقضي بـ … اعتباراً من آذار المقبل": the coming month is when its terms start, not the signing
    _, evs = _events("ووقّع العراق والأردن مذكرة تفاهم تقضي بزيادة الرحلات الجوية بين البلدين اعتباراً من آذار المقبل.")
    accords = [e for e in evs if e["type"] == "AGREE"]
    assert accords and accords[0]["status"] == "occurred", evs


@pytest.mark.parametrize("sentence, actor", [
    # a state or a group in a seizure's genitive, then the bare noun it seized: the genitive seized it
    ("وجاء ذلك بعد احتجاز إيران ناقلة نفط بريطانية في مضيق هرمز.", "إيران"),
    ("وجاء ذلك بعد احتجاز الحوثيين سفينة تجارية قبالة ميناء الحديدة.", "الحوثيون"),
])
def test_a_seizing_genitive_before_a_bare_object(sentence: str, actor: str) -> None:
    ev = _one(sentence, "COERCE")
    assert ev["actor"] == [actor], ev


def test_a_genitive_before_a_joined_noun_is_not_its_agent() -> None:
    # (a guard) "لتفريق المحتجين وإعادة فتح الطريق": what follows و is another act, not what was dispersed
    ev = _one("وتدخلت الشرطة لتفريق المحتجين وإعادة فتح الطريق.", "ASSAULT")
    assert ev["actor"] == ["الشرطة"] and "المحتجين" not in ev["actor"], ev


def test_shopkeepers_who_close_their_shops_strike() -> None:
    # "أغلق التجار محالهم": traders close their shops, a strike, not a closure imposed
    ev = _one("وأغلق التجار في سوق الشورجة محالهم صباح اليوم احتجاجاً على الضرائب الجديدة.", "PROTEST")
    assert ev["mode"] == "strike", ev


def test_a_protest_is_against_the_body_whose_decision_it_rejects() -> None:
    # "رفضاً لقرار وزارة الصناعة": the ministry whose decision the protest rejects is what it is held against
    ev = _one("نظم العمال وقفة احتجاجية أمام مقر المحافظة رفضاً لقرار وزارة الصناعة خفض الأجور.", "PROTEST")
    assert ev["recipient"] == ["وزارة الصناعة"], ev


@pytest.mark.parametrize("sentence, typ, actor", [
    # a force or a weapon told as belonging to a party by a pronoun is that party's
    ("وأعلنت وزارة الداخلية في بيان أن دوريات تابعة لها ستنتشر بشكل دائم عند مداخل مدينة مصراتة.", "MOBILIZE",
     "وزارة الداخلية"),
    # (a guard: already so, the speaker read as the doer of what it says its drones did)
    ("وقال حزب الله إن طائرات مسيّرة تابعة له هاجمت فجر اليوم آلية عسكرية قرب بلدة المطلة.", "ASSAULT", "حزب الله"),
])
def test_a_force_belonging_to_a_party_told_by_its_pronoun(sentence: str, typ: str, actor: str) -> None:
    ev = _one(sentence, typ)
    assert ev["actor"] == [actor], ev


def test_a_bodys_outlet_belonging_to_it_does_not_act() -> None:
    # (a guard) "وكالة أعماق التابعة له": the body's outlet, whose claim of a toll is no act of the body's
    ev = _one("وتبنى التنظيم الهجوم في بيان نشرته وكالة أعماق التابعة له، مدعياً مقتل خمسة عناصر من قسد.", "ASSAULT")
    assert not ev["actor"], ev


def test_the_soldiers_are_the_force_named_before() -> None:
    # "اقتحمت قوات الاحتلال … وأطلق الجنود الغاز": the soldiers are those of the force that raided
    ev = _one("اقتحمت قوات الاحتلال الإسرائيلي فجر اليوم قرية بيت أمر شمال الخليل، وأطلق الجنود قنابل الغاز "
              "المسيل للدموع باتجاه الشبان.", "ASSAULT")
    assert ev["actor"] == ["قوات الاحتلال الإسرائيلي"], ev


def test_a_verb_after_but_is_a_verb_of_its_own_clause() -> None:
    # "وعد بصرف التعويضات مطلع تموز المقبل، لكنه رفض …": the refusal is done, not on the coming day of the promise
    ev = _one("وعد وزير الزراعة اللبناني بصرف تعويضات للمزارعين في عكار مطلع تموز المقبل، لكنه رفض إلغاء القرار.",
              "REJECT")
    assert ev["status"] == "occurred", ev


@pytest.mark.parametrize("sentence, actor", [
    ("نفّذ عشرات الصيادين، صباح اليوم، اعتصاماً أمام مرفأ طرابلس احتجاجاً على منع الصيد.", "الصيادين"),
    ("نظم مئات الفلاحين وقفة احتجاجية أمام مقر الولاية للمطالبة بمياه الري.", "الفلاحين"),
])
def test_fishermen_and_farmers_are_a_party(sentence: str, actor: str) -> None:
    ev = _one(sentence, "PROTEST")
    assert ev["actor"] == [actor], ev


def test_the_wounded_taken_for_treatment_are_no_movement() -> None:
    # (a guard) "أصيبوا بجروح نُقلوا على إثرها إلى مجمع … الطبي": the wounded taken to be treated
    _, evs = _events("هاجم مستوطنون مزارعين قرب بلدة ترمسعيا، ما أدى إلى إصابة ثلاثة مزارعين بجروح ورضوض نُقلوا على "
                     "إثرها إلى مجمع فلسطين الطبي في رام الله.")
    assert not [e for e in evs if e["type"] == "MOBILIZE"], evs


def test_a_threat_to_cut_a_road_restricts() -> None:
    # "هدد بقطع الطريق الدولي": to block a road, not to cut ties
    ev = _one("هدد رئيس نقابة سائقي الشاحنات في صيدا، سمير حداد، بقطع الطريق الدولي إذا لم تتحرك الحكومة.", "THREATEN")
    assert ev["mode"] == "restrict", ev


def test_publishing_lists_is_no_deployment() -> None:
    # (a guard) "ستنشر الوزارة لوائح المستفيدين": lists published, no force deployed
    _, evs = _events("وأوضح الوزير أن الوزارة ستنشر لوائح المستفيدين من التعويضات خلال الأيام المقبلة.")
    assert not [e for e in evs if e["type"] == "MOBILIZE"], evs


def test_a_threat_of_reply_is_aimed_at_the_last_attacker() -> None:
    # "شنّ الطيران … غارات … وتوعّد المتحدث برد موجع": the reply threatened answers the air strikes
    ev = _one("شنّ الطيران الحربي الإسرائيلي غارات على ميناء الحديدة فجر اليوم. وتوعّد المتحدث العسكري باسم جماعة "
              "الحوثيين، يحيى سريع، برد موجع.", "THREATEN")
    assert ev["recipient"] == ["الطيران الحربي الإسرائيلي"], ev


def test_protesters_dispersed_where_they_gathered_in_the_sentence() -> None:
    # (a guard, now that farmers are a party) "تجمّع مئات المزارعين عند جسر …، قبل أن تتدخل قوات مكافحة الشغب
    # وتفرّق المحتجين": dispersed where they gathered, not in the dateline's city
    _, evs = _events("طهران – وكالة الأنباء\nوتجمّع مئات المزارعين مساء الأحد عند جسر سي وسه بول في أصفهان، مرددين "
                     "شعارات تندد بسوء إدارة المياه، قبل أن تتدخل قوات مكافحة الشغب وتفرّق المحتجين بالهراوات.")
    ev = next(e for e in evs if e["type"] == "ASSAULT")
    assert "طهران" not in ev["location"] and ev["location"], evs


def test_a_subject_told_before_qad_is_not_the_party_after_the_verb() -> None:
    # "أن تكون الإدارة قد هددت العمال": the workers are threatened, not the ones who threaten
    _, evs = _events("أضرب مئات العمال في حقول نفط ميسان منذ الأحد. ونفى مدير عام شركة نفط ميسان حسين الكعبي، في تصريح "
                     "نقلته وكالة الأنباء العراقية، أن تكون الإدارة قد هددت العمال المضربين بالفصل أو بقطع أجورهم.")
    ev = next(e for e in evs if e["type"] == "THREATEN")
    assert "العمال" not in ev["actor"] and ev["recipient"] == ["العمال"], evs


def test_a_quotations_own_time_does_not_date_what_follows_it() -> None:
    # "«سمعوا الكلام نفسه منذ سنة 2017»، مهدداً بالدخول في إضراب": the threat is made today, not in 2017
    rec = extract("وقال الناطق باسم التنسيقية، كريم العياري، إن الأهالي «سمعوا الكلام نفسه منذ سنة 2017»، مهدداً "
                  "بالدخول في إضراب عام.", published=PUBLISHED)
    ev = next(e for e in rec.events if e.type == "THREATEN")
    assert ev.date == PUBLISHED, ev


@pytest.mark.parametrize("sentence", [
    "قضت المحكمة الابتدائية بمكناس، أمس الثلاثاء، بإدانة ستة طلاب بتهمة عرقلة السير.",
    "قضت محكمة الجنايات في الإسكندرية بإدانة المتهمين الثلاثة.",
])
def test_a_court_ruling_to_convict_is_a_conviction_made(sentence: str) -> None:
    _, evs = _events(sentence)
    assert [(e["type"], e["status"]) for e in evs] == [("SANCTION", "occurred")], evs


def test_condemning_an_attack_is_no_conviction() -> None:
    # (a guard) "إدانة استهداف المدنيين": a condemnation of what was done to people, no ruling on them
    ev = _one("أعلنت الحكومة التونسية إدانة استهداف المدنيين في المدينة.", "ACCUSE")
    assert ev["mode"] == "disapprove", ev


def test_what_a_told_act_is_called_is_no_act_of_its_own() -> None:
    # "معتبراً أنها «استهداف متعمد للمدنيين»": the strike told before, called so
    _, evs = _events("قصفت طائرة مسيرة سيارة قرب منبج أمس، واتهم مجلس العشائر تركيا بالوقوف وراء الضربة، معتبراً أنها "
                     "«استهداف متعمد للمدنيين».")
    # (not the council that called it so; the one it accuses of standing behind the strike is its alleged attacker)
    assert [e["actor"] for e in evs if e["type"] == "ASSAULT"] == [["تركيا"]], evs


def test_banners_denounce_for_the_crowd_that_raises_them() -> None:
    # "رافعين شباكهم ولافتات تندد بقرار وزارة الزراعة": the ministry is denounced, not the one denouncing
    ev = _one("نفّذ عشرات الصيادين أمس اعتصاماً في مرفأ صور، رافعين شباكهم ولافتات تندد بقرار وزارة الزراعة حظر الصيد.",
              "ACCUSE")
    assert ev["recipient"] == ["وزارة الزراعة"] and "وزارة الزراعة" not in ev["actor"], ev


@pytest.mark.parametrize("sentence,typ", [
    ("واعتقلت الشرطة سبعة محتجين بتهمة قطع الطريق والإضرار بالممتلكات العامة.", "PROTEST"),
    # (a guard: an attack charged)
    ("وأوقفت الشرطة ثلاثة شبان بتهمة الاعتداء على رجال الأمن في المدينة.", "ASSAULT"),
])
def test_the_act_a_charge_names_is_not_reported(sentence: str, typ: str) -> None:
    """"بتهمة قطع الطريق": what someone is charged with is told as the charge, not as an act that happened."""
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == typ], evs


def test_a_participle_after_a_threats_condition_is_made() -> None:
    """"… إذا تكرر الهجوم، متهماً الجماعة بـ…": the condition belongs to the threat; the charge after the comma is
    made."""
    ev = _one("وتوعد قائد اللواء بالرد إذا تكرر الهجوم، متهماً الجماعة المسلحة بخرق الهدنة.", "ACCUSE")
    assert ev["status"] == "occurred", ev


def test_more_of_what_is_asked_is_part_of_the_call() -> None:
    """"دعا … المنظمات إلى مضاعفة دعمها": the support asked for is the call's content, no support given."""
    _, evs = _events('ودعا والي كسلا، في تصريح لـ"راديو الشرق"، المنظمات الإنسانية إلى مضاعفة دعمها للنازحين، '
                     'مؤكداً أن السلطات "لن تسمح بذلك".')
    assert [e["type"] for e in evs] == ["REQUEST"], evs


def test_who_entered_a_strike_past_where_they_work_holds_it() -> None:
    """"دخل مئات المعلمين في مدارس ولاية سطيف، أمس الأحد، في إضراب": the light verb's subject, past the words of
    where they work and a time, holds the strike."""
    ev = _one("دخل مئات المعلمين في مدارس ولاية سطيف، أمس الأحد، في إضراب عن العمل احتجاجاً على تأخر الأجور.",
              "PROTEST")
    assert ev["actor"] == ["المعلمين"], ev


def test_a_participle_goes_on_with_the_main_clause_past_a_relative_clause() -> None:
    """"…، الذي قُتل برصاص مسلحين في آذار 2023، مطالباً …": the critic demands, on the day he spoke; the relative
    clause's killers and month are another act's."""
    rec, evs = _events("وانتقد النائب سمير الحسيني التأخر في قضية اغتيال الصحفي علي الساعدي، الذي قُتل برصاص "
                       "مسلحين في آذار 2023، مطالباً وزارة الداخلية بكشف نتائج التحقيق.")
    ev = next(e for e in evs if e["type"] == "REQUEST")
    request = next(v for v in rec.events + rec.uncoded if v.type == "REQUEST")
    assert (ev["actor"], request.date) == (["سمير الحسيني"], PUBLISHED), (ev, request.date)


@pytest.mark.parametrize("sentence", [
    "وناشد حاكم الإقليم المنظمات الإنسانية توفير الوقود للمستشفيات.",
    "ودعا محافظ الولاية، في تصريح للإذاعة المحلية، المنظمات الدولية إلى إرسال فرق الإغاثة.",
])
def test_a_post_named_by_its_genitive_is_the_callers_not_the_called(sentence: str) -> None:
    """"وناشد حاكم الإقليم المنظمات الإنسانية": the post is the subject (no entity names it), the body its object."""
    ev = _one(sentence, "REQUEST")
    assert ev["actor"] == [] and len(ev["recipient"]) == 1, ev


def test_a_post_named_by_its_town_then_the_body_called_on() -> None:
    """"ودعا والي كسلا المنظمات الإنسانية إلى …": the town is the post's genitive; the body after it is called on."""
    ev = _one("ودعا والي كسلا المنظمات الإنسانية إلى إرسال فرق الإغاثة.", "REQUEST")
    assert (ev["actor"], ev["recipient"]) == (["والي كسلا"], ["المنظمات الإنسانية"]), ev


def test_a_truce_reached_past_its_parties_is_an_agreement() -> None:
    """(a guard) "توصلت فصائل … وقوات الأمن العام، أمس الاثنين، إلى هدنة": reached, past the parties and a time."""
    ev = _one("وتوصلت فصائل محلية في محافظة درعا وقوات الأمن العام، أمس الاثنين، إلى هدنة بوساطة وجهاء.", "AGREE")
    assert ev["status"] == "occurred", ev


def test_a_truce_signed_is_an_agreement() -> None:
    """"وقّع وجهاء العشيرتين عطوة أمنية": a tribal truce (Jordan, Palestine) or a truce, told new, is agreed."""
    ev = _one("ووقّع شيوخ قبيلتي العبادي والعدوان، ظهر اليوم، عطوة أمنية لمدة ستة أشهر في دار محافظة البلقاء.", "AGREE")
    assert ev["status"] == "occurred", ev


@pytest.mark.parametrize("sentence", [
    # (a guard: the truce told before, with the article)
    "وحذّر المجلس الرئاسي من أن أي طرف يخرق الهدنة سيتحمل المسؤولية كاملة.",
    "ويسود الهدوء معظم الجبهات منذ الهدنة التي رعتها الأمم المتحدة في نيسان 2022.",
    # (guards: one asked for or aimed at)
    "ودعت الجامعة العربية، التي تضم 22 دولة، في بيان صدر في القاهرة، الطرفين إلى «هدنة إنسانية فورية».",
    "وتعثرت جهود وساطة تركية للتوصل إلى هدنة دائمة بين الفصائل.",
])
def test_a_truce_told_before_is_no_new_agreement(sentence: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_a_longer_subject_between_the_verb_of_being_and_qad() -> None:
    """"وكانت عناصر الأمن قد أوقفت النشطاء": the subject is told before قد; the party after the verb is its object."""
    _, evs = _events("وكانت عناصر الأمن قد أوقفت النشطاء الثلاثة عقب فض الوقفة أمام مقر البلدية.")
    ev = next(e for e in evs if e["type"] == "COERCE")
    assert ev["actor"] == [] and ev["recipient"] == ["النشطاء"], ev


def test_some_of_them_after_another_act_are_not_its_recipient() -> None:
    """"لتفريقهم … وتعتقل عدداً منهم": the count is of the arrest; the dispersal's pronoun is the crowd, no place."""
    _, evs = _events("قطع عشرات الخريجين العاطلين عن العمل، أمس الأحد، الطريق الرابط بين مدينة الكوت وقضاء الصويرة، "
                     "وأضرموا النار في الإطارات، قبل أن تتدخل قوات مكافحة الشغب لتفريقهم باستخدام الغاز المسيل "
                     "للدموع وتعتقل عدداً منهم.")
    ev = next(e for e in evs if e["type"] == "ASSAULT")
    assert ev["recipient"] == ["الخريجين العاطلين عن العمل"], ev


@pytest.mark.parametrize("text,acts", [
    ("توغلت قوة تابعة للجيش الإسرائيلي، فجر اليوم، في قرية الرفيد بريف درعا. واعتقلت القوة ثلاثة رعاة من القرية.",
     1),
    ("ضبطت دوريات تابعة لجهاز الأمن الداخلي شاحنة قرب مدينة سبها. وأوضح الجهاز أن الدوريات اعتقلت سائقها.",
     2),
])
def test_a_unit_told_before_with_its_owner_is_that_body(text: str, acts: int) -> None:
    """"واعتقلت القوة …"، "أن الدوريات ضبطت …": the definite unit is the one told before as "تابعة لـ…" or "من …";
    its body did it."""
    _, evs = _events(text)
    coerced = [e for e in evs if e["type"] == "COERCE"]
    assert len(coerced) == acts and all(e["actor"] for e in coerced), evs


def test_a_unit_told_first_with_no_owner_names_no_body() -> None:
    """(a guard) "دوريات مشتركة … ضبطت الدوريات": the patrols were never told to be anyone's."""
    _, evs = _events("انتشرت دوريات مشتركة، صباح أمس، على طريق المطار. وضبطت الدوريات سيارة محملة بالذخائر.")
    assert not [e for e in evs if e["type"] == "COERCE" and e["actor"]], evs


@pytest.mark.parametrize("sentence", [
    "وأفاد مصدر أمني بأن المهاجرين نُقلوا إلى مركز إيواء في مدينة زوارة.",
    "فيما نُقل المهاجرون إلى مركز إيواء في مدينة زوارة تمهيداً لترحيلهم.",
    "ونقل الجيش اللاجئين إلى مخيم قرب الحدود.",
])
def test_people_taken_somewhere_are_no_force_moved(sentence: str) -> None:
    """"نُقل المهاجرون إلى مركز إيواء": migrants, refugees or the wounded taken somewhere; no force moved."""
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "MOBILIZE"], evs


def test_a_force_sent_to_the_scene_of_clashes_goes_to_their_place() -> None:
    """"دفعت القيادة بتعزيزات … إلى موقع الاشتباكات": the reinforcements go where the clashes told before took place."""
    _, evs = _events("أفاد مصدر أمني بأن اشتباكات مسلحة اندلعت مساء أمس بين عشيرتين في ناحية الدواية شمالي مدينة "
                     "الناصرية. وقال مصدر إن قيادة الشرطة في محافظة ذي قار دفعت بتعزيزات إلى موقع الاشتباكات.")
    ev = next(e for e in evs if e["type"] == "MOBILIZE")
    assert ev["destination"] == ["ناحية الدواية"], ev


def test_a_force_sent_to_a_scene_with_no_act_told_before_has_no_destination() -> None:
    """(a guard) "إلى مكان الحادث" with no incident placed before it: no place is borrowed."""
    _, evs = _events("وقال مصدر في شرطة ذي قار إن قيادة الشرطة دفعت بتعزيزات كبيرة إلى مكان الحادث.")
    assert all(not e["destination"] for e in evs if e["type"] == "MOBILIZE"), evs


def test_a_delegation_met_after_where_the_meeting_was() -> None:
    """"التقى المحافظ في مبنى المحافظة وفداً من المعتصمين": the place phrase between does not hide who was met."""
    ev = _one("وظهر اليوم، التقى محافظ معان في مبنى المحافظة وفداً من المعتصمين واستمع إلى مطالبهم.", "CONSULT")
    assert ev["recipient"] == ["المعتصمين"], ev


@pytest.mark.parametrize("sentence,mode", [
    ("أضرب عمال النظافة في بلدية قابس عن العمل صباح اليوم احتجاجاً على تأخر صرف الأجور.", "strike"),
    ("وأضرب المعلمون في مدارس محافظة الكرك عن التدريس أمس.", "strike"),
    ("وأضرب خمسة معتقلين في سجن النقب عن الطعام منذ أسبوع.", "hunger"),
])
def test_a_strike_from_work_or_food_told_by_its_verb(sentence: str, mode: str) -> None:
    """"أضرب … عن العمل"، "أضرب … عن الطعام": the verb, its subject between it and what they strike from."""
    ev = _one(sentence, "PROTEST")
    assert ev["mode"] == mode, ev


def test_the_present_that_hits_is_no_strike() -> None:
    """(a guard) "تضرب الطائرات مواقع …": the same letters hit; with no عن العمل after them, no strike."""
    _, evs = _events("وتضرب الطائرات المسيرة مواقع المسلحين في الجبال منذ أيام.")
    assert not [e for e in evs if e["type"] == "PROTEST"], evs


@pytest.mark.parametrize("sentence", [
    "يواصل سائقو شركة النقل العام إضرابهم لليوم الرابع على التوالي.",
    "وواصلت نقابة الأطباء اعتصامها أمام مقر الوزارة.",
])
def test_a_protest_kept_up_by_those_named_is_under_way(sentence: str) -> None:
    """"يواصل عمال الشركة إضرابهم": the protest is theirs and goes on, though told with its pronoun."""
    ev = _one(sentence, "PROTEST")
    assert ev["actor"] and ev["status"] == "ongoing", ev


def test_a_strike_counted_by_its_days_is_under_way() -> None:
    """"دخل عمال الشركة يومهم الثالث من إضراب": who entered its third day hold it, and it goes on."""
    ev = _one("دخل عمال شركة الإسمنت في بنزرت، اليوم، يومهم الخامس من إضراب عن العمل.", "PROTEST")
    assert ev["status"] == "ongoing" and ev["actor"], ev


def test_a_meeting_that_brings_parties_together_is_no_gathering() -> None:
    """"جلسة حوار تجمع ممثلي العمال والإدارة": تجمع brings them together; no one gathers to protest."""
    _, evs = _events("وأفاد مصدر بأن جلسة حوار ثلاثية تجمع ممثلي العمال وإدارة المصنع ستعقد يوم الأحد المقبل.")
    assert not [e for e in evs if e["type"] == "PROTEST"], evs


def test_people_counted_in_words_of_two_after_an_arrest() -> None:
    """"أوقفت … ثلاثة عشر شخصاً": a compound count in words, then the people taken."""
    ev = _one("أوقفت وحدات من الحرس الوطني التونسي، ليلة أمس، ثلاثة عشر شخصاً من المحتجين.", "COERCE")
    assert ev["mode"] == "arrest" and ev["actor"], ev


def test_a_threat_right_after_an_accusation_is_against_the_accused() -> None:
    """"اتهم المتحدث «قسد» باستهداف المدنيين، متوعداً بأن الرد …": no و, the accusation's verb before it."""
    ev = _one("اتهم المتحدث باسم الفصائل، الرائد خالد الأحمد، «قسد» باستهداف المدنيين، متوعداً بأن الرد سيكون قاسياً.",
              "THREATEN")
    assert ev["recipient"] == ["قوات سوريا الديمقراطية"], ev


def test_relief_received_is_aid_given() -> None:
    """"تسلّمت نحو 200 أسرة نازحة مساعدات غذائية من جمعية …": aid handed out, no handover of ground."""
    _, evs = _events("وتسلّمت نحو 200 أسرة نازحة، صباح اليوم، مساعدات غذائية من جمعية الهلال الأحمر في مراكز الإيواء.")
    assert [e["type"] for e in evs] == ["AID"] and evs[0]["actor"] == ["جمعية الهلال الأحمر"], evs


def test_an_intent_announced_is_planned() -> None:
    """"أعلن الوالي عزم الحكومة نشر قوات": what a body is resolved to do is to come."""
    ev = _one("وأعلن الوالي عزم الحكومة نشر قوات من الشرطة لتأمين المخيمات.", "MOBILIZE")
    assert ev["status"] == "planned", ev


def test_a_unit_told_before_speaks_through_a_quotation() -> None:
    """إن القوة "داهمت …": the quotation opens at the verb; the unit is still its subject."""
    _, evs = _events('توغلت قوة من الجيش الإسرائيلي، فجر اليوم، في بلدة الرفيد. وقال مختار القرية إن القوة "داهمت عدداً '
                     'من المنازل واعتقلت شابين".')
    assert [e["actor"] != [] for e in evs if e["type"] == "COERCE"] == [True, True], evs


def test_the_force_asked_to_withdraw_named_by_lam() -> None:
    """"طالبت الوزارة في بيان بالانسحاب الفوري للقوات الإسرائيلية": who is asked is the doer named by ل, past
    the adjective and past where it was said."""
    ev = _one("وطالبت وزارة الخارجية الأردنية في بيان بالانسحاب الفوري للقوات الإسرائيلية من الأراضي اللبنانية.",
              "REQUEST")
    assert ev["recipient"] == ["القوات الإسرائيلية"], ev


def test_reinforcements_arriving_where_they_went_told_first() -> None:
    """"وصلت إلى مدينة عطبرة، …، مساء أمس، تعزيزات عسكرية دفع بها الجيش": where they arrived, before the force."""
    _, evs = _events("وصلت إلى مدينة شندي، كبرى مدن ولاية نهر النيل، مساء أمس، تعزيزات عسكرية كبيرة دفع بها الجيش "
                     "السوداني قادمة من مدينة عطبرة.")
    ev = next(e for e in evs if e["type"] == "MOBILIZE")
    assert ev["destination"] and ev["destination"][0] in ("شندي", "شندى"), ev


def test_a_protest_held_by_those_named_after_its_verb_of_holding() -> None:
    """"اعتصام كان ينفذه منذ السبت عشرات من متساكني مدينة قبلي": the subject of the verb that holds it holds it
    (Tunisian «متساكني», residents, names a crowd by its town)."""
    _, evs = _events("فرّقت وحدات الحرس الوطني التونسي، ليلة أمس، اعتصاماً كان ينفذه منذ السبت الماضي عشرات من متساكني "
                     "مدينة قبلي أمام مقر المعتمدية.")
    ev = next(e for e in evs if e["type"] == "PROTEST")
    assert ev["actor"] == ["متساكني مدينة قبلي"], ev


@pytest.mark.parametrize("sentence,body", [
    ("ونظم المعلمون وقفة احتجاجية أمام مبنى وزارة التربية في عمّان.", "وزارة التربية"),
    ("نفذ عشرات العمال اعتصاماً أمام مقر الشركة العامة للكهرباء في مدينة الديوانية.", "الشركة العامة للكهرباء"),
])
def test_a_protest_at_a_bodys_seat_is_addressed_to_it(sentence: str, body: str) -> None:
    """"وقفة احتجاجية أمام مبنى وزارة …": the body whose seat the protest stands before is the one it addresses."""
    ev = _one(sentence, "PROTEST")
    assert ev["recipient"] == [body], ev


@pytest.mark.parametrize("sentence,mode", [
    ("شنّ مسلحو الحركة هجوماً واسعاً على مواقع الجيش في مديرية الصفراء، مستخدمين المدفعية الثقيلة والطائرات المسيّرة.",
     "heavy-weapons"),
    ("شنّ مسلحو الحركة هجوماً على مواقع الجيش في مديرية الصفراء باستخدام الطائرات المسيّرة.", "drone"),
])
def test_an_attack_told_with_what_its_doers_used(sentence: str, mode: str) -> None:
    """"…، مستخدمين المدفعية الثقيلة …"، "باستخدام الطائرات المسيّرة": the first weapon told is the attack's means."""
    ev = _one(sentence, "ASSAULT")
    assert ev["mode"] == mode, ev


def test_a_place_after_a_chain_of_place_nouns() -> None:
    # "بإحدى قرى مركز ملوي": the preposition reaches the district's name past the nouns before it
    ev = _one("ضبطت قوات الأمن، أمس الأربعاء، مخزناً للأسلحة داخل منزل بإحدى قرى مركز ملوي.", "COERCE")
    assert "ملوي" in ev["location"], ev


def test_a_joined_past_verb_shares_the_day_told_before_it() -> None:
    # "وألقت القبض …، في إطار حملة لاحتواء خصومة راح ضحيتها شخصان منتصف أكتوبر": that month is the feud's
    rec = extract("ضبطت الشرطة، أمس الأربعاء، أسلحة داخل منزل في مدينة ملوي، وألقت القبض على خمسة متهمين، "
                  "في إطار حملة لاحتواء خصومة ثأرية راح ضحيتها شخصان منتصف أكتوبر الماضي.", published="2025-11-20")
    arrests = [e for e in rec.events if e.type == "COERCE" and e.mode == "arrest"]
    assert [e.date for e in arrests] == ["2025-11-19"], [(e.mode, e.date) for e in rec.events]


def test_how_long_another_act_has_lasted_dates_nothing() -> None:
    # "احتجاجاً على استمرار غلق المعبر منذ أكثر من ثلاثة أسابيع": the closure's length, not the protest's day;
    # nor is the closure protested against a protest of its own
    rec = extract("تجمّع مئات التجار، مساء أمس الاثنين، أمام مقر المعتمدية في مدينة مدنين، احتجاجاً على استمرار غلق "
                  "معبر ذهيبة منذ أكثر من ثلاثة أسابيع، قبل أن تفرّقهم قوات الأمن مستعملة الغاز المسيل للدموع.",
                  published="2025-01-14")
    dated = sorted((e.type, e.date) for e in rec.events if e.type in ("PROTEST", "ASSAULT"))
    assert dated and all(d == "2025-01-13" for _, d in dated), dated
    assert len([e for e in rec.events if e.type == "PROTEST"]) == 1, [e.trigger.text for e in rec.events]


def test_what_a_begun_search_resulted_in_is_done() -> None:
    # "وباشرت عملية تفتيش … أسفرت عن اعتقال": the search goes on, the arrests it led to are done
    rec = extract("وقالت الوزارة إن قيادة عمليات نينوى باشرت عملية تفتيش واسعة في القرى المجاورة أسفرت عن "
                  "اعتقال ثلاثة من المشتبه بهم.", published="2025-11-12")
    arrests = [e for e in rec.events if e.type == "COERCE" and e.mode == "arrest"]
    assert [e.status for e in arrests] == ["occurred"], [(e.type, e.mode, e.status) for e in rec.events]


def test_what_is_left_of_a_group_is_the_group() -> None:
    # "متهمة «بقايا عصابات داعش» بتنفيذ الاعتداء": the remnants of a group are the group accused
    rec = extract("وأعلنت وزارة الداخلية العراقية اعتقال اثنين من المشتبه بهم، متهمة «بقايا عصابات داعش الإرهابية» "
                  "بتنفيذ الهجوم على نقطة التفتيش.", published="2025-11-12")
    names = {e.id: e.name_ar for e in rec.entities}
    accused = [[names[x] for x in e.recipient] for e in rec.events if e.type == "ACCUSE"]
    assert accused == [["تنظيم داعش"]], [(e.type, e.trigger.text, e.recipient) for e in rec.events]


def test_the_villages_of_a_district_are_where_it_happened() -> None:
    # "قرب إحدى القرى التابعة لناحية سيدكان": the district the villages belong to is the place
    ev = _one("قُتل شخصان، مساء أمس، إثر قصف بطائرة مسيّرة استهدف سيارة مدنية قرب إحدى القرى التابعة لناحية ربيعة "
              "شمال قضاء تلعفر بمحافظة نينوى.", "ASSAULT")
    assert "ربيعة" in ev["location"], ev


def test_how_long_a_grievance_has_lasted_dates_no_protest() -> None:
    # "احتجاجاً على عدم صرف مرتباتهم منذ أربعة أشهر": the months are the unpaid wages', not the protest's
    rec = extract("أغلق عناصر من حرس المنشآت النفطية، أمس الأحد، ميناء البريقة النفطي في منطقة الهلال النفطي، ومنعوا "
                  "ناقلة نفط كانت راسية قبالة الرصيف من استكمال تحميل شحنتها، احتجاجاً على عدم صرف مرتباتهم منذ أربعة "
                  "أشهر.", published="2025-03-17")
    assert [e.date for e in rec.events if e.type == "PROTEST"] == ["2025-03-16"], \
        [(e.type, e.date, e.trigger.text) for e in rec.events]


def test_people_taken_past_an_aside_right_after_the_verb() -> None:
    # "أن عناصر الدرك أوقفوا، في عملية منسقة …، أربعة أشخاص": the subject went before the verb
    ev = _one("وقال مصدر إن عناصر الدرك الملكي أوقفوا، في عملية منسقة على الشريط الساحلي قرب العرائش، أربعة "
              "أشخاص يُشتبه في تنظيمهم رحلات الهجرة.", "COERCE")
    assert ev["mode"] == "arrest" and ev["actor"] == ["الدرك الملكي"], ev


@pytest.mark.parametrize("sentence,actor,status", [
    # an inquiry opened, its subject between verb and noun ("فتحت" is the verb, not ف + تحت)
    ("فيما فتحت النيابة العامة المختصة تحقيقاً لتحديد باقي أفراد الشبكة.", "النيابة العامة", "occurred"),
    ("فتحت الشرطة المغربية تحقيقاً في ملابسات الحادث.", "الشرطة المغربية", "occurred"),
    # a light verb in the future: what it names is planned
    ("وأعلنت النيابة العامة أنها ستفتح تحقيقات في الحادثة.", "النيابة العامة", "planned"),
])
def test_an_inquiry_opened(sentence: str, actor: str, status: str) -> None:
    ev = _one(sentence, "ACCUSE")
    assert ev["mode"] == "investigate" and ev["actor"] == [actor] and ev["status"] == status, ev


def test_a_curfew_to_be_imposed_is_planned() -> None:
    ev = _one("وأعلنت وزارة الداخلية أنها ستفرض حظراً للتجول في مدينة الرصيفة.", "COERCE")
    assert ev["status"] == "planned", ev


def test_a_number_counted_from_a_trade_of_a_town_holds_the_protest() -> None:
    # "تجمّع نحو 200 من صيادي بانياس": the number, its hedge and من before the crowd
    ev = _one("تجمّع نحو 200 من صيادي بانياس، صباح اليوم، أمام مبنى مديرية الموانئ احتجاجاً على رفع سعر المازوت.",
              "PROTEST")
    assert ev["actor"] == ["صيادي بانياس"], ev


@pytest.mark.parametrize("sentence,status", [
    ("وأغلقت السلطات منذ صباح أمس معبر الحدود أمام حركة الشاحنات.", "ongoing"),
    ("وأغلق الجيش، مساء الأحد، الطريق الدولي بين المدينتين، ولا يزال الطريق مغلقاً حتى اليوم.", "ongoing"),
    # (a guard) closed for some hours and opened again: over
    ("وأغلقت الشرطة الطريق لساعات قبل أن تعيد فتحه.", "occurred"),
])
def test_a_closure_kept_since_a_time_or_still_standing_goes_on(sentence: str, status: str) -> None:
    """"أغلقت القوات منذ فجر اليوم حاجز عطارة"، "…، ولا يزال الحاجز مغلقاً": the closure is under way."""
    assert _one(sentence, "COERCE")["status"] == status


def test_a_strike_that_entered_its_day_goes_on() -> None:
    # "دخل إضراب عمال المناجم …، يومه الرابع": going on, held by the workers of that work
    ev = _one("دخل إضراب عمال المناجم في منطقة الرديف، جنوب غربي البلاد، يومه الرابع اليوم الخميس.", "PROTEST")
    assert ev["status"] == "ongoing" and ev["actor"] == ["عمال المناجم"], ev


@pytest.mark.parametrize("sentence", [
    # its day counted, or told to last in the present
    "وتعطلت الدراسة في المدارس الحكومية في اليوم الثالث من إضراب المعلمين.",
    "ونفذ آلاف المعلمين، اليوم الأحد، إضراباً شاملاً عن العمل يمتد يومين.",
    # entered, told by its noun or with the clause's «فيه»
    "وانتشرت قوات الأمن حول المبنى في وقت دخل فيه إضراب الأطباء أسبوعه الثاني.",
])
def test_a_strike_counted_or_told_to_last_goes_on(sentence: str) -> None:
    """"في اليوم الثاني من إضراب …"، "إضراباً … يمتد ثلاثة أيام"، "دخل فيه إضراب X أسبوعه الثالث": going on."""
    evs = [e for e in _events(sentence)[1] if e["type"] == "PROTEST" and e["mode"] == "strike"]
    assert evs and evs[0]["status"] == "ongoing", evs


@pytest.mark.parametrize("sentence", [
    "نفّذ عشرات المتقاعدين، صباح اليوم، وقفة احتجاجية أمام مقر المحافظة في مدينة العقبة، للمطالبة بزيادة رواتبهم.",
    "وأضرب سائقو سيارات الأجرة في مدينة سوسة عن العمل أمس للمطالبة بمراجعة التعريفة.",
])
def test_the_demand_a_protest_is_held_for_is_its_purpose(sentence: str) -> None:
    """"وقفة احتجاجية …، للمطالبة بزيادة رواتبهم": what the protest is held for, no request of its own."""
    _, evs = _events(sentence)
    assert [e for e in evs if e["type"] == "PROTEST"] and not [e for e in evs if e["type"] == "REQUEST"], evs


def test_a_demand_with_no_protest_before_it_is_read() -> None:
    """(a guard) "أصدرت النقابة بياناً للمطالبة بـ": with no protest in its sentence, a request."""
    _, evs = _events("وأصدرت نقابة الصحفيين في مدينة سوسة بياناً أمس للمطالبة بالإفراج عن زميلهم.")
    assert [e for e in evs if e["type"] == "REQUEST"], evs


@pytest.mark.parametrize("sentence", [
    "وسحبت النيابة العامة الدعوى المرفوعة ضد الصحفي في مدينة الجديدة.",
    "وطالب المحتجون بسحب العقوبات التأديبية الصادرة بحق زملائهم في مدينة الجديدة.",
    "ودعت كتلة المعارضة إلى سحب الثقة من حكومة الوحدة في طرابلس.",
])
def test_a_penalty_or_trust_taken_back_is_no_withdrawal(sentence: str) -> None:
    """"سحب العقوبات"، "سحب الثقة"، "سحبت النيابة الدعوى": taken back, no force withdrawn."""
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "RETREAT"], evs


@pytest.mark.parametrize("sentence,crowd", [
    ("شنّ مدرّسو التعليم الثانوي والإعدادي في مدينة المنستير إضراباً عاماً اليوم الأربعاء.",
     "مدرّسو التعليم الثانوي والإعدادي"),
    ("ونظم معلمو المدارس الابتدائية في مدينة الزرقاء وقفة احتجاجية أمس.", "معلمو المدارس الابتدائية"),
    ("وتجمّع المئات من المدرّسين أمام مقر المندوبية الجهوية للتربية بمدينة المهدية أمس.", "المدرّسين"),
])
def test_teachers_named_by_their_teaching_hold_the_protest(sentence: str, crowd: str) -> None:
    """Teachers named by what or where they teach, or by «المدرّسين», are the crowd that protests."""
    ev = _one(sentence, "PROTEST")
    assert ev["actor"] == [crowd], ev


def test_a_negation_in_a_clause_of_people_after_a_noun_is_theirs() -> None:
    """"معرباً عن شكره للأشقاء الذين لم ينسوا المدينة": the «لم» belongs to the people's clause; the thanks were given."""
    _, evs = _events("وقال رئيس بلدية سلفيت إن المساعدات وصلت، معرباً عن شكره للأشقاء الذين لم ينسوا المدينة.")
    thanks = [e for e in evs if e["type"] == "SUPPORT"]
    assert thanks and thanks[0]["status"] == "occurred", evs


def test_aid_names_its_giver_after_its_load_and_route() -> None:
    """"دخلت قافلة مساعدات … إلى مدينة X …، محمّلة بـ…، مقدّمة من Y": the giver, far after the convoy."""
    ev = _one("دخلت قافلة مساعدات إنسانية مؤلفة من 22 شاحنة إلى مدينة الرستن في ريف حمص الشمالي، صباح اليوم "
              "الأحد، محمّلة بالمواد الغذائية والطحين ومستلزمات التدفئة والأدوية، مقدّمة من منظمة الصحة العالمية.",
              "AID")
    assert ev["actor"] == ["منظمة الصحة العالمية"], ev


def test_aid_taken_to_a_town_is_handed_out_there() -> None:
    """"وصلت قافلة مساعدات … إلى مدينة X": the town is where the aid was, as well as where it went."""
    ev = _one("وأرسل برنامج الأغذية العالمي قافلة مساعدات إلى مدينة الرستن أمس.", "AID")
    assert "الرستن" in ev["location"] and "الرستن" in ev["destination"], ev


@pytest.mark.parametrize("sentence,crowd", [
    ("وعمدت قوات الأمن التونسية إلى تفريق المحتجين الذين حاولوا الاعتصام أمام مقر الولاية بمدينة القصرين، وأوقفت "
     "سبعة أشخاص.", "المحتجين"),
    ("تظاهر مئات من سكان مدينة القصرين أمس للمطالبة بالتشغيل. وأوقفت الشرطة سبعة أشخاص بعد مواجهات مع المحتجين.",
     "سكان مدينة القصرين"),
])
def test_people_counted_as_arrested_beside_a_crowd_are_of_it(sentence: str, crowd: str) -> None:
    """"فرّقت القوات المحتجين …، وأوقفت سبعة أشخاص": the arrested are of the crowd told beside them."""
    _, evs = _events(sentence)
    arrests = [e for e in evs if e["type"] == "COERCE" and e["mode"] == "arrest"]
    assert arrests and arrests[0]["recipient"] == [crowd], evs


def test_people_arrested_with_no_crowd_near_are_no_ones() -> None:
    """(a guard) an arrest of counted people with no crowd told near: no recipient is borrowed."""
    _, evs = _events("وأعلنت مديرية الأمن في مدينة القصرين أنها أوقفت سبعة أشخاص يشتبه في تورطهم بتهريب الوقود.")
    arrests = [e for e in evs if e["type"] == "COERCE" and e["mode"] == "arrest"]
    assert arrests and not arrests[0]["recipient"], evs


def test_the_ends_of_a_road_blocked_are_not_where_the_protest_was() -> None:
    """"أقدم سكان بلدية X على غلق الطريق الوطني الرابط بين ولايتي Y وZ": the crowd's town, not the road's ends."""
    ev = _one("أقدم العشرات من سكان بلدية أقبو، صباح أمس، على غلق الطريق الوطني رقم 26 الرابط بين ولايتي البويرة "
              "وبجاية بالحجارة والعجلات المطاطية، احتجاجاً على الانقطاعات المتكررة للمياه.", "PROTEST")
    # (the road itself is where too)
    assert ev["actor"] == ["سكان بلدية أقبو"] and ev["location"] == ["أقبو", "الطريق الوطني رقم 26"], ev


@pytest.mark.parametrize("sentence,place", [
    ("استهدفت غارة إسرائيلية بلدة عيتا الشعب في قضاء بنت جبيل فجر اليوم.", "عيتا الشعب"),
    ("استهدف قصف مدفعي بلدة سراقب في ريف إدلب الشرقي مساء أمس.", "سراقب"),
])
def test_the_object_of_an_attack_verb_past_its_noun_subject(sentence: str, place: str) -> None:
    """"استهدفت غارة إسرائيلية بلدة X في قضاء Y": the verb's subject is the act's own noun; the town after it
    is where it struck, not only the district that holds the town."""
    ev = _one(sentence, "ASSAULT")
    assert place in ev["location"], ev


def test_an_attack_noun_as_the_object_of_a_verb_is_not_its_subject() -> None:
    """(a guard) "صدّت قواته هجوماً شنته مجموعة مسلحة": the accusative noun is what was repelled."""
    _, evs = _events("وقال الجيش إن قواته صدّت هجوماً شنته مجموعة مسلحة على قرية أم سنيطة شرق مدينة القضارف.")
    assert any(e["type"] == "ASSAULT" and "مجموعة مسلحة" in e["actor"] for e in evs), evs


def test_a_reconciliation_deed_signed_is_an_accord_of_the_two_clans() -> None:
    """"نزاع بين قبيلتي X وY …، ووقّع ممثلو القبيلتين وثيقة صلح": a deed of reconciliation is an agreement,
    the two clans its parties."""
    ev = _one("اندلع نزاع مسلح بين قبيلتي آل عوض وآل سالم في مديرية بيحان الأسبوع الماضي. ووقّع ممثلو القبيلتين "
              "أمس وثيقة صلح تنص على وقف فوري لإطلاق النار.", "AGREE")
    assert sorted(ev["actor"]) == ["آل سالم", "آل عوض"], ev


def test_arrests_among_them_are_of_the_crowd() -> None:
    """"… ولم تسجل مصالح الأمن أي توقيفات في صفوفهم": those among whom none were arrested are the crowd."""
    _, evs = _events("البويرة – الشروق\nأغلق العشرات من سكان بلدية الأخضرية الطريق الوطني أمس احتجاجاً على انقطاع "
                     "الماء، ولم تسجل مصالح الأمن أي توقيفات في صفوفهم.")
    arrests = [e for e in evs if e["type"] == "COERCE"]
    assert arrests and arrests[0]["recipient"] == ["سكان بلدية الأخضرية"] and arrests[0]["status"] == "negated", evs


def test_the_day_that_narrows_a_time_told_first() -> None:
    """"الأسبوع المقبل، وتحديداً يوم الثلاثاء 24 فيفري": the day told «specifically» dates the act."""
    rec = extract("وأعلنت وزارة الصحة أنها ستعقد جلسة تفاوض مع نقابة الأطباء الأسبوع المقبل، وتحديداً يوم الخميس 16 "
                  "جانفي، بمقر الوزارة.", published=PUBLISHED)
    talks = [e for e in _readings(rec) if e.type == "CONSULT"]
    assert talks and talks[0].date == "2025-01-16", [(e.trigger.text, e.date) for e in talks]


def test_an_attack_verb_and_its_noun_subject_are_one_act_past_a_time_aside() -> None:
    """"استهدفت غارة جوية إسرائيلية، فجر اليوم، بلدة X في قضاء Y": one strike, at the town and its district."""
    _, evs = _events("استهدفت غارة جوية إسرائيلية، فجر اليوم، بلدة عيتا الشعب في قضاء بنت جبيل.")
    strikes = [e for e in evs if e["type"] == "ASSAULT"]
    assert len(strikes) == 1 and "عيتا الشعب" in strikes[0]["location"], evs


@pytest.mark.parametrize("sentence,actor", [
    # a strike kept up, its strikers named right after the verb, past where they work and a time aside
    ("يواصل الأطباء المقيمون بالمستشفى الجامعي يوسف دمرجي بتيارت، لليوم الخامس على التوالي، إضرابهم عن العمل.",
     "الأطباء"),
    # nurses and lawyers strike and gather as teachers do
    ("يواصل الممرضون بالمستشفى الجامعي يوسف دمرجي بتيارت، لليوم الخامس على التوالي، إضرابهم عن العمل.", "الممرضون"),
    ("نظم المحامون وقفة احتجاجية أمام محكمة تيارت.", "المحامون"),
])
def test_professions_keep_up_their_strike(sentence: str, actor: str) -> None:
    ev = _one(sentence, "PROTEST")
    assert ev["actor"] == [actor], ev


def test_a_denial_participle_opens_a_clause_of_its_own() -> None:
    """"أن وحدات من الحرس الوطني انتشرت على جانبي الطريق، نافياً إيقاف أي من المحتجين": the people after the
    denial are no subject of the deployment told before it."""
    _, evs = _events("سليانة – «صدى»\nأغلق المحتجون الطريق الوطنية في ولاية سليانة. وأفاد مصدر أمني أن وحدات من "
                     "الحرس الوطني انتشرت على جانبي الطريق، نافياً إيقاف أي من المحتجين.")
    moves = [e for e in evs if e["type"] == "MOBILIZE"]
    assert moves and moves[0]["actor"] == ["الحرس الوطني"], evs


@pytest.mark.parametrize("sentence,typ,actor", [
    # what one pledges to do is to come, done by who pledged it
    ("وتعهدت الحكومة الليبية بسحب القوات من مدينة بني وليد.", "RETREAT", "الحكومة الليبية"),
    # (the pledge joined by و to an earlier act: that act's doer pledged it)
    ("التقى محافظ كفر الشيخ اللواء سامي الدمنهوري، اليوم، وفداً من الصيادين، وتعهّد بالإفراج عن الموقوفين.",
     "RETREAT", "سامي الدمنهوري"),
])
def test_a_pledged_act_is_to_come(sentence: str, typ: str, actor: str) -> None:
    ev = _one(sentence, typ)
    assert ev["status"] == "planned" and ev["actor"] == [actor], ev


def test_a_meeting_during_a_pledge_was_held() -> None:
    """"تعهّد المحافظ، خلال لقائه وفداً من الوجهاء، بإعادة المنازل": the pledge reaches its بـ-noun only; the
    meeting during it was held."""
    ev = _one("من جهته، تعهّد محافظ إدلب محمد عبد الرحمن، خلال لقائه وفداً من وجهاء سراقب مساء أمس، بإعادة المنازل "
              "إلى أصحابها.", "CONSULT")
    assert ev["status"] == "occurred", ev


def test_receiving_complaints_is_no_visit() -> None:
    """"تشكيل لجنة لاستقبال شكاوى الملكية": a desk that takes complaints, no one received."""
    _, evs = _events("وأعلن المحافظ تشكيل لجنة لاستقبال شكاوى الملكية في مدينة إدلب.")
    assert "CONSULT" not in [e["type"] for e in evs], evs


def test_men_of_two_bodies_repel_an_attack_on_them_both() -> None:
    """"صدّت وحدات من الجيش السوداني ومقاتلون من حركة العدل والمساواة، فجر اليوم، هجوماً شنّته قوات الدعم السريع":
    the parts of two bodies joined by و are the subject, and the attack after them and a time is what they repelled."""
    _, evs = _events("صدّت وحدات من الجيش السوداني ومقاتلون من حركة العدل والمساواة، فجر اليوم، هجوماً شنّته قوات "
                     "الدعم السريع على مدينة الدلنج.")
    attack = next(e for e in evs if e["type"] == "ASSAULT" and e["actor"] == ["قوات الدعم السريع"])
    assert attack["recipient"] == ["الجيش السوداني", "حركة العدل والمساواة"], evs


def test_also_adds_another_act_and_uprooting_trees_is_destruction() -> None:
    """"اعتدوا عليهم بالضرب، كما اقتلعوا نحو 40 شجرة زيتون": «كما» adds a second act, the trees uprooted."""
    _, evs = _events("هاجم مستوطنون، مساء أمس، مزارعين في أراضي بلدة ترمسعيا، واعتدوا عليهم بالضرب، كما اقتلعوا نحو "
                     "40 شجرة زيتون.")
    attacks = [e for e in evs if e["type"] == "ASSAULT"]
    assert len(attacks) == 2 and attacks[1]["mode"] == "destroy" and attacks[0]["mode"] != "destroy", evs


def test_a_quoted_list_after_a_detached_bi_is_all_asked_for() -> None:
    """"طالبت المجتمع الدولي بـ«توفير حماية … وفرض عقوبات رادعة على المستوطنين»": the sanctions are asked for, not
    imposed."""
    _, evs = _events("رام الله – «صدى»\nوطالبت وزارة الخارجية الفلسطينية المجتمع الدولي بـ«توفير حماية دولية عاجلة "
                     "للمزارعين وفرض عقوبات رادعة على المستوطنين».")
    assert [e["type"] for e in evs] == ["REQUEST"], evs


@pytest.mark.parametrize("sentence,accuser,accused", [
    # the form a charge took, set off by commas between the accuser and the accused, parts neither
    ("اتهمت جماعة الحوثي، في بيانات على منصة «إكس»، الولايات المتحدة بالوقوف وراء الغارات على ميناء رأس عيسى.",
     "الحوثيون", "الولايات المتحدة"),
    ("اتهم الجيش السوداني، في تسجيل مصوّر، قوات الدعم السريع بقصف مدينة كوستي.", "الجيش السوداني",
     "قوات الدعم السريع"),
    ("اتهم الجيش السوداني، في بلاغ رسمي، قوات الدعم السريع بقصف مدينة كوستي.", "الجيش السوداني",
     "قوات الدعم السريع"),
])
def test_a_charge_past_the_form_it_took(sentence: str, accuser: str, accused: str) -> None:
    ev = _one(sentence, "ACCUSE")
    assert ev["actor"] == [accuser] and ev["recipient"] == [accused], ev


@pytest.mark.parametrize("sentence,official,body", [
    # a delegation met, past the official's name set off by commas: the body it comes from is the other party
    ("التقى محافظ مادبا، خالد الرواشدة، وفداً من المعلمين المعتصمين في مكتبه.", "خالد الرواشدة", "المعلمين"),
    ("والتقى مدير الموانئ في اللاذقية، نزار حمدان، وفداً من ممثلي الصيادين في مكتبه.", "نزار حمدان", "الصيادين"),
])
def test_a_delegation_met_stands_for_its_body(sentence: str, official: str, body: str) -> None:
    ev = _one(sentence, "CONSULT")
    assert ev["actor"] == [official] and ev["recipient"] == [body], ev


def test_the_outskirts_of_a_town_hit_are_where_it_was_hit() -> None:
    """"استهدفت غارة جوية إسرائيلية، فجر اليوم، أطراف بلدة شبعا في قضاء حاصبيا": the town whose outskirts were hit is
    where the strike fell, beside its district."""
    ev = _one("استهدفت غارة جوية إسرائيلية، فجر اليوم الأحد، أطراف بلدة شبعا في قضاء حاصبيا.", "ASSAULT")
    assert "شبعا" in ev["location"], ev


def test_a_gathering_dispersed_with_its_relative_clause_after_kana() -> None:
    """"فرّقت قوات الدرك، مساء أمس، اعتصاماً مفتوحاً كان ينفذه عشرات الطلبة": the sit-in's relative clause with كان,
    past its adjective, names who held it (and so who was dispersed)."""
    _, evs = _events("فرّقت قوات الدرك الوطني، مساء أمس، اعتصاماً مفتوحاً كان ينفذه عشرات الطلبة أمام عمادة الكلية "
                     "بمدينة بني ملال.")
    sit_in = next(e for e in evs if e["type"] == "PROTEST")
    dispersal = next(e for e in evs if e["type"] == "ASSAULT")
    assert sit_in["actor"] == ["الطلبة"] and dispersal["recipient"] == ["الطلبة"], evs


def test_a_meeting_scheduled_is_held_by_who_scheduled_it() -> None:
    """"برمجت وزارة الصحة جلسة حوار مع ممثلي الأطباء يوم الأحد المقبل" (Maghreb usage): scheduled, to come."""
    ev = _one("وأعلنت وزارة الصحة أنها برمجت جلسة حوار مع ممثلي الممرضين يوم الأحد المقبل بمقر الوزارة في وهران.",
              "CONSULT")
    assert ev["actor"] == ["وزارة الصحة"] and ev["status"] == "planned", ev


def test_some_of_a_crowd_who_close_a_road_protest() -> None:
    """"تجمّع مئات الصيادين …، فيما أغلق عدد منهم مدخل الميناء": some of the crowd told before block it, a protest."""
    _, evs = _events("تجمّع مئات الصيادين، أمس الاثنين، أمام ميناء الصيد في مدينة المهدية، فيما أغلق عدد منهم مدخل "
                     "الميناء بالمراكب.")
    assert [e["mode"] for e in evs if e["type"] == "PROTEST"] == ["demo", "obstruct"], evs
    assert "COERCE" not in [e["type"] for e in evs], evs


@pytest.mark.parametrize("sentence", [
    # a place that saw a protest in a relative clause after it is where it was held, and held nothing
    "وقضت المحكمة بسجن خمسة شبان شاركوا في الاحتجاجات التي شهدتها مدينة القصرين التونسية مطلع الشهر الماضي.",
    # … and before the place its purpose names
    "وشهدت مدينة القصرين التونسية أمس احتجاجات للمطالبة بتحسين الخدمات بمستشفى الجهة.",
])
def test_the_place_that_saw_a_protest_is_its_place(sentence: str) -> None:
    ev = _one(sentence, "PROTEST")
    # (the gazetteer's name of Kasserine is «قصرين»)
    assert ev["location"][:1] == ["قصرين"] and "قصرين" not in ev["actor"], ev


@pytest.mark.parametrize("sentence,recipient", [
    # one of a body's posts, or its headquarters, in construct with the body: the body was hit
    ("وتعرّض أحد مواقع الجيش اللبناني في بلدة عيتا الشعب لقصف مدفعي مصدره الأراضي المحتلة.", "الجيش اللبناني"),
    ("وتعرض مقر الشرطة الاتحادية في قضاء الحويجة لهجوم بقذائف الهاون.", "الشرطة الاتحادية"),
])
def test_the_body_whose_post_underwent_an_attack_was_hit(sentence: str, recipient: str) -> None:
    ev = _one(sentence, "ASSAULT")
    assert recipient in ev["recipient"] and recipient not in ev["actor"], ev


def test_what_an_operation_resulted_in_is_its_doers_act() -> None:
    # "وأسفرت العملية عن …": the operation is the subject between the verb and عن; its doer is the sentence's
    sentence = ("أحبطت مصلحة الجمارك اليمنية في منفذ الوديعة بمحافظة حضرموت، مساء أمس، محاولة تهريب، وأسفرت "
                "العملية عن توقيف أربعة مهربين وضبط شحنة من الأسلحة.")
    _, evs = _events(sentence)
    outcomes = [e for e in evs if e["type"] == "COERCE"]
    assert {e["mode"] for e in outcomes} == {"arrest", "seize"}, evs
    assert all(e["actor"] == ["الجمارك اليمنية"] for e in outcomes), evs
    # the site named before the province that holds it (بمحافظة …) is where, first
    assert all(e["location"][:1] == ["منفذ الوديعة"] for e in outcomes), evs


def test_a_strike_announced_past_a_long_aside_is_the_announcers() -> None:
    # "أعلنت النقابة … بسيدي بوزيد، أمس الأحد، تنفيذ إضراب": who announces a strike holds it, past the name
    # of where it sits and the time
    ev = _one("أعلنت النقابة الجهوية للصحة بسيدي بوزيد، أمس الأحد، تنفيذ إضراب جهوي الشهر المقبل.", "PROTEST")
    assert ev["actor"] == ["النقابة الجهوية للصحة"] and ev["status"] == "planned", ev


@pytest.mark.parametrize("sentence", [
    "ويأتي التصعيد بعد الإضراب الذي شهدته ولاية المهدية في نوفمبر الماضي ودام ثلاثة أيام.",
    "ويأتي التصعيد بعد إضراب شهدته ولاية المهدية في نوفمبر الماضي.",
])
def test_a_past_strike_told_by_the_place_that_saw_it_is_an_event(sentence: str) -> None:
    # a protest told as the time of another, but whose own clause says where it took place, happened
    ev = _one(sentence, "PROTEST")
    assert ev["location"] == ["المهدية"] and ev["status"] == "occurred", ev


def test_the_outlet_that_told_an_attack_is_not_accused_of_it() -> None:
    # (a guard) "وأفاد مراسل الشبكة بأن المسيّرة أطلقت صاروخين …. ودان الوزير الغارة": the outlet's reporter told
    # the attack; the condemnation accuses the state whose drone it was, never the outlet
    rec = extract("صور – «شبكة الساحل الجنوبي»\nقُتل شخص جراء غارة نفّذتها طائرة مسيّرة إسرائيلية على سيارة قرب "
                  "بلدة القليلة.\nوأفاد مراسل الشبكة بأن المسيّرة أطلقت صاروخاً على السيارة، ما أدى إلى احتراقها ومقتل "
                  "من فيها.\nمن جهته، دان وزير "
                  "الزراعة اللبناني الغارة بأشد العبارات.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    accusations = [v for v in rec.events if v.type == "ACCUSE"]
    assert accusations and all(names[x] == "إسرائيل" for v in accusations for x in v.recipient), \
        [(v.trigger.text, [names[x] for x in v.recipient]) for v in accusations]
    assert any(v.recipient for v in accusations)


def test_a_denied_part_in_clashes_is_a_denied_attack() -> None:
    # "لم تشارك وحدات الجيش في اشتباكات أمس": the party named took no part; the act is told, denied
    ev = _one("وقال المتحدث باسم الجيش إن القوات ستنتشر في المدينة، مؤكداً أن وحدات الجيش السوداني لم تشارك في "
              "اشتباكات أمس.", "ASSAULT")
    assert ev["status"] == "negated" and ev["actor"] == ["الجيش السوداني"], ev


def test_gunmen_of_two_tribes_are_the_sides_of_the_clash_and_of_its_truce() -> None:
    # "اشتباكات بين مسلحين من قبيلتين متجاورتين": the men of two unnamed tribes are a party; a truce "بين الطرفين"
    # after it is theirs, not the parties of a request told between
    rec = extract("الكفرة – «بوابة الصحراء»\nشهدت بلدة تازربو أمس اشتباكات بين مسلحين من عائلتين متنازعتين "
                  "استمرت ساعات.\nوكان المجلس البلدي قد طالب الحكومة الليبية بإرسال قوة للفصل بين الطرفين.\n"
                  "ومساء أمس، نجح وفد من الأعيان في التوصل إلى هدنة بين الطرفين.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    clash = next(v for v in rec.events if v.type == "ASSAULT")
    truce = next(v for v in rec.events if v.type == "AGREE")
    assert [names[x] for x in clash.actor] == ["مسلحين من عائلتين متنازعتين"], [names[x] for x in clash.actor]
    assert truce.actor == clash.actor, [names[x] for x in truce.actor]


def test_a_participle_of_using_after_the_dispersed_crowd_is_the_forces() -> None:
    # "تدخلت القوات لتفريق المحتجين مستخدمةً الهراوات": the participle goes with the force; the protesters are dispersed
    ev = _one("تدخلت قوات الحرس الوطني التونسي لتفريق المحتجين مستخدمة الغاز المسيل للدموع والهراوات.", "ASSAULT")
    assert "الحرس الوطني التونسي" in " ".join(ev["actor"]) and "المحتجين" in ev["recipient"], ev


def test_a_protest_of_a_towns_people_in_unplaced_quarters_is_in_their_town() -> None:
    # quarters no gazetteer places: the protest is placed in the town whose people held it, too
    ev = _one("خرج مئات من سكان مدينة سيئون، مساء أمس، في تظاهرات جابت شوارع حي السحيل وحي الوحدة.", "PROTEST")
    assert "سيئون" in ev["location"], ev


def test_a_town_of_the_state_a_stance_names_is_not_the_state() -> None:
    # "أشادت الحكومة الإسبانية بالتعاون المغربي" in a report from a Moroccan town: the state praised is Morocco
    rec = extract("الحسيمة – «ريف اليوم»\nأوقفت السلطات المغربية أمس عشرات المهاجرين قرب الحسيمة.\nوقال الوزير إن "
                  "المغرب شريك أساسي.\nمن جهتها، أشادت الحكومة الإسبانية بالتعاون المغربي.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    praise = next(v for v in rec.events if v.type == "SUPPORT")
    assert [names[x] for x in praise.recipient] == ["المغرب"], [names[x] for x in praise.recipient]


@pytest.mark.parametrize("sentence,person", [
    ("اعتقلت قوات الأمن 9 ناشطين على الأقل بينهم المصور الصحفي خالد باحميد في مدينة سيئون.", "خالد باحميد"),
    ("اعتقلت الأجهزة الأمنية خمسة أشخاص، بينهم الناشط سامر الزعبي، في مدينة الرمثا.", "سامر الزعبي"),
])
def test_a_person_named_among_those_arrested_was_arrested(sentence: str, person: str) -> None:
    ev = _one(sentence, "COERCE")
    assert person in ev["recipient"], ev


def test_along_a_border_is_where_a_force_deploys() -> None:
    # "على امتداد الشريط الحدودي مع اليمن": along a place is at it
    rec = extract("نجران – «صحيفة الجنوب»\nأحبطت دوريات حرس الحدود في قطاع شرورة بمنطقة نجران محاولة تهريب.\n"
                  "وأكدت المديرية العامة لحرس الحدود أنها ستعزز انتشار دورياتها على امتداد الشريط الحدودي مع اليمن "
                  "خلال الأيام المقبلة.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    move = next(v for v in rec.events if v.type == "MOBILIZE")
    assert [names[x] for x in move.location][:1] == ["الحدود السعودية اليمنية"], [names[x] for x in move.location]


@pytest.mark.parametrize("sentence,typ,actor", [
    # hastening or taking the initiative to act tells the act, and its subject does it
    ("وسارع الجيش السوري إلى الانتشار في محيط مدينة جبلة بعد الاشتباكات.", "MOBILIZE", "الجيش السوري"),
    ("وسارع الجيش السوري إلى نشر وحداته في محيط مدينة جبلة.", "MOBILIZE", "الجيش السوري"),
    ("وبادرت قوات الأمن التونسية إلى تفريق المحتجين أمام مقر الولاية.", "ASSAULT", "قوات الأمن التونسية"),
])
def test_what_a_party_hastened_to_do_it_did(sentence: str, typ: str, actor: str) -> None:
    ev = _one(sentence, typ)
    assert ev["actor"] == [actor] and ev["status"] == "occurred", ev


def test_workers_who_will_enter_a_strike_hold_it() -> None:
    # "إن العمال سيدخلون في إضراب": the plural future of دخل is the strike's light verb
    ev = _one("وقال ممثل النقابة إن عمال ميناء بورسعيد سيدخلون في إضراب شامل عن العمل الأسبوع المقبل.", "PROTEST")
    assert ev["actor"] == ["عمال ميناء بورسعيد"] and ev["status"] == "planned", ev


def test_the_body_an_attacks_gunmen_are_believed_to_be_from_made_it() -> None:
    # "هجوم شنّه مسلحون يُعتقد أنهم من التنظيم": the body they are believed to be from is the doer, not a target
    ev = _one("وقُتل ثلاثة جنود في هجوم شنّه مسلحون يُعتقد أنهم من حركة الشباب على نقطة للجيش الصومالي قرب بلدة "
              "أفجوي.", "ASSAULT")
    assert ev["actor"] == ["حركة الشباب"] and "حركة الشباب" not in ev["recipient"], ev


def test_a_raid_past_a_time_after_its_subject() -> None:
    # "أغارت طائرة حربية … بعد نحو ساعتين على منزل": the time between the raider and على counts as no words
    ev = _one("فيما أغارت طائرات حربية إسرائيلية بعد نحو ساعتين على منزل من طبقتين في بلدة شقرا.", "ASSAULT")
    assert ev["mode"] == "aerial" and "بلدة شقرا" in ev["location"], ev


def test_two_clans_named_after_a_nominative_dual_sign_the_truce() -> None:
    # "وقّعت عشيرتا آل X وآل Y عطوة": the dual as the subject (nominative) names two clans, each a party
    ev = _one("وقّعت عشيرتا آل الحمايدة وآل المجالي، مساء أمس، عطوة أمنية في ديوان عشائري ببلدة الربة.", "AGREE")
    assert set(ev["actor"]) == {"آل الحمايدة", "آل المجالي"}, ev


def test_the_body_whose_shooters_fired_made_the_attack() -> None:
    # "برصاص قناصة الحوثيين": whose fire it was, past the shooters' noun; the body is no target
    ev = _one("قُتلت طفلة في التاسعة من عمرها برصاص قناصة الحوثيين في حي الروضة بمدينة تعز.", "ASSAULT")
    assert ev["actor"] == ["الحوثيون"] and "الحوثيون" not in ev["recipient"], ev


def test_an_act_dated_in_its_own_relative_clause() -> None:
    # "عاد الهدوء …، اليوم الثلاثاء، بعد اشتباكات عنيفة اندلعت مساء السبت": an indefinite act and the verb of its
    # breaking out, whose time is the act's own, not the day of the clause before
    rec = extract("عاد الهدوء الحذر إلى مدينة إزرع، اليوم الثلاثاء، بعد اشتباكات عنيفة اندلعت مساء السبت بين "
                  "مسلحين من فصائل محلية وعناصر من قوى الأمن الداخلي، أسفرت عن مقتل ثلاثة عناصر.",
                  published="2026-03-17")
    assert [(e.type, e.date) for e in rec.events] == [("ASSAULT", "2026-03-14")], [(e.type, e.date) for e in rec.events]


def test_any_attempt_at_an_act_is_none_reported() -> None:
    # "سترد بقوة على أي محاولة لاقتحام البلدات": any attempt, no raid told
    rec = extract("وحذّرت الفصائل المحلية في بيان من أنها سترد بقوة على أي محاولة لاقتحام البلدات.",
                  published="2026-03-17")
    assert [e.type for e in rec.events + rec.uncoded if e.type == "COERCE"] == []
    assert [e.type for e in rec.events] == ["THREATEN"], [e.type for e in rec.events]


@pytest.mark.parametrize("sentence, actor", [
    # fishermen counted in the accusative singular ("11 صياداً") are people rescued
    ("الجزائر – «الشروق»\nتمكنت وحدات من القوات البحرية من إنقاذ 11 صياداً قبالة سواحل تيبازة.", "القوات البحرية"),
    # a grant ("إعانة مالية") is money set aside
    ("وأعلن وزير الصيد البحري، مراد بلقاسمي، عن تخصيص إعانة مالية استثنائية لكل صياد تضرر قاربه.", "مراد بلقاسمي"),
])
def test_aid_given_to_counted_people_and_grants(sentence: str, actor: str) -> None:
    rec = extract(sentence, published="2026-01-20")
    by = {e.id: e.name_ar for e in rec.entities}
    assert [[by[x] for x in e.actor] for e in rec.events if e.type == "AID"] == [[actor]], \
        [(e.type, e.trigger.text) for e in rec.events]


@pytest.mark.parametrize("sentence, protests", [
    # a strike its holder threatens to hold is its own protest, should it come
    ("وهدّدت نقابة سائقي الشاحنات بشنّ إضراب شامل في جميع مرافق الميناء إذا لم تتراجع الشركة عن قرارها.",
     [("نقابة سائقي الشاحنات", "hypothetical")]),
    ("ولوّح الاتحاد الجهوي للشغل بالدخول في إضراب عام في الولاية.", [("الاتحاد الجهوي للشغل", "hypothetical")]),
    # (guards) a sit-in the threatened act is done to; a closure in the threat's condition
    ("وهدد الجيش بفض الاعتصام بالقوة.", []),
    ("نفت الشركة الوطنية للإسمنت الاتهامات، وهددت بتعليق عملياتها إذا استمرت حملات التشهير وإغلاق الطرق.", []),
])
def test_a_threatened_strike_is_a_protest_to_come(sentence: str, protests: list[tuple[str, str]]) -> None:
    rec = extract(sentence, published="2025-10-08")
    by = {e.id: e.name_ar for e in rec.entities}
    got = [(by[e.actor[0]], e.status) for e in rec.events if e.type == "PROTEST" and e.actor]
    assert got == protests, [(e.type, e.trigger.text, e.status) for e in rec.events]


@pytest.mark.parametrize("sentence, actor", [
    # a force or its aircraft with a pronoun, right after "أن", is the speaker's own: the speaker acts
    ("وقالت القيادة المركزية الأميركية إن طائراتها استهدفت مواقع للحوثيين قرب الحديدة.", "القيادة المركزية الأمريكية"),
    ("وأعلن التحالف بقيادة السعودية أن مقاتلاته نفذت بعد ظهر اليوم سلسلة غارات جوية على مواقع للتنظيم في شبوة.",
     "تحالف دعم الشرعية في اليمن"),
])
def test_the_speakers_own_force_acts(sentence: str, actor: str) -> None:
    rec = extract(sentence, published="2026-03-05")
    by = {e.id: e.name_ar for e in rec.entities}
    assert [[by[x] for x in e.actor] for e in rec.events if e.type == "ASSAULT"] == [[actor]], \
        [(e.type, e.trigger.text, e.actor) for e in rec.events]


@pytest.mark.parametrize("sentence, typ, mode, actor, recipient", [
    # a verb whose object takes على, its subject between: the verb alone is the act
    ("واعتدى عناصر من قوات الأمن التونسية على المحتجين أمام مقر الولاية.", "ASSAULT", None,
     ["قوات الأمن التونسية"], ["المحتجين"]),
    ("وافقت الحكومة الأردنية، في جلستها أمس، على مشروع قانون الانتخاب.", "AGREE", None, ["الحكومة الأردنية"], []),
    ("وقبضت الشرطة العراقية على ثلاثة مطلوبين في حي الجهاد.", "COERCE", "arrest", ["الشرطة العراقية"], []),
])
def test_a_verb_of_acting_on_with_its_subject_between(sentence: str, typ: str, mode: str | None, actor: list[str],
                                                      recipient: list[str]) -> None:
    ev = _one(sentence, typ)
    assert (ev["mode"], ev["actor"], ev["recipient"]) == (mode, actor, recipient), ev


def test_a_verb_of_acting_on_needs_its_preposition() -> None:
    # (a guard) "يوافق" of a date, no على after its subject: no agreement
    _, evs = _events("ويوافق يوم الأحد المقبل ذكرى تأسيس الجمهورية.")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_the_police_disperse_the_protesters() -> None:
    # a definite body's noun is in construct with no people after it: "فرّقت الشرطة المحتجين" is the police and its
    # object, not a "police of the protesters"
    ev = _one("الرباط – «المساء»\nوفرّقت الشرطة المغربية المحتجين أمام البرلمان.", "ASSAULT")
    assert (ev["actor"], ev["recipient"]) == (["الشرطة المغربية"], ["المحتجين"]), ev


def test_an_attack_repelled_past_asides() -> None:
    # "صدّت …، بإسناد من …، فجر اليوم، هجوماً شنّه …": the attack repelled past the backing and the time set off by
    # commas; the defence is against the attackers
    ev = _one("صدّت وحدات من الجيش العراقي، بإسناد من طيران الجيش، فجر اليوم، هجوماً شنّه عناصر من تنظيم داعش على "
              "نقطة عسكرية قرب سامراء.", "ASSAULT")
    assert (ev["actor"], ev["recipient"]) == (["الجيش العراقي"], ["تنظيم داعش"]), ev


def test_a_crowd_gathered_past_a_time_before_a_site() -> None:
    # "وأمام مقر …، تجمّع منذ صباح اليوم عشرات من أهالي …": the crowd counted past the time is who gathered, and
    # the site fronted with أمام is where
    ev = _one("وأمام مقر محافظة أسوان، تجمّع منذ صباح اليوم الاثنين عشرات من أهالي الصيادين المفقودين.", "PROTEST")
    assert (ev["actor"], ev["location"]) == (["أهالي الصيادين"], ["أسوان"]), ev


def test_those_aid_is_given_to_are_a_party() -> None:
    # families named by whom they mourn are a party when aid is given to them, not only when they act
    ev = _one("وأعلن محافظ أسوان، اللواء رامي فهمي زيدان، تقديم مساعدات عاجلة لأسر الضحايا.", "AID")
    assert (ev["actor"], ev["recipient"]) == (["رامي فهمي زيدان"], ["أسر الضحايا"]), ev


def test_the_person_remanded_told_by_what_is_his() -> None:
    # "بحبس صاحب المخبز، فلان، أربعة أيام": the one remanded is the owner named after the comma
    ev = _one("وأمرت النيابة العامة بحبس صاحب المخبز، سمير عبد المنعم الشرقاوي، أربعة أيام على ذمة التحقيق.",
              "COERCE")
    assert (ev["actor"], ev["recipient"]) == (["النيابة العامة"], ["سمير عبد المنعم الشرقاوي"]), ev


def test_farmers_named_by_their_crop_protest() -> None:
    # "فلاحو/فلاحي" (farmers, Maghreb usage) in construct with what they grow: a crowd that acts
    ev = _one("ونظم فلاحو الحبوب وقفة احتجاجية أمام مقر الولاية.", "PROTEST")
    assert ev["actor"] == ["فلاحو الحبوب"], ev


@pytest.mark.parametrize("sentence, typ", [
    # a verb in the plural agrees with a subject told before it: the party after it is its object, never its subject
    ("غير أن سكاناً في مدينة المرج اتهموا السلطات المحلية بالتقصير.", "ACCUSE"),
    ("وقال الأهالي إنهم يطالبون الحكومة الليبية بالتعويض.", "REQUEST"),
])
def test_the_party_after_a_plural_verb_is_its_object(sentence: str, typ: str) -> None:
    ev = _one(sentence, typ)
    assert "الحكومة الليبية" not in ev["actor"] and "السلطات المحلية" not in ev["actor"], ev
    assert ev["recipient"] in (["السلطات المحلية"], ["الحكومة الليبية"]), ev


@pytest.mark.parametrize("sentence, fired", [
    # "فتح النار" with its subject and a time between the verb and the fire
    ("فتحت زوارق تابعة لجماعة الحوثي النار، فجر أمس، على قوارب صيد قبالة سواحل الخوخة.", True),
    ("وفتح مسلحون مجهولون النار على دورية للشرطة العراقية في الموصل.", True),
    # (a guard) an inquiry opened into a shooting
    ("وفتحت النيابة العامة تحقيقاً في إطلاق النار.", False),
])
def test_fire_opened_past_its_subject(sentence: str, fired: bool) -> None:
    _, evs = _events(sentence)
    assert any(e["type"] == "ASSAULT" and e["mode"] == "firearms" and e["actor"] for e in evs) == fired, evs


@pytest.mark.parametrize("sentence, typ, mode", [
    # "تفجّر" (form V): a device that exploded is an attack; a dispute that erupted into clashes is the clashes
    ("تفجرت عبوة ناسفة قرب دورية للجيش العراقي في كركوك.", "ASSAULT", "explosives"),
    ("وكان الخلاف قد تفجر في مواجهات مسلحة بين قوات الجيش الصومالي ومسلحي العشائر.", "ASSAULT", "firearms"),
])
def test_what_exploded_and_what_erupted(sentence: str, typ: str, mode: str) -> None:
    _, evs = _events(sentence)
    assert [e["mode"] for e in evs if e["type"] == typ] == [mode], evs


def test_who_responded_with_an_attack_made_it() -> None:
    # "ردّت X، بمساندة Y، بقصف …": the responder did the act after ب, not the body in the aside
    ev = _one("وردت قوات الجيش الصومالي، بمساندة جنود من بعثة الاتحاد الإفريقي، بقصف مدفعي على مواقع الحركة.",
              "ASSAULT")
    assert ev["actor"] == ["الجيش الصومالي"], ev


def test_an_answer_to_accusations_is_no_accusation() -> None:
    # (a guard) "ردّت الوزارة على الاتهامات": what was answered, not an act of the one who answered
    _, evs = _events("وردت وزارة الخارجية المصرية على الاتهامات ببيان مقتضب.")
    assert not [e for e in evs if e["type"] == "ACCUSE" and e["actor"]], evs


def test_a_body_no_entity_names_is_the_verbs_own_subject() -> None:
    # "في حين لوّحت التنسيقية بالعودة إلى الاحتجاج": a body's head noun after the verb is its subject, though no
    # entity names it; the forces of the clause before are not carried to it
    _, evs = _events("واعتقلت قوات الأمن التونسية ثلاثة محتجين، في حين لوّحت التنسيقية بالعودة إلى الاحتجاج.")
    assert not [e for e in evs if e["type"] == "THREATEN" and "قوات الأمن التونسية" in e["actor"]], evs


def test_families_named_with_al_are_parties() -> None:
    # "آل" and a family's name: a party of its own (a clash between two families)
    ev = _one("تحول خلاف على ملكية أرض إلى اشتباك مسلح بين آل زعرور وآل بركات في مدينة زغرتا.", "ASSAULT")
    assert sorted(set(ev["actor"] + ev["recipient"])) == ["آل بركات", "آل زعرور"], ev


def test_a_family_name_closing_a_persons_name_is_no_party() -> None:
    # (a guard) "… بن سلمان بن عبدالعزيز آل سعود": the end of one man's name
    rec = extract("واستقبل الأمير محمد بن سلمان بن عبدالعزيز آل سعود وزير الخارجية الأردني.", published=PUBLISHED)
    assert not [e.name_ar for e in rec.entities if e.name_ar.startswith("آل")], [e.name_ar for e in rec.entities]


def test_what_was_done_during_an_operation_was_where_it_was() -> None:
    # "عمليات دهم في بلدتي …، أوقفت خلالها سبعة أشخاص يُشتبه في …": the arrest past "during it" took place where the
    # raids did, not where a relative clause after the people taken points
    rec, evs = _events("نفّذت وحدات من الجيش اللبناني، فجر اليوم، عمليات دهم في بلدة عرسال، أوقفت خلالها سبعة أشخاص "
                       "يُشتبه في انتمائهم إلى شبكة تنشط عبر الحدود اللبنانية السورية.")
    arrests = [e for e in evs if e["type"] == "COERCE" and e["mode"] == "arrest"]
    assert arrests and arrests[0]["actor"] == ["الجيش اللبناني"] and arrests[0]["location"] == ["عرسال"], evs


def test_one_who_gave_himself_up_by_his_quoted_name() -> None:
    # "المدعو «ع. موسى»": the quoted name after المدعو is a person though only initials; the full stop after the
    # initial ends nothing, and the surrender "إلى السلطات العسكرية بـ…" took place there
    rec, evs = _events("الجزائر – «الخبر» سلّم الإرهابي المدعو «ق. سليمان»، المكنى «أبو هريرة»، نفسه إلى "
                       "السلطات العسكرية بتمنراست.")
    ev = [e for e in evs if e["type"] == "RETREAT"][0]
    assert (ev["mode"], ev["actor"], ev["location"]) == ("disarm", ["ق. سليمان"], ["تمنراست"]), evs


def test_a_vessel_so_called_is_no_person() -> None:
    # (a guard) "ناقلة تُدعى «…»": a ship's name
    rec = extract("واحتجزت القوات البحرية ناقلة نفط تُدعى «نجمة الخليج» قرب مضيق هرمز.", published=PUBLISHED)
    assert not [e for e in rec.entities if e.type == "PER"], [e.name_ar for e in rec.entities]


@pytest.mark.parametrize("sentence, status", [
    # a planned act with a condition after it in its clause is hypothetical
    ("وأعلنت التنسيقية الوطنية للممرضين عزمها تنظيم مسيرة احتجاجية نحو الرباط الأسبوع المقبل، إذا لم تستجب الحكومة "
     "لمطالبها.", "hypothetical"),
    # (guards) with no condition it stays planned; the threat itself is made
    ("وأعلنت التنسيقية الوطنية للممرضين عزمها تنظيم مسيرة احتجاجية نحو الرباط الأسبوع المقبل.", "planned"),
])
def test_a_planned_act_on_a_condition(sentence: str, status: str) -> None:
    assert _one(sentence, "PROTEST")["status"] == status


def test_a_threat_on_a_condition_is_made() -> None:
    # (a guard) "هددت … إذا لم …": the threat happened, whatever its condition
    assert _one("وهددت النقابة الوطنية للممرضين بالتصعيد إذا لم تستجب الحكومة.", "THREATEN")["status"] == "occurred"


def test_a_strike_entered_is_under_way() -> None:
    # "دخل العمال، صباح اليوم، في إضراب عن العمل": entering a strike or a sit-in begins it
    assert _one("ودخل عمال شركة الإسمنت، صباح اليوم، في إضراب عن العمل لمدة 48 ساعة.", "PROTEST")["status"] == "ongoing"


@pytest.mark.parametrize("sentence, recipient", [
    # a threat is made to the party whose act its condition names
    ("وهدّد الاتحاد الجهوي للشغل بتنفيذ إضراب عام في الولاية الشهر المقبل، إذا لم تُفرج السلطات التونسية عن "
     "الموقوفين.", ["السلطات التونسية"]),
    ("ولوّح المتحدث باسم لجنة الأمن القومي في البرلمان الإيراني حسين كاظمي بإدراج جيوش الدول الأوروبية على قائمة "
     "المنظمات الإرهابية، في حال مضى الاتحاد الأوروبي في قراره.", ["الاتحاد الأوروبي"]),
])
def test_a_threat_is_made_to_the_party_of_its_condition(sentence: str, recipient: list[str]) -> None:
    assert _one(sentence, "THREATEN")["recipient"] == recipient


def test_the_authorities_alone_are_the_articles_country() -> None:
    # "السلطات" alone, with no fuller mention before, is the authorities of the article's country (as الحكومة)
    ev = _one("الرباط – «المساء»\nودعا رئيس جمعية محلية لدعم المهاجرين، عبد الحق الشرقاوي، السلطات إلى معاملة "
              "المهاجرين كضحايا.", "REQUEST")
    assert ev["recipient"] == ["السلطات"], ev


@pytest.mark.parametrize("sentence, actor, recipient", [
    # the province after a governor's post is the subject's post, no role of the act: the party after the name set
    # off by commas (and an aside) is the one called on
    ("بغداد – «الزمان»\nوطالب محافظ صلاح الدين، سامي عبد الكريم الجبوري، في بيان مساء أمس، القائد العام للقوات "
     "المسلحة بإرسال ألف مقاتل إضافي إلى المحافظة.", ["سامي عبد الكريم الجبوري"], ["القائد العام للقوات المسلحة"]),
])
def test_the_place_of_a_governors_post_is_no_role(sentence: str, actor: list[str], recipient: list[str]) -> None:
    ev = _one(sentence, "REQUEST")
    assert (ev["actor"], ev["recipient"]) == (actor, recipient), ev


@pytest.mark.parametrize("sentence, name", [
    # a unit named by what it does, before the body it belongs to with ل
    ("نابل (تونس) – قال مصدر أمني في تونس إن فرقة الأبحاث والتفتيش للحرس الوطني أوقفت تسعة أشخاص.", "الحرس الوطني"),
    ("نابل (تونس) – قال مصدر أمني في تونس إن الفرقة المركزية للحرس الوطني أوقفت تسعة أشخاص.", "الحرس الوطني"),
    # past a time after the enabling verb
    ("نابل (تونس) – تمكّنت فرقة مكافحة الإرهاب للحرس الوطني، ليلة السبت، من تفكيك خلية إرهابية.", "الحرس الوطني"),
])
def test_a_named_unit_of_a_body_acts_for_it(sentence: str, name: str) -> None:
    assert _one(sentence, "COERCE")["actor"] == [name], _events(sentence)[1]


def test_goods_seized_by_a_unit_are_a_seizure() -> None:
    # boats, engines and sums of money are goods seized, like weapons
    e = _one("وحجزت الشرطة العراقية ثلاثة مراكب صيد وأربعة محركات بحرية.", "COERCE")
    assert (e["mode"], e["actor"]) == ("seize", ["الشرطة العراقية"]), e


def test_a_seizure_with_no_doer_near_an_arrest_is_its_own_act() -> None:
    # "أوقفت الشرطة …، وتمت مصادرة …": the arrest and the seizure are two acts, even with no doer named for the second
    _, evs = _events("أوقفت الشرطة العراقية خمسة أشخاص في بغداد، وتمت مصادرة كمية من الأسلحة في المستودع.")
    assert [e["mode"] for e in evs if e["type"] == "COERCE"] == ["arrest", "seize"], evs


def test_a_protest_kept_up_past_the_workplace_and_its_aside() -> None:
    # "يواصل العمال … اعتصامهم": kept up by those named, however long their description before it
    _, evs = _events("يواصل عشرات العمال المسرّحين من مصنع الغزل والنسيج، التابع لولاية المنستير، اعتصامهم المفتوح "
                     "أمام البوابة الرئيسية للمصنع.")
    assert [(e["type"], e["status"], e["actor"]) for e in evs] == [("PROTEST", "ongoing", ["العمال"])], evs


def test_strikes_answered_with_are_an_attack() -> None:
    # "ردّت على مصادر النيران بضربات دقيقة": who responded with strikes launched them
    e = _one("وردّت قوات الجيش اليمني على مصادر النيران بضربات دقيقة.", "ASSAULT")
    assert e["actor"] == ["الجيش اليمني"], e


def test_a_cordon_thrown_round_a_place_restricts_it() -> None:
    # "طوّقت القوات الأحياء": a force surrounds a place, a restriction
    e = _one("وطوّقت قوات الأمن العراقية عدداً من الأحياء الجنوبية في المدينة.", "COERCE")
    assert (e["mode"], e["actor"]) == ("restrict", ["قوات الأمن العراقية"]), e


def test_a_crowd_of_supporters_marches_for_their_party() -> None:
    # "تظاهر مئات من أنصار الحزب": the supporters counted are the party's
    e = _one("وتظاهر مئات من أنصار حزب التجديد الوطني، مساء أمس، أمام مقر الحكومة في العاصمة.", "PROTEST")
    assert e["actor"] == ["حزب التجديد الوطني"], e


def test_a_march_of_those_sitting_in() -> None:
    # "المعتصمون" are a crowd: the march they hold is a protest
    e = _one("ونظم المعتصمون مسيرة نحو مدينة تازارين.", "PROTEST")
    assert e["actor"] == ["المعتصمون"], e


@pytest.mark.parametrize("sentence", [
    # a count of people from a crowd taken, after the verb and its subject, or after قد with the subject before it
    "وأوقفت قوات الأمن المصرية أربعة من العمال.",
    "وكانت قوات الأمن المصرية قد أوقفت أربعة من العمال خلال الوقفة.",
    "وأوقفت قوات الأمن المصرية سبعة منهم.",
])
def test_a_count_of_people_taken_from_a_crowd_is_an_arrest(sentence: str) -> None:
    e = _one(sentence, "COERCE")
    assert (e["mode"], e["actor"]) == ("arrest", ["قوات الأمن المصرية"]), e


def test_members_of_a_group_taken_are_not_the_speakers() -> None:
    # (a guard) "تفكيك شبكة … وإيقاف 9 من عناصرها، وفق ما أفاد به الناطق …": "its members" are the network's, not
    # the spokesman's, who is no one taken
    _, evs = _events("تونس – تمكّنت وحدات الحرس الوطني من تفكيك شبكة للتهريب وإيقاف 9 من عناصرها، وفق ما أفاد به "
                     "الناطق الرسمي باسم الإدارة العامة للحرس الوطني، العميد منصف القرقني.")
    assert not [e for e in evs if "منصف القرقني" in e["recipient"]], evs


def test_an_official_told_by_his_post_alone_is_the_subject() -> None:
    # "ودعا المحافظ الأهالي إلى التهدئة": the governor, whom no entity names, asks; the crowd told before does not
    _, evs = _events("قطع أهالي بلدة الرملية الطريق احتجاجاً على شح المياه. ودعا المحافظ الأهالي إلى التهدئة.")
    assert not [e for e in evs if e["type"] == "REQUEST" and e["actor"]], evs


@pytest.mark.parametrize("sentence", [
    # the one accused follows the titled subject's name past the words he said it in, set off by commas
    "واتهم قيادي في الكتيبة يدعى أبو سالم الجبوري، في تسجيل مصور بثته قنوات محلية، الحكومة العراقية بالتقصير.",
    "واتهم قيادي في الكتيبة يدعى أبو سالم الجبوري، في بيان، الحكومة العراقية بالتقصير.",
])
def test_the_accused_after_a_named_member_and_his_words(sentence: str) -> None:
    e = _one(sentence, "ACCUSE")
    assert (e["actor"], e["recipient"]) == (["أبو سالم الجبوري"], ["الحكومة العراقية"]), e


@pytest.mark.parametrize("sentence", [
    # a unit's participle with the article, and the command it reports to, itself the body's
    "الرباط – تمكنت عناصر المركز الترابي التابع للقيادة الجهوية للدرك الملكي بتطوان، أمس، من تفكيك شبكة للتهريب.",
    "الرباط – تمكنت عناصر المركز الترابي التابع للدرك الملكي بتطوان، أمس، من تفكيك شبكة للتهريب.",
])
def test_a_unit_of_a_command_acts_for_its_body(sentence: str) -> None:
    e = _one(sentence, "COERCE")
    assert e["actor"] == ["الدرك الملكي"], e


def test_a_second_titled_subject_joined_to_the_first_is_no_new_clause() -> None:
    # "تفقّد المحافظ، X، ومدير الأمن، Y، أمس الأحد، …": the day after both subjects, and the place past it, are the
    # visit's
    rec = extract("تفقّد محافظ الكرك، سامي الطراونة، ومدير الأمن العام، اللواء خالد المجالي، أمس الأحد، مخيم "
                  "الإيواء في بلدة المزار.", published="2025-03-10")
    names = {e.id: e.name_ar for e in rec.entities}
    got = [(v.date, [names[x] for x in v.location]) for v in rec.events if v.type == "CONSULT"]
    assert got == [("2025-03-09", ["المزار الجنوبي"])], got


@pytest.mark.parametrize("sentence", [
    "رام الله – وأعلنت نقابة المعلمين الفلسطينيين الإضراب الشامل غداً احتجاجاً على الاعتقالات الأخيرة في المدينة.",
    "رام الله – وأعلنت نقابة المعلمين الفلسطينيين الإضراب الشامل غداً رفضاً لعمليات الهدم والاعتقال في المدينة.",
])
def test_what_a_protest_is_against_is_not_the_announcers_act(sentence: str) -> None:
    # the body that announces a strike against arrests did not make them
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "COERCE" and e["actor"]], evs


def test_who_condemns_a_demolition_accuses_its_doer() -> None:
    # "ودانت الوزارة، في بيان، عمليات الهدم": the demolition told before was the army's
    rec = extract("الخليل – هدمت قوات الاحتلال الإسرائيلي ثلاثة منازل في بلدة بيت أمر. ودانت وزارة الخارجية "
                  "والمغتربين الفلسطينية، في بيان، عمليات الهدم.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    got = [[names[x] for x in v.recipient] for v in rec.events if v.type == "ACCUSE"]
    assert got == [["قوات الاحتلال الإسرائيلي"]], got


@pytest.mark.parametrize("sentence, actor", [
    # the Maghrebi "المعطلون عن العمل" are the unemployed, a party; a railway is blocked as a road is
    ("قفصة – أغلق عشرات المعطلين عن العمل السكة الحديدية قرب مدينة الرديف.", "المعطلين عن العمل"),
    ("قفصة – قطع عشرات المحتجين السكة الحديدية قرب مدينة الرديف.", "المحتجين"),
])
def test_the_unemployed_block_a_railway(sentence: str, actor: str) -> None:
    e = _one(sentence, "PROTEST")
    assert (e["mode"], e["actor"]) == ("obstruct", [actor]), e


@pytest.mark.parametrize("sentence, doer", [
    # an attack told with no doer, then in its sentence the party said to have claimed it, put down to it or
    # accused of it
    ("العيون – سقطت أربع قذائف، مساء السبت، قرب بلدة المحبس، في حادث تبنّته جبهة البوليساريو.", "جبهة البوليساريو"),
    ("العيون – سقطت ثلاث قذائف، ليلة السبت، قرب بلدة المحبس، في عمل نسبته مصادر عسكرية إلى جبهة البوليساريو.",
     "جبهة البوليساريو"),
    ("تعز – قُتل طفلان، فجر اليوم، جراء سقوط قذائف على منازل في حي الجحملية، فيما اتهمت السلطة المحلية في "
     "المحافظة جماعة الحوثي بإطلاق القذائف.", "الحوثيون"),
])
def test_an_attack_put_down_to_a_party_in_its_sentence(sentence: str, doer: str) -> None:
    e = _one(sentence, "ASSAULT")
    assert e["actor"] == [doer], e


@pytest.mark.parametrize("sentence", [
    # (a guard) a charge the accused denies in the same sentence leaves it disputed
    "تعز – قُتل طفلان، فجر اليوم، جراء سقوط قذائف على منازل في حي الجحملية، واتهمت السلطة المحلية جماعة الحوثي "
    "بإطلاقها، وهو ما نفته الجماعة.",
    # (a guard) the blame for something else the sentence names
    "تعز – قُتل طفلان، فجر اليوم، جراء سقوط قذائف على منازل في حي الجحملية، فيما حمّلت السلطة المحلية جماعة "
    "الحوثي المسؤولية عن انهيار الهدنة.",
])
def test_a_disputed_or_other_charge_names_no_doer(sentence: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "ASSAULT" and e["actor"]], evs


def test_the_antecedent_of_one_awaited_to_visit_visits() -> None:
    # "X، الذي يُنتظر أن يزور عمّان لإجراء مشاورات مع …": X visits (the verb names its visitor; the place visited is
    # no reason to turn it round), and an awaited visit is to come
    rec = extract("وتتواصل جهود المبعوث الأممي إلى سوريا غير بيدرسن، الذي يُنتظر أن يزور عمّان منتصف الشهر الجاري "
                  "لإجراء مشاورات مع وفد المعارضة السورية.", published="2025-03-10")
    names = {e.id: e.name_ar for e in rec.entities}
    got = [([names[x] for x in v.actor], v.status) for v in rec.events if v.type == "CONSULT"]
    assert got == [(["غير بيدرسن"], "planned")], got


@pytest.mark.parametrize("sentence, place", [
    ("ووقّع البلدان الاتفاق خلال زيارة الرئيس التونسي قيس سعيد الجزائر في أيار الماضي.", "الجزائر"),
    ("ووقّع الرئيسان الاتفاق في مخيم الوحدات خلال زيارة الأخير عمّان في أيار الماضي.", "عمّان"),
])
def test_the_place_a_visit_names_as_its_object(sentence: str, place: str) -> None:
    # "زيارة X Y": the visitor in construct, then the place visited with no preposition, where the visit was
    rec = extract(sentence, published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    got = [[names[x] for x in v.location] for v in rec.events if v.type == "CONSULT"]
    assert got == [[place]], got


@pytest.mark.parametrize("sentence, place", [
    # the site of the attack told before is where the deployment was
    ("النبطية – استهدفت طائرة مسيّرة إسرائيلية سيارة في بلدة كفررمان. وعلى الأثر، انتشرت وحدات من الجيش اللبناني "
     "في محيط موقع الغارة.", "كفررمان"),
    # (a place of its own told first wins, a guard)
    ("النبطية – استهدفت طائرة مسيّرة إسرائيلية سيارة في بلدة كفررمان. وانتشرت وحدات من الجيش اللبناني عند مداخل "
     "بلدة حبوش وأقامت نقاطاً قرب موقع الغارة.", "حبوش"),
])
def test_the_site_of_the_attack_is_where_it_was_done(sentence: str, place: str) -> None:
    rec = extract(sentence, published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    got = [[names[x] for x in v.location] for v in rec.events if v.type == "MOBILIZE"]
    assert got == [[place]], got


def test_a_vow_not_to_leave_until_a_demand_is_met_is_no_leaving() -> None:
    # "لن يغادروا الساحة قبل صرف المستحقات": the condition of a sit-in kept up, not a withdrawal
    _, evs = _events("وقال ممثل العمال إن المعتصمين «لن يغادروا الساحة قبل صرف كامل المستحقات».")
    assert not [e for e in evs if e["type"] == "RETREAT"], evs


def test_a_refusal_to_withdraw_with_no_condition_is_told() -> None:
    # (a guard) "لن تنسحب القوات من المدينة": a withdrawal denied, still told
    _, evs = _events("وأكد وزير الدفاع التركي أن القوات التركية لن تنسحب من مدينة عفرين.")
    assert [e["status"] for e in evs if e["type"] == "RETREAT"] == ["negated"], evs


@pytest.mark.parametrize("sentence", [
    # what something is aimed at, denied or told of an operation, a campaign or an exercise, is no attack
    "وأكد المتحدث أن التدريبات المشتركة «لا تستهدف أي طرف في المنطقة».",
    "وقال المتحدث باسم الوزارة إن الحملة تستهدف عناصر خارجة عن القانون متورطة في قطع الطرق.",
    "ومؤكدةً أن عملياتها تستهدف «حصراً التنظيمات الإرهابية».",
])
def test_what_is_aimed_at_is_no_attack(sentence: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


def test_whom_a_target_is_loyal_to_is_no_place_of_the_attack() -> None:
    # "مواقع تابعة لميليشيات موالية لإيران": Iran is whom they are loyal to; the place is the town past it
    rec = extract("دير الزور – استهدفت طائرات مجهولة، فجر أمس، مواقع تابعة لمجموعات موالية لإيران في البادية "
                  "جنوب مدينة الميادين.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    got = [[names[x] for x in v.location] for v in rec.events if v.type == "ASSAULT"]
    assert got and "إيران" not in got[0], got


def test_authorities_belonging_to_a_party_act_for_it() -> None:
    # "اتهمت السلطات التابعة لجماعة الحوثي القوات السعودية …": the group's authorities accuse for the group
    e = _one("صعدة – واتهمت السلطات التابعة لجماعة الحوثي في المحافظة الجيش السعودي بقصف القرى الحدودية.", "ACCUSE")
    assert e["actor"] == ["الحوثيون"], e


def test_a_titled_addressee_right_after_an_aside() -> None:
    # "وطالبت، في بيان، المبعوث الأممي X بـ…": the envoy, past his title after the aside's comma, is asked
    rec = extract("مأرب – أدانت السلطة المحلية في محافظة مأرب القصف، وطالبت، في بيان، المبعوث الأممي هانس غروندبرغ "
                  "بإدانة القصف.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    got = [[names[x] for x in v.recipient] for v in rec.events if v.type == "REQUEST"]
    assert got == [["هانس غروندبرغ"]], got


def test_the_accused_past_its_own_participle_phrase() -> None:
    # "اتهمت السلطة المحلية جماعة الحوثي المتمركزة في التلال … بالوقوف وراءه": the charge past the accused's phrase
    e = _one("تعز – قُتل طفلان، فجر اليوم، جراء قصف مدفعي على حي الجحملية، في حين اتهمت السلطة المحلية جماعة "
             "الحوثي المتمركزة في التلال المطلة على المدينة بالوقوف وراءه.", "ASSAULT")
    assert e["actor"] == ["الحوثيون"], e


@pytest.mark.parametrize("sentence", [
    # a march called for is a march (no one calls for a drone)
    "الخليل – دعت هيئة شؤون الأسرى والمحررين إلى مسيرة مركزية في ميدان البلدية غداً.",
    "الخليل – دعت هيئة شؤون الأسرى والمحررين إلى المشاركة في مسيرة مركزية غداً.",
])
def test_a_march_called_for_is_a_planned_protest(sentence: str) -> None:
    e = _one(sentence, "PROTEST")
    assert (e["status"], e["actor"]) == ("planned", ["هيئة شؤون الأسرى"]), e


@pytest.mark.parametrize("sentence,owner", [
    # a force's vehicle or post, indefinite before the force with ل, or a target with its kind: the force is hit
    ("كركوك – استهدفت عبوة ناسفة، مساء أمس، عجلة للجيش العراقي قرب ناحية الرشاد.", "الجيش العراقي"),
    ("كركوك – هاجم مسلحون مجهولون مركزاً للشرطة الاتحادية في ناحية العباسي.", "الشرطة الاتحادية"),
    ("كركوك – استهدفت عبوة ناسفة نقطة تفتيش للجيش العراقي قرب قضاء الدبس.", "الجيش العراقي"),
    # … and with ب, what a blast went off at: the force is hit, not the bomb's owner
    ("درعا – انفجرت عبوة ناسفة بدورية للجيش السوري قرب بلدة اليادودة.", "الجيش السوري"),
    ("ديالى – انفجرت عبوة ناسفة بعجلة للجيش العراقي على طريق المقدادية.", "الجيش العراقي"),
])
def test_the_owner_of_a_vehicle_or_post_hit_is_hit(sentence: str, owner: str) -> None:
    e = _one(sentence, "ASSAULT")
    assert owner in e["recipient"], e


def test_local_police_is_a_body_of_the_articles_country() -> None:
    # "الشرطة المحلية" in an article about one country is that country's police, named whole
    rec = extract("الموصل – قال قائد عمليات نينوى إن الجيش العراقي سيتولى حماية الطرق الخارجية بالتنسيق مع "
                  "الشرطة المحلية.", published=PUBLISHED)
    police = [e for e in rec.entities if e.name_ar == "الشرطة المحلية"]
    assert police and police[0].actor_code == "IRQCOP", [(e.name_ar, e.actor_code) for e in rec.entities]


def test_a_crowd_dispersed_past_the_subject_and_a_time() -> None:
    # "فرّقت وحدات الأمن، مساء أمس، مئات التجار": a crowd counted or named by its kind, past the subject and a time
    e = _one("تونس – فرّقت وحدات الأمن، مساء أمس الأحد، مئات الطلاب أمام مقر الولاية في مدينة القيروان.", "ASSAULT")
    assert (e["mode"], e["actor"]) == ("crowd-control", ["وحدات الأمن"]), e


def test_telling_apart_is_no_dispersal() -> None:
    # (a guard) "فرّق بين": to tell apart, not to disperse
    _, evs = _events("تونس – وقال الوزير إن القانون فرّق بين المواطنين المقيمين والمغتربين في الرسوم.")
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


def test_a_dispersal_told_again_by_witnesses_is_one_event() -> None:
    # the same force's crowd control told again in the next sentence, the same day, is the same dispersal
    rec = extract("عمّان – فرّقت قوات الدرك، مساء اليوم الجمعة، مئات المحتجين الذين احتشدوا قرب مبنى البرلمان. "
                  "وقال شهود عيان إن قوات الدرك أطلقت قنابل الغاز المسيل للدموع لتفريق المحتجين.", published=PUBLISHED)
    got = [v.trigger.text for v in rec.events if v.type == "ASSAULT"]
    assert len(got) == 1, got


def test_relief_teams_are_no_dispersal() -> None:
    # (a guard) "فرق الهلال الأحمر": the noun of teams, no verb of dispersing, before a counted crowd
    _, evs = _events("الخرطوم – أجلت فرق الهلال الأحمر، مساء أمس، مئات النازحين من مدينة الأبيض.")
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


def test_explosives_made_ready_to_set_off_are_no_blast() -> None:
    # "ضبط … عبوات معدّة للتفجير": explosives seized before they were set off
    _, evs = _events("تكريت – وعقب الهجوم، دفعت هيئة الحشد الشعبي بتعزيزات قوامها نحو 200 مقاتل من ألويتها المنتشرة في "
                     "صلاح الدين إلى أطراف ناحية العلم، وباشرت بالاشتراك مع قطعات الجيش عملية تفتيش واسعة في القرى "
                     "المحيطة، أسفرت حتى ظهر اليوم الأربعاء عن اعتقال ثلاثة مشتبه بهم وضبط كدس للعتاد يضم عبوات "
                     "معدّة للتفجير.")
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


def test_blame_laid_past_a_titled_subject_set_off_by_commas() -> None:
    # "حمّل عضو مجلس المحافظة، X، «…» مسؤولية الهجوم": the blame word past the title, the name and the one blamed
    e = _one("كركوك – من جهته، حمّل عضو مجلس محافظة كركوك، سامر فاضل الجبوري، «فلول تنظيم داعش» مسؤولية التفجير.",
             "ACCUSE")
    assert (e["actor"], e["recipient"]) == (["سامر فاضل الجبوري"], ["تنظيم داعش"]), e


def test_the_body_a_subject_belongs_to_is_no_object() -> None:
    # "حمّلت الفرقة … التابعة للقوات المسلحة X قوات Y المسؤولية": the one blamed is past the subject's owner
    e = _one("الأبيض – وحمّلت الفرقة الخامسة مشاة التابعة للقوات المسلحة السودانية قوات الدعم السريع مسؤولية "
             "القصف.", "ACCUSE")
    assert e["recipient"] == ["قوات الدعم السريع"], e


@pytest.mark.parametrize("sentence,body", [
    # a body named for the people of a place ("لجنة أهالي X"، "تنسيقية أهالي X"): the body, named whole
    ("درعا – ودعت لجنة أهالي طفس السلطات السورية إلى الإفراج عن المعتقلين.", "لجنة أهالي طفس"),
    ("مدنين – ودعت تنسيقية أهالي بن قردان السلطات التونسية إلى إعادة فتح المعبر.", "تنسيقية أهالي بن قردان"),
])
def test_a_body_of_the_people_of_a_place_is_named_whole(sentence: str, body: str) -> None:
    e = _one(sentence, "REQUEST")
    assert e["actor"] == [body], e


@pytest.mark.parametrize("sentence,actor", [
    # a protest suspended by those who hold it is a concession, past the subject, its place and a time
    ("تونس – علّق المعطلون عن العمل في مدينة القصرين، مساء أمس، اعتصامهم أمام مقر الولاية.", "المعطلون عن العمل"),
    ("الرباط – أعلنت التنسيقية الوطنية للأساتذة تعليق الإضراب المفتوح.", "التنسيقية الوطنية للأساتذة"),
])
def test_a_protest_suspended_is_a_concession(sentence: str, actor: str) -> None:
    e = _one(sentence, "CONCEDE")
    assert e["actor"] == [actor], e


@pytest.mark.parametrize("sentence", [
    # (guards) a comment on something, and traffic or flights suspended, are no concession
    "بيروت – ولم تعلّق الوزارة على الاتهامات حتى الآن.",
    "طرابلس – وعلّقت السلطات الليبية حركة العبور من جهتها.",
])
def test_what_is_no_suspended_protest(sentence: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "CONCEDE"], evs


def test_a_suspension_decided_is_in_force() -> None:
    # "قرر المحتجون تعليق تحركهم": decided, the suspension holds; no plan
    e = _one("قفصة – وعلى إثر اللقاء، قرر المحتجون تعليق تحركهم مؤقتاً.", "CONCEDE")
    assert e["status"] == "occurred", e


def test_an_inquiry_opened_past_a_long_subject_and_its_seat() -> None:
    # "فتحت النيابة العامة الاستئنافية في الجنوب تحقيقاً": the appellate prosecution, named whole, opened it
    e = _one("صيدا (جنوب لبنان) – وفتحت النيابة العامة الاستئنافية في الجنوب تحقيقاً لتحديد ملابسات الحادث.",
             "ACCUSE")
    assert (e["mode"], e["actor"]) == ("investigate", ["النيابة العامة الاستئنافية"]), e


def test_an_arrest_a_spokesman_announces_is_his_bodys() -> None:
    # "أعلن الناطق باسم الدرك الوطني، العقيد X، توقيف شخصين": the gendarmerie made the arrest; he told of it
    rec = extract("أوبوك (جيبوتي) – أعلن الناطق باسم الدرك الوطني، العقيد عمر حسن فارح، توقيف ثلاثة مهربين في "
                  "محيط المدينة، مؤكداً أن التحقيقات متواصلة.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    got = [([names[x] for x in v.actor], names.get(v.source or "")) for v in rec.events if v.type == "COERCE"]
    assert got == [(["الدرك الوطني"], "عمر حسن فارح")], got


def test_an_acts_purpose_lends_it_no_status() -> None:
    # "توقيف …، مؤكداً أن التحقيقات جارية «لتفكيك الشبكة»": the arrest was made; the dismantling is its aim
    e = _one("أوبوك (جيبوتي) – على صعيد متصل، أعلن الناطق باسم الدرك الوطني، العقيد عمر حسن فارح، توقيف ثلاثة "
             "أشخاص يُشتبه في تنظيمهم الرحلة، مؤكداً أن التحقيقات جارية «لتفكيك الشبكة بالكامل».", "COERCE")
    assert e["status"] == "occurred", e


def test_survivors_rescued_by_a_coast_guard() -> None:
    # "إنقاذ 36 ناجياً، معظمهم من مصر": survivors rescued are relief given; where they come from is no giver
    e = _one("طبرق – وأعلنت قيادة خفر السواحل الليبي أن وحداتها تمكنت من إنقاذ 22 ناجياً، معظمهم من مصر "
             "والسودان.", "AID")
    assert e["actor"] == ["خفر السواحل الليبي"], e


@pytest.mark.parametrize("sentence", [
    # a dispute or a situation that flares up blows nothing up
    "هرجيسا – وقال شهود عيان إن الخلاف تفجّر بعدما منع رعاة من القرية مواشي جيرانهم من الوصول إلى البئر.",
    # (a guard: the noun, with no explosive named near it)
    "هرجيسا – وحذّر الوزير من انفجار الأوضاع في الإقليم.",
])
def test_what_flares_up_is_no_blast(sentence: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


def test_the_party_blamed_for_the_attack_told_again_made_it() -> None:
    # "وحمّلت الفرقة قوات X مسؤولية الهجوم": the attack told in the sentence before, with no attacker, is X's
    rec = extract("الأبيض – تعرّضت محطة مياه المدينة، فجر أمس، لهجوم بطائرات مسيّرة أدى إلى توقف الضخ. وحمّلت "
                  "قيادة الفرقة الخامسة قوات الدعم السريع مسؤولية الهجوم.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    got = [[names[x] for x in v.actor] for v in rec.events if v.type == "ASSAULT"]
    assert got == [["قوات الدعم السريع"]], got


def test_what_a_party_stands_behind_is_no_attack_before() -> None:
    # (a guard) "يتهم الأردن ميليشيات … بالوقوف وراء تدفق الكبتاغون": a trade stood behind, not the clash told before
    rec = extract("عمّان – وكانت القوات المسلحة قد اشتبكت مع مهربين على الحدود الشمالية. ويتهم الأردن منذ سنوات "
                  "ميليشيات مرتبطة بإيران وعصابات تهريب منظمة بالوقوف وراء تدفق الكبتاغون.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    got = [[names[x] for x in v.actor] for v in rec.events if v.type == "ASSAULT"]
    assert all("إيران" not in a for a in got), got


def test_a_unit_of_a_regional_group_acts_for_its_body_where_it_sits() -> None:
    # "تمكنت فرقة البحث والتحري التابعة للمجموعة الإقليمية للدرك الوطني بـX من تفكيك …": the gendarmerie did it, at X
    e = _one("الجزائر – تمكنت فرقة البحث والتحري التابعة للمجموعة الإقليمية للدرك الوطني بالأغواط، مساء أمس، من "
             "تفكيك شبكة إجرامية تنشط في تهريب المخدرات.", "COERCE")
    assert (e["actor"], e["location"]) == (["الدرك الوطني"], ["الأغواط"]), e


def test_where_a_body_sits_gives_way_to_a_place_named_after_it() -> None:
    # (a guard) "ضبطت قوات الأمن بمحافظة X مخزناً … بإحدى قرى مركز Y، وألقت القبض …": the village's district, not the seat
    e = _one("سوهاج – ضبطت قوات الأمن بمحافظة سوهاج، أمس الخميس، مخزناً للأسلحة داخل منزل مهجور بإحدى قرى مركز طهطا، "
             "وألقت القبض على 7 متهمين.", "COERCE")
    assert "طهطا" in e["location"], e


def test_kilograms_of_a_drug_seized() -> None:
    # "وحجز 86 كيلوغراماً من الكيف المعالج": the accusative weight and the drug's name tell a seizure
    _, evs = _events("الجزائر – تمكنت مصالح الدرك الوطني بالأغواط، مساء أمس، من تفكيك شبكة إجرامية، وحجز 40 "
                     "كيلوغراماً من الكيف المعالج.")
    assert [e["mode"] for e in evs if e["type"] == "COERCE"] == ["arrest", "seize"], evs


def test_ground_taken_is_a_seizure() -> None:
    # "سيطرت قوات تابعة للحلف، فجر أمس، على حقول النفط": territory occupied (CAMEO 192), COERCE seize
    e = _one("المكلا – سيطرت قوات تابعة لحلف قبائل حضرموت، فجر أمس الأربعاء، على عدد من حقول النفط في هضبة "
             "حضرموت.", "COERCE")
    assert (e["mode"], e["actor"]) == ("seize", ["حلف قبائل حضرموت"]), e


def test_ground_taken_told_as_what_came_first() -> None:
    # "إثر سيطرة قوات X على مدينة Y": the seizure a situation followed, its genitive the one who took it
    e = _one("الخرطوم – وتشهد المنطقة موجة نزوح إثر سيطرة قوات الدعم السريع على مدينة بارا.", "COERCE")
    assert (e["mode"], e["actor"], e["location"]) == ("seize", ["قوات الدعم السريع"], ["بارا"]), e


@pytest.mark.parametrize("sentence", [
    # (guards) ground held, not taken; a side's claim; history in a year named; a pluperfect background
    "صنعاء – وتسيطر الجماعة على العاصمة صنعاء منذ سنوات.",
    "عدن – وتقع المديرية تحت سيطرة قوات الحكومة.",
    "مقديشو – وقالت الحركة في بيان إنها سيطرت على القاعدة.",
    "طرابلس – وشهدت المدينة معارك عنيفة في أبريل 2019 حين سيطرت عليها قوات القيادة العامة.",
    "حلب – وكانت فصائل من المعارضة قد سيطرت على المدينة بعد طرد التنظيم منها.",
])
def test_ground_held_claimed_or_long_taken_is_no_seizure(sentence: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "COERCE" and e["mode"] == "seize"], evs


@pytest.mark.parametrize("sentence", [
    # shops or roads shut out of caution ("تحسباً لـ"، "خوفاً من") are no strike and no protest
    "شبوة – وأغلق عدد من التجار محالهم في سوق عتق تحسباً لأي مواجهة.",
    "شبوة – وأغلق الأهالي مداخل القرية خوفاً من تجدد الاشتباكات.",
])
def test_shut_out_of_caution_is_no_protest(sentence: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "PROTEST"], evs


def test_a_closure_decided_is_in_force() -> None:
    # "وكانت السلط الجهوية قد قررت غلق المعبر": the closure decided was made
    e = _one("مدنين – وكانت السلط الجهوية قد قررت صباح الثلاثاء غلق معبر راس جدير بصفة وقتية.", "COERCE")
    assert (e["mode"], e["status"]) == ("restrict", "occurred"), e


def test_demands_rejected_are_those_of_who_pressed_them() -> None:
    # "نفّذ العمال إضراباً للمطالبة بـ…. ورفضت الإدارة هذه المطالب": those who demanded are the ones rejected
    rec = extract("ورقلة – دخلت النقابة الوطنية لعمال الصيانة في إضراب مفتوح منذ أمس للمطالبة بإدماج المتعاقدين. "
                  "غير أن الشركة الوطنية للمحروقات رفضت هذه المطالب.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    got = [[names[x] for x in v.recipient] for v in rec.events + rec.uncoded if v.type == "REJECT"]
    assert got == [["النقابة الوطنية لعمال الصيانة"]], got


def test_a_spokesman_of_a_body_with_a_place_in_its_name_then_his_object() -> None:
    # "توعّد المتحدث باسم تحالف دعم الشرعية في اليمن، العميد X، اليوم، الحوثيين بـ…": the place is the body's name's
    rec = extract("الرياض – توعّد المتحدث باسم تحالف دعم الشرعية في اليمن، العميد الركن تركي المالكي، اليوم الأربعاء، "
                  "الحوثيين بـ«رد حازم».", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    got = [([names[x] for x in v.actor], [names[x] for x in v.recipient]) for v in rec.events if v.type == "THREATEN"]
    assert got == [(["تركي المالكي"], ["الحوثيون"])], got


def test_ground_taken_by_a_force_loyal_to_a_party() -> None:
    # "إثر سيطرة قوات موالية للمجلس على نقطة X": the party the force is loyal to took it
    e = _one("عدن – تشهد المدينة توتراً إثر سيطرة قوات موالية للمجلس الانتقالي الجنوبي على نقطة العلم الأمنية.",
             "COERCE")
    assert e["actor"] == ["المجلس الانتقالي الجنوبي"] and "نقطة العلم الأمنية" in e["location"], e


def test_reinforcements_sent_to_the_fronts_of_a_place() -> None:
    # "دفعت بتعزيزات … إلى جبهات X": sent to the place whose fronts they are
    e = _one("عدن – دفعت قيادة المنطقة العسكرية الرابعة، صباح اليوم، بتعزيزات عسكرية من قاعدة العند الجوية إلى جبهات "
             "الضالع.", "MOBILIZE")
    assert e["destination"] == ["الضالع"], e


def test_a_kidnapping_condemned_by_someone_told_by_who_he_is() -> None:
    # "وأدان الشيخ X، أحد وجهاء عشائر ريف حمص، عملية الخطف": past who he is, the kidnappers told before are accused
    rec = extract("حمص – اختطف مسلحون ملثمون التاجر سليم حداد من أمام متجره. وأدان الشيخ فواز العلي، أحد وجهاء "
                  "عشائر ريف حمص الغربي، عملية الخطف.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    got = [[names[x] for x in v.recipient] for v in rec.events if v.type == "ACCUSE"]
    assert got == [["مسلحون"]], got


def test_whom_a_condemned_campaign_befell_is_no_one_accused() -> None:
    # "دانت النقابة «حملة الاختطافات» التي طالت المعلمين": the teachers it befell are its victims, not accused
    rec = extract("المحويت – دانت نقابة المعلمين اليمنيين، في بيان، «حملة الاختطافات» التي طالت المعلمين.",
                  published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    got = [[names[x] for x in v.recipient] for v in rec.events + rec.uncoded if v.type == "ACCUSE"]
    assert got and all("المعلمين" not in r for r in got), got


def test_fire_opened_by_a_boat_belonging_to_a_force() -> None:
    # "أطلق زورق تابع لخفر السواحل الليبي النار على …": the fire past a long subject is the force's
    e = _one("مصراتة – أطلق زورق تابع لخفر السواحل الليبي النار على قارب صيد قبالة سواحل المدينة.", "ASSAULT")
    assert (e["mode"], e["actor"]) == ("firearms", ["خفر السواحل الليبي"]), e


def test_a_call_for_a_ceasefire_past_a_long_subject_is_no_fire() -> None:
    # "أطلقت منظمة … نداء لوقف إطلاق النار": a call, not a shooting (a guard)
    _, evs = _events("أطلقت منظمة الأمم المتحدة للطفولة نداء عاجلا لوقف إطلاق النار في المدينة.")
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


@pytest.mark.parametrize("sentence", [
    "اقتحم مستوطنون قرية عين يبرود وأحرقوا منزلين قبل أن ينسحبوا باتجاه البؤرة الاستيطانية.",
    "هاجم مستوطنون قرية عين يبرود وأحرقوا مركبتين. ووصلت قوات الاحتلال إلى القرية بعد انسحاب المستوطنين.",
])
def test_raiders_leaving_the_scene_is_no_withdrawal(sentence: str) -> None:
    # "… قبل أن ينسحبوا"، "بعد انسحاب المستوطنين": the raiders left the scene of what they did
    _, evs = _events(sentence)
    assert [e for e in evs if e["type"] == "ASSAULT"] and not [e for e in evs if e["type"] == "RETREAT"], evs


def test_a_force_withdrawing_after_a_handover_is_still_a_withdrawal() -> None:
    # "… بعد انسحاب القوات الأميركية": a named force's withdrawal told as a time is still one (a guard)
    _, evs = _events("تسلّم الجيش العراقي قاعدة التاجي بعد انسحاب القوات الأميركية منها.")
    assert [e for e in evs if e["type"] == "RETREAT"], evs


@pytest.mark.parametrize("verb", ["ووصلت", "وانتشرت"])
def test_a_body_right_after_a_verb_with_no_object_is_its_subject(verb: str) -> None:
    # "هاجم مستوطنون القرية، ووصلت قوات الجيش بعد ساعة": the army arrived, not the settlers
    e = _one(f"هاجم مستوطنون قرية عين يبرود، {verb} قوات الجيش الإسرائيلي بعد ساعة.", "MOBILIZE")
    assert e["actor"] and "مستوطنون" not in e["actor"], e


@pytest.mark.parametrize("sentence", [
    "أصيب اثنان من المهربين قرب بلدة الرمثا وأُلقي القبض عليهما.",
    "أصيب اثنان من المهربين شرق بلدة الرمثا وتم إلقاء القبض عليهما.",
])
def test_smugglers_are_who_is_arrested_not_who_arrests(sentence: str) -> None:
    # "أصيب اثنان من المهربين، وأُلقي القبض عليهما": the pronoun's smugglers are arrested
    _, evs = _events(sentence)
    arrests = [e for e in evs if e["type"] == "COERCE"]
    assert arrests and all(not e["actor"] for e in arrests), evs


def test_money_that_arrives_moves_no_force() -> None:
    # "فور وصول دفعة مالية من بغداد": a payment arrives, no troops (a guard)
    _, evs = _events("أعلنت الحكومة المحلية أنها ستبدأ صرف المستحقات فور وصول دفعة مالية من العاصمة.")
    assert not [e for e in evs if e["type"] == "MOBILIZE"], evs


def test_who_is_asked_is_not_also_who_asks() -> None:
    # "ألقت قوات الأمن القبض على خمسة عمال …، وفق ما ذكرته دار الخدمات في بيان طالبت فيه بالإفراج عنهم": the
    # forces asked to free them are not the ones asking, however the asker goes unread
    rec = extract("ألقت قوات الأمن المصرية القبض على أربعة سائقين من منازلهم فجر اليوم، وفق ما ذكرته دار الخدمات "
                  "النقابية في بيان طالبت فيه بالإفراج الفوري عنهم.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    askers = [names[x] for v in rec.events if v.type == "REQUEST" for x in v.actor]
    assert "قوات الأمن المصرية" not in askers, askers


def test_roads_shut_by_a_force_that_goes_on_are_restricted_not_blocked_in_protest() -> None:
    # "انتشرت قوات الشرطة …، وأغلقت الطرق المؤدية إليها": the police restrict movement, they do not protest
    _, evs = _events("انتشرت قوات الشرطة العراقية في محيط وسط مدينة النجف، وأغلقت الطرق المؤدية إليه "
                     "أمام العجلات.")
    assert not [e for e in evs if e["type"] == "PROTEST"], evs
    assert [e for e in evs if (e["type"], e["mode"]) == ("COERCE", "restrict")], evs


def test_crowd_control_is_used_on_the_protesters_by_the_force() -> None:
    # "عناصر الشرطة دفعوا المتظاهرين بالقوة واستخدموا خراطيم المياه": the protesters are what it was used on
    e = _one("وأفاد شهود بأن عناصر الأسايش دفعوا المتظاهرين بالقوة واستخدموا خراطيم المياه لفض تجمعهم أمام مبنى "
             "البلدية.", "ASSAULT")
    assert (e["mode"], e["actor"], e["recipient"]) == ("crowd-control", ["الأسايش"], ["المتظاهرين"]), e


def test_a_march_prevented_is_no_drone() -> None:
    # "لم تعتدِ على أي معلم»، وإن منع المسيرة جاء …": the march prevented tells no weapon
    rec = extract("قال مدير الشرطة، العقيد سالار عزيز، إن عناصره «لم تعتدِ على أي متظاهر»، وإن منع المسيرة جاء "
                  "لأسباب أمنية.", published=PUBLISHED)
    modes = [v.mode for v in rec.events + rec.uncoded if v.type == "ASSAULT"]
    assert modes and "drone" not in modes, modes


def test_a_town_that_sees_protests_holds_none() -> None:
    # "يُذكر أن حماة شهدت … احتجاجات": the town is where they were, not who protested
    e = _one("يُذكر أن مدينة السويداء شهدت خلال الأشهر الماضية احتجاجات متفرقة على الأوضاع المعيشية.", "PROTEST")
    assert not e["actor"] and e["location"] == ["السويداء"], e


def test_a_light_verb_after_kama_goes_on_with_the_subject_before() -> None:
    # "أغلقت قوات الاحتلال الطريق، كما أطلقت قنابل الغاز المسيل للدموع": كما ("also") goes on as و does
    e = _one("أغلقت قوات الاحتلال الطريق الواصل بين القريتين، كما أطلقت قنابل الغاز المسيل للدموع صوب شبان.",
             "ASSAULT")
    assert (e["mode"], e["actor"]) == ("crowd-control", ["قوات الاحتلال"]), e


def test_where_people_fled_to_is_not_where_they_were_shelled() -> None:
    # "قصفت الجماعة …، ما أدى إلى نزوح نحو 150 أسرة باتجاه مدينة رداع": Rada'a is where they fled
    rec = extract("وقصفت جماعة الحوثي قرى المديرية بالمدفعية، ما أدى إلى نزوح نحو 150 أسرة باتجاه مدينة رداع.",
                  published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    places = [names[x] for v in rec.events if v.type == "ASSAULT" for x in v.location]
    assert [v for v in rec.events if v.type == "ASSAULT"] and "رداع" not in places, places


def test_people_forced_to_leave_do_not_withdraw() -> None:
    # "وأجبرت المزارعين على مغادرتها": done to the farmers, no withdrawal of theirs
    _, evs = _events("أجبرت قوات الاحتلال العائلات على مغادرة منازلها في حي الشيخ جراح.")
    assert not [e for e in evs if e["type"] == "RETREAT"], evs


def test_soldiers_forced_to_withdraw_still_withdraw() -> None:
    # "ما أجبر الجنود على الانسحاب إلى داخل البلدة": an attack that forces a force back is its retreat (a guard)
    _, evs = _events("هاجم مسلحو حركة الشباب القاعدة العسكرية، ما أجبر الجنود على الانسحاب إلى داخل بلدة عيل بور.")
    assert [e for e in evs if e["type"] == "RETREAT"], evs


@pytest.mark.parametrize("count", ["نحو 20 مستوطناً", "عشرات المستوطنين"])
def test_a_counted_subject_of_a_complement_clause_goes_on(count: str) -> None:
    # "قال X إن نحو 20 مستوطناً قدموا من …، وهاجموا المزارعين": the settlers attacked, not the speaker
    e = _one(f"وقال رئيس البلدية سليم عواد إن {count} قدموا من مستوطنة قريبة، وهاجموا المزارعين.", "ASSAULT")
    assert e["actor"] and e["actor"][0] in ("مستوطناً", "المستوطنين") and e["recipient"] == ["المزارعين"], e


def test_the_source_of_a_figure_did_not_shell_what_underwent_shelling() -> None:
    # "…، بحسب أرقام الوحدة التنفيذية، وكان المخيم قد تعرض لقصف": the unit counts, it shelled nothing
    rec = extract("ويقيم في البلدة أكثر من ثلاثين ألف لاجئ، بحسب أرقام مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، "
                  "وكان مخيم عرسال قد تعرض لقصف مماثل في مارس الماضي.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    shellers = [names[x] for v in rec.events + rec.uncoded if v.type == "ASSAULT" for x in v.actor]
    assert [v for v in rec.events + rec.uncoded if v.type == "ASSAULT"] and not shellers, shellers


def test_relief_disbursed_is_aid() -> None:
    # "أن السلطة المحلية ستصرف مساعدات إيوائية ونقدية للأسر المتضررة": aid to be given
    e = _one("وأعلن المحافظ أن السلطة المحلية ستصرف مساعدات إيوائية للعائلات النازحة مطلع الأسبوع.", "AID")
    assert (e["actor"], e["status"]) == (["السلطة المحلية"], "planned"), e


def test_wages_paid_are_no_aid() -> None:
    # "ستصرف الرواتب المتأخرة": wages, no relief (a guard)
    _, evs = _events("وأعلنت الحكومة أنها ستصرف الرواتب المتأخرة للموظفين الأسبوع المقبل.")
    assert not [e for e in evs if e["type"] == "AID"], evs


def test_a_trap_laid_to_seize_is_no_attack() -> None:
    # "ضبطت قوات حرس الحدود قافلة تهريب …، في كمين نُصب …": how the smugglers were caught
    _, evs = _events("ضبطت قوات حرس الحدود المصرية، مساء الأحد، شحنة من المخدرات، في كمين نصبته قرب مدينة "
                     "السلوم.")
    assert [e for e in evs if e["type"] == "COERCE"] and not [e for e in evs if e["type"] == "ASSAULT"], evs


def test_an_ambush_that_kills_is_an_attack() -> None:
    # "قُتل سبعة جنود في كمين نصبه مسلحو الحركة": an ambush with people hit stays an attack (a guard)
    _, evs = _events("قُتل سبعة جنود صوماليين، فجر اليوم، في كمين نصبه مسلحو حركة الشباب لقافلة عسكرية.")
    assert [e for e in evs if e["type"] == "ASSAULT"], evs


@pytest.mark.parametrize("sentence", [
    "وعبّر الاتحاد الجهوي للشغل، في بيان، عن دعمه الكامل لإضراب عمال البلدية.",
    "وعبر الاتحاد الجهوي للشغل عن مساندته للمعطلين.",
    "وأعربت النقابة الوطنية للصحفيين عن تضامنها مع الصحفيين المعتقلين.",
])
def test_backing_expressed_is_support(sentence: str) -> None:
    # "عبّر X عن مساندته لـ…": X backs someone (عبّر is the verb here, not the preposition "via")
    e = _one(sentence, "SUPPORT")
    assert e["actor"] and e["actor"][0] in ("الاتحاد الجهوي للشغل", "النقابة الوطنية للصحفيين"), e


def test_hope_or_concern_expressed_is_no_support() -> None:
    # "أعرب الاتحاد عن أمله"، "عبّر عن قلقه": no backing (a guard)
    _, evs = _events("أعرب الاتحاد الجهوي للشغل عن أمله في حل الأزمة، وعبّر عن قلقه من التصعيد.")
    assert not [e for e in evs if e["type"] == "SUPPORT"], evs


def test_deaths_a_disaster_told_before_caused_are_no_attack() -> None:
    # "العاصفة … وتسببت في انهيار سدّي وادي درنة، ما أدى إلى مقتل آلاف السكان": a storm killed them
    _, evs = _events("وكانت السيول قد اجتاحت مدينة المكلا في أكتوبر الماضي، وتسببت في انهيار عشرات المنازل، ما "
                     "أدى إلى مقتل 14 شخصاً.")
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


def test_a_place_later_in_the_sentence_beats_the_dateline() -> None:
    # "دبي – …: أعلنت بحرية الحرس الثوري احتجاز ناقلة … التي ترفع علم بنما في مضيق هرمز": where, not Dubai
    e = _one("الدوحة – «الراية»\nأعلنت بحرية الحرس الثوري الإيراني، مساء الخميس، احتجاز سفينة شحن «نجمة الخليج» التي "
             "ترفع علم توغو في مضيق هرمز، بدعوى نقل وقود مهرب.", "COERCE")
    assert e["location"] == ["مضيق هرمز"], e


def test_the_seat_of_a_body_after_the_act_is_no_place_of_it() -> None:
    # "…، رافعين لافتات تطالب حكومة الوحدة الوطنية في طرابلس": Tripoli seats the government (a guard)
    e = _one("الزاوية – «الوسط»\nوكان الممرضون قد تجمعوا صباح اليوم أمام مقر المستشفى، رافعين لافتات تطالب حكومة "
             "الوحدة الوطنية في طرابلس بزيادة الأجور.", "PROTEST")
    assert "طرابلس" not in e["location"], e


@pytest.mark.parametrize("holder", ["وسط العاصمة طرابلس", "بالعاصمة طرابلس", "في طرابلس"])
def test_the_town_that_holds_the_place_is_where_too(holder: str) -> None:
    # "في ساحة الجزائر وسط العاصمة طرابلس": in the square, and in Tripoli
    e = _one(f"تظاهر مئات الطلبة، ظهر اليوم، في ساحة الجزائر {holder}.", "PROTEST")
    assert e["location"] == ["ساحة الجزائر", "طرابلس"], e


def test_a_summit_told_after_its_place_was_held_there() -> None:
    # "اختُتمت ظهر اليوم في مدينة الغردقة أعمال القمة الثلاثية": where it met
    e = _one("اختُتمت ظهر اليوم في مدينة الغردقة أعمال القمة الثلاثية بين مصر والأردن والعراق.", "CONSULT")
    assert e["location"] == ["الغردقة"], e


def test_an_attack_a_denied_report_tells_is_denied() -> None:
    # "نفى المكتب … صحة ما تداولته حسابات … عن تعرّض ناقلة نفط لهجوم … في منطقة المخطاف": denied, where it was said to be
    e = _one("صحار – «عمان اليوم»\nنفت هيئة الموانئ، في بيان صباح اليوم، صحة ما تداولته صفحات على مواقع التواصل "
             "الاجتماعي عن تعرّض سفينة حاويات لهجوم في ميناء صحار.", "ASSAULT")
    assert e["status"] == "negated" and e["location"], e


@pytest.mark.parametrize("sentence", [
    "ودفع الجيش مساء الأحد بتعزيزات نحو بلدة الحراك، وفرض طوقاً أمنياً على البلدة من ثلاث جهات.",
    "شددت قوات الدعم السريع، خلال الأسبوع الماضي، حصارها على مدينة الفولة بولاية غرب كردفان.",
])
def test_a_siege_or_a_cordon_laid_stands(sentence: str) -> None:
    # "فرضت طوقاً أمنياً"، "شددت … حصارها": it stands until lifted
    e = _one(sentence, "COERCE")
    assert (e["mode"], e["status"]) == ("restrict", "ongoing"), e


def test_the_lead_attack_framed_with_a_time_of_the_background() -> None:
    # "ويأتي الهجوم بعد أيام من …، الإثنين الماضي، …": the time is of what it comes after; still the lead attack
    _, evs = _events("قُتل راعيان صباح اليوم بغارة نفذتها طائرة مسيرة على سيارة قرب بلدة المالكية. ويأتي الهجوم "
                     "بعد أيام من توقيع الأردن وقبرص في نيقوسيا، الإثنين الماضي، مذكرة تفاهم للتعاون البحري.")
    assert [e["type"] for e in evs].count("ASSAULT") == 1, evs


def test_an_accord_signed_by_two_where_they_signed_it() -> None:
    # "بعد توقيع X وY في مدينة، يوم كذا، مذكرة تفاهم": both signed, and there
    e = _one("وجاء ذلك بعد يومين من توقيع الأردن وقبرص في نيقوسيا، الإثنين الماضي، مذكرة تفاهم للتعاون البحري.",
             "AGREE")
    assert sorted(e["actor"]) == ["الأردن", "قبرص"] and e["location"] == ["نيقوسيا"], e


def test_a_convoy_of_a_relief_agency_carries_aid() -> None:
    # "وصلت إلى مدينة …، أمس، قافلة تابعة لبرنامج الأمم المتحدة الإنمائي تضم … شاحنة": aid, whatever the load
    e = _one("وصلت إلى مدينة سرت، أمس الأحد، قافلة تابعة لبرنامج الأمم المتحدة الإنمائي تضم 12 شاحنة محملة "
             "بمضخات ومحولات كهربائية.", "AID")
    assert e["actor"] == ["برنامج الأمم المتحدة الإنمائي"] and "سرت" in e["destination"], e


def test_a_convoy_of_peacekeepers_is_no_aid() -> None:
    # (a guard) "قافلة تابعة لقوة الأمم المتحدة المؤقتة في لبنان": a mission's convoy carries no relief
    _, evs = _events("وصلت إلى بلدة شمع، أمس الأحد، قافلة تابعة لقوة الأمم المتحدة المؤقتة في لبنان تضم 12 آلية.")
    assert not [e for e in evs if e["type"] == "AID"], evs


def test_a_handover_past_the_relative_clause_of_what_is_handed_over() -> None:
    # "سلّم X المواقع التي كان يسيطر عليها داخل بلدة …، إلى قطعات الفرقة …": to whom, and where it leaves
    e = _one("سلّم الفوج الثالث في قوات حماية الحدود، مساء الخميس، النقاط والمواقع التي كان يديرها داخل بلدة "
             "القائم وعلى أطرافها إلى قطعات الفرقة 7 في الجيش العراقي.", "RETREAT")
    assert e["recipient"] == ["الفرقة 7"] and [x for x in e["origin"] if "القائم" in x], e


@pytest.mark.parametrize("sentence", [
    "وأعلنت الداخلية العراقية اعتقال ثلاثة متهمين ينتمون إلى تنظيم داعش في مدينة الحويجة.",
    "أعلنت قوات الحزام الأمني القبض على أربعة عناصر قالت إنهم ينتمون إلى تنظيم القاعدة في جزيرة العرب.",
])
def test_those_arrested_belong_to_the_body_they_belong_to(sentence: str) -> None:
    # "اعتقال ثلاثة متهمين ينتمون إلى تنظيم داعش": the body is the one hit by the arrest
    e = _one(sentence, "COERCE")
    assert e["recipient"] and e["recipient"][0].startswith("تنظيم"), e


def test_how_long_the_grievance_lasted_does_not_keep_the_protest_going() -> None:
    # "أغلقوا الطريق احتجاجاً على انقطاع الكهرباء منذ ثلاثة أسابيع": the cut has lasted, the closure was done
    _, evs = _events("أقدم عشرات الشبان صباح أمس على غلق الطريق بالحجارة احتجاجاً على انقطاع الكهرباء منذ ثلاثة "
                     "أسابيع.")
    closures = [e for e in evs if e["type"] == "PROTEST"]
    assert closures and all(e["status"] == "occurred" for e in closures), evs


def test_a_light_verb_past_the_body_its_subject_belongs_to() -> None:
    # "فرضت قوى الأمن الداخلي التابعة للإدارة الذاتية لشمال وشرق سوريا حظراً للتجوال": the force imposed it
    e = _one("فرضت قوى الأمن الداخلي التابعة للإدارة الذاتية لشمال وشرق سوريا حظراً للتجوال في مدينة منبج.",
             "COERCE")
    assert e["mode"] == "curfew" and e["actor"] == ["قوى الأمن الداخلي"], e


def test_an_act_dated_by_its_own_start_a_day_before() -> None:
    # "تعرضت المدينة لقصف مدفعي منذ فجر أمس استمر حتى الليل": it happened yesterday
    rec = extract("تعرضت مدينة الدلنج لقصف مدفعي عنيف منذ فجر أمس الخميس استمر حتى ساعات الليل، نفذته قوات الدعم "
                  "السريع.", published=PUBLISHED)
    attack = next(e for e in rec.events if e.type == "ASSAULT")
    assert attack.date == "2025-01-09", attack


def test_a_ban_on_traffic_is_a_restriction() -> None:
    # "حظر حركة الدراجات النارية داخل المدينة": a restriction on movement, and no "movement" body
    rec = extract("وقررت لجنة أمن الولاية حظر حركة الدراجات النارية داخل مدينة الدمازين حتى إشعار آخر.",
                  published=PUBLISHED)
    assert [(e.type, e.mode) for e in rec.events] == [("COERCE", "restrict")], rec.events
    assert not [e for e in rec.entities if e.name_ar.startswith("حركة")], rec.entities


def test_a_date_in_a_relative_clause_before_a_coordinated_verb_is_not_its() -> None:
    # "… بالهدنة التي دخلت حيز التنفيذ في 3 آذار 2024، ودعا …": the truce's day, not the call's
    rec = extract("وأكد الجيش التزامه بالاتفاق الذي دخل حيز التنفيذ في 3 آذار 2024، ودعا لجنة المراقبة إلى "
                  "التحرك.", published=PUBLISHED)
    call = next(e for e in rec.events if e.type == "REQUEST")
    assert call.date != "2024-03-03", call


@pytest.mark.parametrize("sentence", [
    "رفضت حركة النهضة، في بيان صدر مساء أمس، زيارة وزير الخارجية الفرنسي إلى تونس.",
    "ورفض الحزب الديمقراطي الكردستاني قرار المحكمة الاتحادية بشأن رواتب الموظفين.",
])
def test_an_act_rejected_faces_its_doer(sentence: str) -> None:
    # "رفضت X زيارة Y"، "رفض X قرار Y": the rejection faces who made the visit or the decision
    e = _one(sentence, "REJECT")
    assert e["recipient"] and e["recipient"][0] in ("وزير الخارجية الفرنسي", "المحكمة الاتحادية العليا"), e


@pytest.mark.parametrize("sentence", [
    "وأبدت وزارة الخارجية القطرية قلقها من الهجمات على المدنيين.",
    "وقالت منظمة العفو الدولية إنها تتابع بقلق بالغ الاعتقالات في المدينة.",
])
def test_concern_shown_or_watched_with_is_disapproval(sentence: str) -> None:
    # "أبدت قلقها من …"، "تتابع بقلق …": concern voiced, a disapproval (as "أعربت عن قلقها إزاء …")
    assert _one(sentence, "ACCUSE")["mode"] == "disapprove"


@pytest.mark.parametrize("sentence", [
    "وأعربت وزارة الخارجية الكويتية عن استنكارها الشديد للهجوم على الكنيسة.",
    "وشجبت منظمة التعاون الإسلامي اقتحام المسجد الأقصى من قبل مستوطنين.",
])
def test_denouncing_is_disapproval(sentence: str) -> None:
    # "استنكار" (the noun of استنكر) and "شجب": a denunciation, as "إدانة" and "تنديد"
    assert _one(sentence, "ACCUSE")["mode"] == "disapprove"


def test_where_a_visitor_came_from() -> None:
    # "وصل الوزير إلى بغداد، مساء أمس، قادماً من أنقرة": the visit set out from Ankara
    e = _one("وصل وزير الخارجية الأردني إلى بغداد، مساء أمس، قادماً من أنقرة.", "CONSULT")
    assert e["origin"] == ["أنقرة"] and e["location"] == ["بغداد"], e


@pytest.mark.parametrize("sentence, visit", [
    ("حلّ وزير الخارجية المصري، مساء أمس، بمدينة بنغازي في زيارة رسمية.", True),
    # (guards) dissolving a parliament, solving a crisis
    ("وحلّ الرئيس البرلمان ودعا إلى انتخابات مبكرة.", False),
    ("وقال الوزير إن الحوار وحده يحلّ الأزمة في المدينة.", False),
])
def test_a_visitor_alights_at_a_place(sentence: str, visit: bool) -> None:
    # "حلّ X بمدينة Y": an official arrived there, a visit
    _, evs = _events(sentence)
    assert bool([e for e in evs if e["type"] == "CONSULT" and e["mode"] == "visit"]) == visit, evs


@pytest.mark.parametrize("sentence", [
    "التقى وزير الداخلية سليم بن عمار، أمس، والي ولاية تيارت مراد حمدوش لبحث الوضع الأمني.",
    "التقى وزير الداخلية سليم بن عمار أمس الأحد والي ولاية تيارت مراد حمدوش في مقر الولاية.",
])
def test_the_person_met_past_the_place_in_his_title(sentence: str) -> None:
    # "التقى X … والي ولاية تيارت Y": the governor is met; the province only names his post
    e = _one(sentence, "CONSULT")
    assert e["recipient"] == ["مراد حمدوش"], e


@pytest.mark.parametrize("sentence, actor", [
    ("وهاجمت خلايا تابعة لتنظيم داعش نقطة للجيش العراقي قرب قضاء الحضر.", "تنظيم داعش"),
    ("وهاجمت مجموعة من حركة الشباب ثكنة للجيش الصومالي.", "حركة الشباب"),
])
def test_cells_of_a_body_act_for_it(sentence: str, actor: str) -> None:
    # "هاجمت خلايا تابعة لـX"، "مجموعة من X": the body whose cells attacked is the attacker, not a target
    e = _one(sentence, "ASSAULT")
    assert e["actor"] == [actor] and actor not in e["recipient"], e


def test_an_act_named_again_with_its_parties_is_the_act_told_first() -> None:
    # "قُتل … في اشتباكات اندلعت مساء الأربعاء …. وأفادت مصادر بأن الاشتباكات بدأت بين X وY": one clash, on
    # Wednesday, by X and Y; not a second one still going on at publication
    rec = extract("قُتل ثلاثة أشخاص في اشتباكات اندلعت مساء الأربعاء بين مجموعتين مسلحتين في مدينة غريان. "
                  "وأفادت مصادر محلية بأن الاشتباكات بدأت بين عناصر من «كتيبة النصر» و«سرية الحماية 9» "
                  "قرب سوق المدينة.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    clashes = [e for e in _readings(rec) if e.type == "ASSAULT"]
    assert len(clashes) == 1, clashes
    e = clashes[0]
    assert {names[x] for x in e.actor} == {"كتيبة النصر", "سرية الحماية 9"} and e.status == "occurred" \
        and e.date == "2025-01-08", e


def test_a_titled_subject_named_ali_is_no_preposition() -> None:
    # "اتهم عضو مجلس محافظة X، علي Y، …": the name علي folds like «على», yet it is the member who accuses
    e = _one("واتهم عضو مجلس محافظة البصرة، علي كريم الساعدي، الحكومة المحلية بالتقصير.", "ACCUSE")
    assert e["actor"] == ["علي كريم الساعدي"], e


@pytest.mark.parametrize("sentence", [
    "انفجرت عبوة ناسفة استهدفت دورية للجيش قرب البلدة، واتهمت قيادة الشرطة الاتحادية خلايا داعش بتنفيذ الهجوم.",
    # a time adverb that points back between the subject and the object
    "انفجرت عبوة ناسفة استهدفت دورية للجيش قرب البلدة، واتهمت قيادة الشرطة الاتحادية حينها خلايا داعش بتنفيذ الهجوم.",
])
def test_accuser_after_its_verb_with_cells_as_object(sentence: str) -> None:
    # "…، واتهمت X خلايا داعش بـ…": X right after the verb accuses, the cells' body is accused (no subject
    # carried from the attack's clause)
    _, evs = _events(sentence)
    e = next(e for e in evs if e["type"] == "ACCUSE")
    assert e["actor"] == ["قيادة الشرطة الاتحادية"] and e["recipient"] == ["تنظيم داعش"], e


def test_two_families_named_by_their_dual_are_the_parties() -> None:
    # "تبادل إطلاق النار بين أفراد من عائلتي X وY": the two families exchanged fire, not whoever reported it
    e = _one("وتلقى المأمور بلاغاً بتبادل إطلاق النار بين أفراد من عائلتي أبو حسين والعطار بالقرية.", "ASSAULT")
    assert set(e["actor"]) == {"أبو حسين", "العطار"}, e


def test_a_drone_written_with_its_shadda_is_no_march() -> None:
    # "المسيّرة" (مُسيَّرة) is a drone; only مَسيرة, without the shadda on its ي, is a march
    _, evs = _events("وانتشر الجنود في أحياء القرية، قبل أن تستهدف المسيّرة العمال قرب مدخل المصنع.")
    assert not [e for e in evs if e["type"] == "PROTEST"], evs


@pytest.mark.parametrize("sentence, hit", [
    ("استهدفت طائرة مسيرة الشبان قرب مدخل السوق.", "الشبان"),
    ("واستهدفت المسيرة الإسرائيلية عناصر من حزب الله قرب البلدة.", "حزب الله"),
])
def test_a_craft_told_in_full_strikes_the_party_after_it(sentence: str, hit: str) -> None:
    # "استهدفت طائرة مسيرة X"، "استهدفت المسيرة الإسرائيلية عناصر من X": the craft is the subject, X is hit
    e = _one(sentence, "ASSAULT")
    assert hit in e["recipient"] and hit not in e["actor"], e


def test_the_one_met_past_a_time_and_a_place_after_the_name() -> None:
    # "التقى السفير، X، أمس في مسقط قائد البحرية Y": past the time and the city, the commander is met
    e = _one("التقى سفير المغرب لدى الأردن، محمد الكتاني، أمس في عمّان قائد القوات البحرية الملكية العميد البحري "
             "هشام الجراح.", "CONSULT")
    assert "هشام الجراح" in e["recipient"] or "القوات البحرية الملكية" in e["recipient"], e


def test_a_participle_after_a_demand_is_an_act_of_its_own() -> None:
    # "…، مطالباً X بمضاعفة دعمها، ومتهماً Y بـ…": the charge is the speaker's own act, not part of what he asks for
    _, evs = _events("وقال محافظ الإقليم، سليمان داود، إن الأسر النازحة تتزايد، مطالباً المنظمات الدولية بمضاعفة "
                     "دعمها، ومتهماً قوات الدعم السريع باستهداف المدنيين.")
    assert [e for e in evs if e["type"] == "ACCUSE" and e["actor"] == ["سليمان داود"]], evs


def test_the_place_told_after_joined_verbs_is_each_ones() -> None:
    # "أوقفت مفارز للجيش 11 مهرباً وضبطت 9 بنادق …، خلال عمليات بولاية X": the arrest was made there too
    e = _one("أوقفت مفارز للجيش الوطني الشعبي، بالتنسيق مع وحدات حرس الحدود، 7 مهربين وضبطت 5 بنادق رشاشة، "
             "خلال عمليات متفرقة بولاية تبسة قرب الحدود.", "COERCE")
    assert e["mode"] == "arrest" and "تبسة" in e["location"], e


def test_a_fronted_phrase_ends_at_its_comma() -> None:
    # "وبالتزامن مع وصول القافلة، نظم عشرات من النازحين …": the protesters are the main verb's subject, not who arrived
    _, evs = _events("وبالتزامن مع وصول القافلة، نظم عشرات من المعلمين وقفة احتجاجية أمام مقر البلدية.")
    assert not [e for e in evs if e["type"] == "MOBILIZE" and e["actor"]], evs


def test_what_a_counted_crowd_asks_in_its_protest() -> None:
    # "نظم عشرات من المعلمين وقفة أمام مقر بلدية X، طالبوا فيها بـ…": the crowd asks, not the town (no "they")
    _, evs = _events("نظم عشرات من النازحين وقفة احتجاجية أمام مقر بلدية سرت، طالبوا فيها بصرف التعويضات المتأخرة.")
    e = next(e for e in evs if e["type"] == "REQUEST")
    assert e["actor"] == ["النازحين"], e


def test_a_strike_after_a_word_of_cause_is_a_noun() -> None:
    # "قُتل … جراء قصف طائرة مسيرة إسرائيلية تجمعاً": the strike (a noun after جراء) by the drone's state on the
    # gathering; the dead are not its doers
    _, evs = _events("وقتل أربعة مزارعين جراء قصف طائرة مسيرة إسرائيلية تجمعاً للمواطنين في بلدة عيتا الشعب.")
    strikes = [e for e in evs if e["type"] == "ASSAULT"]
    assert strikes and all("مزارعين" not in e["actor"] for e in strikes), strikes


def test_a_strike_whose_genitive_ends_the_text() -> None:
    # (a guard) nothing after the craft that struck: the reading stops at the text's end
    _, evs = _events("وقتل شخصان جراء قصف طائرة مسيرة إسرائيلية")
    assert [e for e in evs if e["type"] == "ASSAULT"], evs


@pytest.mark.parametrize("sentence", [
    "نفذت القوات عملية إنزال جوي، استهدفت عناصر من حركة الشباب.",
    "ونفذت وحدات خاصة عملية إنزال جوي قرب البلدة، استهدفت خلية تابعة لتنظيم داعش.",
])
def test_an_operation_strikes_the_unit_after_its_verb(sentence: str) -> None:
    # "عملية …، استهدفت خلية تابعة لـX"، "غارة جوية استهدفت عناصر من X": the operation is the verb's subject; X was hit
    _, evs = _events(sentence)
    hit = [e for e in evs if e["type"] == "ASSAULT"]
    assert hit and all(not set(e["actor"]) & {"تنظيم داعش", "حركة الشباب"} for e in hit), hit


def test_an_attack_denied_past_the_report_of_it() -> None:
    # "ونفت الخلية أنباء تداولتها منصات التواصل الاجتماعي عن استهداف القاعدة بطائرة مسيّرة": the strike reported and
    # denied is coded as denied, the denial verb ten words before it
    _, evs = _events("ونفت خلية الإعلام الأمني أنباء تداولتها منصات التواصل الاجتماعي عن استهداف قاعدة التاجي "
                     "بطائرة مسيّرة ليل أمس.")
    assert [e for e in evs if e["type"] == "ASSAULT" and e["status"] == "negated"], evs


def test_a_second_titled_subject_past_a_long_rank() -> None:
    # (a guard) "تفقّد المحافظ، X، وقائد الجيش الثاني الميداني، اللواء أركان حرب Y، أمس الخميس، …": the time after both names
    # still dates the visit
    rec = extract("تفقّد محافظ الإسماعيلية، اللواء سامي فوزي، وقائد الجيش الثاني الميداني، اللواء أركان حرب هشام شكري، "
                  "أمس الخميس، أعمال مشروع إسكان في قرية أبو صوير.", published=PUBLISHED)
    visits = [e for e in _readings(rec) if e.type == "CONSULT"]
    assert visits and visits[0].date == "2025-01-09", visits


def test_a_sweep_launched_is_going_on_where_it_searches() -> None:
    """"أطلقت القيادة عملية أمنية واسعة لتفتيش صحراء …": a security sweep is a deployment, going on once
    launched, at the place it is to search (PLOVER MOBILIZE, CAMEO 152)."""
    ev = _one("أطلقت قيادة عمليات نينوى، فجر اليوم الأحد، عملية أمنية واسعة لتفتيش صحراء الأنبار.", "MOBILIZE")
    assert ev["status"] == "ongoing" and ev["actor"] == ["قيادة عمليات نينوى"], ev
    assert ev["location"] == ["صحراء الأنبار"], ev
    # one carried out is done; deep inside a place ("في عمق") is in it
    ev = _one("ونفذت قوة من الجيش السوري أمس عملية تمشيط في عمق البادية السورية.", "MOBILIZE")
    assert ev["status"] == "occurred" and ev["location"] == ["البادية السورية"], ev


def test_a_sweep_against_arms_dealers_moves_no_weapons() -> None:
    # (a guard) the weapons a campaign targets are not what it deploys
    ev = _one("أطلقت الشرطة حملة أمنية واسعة استهدفت شبكات تهريب الأسلحة في مدينة حمص.", "MOBILIZE")
    assert ev["mode"] != "weapons", ev


def test_two_air_strikes_on_a_groups_guesthouses() -> None:
    """"نفذ طيران الجيش ضربتين جويتين دمرتا مضافتين لعناصر داعش": the dual adjective tells air strikes, and the
    group whose guesthouses (مضافات، Iraqi usage) were hit is struck."""
    ev = _one("وقالت القيادة إن طيران الجيش نفذ ضربتين جويتين دمرتا مضافتين لعناصر تنظيم داعش شرقي تكريت.", "ASSAULT")
    assert ev["mode"] == "aerial", ev
    assert ev["recipient"] == ["تنظيم داعش"], ev


def test_the_one_killed_past_a_title_with_a_body_in_construct() -> None:
    """"اغتال مسلحون القيادي السابق في فصائل المعارضة X": the title runs past a noun in construct after its
    preposition, and the person it names is the one struck."""
    ev = _one("اغتال مسلحون مجهولون، مساء أمس، القيادي السابق في فصائل المعارضة سامر الحوراني قرب منزله.", "ASSAULT")
    assert ev["recipient"] == ["سامر الحوراني"], ev


def test_those_remanded_in_custody_are_held_not_holders() -> None:
    # "بحبس المهربين احتياطياً": an adverb of manner after the genitive is no object, so the genitive is who is held
    ev = _one("وأمرت النيابة العامة بحبس المهربين احتياطياً على ذمة التحقيق.", "COERCE")
    assert ev["actor"] == ["النيابة العامة"] and ev["recipient"] == ["المهربين"], ev


def test_the_terms_of_an_accord_told_before_are_not_the_speakers_accord() -> None:
    # "وبحسب بيان للمجلس، ينص الاتفاق على …": the accord reached before, its terms told; the statement's speaker
    # made no second accord
    rec = extract("توصل وجهاء من مدينة غدامس، أمس، إلى اتفاق لوقف إطلاق النار بين الطرفين.\n"
                  "وبحسب بيان لمجلس أعيان غدامس، ينص الاتفاق على انسحاب المسلحين من الأحياء.", published=PUBLISHED)
    accords = [e for e in rec.events if e.type == "AGREE"]
    assert len(accords) == 1, [(e.trigger.text, e.actor) for e in accords]


def test_the_teams_of_a_body_act_for_it() -> None:
    # "أن فرقاً من مؤسسة X وزعت مساعدات": teams or crews of a body are that body at work
    ev = _one("وأكد المسؤول أن فرقاً من جمعية الهلال الأحمر العراقي وزعت مساعدات غذائية على العائلات.", "AID")
    assert ev["actor"] == ["جمعية الهلال الأحمر العراقي"], ev


def test_the_flag_a_ship_flies_did_not_attack_it() -> None:
    # "سفينة شحن ترفع علم بنما تعرضت لهجوم": the state whose flag the ship flies is no attacker; the group that
    # claims the attack after it is
    rec = extract("أفادت الهيئة أن سفينة شحن ترفع علم بنما تعرضت لهجوم بزورق مسيّر قبالة ميناء المخا.\n"
                  "وتبنت جماعة الحوثي الهجوم.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    attacks = [e for e in rec.events if e.type == "ASSAULT"]
    assert attacks and all("بنما" not in [names[x] for x in e.actor] for e in attacks), \
        [(e.trigger.text, [names[x] for x in e.actor]) for e in attacks]


def test_what_is_launched_from_a_target_is_no_weapon_of_the_strike() -> None:
    # "ضربات استهدفت ثلاثة مواقع لإطلاق الطائرات المسيّرة": the drones are launched from the sites struck
    ev = _one("وأعلنت القيادة المركزية الأميركية أن قواتها نفذت ضربات استهدفت ثلاثة مواقع لإطلاق الطائرات المسيّرة "
              "في محافظة الحديدة.", "ASSAULT")
    assert ev["mode"] != "drone", ev


def test_a_censure_past_a_subject_told_with_post_and_name() -> None:
    # "وصف عضو المكتب السياسي للحركة، X، الضربات بأنها «عدوان سافر»": the describing word is found past the subject
    ev = _one("ووصف عضو المكتب السياسي لحركة حماس، سامي أبو زهري، الغارات الإسرائيلية على القطاع بأنها «عدوان سافر».",
              "ACCUSE")
    assert ev["mode"] == "disapprove" and ev["actor"] == ["سامي أبو زهري"], ev


def test_the_strike_a_sit_in_coincides_with_is_its_own() -> None:
    # "نظم المدرسون وقفة احتجاجية، تزامناً مع دخول الإضراب الذي دعت إليه تنسيقية النقابات يومه الثالث": the strike
    # is no sit-in told before it, and who called it holds it
    rec = extract("نظم مئات المعلمين وقفة احتجاجية أمام مقر الوزارة، تزامناً مع دخول الإضراب الذي دعت إليه نقابة "
                  "المعلمين الأردنيين يومه الثالث.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    strikes = [e for e in rec.events if e.type == "PROTEST" and e.mode == "strike"]
    assert [[names[x] for x in e.actor] for e in strikes] == [["نقابة المعلمين الأردنيين"]], \
        [(e.mode, e.trigger.text, e.actor) for e in rec.events]


def test_a_strike_to_be_declared_is_its_declarers() -> None:
    # "أن النقابة ستعلن الإضراب الشامل اعتباراً من الأحد المقبل": who will declare the strike holds it
    ev = _one("وأضاف المتحدث أن نقابة المعلمين ستعلن الإضراب الشامل عن العمل اعتباراً من الأحد المقبل.", "PROTEST")
    assert ev["actor"] == ["نقابة المعلمين"] and ev["status"] == "planned", ev


def test_a_possessed_force_strikes_the_members_after_the_verb() -> None:
    # "إن قواته استهدفت عناصر من حزب الله": the speaker's forces struck; the members of a body after the verb are
    # its object, the body hit, not the doer
    ev = _one("وقال الجيش الإسرائيلي في بيان إن قواته استهدفت عناصر من حركة حماس قرب مدينة رفح.", "ASSAULT")
    assert ev["actor"] == ["جيش الدفاع الإسرائيلي"] and ev["recipient"] == ["حركة حماس"], ev


def test_a_force_in_construct_no_entity_names_is_the_subject() -> None:
    # "طوقت قوات الأمن محيط وزارة الداخلية": the security forces cordon; the ministry after «محيط» does not act
    _, evs = _events("وطوقت قوات الأمن محيط وزارة الداخلية في العاصمة.")
    assert all("وزارة الداخلية" not in e["actor"] for e in evs), evs


@pytest.mark.parametrize("sentence,restrict", [
    # people kept from going near, in or on: a restriction of their movement
    ("ومنعت الشرطة الصحفيين من الدخول إلى قاعة المحكمة.", True),
    ("وأكد المدير أن الجنود منعوا سيارات الإسعاف من الوصول إلى المخيم.", True),
    # (a guard) a ban on a thing is no restriction of people
    ("ومنعت الوزارة استيراد السكر من الخارج.", False),
])
def test_people_kept_from_going_on_are_restricted(sentence: str, restrict: bool) -> None:
    _, evs = _events(sentence)
    assert bool([e for e in evs if (e["type"], e["mode"]) == ("COERCE", "restrict")]) == restrict, evs


def test_charges_directed_to_them_accuse_those_held() -> None:
    # "أمرت النيابة بحبس المتهمين، ووجهت إليهم تهم …": the charges go to the party named last before the pronoun
    ev = _one("وأمرت النيابة العامة بحبس المهربين الخمسة احتياطياً، ووجهت إليهم تهم تهريب المخدرات.", "ACCUSE")
    assert ev["actor"] == ["النيابة العامة"] and ev["recipient"] == ["المهربين"], ev


def test_the_one_asked_past_where_the_askers_are_from() -> None:
    # "طالب شيوخ عشائر من المنطقة الحكومة الاتحادية بـ…": «من المنطقة» tells where they are from; the government
    # after it is asked
    ev = _one("وطالب شيوخ عشائر من المنطقة الحكومة الاتحادية بإعادة العائلات النازحة.", "REQUEST")
    assert ev["recipient"] == ["الحكومة الاتحادية"], ev


def test_clans_in_construct_with_a_state_body_are_no_clans_name() -> None:
    # "طالب شيوخ عشائر الحكومة الاتحادية بـ…": the government is asked; it names no clans
    ev = _one("وطالب شيوخ عشائر الحكومة الاتحادية بتأمين القرى المحررة.", "REQUEST")
    assert ev["recipient"] == ["الحكومة الاتحادية"], ev


def test_a_post_held_in_the_government_is_its_holders() -> None:
    # "نقلت الوكالة عن وزير الإعلام في الحكومة فهد الشرجبي قوله إن …": the named minister speaks, no bare office
    rec = extract("ونقلت وكالة الأنباء اليمنية عن وزير الإعلام في الحكومة الشرعية فهد الشرجبي قوله إن الاعتقالات "
                  "جريمة.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    assert [names.get(s.speaker) for s in rec.statements] == ["فهد الشرجبي"], \
        [(names.get(s.speaker), s.cue.text) for s in rec.statements]


def test_a_minister_who_is_also_the_spokesman_is_one_speaker() -> None:
    # "عن وزير الإعلام والناطق الرسمي باسم الحكومة، X، اتهامه …": one man with two posts, named after them
    rec = extract("ونقلت الوكالة عن وزير الإعلام والناطق الرسمي باسم الحكومة، خالد الأعيسر، اتهامه قوات الدعم "
                  "السريع بنهب القوافل.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    assert [names.get(s.speaker) for s in rec.statements] == ["خالد الأعيسر"], \
        [(names.get(s.speaker), s.cue.text) for s in rec.statements]


def test_a_spokesman_reporting_a_ministers_words_makes_no_demand_of_his_own() -> None:
    # (a guard) "وأضاف المتحدث أن الوزير شدد على …، مطالباً الجانب الأوروبي بـ…": the minister demands, not the
    # spokesman, now that the spokesman is known
    rec = extract("وصرح السفير كمال النجار، المتحدث الرسمي باسم وزارة الخارجية، بأن الوزير سامح الفقي استقبل الوفد.\n"
                  "وأضاف المتحدث أن الوزير شدد على أهمية التهدئة، مطالباً الجانب الأوروبي بالضغط على إسرائيل.",
                  published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    asks = [e for e in rec.events if e.type == "REQUEST"]
    assert asks and [names[x] for x in asks[0].actor] == ["سامح الفقي"], [(e.trigger.text, e.actor) for e in asks]


def test_the_site_of_an_attack_told_before_is_no_act_of_the_speakers_forces() -> None:
    # (a guard) "أكدت فيه أن وحداتها «تعمل على الكشف على موقع الاستهداف»": its units inspect the site; they struck
    # nothing
    rec = extract("قُتل شخصان في غارة نفذتها طائرة مسيّرة إسرائيلية على سيارة قرب بعلبك. وانتشر الجيش اللبناني "
                  "في المكان، بحسب بيان لقيادة الجيش، أكدت فيه أن وحداتها «تعمل على الكشف على موقع الاستهداف».",
                  published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    assert all("الجيش اللبناني" not in [names[x] for x in e.actor] for e in rec.events if e.type == "ASSAULT"), \
        [(e.trigger.text, [names[x] for x in e.actor]) for e in rec.events]


def test_where_a_threatened_act_would_be_is_the_threats_place() -> None:
    # "توعّد … بـ«مواصلة العمليات في البحر الأحمر وبحر العرب»": the threat's place is the act's
    ev = _one("وتوعّد المتحدث العسكري باسم جماعة الحوثي يحيى سريع بـ«مواصلة العمليات في البحر الأحمر وبحر العرب».",
              "THREATEN")
    assert ev["location"] == ["البحر الأحمر", "بحر العرب"], ev


def test_a_naval_mission_launched_is_a_deployment() -> None:
    # "أطلق الاتحاد الأوروبي مهمة بحرية لمرافقة السفن التجارية في البحر الأحمر": a deployment of forces, not of
    # weapons, to where it escorts
    ev = _one("وكان الاتحاد الأوروبي قد أطلق الشهر الماضي مهمة بحرية لمرافقة السفن التجارية في البحر المتوسط.",
              "MOBILIZE")
    assert ev["mode"] == "troops" and ev["actor"] == ["الاتحاد الأوروبي"], ev


def test_a_unit_sent_by_a_body_after_the_verb_is_its_subject() -> None:
    # "…، واعتقلت قوة من الشرطة ثلاثة مطلوبين": the unit right after the verb is its own subject; the subject of
    # the clause before is not carried to it
    ev = _one("أكد الجيش رفضه لأي فوضى في المدينة، واعتقلت قوة من الشرطة ثلاثة مطلوبين قرب السوق.", "COERCE")
    assert ev["actor"] == ["الشرطة"], ev


def test_the_unit_alone_is_the_force_that_sent_it() -> None:
    # "أحبطت قوة من حرس الحدود …، وبادر المهربون بإطلاق النار على القوة": the unit alone is the force, hit
    ev = _one("أحبطت قوة من حرس الحدود العراقية محاولة تهريب قرب البصرة، وبادر المهربون بإطلاق النار على القوة.",
              "ASSAULT")
    assert ev["actor"] == ["المهربون"] and ev["recipient"] == ["حرس الحدود العراقية"], ev


def test_a_sweep_that_got_under_way_is_a_deployment_going_on() -> None:
    # "انطلقت عملية تفتيش …": the sweep is the subject of a verb of starting; it is going on
    ev = _one("وانطلقت عملية تمشيط واسعة تشارك فيها قوات الحدود في بساتين قضاء بلد بحثاً عن مطلوبين.", "MOBILIZE")
    assert ev["status"] == "ongoing" and ev["actor"] == ["قوات الحدود"], ev


def test_a_search_its_doer_carries_out_is_a_deployment() -> None:
    # "عملية تفتيش تنفذها قوات الحدود": the search carried out by the force named after it
    ev = _one("وتتواصل عملية تفتيش تنفذها قوات الحدود في القرى المحاذية لقضاء الرطبة.", "MOBILIZE")
    assert ev["actor"] == ["قوات الحدود"], ev


def test_who_chairs_a_bodys_meeting_holds_it() -> None:
    # "وترأس المحافظ X ظهر اليوم اجتماعاً طارئاً للجنة الأمنية": the chair holds the meeting of the body
    ev = _one("وترأس المحافظ صالح الحمداني ظهر اليوم اجتماعاً طارئاً للجنة الأمنية في المحافظة.", "CONSULT")
    assert ev["actor"][0] == "صالح الحمداني", ev


@pytest.mark.parametrize("sentence,recipient", [
    ("وأشارت الوزارة إلى أن السلطات رفضت خلال الشهر الماضي 43 طلباً من أصل 61 طلباً تقدمت بها منظمة الصحة العالمية "
     "لإجلاء المرضى.", "منظمة الصحة العالمية"),
])
def test_a_request_refused_is_refused_to_who_put_it_in(sentence: str, recipient: str) -> None:
    # "طلباً تقدمت بها X"، "المقترح الذي قدمته X": X is refused
    assert _one(sentence, "REJECT")["recipient"] == [recipient]


def test_a_deployment_begun_by_a_unit_with_a_long_name_before_it() -> None:
    # "وبدأت وحدات من X التابعة لـY في Z الانتشار في …": the verb of beginning and the force are far before the noun
    ev = _one("وبدأت وحدات من مديرية أمن بنغازي التابعة لوزارة الداخلية في الحكومة المكلفة من البرلمان الانتشار في "
              "منطقة الهواري للفصل بين الطرفين.", "MOBILIZE")
    assert ev["location"] == ["منطقة الهواري"], ev


def test_fighting_that_calm_followed_is_reported_where_calm_returned() -> None:
    # "عاد هدوء حذر إلى منطقة X …، بعد اشتباكات عنيفة بين A وB": the fighting, its sides named, is the news, and it
    # was where calm came back
    ev = _one("عاد هدوء حذر إلى منطقة الهواري، صباح اليوم، بعد اشتباكات عنيفة استمرت ساعات بين «كتيبة الفاروق» "
              "و«كتيبة النصر».", "ASSAULT")
    assert ev["location"] == ["منطقة الهواري"] and len(ev["actor"]) == 2, ev


@pytest.mark.parametrize("sentence,accused", [
    ("وقال المتحدث باسم المجلس، حامد الزبيدي، إن المجلس لم يشارك في الهجوم، متهماً «جهات معادية» بترويج الشائعات.",
     "جهات معادية"),
    ("واتهم عضو مجلس النواب، كريم العبادي، «عصابات متفلتة» بالوقوف وراء عمليات الخطف.", "عصابات متفلتة"),
    # (in the accusative)
    ("وأكد المدير الجهوي للديوانة، الهادي الزغلامي، أن الرقابة مستمرة، متهماً «أطرافاً خارجية» بتمويل التهريب.",
     "أطرافاً خارجية"),
    # (past the verb's subject and a long aside with a time)
    ("واتهمت قيادة اللواء الثالث، في بيان صدر فجر اليوم الأحد، «عناصر مندسة» بالوقوف وراء تفجير المستودع.",
     "عناصر مندسة"),
])
def test_a_party_accused_in_quotation_marks(sentence: str, accused: str) -> None:
    # "متهماً «جهات معادية» بـ…": the quoted party a speaker accuses is the one accused
    assert _one(sentence, "ACCUSE")["recipient"] == [accused]


def test_a_quoted_charge_is_no_party() -> None:
    # (a guard) "محمّلاً الاحتلال «المسؤولية الكاملة»": the blame quoted names nobody
    rec, _evs = _events("وأدانت الوزارة القصف، محمّلةً قوات الاحتلال «المسؤولية الكاملة» عن التصعيد.")
    assert all("المسؤولية" not in e.name_ar for e in rec.entities), [e.name_ar for e in rec.entities]


def test_a_host_titled_with_a_body_in_construct_and_his_guest() -> None:
    # "استقبل رئيس مجلس السيادة الانتقالي X المبعوث الأممي Y": the body is the host's title; the two men met
    ev = _one("استقبل رئيس مجلس السيادة الانتقالي عبد الفتاح البرهان المبعوث الأممي رمطان لعمامرة في بورتسودان.",
              "CONSULT")
    parties = ev["actor"] + ev["recipient"]
    assert "عبد الفتاح البرهان" in parties and "مجلس السيادة الانتقالي" not in parties and len(parties) == 2, ev


def test_gunfire_told_past_the_toll_is_the_attacks_means() -> None:
    # "استشهد ثلاثة … وأصيب أكثر من عشرين آخرين، صباح اليوم، برصاص الجيش": the death and wounds came by gunfire
    ev = _one("استشهد ثلاثة شبان وأصيب أكثر من عشرين آخرين بجروح، صباح اليوم، برصاص الجيش الإسرائيلي قرب حاجز حوارة.",
              "ASSAULT")
    assert ev["mode"] == "firearms", ev



def test_an_attack_repelled_is_repelled_the_day_it_was_made() -> None:
    # "أعلن الجيش، اليوم الثلاثاء، أن قواته صدّت هجوماً شنته مجموعة مسلحة فجر أمس الاثنين": the day of the attack, not
    # of the announcement
    rec = extract("أعلن الجيش التشادي، اليوم الثلاثاء، أن قواته صدّت هجوماً شنته مجموعة مسلحة فجر أمس الاثنين على "
                  "بلدة قرب الحدود الليبية.", published="2026-03-10")
    repel = [e for e in rec.events + rec.uncoded if e.trigger.text == "صدّت"]
    assert repel and repel[0].date == "2026-03-09", [(e.trigger.text, e.date) for e in rec.events + rec.uncoded]


def test_a_deployment_at_the_edge_of_a_place_is_there() -> None:
    # "انتشرت دوريات للأسايش على مداخل مدينة الرقة": at the city's entrances, in the city
    ev = _one("فيما انتشرت دوريات مشتركة لقوات الأمن على مداخل مدينة الحسكة وعند دوار الباسل.", "MOBILIZE")
    assert "الحسكة" in ev["location"] + ev["destination"], ev


def test_a_march_barred_restricts_those_who_held_it() -> None:
    # "منعت قوات الأمن، صباح أمس، مسيرة للمعلمين المضربين": the teachers' movement restricted
    ev = _one("منعت قوات الأمن في مدينة السليمانية، صباح أمس الأحد، مسيرة للمعلمين المضربين كانت متجهة نحو مبنى "
              "المحافظة.", "COERCE")
    assert ev["mode"] == "restrict" and ev["recipient"] == ["المعلمين"], ev


def test_a_drone_is_no_march_barred() -> None:
    # (a guard) "ومنع أي تسلل …، فيما تتولى طائرات مسيّرة …": a drone after the clause is no march
    _, evs = _events("انتشر اللواء على الطريق الصحراوي لتأمين المحور الغربي ومنع أي تسلل من عمق الصحراء، فيما تتولى "
                     "طائرات مسيّرة تابعة لطيران الجيش مراقبة الطرق.")
    assert not [e for e in evs if e["type"] == "COERCE"], evs


def test_goods_moved_to_a_company_are_no_troops() -> None:
    # (a guard) "توقف نقل الإنتاج نحو المجمع الكيميائي": a company moves no troops
    _, evs = _events("وتوقف منذ أسبوع نقل الإنتاج نحو المجمع الكيميائي التونسي في قابس بسبب الاعتصام.")
    assert not [e for e in evs if e["type"] == "MOBILIZE"], evs


def test_those_held_taken_somewhere_are_no_troops() -> None:
    # "الموقوفين نُقلوا إلى مدينة اللاذقية": the held (persons, classes.tsv) taken somewhere are no force moved
    _, evs = _events("فككت قوى الأمن الداخلي خلية إرهابية في جبلة، مشيرة إلى أن الموقوفين نُقلوا إلى مدينة اللاذقية للتحقيق "
                     "معهم.")
    assert not [e for e in evs if e["type"] == "MOBILIZE"], evs


def test_charges_directed_to_them_with_lam() -> None:
    # "…، الذي وجه لهم تهم …": those the pronoun stands for are charged
    ev = _one("فككت قوات الأمن شبكة إجرامية في تبسة. وقُدّم الموقوفون أمس أمام وكيل الجمهورية لدى محكمة تبسة، الذي وجه لهم "
              "تهم «التهريب».", "ACCUSE")
    assert ev["recipient"] == ["شبكة إجرامية"], ev


def test_a_second_accord_breached_named_by_its_date_is_no_new_accord() -> None:
    # "خرق فاضح للقرار 1701 ولاتفاق تشرين الثاني 2024": an accord in force, named by when it was made
    _, evs = _events("ووصف الوزير الغارات بأنها «خرق فاضح للقرار 1701 ولاتفاق تشرين الثاني 2024»، داعياً الدول الراعية "
                     "إلى التحرك.")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_a_deployment_around_a_place_is_there() -> None:
    # "عززت السلطات الأمنية انتشارها حول ميناء الحديدة": around the port, at the port
    ev = _one("وسمع السكان دوي انفجارات قرب المدينة، فيما عززت السلطات الأمنية انتشارها حول ميناء الحديدة ومطار الحديدة.",
              "MOBILIZE")
    assert "ميناء الحديدة" in ev["location"], ev


@pytest.mark.parametrize("condemned", ["«الجريمة النكراء»", "المجزرة", "ما وصفته بـ«حملة القمع»", "الغارتين"])
def test_a_crime_massacre_or_repression_condemned_accuses_who_did_it(condemned: str) -> None:
    # "أدانت الوزارة «الجريمة البشعة» في البلدة": a crime, a massacre or a repression condemned is the act told
    # before, so its doers are accused
    rec = extract("دير البلح – قصف الجيش الإسرائيلي منزلاً في مخيم المغازي. وأدانت وزارة الصحة في بيان "
                  f"{condemned} في المخيم.", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    got = [[names[x] for x in v.recipient] for v in rec.events if v.type == "ACCUSE"]
    assert got and got[0] and all("إسرائيل" in n for n in got[0]), (got, names)


def test_a_toll_published_past_its_adjectives_is_no_deployment() -> None:
    # "حسب الحصيلة العملياتية الأسبوعية التي نشرتها وزارة الدفاع": a toll published, no forces deployed
    _, evs = _events("الجزائر – أوقفت مفارز للجيش الوطني الشعبي 12 مهرباً ببرج باجي مختار، حسب الحصيلة العملياتية "
                     "الأسبوعية التي نشرتها وزارة الدفاع الوطني.")
    assert not [e for e in evs if e["type"] == "MOBILIZE"], evs


def test_results_to_be_published_are_no_deployment() -> None:
    # "أعلن أن نتائج المناظرة ستُنشر": results published, not forces deployed
    _, evs = _events("تونس – استقبل وزير التربية التونسي وفداً عن نقابة التعليم، وأعلن أن نتائج الامتحانات ستُنشر "
                     "الأسبوع المقبل.")
    assert not [e for e in evs if e["type"] == "MOBILIZE"], evs


def test_a_post_named_by_its_place_and_then_its_holder_asks_through_the_holder() -> None:
    # "استقبل والي قفصة، فتحي العبيدي، …، داعياً المعتصمين إلى …": the governor asks, not the town his post is named by
    _, evs = _events("واستقبل والي القصرين، منير الطرابلسي، أمس الاثنين بمقر الولاية وفداً عن المعتصمين، وأعلن عقب "
                     "الاجتماع أن جلسة تفاوضية ستُعقد يوم الخميس المقبل، داعياً المعتصمين إلى فتح الطريق.")
    asks = [e for e in evs if e["type"] == "REQUEST"]
    assert asks and asks[0]["actor"] == ["منير الطرابلسي"], evs


@pytest.mark.parametrize("sentence", [
    "واستقبل الوالي، سالم القاسمي، وفداً عن المعتصمين، ووعد بنقل مطالبهم إلى الوزارة، وهو ما دفع المعتصمين إلى فك "
    "اعتصامهم مساء أمس.",
    "واستقبل الوالي، سالم القاسمي، وفداً عن المعتصمين، ووعد بنقل مطالبهم إلى الوزارة، وهو ما دفع المعتصمين إلى «رفع "
    "الاعتصام» مساء أمس.",
])
def test_a_sit_in_lifted_is_no_new_protest(sentence: str) -> None:
    # "داعياً المعتصمين إلى «رفع الاعتصام»"، "فك اعتصامهم": the end of the sit-in told before, no second one
    _, evs = _events("صفاقس – يواصل المعطلون عن العمل اعتصامهم منذ أسبوع. " + sentence)
    assert len([e for e in evs if e["type"] == "PROTEST"]) == 1, evs


@pytest.mark.parametrize("sentence,place", [
    ("تبسة – أوقفت وحدات حرس الحدود أربعة مهربين، بينهم أجنبيان، في كمين نُصب على مستوى بلدية بئر العاتر.", "بئر العاتر"),
    ("مرسى مطروح – ضبطت قوات حرس الحدود ثلاثة مهربين بكمين محكم قرب مدينة السلوم.", "السلوم"),
])
def test_an_arrest_in_an_ambush_is_where_the_ambush_was_laid(sentence: str, place: str) -> None:
    # "وأوقفت خمسة أشخاص …، في كمين نُصب على مستوى بلدية باب العسة": the trap that caught them was laid there
    ev = _one(sentence, "COERCE")
    assert any(place in x for x in ev["location"]), ev


@pytest.mark.parametrize("sentence", [
    "وعقد مجلس الأمن الدولي جلسة طارئة حول الأوضاع في غزة بطلب من الجزائر.",
    "ومن المقرر أن يعقد مجلس الأمن الدولي جلسة مغلقة الأسبوع المقبل، بطلب من الجزائر.",
])
def test_who_a_body_acts_at_the_request_of_asked_it(sentence: str) -> None:
    # "عقد مجلس الأمن جلسة بطلب من الجزائر": Algeria asked, the council was asked (not the reverse)
    ev = _one(sentence, "REQUEST")
    assert ev["actor"] == ["الجزائر"] and ev["recipient"] == ["مجلس الأمن الدولي"], ev


@pytest.mark.parametrize("sentence,actor,origin,place", [
    ("قُتل مدنيان، أمس، جراء قصف مدفعي مصدره مواقع قوات النظام السوري في مدينة معرة النعمان، استهدف بلدة كفرنبل.",
     "قوات النظام السوري", "معرة النعمان", "كفر نبل"),
    ("أصيب ثلاثة مزارعين بقصف مدفعي مصدره الجيش التركي على قرية تل تمر.", "الجيش التركي", None, "تل تمر"),
])
def test_where_fire_came_from_names_who_fired_it(sentence: str, actor: str, origin: str | None, place: str) -> None:
    # "قصف مصدره مواقع قوات النظام في مدينة سراقب، استهدف بلدتي سرمين وآفس": the party the fire came from fired it,
    # from the town it sits in, on the place it targeted (not the party hit)
    ev = _one(sentence, "ASSAULT")
    assert ev["actor"] == [actor] and actor not in ev["recipient"], ev
    assert (origin is None or ev["origin"] == [origin]) and any(place in x for x in ev["location"]), ev


def test_an_act_denied_past_an_aside_is_an_occasion_denied() -> None:
    # "ونفت قيادة الشرطة، في بيان، استخدام الرصاص الحي ضد المحتجين": the aside set off by commas is passed
    _, evs = _events("الناصرية – تظاهر مئات المعلمين أمام مبنى المحافظة. ونفت قيادة الشرطة، في بيان، استخدام الرصاص "
                     "الحي ضد المحتجين.")
    assert [e["status"] for e in evs if e["type"] == "ASSAULT"] == ["negated"], evs


@pytest.mark.parametrize("sentence,mode", [
    # a channel's name is no drone
    ("صنعاء – وقال المتحدث العسكري للجماعة، في بيان بثته قناة المسيرة، إن قواتها استهدفت سفينة تجارية بصاروخ باليستي "
     "في خليج عدن.", "heavy-weapons"),
    # two drones, by the dual
    ("صعدة – استهدفت جماعة الحوثي مطار جازان بطائرتين مسيرتين.", "drone"),
])
def test_the_weapon_named_gives_the_mode(sentence: str, mode: str) -> None:
    assert _one(sentence, "ASSAULT")["mode"] == mode


@pytest.mark.parametrize("sentence", [
    "جباليا – قُتل ثلاثة فلسطينيين وأصيب أكثر من 20 آخرين بنيران إسرائيلية قرب مركز لتوزيع الطحين. ودعت الأمم "
    "المتحدة إسرائيل إلى فتح المعابر.",
    "جباليا – تجمع مئات المواطنين قرب مركز لتوزيع الطحين، في وقت قُتل فيه ثلاثة فلسطينيين بنيران إسرائيلية. ودعت "
    "الأمم المتحدة إسرائيل إلى فتح المعابر.",
])
def test_the_fire_that_hit_the_counted_dead_names_its_state(sentence: str) -> None:
    # "قُتل ستة فلسطينيين وأصيب أكثر من 30 آخرين بنيران إسرائيلية": past the toll (and the relative clause's
    # pronoun, "قُتل فيه"), the fire's adjective names the state, not the dead's
    evs = [e for e in _events(sentence)[1] if e["type"] == "ASSAULT"]
    assert evs and evs[0]["actor"] == ["إسرائيل"], evs


@pytest.mark.parametrize("sentence,typ", [
    ("وقالت منظمة الصحة العالمية إن الطرق مغلقة، معلنة أنها ستُرسل قافلة ثانية إلى مستشفيات المدينة الأسبوع المقبل.",
     "AID"),
    ("وأرسلت منظمة الأمم المتحدة للطفولة شحنة إلى مخيمات النازحين في الحسكة.", "AID"),
    # (a guard) an army's convoy moves troops
    ("وأرسل الجيش السوداني قافلة عسكرية إلى الفاشر.", "MOBILIZE"),
])
def test_a_convoy_a_relief_agency_sends_is_aid(sentence: str, typ: str) -> None:
    # "معلناً أنه يعتزم إرسال قافلة ثانية": what a relief or development agency sends is aid, whatever it carries
    _, evs = _events(sentence)
    assert [e["type"] for e in evs if e["type"] in ("AID", "MOBILIZE")] == [typ], evs


def test_a_crowd_counted_after_whereas_is_no_subject_carried() -> None:
    # "دفعت الوزارة بآليات …، فيما تجمع عشرات من أهالي المدينة": the gathering is not the ministry's
    _, evs = _events("صبراتة – دفعت وزارة الداخلية بنحو 30 آلية إلى محيط المصفاة، فيما تجمع عشرات من أهالي المدينة "
                     "أمام مقر البلدية في وقفة احتجاجية.")
    protests = [e for e in evs if e["type"] == "PROTEST"]
    assert protests and "وزارة الداخلية" not in protests[0]["actor"], evs


def test_some_of_the_crowd_after_whereas_are_the_crowd() -> None:
    # (a guard) "فيما أغلق عدد منهم مدخل الميناء": some of the protesters just told
    _, evs = _events("رشيد – تجمّع مئات الصيادين أمام ميناء الصيد احتجاجاً على قرار الحظر، فيما أغلق عدد منهم "
                     "مدخل الميناء بالمراكب.")
    assert [e["actor"] for e in evs if e["type"] == "PROTEST"][-1] == ["الصيادين"], evs


@pytest.mark.parametrize("sentence,status", [
    ("الناقورة – قصفت المدفعية الإسرائيلية أطراف بلدة كفرشوبا. وأعلنت وزارة الخارجية اللبنانية أنها ستتقدم بشكوى "
     "جديدة أمام مجلس الأمن الدولي.", "planned"),
    ("الناقورة – قصفت المدفعية الإسرائيلية أطراف بلدة كفرشوبا. وأعلنت وزارة الخارجية اللبنانية أنها رفعت شكوى إلى "
     "مجلس الأمن الدولي.", "occurred"),
])
def test_a_complaint_filed_accuses_who_attacked(sentence: str, status: str) -> None:
    # "ستتقدم بشكوى جديدة أمام مجلس الأمن": an official complaint (CAMEO 114, ACCUSE allege) against the one who
    # did the attack told before, not the council it is filed with
    ev = _one(sentence, "ACCUSE")
    assert (ev["mode"], ev["status"], ev["actor"]) == ("allege", status, ["وزارة الخارجية اللبنانية"]), ev
    assert ev["recipient"] and "مجلس الأمن الدولي" not in ev["recipient"], ev


def test_what_protesters_demand_is_asked_of_the_body_they_protest() -> None:
    # "نفذ عمال المصفاة وقفة احتجاجية ضد إدارة المصفاة. وطالب عمال المصفاة بـ…": the demand, with no one named
    # to grant it, is made of the body the protest faces
    _, evs = _events("بيجي – نفذ عمال المصفاة وقفة احتجاجية ضد إدارة المصفاة. وطالب عمال المصفاة بصرف الرواتب "
                     "المتأخرة.")
    asks = [e for e in evs if e["type"] == "REQUEST"]
    assert asks and asks[0]["recipient"] == ["إدارة المصفاة"], evs


def test_a_datelines_place_makes_no_demand() -> None:
    # "تونس – نفذ المئات من الأساتذة وقفة …، مطالبين بـ…": past the dateline's dash, its city says nothing
    _, evs = _events("الرباط – نفذ المئات من الممرضين وقفة احتجاجية أمام مقر وزارة الصحة، مطالبين بتحسين ظروف العمل.")
    assert not [e for e in evs if e["type"] == "REQUEST" and "الرباط" in e["actor"]], evs


@pytest.mark.parametrize("sentence,actor,place", [
    ("بعقوبة – أطلقت قطعات من الجيش العراقي وألوية من هيئة الحشد الشعبي، فجر اليوم، عملية عسكرية مشتركة لتفتيش "
     "بساتين المقدادية.", "الجيش العراقي", "المقدادية"),
    ("كركوك – أطلقت قوات البيشمركة عملية عسكرية لملاحقة بقايا داعش في وادي الشاي.", "البيشمركة", None),
])
def test_a_military_operation_to_search_an_area_is_a_sweep(sentence: str, actor: str, place: str | None) -> None:
    # "أطلقت قطعات من الجيش … عملية عسكرية مشتركة لتفتيش صحراء المطيبيجة": troops deployed to comb a place, by the
    # body whose units launched it, at the place combed
    ev = _one(sentence, "MOBILIZE")
    assert actor in ev["actor"] and (place is None or any(place in x for x in ev["location"])), ev


def test_the_sides_of_a_clash_are_each_others_targets() -> None:
    # "الاشتباكات العنيفة بين عناصر من «فرقة الحمزة» و«الجبهة الشامية»": each side fights the other
    ev = _one("الباب – اندلعت اشتباكات عنيفة بين عناصر من «فرقة السلطان مراد» و«فرقة المعتصم» في مدينة الباب.",
              "ASSAULT")
    assert sorted(ev["actor"]) == sorted(ev["recipient"]) and len(ev["actor"]) == 2, ev


def test_reinforcements_set_out_from_a_town_go_to_the_datelines() -> None:
    # "دفعت الوزارة بتعزيزات …، انطلقت من مدينة اعزاز وانتشرت في الأحياء": set out from Azaz, in a report from Afrin
    ev = _one("جرابلس – دفعت وزارة الداخلية السورية بتعزيزات من الأمن العام، قالت مصادر محلية إنها تضم نحو 30 آلية، "
              "انطلقت من مدينة منبج وانتشرت في الأحياء الشرقية.", "MOBILIZE")
    assert ev["origin"] == ["منبج"] and ev["destination"] == ["جرابلس"], ev


@pytest.mark.parametrize("aside", ["فضّل عدم الكشف عن اسمه", "طلب عدم ذكر اسمه", "رفض الكشف عن هويته"])
def test_an_unnamed_speakers_aside_is_passed_to_the_one_accused(aside: str) -> None:
    # "واتهم قيادي في الجبهة، فضّل عدم الكشف عن اسمه، «فرقة الحمزة» بـ…": the aside keeping his name back is no new
    # clause; the party after it is the one accused
    ev = _one(f"واتهم قيادي في «لواء الشمال»، {aside}، «فرقة السلطان سليمان شاه» بالمبادرة إلى إطلاق النار.", "ACCUSE")
    assert ev["recipient"] == ["فرقة السلطان سليمان شاه"], ev


def test_entering_a_sit_in_is_a_protest_not_a_move() -> None:
    # "قررت الهيئة الدخول في اعتصام مفتوح": a sit-in begun, no force moved in
    _, evs = _events("صفاقس – قررت النقابة الجهوية للتعليم الثانوي الدخول في اعتصام مفتوح بمقر المندوبية الجهوية للتربية.")
    assert not [e for e in evs if e["type"] == "MOBILIZE"] and [e for e in evs if e["type"] == "PROTEST"], evs


def test_the_body_that_announces_its_members_martyrdom_was_the_one_hit() -> None:
    # "وأعلن «حزب الله» أن «المجاهد …» ارتقى شهيداً": as a body that mourns its member
    ev = _one("صور – استهدفت مسيّرة إسرائيلية دراجة نارية في بلدة معركة، ما أدى إلى استشهاد سائقها. وأعلنت «حركة أمل»، "
              "في بيان، أن أحد عناصرها ارتقى شهيداً.", "ASSAULT")
    assert ev["recipient"][:1] == ["حركة أمل"], ev


@pytest.mark.parametrize("sentence,ends", [
    ("صور – استهدفت غارة إسرائيلية سيارة على الطريق الذي يربط بلدة شقرا بمدينة بنت جبيل.", ["شقرا", "بنت جبيل"]),
    ("درعا – قُتل جنديان بانفجار لغم على الطريق الذي يربط مدينة نوى ببلدة الشيخ مسكين.", ["نوى", "الشيخ مسكين"]),
])
def test_an_attack_on_a_road_told_by_its_ends_is_there(sentence: str, ends: list[str]) -> None:
    # "على الطريق الذي يربط X بـY": the road's two ends, past its relative pronoun, say where
    ev = _one(sentence, "ASSAULT")
    assert all(any(e in loc for loc in ev["location"]) for e in ends), ev


@pytest.mark.parametrize("sentence,typ,actor", [
    ("طالب الوزير اللجنة الأمنية العليا بالتحرك. ومن المقرر أن تعقد اللجنة، التي تترأسها فرنسا، اجتماعها المقبل في "
     "بيروت الأسبوع المقبل.", "CONSULT", "اللجنة الأمنية العليا"),
])
def test_a_party_in_a_relative_aside_is_no_subject(sentence: str, typ: str, actor: str) -> None:
    # "تعقد اللجنة، التي تترأسها الولايات المتحدة، اجتماعها": the relative clause set off by commas names no subject
    ev = _one(sentence, typ)
    assert ev["actor"] == [actor], ev


def test_a_meeting_told_after_haythu_is_the_visitors() -> None:
    # "وصل وزير الداخلية إلى مدينة الكفرة، حيث التقى عميد البلدية": the visitor met the one named after the verb
    rec = extract("بنغازي – وصل وزير الصحة إلى مدينة طبرق، حيث التقى عميد البلدية وعدداً من الأطباء.",
                  published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    met = [e for e in rec.events if e.type == "CONSULT" and e.trigger.text == "التقى"]
    assert met and [names[x] for x in met[0].actor] == ["وزير الصحة"] and "عميد البلدية" in [
        names[x] for x in met[0].recipient] and met[0].mode == "visit", [
        [names[x] for x in e.actor] for e in met]


@pytest.mark.parametrize("sentence", [
    "رام الله – نظم العشرات وقفة تضامنية مع الأسرى أمام مقر اللجنة الدولية للصليب الأحمر في مدينة البيرة.",
    "قفصة – نفذ عمال الحضائر وقفات احتجاجية أمام مقر الولاية للمطالبة بتسوية أوضاعهم.",
    # Sudanese processions and the "million-man" march
    "أم درمان – سيّرت لجان المقاومة مواكب احتجاجية في أحياء المدينة رفضاً للحرب.",
    "الخرطوم – نظمت تنسيقيات لجان المقاومة مليونية في شارع الستين.",
])
def test_a_solidarity_vigil_and_vigils_are_protests(sentence: str) -> None:
    # "وقفة تضامنية" and the plural "وقفات احتجاجية": a demonstration, as "وقفة احتجاجية"
    assert _one(sentence, "PROTEST")["mode"] == "demo"


def test_the_palestinian_national_action_factions_call_a_protest() -> None:
    # "فصائل العمل الوطني": the factions' coalition of a Palestinian governorate is a body, and calls the vigil
    ev = _one("طوباس – دعت فصائل العمل الوطني في المحافظة إلى وقفة تضامنية مع الأسرى في ساحة البلدية يوم الخميس "
              "المقبل.", "PROTEST")
    assert (ev["actor"], ev["status"]) == (["فصائل العمل الوطني"], "planned"), ev


def test_an_arrest_during_a_protest_is_where_the_protest_was() -> None:
    # "أوقفت وحدات الأمن ستة ناشطين خلال وقفة احتجاجية … بساحة محمد علي": the arrest is at the vigil's place
    ev = _one("تونس – أوقفت وحدات الأمن التونسية ستة ناشطين خلال وقفة احتجاجية نظمها الاتحاد العام التونسي للشغل "
              "أمام مقره بساحة محمد علي وسط العاصمة.", "COERCE")
    assert "ساحة محمد علي" in ev["location"], ev


def test_a_meeting_a_governor_chairs_is_in_his_province() -> None:
    # "وترأس والي القصرين، فتحي الخميري، مساء أمس، اجتماعاً طارئاً للجنة الجهوية": the chair past his name set off by
    # commas holds it, the committee is met, and it is held in the place he governs, not the scene told before
    ev = _one("انفجر لغم في جبل السلوم. وترأس والي سيدي بوزيد، كمال الهمامي، مساء أمس، اجتماعاً طارئاً للجنة "
              "الجهوية لتنسيق العمل الأمني.", "CONSULT")
    assert (ev["actor"], ev["recipient"], ev["location"]) == (
        ["كمال الهمامي"], ["اللجنة الجهوية لتنسيق العمل الأمني"], ["سيدي بوزيد"]), ev


def test_members_of_a_body_accused_by_a_participle() -> None:
    # "…، متهماً عناصر من كتيبة عقبة بن نافع بزرع الألغام": some of a body accused, the body (a Tunisian AQIM
    # brigade, organisations.tsv)
    ev = _one("القصرين – قال المتحدث باسم الحرس الوطني إن دورية تعرضت لإطلاق نار، متهماً عناصر من كتيبة عقبة بن نافع "
              "بالوقوف وراء الهجوم.", "ACCUSE")
    assert "كتيبة عقبة بن نافع" in ev["recipient"], ev


def test_a_call_to_talks_by_a_minister_of_social_protection_asks_a_meeting() -> None:
    # "دعا وزير الصحة والحماية الاجتماعية، فلان، ممثلي الطلبة إلى جلسة حوار": the word of the minister's title
    # ("الحماية") is no cue of what he asks; the talks are
    ev = _one("الرباط – دعا وزير الصحة والحماية الاجتماعية، محمد العلمي، ممثلي الممرضين إلى جلسة حوار يوم الخميس "
              "المقبل.", "REQUEST")
    assert ev["mode"] == "meet", ev


@pytest.mark.parametrize("sentence,mode", [
    ("صنعاء – استهدف الحوثيون سفينة شحن في خليج عدن بصاروخ باليستي.", "heavy-weapons"),
    ("صنعاء – استهدف الحوثيون سفينة شحن في خليج عدن بطائرة مسيّرة.", "drone"),
])
def test_the_weapon_past_a_named_place_gives_the_mode(sentence: str, mode: str) -> None:
    # the words of a place named after the target do not use up the reach of the weapon told after it
    assert _one(sentence, "ASSAULT")["mode"] == mode


def test_air_defences_name_no_air_strike() -> None:
    # "تصدت الدفاعات الجوية لصاروخ باليستي أطلقه الحوثيون": the missile launched is the weapon, the defences' "الجوية"
    # no air strike
    ev = _one("الرياض – تصدت الدفاعات الجوية السعودية لصاروخ باليستي أطلقه الحوثيون باتجاه مدينة نجران.", "ASSAULT")
    assert ev["mode"] == "heavy-weapons", ev


def test_a_crowd_that_set_about_blocking_a_road() -> None:
    # "أقدم عشرات الفلاحين من دواوير جماعة سيدي العايدي، صباح أمس، على قطع الطريق": the crowd right after the verb
    # of setting about it blocked the road (past the Moroccan commune it comes from, a place), with the verb's form read
    # as its noun after على
    ev = _one("برشيد – أقدم عشرات الفلاحين من دواوير جماعة أولاد عبو بإقليم برشيد، صباح أمس الاثنين، على قطع "
              "الطريق الوطنية.", "PROTEST")
    assert (ev["mode"], ev["actor"]) == ("obstruct", ["الفلاحين"]), ev


@pytest.mark.parametrize("sentence,actor", [
    # who formed an inquiry committee holds it; the members it comprises are no party to it
    ("بغداد – شكلت قيادة العمليات المشتركة، أمس الثلاثاء، لجنة تحقيقية مشتركة تضم ضباطاً من الجيش العراقي "
     "وهيئة الحشد الشعبي.", "قيادة العمليات المشتركة"),
    ("بغداد – شكلت الحكومة العراقية لجنة تحقيق في حادث إطلاق النار.", "الحكومة العراقية"),
    # a committee "for inquiry" (لجنة للتحقيق) is one too
    ("بغداد – شكلت الحكومة العراقية لجنة للتحقيق في حادث إطلاق النار.", "الحكومة العراقية"),
])
def test_who_formed_an_inquiry_committee_holds_it(sentence: str, actor: str) -> None:
    ev = _one(sentence, "ACCUSE")
    assert (ev["mode"], ev["actor"]) == ("investigate", [actor]), ev


@pytest.mark.parametrize("sentence,typ,actor", [
    # the body and seat in a person's title, his name set off by commas after them, are how he is named
    ("البصرة – وطالب عضو مجلس النواب عن محافظة البصرة، عدي عواد، بحصر السلاح بيد الدولة.", "REQUEST", "عدي عواد"),
    ("بغداد – وطالب عضو مجلس محافظة ديالى عن قضاء الخالص، أحمد الزيدي، بفتح تحقيق في الحادثة.", "REQUEST",
     "أحمد الزيدي"),
])
def test_a_person_named_past_the_body_and_seat_of_his_title(sentence: str, typ: str, actor: str) -> None:
    assert _one(sentence, typ)["actor"] == [actor]


def test_the_body_a_joined_verbs_pronoun_stands_for_is_its_object() -> None:
    # "أبلغ لجنة الإشراف بالخرق وطالبها بالضغط على إسرائيل": the committee the pronoun stands for is asked, the
    # army (the subject going on) asks
    ev = _one("بيروت – وقال الجيش اللبناني إنه أبلغ لجنة الإشراف على وقف إطلاق النار بالخرق وطالبها بالضغط على "
              "إسرائيل.", "REQUEST")
    assert (ev["actor"], ev["recipient"][:1]) == (["الجيش اللبناني"], ["لجنة الإشراف على وقف إطلاق النار"]), ev


def test_the_accused_past_a_statements_aside() -> None:
    # "اتهمت قسد، في بيان، «دولة الاحتلال التركي» بـ…": the comma that closes the statement's aside does not part the
    # verb from whom it accuses
    ev = _one("القامشلي – واتهمت الإدارة الذاتية، في بيان، «دولة الاحتلال التركي» بقصف محطة الكهرباء.", "ACCUSE")
    assert ev["recipient"] == ["الاحتلال التركي"], ev


def test_a_deployment_of_some_of_a_force_with_lam() -> None:
    # "وعاينت الصحيفة انتشاراً مكثفاً لعناصر الشرطة": the force after the unit noun is the deployment's genitive
    ev = _one("وهران – وعاينت الصحيفة انتشاراً مكثفاً لعناصر الشرطة الجزائرية عند المدخل الرئيسي لميناء وهران.",
              "MOBILIZE")
    assert ev["actor"] == ["الشرطة الجزائرية"], ev


def test_a_partys_seat_that_underwent_an_attack() -> None:
    # "تعرض مقر حزب الاتحاد الوطني الكردستاني في كركوك لهجوم": the party whose seat was hit is the target, past the
    # word of its kind, not the attacker
    ev = _one("كركوك – تعرض مقر حزب الاتحاد الوطني الكردستاني في كركوك لهجوم بقنبلة يدوية.", "ASSAULT")
    assert (ev["actor"], ev["recipient"]) == ([], ["الاتحاد الوطني الكردستاني"]), ev


def test_the_body_that_mourns_its_member_was_the_one_hit() -> None:
    # "استهدفت مسيّرة إسرائيلية سيارة …، ما أدى إلى سقوط شهيد. ونعى «حزب الله» عنصره …": the strike hit the
    # party that mourns its member
    ev = _one("صور – استهدفت مسيّرة إسرائيلية دراجة نارية في بلدة معركة، ما أدى إلى سقوط شهيد. ونعت «حركة أمل» "
              "في وقت لاحق أحد عناصرها.", "ASSAULT")
    assert ev["recipient"][:1] == ["حركة أمل"], ev


def test_residents_stopping_a_patrol_past_their_town_and_a_time() -> None:
    # "اعترض عدد من أهالي بلدة تبنين في قضاء بنت جبيل، مساء أمس، دورية تابعة لليونيفيل": the obstruction, past the
    # crowd's town and a time, of the body whose patrol it was
    ev = _one("واعترض عدد من أهالي بلدة شقرا في قضاء بنت جبيل، مساء أمس، دورية تابعة لقوات الأمم المتحدة المؤقتة في "
              "لبنان مؤلفة من آليتين.", "PROTEST")
    assert ev["mode"] == "obstruct" and ev["recipient"] == ["قوة الأمم المتحدة المؤقتة في لبنان"], ev


def test_a_refusal_by_those_called_on_refuses_the_caller() -> None:
    # "داعياً المعتصمين إلى «رفع الاعتصام». غير أن المعتصمين رفضوا فك اعتصامهم": whoever made the call is refused
    _, evs = _events("القصرين – يواصل المعطلون عن العمل اعتصامهم. ودعا والي القصرين، محمد الماجري، المعتصمين إلى رفع "
                     "الاعتصام. غير أن المعتصمين رفضوا، في ساعة متأخرة من مساء أمس، فك اعتصامهم.")
    refusals = [e for e in evs if e["type"] == "REJECT"]
    assert refusals and refusals[0]["recipient"] == ["محمد الماجري"], evs


@pytest.mark.parametrize("sentence, actor, recipient", [
    # a drone brought down past the subject and a time: an attack by the force that downed it, with no mode
    ("أسقطت قوات حرس الحدود، مساء أمس، طائرة مسيّرة محمّلة بالمخدرات قرب جابر.", ["قوات حرس الحدود"], []),
    # the owner of the aircraft is its target, not the doer
    ("وأسقطت القوات الجوية الملكية المغربية طائرة مسيّرة تابعة لجبهة البوليساريو قرب المحبس.",
     ["القوات الجوية الملكية المغربية"], ["جبهة البوليساريو"]),
    # the speaker's own air defences bring it down for the speaker, a count and "منها" pointing back to the drones
    ("وقال الجيش السوداني إن دفاعاته الأرضية تصدّت لعشر مسيّرات وأسقطت سبعاً منها فوق مدينة سنار.",
     ["الجيش السوداني"], []),
])
def test_a_drone_brought_down(sentence: str, actor: list[str], recipient: list[str]) -> None:
    downs = [e for e in _events(sentence)[1] if e["type"] == "ASSAULT" and e["actor"] == actor]
    assert downs and downs[0]["mode"] is None and downs[0]["recipient"] == recipient, _events(sentence)[1]


@pytest.mark.parametrize("sentence", [
    # (a guard) a government brought down, charges dropped, an airdrop: nothing shot down
    "وطالب المتظاهرون بإسقاط الحكومة وإسقاط المتابعات القضائية بحق زملائهم.",
    "وأسقطت طائرات نقل عسكرية أطناناً من المواد الغذائية على المدينة المحاصرة.",
    # a downing told again by its pronoun in an impersonal account
    "حيث جرى التعامل مع الطائرات المسيّرة وإسقاطها داخل الأراضي الأردنية.",
])
def test_no_drone_brought_down(sentence: str) -> None:
    assert not [e for e in _events(sentence)[1] if e["type"] == "ASSAULT"], _events(sentence)[1]


@pytest.mark.parametrize("sentence", [
    # people rescued or recovered past a time with its preposition set off by commas
    "انتشل خفر السواحل الليبي، منذ صباح أمس، جثث سبعة مهاجرين قبالة سواحل مدينة الزاوية.",
    # a count of others rescued ("آخرين") is a count of people
    "وتمكن خفر السواحل الليبي من إنقاذ 23 آخرين قبالة سواحل مدينة الزاوية.",
])
def test_people_rescued_or_recovered(sentence: str) -> None:
    ev = _one(sentence, "AID")
    assert ev["actor"] == ["خفر السواحل الليبي"], ev


def test_blamed_past_an_aside_set_off_by_commas() -> None:
    # "حمّلت X، في بيان مقتضب، «Y» مسؤولية التفجير": the blame past the subject and an aside, the one blamed
    # named right before "مسؤولية"
    ev = _one("وحمّلت قيادة شرطة نينوى، في بيان مقتضب، «بقايا عصابات داعش الإرهابية» مسؤولية الهجوم.", "ACCUSE")
    assert ev["actor"] == ["قيادة شرطة نينوى"] and ev["recipient"] == ["تنظيم داعش"], ev


def test_hideouts_destroyed_past_an_aside() -> None:
    # "دمّرت مفارز للجيش، خلال عمليات بحث وتمشيط، ثمانية مخابئ": what was destroyed, past an aside
    ev = _one("دمّرت مفارز للجيش الوطني الشعبي، خلال عمليات بحث وتمشيط بولاية تيبازة، ستة مخابئ للجماعات "
              "الإرهابية.", "ASSAULT")
    assert ev["mode"] == "destroy" and ev["actor"] == ["الجيش الوطني الشعبي"], ev


def test_notables_who_gather_protest() -> None:
    # "تجمّع وجهاء قبيلة X أمام مقر …": notables are a crowd that gathers, as residents are
    ev = _one("وتجمع وجهاء قبيلة البقارة أمام مقر المحافظة احتجاجاً على الاعتقالات.", "PROTEST")
    assert ev["actor"] == ["وجهاء قبيلة البقارة"], ev


@pytest.mark.parametrize("sentence", [
    # those arrested are told as members of a cell of a body: the body is the target
    "واعتقلت قوات الأمن العراقية خمسة أشخاص قالت إنهم أعضاء في خلية لتنظيم «داعش» في قضاء الحويجة.",
    "وأعلنت الشرطة اعتقال ثلاثة متهمين يشتبه بأنهم عناصر في خلية تابعة لتنظيم داعش.",
])
def test_arrested_members_of_a_cell(sentence: str) -> None:
    ev = _one(sentence, "COERCE")
    assert ev["recipient"] == ["تنظيم داعش"], ev


def test_those_killed_said_to_be_a_bodys_leaders() -> None:
    # "ما أسفر عن مقتل شخصين قالت أنقرة إنهما قياديان في الحزب": the strike hit the body they are said to lead
    ev = _one("أعلنت حركة الشباب سحب مقاتليها من البلدة. وكانت طائرة مسيرة أميركية قد استهدفت في أيلول الماضي "
              "سيارة قرب مدينة جلب، ما أسفر عن مقتل شخصين قالت واشنطن إنهما قياديان في الحركة.", "ASSAULT")
    assert ev["recipient"] == ["حركة الشباب"], ev


@pytest.mark.parametrize("sentence, status", [
    # compensation paid out, or to be, is economic aid to those harmed
    ("وأعلن محافظ البحيرة، اللواء حسن عبد الحميد، صرف تعويضات عاجلة لأسر الضحايا الأسبوع المقبل.", "planned"),
    ("وصرفت وزارة التضامن الاجتماعي تعويضات مالية للصيادين المتضررين.", "occurred"),
    ("وتعهد الوالي بتعويض الفلاحين المتضررين قبل نهاية السنة.", "planned"),
])
def test_compensation_paid_out(sentence: str, status: str) -> None:
    ev = _one(sentence, "AID")
    assert (ev["mode"], ev["status"]) == ("economic", status), ev


@pytest.mark.parametrize("sentence", [
    # (a guard) sewage, an exchange rate, and compensation in the condition of a threat: nothing paid out
    "وتضم القافلة معدات لصيانة شبكات المياه والصرف الصحي.",
    "وارتفع سعر صرف الدولار في السوق الموازية.",
    "ولوّح الصيادون بالاعتصام إذا لم تُصرف التعويضات قبل نهاية الشهر.",
])
def test_no_compensation_paid_out(sentence: str) -> None:
    assert not [e for e in _events(sentence)[1] if e["type"] == "AID"], _events(sentence)[1]


def test_a_demand_reaches_its_content_past_long_names() -> None:
    # (a guard) "طالب قائممقام قضاء الرطبة عماد مشعان الدليمي الحكومة الاتحادية بصرف تعويضات": the words of the names between
    # count as none, so the payout demanded is part of the demand, not a payout made
    _, evs = _events("وطالب رئيس مجلس محافظة الأنبار عمر عبد الستار الكربولي الحكومة الاتحادية بصرف تعويضات عاجلة "
                     "لذوي الضحايا.")
    assert [e["type"] for e in evs] == ["REQUEST"], evs


def test_a_verb_after_a_comma_is_no_part_of_the_demand() -> None:
    # (a guard) "طالبت النقابة بصرف تعويضات …، وحمّلت إدارة المصنع المسؤولية": the blame is an act of its own
    _, evs = _events("وطالبت النقابة العامة للعاملين بالغزل والنسيج بصرف تعويضات عاجلة لأسر الضحايا، وحمّلت "
                     "وزارة الصناعة المسؤولية الكاملة عن الكارثة.")
    assert [e["type"] for e in evs if e["type"] == "ACCUSE"], evs


def test_the_place_that_saw_it_past_an_adjective() -> None:
    # "ثالث اشتباك مسلح تشهده طرابلس": the place that saw the clash is where it was, not who fought
    ev = _one("ويعد هذا ثالث اشتباك مسلح تشهده مصراتة منذ مطلع العام.", "ASSAULT")
    assert (ev["actor"], ev["location"]) == ([], ["مصراتة"]), ev


def test_an_occasion_told_after_idh_past_a_count_since_the_year_began() -> None:
    # "وتعد الحادثة الثانية منذ مطلع العام، إذ اختطف مسلحون في مارس الماضي …": the clause after إذ tells an occasion
    # of its own, not a toll added up since then
    ev = _one("وتعد هذه الحادثة الثالثة من نوعها منذ مطلع العام، إذ خطف مسلحون في أيار الماضي سائقاً في قضاء "
              "الطارمية شمال بغداد.", "ASSAULT")
    assert ev["mode"] == "abduct", ev


def test_where_calm_returned_after_the_fighting() -> None:
    # "عاد هدوء حذر … إلى منطقة X …، بعد اشتباكات عنيفة …": the place calm returned to is where they fought
    ev = _one("عاد هدوء حذر، صباح اليوم، إلى مدينة الزاوية غرب العاصمة طرابلس، بعد اشتباكات عنيفة اندلعت مساء "
              "أمس بين كتيبة الفاروق وكتيبة السلعة.", "ASSAULT")
    assert ev["location"] == ["الزاوية"], ev


def test_an_arrest_is_not_where_the_arrested_were_heading() -> None:
    # "أوقفت … 17 شخصاً … تنظم رحلات الإبحار خلسة نحو جزيرة لامبيدوزا": the island is where the trips head, not
    # where the arrest took place
    ev = _one("وأوقفت وحدات الحرس الوطني 12 شخصاً يشتبه في تنظيمهم رحلات الإبحار خلسة نحو جزيرة لامبيدوزا.", "COERCE")
    assert ev["location"] == [], ev


@pytest.mark.parametrize("sentence, actor, recipient", [
    # the speaker's own arms, with its pronoun, right before the verb strike for the speaker; the words of the
    # target's name past a word of its own block nothing ("الدعم" in "قوات الدعم السريع")
    ("قال الجيش السوداني إن طائراته المسيّرة استهدفت تجمعات لقوات الدعم السريع في محيط مدينة الأبيض.",
     ["الجيش السوداني"], ["قوات الدعم السريع"]),
    ("وقالت قوات الدعم السريع إن مدفعيتها استهدفت مواقع للجيش السوداني في مدينة الفاشر.",
     ["قوات الدعم السريع"], ["الجيش السوداني"]),
])
def test_a_sides_own_arms_strike_for_it(sentence: str, actor: list[str], recipient: list[str]) -> None:
    ev = _one(sentence, "ASSAULT")
    assert (ev["actor"], ev["recipient"]) == (actor, recipient), ev


def test_arms_further_back_are_not_a_relative_clauses_subject() -> None:
    # (a guard) "أعلن الجيش أن دفاعاته الجوية «اعترضت طائرة مسيّرة أطلقها حزب الله»": who launched the drone is the
    # party named after its verb, not the speaker whose air defences stopped it
    _, evs = _events("وأعلن الجيش الإسرائيلي أن دفاعاته الجوية «اعترضت طائرة مسيّرة أطلقها حزب الله».")
    assert not [e for e in evs if e["type"] == "ASSAULT" and e["actor"] == ["جيش الدفاع الإسرائيلي"]
                and e["recipient"] == ["حزب الله"]], evs


@pytest.mark.parametrize("sentence, threat", [
    # a warning to leave issued before a strike is a threat of force by who issued it
    ("ووجّه الجيش الإسرائيلي إنذاراً إلى سكان مبنى في بلدة عيتا الشعب، طالباً منهم إخلاءه.", True),
    # (a guard) a strike with no warning, and an early-warning system, threaten nothing
    ("واستهدفت الغارة المنزل دون سابق إنذار.", False),
    ("ودعا الوزراء إلى بناء منظومة موحدة للإنذار المبكر ضد الصواريخ.", False),
])
def test_a_warning_issued_is_a_threat(sentence: str, threat: bool) -> None:
    _, evs = _events(sentence)
    assert bool([e for e in evs if e["type"] == "THREATEN" and e["mode"] == "violence"]) == threat, evs


def test_combat_vehicles_of_a_force_make_it_the_target() -> None:
    # "استهدفت تجمعات وآليات قتالية لقوات الدعم السريع": vehicles with their kind, then the force's ل
    ev = _one("واستهدف الطيران الحربي للجيش السوداني آليات قتالية لقوات الدعم السريع قرب مدينة النهود.", "ASSAULT")
    assert ev["recipient"] == ["قوات الدعم السريع"], ev


@pytest.mark.parametrize("text", [
    # a unit told again by its head noun and an adjective is the unit named before: after the verb, or after أنّ
    "أحبطت وحدات حرس السواحل محاولة هجرة قرب مستغانم. وأوقفت الوحدات البحرية ثلاثة مهربين.",
    "أحبطت وحدات حرس السواحل محاولة هجرة قرب مستغانم. وأوضح البيان أن الوحدات البحرية أوقفت ثلاثة مهربين.",
])
def test_a_unit_told_again_by_its_head_noun(text: str) -> None:
    ev = _one(text, "COERCE")
    assert ev["actor"] == ["وحدات حرس السواحل"], ev


@pytest.mark.parametrize("text, moved", [
    # (a guard) people carried somewhere in the passive plural are no force moved; soldiers so carried are
    ("وأوقفت وحدات حرس السواحل 40 مهاجراً، مشيرة إلى أن المهاجرين الموقوفين نُقلوا إلى ميناء مستغانم.", False),
    ("وأكدت وزارة الدفاع الصومالية أن نحو 300 جندي نُقلوا جواً إلى مدينة كسمايو.", True),
])
def test_people_carried_in_the_passive(text: str, moved: bool) -> None:
    _, evs = _events(text)
    assert bool([e for e in evs if e["type"] == "MOBILIZE"]) == moved, evs


def test_an_act_said_to_target_livelihoods_strikes_nothing() -> None:
    # (a guard) "عمل إرهابي يستهدف معاش المواطنين": what an act is called, aimed at people's livelihood, is no strike
    _, evs = _events("ووصف المتحدث الهجوم بأنه «عمل إرهابي يستهدف معاش المواطنين».")
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


def test_the_terrorist_groups_an_army_fights_are_a_party() -> None:
    # "دمّرت مفرزة للجيش … مخبأ للجماعات الإرهابية": the groups whose hideout it was are the target
    ev = _one("ودمّرت مفرزة للجيش الوطني الشعبي مخبأً للجماعات الإرهابية بولاية تبسة.", "ASSAULT")
    assert ev["recipient"] == ["الجماعات الإرهابية"], ev


@pytest.mark.parametrize("sentence", [
    # a closure or a halt that followed from an act is no act of its own
    "واندلعت اشتباكات بين المسلحين والقوات الأمنية، ما أدى إلى إغلاق الطريق الساحلي أمام حركة المرور لساعات.",
    "واعتصم العمال أمام المصنع، ما تسبب في تعطيل حركة القطارات.",
])
def test_a_closure_that_followed_is_no_act(sentence: str) -> None:
    _, evs = _events(sentence)
    assert not [e for e in evs if e["type"] == "COERCE" and e["mode"] == "restrict"], evs


def test_settlers_march_and_its_route_is_no_arrival() -> None:
    # settlers are a crowd that marches; "مروراً بـ… وصولاً إلى …" is the march's route, no force arriving
    _, evs = _events("وشارك آلاف المستوطنين، أمس السبت، في مسيرة استفزازية انطلقت من مستوطنة «كريات أربع» مروراً بشارع "
                     "الشهداء وصولاً إلى الحرم الإبراهيمي، وسط حماية مشددة من جيش الاحتلال.")
    assert [e for e in evs if e["type"] == "PROTEST" and e["actor"]] and not [e for e in evs if e["type"] == "MOBILIZE"], evs


def test_a_light_verb_past_an_aside_of_backing() -> None:
    # "أطلقت X، بإسناد من Y وقطعات من Z، فجر أمس، عملية أمنية واسعة": the operation is X's, past the bodies that back it
    ev = _one("أطلقت قيادة عمليات صلاح الدين، بإسناد من طيران الجيش وقطعات من الحشد الشعبي، فجر أمس الاثنين، عملية "
              "أمنية واسعة لتفتيش جزيرة سامراء.", "MOBILIZE")
    assert ev["actor"] == ["قيادة عمليات صلاح الدين"], ev


def test_a_named_unit_sent_after_b() -> None:
    # "دفعت قيادة محور عتق العسكري باللواء الثاني مشاة إلى …": a named unit after ب is a force sent
    ev = _one("ودفعت قيادة محور بيحان العسكري باللواء الثاني مشاة إلى مدينة عتق.", "MOBILIZE")
    assert ev["actor"] == ["قيادة محور بيحان العسكري"] and ev["destination"] == ["عتق"], ev


def test_razing_carried_out_as_operations() -> None:
    # "ونفذ عمليات تجريف ونسف واسعة في بلدتي …": razing done as operations, a light verb right before them
    _, evs = _events("أقدم الجيش الإسرائيلي على تفجير منازل في بلدة الخيام، ونفذ عمليات تجريف واسعة في بلدة كفركلا.")
    assert [e for e in evs if e["type"] == "ASSAULT" and e["mode"] == "destroy" and "كفركلا" in e["location"]], evs


def test_the_topic_place_of_amma_frames_its_sentence() -> None:
    # "أما بولاية تندوف، فقد … وأوقفت ثلاثة مهربين": the topic place is where every act of the sentence was
    ev = _one("أما بولاية تندوف، فقد أحبطت وحدات حرس الحدود محاولة تهريب عبر الحدود الغربية، وأوقفت ثلاثة مهربين.",
              "COERCE")
    assert ev["location"] == ["تندوف"], ev


def test_the_places_of_the_operations_and_those_among_the_arrested() -> None:
    # "أوقفت مفارز للجيش …، 24 شخصاً، بينهم مهربون …، خلال عمليات متفرقة نُفذت بولايات …": the operations' places are
    # where the arrest was made, and the party named among those taken is taken
    ev = _one("أوقفت مفارز للجيش الوطني الشعبي، بالتنسيق مع مصالح الدرك الوطني، 31 شخصاً، بينهم مهربون من رعايا دول "
              "إفريقية، خلال عمليات متفرقة نُفذت بولايات تمنراست وعين قزام وإليزي.", "COERCE")
    assert ev["recipient"] == ["مهربون"] and ev["location"][:1] == ["تمنراست"], ev


def test_where_an_aid_convoy_came_from_past_what_it_carries() -> None:
    # "وصلت … قافلة … تضم 18 شاحنة محملة بمولدات كهربائية …، قادمة من مدينة بنغازي": the convoy's origin, past the
    # long description of its load
    ev = _one("وصلت إلى مدينة سرت، أمس الاثنين، قافلة تابعة لبرنامج الأغذية العالمي تضم 18 شاحنة محملة بمولدات كهربائية "
              "ومعدات لصيانة شبكات المياه ومستلزمات لإعادة تأهيل المدارس المتضررة، قادمة من مدينة مصراتة.", "AID")
    assert ev["origin"] == ["مصراتة"], ev


def test_the_sides_called_on_from_a_strike_and_its_relative_verb() -> None:
    # "غارة جوية للجيش … استهدفت تجمعات لقوات الدعم السريع … ودعا المجلس طرفي النزاع إلى …": the strike's noun names
    # the doer and its relative verb the target; they are the sides called on
    _, evs = _events("وشنت طائرات الجيش السوداني غارة جوية استهدفت تجمعات لقوات الدعم السريع قرب مدينة بارا. ودعا مجلس "
                     "السلم والأمن الأفريقي طرفي النزاع إلى وقف فوري لإطلاق النار.")
    req = next(e for e in evs if e["type"] == "REQUEST")
    assert sorted(req["recipient"]) == sorted(["الجيش السوداني", "قوات الدعم السريع"]), req


def test_a_working_session_at_a_seat_with_representatives() -> None:
    # "وعقد والي X، Y، صباح اليوم، بمقر الولاية جلسة عمل مع ممثلين عن المحتجين": the light verb past the seat it was
    # held at, and those the representatives speak for are met
    ev = _one("وعقد والي مدنين، سعيد بن عمر، صباح اليوم الأربعاء، بمقر الولاية جلسة عمل مع ممثلين عن المحتجين.", "CONSULT")
    assert ev["actor"] == ["سعيد بن عمر"] and ev["recipient"] == ["المحتجين"], ev


def test_a_pace_regained_is_no_coordination() -> None:
    # (a guard) "قبل أن تستعيد حركة المرور نسقها العادي": the traffic's pace, not a coordinating (نسّق)
    _, evs = _events("وعادت حركة المرور إلى الطريق قبل أن تستعيد نسقها العادي قرابة منتصف الليل.")
    assert not [e for e in evs if e["type"] == "COOPERATE"], evs


def test_a_blast_past_a_time_of_dawn_in_a_side_of_a_town() -> None:
    # "فجّر الجيش، فجر أمس الاثنين، ثمانية منازل … في الحي الشرقي من بلدة X": the time word «فجر» after the subject is
    # no dawn reading of the verb, and the quarter of a town told by its side is in the town, not left from it
    ev = _one("فجّر الجيش الإسرائيلي، فجر أمس الاثنين، ثمانية منازل على الأقل في الحي الشرقي من بلدة عيتا الشعب.",
              "ASSAULT")
    assert ev["actor"] == ["جيش الدفاع الإسرائيلي"] and ev["location"] == ["عيتا الشعب"] and not ev["origin"], ev


def test_a_time_in_brackets_takes_no_word_after_it() -> None:
    # (a guard) "احتجزت القوة …، فجر أمس (الأربعاء)، ناقلة النفط": the word after the closing bracket is no time word, so the
    # tanker still makes the detention a seizure
    ev = _one("احتجزت القوة البحرية للحرس الثوري الإيراني، فجر أمس (الأربعاء)، ناقلة النفط «نور» في مضيق هرمز.", "COERCE")
    assert ev["mode"] == "seize", ev


@pytest.mark.parametrize("sentence, recipient", [
    # a town the content of a call names after «من» is no addressee; a capital asked right after the verb is
    ("واشتبك الجيش السوداني مع قوات الدعم السريع في مدينة الأبيض. وقالت المنظمة إن الوضع خطير، داعيةً أطراف النزاع "
     "إلى ضمان ممر آمن للفارين من الأبيض.", ["الجيش السوداني", "قوات الدعم السريع"]),
    ("وطلبت الحكومة من واشنطن تسليم المطلوبين.", ["واشنطن"]),
])
def test_a_town_named_in_a_calls_content_is_no_addressee(sentence: str, recipient: list[str]) -> None:
    _, evs = _events(sentence)
    req = next(e for e in evs if e["type"] == "REQUEST")
    assert sorted(req["recipient"]) == sorted(recipient), req


def test_a_verb_after_a_clause_of_time_is_no_part_of_the_noun_before_it() -> None:
    # "وتأتي الغارة بعد أن استهدفت مسيّرة …": the strike the verb tells came before the one the noun names again, so
    # the two are not one event told by a noun and its relative verb
    _, evs = _events("أعلن الجيش الإسرائيلي أنه قصف مواقع في بلدة الخيام. وتأتي الغارة بعد أن استهدفت مسيّرة "
                     "إسرائيلية، صباح أمس، سيارة في بلدة حولا.")
    places = sorted(p for e in evs if e["type"] == "ASSAULT" for p in e["location"])
    assert places == ["الخيام", "حولا"], evs
    # and the drone struck for the army: the party after the verb is its doer, not hit by the strike named before
    drone = next(e for e in evs if e["type"] == "ASSAULT" and e["location"] == ["حولا"])
    assert drone["actor"] == ["جيش الدفاع الإسرائيلي"] and not drone["recipient"], drone


def test_a_batch_of_refugees_moved_is_no_force_moved() -> None:
    # "نقل الدفعة الأولى من اللاجئين …": people taken somewhere past the batch they are counted in; the refugees had
    # been a force on the move
    _, evs = _events("بدأت المفوضية السامية للأمم المتحدة لشؤون اللاجئين، أمس الثلاثاء، نقل الدفعة الأولى من اللاجئين "
                     "السوريين المقيمين في مخيم الركبان إلى مخيم الأزرق.")
    assert not [e for e in evs if e["type"] == "MOBILIZE"], evs


def test_a_meeting_and_its_verb_past_the_name_of_its_body_are_one() -> None:
    # "اجتماع للجنة الجهوية … انعقد بعد ظهر أمس": only the owner's name after ل stands between the noun and its
    # relative verb, which tells the same meeting
    _, evs = _events("وأكد والي سوسة خلال اجتماع للجنة الجهوية لتنسيق العمل الأمني انعقد بعد ظهر أمس أن الحملات "
                     "ستتواصل.")
    assert len([e for e in evs if e["type"] == "CONSULT"]) == 1, evs


@pytest.mark.parametrize("criticised, accused", [
    # «العملية» criticised, bare or military, is the operation told before: its doer is accused
    ("طريقة تنفيذ العملية", True),
    ("العملية العسكرية", True),
    # (a political process is none)
    ("العملية السياسية في البلاد", False),
])
def test_an_operation_criticised_accuses_who_carried_it_out(criticised: str, accused: bool) -> None:
    _, evs = _events("شنت قوات الأمن العراقية حملة مداهمات في حي الشعلة. وانتقدت منظمة العفو الدولية "
                     f"{criticised}.")
    acc = next(e for e in evs if e["type"] == "ACCUSE")
    assert (acc["recipient"] == ["قوات الأمن العراقية"]) is accused, acc


@pytest.mark.parametrize("blame", ["مسؤوليته لحزب العمال الكردستاني", "المسؤولية لحزب العمال الكردستاني"])
def test_the_party_blamed_with_lam_after_the_responsibility(blame: str) -> None:
    # "وحمّلت مسؤوليته لحزب العمال الكردستاني": the party after «المسؤولية» with ل is the one blamed, as the one
    # named before it is
    _, evs = _events(f"هاجم مسلحون مقر شركة في مدينة قيصري. وحمّلت الحكومة التركية {blame}.")
    acc = next(e for e in evs if e["type"] == "ACCUSE")
    assert acc["recipient"] == ["حزب العمال الكردستاني"], acc


def test_a_campaign_carried_on_since_a_month_began_is_an_occasion() -> None:
    # "وتشن الطائرات الروسية منذ مطلع الشهر الجاري غارات": the light verb carries the strikes on, and the since-phrase
    # tells how long; it is no toll summed over a period ("ومنذ مطلع يوليو، قُتل أكثر من 800")
    ev = _one("وتشن الطائرات الروسية منذ مطلع الشهر الجاري غارات مكثفة على ريف حماة.", "ASSAULT")
    assert ev["status"] == "ongoing", ev


def test_staff_taken_with_the_bodys_pronoun_make_the_body_a_target() -> None:
    # "علّقت شركة … أعمالها، على خلفية اختطاف خمسة من مهندسيها": the engineers are the company's, which the
    # abduction hits with them
    ev = _one("علّقت شركة الواحة للخدمات النفطية، أمس الاثنين، أعمالها في حقول مديرية بيحان، على خلفية اختطاف خمسة "
              "من مهندسيها على أيدي مسلحين قبليين مساء السبت الماضي.", "ASSAULT")
    assert ev["recipient"] == ["شركة الواحة للخدمات النفطية"], ev


def test_a_force_still_deployed_after_a_raid_is_a_move_going_on() -> None:
    # "ولا تزال قوات الاحتلال تنتشر في البلدة حتى ساعة إعداد هذا الخبر": still deployed where the raid took it, a move
    # going on (the bare present, "وتنتشر القوات التركية في 80 قاعدة", stays a posture)
    ev = _one("اقتحمت قوات الاحتلال الإسرائيلي فجر اليوم بلدة قباطية. ولا تزال قوات الاحتلال تنتشر في البلدة حتى "
              "ساعة إعداد هذا الخبر.", "MOBILIZE")
    assert ev["status"] == "ongoing", ev


def test_the_party_blamed_right_after_a_joined_verb_of_blame() -> None:
    # "…، وحمّلت مسؤوليته لحزب العمال الكردستاني": the joined verb's subject is carried, and «مسؤوليته» right after it
    # still names the one blamed after ل
    _, evs = _events("وصعّدت تركيا ضرباتها الجوية عقب هجوم استهدف قاعدة عسكرية قرب قيصري، وحمّلت مسؤوليته لحزب "
                     "العمال الكردستاني.")
    acc = next(e for e in evs if e["type"] == "ACCUSE")
    assert acc["recipient"] == ["حزب العمال الكردستاني"], acc


@pytest.mark.parametrize("sentence,actor", [
    # "البيان" as the subject of a verb of accusing is the statement told before: its issuer accuses
    ("الرمادي – وذكرت قيادة عمليات الجزيرة في بيان أن القوات اعتقلت ثلاثة مطلوبين. واتهم البيان «فلول داعش» "
     "بتخزين العبوات في الوديان.", "قيادة عمليات الجزيرة"),
    ("عمّان – وقالت وزارة الخارجية الأردنية في بيان إن الاعتداء مرفوض، واتهم البيان الجماعة بالوقوف وراءه.",
     "وزارة الخارجية الأردنية"),
])
def test_the_statement_told_before_accuses_for_its_issuer(sentence: str, actor: str) -> None:
    assert _one(sentence, "ACCUSE")["actor"] == [actor]


@pytest.mark.parametrize("sentence,typ,actor", [
    # "أحد وجهاء العشيرة …، الشيخ X،": one of a body, then his name set off by a comma, is the person's act
    ("دير الزور – وطالب أحد وجهاء عشيرة البكارة في ريف دير الزور، الشيخ نواف الراغب، بالإفراج عن المعتقلين.",
     "REQUEST", "نواف الراغب"),
    ("أربيل – وانتقد أحد قادة الحزب الديمقراطي الكردستاني، النائب هوشيار زيباري، قرار الحكومة الاتحادية.",
     "ACCUSE", "هوشيار زيباري"),
    # so is a post or two of them, with their bodies and places, before the name
    ("عدن – واتهم وكيل محافظة لحج ورئيس الفريق الحكومي في لجنة فتح الطرق، عبد الرحمن شيخ، جماعة الحوثي بقصف "
     "الأحياء السكنية.", "ACCUSE", "عبد الرحمن شيخ"),
])
def test_one_of_a_body_named_after_a_comma_is_the_subject(sentence: str, typ: str, actor: str) -> None:
    assert _one(sentence, typ)["actor"] == [actor]


def test_an_evacuation_told_by_an_officer_in_charge_of_information_is_his_bodys() -> None:
    # "المكلف بالإعلام بالمديرية الولائية للحماية المدنية": he speaks for the office joined by ب/ل in his title;
    # the evacuation is that body's, not his own
    ev = _one("بجاية – وبحسب المكلف بالإعلام بالمديرية الولائية للحماية المدنية، النقيب سمير بلقاسم، فقد تم إجلاء "
              "سكان ثلاث قرى نحو مراكز إيواء مؤقتة.", "AID")
    assert ev["actor"] == ["الحماية المدنية"], ev


def test_a_demand_of_an_unnamed_crowd_is_not_the_next_speakers() -> None:
    # "ويطالب المضربون … بمراجعة الأجور" and, later, the manager's call on the workers: his call is not their demand
    rec = extract("عنابة – دخل إضراب عمال مصنع الحجار يومه الثالث. ويطالب المضربون، الذين يقدر عددهم بنحو 900 عامل، "
                  "بمراجعة شبكة الأجور. في المقابل، أعلن الرئيس المدير العام للمصنع، سمير بن علي، استعداد الإدارة "
                  "للحوار، داعياً العمال إلى استئناف النشاط.", published=PUBLISHED)
    assert not [e for e in rec.events if e.type == "REQUEST" and e.trigger.text == "يطالب"], rec.events


def test_people_freed_from_a_place_are_freed_there() -> None:
    # "أفرجت الأجهزة الأمنية عن 11 معتقلاً من أبناء المخيم": the camp is where they were freed, no origin of a move
    ev = _one("نابلس – أفرجت الأجهزة الأمنية الفلسطينية فجر اليوم عن 11 معتقلاً من أبناء مخيم بلاطة.", "RETREAT")
    assert (ev["mode"], ev["location"], ev["origin"]) == ("release", ["مخيم بلاطة"], []), ev


def test_who_carries_out_what_is_criticised_past_an_aside_is_faced() -> None:
    # "انتقد …، في بيان أصدره اليوم، «المقاربة الأمنية» التي تنتهجها السلطات": the authorities are criticised
    ev = _one("قابس – انتقدت الرابطة التونسية للدفاع عن حقوق الإنسان، في بيان أصدرته أمس، «السياسة الأمنية» التي "
              "تنتهجها السلطات التونسية في الجنوب.", "ACCUSE")
    assert ev["recipient"] == ["السلطات التونسية"], ev


def test_a_security_campaign_announced_by_its_launch_and_its_aim() -> None:
    # "أعلنت القيادة إطلاق حملة أمنية …، تستهدف «خلايا نائمة»": the campaign is launched by its verbal noun, and
    # what it is aimed at is no attack of its own
    _, evs = _events("أعلنت قيادة الأمن الداخلي في محافظة إدلب، أمس، إطلاق حملة أمنية في بلدة كفرتخاريم، تستهدف "
                     "«خلايا نائمة» تابعة لتنظيم داعش.")
    assert any(e["type"] == "MOBILIZE" for e in evs), evs
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


def test_a_local_body_acts_in_the_place_it_governs() -> None:
    # "فرضت السلطات المحلية في قضاء X حظراً للتجوال": the body is named with its place, and with no place of its
    # own the curfew is imposed there (not where the clashes it followed were)
    ev = _one("فرضت السلطات المحلية في قضاء تلعفر غربي محافظة نينوى حظراً شاملاً للتجوال، مساء أمس، إثر اشتباكات "
              "اندلعت بين مسلحين في حي الزهراء.", "COERCE")
    assert ev["actor"] == ["السلطات المحلية في قضاء تلعفر"] and ev["location"] == ["تلعفر"], ev


def test_a_campaign_announced_past_an_aside_and_a_time_is_under_way() -> None:
    # the announcer twelve words back past a time set off by commas; a campaign announced as launched is under
    # way, as "أطلقت حملة" is; and what it is aimed at, past its places, is no attack
    _, evs = _events("أعلنت قيادة الأمن الداخلي في محافظة حمص، التابعة لوزارة الداخلية السورية، أمس، إطلاق حملة "
                     "أمنية في مدينة تلكلخ والقرى المحيطة بها قرب الحدود، تستهدف «عصابات التهريب».")
    ev = next(e for e in evs if e["type"] == "MOBILIZE")
    assert (ev["actor"], ev["status"]) == (["قيادة الأمن الداخلي في محافظة حمص"], "ongoing"), ev
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


@pytest.mark.parametrize("text, owner", [
    # the aircraft's owner told in the next sentence, hedged by the sources who tell it
    ("قُتل شخصان وأصيب ثالث، مساء أمس، جراء استهداف طائرة مسيّرة سيارة على الطريق بين بلدتي الباب وقباسين. "
     "ورجّحت مصادر محلية أن تكون المسيّرة تابعة للتحالف الدولي، فيما لم يصدر أي تعليق.", "التحالف الدولي"),
    # … or in its own sentence, past the strike
    ("أصيب ثلاثة مدنيين بغارة جوية على قرية في ريف حلب، وقال شهود إن الطائرة تابعة للجيش الروسي.", "الجيش الروسي"),
])
def test_an_air_strike_is_the_aircrafts_owners_told_later(text: str, owner: str) -> None:
    ev = _one(text, "ASSAULT")
    assert ev["actor"] == [owner], ev


@pytest.mark.parametrize("text", [
    ("انتشرت قوات الأمن، صباح أمس السبت، في المدينة، بالتزامن مع وقفة احتجاجية نفذها مئات المعلمين أمام مبنى "
     "المحافظة، للمطالبة بصرف رواتبهم المتأخرة منذ ثلاثة أشهر."),
    # (a guard: the protest's own time told right after its verb)
    ("نظم عشرات السائقين، صباح أمس السبت، وقفة احتجاجية أمام مقر الولاية، للمطالبة بفتح المعبر المغلق منذ شهرين."),
])
def test_a_since_phrase_on_a_lasting_state_dates_no_protest(text: str) -> None:
    # "رواتبهم المتأخرة منذ ثلاثة أشهر": how long the pay has been late, not when the protest was
    protests = [e for e in extract(text, published="2025-07-27").events if e.type == "PROTEST"]
    assert [e.date for e in protests] == ["2025-07-26"], protests


def test_a_since_phrase_that_ranks_an_act_dates_none() -> None:
    # "في عدوان هو الثالث على المخيم منذ مطلع تشرين الأول": the start of the count, not the day of the arrests
    # (or the demolitions) told with it; they share the morning the sentence opens with
    rec = extract("تواصل جرافات الاحتلال، منذ فجر أمس الثلاثاء، تجريف الشوارع في مخيم جنين، وهدم منازل، في عدوان هو "
                  "الرابع على المخيم منذ مطلع تشرين الأول الماضي، وسط حملة اعتقالات واسعة.", published="2024-11-20")
    assert {e.date for e in rec.events if e.type in ("COERCE", "ASSAULT")} == {"2024-11-19"}, rec.events


def test_an_attack_whose_blame_is_denied_is_the_one_told_before() -> None:
    # "نفى المستشار …، في تصريح …، مسؤولية قواته عن القصف": the shelling named again; the denier (or his forces,
    # by the pronoun) did nothing
    rec = extract("قُتل 12 مدنياً وأصيب 40 آخرون، أمس الجمعة، جراء قصف مدفعي شنته قوات الدعم السريع على سوق شعبي في "
                  "مدينة الأبيض.\nوقال آدم يعقوب، وهو تاجر في السوق، إن «القذائف سقطت على الباعة في ساعة الذروة»، مضيفاً أن "
                  "عدداً من المحال احترق.\nوأفادت غرفة طوارئ الأبيض، في بيان، بأن المستشفى التعليمي استقبل عشرات "
                  "المصابين، داعيةً المنظمات الإنسانية إلى التدخل العاجل.\n"
                  "ووجهت وزارة الخارجية السودانية، في بيان أصدرته مساء أمس، اتهامات لقوات الدعم السريع بـ«استهداف "
                  "المدنيين». في المقابل، نفى يوسف عزت، المستشار السياسي لقائد قوات الدعم السريع، في تصريح لقناة "
                  "«العربية»، مسؤولية قواته عن القصف، واتهم الجيش بـ«قصف الأحياء».", published="2025-01-11")
    names = {e.id: e.name_ar for e in rec.entities}
    doers = [[names[a] for a in e.actor] for e in rec.events if e.type == "ASSAULT"]
    assert ["يوسف عزت"] not in doers and ["قوات الدعم السريع"] in doers, doers


def test_a_party_listed_in_a_relative_aside_holds_no_meeting() -> None:
    # "أن تعقد الآلية، التي تضم ممثلين عن لبنان وإسرائيل … واليونيفيل، اجتماعها": the parties the relative clause
    # lists, however long the list, are no holders of the body's meeting
    rec = extract("وسترفع النتائج إلى آلية الإشراف على وقف الأعمال العدائية. ومن المقرر أن تعقد الآلية، التي تضم "
                  "ممثلين عن لبنان وإسرائيل والولايات المتحدة وفرنسا واليونيفيل، اجتماعها المقبل في الناقورة.",
                  published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    meetings = [[names[a] for a in e.actor] for e in rec.events if e.type == "CONSULT"]
    assert meetings == [["آلية الإشراف على وقف الأعمال العدائية"]], meetings


@pytest.mark.parametrize("criticism", [
    "ما وصفته بـ«المقاربة القمعية» في التعامل مع الاحتجاجات السلمية",
    "ما وصفته بـ«الاستعمال المفرط للقوة» في حق المحتجين",
])
def test_a_security_approach_criticised_is_the_forces_that_acted(criticism: str) -> None:
    # the approach a rights body decries is that of the force whose dispersal the article told before
    rec = extract("الرباط – فرّقت القوات العمومية، مساء أمس، وقفة احتجاجية نظمها أطباء متعاقدون أمام مقر وزارة الصحة "
                  "في الرباط. من جهتها، أدانت الرابطة المغربية لحقوق الإنسان " + criticism + ".", published=PUBLISHED)
    names = {e.id: e.name_ar for e in rec.entities}
    blame = [[names[x] for x in e.recipient] for e in rec.events if e.type == "ACCUSE"]
    assert blame == [["القوات العمومية"]], blame


def test_a_union_accuses_the_supervising_ministry() -> None:
    # "ومتهمة سلطة الإشراف بـ«التنصل» من الاتفاق": the ministry in charge, as the union names it, is accused
    ev = _one("وأعلنت الجامعة العامة للتعليم الأساسي تمسكها بالإضراب، متهمة سلطة الإشراف بـ«التنصل» من اتفاق سابق.",
              "ACCUSE")
    assert ev["recipient"] == ["سلطة الإشراف"], ev
