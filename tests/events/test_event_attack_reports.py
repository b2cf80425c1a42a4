"""Attack reports as unseen articles word them: the attacker named by a nationality adjective or
by a later claim, the same attack told by several triggers or by the attacker's own statement,
demands and accusations coordinated after a first verb. Sentences written for Marsad; the entity
layer's output is given by hand (event_helpers.py)."""

from __future__ import annotations

import pytest
from event_helpers import country, names, readings

RUARMY = (["الجيش الروسي"], "ORG", {"country": "RU", "actor_code": "RUSMIL"})
MOSCOW = (["موسكو"], "LOC", country("RU", 55.75, 37.6))
IDLIB = (["ريف إدلب", "إدلب"], "LOC", {"country": "SY"})
CENTCOM = (["القيادة المركزية الأميركية"], "ORG", {"country": "US", "actor_code": "USAMIL"})
ISIS = (["تنظيم داعش"], "ORG", {"actor_code": "IMGMUSISI"})
DEIR = (["دير الزور"], "LOC", {"country": "SY"})
TRMOD = (["وزارة الدفاع التركية"], "ORG", {"country": "TR", "actor_code": "TURGOVMIL"})
AFRIN = (["عفرين"], "LOC", {"country": "SY"})
IQARMY = (["الجيش العراقي"], "ORG", {"country": "IQ", "actor_code": "IRQMIL"})
SHABAAB = (["حركة الشباب"], "ORG", {"country": "SO"})
MOGADISHU = (["مقديشو"], "LOC", {"country": "SO"})
HAMA = (["ريف حماة"], "LOC", {"country": "SY"})
SYMOD = (["وزارة الدفاع السورية"], "ORG", {"country": "SY", "actor_code": "SYRGOVMIL"})
ALEPPO = (["ريف حلب"], "LOC", {"country": "SY"})
YEGOV = (["الحكومة اليمنية"], "ORG", {"country": "YE", "actor_code": "YEMGOV"})
HOUTHI = (["جماعة الحوثي", "الجماعة"], "ORG", {"country": "YE"})
QAMFA = (["وزارة الخارجية القطرية"], "ORG", {"country": "QA", "actor_code": "QATGOV"})
ISRAEL = (["إسرائيل"], "LOC", country("IL", 31.5, 34.8))
RUFORCES = (["القوات الروسية"], "ORG", {"country": "RU", "actor_code": "RUSMIL"})
TALTAMR = (["بلدة تل تمر", "تل تمر"], "LOC", {"country": "SY"})
SYARMY = (["الجيش السوري"], "ORG", {"country": "SY", "actor_code": "SYRMIL"})
TRARTILLERY = (["المدفعية التركية"], "ORG", {"country": "TR", "actor_code": "TURMIL"})
SDF = (["قوات سوريا الديمقراطية"], "ORG", {"country": "SY"})
DARAA = (["ريف درعا"], "LOC", {"country": "SY"})
JOMFA = (["الخارجية الأردنية"], "ORG", {"country": "JO", "actor_code": "JORGOV"})
UNSC = (["مجلس الأمن"], "ORG", {"actor_code": "IGOUNO"})
PKK = (["حزب العمال الكردستاني"], "ORG", {})
DUHOK = (["دهوك"], "LOC", {"country": "IQ"})
KIRKUK = (["كركوك"], "LOC", {"country": "IQ"})


def _of_type(doc, typ: str) -> list:
    return [e for e in doc.events if e.type == typ]


@pytest.mark.parametrize("text,entities,roles", [
    # a nationality adjective on the strike: the state's forces, else its capital
    ("قُتل أربعة مدنيين بغارة روسية على بلدة في ريف إدلب، فيما نفى الجيش الروسي استهداف المدنيين.",
     [RUARMY, IDLIB], {"actor": {"الجيش الروسي"}}),
    ("قُتل أربعة مدنيين بغارة روسية على بلدة في ريف إدلب، ولم تعلّق موسكو على الحادثة.",
     [MOSCOW, IDLIB], {"actor": {"موسكو"}}),
    # on the aircraft that carried it out, as the subject of a light verb
    ("شنت مقاتلات أميركية غارات على مواقع لتنظيم داعش في دير الزور، بحسب القيادة المركزية الأميركية.",
     [CENTCOM, ISIS, DEIR], {"actor": {"القيادة المركزية الأميركية"}, "recipient": {"تنظيم داعش"}}),
    # on the weapon after ب
    ("أصيب جنديان بقصف مدفعي تركي على قرية قرب عفرين، وفق ما أعلنت وزارة الدفاع التركية.",
     [TRMOD, AFRIN], {"actor": {"وزارة الدفاع التركية"}}),
])
def test_nationality_names_the_attacker(read, text: str, entities: list, roles: dict) -> None:
    doc = read(text, entities)
    [ev] = _of_type(doc, "ASSAULT")
    for role, want in roles.items():
        assert want <= names(doc, getattr(ev, role)), role


def test_the_counted_dead_are_not_the_attacker(read) -> None:
    doc = read("قُتل ثلاثة جنود عراقيين في هجوم على نقطة تفتيش، بحسب الجيش العراقي.", [IQARMY])
    for ev in _of_type(doc, "ASSAULT"):
        assert not names(doc, ev.actor) & {"الجيش العراقي"}


@pytest.mark.parametrize("text,entities,n,roles", [
    # a claim of responsibility in the next sentence names the attacker of the attack told before
    ("انفجرت سيارة مفخخة قرب سوق شعبي في مقديشو. وتبنّت حركة الشباب التفجير في بيان.",
     [SHABAAB, MOGADISHU], 1, {"actor": {"حركة الشباب"}, "location": {"مقديشو"}}),
    # the attacker's own account in its statement is the same strike, not a second one
    ("قُتل ثلاثة مسلحين بغارة جوية في ريف حماة. وأعلنت وزارة الدفاع السورية أنها استهدفت تجمعاً للمسلحين في المنطقة.",
     [HAMA, SYMOD], 1, {"actor": {"وزارة الدفاع السورية"}, "location": {"ريف حماة"}}),
    # ... unless it says this is another one
    ("قُتل ثلاثة مسلحين بغارة جوية في ريف حماة. وأضافت وزارة الدفاع السورية أنها قصفت أيضاً مواقع في ريف حلب.",
     [HAMA, SYMOD, ALEPPO], 2, {}),
    # a trigger, its instrument and the verb of its relative clause are one attack
    ("قُتل جنديان في هجوم بعبوة ناسفة استهدف دورية للجيش السوري في ريف درعا.",
     [SYARMY, DARAA], 1, {"location": {"ريف درعا"}}),
    # a killing told as what followed the attack is another event
    ("قُتل جنديان في هجوم على دورية في ريف درعا. وقال الجيش السوري إنه قتل مسلحين في اشتباك أعقب الهجوم.",
     [SYARMY, DARAA], 2, {}),
])
def test_one_attack_many_mentions(read, text: str, entities: list, n: int, roles: dict) -> None:
    doc = read(text, entities)
    evs = _of_type(doc, "ASSAULT")
    assert len(evs) == n, [(e.trigger.text, names(doc, e.actor)) for e in evs]
    for role, want in roles.items():
        assert want <= names(doc, getattr(evs[0], role)), role


def test_a_reference_to_an_accusation_is_that_accusation(read) -> None:
    doc = read("اتهمت الحكومة اليمنية جماعة الحوثي باستهداف ميناء المخا. ولم تعلّق الجماعة على الاتهام.",
               [YEGOV, HOUTHI])
    [ev] = _of_type(doc, "ACCUSE")
    assert names(doc, ev.actor) >= {"الحكومة اليمنية"}
    assert names(doc, ev.recipient) >= {"جماعة الحوثي"}


@pytest.mark.parametrize("text,entities,typ,roles", [
    # a verb coordinated after a first clause keeps its subject; the entity after it is the object
    ("استنكرت وزارة الخارجية القطرية الهجوم، ودعت إسرائيل إلى وقف التصعيد.", [QAMFA, ISRAEL], "REQUEST",
     {"actor": {"وزارة الخارجية القطرية"}, "recipient": {"إسرائيل"}}),
    ("ودانت الخارجية الأردنية الاعتداء، وطالبت مجلس الأمن بالتحرك الفوري.", [JOMFA, UNSC], "REQUEST",
     {"actor": {"الخارجية الأردنية"}, "recipient": {"مجلس الأمن"}}),
    ("وكانت القوات الروسية قد دخلت بلدة تل تمر، واعتقلت عدداً من الشبان قبل أن تنسحب منها.",
     [RUFORCES, TALTAMR], "COERCE", {"actor": {"القوات الروسية"}}),
    ("وكانت القوات الروسية قد دخلت بلدة تل تمر، واعتقلت عدداً من الشبان قبل أن تنسحب منها.",
     [RUFORCES, TALTAMR], "RETREAT", {"actor": {"القوات الروسية"}, "origin": {"بلدة تل تمر"}}),
    # a new subject with its own object after the coordinated verb is a clause of its own
    ("انسحب الجيش السوري من القرية، وقصفت المدفعية التركية مواقع قرب عفرين.",
     [SYARMY, TRARTILLERY, AFRIN], "ASSAULT", {"actor": {"المدفعية التركية"}}),
])
def test_clause_roles(read, text: str, entities: list, typ: str, roles: dict) -> None:
    doc = read(text, entities)
    evs = _of_type(doc, typ)
    assert evs, [(e.type, e.trigger.text) for e in doc.events]
    for role, want in roles.items():
        assert want <= names(doc, getattr(evs[0], role)), (role, [names(doc, getattr(e, role)) for e in evs])
    if typ == "ASSAULT" and "actor" in roles:
        assert not names(doc, evs[0].actor) - roles["actor"]


def test_a_target_named_by_the_speakers_pronoun(read) -> None:
    # "على مواقعها" in the speaker's statement: the speaker was attacked (and repelled it, an act of its own)
    doc = read("أعلنت قوات سوريا الديمقراطية صد هجوم شنه مسلحون على مواقعها في دير الزور.", [SDF, DEIR])
    attack = [e for e in _of_type(doc, "ASSAULT") if e.trigger.text == "هجوم"]
    assert attack and names(doc, attack[0].recipient) == {"قوات سوريا الديمقراطية"}, \
        [(e.trigger.text, names(doc, e.recipient)) for e in doc.events]


def test_a_target_pronoun_after_another_party_is_that_partys(read) -> None:
    # "أفاد المكتب الإعلامي بأن قوات سوريا الديمقراطية صدت هجوماً … على مواقعها": the positions are the nearer
    # party's, the one that repelled the attack, not the reporting office's
    office = (["المكتب الإعلامي للجبهة"], "ORG", {"country": "SY"})
    doc = read("وأفاد المكتب الإعلامي للجبهة بأن قوات سوريا الديمقراطية صدت هجوماً شنه تنظيم داعش على "
               "مواقعها في دير الزور.", [office, SDF, ISIS, DEIR])
    attack = [e for e in _of_type(doc, "ASSAULT") if e.trigger.text == "هجوما"]
    assert attack and names(doc, attack[0].recipient) == {"قوات سوريا الديمقراطية"}, \
        [(e.trigger.text, names(doc, e.recipient)) for e in doc.events]


_CELL = (["خلية إرهابية", "شبكة إجرامية"], "ORG", {"kind": "composed", "canonical": False})


@pytest.mark.parametrize("text, entities, actor", [
    # an indefinite body's participle in ة is its adjective, not an object the body acted on
    ("تمكنت مصالح الأمن من تفكيك خلية إرهابية موالية لتنظيم داعش في مدينة المحمدية.",
     [(["مصالح الأمن"], "ORG", {"country": "MA"}), _CELL, ISIS], "مصالح الأمن"),
    ("تمكنت مصالح الأمن من تفكيك شبكة إجرامية منظمة تنشط في تهريب الوقود.",
     [(["مصالح الأمن"], "ORG", {"country": "DZ"}), _CELL], "مصالح الأمن"),
])
def test_an_indefinite_bodys_participle_is_no_object(read, text: str, entities: list, actor: str) -> None:
    doc = read(text, entities)
    [ev] = _of_type(doc, "COERCE")
    assert names(doc, ev.actor) == {actor} and names(doc, ev.recipient) <= {"خلية إرهابية", "شبكة إجرامية"}, \
        (names(doc, ev.actor), names(doc, ev.recipient))


def test_a_possessed_force_before_the_verb_acts_on_the_body_after_it(read) -> None:
    # "إن قواته استهدفت خلية إرهابية": the speaker's forces are the subject; the body after the verb its object
    doc = read("وقال الجيش الإسرائيلي في بيان إن قواته استهدفت خلية إرهابية قرب بلدة الخيام.",
               [(["الجيش الإسرائيلي"], "ORG", {"country": "IL", "actor_code": "ISRMIL"}), _CELL])
    [ev] = _of_type(doc, "ASSAULT")
    assert (names(doc, ev.actor), names(doc, ev.recipient)) == ({"الجيش الإسرائيلي"}, {"خلية إرهابية"})


@pytest.mark.parametrize("text,mode", [
    # the most specific mode of the mentions: a drone strike, an assassination by any weapon
    ("قُتل قيادي في غارة جوية نفذتها طائرة مسيّرة قرب القامشلي.", "drone"),
    ("قُتل قيادي بارز في عملية اغتيال نفذتها طائرة مسيّرة قرب القامشلي.", "targeted"),
    ("قُتل مرافقان للمحافظ في اغتيال بعبوة ناسفة استهدفت موكبه.", "targeted"),
    # war rifles are small arms, no warplanes
    ("اندلعت اشتباكات عنيفة بين مسلحين في حي القبة، استُخدمت فيها الأسلحة الرشاشة والبنادق الحربية.", "firearms"),
    ("أطلق مسلحون النار من البنادق الحربية على دورية للشرطة.", "firearms"),
    # warning shots fired into the air to break up a crowd are crowd control
    ("وأطلقت قوات الأمن أعيرة نارية في الهواء لتفريق المحتجين أمام مبنى المحافظة.", "crowd-control"),
    # sniper fire is gunfire
    ("وتعرضت نقطة تفتيش للشرطة لهجوم بأسلحة القنص قرب بعقوبة.", "firearms"),
])
def test_most_specific_mode(read, text: str, mode: str) -> None:
    doc = read(text, [])
    assert mode in {e.mode for e in _of_type(doc, "ASSAULT")}, [(e.trigger.text, e.mode) for e in doc.events]


def test_a_quoted_year_does_not_date_the_demand(read) -> None:
    doc = read('ودانت الخارجية الأردنية الهجوم، واعتبرته "خرقاً لاتفاقية عام 1994"، وطالبت مجلس الأمن بالتحرك.',
               [JOMFA, UNSC])
    [ev] = _of_type(doc, "REQUEST")
    assert ev.date != "1994"


@pytest.mark.parametrize("text,entities,typ,roles", [
    # a sentence opening with و + a verb and no subject goes on with the subject of the one before
    ("قصفت المدفعية التركية قرى في ريف عفرين. واستهدفت أيضاً موقعاً قرب تل رفعت.",
     [TRARTILLERY, AFRIN], "ASSAULT", {"actor": {"المدفعية التركية"}}),
    # places "between" which something happened are places, not parties
    ("قُتل جنديان في هجوم على الطريق الرابط بين ريف حماة وريف إدلب.", [HAMA, IDLIB], "ASSAULT",
     {"location": {"ريف حماة"}}),
    # who fired or laid the weapon, in its relative clause, attacked
    ("قُتل جنديان بقذائف أطلقها مقاتلو حزب العمال الكردستاني على قاعدة في دهوك.", [PKK, DUHOK], "ASSAULT",
     {"actor": {"حزب العمال الكردستاني"}}),
    ("قُتل ثلاثة أشخاص بعبوة ناسفة زرعها مسلحو تنظيم داعش قرب سوق في كركوك.", [ISIS, KIRKUK], "ASSAULT",
     {"actor": {"تنظيم داعش"}}),
    # … and with no killing told, the weapon named before the launching verb that points back to it
    ("اعترضت الدفاعات الجوية طائرة مسيّرة مفخخة أطلقتها جماعة الحوثي باتجاه مدينة جازان.", [HOUTHI],
     "ASSAULT", {"actor": {"جماعة الحوثي"}}),
    ("أسقطت الدفاعات صاروخاً باليستياً أطلقه حزب العمال الكردستاني نحو كركوك.", [PKK, KIRKUK], "ASSAULT",
     {"actor": {"حزب العمال الكردستاني"}}),
    # the group of the one killed is the target
    ("أعلن الجيش الروسي مقتل قيادي بارز في تنظيم داعش بغارة في دير الزور.", [RUARMY, ISIS, DEIR], "ASSAULT",
     {"recipient": {"تنظيم داعش"}}),
])
def test_more_clause_roles(read, text: str, entities: list, typ: str, roles: dict) -> None:
    doc = read(text, entities)
    evs = _of_type(doc, typ)
    assert evs, [(e.type, e.trigger.text) for e in doc.events]
    for role, want in roles.items():
        assert all(want <= names(doc, getattr(e, role)) for e in evs), (role, [names(doc, getattr(e, role)) for e in evs])
    if typ == "ASSAULT" and "actor" not in roles:
        assert all(not names(doc, e.actor) & {"ريف حماة", "ريف إدلب"} for e in evs)


def test_a_list_of_nouns_carries_no_subject(read) -> None:
    doc = read("وتعرض السكان لحملات اعتقال وقتل وتهجير على يد الجيش السوري.", [SYARMY])
    assert not any(e.type == "ASSAULT" and e.status == "planned" for e in doc.events)


@pytest.fixture(scope="module")
def full():  # type: ignore[no-untyped-def]
    from marsad.pipeline import Pipeline

    return Pipeline(("text", "places", "actors", "times", "numbers", "entities", "attribution", "events", "posture"))


@pytest.mark.parametrize("text,country", [
    # the weapon read by the entity layer as its state: it struck ("لـ"، "بـ"), it is no place
    ("قُتل خمسة عناصر من قوات سوريا الديمقراطية بقصف لطائرة مسيّرة تركية استهدف سيارتهم قرب القامشلي.", "TR"),
    ("قُتل عنصران من حزب العمال الكردستاني بضربة نفذتها طائرة مسيّرة تركية قرب زاخو.", "TR"),
])
def test_the_weapons_state_struck(full, text: str, country: str) -> None:
    import datetime as dt

    from marsad.doc import Doc

    doc = full(Doc(text=text, published=dt.date(2026, 3, 1)))
    by_id = {e.id: e for e in doc.entities}
    [ev] = [e for e in doc.events if e.type == "ASSAULT"]
    assert [by_id[a].country for a in ev.actor] == [country]
    assert all(by_id[x].country != country for x in ev.location)


REGIME = (["قوات النظام"], "ORG", {"country": "SY", "actor_code": "SYRMIL"})
TRSOLDIER = (["جندي تركي"], "ORG", {"country": "TR", "actor_code": "TURMIL"})
SARMIN = (["بلدة سرمين"], "LOC", {"country": "SY"})
DIYALA = (["ديالى"], "LOC", {"country": "IQ"})
CELL = (["خلية الإعلام الأمني"], "ORG", {"country": "IQ"})
PROTESTGOV = (["الحكومة العراقية", "الحكومة"], "ORG", {"country": "IQ", "actor_code": "IRQGOV"})
UN = (["الأمم المتحدة"], "ORG", {"actor_code": "IGOUNO"})


@pytest.mark.parametrize("text,entities,roles", [
    # a passive verb (a damma on its first letter): who follows it was hit, not the attacker
    ("قُتل جندي تركي بانفجار لغم في ريف حلب.", [TRSOLDIER, ALEPPO], {"recipient": {"جندي تركي"}, "actor": set()}),
    # "قصف لـ X": shelling by X
    ("قُتل مدنيان في قصف لقوات النظام على بلدة سرمين.", [REGIME, SARMIN], {"actor": {"قوات النظام"}}),
])
def test_who_struck_and_who_was_hit(read, text: str, entities: list, roles: dict) -> None:
    doc = read(text, entities)
    [ev] = _of_type(doc, "ASSAULT")
    for role, want in roles.items():
        got = names(doc, getattr(ev, role))
        assert want <= got and (want or not got), role


def test_a_counter_attack_is_another_event(read) -> None:
    doc = read("هاجم مسلحون مجهولون مركزاً للشرطة في ديالى، ما أدى إلى مقتل شرطيين. "
               "وأعلنت خلية الإعلام الأمني أن القوات الأمنية قتلت اثنين من المهاجمين.", [DIYALA, CELL])
    assert len(_of_type(doc, "ASSAULT")) == 2


def test_two_parties_two_demands(read) -> None:
    doc = read("طالب المتظاهرون الحكومة العراقية بتوفير فرص العمل، فيما دعت الأمم المتحدة الحكومة إلى الحوار.",
               [PROTESTGOV, UN])
    evs = [e for e in readings(doc) if e.type == "REQUEST"]
    assert len(evs) == 2
    assert not names(doc, evs[0].actor) & {"الأمم المتحدة"}


@pytest.mark.parametrize("text", [
    # a patrol, a checkpoint or a convoy of a force, with ل: the force is hit
    "قُتل جنديان بانفجار عبوة ناسفة استهدفت دورية للجيش العراقي قرب كركوك.",
    "هاجم مسلحون مجهولون حاجزاً للجيش العراقي قرب كركوك فجر اليوم.",
    "استهدفت طائرة مسيّرة رتلاً للجيش العراقي على الطريق إلى كركوك.",
])
def test_the_force_whose_patrol_is_hit(read, text: str) -> None:
    doc = read(text, [IQARMY, KIRKUK])
    [ev] = _of_type(doc, "ASSAULT")
    assert "الجيش العراقي" in names(doc, ev.recipient)


def test_bodies_joined_in_a_unit_that_underwent_an_attack_were_all_hit(read) -> None:
    # "تعرضت دورية للجيش والشرطة لهجوم": both bodies were hit; the second is no attacker
    army = (["الجيش"], "ORG", {"country": "IQ"})
    police = (["الشرطة"], "ORG", {"country": "IQ"})
    doc = read("وتعرضت دورية للجيش والشرطة لهجوم قرب بلدة العلم.", [army, police])
    [ev] = _of_type(doc, "ASSAULT")
    assert not ev.actor and {"الجيش", "الشرطة"} <= names(doc, ev.recipient), \
        (names(doc, ev.actor), names(doc, ev.recipient))
