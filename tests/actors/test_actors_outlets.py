"""Outlets: names that are also common words or places need evidence."""

from __future__ import annotations

import pytest


def _outlets(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[m.start:m.end] for m in doc.spans["actors"] if m.attrs.get("kind") == "outlet"]


@pytest.mark.parametrize("text, outlet", [
    ("وقال المصدر لقناة الجزيرة إن القوات ستغادر.", "قناة الجزيرة"),
    ('بحسب ما نقلت شبكة "روداو".', 'شبكة "روداو"'),
    ("ووفقاً لوكالة رويترز، يدرج الاتحاد الأوروبي الحزب على قوائمه.", "وكالة رويترز"),
    ("وقال شهود لـ«الشرق الأوسط» إن الانفجار كان قويا.", "الشرق الأوسط"),
    ("الحسكة – البيان\nباشرت القوات الانسحاب.", "البيان"),
    ("بغداد، 10 يونيو (بنا) – قالت البعثة إنها ستغادر.", "بنا"),
    ("واطلعت وكالة شفق نيوز على نسخة منها.", "وكالة شفق نيوز"),
    ("وقال المتحدث، بحسب ما نقلت قناة المسار، إن المقاتلين انسحبوا.", "قناة المسار"),
    ("ونقلت قناة عدن المستقلة عن قائد ميداني أن الهجوم فشل.", "قناة عدن المستقلة"),
    ("وقال اللواء سعد الحمداني، في تصريح لقناة نينوى الغد، إن القطعات تسلمت المواقع.", "قناة نينوى الغد"),
    # Maghrebi, Libyan, Yemeni and Somali outlets
    ("وقال مصدر أمني لـ«بوابة الوسط» إن الدورية اعترضت القارب.", "بوابة الوسط"),
    ("وقالت مصادر نقابية لموزاييك إن الإضراب نجح.", "موزاييك"),
    ("وقال أحد المحتجين لـ«الشروق أونلاين» إن المياه مقطوعة.", "الشروق أونلاين"),
    ("وقال شهود لـ«الصومال الجديد» إن الاشتباكات تجددت.", "الصومال الجديد"),
    # a state's agency described before its short name in brackets
    ("ونقلت وكالة الأنباء الرسمية (سانا) عن المحافظ قوله إن الطريق فُتح.", "وكالة الأنباء الرسمية (سانا)"),
    # a name in quotation marks after لـ, past a speaker told with a long post and his name
    ("وقال الأمين العام للنقابة المستقلة لأساتذة التعليم الثانوي، سيدي محمد ولد أحمد، لـ«صدى الضفة» إن الإضراب مستمر.",
     "صدى الضفة"),
    # a name no lexicon knows that ends like a nisba: quoted, or a plain word after it
    ("ونقلت صحيفة «ديلي ستار» عن مسؤول أن المفاوضات توقفت.", "صحيفة «ديلي ستار»"),
    ("ونقلت صحيفة ديلي ستار عن مسؤول أن المفاوضات توقفت.", "صحيفة ديلي ستار"),
])
def test_outlet_found(run, text: str, outlet: str) -> None:
    assert outlet in _outlets(run(text))


@pytest.mark.parametrize("text", [
    "ولفت البيان إلى أهمية القاعدة في المعركة.",  # the statement
    "تقع الجزيرة في شمال البحر.",  # an island
    "رحبت الحكومة العراقية بالاتفاق.",  # an adjective, not Al Iraqiya
    "وقال مسؤول لموقع الوزارة إن القرار نهائي.",  # no outlet name after the trigger
    "وذكرت صحيفة أمريكية أن الاجتماع تأجل.",  # a nationality is no name
    "وقال مصدر لموقع إخباري محلي إن القرار نهائي.",  # (a guard) adjectives after the trigger, no name
    # a quoted name after لـ that owns the group before it ("تابعة لـ«…»"), in a sentence a cue opens
    "واندلعت المواجهات، بحسب شهود عيان، بين عناصر الكتيبة ومجموعة تابعة لـ«قوة الإسناد»، على خلفية مقتل شاب.",
    "مرت السفن عبر قناة السويس أمس.",  # a canal, not a channel
    "وسبق أن أعلنت الوزارة الخطة، وفي الأيام المقبلة تصل القوات.",  # Sabq and Al Ayam are words here
    "يواصل الأطباء إضرابهم لليوم السابع على التوالي.",  # the seventh day, not the Egyptian daily
])
def test_no_outlet_without_evidence(run, text: str) -> None:
    assert _outlets(run(text)) == []
