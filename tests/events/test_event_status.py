"""Status from tense, modals and framing, and the date each event takes: sentences written
for Marsad (published 2025-08-19, a Tuesday)."""

from __future__ import annotations

import pytest
from event_helpers import readings

US = (["القوات الأميركية"], "ORG", {"country": "US", "actor_code": "USAMIL"})
TAJI = (["قاعدة التاجي"], "FAC", {"country": "IQ"})
IQ = (["العراق"], "LOC", {"country": "IQ"})
GOV = (["الحكومة العراقية"], "ORG", {"country": "IQ"})


@pytest.mark.parametrize("text,status", [
    ("انسحبت القوات الأميركية من قاعدة التاجي.", "occurred"),
    ("تنسحب القوات الأميركية حالياً من قاعدة التاجي.", "ongoing"),
    ("بدأت القوات الأميركية الانسحاب من قاعدة التاجي.", "ongoing"),
    ("مع بدء الاستعداد لانسحاب القوات الأميركية من قاعدة التاجي، تصاعد الجدل.", "ongoing"),
    ("تواصل القوات الأميركية انسحابها من قاعدة التاجي.", "ongoing"),
    # the words of names between a verb that goes on with its object and the object do not use up the window
    ("واصلت مئات من عناصر القوات الأميركية في قاعدة التاجي شمال العاصمة بغداد انسحابها أمس.", "ongoing"),
    # a verb read on a definite noun sets no status ("الطريق الواصل" is no "واصل"; "عن العمل" no "عمل على")
    ("انسحبت القوات الأميركية عبر الطريق الواصل بين قاعدة التاجي والحدود.", "occurred"),
    ("ستنسحب القوات الأميركية من قاعدة التاجي الشهر المقبل.", "planned"),
    ("سوف تنسحب القوات الأميركية من قاعدة التاجي.", "planned"),
    ("من المقرر أن تنسحب القوات الأميركية من قاعدة التاجي.", "planned"),
    ("تعتزم القوات الأميركية الانسحاب من قاعدة التاجي.", "planned"),
    ("تستعد القوات الأميركية للانسحاب من قاعدة التاجي.", "planned"),
    ("قال المصدر إن القوات الأميركية بصدد الانسحاب من قاعدة التاجي.", "planned"),
    ("حدد الاتفاق موعداً لانسحاب القوات الأميركية من قاعدة التاجي.", "planned"),
    ("نفى مصدر عسكري أن تكون القوات الأميركية قد انسحبت من قاعدة التاجي.", "negated"),
    ("لم تنسحب القوات الأميركية من قاعدة التاجي.", "negated"),
    ("لن تنسحب القوات الأميركية من قاعدة التاجي.", "negated"),
    ("قد تنسحب القوات الأميركية من قاعدة التاجي.", "hypothetical"),
    ("توقع مراقبون أن تنسحب القوات الأميركية من قاعدة التاجي.", "hypothetical"),
    ("إذا انسحبت القوات الأميركية من قاعدة التاجي فسيتغير الوضع.", "hypothetical"),
    # "if not" and "unless" are conditions, not denials
    ("سيتصاعد التوتر إذا لم تنسحب القوات الأميركية من قاعدة التاجي.", "hypothetical"),
    ("لن تهدأ الهجمات ما لم تنسحب القوات الأميركية من قاعدة التاجي.", "hypothetical"),
    ("وكانت القوات الأميركية قد انسحبت من قاعدة التاجي العام الماضي.", "occurred"),
    ("عملية الانسحاب من قاعدة التاجي لم تنته بعد.", "ongoing"),
    # within a span to come no date names
    ("أعلنت الحكومة انسحاب القوات الأميركية من قاعدة التاجي خلال الأشهر المقبلة.", "planned"),
    ("أعلنت الحكومة انسحاب القوات الأميركية من قاعدة التاجي في غضون الأيام القليلة القادمة.", "planned"),
    # (a span gone by is none)
    ("أعلنت الحكومة انسحاب القوات الأميركية من قاعدة التاجي خلال الأشهر الماضية.", "occurred"),
])
def test_status(read, text: str, status: str) -> None:
    doc = read(text, [US, TAJI])
    evs = [e for e in readings(doc) if e.type == "RETREAT"]
    assert evs, [(e.type, e.trigger.text) for e in doc.events]
    assert evs[0].status == status, [(e.trigger.text, e.status) for e in evs]


def test_a_denial_reaches_past_its_speakers_name_set_off_by_commas(read) -> None:
    spokesman = (["يحيى رسول الزبيدي"], "PER", {"country": "IQ"})
    doc = read("نفى المتحدث الرسمي باسم قيادة العمليات المشتركة، اللواء الركن يحيى رسول الزبيدي، انسحاب القوات "
               "الأميركية من قاعدة التاجي.", [US, TAJI, spokesman])
    evs = [e for e in doc.events if e.type == "RETREAT"]
    assert evs and evs[0].status == "negated", [(e.trigger.text, e.status) for e in doc.events]


@pytest.mark.parametrize("text,date", [
    # the clause's own time
    ("انسحبت القوات الأميركية من قاعدة التاجي أمس الاثنين.", "2025-08-18"),
    ("ستنسحب القوات الأميركية من قاعدة التاجي في أيلول المقبل.", "2025-09"),
    # a report of something current: the publication date
    ("تنسحب القوات الأميركية حالياً من قاعدة التاجي.", "2025-08-19"),
    # a planned event with no time of its own has no date
    ("ستنسحب القوات الأميركية من قاعدة التاجي.", None),
    # the nearest time belongs to the event; a scheduled date stays with what is scheduled
    ("توصلت الحكومة العراقية في أيلول 2024 إلى اتفاق يحدد موعد أيلول 2025 لانسحاب القوات الأميركية من العراق.",
     "2025-09"),
])
def test_date(read, text: str, date: str | None) -> None:
    doc = read(text, [US, TAJI, IQ, GOV])
    ev = next(e for e in doc.events if e.type == "RETREAT")
    assert ev.date == date, (ev.trigger.text, ev.date, [t.text for t in doc.times])


@pytest.mark.parametrize("text", [
    "وانسحبت القوات الأميركية من قاعدة التاجي، عقب محادثات أجراها أمس الاثنين وفد عسكري مع الحكومة العراقية.",
    "وانسحبت القوات الأميركية من قاعدة التاجي، في ختام اجتماع عقدته اللجنة المشتركة أمس الاثنين في بغداد.",
])
def test_what_followed_a_dated_occasion_took_its_day(read, text: str) -> None:
    """"…، عقب محادثات أجراها أمس الاثنين …": an act with no time of its own, told to follow an occasion whose
    clause dates it, happened that day (not on the publication date)."""
    doc = read(text, [US, TAJI, GOV])
    ev = next(e for e in doc.events if e.type == "RETREAT")
    assert ev.date == "2025-08-18", (ev.trigger.text, ev.date)


def test_a_denied_clause_past_an_aside(read) -> None:
    """"نفى …، في تدوينة على منصة «إكس»، أن تكون قواتهم قد انسحبت …": the act in the أنّ-clause of a denial is
    denied, however long the aside between; not the act another verb's أنّ tells, nor one joined after a comma."""
    doc = read("ونفى المتحدث باسم الحكومة العراقية، في تدوينة على منصة «إكس» مساء أمس، أن تكون القوات الأميركية قد "
               "انسحبت من قاعدة التاجي.", [US, TAJI, GOV])
    assert [e.status for e in doc.events if e.type == "RETREAT"] == ["negated"]
    doc = read("ونفت الحكومة العراقية، في بيان، وجود أي خلاف، معلنة أن القوات الأميركية ستنسحب من قاعدة التاجي "
               "الشهر المقبل.", [US, TAJI, GOV])
    assert [e.status for e in doc.events if e.type == "RETREAT"] == ["planned"]


def test_what_an_agreement_provides_is_planned(read) -> None:
    doc = read("اتفقت الحكومة العراقية والقوات الأميركية، أمس الاثنين، على بدء انسحاب القوات الأميركية من قاعدة "
               "التاجي مطلع الشهر المقبل.", [US, TAJI, GOV])
    ev = next(e for e in doc.events if e.type == "RETREAT")
    assert (ev.status, ev.date) == ("planned", "2025-09")


def test_a_dateline_is_not_the_subject(read) -> None:
    doc = read("بغداد – أخلت القوات الأميركية قاعدة التاجي.", [(["بغداد"], "LOC", {"country": "IQ"}), US, TAJI])
    ev = next(e for e in doc.events if e.type == "RETREAT")
    by_id = {e.id: e for e in doc.entities}
    assert [by_id[a].name_ar for a in ev.actor] == ["القوات الأميركية"]


def test_agreement_and_scheduled_phase_dates(read) -> None:
    doc = read("توصلت الحكومة العراقية في أيلول 2024 إلى اتفاق يحدد موعد أيلول 2025 لبدء المرحلة الأولى من "
               "انسحاب القوات الأميركية من العراق، على أن تليها المرحلة الثانية في أيلول 2026.", [US, IQ, GOV])
    got = sorted((e.type, e.status, e.date) for e in doc.events)
    assert ("AGREE", "occurred", "2024-09") in got
    assert ("RETREAT", "planned", "2025-09") in got
    assert ("RETREAT", "planned", "2026-09") in got


def test_summary_is_english(read) -> None:
    doc = read("بدأت القوات الأميركية الانسحاب من قاعدة التاجي.", [
        (["القوات الأميركية"], "ORG", {"country": "US", "name_en": "US forces"}),
        (["قاعدة التاجي"], "FAC", {"country": "IQ", "name_en": "Camp Taji"})])
    line = doc.events[0].summary_en
    assert line.startswith("US forces begin withdrawing from Camp Taji"), line
    assert "ongoing" in line and "2025-08-19" in line
    assert not any("\u0600" <= ch <= "\u06ff" for ch in line)


def test_a_participle_of_denial_denies_what_follows_it() -> None:
    from marsad import extract
    rec = extract("وأعلنت وزارة الدفاع أن قواتها صدت الهجوم، نافيةً ما تداولته مواقع موالية للحركة عن انسحاب "
                  "الجيش من القاعدة.", published="2026-01-14")
    retreat = [e for e in rec.events if e.type == "RETREAT"]
    assert retreat and retreat[0].status == "negated", rec.events


def test_an_option_or_a_scenario_is_hypothetical() -> None:
    from marsad import extract
    rec = extract("وقال مسؤولون إن ثمة خياراً آخر يتمثل في شن غارات جوية على معسكرات المسلحين.",
                  published="2026-01-14")
    assert all(e.status == "hypothetical" for e in rec.events if e.type == "ASSAULT"), rec.events


@pytest.mark.parametrize("text", [
    "ونفى مصدر دبلوماسي، في تصريح لوكالة الأنباء الرسمية، ما تردد على مواقع التواصل الاجتماعي عن إرسال قوات "
    "مصرية إلى الأراضي السودانية.",
    "ونفت وزارة الدفاع ما تداولته وسائل إعلام محلية بشأن انسحاب القوات الأميركية من قاعدة حرير.",
    # the truth of a report denied ("نفى صحة الأنباء عن …"): the act it tells is kept, and denied
    "ونفى مصدر عسكري صحة الأنباء عن انسحاب القوات من قاعدة حرير.",
    # past a verbal noun of imposing ("عن فرض حظر للتجوال")
    "ونفى مصدر في المحافظة صحة أنباء تداولتها مواقع التواصل عن فرض حظر للتجوال في مدينة الغيضة.",
])
def test_what_a_denied_report_says_is_denied(text: str) -> None:
    from marsad import extract
    rec = extract(text, published="2026-01-10")
    moves = [e for e in sorted(rec.events + rec.uncoded, key=lambda e: e.trigger.start) if e.type in ("MOBILIZE", "RETREAT", "COERCE")]
    assert moves and all(e.status == "negated" for e in moves), [(e.trigger.text, e.status) for e in moves]


@pytest.mark.parametrize("text, typ", [
    # a report's أنّ-clause after «من أن»: the act it tells is denied
    # (past the words of a report that tells them: «أوردته» is a cue of its own)
    ("ونفى المتحدث باسم البحرية ما أوردته منظمة «بحر الإنقاذ» الإيطالية من أن عناصر الدورية أطلقوا النار على "
     "قارب قبالة بنزرت.", "ASSAULT"),
    ("ونفت مديرية الأمن ما أوردته جمعية «الحقوق أولاً» عن أن قوات الأمن اعتقلت عشرين طالباً في مدينة صفاقس.", "COERCE"),
])
def test_the_clause_of_a_denied_report_is_denied(text: str, typ: str) -> None:
    from marsad import extract
    rec = extract(text, published="2026-01-10")
    acts = [e for e in rec.events + rec.uncoded if e.type == typ]
    assert acts and all(e.status == "negated" for e in acts), [(e.trigger.text, e.status) for e in acts]


def test_a_report_confirmed_keeps_its_clause() -> None:
    """(a guard) a report confirmed, not denied: what it tells took place."""
    from marsad import extract
    rec = extract("وأكدت مديرية الأمن ما أوردته جمعية «الحقوق أولاً» من أن قوات الأمن اعتقلت عشرين طالباً في مدينة صفاقس.",
                  published="2026-01-10")
    acts = [e for e in rec.events + rec.uncoded if e.type == "COERCE"]
    assert acts and all(e.status == "occurred" for e in acts), [(e.trigger.text, e.status) for e in acts]


def test_a_verbal_noun_after_a_verb_of_beginning_past_an_aside() -> None:
    from marsad import extract
    rec = extract("باشر الجيش اللبناني، أمس الاثنين، نشر تعزيزات إضافية جنوب نهر الليطاني.", published="2026-01-06")
    moves = [e for e in rec.events if e.type == "MOBILIZE"]
    assert moves and moves[0].status == "ongoing", rec.events


@pytest.mark.parametrize("text,typ,status", [
    # a denial whose object is a noun does not reach a second verb of its subject after a comma
    ("ونفت قوات الدعم السريع، في بيان، استهداف المستشفى، واتهمت الجيش باستخدام محيطه لإطلاق المسيرات.",
     "ACCUSE", "occurred"),
    # ... but a denied clause after أن goes on past the comma
    ("ونفى الجيش أن تكون قواته اقتحمت البلدة، واعتقلت خمسة شبان من سكانها.", "COERCE", "negated"),
])
def test_how_far_a_denial_reaches(text: str, typ: str, status: str) -> None:
    from marsad import extract
    rec = extract(text, published="2026-01-14")
    found = [e for e in rec.events if e.type == typ]
    assert found and all(e.status == status for e in found), rec.events


def test_a_sending_verb_to_come_makes_what_it_sends_planned() -> None:
    # "سيدفع الجيش بتعزيزات": the verb of sending before the noun of what is sent lends it its tense
    import marsad
    rec = marsad.extract("أعلن الجيش المصري أنه سيدفع خلال الأيام المقبلة بتعزيزات إضافية إلى الحدود مع ليبيا.",
                         published="2025-08-19")
    moves = [e for e in rec.events + rec.uncoded if e.type == "MOBILIZE"]
    assert moves and moves[0].status == "planned", [(e.trigger.text, e.status) for e in moves]


@pytest.mark.parametrize("text", [
    "وأعاد المحتجون فتح الطريق مساء أمس، ولم تسجل مصالح الأمن الجزائرية أي توقيفات في صفوفهم.",
    "وأكد مصدر في الدرك الوطني أن وحداته لم تسجل أي اعتقالات في مدينة البويرة.",
])
def test_any_such_act_none_recorded_is_denied(text: str) -> None:
    """"لم تسجل مصالح الأمن أي توقيفات": «أي» after a negated verb of recording tells the act, and denies it."""
    from marsad import extract
    rec = extract(text, published="2026-01-10")
    acts = [e for e in rec.events + rec.uncoded if e.type == "COERCE"]
    assert acts and all(e.status == "negated" for e in acts), [(e.trigger.text, e.status) for e in rec.events + rec.uncoded]


def test_any_such_act_warned_against_is_still_none() -> None:
    """(a guard) "حذر الجيش من أي هجوم": any such act, none reported."""
    from marsad import extract
    rec = extract("وحذر الجيش الأردني من أي هجوم على مواقعه قرب الحدود.", published="2026-01-10")
    assert not [e for e in rec.events + rec.uncoded if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    # a threat told by a participle after a comma, plural too, was made; its condition is the threatened act's own
    "وتظاهر العمال أمام الوزارة، متوعدين بالتصعيد إذا لم تصرف الرواتب.",
    "وطالب شيوخ العشائر بالإفراج عن الموقوفين، ملوّحين بالعودة إلى قطع الطرق إذا لم تصل المياه.",
])
def test_a_threat_made_with_its_condition_occurred(read, text: str) -> None:
    doc = read(text, [(["العمال"], "ORG", {"country": "IQ"}), (["شيوخ العشائر"], "ORG", {"country": "IQ"})])
    threats = [e for e in readings(doc) if e.type == "THREATEN"]
    assert threats and threats[0].status == "occurred", [(e.type, e.trigger.text, e.status) for e in readings(doc)]


def test_a_scheduled_meeting_a_condition_hangs_on_is_planned() -> None:
    # "إذا لم ينجح المجلس في احتوائه خلال اجتماعه المقرر الأسبوع المقبل": the meeting itself is scheduled
    from marsad import extract
    rec = extract("ويرى محللون أن تكرار الغارات قد يدفع نحو التصعيد إذا لم ينجح مجلس الأمن الدولي في احتوائه خلال "
                  "اجتماعه المقرر الأسبوع المقبل في نيويورك.", published="2026-02-12")
    meetings = [e for e in rec.events + rec.uncoded if e.type == "CONSULT"]
    assert [e.status for e in meetings] == ["planned"], [(e.trigger.text, e.status) for e in meetings]


def test_an_act_planned_by_its_time_on_a_condition_is_hypothetical() -> None:
    # "ستسيّر قافلة … الأسبوع المقبل إذا سمحت الأطراف": planned by the week to come, on a condition after it
    from marsad import extract
    rec = extract("وأعلنت منظمة الرحمة الإغاثية أنها ستسيّر قافلة مساعدات من مدينة كادوقلي الأسبوع المقبل إذا سمحت "
                  "الأطراف المتحاربة بمرورها.", published="2025-09-23")
    aid = [e for e in rec.events + rec.uncoded if e.type == "AID"]
    assert [e.status for e in aid] == ["hypothetical"], [(e.trigger.text, e.status) for e in aid]


def test_a_negation_quoted_before_a_call_does_not_deny_it() -> None:
    # "رفضت الحكومة المشروع، معتبرة أنه «إنفاق لم يتم التوافق عليه»، ودعت المصرف …": the "لم" is the quoted
    # speaker's, inside the quotation; the call after it was made
    from marsad import extract
    rec = extract("ورفضت الحكومة مشروع الميزانية، معتبرة أنه «إنفاق موازٍ لم يتم التوافق عليه»، ودعت مصرف سوريا "
                  "المركزي إلى وقف التمويل.", published="2026-04-14")
    assert [e.status for e in rec.events if e.type == "REQUEST"] == ["occurred"], rec.events


def test_a_participle_after_a_denied_act_is_made() -> None:
    # "نافياً استخدام الرصاص الحي ضد المتظاهرين، ومتهماً «أطرافاً سياسية» بتحريض المحتجين": the accusation is made,
    # not a second act denied (joined by و, after a comma)
    from marsad import extract
    rec = extract("وقال آمر القوة، العقيد سالم الدرسي، إن عناصره التزموا ضبط النفس، نافياً استخدام الرصاص الحي ضد "
                  "المحتجين، ومتهماً «جهات سياسية» بتحريضهم.", published="2026-04-14")
    assert [e.status for e in rec.events if e.type == "ACCUSE"] == ["occurred"], rec.events


def test_a_past_act_dated_ahead_stays_done() -> None:
    """"قصفت طائرات روسية مدينة إدلب في الخامس من الشهر الجاري" published on the 2nd: a past act whose day is
    misread or mistold stays done (the verb's tense over the date's)."""
    from marsad import extract

    rec = extract("إدلب – قصفت طائرات روسية مدينة سراقب في الخامس من الشهر الجاري.", published="2025-01-02")
    assert [e.status for e in rec.events if e.type == "ASSAULT"] == ["occurred"], [(e.type, e.status) for e in rec.events]



def test_an_act_told_over_days_of_one_month_is_dated_by_the_month() -> None:
    # "خلال الفترة الممتدة من 4 إلى 10 جوان 2025": the weekly toll's arrests fall somewhere in those days of June
    from marsad import extract
    rec = extract("الجزائر – أوقفت مفارز للجيش الوطني الشعبي 19 مهرباً بولاية تمنراست خلال الفترة الممتدة من 4 إلى 10 "
                  "جوان 2025.", published="2025-06-11")
    assert [(e.type, e.date) for e in rec.events if e.type == "COERCE"] == [("COERCE", "2025-06")], rec.events


def test_verbal_nouns_joined_share_the_time_told_after_them() -> None:
    # "تمكنت المفارز من حجز … وتوقيف …، خلال الفترة الممتدة من 4 إلى 10 جوان": both the seizure and the arrests
    from marsad import extract
    rec = extract("تمنراست – تمكنت مفارز للجيش الوطني الشعبي من حجز كمية معتبرة من الأسلحة الحربية والذخيرة وتوقيف 19 "
                  "مهرّباً بولاية تمنراست، خلال الفترة الممتدة من 4 إلى 10 جوان 2025، حسب الحصيلة التي نشرتها وزارة "
                  "الدفاع الوطني اليوم الأربعاء.", published="2025-06-11")
    assert sorted((e.mode, e.date) for e in rec.events if e.type == "COERCE") == \
        [("arrest", "2025-06"), ("seize", "2025-06")], rec.events


def test_an_accord_told_as_reached_is_done_though_what_it_provides_for_is_due_later() -> None:
    # "كاشفاً عن اتفاق مع وزارة الكهرباء لإضافة 500 ميغاواط قبل منتصف آب المقبل": the accord is made; August is when
    # the megawatts are due
    from marsad import extract
    rec = extract("البصرة – ودعا محافظ البصرة المحتجين إلى التهدئة، كاشفاً عن اتفاق مع وزارة الكهرباء لإضافة 500 "
                  "ميغاواط إلى حصة المحافظة قبل منتصف آب المقبل.", published="2025-07-10")
    assert [(e.type, e.status) for e in rec.events if e.type == "AGREE"] == [("AGREE", "occurred")], rec.events
