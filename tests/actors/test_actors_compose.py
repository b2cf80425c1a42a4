"""Agent noun + nationality adjective -> an actor with country, CAMEO code and English name."""

from __future__ import annotations

import pytest

from .conftest import actor_at, actor_texts

CASES = [
    # text, mention, code, country, English name
    ("بدأ انسحاب القوات الأميركية من القاعدة.", "القوات الأميركية", "USAMIL", "US", "US forces"),
    ("بدأ انسحاب القوات الأمريكية من القاعدة.", "القوات الأمريكية", "USAMIL", "US", "US forces"),
    ("قصف الجيش التركي مواقع في الجبال.", "الجيش التركي", "TURMIL", "TR", "Turkish army"),
    ("رحبت الحكومة العراقية بالاتفاق.", "الحكومة العراقية", "IRQGOV", "IQ", "Government of Iraq"),
    ("أعلنت وزارة الدفاع السورية ذلك.", "وزارة الدفاع السورية", "SYRGOVMIL", "SY", "Syrian Ministry of Defence"),
    ("وصلت القوات الروسية إلى المطار.", "القوات الروسية", "RUSMIL", "RU", "Russian forces"),
    ("انتشرت قوات أميركية في المنطقة.", "قوات أميركية", "USAMIL", "US", "US forces"),
    ("يضم المطار عسكريين أميركيين.", "عسكريين أميركيين", "USAMIL", "US", "US forces"),
    ("سيتسلم مواقع الجنود الإسرائيليين.", "الجنود الإسرائيليين", "ISRMIL", "IL", "Israeli forces"),
    ("قال البنك المركزي العراقي إن السعر ثابت.", "البنك المركزي العراقي", "IRQGOVBUS", "IQ", "Central Bank of Iraq"),
    ("أعلنت الدفاع التركية تحييد مسلحين.", "الدفاع التركية", "TURGOVMIL", "TR", "Turkish Ministry of Defence"),
    ("قالت الخارجية الأمريكية إن.", "الخارجية الأمريكية", "USAGOV", "US", "US Department of State"),
    ("اعتقلت الشرطة الباكستانية مشتبهين.", "الشرطة الباكستانية", "PAKCOP", "PK", "Pakistani police"),
    ("أعلنت المخابرات التركية ذلك.", "المخابرات التركية", "TURSPY", "TR", "Turkish intelligence"),
    ("صوت البرلمان الإيراني على القانون.", "البرلمان الإيراني", "IRNLEG", "IR", "Iranian parliament"),
    ("قالت البحرية الملكية البريطانية إن.", "البحرية الملكية البريطانية", "GBRMIL", "GB", "British Royal Navy"),
    ("أعلنت قوات الأمن العراقية ذلك.", "قوات الأمن العراقية", "IRQCOP", "IQ", "Iraqi security forces"),
    ("قالت حكومة العراق إن.", "حكومة العراق", "IRQGOV", "IQ", "Government of Iraq"),
    # customs: the Mashriq's الجمارك and Tunisia's الديوانة
    ("ضبطت الجمارك الأردنية شحنة مخدرات.", "الجمارك الأردنية", "JORGOV", "JO", "Jordanian customs"),
    ("أصيب ثلاثة أعوان من الديوانة التونسية.", "الديوانة التونسية", "TUNGOV", "TN", "Tunisian customs"),
    # Spain's Guardia Civil
    ("قال الحرس المدني الإسباني إنه أنقذ 50 مهاجراً.", "الحرس المدني الإسباني", "ESPCOP", "ES", "Spanish Civil Guard"),
    # an adjective too ambiguous alone (المالي = financial) names the state after its army or government
    ("توغلت وحدة من الجيش المالي قرب الحدود.", "الجيش المالي", "MLIMIL", "ML", "Malian army"),
    ("أعلنت الحكومة المالية الانتقالية رفضها.", "الحكومة المالية", "MLIGOV", "ML", "Government of Mali"),
    # a country's council outruns the UN's "مجلس الأمن", which a known name would read first
    ("عقد مجلس الأمن القومي الصومالي اجتماعاً.", "مجلس الأمن القومي الصومالي", "SOMGOV", "SO",
     "Somali National Security Council"),
    # a ministry whose name holds a known body's: the ministry, not the body
    ("قالت وزارة شؤون البيشمركة إن قواتها جاهزة.", "وزارة شؤون البيشمركة", "GOVMIL", None,
     "Ministry of Peshmerga Affairs"),
]


@pytest.mark.parametrize("text, surface, code, country, name_en", CASES)
def test_composition(run, text: str, surface: str, code: str, country: str, name_en: str) -> None:
    m = actor_at(run(text), surface)
    assert m.label == "ORG"
    assert m.attrs["actor_code"] == code
    assert m.attrs["country"] == country
    assert m.attrs["name_en"] == name_en


def test_embassy_with_its_city(run) -> None:
    doc = run("أوضحت السفارة الأميركية في بغداد أن المهمة مستمرة.")
    m = actor_at(doc, "السفارة الأميركية في بغداد")
    assert m.attrs["actor_code"] == "USAGOV"
    assert m.attrs["name_en"].startswith("US Embassy")


def test_coordinated_nationalities_are_separate_actors(run) -> None:
    doc = run("دربت القوات الأسترالية والنيوزيلندية والأميركية الكوادر.")
    keys = {doc.text[m.start:m.end]: m.attrs["key"] for m in doc.spans["actors"]}
    assert keys["القوات الأسترالية"] == "AU:forces"
    assert keys["النيوزيلندية"] == "NZ:forces"
    assert keys["الأميركية"] == "US:forces"


@pytest.mark.parametrize("text, surface", [
    ("قصفت القوات المواقع التركية.", "القوات المواقع التركية"),  # a noun, not an adjective, between
    ("أكدت وزارة المالية أن الموازنة جاهزة.", None),  # a named ministry stands alone
])
def test_composition_boundaries(run, text: str, surface: str | None) -> None:
    doc = run(text)
    texts = actor_texts(doc)
    if surface is None:
        assert "وزارة المالية" in texts
    else:
        assert surface not in texts and "القوات" not in texts


def test_army_soldiers_and_forces_are_one_entity(run) -> None:
    doc = run("أعلن الجيش الإسرائيلي انسحابه، وسيتسلم الجيش اللبناني مواقع الجنود الإسرائيليين بعد انسحاب القوات الإسرائيلية.")
    idf = [e for e in doc.entities if e.country == "IL"]
    assert len(idf) == 1
    assert {m.text for m in idf[0].mentions} >= {"الجيش الإسرائيلي", "الجنود الإسرائيليين", "القوات الإسرائيلية"}


@pytest.mark.parametrize("text, unit", [
    ("وتسلمت قطعات من الفرقة السابعة في الجيش العراقي المواقع.", "الفرقة السابعة"),
    ("وقال قائد المنطقة العسكرية الشرقية إن الحدود مؤمنة.", "المنطقة العسكرية الشرقية"),
    ("وانتشر اللواء 51 في المنطقة.", "اللواء 51"),
    # a brigade named by its ordinal (a rank is followed by a name, never by an ordinal)
    ("فيما انتشرت قوة من اللواء الثامن للبيشمركة في الموقع.", "اللواء الثامن"),
    # a command named after a province whose name is also a given name
    ("وأعلنت قيادة عمليات صلاح الدين اعتقال ثلاثة مطلوبين في قضاء الدور.", "قيادة عمليات صلاح الدين"),
    # the arm a numbered unit names after its rank is part of its name
    ("وصدّت الفرقة الثالثة مشاة التابعة للجيش السوداني الهجوم.", "الفرقة الثالثة مشاة"),
    ("وتقدم اللواء 12 مدرع نحو المدينة.", "اللواء 12 مدرع"),
])
def test_military_units(run, text: str, unit: str) -> None:
    m = actor_at(run(text), unit)
    assert m.attrs["kind"] == "unit" and m.attrs["actor_code"].endswith("MIL")


def test_a_command_is_the_command_later(run) -> None:
    # a command named after its place is "القيادة" later; the rank "اللواء" before a name is no brigade
    doc = run("أطلقت قيادة عمليات نينوى عملية أمنية. وقال اللواء الركن خالد الحمداني إن القيادة أرسلت "
              "تعزيزات إلى المنطقة.")
    ents = [e for e in doc.entities if e.name_ar == "قيادة عمليات نينوى"]
    assert len(ents) == 1 and "القيادة" in {m.text for m in ents[0].mentions}, doc.entities


def test_a_rank_is_not_a_brigade(run) -> None:
    doc = run("وقال اللواء سعد الحمداني إن القطعات جاهزة.")
    assert [m.attrs["kind"] for m in doc.spans["actors"]] == ["person"]


def test_agent_noun_ends_the_phrase_before_it(run) -> None:
    # "الأراضي" is an agent of its own (the country's territory), no adjective of "الجنود"
    doc = run("غادر الجنود الأراضي العراقية أمس.")
    names = actor_texts(doc)
    assert "الجنود الأراضي العراقية" not in names, names


def test_an_embassy_takes_its_city_not_its_quarter(run) -> None:
    """"السفارة الأمريكية في بغداد" is one body; "… في منطقة عوكر" names the quarter where it stands, a place."""
    doc = run("تظاهر المئات أمام السفارة الأمريكية في منطقة عوكر شمال بيروت.")
    assert actor_at(doc, "السفارة الأمريكية").label == "ORG"
    assert "السفارة الأمريكية في منطقة عوكر" not in actor_texts(doc)


@pytest.mark.parametrize("text, surface", [
    # a body's office at a place is the body's premises: the body is the actor
    ("اقتحم مسلحون مكتب برنامج الأغذية العالمي في صنعاء.", "برنامج الأغذية العالمي"),
    # an office named by its purpose is a body of its own, purpose and place whole
    ("افتتح مكتب الأمم المتحدة لحقوق الإنسان في بغداد.", "مكتب الأمم المتحدة لحقوق الإنسان في بغداد"),
    ("قالت بعثة الأمم المتحدة للدعم في ليبيا إن الاشتباكات توقفت.", "بعثة الأمم المتحدة للدعم في ليبيا"),
    # the purpose's genitive in construct, to its definite noun or its place
    ("ودعت بعثة الأمم المتحدة لدعم اتفاق السلام الطرفين إلى التهدئة.", "بعثة الأمم المتحدة لدعم اتفاق السلام"),
    # the mechanism that monitors the cessation of hostilities in Lebanon, by its names
    ("ورفع الجيش تقريره إلى آلية الإشراف على وقف الأعمال العدائية.", "آلية الإشراف على وقف الأعمال العدائية"),
    ("وعقدت لجنة الميكانيزم اجتماعها في الناقورة.", "لجنة الميكانيزم"),  # (a guard: a committee by its name too)
])
def test_offices_and_missions(run, text: str, surface: str) -> None:
    assert actor_at(run(text), surface).label == "ORG"


@pytest.mark.parametrize("text, surface", [
    # a province's or a town's own administration or crisis cell, named by its kind and the place it governs
    # with في (with ب, the place is its seat's: "في مقر السلطة المحلية بالمكلا")
    ("أدانت السلطة المحلية في محافظة البيضاء القصف.", "السلطة المحلية في محافظة البيضاء"),
    ("وأعلنت خلية الأزمة في محافظة ديالى فرض حظر للتجوال.", "خلية الأزمة في محافظة ديالى"),
    ("وطالبت الحكومة المحلية في محافظة البصرة بزيادة الحصة.", "الحكومة المحلية في محافظة البصرة"),
    ("والتقى المحافظ ممثلي المعتصمين في مقر السلطة المحلية بمدينة عتق.", "السلطة المحلية"),
    # the ministry in charge of a sector, as unions in the Maghreb name it
    ("وحمّلت النقابة سلطة الإشراف مسؤولية تعطيل المفاوضات.", "سلطة الإشراف"),
    ("ودعت النقابة الوزارة الوصية إلى فتح باب الحوار.", "الوزارة الوصية"),
    # retired servicemen, told retirees first
    ("ونفذ مئات المتقاعدين العسكريين وقفة احتجاجية أمام مقر المحافظة.", "المتقاعدين العسكريين"),
    ("وقال المجلس المحلي في مدينة رداع إن القصف مستمر.", "المجلس المحلي في مدينة رداع"),
    # Libya's oil-facilities guard and a named brigade
    ("ونفذ عناصر من حرس المنشآت النفطية اعتصاماً داخل الميناء.", "حرس المنشآت النفطية"),
    ("وصل رتل تابع للواء طارق بن زياد المعزز إلى أجدابيا.", "لواء طارق بن زياد المعزز"),
    # a state's military intelligence, named without its state in an article about one
    ("وقال مصدر أمني عراقي إن قوة من الاستخبارات العسكرية اعتقلت شخصين في الرطبة.", "الاستخبارات العسكرية"),
    # the jobless, counted, of a place: a crowd of their own
    ("ونفذ عشرات المعطلين عن العمل من أبناء ولاية تطاوين اعتصاماً أمام مقر الولاية.", "المعطلين عن العمل"),
    ("ونفذ عشرات المعطلين عن العمل في مدينة قفصة اعتصاماً أمام مقر الولاية.", "المعطلين عن العمل"),
    # a trade counted from the towns of a province, or in it with ب (Maghreb farmers: الفلاحين)
    ("وأغلق مئات المزارعين من قرى ولاية قفصة الطريق الوطني احتجاجاً على شح مياه الري.", "المزارعين"),
    ("وتجمع عشرات الفلاحين بولاية بسكرة أمام مقر الولاية للمطالبة بالتعويض.", "الفلاحين"),
    # a trade counted right after a verb of gathering, with no place told: a crowd still
    ("ونظّم عشرات التجار والباعة، صباح اليوم، وقفة احتجاجية أمام البلدية.", "التجار"),
    ("ونظّم عشرات من النازحين، صباح اليوم، وقفة احتجاجية أمام البلدية.", "النازحين"),
    # farmers, fishermen or drivers named by the crop, catch or load they live by
    ("تظاهر مئات من مزارعي القمح أمام مبنى ديوان محافظة الفيوم.", "مزارعي القمح"),
    ("ونفذ صيادو الأسماك وقفة احتجاجية في ميناء الصويرة.", "صيادو الأسماك"),
    # … students and employees by their field, and any of them by an indefinite plural in construct
    ("ونظم طلبة الطب وقفة احتجاجية أمام مقر الوزارة في الرباط.", "طلبة الطب"),
    ("ونفذ سائقو سيارات الأجرة إضراباً عاماً في العاصمة تونس.", "سائقو سيارات الأجرة"),
    ("ونظم طلبة كليات الصيدلة مسيرة نحو البرلمان في الرباط.", "طلبة كليات الصيدلة"),
    # the national army of the article's state, named without its state
    ("أغلق محتجون صمام النفط في تطاوين بتونس. وفي الأثناء، عززت وحدات من الجيش الوطني انتشارها حول المحطة.",
     "الجيش الوطني"),
    # a family, a party to a feud or a claim
    ("وقعت مشاجرة مسلحة بالقرية بين عائلة الشوافعة وجيرانها.", "عائلة الشوافعة"),
    # Maghreb "السلط" (the authorities) of a region
    ("وكانت السلط الجهوية بمدنين قد قررت غلق المعبر بصفة وقتية.", "السلط الجهوية"),
    # two families after the dual, each its own body
    ("تجدّد الخلاف بين عائلتي الحناشات والدراوشة في القرية.", "الحناشات"),
    ("تجدّد الخلاف بين عائلتي الحناشات والدراوشة في القرية.", "الدراوشة"),
    # a church body named by its see
    ("وأصدرت مطرانية سوهاج بياناً دعت فيه الأقباط إلى ضبط النفس.", "مطرانية سوهاج"),
    # a court named by its town ("محكمة تبسة")
    ("وأدانت محكمة تبسة المتهمين بتهمة التهريب.", "محكمة تبسة"),
    # a province's crisis cell
    ("فيما فرضت خلية الأزمة في المحافظة حظراً شاملاً للتجوال في ناحية كميت بميسان.", "خلية الأزمة"),
    # a municipal council named by its town with no preposition (Libyan usage)
    ("وأعلن المجلس البلدي الزاوية، في بيان، التوصل إلى اتفاق لوقف إطلاق النار في مدينة الزاوية.",
     "المجلس البلدي الزاوية"),
    # and so is a town's military council
    ("واتهم المجلس العسكري غريان، في بيان، مجموعات مسلحة بالوقوف وراء الهجوم.", "المجلس العسكري غريان"),
    # a public office ("ديوان الحبوب"، "الديوان الملكي")
    ("وأكد المدير الجهوي لديوان الحبوب أن الديوان سيشرع في صرف المستحقات.", "ديوان الحبوب"),
    ("وأعلن الديوان الملكي الأردني في بيان وفاة الأمير.", "الديوان الملكي الأردني"),
    # a province's or a region's government
    ("وأعلنت حكومة الولاية الشمالية فرض حظر للتجوال في مروي.", "حكومة الولاية الشمالية"),
    # a municipality named by its town, the subject of a verb that agrees with it
    ("وطالبت بلدية الكفرة الحكومة بتقديم مساعدات عاجلة للاجئين.", "بلدية الكفرة"),
    ("وقالت بلدية صيدا في بيان إن السوق سيغلق ليومين.", "بلدية صيدا"),
])
def test_local_administrations(run, text: str, surface: str) -> None:
    assert actor_at(run(text), surface).label == "ORG"


@pytest.mark.parametrize("text, surface, code", [
    # the presidency and the head of government's office, with no nationality: the article's country's
    ("تونس – «الشروق»\nوأعلنت رئاسة الجمهورية، في بيان، تعيين وزير جديد للتربية.", "رئاسة الجمهورية", "TUNGOV"),
    ("عمّان – «الغد»\nوقالت رئاسة الوزراء إن الحكومة ستنظر في مطالب المعلمين.", "رئاسة الوزراء", "JORGOV"),
    # a royal air force with no nationality: the kingdom's the article is about
    ("عمّان – «الغد»\nونفذت طائرات سلاح الجو الملكي غارات على مواقع المهربين قرب الحدود الشمالية.",
     "سلاح الجو الملكي", "JORMIL"),
    # the internationally recognised government, one name (not «الحكومة» and a phrase after it)
    ("عدن – «الأيام»\nوقالت الحكومة المعترف بها دولياً إن المفاوضات تعثرت.", "الحكومة المعترف بها دولياً", "YEMGOV"),
    # a state's aid programme named for the country it serves is the giver's body (organisations.tsv)
    ("وسلّم البرنامج السعودي لتنمية وإعمار اليمن شحنة من الوقود لمحطات الكهرباء في المكلا.",
     "البرنامج السعودي لتنمية وإعمار اليمن", "SAUGOV"),
    # Israel's office for civil affairs in the occupied territories (COGAT), by its several names
    ("وقالت هيئة تنسيق أعمال الحكومة الإسرائيلية في المناطق إن المعبر سيفتح غداً.",
     "هيئة تنسيق أعمال الحكومة الإسرائيلية في المناطق", "ISRGOV"),
    ("وحمّلت وحدة تنسيق أعمال الحكومة الإسرائيلية في المناطق الأمم المتحدة مسؤولية تأخر الشاحنات.",
     "وحدة تنسيق أعمال الحكومة الإسرائيلية في المناطق", "ISRGOV"),
    # a central bank, its country in construct and its adjective after it
    ("وقال مصرف سوريا المركزي إن سعر الصرف استقر.", "مصرف سوريا المركزي", "SYRGOVBUS"),
    ("ودعت الحكومة بنك السودان المركزي إلى ضخ السيولة.", "بنك السودان المركزي", "SDNGOVBUS"),
    # Tunisia's state chemical group, a company
    ("تونس – «الصباح»\nونفى المجمع الكيميائي التونسي أي زيادة في الكميات المسكوبة، وأكدت تونس ذلك.",
     "المجمع الكيميائي التونسي", "TUNBUS"),
    # the Maghreb's specialised judicial poles
    ("الجزائر – «الخبر»\nوأحال القطب الجزائي المتخصص بقسنطينة ملف الشبكة على قاضي التحقيق، وأكدت الجزائر ذلك.",
     "القطب الجزائي المتخصص", "DZAJUD"),
])
def test_state_bodies_named_with_no_nationality(run, text: str, surface: str, code: str) -> None:
    m = actor_at(run(text), surface)
    assert m.label == "ORG" and m.attrs["actor_code"] == code, m


@pytest.mark.parametrize("text", [
    # (guards) a municipality as a place things happen in, or a post's or a people's town
    "وأوقفت مصالح الأمن ثلاثة أشخاص ببلدية تادمايت.",
    "وانفجرت عبوة في بلدية تيشي شرق بجاية.",
    "وتظاهر العشرات من سكان بلدية تيشي أمام مقر الدائرة.",
    # (a guard) a governorate's seat, a building
    "وتظاهر الصيادون أمام مبنى ديوان عام محافظة دمياط.",
])
def test_a_municipality_as_a_place_is_no_body(run, text: str) -> None:
    doc = run(text)
    found = [doc.text[m.start:m.end] for m in doc.spans.get("actors", [])]
    assert not [t for t in found if t.startswith(("بلدية", "ببلدية", "ديوان"))], found


@pytest.mark.parametrize("text", [
    "وتراجعت الأوراق المالية والسلطات المالية في البورصة.",  # financial authorities
    "قال وزير المالية إن الوضع المالي صعب.",
])
def test_an_ambiguous_adjective_alone_names_no_state(run, text: str) -> None:
    doc = run(text)
    assert not [m for m in doc.spans.get("actors", []) if m.attrs.get("country") == "ML"]


@pytest.mark.parametrize("text, surface", [
    # bodies of people named by what they are, common parties to protests
    ("لتفريق تظاهرة نظمها مئات الخريجين العاطلين عن العمل أمام مبنى المحافظة.", "الخريجين العاطلين عن العمل"),
    ("اعتصم العاطلون عن العمل أمام مقر المعتمدية.", "العاطلون عن العمل"),
    ("وطالب الخريجون بفرص عمل.", "الخريجون"),
])
def test_people_named_by_what_they_are(run, text: str, surface: str) -> None:
    m = actor_at(run(text), surface)
    assert m.label == "ORG" and m.attrs["actor_code"].endswith("CVL")


@pytest.mark.parametrize("text, surface, code", [
    # owners of a trade's means, parties to arrests and protests: boats (fishermen), bakeries (merchants)
    ("وألقت الشرطة القبض على 9 من أصحاب المراكب الذين أبحروا رغم قرار الحظر.", "أصحاب المراكب", "AGR"),
    ("وأغلق أصحاب القوارب مدخل الميناء احتجاجاً على رفع الرسوم.", "أصحاب القوارب", "AGR"),
    ("وأضرب أصحاب المخابز عن العمل احتجاجاً على رفع سعر الطحين.", "أصحاب المخابز", "BUS"),
])
def test_owners_of_a_trades_means(run, text: str, surface: str, code: str) -> None:
    m = actor_at(run(text), surface)
    assert m.label == "ORG" and m.attrs["actor_code"].endswith(code), m.attrs


def test_a_union_office_is_a_labour_body(run) -> None:
    # "المكتب النقابي" (a union's local office, Maghreb usage) calls strikes and sit-ins
    m = actor_at(run("وأعلن المكتب النقابي تنظيم وقفة احتجاجية أمام مقر العمالة."), "المكتب النقابي")
    assert m.label == "ORG" and m.attrs["actor_code"].endswith("LAB"), m.attrs


def test_a_conjunct_that_does_not_agree_is_a_second_party(run) -> None:
    # a plural group after a feminine adjective is no second adjective of the same noun
    doc = run("جرت المفاوضات بين الحكومة اليمنية والحوثيين في مسقط.")
    names = {m.attrs["name_en"] for m in doc.spans["actors"]}
    assert not any(n.startswith("Government of Houthis") for n in names), names


def test_security_members_are_the_countrys_police(run) -> None:
    doc = run("الدار البيضاء – هسبريس\nفرّقت عناصر الأمن بالدار البيضاء وقفة احتجاجية للأساتذة أمام مقر الأكاديمية.")
    m = actor_at(doc, "عناصر الأمن")
    assert m.attrs["actor_code"] == "MARCOP", m.attrs


def test_a_hospital_centre_is_no_state_agency(run) -> None:
    doc = run("نُقل ثلاثة منهم إلى المركز الاستشفائي الجامعي ابن رشد بالدار البيضاء.")
    m = actor_at(doc, "المركز الاستشفائي الجامعي")
    assert m.attrs["actor_code"] in (None, "MAR"), m.attrs  # its country at most, no government sector


@pytest.mark.parametrize("text, surface", [
    # bodies of people named by what they do: public employees, retired servicemen, truck drivers
    ("نفّذ موظفو القطاع العام والعسكريون المتقاعدون في لبنان إضراباً شاملاً.", "موظفو القطاع العام"),
    ("نفّذ موظفو القطاع العام والعسكريون المتقاعدون في لبنان إضراباً شاملاً.", "العسكريون المتقاعدون"),
    ("ونظم سائقو الشاحنات في إيران إضراباً موازياً.", "سائقو الشاحنات"),
])
def test_people_named_by_their_work(run, text: str, surface: str) -> None:
    doc = run(text)
    assert surface in actor_texts(doc)


@pytest.mark.parametrize("text, names", [
    # a dual head before two names joined by و: each name is a body of the head's kind, even one that
    # alone names nothing (فتح is also "opened")
    ("عقد وفدا حركتي حماس وفتح اجتماعاً في القاهرة.", ["حركة حماس", "حركة فتح"]),
    ("التقى ممثلو حركتي فتح وحماس أمس.", ["حركة فتح", "حركة حماس"]),
])
def test_a_dual_head_names_both_bodies(run, text: str, names: list[str]) -> None:
    doc = run(text)
    assert [e.name_ar for e in doc.entities if e.type == "ORG"] == names


def test_a_verb_alone_is_no_body(run) -> None:
    # (a guard) "فتح" without the dual head stays a verb
    doc = run("وقال إن الجيش فتح الطريق أمام حركة حماس.")
    assert "حركة فتح" not in [e.name_ar for e in doc.entities]


@pytest.mark.parametrize("text, party", [
    # "armed" after a people noun describes it: one party, not the people and a second party of gunmen
    ("اشتبك الجيش مع المهربين المسلحين قرب الحدود.", "المهربين المسلحين"),
    ("وهاجم مستوطنون مسلحون قرية ترمسعيا.", "مستوطنون مسلحون"),
])
def test_armed_describes_the_people_before_it(run, text: str, party: str) -> None:
    doc = run(text)
    orgs = [e.name_ar for e in doc.entities if e.type == "ORG"]
    assert party in orgs and "المسلحين" not in orgs and "مسلحون" not in orgs, orgs


@pytest.mark.parametrize("text, group", [
    # the ministers of one portfolio from several states meet as one party, of no single country
    ("اختتم وزراء الخارجية العرب اجتماعهم في القاهرة.", "وزراء الخارجية"),
    ("اجتمع وزراء الدفاع في دول مجلس التعاون في الكويت.", "وزراء الدفاع"),
])
def test_ministers_of_several_states(run, text: str, group: str) -> None:
    doc = run(text)
    ent = next((e for e in doc.entities if e.name_ar == group), None)
    assert ent is not None and ent.type == "ORG" and not ent.country, [(e.name_ar, e.country) for e in doc.entities]


def test_another_countrys_namesake_is_another_body(run) -> None:
    # a known body's name with another country's adjective after it is that country's namesake
    doc = run("وقصفت مسيّرات مقراً للحزب الديمقراطي الكردستاني الإيراني قرب كويه. وقال الحزب الديمقراطي الكردستاني إن الهجوم مدان.")
    names = [e.name_ar for e in doc.entities if e.type == "ORG"]
    assert "الحزب الديمقراطي الكردستاني الإيراني" in names and "الحزب الديمقراطي الكردستاني" in names, names


def test_the_armed_forces_alone_are_the_articles_countrys(run) -> None:
    # "القوات المسلحة" alone, in an article plainly about one country, is that country's army
    doc = run("الخرطوم – سودان تريبيون\nوقال المتحدث إن القوات المسلحة تصدت لهجوم قوات الدعم السريع على الفاشر.")
    ent = next((e for e in doc.entities if e.name_ar == "القوات المسلحة"), None)
    assert ent is not None and ent.country == "SD", [(e.name_ar, e.country) for e in doc.entities]


@pytest.mark.parametrize("text, surface, code", [
    # Morocco's royal navy and gendarmerie, named alone in a Moroccan article
    ("الرباط – أعلنت القيادة العامة للقوات المسلحة الملكية أن وحدات تابعة للبحرية الملكية اعترضت خمسة قوارب "
     "قبالة سواحل طرفاية المغربية.", "للبحرية الملكية", "MARMIL"),
    ("الرباط – أعلنت السلطات المغربية أن عناصر الدرك الملكي أوقفت ستة أشخاص بضواحي مدينة طرفاية المغربية.",
     "الدرك الملكي", "MARCOP"),
    # and its Auxiliary Forces
    ("الرباط – أعلنت السلطات المغربية أن عناصر القوات المساعدة فرّقت تجمعاً للمحتجين في مدينة الحسيمة المغربية.",
     "القوات المساعدة", "MARMIL"),
    # and its public forces, though Spain is named beside them
    ("أحبطت عناصر القوات العمومية بإقليم الناظور، فجر أمس، محاولة اقتحام للسياج المحيط بمدينة مليلية، وفق "
     "السلطات المغربية، فيما أكد الحرس المدني الإسباني أن أي مهاجر لم يعبر.", "القوات العمومية", "MARCOP"),
])
def test_moroccan_royal_forces_alone(run, text: str, surface: str, code: str) -> None:
    assert actor_at(run(text), surface).attrs["actor_code"] == code


@pytest.mark.parametrize("text, surface", [
    # the Maghreb's national police (Sûreté nationale), named by its members or services
    ("الرباط – أوقفت عناصر الأمن الوطني أربعة شبان في مدينة العيون المغربية ليل أمس.", "عناصر الأمن الوطني"),
    ("الجزائر – أعلنت مصالح الأمن الوطني حجز كميات من المخدرات بولاية وهران الجزائرية.", "مصالح الأمن الوطني"),
])
def test_the_national_police_by_its_members(run, text: str, surface: str) -> None:
    assert actor_at(run(text), surface).attrs["actor_code"].endswith("COP")


def test_national_security_alone_is_no_body(run) -> None:
    # a guard: the idea of national security is no actor
    doc = run("الرباط – قال الوزير إن هذه الأفعال تمس بالأمن الوطني للمملكة المغربية.")
    assert not [e for e in doc.entities if "الأمن الوطني" in e.name_ar]


@pytest.mark.parametrize("text, surface", [
    # a ministry of a regional or rival government is named with that government
    ("وقالت وزارة الصحة في حكومة صنعاء إن الحصيلة ارتفعت.", "وزارة الصحة في حكومة صنعاء"),
    ("وأدانت وزارة الخارجية في حكومة إقليم كردستان القصف.", "وزارة الخارجية في حكومة إقليم كردستان"),
])
def test_a_ministry_of_a_named_government(run, text: str, surface: str) -> None:
    assert actor_at(run(text), surface).label == "ORG"


def test_a_ministry_whose_name_says_whose_it_is_stands_alone(run) -> None:
    # (a guard) "وزارة شؤون البيشمركة في حكومة إقليم كردستان": the ministry and the government, each named
    texts = actor_texts(run("وقالت وزارة شؤون البيشمركة في حكومة إقليم كردستان إن الهجوم فشل."))
    assert "وزارة شؤون البيشمركة" in texts, texts


def test_traders_named_by_their_nationality(run) -> None:
    # "تجار ليبيون": traders of a country, a party to the protest they hold; "التجار" alone names no one
    doc = run("ونظم تجار ليبيون أمس وقفة احتجاجية أمام مقر البلدية.")
    m = actor_at(doc, "تجار ليبيون")
    assert (m.label, m.attrs["country"]) == ("ORG", "LY")
    assert "التجار" not in actor_texts(run("ارتفعت الأسعار وشكا التجار من الركود."))
