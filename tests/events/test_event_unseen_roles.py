"""Roles on wording unlike the dev articles: the claimed attacker of a passive casualty report,
counted casualties as the target, an unnamed plural subject before the named object, and
nationalities on a counted noun or a drone (the last with the real actor layer)."""

from __future__ import annotations

import datetime as dt

import pytest
from event_helpers import country, names, readings

from marsad.doc import Doc
from marsad.pipeline import Pipeline

ISIS = (["تنظيم داعش"], "ORG", {"actor_code": "IMGMUSISI"})
IQARMY = (["الجيش العراقي", "جنود عراقيين"], "ORG", {"country": "IQ", "actor_code": "IRQMIL"})
DIYALA = (["ديالى"], "LOC", {"country": "IQ"})
KIRKUK = (["كركوك"], "LOC", {"country": "IQ"})
GOV = (["الحكومة العراقية"], "ORG", {"country": "IQ", "actor_code": "IRQGOV"})
GOVERNOR = (["محافظ البصرة"], "PER", {"country": "IQ"})
WASHINGTON = (["واشنطن"], "LOC", country("US", 38.9, -77.0))
TEHRAN = (["طهران"], "LOC", country("IR", 35.7, 51.4))
JOMFA = (["وزارة الخارجية الأردنية"], "ORG", {"country": "JO"})
ISRAEL = (["إسرائيل"], "LOC", country("IL", 31.5, 34.8))
IQMFA = (["وزارة الخارجية العراقية", "الخارجية العراقية"], "ORG", {"country": "IQ"})
UNIFIL = (["اليونيفيل"], "ORG", {})
OMAN = (["سلطنة عمان"], "LOC", country("OM", 21.0, 57.0))
OMNAVY = (["البحرية العمانية"], "ORG", {"country": "OM"})
MFA_NAMES = {"وزارة الخارجية العراقية", "الخارجية العراقية"}
TURKEY = (["تركيا"], "LOC", country("TR", 39.0, 35.0))
SPOKESMAN = (["سامر العلي"], "PER", {"country": "JO"})
SECURITY = (["عناصر الأمن"], "ORG", {"country": "TN"})
PROTESTERS = (["المحتجين"], "ORG", {"country": "TN", "kind": "crowd"})
STUDENTS = (["الطلاب"], "ORG", {"country": "TN", "kind": "crowd"})
CABINET = (["مجلس الوزراء"], "ORG", {"country": "LB"})
PM = (["نواف سلام"], "PER", {"country": "LB", "role": "رئيس مجلس الوزراء"})
FRFM = (["وزير الخارجية الفرنسي"], "PER", {"country": "FR"})
JOPM = (["جعفر حسان"], "PER", {"country": "JO"})
IQPM = (["محمد شياع السوداني"], "PER", {"country": "IQ"})
SOMALIA_CAP = (["مقديشو"], "LOC", country("SO", 2.0, 45.3))
KEN_ENVOY = (["السفير الكيني"], "PER", {"country": "KE"})
KENYA = (["كينيا"], "LOC", country("KE", 0.0, 38.0))
SUDAN_GOV2 = (["الحكومة السودانية"], "ORG", {"country": "SD"})
JO_PARL = (["مجلس النواب"], "ORG", {"country": "JO"})
JO_GOV = (["الحكومة"], "ORG", {"country": "JO"})
USFORCES = (["القوات الأمريكية"], "ORG", {"country": "US"})
SYARMY = (["الجيش السوري"], "ORG", {"country": "SY"})


@pytest.mark.parametrize("text,entities,typ,roles", [
    # the attack a casualty report names was claimed or carried out by X
    ("قُتل ثلاثة جنود بهجوم تبناه تنظيم داعش في ديالى.", [ISIS, DIYALA], "ASSAULT",
     {"actor": {"تنظيم داعش"}, "location": {"ديالى"}}),
    ("سقط قتيلان في هجوم نفذه تنظيم داعش قرب كركوك.", [ISIS, KIRKUK], "ASSAULT", {"actor": {"تنظيم داعش"}}),
    # the counted dead are the target, not the actor; the trigger words of one attack are one event
    ("قُتل ثلاثة جنود عراقيين في هجوم لتنظيم داعش في كركوك.", [IQARMY, ISIS, KIRKUK], "ASSAULT",
     {"actor": {"تنظيم داعش"}, "recipient": {"الجيش العراقي", "جنود عراقيين"}, "location": {"كركوك"}}),
    # an unnamed plural subject right after the verb: the entity after it is the object
    ("طالب المحتجون الحكومة العراقية بتوفير فرص العمل.", [GOV], "REQUEST", {"recipient": {"الحكومة العراقية"}}),
    ("طالب المتظاهرون محافظ البصرة بالاستقالة.", [GOVERNOR], "REQUEST", {"recipient": {"محافظ البصرة"}}),
    # a resumptive pronoun between the verb and its subject; two capitals in a row are subject and object
    ("في حادثة اتهمت فيها واشنطن طهران بالوقوف وراءها.", [WASHINGTON, TEHRAN], "ACCUSE",
     {"actor": {"واشنطن"}, "recipient": {"طهران"}}),
    ("اتهمت وزارة الخارجية الأردنية إسرائيل بارتكاب انتهاكات.", [JOMFA, ISRAEL], "ACCUSE",
     {"actor": {"وزارة الخارجية الأردنية"}, "recipient": {"إسرائيل"}}),
    # دان (not only أدان) condemns
    ("ودانت وزارة الخارجية العراقية الاعتداء.", [IQMFA], "ACCUSE", {"actor": {"وزارة الخارجية العراقية"}}),
    # a demand by a named body of a named party
    ("طالبت الخارجية العراقية تركيا بوقف الاعتداءات.", [IQMFA, TURKEY], "REQUEST",
     {"actor": {"الخارجية العراقية"}, "recipient": {"تركيا"}}),
    # a demand verb coordinated after the speaker's first verb is the speaker's demand
    ('من جهتها، رحبت اليونيفيل بالخطوة، ودعت في بيان "جميع الأطراف إلى ضبط النفس".', [UNIFIL], "REQUEST",
     {"actor": {"اليونيفيل"}}),
    # an exercise whose place is named before it, as the area of a country
    ("بدأ، اليوم، في المياه الإقليمية لسلطنة عمان التمرين البحري المشترك بمشاركة البحرية العمانية.",
     [OMAN, OMNAVY], "COOPERATE", {"actor": {"البحرية العمانية"}, "location": {"سلطنة عمان"}}),
    # "في بيان" between the verb and its object does not break the clause
    ("وطالبت الخارجية العراقية في بيان تركيا بسحب قواتها.", [IQMFA, TURKEY], "REQUEST",
     {"actor": {"الخارجية العراقية"}, "recipient": {"تركيا"}}),
    ("واتهمت وزارة الخارجية الأردنية، في بيان، إسرائيل بتصعيد الانتهاكات.", [JOMFA, ISRAEL], "ACCUSE",
     {"actor": {"وزارة الخارجية الأردنية"}, "recipient": {"إسرائيل"}}),
    # who issued the statement, inside "، في بيان أصدره …،", is not the verb's object
    ("واتهمت وزارة الخارجية الأردنية، في بيان أصدره المتحدث باسمها سامر العلي، إسرائيل بتصعيد الانتهاكات.",
     [JOMFA, SPOKESMAN, ISRAEL], "ACCUSE", {"actor": {"وزارة الخارجية الأردنية"}, "recipient": {"إسرائيل"}}),
    # a verb coordinated after a subject-verb-object clause goes on with its subject, not its object
    ("وأفاد شهود بأن عناصر الأمن لاحقت المحتجين في الأزقة المجاورة واعتقلت عشرين شخصاً.",
     [SECURITY, PROTESTERS], "COERCE", {"actor": {"عناصر الأمن"}}),
    ("وقالت مصادر إن عناصر الأمن طاردت الطلاب قرب الجامعة واعتقلت خمسة منهم.",
     [SECURITY, STUDENTS], "COERCE", {"actor": {"عناصر الأمن"}}),
    # a body named in the title before a person is how the person is named, not a party of its own
    ("استقبل رئيس مجلس الوزراء نواف سلام في السراي الحكومي وزير الخارجية الفرنسي.", [CABINET, PM, FRFM], "CONSULT",
     {"actor": {"وزير الخارجية الفرنسي"}, "recipient": {"نواف سلام"}}),
    # a call received, the receiving verb with its conjunction: the caller calls the one who received it
    ("وتلقى جعفر حسان، اليوم الاثنين، اتصالاً هاتفياً من محمد شياع السوداني.", [JOPM, IQPM], "CONSULT",
     {"actor": {"محمد شياع السوداني"}, "recipient": {"جعفر حسان"}}),
    # an envoy expelled, by whoever answered with the expulsion; the state whose envoy he is is aimed at
    ("وردّت مقديشو، مساء الأحد، بطرد السفير الكيني.", [SOMALIA_CAP, KEN_ENVOY], "SANCTION",
     {"actor": {"مقديشو"}, "recipient": {"السفير الكيني"}}),
    ("وقررت الحكومة السودانية طرد السفير الكيني بعد تصريحات كينيا الأخيرة.", [SUDAN_GOV2, KEN_ENVOY, KENYA], "SANCTION",
     {"actor": {"الحكومة السودانية"}, "recipient": {"السفير الكيني", "كينيا"}}),
    # a verbal noun's genitive by ل past an indefinite adjective: the agent of a withdrawal, the object of shelling
    ("ونفى المتحدث الأنباء عن انسحاب مفاجئ للقوات الأمريكية من القاعدة.", [USFORCES], "RETREAT",
     {"actor": {"القوات الأمريكية", "للقوات الأمريكية"}}),
    ("وأدى قصف مدفعي لمواقع الجيش السوري إلى مقتل جنديين.", [SYARMY], "ASSAULT", {"recipient": {"الجيش السوري"}}),
])
def test_roles(read, text: str, entities: list, typ: str, roles: dict) -> None:
    doc = read(text, entities)
    evs = [e for e in readings(doc) if e.type == typ]
    assert len(evs) == 1, [(e.type, e.trigger.text) for e in doc.events]
    for role, want in roles.items():
        assert want <= names(doc, getattr(evs[0], role)) <= want | MFA_NAMES, role
    if "actor" not in roles:
        assert not evs[0].actor


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return Pipeline(("text", "places", "actors", "times", "numbers", "entities", "attribution", "events", "posture"))


def _run(pipe: Pipeline, text: str) -> Doc:
    return pipe(Doc(text=text, published=dt.date(2025, 8, 19)))


def _named(doc: Doc, ids: list[str]) -> list[str]:
    """The canonical names of the entities ``ids``, in order."""
    by_id = {e.id: e for e in doc.entities}
    return [by_id[x].name_ar for x in ids]


def _role_names(doc: Doc, typ: str, role: str) -> list[list[str]]:
    """For each event of type ``typ``, in order, the canonical names in its ``role``."""
    return [_named(doc, getattr(e, role)) for e in doc.events if e.type == typ]


def _expect_role(pipe: Pipeline, typ: str, role: str, want: list[list[str]], text: str) -> None:
    """Run ``text`` and check the names in ``role`` of each ``typ`` event, in order, against ``want``."""
    doc = _run(pipe, text)
    assert _role_names(doc, typ, role) == want, [(e.type, _named(doc, getattr(e, role))) for e in doc.events]


@pytest.mark.parametrize("text,country", [
    ("استهدفت طائرة مسيّرة تركية سيارة في قضاء سنجار.", "TR"),
    ("قصفت الطائرات المسيرة التركية مواقع في قضاء سنجار.", "TR"),
])
def test_drone_nationality_is_the_actor(full, text: str, country: str) -> None:
    doc = _run(full, text)
    by_id = {e.id: e for e in doc.entities}
    [ev] = [e for e in doc.events if e.type == "ASSAULT"]
    assert [by_id[a].country for a in ev.actor] == [country]


@pytest.mark.parametrize("text,country,value,place", [
    ("يتمركز نحو 900 جندي أميركي في سوريا.", "US", 900, "سوريا"),
    ("ولا يزال نحو 2500 جندي أمريكي منتشرين في العراق.", "US", 2500, "العراق"),
    ("تنشر تركيا نحو 5 آلاف جندي في شمال العراق.", "TR", 5000, "شمال العراق"),
])
def test_posture_of_a_counted_nationality(full, text: str, country: str, value: int, place: str) -> None:
    doc = _run(full, text)
    by_id = {e.id: e for e in doc.entities}
    qs = {q.id: q for q in doc.quantities}
    [p] = doc.posture
    assert by_id[p.actor].country == country
    assert qs[p.quantity].value == value
    assert place in [m.text for m in by_id[p.location].mentions] + [by_id[p.location].name_ar]


def test_a_protest_march_is_no_drone(full) -> None:
    doc = _run(full, "خرجت مسيرة حاشدة في البصرة.")
    assert not any(e.country == "TR" or e.type == "ORG" for e in doc.entities)


@pytest.mark.parametrize("text,typ,role,want", [
    # some members of a body ("مسلحون من", "عناصر من") act as the body
    ("وهاجم مسلحون من العشائر حاجزا للجيش قرب المدينة.", "ASSAULT", "actor", {"العشائر"}),
    ("واندلعت اشتباكات بين مقاتلين من العشائر وأفراد من الجيش السوري في ريف حمص.", "ASSAULT", "actor",
     {"العشائر", "الجيش السوري"}),
    # counted members are the losses: the body is the one hit, not the attacker
    ("وأعلن الجيش العراقي مقتل خمسة عناصر من تنظيم داعش في الأنبار.", "ASSAULT", "recipient", {"تنظيم داعش"}),
])
def test_some_members_of_a_body(full, text: str, typ: str, role: str, want: set) -> None:
    doc = _run(full, text)
    by_id = {e.id: e for e in doc.entities}
    [ev] = [e for e in doc.events if e.type == typ]
    assert {by_id[x].name_ar for x in getattr(ev, role)} >= want
    if role == "recipient":
        assert not {by_id[x].name_ar for x in ev.actor} & want


ARAB_LEAGUE = (["الجامعة العربية"], "ORG", {})
IRAQ = (["العراق"], "LOC", country("IQ", 33.0, 44.0))
SUDAN_GOV = (["الحكومة السودانية"], "ORG", {"country": "SD"})
UNSC = (["مجلس الأمن الدولي"], "ORG", {})


@pytest.mark.parametrize("text,entities,typ,recipient", [
    # who issued what is rejected is named in the relative clause after it
    ("رفض العراق، في بيان، البيان الذي أصدرته الجامعة العربية أمس.", [IRAQ, ARAB_LEAGUE], "REJECT",
     {"الجامعة العربية"}),
    ("ورفضت الحكومة السودانية الخطة التي طرحها مجلس الأمن الدولي لوقف القتال.", [SUDAN_GOV, UNSC], "REJECT",
     {"مجلس الأمن الدولي"}),
])
def test_the_issuer_of_what_is_rejected(read, text: str, entities: list, typ: str, recipient: set) -> None:
    doc = read(text, entities)
    [ev] = [e for e in doc.events if e.type == typ]
    assert names(doc, ev.recipient) == recipient


def test_a_backer_is_no_origin(full) -> None:
    doc = _run(full, "وانسحبت فصائل مسلحة مدعومة من إيران من مواقعها في مدينة البوكمال.")
    by_id = {e.id: e for e in doc.entities}
    [ev] = [e for e in doc.events if e.type == "RETREAT"]
    assert {by_id[x].name_ar for x in ev.origin} == {"البوكمال"}


SYFM = (["أسعد الشيباني"], "PER", {"country": "SY"})


@pytest.mark.parametrize("text,entities,actor", [
    # an accord's signatories, named in the relative clause after it
    ("وأشار إلى تفاهم باريس الذي وقّعه وزير الخارجية أسعد الشيباني في آذار الماضي.", [SYFM], {"أسعد الشيباني"}),
    ("وذكّر بالاتفاق الذي أبرمته الحكومة السودانية في جدة.", [SUDAN_GOV], {"الحكومة السودانية"}),
])
def test_the_signatory_of_an_accord(read, text: str, entities: list, actor: set) -> None:
    doc = read(text, entities)
    [ev] = [e for e in doc.events if e.type == "AGREE"]
    assert names(doc, ev.actor) == actor


@pytest.mark.parametrize("text,actor", [
    # a participle agrees with its subject: feminine after a masculine source, it is the reported
    # clause's feminine subject that calls
    ("ونقلت الوكالة عن مصدر دبلوماسي أن القاهرة أبلغت الوسطاء موقفها من الخطة، داعيةً تل أبيب إلى وقف العمليات.",
     "القاهرة"),
    # agreeing with the speaker, it stays the speaker's
    ("وقال مصدر حكومي إن الحكومة اتخذت إجراءات، داعياً المعارضة إلى التعاون.", "مصدر حكومي"),
])
def test_a_participle_agrees_with_its_subject(full, text: str, actor: str) -> None:
    doc = _run(full, text)
    by_id = {e.id: e for e in doc.entities}
    [ev] = [e for e in doc.events if e.type == "REQUEST"]
    assert [by_id[x].name_ar for x in ev.actor] == [actor]


@pytest.mark.parametrize("text", [
    "طردت القوات المسلحين من البلدة بعد اشتباكات.",  # driving fighters out is no diplomatic expulsion
    "وعثرت الشرطة على طرد مشبوه قرب السفارة.",  # a parcel
])
def test_no_expulsion(read, text: str) -> None:
    assert [e.trigger.text for e in read(text, [JO_PARL, JO_GOV]).events if e.type == "SANCTION"] == []


@pytest.mark.parametrize("text", [
    "وطالب مجلس النواب بوقف الحرب على غزة وإلغاء اتفاقية التعاون وطرد السفير الإسرائيلي.",
    "ودعا البرلمان العربي إلى فك الحصار عن القطاع وفتح المعابر وطرد سفراء إسرائيل.",
    "وطالبت الأحزاب المعارضة، في بيان، الحكومة بالإفراج عن المعتقلين وطرد السفير الإسرائيلي.",
])
def test_what_a_demand_lists_is_asked_for(full, text: str) -> None:
    """"طالب بوقف الحرب وإلغاء الاتفاقية وطرد السفير": every act joined by و after the ب-noun is demanded."""
    doc = _run(full, text)
    assert "SANCTION" not in [e.type for e in doc.events]


def test_sanctions_listed_after_one_answer(full) -> None:
    """"ردّت مقديشو بطرد السفير …، واستدعاء سفيرها …": an expulsion and a recall, both by the one who answered;
    the deadline given to leave is part of the expulsion, no departure told."""
    doc = _run(full, "وردّت مقديشو، مساء الأحد، بطرد السفير الكيني ومنحه مهلة ثلاثة أيام لمغادرة البلاد، "
                     "واستدعاء سفيرها لدى نيروبي للتشاور.")
    got = sorted((e.type, e.mode, tuple(_named(doc, e.actor))) for e in doc.events)
    assert got == [("SANCTION", "expel", ("مقديشو",)), ("SANCTION", "withdraw", ("مقديشو",))]


def test_an_aid_body_tells_of_its_own_convoy(full) -> None:
    """"أعلن برنامج الأغذية العالمي أن قافلة … وصلت إلى …": the aid body that tells of a relief convoy sent it."""
    doc = _run(full, "أعلن برنامج الأغذية العالمي أن قافلة تضم 15 شاحنة محمّلة بالمواد الغذائية وصلت، أمس الأحد، "
                     "إلى مدينة الأبيض قادمة من مدينة كوستي.")
    aid = [e for e in doc.events if e.type == "AID"]
    assert aid and _named(doc, aid[0].actor) == ["برنامج الأغذية العالمي"]


def test_a_condemned_attack_past_an_occasion_aside(full) -> None:
    """"دان المجلس، في ختام اجتماعه الذي عُقد أمس في الكويت، الهجوم على المنشأة": the attack is what is condemned,
    past the meeting told between commas, not an attack of its own by the one who condemns it."""
    doc = _run(full, "دان مجلس التعاون الخليجي، في ختام اجتماعه الاستثنائي الذي عُقد مساء أمس في الكويت، الهجوم على "
                     "المنشأة النفطية.")
    assert "ASSAULT" not in [e.type for e in doc.events] and "ACCUSE" in [e.type for e in doc.events]


def _consults(doc: Doc) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.trigger.text, tuple(_named(doc, e.actor)), tuple(_named(doc, e.location)))
            for e in doc.events if e.type == "CONSULT"]


@pytest.mark.parametrize("text,trigger,actor", [
    # "its" meeting: the nearest subject before that agrees with the pronoun
    ("دان مجلس التعاون الخليجي، في ختام اجتماعه الاستثنائي الذي عُقد مساء أمس في الكويت، الهجوم على المنشأة.",
     "اجتماعه", "مجلس التعاون الخليجي"),
    ("ومن المقرر أن يناقش وزراء خارجية الاتحاد الأوروبي المقترح في اجتماعهم المقرر في بروكسل الأسبوع المقبل.",
     "اجتماعهم", "الاتحاد الأوروبي"),
    # a person's visit: "his"
    ("وقال وزير الخارجية المصري بدر عبد العاطي، في ختام زيارته إلى بغداد، إن العلاقات متينة.", "زيارته",
     "بدر عبد العاطي"),
])
def test_a_meeting_with_a_pronoun_is_its_subjects(full, text: str, trigger: str, actor: str) -> None:
    got = [c for c in _consults(_run(full, text)) if c[0] == trigger]
    assert got and got[0][1] == (actor,), _consults(_run(full, text))


@pytest.mark.parametrize("text,trigger", [
    # "her" meeting is no man's, and a light verb's own unnamed subject owns it ("الخلية")
    ("وأعلن وزير الداخلية أحمد الزعبي أن اللجنة ستعقد اجتماعها الأول في عمّان الأسبوع المقبل.", "اجتماعها"),
    ("واتفقت عمّان ودمشق على تشكيل خلية أمنية مشتركة، وعقدت الخلية اجتماعها الأول في العاصمة الأردنية.",
     "اجتماعها"),
])
def test_a_meeting_with_a_pronoun_that_no_named_subject_agrees_with(full, text: str, trigger: str) -> None:
    assert all(not c[1] for c in _consults(_run(full, text)) if c[0] == trigger), _consults(_run(full, text))


@pytest.mark.parametrize("text,actor,recipient", [
    # met in the host's country: the foreign party is the visitor, whoever the sentence's subject
    ("عمّان – التقى وزير الداخلية الأردني علي الخوالدة، أمس الأحد في عمّان، نظيره السوري أحمد الراشد، "
     "وبحثا سبل ضبط الحدود.", "أحمد الراشد", "علي الخوالدة"),
    ("التقى وزير الخارجية السعودي فيصل بن فرحان في الرياض نظيره الإيراني عباس عراقجي.", "عباس عراقجي",
     "فيصل بن فرحان"),
    ("عقد وزير الدفاع الكويتي اجتماعاً في الكويت مع نظيره السعودي خالد بن سلمان.", "خالد بن سلمان",
     "وزير الدفاع الكويتي"),
    # (guards) the subject is the visitor already; no side is known to be of the place
    ("التقى وزير الخارجية الإيراني عباس عراقجي في الرياض نظيره السعودي فيصل بن فرحان.", "عباس عراقجي",
     "فيصل بن فرحان"),
    ("التقى المبعوث الأممي هانس غروندبرغ في مسقط رئيس وفد الحوثيين محمد عبد السلام.", "هانس غروندبرغ",
     "محمد عبد السلام"),
])
def test_a_meeting_in_one_sides_country_is_the_others_visit(full, text: str, actor: str, recipient: str) -> None:
    doc = _run(full, text)
    got = [(_named(doc, e.actor), _named(doc, e.recipient)) for e in doc.events if e.type == "CONSULT"]
    assert got and got[0] == ([actor], [recipient]), got


def test_what_was_agreed_during_its_meeting_was_agreed_where_it_met(full) -> None:
    """"اتفقت اللجنة، خلال اجتماعها في مدينة سرت، على …": the agreement was reached in Sirte (not in the
    dateline's city)."""
    doc = _run(full, "طرابلس – اتفقت اللجنة العسكرية المشتركة، أمس الأربعاء، خلال اجتماعها في مدينة سرت، "
                     "على بدء سحب المرتزقة.")
    agree = [e for e in doc.events if e.type == "AGREE"]
    assert agree and "سرت" in " ".join(_named(doc, agree[0].location))
    assert _named(doc, agree[0].actor) == ["اللجنة العسكرية المشتركة"]


def test_a_clans_men_attack_for_the_clan(full) -> None:
    """"هاجم مسلحون من أبناء عشيرة X نقطة للجيش": the men, "sons of" the clan, attack for it."""
    doc = _run(full, "هاجم مسلحون من أبناء عشيرة البوعساف، فجر اليوم، نقطة تفتيش للجيش العراقي.")
    attack = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack and _named(doc, attack[0].actor) == ["عشيرة البوعساف"]


@pytest.mark.parametrize("text,trigger,actor", [
    # a verb joined after an aside opened by a preposition goes on with the main clause, not the aside's verb
    ("فرّقت الشرطة مئات المحتجين الذين تجمّعوا أمام البرلمان، في وقفة دعت إليها نقابة المعلمين احتجاجاً على "
     "الأجور، واعتقلت عشرة منهم.", "اعتقلت", "الشرطة"),
    # "في حين" opens a clause of its own, which the next verb goes on with
    ("اعتقلت الشرطة سبعة معتصمين، في حين اعتبرت نقابة المعلمين أن الاعتقالات تصعيد، وطالبت بالإفراج عنهم.",
     "طالبت", "نقابة المعلمين"),
    # local authorities, past where they sit, impose a curfew
    ("فرضت السلطات المحلية في قضاء تلعفر غربي محافظة نينوى حظراً شاملاً للتجوال، مساء أمس.", "حظرا",
     "السلطات المحلية في قضاء تلعفر"),
])
def test_the_subject_a_later_act_goes_on_with(full, text: str, trigger: str, actor: str) -> None:
    doc = _run(full, text)
    got = [(e.trigger.text, _named(doc, e.actor)) for e in doc.events]
    assert any(t.startswith(trigger) and a == [actor] for t, a in got), got


@pytest.mark.parametrize("text,actor", [
    # a crowd counted from a body of people protests as that body, after the verb or before a stand
    ("تظاهر مئات من الطلبة أمام مقر البرلمان احتجاجاً على رفع الرسوم.", "الطلبة"),
    ("نفّذ عشرات من المعلمين، أمس الثلاثاء، وقفة احتجاجية أمام مقر الوزارة.", "المعلمين"),
])
def test_a_counted_crowd_protests_as_its_people(full, text: str, actor: str) -> None:
    doc = _run(full, text)
    got = _role_names(doc, "PROTEST", "actor")
    assert got and got[0] == [actor], got


def test_a_counted_crowd_killed_is_no_actor(full) -> None:
    doc = _run(full, "قتل عشرات من المتظاهرين برصاص قوات الأمن في المدينة.")
    assert all("المتظاهرين" not in _named(doc, e.actor) for e in doc.events)


@pytest.mark.parametrize("text,typ", [
    # "قال المتحدث باسم جماعة الحوثي X إن قواتهم نفذت عملية …": the group attacked, not its spokesman
    ("وقال المتحدث العسكري باسم جماعة الحوثي يحيى سريع، في بيان متلفز، إن قواتهم نفذت عملية عسكرية استهدفت مطار "
     "جازان بطائرتين مسيرتين.", "ASSAULT"),
    # "…، مؤكداً أن قواته ما زالت في المدينة، وأنها ستنسحب …": أنّ with the pronoun of his forces named before
    ("وقال القيادي في الحشد الشعبي جاسم الكعبي إن الخطوة إدارية، مؤكداً أن قواته ما زالت في مدينة بيجي، وأنها "
     "ستنسحب من مواقع أخرى الأسبوع المقبل.", "RETREAT"),
])
def test_a_spokesmans_forces_are_his_bodys(full, text: str, typ: str) -> None:
    doc = _run(full, text)
    by_id = {e.id: e for e in doc.entities}
    acts = [e for e in doc.events if e.type == typ]
    assert acts and [by_id[x].type for x in acts[0].actor] == ["ORG"], [
        (e.trigger.text, _named(doc, e.actor)) for e in doc.events]


@pytest.mark.parametrize("text,recipients", [
    # an unnamed group asked, then the parties it "especially" is: they are asked
    ("وطالب الرئيس جوزاف عون الدول الراعية للاتفاق، ولا سيما الولايات المتحدة وفرنسا، بالضغط على إسرائيل.",
     ["الولايات المتحدة", "فرنسا"]),
    ("ودعا وزير الخارجية الأطراف الإقليمية، وخاصة إيران وتركيا، إلى وقف التدخل في الشؤون الداخلية.",
     ["إيران", "تركيا"]),
    # a group the tables know is asked too, with the parties it especially is
    ("وطالبت الحكومة السورية الدول الضامنة، ولا سيما روسيا وتركيا، بإلزام الفصائل بوقف القصف.",
     ["الدول الضامنة", "روسيا", "تركيا"]),
])
def test_the_parties_a_group_especially_is(full, text: str, recipients: list) -> None:
    doc = _run(full, text)
    got = _role_names(doc, "REQUEST", "recipient")
    assert got and got[0] == recipients, got


@pytest.mark.parametrize("text,typ,actor", [
    # an agreement takes no object: capitals right after its verb are its parties
    ("اتفقت بيروت ودمشق، أمس الخميس، على ترسيم الحدود البرية بين البلدين.", "AGREE", ["بيروت", "دمشق"]),
    # clashes between fighters "of" a group and a force: the group and the force
    ("واندلعت مواجهات بين مقاومين من كتيبة جنين وقوات الاحتلال في حي الهدف.", "ASSAULT",
     ["كتيبة جنين", "قوات الاحتلال"]),
    # a force or weapon that "belongs to" a body acts for it, after its own verb or a light verb
    ("وشن الطيران الحربي التابع للجيش السوداني، مساء الجمعة، غارات على مدينة الجنينة.", "ASSAULT",
     ["الجيش السوداني"]),
    ("قصفت المدفعية التابعة للجيش التركي قرى في ريف تل تمر.", "ASSAULT", ["الجيش التركي"]),
    ("انسحبت القوات التابعة للجيش الروسي من مطار القامشلي.", "RETREAT", ["الجيش الروسي"]),
])
def test_who_acts_through_those_of_it(full, text: str, typ: str, actor: list) -> None:
    doc = _run(full, text)
    got = _role_names(doc, typ, "actor")
    assert got and got[0] == actor, [(e.type, e.trigger.text, _named(doc, e.actor)) for e in doc.events]


@pytest.mark.parametrize("text,recipients", [
    # whose statement tells of it, set off by commas right after the verb, comes before its object
    ("ودان الرئيس اللبناني جوزاف عون الغارة، وطالب، بحسب بيان صادر عن الرئاسة، الولايات المتحدة وفرنسا "
     "بالضغط على إسرائيل.", ["الولايات المتحدة", "فرنسا"]),
    ("واستنكر وزير الخارجية الأردني الهجوم، ودعا، وفقاً لبيان الوزارة، مجلس الأمن الدولي إلى التحرك.",
     ["مجلس الأمن الدولي"]),
])
def test_the_object_past_a_source_aside(full, text: str, recipients: list) -> None:
    doc = _run(full, text)
    got = _role_names(doc, "REQUEST", "recipient")
    assert got and got[0] == recipients, got


@pytest.mark.parametrize("text,typ,recipient", [
    # a leader "in" a group's factions, past the kind of body and its adjective, is the one hit
    ("اغتال مسلحون مجهولون القيادي البارز في فصائل المعارضة السورية المسلحة محمد الزعبي قرب بلدة طفس.",
     "ASSAULT", "محمد الزعبي"),
    ("واعتقلت قوات الأمن العراقية القيادي في صفوف تنظيم داعش أحمد الجبوري في قضاء الحويجة.", "COERCE",
     "أحمد الجبوري"),
])
def test_the_member_hit_past_his_bodys_kind(full, text: str, typ: str, recipient: str) -> None:
    doc = _run(full, text)
    got = _role_names(doc, typ, "recipient")
    assert got and recipient in got[0], [(e.type, _named(doc, e.recipient)) for e in doc.events]


@pytest.mark.parametrize("text,place", [
    # the people of a place protest there: they are who (a crowd of their own), the place is where
    ("ونظم أهالي بلدة الكفرة وقفة احتجاجية أمام مبنى البلدية.", "الكفرة"),
    ("وتظاهر العشرات من سكان قضاء الزبير احتجاجاً على شح المياه.", "الزبير"),
])
def test_the_people_of_a_place_protest_there(full, text: str, place: str) -> None:
    doc = _run(full, text)
    got = [(_named(doc, e.actor), _named(doc, e.location)) for e in doc.events if e.type == "PROTEST"]
    assert got and len(got[0][0]) == 1 and place in got[0][0][0], got
    assert any(place in n for n in got[0][1]) and not any(n in got[0][0] for n in got[0][1]), got


def test_reinforcements_hit_are_the_target(full) -> None:
    """"شنت الطائرات غارات استهدفت تعزيزات للحوثيين": the reinforcements are what was struck (their
    owner the recipient), not a movement of their own."""
    doc = _run(full, "وقال البيان إن مقاتلات التحالف شنت غارات جوية استهدفت تعزيزات للحوثيين قرب مدينة صعدة.")
    assert [v.type for v in doc.events] == ["ASSAULT"], [(v.type, v.trigger.text) for v in doc.events]
    assert _named(doc, doc.events[0].recipient) == ["الحوثيون"]


@pytest.mark.parametrize("text,actor,recipient", [
    # those counted right after a verb of arrest are held, not holding; "its detachments" are the speaker's
    ("وذكرت قيادة حرس الحدود أن مفارزها أوقفت خمسة مهربين قرب معبر طريبيل.", ["قيادة حرس الحدود"], ["مهربين"]),
    ("وقالت مديرية الأمن إن دورياتها اعتقلت ثلاثة مهربين في حي الزهور.", ["مديرية الأمن"], ["مهربين"]),
])
def test_counted_after_an_arrest_are_held(full, text: str, actor: list, recipient: list) -> None:
    doc = _run(full, text)
    got = [(_named(doc, e.actor), _named(doc, e.recipient)) for e in doc.events if e.type == "COERCE"]
    assert got and got[0] == (actor, recipient), got


def test_who_did_the_act_welcomed_is_welcomed(full) -> None:
    """"رحّبت العشيرة بانتشار الجيش": the welcome goes to the army; its deployment stays an event."""
    doc = _run(full, "ورحّبت عشيرة البوشعبان بانتشار الجيش العراقي في القرى المحيطة بالبلدة.")
    got = {e.type: (_named(doc, e.actor), _named(doc, e.recipient)) for e in doc.events}
    assert got.get("SUPPORT") == (["عشيرة البوشعبان"], ["الجيش العراقي"]), got
    assert "MOBILIZE" in got, got


@pytest.mark.parametrize("text,typ,actor", [
    # notables or elders "of" a tribe act for it, a party named by the tribe (the word's own و is no conjunction)
    ("ورحب وجهاء من عشيرة الشعيطات بالقرار.", "SUPPORT", "عشيرة الشعيطات"),
    ("وطالب شيوخ من قبيلة العبيد الحكومة بالإفراج عن المعتقلين.", "REQUEST", "قبيلة العبيد"),
])
def test_notables_of_a_tribe_act_for_it(full, text: str, typ: str, actor: str) -> None:
    doc = _run(full, text)
    got = _role_names(doc, typ, "actor")
    assert got and len(got[0]) == 1 and got[0][0].endswith(actor), [(e.type, _named(doc, e.actor)) for e in doc.events]


def test_a_meetings_chair_holds_it_and_is_no_target(full) -> None:
    """"برئاسة X" names a meeting's chair: he holds a meeting whose holder is not told, and is no target
    of the verb the meeting's aside interrupts."""
    doc = _run(full, "دان مجلس الجامعة العربية، في ختام اجتماعه الطارئ الذي عُقد أمس في القاهرة برئاسة وزير "
                     "الخارجية الأردني أيمن الصفدي، الهجوم على ميناء الحديدة.")
    accuse = [e for e in doc.events if e.type == "ACCUSE"]
    assert accuse and not accuse[0].recipient, [(e.type, _named(doc, e.recipient)) for e in doc.events]
    doc = _run(full, "وعقد مجلس الدفاع الوطني اجتماعاً طارئاً برئاسة الرئيس اللبناني جوزاف عون في قصر بعبدا.")
    assert _role_names(doc, "CONSULT", "actor") == [["مجلس الدفاع الوطني"]], [(e.type, _named(doc, e.actor)) for e in doc.events]
    doc = _run(full, "وانعقد اجتماع طارئ برئاسة وزير الداخلية العراقي عبد الأمير الشمري في بغداد.")
    assert _role_names(doc, "CONSULT", "actor") == [["عبد الأمير الشمري"]], [(e.type, _named(doc, e.actor)) for e in doc.events]


@pytest.mark.parametrize("text,typ,actor", [
    # a و-verb after a reported clause with a named subject of its own that agrees goes on with that subject
    ("وأوضح الناطق باسم الوزارة أحمد الجبوري أن الحكومة العراقية عقدت اجتماعها في الموصل صباح الأحد، "
     "واتفقت على فتح الطريق.", "AGREE", ["الحكومة العراقية"]),
    # (one that does not agree leaves the verb to the main clause: the ministry, feminine, demanded)
    ("وأعلنت وزارة الداخلية أن الجيش العراقي دخل البلدة صباح الأحد، وطالبت السكان بالتزام منازلهم.",
     "REQUEST", ["وزارة الداخلية"]),
])
def test_a_verb_after_a_reported_clause_agrees_with_its_subject(full, text: str, typ: str, actor: list) -> None:
    doc = _run(full, text)
    got = _role_names(doc, typ, "actor")
    assert got and got[0] == actor, [(e.type, _named(doc, e.actor)) for e in doc.events]


def test_an_exchange_takes_its_accords_parties_and_a_topic_of_talks_is_none(full) -> None:
    doc = _run(full, "واتفقت الحكومة اليمنية وجماعة الحوثي على تبادل الأسرى بإشراف الصليب الأحمر.")
    got = _role_names(doc, "RETREAT", "actor")
    assert got and set(got[0]) == {"الحكومة اليمنية", "الحوثيون"}, [(e.type, _named(doc, e.actor)) for e in doc.events]
    doc = _run(full, "وبحث الوزير مع نظيره القطري سبل استئناف مفاوضات وقف إطلاق النار وتبادل الأسرى.")
    assert not [e for e in doc.events if e.type == "RETREAT"], [(e.type, e.trigger.text) for e in doc.events]


def test_the_council_briefed_is_the_recipient(full) -> None:
    doc = _run(full, "ومن المقرر أن يقدّم المبعوث الأممي هانس غروندبرغ غداً إحاطة أمام مجلس الأمن الدولي.")
    assert _role_names(doc, "CONSULT", "recipient") == [["مجلس الأمن الدولي"]], \
        [(e.type, _named(doc, e.actor), _named(doc, e.recipient)) for e in doc.events]


def test_where_those_acted_on_were_and_no_scene_in_a_purpose(full) -> None:
    """"فرّقت الشرطة المحتجين الذين تجمّعوا في ساحة X بمدينة Y": the dispersal happened where they gathered;
    a place inside a phrase of protest ("تنديداً بالعمليات في قطاع غزة") is where the cause is, not the scene."""
    doc = _run(full, "فرّقت الشرطة الأردنية، مساء أمس، مئات المحتجين الذين تجمّعوا في مدينة الزرقاء، في وقفة "
                     "تنديداً بالعمليات العسكرية الإسرائيلية في قطاع غزة، واعتقلت عشرة أشخاص.")
    by = {e.type: _named(doc, e.location) for e in doc.events}
    assert "الزرقاء" in by.get("ASSAULT", []), by
    assert "قطاع غزة" not in by.get("COERCE", []), by


def test_whose_fire_hit_those_hurt_in_a_clash(full) -> None:
    # "أُصيب ثلاثة شبان برصاص قوات X خلال مواجهات": X fired; the young men were hit, X was not
    doc = _run(full, "وأُصيب ثلاثة شبان برصاص الجيش الإسرائيلي خلال مواجهات اندلعت في مخيم بلاطة.")
    got = [(_named(doc, e.actor), _named(doc, e.recipient)) for e in doc.events if e.type == "ASSAULT"]
    assert got and got[0] == (["جيش الدفاع الإسرائيلي"], ["شبان"]), got


def test_a_place_set_off_by_commas_after_the_parties(full) -> None:
    # "بحث X مع Y، في أنقرة أمس، التطورات": where the talks were held
    doc = _run(full, "وبحث المبعوث الخاص للرئيس الصيني إلى سوريا تشاي جون مع نائب وزير الخارجية التركي نوح يلماز، "
                     "في أنقرة أمس، الأوضاع في شمال سوريا.")
    assert _role_names(doc, "CONSULT", "location") == [["أنقرة"]], \
        [(e.type, _named(doc, e.location)) for e in doc.events]


@pytest.mark.parametrize("text,defender,attacker", [
    ("وصدّت قوات الجيش السوداني هجوماً واسعاً لقوات الدعم السريع على مدينة الأبيض.", "الجيش السوداني",
     "قوات الدعم السريع"),
    ("وتصدّت الفرقة السادسة مشاة لهجوم شنته قوات الدعم السريع على الفاشر.", "الفرقة السادسة مشاة", "قوات الدعم السريع"),
])
def test_repelling_an_attack_is_force_against_the_attackers(full, text: str, defender: str, attacker: str) -> None:
    """"صدّ X هجوماً شنّه Y": X used force against Y, and Y's attack on X stays an event of its own."""
    doc = _run(full, text)
    got = sorted((_named(doc, e.actor), _named(doc, e.recipient)) for e in doc.events if e.type == "ASSAULT")
    assert got == sorted([([defender], [attacker]), ([attacker], [defender])]), got


def test_closing_a_door_is_no_repelling(full) -> None:
    doc = _run(full, "وصدّ الحارس الباب في وجه الزوار أمام مقر الجيش السوداني.")
    assert not [e for e in doc.events if e.type == "ASSAULT"], [(e.type, e.trigger.text) for e in doc.events]


def test_what_a_clash_caused_is_both_parties(full) -> None:
    # "اندلعت اشتباكات بين X وY …، ما أسفر عن مقتل ثلاثة": ما is the clash, both its parties
    doc = _run(full, "اندلعت اشتباكات عنيفة بين قوات الدعم السريع والجيش السوداني في مدينة الأبيض، ما أسفر عن "
                     "مقتل ثلاثة مدنيين.")
    got = [set(_named(doc, e.actor)) for e in doc.events if e.type == "ASSAULT"]
    assert got and all(a == {"قوات الدعم السريع", "الجيش السوداني"} for a in got), got


@pytest.mark.parametrize("text,actor,recipient", [
    # thanks given (PLOVER SUPPORT, CAMEO 051 praise): who thanks, and who is thanked (the ل of the noun)
    ("وأعرب الرئيس الأمريكي دونالد ترامب خلال الاتصال عن شكره وتقديره لسلطنة عمان على جهودها.", ["دونالد ترامب"],
     ["سلطنة عمان"]),
    ("وشكر وزير الخارجية الأردني أيمن الصفدي الحكومة العراقية على تعاونها.", ["أيمن الصفدي"], ["الحكومة العراقية"]),
])
def test_thanks_support_who_is_thanked(full, text: str, actor: list, recipient: list) -> None:
    doc = _run(full, text)
    got = [(_named(doc, e.actor), _named(doc, e.recipient)) for e in doc.events if e.type == "SUPPORT"]
    assert got and got[0] == (actor, recipient), [(e.type, e.trigger.text) for e in doc.events]


def test_a_word_of_thanks_is_no_support(full) -> None:
    doc = _run(full, "وألقى وزير الخارجية الأردني أيمن الصفدي كلمة شكر في ختام المؤتمر.")
    assert not [e for e in doc.events if e.type == "SUPPORT"], [(e.type, e.trigger.text) for e in doc.events]


def test_the_dead_and_the_wounded_share_the_attack_told_after_both(full) -> None:
    # "قُتل …، وأُصيب …، في ضربات نفذتها X على مواقع لـ Y": the phrase after the wounded tells the attack
    doc = _run(full, "قُتل ثلاثة مقاتلين، بينهم قيادي، وأصيب خمسة آخرون، في سلسلة ضربات نفذتها طائرات مسيّرة تركية على "
                     "مواقع لحزب العمال الكردستاني في قضاء العمادية.")
    got = [(_named(doc, e.actor), _named(doc, e.recipient)) for e in doc.events if e.type == "ASSAULT"]
    assert any(a and r == ["حزب العمال الكردستاني"] for a, r in got), got


@pytest.mark.parametrize("text,police,crowd", [
    # the crowd a dispersal's pronoun stands for: the protest's doers before it, or the crowd named there
    ("تونس – تجمّع عشرات المحتجين التونسيين أمام مقر الولاية في القصرين، قبل أن تفرّقهم قوات الأمن بالقوة.",
     "قوات الأمن", "المحتجين التونسيين"),
    ("تونس – أغلق مئات الشبان الطريق في مدينة القصرين التونسية، قبل أن تتدخل الوحدات الأمنية وتستعمل "
     "الغاز المسيل للدموع لتفريقهم.", "الوحدات الأمنية", "الشبان"),
])
def test_a_dispersal_hits_the_crowd_its_pronoun_stands_for(full, text: str, police: str, crowd: str) -> None:
    doc = _run(full, text)
    got = [(_named(doc, e.actor), _named(doc, e.recipient)) for e in doc.events if e.type == "ASSAULT"]
    assert got and all(c == [crowd] for _, c in got) and any(a == [police] for a, _ in got), got


def test_a_branch_of_a_force_acts_for_its_owner_after_lam(full) -> None:
    # "احتجزت القوة البحرية للحرس الثوري ناقلة": the navy unnamed, its owner after ل is who acted
    _expect_role(full, "COERCE", "actor", [["الحرس الثوري"]],
                 "احتجزت القوة البحرية للحرس الثوري الإيراني، فجر أمس الاثنين، ناقلة نفط في مضيق هرمز.")


@pytest.mark.parametrize("text", [
    # the delegations of two bodies meet: the bodies are the meeting's parties
    "استضافت القاهرة، أمس الثلاثاء، اجتماعاً مطولاً بين وفدين من حركتي حماس وفتح.",
    "وعُقد في القاهرة اجتماع بين وفد من حركة حماس ووفد من حركة فتح.",
])
def test_a_meeting_between_the_delegations_of_two_bodies(full, text: str) -> None:
    doc = _run(full, text)
    assert [sorted(a) for a in _role_names(doc, "CONSULT", "actor")] == [["حركة حماس", "حركة فتح"]], \
        [(e.type, _named(doc, e.actor)) for e in doc.events]


@pytest.mark.parametrize("text", [
    # a phrase set off by commas between the verb and "إلى اتفاق" leaves the accord its parties
    "توصلت الحكومة العراقية وحكومة إقليم كردستان، في ختام مفاوضات استضافتها بغداد، إلى اتفاق بشأن الرواتب.",
    "أعلن المبعوث توصل الحكومة العراقية وحكومة إقليم كردستان، بعد جولات من المفاوضات في أربيل، إلى اتفاق نهائي.",
])
def test_an_aside_before_the_accord_keeps_its_parties(full, text: str) -> None:
    doc = _run(full, text)
    got = _role_names(doc, "AGREE", "actor")
    assert got and sorted(got[0]) == ["الحكومة العراقية", "حكومة إقليم كردستان"], \
        [(e.type, _named(doc, e.actor)) for e in doc.events]


def test_whoever_was_detained_has_no_detainer_carried(full) -> None:
    # "الإفراج عن كل من احتُجز": the one who called for the release detained no one
    doc = _run(full, "ودعت بعثة الأمم المتحدة للدعم في ليبيا، في بيان، جميع الأطراف إلى التزام الهدوء، وحثّت "
                     "السلطات على احترام الحق في التجمع والإفراج عن كل من احتُجز تعسفياً.")
    assert all(not e.actor for e in doc.events if e.type == "COERCE"), \
        [(e.type, _named(doc, e.actor)) for e in doc.events]


def test_families_counted_before_the_verb_are_its_subject(full) -> None:
    # "مبيناً أن نحو 35 عائلة غادرت قراها": the families left; the jets of the clause before did not withdraw
    doc = _run(full, "قصفت طائرات حربية تركية مواقع قرب الحدود. وقال مدير الناحية إن الطائرات نفذت غارات، "
                     "مبيناً أن نحو 40 عائلة غادرت قراها باتجاه مركز الناحية.")
    assert all(not e.actor for e in doc.events if e.type == "RETREAT"), \
        [(e.type, _named(doc, e.actor)) for e in doc.events]


def test_a_force_serving_within_a_mission_acts_itself(full) -> None:
    # "القوات الإثيوبية العاملة ضمن بعثة «أوسوم»": the mission after ضمن describes the force, it does not withdraw
    _expect_role(full, "RETREAT", "actor", [["القوات الإثيوبية"]],
                 "بدأت القوات الإثيوبية العاملة ضمن بعثة «أوسوم» منذ مساء الأحد الانسحاب من مواقعها في مدينة بيدوا.")


@pytest.mark.parametrize("text,recipient", [
    # "تعرّض X لهجوم": what underwent the attack was hit, not its author
    ("وتعرضت دورية للجيش العراقي لهجوم مسلح قرب كركوك.", "الجيش العراقي"),
    ("تعرض الجيش السوداني لهجوم واسع شنته قوات الدعم السريع في الفاشر.", "الجيش السوداني"),
])
def test_what_underwent_an_attack_was_hit(full, text: str, recipient: str) -> None:
    doc = _run(full, text)
    got = [(_named(doc, e.actor), _named(doc, e.recipient)) for e in doc.events if e.type == "ASSAULT"]
    assert got and got[0][1] == [recipient] and recipient not in got[0][0], got


def test_a_site_that_underwent_an_attack_is_where_it_happened(full) -> None:
    _expect_role(full, "ASSAULT", "location", [["قاعدة عين الأسد"]],
                 "تعرضت قاعدة عين الأسد الجوية غربي العراق لهجوم بطائرة مسيرة.")


@pytest.mark.parametrize("text,actor,recipient", [
    # a capital right after a verb of speech or demand is its subject, the government it hosts
    ("وندّدت طهران بالعقوبات الأمريكية الجديدة.", ["طهران"], []),
    ("ودعت أنقرة الأمم المتحدة إلى التدخل.", ["أنقرة"], ["الأمم المتحدة"]),
    # and "واشنطن" after it is one name, not "و" + a second subject
    ("وطالبت بغداد واشنطن بسحب قواتها من قاعدة عين الأسد.", ["بغداد"], ["الولايات المتحدة"]),
])
def test_a_capital_speaks_for_its_government(full, text: str, actor: list, recipient: list) -> None:
    doc = _run(full, text)
    got = [(_named(doc, e.actor), _named(doc, e.recipient)) for e in doc.events if e.type in ("ACCUSE", "REQUEST")]
    assert got and got[0] == (actor, recipient), got


def test_places_named_among_those_told_by_their_kind(full) -> None:
    # "في عدد من القرى الحدودية، بينها رميش وكفركلا": the villages named are where the army deployed
    doc = _run(full, "وأعلن الجيش اللبناني أن وحداته باشرت الانتشار في عدد من القرى الحدودية، بينها رميش وكفركلا.")
    got = _role_names(doc, "MOBILIZE", "destination")
    assert got and set(got[0]) == {"رميش", "كفركلا"}, [(e.type, _named(doc, e.location)) for e in doc.events]


def test_forces_sent_with_no_place_told_go_to_the_scene(full) -> None:
    # a deployment told after the town it concerns, with no place of its own, is sent there (Hudur, now a known town)
    doc = _run(full, "وبدأت القوات الإثيوبية الانسحاب من مواقعها في مدينة حدر، فيما دفعت الحكومة الصومالية بوحدات من "
                     "الجيش لتسلّم المواقع.")
    assert _role_names(doc, "MOBILIZE", "destination") == [["حدر"]], \
        [(e.type, _named(doc, e.location), _named(doc, e.destination)) for e in doc.events]


def test_a_threat_joined_to_an_accusation_threatens_the_accused(full) -> None:
    # "…، متهماً الحزب بـ…، ومتوعداً بـ…": the threat is made to the party just accused
    _expect_role(full, "THREATEN", "recipient", [["حزب الله"]],
                 "وقال الجيش الإسرائيلي في بيان إن طائراته أغارت على مواقع تابعة لحزب الله، متهماً الحزب بمحاولة "
                 "إعادة بناء قدراته العسكرية، ومتوعداً بمواصلة الضربات.")


def test_most_of_a_force_is_its_own_subject(full) -> None:
    # "بعد أن غادرت معظم القوات الأميركية القاعدة": the force after the quantifier left, not the clause's subject
    _expect_role(full, "RETREAT", "actor", [["القوات الأميركية"]],
                 "ويبقى في بغداد نحو 250 مستشاراً عسكرياً من دول التحالف، بعد أن غادرت معظم القوات الأميركية "
                 "قاعدة عين الأسد في كانون الثاني الماضي.")


def test_an_attack_undergone_on_a_condition_is_none(full) -> None:
    # (a guard) "إذا تعرضت إيران لهجوم": a condition tells no attack
    doc = _run(full, "وقال الجيش الإيراني إنه قد يغلق مضيق هرمز إذا تعرضت إيران لهجوم أميركي.")
    assert not [e for e in doc.events if e.type == "ASSAULT"], [(e.type, e.trigger.text) for e in doc.events]


@pytest.mark.parametrize("text,actor", [
    # "…، ونفذت عمليات دهم": a coordinated light verb before an operation noun goes on with the force that
    # agrees with it, past a relative clause set off by commas, not with the speaker of the main clause
    ("وأعلنت وزارة الداخلية العراقية أن الشرطة الاتحادية فرضت طوقاً حول حي الجهاد في بغداد، الذي يُعتقد أن "
     "المهاجمين انطلقوا منه، ونفذت عمليات دهم أسفرت عن اعتقال ثلاثة مشتبه بهم.", ["الشرطة الاتحادية"]),
    # a unit of a force: the force acts ("أن قوة من الجيش العراقي طوقت الحي، وشنت حملة اعتقالات")
    ("وذكرت قيادة عمليات بغداد أن قوة من الجيش العراقي طوقت حي العامل، وشنت حملة اعتقالات طالت خمسة مطلوبين.",
     ["الجيش العراقي"]),
])
def test_a_coordinated_operation_goes_on_with_the_force(full, text: str, actor: list) -> None:
    doc = _run(full, text)
    got = [_named(doc, e.actor) for e in doc.events if e.type == "COERCE" and e.mode == "arrest"]
    assert got == [actor], [(e.type, e.mode, _named(doc, e.actor)) for e in doc.events]


@pytest.mark.parametrize("text,recipient", [
    # a lawyer or journalist held is people taken (أوقف needs people), past the unnamed subject
    ("تونس - أوقفت الشرطة التونسية المحامي كمال الهرابي.", "كمال الهرابي"),
    # a verbal noun's genitive past the person's titles, two descriptions joined by و among them
    ("وتزامنت الوقفة مع إيقاف المحامي والناشط الحقوقي كمال الهرابي من منزله.", "كمال الهرابي"),
    ("وتم اعتقال الناشط أحمد الخطيب فجر اليوم.", "أحمد الخطيب"),
])
def test_a_person_taken_past_his_titles(full, text: str, recipient: str) -> None:
    doc = _run(full, text)
    got = [_named(doc, e.recipient) for e in readings(doc) if e.type == "COERCE"]
    assert got == [[recipient]], [(e.type, _named(doc, e.recipient)) for e in doc.events]


def test_the_body_whose_unit_acted_after_min_qibal(full) -> None:
    # "من قبل فرقة أمنية تابعة لإدارة الشرطة العدلية": the body the unit belongs to did it
    doc = _run(full, "وجرى اعتقال الشابين من منزلهما من قبل فرقة أمنية تابعة لإدارة الشرطة العدلية.")
    got = [(_named(doc, e.actor), _named(doc, e.recipient)) for e in doc.events if e.type == "COERCE"]
    assert got and got[0][0] == ["إدارة الشرطة العدلية"] and not got[0][1], got


def test_a_halt_is_no_arrest(full) -> None:
    # (a guard) "أوقف الرئيس قيس سعيد العمل بالدستور": a titled subject, then a halt; no one taken
    doc = _run(full, "وأوقف الرئيس قيس سعيد العمل بالدستور.")
    assert not [e for e in doc.events if e.type == "COERCE"], [(e.type, e.trigger.text) for e in doc.events]


def test_a_patrol_of_a_force_acts_for_it(full) -> None:
    # "أن دورية من الجيش اللبناني أوقفت …": the force the patrol is drawn from made the arrest
    _expect_role(full, "COERCE", "actor", [["الجيش اللبناني"]],
                 "وقالت المصادر إن دورية من الجيش اللبناني أوقفت خمسة أشخاص قرب الحدود.")


def test_reinforcements_sent_past_a_long_name_its_leader_and_a_time(full) -> None:
    # "دفعت X، بقيادة الفريق أول Y، خلال الساعات الماضية بتعزيزات": X sent them, not the leader named in the aside
    doc = _run(full, "دفعت هيئة الأركان العامة للجيش الليبي، بقيادة الفريق أول محمد الحداد، خلال الساعات الماضية "
                     "بتعزيزات عسكرية نحو الحدود.")
    got = _role_names(doc, "MOBILIZE", "actor")
    assert got and got[0] and "محمد الحداد" not in got[0], [(e.type, _named(doc, e.actor)) for e in doc.events]


def test_a_participle_past_an_opening_phrase_goes_with_the_subject(full) -> None:
    # "وردّاً على الإيقاف، قررت الهيئة …، مطالبةً بـ…": the body that decided demands, past the opening phrase
    _expect_role(full, "REQUEST", "actor", [["الهيئة الوطنية للمحامين"]],
                 "تونس – العربي الجديد\nوردّاً على الإيقاف، قررت الهيئة الوطنية للمحامين الدخول في إضراب عن "
                 "العمل في كافة المحاكم، مطالبة بالإطلاق الفوري لسراح الموقوفين.")


def test_the_dateline_city_is_no_destination(full) -> None:
    # a deployment with no place of its own is not sent to the city the report was filed from
    _expect_role(full, "MOBILIZE", "destination", [[]],
                 "إسطنبول – د ب أ\nوأضاف أن وحدات من الجيش السوري انتشرت في النقاط التي أخلتها القوات التركية.")


def test_the_place_entered_past_the_force(full) -> None:
    # "دخول قواته مدينة سنجة": the town after the force entering is where it went
    _expect_role(full, "MOBILIZE", "destination", [["سنجة"]],
                 "أعلن الجيش السوداني، أمس السبت، دخول قواته مدينة سنجة بعد انسحاب قوات الدعم السريع منها.")


def test_one_person_holding_two_posts_meets(full) -> None:
    # "رئيس مجلس الوزراء وزير الخارجية القطري الشيخ X": a post with no nationality, then another, then the name
    _expect_role(full, "CONSULT", "actor", [["محمد بن عبد الرحمن آل ثاني"]],
                 "والتقى رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني وفد الحركة.")


def test_ministers_meet_not_the_body_of_their_states(full) -> None:
    # "عقد وزراء الدفاع في دول مجلس التعاون اجتماعاً": the ministers meet; the council names whose states they are
    _expect_role(full, "CONSULT", "actor", [["وزراء الدفاع"]],
                 "عقد وزراء الدفاع في دول مجلس التعاون اجتماعاً في الكويت.")


def test_the_body_a_target_belongs_to_is_hit(full) -> None:
    # "على مخيم يتبع لـ X": the body the camp belongs to was attacked
    _expect_role(full, "ASSAULT", "recipient", [["حزب العمال الكردستاني"]],
                 "قُتل ثلاثة أشخاص جراء غارة نفذتها طائرات مسيّرة تركية على مخيم يتبع لحزب العمال الكردستاني قرب مخمور.")


@pytest.mark.parametrize("text,place", [
    # a deployment on one side of a place is sent there
    ("وتناول اللقاء استكمال انتشار الجيش اللبناني جنوب نهر الليطاني.", "جنوب الليطاني"),
    ("وبدأ الجيش اللبناني الانتشار جنوب الليطاني.", "جنوب الليطاني"),
    ("انتشر الجيش اللبناني جنوبي مدينة صور.", "صور"),
])
def test_a_deployment_beside_a_place_goes_there(full, text: str, place: str) -> None:
    doc = _run(full, text)
    assert _role_names(doc, "MOBILIZE", "destination") == [[place]], \
        [(e.type, _named(doc, e.origin), _named(doc, e.destination)) for e in doc.events]


def test_a_place_a_meeting_discusses_is_not_where_it_meets(full) -> None:
    # "جلسة … لبحث الأوضاع في الفاشر": the town is the topic; the meeting is in the scene told before it
    doc = _run(full, "وفي نيويورك، أعلنت البعثة البريطانية أن مجلس الأمن الدولي سيعقد جلسة طارئة بعد غد الجمعة "
                     "لبحث الأوضاع في الفاشر.")
    got = _role_names(doc, "CONSULT", "location")
    assert got and "الفاشر" not in got[0], [(e.type, _named(doc, e.location)) for e in doc.events]


@pytest.mark.parametrize("text,role,place", [
    # parts of a place told with في: the place is where it happened, not where from
    ("وانتشر الجيش في أجزاء من مدينة الخرطوم.", "destination", "الخرطوم"),
    ("وانتشرت قوات الانتقالي في مناطق واسعة من وادي حضرموت، قادمة من عدن.", "location", "وادي حضرموت"),
])
def test_parts_of_a_place_are_in_it(full, text: str, role: str, place: str) -> None:
    doc = _run(full, text)
    evs = [e for e in readings(doc) if e.type == "MOBILIZE"]
    assert evs and place in _named(doc, getattr(evs[0], role)) and place not in _named(doc, evs[0].origin), \
        [(e.type, _named(doc, e.location), _named(doc, e.origin)) for e in doc.events]


@pytest.mark.parametrize("text,actor", [
    # one person's two posts before his name carry the preposition (a call from him) or follow the light verb
    ("وتلقى وزير الخارجية المصري بدر عبد العاطي اتصالاً هاتفياً من رئيس مجلس الوزراء وزير الخارجية القطري الشيخ "
     "محمد بن عبد الرحمن آل ثاني، تناول مستجدات الاتفاق.", "محمد بن عبد الرحمن آل ثاني"),
    ("وذلك خلال مباحثات أجراها نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي مع نظيره السوري أسعد "
     "حسن الشيباني في دمشق.", "أيمن الصفدي"),
])
def test_a_long_run_of_titles_before_the_name(full, text: str, actor: str) -> None:
    doc = _run(full, text)
    assert _role_names(doc, "CONSULT", "actor") == [[actor]], [(e.type, _named(doc, e.actor)) for e in doc.events]


@pytest.mark.parametrize("text,recipient", [
    # "جميع الأطراف"، "طرفي النزاع" past the subject and an aside: the two sides of the fighting told before
    ("اندلعت اشتباكات بين جهاز الردع واللواء 444 في طرابلس. من جهتها، دعت بعثة الأمم المتحدة للدعم في ليبيا جميع "
     "الأطراف إلى ضبط النفس.", ["جهاز الردع لمكافحة الجريمة المنظمة والإرهاب", "اللواء 444 قتال"]),
    ("تستمر الحرب بين الجيش السوداني وقوات الدعم السريع. ودعت مصر وقطر، في بيان مشترك صدر مساء اليوم، طرفي النزاع "
     "إلى العودة للمفاوضات.", ["الجيش السوداني", "قوات الدعم السريع"]),
    # the two groups or battalions that fought, blamed by their dual
    ("اندلعت اشتباكات بين كتيبة «الفاروق» وسرية «النصر» في ميناء الزاوية. وحمّل المجلس البلدي الزاوية قادة "
     "المجموعتين المسؤولية الكاملة عن ترويع السكان.", ["كتيبة الفاروق", "سرية النصر"]),
    # "الأطراف" alone before what is asked, "أطراف النزاع"
    ("تستمر الحرب بين الجيش السوداني وقوات الدعم السريع. وأعرب المبعوث الأممي عن قلقه، داعياً الأطراف إلى ضبط "
     "النفس.", ["الجيش السوداني", "قوات الدعم السريع"]),
    ("تستمر الحرب بين الجيش السوداني وقوات الدعم السريع. وأعلنت منظمة الصحة العالمية وصول شحنة أدوية، داعيةً أطراف "
     "النزاع إلى فتح ممرات آمنة.", ["الجيش السوداني", "قوات الدعم السريع"]),
])
def test_the_sides_called_on_are_those_of_the_fighting(full, text: str, recipient: list) -> None:
    _expect_role(full, "ACCUSE" if "وحمّل" in text else "REQUEST", "recipient", [recipient],
                 text)


def test_a_demand_after_a_summons_is_made_of_the_one_summoned(full) -> None:
    # "استدعت الوزارة القائم بالأعمال الإيراني …، مطالبةً بالإفراج عن الناقلة": asked of the envoy summoned
    _expect_role(full, "REQUEST", "recipient", [["القائم بالأعمال الإيراني"]],
                 "استدعت وزارة الخارجية الإماراتية القائم بالأعمال الإيراني لدى الدولة، وسلّمته مذكرة احتجاج، "
                 "مطالبة بالإفراج الفوري عن الناقلة.")


def test_the_subject_of_what_is_threatened_is_not_threatened(full) -> None:
    # "هدد وزير الدفاع … كاتس بأن إسرائيل سترد": the state after أن is the threatener's own, not the one threatened
    doc = _run(full, "وهدد وزير الدفاع الإسرائيلي يسرائيل كاتس بأن إسرائيل سترد بقوة.")
    got = [_named(doc, e.recipient) for e in doc.events if e.type == "THREATEN" and e.trigger.text == "هدد"]
    assert got == [[]], [(e.type, e.trigger.text, _named(doc, e.recipient)) for e in doc.events]


@pytest.mark.parametrize("text,typ,person", [
    ("اغتيل القيادي في الحركة سامر يوسف قرب منزله في مدينة جنين.", "ASSAULT", "سامر يوسف"),
    ("قُتل الضابط في الشرطة المحلية محمود حداد برصاص مسلحين مجهولين.", "ASSAULT", "محمود حداد"),
    ("اعتُقل الصحفي ياسر منصور أثناء تغطيته الاحتجاجات في العاصمة.", "COERCE", "ياسر منصور"),
])
def test_a_titled_person_after_a_passive_is_the_one_it_happened_to(full, text: str, typ: str, person: str) -> None:
    # "اغتيل القيادي X": the title and name after a passive verb name the victim, not the doer
    doc = _run(full, text)
    [ev] = [e for e in readings(doc) if e.type == typ]
    assert _named(doc, ev.recipient)[:1] == [person] and person not in _named(doc, ev.actor), \
        (_named(doc, ev.actor), _named(doc, ev.recipient))


@pytest.mark.parametrize("text,actor,person", [
    ("اعتقل الجيش الصحفي سامر يوسف في مدينة الخليل.", "الجيش", "سامر يوسف"),
    ("اعتقلت الشرطة القيادي في الحزب ماهر عودة من منزله.", "الشرطة", "ماهر عودة"),
])
def test_a_bare_force_before_a_titled_person_arrests_him(full, text: str, actor: str, person: str) -> None:
    # "اعتقل الجيش الصحفي X": the title starts the object; it is no adjective of the force before it,
    # and the body the person serves (في الحزب) is part of his description
    doc = _run(full, text)
    [ev] = [e for e in doc.events if e.type == "COERCE"]
    assert (_named(doc, ev.actor), _named(doc, ev.recipient)) == ([actor], [person])


@pytest.mark.parametrize("text,person", [
    # a preposition on an indefinite title's first word (برئيس، بنظيره) carries to the person named after it
    ("أجرى الرئيس الجزائري عبد المجيد تبون اتصالاً هاتفياً برئيس الوزراء العراقي محمد شياع السوداني.",
     "محمد شياع السوداني"),
    ("أجرى الرئيس الجزائري عبد المجيد تبون اتصالاً هاتفياً بنظيره التونسي قيس سعيد.", "قيس سعيد"),
])
def test_a_call_to_a_person_past_a_clitic_title(full, text: str, person: str) -> None:
    _expect_role(full, "CONSULT", "recipient", [[person]], text)


def test_two_posts_received_are_host_and_guest(full) -> None:
    # "استقبل الرئيس التونسي السفير الفرنسي": the second post is the guest, not the host's name
    doc = _run(full, "واستقبل الرئيس التونسي السفير الفرنسي، وبحث معه العلاقات الثنائية.")
    [ev] = [e for e in doc.events if e.type == "CONSULT"]
    assert (_named(doc, ev.actor), _named(doc, ev.recipient)) == (["السفير الفرنسي"], ["الرئيس التونسي"])


def test_a_summons_past_a_long_name_and_a_time(full) -> None:
    # the ambassador summoned comes after the summoning ministry's long name and a time set off by commas
    _expect_role(full, "ACCUSE", "recipient", [["السفير الإيراني لدى أبوظبي"]],
                 "استدعت وزارة الشؤون الخارجية والتعاون الدولي الإماراتية، مساء أمس الأربعاء، السفير الإيراني "
                 "لدى أبوظبي.")


def test_a_future_act_in_a_relative_clause_is_the_antecedents(full) -> None:
    # "التحالف الدولي، الذي سينهي وجوده": the body before الذي ends its presence; the pronoun on the
    # phrase's noun (وجوده) makes no object of it
    doc = _run(full, "وتبقى القوات ضمن مهام التحالف الدولي، الذي سينهي وجوده العسكري في البلاد بحلول أيلول 2026.")
    [ev] = [e for e in doc.events if e.type == "RETREAT"]
    assert (_named(doc, ev.actor), _named(doc, ev.recipient)) == (["التحالف الدولي"], [])


def test_an_arrival_noun_of_a_titled_person_is_a_visit(full) -> None:
    # "وصول وزير الدفاع التركي X إلى دمشق": a visit by X (not troops arriving), who meets whoever he meets there
    doc = _run(full, "وتزامن ذلك مع وصول وزير الخارجية التركي هاكان فيدان إلى بغداد صباح اليوم، في زيارة رسمية "
                     "يلتقي خلالها رئيس الوزراء محمد شياع السوداني.")
    visits = [e for e in doc.events if e.type == "CONSULT" and e.mode == "visit"]
    assert [(_named(doc, e.actor), _named(doc, e.recipient)) for e in visits] == [(["هاكان فيدان"], ["محمد شياع السوداني"])]


def test_what_a_letter_says_is_said_by_who_sent_it(full) -> None:
    # "وجهت الوزارة رسالة إلى رئيس مجلس الأمن، أدانت فيها …": the sender condemns, not the addressee named last
    _expect_role(full, "ACCUSE", "actor", [["وزارة الخارجية السورية"]],
                 "ووجهت وزارة الخارجية السورية رسالة إلى رئيس مجلس الأمن، أدانت فيها الهجمات المتكررة على الجنوب.")


def test_a_delegation_representing_a_body_is_received(full) -> None:
    # "وفداً عن النقابة" (a delegation on behalf of): its body is the guest, as with "وفداً من"
    _expect_role(full, "CONSULT", "actor", [["نقابة عمال الموانئ"]],
                 "واستقبل وزير النقل حسان الطيب، اليوم الأربعاء بمقر الوزارة، وفداً عن نقابة عمال الموانئ يضم "
                 "أربعة ممثلين.")
    # a committee that stands for a crowd ("لجنة تمثل الفلاحين"): the crowd is the guest, no part of a body's name
    _expect_role(full, "CONSULT", "actor", [["العمال"]],
                 "واستقبل والي ولاية الجلفة، أحمد بن صالح، بمقر الولاية لجنة تمثل العمال المسرحين من مصنع الإسمنت.")


def test_the_owner_of_the_place_where_it_happened_is_no_subject(full) -> None:
    # "في ندوة عقدها بمقر النقابة في قسنطينة، رفض رئيس النقابة …": the union owns the hall; its president refused
    doc = _run(full, "وأوضحت النقابة الوطنية للأطباء أن الإضراب ناجح. وفي ندوة صحفية عقدها صباح اليوم بمقر النقابة "
                     "في وهران، رفض رئيس النقابة الدكتور وليد بلقاسم ما وصفه بلغة التهديد.")
    [ev] = [e for e in doc.events if e.type == "REJECT"]
    assert _named(doc, ev.actor) == ["وليد بلقاسم"], _named(doc, ev.actor)
