"""Speakers on unseen wording: a bare unnamed source with its qualifier, a named outlet's
reporter, a verb coordinated after the speaker's first verb (entities given by hand)."""

from __future__ import annotations

import pytest

AFP = (["وكالة فرانس برس", "فرانس برس"], "ORG", {"kind": "outlet"})
ANADOLU = (["الأناضول"], "ORG", {"kind": "outlet"})
JAZ = (["قناة الجزيرة", "الجزيرة"], "ORG", {"kind": "outlet"})
UNIFIL = (["اليونيفيل"], "ORG", {})
MISSION = (["البعثة الأممية"], "ORG", {})
POLICE = (["شرطة البصرة"], "ORG", {"country": "IQ"})
SOURCE = (["مصدر عسكري"], "ORG", {"country": "TR"})
TRMOD = (["وزارة الدفاع التركية"], "ORG", {"country": "TR"})


def _speakers(doc) -> list[tuple[str | None, str | None, str]]:
    by_id = {e.id: e for e in doc.entities}
    out = []
    for s in doc.statements:
        spk = s.speaker_text.text if s.speaker_text else None
        if s.speaker and not spk:
            spk = by_id[s.speaker].name_ar
        out.append((spk, by_id[s.via].name_ar if s.via else None, s.cue.text))
    return out


@pytest.mark.parametrize("text,entities,speaker,via,cue", [
    # a bare head takes its في/من qualifier, up to the relaying outlet or the content
    ("وقال مصدر في الشركة العامة للموانئ إن المحتجين أغلقوا البوابة.", [], "مصدر في الشركة العامة للموانئ", None, "قال"),
    # the qualifier may come as a clitic ب on the body
    ("وقال مصدر بالهلال الأحمر المصري إن القافلة وصلت.", [], "مصدر بالهلال الأحمر المصري", None, "قال"),
    ("وأكد ضابط في الشرطة لوكالة فرانس برس أن الهجوم وقع ليلاً.", [AFP], "ضابط في الشرطة", "وكالة فرانس برس", "أكد"),
    ("وذكر مسؤول في وزارة الصحة أن حصيلة الضحايا ارتفعت.", [], "مسؤول في وزارة الصحة", None, "ذكر"),
    # the qualifier ends before a verb that follows it
    ("وتوقف الإنتاج، وفق ما أفاد به مصدر من الشركة قدّر الخسائر اليومية بنحو مليون دينار.", [], "مصدر من الشركة",
     None, "أفاد"),
    # the post of a place, in construct with it
    ("وقال قائد شرطة البصرة إن الوضع هادئ.", [(["البصرة"], "LOC", {"country": "IQ"})], "قائد شرطة البصرة", None, "قال"),
    # the post of a body, in construct with it (or with ل after an indefinite head)
    ("وقال مدير عمليات شركة النورس للملاحة إن الرحلات ستستأنف.", [(["شركة النورس للملاحة"], "ORG", {})],
     "مدير عمليات شركة النورس للملاحة", None, "قال"),
    ("ونفى مستشار لقائد قوات الدعم السريع هذه الاتهامات.", [(["قوات الدعم السريع"], "ORG", {"country": "SD"})],
     "مستشار لقائد قوات الدعم السريع", None, "نفى"),
    # a parenthetical في is not a qualifier
    ("وقال مصدر أمني في تصريح صحفي إن الهجوم فشل.", [], "مصدر أمني", None, "قال"),
    # past the source's adjectives, the qualifier still names where the source sits
    ("وقال قائد ميداني في الجبهة الغربية إن الهجوم صُدّ.", [], "قائد ميداني في الجبهة الغربية", None, "قال"),
    ("وقال مسؤول محلي في البلدة إن المياه انقطعت.", [], "مسؤول محلي في البلدة", None, "قال"),
    # also when the actor layer reads the source as a body of its own
    ("وذكر مصدر عسكري في وزارة الدفاع التركية أن الوحدات انتشرت.", [SOURCE, TRMOD],
     "مصدر عسكري في وزارة الدفاع التركية", None, "ذكر"),
    # the object denied, a relative "ما" or "الذي", is no part of the source
    ("ونفى المصدر العسكري الليبي ما تداولته صفحات على مواقع التواصل عن دخول وحدات أجنبية.", [],
     "المصدر العسكري الليبي", None, "نفى"),
])
def test_unnamed_speaker_qualifier(read, text: str, entities: list, speaker: str, via: str | None, cue: str) -> None:
    assert _speakers(read(text, entities)) == [(speaker, via, cue)]


@pytest.mark.parametrize("text,entities,speaker_text,cue", [
    # a named outlet's reporter speaks for the outlet, and the outlet carries the report
    ("وأفاد مراسل الأناضول بأن القصف استهدف حياً سكنياً.", [ANADOLU], "مراسل الأناضول", "أفاد"),
    ("وقال مراسل الجزيرة إن الاشتباكات تجددت صباحاً.", [JAZ], "مراسل الجزيرة", "قال"),
    # the Lebanese agency's word for its own correspondent ("delegate" elsewhere)
    ("وأفاد مندوب الوكالة الوطنية للإعلام بأن المسيّرة أطلقت صاروخين على السيارة.",
     [(["الوكالة الوطنية للإعلام"], "ORG", {"kind": "outlet"})], "مندوب الوكالة الوطنية للإعلام", "أفاد"),
])
def test_named_outlet_reporter(read, text: str, entities: list, speaker_text: str, cue: str) -> None:
    [(spk, via, got_cue)] = _speakers(read(text, entities))
    assert (spk, got_cue) == (speaker_text, cue) and via is not None


def test_the_outlets_own_reporter_is_no_source(read) -> None:
    assert _speakers(read("وأفاد مراسلنا بأن القصف استهدف حياً سكنياً.", [])) == []


@pytest.mark.parametrize("text,entities,speaker,cue", [
    # "X did …, and called (in a statement) for …": the coordinated verb keeps X
    ('من جهتها، رحبت اليونيفيل بالخطوة، ودعت في بيان "جميع الأطراف إلى ضبط النفس".', [UNIFIL], "اليونيفيل", "دعت"),
    ('وأشادت البعثة الأممية بالاتفاق، وطالبت "بتنفيذه دون تأخير".', [MISSION], "البعثة الأممية", "طالبت"),
])
def test_coordinated_verb_keeps_the_subject(read, text: str, entities: list, speaker: str, cue: str) -> None:
    got = _speakers(read(text, entities))
    assert (speaker, None, cue) in got


NIMR = (["سامي النمر"], "PER", {"country": "SY"})
GUARANTORS = (["الدول الضامنة"], "ORG", {})


def test_a_party_of_another_gender_after_a_coordinated_call_is_called_on(read) -> None:
    # "…، وطالب الدول الضامنة للهدنة، ولا سيما …، بـ…": a feminine plural after a masculine verb is its object; the
    # verb goes on with the sentence's subject
    doc = read('وأدان وزير الخارجية سامي النمر القصف، معتبراً أنه "اعتداء سافر"، وطالب الدول الضامنة للهدنة، '
               'ولا سيما روسيا، بـ"التحرك فوراً لوقف الانتهاكات".', [NIMR, GUARANTORS])
    assert [speaker for speaker, _via, _cue in _speakers(doc)] == ["وزير الخارجية سامي النمر"]


SINJAR = (["سنجار"], "LOC", {"country": "IQ"})
KHIDR = (["خدر إلياس"], "PER", {"country": "IQ"})
PENTAGON = (["البنتاغون"], "ORG", {"country": "US"})
HARRIS = (["مايكل هاريس"], "PER", {"country": "US"})


@pytest.mark.parametrize("text,entities,speaker,via", [
    # a title, then the person's name: the person speaks (the title is the role)
    ("وقال قائممقام سنجار خدر إلياس إن القصف استهدف مقراً.", [SINJAR, KHIDR], "خدر إلياس", None),
    ("وقال المتحدث باسم البنتاغون العقيد مايكل هاريس لوكالة فرانس برس إن القوات باقية.",
     [PENTAGON, HARRIS, AFP], "مايكل هاريس", "وكالة فرانس برس"),
])
def test_person_after_title_speaks(read, text: str, entities: list, speaker: str, via: str | None) -> None:
    doc = read(text, entities)
    by_id = {e.id: e for e in doc.entities}
    got = [(by_id[s.speaker].name_ar if s.speaker else None, by_id[s.via].name_ar if s.via else None)
           for s in doc.statements]
    assert got == [(speaker, via)]


SHAFAQ = (["شفق نيوز"], "ORG", {"kind": "outlet"})
REUTERS = (["وكالة رويترز", "رويترز"], "ORG", {"kind": "outlet"})
GOVR = (["محافظ نينوى"], "PER", {"country": "IQ"})


@pytest.mark.parametrize("text,entities,speaker,via", [
    ("وأكد محافظ نينوى لـ«شفق نيوز» أن الأوضاع مستقرة.", [GOVR, SHAFAQ], "محافظ نينوى", "شفق نيوز"),
    ("وقال محافظ نينوى إن الأوضاع مستقرة، بحسب ما نقلت وكالة رويترز.", [GOVR, REUTERS], "محافظ نينوى", "وكالة رويترز"),
])
def test_relaying_outlet(read, text: str, entities: list, speaker: str, via: str) -> None:
    doc = read(text, entities)
    by_id = {e.id: e for e in doc.entities}
    got = [(by_id[s.speaker].name_ar if s.speaker else None, by_id[s.via].name_ar if s.via else None)
           for s in doc.statements]
    assert got == [(speaker, via)]


def test_participle_speaks_for_the_clause_subject() -> None:
    from marsad import extract
    rec = extract("واتهم الناطق الرسمي باسم القوات المسلحة السودانية، العميد نبيل عبد الله، قوات الدعم السريع بتنفيذ "
                  "الهجوم، مؤكداً أن الدفاعات الأرضية تصدّت لست مسيّرات.", published="2025-01-01")
    by_id = {e.id: e.name_ar for e in rec.entities}
    assert [(by_id.get(s.speaker), s.cue.text[:5]) for s in rec.statements] == [("نبيل عبد الله", "مؤكدا")]


def test_a_coordinated_verb_goes_on_with_the_contrasted_subject() -> None:
    # "…، غير أن وزارة الصحة رفضت هذه الاتهامات، وأوضحت أن …": the ministry explains, not the speaker quoted before
    from marsad import extract
    rec = extract("طرابلس – «الوسط»\nقال رئيس نقابة الأطباء، سمير حداد، إن «الإضراب سيستمر». وفي مصراتة، اتهم الناطق "
                  "باسم المجلس البلدي، فراس علوش، الحكومة بالمماطلة، غير أن وزارة الصحة رفضت هذه الاتهامات، وأوضحت أن "
                  "الرواتب صُرفت كاملة.", published="2025-11-12")
    by_id = {e.id: e.name_ar for e in rec.entities}
    assert [by_id.get(s.speaker) for s in rec.statements if s.cue.text == "أوضحت"] == ["وزارة الصحة"]


def test_a_verb_after_fima_goes_on_with_the_first_subject() -> None:
    # "اتهمت قوات الدعم السريع الجيش …، وهددت باستهداف أي طائرة تحلّق فوق الأبيض، فيما نفت أن …": the forces deny;
    # the words after a threatened act's preposition are no speaker
    from marsad import extract
    rec = extract("الخرطوم – «الراكوبة»\nقال السفير المصري، شريف النحاس، إن القاهرة ستواصل إرسال الشحنات. في المقابل، "
                  "اتهمت قوات الدعم السريع الجيش بتهريب الأسلحة إلى المدينة، وهددت باستهداف أي طائرة تحلّق فوق "
                  "الأبيض، فيما نفت أن تكون قد قصفت مناطق سكنية.", published="2025-12-15")
    by_id = {e.id: e.name_ar for e in rec.entities}
    got = [(by_id.get(s.speaker), s.speaker_text.text if s.speaker_text else None) for s in rec.statements
           if s.cue.text in ("نفت", "هددت")]
    assert all(spk == "قوات الدعم السريع" for spk, _text in got) and got, got


def test_amounts_to_is_no_speech() -> None:
    from marsad import extract
    rec = extract("وأضاف أن عديد القوات الأميركية في العراق يبلغ نحو ٢٠٠٠ عسكري، ليبلغ عديد القوات في الكفرة نحو خمسة "
                  "آلاف عنصر.", published="2025-01-01")
    assert [s.cue.text for s in rec.statements if s.cue.text.endswith("بلغ")] == [], rec.statements


@pytest.mark.parametrize("text, cues", [
    # بين between places is the preposition, not بيّن "explained"
    ("وقال مسؤول عسكري إن نحو 1500 جندي يتوزعون حالياً بين قاعدة حرير ومطار أربيل الدولي، مضيفاً أن الهجوم فشل.",
     ["قال"]),
    ("وبين المتحدث باسم الوزارة أن القوات انسحبت.", ["بين"]),
    # "ما بين" names an area between two places
    ("النجف – شفق نيوز\nأعلنت قيادة عمليات النجف، اليوم، الشروع بتنفيذ الخطة الأمنية، إلى جانب قيادة شرطة "
     "النجف التي نشرت نحو 5 آلاف منتسب في الشوارع المحيطة بمنطقة ما بين الحرمين وسط المدينة.", ["أعلنت"]),
    # (a guard) what a speaker explained, after ما
    ("وانسحبت القوات من البلدة، وفق ما بين المتحدث باسم الجيش العميد سامي الحسن.", ["بين"]),
])
def test_between_is_no_speech(text: str, cues: list[str]) -> None:
    from marsad import extract
    rec = extract(text, published="2025-01-01")
    assert [s.cue.text for s in rec.statements] == cues, rec.statements


@pytest.mark.parametrize("text, speaker", [
    # "according to a statement by X": the issuer speaks (ل, صادر عن, or the genitive)
    ("وانسحبت القوات من البلدة، وفق بيان للجيش اللبناني.", "الجيش اللبناني"),
    ("وانسحبت القوات من البلدة، بحسب بيان صادر عن الجيش اللبناني.", "الجيش اللبناني"),
    ("استهدفت مسيّرات محطة كهرباء في مدينة كوستي، وفق بيان لشركة كهرباء السودان.", "شركة كهرباء السودان"),
    # (or of its command: "بيان لقيادة الجيش")
    ("وانسحبت القوات من البلدة، بحسب بيان لقيادة الجيش اللبناني.", "الجيش اللبناني"),
    # in accordance with a resolution is no attribution
    ("وانتشر الجيش في الجنوب وفق قرار مجلس الأمن الدولي.", None),
])
def test_according_to_a_statement(text: str, speaker: str | None) -> None:
    from marsad import extract
    rec = extract(text, published="2025-01-01")
    by_id = {e.id: e.name_ar for e in rec.entities}
    got = [by_id.get(s.speaker) for s in rec.statements]
    assert got == ([speaker] if speaker else []), rec.statements


@pytest.mark.parametrize("text, speaker_text", [
    # a body no table knows, named after «صادر عن», speaks by its words (its name ends before its charge)
    ("وتشمل المرحلة مئتي محتجز، بحسب بيان صادر عن الهيئة العليا للمصالحة المكلفة بمتابعة الاتفاق.",
     "الهيئة العليا للمصالحة"),
])
def test_according_to_a_statement_of_an_unknown_body(text: str, speaker_text: str) -> None:
    from marsad import extract
    rec = extract(text, published="2025-01-01")
    assert [s.speaker_text.text for s in rec.statements if s.speaker_text] == [speaker_text], rec.statements


@pytest.mark.parametrize("text, speaker", [
    # an "affirming" participle whose object noun is what is said, for the clause's subject
    ("وفي القاهرة، بحث وزير الخارجية والهجرة بدر عبد العاطي، في اتصال هاتفي مع نظيره الفرنسي، سبل إزالة العراقيل، "
     "مؤكداً رفض مصر القاطع لأي مخططات لتهجير الفلسطينيين.", "بدر عبد العاطي"),
    # not a manner phrase after a verb of motion
    ("وانسحبت القوات من البلدة، مؤكدةً بذلك التزامها بالاتفاق.", None),
])
def test_participle_with_object_noun(text: str, speaker: str | None) -> None:
    from marsad import extract
    rec = extract(text, published="2025-01-01")
    by_id = {e.id: e.name_ar for e in rec.entities}
    assert [by_id.get(s.speaker) for s in rec.statements] == ([speaker] if speaker else []), rec.statements


@pytest.mark.parametrize("text, holder", [
    # an unnamed group's word is a claim, whether it reports (and is a statement too) or thinks
    ("فيما نقلت وكالة الأناضول عن مصادر أمنية أن السيارة المستهدفة كانت تقل قياديين في التنظيم.", "مصادر أمنية"),
    ("من دون أن تسمّي الجهة التي كانت تشغلها، وإن كانت مصادر ميدانية قد رجّحت أنها تعود إلى حزب الله.",
     "مصادر ميدانية"),
    ("وقال ناشطون إن بين الموقوفين طلاباً جامعيين.", "ناشطون"),
    ("في حين تؤكد منظمات إغاثية أن ما يدخل فعلياً لا يزال دون هذا الرقم بكثير.", "منظمات"),
    # residents, locals and activists (the other plural) report; circles hold readings
    ("وقال سكان محليون إن الطائرات حلقت فوق البلدة طوال الليل.", "سكان محليون"),
    ("وأفاد نشطاء بأن القصف استهدف حيا سكنيا.", "نشطاء"),
    ("وتحدث أهالي القرية عن اقتحام المنازل.", "أهالي"),
    ("وترى دوائر سياسية أن الحكومة ستسقط.", "دوائر"),
])
def test_unnamed_groups_are_claims(text: str, holder: str) -> None:
    from marsad import extract
    rec = extract(text, published="2025-01-01")
    assert any(c.holder.text.startswith(holder) for c in rec.claims), rec.claims


def test_a_named_source_is_no_claim() -> None:
    from marsad import extract
    rec = extract("ونقلت رويترز عن مصدر أمني قوله إن الهجوم فشل.", published="2025-01-01")
    assert rec.claims == [] and len(rec.statements) == 1


@pytest.mark.parametrize("text, via", [
    # agencies by their short names in brackets, to the agency or its reporter
    ("وأوقفت وحدات الحرس الوطني 7 معتصمين، بحسب ما أكده مصدر أمني لـ(وات).", "وكالة تونس أفريقيا للأنباء"),
    ("وأكد الكاتب العام للاتحاد، عبد الحميد الصالحي، في تصريح لمراسل (وات)، أن نسبة المشاركة بلغت 90 بالمائة.",
     "وكالة تونس أفريقيا للأنباء"),
    ("وقال مصدر عسكري لـ«سودان تربيون» إن الجيش صد الهجوم.", "سودان تربيون"),
])
def test_relaying_agencies_in_brackets(text: str, via: str) -> None:
    from marsad import extract
    rec = extract(text, published="2025-01-01")
    by_id = {e.id: e.name_ar for e in rec.entities}
    assert [by_id.get(s.via) for s in rec.statements] == [via], rec.statements



GOVERNOR = (["صالح المطيراوي"], "PER", {})
SAIED = (["قيس سعيد"], "PER", {})


@pytest.mark.parametrize("text,entities,speaker", [
    # a verb describing the occasion the subject spoke at has that subject, not the last speaker
    ("وأفاد مصدر من الشركة بأن الخسائر كبيرة. والتقى والي قفصة، صالح المطيراوي، اليوم، بأعضاء المكتب التنفيذي، "
     "في جلسة قال إنها \"تناولت سبل إيجاد حلول عاجلة\".", [GOVERNOR], "صالح المطيراوي"),
    ("وأفاد مصدر من الشركة بأن الخسائر كبيرة. وألقى الرئيس قيس سعيد خطاباً في مؤتمر صحفي قال فيه إن الحكومة ستتحرك.",
     [SAIED], "قيس سعيد"),
])
def test_speaker_of_the_occasion(read, text: str, entities: list, speaker: str) -> None:
    said = [s for s in _speakers(read(text, entities)) if s[2] == "قال"]
    assert said and said[0][0] == speaker, _speakers(read(text, entities))


IOM = (["المنظمة الدولية للهجرة"], "ORG", {})
ARMY_COMMAND = (["قيادة الجيش اللبناني"], "ORG", {"country": "LB"})


@pytest.mark.parametrize("text,entities,speaker,cue", [
    # أفاد with a verbal noun after ب reports it
    ("أفادت المنظمة الدولية للهجرة بنزوح أكثر من 4 آلاف شخص من المدينة.", [IOM], "المنظمة الدولية للهجرة", "أفادت"),
    # a statement issued by a body speaks for it
    ("وأفاد بيان صادر عن قيادة الجيش اللبناني بأن اللقاء تناول الأوضاع في الجنوب.", [ARMY_COMMAND],
     "قيادة الجيش اللبناني", "أفاد"),
])
def test_report_forms(read, text: str, entities: list, speaker: str, cue: str) -> None:
    assert _speakers(read(text, entities)) == [(speaker, None, cue)]


def test_afada_with_an_object_is_no_report(read) -> None:
    assert _speakers(read("أفاد الهجوم الحكومة كثيراً.", [])) == []


QABAS = (["القبس"], "ORG", {"kind": "outlet"})


def test_an_outlet_after_a_detached_lam_relays(read) -> None:
    # "تحدث لـ«القبس»": the outlet the source spoke to, written with a tatweel, is no speaker
    got = _speakers(read("وبحسب مصدر أمني تحدث لـ«القبس»، فإن الشبكة تدار من الخارج.", [QABAS]))
    assert all(s[0] != "القبس" and "القبس" not in (s[0] or "") for s in got), got


WHITE_HOUSE = (["البيت الأبيض"], "ORG", {"country": "US"})


def test_the_spokesmans_name_after_the_body(read) -> None:
    # two bare words after the body a spokeswoman speaks for, closed by إن, are her name
    got = _speakers(read("وقالت المتحدثة باسم البيت الأبيض كارولين ليفيت إن الرئيس منفتح على الحوار.", [WHITE_HOUSE]))
    assert got == [("كارولين ليفيت", None, "قالت")], got


HAMAS = (["حركة حماس"], "ORG", {})


def test_affiliated_is_no_reporting_verb(read) -> None:
    got = _speakers(read("وزعم الجيش أنه استهدف مركز قيادة تابعاً لحركة حماس داخل المدرسة.", [HAMAS]))
    assert all(cue != "تابعاً" and "حماس" not in (spk or "") for spk, _, cue in got), got


MOH = (["وزارة الصحة"], "ORG", {"country": "IQ"})
BEITA = (["بيتا"], "LOC", {"country": "PS"})
WAFA = (["وفا"], "ORG", {"kind": "outlet"})


@pytest.mark.parametrize("text,entities,speaker,via", [
    # a name no table knows after the body a spokesman speaks for, its family name with the article
    ("ونقلت الوكالة عن المتحدث باسم وزارة الصحة حسن الربيعي قوله إن الحصيلة ارتفعت.", [MOH], "حسن الربيعي", None),
    # after a post of a place: closed by the outlet told, or set off by commas
    ('وأفاد رئيس بلدية بيتا عادل حمايل لـ"وفا"، بأن قوات الاحتلال أغلقت مداخل البلدة.', [BEITA, WAFA],
     "عادل حمايل", "وفا"),
    ("وقال رئيس بلدية بيتا، عادل حمايل، إن الجرافات هدمت بركساً زراعياً.", [BEITA], "عادل حمايل", None),
])
def test_a_name_no_table_knows_after_a_post(read, text: str, entities: list, speaker: str, via: str | None) -> None:
    [(spk, got_via, _cue)] = _speakers(read(text, entities))
    assert (spk, got_via) == (speaker, via)


POLICE_CMD = (["قيادة شرطة محافظة الأنبار"], "ORG", {"country": "IQ"})


def test_the_same_source_is_the_last_speaker(read) -> None:
    # "وأضاف المصدر نفسه": the source just quoted, though it was a body's statement, not a "source"
    doc = read("وأفاد بيان صادر عن قيادة شرطة محافظة الأنبار بأن الطريق أعيد فتحه. وأضاف المصدر نفسه أن "
               "الدوريات ستتواصل.", [POLICE_CMD])
    by_id = {e.id: e for e in doc.entities}
    assert [by_id[s.speaker].name_ar if s.speaker else None for s in doc.statements] == \
        ["قيادة شرطة محافظة الأنبار"] * 2


IQMFA = (["وزارة الخارجية العراقية"], "ORG", {"country": "IQ"})
ANKARA = (["أنقرة"], "LOC", {"country": "TR"})


def test_a_named_partys_condemnation_is_a_statement(read) -> None:
    # what a party condemns is what it said; going on to demand in the same sentence is the same say
    doc = read("وأدانت وزارة الخارجية العراقية القصف التركي على دهوك، وطالبت أنقرة بسحب قواتها.", [IQMFA, ANKARA])
    by_id = {e.id: e for e in doc.entities}
    assert [(by_id[s.speaker].name_ar, s.cue.text) for s in doc.statements] == [("وزارة الخارجية العراقية", "أدانت")]
    assert doc.statements[0].content is not None and "بسحب قواتها" in doc.statements[0].content.text


def test_a_condemnation_by_no_named_party_is_no_statement(read) -> None:
    assert _speakers(read("وأدانت جهات عدة القصف على المدينة.", [])) == []


EGY_ARMED_FORCES = (["القوات المسلحة المصرية"], "ORG", {"country": "EG"})


def test_a_noun_and_its_count_after_the_body_begin_the_content(read) -> None:
    # "المتحدث العسكري باسم القوات المسلحة المصرية مقتل ثمانية عناصر": what he announced is no part of his title
    got = _speakers(read("أعلن المتحدث العسكري باسم القوات المسلحة المصرية مقتل ثمانية عناصر تكفيرية في سيناء.",
                         [EGY_ARMED_FORCES]))
    assert got == [("المتحدث العسكري باسم القوات المسلحة المصرية", None, "أعلن")], got


@pytest.mark.parametrize("text,speaker", [
    # a spokesman of a body with a long name (its place inside it), then his rank and name: he speaks
    ("وأعلن المتحدث الرسمي باسم قوات التحالف لدعم الشرعية في اليمن العميد الركن تركي المالكي أن الدفاعات "
     "الجوية اعترضت صاروخين.", "تركي المالكي"),
    # common given names that start a person's name after a title (راكان spelt ركان, فرحان)
    ("وقال وزير الصحة ركان ناصر الدين إن المستشفيات ستبقى مفتوحة.", "ركان ناصر الدين"),
    ("وقال الشيخ فرحان الدهام إن الأجواء إيجابية.", "فرحان الدهام"),
])
def test_the_person_after_a_long_title_speaks(text: str, speaker: str) -> None:
    from marsad import extract
    rec = extract(text, published="2025-01-01")
    by_id = {e.id: e.name_ar for e in rec.entities}
    assert [by_id.get(s.speaker) for s in rec.statements] == [speaker], [
        (s.speaker, s.speaker_text) for s in rec.statements]


def test_an_unnamed_source_does_not_reach_a_person_in_what_it_denies() -> None:
    # (a guard) past the first ten words only a spokesman's title (باسم) is read on to a name
    from marsad import extract
    rec = extract("ونفى مصدر حكومي ما تداولته مواقع إخبارية عن تقديم وزير الخارجية شائع الزنداني استقالته.",
                  published="2025-01-01")
    by_id = {e.id: e.name_ar for e in rec.entities}
    assert [by_id.get(s.speaker) for s in rec.statements] == ["مصدر حكومي"], rec.statements
    assert all("الزنداني" not in (s.speaker_text.text if s.speaker_text else "") for s in rec.statements)


def test_those_called_on_together_after_a_coordinated_call_are_no_speakers(read) -> None:
    # "من جهته، دان وزير …، X، الهجوم …، ودعا الأمم المتحدة ومجلس الأمن إلى …": those called on, joined by و, are
    # the call's object; the call goes on with the speaker of the condemnation before it
    doc = read('من جهته، دان وزير الداخلية الموريتاني، سيدي ولد أحمد، الهجوم "بأشد العبارات"، ودعا الأمم المتحدة '
               'ومجلس الأمن الدولي إلى "التحرك فوراً لوقف الاعتداءات".',
               [(["سيدي ولد أحمد"], "PER", {"country": "MR"}), (["الأمم المتحدة"], "ORG", {}),
                (["مجلس الأمن الدولي"], "ORG", {})])
    # (one party's say in one sentence is one statement)
    assert [speaker for speaker, _via, _cue in _speakers(doc)] == ["وزير الداخلية الموريتاني، سيدي ولد أحمد"]


def test_an_indefinite_body_before_a_reporting_verb_is_no_speaker(read) -> None:
    # "تفكيك خلية مسلحة قالت إنها تقف وراء الهجوم": an indefinite noun, then a verb, is a relative clause; the cell
    # said nothing (the ministry did)
    cell = (["خلية مسلحة"], "ORG", {"kind": "composed", "canonical": False})
    ministry = (["وزارة الداخلية"], "ORG", {"country": "SY"})
    doc = read("أعلنت وزارة الداخلية تفكيك خلية مسلحة قالت إنها تقف وراء الهجوم على الحاجز.", [ministry, cell])
    assert "خلية مسلحة" not in [spk for spk, _via, _cue in _speakers(doc)], _speakers(doc)


def test_a_definite_source_takes_no_indefinite_genitive() -> None:
    # "نفى المصدر استخدام القوة": the source denies the use of force; the denied act is no part of its name
    from marsad import extract
    rec = extract("وتجمّع مئات المتظاهرين أمام مبنى المحافظة. ونفى المصدر استخدام القوة ضد المتظاهرين.",
                  published="2025-01-01")
    got = [(s.speaker_text.text if s.speaker_text else None, s.content.text if s.content else None)
           for s in rec.statements if s.cue.text == "نفى"]
    assert got == [("المصدر", "استخدام القوة ضد المتظاهرين")], got


def _said_by(text: str, cue: str) -> list[str | None]:
    from marsad import extract
    rec = extract(text, published="2025-01-01")
    names = {e.id: e.name_ar for e in rec.entities}
    return [names.get(s.speaker) if s.speaker else None for s in rec.statements if s.cue.text.removeprefix("و") == cue.removeprefix("و")]


def test_a_coordinated_verb_goes_on_with_the_subject_past_a_fronted_place() -> None:
    # "وفي القاهرة، تقدّم الوزير X بمذكرة …، وقال": the minister said it, not the last speaker before
    text = ("أعلن الجيش الإسرائيلي أنه قصف موقعاً في رفح. وفي القاهرة، تقدّم وزير الخارجية المصري، سامح رمزي، "
            "بمذكرة إلى مجلس الأمن، وقال في بيان إن «الوضع خطير».")
    assert _said_by(text, "وقال") == ["سامح رمزي"]


def test_the_subject_of_a_contrast_is_nearer_than_the_first() -> None:
    # (a guard) "وفي أربيل، اتهم المتحدث …، غير أن وزارة المالية رفضت …، وأوضحت": the ministry explained
    text = ("وفي أربيل، اتهم المتحدث باسم حكومة إقليم كردستان، شوان علي، الحكومة العراقية بالتقصير، غير أن وزارة "
            "المالية العراقية رفضت الاتهامات، وأوضحت أن الإقليم لم يسلّم إيراداته.")
    assert _said_by(text, "وأوضحت") == ["وزارة المالية العراقية"]
