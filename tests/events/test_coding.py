"""Which readings are coded as events: an act whose doer the text names, an incident told whoever did it,
and a further mention of a named act folded into it; a request, a charge or an accord that is nobody's is
kept apart, uncoded, and so is a movement that is nobody's."""

from __future__ import annotations

from marsad import extract

PUBLISHED = "2025-01-10"


def _names(rec, ids):  # type: ignore[no-untyped-def]
    by_id = {e.id: e.name_ar for e in rec.entities}
    return [by_id[x] for x in ids]


def test_a_request_that_is_nobodys_is_kept_uncoded() -> None:
    # no ministry is named: the demand is read, but PLOVER codes an act by who does it
    rec = extract("وطالبت الوزارة المجتمع الدولي بتوفير الحماية للمدنيين.", published=PUBLISHED)
    assert not [v for v in rec.events if v.type == "REQUEST"], rec.events
    assert [(v.type, v.id) for v in rec.uncoded] == [("REQUEST", "U1")]
    assert rec.uncoded[0].summary_en


def test_a_further_mention_of_a_named_attack_joins_it() -> None:
    # the shelling told after the raids, with no doer of its own, is the raids: its town is one of their places
    rec = extract("شنت الطائرات الإسرائيلية غارات على بلدة عيترون جنوبي لبنان أمس، فيما أدى القصف إلى تدمير "
                  "منزلين في بلدة بليدا المجاورة.", published=PUBLISHED)
    attacks = [v for v in rec.events if v.type == "ASSAULT"]
    assert len(attacks) == 1, [(v.trigger.text, v.actor) for v in rec.events]
    assert _names(rec, attacks[0].actor) == ["الطائرات الإسرائيلية"]
    assert {"عيترون", "بليدا"} <= set(_names(rec, attacks[0].location))
    assert [v.id for v in rec.events] == [f"V{n}" for n in range(1, len(rec.events) + 1)]


def test_an_attack_on_another_date_is_not_the_named_one() -> None:
    # (a guard) last week's rocket attack is not the strikes that answered it yesterday
    rec = extract("وكان هجوم صاروخي قد استهدف الأسبوع الماضي قاعدة بلد الجوية شمالي بغداد، فيما شنت الطائرات "
                  "الأميركية أمس غارات على مواقع لكتائب حزب الله في جرف الصخر.", published=PUBLISHED)
    attacks = [(v.trigger.text, tuple(_names(rec, v.actor))) for v in rec.events if v.type == "ASSAULT"]
    assert attacks == [("هجوم", ()), ("غارات", ("الطائرات الأميركية",))]


def test_an_attack_with_no_doer_alone_is_still_an_incident() -> None:
    # (a guard) a bombing nobody is named for is coded, with no actor
    rec = extract("قُتل ثلاثة مدنيين في انفجار عبوة ناسفة في سوق بعقوبة أمس.", published=PUBLISHED)
    attacks = [v for v in rec.events if v.type == "ASSAULT"]
    assert len(attacks) == 1 and not attacks[0].actor and _names(rec, attacks[0].location) == ["بعقوبة"]


def test_a_march_beside_a_named_strike_is_a_protest_of_its_own() -> None:
    # (a guard) a strike and a march are two acts, though the march names no one
    rec = extract("وأعلن الاتحاد العام للشغل الإضراب العام في صفاقس، فيما خرجت مسيرة حاشدة جابت شوارع المدينة.",
                  published=PUBLISHED)
    assert sorted(v.mode for v in rec.events if v.type == "PROTEST") == ["demo", "strike"]


def test_a_part_moved_is_moved_by_the_force_it_is_part_of() -> None:
    # "جزء منها": a part of the force whose withdrawal the sentence has just told, so that force moves it
    rec = extract("بدأت القوات الفرنسية الانسحاب من قاعدة ميناكا في شمال مالي، ونقل جزء منها إلى قاعدة نيامي "
                  "الجوية.", published=PUBLISHED)
    moves = [v for v in rec.events if v.type == "MOBILIZE"]
    assert len(moves) == 1, [(v.type, v.trigger.text, v.actor) for v in rec.events + rec.uncoded]
    assert _names(rec, moves[0].actor) == ["القوات الفرنسية"]
    assert "قاعدة نيامي الجوية" in _names(rec, moves[0].destination) or \
        "قاعدة نيامي" in _names(rec, moves[0].destination)


def test_a_movement_that_is_nobodys_is_kept_uncoded() -> None:
    # reinforcements that arrive with no force named are read, but not coded: whose they are is the event
    rec = extract("ووصلت تعزيزات عسكرية كبيرة إلى مدينة تدمر في ريف حمص الشرقي مساء أمس.", published=PUBLISHED)
    assert not [v for v in rec.events if v.type == "MOBILIZE"], [(v.type, v.trigger.text) for v in rec.events]
    assert [v.type for v in rec.uncoded] == ["MOBILIZE"]


def test_a_denied_attack_that_is_nobodys_is_kept_uncoded() -> None:
    # a denial that the convoy came under fire: no incident took place, and no one is named who might have fired
    rec = extract("ونفى مصدر في الشرطة تعرض الموكب لإطلاق نار قرب مدينة الكوت.", published=PUBLISHED)
    assert not [v for v in rec.events if v.type == "ASSAULT"], [(v.type, v.status) for v in rec.events]
    assert [(v.type, v.status) for v in rec.uncoded] == [("ASSAULT", "negated")]


def test_an_aid_convoy_that_crossed_with_no_sender_named_is_still_coded() -> None:
    # trucks of relief that went through a crossing are a delivery told, whoever sent them
    rec = extract("وعبرت قافلة تضم 35 شاحنة محملة بالطحين والأدوية من معبر الكرامة باتجاه مدينة أريحا صباح أمس.",
                  published=PUBLISHED)
    aid = [v for v in rec.events if v.type == "AID"]
    assert len(aid) == 1 and not aid[0].actor, [(v.type, v.trigger.text) for v in rec.events + rec.uncoded]
    assert "أريحا" in _names(rec, aid[0].destination)


def test_aid_that_is_nobodys_and_named_no_convoy_is_kept_uncoded() -> None:
    # (a guard) people rescued by no one named, or aid spoken of with no convoy going anywhere, are not coded
    rec = extract("وجرى إنقاذ 40 مهاجراً قبالة سواحل جرجيس فجر أمس.", published=PUBLISHED)
    assert not [v for v in rec.events if v.type == "AID"], [(v.type, v.trigger.text) for v in rec.events]


def test_an_attack_told_as_the_cause_of_wounds_is_the_occasion() -> None:
    # "أصيب … إثر انفجار": the blast the wounds came from is the incident reported, not the time of something else
    rec = extract("أصيب ثلاثة جنود إثر انفجار عبوة ناسفة في مدينة بعقوبة صباح أمس.", published=PUBLISHED)
    attacks = [v for v in rec.events if v.type == "ASSAULT"]
    assert len(attacks) == 1 and _names(rec, attacks[0].location) == ["بعقوبة"], rec.events


def test_the_attack_a_party_condemns_is_not_its_own() -> None:
    # "وأدانت الأمم المتحدة، في بيان …، الهجوم": the drone strike told first stays with no doer named, not the UN's
    rec = extract("كسلا – استهدفت طائرات مسيّرة، فجر أمس، مستودعات الوقود في مطار كسلا. من جهته، اتهم المتحدث الرسمي "
                  "باسم القوات المسلحة السودانية، العميد نبيل عبد الله، قوات الدعم السريع بالوقوف وراء الهجوم. وأدانت "
                  "الأمم المتحدة، في بيان صادر عن مكتب تنسيق الشؤون الإنسانية (أوتشا) مساء أمس، الهجوم، ودعت أطراف "
                  "النزاع إلى احترام القانون الدولي.", published=PUBLISHED)
    attacks = [v for v in rec.events if v.type == "ASSAULT"]
    assert attacks and all("الأمم المتحدة" not in _names(rec, v.actor) for v in attacks), \
        [(v.trigger.text, _names(rec, v.actor)) for v in attacks]


def test_the_body_whose_member_the_attacker_says_it_killed_is_the_one_hit() -> None:
    # the strike told first; the army's account names "عنصراً في حزب الله": Hezbollah is the party hit
    rec = extract("صور – استهدفت طائرة مسيّرة إسرائيلية، صباح اليوم، سيارة على طريق بلدة العباسية. وقال المتحدث باسم "
                  "الجيش الإسرائيلي إن الغارة استهدفت عنصراً في حزب الله كان يعمل على إعادة إعمار البنية التحتية.",
                  published=PUBLISHED)
    attacks = [v for v in rec.events if v.type == "ASSAULT"]
    assert len(attacks) == 1 and _names(rec, attacks[0].recipient) == ["حزب الله"], \
        [(v.trigger.text, _names(rec, v.recipient)) for v in attacks]
