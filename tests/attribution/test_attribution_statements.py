"""Statements (who said it, through which outlet) and claims (unnamed groups' readings):
sentences written for Marsad, entities given by hand."""

from __future__ import annotations

import pytest

MIN = (["وزارة الدفاع"], "ORG", {"country": "IQ"})
EMB = (["السفارة الأميركية في بغداد", "السفارة"], "ORG", {"country": "US"})
PER = (["سعد الحديثي"], "PER", {"country": "IQ", "role": "المتحدث باسم الحكومة"})
PER2 = (["كريم النوري"], "PER", {"country": "IQ", "role": "مستشار رئيس الوزراء"})
INA = (["وكالة الأنباء العراقية", "واع"], "ORG", {"kind": "outlet"})
RUDAW = (["شبكة روداو", "روداو"], "ORG", {"kind": "outlet"})
JAZ = (["قناة الجزيرة", "الجزيرة"], "ORG", {"kind": "outlet"})
AFP = (["وكالة فرانس برس", "فرانس برس"], "ORG", {"kind": "outlet"})


def _one(doc):
    by_id = {e.id: e for e in doc.entities}
    out = []
    for s in doc.statements:
        spk = by_id[s.speaker].name_ar if s.speaker else (s.speaker_text.text if s.speaker_text else None)
        via = by_id[s.via].name_ar if s.via else None
        out.append((spk, via, s.cue.text, s.direct))
    return out


@pytest.mark.parametrize("text,entities,speaker,via,cue,direct", [
    ("أعلنت وزارة الدفاع، اليوم الثلاثاء، أن القوات ستنسحب.", [MIN], "وزارة الدفاع", None, "أعلنت", False),
    ("السفارة الأميركية في بغداد أكدت أن البعثة ستواصل عملها.", [EMB], "السفارة الأميركية في بغداد", None, "أكدت", False),
    ("وقال المتحدث باسم الحكومة، سعد الحديثي، إن الاتفاق نهائي.", [PER], "سعد الحديثي", None, "قال", False),
    ("أعلن مستشار رئيس الوزراء كريم النوري أن المهمة انتهت.", [PER2], "كريم النوري", None, "أعلن", False),
    ("ونقلت وكالة الأنباء العراقية عن مصدر أمني قوله إن الوضع مستقر.", [INA], "مصدر أمني", "وكالة الأنباء العراقية",
     "قوله", False),
    ("وأوضح متحدث باسم السفارة أن البعثة باقية، بحسب ما نقلت شبكة روداو.", [EMB, RUDAW], "متحدث باسم السفارة",
     "شبكة روداو", "أوضح", False),
    ("وقال مصدر حكومي، في تصريحات لقناة الجزيرة، إن القرار صدر.", [JAZ], "مصدر حكومي", "قناة الجزيرة", "قال", False),
    ("باشرت القوات الانسحاب، وفق ما ذكره مصدر كردي لوكالة فرانس برس.", [AFP], "مصدر كردي", "وكالة فرانس برس",
     "ذكره", False),
    ('وقال سعد الحديثي: "لن نسمح بأي تدخل".', [PER], "سعد الحديثي", None, "قال", True),
    # a title phrase, then the name without a comma
    ("وقال المتحدث باسم الحكومة سعد الحديثي إن الاتفاق نهائي.", [PER], "سعد الحديثي", None, "قال", False),
    # "في تصريح نقلته وكالة X": the outlet relays, it is not a second speaker
    ("وقال مصدر أمني، في تصريح نقلته وكالة الأنباء العراقية، إن الوضع مستقر.", [INA], "مصدر أمني",
     "وكالة الأنباء العراقية", "قال", False),
    # an announcement whose content is a noun
    ("أعلنت وزارة الدفاع، اليوم الأحد، إحباط هجوم على الحدود.", [MIN], "وزارة الدفاع", None, "أعلنت", False),
])
def test_statement(read, text, entities, speaker, via, cue, direct) -> None:
    got = _one(read(text, entities))
    assert (speaker, via, cue, direct) in got, got


def test_reporter_is_not_a_source(read) -> None:
    assert read("وأفاد مراسل الوكالة بأن المئات تجمعوا في الساحة.", []).statements == []


def test_participle_continues_the_statement(read) -> None:
    doc = read("أكدت وزارة الدفاع أن العملية انتهت، مشيرة إلى أن القوات عادت إلى مواقعها، مؤكدة أن الوضع آمن.", [MIN])
    assert len(doc.statements) == 1
    assert "الوضع آمن" in doc.statements[0].content.text


def test_verb_without_subject_continues_the_last_speaker(read) -> None:
    doc = read("وقال سعد الحديثي إن المفاوضات مستمرة. وأضاف أن الجولة المقبلة ستعقد في بغداد.", [PER])
    assert [s.cue.text for s in doc.statements] == ["قال", "أضاف"]
    assert doc.statements[0].speaker == doc.statements[1].speaker is not None


def test_events_inside_speech_get_source_and_via(read) -> None:
    doc = read("ونقلت وكالة الأنباء العراقية عن سعد الحديثي قوله إن القوات الأميركية انسحبت من قاعدة التاجي.", [
        INA, PER, (["القوات الأميركية"], "ORG", {"country": "US"}), (["قاعدة التاجي"], "FAC", {"country": "IQ"})])
    ev = next(e for e in doc.events if e.type == "RETREAT")
    by_id = {e.id: e for e in doc.entities}
    assert by_id[ev.source].name_ar == "سعد الحديثي" and by_id[ev.via].name_ar == "وكالة الأنباء العراقية"


@pytest.mark.parametrize("text", [
    "وتقع القاعدة بين بغداد والموصل على طريق سريع.",       # بين "between", not بيّن "explained"
    "ويذكر أن المنطقة شهدت هدوءاً نسبياً.",                # an impersonal passive has no speaker
    "وتتابع الوزارة تطبيق القرار منذ أشهر.",              # تتابع "follows up", not "continued saying"
    "وأصيب ثلاثة في قضاء كويه التابع لمحافظة أربيل.",     # التابع "belonging to", not "he went on"
])
def test_not_statements(read, text: str) -> None:
    assert read(text, [MIN]).statements == []


@pytest.mark.parametrize("text,holder,kind", [
    ("واعتبر بعض المراقبين أن الخطوة تمثل تحولاً كبيراً.", "بعض المراقبين", "observers"),
    ("في المقابل، يرى آخرون أن الاتفاق لن يصمد.", "آخرون", "others"),
    ("ويرى محللون أن الانتقال يعكس رغبة مشتركة.", "محللون", "analysts"),
    ("وبحسب خبراء عسكريين، فإن الانسحاب سيستغرق أشهراً.", "خبراء عسكريين", "experts"),
    ("وكان مراقبون قد توقعوا أن تتأخر الخطوة.", "مراقبون", "observers"),
    ("وبحسب مصادر مطلعة، سعى الوفد إلى ضمانات.", "مصادر مطلعة", "sources"),
    # the holder ends where what they think begins
    ("في حين يعتبره آخرون نشاطاً روتينياً.", "آخرون", "others"),
    # experts with their field after في
    ("ويرى خبراء في الشأن المائي أن ملء السد سيؤثر على الحصص.", "خبراء في الشأن المائي", "experts"),
    # a field in construct ("في شؤون الهجرة"), people working in a field, economists
    ("ويرى خبراء في شؤون الهجرة أن طرق التهريب تغيرت.", "خبراء في شؤون الهجرة", "experts"),
    ("فيما يرى عاملون في المجال الإنساني أن موجة النزوح ستتسع.", "عاملون في المجال الإنساني", "others"),
    ("ويرى اقتصاديون أن أزمة الرواتب مرشحة للتكرار.", "اقتصاديون", "experts"),
    # "فاعلون" (Maghreb usage: people active in a field)
    ("ويرى فاعلون جمعويون أن الأزمة تكشف هشاشة الأوضاع.", "فاعلون جمعويون", "observers"),
])
def test_claims(read, text: str, holder: str, kind: str) -> None:
    doc = read(text, [])
    assert [(c.holder.text, c.holder_kind) for c in doc.claims] == [(holder, kind)]
    assert doc.statements == []  # an unnamed group's reading is not a statement
