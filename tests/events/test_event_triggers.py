"""Which words are events, and of what PLOVER type and mode: sentences written for Marsad."""

from __future__ import annotations

import pytest
from event_helpers import readings

from marsad.events.lexicon import lexicon
from marsad.events.morph import noun_forms, verb_forms
from marsad.text.normalise import fold_text

US = (["القوات الأميركية", "القوات الأمريكية"], "ORG", {"country": "US", "actor_code": "USAMIL"})
ARMY = (["الجيش العراقي"], "ORG", {"country": "IQ", "actor_code": "IRQMIL"})
BASE = (["قاعدة التاجي"], "FAC", {"country": "IQ"})


@pytest.mark.parametrize("past,present,forms", [
    ("انسحب", "ينسحب", ["انسحبت", "انسحبوا", "ينسحبون", "تنسحب", "سينسحب", "ستنسحب", "انسحبا"]),
    ("أخلى", "يخلي", ["اخلت", "اخلوا", "يخلون", "ستخلي", "اخلا"]),
    ("بدأ", "يبدأ", ["بدات", "بداوا", "يبدا", "ستبدا"]),
    ("سلّم", "يسلّم", ["سلمت", "سلموا", "يسلم", "سيسلم"]),
])
def test_verb_forms(past: str, present: str, forms: list[str]) -> None:
    got = {f for f, _t in verb_forms(past, present)}
    for f in forms:
        assert f in got, f


def test_a_verb_form_never_spells_a_common_word() -> None:
    # أنهى + ا would be "انها", which is أنّها ("that it"): the complementizer is no ending
    got = {f for f, _t in verb_forms("أنهى", "ينهي")}
    assert "انها" not in got and "انهت" in got


@pytest.mark.parametrize("noun,forms", [
    ("غارة", ["غاره", "غارتين", "غارتها"]),
    ("إخلاء", ["اخلاء", "اخلائها", "اخلاؤه"]),
    ("هجوم", ["هجوم", "هجومين", "هجوما"]),
])
def test_noun_forms(noun: str, forms: list[str]) -> None:
    got = set(noun_forms(noun))
    for f in forms:
        assert fold_text(f) in got, f


def test_lexicon_loads_and_types_are_plover() -> None:
    lex = lexicon()
    assert lex.triggers.size > 1000
    assert {"force", "site", "equipment", "crowd"} <= set(lex.classes)


@pytest.mark.parametrize("text,entities,expected", [
    # withdrawals and their verbal nouns, with clitics
    ("انسحبت القوات الأميركية من قاعدة التاجي أمس.", [US, BASE], ("RETREAT", "withdraw")),
    ("وأكد مسؤول عسكري بدء انسحاب القوات الأمريكية من قاعدة التاجي.", [US, BASE], ("RETREAT", "withdraw")),
    ("أخلت القوات الأميركية قاعدة التاجي بالكامل.", [US, BASE], ("RETREAT", "withdraw")),
    ("سلّمت القوات الأميركية قاعدة التاجي إلى الجيش العراقي.", [US, BASE, ARMY], ("RETREAT", "withdraw")),
    ("تسلّم الجيش العراقي قاعدة التاجي من القوات الأميركية.", [US, BASE, ARMY], ("RETREAT", "withdraw")),
    # a raid by air, in the past (أغار على)
    ("وأغارت طائرات حربية على مواقع قرب قاعدة التاجي.", [BASE], ("ASSAULT", "aerial")),
    # movements
    ("نشر الجيش العراقي تعزيزات عسكرية قرب الحدود.", [ARMY], ("MOBILIZE", "troops")),
    ("أرسلت القوات الأميركية دبابات وآليات إلى قاعدة التاجي.", [US, BASE], ("MOBILIZE", "weapons")),
    # a deployment of some of a force, with ل, past an adjective or none ("انتشار مكثف لعناصر الشرطة")
    ("ولوحظ انتشار مكثف لعناصر الجيش العراقي قرب قاعدة التاجي.", [ARMY, BASE], ("MOBILIZE", "troops")),
    # reinforcements are troops, told with their vehicles too
    ("دفع الجيش العراقي بتعزيزات عسكرية تضم نحو 30 آلية إلى قاعدة التاجي.", [ARMY, BASE], ("MOBILIZE", "troops")),
    # a verb of sending with a count of troops after ب, past a time
    ("دفع الجيش العراقي خلال اليومين الماضيين بنحو 800 جندي إلى قاعدة التاجي.", [ARMY, BASE], ("MOBILIZE", "troops")),
    ("وقال مصدر إن الجيش العراقي سيدفع بـ500 عنصر إلى قاعدة التاجي.", [ARMY, BASE], ("MOBILIZE", "troops")),
    # a unit or a warship after ب, past the subject and a time
    ("دفع الجيش العراقي، فجر اليوم، بلواءين من الفرقة الخامسة إلى قاعدة التاجي.", [ARMY, BASE], ("MOBILIZE", "troops")),
    ("دفعت القوات الأميركية، أمس، بالمدمرة «يو إس إس كول» إلى مياه الخليج.", [US], ("MOBILIZE", "weapons")),
    # violence, with the mode the weapon gives
    ("استهدفت طائرة مسيّرة قاعدة التاجي فجر اليوم.", [BASE], ("ASSAULT", "drone")),
    ("قُتل ثلاثة جنود في انفجار عبوة ناسفة قرب قاعدة التاجي.", [BASE], ("ASSAULT", "explosives")),
    ("شنّت القوات الأميركية غارات جوية على مواقع مسلحين غرب البلاد.", [US], ("ASSAULT", "aerial")),
    # verbal events
    ("اتفق الجيش العراقي والقوات الأميركية على جدول زمني جديد.", [US, ARMY], ("AGREE", None)),
    ("طالب الجيش العراقي القوات الأميركية بالانسحاب من قاعدة التاجي.", [US, ARMY, BASE], ("REQUEST", "yield")),
    ("اتهم الجيش العراقي القوات الأميركية بخرق الاتفاق.", [US, ARMY], ("ACCUSE", "allege")),
    ("التقى قائد الجيش العراقي وفداً من القوات الأميركية في بغداد.", [US, ARMY], ("CONSULT", None)),
    ("تظاهر آلاف المواطنين أمس في ساحة التحرير وسط بغداد.", [], ("PROTEST", "demo")),
    ("اعتقلت قوات الأمن خمسة مشتبه بهم في بغداد أمس.", [], ("COERCE", "arrest")),
    # assets frozen (CAMEO 163, a sanction), not talks or a membership
    ("وجمّدت القوات الأميركية أصول شركات مرتبطة بالجيش العراقي.", [US, ARMY], ("SANCTION", "discontinue")),
    # grants, deposits and donations (CAMEO 071 economic aid)
    ("وقدمت القوات الأميركية منحة مالية للجيش العراقي قرب قاعدة التاجي.", [US, ARMY, BASE], ("AID", "economic")),
    ("وتبرعت القوات الأميركية بمليون دولار للجيش العراقي قرب قاعدة التاجي.", [US, ARMY, BASE], ("AID", "economic")),
    # relief given, told by its verbal noun ("بدأت المنظمة تقديم رعاية طبية")
    ("وبدأ الجيش العراقي تقديم رعاية طبية ووجبات غذائية للنازحين قرب قاعدة التاجي.", [ARMY, BASE],
     ("AID", "humanitarian")),
    # an appeal told by its participle after a comma ("…، مناشدةً المنظمات الإنسانية التدخل")
    ("وأعلن الجيش العراقي إخلاء قاعدة التاجي، مناشداً القوات الأميركية إرسال فرق هندسية.", [ARMY, US, BASE],
     ("REQUEST", None)),
    # a boycott of classes, exams or elections (PLOVER PROTEST boycott, CAMEO 143), not a province nor "القاطع"
    ("وقاطع الجيش العراقي الانتخابات البلدية قرب قاعدة التاجي.", [ARMY, BASE], ("PROTEST", "boycott")),
    ("وأعلن الجيش العراقي مقاطعة الامتحانات قرب قاعدة التاجي.", [ARMY, BASE], ("PROTEST", "boycott")),
    # a remand in custody, Maghreb usage ("أمرت النيابة بإيداعهم الحبس المؤقت")
    ("وأمر الجيش العراقي بإيداعهم الحبس المؤقت قرب قاعدة التاجي.", [ARMY, BASE], ("COERCE", "arrest")),
    ("وأودع الجيش العراقي الموقوفين السجن قرب قاعدة التاجي.", [ARMY, BASE], ("COERCE", "arrest")),
    # a curfew with its adjectives between the noun and the word of moving about
    ("وفرض الجيش العراقي حظراً شاملاً للتجوال في المدينة حتى إشعار آخر.", [ARMY], ("COERCE", "curfew")),
    # an arrest told by its noun alone, and with ألقى past the subject
    ("وأعلن الجيش العراقي القبض على ثلاثة مطلوبين قرب قاعدة التاجي.", [ARMY, BASE], ("COERCE", "arrest")),
    ("وألقى الجيش العراقي القبض على ثلاثة مطلوبين قرب قاعدة التاجي.", [ARMY, BASE], ("COERCE", "arrest")),
    # the intentional destruction of homes and property (PLOVER ASSAULT destroy, CAMEO 1712)
    ("هدمت جرافات الاحتلال ثلاثة منازل في بلدة سلوان أمس.", [], ("ASSAULT", "destroy")),
    ("وهدمت السلطات الإسرائيلية أمس منزلاً في البلدة.", [], ("ASSAULT", "destroy")),
    ("نسف الجيش الإسرائيلي مبنى سكنياً في البلدة.", [], ("ASSAULT", "destroy")),
    ("أحرق مستوطنون منزلين وثلاث مركبات في القرية فجر اليوم.", [], ("ASSAULT", "destroy")),
    # a ground operation launched, as a military one
    ("وشنت القوات الأميركية عملية برية محدودة قرب قاعدة التاجي.", [US, BASE], ("ASSAULT", None)),
    # an alert declared, as a mobilisation is (CAMEO 152, increase military alert status)
    ("وأعلن الجيش العراقي حالة التأهب القصوى قرب قاعدة التاجي.", [ARMY, BASE], ("MOBILIZE", "troops")),
    # property set on fire: an attack by primitive means (the PLOVER manual: fire, rocks, knives)
    ("وأضرم الجيش العراقي، فجر اليوم، النار في خمس مركبات قرب قاعدة التاجي.", [ARMY, BASE], ("ASSAULT", "primitive")),
    # a force cut down in numbers or presence (PLOVER RETREAT withdraw, CAMEO 0874)
    ("خفّضت القوات الأميركية عديدها في قاعدة التاجي إلى نحو 400 جندي.", [US, BASE], ("RETREAT", "withdraw")),
    ("وبدأت القوات الأميركية تقليص عدد جنودها في قاعدة التاجي.", [US, BASE], ("RETREAT", "withdraw")),
    # hideouts, safe houses or tunnels destroyed in a sweep (not vehicles hit in a battle, below)
    ("ودمّرت قوات الجيش العراقي خمسة مخابئ للإرهابيين في الصحراء.", [ARMY], ("ASSAULT", "destroy")),
    ("وأكد أن الجيش العراقي دمر أربع مضافات ونفقاً قرب قاعدة التاجي.", [ARMY, BASE], ("ASSAULT", "destroy")),
    # an exchange of prisoners or bodies releases them (PLOVER RETREAT release)
    ("وبدأ الجيش العراقي والقوات الأميركية تبادل المحتجزين قرب قاعدة التاجي.", [US, ARMY, BASE], ("RETREAT", "release")),
    ("وجرت عملية لتبادل جثث القتلى بين الجيش العراقي والقوات الأميركية.", [US, ARMY], ("RETREAT", "release")),
    # a briefing to a council (PLOVER CONSULT multilateral)
    ("وسيقدّم قائد الجيش العراقي إحاطة أمام البرلمان الأسبوع المقبل.", [ARMY], ("CONSULT", "multilateral")),
    # «أقفل» (Levantine for أغلق): a force closing crossings restricts movement (PLOVER COERCE restrict)
    ("وأقفل الجيش العراقي المعابر غير الشرعية قرب قاعدة التاجي.", [ARMY, BASE], ("COERCE", "restrict")),
    # an exchange of a count of captives (PLOVER RETREAT release)
    ("واتفق الجيش العراقي والقوات الأميركية على تبادل 12 محتجزاً قرب قاعدة التاجي.", [US, ARMY, BASE],
     ("RETREAT", "release")),
    # joint patrols sent out with another force (PLOVER COOPERATE)
    ("وسيّرت القوات الأميركية دوريات مشتركة مع الجيش العراقي قرب قاعدة التاجي.", [US, ARMY, BASE], ("COOPERATE", None)),
    # two people taken, told by the dual alone (Maghreb usage of أوقف)
    ("وأوقف الجيش العراقي شخصين قرب قاعدة التاجي.", [ARMY, BASE], ("COERCE", "arrest")),
    # a joint operation of two forces (PLOVER COOPERATE), not an attack of one
    ("وبدأت عملية عسكرية مشتركة بين الجيش العراقي والقوات الأميركية قرب قاعدة التاجي.", [US, ARMY, BASE],
     ("COOPERATE", None)),
    ("ونفذ الجيش العراقي والقوات الأميركية عملية تفتيش مشتركة قرب قاعدة التاجي.", [US, ARMY, BASE],
     ("COOPERATE", None)),
])
def test_trigger_type_and_mode(read, text: str, entities: list, expected: tuple) -> None:
    doc = read(text, entities)
    got = {(e.type, e.mode) for e in readings(doc)}
    assert expected in got, [(e.type, e.mode, e.trigger.text) for e in doc.events]


@pytest.mark.parametrize("text,entities,not_type", [
    # words that contain a trigger but are not that event
    ("صوّت البرلمان على سحب الثقة من الحكومة.", [], "RETREAT"),
    ("نقلت وكالة الأنباء عن مصدر أمني قوله إن الوضع هادئ.", [], "MOBILIZE"),
    ("نشرت الوزارة بياناً على موقعها الرسمي.", [], "MOBILIZE"),
    ("وقّع الطرفان اتفاقاً لوقف إطلاق النار في المدينة.", [], "ASSAULT"),
    ("زار وزير الخارجية مقر وزارة الدفاع.", [], "ASSAULT"),
    ("شاركت طائرة مسيرة في الاستعراض.", [], "PROTEST"),
    ("نقل الجرحى إلى المستشفى بعد الحادث.", [], "MOBILIZE"),
    # (a guard) an exchange of accusations or of fire frees no one
    ("وتبادل الجيش العراقي والقوات الأميركية الاتهامات بخرق الاتفاق.", [US, ARMY], "RETREAT"),
    # (a guard) a joint patrol that was hit is no joint work
    ("وتعرضت دورية مشتركة للجيش العراقي والقوات الأميركية لهجوم قرب قاعدة التاجي.", [US, ARMY, BASE], "COOPERATE"),
    # an arms embargo is no curfew
    ("وفرض مجلس الأمن حظراً شاملاً على توريد الأسلحة إلى البلاد.", [], "COERCE"),
    # paying is no sending
    ("ودفعت الشركة مبلغ 300 ألف دولار لعائلات 12 عاملاً قتلوا في الحادث.", [], "MOBILIZE"),
    # a four-wheel drive, and an aid convoy (AID, not MOBILIZE)
    ("ضبطت الدورية عربة دفع رباعي محمّلة بالأسلحة قرب الحدود.", [], "MOBILIZE"),
    ("دفع الهلال الأحمر، اليوم، بقافلة تضم 30 شاحنة محمّلة بالمواد الغذائية إلى المدينة.", [], "MOBILIZE"),
    ("يستهدف المشروع تحقيق التنمية في المحافظة.", [], "ASSAULT"),
    ("بدأ البرنامج في ساعات الفجر الأولى.", [], "ASSAULT"),
    ("طالب الطلبة بتحسين الخدمات.", [], "PROTEST"),
    # destroying what is not a building is no attack
    ("قال الوزير إن هذه السياسة تهدم الثقة بين الطرفين.", [], "ASSAULT"),
    ("أحرق الفريق المراحل ووصل إلى النهائي.", [], "ASSAULT"),
    # carrying cargo or detainees is no troop movement
    ("فرضت الخزانة عقوبات على ثلاث سفن قالت إنها تنقل شحنات نفط إلى الميناء.", [], "MOBILIZE"),
    ("نقلت السلطات الأسرى إلى سجن عوفر.", [], "MOBILIZE"),
    # settlers or protesters storming a site are no troops raiding it
    ("اقتحم مستوطنون باحات المسجد الأقصى صباح اليوم.", [], "COERCE"),
    # rules of engagement and disengagement are no clash
    ("وعدّل الجيش قواعد الاشتباك على الحدود الشمالية مطلع العام.", [], "ASSAULT"),
    ("ويشكل ذلك انتهاكاً لاتفاقية فض الاشتباك في الجولان.", [], "ASSAULT"),
    # an accord named as what was broken is no new accord
    ("واعتبرت الوزارة القصف خرقاً فاضحاً لاتفاق وقف الأعمال العدائية.", [], "AGREE"),
    ("ووصف البيان التوغل بأنه انتهاك صارخ لاتفاقية فصل القوات.", [], "AGREE"),
    # a crossing receiving the wounded hosts no meeting
    ("ومن المقرر أن يستقبل معبر رفح، الخميس المقبل، أول دفعة من الجرحى والمرضى.", [], "CONSULT"),
    # aid trucks entering move no troops; the injured taken to a (Maghreb) hospital centre neither
    ("وقال إن عدد الشاحنات التي دخلت القطاع بلغ نحو ألفي شاحنة.", [], "MOBILIZE"),
    ("أصيب سبعة أساتذة، نُقل ثلاثة منهم إلى المركز الاستشفائي الجامعي.", [], "MOBILIZE"),
    # a student (طالب جامعي) and slogans that demand are no request by a party
    ("اعتقلت الشرطة ثلاثة شبان بينهم طالب جامعي.", [], "REQUEST"),
    ("ساروا رافعين شعارات تطالب بالزيادة في الأجور.", [], "REQUEST"),
    # (a guard) the devices for setting charges off, found on those held, are no blast
    ("وعثر الجيش العراقي بحوزة المعتقلين على أجهزة تفجير عن بعد.", [ARMY], "ASSAULT"),
])
def test_context_changes_the_reading(read, text: str, entities: list, not_type: str) -> None:
    doc = read(text, entities)
    assert not_type not in {e.type for e in doc.events}, [(e.type, e.trigger.text) for e in doc.events]


def test_a_threat_made_is_still_one() -> None:
    from marsad import extract
    rec = extract("وهدد الحرس الثوري بإغلاق مضيق هرمز أمام الملاحة.", published="2025-03-12")
    assert [e.trigger.text for e in rec.events if e.type == "THREATEN"] == ["هدد"], rec.events


def test_flags_waved_are_no_threat() -> None:
    from marsad import extract
    rec = extract("ولوّح المحتجون، مساء أمس، بأعلام فلسطين، ملوّحين بأعلام المقاومة أمام السفارة.", published="2025-03-12")
    assert not [e for e in rec.events if e.type == "THREATEN"], rec.events


def test_forces_closing_shops_restrict() -> None:
    from marsad import extract
    rec = extract("أغلقت قوات الاحتلال المحلات التجارية في البلدة القديمة.", published="2026-02-02")
    assert [e.type for e in rec.events] == ["COERCE"], rec.events


def test_staff_or_people_moved_are_no_troops() -> None:
    from marsad import extract
    rec = extract("علّقت الشركة أعمال الحفر، ونقلت 60 من موظفيها الأجانب إلى مطار البصرة الدولي تمهيداً لنقلهم إلى "
                  "دبي.", published="2026-01-10")
    assert not [e for e in rec.events if e.type in ("MOBILIZE", "RETREAT")], rec.events


@pytest.mark.parametrize("text,not_type", [
    # (a guard) the present of أغار has the letters of "changes": no raid
    ("وقال المحلل إن الوضع تغير على الأرض بعد انسحاب القوات.", "ASSAULT"),
    # what endangers a state of things threatens no one (a party named nearby does not make it a threat)
    ("ودانت قطر احتجاز السفينة، واصفة إياه بأنه عمل غير قانوني يهدد حرية الملاحة في الخليج.", "THREATEN"),
    ("وقال المتحدث القطري إن الخروقات الإسرائيلية المتكررة تهدد بتقويض اتفاق وقف إطلاق النار.", "THREATEN"),
    # a course of things endangered with no party as the subject
    ("وقالت بعثة الاتحاد الأفريقي إنها تواجه عجزاً مالياً يهدد استمرار عملياتها في الصومال.", "THREATEN"),
    ("ويرى متتبعون أن عودة الاحتقان إلى قطاع التعليم في المغرب تهدد بتكرار سيناريو الموسم الماضي.", "THREATEN"),
    # a ceasefire with its adjectives between is no firing
    ("ودعت الولايات المتحدة والسعودية، في بيان مشترك صدر في واشنطن، طرفي النزاع إلى هدنة تمهد لوقف دائم "
     "لإطلاق النار.", "ASSAULT"),
    # cutting down what is no force, or a cut told as the background of a figure
    ("وتسعى الوساطة العمانية إلى خفض التصعيد بين الولايات المتحدة وإيران.", "RETREAT"),
    ("وتنشر القوة الدولية حالياً نحو 7500 جندي في جنوب لبنان بعد تقليص عديدها.", "RETREAT"),
    # vehicles or drones destroyed are part of the battle told, not an act of their own
    ("وقال المتحدث إن قوات التحالف اعترضت ودمّرت طائرتين مسيّرتين.", "ASSAULT"),
    ("وأكد الجيش أنه دمّر سبع عربات قتالية للمتمردين.", "ASSAULT"),
    # (a guard) a statement or decision issued (صادر عن، الصادر) confiscates nothing
    ("وجاء في بيان صادر عن الجيش أن الوضع مستقر.", "COERCE"),
    ("وذكّر بالقرار الأممي الصادر في أكتوبر الماضي.", "COERCE"),
    ("وكشفت وثيقة صادرة عن الوزارة أرقام النازحين.", "COERCE"),
    # handing over responsibilities moves no troops
    ("تسلّم الجيش الصومالي القاعدة من بعثة الاتحاد الأفريقي، في إطار خطة نقل المسؤوليات الأمنية إلى القوات "
     "الصومالية.", "MOBILIZE"),
])
def test_context_blocks_a_reading(text: str, not_type: str) -> None:
    from marsad import extract
    rec = extract(text, published="2026-01-10")
    assert not [e for e in rec.events if e.type == not_type], rec.events


@pytest.mark.parametrize("text,typ", [
    # a party threatening to repeat or continue its acts threatens
    ("وكانت إسرائيل تهدد بتكرار الضربات على ميناء الحديدة.", "THREATEN"),
    # a siege laid by a force, not floods surrounding families
    ("وحاصرت قوات الدعم السريع مدينة الفاشر منذ أشهر.", "COERCE"),
    # property confiscated
    ("وصادرت قوات الاحتلال جرافة وخيمتين في مسافر يطا.", "COERCE"),
    ("وقال شهود إن الجنود صادروا قطيعاً من الأغنام.", "COERCE"),
])
def test_the_reading_stays(text: str, typ: str) -> None:
    from marsad import extract
    rec = extract(text, published="2026-01-10")
    assert [e for e in sorted(rec.events + rec.uncoded, key=lambda e: e.trigger.start) if e.type == typ], rec.events


def test_floods_lay_no_siege_and_waving_to_supporters_is_no_threat() -> None:
    from marsad import extract
    for text in ("وحاصرت مياه الفيضانات مئات العائلات في قرى ولاية الجزيرة.",
                 "ولوّح الرئيس لأنصاره بحرارة لدى وصوله إلى مطار الخرطوم."):
        rec = extract(text, published="2026-01-10")
        assert not [e for e in rec.events if e.type in ("COERCE", "THREATEN")], (text, rec.events)
