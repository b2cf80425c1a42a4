"""Is a mention of violence an occasion reported, or a case, a generic threat or a war of words?
Sentences written for Marsad, run through the whole pipeline."""

from __future__ import annotations

import pytest

import marsad


def _assaults(text: str) -> list[str]:
    return [e.trigger.text for e in marsad.extract(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    # any attack is none in particular
    "حذّر قائد الجيش من أن أي هجوم على المنشآت النفطية سيقابل برد قاس.",
    "أجرت القوات البحرية مناورات تحسباً لأي ضربة جوية على الموانئ.",
    # a politician's attack is in words
    "شنّ النائب سامي الخوري هجوماً عنيفاً على وزير المالية بسبب الموازنة.",
    # the case, after a background head and a preposition
    "طالبت العائلة بالإسراع في التحقيق في اغتيال الصحافي قبل ثلاث سنوات.",
    # against the background of: told as the reason for something else
    "عقد المجلس اجتماعاً طارئاً على خلفية التفجيرات التي هزت المدينة.",
    # dawn, not a detonation
    "وصل الوفد إلى المدينة فجر أول من أمس قادماً من العاصمة.",
    "رأى الكاتب في الحدث بزوغ فجر مرحلة جديدة من تاريخ البلاد.",
])
def test_not_an_attack_reported(text: str) -> None:
    assert _assaults(text) == []


@pytest.mark.parametrize("text,trigger", [
    # an impersonal passive with a verbal noun: the pronoun is the victim
    ("وأكد المصدر أنه تم اختطافه من قبل مسلحين مجهولين قرب الحدود.", "اختطافه"),
    # suffered an attack
    ("وقالت الشرطة إن قافلة الإغاثة تعرضت لهجوم بقذائف الهاون.", "هجوم"),
    # a death announced, in an explosion
    ("أعلن الجيش مقتل أحد ضباطه في انفجار عبوة على طريق المطار.", "مقتل"),
    # a cause told with إثر, its relative clause's light verb past the weapon it was made with
    ("وتعطّلت الملاحة منذ الربيع إثر هجمات بطائرات مسيّرة شنّتها جماعة الحوثيين على ميناء المخا.", "هجمات"),
])
def test_an_attack_reported(text: str, trigger: str) -> None:
    assert _assaults(text) == [trigger]


def _accusations(text: str) -> list[tuple[str, list[str], list[str]]]:
    rec = marsad.extract(text, published="2026-01-05")
    name = {e.id: e.name_ar for e in rec.entities}
    return [(e.trigger.text, [name[x] for x in e.actor], [name[x] for x in e.recipient])
            for e in rec.events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text,expected", [
    # criticism as a noun, whose words after من
    ("مضت الحكومة في خطة الخصخصة وسط انتقادات من الاتحاد الأوروبي.", [("انتقادات", ["الاتحاد الأوروبي"], [])]),
    # the author in the relative clause after the noun, the target after لـ/إلى
    ("ردّ الوزير سامر الحلبي على الانتقادات التي وجهها حزب النهضة للحكومة.",
     [("انتقادات", ["حزب النهضة"], ["الحكومة"])]),
])
def test_accusation_nouns(text: str, expected: list) -> None:
    assert _accusations(text) == expected


@pytest.mark.parametrize("text,expected", [
    # deported: رحّل with people after it, ترحيل announced
    ("رحلت السلطات 300 لاجئ إلى بلادهم.", [("COERCE", "deport")]),
    ("وأكدت السلطات ترحيل 40 مهاجراً إلى بلدانهم.", [("COERCE", "deport")]),
    # رحل with no people taken is a death or a departure
    ("رحل الفنان الكبير عن عمر ناهز الثمانين.", []),
    # a security cordon
    ("فرضت القوات الأمنية طوقاً أمنياً حول سوق الخضار في بغداد.", [("COERCE", "restrict")]),
])
def test_coercion_forms(text: str, expected: list) -> None:
    rec = marsad.extract(text, published="2026-01-05")
    assert [(e.type, e.mode) for e in sorted(rec.events + rec.uncoded, key=lambda e: e.trigger.start)] == expected


@pytest.mark.parametrize("text,origin", [
    # a count as the subject between the verb and the place it leaves: its نحو is no preposition
    ("على أن يغادر نحو 300 منهم الأراضي السورية قبل نهاية العام.", "سوريا"),
    ("غادر قرابة 200 عنصر الأراضي اللبنانية.", "لبنان"),
])
def test_a_count_before_the_place_left(text: str, origin: str) -> None:
    rec = marsad.extract(text, published="2026-01-05")
    name = {e.id: e.name_ar for e in rec.entities}
    [ev] = [e for e in rec.events + rec.uncoded if e.type == "RETREAT"]
    assert [name[x] for x in ev.origin] == [origin]


def _roles(text: str, typ: str) -> list[dict[str, list[str]]]:
    rec = marsad.extract(text, published="2026-01-05")
    name = {e.id: e.name_ar for e in rec.entities}
    return [{r: [name[x] for x in getattr(e, r)] for r in ("actor", "recipient", "location") if getattr(e, r)}
            for e in rec.events if e.type == typ]


@pytest.mark.parametrize("text,typ,roles", [
    # a delegation named by its nationality is a party; after زيارة لـ it is the visitor
    ("كشف المصدر عن زيارة مرتقبة لوفد أردني رفيع إلى دمشق الأسبوع المقبل.", "CONSULT",
     {"actor": ["وفد أردني"], "location": ["دمشق"]}),
    ("عقد وفد أمني تركي اجتماعاً مع قيادة الجيش السوري في حلب.", "CONSULT",
     {"actor": ["وفد أمني تركي"], "recipient": ["قيادة الجيش السوري"], "location": ["حلب"]}),
    # armed groups and armed formations, named by what they are
    ("هاجمت مجموعات مسلحة حاجزاً للشرطة في ريف حمص.", "ASSAULT",
     {"actor": ["مجموعات مسلحة"], "recipient": ["الشرطة"], "location": ["حمص"]}),
])
def test_unnamed_parties(text: str, typ: str, roles: dict) -> None:
    assert _roles(text, typ) == [roles]


def test_the_latter_after_an_accusation_is_the_accused() -> None:
    text = ("تتهم الحكومة اليمنية إيران بتهريب الأسلحة إلى جماعة الحوثي، وهو ما تنفيه الأخيرة باستمرار.")
    rec = marsad.extract(text, published="2026-01-05")
    name = {e.id: e.name_ar for e in rec.entities}
    assert [name[s.speaker] for s in rec.statements if s.cue.text == "تنفيه"] == ["إيران"]


@pytest.mark.parametrize("text,location", [
    # the host city as the subject of استضاف/احتضن, before the meeting it holds
    ("أفاد مصدر دبلوماسي أن الدوحة ستستضيف الشهر المقبل جولة جديدة من المفاوضات بين الحكومة السودانية وقوات الدعم السريع.",
     ["الدوحة"]),
    ("يرتقب أن تحتضن عمّان، في آذار المقبل، اجتماعاً للجنة الأردنية العراقية المشتركة.", ["عمّان"]),
    # a palace read by its head noun, and the city that holds it
    ("من المقرر أن يستضيف قصر الإليزيه في باريس، الخميس المقبل، محادثات بين الحكومة اللبنانية والحكومة السورية.",
     ["قصر الإليزيه", "باريس"]),
])
def test_the_host_is_where_the_meeting_is(text: str, location: list) -> None:
    [roles] = _roles(text, "CONSULT")
    assert roles.get("location") == location


@pytest.mark.parametrize("text,actor", [
    # less-lethal means are PLOVER crowd-control, not bombs or gunfire
    ("أطلقت الشرطة التونسية قنابل الغاز على المحتجين في وسط العاصمة.", ["الشرطة التونسية"]),
    ("استخدمت قوات الأمن العراقية الغاز المسيل للدموع وخراطيم المياه لتفريق المحتجين.", ["قوات الأمن العراقية"]),
    # a coordinated light verb keeps its clause's subject
    ("وقال الشاهد إن قوات الاحتلال اقتحمت القرية، وأطلقت قنابل الغاز المسيل للدموع صوب الأهالي.", ["قوات الاحتلال"]),
])
def test_crowd_control(text: str, actor: list) -> None:
    rec = marsad.extract(text, published="2026-01-05")
    name = {e.id: e.name_ar for e in rec.entities}
    [ev] = [e for e in rec.events if e.type == "ASSAULT"]
    assert ev.mode == "crowd-control"
    assert [name[x] for x in ev.actor] == actor


def test_national_bodies_of_the_dateline_country() -> None:
    # the article names another state as often as its own; the dateline says whose security services act
    text = ("عمّان – الغد\nأوقفت الأجهزة الأمنية، ليل أمس، 12 شخصاً شاركوا في وقفة قرب السفارة الإسرائيلية "
            "في عمّان احتجاجاً على الغارات الإسرائيلية على غزة، فيما طالب المحتجون بطرد السفير الإسرائيلي "
            "ووقف التطبيع مع إسرائيل. وقالت مصادر أردنية إن الموقوفين أفرج عنهم لاحقاً.")
    rec = marsad.extract(text, published="2026-01-05")
    name = {e.id: e.name_ar for e in rec.entities}
    [ev] = [e for e in rec.events if e.type == "COERCE"]
    assert [name[x] for x in ev.actor] == ["الأجهزة الأمنية"]
    assert next(e for e in rec.entities if e.name_ar == "الأجهزة الأمنية").country == "JO"


def test_members_of_the_police_after_the_verb_arrest() -> None:
    text = "الرباط – هسبريس\nأوقفت عناصر الشرطة القضائية بطنجة أربعة أشخاص يشتبه في تورطهم في تهريب المخدرات في المغرب."
    rec = marsad.extract(text, published="2026-01-05")
    name = {e.id: e.name_ar for e in rec.entities}
    [ev] = [e for e in rec.events if e.type == "COERCE"]
    assert [name[x] for x in ev.actor] == ["الشرطة القضائية"] and ev.recipient == []


@pytest.mark.parametrize("text,actor,recipient", [
    # an unnamed indefinite party as subject: the titled person after it is the one taken
    ("خطف مسلحون رئيس البلدية سامر الحداد قرب منزله.", [], ["سامر الحداد"]),
    # the adjective of the subject is not a word between the verb and its object; a given name that is
    # also a common word starts a name after a title when a family name with the article follows
    ("خطف مسلحون مجهولون مساء الأحد عضو المجلس المحلي جمال العبيدي.", ["مسلحون"], ["جمال العبيدي"]),
])
def test_who_was_taken(text: str, actor: list, recipient: list) -> None:
    rec = marsad.extract(text, published="2026-01-05")
    name = {e.id: e.name_ar for e in rec.entities}
    [ev] = [e for e in rec.events if e.type == "ASSAULT"]
    assert [name[x] for x in ev.actor] == actor and [name[x] for x in ev.recipient] == recipient


@pytest.mark.parametrize("text,n", [
    # an accord in force, named as what is broken, applied or annulled, is no new accord
    ("ووصفت الوزارة الغارة بأنها خرق فاضح لاتفاق وقف الأعمال العدائية.", 0),
    ("طالب المحتجون بإلغاء اتفاقية الغاز مع الشركة الأجنبية.", 0),
    ("يبحث الوفد الانتقال إلى المرحلة الثانية من اتفاق التهدئة.", 0),
    # its making told in a relative clause keeps it
    ("وذلك تطبيقاً لبنود الاتفاق الذي أبرمته الحكومة الأردنية والحكومة السورية العام الماضي.", 1),
])
def test_an_accord_referred_to(text: str, n: int) -> None:
    rec = marsad.extract(text, published="2026-01-05")
    assert len([e for e in rec.events if e.type == "AGREE"]) == n


def test_indefinite_protesters_are_a_party() -> None:
    rec = marsad.extract("أغلق محتجون الطريق الدولي الرابط بين تونس والقيروان احتجاجاً على انقطاع المياه.",
                         published="2026-01-05")
    name = {e.id: e.name_ar for e in rec.entities}
    [ev] = [e for e in rec.events if e.type == "PROTEST"]
    assert [name[x] for x in ev.actor] == ["محتجون"]


def test_whose_presence_ends_withdraws() -> None:
    text = "أعلنت الحكومة الصومالية التوصل إلى اتفاق على جدول زمني لإنهاء الوجود العسكري لبعثة الاتحاد الأفريقي في البلاد."
    [roles] = _roles(text, "RETREAT")
    assert roles.get("actor") == ["بعثة الاتحاد الأفريقي"]


def test_who_announces_an_accord_with_a_partner_is_a_party() -> None:
    text = "أعلنت الحكومة السودانية، في بيان، التوصل إلى اتفاق مع الأمم المتحدة على فتح ممرات إنسانية."
    [roles] = _roles(text, "AGREE")
    assert roles.get("actor") == ["الحكومة السودانية", "الأمم المتحدة"]


@pytest.mark.parametrize("text,actor", [
    # paying a visit (أدّى زيارة), the Maghreb way of saying it, with or without the subject between
    ("أعلنت الوزارة أن وزيرة الصحة سلوى العياري ستؤدي زيارة إلى صفاقس الأسبوع المقبل.", ["سلوى العياري"]),
    ("أدى وزير الخارجية المغربي ناصر بوريطة زيارة رسمية إلى نواكشوط أمس.", ["ناصر بوريطة"]),
])
def test_paying_a_visit(text: str, actor: list) -> None:
    [roles] = _roles(text, "CONSULT")
    assert roles.get("actor") == actor


@pytest.mark.parametrize("text,expected", [
    # water hoses put out a fire; a force's water cannon disperses a crowd
    ("استخدم رجال الإطفاء خراطيم المياه لإخماد الحريق في بغداد.", []),
    # live fire stays gunfire when tear gas is fired too
    ("قتل ثلاثة متظاهرين برصاص قوات الأمن العراقية التي أطلقت أيضا الغاز المسيل للدموع.", [("ASSAULT", "firearms")]),
    # rubber bullets are less-lethal
    ("أطلقت الشرطة التونسية الرصاص المطاطي على المحتجين في العاصمة.", [("ASSAULT", "crowd-control")]),
])
def test_lethal_and_less_lethal(text: str, expected: list) -> None:
    rec = marsad.extract(text, published="2026-01-05")
    assert [(e.type, e.mode) for e in rec.events if e.type == "ASSAULT"] == expected


def test_who_denies_accusations_did_not_make_them() -> None:
    rec = marsad.extract("ردّ الوزير سامر الحلبي على الاتهامات التي نفتها وزارة الدفاع السورية.", published="2026-01-05")
    name = {e.id: e.name_ar for e in rec.entities}
    assert all("وزارة الدفاع السورية" not in [name[x] for x in e.actor] for e in rec.events if e.type == "ACCUSE")


def _protests(text: str) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.status) for e in marsad.extract(text, published="2026-03-02").events
            if e.type == "PROTEST"]


@pytest.mark.parametrize("text,expected", [
    # the purpose of a crowd going out is a protest held
    ("نزل مئات الطلاب أمس إلى شوارع المدينة للاحتجاج على رفع الرسوم الجامعية.", [("للاحتجاج على", "occurred")]),
    # عدم after the preposition negates what is protested against, not the protest
    ("خرج مئات العمال من المصنع أمس احتجاجاً على عدم صرف رواتبهم.", [("احتجاجاً على", "occurred")]),
])
def test_protest_as_a_crowds_purpose(text: str, expected: list) -> None:
    assert _protests(text) == expected


def test_a_protest_merely_planned_is_not_held() -> None:
    # without a crowd going out, "للاحتجاج" names an intention, not an occasion
    assert not [p for p in _protests("دعت النقابة أعضاءها إلى اجتماع للاحتجاج على القرار.") if p[1] == "occurred"]


@pytest.mark.parametrize("text", [
    # a predicate names what something is
    "اختتم مجلس الجامعة العربية اجتماعه الطارئ في القاهرة مساء اليوم، حيث أكد البيان الختامي أن «أمن الدول "
    "العربية كل لا يتجزأ، وأن أي اعتداء على إحداها هو اعتداء عليها جميعاً».",
    # a toll added up since the start of a period
    "ومنذ بداية الحرب، قُتل أكثر من ثلاثة آلاف مدني في مدينة الفاشر، بحسب الأمم المتحدة.",
    # aiming at pressure is no strike
    "ويرى محللون عسكريون أن التصعيد في مأرب وشبوة يستهدف الضغط على الحكومة في ملف الموارد النفطية.",
])
def test_no_attack_occasion(text: str) -> None:
    rec = marsad.extract(text, published="2026-01-10")
    assert [e.trigger.text for e in rec.events if e.type == "ASSAULT"] == []


@pytest.mark.parametrize("text", [
    # an attack that began today, told since its start, is an occasion
    "ومنذ بداية الهجوم على المدينة فجر اليوم، قتل 20 مدنياً على الأقل.",
    # high-voltage towers hit are a strike (الضغط further on is no aim)
    "استهدف القصف أبراج الضغط العالي في مدينة مروي.",
])
def test_still_an_attack_occasion(text: str) -> None:
    rec = marsad.extract(text, published="2026-01-10")
    assert [e for e in rec.events if e.type == "ASSAULT" and e.status == "occurred"], rec.events


def test_a_denied_report_with_a_long_subject() -> None:
    rec = marsad.extract("ونفت وزارة الدفاع العراقية، في بيان نشرته على موقعها الرسمي مساء أمس، التقارير التي تحدثت عن "
                         "انسحاب القوات الأمريكية من قاعدة حرير.", published="2026-01-10")
    moves = [e for e in rec.events if e.type == "RETREAT"]
    assert moves and all(e.status == "negated" for e in moves), rec.events
