"""Posture forms: a keeping verb with its conjunction, and reinforcements (forces on the move)."""

from __future__ import annotations

import pytest

from marsad import extract


@pytest.mark.parametrize("sentence,actor,location,value", [
    ("وتنشر الولايات المتحدة نحو 2500 جندي في العراق.", "الولايات المتحدة", "العراق", 2500),
    ("وتنشر تركيا نحو 5 آلاف جندي في شمال العراق، موزعين على عشرات القواعد.", "تركيا", "شمال العراق", 5000),
    # a region that needs its place noun, and a force kept on a border (على)
    ("في وقت تحتفظ فيه الولايات المتحدة بنحو 40 ألف جندي في منطقة الشرق الأوسط.", "الولايات المتحدة",
     "الشرق الأوسط", 40000),
    ("وتنشر إيران نحو 3 آلاف عنصر على الحدود الإيرانية الباكستانية.", "إيران",
     "الحدود الإيرانية الباكستانية", 3000),
])
def test_keeping_verb_with_conjunction(sentence: str, actor: str, location: str, value: int) -> None:
    rec = extract(sentence, published="2024-03-10")
    names = {e.id: e.name_ar for e in rec.entities}
    qs = {q.id: q.value for q in rec.quantities}
    assert [(names[p.actor], names[p.location], qs[p.quantity]) for p in rec.posture] == [(actor, location, value)]


def test_reinforcements_are_not_posture() -> None:
    rec = extract("ودفعت قيادة العمليات المشتركة بتعزيزات عسكرية قوامها نحو ألفي عنصر من الجيش العراقي "
                  "إلى وادي الشاي.", published="2024-03-10")
    assert rec.posture == []


@pytest.mark.parametrize("sentence,actor,location", [
    # the strength of a body's own units, named by a possessive pronoun, where they are
    ("وقال مصدر عسكري إن الجيش اللبناني تسلّم ثلاثة مواقع، وإن عديد وحداته جنوب الليطاني بلغ نحو 9 آلاف عسكري.",
     "الجيش اللبناني", "جنوب الليطاني"),
    # the place may come after a long relative clause, up to the comma
    ("وتحتفظ تركيا، وفق تقديرات رسمية عراقية، بنحو 4 آلاف جندي ينتشرون في أكثر من 80 قاعدة وموقعاً عسكرياً "
     "داخل إقليم كردستان، وهو رقم لم تؤكده أنقرة.", "تركيا", "إقليم كردستان"),
    # a stated size names its place with the force; where most of it stays is another matter
    ("وأضاف أن عديد القوات الأميركية المتبقية في العراق يبلغ نحو ٢٠٠٠ عسكري يتمركز أغلبهم في إقليم كردستان.",
     "القوات الأميركية", "العراق"),
    # the unnamed soldiers a size noun counts belong to the body the sentence opens with
    ("أعلنت قيادة الجيش اللبناني أن وحداتها استكملت انتشارها في عدد من القرى، مشيرة إلى أن عديد العسكريين "
     "المنتشرين في منطقة جنوب الليطاني بلغ نحو 10 آلاف عسكري.", "قيادة الجيش اللبناني", "جنوب الليطاني"),
    # a compass region right after the count needs no في
    ("ونقلت صحيفة عن مصدر عسكري أن الجيش اللبناني يحتفظ حالياً بنحو 9 آلاف عسكري جنوب الليطاني.",
     "الجيش اللبناني", "جنوب الليطاني"),
    # the place a relative clause describes: "الذي تحتفظ فيه"
    ("وتستضيف جيبوتي قواعد عسكرية لعدة دول، أبرزها معسكر ليمونييه الذي تحتفظ فيه الولايات المتحدة بنحو 4 آلاف "
     "عسكري.", "الولايات المتحدة", "معسكر ليمونييه"),
])
def test_posture_more_forms(sentence: str, actor: str, location: str) -> None:
    rec = extract(sentence, published="2025-01-10")
    names = {e.id: e.name_ar for e in rec.entities}
    assert [(names[p.actor], names[p.location]) for p in rec.posture] == [(actor, location)]


def test_new_unit_arriving_is_no_posture() -> None:
    rec = extract("أعلنت اليونيفيل وصول طلائع كتيبة إندونيسية جديدة قوامها 850 جندياً إلى بلدة الطيري.",
                  published="2025-01-10")
    assert rec.posture == []


@pytest.mark.parametrize("sentence,actor,location", [
    # a capital standing for its state keeps forces; the unnamed official who says so does not
    ('ونقلت وكالة رويترز عن مسؤول أميركي قوله إن واشنطن ستُبقي "أقل من ١٠٠٠ جندي" في سوريا بعد إتمام عملية الدمج.',
     "الولايات المتحدة", "سوريا"),
    # the number of a body's own men rises to a total: the total is posture, the added men are not
    ("أعلن الجيش اللبناني أنه أنجز نشر ثلاثمئة عسكري إضافي في تلة العويضة، ليرتفع عدد عناصره جنوب الليطاني إلى نحو "
     "9 آلاف عسكري.", "الجيش اللبناني", "جنوب الليطاني"),
    # a side of a place, after في and the land it names, before the count
    ("وينتشر في بادية شرق حمص حالياً نحو ألفي عنصر من الجيش السوري.", "الجيش السوري", "حمص"),
])
def test_posture_states_and_totals(sentence: str, actor: str, location: str) -> None:
    rec = extract(sentence, published="2025-01-10")
    names = {e.id: e.name_ar for e in rec.entities}
    assert [(names[p.actor], names[p.location]) for p in rec.posture] == [(actor, location)]


def _posture(text: str) -> list[tuple[str, str, float]]:
    rec = extract(text, published="2025-01-10")
    names = {e.id: e.name_ar for e in rec.entities}
    qs = {q.id: q.value for q in rec.quantities}
    return [(names[p.actor], names[p.location], qs[p.quantity]) for p in rec.posture]


@pytest.mark.parametrize("text,expected", [
    # the body a relative clause describes keeps the force it counts
    ("وشاركت مروحيات تابعة لبعثة الاتحاد الأفريقي في الصومال في صد الهجوم، وفق مصدر في البعثة، التي يبلغ قوام "
     "قواتها في الصومال نحو 11 ألف جندي.", ("بعثة الاتحاد الأفريقي في الصومال", "الصومال", 11000)),
    # "عديد القوة" after the force was named: that force
    ("أعلنت اليونيفيل وصول كتيبة جديدة. ويبلغ عديد القوة المنتشرة في جنوب لبنان حالياً قرابة 10 آلاف جندي.",
     ("قوة الأمم المتحدة المؤقتة في لبنان", "جنوب لبنان", 10000)),
    # spread between two bases, along a range
    ("وقال إن نحو 1500 جندي أمريكي يتوزعون حالياً بين قاعدة حرير ومطار أربيل الدولي.",
     ("جندي أمريكي", "قاعدة حرير", 1500)),
    ("وأضاف أن نحو 4 آلاف مقاتل من الجيش العراقي ينتشرون حالياً على امتداد جبال حمرين.",
     ("الجيش العراقي", "جبال حمرين", 4000)),
    # along the border strip of a place, its genitive by ل
    ("ويحتفظ الجيش الوطني الشعبي بنحو 6 آلاف عسكري على امتداد الشريط الحدودي لولاية تبسة.",
     ("الجيش الوطني الشعبي", "تبسة", 6000)),
    # "عدد القوات" after two forces: the one told as a subject, not the foe named after a preposition
    ("ودفع الجيش السوري بتعزيزات إلى مدينة حلب تحسباً لهجمات محتملة لقوات سوريا الديمقراطية. "
     "ويبلغ عدد القوات المرابطة في حلب نحو 3 آلاف جندي.", ("الجيش السوري", "حلب", 3000)),
])
def test_more_posture_forms(text: str, expected: tuple[str, str, float]) -> None:
    assert _posture(text) == [expected]


def test_anaphoric_force_needs_a_force_before() -> None:
    # a ministry named before is not the force "القوات" counts
    assert _posture("أعلنت وزارة الخارجية أمس موقفها. ويبلغ عديد القوات المنتشرة في جنوب لبنان حالياً قرابة "
                    "10 آلاف جندي.") == []


def test_the_outlet_a_source_spoke_to_keeps_no_force() -> None:
    got = _posture("وقال قائد ميداني لـ«الشرق الأوسط» إن نحو 1500 عنصر من القوات غادروا مواقعهم في وادي حضرموت.")
    assert all(actor != "الشرق الأوسط" for actor, _, _ in got), got


@pytest.mark.parametrize("sentence", [
    # the size told after a comma of a force just said to be somewhere: that place
    "تنتشر القوات التركية في إقليم كوردستان، ويبلغ عددها نحو 5 آلاف جندي.",
    "وتنتشر القوات التركية في أكثر من 80 قاعدة داخل إقليم كوردستان، يقدر عدد الجنود فيها بنحو 5 آلاف جندي.",
])
def test_a_forces_size_after_where_it_is(sentence: str) -> None:
    rec = extract(sentence, published="2024-03-10")
    names = {e.id: e.name_ar for e in rec.entities}
    qs = {q.id: q.value for q in rec.quantities}
    assert [(names[p.actor], names[p.location], qs[p.quantity]) for p in rec.posture] == \
        [("القوات التركية", "إقليم كردستان", 5000)]


def test_size_of_a_possessed_force_is_the_subjects() -> None:
    # "عدد عناصره": the pronoun's owner is the sentence's subject, not a force named in between
    rec = extract("أعلن الجيش الأردني أنه نشر مئتي عسكري إضافي في المنطقة، بعد انسحاب القوات السورية من المعبر، "
                  "ليرتفع عدد عناصره على الحدود الأردنية السورية إلى نحو 3 آلاف عسكري.", published="2024-03-10")
    names = {e.id: e.name_ar for e in rec.entities}
    assert [names[p.actor] for p in rec.posture] == ["الجيش الأردني"]


def test_an_intended_strength_is_planned() -> None:
    rec = extract("وقال مصدر إن الجيش اللبناني يعتزم رفع عديده جنوب الليطاني إلى 10 آلاف عسكري.", published="2024-03-10")
    assert [p.status for p in rec.posture] == ["planned"]



@pytest.mark.parametrize("sentence,expected", [
    # a strength to be brought down or up to, with إلى: planned for a verbal noun or a verb to come
    ("وقررت الولايات المتحدة خفض عدد قواتها في العراق إلى نحو 2000 جندي بحلول نهاية العام.",
     [("الولايات المتحدة", "العراق", 2000, "planned")]),
    ("وتعتزم بريطانيا رفع عدد جنودها في قبرص إلى 3 آلاف جندي العام المقبل.", [("بريطانيا", "قبرص", 3000, "planned")]),
    # the past verb خفض with its subject after it: the level now
    ("وخفض البنتاغون عدد قواته في العراق إلى نحو 2000 جندي.", [("البنتاغون", "العراق", 2000, "current")]),
    # the place that holds them is the subject of تضم
    ("وتضم قاعدة حرير نحو 1500 جندي أمريكي.", [("جندي أمريكي", "قاعدة حرير", 1500, "current")]),
    # a capital stands for its state; the strength compared with is a former one, in its own place
    ("فإن واشنطن ستُبقي نحو ألفي جندي في إقليم كردستان، مقارنة بنحو 2500 جندي كانوا منتشرين في العراق.",
     [("واشنطن", "إقليم كردستان", 2000, "planned"), ("واشنطن", "العراق", 2500, "former")]),
    ("وتحتفظ الولايات المتحدة حالياً بنحو ألف جندي في سوريا، بعد أن خفّضت عديد قواتها من قرابة ألفي جندي.",
     [("الولايات المتحدة", "سوريا", 1000, "current"), ("الولايات المتحدة", "سوريا", 2000, "former")]),
    # حيث refers to the place before it; a present يُبقي keeps forces now
    ("ونقل التحالف قسماً من قواته إلى إقليم كردستان، حيث تحتفظ الولايات المتحدة حالياً بنحو ألفي جندي.",
     [("الولايات المتحدة", "إقليم كردستان", 2000, "current")]),
])
def test_posture_levels_and_comparisons(sentence: str, expected: list) -> None:
    rec = extract(sentence, published="2025-01-10")
    names = {e.id: e.name_ar for e in rec.entities}
    vals = {q.id: q.value for q in rec.quantities}
    assert [(names[p.actor], names[p.location], vals[p.quantity], p.status) for p in rec.posture] == expected


@pytest.mark.parametrize("sentence,expected", [
    # a mission's total shared out among contributing states, each with its share (ب + count)
    ("ويبلغ قوام قوة حفظ السلام في جنوب السودان نحو 14 ألف جندي، يتوزعون على رواندا بنحو 2700 جندي، "
     "والهند بنحو 2400 جندي، ونيبال بـ1750 جندياً.",
     [("قوة حفظ السلام", "جنوب السودان", 14000), ("رواندا", "جنوب السودان", 2700),
      ("الهند", "جنوب السودان", 2400), ("نيبال", "جنوب السودان", 1750)]),
    # a contribution told with تساهم, the place the article's country
    ("وتساهم إندونيسيا بنحو 1200 جندي في قوة اليونيفيل المنتشرة في لبنان.",
     [("إندونيسيا", "لبنان", 1200)]),
])
def test_contributors_shares(sentence: str, expected: list) -> None:
    rec = extract(sentence, published="2025-01-10")
    names = {e.id: e.name_ar for e in rec.entities}
    qs = {q.id: q.value for q in rec.quantities}
    assert [(names[p.actor], names[p.location], qs[p.quantity]) for p in rec.posture] == expected


def test_share_in_an_exercise_is_no_posture() -> None:
    rec = extract("وأوضح أن السعودية تشارك بنحو 400 عسكري في التمرين الذي يختتم الأسبوع المقبل.",
                  published="2025-01-10")
    assert rec.posture == []


@pytest.mark.parametrize("sentence,actor,location", [
    # a keeping verb whose subject is only its pronoun: the body the sentence is about
    ("وقال الجيش الأردني في بيان إن دورياته أحبطت محاولة تسلل، مضيفاً أنه ينشر نحو 3 آلاف عسكري في محافظة المفرق.",
     "الجيش الأردني", "المفرق"),
    ("وأكدت قيادة الجيش اللبناني أن وحداتها تسلمت المواقع، مشيرة إلى أنها تنشر قرابة ستة آلاف عسكري في مدينة صور.",
     "قيادة الجيش اللبناني", "صور"),
    # two places after one dual head noun: "في محافظتي X وY"
    ("وتحتفظ تركيا بنحو ألفي جندي في محافظتي دهوك وأربيل.", "تركيا", "دهوك"),
])
def test_posture_pronoun_subject_and_dual_place(sentence: str, actor: str, location: str) -> None:
    rec = extract(sentence, published="2025-01-10")
    names = {e.id: e.name_ar for e in rec.entities}
    assert [(names[p.actor], names[p.location]) for p in rec.posture] == [(actor, location)]


def test_forces_of_a_body_that_moved_are_no_posture() -> None:
    rec = extract("وقال قائد ميداني إن نحو 1500 عنصر من قوات المجلس الانتقالي الجنوبي غادروا مواقعهم في وادي حضرموت.",
                  published="2025-01-10")
    assert rec.posture == []


def test_where_the_military_institution_keeps_its_troops() -> None:
    rec = extract("بيروت – قال الجيش اللبناني إن وحداته أنجزت المرحلة الأولى. وعرض قائد الجيش ما أنجزته المؤسسة "
                  "العسكرية جنوب الليطاني، حيث ينتشر حالياً نحو عشرة آلاف عسكري.", published="2025-01-10")
    names = {e.id: e.name_ar for e in rec.entities}
    assert [(names[p.actor], names[p.location]) for p in rec.posture] == [("الجيش اللبناني", "جنوب الليطاني")]


def test_the_number_just_told_raised_is_a_level_to_come() -> None:
    rec = extract("بيروت – قال الجيش اللبناني إن وحداته أنجزت المرحلة الأولى. وعرض قائد الجيش ما أنجزته المؤسسة "
                  "العسكرية جنوب الليطاني، حيث ينتشر حالياً نحو عشرة آلاف عسكري، على أن يُرفع العدد إلى 12 ألف "
                  "عسكري قبل نهاية آذار المقبل.", published="2025-01-10")
    names = {e.id: e.name_ar for e in rec.entities}
    qs = {q.id: q.value for q in rec.quantities}
    assert [(names[p.actor], names[p.location], qs[p.quantity], p.status) for p in rec.posture] == [
        ("الجيش اللبناني", "جنوب الليطاني", 10000, "current"), ("الجيش اللبناني", "جنوب الليطاني", 12000, "planned")]


def _postures(text: str) -> list[tuple[str, str, int]]:
    rec = extract(text, published="2026-02-10")
    names = {e.id: e.name_ar for e in rec.entities}
    qs = {q.id: q.value for q in rec.quantities}
    return [(names[p.actor], names[p.location], qs[p.quantity]) for p in rec.posture]


def _postures_and_status(text: str) -> list[tuple[str, str, int, str]]:
    rec = extract(text, published="2026-02-10")
    names = {e.id: e.name_ar for e in rec.entities}
    qs = {q.id: q.value for q in rec.quantities}
    return [(names[p.actor], names[p.location], qs[p.quantity], p.status) for p in rec.posture]


def test_a_relative_clause_between_the_force_and_its_count() -> None:
    # the keeping verb and its force stand before the clause set off by commas; the contributors'
    # list runs on with تليها and ثم
    got = _postures("وتضم بعثة «أوسوم»، التي خلفت بعثة سابقة مطلع العام الماضي، نحو 11 ألف عنصر في الصومال، "
                    "تسهم أوغندا بالعدد الأكبر منهم بنحو 4500 جندي، تليها إثيوبيا بنحو 2500 جندي، ثم كينيا بـ1410 جنود.")
    assert got == [("بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال", "الصومال", 11000),
                   ("أوغندا", "الصومال", 4500), ("إثيوبيا", "الصومال", 2500), ("كينيا", "الصومال", 1410)]


def test_a_size_noun_whose_pronoun_is_the_subject() -> None:
    got = _postures("وأعلنت اليونيفيل نشر سرية إسبانية في القطاع الشرقي، مشيرة إلى أن عديدها الإجمالي في لبنان "
                    "يبلغ حالياً نحو عشرة آلاف جندي.")
    assert got == [("قوة الأمم المتحدة المؤقتة في لبنان", "لبنان", 10000)]


def test_a_force_not_the_government_its_spokesman_speaks_for() -> None:
    got = _postures("وأعلن الناطق باسم الحكومة الموريتانية، عقب اجتماع مجلس الوزراء، أن الجيش الموريتاني عزز انتشاره "
                    "على الحدود، ليرتفع عدد القوات المرابطة في ولاية الحوض الشرقي إلى قرابة 3 آلاف عسكري.")
    assert got == [("الجيش الموريتاني", "ولاية الحوض الشرقي", 3000)]


def test_no_place_from_the_clause_after_while() -> None:
    # a stated size with no place of its own takes none from "فيما …"
    got = _postures("ويبلغ عدد العسكريين اللبنانيين المنتشرين على الحدود نحو 4500 عسكري، وفق أرقام الجيش، "
                    "فيما تعقد اللجنة اجتماعها المقبل في دمشق.")
    assert ("العسكريين اللبنانيين", "دمشق", 4500) not in got


def test_the_article_country_is_where_its_places_are() -> None:
    # Somalia is named once, inside the mission's name, but its capital and airport are Somali:
    # the contributors' shares are in Somalia, not in the one other place of no known kind
    got = _postures("تسلّم الجيش الصومالي قاعدة في إقليم شبيلي السفلى من بعثة الاتحاد الأفريقي للدعم والاستقرار "
                    "في الصومال. وقال مسؤول في مقديشو إن عدد قوات البعثة يبلغ نحو 11 ألف عنصر، يتوزعون على "
                    "أوغندا بنحو 4500 جندي، وإثيوبيا بنحو 2500 جندي. ووصل الوفد إلى مطار مقديشو.")
    assert ("أوغندا", "الصومال", 4500) in got


def test_an_attribution_between_the_keeping_verb_and_its_count() -> None:
    got = _postures("وتنشر القوات المسلحة الملكية، حسب تقديرات مراكز بحثية مستقلة، ما يقارب 100 ألف جندي على طول "
                    "الجدار الرملي.")
    assert got == [("القوات المسلحة الملكية", "الجدار الرملي", 100000)]


def test_a_level_to_come_with_the_pronoun_of_the_force_just_counted() -> None:
    got = _postures_and_status("وقال المسؤول إن بعثة «أوصوم» تواجه عجزاً تمويلياً، موضحاً أن قوام البعثة يبلغ حالياً "
                               "11 ألف جندي في الصومال، ومن المقرر خفضه إلى نحو 8 آلاف جندي بحلول نهاية العام.")
    aussom = "بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال"
    assert got == [(aussom, "الصومال", 11000, "current"), (aussom, "الصومال", 8000, "planned")]


def test_the_number_just_told_brought_down_to_a_bare_count() -> None:
    got = _postures("وبحسب تقديرات أمنية، تحتفظ تركيا بنحو 5 آلاف جندي في شمال العراق، فيما تقول أنقرة إنها تعتزم "
                    "خفض هذا العدد إلى نحو 3 آلاف بحلول نهاية العام.")
    assert got == [("تركيا", "شمال العراق", 5000), ("تركيا", "شمال العراق", 3000)]


def test_not_the_government_its_spokesman_speaks_for() -> None:
    # the body after «باسم» is the spokesman's, not the owner of the forces counted
    got = _postures("وأعلن الناطق باسم الحكومة الموريتانية أن وزارة الداخلية رفعت عدد عناصرها المنتشرين في العاصمة "
                    "نواكشوط إلى 3 آلاف عنصر.")
    assert got and got[0][0] != "الحكومة الموريتانية", got


def test_a_foreign_force_does_not_make_the_article_about_its_country() -> None:
    got = _postures("أعلنت وزارة الدفاع التركية أن الجيش التركي نفذ عملية جديدة في العراق. وقال الجيش التركي إن القوات "
                    "التركية تلاحق عناصر حزب العمال. واحتجت بغداد على العملية. ويبلغ عدد الجنود الأتراك المنتشرين نحو "
                    "5 آلاف جندي. وطالب العراق تركيا بسحب قواتها.")
    assert got and got[0][1] == "العراق", got


def test_a_change_of_size_with_a_long_place_name_before_the_level() -> None:
    # a place's name is one word on the way from the size noun to its level
    got = _postures("أعلن مصدر عسكري أن القوات البريطانية قلّصت عديدها في قاعدة أكروتيري الجوية جنوبي جزيرة قبرص "
                    "إلى نحو 900 جندي.")
    assert got == [("القوات البريطانية", "قاعدة أكروتيري الجوية", 900)], got


def test_there_is_where_the_force_was_sent() -> None:
    # هناك points back to the place the sentence sent the force to; a bare verb of reaching after على أن
    # takes the number just told to a level to come
    text = ("أعلن الجيش السوداني أنه دفع بـ800 جندي من مدينة كوستي إلى ولاية سنار، ليرتفع عديد وحداته المنتشرة "
            "هناك إلى نحو 5 آلاف جندي، على أن يصل إلى 7 آلاف جندي الشهر المقبل.")
    got = [(place, value, status) for _force, place, value, status in _postures_and_status(text)]
    assert got == [("سنار", 5000, "current"), ("سنار", 7000, "planned")], got


def test_the_count_itself_shrinking_is_a_level_to_come() -> None:
    got = _postures_and_status("وقال مسؤول بريطاني إن المملكة المتحدة تحتفظ حالياً بنحو 400 جندي في قبرص، وإن العدد "
                               "سيتقلص إلى نحو 250 جندياً بحلول الصيف المقبل.")
    assert [(v, s) for _a, _l, v, s in got] == [(400, "current"), (250, "planned")], got


def test_a_compass_region_after_the_forces_own_words_and_those_alongside() -> None:
    # "نحو 10 آلاف عسكري لبناني جنوب نهر الليطاني": the region past the force's adjective, with no في;
    # "إلى جانب قرابة 7500 جندي من «اليونيفيل»": those alongside stand in the same place
    rec = extract("ويتمركز نحو 8 آلاف عسكري لبناني جنوب نهر الليطاني، إلى جانب قرابة 7000 جندي من «اليونيفيل».",
                  published="2026-03-10")
    names = {e.id: e.name_ar for e in rec.entities}
    qs = {q.id: q.value for q in rec.quantities}
    got = [(names[p.actor], names[p.location], qs[p.quantity]) for p in rec.posture]
    assert [(loc, value) for _a, loc, value in got] == [("جنوب الليطاني", 8000), ("جنوب الليطاني", 7000)], got


@pytest.mark.parametrize("sentence,expected", [
    # an estimate of a force's number, its force and place between "عدد" and the count after ب
    ("وتقدّر مصادر عسكرية عدد قوات الجيش الليبي في مدينة سرت وقاعدة القرضابية الجوية بنحو ثلاثة آلاف عنصر.",
     [("الجيش الليبي", "سرت", 3000)]),
    ("في حين قدّرت مصادر ميدانية عدد عناصر حرس الحدود السوري في ريف القصير وحده بنحو 1200 عنصر.",
     [("حرس الحدود السوري", "ريف القصير", 1200)]),
    # (a guard) an estimate whose place is not read is left, not put in the article's country
    ("تشهد اليمن توتراً. وتقدّر مصادر محلية عدد مسلحي جماعة الحوثي المنتشرين في مديريتي كذا وكذا بنحو 1500 مسلح.",
     []),
])
def test_an_estimate_of_a_forces_number(sentence: str, expected: list) -> None:
    rec = extract(sentence, published="2026-05-01")
    names = {e.id: e.name_ar for e in rec.entities}
    qs = {q.id: q.value for q in rec.quantities}
    assert [(names[p.actor], names[p.location], qs[p.quantity]) for p in rec.posture] == expected


@pytest.mark.parametrize("sentence,expected", [
    # a unit "of" a force, sized by قوامها: the force keeps it there; a future keeping verb after the count plans it
    ("وأوضح المتحدث أن قوة من الشرطة قوامها 200 عنصر ستبقى منتشرة في قضاء الزبير حتى إشعار آخر.",
     [("الشرطة", "الزبير", 200, "planned")]),
    ("وأضاف أن وحدة من الجيش اللبناني قوامها 300 جندي منتشرة في بلدة رميش.",
     [("الجيش اللبناني", "رميش", 300, "current")]),
])
def test_a_unit_of_a_force_sized_where_it_stays(sentence: str, expected: list) -> None:
    rec = extract(sentence, published="2026-05-01")
    names = {e.id: e.name_ar for e in rec.entities}
    qs = {q.id: q.value for q in rec.quantities}
    assert [(names[p.actor], names[p.location], qs[p.quantity], p.status) for p in rec.posture] == expected
