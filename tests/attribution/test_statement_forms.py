"""Statements named by their form, and speakers after titles ending in a place."""

from __future__ import annotations

import pytest

from marsad import extract


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    rec = extract(text, published="2025-03-12")
    names = {e.id: e.name_ar for e in rec.entities}
    return [(names.get(s.speaker) if s.speaker else (s.speaker_text.text if s.speaker_text else None),
             names.get(s.via) if s.via else None, s.cue.text) for s in rec.statements]


def test_said_in_a_statement_broadcast_by_an_outlet() -> None:
    got = _statements("في المقابل، تبنّت حركة الشباب الهجوم في بيان بثته إذاعة الأندلس الناطقة باسمها، "
                      "زاعمة أنها قتلت «أكثر من 20 جندياً».")
    assert got == [("حركة الشباب", "إذاعة الأندلس", "بيان")]


@pytest.mark.parametrize("text,speaker,via", [
    # an unnamed source as the subject of إنّ, in the accusative with its adjectives
    ("وذكرت الصحيفة أن مسؤولاً أمريكياً قال لوكالة رويترز، طالباً عدم الكشف عن اسمه، إن الضربات استهدفت مواقع.",
     "مسؤولاً أمريكياً", "رويترز"),
    ("وقال المراسل إن مصدراً عسكرياً عراقياً أكد الخبر.", "مصدراً عسكرياً عراقياً", None),
])
def test_an_unnamed_source_in_the_accusative(text: str, speaker: str, via: str | None) -> None:
    assert (speaker, via) in [(s, v) for s, v, _c in _statements(text)]


def test_an_outlet_in_quotation_marks_relays() -> None:
    # the outlet's name ends with a closing quote; the word after it is still "عن"
    got = _statements("ونقلت وكالة «رويترز» عن مسؤول في حماس قوله إن التسليم سيتم غداً.")
    assert [(s, v) for s, v, _c in got] == [("مسؤول في حماس", "رويترز")]


@pytest.mark.parametrize("text,speaker,via", [
    # "نقلاً عن" after the outlet the cue names: the outlet relays the source after it
    ("وأفادت وكالة سبأ نقلاً عن مصدر في وزارة الدفاع بأن الوحدات انتشرت على الحدود.",
     "مصدر في وزارة الدفاع", "سبأ"),
    ("وانسحبت القوات من البلدة، وفق ما أفادت قناة «الحدث» نقلاً عن مصادر محلية.", "مصادر محلية", "الحدث"),
    # an outlet no lexicon knows whose quoted name ends like a nisba ("ديلي نيشن")
    ("وعبر عشرات الجنود الحدود ليلاً، وفق ما نقلته صحيفة «ديلي ستار» عن مسؤول أمني.", "مسؤول أمني", "صحيفة ديلي ستار"),
    # past an aside set off by commas after the outlet
    ("ونقلت وكالة الأنباء اليمنية «سبأ»، بنسختها التي يديرها الحوثيون في صنعاء، عن مصدر في وزارة الداخلية قوله إن "
     "الوحدات انتشرت.", "مصدر في وزارة الداخلية", "سبأ"),  # (one outlet, by its own name)
])
def test_an_outlet_that_relays_a_source(text: str, speaker: str, via: str) -> None:
    assert (speaker, via) in [(s, v) for s, v, _c in _statements(text)], _statements(text)


@pytest.mark.parametrize("text,speaker", [
    # a title that holds a place's trigger noun, a comma, then the name
    ("وقال مدير ناحية كاني ماسي، سربست حجي عمر، لـ«كوردستان 24» إن القصف طال بساتين.", "سربست حجي عمر"),
    ("وأوضحت محامية النادي، ربى عودة، أن ثلاثة منهم نقلوا إلى المستشفى.", "ربى عودة"),
    # an appeal is said by who makes it
    ("وناشدت منظمة الصحة العالمية أطراف النزاع السماح بإدخال الأدوية، محذرة من كارثة.", "منظمة الصحة العالمية"),
    # a rank of three words between the comma and the name
    ("وقال قائد الأسطول الجنوبي، العميد الركن البحري خالد منصور، إن الدوريات مستمرة.", "خالد منصور"),
    # a deputy's post before a spokesman's, a long body and its acronym in brackets, then the name
    ("وقال نائب المتحدث الرسمي باسم قوة الأمم المتحدة لمراقبة فض الاشتباك (أندوف)، كارلوس مينديز، لـ«الوطن» إن "
     "القوة تتابع بقلق.", "كارلوس مينديز"),
    # "وفق ما أفاد به": the pronoun is what was said, not the speaker
    ("أسفرت الاشتباكات عن مقتل أربعة أشخاص، وفق ما أفاد به مركز الزاوية الطبي.", "مركز الزاوية الطبي"),
    # the subject before its verb after كان … قد, the party after the verb its object
    ("وكانت وزارة الخارجية الأردنية قد طالبت، في بيان أمس، إسرائيل بفتح المعابر.", "وزارة الخارجية الأردنية"),
    # a verb coordinated after a comma, "في بيان": its clause's subject speaks, not the first verb's object
    ("واتهمت وزارة الداخلية الليبية الحكومة المنافسة بعرقلة التحقيق، وأعلنت في بيان اعتقال ثلاثة مشتبه بهم.",
     "وزارة الداخلية الليبية"),
    # a threat says what it threatens, after بـ
    ('وتوعّد المتحدث العسكري باسم الجماعة محمد الأسدي بـ"رد قاس" إذا استمرت الغارات.', "محمد الأسدي"),
    ("وهدّد وزير الدفاع سامي الحداد بتكثيف الضربات على مواقع المسلحين.", "سامي الحداد"),
])
def test_speaker(text: str, speaker: str) -> None:
    assert [s for s, _v, _c in _statements(text)] == [speaker]


def _claims(text: str) -> list[str]:
    return [c.holder.text for c in extract(text, published="2025-03-12").claims]


@pytest.mark.parametrize("text,holder", [
    ("ويرى ناشطون محليون أن ملف الخطف المتبادل يهدد بتقويض التهدئة.", "ناشطون"),
    ("ويرى حقوقيون أن الاعتقال الإداري يخالف القانون الدولي.", "حقوقيون"),
    ("ويحذّر ناشطون إيزيديون من أن الضربات تعرقل عودة النازحين.", "ناشطون"),
])
def test_readings_of_activists_are_claims(text: str, holder: str) -> None:
    assert [h.split()[0] for h in _claims(text)] == [holder]


def test_what_activists_report_is_a_statement_and_their_claim() -> None:
    # a report of unnamed activists is an unnamed source's statement, and, an unnamed group's word,
    # a claim of kind "sources" (so the shelling it reports stays an event)
    rec = extract("وقال ناشطون إن القصف استمر طوال الليل في ريف إدلب.", published="2025-03-12")
    assert [(c.holder.text, c.holder_kind) for c in rec.claims] == [("ناشطون", "sources")]
    assert [s for s, _v, _c in _statements("وقال ناشطون إن القصف استمر طوال الليل.")] == ["ناشطون"]


def test_name_after_a_comma_and_an_honorific() -> None:
    got = _statements("وقال عضو لجنة الوساطة، الشيخ نايف أبو حسون، لـ«تلفزيون سوريا» إن التبادل جرى عند حاجز المتونة.")
    assert got == [("نايف أبو حسون", "تلفزيون سوريا", "قال")]


@pytest.mark.parametrize("text,content", [
    # what was announced runs from after the aside, a quoted phrase inside it
    ('وأعلنت وزارة الداخلية، في بيان، إيقاف ستة أشخاص "شاركوا في أعمال تخريب".',
     'إيقاف ستة أشخاص "شاركوا في أعمال تخريب"'),
    # no aside: the quoted phrase closes the content, it does not replace it
    ("أعلنت الشرطة توقيف أربعة شبان «اعتدوا على الممتلكات العامة».",
     "توقيف أربعة شبان «اعتدوا على الممتلكات العامة»"),
])
def test_a_quote_inside_reported_speech(text: str, content: str) -> None:
    import marsad

    [st] = marsad.extract(text, published="2026-02-01").statements
    assert st.content is not None and st.content.text == content
    assert st.direct is False


@pytest.mark.parametrize("text,speaker", [
    # a noun before فيما is not the subject of the verb after it; the latter is the party named last
    ("وأشار التقرير إلى تسلل عناصر من جماعة الحوثي إلى مأرب، فيما نفت الأخيرة ذلك في بيان.", "الحوثيون"),
    # a relative clause's verb has the noun before it as its subject
    ("وفق تقديرات «المرصد السوري لحقوق الإنسان»، الذي أشار إلى أن نحو 30 عنصراً ما زالوا في المطار.",
     "المرصد السوري لحقوق الإنسان"),
])
def test_the_speaker_named_before(text: str, speaker: str) -> None:
    import marsad

    rec = marsad.extract(text, published="2026-02-01")
    name = {e.id: e.name_ar for e in rec.entities}
    assert [name.get(s.speaker) for s in rec.statements][-1:] == [speaker]


def test_among_them_is_no_speech() -> None:
    import marsad

    rec = marsad.extract("وأصيب سبعة أشخاص، بينهم طفلان نقلتهم سيارات الإسعاف إلى المستشفى.", published="2026-02-01")
    assert rec.statements == []


def test_a_stance_after_the_verb_is_what_was_said() -> None:
    import marsad

    text = "تلقى وزير الخارجية الأردني اتصالاً من نظيره القطري محمد بن عبد الرحمن آل ثاني، أكد خلاله دعم قطر للأردن."
    rec = marsad.extract(text, published="2026-02-01")
    name = {e.id: e.name_ar for e in rec.entities}
    [st] = [s for s in rec.statements if s.cue.text == "أكد"]
    assert name.get(st.speaker) == "محمد بن عبد الرحمن آل ثاني"


@pytest.mark.parametrize("text,speaker,via", [
    # a body no lexicon knows, its statement's form set off by commas, a quoted word inside the aside
    ('وقالت الهيئة الوطنية للعدالة الانتقالية، في بيان نشرته على صفحتها بموقع "فيسبوك"، إن الجلسات ستستأنف.',
     "الهيئة الوطنية للعدالة الانتقالية", None),
    # the outlet after إلى
    ('وقال والد الضحية، في تصريح إلى "العربي الجديد"، إن العائلة تنتظر نتائج التحقيق.', "والد الضحية", "العربي الجديد"),
])
def test_unknown_speakers_and_their_outlets(text: str, speaker: str, via: str | None) -> None:
    import marsad

    rec = marsad.extract(text, published="2026-02-01")
    name = {e.id: e.name_ar for e in rec.entities}
    [st] = rec.statements
    assert st.speaker_text is not None and st.speaker_text.text == speaker
    assert name.get(st.via) == via
    assert st.content is not None and not st.content.text.startswith(("فيسبوك", '"'))


def test_a_reading_goes_on_inside_a_claim() -> None:
    import marsad

    text = ("ويرى مراقبون أن لجوء المهربين إلى الطائرات المسيّرة يعكس نجاح الرقابة على المعابر، "
            "مشيرين إلى أن الجيش أسقط عشرات الطائرات خلال العام الماضي.")
    rec = marsad.extract(text, published="2026-02-01")
    assert [c.holder.text for c in rec.claims] == ["مراقبون"]
    assert [s.cue.text for s in rec.statements] == []


def test_a_statement_noun_before_another_speakers_cue() -> None:
    # "…، وأعلنت في بيان …، بينما نفى …": the later denial is another speaker's, not a cover for this one
    got = _statements("واتهمت الشرطة العراقية عصابة مسلحة بخطف تاجر، وأعلنت في بيان اعتقال أربعة مشتبه بهم، "
                      "بينما نفى محامي المتهمين أي صلة لهم بالحادث.")
    assert ("الشرطة العراقية", None, "بيان") in got, got


def test_the_noun_of_a_call_with_its_pronoun_is_no_reporting_verb() -> None:
    # "دعوتها" is the call of the body named before it, not "I called her"
    got = _statements("وجدّدت القيادة دعوتها إسرائيل إلى الانسحاب الفوري من النقاط الخمس.")
    assert all(s != "إسرائيل" for s, _v, _c in got), got


def test_the_subject_before_its_verb_after_inna_speaks() -> None:
    got = _statements("وقال المتحدث إن وزير الخارجية فؤاد حسين أبلغ السفير التركي أن بغداد ترفض القصف.")
    assert ("فؤاد حسين", None, "أبلغ") in got and all(sp != "السفير التركي" for sp, _v, _c in got), got


@pytest.mark.parametrize("text", [
    "وقال مصدر وزاري لـ«المدن» إن الحكومة تدرس المطالب.",
    "وقال مصدر وزاري لـ«المدن»، إن الحكومة تدرس المطالب.",
])
def test_a_quoted_name_after_a_detached_lam_is_the_outlet(text: str) -> None:
    assert _statements(text) == [("مصدر وزاري", "المدن", "قال")]


def test_a_quoted_slogan_after_lam_is_no_outlet() -> None:
    assert all(v is None for _s, v, _c in _statements("ودعا الوزير لـ«الوحدة الوطنية» في كلمته أمام البرلمان."))


def test_the_same_source_again_is_not_the_person_the_clause_goes_on_to_name() -> None:
    got = _statements("وقال مصدر قضائي لإذاعة موزاييك إن الأحكام صدرت فجراً. وشملت الأحكام، بحسب المصدر ذاته، "
                      "الوزير الأسبق فتحي الجلاصي، الذي قضي بسجنه 33 سنة.")
    assert all(s != "فتحي الجلاصي" for s, _v, _c in got), got


def test_a_spokesman_for_a_body_with_a_long_name_is_named_after_it() -> None:
    got = _statements("وقال المتحدث باسم مفوضية الأمم المتحدة السامية لحقوق الإنسان ثمين الخيطان إن الاعتقالات تنتهك "
                      "القانون الدولي.")
    assert [s for s, _v, _c in got] == ["ثمين الخيطان"], got


def test_a_claiming_participle_is_the_clause_subjects_statement() -> None:
    got = _statements("وتبنّت حركة الشباب الهجوم عبر إذاعة الأندلس الناطقة باسمها، مدّعية أنها سيطرت لساعات على أجزاء من القاعدة.")
    assert any(s == "حركة الشباب" and c == "مدّعية" for s, _v, c in got), got


@pytest.mark.parametrize("text,speaker,via", [
    # a masculine outlet after the statement with its pronoun, and the state broadcaster by its adjective
    ("الجزائر – واج\nأكد وزير الشؤون الخارجية أحمد عطاف، في تصريح بثه التلفزيون العمومي، أن بلاده لم تغلق باب "
     "الحوار.", "أحمد عطاف", "التلفزيون العمومي"),
    # a statement given to one outlet alone
    ("وقال الكاتب العام للنقابة، عبد الرحيم الوزاني، في تصريح خص به هسبريس، إن نسبة المشاركة تجاوزت 70 في المائة.",
     "عبد الرحيم الوزاني", "هسبريس"),
    # relayed by the national radio
    ("مقديشو – هاجم مسلحون نقطة تفتيش للجيش الصومالي قرب بلدة ونلوين، بحسب ما نقلته الإذاعة الوطنية عن قائد "
     "عسكري محلي.", "قائد عسكري محلي", "الإذاعة الوطنية"),
])
def test_the_outlet_a_statement_was_given_or_broadcast_by(text: str, speaker: str, via: str) -> None:
    assert (speaker, via) in [(s, v) for s, v, _c in _statements(text)], _statements(text)


def test_a_door_left_open_is_no_closure() -> None:
    rec = extract("أكد الوزير أن بلاده لم تغلق باب الحوار مع فرنسا.", published="2025-03-12")
    assert not [e for e in rec.events if e.type in ("COERCE", "PROTEST")], rec.events


@pytest.mark.parametrize("text,speaker", [
    # an assistant's, an executive's or a regional director's title runs on to the name
    ("من جهته، أكد الأمين العام المساعد في الاتحاد العام التونسي للشغل سامي الطاهري أن المكتب التنفيذي يساند "
     "التحركات.", "سامي الطاهري"),
    ("وقال المدير الإقليمي لليونيسف أديل خضر إن الأطفال يعانون.", "أديل خضر"),
])
def test_a_title_with_its_rank_adjective_then_the_name(text: str, speaker: str) -> None:
    assert speaker in [s for s, _v, _c in _statements(text)], _statements(text)


def test_an_outlets_reporter_speaks_and_the_outlet_carries_it() -> None:
    rec = extract("وأفاد مراسل «وفا» بأن قوات الاحتلال اقتحمت المدينة.", published="2025-03-12")
    st = rec.statements[0]
    assert st.speaker_text is not None and st.speaker_text.text == "مراسل «وفا»", st
    assert st.via is not None and st.via == st.speaker, st


@pytest.mark.parametrize("text, speaker", [
    # sources an adjective ties to an institution or a place report: a statement
    ("ميدانياً، أفادت مصادر طبية في غزة بمقتل أربعة فلسطينيين.", "مصادر طبية في غزة"),
    ("وقالت مصادر محلية إن القوات انسحبت من البلدة.", "مصادر محلية"),
    # the tribes, the intelligence services, parliament
    ("وأفادت مصادر قبلية بأن الوسطاء توصلوا إلى هدنة بين العشيرتين.", "مصادر قبلية"),
    ("وقالت مصادر استخباراتية إن الخلية كانت تخطط لهجمات في العاصمة.", "مصادر استخباراتية"),
    ("وذكرت مصادر برلمانية أن الجلسة تأجلت إلى الأسبوع المقبل.", "مصادر برلمانية"),
])
def test_sources_of_an_institution_or_place_make_a_statement(text: str, speaker: str) -> None:
    assert speaker in [s for s, _v, _c in _statements(text)], _statements(text)


@pytest.mark.parametrize("text", [
    "ورفع المزارعون يافطات تندد بقرار وزارة الزراعة رفع أسعار الأسمدة.",
    "وردد الطلبة شعارات تندد بـ«تهميش الجامعة» وتطالب بإقالة رئيسها.",
])
def test_what_the_banners_ask_is_no_statement(text: str) -> None:
    """"رفعوا لافتات تطالب بـ…": the banners and slogans ask, not a speaker, and not the body they ask of."""
    assert _statements(text) == []


def test_concurring_sources_stay_a_claim() -> None:
    rec = extract("وبحسب مصادر متطابقة، انسحبت القوات من المطار.", published="2025-03-12")
    assert not rec.statements and rec.claims, (rec.statements, rec.claims)


@pytest.mark.parametrize("text, speaker", [
    # what an unnamed source reported, after أفاد with ب, is no part of the source's name
    ("أفاد ناشطون بمقتل ثلاثة مدنيين في القصف.", "ناشطون"),
    ("أفادت مصادر طبية بمقتل أربعة فلسطينيين.", "مصادر طبية"),
])
def test_a_source_that_reported_with_bi(text: str, speaker: str) -> None:
    assert speaker in [s for s, _v, _c in _statements(text)], _statements(text)


@pytest.mark.parametrize("text,content_starts", [  # (after a time word set off by commas, or at once)
    # a short name quoted inside what is announced does not open the content
    ('أعلنت وزارة الدفاع التركية، الخميس، تحييد 12 إرهابياً من منظمة "بي كي كي" في شمالي العراق.', "تحييد"),
    ("أعلن الجيش، اليوم، انطلاق المرحلة الثانية من عملية «ردع العدوان» في ريف إدلب.", "انطلاق"),
    # after the noun and its genitive: "سفينة الشحن «…»"
    ("أعلنت جماعة الحوثي، الأحد، استهداف سفينة الشحن «نورا ستار» في البحر الأحمر بصاروخ.", "استهداف"),
])
def test_a_quoted_name_inside_the_content_is_no_quotation(text: str, content_starts: str) -> None:
    rec = extract(text, published="2025-03-12")
    assert rec.statements and content_starts in rec.statements[0].content.text.split()[:2], rec.statements


@pytest.mark.parametrize("text,holder", [
    # a holder with its adjectives and genitive, whatever its kind
    ("وترى منظمات إغاثة دولية أن استمرار القيود يحد من أثر فتح المعبر.", "منظمات إغاثة دولية"),
    # يعتقد with its holders after it is active, not "it is believed"
    ("ويعتقد دبلوماسيون غربيون أن نتائج الزيارة ستحدد مسار الجولة.", "دبلوماسيون غربيون"),
    # the Maghrebi word for observers
    ("ويعتبر ملاحظون أن عودة الإضرابات تعكس تصاعد التوتر.", "ملاحظون"),
    # "آخرون" takes no modifier: the accusative after it is what they think
    ("ويعتبره آخرون نشاطاً روتينياً.", "آخرون"),
])
def test_claim_holders(text: str, holder: str) -> None:
    rec = extract(text, published="2025-03-12")
    assert [c.holder.text for c in rec.claims] == [holder], rec.claims


def test_it_is_believed_has_no_holder() -> None:
    rec = extract("ويعتقد أن الهجوم نفذته خلية نائمة.", published="2025-03-12")
    assert rec.claims == [] and rec.statements == []


@pytest.mark.parametrize("text,speaker", [
    # Kurdish and Persian given names after a spokesman's title
    ("في المقابل، نفى المتحدث باسم قسد فرهاد شامي أن تكون قواته قد استهدفت مدنيين.", "فرهاد شامي"),
    ("ونقلت وكالة إرنا عن المتحدث باسم منظمة الطاقة الذرية الإيرانية بهروز كمالوندي قوله إن المفتشين وصلوا.",
     "بهروز كمالوندي"),
])
def test_speaker_with_a_kurdish_or_persian_given_name(text: str, speaker: str) -> None:
    assert speaker in [s for s, _v, _c in _statements(text)]


def test_an_independent_or_opposition_title_before_a_name() -> None:
    # "المستقل"، "المعارض" qualify the title; the name after them is a person's
    rec = extract("في المقابل، وصف النائب المستقل سجاد سالم القانون بأنه تكميم للأفواه.", published="2025-03-12")
    assert ("PER", "سجاد سالم") in [(e.type, e.name_ar) for e in rec.entities], rec.entities


@pytest.mark.parametrize("text,cue", [
    # "a man called X" is no one claiming anything
    ("أعلن القضاء، صباح اليوم، تنفيذ حكم الإعدام شنقاً بحق رجل يُدعى كريم نوري، بعد إدانته بـ\"التخابر مع جهات "
     "معادية\" وتزويدها بمعلومات عن منشآت عسكرية.", "يُدعى"),
    # a cue's letters inside a name: "وكالة فرات للأنباء" (ف + رأت)
    ("وأكد المرصد السوري، في تقرير نقلته وكالة فرات للأنباء، أن الاشتباكات توقفت.", "رات"),
])
def test_no_reporting_verb_where_its_form_is_another_word(text: str, cue: str) -> None:
    got = _statements(text)
    assert all(c != cue for _s, _v, c in got), got


@pytest.mark.parametrize("text", [
    # ل before a past form makes a verbal noun of purpose: "to uncover the parties involved" reports nothing
    "ووجّه رئيس الوزراء بتشكيل لجنة تحقيق لكشف الجهات المتورطة، مؤكداً أن الحكومة لن تسمح بذلك.",
    "وشكّلت الوزارة فريقاً لكشف الجهات التي تقف وراء الهجوم.",
])
def test_a_purpose_is_no_unnamed_groups_reading(text: str) -> None:
    assert _claims(text) == []


def test_a_present_after_lam_still_reports() -> None:
    # (a guard) "عاد الوزير ليؤكد أن …": ل before a present form, and the minister speaks
    assert [c for _s, _v, c in _statements("وعاد وزير الخارجية أيمن الصفدي ليؤكد أن الأردن يرفض التهجير.")] == ["يؤكد"]


def test_revealing_a_thing_is_no_statement() -> None:
    # "الهجوم يكشف استخفاف الحوثيين": كشف with a plain object reveals; it tells nothing without أن or عن
    got = _statements("وقال المتحدث باسم الجيش الوطني العميد عبده مجلي إن الهجوم يكشف استخفاف الحوثيين بجهود "
                      "التهدئة، مطالباً المجتمع الدولي بموقف حازم.")
    assert [c for _s, _v, c in got] == ["قال"], got


def test_revealing_that_is_a_statement() -> None:
    # (a guard) "كشف مصدر أمني أن …" tells
    assert [c for _s, _v, c in _statements("وكشف مصدر أمني أن القوات اعتقلت خمسة مشتبه بهم.")] == ["كشف"]


def test_the_readers_of_a_claim_who_go_on_are_no_speakers() -> None:
    # "ويرى مراقبون أن …، لكنهم يحذرون من …": the observers' reading goes on; no statement by anyone
    text = ("وأعلن الجيش العراقي انتشار قواته في قضاء تلعفر. ويرى مراقبون أن الخطوة تعزز سلطة الدولة، "
            "لكنهم يحذرون من أن نقل القوات قد يثير حساسيات.")
    rec = extract(text, published="2025-03-12")
    assert [c.holder.text for c in rec.claims] == ["مراقبون"]
    assert [s.cue.text for s in rec.statements] == ["أعلن"], [(s.speaker, s.cue.text) for s in rec.statements]


def test_a_noun_with_the_article_is_no_reporting_verb() -> None:
    # "وزير النقل": the minister of transport speaks; "النقل" is no form of the relaying verb نقل
    assert [(s, v) for s, v, _c in _statements("وقال وزير النقل إن حركة القطارات ستعود غداً.")] == [("وزير النقل", None)]


def test_an_outlet_relaying_a_statement_in_a_relative_clause_is_not_its_speaker() -> None:
    # "وقال في تصريح نقلته وكالة الأنباء اليمنية (سبأ) إن …": the outlet relays; the minister speaks
    got = _statements("دان وزير الإعلام معمر الإرياني الحصار الجائر، وقال في تصريح نقلته وكالة الأنباء اليمنية (سبأ) "
                      "إن ما جرى جريمة، مطالباً المبعوث الأممي هانس غروندبرغ بإدانة هذه الممارسات.")
    assert got and all(speaker != "وكالة الأنباء اليمنية" for speaker, _via, _cue in got), got


@pytest.mark.parametrize("text, via", [
    # the Maghreb's word for television, with the country's adjective: the state broadcaster
    ("وأعلن وزير الداخلية محمد ولد أحمد، في تصريح للتلفزة الموريتانية مساء أمس، أن الحوار سيبدأ.",
     "التلفزة الموريتانية"),
    ("وقال الوزير للتلفزة التونسية إن الحوار سيبدأ الأسبوع المقبل.", "التلفزة التونسية"),
])
def test_said_to_the_state_television_by_its_maghrebi_name(text: str, via: str) -> None:
    got = _statements(text)
    assert got and got[0][1] == via, got


def test_an_outlet_named_past_a_generic_adjective_of_its_kind_relays() -> None:
    # "وفق ما نقلته وكالة الأنباء الرسمية «إرنا» عن …": the agency, told by its kind, an adjective and its name
    got = _statements("قتل ستة من عناصر الشرطة في هجوم على مركز في مدينة راسك، وفق ما نقلته وكالة الأنباء الرسمية "
                      "«إرنا» عن نائب المحافظ للشؤون الأمنية، علي رضا مرادي.")
    assert got and got[0][1] == "إرنا", got


@pytest.mark.parametrize("text", [
    "وأكد المصدر أن القوات المسلحة الملكية «تتابع عن كثب تحركات عناصر الجبهة شرق الجدار».",
    "وقال الوزير إن الحكومة تتابع باهتمام التطورات في الجنوب.",
])
def test_following_closely_is_no_going_on_speaking(text: str) -> None:
    """"تتابع عن كثب"، "تتابع باهتمام": watches; تابع as "went on (saying)" needs what is said."""
    assert not [c for _s, _v, c in _statements(text) if "تابع" in c]


def test_a_student_is_no_demand() -> None:
    """"ابنها «طالب جامعي»": طالب with a student's adjective is a noun, no reporting verb."""
    assert not [c for _s, _v, c in _statements(
        "وفي وقت لاحق من اليوم نفسه، تجمّع العشرات من ذوي الموقوفين أمام مبنى محكمة حلبجة، مطالبين بالإفراج عنهم. "
        "وقالت والدة أحد الموقوفين لشفق نيوز إن ابنها «طالب جامعي لا علاقة له بأي جماعة مسلحة»، متهمة الأجهزة "
        "الأمنية باعتقاله «من دون مذكرة قضائية».") if c == "طالب"]


def test_the_statement_is_its_issuers_past_a_source_quoted_since() -> None:
    # "وأكد البيان": the body that issued a statement (بيان) earlier, not the source quoted in between
    got = _statements("أعلنت وزارة الداخلية السعودية في بيان اليوم أن قوات الأمن أحبطت محاولة تهريب قرب الحدود. "
                      "وقال مصدر أمني لقناة العربية إن المهربين فروا باتجاه الأراضي اليمنية. "
                      "وأكد البيان أن قوات الأمن ستواصل ملاحقة شبكات التهريب.")
    assert [s for s, _v, c in got if c == "أكد"] == ["وزارة الداخلية السعودية"], got


def test_the_statement_with_no_issuer_named_as_such_is_the_last_speakers() -> None:
    # (a guard) with no statement told as a بيان before, "البيان" is still the last speaker's
    got = _statements("قال وزير الخارجية القطري إن الوساطة مستمرة. وأضاف البيان أن الدوحة على اتصال بالطرفين.")
    assert [s for s, _v, c in got if c == "أضاف"] == [got[0][0]], got


@pytest.mark.parametrize("text,speaker,via", [
    # a bare title after the person who holds the post was named: the person speaks
    ("طالب محافظ طوباس، عمر الجابر، بحماية دولية للقرى. ونقلت وكالة الأنباء الفلسطينية عن المحافظ قوله إن "
     "«ما يجري سياسة ممنهجة».", "عمر الجابر", "وكالة الأنباء الفلسطينية"),
    ("التقت وزيرة البيئة التونسية، سلمى الماجري، ممثلين عن السكان. وقالت الوزيرة إن «المصنع سيغلق».",
     "سلمى الماجري", None),
])
def test_a_bare_title_is_the_person_named_with_it_before(text: str, speaker: str, via: str | None) -> None:
    assert (speaker, via) in [(s, v) for s, v, _c in _statements(text)]


def test_a_title_in_the_genitive_of_a_statements_issuer_is_no_speaker() -> None:
    # (a guard) "بيان لمكتب المحافظ": the office issued it; the governor's title is its genitive
    got = _statements("استقبل محافظ صلاح الدين وفداً من الوجهاء. وذكر بيان لمكتب المحافظ أن الجانبين اتفقا على لجنة.")
    assert ("بيان لمكتب المحافظ", None, "ذكر") in got, got


def test_a_verb_joined_after_a_titled_subject_shares_it() -> None:
    # "غير أن الناطق باسم التنسيقية X رفض …، وقال إن …": the spokesman speaks, not the last speaker quoted
    got = _statements("ونقلت وكالة الأنباء عن الوزيرة قولها إن «الدولة لن تتخلى عن المدينة». غير أن الناطق باسم "
                      "التنسيقية كريم العياري رفض ما وصفه بالوعود المؤجلة، وقال إن الأهالي «سمعوا الكلام نفسه».")
    assert ("كريم العياري", None, "قال") in got, got


def test_a_name_after_a_comma_and_a_new_clause_is_no_title_holder() -> None:
    # "…، مؤكداً أن المحافظ «وعد …»": the governor is the subject of what is affirmed, no speaker of the words before
    got = _statements("استقبل محافظ الأنبار راكان الجبوري وفداً من الوجهاء. وقال الشيخ حمد العلواني إن الوجهاء طالبوا "
                      "بإطلاق سراح الموقوفين الذين لم تثبت إدانتهم وبإزالة السواتر الترابية عن مداخل القرى، مؤكداً أن "
                      "المحافظ «وعد بنقل المطالب إلى بغداد».")
    assert not [g for g in got if g[2] == "إدانتهم"], got


def test_a_relative_clause_after_the_subject_keeps_a_statement_noun_from_it() -> None:
    # "أبدت الجمعية، التي تدير مستوصفاً …، قلقها …، وطالبت في بيان …، مؤكدة أنها …": a relative clause between the
    # subject and «في بيان» is another clause; the body's statement is the one its participle tells
    got = _statements("أبدت جمعية النور الخيرية، التي تدير مستوصفاً داخل المخيم، قلقها من تداعيات المداهمة، وطالبت في "
                      "بيان بالسماح لفرقها بالدخول إلى المخيم، مؤكدة أنها ستواصل توزيع المساعدات على العائلات.")
    assert [c for _s, _v, c in got] == ["مؤكدة"], got


def test_a_coordinated_verb_after_a_titled_person_is_his_not_his_provinces() -> None:
    # "والتقى محافظ المفرق، زياد الحوراني، …، وقال": the governor the title names, not his province, speaks
    got = _statements('والتقى محافظ المفرق، زياد الحوراني، مساء أمس وجهاء المدينة، وقال خلال اللقاء إن '
                      '"الأمن خط أحمر".')
    assert [(speaker, cue) for speaker, _via, cue in got] == [("زياد الحوراني", "قال")], got


@pytest.mark.parametrize("text,via", [
    ("وفي تصريح لوكالة الأنباء الأردنية، قال مدير الشرطة العميد فراس الزعبي إن التحقيق مستمر.", "وكالة الأنباء الأردنية"),
    ('وفي حديث لـ"الشرق الأوسط"، أكد النائب سمير العلي أن المفاوضات متعثرة.', "الشرق الأوسط"),
])
def test_an_outlet_named_in_a_phrase_before_the_verb_relays_it(text: str, via: str) -> None:
    """"وفي تصريح لوكالة X، قال Y …": the phrase that opens the sentence names the outlet Y spoke to."""
    assert [v for _s, v, _c in _statements(text)] == [via]


def test_a_statement_told_in_an_opening_phrase_with_no_outlet_has_none() -> None:
    """(a guard) "وفي بيان صدر أمس، قال الجيش …": no outlet in the phrase, none relays it."""
    assert [v for _s, v, _c in _statements("وفي بيان صدر أمس، قال الجيش اللبناني إن وحداته انتشرت في البلدة.")] == [None]


@pytest.mark.parametrize("text,speaker", [
    # people no table names, relayed, then what they said told by its noun with their pronoun
    ("ونقلت وكالة الأنباء الليبية عن نازحين قولهم إن المسلحين أحرقوا منازلهم في القرية.", "نازحين"),
    ("ونقلت وكالة الأنباء الليبية عن شهود عيان اتهامهم المسلحين بإحراق منازلهم.", "شهود عيان"),
])
def test_unnamed_people_relayed_before_their_words(text: str, speaker: str) -> None:
    assert (speaker, "وكالة الأنباء الليبية") in [(s, v) for s, v, _c in _statements(text)], _statements(text)


@pytest.mark.parametrize("text", [
    "وأعلن قائد شرطة محافظة البصرة، اللواء عباس ناجي الكعبي، بحسب ما نقلت وكالة الأنباء العراقية، نشر نحو 600 "
    "عنصر في الأحياء الجنوبية.",
    "وأعلن قائد شرطة محافظة البصرة، اللواء عباس ناجي الكعبي، وفق ما نقلت وكالة الأنباء العراقية، أن الوضع مستقر.",
])
def test_a_relay_set_off_by_commas_between_speaker_and_words(text: str) -> None:
    """"أعلن X، بحسب ما نقلت وكالة Y، نشر …": the aside names the outlet; what X announced follows it."""
    assert [(s, v) for s, v, _c in _statements(text)] == [("عباس ناجي الكعبي", "وكالة الأنباء العراقية")], \
        _statements(text)


@pytest.mark.parametrize("text", [
    "ونقلت وكالة الأنباء اليمنية عن محافظ حضرموت إشادته بجهود الوسطاء، ودعوته أبناء المحافظة إلى التهدئة.",
    "ونقلت وكالة الأنباء اليمنية عن محافظ حضرموت ترحيبه بالاتفاق، ودعوته الطرفين إلى الالتزام به.",
])
def test_a_post_relayed_before_his_words_told_by_their_noun(text: str) -> None:
    """"نقلت الوكالة عن محافظ X إشادته بـ…": the post speaks; the praise after it is no name of his."""
    assert [(s, v) for s, v, _c in _statements(text)] == [("محافظ حضرموت", "وكالة الأنباء اليمنية")], \
        _statements(text)


def test_a_regional_radio_relays_a_title_told_before() -> None:
    """"ونقلت الإذاعة الجهوية لبجاية عن الوالي تعهده بـ…": the regional radio relays the governor named before;
    his pledge, told by its noun, is what he said."""
    text = ("البويرة – الشروق\nوتنقّل والي البويرة، عبد القادر مزيان، إلى عين المكان. ونقلت الإذاعة الجهوية للبويرة "
            "عن الوالي تعهده بإعادة التوزيع المنتظم للمياه.")
    assert ("عبد القادر مزيان", "الإذاعة الجهوية") in [(s, v) for s, v, _c in _statements(text)], _statements(text)


@pytest.mark.parametrize("text,cue", [
    # "بين" between two places after a road's participle, and "نقلها إلى" (moved somewhere) tell no statement
    ("حيث نُصب كمين على الطريق الرابط بين بلدية عين زعطوط ومدينة بريكة أسفر عن توقيف المركبة الأولى.", "بين"),
    ("جيبوتي – وأعلنت قيادة خفر السواحل أن وحداتها تمكنت من إنقاذ 30 ناجياً، بينهم ثماني نساء، وانتشال الجثث ونقلها "
     "إلى مستشفى أوبوك، فيما تتواصل اليوم عمليات البحث عن المفقودين بمشاركة زوارق تابعة للقوات البحرية.", "نقلها"),
])
def test_between_places_and_moved_somewhere_are_no_cues(text: str, cue: str) -> None:
    assert cue not in [c for _s, _v, c in _statements(text)], _statements(text)


@pytest.mark.parametrize("text", [
    # "، وقال للصحفيين إن …": whom it was said to, between the verb and what was said
    "زار وزير الداخلية سامر الحديدي مدينة الزرقاء، وقال للصحفيين إن الوضع مستقر.",
    # past a fronted phrase of time that names no party, the clause's subject goes on
    "وفي وقت لاحق من اليوم نفسه، زار وزير الداخلية، المهندس سامر الحديدي، مدينة الزرقاء، واطّلع على سير العمليات، "
    "وقال إن الوضع مستقر.",
])
def test_a_coordinated_say_goes_on_with_the_clause_subject(text: str) -> None:
    assert ("سامر الحديدي", None, "قال") in _statements(text), _statements(text)


def test_a_coordinated_announcement_of_a_thing_goes_on_with_the_clause_subject() -> None:
    # "التقى محافظ حماة، X، وفداً من الوجهاء، وأعلن تشكيل لجنة": he announced it, as "أعلن X تشكيل لجنة" tells
    text = "التقى محافظ درعا، أنور الزعبي، صباح اليوم وفداً من الوجهاء، وأعلن عقب اللقاء تشكيل لجنة لمراجعة الحواجز."
    assert ("أنور الزعبي", None, "أعلن") in _statements(text), _statements(text)


def test_the_addressee_of_a_call_with_its_seat_is_no_speaker() -> None:
    # "ودعت الحكومة الاتحادية في بغداد والجانب التركي إلى …": those called on, past their seat and a second party
    speakers = [s for s, _v, _c in _statements(
        "وأدانت وزارة الصحة في حكومة الإقليم القصف، ودعت الحكومة الاتحادية في بغداد والجانب الإيراني إلى "
        "التهدئة، مؤكدة أنها فتحت تحقيقاً.")]
    assert "الحكومة الاتحادية" not in speakers, speakers


def test_a_carried_speaker_keeps_the_outlet_passed_over_before_what_is_said() -> None:
    # "ورحبت الحكومة …، وقالت في بيان نقلته وكالة الأنباء السورية «سانا» إنها …": the government speaks, the agency relays
    got = _statements("ورحبت الحكومة السورية بالاتفاق، وقالت في بيان نقلته وكالة الأنباء السورية «سانا» إنها ستلتزم "
                      "بتنفيذ بنوده.")
    assert ("الحكومة السورية", "سانا", "قالت") in got, got
