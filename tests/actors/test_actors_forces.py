"""A state's forces named without a nationality, and short forms of groups of one kind."""

from __future__ import annotations

import pytest

from .conftest import actor_at, actor_texts, entity_of

NATIONAL = [
    # text, generic mention, actor code, the explicit name it joins (or None)
    ("بغداد – انتشرت القوات الحكومية في أحياء الموصل بعد معارك مع المسلحين. وقال الجيش العراقي "
     "إن المدينة آمنة، وإن العراق يواصل العمليات.", "القوات الحكومية", "IRQMIL", "الجيش العراقي"),
    ("مقديشو – قالت وزارة الدفاع الصومالية إن القوات النظامية استعادت بلدة في الصومال. "
     "وأضاف الجيش الصومالي أن العملية مستمرة.", "القوات النظامية", "SOMMIL", "الجيش الصومالي"),
    ("كركوك – باشرت القوات الأمنية حملة تفتيش في كركوك والموصل عقب هجوم على الطريق بين "
     "بغداد والمدينة.", "القوات الأمنية", "IRQCOP", None),
    ("بغداد – أعلنت وزارة الداخلية العراقية أن قوات الأمن اعتقلت خمسة مطلوبين في البصرة.",
     "قوات الأمن", "IRQCOP", None),
    # the security services and the gendarmerie, named alone in an article about one country
    ("عمّان – أوقفت الأجهزة الأمنية في عمّان 23 شخصاً من المشاركين في وقفة قرب السفارة في الأردن.",
     "الأجهزة الأمنية", "JORCOP", None),
    ("عمّان – انتشرت قوات الدرك في محيط السفارة الإسرائيلية في عمّان وسط الأردن.", "قوات الدرك", "JORCOP", None),
    # a clan militia, named without its clan
    ("مقديشو – اندلعت اشتباكات بين قوات ولاية غلمدغ ومسلحين من ميليشيا عشائرية قرب طوسمريب في الصومال.",
     "ميليشيا عشائرية", "SOMUAF", None),
    # the border forces and their command (Iraq's قيادة قوات الحدود)
    ("بغداد – قُتل جنديان من قيادة قوات الحدود بهجوم قرب منفذ طريبيل على الحدود الأردنية في العراق.",
     "قيادة قوات الحدود", "IRQCOP", None),
    # the navy and the air force, named alone in an article about one country
    ("القاهرة – أعلن الجيش المصري أن القوات البحرية اعترضت مركباً قبالة سواحل دمياط، وأكد أن مصر تواصل "
     "جهودها في مصر لمكافحة الهجرة.", "القوات البحرية", "EGYMIL", None),
    ("الرياض – قالت وزارة الدفاع السعودية إن القوات الجوية نفذت طلعات فوق الحدود الجنوبية للسعودية، وإن "
     "السعودية ماضية في تأمين حدودها.", "القوات الجوية", "SAUMIL", None),
    # the Maghreb's customs "services", named alone in an article about one country
    ("الجزائر – حجزت مصالح الجمارك بميناء عنابة شحنة من الأقراص المهلوسة، وأكدت الجزائر تشديد الرقابة.",
     "مصالح الجمارك", "DZAGOV", None),
]


@pytest.mark.parametrize("text, generic, code, named", NATIONAL)
def test_generic_forces_are_the_articles_country(run, text: str, generic: str, code: str, named: str | None) -> None:
    doc = run(text)
    assert actor_at(doc, generic).attrs["actor_code"] == code
    if named:
        assert entity_of(doc, generic) is entity_of(doc, named)


@pytest.mark.parametrize("text, generic", [
    # no clear country: left alone rather than guessed
    ("قالت القوات الحكومية إن الهجوم فشل.", "القوات الحكومية"),
    # a qualifier makes it another body
    ("دمشق – اعتقلت قوات الأمن الداخلي في سوريا مطلوبين في ريف دمشق وحمص.", "قوات الأمن"),
])
def test_generic_forces_need_a_plain_country(run, text: str, generic: str) -> None:
    doc = run(text)
    assert generic not in actor_texts(doc)


FIXED = [
    # text, mention, actor code, other mention of the same entity (or None)
    ("رام الله – اقتحمت قوات الاحتلال بلدة قرب نابلس فجرا، فيما قال جيش الاحتلال إن العملية انتهت.",
     "قوات الاحتلال", "ISRMIL", "جيش الاحتلال"),
    ("قصفت قوات النظام بلدات في ريف حماة، وقال ناشطون إن جيش النظام استقدم تعزيزات.",
     "قوات النظام", "SYRMIL", "جيش النظام"),
    ("تقدمت قوات النظام السوري نحو البلدة بعد اشتباكات عنيفة.", "قوات النظام السوري", "SYRMIL", None),
    ("دخلت قوات الاحتلال القرية وأطلقت قنابل الغاز.", "قوات الاحتلال", "ISRMIL", None),
    # UNIFIL's full name with the plural "forces", as Lebanese outlets write it
    ("رشق شبان دورية تابعة لقوات الأمم المتحدة المؤقتة في لبنان بالحجارة، وقالت اليونيفيل إن التحقيق جارٍ.",
     "قوات الأمم المتحدة المؤقتة في لبنان", "IGOUNO", "اليونيفيل"),
]


@pytest.mark.parametrize("text, surface, code, other", FIXED)
def test_forces_named_by_usage(run, text: str, surface: str, code: str, other: str | None) -> None:
    doc = run(text)
    assert actor_at(doc, surface).attrs["actor_code"] == code
    if other:
        assert entity_of(doc, surface) is entity_of(doc, other)


def test_former_regime_forces_are_not_the_government(run) -> None:
    doc = run("طالب المسؤول بعدم تسليح فلول قوات النظام السابق في الساحل.")
    assert "SYRMIL" not in [m.attrs.get("actor_code") for m in doc.spans["actors"]]


SHORT = [
    # text, full mention, short form
    ("أعلن تنظيم حراس الدين مسؤوليته عن التفجير. وقال التنظيم إنه استهدف دورية.", "تنظيم حراس الدين", "التنظيم"),
    ("هاجمت جماعة أنصار الدين قاعدة للجيش. وتنشط الجماعة في المناطق الصحراوية.", "جماعة أنصار الدين", "الجماعة"),
    ("أعلنت حركة أحرار الشام انسحابها من البلدة. وقالت الحركة إن القرار نهائي.", "حركة أحرار الشام", "الحركة"),
    ("قرر حزب النهضة مقاطعة الانتخابات. وأوضح الحزب أن القرار جاء بعد مشاورات.", "حزب النهضة", "الحزب"),
]


@pytest.mark.parametrize("text, full, short", SHORT)
def test_short_form_of_the_one_group_named(run, text: str, full: str, short: str) -> None:
    doc = run(text)
    assert entity_of(doc, full) is entity_of(doc, short)


@pytest.mark.parametrize("text, short", [
    ("التقى وفد من حركة حماس وفدا من حركة الجهاد الإسلامي. وقالت الحركة إن اللقاء إيجابي.", "الحركة"),
    ("انتقد حزب الله وحزب العمال الكردستاني القرار. وقال الحزب إنه سيرد.", "الحزب"),
    ("وقال التنظيم إنه نفذ الهجوم.", "التنظيم"),
])
def test_short_form_with_two_candidates_or_none_is_left(run, text: str, short: str) -> None:
    doc = run(text)
    assert short not in actor_texts(doc)


@pytest.mark.parametrize("text,surface,code", [
    ("بغداد – تسلمت الشرطة الاتحادية مواقع الجيش العراقي في الطارمية.", "الشرطة الاتحادية", "IRQCOP"),
    ("أربيل – وقالت وزارة البيشمركة إن التنسيق مع القوات الاتحادية في سنجار مستمر.", "القوات الاتحادية", "IRQMIL"),
    # "الفيدرالية", the Somali and Sudanese word for federal
    ("مقديشو – اتهمت الحكومة الفيدرالية ولاية جوبالاند بالتمرد.", "الحكومة الفيدرالية", "SOMGOV"),
    ("مقديشو – اشتبكت القوات الفيدرالية مع مسلحين في إقليم جدو.", "القوات الفيدرالية", "SOMMIL"),
])
def test_federal_forces_are_the_articles_country(run, text: str, surface: str, code: str) -> None:
    """"الشرطة الاتحادية" and "القوات الاتحادية" alone are the forces of the country the article is about."""
    assert actor_at(run(text), surface).attrs["actor_code"] == code


@pytest.mark.parametrize("text,surface,code", [
    # a region's or a member state's own forces, the region named bare after the force noun
    ("اشتبكت قوات جوبالاند مع وحدات من الجيش الصومالي قرب الحدود.", "قوات جوبالاند", "SOMMIL"),
    ("وأعلنت قوات بونتلاند السيطرة على قرية في الإقليم.", "قوات بونتلاند", "SOMMIL"),
])
def test_a_regions_own_forces(run, text: str, surface: str, code: str) -> None:
    assert actor_at(run(text), surface).attrs["actor_code"] == code


@pytest.mark.parametrize("text,surface,code", [
    ("نواكشوط – توغل نحو 40 عسكرياً مالياً داخل الأراضي الموريتانية.", "عسكرياً مالياً", "MLIMIL"),
    ("بغداد – ووصل 15 جندياً أمريكياً إلى القاعدة.", "جندياً أمريكياً", "USAMIL"),
])
def test_counted_soldiers_in_the_accusative_are_their_states_forces(run, text: str, surface: str, code: str) -> None:
    """A count of 11–99 takes the accusative: "40 عسكرياً مالياً" are Mali's forces, as "300 جندي أمريكي" are."""
    assert actor_at(run(text), surface).attrs["actor_code"] == code


def test_soldiers_in_the_accusative_after_anna_are_their_states_forces(run) -> None:
    # a broken plural's accusative (جنوداً) after أنّ, with its nationality
    doc = run("وأفادت مصادر محلية بأن جنوداً إسرائيليين خطفوا راعياً. وقال الجيش الإسرائيلي إن القوة انسحبت.")
    ent = entity_of(doc, "جنوداً إسرائيليين")
    assert ent.actor_code == "ISRMIL"
    # the definite name names the body, not the indefinite one
    assert ent is entity_of(doc, "الجيش الإسرائيلي") and ent.name_ar != "جنوداً إسرائيليين"


@pytest.mark.parametrize("text, surface", [
    # an accusative delegation after أنّ, its adjectives in the accusative too, with its nationality
    ("وأفادت مصادر دبلوماسية بأن وفداً عسكرياً أميركياً سيزور أنقرة الأسبوع المقبل.", "وفداً عسكرياً أميركياً"),
    ("وذكرت الصحيفة أن وفداً كويتياً وصل إلى القاهرة.", "وفداً كويتياً"),
])
def test_an_accusative_delegation_and_its_nationality(run, text: str, surface: str) -> None:
    assert actor_at(run(text), surface).label == "ORG"


def test_a_count_of_soldiers_does_not_name_the_army(run) -> None:
    doc = run("باماكو – توغل نحو 40 عسكرياً مالياً داخل الأراضي الموريتانية. وقال الجيش المالي إن الدورية ضلت طريقها.")
    ent = entity_of(doc, "عسكرياً مالياً")
    assert ent is entity_of(doc, "الجيش المالي") and ent.name_ar == "الجيش المالي"


def test_security_services_named_the_maghreb_way_are_the_countrys(run) -> None:
    """"مصالح الأمن" (Algerian and Moroccan usage) are the security services of the article's country."""
    m = actor_at(run("الجزائر – منعت مصالح الأمن عشرات الأساتذة من تنظيم وقفة أمام مقر وزارة التربية الجزائرية."), "مصالح الأمن")
    assert m.attrs["actor_code"] == "DZACOP"


@pytest.mark.parametrize("text, name, code", [
    # the Moroccan army by its own name, and the Polisario's armed wing, quoted
    ("الرباط – قالت مصادر إن القوات المسلحة الملكية ردت على مصادر النيران شرق الجدار الأمني.",
     "القوات المسلحة الملكية", "MARMIL"),
    ('ادعت الجبهة أن وحدات تابعة لما تسميه "جيش التحرير الشعبي الصحراوي" قصفت مواقع عسكرية.',
     "جيش التحرير الشعبي الصحراوي", "ESHREB"),
])
def test_named_forces_of_the_maghreb(run, text: str, name: str, code: str) -> None:
    doc = run(text)
    assert actor_at(doc, name).attrs["actor_code"] == code


def test_the_air_force_by_its_singular_name_and_short_form(run) -> None:
    # "القوة الجوية العراقية" (the Iraqi Air Force), then "القوة الجوية" alone: one body
    doc = run("نفذت القوة الجوية العراقية غارات على مواقع التنظيم. وقال المتحدث إن القوة الجوية نفذت خمس ضربات.")
    assert actor_at(doc, "القوة الجوية العراقية").attrs["actor_code"] == "IRQMIL"
    assert entity_of(doc, "القوة الجوية العراقية") is entity_of(doc, "القوة الجوية")


def test_the_military_institution_is_the_articles_army(run) -> None:
    # "المؤسسة العسكرية" after "الجيش اللبناني": the same army, by its institutional name
    doc = run("بيروت – قال الجيش اللبناني إن وحداته أنجزت المرحلة الأولى. وعرض قائد الجيش ما أنجزته المؤسسة "
              "العسكرية جنوب الليطاني.")
    assert entity_of(doc, "المؤسسة العسكرية") is entity_of(doc, "الجيش اللبناني")


def test_a_named_unit_of_a_group_is_its_own_body(run) -> None:
    # "قوة الرضوان" is Hezbollah's unit, named on its own in Lebanese reports
    doc = run("استهدفت غارة إسرائيلية قيادياً في قوة الرضوان التابعة لحزب الله جنوب لبنان.")
    assert actor_at(doc, "قوة الرضوان").attrs["actor_code"] == "LBNREB"


def test_the_international_police_body_is_named(run) -> None:
    doc = run("وطلبت السلطات من الإنتربول إصدار نشرة حمراء بحق المتهم.")
    assert actor_at(doc, "الإنتربول").attrs["actor_code"] == "IGOCOP"


@pytest.mark.parametrize("text", [
    "اعتقلت القوات 11 مواطناً، بينهم أسير محرر وطالبان جامعيان.",
    "أصيب طالبان آخران بجروح طفيفة.",
])
def test_a_name_spelt_as_a_dual_noun_before_a_dual_adjective_is_the_noun(run, text: str) -> None:
    # "طالبان جامعيان": two university students, not the Taliban
    assert "طالبان" not in " ".join(actor_texts(run(text))), actor_texts(run(text))


def test_the_taliban_named_before_a_verb_stays_the_taliban(run) -> None:
    # (a guard) "وقالت طالبان إن …": the movement
    assert "طالبان" in actor_texts(run("وقالت طالبان إن المفاوضات فشلت.")), actor_texts(run("وقالت طالبان إن المفاوضات فشلت."))


@pytest.mark.parametrize("text, unit", [
    ("انسحبت القوات الروسية من مطار القامشلي. وتحدث شهود عن رتل عسكري روسي كبير متجهاً نحو مطار حميميم.",
     "رتل عسكري روسي"),
    ("انسحبت القوات الإسرائيلية من البلدة. وقال شهود إن دورية إسرائيلية اعتقلت ثلاثة رعاة.", "دورية إسرائيلية"),
])
def test_a_unit_named_with_its_armys_nationality_is_that_army(run, text: str, unit: str) -> None:
    # a column, patrol or unit with the army's nationality (and an adjective) is the army's mention, one entity
    doc = run(text)
    forces = next(e for e in doc.entities if e.name_ar.startswith("القوات"))
    assert entity_of(doc, unit) is forces


@pytest.mark.parametrize("text, unit, name", [
    ("هاجمت قوة تابعة للواء 51 مقر الجهاز. وقال اللواء 51 في بيان إنه رد.", "للواء 51", "اللواء 51"),
    ("وصل قائد للفرقة 17 إلى المدينة. وقالت الفرقة 17 إنها انسحبت.", "للفرقة 17", "الفرقة 17"),
])
def test_a_numbered_unit_after_the_preposition_lam_is_named_with_its_article(run, text: str, unit: str,
                                                                            name: str) -> None:
    # "تابعة للواء 51": ل + اللواء; the unit is "اللواء 51", one entity with its later mention
    doc = run(text)
    e = entity_of(doc, unit)
    assert e.name_ar == name and e is entity_of(doc, name), (e.name_ar, [m.text for m in e.mentions])


@pytest.mark.parametrize("text", [
    "قال مصدر عسكري إن رتلاً تابعاً للواء يضم عشرات الآليات غادر المطار صباحاً.",
    "قال مصدر عسكري إن اللواء يضم عشرات الآليات والمدرعات.",
])
def test_the_rank_word_before_a_present_verb_is_the_brigade_no_officer(run, text: str) -> None:
    # "رتلاً تابعاً للواء يضم عشرات الآليات": the brigade "includes" vehicles; no officer named يضم
    doc = run(text)
    assert not actor_texts(doc, "PER"), actor_texts(doc, "PER")


def test_a_rank_before_a_given_name_in_ya_is_still_an_officer(run) -> None:
    # (a guard) "اللواء يحيى رسول": a known given name that starts as a present verb does
    assert "يحيى رسول" in actor_texts(run("قال اللواء يحيى رسول إن القوات انسحبت."), "PER")


@pytest.mark.parametrize("text, surface", [
    ("قال مسؤول تونسي إن أعوان الحماية المدنية أجلوا 37 عائلة من منازلها.", "الحماية المدنية"),
    ("وتدخلت عناصر الوقاية المدنية المغربية لإخماد الحريق.", "الوقاية المدنية المغربية"),
])
def test_civil_protection_is_a_states_body(run, text: str, surface: str) -> None:
    # "الحماية المدنية" (Tunisia, Algeria), "الوقاية المدنية" (Morocco): the Maghreb's civil defence
    assert actor_at(run(text), surface).label == "ORG"


@pytest.mark.parametrize("text, counted, named", [
    ("صنعاء – اعتقلت سلطات جماعة الحوثي 14 معلماً على خلفية الإضراب، واقتادت المعلمين إلى السجن.",
     "معلماً", "المعلمين"),
    ("تونس – تظاهر المحتجون أمس أمام البرلمان، واعتقلت الشرطة 12 محتجاً.", "محتجاً", "المحتجون"),
    ("الرباط – نظم الأساتذة وقفة أمام الوزارة، وقال المعلمون إن الشرطة أوقفت ثلاثة معلمين.", "معلمين", "المعلمون"),
])
def test_people_counted_by_a_number_are_the_people_named_so(run, text: str, counted: str, named: str) -> None:
    """"اعتقلت الجماعة 14 معلماً … واقتادت المعلمين": the teachers counted (the accusative singular a count of
    11–99 takes, or the plural after 3–10) are the teachers the article names."""
    doc = run(text)
    assert entity_of(doc, counted) is entity_of(doc, named)


def test_gunmen_counted_are_no_party_of_their_own(run) -> None:
    """"قُتل 20 مسلحاً من الحركة": gunmen counted are members of a side named near them, not a party. (a guard)"""
    doc = run("مقديشو – قُتل 20 مسلحاً من حركة الشباب في غارة جوية قرب بلدة جلب في الصومال.")
    assert "مسلحاً" not in actor_texts(doc)


@pytest.mark.parametrize("text, people, how", [
    ("دمشق – وطالب العمال المعتصمون أمام المصفاة في سوريا بصرف بدل مخاطر.", "العمال", "المعتصمون"),
    ("الرباط – وقال الأساتذة المحتجون في المغرب إن الحكومة لم تف بوعودها.", "الأساتذة", "المحتجون"),
])
def test_a_protesting_adjective_after_people_names_no_party(run, text: str, people: str, how: str) -> None:
    """"العمال المعتصمون": the participle after the people named tells how they protest; one party, the workers."""
    doc = run(text)
    texts = actor_texts(doc)
    assert people in texts and how not in texts, texts


@pytest.mark.parametrize("text, families", [
    ("صنعاء – نظّم أهالي المعتقلين وقفة احتجاجية أمام مبنى المحافظة في اليمن.", "أهالي المعتقلين"),
    ("بغداد – نفذ أهالي المختطفين اعتصاماً أمام مقر الأمم المتحدة في العراق.", "أهالي المختطفين"),
    # the held or dead told by a noun and the word for them as its adjective
    ("قابس – نفذ العشرات من عائلات المهاجرين المفقودين وقفة احتجاجية أمام الميناء.", "عائلات المهاجرين المفقودين"),
    ("تظاهر أهالي الجنود المختطفين أمس أمام مقر وزارة الدفاع.", "أهالي الجنود المختطفين"),
    # the mourned, indefinite, in construct with what befell them
    ("عمّان – اعتصم العشرات من أهالي ضحايا حريق مستشفى السلط أمام مبنى البرلمان.", "أهالي ضحايا حريق مستشفى السلط"),
    ("تظاهر أهالي ضحايا الانفجار أمس أمام قصر العدل في بيروت.", "أهالي ضحايا الانفجار"),
])
def test_the_people_of_the_held_are_their_families(run, text: str, families: str) -> None:
    """"أهالي المعتقلين"، like "ذوو المعتقلين": the families of the held or the dead, a party to what they do."""
    assert families in actor_texts(run(text))


def test_units_of_a_national_force_are_that_force(run) -> None:
    # "وحدات الحرس البحري": units of a force named alone, in an article plainly about one country, are that
    # country's force (not the genitive of an unknown body called "units")
    text = ("قالت السلطات التونسية إن الوضع في تونس هادئ، وإن وحدات الحرس البحري أنقذت 40 مهاجراً قبالة سواحل "
            "تونس.")
    m = actor_at(run(text), "الحرس البحري")
    assert m.attrs.get("country") == "TN", m.attrs


def test_a_territory_administered_by_a_state_has_its_forces() -> None:
    # Western Sahara's towns are Morocco-administered: "البحرية الملكية" off Smara is Morocco's navy
    from marsad import extract
    rec = extract("أعلنت البحرية الملكية، أمس الثلاثاء، نشر زوارق دورية إضافية قبالة سواحل مدينة السمارة.",
                  published="2025-08-06")
    navy = [e for e in rec.entities if e.name_ar == "البحرية الملكية"]
    assert navy and navy[0].country == "MA" and navy[0].actor_code == "MARMIL", rec.entities


@pytest.mark.parametrize("text, full, short", [
    # a cell, gang or network with no name of its own is a party, later told by its head noun
    ("تمكنت وحدات الأمن من تفكيك خلية إرهابية في مدينة المحمدية. وكانت الخلية تخطط لهجمات.",
     "خلية إرهابية", "الخلية"),
    ("ألقت الشرطة القبض على عصابة مسلحة في مدينة خنشلة. واعترف أفراد العصابة بالسرقة.", "عصابة مسلحة", "العصابة"),
    ("أطاحت مصالح الدرك بشبكة إجرامية تنشط في تهريب الوقود. وكانت الشبكة تستعمل مسالك صحراوية.",
     "شبكة إجرامية", "الشبكة"),
    ("فككت القوات الأمنية خلية نائمة تابعة لتنظيم داعش في قضاء الحويجة. وكانت الخلية تخطط لهجمات.",
     "خلية نائمة", "الخلية"),
])
def test_a_dismantled_cell_or_gang_is_a_party(run, text: str, full: str, short: str) -> None:
    doc = run(text)
    assert actor_at(doc, full).label == "ORG"
    assert entity_of(doc, full) is entity_of(doc, short)


def test_the_plural_scourge_is_no_party(run) -> None:
    # (a guard) "محاربة شبكات التهريب": the smuggling networks fought in general name no party
    doc = run("وأكد الوزير عزم الدولة على محاربة شبكات التهريب على الحدود الجنوبية.")
    assert not [t for t in actor_texts(doc) if "شبكات" in t], actor_texts(doc)


def test_armed_brigades_with_no_name_are_a_party(run) -> None:
    # "حشدت كتائب مسلحة من المدينة أكثر من 60 آلية": brigades with no name of their own, as armed groups are
    doc = run("وحشدت كتائب مسلحة من مدينة غريان أكثر من 60 آلية عند البوابة الشرقية للمدينة.")
    assert actor_at(doc, "كتائب مسلحة").label == "ORG"


@pytest.mark.parametrize("text, surface", [
    # local factions with no name of their own, indefinite and then definite
    ("اندلعت اشتباكات بين مسلحين من فصائل محلية وعناصر من قوى الأمن الداخلي في إزرع.", "فصائل محلية"),
    ("وحذّرت الفصائل المحلية في بيان من أنها سترد بقوة.", "الفصائل المحلية"),
])
def test_local_factions_are_a_party(run, text: str, surface: str) -> None:
    assert surface in actor_texts(run(text)), actor_texts(run(text))


@pytest.mark.parametrize("text, body", [
    ("الجزائر – أعلنت وزارة الدفاع الوطني الجزائرية أن مسلحاً سلّم نفسه إلى السلطات العسكرية في مدينة أدرار.",
     "السلطات العسكرية"),
    ("الخرطوم – قالت الحكومة السودانية إن السلطات الأمنية في الولاية أوقفت عشرة أشخاص.", "السلطات الأمنية"),
])
def test_the_military_or_security_authorities_are_the_countrys(run, text: str, body: str) -> None:
    # "السلطات العسكرية" alone, in an article about one country, is that country's military command
    assert body in actor_texts(run(text)), actor_texts(run(text))


def test_the_joint_forces_are_the_countrys_forces(run) -> None:
    # "القوات المشتركة" alone, in an article about one country, is its joint command's forces (Iraq, Yemen, Sudan)
    doc = run("الحديدة (اليمن) – قال مصدر عسكري في القوات المشتركة إن الهجوم صُدّ.")
    assert "القوات المشتركة" in actor_texts(doc), actor_texts(doc)


def test_the_local_government_is_a_body(run) -> None:
    # "الحكومة المحلية": a province's government (Iraq, Yemen), a party demands go to
    doc = run("وطالب المحتجون الحكومة المحلية في المحافظة بتوفير فرص العمل.")
    assert "الحكومة المحلية" in actor_texts(doc), actor_texts(doc)


@pytest.mark.parametrize("text, crowd", [
    # the residents, counted, with none named before: a crowd of their own
    ("القصرين – نفّذ المئات من الأهالي وقفة احتجاجية أمام مقر المعتمدية.", "الأهالي"),
    ("صور – اعترض عشرات الأهالي دورية لقوات اليونيفيل في البلدة.", "الأهالي"),
])
def test_counted_residents_are_a_crowd(run, text: str, crowd: str) -> None:
    assert crowd in actor_texts(run(text)), actor_texts(run(text))


def test_the_counted_sons_of_a_place_are_its_residents(run) -> None:
    # "مئات من أبناء مدينة X": the sons of a place, counted, are a crowd of its residents
    doc = run("وخرج المئات من أبناء بلدة طفس في مسيرة غاضبة.")
    assert "أبناء بلدة طفس" in actor_texts(doc), actor_texts(doc)
    # (a guard) not counted, they are no crowd: "إطلاق سراح أبناء البلدة"
    doc = run("وطالب الوجهاء بإطلاق سراح أبناء بلدة طفس المعتقلين.")
    assert not [t for t in actor_texts(doc) if t.startswith("أبناء")], actor_texts(doc)


def test_residents_neither_named_nor_counted_are_no_crowd(run) -> None:
    # (a guard) "دعا المحافظ الأهالي": the residents told by their plural alone, never named or counted
    assert "الأهالي" not in actor_texts(run("القصرين – دعا المحافظ الأهالي إلى التهدئة."))
