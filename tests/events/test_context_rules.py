"""Context rows (events/data/context.tsv) that stop a figurative or idiomatic reading of a trigger.

Each row is an Arabic usage, not an article: "تفجّر الخلاف" (a dispute erupted) is not a bombing,
"تُجمع المصادر على" (sources agree) is not a rally; the plain readings must still be found.
"""

from __future__ import annotations

import pytest

from marsad import extract

CASES = [
    # (sentence, event types expected)
    ("وتفجر الخلاف بين الحزبين مع بداية أزمة الرواتب.", []),
    ("وانفجر الغضب في الشارع بعد قرار الحكومة رفع الأسعار.", []),
    ("السؤال الأكثر تفجرا في الانتخابات هو التحالفات المقبلة.", []),
    ("تجمع المصادر على أن الاتفاق بات قريبا.", []),
    ("تجمعت مئات السيارات عند المعبر الحدودي منذ الصباح.", []),
    ("تجمع مئات المتظاهرين أمس أمام مبنى البرلمان في عمّان.", ["PROTEST"]),
    # shootings a place is said to be a centre for planning are the charge, none that took place
    ("وقال الجيش الإسرائيلي في بيان إن قواته اعتقلت ستة مطلوبين، متهماً المخيم بأنه بات مركزاً لتخطيط عمليات "
     "إطلاق النار ضد المستوطنات في شمال الضفة الغربية.", []),
    # whoever fired ("كل من أطلق النار") is no shooting told; weapons carried or moved are no force moved
    ("وقال المحافظ إن القانون سيأخذ مجراه بحق كل من أطلق النار على الدورية في منطقة الصوفية.", []),
    # people who went out demanding something went out to protest
    ("وخرج مئات الطلاب يطالبون بتحسين ظروف السكن الجامعي في مدينة باتنة.", ["PROTEST"]),
    ("انفجرت سيارة مفخخة في سوق شعبي بمدينة الموصل أمس.", ["ASSAULT"]),
    ("فجّر مسلحون عبوة ناسفة استهدفت دورية للجيش قرب درعا.", ["ASSAULT"]),
    # a gathering struck is the target, not a protest (with tanwin "تجمعاً" is a noun, not the dual verb)
    ("استهدفت طائرة مسيّرة إسرائيلية تجمعاً للمواطنين قرب منطقة المواصي.", ["ASSAULT"]),
    # freedoms and rights aimed at are no target ("إجراءات تستهدف حرية التعبير")
    ("وقالت النقابة إن الإيقافات تستهدف حرية التعبير في البلاد.", []),
    # an attack prepared for or aimed at is a purpose told, none that took place (the second a guard)
    ("وقالت قيادة الشرطة إن الخلية الإرهابية خزنت العبوات في بساتين بعقوبة استعداداً لاستهداف دوريات الجيش.",
     []),
    ("وقالت قيادة الشرطة إن الخلية الإرهابية خزنت العبوات في بساتين بعقوبة بهدف استهداف دوريات الجيش.", []),
    ("واعتبر الحزب أن القانون الجديد يستهدف الحقوق النقابية.", []),
]


@pytest.mark.parametrize("sentence, threat", [
    # an escalation, a crisis or fighting that endangers something is no threat made by a party
    ("وقصفت الجماعة القرية أمس، في تصعيد جديد يهدد ما تبقى من التهدئة.", False),
    # (guards) a crisis, renewed fighting
    ("وقالت المنظمة الدولية إنها تعاني من أزمة تمويل تهدد استمرار عملياتها في المنطقة.", False),
    ("وقال الحوثيون إن تجدد الاشتباكات يهدد بنسف الاتفاق.", False),
    # a disruption that endangers supplies getting through
    ("وأدانت الأمم المتحدة الهجوم، محذرة من أن تعطل المطار يهدد وصول الإمدادات الإنسانية إلى الملايين.", False),
    # (a guard) a party's threat stays one
    ("وهدد الحوثيون باستهداف السفن التجارية في البحر الأحمر.", True),
])
def test_what_endangers_is_no_threat(sentence: str, threat: bool) -> None:
    rec = extract(sentence, published="2024-03-10")
    assert any(e.type == "THREATEN" for e in rec.events + rec.uncoded) == threat, \
        [(e.type, e.trigger.text) for e in rec.events + rec.uncoded]


@pytest.mark.parametrize("sentence,types", CASES)
def test_context_reading(sentence: str, types: list[str]) -> None:
    got = sorted({e.type for e in extract(sentence, published="2024-03-10").events if e.type in ("ASSAULT", "PROTEST")})
    assert got == types


DISASTER_CASES = [
    ("قُتل خمسة أشخاص في حادث سير على الطريق الدولي قرب حمص.", []),
    ("قتل مئات الأشخاص في زلزال ضرب جنوب تركيا أمس.", []),
    ("قتل خمسة جنود في هجوم على حاجز قرب كركوك أمس.", ["ASSAULT"]),
    ("فجر مسلحون سيارة مفخخة قرب مركز للشرطة في الرمادي.", ["ASSAULT"]),
    ("شنت طائرات حربية غارات على بلدة قرب إدلب عند فجر الاثنين.", ["ASSAULT"]),
    ("وصلت القافلة فجر اليوم إلى المدينة.", []),
    # the disaster told some way before the death it caused
    ("وكان مركب آخر قد غرق قبالة سواحل جزيرة جربة في أيلول الماضي ما أسفر عن مقتل 12 مهاجراً.", []),
]


@pytest.mark.parametrize("sentence,types", DISASTER_CASES)
def test_disaster_and_dawn_readings(sentence: str, types: list[str]) -> None:
    got = sorted({e.type for e in extract(sentence, published="2024-03-10").events if e.type in ("ASSAULT", "PROTEST")})
    assert got == types


PROTEST_CASES = [
    # a verb of going out is a demonstration when protesters go out, a withdrawal when forces do
    ("وخرج آلاف المتظاهرين إلى شوارع العاصمة أمس.", ["PROTEST"]),
    ("ونزل المحتجون إلى ساحة التحرير مساء الجمعة.", ["PROTEST"]),
    ("واحتج مئات السكان أمام مبنى المحافظة على انقطاع الكهرباء.", ["PROTEST"]),
    ("نظم طلاب الجامعة أمس مسيرة احتجاجية في وسط المدينة.", ["PROTEST"]),
    ("خرج الوزير من الاجتماع غاضبا.", []),
    ("احتجت وزارة الخارجية على تصريحات السفير.", []),
]


@pytest.mark.parametrize("sentence,types", PROTEST_CASES)
def test_protest_readings(sentence: str, types: list[str]) -> None:
    got = sorted({e.type for e in extract(sentence, published="2024-03-10").events if e.type in ("ASSAULT", "PROTEST")})
    assert got == types


def test_going_out_by_forces_is_a_withdrawal() -> None:
    rec = extract("وخرجت القوات الأميركية من قاعدة عين الأسد أمس.", published="2024-03-10")
    assert [e.type for e in rec.events] == ["RETREAT"]



MOVES = ("MOBILIZE", "RETREAT")
# (sentence, the event types looked at, those expected among them)
READING_CASES = [
    # published, not deployed: the document before it
    ("وقالت الوزارة، في بيان نشرته على صفحتها الرسمية، إن الوضع مستقر.", MOVES, []),
    ("وأكد التقرير الذي نشرته الصحيفة أمس تراجع الهجمات.", MOVES, []),
    # news and rumours spread, in the accusative too
    ("تونس - نفت وزارة الداخلية الاتهامات، محذّرة من أنها ستتبع قضائياً كل من ينشر أخباراً زائفة.", MOVES, []),
    ("وقال المتحدث إن صفحات مجهولة تنشر شائعات مغرضة عن الجيش.", MOVES, []),
    # transport as a sector or a kind of aircraft, and figurative moves
    ("شمل الإضراب قطاعات النقل والتعليم والصحة في المدينة.", MOVES, []),
    ("وصل جنود أميركيون على متن طائرات نقل عسكرية إلى قاعدة عين الأسد.", MOVES, ["MOBILIZE"]),
    ("هددت الجماعة بنقل المعركة إلى عمق مناطق خصومها.", MOVES, []),
    # entering a strike, talks or into force is no entry of forces
    ("دخل عمال المناجم في الحوض المنجمي، صباح اليوم، في إضراب مفتوح عن العمل.", MOVES, []),
    ("ودخل اتفاق وقف إطلاق النار حيز التنفيذ منتصف الليل.", MOVES, []),
    ("دخلت وحدات من الجيش السوري إلى مدينة السويداء فجر اليوم.", MOVES, ["MOBILIZE"]),
    # an official arriving for a visit makes a visit, not a deployment; the wounded carried are no force
    ("وصل قائد الجيش الباكستاني المشير عاصم منير إلى الرياض مساء أمس في زيارة رسمية تستغرق يومين.", MOVES, []),
    ("وصل قائد الجيش الباكستاني المشير عاصم منير إلى الرياض مساء أمس في زيارة رسمية تستغرق يومين.", ("CONSULT",),
     ["CONSULT"]),
    ("ونقلت فرق الدفاع المدني الجريح إلى مستشفى صور الحكومي.", MOVES, []),
    # people who went out, past their subject and a time, in a march: no withdrawal
    ("وخرج مئات الطلبة المقيمين بالإقامة الجامعية في وهران، صباح أمس الأربعاء، في مسيرة احتجاجية جابت شوارع المدينة.",
     ("RETREAT",), []),
    ("وأعلنت خلية الأزمة في محافظة الأنبار فرض حظر للتجوال في منطقة الصوفية، ومنع حمل السلاح أو نقله في المنطقة.",
     MOVES, []),
    # one of those rescued moved in a critical condition is a patient taken to care, however far the hospital
    ("وأوضح المصدر أن المرشحين تلقوا الإسعافات الأولية على متن الوحدة البحرية التابعة للبحرية الملكية قبل نقلهم "
     "إلى ميناء الداخلة، فيما نُقل أحدهم في حالة حرجة إلى المركز الاستشفائي الجهوي بالداخلة.", MOVES, []),
    # an attack a statement of shock or concern is about is named again, not done by who is shocked
    ("وقالت منظمة الصحة العالمية إنها تشعر بقلق بالغ إزاء استهداف مستشفى في المدينة.", ("ASSAULT",), []),
    ("وأعربت منظمة الصحة العالمية عن صدمتها إزاء قصف مستشفى في المدينة.", ("ASSAULT",), []),
    # a student told by his year or school after his name is no demand
    ("وقال سفيان بلعيد، طالب في السنة الثالثة ليسانس بكلية الحقوق، إن الإقامة تفتقر إلى التدفئة.", ("REQUEST",), []),
    ("وقالت سارة مرزوق، طالب بكلية الطب، إن الغرف مكتظة.", ("REQUEST",), []),
    # a host welcoming his guests expresses no support
    ("ورحب الرئيس بالوفد الضيف، متمنياً له طيب الإقامة.", ("SUPPORT",), []),
    # the right to strike or to demonstrate is no strike
    ("ودعت الوزارة السلطات إلى احترام حق المواطنين في الإضراب والتظاهر السلمي.", ("PROTEST",), []),
    # a crowd's welcome is no meeting
    ("وأفرج عن الأسير بعد 19 عاماً، حيث استقبله المئات من أهالي بلدته في مسيرة.", ("CONSULT",), []),
    ("وحظي العائد باستقبال شعبي حاشد في مدينة نابلس.", ("CONSULT",), []),
    # the plain readings stay
    ("نشرت القوات الأميركية 300 جندي إضافي في قاعدة حرير.", MOVES, ["MOBILIZE"]),
    ("بدأت القوات الروسية نقل جنودها من مطار القامشلي.", MOVES, ["MOBILIZE"]),
    # a search, not talks
    ("شكلت الشرطة فريق بحث وتحرٍّ لتعقب الخاطفين.", ("CONSULT",), []),
    ("قتل الجيش مسلحين اثنين خلال عملية بحث وتمشيط في الجبال.", ("CONSULT",), []),
    # talks stalled are a state of affairs, not a meeting
    ("يأتي ذلك في ظل جمود المفاوضات بين الطرفين منذ الصيف الماضي.", ("CONSULT",), []),
    ("بحث وزير الخارجية الأردني مع نظيره العراقي تطورات الأوضاع في المنطقة.", ("CONSULT",), ["CONSULT"]),
    ("استؤنفت المفاوضات بين الحكومة السودانية وقوات الدعم السريع في جدة أمس.", ("CONSULT",), ["CONSULT"]),
    # a source asking not to be named demands nothing
    ("وقال مسؤول عسكري لوكالة فرانس برس، طالباً عدم الكشف عن اسمه، إن الوضع تحت السيطرة.", ("REQUEST",), []),
    ("طالب المحتجون الحكومة بالإفراج عن المعتقلين.", ("REQUEST",), ["REQUEST"]),
    # treacherous, not leaving
    ("وقال الجيش إن قواته تصدت لهجوم غادر شنه مسلحون على محور المدينة.", ("RETREAT",), []),
    # detainees handed to the judiciary are no withdrawal
    ("وجرى تسليم الموقوفين إلى المرجع القضائي المختص.", ("RETREAT",), []),
    ("غادرت القوات الروسية قاعدة القامشلي أمس.", ("RETREAT",), ["RETREAT"]),
    # where a force stands, in the present or in a relative clause, is no move
    ("وتنتشر القوات التركية في عشرات القواعد داخل إقليم كردستان.", ("MOBILIZE",), []),
    ("تكثفت المداهمات في المنطقة التي تنتشر فيها عشائر مسلحة.", ("MOBILIZE",), []),
    ("انتشرت وحدات من الجيش اللبناني في بلدة الخيام أمس.", ("MOBILIZE",), ["MOBILIZE"]),
    # reinforcing a presence is a deployment; reinforcing cooperation is not
    ("وعزز الجيش العراقي انتشاره في قضاء سنجار أمس.", ("MOBILIZE",), ["MOBILIZE"]),
    ("وعزز البلدان التعاون الأمني بينهما.", ("MOBILIZE",), []),
    # "من أصل" is "out of (a total)", not "I arrive"
    ("ويقبع في سجون الاحتلال أكثر من 3300 معتقل إداري من أصل نحو عشرة آلاف أسير.", ("MOBILIZE",), []),
    ("وصلت تعزيزات عسكرية من الجيش السوري إلى مدينة السويداء أمس.", ("MOBILIZE",), ["MOBILIZE"]),
    # an accord that is not there
    ("وأعلنت إثيوبيا ملء السد من دون اتفاق قانوني ملزم مع مصر والسودان.", ("AGREE",), []),
    ("ويجري الملء في غياب اتفاق بين الدول الثلاث.", ("AGREE",), []),
    ("وقّعت مصر والسودان اتفاقاً للتعاون العسكري في القاهرة أمس.", ("AGREE",), ["AGREE"]),
    # what someone calls a thing, inside a phrase, is no censure of its own; calling it so is
    ("وطالب وزير الإعلام اليمني معمر الإرياني الأمم المتحدة ومبعوثها الخاص إلى اليمن هانس غروندبرغ بـ«موقف واضح» "
     "إزاء ما وصفه بـ«جرائم الحرب» التي ترتكبها الميليشيا.", ("ACCUSE",), []),
    ("ووصف وزير الإعلام اليمني معمر الإرياني الهجوم بأنه جريمة حرب.", ("ACCUSE",), ["ACCUSE"]),
    # an official's call on the public at large is advice, not a demand on a party; a call on a party stays one (a guard)
    ("وأعلن وزير الداخلية السوداني فرض حظر تجوال ليلي في كسلا، داعياً المواطنين إلى الإبلاغ عن أي تحركات مشبوهة.",
     ("REQUEST",), []),
    ("وأعلن وزير الداخلية السوداني فرض حظر تجوال ليلي في كسلا، داعياً الأمم المتحدة إلى إرسال مساعدات.",
     ("REQUEST",), ["REQUEST"]),
    # an official's inspection told as the occasion of what he says is no visit to a party (the second a guard)
    ("وقال محافظ البصرة أسعد العيداني، خلال تفقده الجرحى في مستشفى البصرة التعليمي، إن القانون سيأخذ مجراه.",
     ("CONSULT",), []),
    ("وتفقد محافظ البصرة أسعد العيداني قيادة شرطة المحافظة.", ("CONSULT",), ["CONSULT"]),
    # so is an inspection or field visit to a site
    ("وأجرى وزير الصناعة العراقي خالد بتال زيارة تفقدية إلى معمل سمنت الكوفة اليوم الاثنين.", ("CONSULT",), []),
    # an order to cease fire, not an order to stop anything else; a ceasefire only talked of is none
    ("أصدرت الحكومة أمراً بوقف تصدير القمح إلى الخارج.", ("RETREAT",), []),
    ("ودعا الأمين العام إلى وقف إطلاق النار في الفاشر.", ("RETREAT",), []),
    # a pledge of force is a threat; a pledge of help told in passing is no event coders code
    ("وتعهد وزير الدفاع التركي بملاحقة المسلحين حتى آخر معاقلهم.", ("AGREE", "THREATEN"), ["THREATEN"]),
    ("وتعهد وزير الدفاع التركي بتقديم الدعم للجيش الليبي.", ("AGREE", "THREATEN"), []),
    ("وتعهّد محافظ الكرك بصرف المستحقات المتأخرة قبل نهاية الشهر.", ("AGREE", "THREATEN"), []),
]


@pytest.mark.parametrize("sentence,watched,types", READING_CASES)
def test_trigger_reading(sentence: str, watched: tuple[str, ...], types: list[str]) -> None:
    got = sorted({e.type for e in extract(sentence, published="2024-03-10").events if e.type in watched})
    assert got == types


@pytest.mark.parametrize("sentence,mode", [
    # the object after a named subject and a time told between still gives the reading: a vessel is seized
    ("احتجزت القوة البحرية للحرس الثوري الإيراني، فجر أمس الاثنين، سفينة تجارية في مياه الخليج.", "seize"),
    ("احتجزت السلطات الليبية، صباح اليوم، ثلاثة صيادين قرب سواحل زوارة.", "arrest"),
])
def test_context_reaches_the_object_past_subject_and_time(sentence: str, mode: str) -> None:
    got = [e.mode for e in extract(sentence, published="2024-03-10").events if e.type == "COERCE"]
    assert got == [mode], got


def test_words_of_a_name_past_the_width_block_nothing() -> None:
    # (a guard) "للدعم السريع" names a party: its word "الدعم" is not the aim that blocks "استهدف" ("استهدف دعم …")
    doc = extract("قال الجيش إن مسيّراته استهدفت، فجر اليوم الثلاثاء، مواقع للدعم السريع قرب مدينة النهود.",
                  published="2024-03-10")
    assert [e.type for e in doc.events if e.type == "ASSAULT"] == ["ASSAULT"], [(e.type, e.trigger.text) for e in doc.events]


def test_what_a_website_relayed_is_no_move() -> None:
    # (a guard) "بحسب ما نقله موقع «…» عن …": a website relayed it; the site after the verb is no site handed over,
    # even with a party (the notables) named after عن
    rec = extract("وستزور جاهة ديوان العشيرة الشهر المقبل، بحسب ما نقله موقع «أخبار الجنوب» عن أحد وجهاء البلدة.",
                  published="2026-03-09")
    assert not [e for e in rec.events if e.type == "RETREAT"], [(e.type, e.trigger.text) for e in rec.events]


def test_mediators_do_not_withdraw() -> None:
    # (a guard) "اتفاق … بوساطة أعيان المدينة، يقضي بانسحاب المجموعتين": who mediated is no party to the pull-back
    rec = extract("وأعلن المجلس البلدي التوصل إلى اتفاق لوقف إطلاق النار بوساطة أعيان وحكماء مدينة يفرن، يقضي بانسحاب "
                  "المجموعتين من الطريق الساحلي.", published="2026-03-09")
    by = {e.id: e.name_ar for e in rec.entities}
    assert not [e for e in rec.events if e.type == "RETREAT" and any("أعيان" in by.get(x, "") for x in e.actor)], \
        [(e.type, [by.get(x) for x in e.actor]) for e in rec.events]


def test_a_bodys_teams_after_a_complementizer_disperse_no_one() -> None:
    # "إن فرقها وزعت الخيام": the noun فِرَق (teams) with its pronoun, not فرّق (dispersed) with its object
    rec = extract("وقالت المنظمة إن فرقها تساعد مئات المتظاهرين المصابين في المستشفى الميداني.", published="2026-01-15")
    assert "ASSAULT" not in [e.type for e in rec.events + rec.uncoded], [(e.type, e.trigger.text) for e in rec.events]


def _roles_of(rec, typ: str, role: str = "actor") -> list[list[str]]:
    by = {e.id: e.name_ar for e in rec.entities}
    return [[by.get(x, x) for x in getattr(e, role)] for e in rec.events if e.type == typ]


def test_the_outcome_of_a_joint_forces_operation_is_both_bodies() -> None:
    # "أن قوة مشتركة من الجيش ومقاتلي الحشد العشائري نفذت، فجر أمس، عملية … أسفرت عن مقتل …": the unit's two
    # bodies killed them, past a time set off by commas
    rec = extract("أعلنت قيادة عمليات صلاح الدين أن قوة مشتركة من الجيش العراقي ومقاتلي الحشد العشائري نفذت، فجر "
                  "أمس الأحد، عملية تفتيش في منطقة مطيبيجة أسفرت عن مقتل أربعة من عناصر تنظيم داعش.",
                  published="2026-04-13")
    assert _roles_of(rec, "ASSAULT") == [["الجيش العراقي", "الحشد العشائري"]], _roles_of(rec, "ASSAULT")


def test_outcomes_joined_to_one_no_event_tells_have_the_operations_doer() -> None:
    # "أسفرت عن تدمير مضافة كان يستخدمها عناصر التنظيم …، ومقتل ثلاثة منهم واعتقال اثنين": the deaths and
    # arrests, after a first outcome with a clause of its own, are the operation's
    rec = extract("وأوضحت القيادة أن قوة من الجيش العراقي نفذت عملية في منطقة مطيبيجة أسفرت عن تدمير مضافة كان "
                  "يستخدمها عناصر التنظيم مخبأً لهم، ومقتل ثلاثة منهم واعتقال اثنين من المطلوبين.",
                  published="2026-04-13")
    assert _roles_of(rec, "ASSAULT") == [["الجيش العراقي"]], _roles_of(rec, "ASSAULT")
    assert _roles_of(rec, "COERCE") == [["الجيش العراقي"]], _roles_of(rec, "COERCE")


def test_the_force_told_again_is_the_joint_units_bodies() -> None:
    # "قوة مشتركة من الجيش ومقاتلي الحشد العشائري دهمت …، فيما ضبطت القوة …": the force is both bodies'
    rec = extract("وأكدت القيادة أن قوة مشتركة من الجيش العراقي ومقاتلي الحشد العشائري دهمت قرية نائية. "
                  "وضبطت القوة كميات من الأسلحة.", published="2026-04-13")
    assert _roles_of(rec, "COERCE") == [["الجيش العراقي", "الحشد العشائري"]] * 2, _roles_of(rec, "COERCE")


def test_those_reinforcements_are_sent_against_do_not_send_them() -> None:
    # (a guard) "دفعت بتعزيزات … لمنع تسلل من تبقى من المسلحين": the gunmen are whom they were sent to stop
    rec = extract("وأضافت القيادة أنها دفعت بتعزيزات إلى محيط مطيبيجة لمنع تسلل من تبقى من المسلحين.",
                  published="2026-04-13")
    assert not [a for a in _roles_of(rec, "MOBILIZE") if "المسلحين" in a], _roles_of(rec, "MOBILIZE")


def test_the_body_a_person_is_one_of_is_not_asked() -> None:
    # "طالب الشيخ X، أحد وجهاء عشائر الشرقاط، الحكومة بـ…": the notables he is one of are how he is named
    # (the local government is a body too: it is the one asked)
    for addressee, want in (("الحكومة الاتحادية", [["الحكومة الاتحادية"]]), ("الحكومة المحلية", [["الحكومة المحلية"]])):
        rec = extract(f"وطالب الشيخ منصور الجبوري، أحد وجهاء عشائر الشرقاط، {addressee} بتزويد أبناء العشائر "
                      "بالأسلحة.", published="2026-04-13")
        assert _roles_of(rec, "REQUEST", "recipient") == want, _roles_of(rec, "REQUEST", "recipient")


def test_a_toll_after_a_time_clause_is_not_the_raids() -> None:
    # "داهمت قوة من مديرية الأمن …، بعد أيام من مشاجرة بين عائلتين أسفرت عن مقتل شخصين": the brawl killed them
    rec = extract("داهمت قوة من مديرية أمن أسيوط، فجر أمس الأربعاء، مخزناً للأسلحة داخل منزل مهجور بقرية بني عدي، "
                  "بعد أيام من مشاجرة مسلحة بين عائلتين بالقرية أسفرت عن مقتل شخصين وإصابة سبعة آخرين.",
                  published="2026-04-13")
    assert not [a for a in _roles_of(rec, "ASSAULT") if "مديرية أمن أسيوط" in a], _roles_of(rec, "ASSAULT")



def test_offices_shutting_their_doors_are_no_closure_by_force() -> None:
    # (a guard) "أقفلت معظم الإدارات والمدارس الرسمية أبوابها": their own doors, in a strike
    rec = extract("دعت رابطة موظفي الإدارة العامة إلى الإضراب، فيما أقفلت معظم الإدارات والمدارس الرسمية أبوابها "
                  "في بيروت.", published="2025-06-15")
    assert not [e for e in rec.events if e.type == "COERCE"], [(e.type, e.trigger.text) for e in rec.events]


def test_a_sit_in_and_the_union_that_called_it_are_one_protest() -> None:
    # "نفّذ عشرات الصيادين اعتصاماً …. وجاء الاعتصام بدعوة من نقابة صيادي الأسماك": one sit-in, both its parties
    rec = extract("نفّذ عشرات الصيادين، أمس السبت، اعتصاماً على أرصفة ميناء طرابلس، رافعين لافتات تندد بقرار وزارة "
                  "الزراعة. وجاء الاعتصام بدعوة من نقابة صيادي الأسماك في الشمال.", published="2025-06-15")
    assert _roles_of(rec, "PROTEST") == [["الصيادين", "نقابة صيادي الأسماك"]], _roles_of(rec, "PROTEST")


def test_a_warning_participle_of_the_speakers_response_is_a_threat() -> None:
    # "…، محذّرة من أنها سترد بحزم على …": the speaker's participle after its report, a threat of its own move
    rec = extract("وقالت قيادة الجيش اللبناني في بيان إنها أوقفت 9 مطلوبين، محذّرة من أنها سترد بحزم على مطلقي النار.",
                  published="2025-11-04")
    assert _roles_of(rec, "THREATEN") == [["قيادة الجيش اللبناني"]], [(e.type, e.trigger.text) for e in rec.events]


def test_threatening_to_withhold_is_a_restriction() -> None:
    # "لوّحوا بالامتناع عن توريد محصولهم": withholding the crop, not violence
    rec = extract("ورفع المزارعون لافتات، ولوّحوا بالامتناع عن توريد محصولهم إلى الصوامع إذا لم تستجب الحكومة "
                  "لمطالبهم.", published="2025-05-06")
    assert [e.mode for e in rec.events if e.type == "THREATEN"] == ["restrict"], \
        [(e.type, e.mode, e.trigger.text) for e in rec.events]


def test_what_a_course_of_things_endangers_is_no_threat() -> None:
    # "…، ما يهدد خطة الحكومة": a consequence told by ما, not a party's threat
    rec = extract("ويرى خبراء أن تأجيل الزيادة قد يدفع المزارعين إلى بيع محصولهم للتجار، ما يهدد خطة الحكومة لتوريد "
                  "القمح.", published="2025-05-06")
    assert not [e for e in rec.events if e.type == "THREATEN"], [(e.type, e.trigger.text) for e in rec.events]


def test_an_inquiry_the_prosecution_authorised_is_its_own() -> None:
    # "أذنت النيابة العمومية بفتح بحث تحقيقي" (Tunisian usage): who authorised the inquiry opened it
    rec = extract("وأذنت النيابة العمومية بالمحكمة الابتدائية بسوسة بفتح بحث تحقيقي في الحادثة.", published="2025-09-22")
    assert _roles_of(rec, "ACCUSE") == [["النيابة العمومية"]], [(e.type, e.trigger.text) for e in rec.events]


def test_recovering_bodies_is_rescue_work() -> None:
    # "انتشلت وحدات الحرس البحري 23 جثة": bodies recovered, as people rescued
    rec = extract("انتشلت وحدات الحرس البحري التونسي، أمس الأحد، 23 جثة لمهاجرين غير نظاميين إثر غرق مركب قبالة "
                  "سواحل قليبية.", published="2025-09-22")
    assert _roles_of(rec, "AID") == [["الحرس البحري التونسي"]], [(e.type, e.trigger.text) for e in rec.events]


def test_suspects_held_by_a_ministrys_patrols() -> None:
    # "أن دورياتها أوقفت مشتبهين اثنين": suspects are people held, by the ministry whose patrols they are
    rec = extract("وأوضحت وزارة الداخلية أن دورياتها أوقفت مشتبهين اثنين عند بوابة أمنية غربي المدينة.",
                  published="2026-01-14")
    assert _roles_of(rec, "COERCE") == [["وزارة الداخلية"]], [(e.type, e.trigger.text) for e in rec.events]


def test_who_sent_reinforcements_of_a_unit_acts_with_it() -> None:
    # "إنها دفعت بتعزيزات من جهاز الأمن المركزي": the pronoun's body sent them, with the unit they came from
    rec = extract("وقالت وزارة الداخلية إنها دفعت بتعزيزات من جهاز الأمن المركزي إلى مسلاتة.", published="2026-01-14")
    assert _roles_of(rec, "MOBILIZE") == [["وزارة الداخلية", "جهاز الأمن المركزي"]], _roles_of(rec, "MOBILIZE")


def test_the_city_a_town_lies_off_is_no_scene() -> None:
    # "وسط المدينة الواقعة شرقي العاصمة طرابلس": the capital places the town; the blast was in the town
    rec = extract("مسلاتة – «بوابة الساحل»\nقُتل ثلاثة ضباط في انفجار سيارة مفخخة قرب مديرية أمن مسلاتة وسط المدينة "
                  "الواقعة شرقي العاصمة طرابلس.", published="2026-01-14")
    assert not [x for x in _roles_of(rec, "ASSAULT", "location") if "طرابلس" in x], _roles_of(rec, "ASSAULT", "location")


def test_who_tightens_a_siege_holds_it() -> None:
    # "تُحكم قوات الحركة حصارها على مدينة الدلنج": a light verb of tightening lends the siege its subject
    rec = extract("تُحكم قوات الحركة الشعبية لتحرير السودان – شمال حصارها على مدينة الدلنج منذ أسابيع.",
                  published="2025-11-26")
    assert _roles_of(rec, "COERCE") == [["الحركة الشعبية لتحرير السودان – شمال"]], _roles_of(rec, "COERCE")


def test_the_services_of_the_gendarmerie_arrest() -> None:
    # "أوقفت مصالح الدرك الوطني أمس شاباً" (Maghreb usage): the gendarmerie's services, then the person held
    rec = extract("تيزي وزو – أتت الحرائق على 1200 هكتار في ولاية تيزي وزو. وعلى الصعيد الأمني، أوقفت مصالح الدرك "
                  "الوطني أمس شاباً يُشتبه في إضرامه النار.", published="2025-08-13")
    assert _roles_of(rec, "COERCE") == [["الدرك الوطني"]], [(e.type, e.trigger.text) for e in rec.events]


def test_residents_moved_to_shelters_are_no_troops() -> None:
    # (a guard) "نقلت نحو 3 آلاف ساكن إلى مراكز إيواء": people taken to shelter, past their count
    rec = extract("وباشرت فرق الحماية المدنية إجلاء سكان سبع قرى، ونقلت نحو 3 آلاف ساكن إلى مراكز إيواء مؤقتة.",
                  published="2025-08-13")
    assert not [e for e in rec.events if e.type == "MOBILIZE"], [(e.type, e.trigger.text) for e in rec.events]


def test_sending_firefighting_planes_is_aid() -> None:
    # "أعلنت الحكومة إرسال ست طائرات إطفاء": relief sent, not a deployment of weapons
    rec = extract("وأعلنت الحكومة إرسال ست طائرات إطفاء إلى الولاية.", published="2025-08-13")
    assert [e.type for e in rec.events] == ["AID"], [(e.type, e.trigger.text) for e in rec.events]


def test_a_negation_in_the_quote_before_a_participle_does_not_negate_it() -> None:
    # "… دون أن تقدم الوزارة أي تعويض»، مطالباً برفع المنع": the demand after the quote is made
    rec = extract("وقال رئيس جمعية البحارة إن «أكثر من 1500 بحار فقدوا مصدر رزقهم، دون أن تقدم الوزارة أي تعويض»، "
                  "مطالباً برفع المنع.", published="2026-02-17")
    assert [e.status for e in rec.events if e.type == "REQUEST"] == ["occurred"], \
        [(e.type, e.status, e.trigger.text) for e in rec.events]


def test_fishermen_hold_their_sit_in() -> None:
    # "نظّم مئات البحارة … وقفة احتجاجية": البحارة, Maghreb fishermen, a people of their own
    rec = extract("الصويرة – نظّم مئات البحارة ومهنيي الصيد التقليدي، صباح أمس الاثنين، وقفة احتجاجية أمام مقر "
                  "المندوبية الإقليمية للصيد البحري بميناء الصويرة.", published="2026-02-17")
    assert _roles_of(rec, "PROTEST") == [["البحارة"]], _roles_of(rec, "PROTEST")


def test_who_a_statement_says_stands_behind_an_act_is_accused() -> None:
    # "قال الجيش إن حزب الله يقف وراء إطلاق الصواريخ": the speaker lays the act at the subject's door
    rec = extract("وقال الجيش اللبناني في بيان إن حزب الله يقف وراء إطلاق الصواريخ على الجليل.", published="2026-01-14")
    assert [(a, r) for a, r in zip(_roles_of(rec, "ACCUSE"), _roles_of(rec, "ACCUSE", "recipient"))] == \
        [(["الجيش اللبناني"], ["حزب الله"])], [(e.type, e.trigger.text) for e in rec.events]


def test_a_cell_that_stands_behind_an_attack_in_a_relative_clause_is_no_accusation() -> None:
    # (a guard) "اعتقال أربعة متهمين ينتمون إلى خلية إرهابية تقف وراء تفجير": a description, no one's allegation
    rec = extract("أعلنت قيادة شرطة كركوك اعتقال أربعة متهمين ينتمون إلى خلية إرهابية تقف وراء تفجير عبوة ناسفة.",
                  published="2026-01-14")
    assert not [e for e in rec.events if e.type == "ACCUSE"], [(e.type, e.trigger.text) for e in rec.events]


def test_a_siege_kept_since_a_time_is_ongoing() -> None:
    # "تُحكم … حصارها على مدينة الدلنج منذ أكثر من ثلاثة أسابيع": a siege kept up since then, still going on
    rec = extract("تُحكم قوات الحركة الشعبية لتحرير السودان – شمال حصارها على مدينة الدلنج منذ أكثر من ثلاثة أسابيع.",
                  published="2025-11-26")
    assert [e.status for e in rec.events if e.type == "COERCE"] == ["ongoing"], \
        [(e.type, e.status, e.trigger.text) for e in rec.events]


def test_a_siege_ended_is_done_whatever_it_lasted_since() -> None:
    # (a guard) "أنهت وساطة قبلية حصاراً فرضته الجماعة منذ 27 يونيو": ended, so it happened
    rec = extract("أنهت وساطة قبلية، مساء الاثنين، حصاراً فرضته جماعة الحوثي منذ 27 يونيو الماضي على قرى قبيلة آل "
                  "عواض في مديرية ولد ربيع.", published="2026-07-07")
    assert [e.status for e in rec.events if e.type == "COERCE"] == ["occurred"], \
        [(e.type, e.status, e.trigger.text) for e in rec.events]


def test_an_act_announced_on_one_day_is_dated_by_its_operation() -> None:
    # "أعلنت …، اليوم الخميس، تفكيك شبكة …، في عملية نُفذت مساء أمس الأربعاء": the day of the operation, not of
    # the announcement
    rec = extract("أعلنت مديرية شرطة الرميثة، اليوم الخميس، تفكيك شبكة لتهريب الوقود، في عملية نُفذت مساء أمس "
                  "الأربعاء قرب صفوان.", published="2026-03-12")
    assert [e.date for e in rec.events if e.type == "COERCE"] == ["2026-03-11"], \
        [(e.type, e.date, e.trigger.text) for e in rec.events]


@pytest.mark.parametrize("text, actor", [
    # the crowd that marched, named before a time set off by commas, or counted by a figure from a body of people
    ("نفّذ أصحاب الشهادات العليا، أمس الاثنين، مسيرة سلمية في مدينة مكثر.", "أصحاب الشهادات العليا"),
    ("نفّذ نحو 200 من الأطباء، صباح اليوم، مسيرة سلمية في مدينة تالة.", "الأطباء"),
])
def test_a_march_is_held_by_the_crowd_before_it(text: str, actor: str) -> None:
    rec = extract(text, published="2025-04-15")
    assert _roles_of(rec, "PROTEST") == [[actor]], [(e.type, e.trigger.text) for e in rec.events]


def test_a_march_and_a_sit_in_are_two_protests() -> None:
    # "انطلقت المسيرة بدعوة من التنسيقية، التي يخوض أعضاؤها اعتصاماً": the sit-in is another protest, under way since a day
    rec = extract("نفّذ الأطباء مسيرة في منزل بوزيان. وانطلقت المسيرة من أمام مقر الاتحاد بدعوة من تنسيقية "
                  "المعطلين عن العمل، التي يخوض عدد من أعضائها منذ 3 فيفري 2025 اعتصاماً مفتوحاً أمام المعتمدية.",
                  published="2025-04-15")
    protests = sorted((e.trigger.text[:5], e.status) for e in rec.events if e.type == "PROTEST")
    assert len(protests) == 2 and ("اعتصا", "ongoing") in protests, protests


@pytest.mark.parametrize("text, status", [
    # a sit-in held since a day told before it is going on
    ("ويخوض المعلمون منذ أسبوع اعتصاماً مفتوحاً أمام المندوبية في قبلاط.", "ongoing"),
    # (a guard) the first one since a year is done
    ("ونفّذ المعلمون للمرة الأولى منذ 2019 اعتصاماً أمام المندوبية في قبلاط.", "occurred"),
])
def test_a_protest_since_a_time_told_before_it(text: str, status: str) -> None:
    rec = extract(text, published="2025-04-15")
    assert [e.status for e in rec.events if e.type == "PROTEST"] == [status], \
        [(e.type, e.status, e.trigger.text) for e in rec.events]


def test_a_numbered_law_s_year_is_no_date() -> None:
    # "احتجاجاً على … القانون عدد 38 لسنة 2020": the law's year, not the day of the road block
    rec = extract("وأغلق المحتجون الطريق الوطنية في تالة احتجاجاً على عدم تفعيل القانون عدد 38 لسنة 2020.",
                  published="2025-04-15")
    assert [e.date for e in rec.events if e.type == "PROTEST"] == ["2025-04-15"], \
        [(e.type, e.date, e.trigger.text) for e in rec.events]


def test_a_post_holder_named_past_his_town_and_its_province_is_the_target() -> None:
    # "اغتال مسلحون عضو لجنة المصالحة في مدينة إنخل بريف درعا الشمالي X": the member, not his committee
    rec = extract("اغتال مسلحون مجهولون، فجر اليوم، عضو لجنة المصالحة في مدينة إنخل بريف درعا الشمالي خالد فواز "
                  "الحريري، أثناء عودته إلى منزله.", published="2025-12-02")
    assert _roles_of(rec, "ASSAULT", "recipient") == [["خالد فواز الحريري"]], \
        [(e.type, e.trigger.text) for e in rec.events]


def test_where_smuggled_goods_came_from_is_not_where_the_smugglers_were_hit() -> None:
    # "… كميات من المواد المخدرة قادمة من الأراضي العراقية": the origin of the drugs, no scene of the attack
    rec = extract("أعلن الجيش الأردني، اليوم، مقتل ثلاثة مهربين وإصابة آخرين خلال إحباط محاولة تهريب كميات كبيرة من "
                  "المواد المخدرة قادمة من الأراضي العراقية، على الواجهة الحدودية الشرقية قرب بلدة الرويشد.",
                  published="2026-01-21")
    assert _roles_of(rec, "ASSAULT", "actor") == [["الجيش الأردني"]] and \
        not [x for loc in _roles_of(rec, "ASSAULT", "location") for x in loc if x == "العراق"], \
        [(e.type, e.trigger.text) for e in rec.events]


def test_the_states_of_two_delegations_meet_and_agree() -> None:
    # "اجتماع … بين وفدين أمنيين من تونس وليبيا، اتفق خلاله البلدان على …": the two states, who then agree
    rec = extract("وعُقد أمس في الدوحة اجتماع بين وفدين أمنيين من تونس وليبيا، اتفق خلاله البلدان على تبادل "
                  "المعلومات.", published="2026-01-21")
    assert _roles_of(rec, "CONSULT") == [["تونس", "ليبيا"]] and _roles_of(rec, "AGREE") == [["تونس", "ليبيا"]], \
        [(e.type, e.trigger.text) for e in rec.events]


def test_the_owner_of_a_column_told_past_what_it_comprises_moves_it() -> None:
    # "وصول رتل يضم نحو 40 آلية تابعة لوزارة الداخلية": the ministry's column
    rec = extract("وجاء ذلك بعد ساعات من وصول رتل يضم نحو 30 آلية تابعة لوزارة الداخلية إلى محيط معبر وازن.",
                  published="2026-03-16")
    assert _roles_of(rec, "MOBILIZE") == [["وزارة الداخلية"]], [(e.type, e.trigger.text) for e in rec.events]


@pytest.mark.parametrize("text", [
    # (guards) floods and water that sweep homes away or trap families are no party's attack or siege
    "جرفت سيول عارمة عشرات المنازل الطينية في مدينة طولقة.",
    "وأفادت الحماية المدنية بأن وحداتها أخرجت 20 عائلة حاصرتها المياه داخل منازلها في مدينة طولقة.",
])
def test_floods_are_no_attack(text: str) -> None:
    rec = extract(text, published="2025-10-21")
    assert not [e for e in rec.events if e.type in ("ASSAULT", "COERCE")], [(e.type, e.trigger.text) for e in rec.events]


def test_families_rescued_are_people_saved() -> None:
    # "إنقاذ 37 عائلة": families counted are the people saved
    rec = extract("وتمكنت وحدات الحماية المدنية خلال الليل من إنقاذ 25 عائلة في مدينة طولقة.", published="2025-10-21")
    assert [e.type for e in rec.events] == ["AID"], [(e.type, e.trigger.text) for e in rec.events]


@pytest.mark.parametrize("text, actor, recipient", [
    # funds set aside are economic aid, to the one they support
    ("وأعلن المفوض أن الاتحاد الأوروبي سيخصص 30 مليون يورو إضافية لدعم قدرات موريتانيا في مراقبة السواحل.",
     ["الاتحاد الأوروبي"], ["موريتانيا"]),
    ("وقررت الحكومة تخصيص غلاف مالي بقيمة 200 مليون دينار لإعادة إسكان المتضررين في طولقة.", ["الحكومة"], []),
])
def test_funds_set_aside_are_economic_aid(text: str, actor: list[str], recipient: list[str]) -> None:
    rec = extract(text, published="2026-02-09")
    assert [(e.mode, a, r) for e, a, r in zip([e for e in rec.events if e.type == "AID"], _roles_of(rec, "AID"),
                                            _roles_of(rec, "AID", "recipient"))] == [("economic", actor, recipient)], \
        [(e.type, e.trigger.text) for e in rec.events]


def test_a_room_set_aside_is_no_aid() -> None:
    # (a guard) "خصصت البلدية القاعة الكبرى للاجتماع": no money, no aid
    rec = extract("وخصصت البلدية القاعة الكبرى في طولقة للاجتماع.", published="2026-02-09")
    assert not [e for e in rec.events if e.type == "AID"], [(e.type, e.trigger.text) for e in rec.events]


def test_whom_an_accusation_says_stands_behind_an_attack_is_its_attacker() -> None:
    # "هجوم بطائرة مسيّرة استهدف محطة …، واتهمت السلطات المحلية الدعم السريع بالوقوف وراءه": the alleged attacker
    rec = extract("وتعرضت محطة كهرباء سنار لهجوم بطائرة مسيّرة فجر اليوم، من دون أن يسفر عن إصابات، واتهمت "
                  "السلطات المحلية قوات الدعم السريع بالوقوف وراءه.", published="2026-01-20")
    assert _roles_of(rec, "ASSAULT") == [["قوات الدعم السريع"]], [(e.type, e.trigger.text) for e in rec.events]


def test_a_ministry_holds_no_strike() -> None:
    # (a guard) "إن الوزارة «تدخلت منذ اليوم الأول للإضراب»": the ministry faces the strike, it does not hold it
    rec = extract("وقال المتحدث باسم وزارة العمل إن الوزارة تدخلت منذ اليوم الأول للإضراب لتقريب وجهات النظر.",
                  published="2026-02-04")
    assert not [a for a in _roles_of(rec, "PROTEST") if "وزارة العمل" in a], [(e.type, e.trigger.text) for e in rec.events]


def test_what_an_accord_told_before_provides_is_no_new_accord() -> None:
    # "وبموجب الاتفاق، تُصرف الدفعة الأولى في 15 فبراير": the accord reached before, referred to
    rec = extract("توصلت إدارة الشركة، أمس، إلى اتفاق مع ممثلي العمال. وبموجب الاتفاق، تُصرف الدفعة الأولى من "
                  "المستحقات في 15 مارس المقبل.", published="2026-02-04")
    assert len([e for e in rec.events if e.type == "AGREE"]) == 1, [(e.type, e.trigger.text) for e in rec.events]


def test_a_meeting_the_parties_agreed_during_is_theirs() -> None:
    # "اتفقت ليبيا وتونس، خلال اجتماع للجنة الأمنية المشتركة، على …": the two states met, in their joint committee
    rec = extract("واتفقت الجزائر وتونس، خلال اجتماع للجنة الحدودية المشتركة عُقد في طبرقة أمس، على توحيد ساعات العمل "
                  "في المعابر.", published="2026-03-16")
    assert [a[:2] for a in _roles_of(rec, "CONSULT")] == [["الجزائر", "تونس"]], \
        [(e.type, e.trigger.text) for e in rec.events]


@pytest.mark.parametrize("text, status", [
    # a deployment kept up since a time is going on
    ("وأعلنت القيادة أن الجيش دفع منذ صباح اليوم الخميس بـ800 عسكري إضافي إلى الحدود الشرقية.", "ongoing"),
    ("وكانت السلطات قد عززت منذ الأسبوع الماضي انتشار عناصرها على طول الشريط الحدودي قرب طولقة.", "ongoing"),
    # (a guard) the first since a year is done
    ("ودفع الجيش للمرة الأولى منذ 2019 بتعزيزات إلى الحدود الشرقية.", "occurred"),
])
def test_a_deployment_kept_up_since_a_time(text: str, status: str) -> None:
    rec = extract(text, published="2026-01-22")
    assert [e.status for e in rec.events + rec.uncoded if e.type == "MOBILIZE"] == [status], \
        [(e.type, e.status, e.trigger.text) for e in rec.events]


def test_a_participle_after_an_adjective_of_going_on_is_done() -> None:
    # "… عن التصعيد المتواصل، مطالبةً الإدارة الأميركية بالتدخل": the adjective is the escalation's; the demand is made
    rec = extract("أدانت الهيئة، في بيان، حكومة الاحتلال بسبب القصف المستمر، مطالبةً المجتمع الدولي بالتدخل العاجل "
                  "لوقف الاقتحامات في طوباس.", published="2026-01-22")
    assert [e.status for e in rec.events + rec.uncoded if e.type == "REQUEST"] == ["occurred"], \
        [(e.type, e.status, e.trigger.text) for e in rec.events + rec.uncoded]


def test_the_outcome_past_a_time_has_the_operations_actor() -> None:
    # "وأسفرت حتى مساء أمس عن اعتقال تسعة": a time between the verb of outcome and what it resulted in
    rec = extract("وأطلقت قيادة شرطة الأنبار عملية تفتيش واسعة في قضاء هيت، شملت البساتين المحاذية للنهر، وأسفرت "
                  "حتى مساء أمس عن اعتقال خمسة مشتبه بهم.", published="2026-02-03")
    assert _roles_of(rec, "COERCE") == [["قيادة شرطة الأنبار"]], \
        [(e.type, e.trigger.text) for e in rec.events + rec.uncoded]


def test_they_are_not_the_one_person_speaking() -> None:
    # "قال ضابط … إن المهاجمين …، مضيفاً أنهم لاذوا بالفرار": "they" are the attackers, not the officer
    rec = extract("وقال ضابط في قيادة عمليات الأنبار إن المهاجمين «استخدموا أسلحة متوسطة»، مضيفاً أنهم أطلقوا "
                  "النار على دورية قرب بلدة القائم.", published="2026-02-03")
    assert [e.actor for e in rec.events + rec.uncoded if e.type == "ASSAULT"] == [[]], \
        [(e.type, e.trigger.text, e.actor) for e in rec.events + rec.uncoded]


@pytest.mark.parametrize("text", [
    "وتعتزم الجزائر وتونس عقد اجتماع للجنة الحدودية المشتركة الأسبوع المقبل.",
    "وقال مصدر إن الجزائر وتونس تعتزمان عقد اجتماع للجنة الحدودية المشتركة الأسبوع المقبل.",
])
def test_the_parties_holding_a_meeting_of_their_joint_body_meet(text: str) -> None:
    # the subject of "عقد", past a verb of intent, meets; not only the joint committee the meeting is of
    rec = extract(text, published="2026-03-16")
    actors = _roles_of(rec, "CONSULT")
    assert len(actors) == 1 and {"الجزائر", "تونس"} <= set(actors[0]), actors


def test_a_shipment_of_tents_sent_is_aid_from_its_sender() -> None:
    # counted relief in the singular ("800 خيمة و3 آلاف بطانية"), the shipment "أرسلت" (sent) by the agency
    rec = extract("وأرسلت منظمة الهجرة الدولية شحنة تضم 600 خيمة و2000 بطانية وصلت إلى سبها أمس.",
                  published="2026-03-16")
    assert _roles_of(rec, "AID") == [["منظمة الهجرة الدولية"]], \
        [(e.type, e.trigger.text, e.actor) for e in rec.events + rec.uncoded]


def test_units_managing_and_other_units_act_for_their_force() -> None:
    # the body of a unit before a verb of managing destroys; "other" units are the same force's, and so is the
    # clause after "بعد أن" whose verb names no subject
    rec = extract("وأعلنت وزارة الدفاع الوطني أن مفرزة للجيش الوطني الشعبي تمكنت من كشف وتدمير مخبأ للجماعات "
                  "الإرهابية قرب عين قزام. وأشارت الوزارة إلى أن مفارز أخرى أوقفت (03) عناصر دعم بولاية إليزي، "
                  "بعد أن كانت قد دمرت في جوان الماضي مخبأين آخرين.", published="2026-07-12")
    got = [(e.type, e.trigger.text, e.actor) for e in rec.events + rec.uncoded]
    army = next(e.id for e in rec.entities if e.name_ar == "الجيش الوطني الشعبي")
    assert [(t, a) for t, _, a in got] == [("ASSAULT", [army]), ("COERCE", [army]), ("ASSAULT", [army])], got


def test_a_military_region_reinforces_its_deployment() -> None:
    # "عززت قيادة الناحية العسكرية الرابعة انتشار وحداتها": a deployment stepped up by a named region
    rec = extract("وعلى إثر الهجوم، عززت قيادة الناحية العسكرية الرابعة انتشار وحداتها على الشريط الحدودي "
                  "قرب برج باجي مختار.", published="2026-07-12")
    assert _roles_of(rec, "MOBILIZE") == [["قيادة الناحية العسكرية الرابعة"]], \
        [(e.type, e.trigger.text, e.actor) for e in rec.events + rec.uncoded]


def test_a_protest_followed_by_another_shares_its_day() -> None:
    # "تنظيم وقفة احتجاجية يعقبها اعتصام أمام مقر العمالة يوم الاثنين المقبل": one programme, one day to come
    rec = extract("وأعلن المكتب النقابي، في بلاغ، تنظيم وقفة احتجاجية يعقبها اعتصام أمام مقر عمالة سطات يوم "
                  "الاثنين المقبل.", published="2026-01-21")
    got = [(e.status, e.date) for e in rec.events if e.type == "PROTEST"]
    assert got and all(g == ("planned", "2026-01-26") for g in got), got


def test_a_strike_counted_by_its_day_after_it_goes_on() -> None:
    # "إضرابهم عن العمل لليوم الثالث على التوالي": the day counted after the noun, past a long subject
    rec = extract("يواصل عمال شركة «أطلس كابل» المتخصصة في صناعة الأسلاك الكهربائية وأجزاء السيارات، بالمنطقة "
                  "الصناعية بسطات، إضرابهم عن العمل لليوم الثالث على التوالي.", published="2026-01-21")
    assert [e.status for e in rec.events if e.type == "PROTEST"] == ["ongoing"], \
        [(e.type, e.status, e.trigger.text) for e in rec.events]


@pytest.mark.parametrize("text", [
    "وأفرغت السفينة شحنة من 3 آلاف طن من القمح قدمتها الجزائر مساعدةً للشعب الليبي.",
    "ووزعت فرق الإغاثة شحنة أدوية تبرعت بها الجزائر على المستشفيات.",
])
def test_relief_given_in_a_relative_clause_is_its_givers(text: str) -> None:
    # the subject of "قدمتها"، "تبرعت بها" after the relief gave it
    rec = extract(text, published="2026-01-20")
    assert _roles_of(rec, "AID") == [["الجزائر"]], [(e.type, e.trigger.text, e.actor) for e in rec.events]


def test_paying_its_price_is_no_praise() -> None:
    # (a guard) "لتسديد ثمنه": its price, not "ثمّنه" (praised it)
    rec = extract("ورفض الفلاحون تسليم المحصول قبل تسديد ثمنه.", published="2025-07-15")
    assert not [e for e in rec.events + rec.uncoded if e.type == "SUPPORT"]


def test_reinforcements_past_two_adjectives_are_their_owners() -> None:
    # "تعزيزات عسكرية كبيرة للجيش السوداني": the owner after ل, past two adjectives
    rec = extract("ووصلت إلى مدينة مروي، أمس الثلاثاء، تعزيزات عسكرية كبيرة للجيش السوداني قادمة من عطبرة.",
                  published="2026-02-11")
    assert _roles_of(rec, "MOBILIZE") == [["الجيش السوداني"]], \
        [(e.type, e.trigger.text, e.actor) for e in rec.events + rec.uncoded]


def test_people_counted_after_an_arrest_are_of_the_body_told_before() -> None:
    # "اعتصاماً كان يخوضه عشرات الطلبة …، وأوقفت سبعة طلبة": the students counted are of the students' body
    rec = extract("مكناس – «الأطلس»\nفرّقت عناصر الدرك الملكي، مساء أمس، اعتصاماً كان يخوضه عشرات الطلبة أمام "
                  "الكلية، وأوقفت سبعة طلبة.", published="2026-01-20")
    assert _roles_of(rec, "COERCE", "recipient") == [["الطلبة"]], \
        [(e.type, e.trigger.text, e.recipient) for e in rec.events + rec.uncoded]


def test_students_counted_are_no_demand_and_are_arrested() -> None:
    # "أحد عشر طالباً": a noun counted in the accusative, not the dual of طالب (to demand); students are persons
    rec = extract("مكناس – «الأطلس»\nوأوقفت الشرطة، مساء أمس، أحد عشر طالباً أمام الكلية.", published="2025-11-19")
    assert [e.type for e in rec.events + rec.uncoded] == ["COERCE"], \
        [(e.type, e.trigger.text) for e in rec.events + rec.uncoded]


def test_a_curfew_that_takes_effect_later_is_planned() -> None:
    # "…، يبدأ سريانه مساء اليوم الأربعاء": announced now, in force from a time to come, that day
    rec = extract("وأعلنت حكومة الولاية الشمالية فرض حظر للتجوال في مروي من الساعة الثامنة مساءً حتى السادسة صباحاً، "
                  "يبدأ سريانه مساء اليوم الأربعاء ويستمر حتى إشعار آخر.", published="2026-02-11")
    assert [(e.status, e.date) for e in rec.events + rec.uncoded if e.type == "COERCE"] == [("planned", "2026-02-11")], \
        [(e.type, e.status, e.date) for e in rec.events + rec.uncoded]


def test_attacks_stepped_up_by_the_subject_before_the_verb() -> None:
    # "وكانت جماعة الحوثي قد صعّدت خلال الشهر الماضي هجماتها على السفن": the subject before the verb of stepping up
    rec = extract("وكانت جماعة الحوثي قد صعّدت خلال الشهر الماضي هجماتها على السفن التجارية في خليج عدن.",
                  published="2025-10-08")
    assert _roles_of(rec, "ASSAULT") == [["الحوثيون"]], [(e.type, e.trigger.text, e.actor) for e in rec.events]


def test_the_datelines_place_is_no_strikes_doer() -> None:
    # "X – «…»\nواصل 1800 عامل من عمال الشحن … إضرابهم": "their strike" is the counted workers', not the dateline city's
    rec = extract("ينبع – «الساحل اليوم»\nواصل نحو 900 عامل من عمال الشحن والتفريغ في ميناء ينبع، اليوم الثلاثاء، "
                  "إضرابهم عن العمل لليوم الثالث.", published="2026-02-17")
    assert _roles_of(rec, "PROTEST") == [["عمال الشحن"]], [(e.type, e.trigger.text, e.actor) for e in rec.events]


@pytest.mark.parametrize("text,typ", [
    # a road closed by people who are no state body is a protest that blocks it
    ("يواصل عشرات التجار في مدينة جرجيس، لليوم السادس على التوالي، غلق الطريق الرابطة بين المدينة والميناء، "
     "احتجاجاً على إجراءات ديوانية.", "PROTEST"),
    # told as the subject of the verb of setting about it
    ("أقدم عشرات البحارة في مدينة جرجيس، صباح أمس الثلاثاء، على غلق الطريق الرابطة بين المدينة والميناء، "
     "احتجاجاً على تراجع الصيد.", "PROTEST"),
    # (a guard) the authorities set about it: a restriction
    ("أقدمت السلطات الجهوية في جرجيس، صباح أمس، على غلق الطريق الرابطة بين المدينة والميناء.", "COERCE"),
    # (a guard) closed by the authorities, it stays a restriction
    ("وقررت السلطات الجهوية في جرجيس غلق الطريق الرابطة بين المدينة والميناء بصفة وقتية.", "COERCE"),
])
def test_a_closure_by_civilians_is_a_protest(text: str, typ: str) -> None:
    rec = extract(text, published="2025-05-06")
    closures = [e for e in rec.events + rec.uncoded if e.trigger.text == "غلق"]
    assert [e.type for e in closures] == [typ], [(e.type, e.mode, e.trigger.text, e.actor) for e in rec.events]


def test_a_closure_after_people_chased_is_no_protest() -> None:
    # (a guard) the people named in the clause before are not the closer: "في مطاردة الناشطين …، وأغلقت مداخل …"
    rec = extract("واستخدمت أجهزة الأمن الكلاب البوليسية في مطاردة الناشطين في وسط المدينة، وأغلقت مداخل عدة ميادين "
                  "وشوارع.", published="2025-05-06")
    assert not [e for e in rec.events + rec.uncoded if e.type == "PROTEST"], \
        [(e.type, e.mode, e.trigger.text, e.actor) for e in rec.events]


def test_smugglers_seize_nothing() -> None:
    # "وأن المهربين بادروا بإطلاق النار …، وأنه جرى ضبط …": an impersonal seizure is no smugglers' act
    rec = extract("وقال مصدر عسكري إن المهربين بادروا بإطلاق النار على القوة قرب الحدود، فجرى التعامل معهم. وأوضح "
                  "المصدر أنه جرى ضبط كميات من الحشيش.", published="2026-01-22")
    seized = [e for e in rec.events + rec.uncoded if e.type == "COERCE"]
    assert seized and all("المهربين" not in [x.name_ar for x in rec.entities if x.id in e.actor] for e in seized), \
        [(e.type, e.trigger.text, e.actor) for e in rec.events]


@pytest.mark.parametrize("text,typ", [
    # a call made as it is said, after a comma: the coming day of the clause before is not its day
    ("وقالت بلدية طبرقة في بيان إن طواقمها ستباشر أعمال الصيانة صباح الأربعاء المقبل، داعية الحكومة إلى تقديم "
     "دعم عاجل.", "REQUEST"),
    # a strike suspended from a coming day: that is when it ends, and the suspension (a concession) is made as it
    # is announced
    ("وأعلنت اللجنة النقابية للعاملين بالشركة تعليق الإضراب واستئناف العمل اعتباراً من صباح الأربعاء المقبل.",
     "CONCEDE"),
])
def test_a_coming_day_of_another_clause_does_not_date_the_act(text: str, typ: str) -> None:
    rec = extract(text, published="2025-08-19")
    assert [(e.status, e.date) for e in rec.events + rec.uncoded if e.type == typ] == [("occurred", "2025-08-19")], \
        [(e.type, e.trigger.text, e.status, e.date) for e in rec.events + rec.uncoded]


@pytest.mark.parametrize("text, actor", [
    # "فرّقت … المتظاهرين": the protesters after the verb are its object, whether its subject is an entity (the
    # authorities of the article's country) or none ("عناصر ملثمة")
    ("وفرقت السلطات المتظاهرين بالقوة أمام مقر الولاية.", ["السلطات"]),
    ("وفرقت عناصر ملثمة المتظاهرين بالقوة أمام مقر الولاية.", []),
])
def test_protesters_dispersed_are_not_the_dispersers(text: str, actor: list[str]) -> None:
    rec = extract(text, published="2026-05-14")
    dispersals = [e for e in rec.events + rec.uncoded if e.type == "ASSAULT"]
    by = {e.id: e.name_ar for e in rec.entities}
    assert [([by[x] for x in e.actor], [by[x] for x in e.recipient]) for e in dispersals] == [(actor, ["المتظاهرين"])], \
        [(e.type, e.trigger.text, e.actor, e.recipient) for e in dispersals]


def test_who_is_involved_in_an_attack_made_it() -> None:
    # "كشفت التحقيقات تورط الخلية في تفجير عبوتين": the body involved, the genitive of «تورط»
    rec = extract("أعلنت الشرطة تفكيك خلية نائمة في قضاء الحويجة. وأوضح المتحدث أن التحقيقات الأولية كشفت تورط الخلية "
                  "في تفجير عبوتين ناسفتين استهدفتا نقطة تفتيش.", published="2025-11-12")
    assert _roles_of(rec, "ASSAULT") == [["خلية نائمة"]], [(e.type, e.trigger.text, e.actor) for e in rec.events]


def test_is_called_is_no_claim() -> None:
    # "قيادي يُدعى أبو سامر": the passive "is called" (ى), not "يدّعي" (claims), which stays an allegation
    rec = extract("داهمت قوات الأمن مستودعاً يتبع لفصيل محلي يُعرف باسم «لواء الفجر» في مدينة حماة. في المقابل، "
                  "نفى قيادي في «لواء الفجر» يُدعى أبو سامر الحلبي، في تسجيل صوتي، أن يكون المستودع تابعاً للفصيل.",
                  published="2026-04-22")
    assert [e.trigger.text for e in rec.events + rec.uncoded if e.type == "ACCUSE"] == []


def test_people_counted_as_arrested_past_another_thread_are_not_the_crowd_before() -> None:
    # "…، فيما لوّح المحتجون بـ…. وفي الأثناء، … وأوقفت 37 مهاجراً": another thread of the story, whose
    # arrested are not the protesters of the sentence before
    text = ("قابس – «الواحة»\nنفذ العشرات من أهالي المدينة وقفة احتجاجية أمام الميناء، فيما لوّح المحتجون بالتصعيد. "
            "وفي الأثناء، أحبطت وحدات الحرس البحري بقابس عملية اجتياز للحدود البحرية خلسة، وأوقفت 37 مهاجراً كانوا "
            "على متن مركب.")
    rec = extract(text, published="2025-09-22")
    assert _roles_of(rec, "COERCE", "recipient") == [[]], _roles_of(rec, "COERCE", "recipient")
    # (the same arrest told right after the protest, with no opener, is of that crowd)
    rec = extract(text.replace("وفي الأثناء، أحبطت", "وأحبطت"), published="2025-09-22")
    assert _roles_of(rec, "COERCE", "recipient") != [[]], _roles_of(rec, "COERCE", "recipient")


def test_a_party_does_not_threaten_itself() -> None:
    # "نفت الشركة …، وهددت إدارة الشركة بتعليق عملياتها": the company's own threat, with no threatened side
    rec = extract("نفت الشركة الوطنية لصناعة الإسمنت اتهامات السكان، وهددت إدارة الشركة بتعليق عملياتها في الموقع.",
                  published="2025-06-10")
    assert _roles_of(rec, "THREATEN") == [["الشركة الوطنية لصناعة الإسمنت"]], _roles_of(rec, "THREATEN")
    assert _roles_of(rec, "THREATEN", "recipient") == [[]], _roles_of(rec, "THREATEN", "recipient")


def test_some_of_them_is_its_own_subject() -> None:
    # "…، ويُرجَّح أن بعضهم غادر البلاد": some of the wanted men left, not the body that arrested the others
    rec = extract("وأضاف أن عناصر من جهاز البحث الجنائي تمكنوا من القبض على ثلاثة من المطلوبين في غريان، فيما لا يزال "
                  "الآخرون فارين، ويُرجَّح أن بعضهم غادر ليبيا.", published="2025-11-12")
    assert _roles_of(rec, "RETREAT") == [], _roles_of(rec, "RETREAT")


@pytest.mark.parametrize("sentence", [
    # "نقل" in the genitive of a carrier names the carrier's kind, no movement of forces
    "وقال المتحدث باسم الجيش إن طائرتي نقل أسقطتا نحو 20 طناً من الإمدادات على مواقع آمنة داخل المدينة.",
    "وأعلن الجيش أن مروحيات نقل عسكرية هبطت في مطار المدينة.",
])
def test_a_carrier_of_transport_moves_no_forces(sentence: str) -> None:
    rec = extract(sentence, published="2025-12-15")
    assert [e.trigger.text for e in rec.events + rec.uncoded if e.type == "MOBILIZE"] == []


def test_an_accusation_rejected_is_the_spokesmans_body() -> None:
    # "اتهم المتحدث باسم حكومة الإقليم، X، …، غير أن الوزارة رفضت هذه الاتهامات": the government he speaks for is the
    # one answered
    rec = extract("وفي رانية، اتهم المتحدث باسم حكومة الإقليم، هوشيار عمر رسول، الحكومة الاتحادية بالمماطلة، غير "
                  "أن وزارة المالية الاتحادية رفضت هذه الاتهامات.", published="2025-11-12")
    assert _roles_of(rec, "REJECT", "recipient") == [["حكومة إقليم كردستان"]], _roles_of(rec, "REJECT", "recipient")


def test_a_campaign_against_dealers_is_no_attack() -> None:
    # "حملة واسعة استهدفت شبكات تجارة المخدرات": a sweep aimed at dealers, not an attack on them
    rec = extract("أطلقت الشرطة العراقية حملة واسعة استهدفت شبكات تجارة المخدرات في البصرة.", published="2025-11-18")
    assert not [e for e in rec.events + rec.uncoded if e.type == "ASSAULT"], [(e.type, e.trigger.text) for e in rec.events]


def test_a_call_after_a_long_clause_of_a_coming_day_is_made_as_it_is_said() -> None:
    # "أعلنت الوزارة أن المعبر سيُعاد فتحه يوم الأحد المقبل، …، داعية المحتجين إلى …": the call is made now
    rec = extract("وأعلنت الوزارة، في بيان، أن المعبر سيُعاد فتحه يوم الأحد المقبل بعد استكمال تركيب منظومة جديدة "
                  "للجوازات وإعادة تنظيم العمل بين الأجهزة الأمنية، داعية المحتجين إلى فتح الطريق.",
                  published="2026-03-12")
    calls = [(e.status, e.date) for e in rec.events + rec.uncoded if e.type == "REQUEST"]
    assert calls and all(status == "occurred" and date != "2026-03-15" for status, date in calls), calls


@pytest.mark.parametrize("sentence,movement", [
    # water drawn off or water that came in moves no force
    ("وبدأ الجيش سحب المياه من الأحياء المنخفضة في المدينة.", False),
    ("وقال أحد السكان إن «المياه دخلت بيوتنا ومدارسنا، والحكومة تكتفي بالوعود».", False),
    # a protest moved elsewhere moves no force
    ("ولوح الفلاحون بالعودة إلى الاحتجاج ونقل وقفتهم إلى أمام مقر ولاية الجهة بالدار البيضاء.", False),
    # (a guard) a force withdrawn or entering still is
    ("سحبت القوات التركية معداتها من قاعدة بعشيقة.", True),
])
def test_water_moves_no_force(sentence: str, movement: bool) -> None:
    rec = extract(sentence, published="2024-03-10")
    assert any(e.type in ("MOBILIZE", "RETREAT") for e in rec.events) == movement, \
        [(e.type, e.trigger.text) for e in rec.events]


@pytest.mark.parametrize("sentence,arrest", [
    # where people are held names a place, not an arrest
    ("وقال إن قوات الأمن العراقية حددت هوية الخاطفين ومكان احتجاز الرهائن.", False),
    ("وكشفت منظمة العفو الدولية عن ظروف احتجاز المهاجرين في مراكز الإيواء.", False),
    # (a guard) people held are
    ("واحتجزت قوات الأمن العراقية خمسة أشخاص قرب بعقوبة.", True),
])
def test_a_place_of_detention_is_no_arrest(sentence: str, arrest: bool) -> None:
    rec = extract(sentence, published="2024-03-10")
    assert any(e.type == "COERCE" for e in rec.events) == arrest, [(e.type, e.trigger.text) for e in rec.events]


@pytest.mark.parametrize("sentence", [
    # a statement relayed is no movement ("في بيان نقلته وسائل إعلام روسية")
    "وذكر مركز المصالحة الروسي في سوريا، في بيان نقلته وسائل إعلام روسية، أن الوضع مستقر.",
])
def test_a_statement_relayed_is_no_movement(sentence: str) -> None:
    rec = extract(sentence, published="2024-03-10")
    assert not [e for e in rec.events if e.type in ("MOBILIZE", "RETREAT")], [(e.type, e.trigger.text) for e in rec.events]


def test_an_attack_to_be_stopped_is_no_act_of_who_asks() -> None:
    # "طالب الدفاع المدني بـ«التحرك العاجل لوقف استهداف المدنيين»": what is to be stopped is no occasion, and the
    # one asking did not do it
    rec = extract("وطالب الهلال الأحمر السوري، في بيان، مجلس الأمن الدولي بـ«التحرك العاجل لوقف استهداف المدنيين».",
                  published="2024-03-10")
    assert not [e for e in rec.events if e.type == "ASSAULT"], [(e.type, e.actor) for e in rec.events]


def test_money_deposited_is_no_remand() -> None:
    # (a guard) "أودعت الشركة مبلغاً في البنك": a deposit, no custody named
    rec = extract("وأودعت وزارة المالية العراقية مبلغاً كبيراً في البنك المركزي.", published="2024-03-10")
    assert not [e for e in rec.events if e.type == "COERCE"], [(e.type, e.trigger.text) for e in rec.events]


@pytest.mark.parametrize("sentence", [
    # (a guard) a district called a province, and the categorical adjective, boycott nothing
    "وزار الوالي مقاطعة توجنين في نواكشوط أمس.",
    "وأكدت الحكومة التونسية رفضها القاطع للقرار.",
    # a boycott others are asked to make is what is demanded, no protest of its own
    "وطالب المتظاهرون في القاهرة بقطع العلاقات مع الدنمارك، ومقاطعة المنتجات الدنماركية.",
])
def test_no_boycott_without_what_is_boycotted(sentence: str) -> None:
    rec = extract(sentence, published="2024-03-10")
    assert not [e for e in rec.events if e.mode == "boycott"], [(e.type, e.trigger.text) for e in rec.events]


def test_a_scholarship_won_is_no_aid() -> None:
    # (a guard) "حصل الطالب على منحة دراسية": a grant with no one giving it to another
    rec = extract("وحصل الطالب العراقي على منحة دراسية في جامعة القاهرة.", published="2024-03-10")
    assert not [e for e in rec.events if e.type == "AID"], [(e.type, e.trigger.text) for e in rec.events]


@pytest.mark.parametrize("sentence", [
    # (a guard) talks or a membership frozen is no sanction
    "وقررت النقابة العامة للتعليم تجميد عضويتها في المجلس الاقتصادي.",
    "وجمدت الحكومة العراقية المفاوضات مع إقليم كردستان.",
])
def test_no_assets_no_freeze(sentence: str) -> None:
    rec = extract(sentence, published="2024-03-10")
    assert not [e for e in rec.events if e.type == "SANCTION"], [(e.type, e.trigger.text) for e in rec.events]


def test_roads_blocked_told_indefinitely() -> None:
    # "قطع محتجون غاضبون طرقاً رئيسية": roads in the accusative, indefinite, are blocked all the same
    rec = extract("الناصرية – قطع محتجون غاضبون طرقاً رئيسية في المدينة بالإطارات المشتعلة.", published="2024-03-10")
    assert [e.mode for e in rec.events if e.type == "PROTEST"] == ["obstruct"], [(e.type, e.trigger.text) for e in rec.events]



def test_a_complaint_filed_by_an_institution_is_no_remand() -> None:
    # "لم تودع المؤسسة أي شكوى": an institution filing nothing holds no one; only the penal one is a prison
    rec = extract("وهران – اعتصم عمال مؤسسة ميناء وهران أمام المديرية. وقال المدير العام إن «مصالح الأمن لم توقف أي "
                  "عامل، ولم تودع المؤسسة أي شكوى بالتخريب».", published="2024-03-10")
    assert not [e for e in rec.events if e.type == "COERCE" and e.trigger.text.startswith("تودع")], \
        [(e.type, e.trigger.text) for e in rec.events]
