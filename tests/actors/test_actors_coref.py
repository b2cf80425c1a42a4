"""One entity, many mentions: short forms, surnames, demonstratives, country phrases."""

from __future__ import annotations

import pytest

from .conftest import actor_at, actor_texts, entity_of

SAME = [
    # text, full mention, later mention
    ("أوضحت السفارة الأميركية في بغداد أن المهمة مستمرة. وأضافت السفارة أن التحالف باق.",
     "السفارة الأميركية في بغداد", "السفارة"),
    ("قال التحالف الدولي إن مهمته انتهت. وأضاف التحالف أن القوات ستغادر.", "التحالف الدولي", "التحالف"),
    ("أفاد مصدر حكومي عراقي بأن الانسحاب سيبدأ. وقال المصدر إن الموعد ثابت.", "مصدر حكومي عراقي", "المصدر"),
    ("واصلت الفصائل المسلحة الضغط، إذ طالبت تلك الفصائل بالانسحاب.", "الفصائل المسلحة", "الفصائل"),
    ("أعلنت وزارة الدفاع التركية مقتل مسلحين. ودرجت الوزارة على ذلك.", "وزارة الدفاع التركية", "الوزارة"),
    ("ذكر مصدر كردي لوكالة فرانس برس أن الانسحاب بدأ. ورصد مصورو الوكالة الفرنسية الشاحنات.",
     "وكالة فرانس برس", "الوكالة الفرنسية"),
    ("قال رئيس الوزراء العراقي، محمد شياع السوداني، إن التعاون مستمر. وبحث السوداني الملف.",
     "محمد شياع السوداني", "السوداني"),
    # a family name that is also a common word ("عون"), after a title
    ("ترأس رئيس الجمهورية العماد جوزاف عون الجلسة. واستقبل الرئيس عون اليوم السفير الفرنسي.",
     "جوزاف عون", "عون"),
    # armour with its army's nationality is that army, which keeps its own name
    ("توغلت آليات إسرائيلية في بلدة بيت حانون. وقال الجيش الإسرائيلي إن قواته تعاملت مع مسلحين.",
     "الجيش الإسرائيلي", "آليات إسرائيلية"),
    # … and so are drones told by the plural participle alone
    ("أغارت مسيّرات إسرائيلية على سيارة في بلدة ميس الجبل. وقال الجيش الإسرائيلي إنه استهدف عنصراً في الحزب.",
     "الجيش الإسرائيلي", "مسيّرات إسرائيلية"),
    # … and so are warplanes told indefinitely ("قصفت طائرات إسرائيلية", "مقاتلات روسية")
    ("قصفت طائرات إسرائيلية منزلاً في بلدة عيترون. وقال الجيش الإسرائيلي إنه استهدف مخزن أسلحة.",
     "الجيش الإسرائيلي", "طائرات إسرائيلية"),
    ("نفذت مقاتلات روسية غارات على ريف إدلب، وأكدت القوات الروسية أنها ضربت مواقع للمسلحين.",
     "القوات الروسية", "مقاتلات روسية"),
    # … or the one armed body of theirs the article names otherwise
    ("أغارت مقاتلات أميركية على مواقع قرب الحديدة. وقالت القيادة المركزية الأميركية إن الضربات دمرت منصات.",
     "القيادة المركزية الأميركية", "مقاتلات أميركية"),
    # … and so are a state's drones where the article names its army and never the state
    ("أطلقت طائرة مسيرة تركية صاروخاً على سيارة قرب القامشلي. وقال الجيش التركي إنه حيد مسلحين.",
     "الجيش التركي", "طائرة مسيرة تركية"),
    # (the state named: the drones are its)
    ("أطلقت طائرة مسيرة تركية صاروخاً على سيارة قرب القامشلي. وقالت تركيا إنها حيدت مسلحين.",
     "تركيا", "طائرة مسيرة تركية"),
    # … or right after a verb whose subject it is
    ("استقبل الرئيس جوزاف عون قائد الجيش. ودان عون الغارة الإسرائيلية على البقاع.", "جوزاف عون", "عون"),
    ("التقى رئيس الحكومة نواف سلام الوفد. وقال سلام إن الحوار مستمر.", "نواف سلام", "سلام"),
    # a post set off by commas after the name names him later
    ("وصرح السفير كمال النجار، المتحدث الرسمي باسم الرئاسة، بأن اللقاء كان مثمراً. وأضاف المتحدث أن الجانبين اتفقا.",
     "كمال النجار", "المتحدث"),
    # the accused are the smugglers, cell or gang told last before them
    ("ضبطت دورية لحرس الحدود خمسة مهربين قرب السلوم. وأمرت النيابة بحبس المتهمين الخمسة.", "مهربين",
     "المتهمين الخمسة"),
    # … and so are those held («الموقوفون»)
    ("فككت الشرطة خلية إرهابية في المدينة. وقُدّم الموقوفون الأربعة أمس أمام النيابة العامة.", "خلية إرهابية",
     "الموقوفون الأربعة"),
    # a titled person told by the end of a name given whole before, one that opens with عبد
    ("التقى الدكتور هشام عبد الرؤوف نظيره. وأكد الوزير عبد الرؤوف أن اللقاء مثمر.",
     "هشام عبد الرؤوف", "عبد الرؤوف"),
    ("أعلن حزب العمال الكردستاني سحب مقاتليه. ويخوض الحزب تمردا منذ عقود.", "حزب العمال الكردستاني", "الحزب"),
    ("باشرت القوات الأمريكية الانسحاب. وأخلت هذه القوات قاعدتين.", "القوات الأمريكية", "القوات"),
    ("ونقلت وكالة الأنباء العراقية (واع) عن المتحدث ذلك.", "وكالة الأنباء العراقية", "واع"),
    ("وقال المتحدث باسم العمليات المشتركة، اللواء تحسين الخفاجي، إن التسليم تم. وأوضح المتحدث أن الموقع جاهز.",
     "تحسين الخفاجي", "المتحدث"),
    ("تم تسليم الموقع إلى الجانب العراقي. وقال العراق إن المواقع كلها ستسلم.", "العراق", "الجانب العراقي"),
    # the one armed group named, called "the militia"
    ("سيطرت قوات الدعم السريع على بارا. وقال الجيش إن الميليشيا قصفت الأحياء.", "قوات الدعم السريع", "الميليشيا"),
    # the public prosecution, and "the prosecution" after it
    ("وقالت النيابة العامة المصرية إن التحقيقات مستمرة. وأضافت النيابة أن المتهمين اعترفوا.",
     "النيابة العامة المصرية", "النيابة"),
    # the occupation (الاحتلال), after its forces are named, is those forces
    ("اقتحمت قوات الاحتلال الإسرائيلي مخيم نور شمس. واتهمت الحركة الاحتلال بخرق الاتفاق.",
     "قوات الاحتلال الإسرائيلي", "الاحتلال"),
    # a post's bare title, after the person who holds it was named with it
    ("استقبل محافظ الأنبار راكان الجبوري وفداً من الوجهاء. وأدان المحافظ الهجوم على القرية.",
     "راكان الجبوري", "المحافظ"),
    ("استقبلت وزيرة الصناعة التونسية فاطمة ثابت وفداً أمس. ودعت الوزيرة المحتجين إلى الحوار.",
     "فاطمة ثابت", "الوزيرة"),
    # the soldiers, after a force is named
    ("اقتحمت قوات الاحتلال الإسرائيلي قرية بيت أمر. وأطلق الجنود قنابل الغاز.", "قوات الاحتلال الإسرائيلي", "الجنود"),
    # an agency named by what it is, then by its own short name in marks, is that outlet
    ("وقالت الوزارة في بيان نقلته وكالة الأنباء السورية «سانا» إن الطريق فُتح.", "سانا", "وكالة الأنباء السورية"),
    # the unit a force sends, named before it with من or لـ, is that force when told alone
    ("أوقفت قوة من البحرية الليبية زورقاً قرب الساحل، وأطلق من عليه النار على القوة.", "البحرية الليبية", "القوة"),
    ("تعرضت دورية للجيش اللبناني لكمين قرب المعبر، وردت الدورية على مصدر النيران.", "للجيش اللبناني", "الدورية"),
]


@pytest.mark.parametrize("text, full, later", SAME)
def test_later_mention_joins_the_entity(run, text: str, full: str, later: str) -> None:
    doc = run(text)
    assert entity_of(doc, full) is entity_of(doc, later)


def test_nationality_must_agree(run) -> None:
    doc = run("ذكرت وكالة رويترز أن الاجتماع انتهى. وقالت الوكالة الروسية إن موسكو ترفض.")
    assert "الوكالة الروسية" not in actor_texts(doc)


@pytest.mark.parametrize("text, word", [
    ("وقالت الحكومة إن القرار نهائي.", "الحكومة"),  # bare: the article's government
    ("الرئيس السوداني عمر البشير زار القاهرة. وقال الرئيس السوداني إن.", None),
])
def test_bare_and_nationality_words(run, text: str, word: str | None) -> None:
    doc = run(text)
    kinds = {doc.text[m.start:m.end]: m.attrs.get("kind") for m in doc.spans["actors"]}
    if word:
        assert kinds[word] == "bare"
    else:
        assert all(k != "surname" for k in kinds.values())


@pytest.mark.parametrize("text", [
    "داهمت قوة من الدرك منزلاً، وندد الأهالي باستخدام القوة ضد النساء.",
    "طوقت قوة من الجيش الحي، فيما حاول المسلحون فرض سيطرتهم بالقوة.",
])
def test_force_as_might_is_no_unit(run, text: str) -> None:
    """(a guard) "استخدام القوة"، "بالقوة": might, not the unit named before."""
    doc = run(text)
    assert not any(doc.text[m.start:m.end].endswith("القوة") for m in doc.spans["actors"])


def test_the_carrier_of_aircraft_is_no_air_force(run) -> None:
    """(a guard) "حاملة طائرات أميركية": the adjective is the ship's; the aircraft stand for no army."""
    doc = run("أطلقت الجماعة صاروخاً على حاملة طائرات أميركية في البحر الأحمر.")
    assert not any("طائرات" in t for t in actor_texts(doc))


def test_short_form_needs_an_earlier_full_mention(run) -> None:
    doc = run("وقال التحالف إن المهمة انتهت.")
    assert not doc.spans["actors"]


def test_lands_of_a_country_join_the_country(run) -> None:
    doc = run("سحب حزب العمال الكردستاني مقاتليه من الأراضي التركية إلى شمال العراق، في إطار السلام مع تركيا.")
    assert entity_of(doc, "الأراضي التركية") is entity_of(doc, "تركيا")


def test_the_militia_with_two_armed_groups_named_is_left(run) -> None:
    doc = run("اشتبكت قوات الدعم السريع مع حركة العدل والمساواة. وقال الجيش إن الميليشيا قصفت الأحياء.")
    assert "الميليشيا" not in actor_texts(doc)


def test_his_country_is_the_country_of_the_person_named(run) -> None:
    """"بلاده" after a person of a known country, in an article that names that country, is the country."""
    doc = run("ترفض تركيا أي وجود مسلح على حدودها. وأكد وزير الخارجية التركي هاكان فيدان أن بلاده لن تسمح بذلك.")
    assert entity_of(doc, "بلاده") is entity_of(doc, "تركيا")
    # (a country the article does not name is no party added by a pronoun)
    doc = run("وأكد وزير الخارجية التركي هاكان فيدان أن بلاده لن تسمح بذلك.")
    assert "بلاده" not in actor_texts(doc)


@pytest.mark.parametrize("text, surface, country", [
    # an adjective that names the country's own government keeps it the bare body of the article's country
    ("عدن – أعلنت الحكومة الشرعية في اليمن استئناف تصدير النفط.", "الحكومة الشرعية", "YE"),
    ("بغداد – قالت الحكومة الاتحادية إن رواتب موظفي الإقليم ستصرف الأسبوع المقبل في العراق.", "الحكومة الاتحادية", "IQ"),
    # the national police (Tunisia, Mauritania, Morocco's Sûreté)
    ("نواكشوط – وطوقت وحدات من الشرطة الوطنية محيط الوزارة في موريتانيا.", "الشرطة الوطنية", "MR"),
])
def test_the_countrys_own_government_with_its_adjective(run, text: str, surface: str, country: str) -> None:
    assert actor_at(run(text), surface).attrs["country"] == country


def test_a_head_with_two_bodies_in_its_sentence_is_the_first(run) -> None:
    # "أطلقت قيادة عمليات نينوى … بمشاركة قيادة قوات الحدود، بحسب بيان صادر عن القيادة": the sentence's topic
    doc = run("أطلقت قيادة عمليات نينوى، فجر اليوم، عملية تفتيش في صحراء البعاج بمشاركة قطعات من قيادة قوات "
              "الحدود، بحسب بيان صادر عن القيادة.")
    assert entity_of(doc, "القيادة") is entity_of(doc, "قيادة عمليات نينوى")


@pytest.mark.parametrize("text, name, later", [
    # a group told by a describing noun and then its own name: the name is the group, and the noun,
    # definite, refers back to it
    ("داهمت قوات الأمن مستودعاً يتبع لفصيل محلي يُعرف باسم «لواء الفجر» في مدينة حماة، وقال مسؤول إن "
     "الفصيل رفض تسليم سلاحه.", "لواء الفجر", "الفصيل"),
    ("قال مصدر إن مسلحين يتبعون لمجموعة تطلق على نفسها اسم \"حراس الوادي\" هاجموا قرية في ريف حماة، وأضاف "
     "أن المجموعة انسحبت لاحقاً.", "حراس الوادي", "المجموعة"),
    ("اشتبكت القوات مع ميليشيات عشائرية محلية تُعرف باسم \"البراغيث\" قرب كوستي، وقالت إن الميليشيات "
     "انسحبت.", "البراغيث", "الميليشيات"),
])
def test_a_group_known_by_a_quoted_name(run, text: str, name: str, later: str) -> None:
    doc = run(text)
    assert name in actor_texts(doc)
    assert entity_of(doc, later) is entity_of(doc, name)


def test_the_describing_phrase_is_the_named_group(run) -> None:
    doc = run("اشتبكت القوات مع ميليشيات عشائرية محلية تُعرف باسم \"البراغيث\" قرب كوستي.")
    assert entity_of(doc, "ميليشيات عشائرية") is entity_of(doc, "البراغيث")


def test_what_is_known_as_a_definite_thing_names_no_group(run) -> None:
    # (a guard) "ما يُعرف بـ«…»" has no describing noun: no group
    doc = run("وتقدمت القوات غرب ما يُعرف بـ\"الخط الأحمر\" قرب بلدة المغازي.")
    assert "الخط الأحمر" not in actor_texts(doc)


def test_the_management_of_a_body_named_before_is_that_body(run) -> None:
    # "وهددت إدارة الشركة …" after the company is named: its management is the company, and "الإدارة" later
    # refers back to it as well
    doc = run("نفت الشركة الوطنية لصناعة الإسمنت اتهامات السكان، وهددت إدارة الشركة بتعليق عملياتها، فيما قال "
              "مصدر إن الإدارة لم تتخذ قراراً بعد.")
    assert entity_of(doc, "إدارة الشركة") is entity_of(doc, "الشركة الوطنية لصناعة الإسمنت")
    assert entity_of(doc, "الإدارة") is entity_of(doc, "الشركة الوطنية لصناعة الإسمنت")


def test_a_department_with_no_body_named_before_stays_a_body(run) -> None:
    # (a guard) "إدارة الشركة" with no company named before it is a body of its own
    doc = run("وهددت إدارة الشركة بتعليق عملياتها في الموقع.")
    assert "إدارة الشركة" in actor_texts(doc)


@pytest.mark.parametrize("text, same", [
    # a spokesman of another body is not the spokesman named before; of the same body, he is
    ("وقال المتحدث باسم اليونيفيل، أندريا تيننتي، إن القوة قلقة. وزعم المتحدث باسم الجيش الإسرائيلي أن قواته "
     "دمرت مستودعات.", False),
    ("وقال المتحدث باسم اليونيفيل، أندريا تيننتي، إن القوة قلقة. وأضاف المتحدث باسم اليونيفيل أن الدوريات "
     "مستمرة.", True),
])
def test_a_spokesman_of_another_body(run, text: str, same: bool) -> None:
    doc = run(text)
    second = [m for m in doc.spans.get("actors", []) if text[m.start:m.end] == "المتحدث"]
    linked = bool(second) and doc.mention_entity.get((second[-1].start, second[-1].end)) == \
        entity_of(doc, "أندريا تيننتي").id
    assert linked == same, [(text[m.start:m.end], m.attrs.get("key")) for m in doc.spans.get("actors", [])]
